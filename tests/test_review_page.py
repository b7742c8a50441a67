"""The 审阅修改 page's functions, without a browser: the whole report in reading order with findings
marked in place, 第N段 positions that match the exported Word file, saving that never buries a
newer version, and what the offline writer made of an instruction."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest

from drafter.facts import load_facts
from drafter.store import Store
from drafter.ui import _events as ev
from drafter.ui import _review_page as rp

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
BOGUS = "全年另办结专项案件999件。"


def collect(agen) -> list:
    async def run():
        return [item async for item in agen]

    return asyncio.run(run())


@pytest.fixture
def store(settings) -> Store:
    return Store(settings.db_path)


@pytest.fixture
def drafted(settings, store) -> str:
    facts = load_facts(EXAMPLES / "facts.yaml")
    snaps = collect(ev.draft_updates(facts, settings=settings, store=store, min_interval=0))
    assert snaps[-1].draft_id
    return snaps[-1].draft_id


def _plain(html_text: str) -> str:
    return re.sub(r"<span class=\"rv-tag\">[^<]*</span>", "", re.sub(r"<(?!span class=\"rv-tag\")[^>]+>", "",
                                                                     html_text))


def test_the_whole_report_is_shown_once_in_reading_order(settings, store, drafted):
    page = rp.review_page(store, drafted, "work-03", settings=settings)
    draft = store.get_draft(drafted)
    shown = page.before + page.after
    keys = [s.key for s in sorted(draft.sections, key=lambda s: s.order)]
    at = [shown.find(f'data-rv-key="{k}"') for k in keys if k != "work-03"]
    assert all(i >= 0 for i in at) and at == sorted(at), "every other section, in the report's order"
    assert 'data-rv-key="work-03"' not in shown       # the open section is the editor, not a second copy
    assert page.view.text == draft.section("work-03").current.text
    assert "关于2023年度法治政府建设情况的报告" in page.before                    # the frame too: title first
    assert page.before.index("rv-title") < page.before.index('data-rv-key="intro"')
    assert page.keys == keys


def test_a_finding_is_marked_in_place_and_listed_by_paragraph_and_quote(settings, store, drafted, tmp_path):
    key = "work-06"
    text = store.get_draft(drafted).section(key).current.text
    ev.save_section(store, drafted, key, text + BOGUS, settings=settings)
    page = rp.review_page(store, drafted, "intro", settings=settings)
    mark = re.search(r'<mark class="rv-f rv-(\w+)" id="(rv-f-\d+)"[^>]*>999件<span class="rv-tag">无依据数字</span>',
                     page.after)
    assert mark, page.after[-2000:]
    entry = re.search(r'<a href="#(rv-f-\d+)" data-rv-finding="(rv-f-\d+)"[^>]*>第(\d+)段「([^」]+)」</a>', page.findings)
    assert entry and entry.group(2) == mark.group(2)
    assert "999件" in entry.group(4)
    # the paragraph number is the one Word shows for the exported file
    path, _ = ev.export_file(store, drafted, "docx", out_dir=tmp_path, settings=settings)
    from docx import Document

    paragraphs = [p.text for p in Document(str(path)).paragraphs if p.text.strip()]
    assert "999件" in paragraphs[int(entry.group(3)) - 1], paragraphs[int(entry.group(3)) - 1]


def test_a_finding_in_the_open_section_selects_its_characters_in_the_editor(settings, store, drafted):
    key = "work-06"
    text = store.get_draft(drafted).section(key).current.text + BOGUS
    ev.save_section(store, drafted, key, text, settings=settings)
    page = rp.review_page(store, drafted, key, settings=settings)
    link = re.search(r'data-rv-edit="1" data-start="(\d+)" data-end="(\d+)"', page.findings)
    assert link and text[int(link.group(1)):int(link.group(2))] == "999件"


def test_a_draft_whose_frame_no_longer_renders_still_shows_every_section(settings, store, drafted, monkeypatch):
    from drafter.facts import FactsError

    def broken(*args, **kwargs):
        raise FactsError(["快照无法读取"])

    monkeypatch.setattr(rp, "report_pieces", broken)
    page = rp.review_page(store, drafted, "intro", settings=settings)
    assert page.view.ok and page.keys[0] == "intro" and len(page.keys) == len(store.get_draft(drafted).sections)
    assert 'data-rv-key="plans"' in page.after


def test_text_from_the_clerk_is_escaped(settings, store, drafted):
    text = store.get_draft(drafted).section("plans").current.text + "<script>alert(1)</script>&"
    ev.save_section(store, drafted, "plans", text, settings=settings)
    page = rp.review_page(store, drafted, "intro", settings=settings)
    assert "<script>" not in page.after and "&lt;script&gt;alert(1)&lt;/script&gt;&amp;" in page.after


def test_a_save_never_buries_a_version_that_arrived_meanwhile(settings, store, drafted):
    opened = rp.review_page(store, drafted, "intro", settings=settings).view
    colleague = opened.text + "（同事补充）"
    ev.save_section(store, drafted, "intro", colleague, base_no=opened.current_no, settings=settings)
    mine = opened.text + "（我的修改）"
    view = rp.save_in_place(store, drafted, "intro", mine, base_no=opened.current_no, settings=settings)
    current = store.get_draft(drafted).section("intro").current
    assert current.text == colleague and current.no == opened.current_no + 1     # nothing written
    assert view.text == mine                                                     # the clerk's typing stays
    assert view.message.startswith("⚠️") and f"第{current.no}版" in view.message
    # saving again, now based on the newer version, is the clerk's deliberate choice
    again = rp.save_in_place(store, drafted, "intro", mine, base_no=current.no, settings=settings)
    assert store.get_draft(drafted).section("intro").current.text == mine
    assert "已保存为第" in again.message


def test_moving_to_another_section_saves_what_was_typed(settings, store, drafted):
    current = store.get_draft(drafted).section("intro").current
    ok, note = rp.leave_section(store, drafted, "intro", current.text, current.no, settings=settings)
    assert ok and note == "" and store.get_draft(drafted).section("intro").current.no == current.no
    ok, note = rp.leave_section(store, drafted, "intro", current.text + "另增一句。", current.no, settings=settings)
    assert ok and "已自动保存" in note
    assert store.get_draft(drafted).section("intro").current.text.endswith("另增一句。")


def test_moving_away_untouched_after_a_colleagues_save_is_free_and_typing_is_never_dropped(settings, store, drafted):
    opened = store.get_draft(drafted).section("intro").current
    ev.save_section(store, drafted, "intro", opened.text + "（同事补充）", settings=settings)
    ok, note = rp.leave_section(store, drafted, "intro", opened.text, opened.no, settings=settings)
    assert ok and note == ""                                   # nothing typed: nothing to save or refuse
    ok, note = rp.leave_section(store, drafted, "intro", opened.text + "（我的）", opened.no, settings=settings)
    assert not ok and "尚未保存" in note                          # typed over a stale base: stays, told why
    assert store.get_draft(drafted).section("intro").current.text.endswith("（同事补充）")
    assert rp.newest_no(store, drafted, "intro", None) == opened.no + 1


def test_previous_and_next_follow_the_report_order():
    keys = ["intro", "work-01", "plans"]
    assert rp.neighbour(keys, "work-01", 1) == "plans"
    assert rp.neighbour(keys, "work-01", -1) == "intro"
    assert rp.neighbour(keys, "plans", 1) is None and rp.neighbour(keys, "intro", -1) is None


def test_the_clerk_is_told_what_the_offline_writer_did_with_an_instruction(settings, store, drafted):
    note = rp.regeneration_note(settings, "更简洁，突出成效")
    assert "更简洁" in note and "突出成效" in note and "忽略" in note
    assert "已按“更简洁”" in rp.regeneration_note(settings, "更简洁")
    assert "已忽略指令“突出成效”" in rp.regeneration_note(settings, "突出成效")
    assert rp.regeneration_note(settings, "") == ""
    # the same words the CLI prints: they come from the offline writer's instruction_note
    from drafter.llm._offline import instruction_note

    assert rp.regeneration_note(settings, "突出成效") == instruction_note("突出成效")
    views = collect(ev.regenerate_updates(store, drafted, "work-01", settings=settings, instruction="突出成效",
                                          min_interval=0))
    assert views[-1].ok and "第2版" in views[-1].message


def test_the_exemplar_panel_says_so_when_none_qualify(settings, store, drafted):
    low = [{"doc": "a", "title": "某区2012年报告", "heading_path": [], "score": 0.05, "year": 2012, "level": "区县"}]
    store.add_version(drafted, "intro", store.get_draft(drafted).section("intro").current.text, source="edited",
                      exemplars=low)
    rows, note = rp.exemplar_panel(store.get_draft(drafted), "intro")
    assert rows == [] and "没有列出范文" in note and "66%" in note


def test_the_exemplar_panel_lists_year_level_and_relevance(indexed_settings):
    store = Store(indexed_settings.db_path)
    facts = load_facts(EXAMPLES / "facts.yaml")
    draft_id = collect(ev.draft_updates(facts, settings=indexed_settings, store=store, min_interval=0))[-1].draft_id
    rows, note = rp.exemplar_panel(store.get_draft(draft_id), "intro")
    assert rows and "优先近年和同层级" in note
    assert all(re.fullmatch(r"\d+%", r[4]) and int(r[4][:-1]) >= 66 for r in rows)
    assert all(isinstance(r[1], int) for r in rows)          # the report's year is shown
