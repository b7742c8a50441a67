"""The drafting flow with the offline backend and a real SQLite store: events, storage, versions."""

from __future__ import annotations

import pytest

from drafter.draft import (NOTICE_OFFLINE, diff_versions, draft_report, draft_summary, export_draft,
                           regenerate_section, render_blocks, restore_version, save_edit, verify_section)
from drafter.llm import OFFLINE_NAME
from drafter.store import NotFound, Store


@pytest.fixture
async def offline_draft(example_facts, settings, draft_store, collect_events):
    events = await collect_events(draft_report(example_facts, settings=settings, store=draft_store))
    return events[0].draft_id, events


async def test_offline_draft_is_complete_verified_and_stored(offline_draft, example_facts, settings):
    draft_id, events = offline_draft
    assert events[0].status == "开始" and events[0].section_key is None
    assert events[0].message == "使用后端：离线模板（未配置 DRAFTER_BASE_URL）"
    assert events[-1].status == "结束"
    finals = {e.section_key: e for e in events if e.status in ("完成", "失败")}
    draft = Store(settings.db_path).get_draft(draft_id)          # a new Store: what is on disk
    assert set(finals) == {s.key for s in draft.sections}
    assert all(e.status == "完成" for e in finals.values())
    for section in draft.sections:
        assert section.status == "完成"
        assert section.current.backend == OFFLINE_NAME and section.current.source == "generated"
        assert section.current.prompt_file == "section.j2"
        assert not [f for f in section.current.findings if f["severity"] != "info"], section.key
    summary = events[-1].message
    assert "本稿由离线模板生成" in summary and "完成13节，失败0节" in summary
    assert "数字核验全部通过" in summary and "录入的数据全部写入正文" in summary
    assert draft.facts["date"] == "2024年1月26日" and draft.backend == OFFLINE_NAME


async def test_events_stream_text_before_each_section_is_done(offline_draft):
    _, events = offline_draft
    for key in ("intro", "work-06", "plans"):
        mine = [e for e in events if e.section_key == key]
        statuses = [e.status for e in mine]
        assert statuses[0] == "排队" and statuses[-1] == "完成"
        assert statuses.index("生成中") < statuses.index("核验中") < statuses.index("完成")
        deltas = "".join(e.delta for e in mine if e.status == "生成中")
        assert deltas == mine[-1].text and len([e for e in mine if e.delta]) > 1


async def test_empty_index_is_said_once_and_does_not_fail_the_draft(offline_draft):
    _, events = offline_draft
    notices = [e for e in events if e.status == "提示"]
    assert len(notices) == 1 and "范文库为空或不可用" in notices[0].message


async def test_render_blocks_follow_the_frame_and_carry_the_offline_notice(offline_draft, settings):
    draft_id, _ = offline_draft
    blocks = render_blocks(Store(settings.db_path).get_draft(draft_id))
    kinds = [b.kind for b in blocks]
    assert [b.text for b in blocks if b.kind == "title"] == ["示例市东城区司法局", "关于2023年度法治政府建设情况的报告"]
    assert kinds.count("heading1") == 4 and kinds.count("recipient") == 1
    assert blocks[kinds.index("recipient")].text.endswith("：")
    assert blocks[kinds.index("recipient") + 1].text.endswith("现将有关情况报告如下：")
    assert [b.text for b in blocks if b.kind in ("signature", "date")] == ["示例市东城区司法局", "2024年1月26日"]
    assert [b.text for b in blocks if b.kind == "notice"] == [NOTICE_OFFLINE]
    work = [b.text for b in blocks if b.kind == "paragraph" and b.text.startswith("（")]
    assert [w[:3] for w in work] == ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）"]


async def test_export_writes_every_format(offline_draft, settings, tmp_path, example_facts):
    draft_id, _ = offline_draft
    store = Store(settings.db_path)
    md = export_draft(store, draft_id, tmp_path / "r.md")
    txt = export_draft(store, draft_id, tmp_path / "out" / "r.txt")
    docx_path = export_draft(store, draft_id, tmp_path / "r.docx")
    text = md.read_text(encoding="utf-8")
    assert "现将有关情况报告如下：" in text and NOTICE_OFFLINE in text
    assert "2318件" in txt.read_text(encoding="utf-8")
    import docx

    body = "\n".join(p.text for p in docx.Document(str(docx_path)).paragraphs)
    assert "99.26%" in body and "关于2023年度法治政府建设情况的报告" in body
    from drafter.draft import DraftError

    with pytest.raises(DraftError, match=r"\.pdf"):
        export_draft(store, draft_id, tmp_path / "r.pdf")


async def test_regenerate_keeps_versions_and_restore_brings_one_back(offline_draft, settings, collect_events):
    draft_id, _ = offline_draft
    store = Store(settings.db_path)
    first = store.get_draft(draft_id).section("leadership").current
    events = await collect_events(regenerate_section(draft_id, "leadership", settings=settings, store=store,
                                                     instruction="更简洁"))
    assert events[-1].status == "结束" and "第2版" in events[-1].message
    versions = store.versions(draft_id, "leadership")
    assert [v.no for v in versions] == [1, 2]
    assert versions[0].text == first.text
    assert versions[1].source == "regenerated" and versions[1].instruction == "更简洁"
    assert versions[1].prompt_file == "regenerate.j2"
    assert len(versions[1].text) < len(first.text)
    pieces = diff_versions(store, draft_id, "leadership", 1, 2)
    assert {p.op for p in pieces} >= {"delete", "insert"}
    assert "".join(p.text for p in pieces if p.op != "insert") == first.text
    assert "".join(p.text for p in pieces if p.op != "delete") == versions[1].text
    restored = restore_version(store, draft_id, "leadership", 1)
    assert restored.no == 3 and restored.source == "restored" and restored.text == first.text
    assert store.get_draft(draft_id).section("leadership").current.text == first.text


async def test_offline_says_it_ignored_a_free_form_instruction(offline_draft, settings, collect_events):
    draft_id, _ = offline_draft
    events = await collect_events(regenerate_section(draft_id, "work-02", settings=settings,
                                                     store=Store(settings.db_path), instruction="语气更恳切"))
    notes = [e.message for e in events if e.status == "提示" and "指令" in e.message]
    assert notes and "离线模板无法按自由指令改写" in notes[0] and "语气更恳切" in notes[0]
    done = [e for e in events if e.status == "完成"][0]
    assert "已忽略指令" in done.message


async def test_an_edit_is_verified_and_never_overwritten_by_a_later_regeneration(offline_draft, settings,
                                                                                  collect_events):
    draft_id, _ = offline_draft
    store = Store(settings.db_path)
    base = store.get_draft(draft_id).section("work-06").current
    edited_text = base.text.replace("37件", "38件")
    version, verification = save_edit(store, draft_id, "work-06", edited_text, author="张科长", base_no=base.no)
    assert version.no == 2 and version.source == "edited" and version.author == "张科长"
    assert not verification.ok
    assert any("38" in f.text for f in verification.problems)
    stored = store.versions(draft_id, "work-06")[1]
    assert any(f["text"] == "38件" for f in stored.findings)
    await collect_events(regenerate_section(draft_id, "work-06", settings=settings, store=store))
    versions = store.versions(draft_id, "work-06")
    assert [v.source for v in versions] == ["generated", "edited", "regenerated"]
    assert versions[1].text == edited_text
    assert verify_section(store.get_draft(draft_id), "work-06").ok


async def test_regenerating_an_unknown_section_or_draft_is_a_clear_error(offline_draft, settings, collect_events):
    draft_id, _ = offline_draft
    store = Store(settings.db_path)
    with pytest.raises(NotFound, match="work-99"):
        await collect_events(regenerate_section(draft_id, "work-99", settings=settings, store=store))
    with pytest.raises(NotFound):
        await collect_events(regenerate_section("nosuchid", "intro", settings=settings, store=store))


async def test_draft_summary_counts_what_is_stored(offline_draft, settings):
    draft_id, _ = offline_draft
    text = draft_summary(Store(settings.db_path).get_draft(draft_id))
    assert text.startswith("本稿由离线模板生成。共13节：完成13节，失败0节。")


async def test_three_part_draft_with_closing(example_facts, settings, draft_store, collect_events):
    events = await collect_events(draft_report(example_facts, settings=settings, store=draft_store,
                                               skeleton="三段式", closing=True))
    draft = draft_store.get_draft(events[0].draft_id)
    assert draft.skeleton == "三段式"
    assert draft.section("closing").current.text.startswith("总之，我局")
    blocks = render_blocks(draft)
    assert [b.text for b in blocks if b.kind == "heading1"] == [
        "一、2023年工作开展情况", "二、存在的问题", "三、2024年工作打算"]
    # the 结束语, then 特此报告。 (the sample names a 主送机关), then the signature
    before_signature = blocks[[b.kind for b in blocks].index("signature") - 2:][:2]
    assert before_signature[0].text.startswith("总之") and before_signature[1].text == "特此报告。"


async def test_drafts_with_exemplars_from_a_built_index_record_them(example_facts, indexed_settings, collect_events):
    store = Store(indexed_settings.db_path)
    events = await collect_events(draft_report(example_facts, settings=indexed_settings, store=store))
    assert not [e for e in events if e.status == "提示"]
    draft = store.get_draft(events[0].draft_id)
    used = [e for s in draft.sections for e in s.current.exemplars]
    assert used and all({"doc", "title", "heading_path", "score"} <= set(e) for e in used)
    # the offline text never depends on exemplars, so it still verifies clean
    assert all(not [f for f in s.current.findings if f["severity"] != "info"] for s in draft.sections)


async def test_a_figure_in_the_clerks_own_plan_point_verifies_clean(example_facts, settings, draft_store,
                                                                     collect_events):
    example_facts.plans.insert(0, "组织全区行政执法人员开展轮训，全年培训不少于3期")
    events = await collect_events(draft_report(example_facts, settings=settings, store=draft_store))
    plans = draft_store.get_draft(events[0].draft_id).section("plans")
    assert "不少于3期" in plans.current.text
    assert not [f for f in plans.current.findings if f["severity"] != "info"], plans.current.findings
    edited = plans.current.text.replace("不少于3期", "不少于5期")
    _, verification = save_edit(draft_store, events[0].draft_id, "plans", edited, settings=settings)
    assert [f.text for f in verification.problems] == ["不少于5期"]


async def test_a_changed_topic_table_after_drafting_loses_no_inferred_section(settings, draft_store, collect_events):
    """Inferred （一） blocks depend on the topic table; a clerk who edits <home>/topics.yaml after
    drafting still exports every section, and regenerating one keeps that block's facts."""
    from drafter.facts import facts_from_dict

    facts = facts_from_dict({"org": "某县司法局", "year": 2024, "level": "部门", "facts": [
        {"id": "a", "label": "收到行政复议申请", "value": 52, "unit": "件"},
        {"id": "b", "label": "修复馆藏古籍", "value": 12, "unit": "册"},
        {"id": "c", "label": "办理行政处罚案件", "value": 310, "unit": "件"}]})
    events = await collect_events(draft_report(facts, settings=settings, store=draft_store))
    draft_id = events[0].draft_id
    before = {s.key: s.topic for s in draft_store.get_draft(draft_id).sections if s.kind == "主要举措和成效"}
    assert list(before.values()) == ["行政执法", "行政复议", "其他工作"]
    # 古籍 gets a topic of its own that also claims the 行政处罚 row: the blocks are planned otherwise
    (settings.home / "topics.yaml").write_text("古籍保护: [古籍, 行政处罚案件]\n", encoding="utf-8")
    from drafter.draft import plan

    assert [s.topic for s in plan(facts, settings).sections if s.kind == "主要举措和成效"] == ["行政复议", "古籍保护"]
    blocks = render_blocks(draft_store.get_draft(draft_id), settings=settings)
    texts = "\n".join(b.text for b in blocks)
    assert "52件" in texts and "12册" in texts and "310件" in texts
    kinds = [b.kind for b in blocks]
    assert kinds.count("heading1") == 4 and "signature" in kinds and "date" in kinds     # the frame is kept
    assert texts.index("310件") < texts.index("52件") < texts.index("12册")            # in the drafted order
    key = next(k for k, t in before.items() if t == "行政复议")
    await collect_events(regenerate_section(draft_id, key, settings=settings, store=draft_store))
    section = draft_store.get_draft(draft_id).section(key)
    assert section.current.no == 2 and "52件" in section.current.text and "310件" not in section.current.text
