"""Exported files served only to the login that exported them.

Gradio serves a file an event returns at a URL any signed-in user can open (its file route
checks that someone is logged in, not who). A report is the office's working document, so
exports go through this route instead: each file gets an unguessable token, recorded with
its owner, and the route answers only the request whose Gradio login is that owner. Without
sign-in (one clerk on their own machine) every file belongs to nobody and is served to all.
"""

from __future__ import annotations

import secrets
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

ROUTE = "/drafter/download/{token}/{name}"
NOT_FOUND = "没有找到该文件：链接已失效，或文件不属于当前登录的用户。请回到“导出”重新导出。"
# a server runs for months; the newest exports are the ones a clerk still clicks
MAX_ITEMS = 2000


# exports, annotated copies and templates are written for one download; a day later the link
# has long been clicked, and a server that runs for months must not fill the disk with them
SCRATCH_PARENT = "drafter-ui"
SCRATCH_KEEP_SECONDS = 24 * 3600


def scratch_folder(prefix: str, *, parent: Path | None = None, now: float | None = None) -> Path:
    """A fresh folder for files made to be downloaded, under one parent in the temp folder;
    folders there older than a day are removed first, so exports do not pile up in /tmp."""
    root = Path(parent or Path(tempfile.gettempdir()) / SCRATCH_PARENT)
    root.mkdir(parents=True, exist_ok=True)
    limit = (time.time() if now is None else now) - SCRATCH_KEEP_SECONDS
    for old in root.iterdir():
        try:
            if old.is_dir() and old.stat().st_mtime < limit:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            continue        # another worker removed it first
    return Path(tempfile.mkdtemp(prefix=f"{prefix}-", dir=root))


@dataclass(frozen=True)
class _Item:
    owner: str | None
    path: Path


class Downloads:
    """token -> (owner, file); thread-safe (Gradio runs events in worker threads)."""

    def __init__(self):
        self._items: dict[str, _Item] = {}
        self._lock = threading.Lock()

    def add(self, path: Path, owner: str | None) -> str:
        """The page-relative URL for ``path``, to be opened by ``owner`` only."""
        token = secrets.token_urlsafe(24)
        with self._lock:
            self._items[token] = _Item(owner, Path(path))
            while len(self._items) > MAX_ITEMS:
                self._items.pop(next(iter(self._items)))
        return ROUTE.format(token=token, name=quote(Path(path).name)).lstrip("/")

    def lookup(self, token: str, user: str | None, *, signed_in_required: bool) -> Path | None:
        with self._lock:
            item = self._items.get(token)
        if item is None or (signed_in_required and user is None):
            return None
        if item.owner is not None and item.owner != user:
            return None
        return item.path if item.path.is_file() else None

    def route(self):
        """A Starlette route for the app's FastAPI constructor (launch passes it in app_kwargs)."""
        from starlette.responses import FileResponse, PlainTextResponse
        from starlette.routing import Route

        async def download(request):
            app = request.app
            path = self.lookup(request.path_params["token"], _gradio_user(request),
                               signed_in_required=getattr(app, "auth", None) is not None)
            if path is None:
                return PlainTextResponse(NOT_FOUND, status_code=404)
            return FileResponse(path, filename=path.name)

        return Route(ROUTE, download, methods=["GET"])


def _gradio_user(request) -> str | None:
    """The login Gradio's own cookie names (the same lookup its routes use)."""
    app = request.app
    tokens = getattr(app, "tokens", None) or {}
    cookie_id = getattr(app, "cookie_id", "")
    token = (request.cookies.get(f"access-token-{cookie_id}")
             or request.cookies.get(f"access-token-unsecure-{cookie_id}"))
    return tokens.get(token) if token else None


def link_html(url: str, name: str) -> str:
    import html

    return (f'<a href="{html.escape(url)}" download="{html.escape(name)}" class="drafter-download">'
            f"⬇ {html.escape(name)}</a>")
