"""The offline writer on a plain sheet (labels, values, units, topics at most): what a clerk would keep."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from docx import Document

from drafter.config import Settings
from drafter.draft import plan
from drafter.draft._briefs import make_brief
from drafter.export import Block
from drafter.export._docx import write_docx
from drafter.facts import facts_from_dict, quantity
from drafter.llm._offline import _unsaid_tail, write_section
from drafter.register import default_heading, report_seed, topic_entry, topic_plans, voice
from drafter.verify import SEVERITY_LABELS, verify_text

ROWS = [
    ("收到行政复议申请", 52, "件", "行政复议"), ("审结行政复议案件", 49, "件", "行政复议"),
    ("行政机关负责人出庭应诉率", 100, "%", "行政应诉"), ("行政应诉案件", 31, "件", "行政应诉"),
    ("组织执法人员培训", 6, "期", "行政执法"), ("参训执法人员", 420, "人次", "行政执法"),
    ("罚没款", 2468000, "元", "行政执法"), ("办理法律援助案件", 365, "件", "矛盾纠纷/信访"),
    ("调解矛盾纠纷", 1280, "件", "矛盾纠纷/信访"), ("调解成功率", 98.6, "%", "矛盾纠纷/信访"),
    ("对证明事项实行告知承诺制", 23, "项", "放管服/审批"),
]
PLAIN = {"org": "示例县司法局", "year": 2024, "level": "部门",
         "facts": [{"label": l, "value": v, "unit": u, "topic": t} for l, v, u, t in ROWS]}


def _draft(data):
    facts = facts_from_dict(data)
    outline = plan(facts, Settings())
    topics = [s.topic for s in outline.sections if s.topic]
    out = {}
    for planned in outline.sections:
        brief = make_brief(facts, planned, skeleton=outline.skeleton, report_topics=topics)
        out[planned.key] = (planned, brief, write_section(brief))
    return facts, out


def _texts(data=PLAIN):
    return {k: t for k, (_, _, t) in _draft(data)[1].items()}


def test_figures_sit_in_their_own_clause_in_the_clerks_units():
    whole = "\n".join(_texts().values())
    assert "对23项证明事项实行告知承诺制" in whole
    assert "收缴罚没款246.8万元" in whole and "2468000" not in whole
    assert "收到行政复议申请52件，审结49件" in whole
    # the rate follows the counts it comes from, in the same sentence
    assert re.search(r"办理行政应诉案件31件，行政机关负责人出庭应诉率达100%。", whole)
    assert re.search(r"调解矛盾纠纷1280件，调解成功率达98.6%", whole)
    assert "累计" not in whole


def test_no_clause_opener_repeats_inside_a_paragraph():
    for key, text in _texts().items():
        assert text.count("全年") <= 1, (key, text)
        starts = [s[:2] for s in re.split(r"[。；]", text) if len(s) >= 2]
        repeated = {a for a in starts if starts.count(a) > 1 and not re.match(r"[一二三四五六七八九十]是", a)}
        assert not repeated, (key, repeated, text)


def test_one_item_per_topic_with_a_real_heading_and_ordinals_only_for_two_or_more():
    texts = _texts()
    work = {k: t for k, t in texts.items() if k.startswith("work-")}
    assert len(work) == 5
    for text in work.values():
        heading = text.split("。", 1)[0]
        assert re.fullmatch(r"（[一二三四五六]）[^，。]{4,20}，[^，。]{4,20}", heading), heading
        assert "其他各项工作" not in heading
        assert ("一是" in text) == ("二是" in text), text


def test_parts_only_the_clerk_can_write_are_marked_and_reported():
    facts, drafted = _draft(PLAIN)
    for key in ("leadership", "problems"):
        planned, brief, text = drafted[key]
        assert "【待补充：" in text
        result = verify_text(text, facts.facts, year=facts.year, section_kind=planned.kind, expected=brief.facts)
        notes = [f for f in result.findings if f.kind == "to_fill"]
        assert notes and all(SEVERITY_LABELS[f.severity] == "提醒" for f in notes)
        assert not result.ok
    problems = drafted["problems"][2]
    assert "行政复议" in problems and "原因主要是：【待补充" in problems
    # no stock causes invented
    assert "认识还需进一步深化" not in problems


def test_plans_follow_the_topics_reported_on_without_figures():
    texts = _texts()
    plans = texts["plans"]
    v = voice("示例县司法局", "部门")
    seed = report_seed("示例县司法局", 2024, 0)
    for topic in ("行政复议", "行政应诉", "行政执法", "矛盾纠纷/信访", "放管服/审批"):
        assert any(item in plans for item in topic_plans(topic, seed=seed, v=v)), topic
    assert not re.search(r"\d", plans.split("：", 1)[1])
    assert "五是" in plans


def test_a_plain_eleven_row_report_is_long_enough():
    whole = "".join(_texts().values())
    assert len(re.sub(r"\s", "", whole)) >= 1650      # the sections alone; with title, headings and sign-off ≥ 1 800


def test_headings_and_openings_differ_between_reports_but_not_between_runs():
    v = voice("示例县司法局", "部门")
    picks = {default_heading("行政复议", v, seed=report_seed(org, 2024)) for org in
             ("甲县司法局", "乙县司法局", "丙县司法局", "丁县司法局", "戊县司法局", "己县司法局")}
    assert len(picks) >= 2
    assert _texts() == _texts()


def test_every_figure_is_written_and_the_draft_verifies_clean_but_for_the_notes():
    facts, drafted = _draft(PLAIN)
    for key, (planned, brief, text) in drafted.items():
        result = verify_text(text, facts.facts, year=facts.year, section_kind=planned.kind, expected=brief.facts)
        assert [f.message for f in result.problems if f.kind != "to_fill"] == [], (key, text)
        for fact in brief.facts:
            assert quantity(fact.value, fact.unit, fact.approx) in text


def test_the_docx_highlights_the_notes(tmp_path):
    text = "局党组主要负责同志认真履行职责。【待补充：主要负责同志履职的具体事例】"
    path = write_docx([Block("paragraph", text)], tmp_path / "x.docx")
    runs = [r for p in Document(str(path)).paragraphs for r in p.runs]
    marked = [r for r in runs if r.font.highlight_color is not None]
    assert [r.text for r in marked] == ["【待补充：主要负责同志履职的具体事例】"]
    assert "".join(r.text for r in runs) == text


# the plain sheet as the planner groups it (one block per topic group, small groups merged)
BLOCKS = [("对证明事项实行告知承诺制", 23, "项", "放管服改革"),
          ("组织执法人员培训", 6, "期", "行政执法"), ("参训执法人员", 420, "人次", "行政执法"),
          ("罚没款", 2468000, "元", "行政执法"),
          ("收到行政复议申请", 52, "件", "行政复议和行政应诉"), ("审结行政复议案件", 49, "件", "行政复议和行政应诉"),
          ("行政应诉案件", 31, "件", "行政复议和行政应诉"), ("行政机关负责人出庭应诉率", 100, "%", "行政复议和行政应诉"),
          ("办理法律援助案件", 365, "件", "矛盾纠纷化解和公共法律服务"),
          ("调解矛盾纠纷", 1280, "件", "矛盾纠纷化解和公共法律服务"),
          ("调解成功率", 98.6, "%", "矛盾纠纷化解和公共法律服务")]


def test_the_whole_plain_report_reads_as_a_report_and_flags_only_the_notes(home, tmp_path):
    import json

    from click.testing import CliRunner

    from drafter.cli import _draft  # noqa: F401  (registers the commands)
    from drafter.cli import cli

    sheet = tmp_path / "plain.json"
    sheet.write_text(json.dumps({"org": "示例县司法局", "year": 2024, "level": "部门", "facts": [
        {"label": l, "value": v, "unit": u, "topic": t} for l, v, u, t in BLOCKS]}, ensure_ascii=False), "utf-8")
    result = CliRunner().invoke(cli, ["draft", str(sheet), "-o", str(tmp_path / "r.docx"), "--md", str(tmp_path / "r.md")],
                                catch_exceptions=False)
    out = result.output
    assert "录入的数据全部写入正文" in out
    flagged = [line for line in out.splitlines() if line.startswith("    · ")]
    assert flagged and all("待补充" in line for line in flagged), out
    md = (tmp_path / "r.md").read_text("utf-8")
    assert _docx_chars(tmp_path / "r.docx") >= 1800
    assert md.count("【待补充：") == 3
    v = voice("示例县司法局", "部门")
    for number, topic in (("（一）", "放管服改革"), ("（三）", "行政复议和行政应诉"), ("（四）", "矛盾纠纷化解和公共法律服务")):
        bank = [h.format(region=v.region, me=v.me) for h in topic_entry(topic)["headings"]]
        assert any(f"{number}{h}" in md for h in bank), (topic, md)
    document = Document(str(tmp_path / "r.docx"))
    marked = [r.text for p in document.paragraphs for r in p.runs if r.font.highlight_color is not None]
    assert len(marked) == 3 and all(t.startswith("【待补充：") for t in marked)


def test_money_and_large_counts_are_written_exactly():
    assert quantity(2468000, "元", None) == "246.8万元"
    assert quantity(300000000, "元", None) == "3亿元"
    assert quantity(12345, "万元", None) == "1.2345亿元"
    assert quantity(135, "万元", "余") == "135万余元"
    assert quantity(36000, "人次", "余") == "3.6万余人次"
    assert quantity(12345, "人", None) == "12345人"
    assert quantity(1000001, "件", None) == "100.0001万件"
    assert quantity(9999, "元", "近") == "近9999元"


def test_a_label_opening_with_the_bodys_name_speaks_as_the_body_once():
    org = "示例县人民政府"
    texts = _texts({"org": org, "year": 2024, "facts": [
        {"label": f"{org}行政复议委员会收到行政复议申请", "value": 52, "unit": "件", "topic": "行政复议"},
        {"label": f"{org}行政复议委员会审结行政复议案件", "value": 49, "unit": "件", "topic": "行政复议"}]})
    work = texts["work-01"]
    assert "我县行政复议委员会收到行政复议申请52件，审结49件" in work
    assert org not in work and "达52件" not in work


def test_the_verifier_reports_a_to_fill_note_as_a_reminder_where_it_stands():
    text = "我局全年办理法律援助案件365件。存在的不足：【待补充：写明本年度存在的具体不足】。"
    facts = facts_from_dict({"org": "示例县司法局", "year": 2024, "facts": [
        {"label": "办理法律援助案件", "value": 365, "unit": "件"}]}).facts
    result = verify_text(text, facts, year=2024)
    [note] = result.problems
    assert note.kind == "to_fill" and SEVERITY_LABELS[note.severity] == "提醒"
    assert text[note.start:note.end] == "【待补充：写明本年度存在的具体不足】"
    assert "写明本年度存在的具体不足" in note.message
    assert verify_text(text.replace("【待补充：写明本年度存在的具体不足】", "基层力量薄弱"), facts, year=2024).ok


def _docx_chars(path) -> int:
    """Characters of the .docx the clerk gets, title to date, without the offline notice and
    without whitespace (Markdown's # and ** would count otherwise)."""
    text = "".join(p.text for p in Document(str(path)).paragraphs)
    text = text.split("请核对后使用。", 1)[-1]
    return len(re.sub(r"\s", "", text))


@pytest.mark.parametrize("org,year", [("甲县司法局", 2022), ("戊县司法局", 2022), ("清河县司法局", 2024),
                                      ("东城区司法局", 2023)])
def test_an_eleven_row_report_reaches_1800_characters_for_any_organ(home, tmp_path, org, year):
    """The phrase bank's choices depend on the organ and year; none of them may leave the
    report of a plain eleven-row sheet short of the issue's 1 800 characters."""
    import json

    from click.testing import CliRunner

    from drafter.cli import _draft  # noqa: F401  (registers the commands)
    from drafter.cli import cli

    sheet = tmp_path / "plain.json"
    data = json.loads((Path(__file__).parents[1] / "examples" / "plain.json").read_text("utf-8")) | {"org": org, "year": year}
    sheet.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    result = CliRunner().invoke(cli, ["draft", str(sheet), "-o", str(tmp_path / "r.docx")], catch_exceptions=False)
    assert "录入的数据全部写入正文" in result.output, result.output
    assert _docx_chars(tmp_path / "r.docx") >= 1800


def test_a_bank_sentence_drops_only_the_leading_clauses_the_item_already_says():
    heading = "（四）坚持和发展新时代“枫桥经验”，群众法治获得感不断增强。"
    sentence = "坚持和发展新时代“枫桥经验”，健全人民调解、行政调解、司法调解联动工作体系，推进公共法律服务平台融合发展。"
    assert _unsaid_tail(sentence, heading, 8) == "健全人民调解、行政调解、司法调解联动工作体系，推进公共法律服务平台融合发展。"
    # nothing said yet: the sentence stays whole
    assert _unsaid_tail(sentence, "（四）加强公共法律服务。", 8) == sentence
    # a repeat later in the sentence, or a remnant too short to stand alone, drops it all
    assert _unsaid_tail("精简办事材料，健全人民调解、行政调解联动工作体系。", "健全人民调解、行政调解联动", 8) == ""
    assert _unsaid_tail("坚持和发展新时代“枫桥经验”，守住底线。", heading, 8) == ""


@pytest.mark.parametrize("approx, written", [("突破", "突破22.8万件"), ("逾", "逾22.8万件"), ("不足", "不足22.8万件"),
                                             ("以内", "22.8万件以内"), ("余", "22.8万余件")])
def test_every_hedge_the_verifier_reads_is_written_where_a_report_puts_it(approx, written):
    # 突破 used to land inside the figure (22.8万突破件), in a finding's quote of the fact
    assert quantity(228000, "件", approx) == written
