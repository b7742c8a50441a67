"""The OpenAI-compatible backend against the real test server over HTTP (nothing patched)."""

from __future__ import annotations

import asyncio
import dataclasses
import socket
import time
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

import pytest

from drafter.brief import SectionBrief
from drafter.llm import GenerationRequest, LLMError, OpenAIBackend, backend_from_settings
from drafter.llm._retry import backoff_delay, retry_after_seconds
from fixtures_llm import Reply

TEXT = "全年共收到行政复议申请37件，审结35件，纠错率为8.6%。"


def request(user: str = "请起草行政复议一节", max_tokens: int | None = None) -> GenerationRequest:
    brief = SectionBrief(key="work-01", kind="work", heading="（一）行政复议", org="某区司法局",
                         year=2023, level="区县", topic="行政复议")
    return GenerationRequest(brief=brief, prompt_file="section.j2", max_tokens=max_tokens,
                             messages=[{"role": "system", "content": "你是公文写作助手。"},
                                       {"role": "user", "content": user}])


async def collect(backend, req=None) -> list[str]:
    return [piece async for piece in backend.stream(req or request())]


@pytest.fixture
async def backend(llm_settings):
    b = backend_from_settings(llm_settings)
    yield b
    await b.aclose()


def quick(llm_settings, **overrides) -> OpenAIBackend:
    return OpenAIBackend(llm_settings.with_overrides(**overrides))


async def test_streams_pieces_that_join_to_the_text(backend, llm_server):
    llm_server.enqueue(TEXT)
    pieces = await collect(backend)
    assert len(pieces) > 5          # streamed, a few characters at a time
    assert "".join(pieces) == TEXT
    assert backend.kind == "openai" and backend.name == "test-model"
    sent = llm_server.requests[0]
    assert sent["stream"] is True and sent["model"] == "test-model"
    assert sent["messages"][1]["content"] == "请起草行政复议一节"
    assert sent.headers.get("authorization") == "Bearer test"


async def test_max_tokens_and_temperature_sent(llm_settings, llm_server):
    llm_server.enqueue("一", "二")
    backend = quick(llm_settings, max_tokens=1234, temperature=0.1)
    await collect(backend, request(max_tokens=300))
    await collect(backend)
    await backend.aclose()
    assert [r["max_tokens"] for r in llm_server.requests] == [300, 1234]
    assert llm_server.requests[0]["temperature"] == 0.1


@pytest.mark.parametrize("chunk_size", [1, 2, 3, 5])
async def test_think_blocks_removed_across_chunks(backend, llm_server, chunk_size):
    llm_server.enqueue(Reply("\n\n" + TEXT, think="先想一想：37件还是38件？", chunk_size=chunk_size))
    assert "".join(await collect(backend)) == TEXT


async def test_reasoning_content_ignored(backend, llm_server):
    llm_server.enqueue(Reply(TEXT, reasoning="推理过程不应出现在正文里"))
    assert "".join(await collect(backend)) == TEXT


async def test_unclosed_think_is_an_empty_reply(backend, llm_server):
    llm_server.enqueue(Reply("", think="想了很久", chunk_size=2, finish_reason="length"))
    # the second <think> block never closes: drop it all, then it is empty
    llm_server.enqueue(Reply("<think>没有结束的思考……", chunk_size=4, finish_reason="length"))
    with pytest.raises(LLMError, match="空内容（只有思考过程"):
        await collect(backend)
    with pytest.raises(LLMError, match="空内容（只有思考过程"):
        await collect(backend)


async def test_empty_reply_is_an_error(backend, llm_server):
    llm_server.enqueue("")
    with pytest.raises(LLMError, match="^模型返回了空内容$") as info:
        await collect(backend)
    assert not info.value.retryable
    assert len(llm_server.requests) == 1  # not retried


async def test_429_waits_for_retry_after(backend, llm_server):
    llm_server.enqueue(Reply(status=429, retry_after=0.3), Reply(status=429, retry_after="0.2"), TEXT)
    assert "".join(await collect(backend)) == TEXT
    first, second, third = llm_server.requests
    assert second.at - first.done_at >= 0.3
    assert third.at - second.done_at >= 0.2


async def test_429_retry_after_as_http_date(backend, llm_server):
    when = datetime.now(timezone.utc) + timedelta(seconds=2)
    llm_server.enqueue(Reply(status=429, retry_after=format_datetime(when, usegmt=True)), TEXT)
    assert "".join(await collect(backend)) == TEXT
    first, second = llm_server.requests
    assert second.at - first.done_at >= 0.5  # an HTTP date has whole seconds: 1-2 s ahead


async def test_429_until_retries_run_out(llm_settings, llm_server):
    llm_server.enqueue(*[Reply(status=429, retry_after=0.01)] * 3)
    backend = quick(llm_settings, max_retries=2)
    with pytest.raises(LLMError, match="^模型服务繁忙（429），已重试2次$") as info:
        await collect(backend)
    await backend.aclose()
    assert not info.value.retryable
    assert len(llm_server.requests) == 3


async def test_500_then_success(backend, llm_server):
    llm_server.enqueue(Reply(status=500), Reply(status=503), TEXT)
    assert "".join(await collect(backend)) == TEXT
    assert len(llm_server.requests) == 3


async def test_500_every_time(backend, llm_server):
    llm_server.enqueue(*[Reply(status=500)] * 4)
    with pytest.raises(LLMError, match=r"^模型服务出错（HTTP 500），已重试3次$"):
        await collect(backend)


@pytest.mark.parametrize("status, message", [
    (401, "鉴权失败（401），请检查 DRAFTER_API_KEY"),
    (403, "鉴权失败（403），请检查 DRAFTER_API_KEY"),
    (404, "模型不存在（404），请检查 DRAFTER_MODEL"),
    (400, "模型服务拒绝了请求（HTTP 400）：context length exceeded"),
])
async def test_client_errors_are_not_retried(backend, llm_server, status, message):
    llm_server.enqueue(Reply(status=status, error_message="context length exceeded"))
    with pytest.raises(LLMError, match=message):
        await collect(backend)
    assert len(llm_server.requests) == 1


async def test_stalled_stream_times_out_after_retries(llm_settings, llm_server):
    llm_server.enqueue(*[Reply(TEXT, stall_after=0)] * 3)
    backend = quick(llm_settings, timeout=0.3, max_retries=2)
    started = time.monotonic()
    with pytest.raises(LLMError, match=r"^模型服务超时（0.3秒无响应），已重试2次$"):
        await collect(backend)
    await backend.aclose()
    assert len(llm_server.requests) == 3
    assert time.monotonic() - started < 4


async def test_stall_after_partial_output_is_retryable_error(llm_settings, llm_server):
    llm_server.enqueue(Reply(TEXT, stall_after=2))
    backend = quick(llm_settings, timeout=0.3)
    got: list[str] = []
    with pytest.raises(LLMError, match="中途中断（模型服务超时") as info:
        async for piece in backend.stream(request()):
            got.append(piece)
    await backend.aclose()
    assert info.value.retryable and got and len(llm_server.requests) == 1


async def test_cut_stream_retried_when_nothing_yielded(backend, llm_server):
    llm_server.enqueue(Reply(TEXT, cut_after=0), TEXT)
    assert "".join(await collect(backend)) == TEXT
    assert len(llm_server.requests) == 2


async def test_cut_stream_after_partial_output(backend, llm_server):
    llm_server.enqueue(Reply(TEXT, cut_after=3))
    got: list[str] = []
    with pytest.raises(LLMError, match="模型输出中途中断（模型服务中途断开连接") as info:
        async for piece in backend.stream(request()):
            got.append(piece)
    assert info.value.retryable
    assert "".join(got) == TEXT[:9]
    assert len(llm_server.requests) == 1


async def test_think_only_prefix_then_cut_is_retried(backend, llm_server):
    # nothing of the answer was yielded yet (only thinking), so a new attempt is safe
    llm_server.enqueue(Reply(TEXT, think="思考", cut_after=2), TEXT)
    assert "".join(await collect(backend)) == TEXT


async def test_concurrency_limit(llm_settings, llm_server):
    llm_server.default = lambda body: Reply(body["messages"][-1]["content"] + "。", token_delay=0.02)
    backend = quick(llm_settings, concurrency=2)
    results = await asyncio.gather(*[collect(backend, request(f"第{i}节")) for i in range(6)])
    await backend.aclose()
    assert ["".join(r) for r in results] == [f"第{i}节。" for i in range(6)]
    assert llm_server.max_in_flight == 2


async def test_connection_refused_names_the_url(settings, monkeypatch):
    from drafter.llm import _retry

    monkeypatch.setattr(_retry, "DEFAULT_BACKOFF_BASE", 0.01)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"
    backend = backend_from_settings(settings.with_overrides(base_url=url, model="m", max_retries=1, timeout=2))
    with pytest.raises(LLMError, match=f"^无法连接到模型服务 {url}，已重试1次$"):
        await collect(backend)
    await backend.aclose()


async def test_routed_replies_for_concurrent_sections(backend, llm_server):
    llm_server.enqueue_for("行政复议", "复议一节。")
    llm_server.enqueue_for("行政执法", Reply(status=500), "执法一节。")
    a, b = await asyncio.gather(collect(backend, request("写行政复议")), collect(backend, request("写行政执法")))
    assert ("".join(a), "".join(b)) == ("复议一节。", "执法一节。")


async def test_model_taken_from_the_endpoint_when_not_configured(llm_settings, llm_server):
    llm_server.enqueue(TEXT)
    backend = OpenAIBackend(dataclasses.replace(llm_settings, model=None))
    assert "".join(await collect(backend)) == TEXT
    assert backend.name == "test-model" and llm_server.requests[0]["model"] == "test-model"
    await backend.aclose()


async def test_consumer_stopping_early_releases_the_slot(llm_settings, llm_server):
    llm_server.enqueue(Reply(TEXT, token_delay=0.01), TEXT)
    backend = quick(llm_settings, concurrency=1)
    gen = backend.stream(request())
    assert await gen.__anext__()
    await gen.aclose()
    assert "".join(await asyncio.wait_for(collect(backend), 3)) == TEXT
    await backend.aclose()


def test_backend_from_settings_without_endpoint_is_offline(settings):
    backend = backend_from_settings(settings)
    assert backend.kind == "offline" and backend.name == "离线模板"


def test_backoff_full_jitter():
    assert backoff_delay(0, 1.0, 30.0, rand=lambda: 1.0) == 1.0
    assert backoff_delay(3, 1.0, 30.0, rand=lambda: 1.0) == 8.0
    assert backoff_delay(10, 1.0, 30.0, rand=lambda: 1.0) == 30.0
    assert backoff_delay(5, 1.0, 30.0, rand=lambda: 0.0) == 0.0


def test_retry_after_parsing():
    assert retry_after_seconds({"retry-after": "2"}, 60) == 2.0
    assert retry_after_seconds({"retry-after": "600"}, 60) == 60.0
    assert retry_after_seconds({"retry-after-ms": "250"}, 60) == 0.25
    assert retry_after_seconds({"retry-after": "soon"}, 60) is None
    assert retry_after_seconds({}, 60) is None
    now = datetime(2026, 1, 1, tzinfo=timezone.utc)
    header = format_datetime(now + timedelta(seconds=5), usegmt=True)
    assert retry_after_seconds({"retry-after": header}, 60, now=now.timestamp) == 5.0
    past = format_datetime(now - timedelta(seconds=5), usegmt=True)
    assert retry_after_seconds({"retry-after": past}, 60, now=now.timestamp) == 0.0


async def test_reasoning_without_opening_tag_fails_loudly(backend, llm_server):
    # a template that opened <think> in the prompt: the reply is reasoning, "</think>", answer
    llm_server.enqueue(Reply("我先分析一下这些数字。</think>\n\n" + TEXT))
    with pytest.raises(LLMError, match="思考过程混入了正文") as info:
        await collect(backend)
    assert not info.value.retryable


async def test_ping_lists_models(backend):
    assert await backend.ping() == ["test-model"]


async def test_a_reply_cut_at_max_tokens_is_an_error_not_a_section(backend, llm_server):
    """finish_reason "length": the text is incomplete; retrying the same request would cut it again."""
    llm_server.enqueue(Reply("全年共收到行政复议申请37件，审结", finish_reason="length"))
    with pytest.raises(LLMError, match="长度上限") as caught:
        await collect(backend)
    assert caught.value.retryable is False
    assert len(llm_server.requests) == 1
