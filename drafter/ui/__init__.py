"""The clerks' web UI: draft from a facts sheet, rework one section at a time, export.

Public surface: :func:`build_app` (a ``gr.Blocks``, for tests and embedding) and
:func:`launch` (what ``drafter ui`` runs). The behaviour lives in ``_events`` as plain
functions; ``_app`` only lays out widgets and wires them to those functions.
"""

from __future__ import annotations

from pathlib import Path

from drafter.config import Settings

__all__ = ["AuthError", "build_app", "launch", "parse_auth", "read_auth_file"]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7860


class AuthError(ValueError):
    """A bad --auth or --auth-file; the message is Chinese."""


def parse_auth(text: str) -> tuple[str, str]:
    """``USER:PASS`` (the password may itself contain colons)."""
    user, sep, password = (text or "").partition(":")
    if not sep or not user.strip() or not password:
        raise AuthError(f"登录账号格式应为 用户名:密码，收到的是“{text}”")
    return user.strip(), password


def read_auth_file(path: str | Path) -> list[tuple[str, str]]:
    """One ``user:password`` per line; blank lines and lines starting with # are skipped."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise AuthError(f"无法读取账号文件 {path}：{exc}") from exc
    users: list[tuple[str, str]] = []
    for n, line in enumerate(lines, start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            users.append(parse_auth(line))
        except AuthError as exc:
            raise AuthError(f"账号文件 {path.name} 第{n}行：{exc}") from exc
    if not users:
        raise AuthError(f"账号文件 {path} 中没有任何账号")
    return users


def build_app(settings: Settings):
    """The Blocks app for ``settings`` (store at settings.db_path), queue configured."""
    from drafter.ui._app import DEFAULT_LIMIT, build_app as _build

    app = _build(settings)
    app.queue(default_concurrency_limit=DEFAULT_LIMIT)
    return app


def launch(settings: Settings, host: str = DEFAULT_HOST, port: int | None = DEFAULT_PORT,
           auth: list[tuple[str, str]] | tuple[str, str] | None = None, *, prevent_thread_lock: bool = False,
           quiet: bool = False):
    """Serve the UI; never a share link, never analytics. Returns the Blocks app (running)."""
    import os

    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    from drafter.ui._app import CSS, theme

    app = build_app(settings)
    if isinstance(auth, tuple):
        auth = [auth]
    app.launch(server_name=host, server_port=port, auth=auth or None, share=False,
               prevent_thread_lock=prevent_thread_lock, quiet=quiet, theme=theme(), css=CSS,
               auth_message="法治政府建设年度报告起草工具：请输入账号和密码" if auth else None,
               footer_links=[], ssr_mode=False, inbrowser=False,
               max_file_size="20mb",  # a facts sheet is a few KB; refuse accidental huge uploads
               # exports are served by drafter's own route, to the login that made them only
               app_kwargs={"routes": [app.drafter_downloads.route()]})
    return app
