"""模型设置: the API key stays on the server, and the CLI drafts with what the page saved."""

from __future__ import annotations

import json
from types import SimpleNamespace

from click.testing import CliRunner
from fixtures_draft import EXAMPLE_FACTS, model_reply

from drafter.cli import cli
from drafter.cli import _draft  # noqa: F401  (registers the commands)
from drafter.config import load_settings, model_settings_path
from drafter.ui import _settings_page as sp

SECRET = "sk-never-show-me-7f3a9c"


def _page_handlers(app):
    """Every event function the 模型设置 page registered, with its input/output widgets."""
    return [f for f in app.fns.values() if f.fn is not None and f.fn.__module__ == sp.__name__]


def _argument(component, server_url: str):
    return {"settings-preset": "自定义", "settings-url": server_url, "settings-model": "test-model",
            "settings-key": SECRET}[component.elem_id]


def _call_all(app, server_url: str, user: str | None) -> list[str]:
    """Call each handler as Gradio would (typed key included) and render what goes back to the browser."""
    request = SimpleNamespace(username=user)
    sent = []
    for handler in _page_handlers(app):
        args = [_argument(c, server_url) for c in handler.inputs]
        takes_request = "request" in handler.fn.__code__.co_varnames[:handler.fn.__code__.co_argcount]
        result = handler.fn(*args, request) if takes_request else handler.fn(*args)
        sent.append(repr(result))
    return sent


def test_api_key_never_reaches_the_browser(settings, llm_server):
    from drafter.ui import build_app

    llm_server.default = lambda body: "连接成功"
    app = build_app(settings)
    handlers = _page_handlers(app)
    names = {f.fn.__name__ for f in handlers}
    assert {"on_open", "on_preset", "on_test", "on_save"} <= names, names
    for user in (None, "zhangsan"):
        sent = _call_all(app, llm_server.base_url, user)
        assert len(sent) == len(handlers)
        assert any("连接成功" in s for s in sent), sent          # 测试连接 really asked the model
        assert any(sp.KEY_SAVED in s for s in sent), sent         # and the page says a key is saved
        for text in sent:
            assert SECRET not in text
    # saved server-side, per user, and a freshly built page's initial state does not carry it either
    assert json.loads(model_settings_path(settings.home, "zhangsan").read_text("utf-8"))["api_key"] == SECRET
    assert json.loads(model_settings_path(settings.home, None).read_text("utf-8"))["api_key"] == SECRET
    assert SECRET not in json.dumps(build_app(settings).get_config_file(), ensure_ascii=False, default=str)
    assert llm_server.requests[0].headers["authorization"] == f"Bearer {SECRET}"


def test_empty_key_box_keeps_the_saved_key_and_offline_preset_turns_the_model_off(settings):
    sp.save(settings, "li", "DeepSeek", "https://api.deepseek.com/v1", "deepseek-chat", SECRET)
    view = sp.save(settings, "li", "DeepSeek", "https://api.deepseek.com/v1", "deepseek-chat", "")
    assert view.key_state == sp.KEY_SAVED and view.preset == "DeepSeek"
    assert load_settings().api_key is None                   # another login's choice is not shared
    view = sp.save(settings, "li", sp.OFFLINE_LABEL, "", "", "")
    assert "离线模板（不调用大模型）" in view.status
    assert sp.page_view(settings, "li").base_url == ""


def test_cli_drafts_with_the_saved_settings(home, tmp_path, llm_server, monkeypatch):
    for name in ("DRAFTER_BASE_URL", "DRAFTER_API_KEY", "DRAFTER_MODEL"):
        monkeypatch.delenv(name, raising=False)
    llm_server.default = model_reply
    view = sp.save(load_settings(), None, "自定义", llm_server.base_url, "saved-model", SECRET)
    assert SECRET not in repr(view)
    result = CliRunner().invoke(cli, ["draft", str(EXAMPLE_FACTS), "-o", str(tmp_path / "out.docx")],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "使用后端：模型 saved-model" in result.output
    assert llm_server.requests and all(r["model"] == "saved-model" for r in llm_server.requests)
    assert llm_server.requests[0].headers["authorization"] == f"Bearer {SECRET}"


def test_environment_wins_over_the_saved_file_and_the_file_over_toml(home, tmp_path, monkeypatch):
    (tmp_path / "drafter.toml").write_text('[drafter]\nmodel = "from-toml"\nbase_url = "http://toml/v1"\n',
                                           encoding="utf-8")
    assert load_settings().model == "from-toml"
    sp.save(load_settings(), None, "自定义", "http://saved/v1", "from-file", "")
    assert (load_settings().model, load_settings().base_url) == ("from-file", "http://saved/v1")
    monkeypatch.setenv("DRAFTER_MODEL", "from-env")
    chosen = load_settings()
    assert (chosen.model, chosen.base_url) == ("from-env", "http://saved/v1")
    assert "DRAFTER_MODEL" in sp.page_view(chosen, None).status
