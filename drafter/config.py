"""Settings from environment variables (``DRAFTER_*``), the 模型设置 file and an optional TOML file.

One place decides where data lives and which LLM endpoint is used, so that the CLI,
the UI and the tests all agree. Precedence, highest first: command-line overrides,
environment variables, the model settings file written by the UI's 模型设置 page
(``<home>/model-settings.json``, only base_url/api_key/model), then ``drafter.toml``.
The settings file sits above the TOML file because it is what the clerk chose most
recently in the browser; environment variables stay on top so an administrator (or a
test) can still pin one run. With login on, each user's choice lives in
``<home>/users/<name>/model-settings.json`` and the UI layers it over the shared one.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

# Keys accepted both as DRAFTER_<KEY> environment variables and as keys in drafter.toml.
_ENV_KEYS = {
    "home": "DRAFTER_HOME",
    "base_url": "DRAFTER_BASE_URL",
    "api_key": "DRAFTER_API_KEY",
    "model": "DRAFTER_MODEL",
    "chroma_url": "DRAFTER_CHROMA_URL",
    "chroma_host": "DRAFTER_CHROMA_HOST",
    "chroma_port": "DRAFTER_CHROMA_PORT",
    "concurrency": "DRAFTER_CONCURRENCY",
    "timeout": "DRAFTER_TIMEOUT",
    "max_retries": "DRAFTER_MAX_RETRIES",
    "max_tokens": "DRAFTER_MAX_TOKENS",
    "temperature": "DRAFTER_TEMPERATURE",
    "embed_threads": "DRAFTER_EMBED_THREADS",
    "prompts_dir": "DRAFTER_PROMPTS",
    "templates_dir": "DRAFTER_TEMPLATES",
}


# What the 模型设置 page may store; nothing else is read from its file.
MODEL_KEYS = ("base_url", "api_key", "model")
MODEL_SETTINGS_FILE = "model-settings.json"


class ConfigError(ValueError):
    """A setting that cannot be used; the message is for the clerk, in Chinese."""


@dataclass(frozen=True)
class Settings:
    """Everything configurable. Paths are absolute after :func:`load_settings`."""

    home: Path = field(default_factory=lambda: Path.cwd() / ".drafter")
    base_url: str | None = None
    api_key: str | None = None
    model: str | None = None
    chroma_url: str | None = None
    chroma_host: str | None = None
    chroma_port: int | None = None
    concurrency: int = 4
    timeout: float = 120.0
    max_retries: int = 4
    max_tokens: int = 2048
    temperature: float = 0.3
    embed_threads: int = 2
    prompts_dir: Path = REPO_ROOT / "prompts"
    templates_dir: Path = REPO_ROOT / "templates"

    @property
    def index_dir(self) -> Path:
        return self.home / "index"

    @property
    def db_path(self) -> Path:
        return self.home / "drafter.sqlite3"

    @property
    def uses_llm(self) -> bool:
        """An endpoint is configured; otherwise the offline backend writes drafts."""
        return bool(self.base_url)

    @property
    def uses_chroma_server(self) -> bool:
        return bool(self.chroma_url or self.chroma_host)

    def with_overrides(self, **changes) -> "Settings":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def _coerce(name: str, raw, source: str):
    """Turn a string or TOML value into the field's type, with a Chinese error."""
    kind = {f.name: f.type for f in fields(Settings)}[name]
    try:
        if "Path" in str(kind):
            return Path(str(raw)).expanduser().resolve()
        if "int" in str(kind) and "float" not in str(kind):
            return int(raw)
        if "float" in str(kind):
            return float(raw)
        return str(raw) if raw not in ("", None) else None
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"配置项 {name}（来自{source}）的值“{raw}”无法识别：{exc}") from exc


def _toml_path(explicit: Path | None) -> Path | None:
    if explicit:
        return explicit
    env = os.environ.get("DRAFTER_CONFIG")
    if env:
        return Path(env)
    local = Path.cwd() / "drafter.toml"
    return local if local.exists() else None


def load_settings(config_file: Path | None = None, **overrides) -> Settings:
    """Settings from (lowest to highest priority) defaults, TOML file, environment, overrides."""
    values: dict = {}
    path = _toml_path(config_file)
    if path is not None:
        if not path.exists():
            raise ConfigError(f"找不到配置文件：{path}")
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"配置文件 {path} 格式有误：{exc}") from exc
        section = data.get("drafter", data)
        for key, value in section.items():
            if key in _ENV_KEYS:
                values[key] = _coerce(key, value, f"配置文件 {path.name}")
    for key, env in _ENV_KEYS.items():
        if os.environ.get(env, "") != "":
            values[key] = _coerce(key, os.environ[env], f"环境变量 {env}")
    for key, value in overrides.items():
        if value is not None:
            values[key] = _coerce(key, value, "命令行参数") if isinstance(value, str) else value
    settings = Settings(**values)
    if settings.concurrency < 1:
        raise ConfigError("并发数 concurrency 至少为 1")
    pinned = {k for k, v in overrides.items() if v is not None}
    return with_model_settings(settings, None, pinned=pinned)


def model_settings_path(home: Path, user: str | None = None) -> Path:
    """The shared file, or one user's (a folder name safe on any file system)."""
    if not user:
        return home / MODEL_SETTINGS_FILE
    safe = re.sub(r"[^\w.-]", "_", user).strip(".") or "user"
    if safe != user:  # two logins must never share a folder after cleaning
        safe += "-" + hashlib.sha1(user.encode("utf-8")).hexdigest()[:8]
    return home / "users" / safe / MODEL_SETTINGS_FILE


def read_model_settings(path: Path) -> dict:
    """The saved base_url/api_key/model ("" kept: an empty base_url means the offline writer)."""
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"模型设置文件 {path} 无法读取：{exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"模型设置文件 {path} 格式有误")
    return {k: str(data[k]) for k in MODEL_KEYS if data.get(k) is not None}


def write_model_settings(path: Path, values: dict) -> None:
    """Owner-only permissions (it holds an API key), written whole so a crash leaves the old file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump({k: values.get(k) or "" for k in MODEL_KEYS}, handle, ensure_ascii=False, indent=2)
    os.replace(tmp, path)


def env_pinned_model_keys() -> list[str]:
    """Model keys set by environment variables, which a saved file cannot change."""
    return [k for k in MODEL_KEYS if os.environ.get(_ENV_KEYS[k], "") != ""]


def with_model_settings(settings: Settings, user: str | None, *, pinned: set[str] | None = None) -> Settings:
    """``settings`` with the saved model choice (the user's, or the shared one) laid over it,
    except keys set by environment variables or ``pinned`` (command-line overrides)."""
    saved = read_model_settings(model_settings_path(settings.home, user))
    if not saved:
        return settings
    keep = set(env_pinned_model_keys()) | set(pinned or ())
    changes = {k: (v or None) for k, v in saved.items() if k not in keep}
    return replace(settings, **changes)
