"""A small OpenAI-compatible chat server for tests and the benchmark, fed from a queue.

Plain stdlib, no pytest: ``bench/draft.py`` imports it too. The fixture that starts one
per test lives in ``tests/fixtures_llm.py``.

    server = FakeLLMServer().start()
    server.enqueue("全年共收到行政复议申请37件。")                    # next reply, FIFO
    server.enqueue(Reply(status=429, retry_after=0.2))                  # then a 429 ...
    server.enqueue_for("行政复议", "……")                                # routed by the last user message
    server.default = lambda body: "兜底回复"                            # when nothing is queued
    ... point an OpenAI client at server.base_url ...
    server.requests[0]["max_tokens"], server.requests[1].at, server.max_in_flight
    server.close()

Every reply streams as server-sent events (``data: {chunk}``), one small piece of text per
chunk, a final chunk with ``finish_reason``, then ``data: [DONE]``; a non-streaming request
gets one ``chat.completion`` object. The body uses chunked transfer encoding like real
servers, so a ``cut_after`` reply ends the connection mid-body, which the client sees as a
broken stream.
"""

from __future__ import annotations

import json
import select
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Union

__all__ = ["FakeLLMServer", "Reply", "RecordedRequest"]


@dataclass
class Reply:
    """One scripted answer to one ``POST /v1/chat/completions``.

    text         the content (may be "": an empty reply, still ends with finish_reason "stop")
    status       non-200 answers with a JSON error body and no stream (429, 500, 401, 404 ...)
    retry_after  seconds (number) or an HTTP date (str), sent as ``Retry-After``
    stall_after  stream this many chunks, then hang until the client hangs up or the server closes
    cut_after    stream this many chunks, then drop the connection without finish_reason or [DONE]
    malformed_after  stream this many chunks, then one event whose data is not JSON
                 (``data: {not json``), then the rest of the reply as usual
    think        prepended to the content as ``<think>…</think>`` (split across chunks like the text)
    reasoning    sent first as ``reasoning_content`` deltas (DeepSeek-R1 style)
    token_delay  seconds to sleep before each chunk (None: the server's default)
    chunk_size   characters per chunk (None: the server's default)
    finish_reason of the final chunk ("stop"; "length" to imitate a max_tokens cut)
    """

    text: str = ""
    status: int = 200
    retry_after: float | str | None = None
    stall_after: int | None = None
    cut_after: int | None = None
    malformed_after: int | None = None
    think: str | None = None
    reasoning: str | None = None
    token_delay: float | None = None
    chunk_size: int | None = None
    finish_reason: str = "stop"
    error_message: str | None = None
    headers: dict = field(default_factory=dict)

    @property
    def content(self) -> str:
        return (f"<think>{self.think}</think>" if self.think is not None else "") + self.text


ReplyLike = Union[str, Reply]
DefaultReply = Union[ReplyLike, Callable[[dict], ReplyLike], None]


class RecordedRequest(dict):
    """The JSON body of one chat request (a dict), plus when and how it arrived.

    ``at``/``done_at`` are ``time.monotonic()`` when the request arrived / its answer ended;
    ``last_user`` is the content of the last user message; ``reply`` the Reply it got;
    ``headers`` has lower-case names.
    """

    def __init__(self, body: dict, *, path: str, headers: dict, at: float):
        super().__init__(body)
        self.path = path
        self.headers = headers
        self.at = at
        self.done_at: float | None = None
        self.reply: Reply | None = None

    @property
    def messages(self) -> list[dict]:
        return self.get("messages") or []

    @property
    def last_user(self) -> str:
        return _last_user(self)

    @property
    def prompt(self) -> str:
        """All message contents joined, for ``in`` assertions."""
        return "\n".join(_text_of(m.get("content")) for m in self.messages)


def _text_of(content) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # [{"type": "text", "text": ...}]
        return "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return ""


def _last_user(body: dict) -> str:
    for message in reversed(body.get("messages") or []):
        if message.get("role") == "user":
            return _text_of(message.get("content"))
    return ""


def _as_reply(value: ReplyLike) -> Reply:
    if isinstance(value, Reply):
        return value
    if isinstance(value, str):
        return Reply(text=value)
    raise TypeError(f"a reply is a str or a Reply, not {type(value).__name__}")


class FakeLLMServer:
    """OpenAI-compatible server on 127.0.0.1 (a free port) in a daemon thread.

    Which reply a request gets: the first routed reply (``enqueue_for``) whose match fits
    the request, else the next queued reply (``enqueue``), else ``default``; with none of
    these it answers 500 and counts the request in ``starved``.
    """

    def __init__(self, *, default: DefaultReply = None, token_delay: float = 0.0,
                 chunk_size: int = 3, model: str = "test-model", host: str = "127.0.0.1"):
        self.default: DefaultReply = default
        self.token_delay = token_delay
        self.chunk_size = chunk_size
        self.model = model
        self.requests: list[RecordedRequest] = []
        self.starved: list[RecordedRequest] = []
        self.errors: list[str] = []          # exceptions inside the server (not client hang-ups)
        self.in_flight = 0
        self.max_in_flight = 0
        self.unused_allowed = False
        self._queue: deque[Reply] = deque()
        self._routes: list[tuple[Callable[[dict], bool], str, Reply]] = []
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._httpd = _Server((host, 0), _Handler)
        self._httpd.fake = self
        self._thread: threading.Thread | None = None

    # --- lifecycle
    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> "FakeLLMServer":
        if self._thread is None:
            self._thread = threading.Thread(target=self._httpd.serve_forever,
                                            kwargs={"poll_interval": 0.05},
                                            name=f"FakeLLMServer:{self.port}", daemon=True)
            self._thread.start()
        return self

    def close(self) -> None:
        """Stop serving; stalled replies are released so nothing blocks."""
        self._closing.set()
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
        self._httpd.server_close()

    def __enter__(self) -> "FakeLLMServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()

    # --- scripting
    def enqueue(self, *replies: ReplyLike) -> "FakeLLMServer":
        """Queue replies, served first in, first out."""
        with self._lock:
            self._queue.extend(_as_reply(r) for r in replies)
        return self

    def enqueue_for(self, match: str | Callable[[dict], bool], reply: ReplyLike,
                    *more: ReplyLike) -> "FakeLLMServer":
        """Queue replies for requests whose last user message contains ``match`` (a substring),
        or for which ``match(body)`` is true. Each is used once, in order, before the FIFO queue."""
        if isinstance(match, str):
            needle = match
            test = lambda body: needle in _last_user(body)  # noqa: E731
            label = match
        else:
            test, label = match, getattr(match, "__name__", repr(match))
        with self._lock:
            for r in (reply, *more):
                self._routes.append((test, label, _as_reply(r)))
        return self

    def allow_unused(self) -> None:
        """Tell the fixture that leftover replies (and starved requests) are expected."""
        self.unused_allowed = True

    def unused(self) -> list[str]:
        """Descriptions of queued or routed replies nobody asked for."""
        with self._lock:
            left = [f"queued: {_describe(r)}" for r in self._queue]
            left += [f"for {label!r}: {_describe(r)}" for _, label, r in self._routes]
        return left

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()
            self._routes.clear()

    # --- used by the handler
    def _next_reply(self, body: dict) -> Reply | None:
        with self._lock:
            for i, (test, _label, reply) in enumerate(self._routes):
                if test(body):
                    del self._routes[i]
                    return reply
            if self._queue:
                return self._queue.popleft()
            default = self.default
        if default is None:
            return None
        if callable(default):
            default = default(body)
        return _as_reply(default)

    def _enter(self) -> None:
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def _leave(self) -> None:
        with self._lock:
            self.in_flight -= 1


def _describe(reply: Reply) -> str:
    bits = [repr(reply.content[:30])] if reply.status == 200 else [f"HTTP {reply.status}"]
    for name in ("stall_after", "cut_after", "malformed_after", "retry_after"):
        if getattr(reply, name) is not None:
            bits.append(f"{name}={getattr(reply, name)}")
    return " ".join(bits)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    fake: FakeLLMServer

    def handle_error(self, request, client_address):  # keep test output quiet, but remember
        import sys

        exc = sys.exc_info()[1]
        if not isinstance(exc, (ConnectionError, TimeoutError, OSError)):
            self.fake.errors.append(repr(exc))


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server
    timeout = 30  # idle keep-alive connections end on their own

    def log_message(self, format, *args):  # noqa: A002 - stdlib signature
        pass

    # --- routes
    def do_GET(self):
        if self.path.rstrip("/") in ("/v1/models", "/models"):
            fake = self.server.fake
            self._json(200, {"object": "list", "data": [
                {"id": fake.model, "object": "model", "created": 0, "owned_by": "drafter-tests"}]})
        else:
            self._json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if self.path.rstrip("/") not in ("/v1/chat/completions", "/chat/completions"):
            self._json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
            return
        fake = self.server.fake
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            self._json(400, {"error": {"message": "body is not JSON", "type": "invalid_request_error"}})
            return
        record = RecordedRequest(body, path=self.path, at=time.monotonic(),
                                 headers={k.lower(): v for k, v in self.headers.items()})
        with fake._lock:
            fake.requests.append(record)
        fake._enter()
        try:
            reply = fake._next_reply(body)
            record.reply = reply
            if reply is None:
                with fake._lock:
                    fake.starved.append(record)
                self._json(500, {"error": {
                    "message": "FakeLLMServer: no reply queued for this request (last user message: "
                               f"{record.last_user[:60]!r}); enqueue() one or set a default",
                    "type": "server_error"}})
            elif reply.status != 200:
                self._error(reply)
            elif body.get("stream"):
                self._stream(reply, body)
            else:
                self._complete(reply, body)
        finally:
            record.done_at = time.monotonic()
            fake._leave()

    # --- answers
    def _json(self, status: int, payload: dict, headers: dict | None = None) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, str(v))
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()

    def _error(self, reply: Reply) -> None:
        headers = dict(reply.headers)
        if reply.retry_after is not None:
            headers["Retry-After"] = reply.retry_after
        kind = {429: "rate_limit_exceeded", 401: "invalid_api_key", 403: "permission_denied",
                404: "model_not_found"}.get(reply.status, "server_error")
        message = reply.error_message or f"FakeLLMServer scripted HTTP {reply.status}"
        self._json(reply.status, {"error": {"message": message, "type": kind, "code": kind}}, headers)

    def _pieces(self, reply: Reply) -> list[str]:
        size = max(1, reply.chunk_size or self.server.fake.chunk_size)
        text = reply.content
        return [text[i:i + size] for i in range(0, len(text), size)]

    def _complete(self, reply: Reply, body: dict) -> None:
        fake = self.server.fake
        if reply.stall_after is not None:   # no stream to cut into: stall or drop before answering
            self._hang()
            return
        if reply.cut_after is not None:
            self._cut()
            return
        message = {"role": "assistant", "content": reply.content}
        if reply.reasoning is not None:
            message["reasoning_content"] = reply.reasoning
        self._json(200, {
            "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()),
            "model": body.get("model") or fake.model,
            "choices": [{"index": 0, "message": message, "finish_reason": reply.finish_reason}],
            "usage": {"prompt_tokens": 0, "completion_tokens": len(reply.content),
                      "total_tokens": len(reply.content)},
        }, reply.headers)

    def _chunk(self, body: dict, delta: dict, finish: str | None = None) -> bytes:
        payload = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": int(time.time()),
                   "model": body.get("model") or self.server.fake.model,
                   "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
        return b"data: " + json.dumps(payload, ensure_ascii=False).encode("utf-8") + b"\n\n"

    def _send_chunk(self, data: bytes) -> None:
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def _stream(self, reply: Reply, body: dict) -> None:
        fake = self.server.fake
        delay = fake.token_delay if reply.token_delay is None else reply.token_delay
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        for k, v in reply.headers.items():
            self.send_header(k, str(v))
        self.end_headers()

        events = [self._chunk(body, {"role": "assistant", "content": ""})]
        if reply.reasoning:
            size = max(1, reply.chunk_size or fake.chunk_size)
            events += [self._chunk(body, {"reasoning_content": reply.reasoning[i:i + size]})
                       for i in range(0, len(reply.reasoning), size)]
        events += [self._chunk(body, {"content": piece}) for piece in self._pieces(reply)]
        # the first event (role only) does not count towards stall_after/cut_after
        sent = 0
        for i, event in enumerate(events):
            if i and reply.stall_after is not None and sent >= reply.stall_after:
                self._hang()
                return
            if i and reply.cut_after is not None and sent >= reply.cut_after:
                self._cut()
                return
            if i and reply.malformed_after is not None and sent == reply.malformed_after:
                self._send_chunk(b"data: {not json\n\n")
            if i and delay:
                time.sleep(delay)
            self._send_chunk(event)
            if i:
                sent += 1
        if reply.stall_after is not None:
            self._hang()
            return
        if reply.cut_after is not None:
            self._cut()
            return
        self._send_chunk(self._chunk(body, {}, reply.finish_reason))
        self._send_chunk(b"data: [DONE]\n\n")
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def _cut(self) -> None:
        """Drop the connection mid-body: no final chunk, no [DONE], no chunked terminator."""
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _hang(self) -> None:
        """Send nothing more until the client hangs up or the server closes."""
        self.close_connection = True
        closing = self.server.fake._closing
        while not closing.wait(0.05):
            if _peer_closed(self.connection):
                return


def _peer_closed(sock: socket.socket) -> bool:
    try:
        readable, _, _ = select.select([sock], [], [], 0)
        if not readable:
            return False
        return sock.recv(1, socket.MSG_PEEK) == b""
    except OSError:
        return True
