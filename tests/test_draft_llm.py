"""The drafting flow against a real OpenAI-compatible HTTP server (the test LLM server)."""

from __future__ import annotations

from fixtures_draft import model_reply
from fixtures_llm import Reply

from drafter.draft import draft_report, regenerate_section, render_blocks, restore_version, save_edit
from drafter.store import Store

REVIEW = "（一）依法化解行政争议，行政复议主渠道作用有效发挥"     # the 行政复议 item's heading
RIGHT = f"{REVIEW}。全年共收到行政复议申请37件，审结行政复议案件32件。一是畅通复议申请渠道。二是推行决定书网上公开。"


async def _drafted(facts, settings, server, store, collect) -> tuple[str, object]:
    """A complete model draft; returns (draft id, the 行政复议 item's first version)."""
    server.default = model_reply
    events = await collect(draft_report(facts, settings=settings, store=store))
    draft_id = events[0].draft_id
    return draft_id, store.get_draft(draft_id).section("work-01").current


def _final(events, key):
    return [e for e in events if e.section_key == key and e.status in ("完成", "失败")][-1]


async def test_model_draft_completes_with_the_model_named(six_facts, llm_settings, llm_server, draft_store,
                                                          collect_events):
    llm_server.default = model_reply
    events = await collect_events(draft_report(six_facts, settings=llm_settings, store=draft_store))
    assert events[0].message.startswith("使用后端：模型 test-model")
    assert "本稿由模型 test-model 生成" in events[-1].message and "完成6节，失败0节" in events[-1].message
    draft = draft_store.get_draft(events[0].draft_id)
    assert draft.backend == "test-model"
    assert all(s.current.model == "test-model" and s.current.backend == "test-model" for s in draft.sections)
    assert not [b for b in render_blocks(draft) if b.kind == "notice"]
    assert len(llm_server.requests) == 6
    assert all(r["stream"] is True and r["max_tokens"] >= llm_settings.max_tokens for r in llm_server.requests)
    assert all(r.messages[0]["role"] == "system" for r in llm_server.requests)


async def test_a_draft_with_no_model_configured_records_the_served_name(six_facts, llm_settings, llm_server,
                                                                        draft_store, collect_events):
    # the draft row is written before any section streams; it used to say 未指定模型
    import dataclasses

    llm_server.default = model_reply
    settings = dataclasses.replace(llm_settings, model=None)
    events = await collect_events(draft_report(six_facts, settings=settings, store=draft_store))
    assert events[0].message.startswith("使用后端：模型 test-model")
    assert draft_store.get_draft(events[0].draft_id).backend == "test-model"


async def test_a_wrong_number_is_found_and_repaired(six_facts, llm_settings, llm_server, draft_store, collect_events):
    llm_server.default = model_reply
    wrong = RIGHT.replace("37件", "38件")
    llm_server.enqueue_for(REVIEW, wrong, RIGHT)
    events = await collect_events(draft_report(six_facts, settings=llm_settings, store=draft_store))
    repairs = [r for r in llm_server.requests if "核验发现的问题" in r.last_user]
    assert len(repairs) == 1
    assert "38件" in repairs[0].last_user and "<<<原稿开始" in repairs[0].last_user
    assert "| sq | 收到行政复议申请 | 37 |" in repairs[0].last_user
    statuses = [e.status for e in events if e.section_key == "work-01"]
    assert "修复中" in statuses and statuses[-1] == "完成"
    current = Store(llm_settings.db_path).get_draft(events[0].draft_id).section("work-01").current
    assert current.text == RIGHT and current.source == "repaired" and current.prompt_file == "repair.j2"
    assert not [f for f in current.findings if f["severity"] != "info"]
    assert "数字核验通过（经1轮修复）" in _final(events, "work-01").message


async def test_findings_that_survive_two_repairs_are_kept_for_the_clerk(six_facts, llm_settings, llm_server,
                                                                        draft_store, collect_events):
    llm_server.default = model_reply
    wrong = RIGHT.replace("37件", "38件")
    llm_server.enqueue_for(REVIEW, wrong, wrong, wrong)
    events = await collect_events(draft_report(six_facts, settings=llm_settings, store=draft_store))
    assert len([r for r in llm_server.requests if REVIEW in r.last_user]) == 3     # draft + two repairs, no more
    final = _final(events, "work-01")
    assert final.status == "完成" and "仍有" in final.message and "请核对" in final.message
    current = draft_store.get_draft(events[0].draft_id).section("work-01").current
    assert current.text == wrong and any(f["text"] == "38件" for f in current.findings)
    assert "数字核验发现" in events[-1].message


async def test_a_section_that_keeps_failing_is_marked_and_the_others_are_saved(six_facts, llm_settings, llm_server,
                                                                              collect_events):
    settings = llm_settings.with_overrides(max_retries=1)
    llm_server.default = lambda body: (Reply(status=500) if "【工作事项】普法" in body["messages"][-1]["content"]
                                       else model_reply(body))
    events = await collect_events(draft_report(six_facts, settings=settings, store=Store(settings.db_path)))
    failed = _final(events, "work-02")
    assert failed.status == "失败" and failed.message.startswith("本节生成失败：")
    assert any("\u4e00" <= ch <= "\u9fff" for ch in failed.message[7:])
    assert "失败1节" in events[-1].message and "work-02" in events[-1].message
    draft = Store(settings.db_path).get_draft(events[0].draft_id)       # reopened from disk
    for section in draft.sections:
        if section.key == "work-02":
            assert section.status == "失败" and section.reason and section.current is None
        else:
            assert section.status == "完成" and section.current.text
    notice = [b.text for b in render_blocks(draft) if b.kind == "notice"]
    assert notice and "尚未生成" in notice[0]
    # the fact of the failed section is reported as unused in the whole-report check
    assert "开展普法宣传活动" in events[-1].message


async def test_a_stream_cut_after_partial_output_is_started_again(six_facts, llm_settings, llm_server, draft_store,
                                                                  collect_events):
    llm_server.default = model_reply
    llm_server.enqueue_for(REVIEW, Reply(text=RIGHT, cut_after=4), RIGHT)
    events = await collect_events(draft_report(six_facts, settings=llm_settings, store=draft_store))
    restarts = [e for e in events if e.section_key == "work-01" and "重新生成" in e.message]
    assert restarts and restarts[0].text == ""
    current = draft_store.get_draft(events[0].draft_id).section("work-01").current
    assert current.text == RIGHT                                   # no leftover of the cut attempt


async def test_reasoning_blocks_never_reach_the_draft(six_facts, llm_settings, llm_server, draft_store,
                                                      collect_events):
    llm_server.default = model_reply
    llm_server.enqueue_for(REVIEW, Reply(text=RIGHT, think="先想一想：申请应是40件吗？"))
    llm_server.enqueue_for("导语", Reply(text="**2023年，我局扎实推进法治政府建设。**\n现将有关情况报告如下：",
                                         reasoning="思考过程"))
    events = await collect_events(draft_report(six_facts, settings=llm_settings, store=draft_store))
    draft = draft_store.get_draft(events[0].draft_id)
    assert draft.section("work-01").current.text == RIGHT
    intro = draft.section("intro").current.text
    assert intro == "2023年，我局扎实推进法治政府建设。\n现将有关情况报告如下："
    assert all("<think>" not in e.text and "40件" not in e.text for e in events)


async def test_regenerate_with_an_instruction_and_restore(six_facts, llm_settings, llm_server, draft_store,
                                                          collect_events):
    draft_id, first = await _drafted(six_facts, llm_settings, llm_server, draft_store, collect_events)
    shorter = f"{REVIEW}。收到行政复议申请37件，审结行政复议案件32件。"
    llm_server.enqueue_for("【修改意见】更简洁", shorter)
    regen = await collect_events(regenerate_section(draft_id, "work-01", settings=llm_settings, store=draft_store,
                                                    instruction="更简洁", owner=None))
    request = llm_server.requests[-1]
    assert "<<<当前文本开始" in request.last_user and first.text in request.last_user
    assert regen[-1].status == "结束" and "原有版本均已保留" in regen[-1].message
    versions = draft_store.versions(draft_id, "work-01")
    assert [v.source for v in versions] == ["generated", "regenerated"]
    assert versions[1].text == shorter and versions[1].instruction == "更简洁"
    assert versions[1].prompt_file == "regenerate.j2" and versions[0].text == first.text
    restore_version(draft_store, draft_id, "work-01", 1)
    assert draft_store.get_draft(draft_id).section("work-01").current.text == first.text


async def test_an_edit_made_while_regenerating_survives(six_facts, llm_settings, llm_server, draft_store,
                                                        collect_events):
    draft_id, base = await _drafted(six_facts, llm_settings, llm_server, draft_store, collect_events)
    llm_server.enqueue_for("【修改意见】", RIGHT)
    stream = regenerate_section(draft_id, "work-01", settings=llm_settings, store=draft_store,
                                instruction="调整语气")
    seen = []
    async for event in stream:
        seen.append(event)
        if event.status == "生成中" and event.delta and len([e for e in seen if e.delta]) == 1:
            # the editor saves while the model is still writing
            save_edit(draft_store, draft_id, "work-01", base.text + "（编辑补充）", author="李编辑", base_no=base.no)
    versions = draft_store.versions(draft_id, "work-01")
    assert [v.source for v in versions] == ["generated", "edited", "regenerated"]
    assert versions[1].text.endswith("（编辑补充）") and versions[1].author == "李编辑"
    assert versions[2].text == RIGHT
    # the regeneration started from version 1: it never replaces the newer edit, it waits as a candidate
    assert versions[2].candidate and not versions[1].candidate
    section = draft_store.get_draft(draft_id).section("work-01")
    assert section.current.no == 2 and section.candidate_no == 3
    assert "（编辑补充）" in "".join(b.text for b in render_blocks(draft_store.get_draft(draft_id)))
    assert "候选" in seen[-1].message and "第3版" in seen[-1].message and "人工修改" in seen[-1].message


async def test_a_failed_section_can_be_regenerated_when_the_endpoint_recovers(six_facts, llm_settings, llm_server,
                                                                             collect_events):
    settings = llm_settings.with_overrides(max_retries=0)
    llm_server.default = lambda body: (Reply(status=503) if "【工作事项】普法" in body["messages"][-1]["content"]
                                       else model_reply(body))
    store = Store(settings.db_path)
    events = await collect_events(draft_report(six_facts, settings=settings, store=store))
    draft_id = events[0].draft_id
    assert store.get_draft(draft_id).section("work-02").status == "失败"
    llm_server.default = model_reply
    regen = await collect_events(regenerate_section(draft_id, "work-02", settings=settings, store=store))
    assert "第1版" in regen[-1].message
    section = Store(settings.db_path).get_draft(draft_id).section("work-02")
    assert section.status == "完成" and section.reason is None
    assert section.current.source == "generated" and section.current.prompt_file == "section.j2"
    assert "120余场" in section.current.text and "99.26%" in section.current.text
    assert not [b for b in render_blocks(store.get_draft(draft_id)) if b.kind == "notice"]


async def test_a_failed_regeneration_leaves_the_section_as_it_was(six_facts, llm_settings, llm_server, draft_store,
                                                                  collect_events):
    draft_id, first = await _drafted(six_facts, llm_settings, llm_server, draft_store, collect_events)
    llm_server.enqueue_for("【修改意见】", Reply(status=401))
    regen = await collect_events(regenerate_section(draft_id, "work-01", settings=llm_settings, store=draft_store,
                                                    instruction="调整语气"))
    assert _final(regen, "work-01").status == "失败"
    assert "重新生成失败" in regen[-1].message and "原有版本未改动" in regen[-1].message
    section = Store(llm_settings.db_path).get_draft(draft_id).section("work-01")
    assert section.status == "完成" and section.current.text == first.text and section.versions_count == 1


async def test_a_repair_cut_at_max_tokens_keeps_the_first_text_with_its_findings(
        six_facts, llm_settings, llm_server, draft_store, collect_events):
    """A truncated reply never reaches the report, and a failed repair does not throw away the
    section already written: the clerk gets it with the doubtful number marked."""
    llm_server.default = model_reply
    wrong = RIGHT.replace("37件", "38件")
    llm_server.enqueue_for(REVIEW, wrong, Reply(RIGHT[:20], finish_reason="length"))
    events = await collect_events(draft_report(six_facts, settings=llm_settings, store=draft_store))
    notes = [e.message for e in events if e.section_key == "work-01" and e.status == "修复中"]
    assert any("第1轮修复失败" in m and "长度上限" in m and "DRAFTER_MAX_TOKENS" in m for m in notes), notes
    assert _final(events, "work-01").status == "完成"
    current = Store(llm_settings.db_path).get_draft(events[0].draft_id).section("work-01").current
    assert current.text == wrong and current.source == "generated"
    assert any(f["text"] == "38件" for f in current.findings)


async def test_a_first_reply_cut_at_max_tokens_fails_the_section_with_the_reason(
        six_facts, llm_settings, llm_server, draft_store, collect_events):
    llm_server.default = model_reply
    llm_server.enqueue_for(REVIEW, Reply(RIGHT[:20], finish_reason="length"))
    events = await collect_events(draft_report(six_facts, settings=llm_settings, store=draft_store))
    final = _final(events, "work-01")
    assert final.status == "失败" and "长度上限" in final.message
    draft = Store(llm_settings.db_path).get_draft(events[0].draft_id)
    assert draft.section("work-01").current is None
    assert all(s.status == "完成" for s in draft.sections if s.key != "work-01")


async def test_when_every_section_fails_alike_the_summary_says_it_once(six_facts, llm_settings, llm_server,
                                                                         draft_store, collect_events):
    """A dead or misconfigured endpoint fails every section with one reason: say it once, and do
    not claim the numbers verified or list every fact as unused when nothing was written."""
    llm_server.default = Reply(status=401)
    events = await collect_events(draft_report(six_facts, settings=llm_settings, store=draft_store))
    summary = events[-1].message
    assert events[-1].status == "结束"
    assert summary.count("鉴权失败") == 1 and "均因" in summary and "完成0节" in summary
    assert "数字核验全部通过" not in summary and "未写入正文" not in summary
    assert "没有写成任何一节" in summary
