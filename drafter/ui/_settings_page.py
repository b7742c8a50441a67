"""The 模型设置 page: connect a large model without environment variables or a TOML file.

The clerk picks a preset (or types an address), the model name and an API key; 测试连接 sends
one short request through drafter's own backend layer, 保存 writes the choice to the same
settings file the CLI reads (see drafter.config). The key is written server-side only and is
never part of anything sent back to the browser: every view this module builds carries only
whether a key is saved (``已保存（不显示）``). ``page_view``, ``preset_view``, ``test_view`` and
``save_view`` are plain functions over plain values (tested without a browser);
``build_settings_tab`` lays out the page and maps each view field to one widget.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

import gradio as gr

from drafter.config import (ConfigError, Settings, env_pinned_model_keys, model_settings_path,
                            read_model_settings, with_model_settings, write_model_settings)

OFFLINE_LABEL = "离线模板（不调用大模型）"
CUSTOM_LABEL = "自定义"
KEY_SAVED = "已保存（不显示）"
KEY_NONE = "未填写（本地模型通常不需要）"

# name shown to the clerk -> (base URL, model name); "" leaves the field for the clerk to fill
PRESETS: dict[str, tuple[str, str]] = {
    OFFLINE_LABEL: ("", ""),
    "DeepSeek": ("https://api.deepseek.com/v1", "deepseek-chat"),
    "通义千问（阿里云百炼）": ("https://dashscope.aliyuncs.com/compatible-mode/v1", "qwen-plus"),
    "vLLM（本单位服务器）": ("http://127.0.0.1:8000/v1", ""),
    "Ollama（本机）": ("http://localhost:11434/v1", "qwen2.5:7b"),
    "llama.cpp（本机）": ("http://localhost:8080/v1", ""),
    CUSTOM_LABEL: ("", ""),
}
ENV_NAMES = {"base_url": "DRAFTER_BASE_URL", "api_key": "DRAFTER_API_KEY", "model": "DRAFTER_MODEL"}
PING_QUESTION = "这是一次连接测试，请只回答四个字：连接成功。"
PING_TIMEOUT = 60.0


@dataclass
class SettingsView:
    """Everything the page shows; deliberately has no field that could hold the key itself."""

    preset: str
    base_url: str
    model: str
    key_state: str                 # KEY_SAVED or KEY_NONE: shown as the key box's placeholder
    status: str                    # which writer drafts now, in plain words
    message: str = ""
    extra: dict = field(default_factory=dict)


def describe(settings: Settings) -> str:
    """The writer in plain words, as shown on this page and on 生成初稿."""
    if not settings.uses_llm:
        return OFFLINE_LABEL
    return f"大模型：{settings.model or '（由服务自动选择）'}（{settings.base_url}）"


def _preset_for(base_url: str, model: str) -> str:
    if not base_url:
        return OFFLINE_LABEL
    for name, (url, _) in PRESETS.items():
        if url and url == base_url:
            return name
    return CUSTOM_LABEL


def _status(settings: Settings) -> str:
    text = f"当前起草方式：**{describe(settings)}**"
    pinned = env_pinned_model_keys()
    if pinned:
        names = "、".join(ENV_NAMES[k] for k in pinned)
        text += f"。注意：服务器设置了环境变量 {names}，它优先于此处保存的设置。"
    return text


def page_view(settings: Settings, user: str | None) -> SettingsView:
    """What the page shows when opened: the saved choice (never the key)."""
    try:
        saved = read_model_settings(model_settings_path(settings.home, user)) if user else {}
        if not saved:
            saved = read_model_settings(model_settings_path(settings.home, None))
        effective = with_model_settings(settings, user)
    except ConfigError as exc:
        return SettingsView(OFFLINE_LABEL, "", "", KEY_NONE, _status(settings), f"⚠️ {exc}")
    base_url = saved.get("base_url", settings.base_url or "") or ""
    model = saved.get("model", settings.model or "") or ""
    has_key = bool(saved.get("api_key") or effective.api_key)
    return SettingsView(_preset_for(base_url, model), base_url, model, KEY_SAVED if has_key else KEY_NONE,
                        _status(effective))


def preset_view(name: str | None) -> tuple[str, str] | None:
    """(URL, model) for a preset, or None for 自定义 (the clerk's typing stays)."""
    if not name or name == CUSTOM_LABEL or name not in PRESETS:
        return None
    return PRESETS[name]


def _candidate(settings: Settings, user: str | None, base_url: str, model: str, key: str) -> Settings:
    """The settings the clerk is trying out: the typed key, else the one already saved."""
    saved = with_model_settings(settings, user)
    return settings.with_overrides(base_url=(base_url or "").strip() or None, model=(model or "").strip() or None,
                                   api_key=(key or "").strip() or saved.api_key)


def test_connection(settings: Settings, user: str | None, base_url: str, model: str, key: str) -> str:
    """One short request through drafter's backend; the model's answer or the reason, in Chinese."""
    if not (base_url or "").strip():
        return "离线模板不调用大模型，无需测试连接。"
    try:
        trial = _candidate(settings, user, base_url, model, key)
    except ConfigError as exc:
        return f"⚠️ {exc}"
    try:
        answer = asyncio.run(asyncio.wait_for(_ask(trial), PING_TIMEOUT))
    except asyncio.TimeoutError:
        return f"⚠️ 连接失败：{int(PING_TIMEOUT)} 秒内没有收到回答，请检查地址和网络。"
    except Exception as exc:  # noqa: BLE001 - LLMError is Chinese; anything else is named plainly
        from drafter.llm import LLMError

        reason = str(exc) if isinstance(exc, LLMError) else f"无法连接（{type(exc).__name__}）"
        return f"⚠️ 连接失败：{reason}"
    answer = answer.strip() or "（模型返回了空白内容）"
    return f"连接成功。模型 {trial.model or '（服务自动选择）'} 的回答：{answer[:200]}"


async def _ask(settings: Settings) -> str:
    from drafter.brief import SectionBrief
    from drafter.llm import GenerationRequest, backend_from_settings

    backend = backend_from_settings(settings.with_overrides(max_retries=1))
    brief = SectionBrief(key="ping", kind="intro", heading="", org="", year=2000, level="")
    request = GenerationRequest(brief=brief, messages=[{"role": "user", "content": PING_QUESTION}],
                                prompt_file="(连接测试)", max_tokens=32)
    try:
        return "".join([piece async for piece in backend.stream(request)])
    finally:
        await backend.aclose()


def save(settings: Settings, user: str | None, preset: str | None, base_url: str, model: str,
         key: str) -> SettingsView:
    """Write the choice; an empty key box keeps the key already saved (it is never shown to retype)."""
    path = model_settings_path(settings.home, user)
    offline = preset == OFFLINE_LABEL or not (base_url or "").strip()
    try:
        old = read_model_settings(path)
        values = {"base_url": "" if offline else base_url.strip(), "model": "" if offline else (model or "").strip(),
                  "api_key": (key or "").strip() or old.get("api_key", "")}
        write_model_settings(path, values)
    except (ConfigError, OSError) as exc:
        view = page_view(settings, user)
        view.message = f"⚠️ 未能保存：{exc}"
        return view
    view = page_view(settings, user)
    who = "（仅对当前账号有效）" if user else ""
    view.message = f"已保存{who}。之后生成初稿和重新生成都使用：{describe(with_model_settings(settings, user))}。"
    return view


def build_settings_tab(*, app: gr.Blocks, settings: Settings, owner, backend_md: gr.Markdown | None = None):
    """The tab, inside the app's ``gr.Tabs``; ``owner(request)`` is the login (None without auth)."""
    with gr.Tab("模型设置", id="settings", elem_id="tab-settings") as tab:
        gr.Markdown("不连接大模型时，用离线模板起草（不调用大模型，文字较为固定）。连接大模型：选择一项预设，"
                    "填写模型名称和密钥（API Key），先点“测试连接”，再点“保存”。密钥只保存在服务器上，不会再显示在页面中。",
                    elem_id="settings-guide")
        status = gr.Markdown("", elem_id="settings-status")
        preset = gr.Dropdown(label="预设", choices=list(PRESETS), value=OFFLINE_LABEL, elem_id="settings-preset")
        with gr.Row():
            base_url = gr.Textbox(label="服务地址（Base URL）", elem_id="settings-url", scale=3)
            model = gr.Textbox(label="模型名称", elem_id="settings-model", scale=2)
        key = gr.Textbox(label="密钥（API Key）", type="password", placeholder=KEY_NONE, elem_id="settings-key")
        with gr.Row():
            test_btn = gr.Button("测试连接", elem_id="settings-test")
            save_btn = gr.Button("保存", variant="primary", elem_id="settings-save")
        message = gr.Markdown("", elem_id="settings-message")

    def shown(view: SettingsView) -> dict:
        # the key box is always emptied: what was typed is saved server-side, never echoed back
        out = {preset: view.preset, base_url: view.base_url, model: view.model,
               key: gr.update(value="", placeholder=view.key_state), status: view.status, message: view.message}
        if backend_md is not None:
            out[backend_md] = f"起草方式：**{describe(with_model_settings(settings, _user_of(view)))}**"
        return out

    page_outputs = [preset, base_url, model, key, status, message] + ([backend_md] if backend_md else [])

    def on_open(request: gr.Request):
        who = owner(request)
        view = page_view(settings, who)
        view.extra["user"] = who
        return shown(view)

    def on_preset(name):
        picked = preset_view(name)
        if picked is None:        # an empty or unknown preset changes nothing (an empty dict is a server error)
            return {base_url: gr.skip(), model: gr.skip(), message: gr.skip()}
        return {base_url: picked[0], model: picked[1], message: ""}

    def on_test(url, name, typed_key, request: gr.Request):
        return {message: test_connection(settings, owner(request), url, name, typed_key)}

    def on_save(name, url, model_name, typed_key, request: gr.Request):
        who = owner(request)
        view = save(settings, who, name, url, model_name, typed_key)
        view.extra["user"] = who
        return shown(view)

    app.load(on_open, outputs=page_outputs)
    tab.select(on_open, outputs=page_outputs)
    preset.input(on_preset, inputs=preset, outputs=[base_url, model, message])
    test_btn.click(on_test, inputs=[base_url, model, key], outputs=[message], concurrency_limit=4)
    save_btn.click(on_save, inputs=[preset, base_url, model, key], outputs=page_outputs)
    return tab


def _user_of(view: SettingsView) -> str | None:
    return view.extra.get("user")
