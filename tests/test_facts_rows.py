"""Facts entry without markup (#8 item 6): 工作事项 as rows, drop-downs in the UI and in Excel."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from drafter.corpus import load_topics
from drafter.facts import SECTIONS, SKELETONS, load_facts, write_template, write_workbook
from drafter.ui import _events as ev
from drafter.ui._facts_page import (FACT_SECTION, FACT_TOPIC, TOPIC_COLUMNS, add_points, picked, rows_to_topics,
                                    set_cell, topic_names, topics_to_rows)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture
def facts():
    return load_facts(EXAMPLES / "facts.yaml")


# --------------------------------------------------------------------------- rows <-> facts


def test_rows_show_one_point_per_row_with_the_topic_on_its_first_row(facts):
    rows = topics_to_rows(facts)
    first = facts.topics[0]
    assert rows[0] == [first.name, first.heading, first.points[0]]
    assert rows[1] == ["", "", first.points[1]]
    assert len(rows) == sum(len(t.points) for t in facts.topics)
    assert [r[0] for r in rows if r[0]] == [t.name for t in facts.topics]


def test_rows_make_the_same_facts_as_the_file(facts):
    again = ev.form_to_facts(ev.facts_to_form(facts))
    assert [(t.name, t.heading, t.points) for t in again.topics] == \
        [(t.name, t.heading, t.points) for t in facts.topics]


def test_rows_make_what_the_old_markup_made():
    """The same 工作事项 the 【事项】 + `- 要点` box gave for the same input."""
    rows = [["行政复议", "发挥行政复议化解行政争议主渠道作用", "畅通复议申请渠道"],
            ["", "", "推行复议决定书网上公开"],
            ["普法", "", "开展宪法宣传周活动"]]
    topics, problems = rows_to_topics(rows)
    assert problems == []
    assert topics == [{"事项": "行政复议", "标题": "发挥行政复议化解行政争议主渠道作用",
                       "要点": ["畅通复议申请渠道", "推行复议决定书网上公开"]},
                      {"事项": "普法", "要点": ["开展宪法宣传周活动"]}]


def test_a_topic_written_again_further_down_gets_the_new_points():
    rows = [["行政复议", "", "甲"], ["普法", "", "乙"], ["行政复议", "", "丙"], ["", "", ""], ["", "", "丁"]]
    topics, problems = rows_to_topics(rows)
    assert problems == []
    assert [(t["事项"], t["要点"]) for t in topics] == [("行政复议", ["甲", "丙", "丁"]), ("普法", ["乙"])]


def test_pasted_lines_in_one_cell_become_separate_points_and_markers_go():
    topics, _ = rows_to_topics([["行政复议", "", "1. 甲\n- 乙\n\n"]])
    assert topics[0]["要点"] == ["甲", "乙"]


def test_row_problems_name_the_row_and_column():
    _, problems = rows_to_topics([["", "", "没有主题"], ["普法", "标题一", "甲"], ["", "标题二", "乙"]])
    assert problems[0].startswith("工作事项与要点 第1行「主题」")
    assert problems[1].startswith("工作事项与要点 第3行「工作事项标题」") and "标题一" in problems[1]
    assert len(problems) == 2


def test_an_inferred_mark_in_a_topic_cell_is_not_part_of_the_name():
    topics, _ = rows_to_topics([["行政复议（推断）", "", "甲"]])
    assert topics[0]["事项"] == "行政复议"


def test_form_problems_from_rows_stop_the_facts(facts):
    form = ev.facts_to_form(facts)
    form.topic_rows = [["", "", "孤立的要点"]] + form.topic_rows
    problems = ev.check_form(form)
    assert any("工作事项与要点 第1行「主题」" in p for p in problems)


def test_adding_a_topic_with_two_points_appends_two_rows():
    rows, note = add_points([["行政复议", "", "甲"], ["", "", ""]], "普法", "深化普法", "乙\n丙\n")
    assert rows == [["行政复议", "", "甲"], ["普法", "深化普法", "乙"], ["普法", "深化普法", "丙"]]
    assert "2 条要点" in note
    topics, problems = rows_to_topics(rows)
    assert problems == [] and topics[1] == {"事项": "普法", "标题": "深化普法", "要点": ["乙", "丙"]}


def test_adding_without_topic_or_points_says_what_is_missing():
    rows, note = add_points([], "", "", "乙")
    assert rows == [] and "主题" in note
    rows, note = add_points([], "普法", "", "  \n")
    assert rows == [] and "要点" in note


def test_the_picked_row_takes_the_dropdown_value_and_nothing_else_changes():
    table = [["收到行政复议申请", "37", "件", "", "行政复议（推断）", "", "", ""],
             ["开展普法活动", "120", "场", "余", "", "", "", ""]]
    assert picked(table, [0, 2], FACT_TOPIC) == (0, "行政复议")
    assert picked(table, [5, 0], FACT_TOPIC) == (None, "")
    changed = set_cell(table, 1, FACT_SECTION, "存在的不足", 8)
    assert changed[1][FACT_SECTION] == "存在的不足" and changed[0] == table[0]
    assert changed[1][:4] == table[1][:4]
    assert set_cell(table, None, FACT_TOPIC, "普法", 8) == table


def test_topic_choices_put_the_clerks_topics_first_then_the_table(settings):
    table = load_topics(settings.home)
    names = topic_names([["自定主题", "", "甲"], ["", "", "乙"], ["行政复议", "", "丙"]], table)
    assert names[:2] == ["自定主题", "行政复议"]
    assert set(table) <= set(names) and len(names) == len(set(names))


def test_upload_fills_empty_topic_rows_and_keeps_typed_ones(facts):
    loaded = ev.facts_to_form(facts)
    empty = ev.FactsForm(topic_rows=[["", "", ""]])
    merged, kept = ev.merge_upload(empty, loaded)
    assert merged.topic_rows == loaded.topic_rows and "工作事项与要点" not in kept
    typed = ev.FactsForm(topic_rows=[["普法", "", "我写的要点"]])
    merged, kept = ev.merge_upload(typed, loaded)
    assert merged.topic_rows == [["普法", "", "我写的要点"]] and "工作事项与要点" in kept


# --------------------------------------------------------------------------- Excel drop-downs


def _rules(sheet) -> dict[str, tuple[str, bool]]:
    """cells -> (list source, stops a value not in the list) of every list validation."""
    return {str(dv.sqref): (dv.formula1, bool(dv.showErrorMessage))
            for dv in sheet.data_validations.dataValidation if dv.type == "list"}


def _list(book, source: str) -> list[str]:
    sheet_name, cells = source.split("!")
    sheet = book[sheet_name.strip("'")]
    return [c[0].value for c in sheet[cells.replace("$", "")]]


def test_template_has_dropdowns_for_skeleton_topic_and_section(tmp_path, settings):
    table = load_topics(settings.home)
    path = ev.template_file(tmp_path, topics=list(table), skeletons=["本单位自定骨架"])
    book = load_workbook(path)
    assert book["列表"].sheet_state == "hidden" and book.sheetnames[-1] == "列表"

    info = _rules(book["基本信息"])
    skeleton_row = [c.row for c in book["基本信息"]["A"] if c.value == "骨架"][0]
    source, strict = info[f"B{skeleton_row}"]
    assert _list(book, source) == list(SKELETONS) + ["本单位自定骨架"] and not strict

    data = _rules(book["数据"])
    headers = [c.value for c in book["数据"][1]]
    topic_col = "ABCDEFGH"[headers.index("主题")]
    section_col = "ABCDEFGH"[headers.index("部分")]
    source, strict = data[f"{topic_col}2:{topic_col}1000"]
    assert _list(book, source) == list(table) and not strict      # the clerk's own topic still goes in
    source, strict = data[f"{section_col}2:{section_col}1000"]
    assert _list(book, source) == list(SECTIONS) and strict

    source, _ = _rules(book["工作事项"])["A2:A1000"]
    assert _list(book, source) == list(table)
    source, _ = _rules(book["要点"])["A2:A1000"]
    groups = _list(book, source)
    assert groups[0] == "第一责任人履职" and groups[-2:] == ["存在的不足", "下一年度安排"]
    assert groups[1:-2] == list(table)


def test_cli_template_offers_the_clerks_own_topics(tmp_path, settings):
    settings.home.mkdir(parents=True, exist_ok=True)
    (settings.home / "topics.yaml").write_text("本单位特色工作: [特色]\n", encoding="utf-8")
    from click.testing import CliRunner

    from drafter.cli import _facts  # noqa: F401  (registers the commands)
    from drafter.cli import cli

    result = CliRunner().invoke(cli, ["--home", str(settings.home), "facts", "template", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    book = load_workbook(tmp_path / "事实材料.xlsx")
    source, _ = _rules(book["数据"])["D2:D1000"]
    assert "本单位特色工作" in _list(book, source) and "行政复议" in _list(book, source)


def test_filled_workbook_lists_its_own_topics_first(tmp_path, facts):
    book = load_workbook(write_workbook(tmp_path / "f.xlsx", facts, topics=["本单位特色工作", facts.topics[0].name]))
    own = [t.name for t in facts.topics]
    assert "本单位特色工作" not in own
    source, _ = _rules(book["数据"])["D2:D1000"]
    assert _list(book, source) == own + ["本单位特色工作"]         # no repeats, the facts' own first
    again = load_facts(tmp_path / "f.xlsx")
    assert [(t.name, t.points) for t in again.topics] == [(t.name, t.points) for t in facts.topics]
    assert [(f.label, f.value, f.topic, f.section) for f in again.facts] == \
        [(f.label, f.value, f.topic, f.section) for f in facts.facts]


def test_the_template_filled_in_loads(tmp_path, settings):
    """A clerk fills the template, picking 主题 and 部分 from the lists; the loader reads it."""
    table = list(load_topics(settings.home))
    path = write_template(tmp_path, topics=table)[0]
    book = load_workbook(path)
    info = book["基本信息"]
    for row in info.iter_rows(min_row=2):
        value = {"机关名称": "某区司法局", "年度": 2023, "骨架": SKELETONS[0]}.get(row[0].value)
        if value is not None:
            row[1].value = value
    book["工作事项"].append(["行政复议", "发挥行政复议主渠道作用"])
    data = book["数据"]
    data.append(["收到行政复议申请", 37, "件", "行政复议", None, None, None, None])
    data.append(["开展述法活动", 3, "次", None, "第一责任人履职", None, None, None])
    points = book["要点"]
    for group, point in (("行政复议", "畅通复议申请渠道"), (None, "推行复议决定书网上公开"),
                         ("存在的不足", "基层执法力量不足")):
        points.append([group, point])
    book.save(path)

    facts = load_facts(path)
    assert facts.org == "某区司法局" and facts.year == 2023
    assert [(t.name, t.heading, t.points) for t in facts.topics] == \
        [("行政复议", "发挥行政复议主渠道作用", ["畅通复议申请渠道", "推行复议决定书网上公开"])]
    assert [(f.label, f.topic, f.section) for f in facts.facts] == \
        [("收到行政复议申请", "行政复议", None), ("开展述法活动", None, "第一责任人履职")]
    assert facts.shortcomings == ["基层执法力量不足"]
    form = ev.load_facts_file(path).form
    assert form.topic_rows == [["行政复议", "发挥行政复议主渠道作用", "畅通复议申请渠道"],
                               ["", "", "推行复议决定书网上公开"]]
    assert TOPIC_COLUMNS[0] == "主题"
