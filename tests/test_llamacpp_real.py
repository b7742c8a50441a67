"""Drafting against a real llama.cpp server (llama-cpp-python + SmolLM2-135M) on 127.0.0.1.

Content quality is not the point (a 135M model writes poor Chinese); protocol truth is:
streaming, the model name from /v1/models, the API key, a max_tokens cut-off, a stop
mid-stream, two requests at once, and regenerating one section, through drafter's own
settings. Faults the real server cannot be made to produce stay with tests/llm_server.py.

Output length is capped low to keep the run short: drafter never asks for fewer tokens than
a section's target length needs, so the tests lower that floor to DRAFTER_MAX_TOKENS.
"""

from __future__ import annotations

import asyncio

import pytest

from drafter.draft import draft_report, regenerate_section
from drafter.facts import facts_from_dict
from drafter.llm import GenerationRequest, LLMError, backend_from_settings
from drafter.store import Store

pytestmark = pytest.mark.llamacpp

TRUNCATED = "模型输出达到长度上限"
FACTS = {
    "org": "示例县司法局",
    "year": 2023,
    "facts": [
        {"label": "收到行政复议申请", "value": 37, "unit": "件"},
        {"label": "办理法律援助案件", "value": 412, "unit": "件"},
    ],
}


@pytest.fixture
def real_settings(settings, llama_server, monkeypatch):
    """drafter's settings pointed at the real server; no model name (it is asked for)."""
    from drafter.draft import _prompts

    monkeypatch.setattr(_prompts, "max_tokens_for", lambda settings, brief: settings.max_tokens)
    return settings.with_overrides(base_url=llama_server.base_url, api_key=llama_server.api_key,
                                   timeout=90.0, max_retries=1, max_tokens=40, temperature=0.0, concurrency=2)


def _request(text: str, max_tokens: int) -> GenerationRequest:
    return GenerationRequest(brief=None, messages=[{"role": "user", "content": text}], prompt_file="test",
                             max_tokens=max_tokens)


async def _collect(backend, request) -> list[str]:
    try:
        return [piece async for piece in backend.stream(request)]
    finally:
        await backend.aclose()


async def test_the_backend_streams_and_names_the_served_model(real_settings, llama_server):
    backend = backend_from_settings(real_settings.with_overrides(max_tokens=200))
    pieces = await _collect(backend, _request("Say hello in one short sentence.", 200))
    assert backend.name == llama_server.model          # taken from GET /v1/models
    assert len(pieces) > 1 and "".join(pieces).strip()  # streamed in several chunks


async def test_a_wrong_api_key_is_named(real_settings):
    backend = backend_from_settings(real_settings.with_overrides(api_key="sk-wrong", model="x"))
    with pytest.raises(LLMError, match="鉴权失败（401）"):
        await _collect(backend, _request("hello", 8))


async def test_a_max_tokens_cut_off_is_the_chinese_truncation_error(real_settings):
    backend = backend_from_settings(real_settings)
    with pytest.raises(LLMError, match=f"{TRUNCATED}（5 个 token）被截断") as info:
        await _collect(backend, _request("Write a long story about a river.", 5))
    assert not info.value.retryable


async def test_a_draft_streams_stores_and_verifies_every_section(real_settings, llama_server, collect_events):
    facts = facts_from_dict(FACTS, source="test")
    store = Store(real_settings.db_path)
    events = await collect_events(draft_report(facts, settings=real_settings, store=store))
    draft = store.get_draft(events[0].draft_id)
    for section in draft.sections:
        deltas = [e for e in events if e.section_key == section.key and e.delta]
        assert len(deltas) > 1, section.key                       # the text arrived streamed
        assert section.status in ("完成", "失败"), section.key
        if section.status == "失败":                               # 40 tokens: a cut is the likely end
            assert TRUNCATED in section.reason
        else:
            assert section.current.model == llama_server.model
            assert isinstance(section.current.findings, list)      # the verifier ran on it
    assert events[-1].status == "结束" and f"共{len(draft.sections)}节" in events[-1].message
    assert llama_server.alive()


async def test_two_sections_at_once_both_end(real_settings, llama_server, collect_events):
    facts = facts_from_dict(FACTS, source="test")
    store = Store(real_settings.db_path)
    settings = real_settings.with_overrides(max_tokens=12)
    events = await collect_events(draft_report(facts, settings=settings, store=store))
    started = [e.section_key for e in events if e.status == "生成中" and not e.delta]
    assert len(set(started)) == len(store.get_draft(events[0].draft_id).sections) >= 2
    # no section hit a timeout or a broken stream while the other one held the model
    reasons = [s.reason or "" for s in store.get_draft(events[0].draft_id).sections]
    assert not [r for r in reasons if "超时" in r or "中断" in r or "断开" in r], reasons


async def test_a_stop_mid_stream_marks_the_sections_and_the_server_goes_on(real_settings, llama_server):
    facts = facts_from_dict(FACTS, source="test")
    store = Store(real_settings.db_path)
    settings = real_settings.with_overrides(max_tokens=400)
    first_delta = asyncio.Event()
    draft_ids = []

    async def run():
        async for event in draft_report(facts, settings=settings, store=store):
            draft_ids.append(event.draft_id)
            if event.delta:
                first_delta.set()

    task = asyncio.create_task(run())
    await asyncio.wait_for(first_delta.wait(), 120)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    draft = store.get_draft(draft_ids[0])
    unfinished = [s for s in draft.sections if s.status != "完成"]
    assert unfinished and all(s.status in ("失败", "中断") and s.reason for s in unfinished)
    # the server dropped the abandoned stream and answers the next request
    pieces = await asyncio.wait_for(_collect(backend_from_settings(real_settings.with_overrides(max_tokens=30)),
                                             _request("Say hello.", 30)), 60)
    assert "".join(pieces).strip() and llama_server.alive()


async def test_regenerating_one_section_adds_a_version_or_names_why_not(real_settings, llama_server,
                                                                       collect_events):
    facts = facts_from_dict(FACTS, source="test")
    store = Store(real_settings.db_path)
    events = await collect_events(draft_report(facts, settings=real_settings.with_overrides(max_tokens=200),
                                               store=store))
    draft_id = events[0].draft_id
    key = store.get_draft(draft_id).sections[0].key
    before = len(store.versions(draft_id, key))
    regen = await collect_events(regenerate_section(draft_id, key, settings=real_settings.with_overrides(
        max_tokens=200), store=store, instruction="更简洁"))
    assert [e for e in regen if e.section_key == key and e.delta]      # streamed from the server
    after = store.versions(draft_id, key)
    end = regen[-1]
    assert end.status == "结束"
    if len(after) == before + 1:
        assert after[-1].source == "regenerated" and after[-1].model == llama_server.model
        assert "新版本" in end.message
    else:
        assert len(after) == before and "重新生成失败" in end.message and TRUNCATED in end.message


async def test_a_draft_without_a_model_name_records_the_served_name(real_settings, llama_server, collect_events):
    facts = facts_from_dict(FACTS, source="test")
    store = Store(real_settings.db_path)
    events = await collect_events(draft_report(facts, settings=real_settings.with_overrides(max_tokens=4),
                                               store=store))
    assert store.get_draft(events[0].draft_id).backend == llama_server.model
