"""`drafter verify` on the clerk's own Word file: 第N段 positions, exit codes, the annotated copy."""

from __future__ import annotations

import json
import re

import docx
import pytest
from click.testing import CliRunner
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn

from drafter.cli import cli
from drafter.cli import _numbers  # noqa: F401  (registers the commands)

FACTS = {
    "org": "某市某区司法局", "year": 2023,
    "facts": [
        {"label": "收到行政复议申请", "value": 52, "unit": "件"},
        {"label": "受理行政复议案件", "value": 49, "unit": "件"},
        {"label": "审结行政复议案件", "value": 47, "unit": "件"},
        {"label": "组织行政执法人员培训", "value": 6, "unit": "期"},
        {"label": "法定时限内办结率", "value": 100, "unit": "%"},
    ],
}

# (style, runs): a heading, an empty paragraph Word does not count, runs split mid-sentence as Word does
PARAGRAPHS = [
    ("Title", ["某市某区司法局关于2023年度法治政府建设情况的报告"]),
    (None, []),
    (None, ["2023年，区司法局在区委、区政府的坚强领导下，扎实推进法治政府建设。"]),
    ("Heading 1", ["一、主要举措和成效"]),
    (None, ["（一）发挥行政复议主渠道作用。全年共收到行政复议申请52件，",
            "受理49件，审结行政复议案件4", "7件，法定时限内办结率100%。"]),
    (None, ["（二）加强执法队伍建设。组织行政执法人员培训6期。"]),
]


def write_docx(path, paragraphs=PARAGRAPHS, *, replace=None):
    document = docx.Document()
    for style, runs in paragraphs:
        paragraph = document.add_paragraph(style=style)
        for text in runs:
            for old, new in (replace or {}).items():
                text = text.replace(old, new)
            paragraph.add_run(text).bold = text.startswith("（")
    document.save(path)
    return path


def write_facts(tmp_path, extra=()):
    path = tmp_path / "facts.json"
    facts = dict(FACTS, facts=FACTS["facts"] + list(extra))
    path.write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    return path


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def anchors(path) -> dict[str, tuple[str, str]]:
    """comment id -> (the document text between its range marks, the comment's text)."""
    document = docx.Document(path)
    opened: dict[str, list[str]] = {}
    spans: dict[str, str] = {}
    for el in document.element.body.iter():
        if el.tag == qn("w:commentRangeStart"):
            opened[el.get(qn("w:id"))] = []
        elif el.tag == qn("w:commentRangeEnd"):
            cid = el.get(qn("w:id"))
            spans[cid] = "".join(opened.pop(cid))
        elif el.tag == qn("w:t"):
            for buf in opened.values():
                buf.append(el.text or "")
    comments = {str(c.comment_id): c.text for c in document.comments}
    return {cid: (spans[cid], comments[cid]) for cid in spans}


def test_a_clean_docx_exits_0(tmp_path, home):
    draft = write_docx(tmp_path / "报告.docx")
    result = run("verify", draft, "--facts", write_facts(tmp_path))
    assert result.exit_code == 0, result.output
    assert "没有发现问题" in result.output


def test_findings_point_at_word_paragraphs(tmp_path, home):
    # 审结47件 becomes 74件 across the run boundary; 6期 becomes 8期
    draft = write_docx(tmp_path / "报告.docx", replace={"审结行政复议案件4": "审结行政复议案件7",
                                                       "7件，法定": "4件，法定", "培训6期": "培训8期"})
    result = run("verify", draft, "--facts", write_facts(tmp_path))
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    # the title is 第1段, the blank paragraph is not counted, the heading is 第3段
    assert any(line.startswith("[错误] 第4段「…审结行政复议案件74件") for line in lines), result.output
    assert any(line.startswith("[错误] 第5段「…组织行政执法人员培训8期。」") for line in lines), result.output
    assert "第" in result.output and "字：" not in result.output   # no character offsets for the clerk

    data = json.loads(run("verify", draft, "--facts", write_facts(tmp_path), "--json").output)
    located = {f["text"]: f for f in data["findings"] if f["start"] is not None}
    assert located["74件"]["paragraph"] == 4 and "审结行政复议案件74件" in located["74件"]["quote"]
    assert located["8期"]["paragraph"] == 5
    assert isinstance(located["8期"]["start"], int)


def test_the_annotated_copy_has_a_comment_on_each_number(tmp_path, home):
    draft = write_docx(tmp_path / "报告.docx", replace={"审结行政复议案件4": "审结行政复议案件7",
                                                       "7件，法定": "4件，法定", "培训6期": "培训8期"})
    before = draft.read_bytes()
    out = tmp_path / "核验批注.docx"
    unused = [{"label": "办理行政应诉案件", "value": 12, "unit": "件"}]
    result = run("verify", draft, "--facts", write_facts(tmp_path, unused), "--annotate", out)
    assert result.exit_code == 1, result.output
    assert "已写出带批注的副本" in result.output
    assert draft.read_bytes() == before                    # the clerk's original is untouched
    found = anchors(out)
    on = {span: text for span, text in found.values()}
    data = json.loads(run("verify", draft, "--facts", write_facts(tmp_path, unused), "--json").output)
    message = {f["text"]: f["message"] for f in data["findings"] if f["start"] is not None}
    assert on["74件"] == f"【错误】{message['74件']}"
    assert on["8期"] == f"【错误】{message['8期']}"
    # the unused facts have no place in the text: one comment, on the first paragraph; a fact a
    # wrong figure is already charged with (审结…47件 written 74件) is not repeated there
    general = [text for span, text in found.values() if "核验说明" in text]
    assert len(general) == 1 and "办理行政应诉案件" in general[0] and "审结行政复议案件" not in general[0]
    # the number's runs are highlighted in red (错误), the rest of the paragraph is not
    document = docx.Document(out)
    runs = document.paragraphs[4].runs
    red = "".join(r.text for r in runs if r.font.highlight_color == WD_COLOR_INDEX.RED)
    assert red == "74件"
    assert "".join(r.text for r in runs) == document.paragraphs[4].text
    assert document.paragraphs[4].text == docx.Document(draft).paragraphs[4].text  # text unchanged
    assert any(r.bold for r in runs if r.text.startswith("（一）"))                  # formatting kept


def test_a_paragraph_edited_beyond_recognition_still_gets_its_comment(tmp_path, home):
    """Offsets that cannot be carried into the Word runs fall back to a comment on the paragraph."""
    from drafter.export import annotate_docx

    draft = write_docx(tmp_path / "报告.docx")
    text = "某市某区司法局关于2023年度法治政府建设情况的报告\n完全不同的一段文字，共有999人参加。"
    start = text.index("999人")
    finding = {"kind": "unsupported", "severity": "warning", "message": "没有依据", "start": start,
               "end": start + 4, "text": "999人"}
    finding.update(paragraph=2, quote="…共有999人参加。")
    result = annotate_docx(draft, tmp_path / "out.docx", text, [finding])
    assert (result.on_number, result.on_paragraph, result.general) == (0, 0, 1)
    [(span, comment)] = anchors(tmp_path / "out.docx").values()
    assert span.startswith("某市某区司法局关于")                 # gathered on the first paragraph
    assert "第2段「…共有999人参加。」：【提醒】没有依据" in comment   # saying where it was meant to be


def test_traditional_gbk_text_and_markdown_are_read(tmp_path, home):
    facts = write_facts(tmp_path)
    big5ish = tmp_path / "報告.txt"
    big5ish.write_bytes("區司法局2023年全年共收到行政復議申請52件，受理49件，審結行政復議案件47件，"
                        "組織行政執法人員培訓6期，法定時限內辦結率100%。".encode("gb18030"))
    result = run("numbers", big5ish)
    assert result.exit_code == 0, result.output
    assert "52件" in result.output and "第1段" in result.output
    md = tmp_path / "报告.md"
    md.write_text("# 关于2023年度法治政府建设情况的报告\n\n## 一、主要举措\n\n**（一）复议**。全年共收到行政复议申请52件，"
                  "受理49件，审结行政复议案件47件，组织行政执法人员培训8期，法定时限内办结率100%。\n", encoding="utf-8")
    result = run("verify", md, "--facts", facts)
    assert result.exit_code == 1
    assert "第3段「" in result.output and "**" not in result.output


@pytest.mark.parametrize("name, content, reason", [
    ("报告.docx", b"PK\x03\x04 not really a zip", "无法读取 Word 文件"),
    ("报告.doc", "区司法局全年共收到行政复议申请52件。".encode("gb18030"), "不支持的文件类型"),
    ("报告.txt", b"\x00\x01\x02\x03" * 10, "不是文本文件"),
    ("报告.txt", b"   \n  ", "是空的"),
    ("报告.txt", b"report 2023: 52 cases", "没有中文正文"),
])
def test_an_unreadable_draft_exits_2_with_its_reason(tmp_path, home, name, content, reason):
    draft = tmp_path / name
    draft.write_bytes(content)
    for args in (("verify", draft, "--facts", write_facts(tmp_path)), ("numbers", draft)):
        result = run(*args)
        assert result.exit_code == 2, (args, result.output)
        assert reason in result.output and "Traceback" not in result.output


def test_annotate_needs_a_docx_on_both_ends(tmp_path, home):
    txt = tmp_path / "报告.txt"
    txt.write_text("区司法局全年共收到行政复议申请52件。", encoding="utf-8")
    result = run("verify", txt, "--facts", write_facts(tmp_path), "--annotate", tmp_path / "批注.docx")
    assert result.exit_code == 2 and ".docx" in result.output
    draft = write_docx(tmp_path / "报告.docx")
    result = run("verify", draft, "--facts", write_facts(tmp_path), "--annotate", draft)
    assert result.exit_code == 2 and "覆盖原稿" in result.output


def test_full_width_digits_and_line_breaks_in_word_still_get_the_comment_on_the_number(tmp_path, home):
    """Word files typed on Chinese input methods carry ４７件 and manual line breaks; the reader folds
    them, and the comment must still land on the number in the original runs."""
    document = docx.Document()
    document.add_paragraph("某市某区司法局关于2023年度法治政府建设情况的报告")
    paragraph = document.add_paragraph()
    paragraph.add_run("全年共收到行政复议申请５２件，受理４９件，\n")
    paragraph.add_run("审结行政复议案件７４件，组织行政执法人员培训６期，法定时限内办结率１００％。")
    draft = tmp_path / "全角.docx"
    document.save(draft)
    out = tmp_path / "批注.docx"
    result = run("verify", draft, "--facts", write_facts(tmp_path), "--annotate", out)
    assert result.exit_code == 1, result.output
    assert "第2段「…审结行政复议案件74件" in result.output
    spans = {span for span, _ in anchors(out).values()}
    assert "７４件" in spans, spans
    assert docx.Document(out).paragraphs[1].text == paragraph.text


def test_a_number_missing_from_the_word_runs_gets_a_comment_on_its_paragraph(tmp_path, home):
    from drafter.export import annotate_docx

    draft = write_docx(tmp_path / "报告.docx")
    text = "\n".join(p.text for p in docx.Document(draft).paragraphs if p.text.strip())
    text = text.replace("培训6期", "培训16期")     # the text the finding was made on differs from the file
    start = text.index("16期")
    finding = {"kind": "unsupported", "severity": "error", "message": "没有依据", "start": start,
               "end": start + 3, "text": "16期"}
    result = annotate_docx(draft, tmp_path / "out.docx", text, [finding])
    assert (result.on_number, result.on_paragraph, result.general) == (0, 1, 0)
    [(span, comment)] = anchors(tmp_path / "out.docx").values()
    assert span == "（二）加强执法队伍建设。组织行政执法人员培训6期。" and "没有依据" in comment


def write_docx_with_table(path, rows):
    """A report whose year figures stand in a table between two paragraphs, as 附表 often do."""
    document = docx.Document()
    document.add_paragraph("某市某区司法局关于2023年度法治政府建设情况的报告")
    document.add_paragraph("全年共收到行政复议申请52件，主要数据见下表。")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("（二）加强执法队伍建设。组织行政执法人员培训6期。")
    document.save(path)
    return path


TABLE = [["项目", "数量", "备注"],
         ["受理行政复议案件（件）", "49", ""],
         ["审结行政复议案件（件）", "47", "法定时限内办结率100%"]]


def test_figures_in_a_word_table_are_checked_and_named_by_table_and_row(tmp_path, home):
    facts = write_facts(tmp_path)
    clean = write_docx_with_table(tmp_path / "表格.docx", TABLE)
    result = run("verify", clean, "--facts", facts)
    # the facts stated only in the table are used, not reported missing
    assert result.exit_code == 0, result.output
    wrong = [row[:] for row in TABLE]
    wrong[2][1] = "74"
    draft = write_docx_with_table(tmp_path / "错表.docx", wrong)
    result = run("verify", draft, "--facts", facts, "--json")
    assert result.exit_code == 1
    rows = json.loads(result.output)["findings"]
    assert [(r["where"], r["paragraph"], r["text"], r["fact_id"]) for r in rows] == \
        [("表1第3行", None, "74", "F3")]
    assert rows[0]["quote"].startswith("审结行政复议案件（件）")
    plain = run("verify", draft, "--facts", facts)
    assert "表1第3行「审结行政复议案件（件）" in plain.output
    # the paragraph after the table keeps Word's numbering: a table is not a paragraph
    listed = json.loads(run("numbers", clean, "--json").output)
    assert [(r["text"], r["where"], r["paragraph"]) for r in listed if r["kind"] not in ("year", "ordinal_phrase")] == [
        ("52件", "第2段", 2), ("49", "表1第2行", None), ("47", "表1第3行", None),
        ("100%", "表1第3行", None), ("6期", "第3段", 3)]


def test_the_annotated_copy_puts_a_table_figure_comment_in_its_cell(tmp_path, home):
    wrong = [row[:] for row in TABLE]
    wrong[2][1] = "74"
    draft = write_docx_with_table(tmp_path / "错表.docx", wrong)
    out = tmp_path / "批注.docx"
    result = run("verify", draft, "--facts", write_facts(tmp_path), "--annotate", out)
    assert result.exit_code == 1, result.output
    [(span, comment)] = anchors(out).values()
    assert span == "74" and "审结行政复议案件" in comment
    cell = docx.Document(out).tables[0].cell(2, 1)
    # 74 under the row label 审结行政复议案件（件） is a count of 件: an error, red
    assert [r.font.highlight_color for r in cell.paragraphs[0].runs if r.text] == [WD_COLOR_INDEX.RED]


UNIT_TABLE = [["执法门类", "案件数（件）", "罚没款（万元）", "占比（%）"],
              ["市场监管", "1234", "246.8", "60.5"],
              ["交通运输", "800", "2468000", "39.5"]]


def test_a_bare_figure_in_a_table_takes_the_unit_of_its_column_or_row_label(tmp_path, home):
    facts = tmp_path / "facts.yaml"
    facts.write_text("\n".join([
        "org: 某县司法局", "year: 2023", "facts:",
        "- {label: 收到行政复议申请, value: 52, unit: 件}",
        "- {label: 市场监管行政处罚案件, value: 1234, unit: 件}", "- {label: 市场监管罚没款, value: 246.8, unit: 万元}",
        "- {label: 市场监管案件占比, value: 60.5, unit: '%'}", "- {label: 交通运输行政处罚案件, value: 800, unit: 件}",
        "- {label: 交通运输罚没款, value: 246.8, unit: 万元}", "- {label: 交通运输案件占比, value: 39.5, unit: '%'}",
        "- {label: 组织行政执法人员培训, value: 6, unit: 期}"]), encoding="utf-8")
    # 2468000 under 罚没款（万元） is 246.8亿元, not the 246.8万元 of the sheet (a unit slip in the table)
    draft = write_docx_with_table(tmp_path / "表.docx", UNIT_TABLE)
    result = run("verify", draft, "--facts", facts, "--json")
    rows = json.loads(result.output)["findings"]
    assert [(r["where"], r["text"], r["severity"], r["fact_id"]) for r in rows] == \
        [("表1第3行", "2468000", "error", "F6")], rows
    listed = {r["text"]: (r["kind"], r["value"], r["unit"]) for r in json.loads(run("numbers", draft, "--json").output)}
    assert listed["1234"] == ("count", "1234", "件") and listed["246.8"] == ("money", "246.8", "万元")
    assert listed["60.5"] == ("percent", "60.5", "%")
    fixed = [row[:] for row in UNIT_TABLE]
    fixed[2][2] = "246.8"
    assert run("verify", write_docx_with_table(tmp_path / "对.docx", fixed), "--facts", facts).exit_code == 0
    # a row label names the unit when the header does not: 审结行政复议案件（件） 47
    assert listed_units(write_docx_with_table(tmp_path / "行.docx", TABLE))["47"] == ("count", "47", "件")


def listed_units(draft) -> dict:
    return {r["text"]: (r["kind"], r["value"], r["unit"]) for r in json.loads(run("numbers", draft, "--json").output)}


def test_a_web_page_table_row_stays_one_line_with_its_label(tmp_path, home):
    page = tmp_path / "报告.html"
    page.write_text("<html><body><p>全年共收到行政复议申请52件，受理49件。</p><table>"
                    "<tr><th>项目</th><th>数量</th></tr><tr><td>审结行政复议案件</td><td>{}</td></tr>"
                    "</table><p>组织行政执法人员培训6期，法定时限内办结率100%。</p></body></html>", encoding="utf-8")
    facts = write_facts(tmp_path)
    page.write_text(page.read_text(encoding="utf-8").format(47), encoding="utf-8")
    assert run("verify", page, "--facts", facts).exit_code == 0
    page.write_text(page.read_text(encoding="utf-8").replace(">47<", ">74<"), encoding="utf-8")
    result = run("verify", page, "--facts", facts)
    assert result.exit_code == 1 and "第3段「审结行政复议案件 | 74」" in result.output, result.output


def test_a_table_captioned_with_its_unit_reads_every_bare_figure_in_it(tmp_path, home):
    document = docx.Document()
    document.add_paragraph("某市某区司法局关于2023年度法治政府建设情况的报告")
    document.add_paragraph("表1　2023年行政复议案件情况（单位：件）")
    table = document.add_table(rows=2, cols=3)
    for c, (head, value) in enumerate([("收到申请", "52"), ("受理", "49"), ("审结", "47")]):
        table.cell(0, c).text, table.cell(1, c).text = head, value
    draft = tmp_path / "表.docx"
    document.save(draft)
    assert {k: v for k, v in listed_units(draft).items() if v[0] not in ("year", "ordinal_phrase")} == {
        "52": ("count", "52", "件"), "49": ("count", "49", "件"), "47": ("count", "47", "件")}


def test_a_title_row_merged_across_the_table_is_not_its_header(tmp_path, home):
    document = docx.Document()
    document.add_paragraph("某市某区司法局关于2023年度法治政府建设情况的报告")
    table = document.add_table(rows=3, cols=2)
    title = table.cell(0, 0).merge(table.cell(0, 1))
    title.text = "2023年执法情况"
    for c, (head, value) in enumerate([("行政处罚（件）", "1234"), ("罚没款（万元）", "246.8")]):
        table.cell(1, c).text, table.cell(2, c).text = head, value
    draft = tmp_path / "表.docx"
    document.save(draft)
    units = listed_units(draft)
    assert units["1234"] == ("count", "1234", "件") and units["246.8"] == ("money", "246.8", "万元")


def test_a_unit_column_names_each_rows_unit(tmp_path, home):
    rows = [["指标", "单位", "2023年"], ["收到行政复议申请", "件", "52"], ["组织行政执法人员培训", "期", "6"]]
    units = listed_units(write_docx_with_table(tmp_path / "表.docx", rows))
    assert units["52"] == ("count", "52", "件") and units["6"] == ("count", "6", "期")


def test_a_figure_under_last_years_column_is_checked_against_the_facts_last_year_value(tmp_path, home):
    rows = [["指标", "单位", "2023年", "2022年"], ["收到行政复议申请", "件", "52", "38"],
            ["受理行政复议案件", "件", "49", ""], ["审结行政复议案件", "件", "47", "35"],
            ["法定时限内办结率", "%", "100", ""]]
    facts = write_facts(tmp_path)
    data = json.loads(facts.read_text(encoding="utf-8"))
    for f in data["facts"]:
        f["last_year"] = {"收到行政复议申请": 38, "审结行政复议案件": 35}.get(f["label"])
    facts.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run("verify", write_docx_with_table(tmp_path / "表.docx", rows), "--facts", facts, "--json")
    assert result.exit_code == 0, result.output
    assert [(r["kind"], r["text"]) for r in json.loads(result.output)["findings"]] == \
        [("last_year", "38"), ("last_year", "35")]
    rows[3][3] = "53"
    result = run("verify", write_docx_with_table(tmp_path / "错.docx", rows), "--facts", facts, "--json")
    assert result.exit_code == 1
    assert ("表1第4行", "53") in {(r["where"], r["text"]) for r in json.loads(result.output)["findings"]
                                  if r["severity"] == "error"}


def test_a_web_page_table_gives_its_bare_figures_their_column_units(tmp_path, home):
    page = tmp_path / "报告.html"
    page.write_text("<html><body><p>某区2023年法治政府建设情况报告，主要执法数据见下表。</p>"
                    "<p>表1　执法数据（单位：件）</p><table>"
                    "<tr><th>部门</th><th>办理案件</th><th>罚没款（万元）</th><th>2022年</th></tr>"
                    "<tr><td>市场监管</td><td>1234</td><td>246.8</td><td>1100</td></tr>"
                    "<tr><td>城管</td><td colspan='2'>未统计</td><td>88</td></tr>"
                    "</table><p>组织行政执法人员培训6期。</p></body></html>", encoding="utf-8")
    from drafter.corpus import read_lines, table_units, table_years

    lines = read_lines(page)
    text = "\n".join(line.text for line in lines)
    def figure(k):
        return re.match(r"[\d.]+", text[k:]).group()

    units = {figure(k): u for k, u in table_units(lines).items()}
    # 件 from the caption, 万元 from its column header; the merged row keeps only the caption's unit
    assert units == {"1234": "件", "246.8": "万元", "1100": "件", "88": "件"}
    assert {figure(k): y for k, y in table_years(lines).items()} == {"1100": 2022}
    listed = listed_units(page)
    assert listed["246.8"] == ("money", "246.8", "万元") and listed["1234"] == ("count", "1234", "件")
