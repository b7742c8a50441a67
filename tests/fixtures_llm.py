"""LLM fixtures: a real OpenAI-compatible HTTP server on 127.0.0.1, fed from a queue.

    def test_something(llm_server, llm_settings):
        llm_server.enqueue("全年共收到行政复议申请37件。")
        llm_server.enqueue_for("行政复议", Reply(status=429, retry_after=0.1), "……")
        ... code under test reads llm_settings (base_url points at the server) ...
        assert llm_server.requests[0]["max_tokens"] == 800

A fake that is not exercised is caught: at teardown the test fails if a queued reply was
never requested, or a request found nothing queued (and no default), or the server itself
raised — unless the test called ``llm_server.allow_unused()``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from llm_server import FakeLLMServer, RecordedRequest, Reply  # noqa: E402

__all__ = ["FakeLLMServer", "Reply", "RecordedRequest"]


def problems(server: FakeLLMServer) -> list[str]:
    """Why a test that used ``server`` should fail: a fake that is not exercised is caught."""
    found = []
    if server.errors:
        found.append(f"the test LLM server raised: {server.errors}")
    if not server.unused_allowed:
        left = server.unused()
        if left:
            found.append("replies queued on the test LLM server were never requested "
                         f"(call llm_server.allow_unused() if that is expected): {left}")
        if server.starved:
            asked = [r.last_user[:40] for r in server.starved]
            found.append(f"{len(server.starved)} request(s) to the test LLM server found no queued "
                         f"reply and no default: {asked}")
    return found


@pytest.fixture
def llm_server():
    server = FakeLLMServer().start()
    try:
        yield server
    finally:
        server.close()
    found = problems(server)
    if found:
        pytest.fail("\n".join(found), pytrace=False)


@pytest.fixture
def llm_settings(settings, llm_server, monkeypatch):
    """Settings pointed at ``llm_server``: 5 s timeout, 3 retries; and the backend's retry
    backoff shrunk to milliseconds (a server's Retry-After is still honoured as sent)."""
    from drafter.llm import _retry

    monkeypatch.setattr(_retry, "DEFAULT_BACKOFF_BASE", 0.01)
    monkeypatch.setattr(_retry, "DEFAULT_BACKOFF_CAP", 0.05)
    return settings.with_overrides(base_url=llm_server.base_url, api_key="test", model="test-model",
                                   timeout=5.0, max_retries=3)
