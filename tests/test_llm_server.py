"""The test LLM server itself, and the think filter (a property over every chunking)."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import httpx
import pytest
from hypothesis import given, strategies as st

from drafter.llm._think import ThinkFilter, strip_think
from llm_server import FakeLLMServer, Reply

pytest_plugins = ["pytester"]


def chat(server, user="你好", stream=True, timeout=5.0, **extra):
    body = {"model": "test-model", "stream": stream, "messages": [{"role": "user", "content": user}], **extra}
    return httpx.post(server.base_url + "/chat/completions", json=body, timeout=timeout)


def sse_text(response) -> tuple[str, list[str | None], bool]:
    events = [line[6:] for line in response.text.split("\n\n") if line.startswith("data: ")]
    done = events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events if e != "[DONE]"]
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks)
    return text, [c["choices"][0]["finish_reason"] for c in chunks], done


def test_stream_and_non_stream(llm_server):
    llm_server.enqueue("全年审结35件。", Reply("不流式", think="想"))
    text, finishes, done = sse_text(chat(llm_server))
    assert (text, finishes[-1], done) == ("全年审结35件。", "stop", True)
    assert finishes[:-1] == [None] * (len(finishes) - 1)
    body = chat(llm_server, stream=False).json()
    assert body["choices"][0]["message"]["content"] == "<think>想</think>不流式"
    models = httpx.get(llm_server.base_url + "/models").json()
    assert models["data"][0]["id"] == "test-model"


def test_routing_fifo_and_default(llm_server):
    llm_server.enqueue("队列一", "队列二")
    llm_server.enqueue_for("行政复议", "复议专用")
    llm_server.enqueue_for(lambda body: body.get("max_tokens") == 7, "按条件")
    assert sse_text(chat(llm_server, "写一写行政复议"))[0] == "复议专用"
    assert sse_text(chat(llm_server, "写一写行政复议"))[0] == "队列一"   # the routed one is used once
    assert sse_text(chat(llm_server, "x", max_tokens=7))[0] == "按条件"
    assert sse_text(chat(llm_server, "y"))[0] == "队列二"
    llm_server.default = lambda body: "默认：" + body["messages"][-1]["content"]
    assert sse_text(chat(llm_server, "z"))[0] == "默认：z"
    assert [r.last_user for r in llm_server.requests] == ["写一写行政复议", "写一写行政复议", "x", "y", "z"]
    assert llm_server.requests[2]["max_tokens"] == 7


def test_empty_queue_is_a_clear_500(llm_server):
    response = chat(llm_server, "无人应答")
    assert response.status_code == 500
    assert "no reply queued" in response.json()["error"]["message"]
    assert len(llm_server.starved) == 1
    llm_server.allow_unused()  # starved on purpose


def test_status_and_retry_after(llm_server):
    llm_server.enqueue(Reply(status=429, retry_after=3), Reply(status=500))
    first = chat(llm_server)
    assert (first.status_code, first.headers["retry-after"]) == (429, "3")
    assert chat(llm_server).status_code == 500


def test_cut_stream_breaks_the_body(llm_server):
    llm_server.enqueue(Reply("一二三四五六七八九", cut_after=2, chunk_size=1))
    with pytest.raises(httpx.RemoteProtocolError):
        chat(llm_server)


def test_empty_reply_still_finishes(llm_server):
    llm_server.enqueue("")
    text, finishes, done = sse_text(chat(llm_server))
    assert (text, finishes[-1], done) == ("", "stop", True)


def test_stall_does_not_block_close():
    server = FakeLLMServer().start()
    server.enqueue(Reply("停住", stall_after=1))
    got = []

    def client():
        try:
            chat(server, timeout=30)
        except httpx.HTTPError as exc:
            got.append(exc)

    t = threading.Thread(target=client, daemon=True)
    t.start()
    while not server.requests:
        time.sleep(0.01)
    time.sleep(0.1)
    started = time.monotonic()
    server.close()
    assert time.monotonic() - started < 2
    t.join(5)


def test_stall_released_when_client_gives_up(llm_server):
    llm_server.enqueue(Reply("停住", stall_after=1))
    with pytest.raises(httpx.ReadTimeout):
        chat(llm_server, timeout=0.3)
    deadline = time.monotonic() + 3
    while llm_server.in_flight and time.monotonic() < deadline:
        time.sleep(0.02)
    assert llm_server.in_flight == 0


def test_token_delay_default_and_chunking():
    with FakeLLMServer(token_delay=0.02, chunk_size=2) as server:
        server.enqueue("一二三四五六")
        started = time.monotonic()
        text, finishes, _ = sse_text(chat(server))
        assert time.monotonic() - started >= 0.06  # three content chunks, each delayed
        assert text == "一二三四五六" and len(finishes) == 1 + 3 + 1


def test_unused_replies_are_reported():
    with FakeLLMServer() as server:
        server.enqueue("没人要", Reply(status=429, retry_after=1))
        server.enqueue_for("复议", "也没人要")
        assert server.unused() == ["queued: '没人要'", "queued: HTTP 429 retry_after=1",
                                   "for '复议': '也没人要'"]


@given(answer=st.text(alphabet="正文<>/think 末", max_size=30).filter(lambda s: "<think>" not in s and "</think>" not in s),
       thought=st.text(alphabet="想<>/th ", max_size=15).filter(lambda s: "</think>" not in s),
       cuts=st.lists(st.integers(min_value=1, max_value=6), max_size=40))
def test_think_filter_any_chunking(answer, thought, cuts):
    whole = f"<think>{thought}</think>\n" + answer
    pieces, i = [], 0
    for n in cuts:
        pieces.append(whole[i:i + n])
        i += n
    pieces.append(whole[i:])
    f = ThinkFilter()
    out = "".join(f.feed(p) for p in pieces) + f.finish()
    assert out == answer.lstrip()
    assert strip_think(whole) == answer.lstrip()


def test_think_filter_cases():
    assert strip_think("<think>一直没有结束") == ""
    f = ThinkFilter()
    assert f.feed("思考过程</think>\n\n正文") == "正文" and not f.leaked   # reasoning held back: dropped
    f = ThinkFilter()
    assert f.feed("思考过程") == "思考过程"
    f.feed("</think>正文")
    assert f.leaked                                                       # already emitted: flagged
    assert strip_think("a < b，<thin") == "a < b，<thin"
    f = ThinkFilter()
    assert f.feed("正文<th") == "正文"      # held back: could be a tag
    assert f.feed("i") == ""
    assert f.finish() == "<thi"


def test_fixture_catches_a_fake_that_is_not_exercised():
    from fixtures_llm import problems

    with FakeLLMServer() as server:
        assert problems(server) == []
        server.enqueue("没人要")
        assert "never requested" in problems(server)[0]
        server.clear()
        assert chat(server).status_code == 500          # nothing queued, no default
        assert "found no queued reply" in problems(server)[0]
        server.allow_unused()
        assert problems(server) == []



def test_fixture_fails_the_test_at_teardown(pytester):
    pytester.makeconftest("pytest_plugins = ['fixtures_llm']")
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    pytester.syspathinsert(str(Path(__file__).parent))
    pytester.makepyfile("""
        def test_leaves_a_reply(llm_server):
            llm_server.enqueue("没人要")

        def test_allows_it(llm_server):
            llm_server.enqueue("没人要")
            llm_server.allow_unused()
    """)
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(["*never requested*"])
