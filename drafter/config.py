"""Settings from environment variables (``DRAFTER_*``) and an optional TOML file.

One place decides where data lives and which LLM endpoint is used, so that the CLI,
the UI and the tests all agree. Environment variables win over the TOML file, so a
clerk's shared ``drafter.toml`` can be overridden for one run.
"""

from __future__ import annotations

import os
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
    return settings
