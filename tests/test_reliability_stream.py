"""A malformed stream chunk is a broken stream: retried, then a Chinese reason; no traceback
reaches the clerk's terminal."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from fixtures_draft import EXAMPLE_FACTS, model_reply
from fixtures_llm import Reply

from drafter.brief import SectionBrief
from drafter.cli import cli
from drafter.cli import _draft  # noqa: F401  (registers the commands)
from drafter.llm import GenerationRequest, LLMError, backend_from_settings

TEXT = "全年共收到行政复议申请37件，审结35件。"


def _request() -> GenerationRequest:
    brief = SectionBrief(key="work-01", kind="work", heading="（一）行政复议", org="某区司法局",
                         year=2023, level="区县", topic="行政复议")
    return GenerationRequest(brief=brief, prompt_file="section.j2", max_tokens=None,
                             messages=[{"role": "user", "content": "请起草行政复议一节"}])


@pytest.fixture
async def backend(llm_settings):
    b = backend_from_settings(llm_settings)
    yield b
    await b.aclose()


async def test_a_malformed_first_chunk_is_retried(backend, llm_server):
    llm_server.enqueue(Reply(text=TEXT, malformed_after=0), TEXT)
    pieces = [p async for p in backend.stream(_request())]
    assert "".join(pieces) == TEXT
    assert len(llm_server.requests) == 2


async def test_malformed_chunks_every_time_end_in_a_chinese_reason(backend, llm_server):
    llm_server.enqueue(*[Reply(text=TEXT, malformed_after=0) for _ in range(4)])     # 1 + 3 retries
    with pytest.raises(LLMError) as caught:
        [p async for p in backend.stream(_request())]
    message = str(caught.value)
    assert "无法解析" in message and "已重试3次" in message
    assert "JSONDecodeError" not in message and "Expecting" not in message


async def test_a_malformed_chunk_after_some_text_is_a_broken_stream(backend, llm_server):
    llm_server.enqueue(Reply(text=TEXT, malformed_after=2))
    seen = []
    with pytest.raises(LLMError) as caught:
        async for piece in backend.stream(_request()):
            seen.append(piece)
    assert seen and caught.value.retryable           # the flow starts the section again
    assert "无法解析" in str(caught.value)


def test_cli_prints_no_traceback_for_malformed_chunks(home, tmp_path, llm_server):
    llm_server.default = lambda body: (Reply(text="坏数据", malformed_after=0)
                                       if "【工作事项】行政复议" in body["messages"][-1]["content"]
                                       else model_reply(body))
    env = {"DRAFTER_BASE_URL": llm_server.base_url, "DRAFTER_API_KEY": "k", "DRAFTER_MODEL": "test-model",
           "DRAFTER_MAX_RETRIES": "1"}
    result = CliRunner().invoke(cli, ["draft", str(EXAMPLE_FACTS)], env=env, catch_exceptions=False)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and "JSONDecodeError" not in result.output
    line = re.search(r"^✗ .*$", result.output, re.M).group(0)
    assert "无法解析" in line and "内部错误" not in line
