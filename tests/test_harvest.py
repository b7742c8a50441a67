"""drafter harvest: labels a clerk would write, last year's figures kept apart, repeats and sums
marked, and the workbook round trip (only rows marked 采用 reach facts check and draft).

Sentences here are written for these tests in the register of departmental 工作总结 (not taken
from the seed reports); tests/data/submissions/ is the five-department sample set (make.py).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from openpyxl import load_workbook

from drafter.cli import _draft, _facts, _harvest  # noqa: F401  (registers the commands)
from drafter.cli import cli
from drafter.facts import load_facts
from drafter.harvest import harvest, label_for
from drafter.numbers import find_numbers

SUBMISSIONS = Path(__file__).resolve().parent / "data" / "submissions"
POLICE = "清河县公安局2024年法治政府建设工作总结.docx"
URBAN = "清河县城市管理综合行政执法局2024年法治政府建设工作总结.txt"


def label_of(text: str, figure: str) -> str:
    return label_for(text, text.index(figure), 2024)


# --- the labeler ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, label", [
    ("今年以来，县卫健局共办理医疗纠纷投诉87件，办结率达98%。", "87件", "办理医疗纠纷投诉"),
    ("今年以来，县卫健局共办理医疗纠纷投诉87件，办结率达98%。", "98%", "办结率"),
    ("县人社局全年开展劳动保障监察执法检查215次，责令整改问题43个。", "215次", "开展劳动保障监察执法检查"),
    ("局党组召开专题会议6次研究部署法治建设。", "6次", "召开专题会议"),
    ("全年共受理行政复议申请19件，依法审结12件。", "19件", "受理行政复议申请"),
    # a lone verb takes the object of the figure before it
    ("全年共受理行政复议申请19件，依法审结12件。", "12件", "审结行政复议申请"),
    ("组织执法人员参加法律知识培训4期，参训人员达320人次。", "320人次", "参训人员"),
    ("罚没款合计86.5万元，全部上缴国库。", "86.5万元", "罚没款"),
    # the number before its noun
    ("深入村组开展了12场法治讲座。", "12场", "开展法治讲座"),
    ("全县9个乡镇均设立公共法律服务工作站。", "9个", "乡镇"),
    # a list of figures after 、 keeps the list's verb; 、 inside quotes is not a list
    ("审查县政府规范性文件15件、重大行政决策事项9项。", "9项", "审查重大行政决策事项"),
    ("开展“双随机、一公开”抽查任务142次。", "142次", "开展“双随机、一公开”抽查任务"),
    # a change is labelled with what changed; another year's words are not part of a label
    ("全年办理行政许可事项4.2万余件，同比增长6.2%。", "6.2%", "办理行政许可事项同比增长"),
    ("群众满意率96.8%，较上年提高2.1个百分点。", "2.1个百分点", "群众满意率提高"),
    ("截至年底，全县共有执业律师156名、公证员12名。", "156名", "执业律师"),
    ("第三季度办理医疗纠纷投诉87件。", "87件", "办理医疗纠纷投诉"),
    # a scope before the number (对全县1130台电梯…) leaves the counted noun
    ("对全县1130台电梯开展安全检查，排查整治隐患46处。", "1130台", "对电梯开展安全检查"),
    ("组织全系统共对4526份行政处罚案件进行案卷评查。", "4526份", "对行政处罚案件进行案卷评查"),
    ("“认罚轻处”制度已在232个案件中得到适用。", "232个", "得到适用的案件"),
    ("1.深化柔性执法。全年免予处罚案件67件。", "67件", "免予处罚案件"),
    # a parenthesis is its own clause; a share after a count belongs to that count
    ("其中纠错6件（部门2件，乡镇街道4件），调解25件。", "2件", "部门"),
    ("现已审结67件（含上年结转12件）。", "67件", "审结"),
    ("居前列的单位为县公安局30件，占比35.3%。", "35.3%", "居前列的单位为县公安局占比"),
    # a rank is named by the clause that says what was ranked
    ("在2024年度全市公安机关执法质量考评中，我局位列第2名。", "第2名", "全市公安机关执法质量考评名次"),
])
def test_labeler_takes_the_counted_phrase(text, figure, label):
    assert label_of(text, figure) == label


def test_a_version_number_is_not_a_statistic():
    text = "持续深化柔性执法3.0版本，社区矫正对象再犯罪率为0。"
    assert label_of(text, "3.0") == ""
    assert label_of(text, "0。") == "社区矫正对象再犯罪率"


def test_a_rank_without_a_measure_word_is_proposed_in_名(tmp_path):
    write_submission(tmp_path, "a.txt", ["清河县司法局2024年法治政府建设工作总结",
                                         "行政诉讼“双下降”工作考核位居全市第二。"])
    [rank] = harvest([tmp_path], year=2024).proposals
    assert (rank.value, rank.unit) == (Decimal("2"), "名")


def test_labeler_gives_nothing_where_no_statistic_starts():
    text = "根据《关于印发〈2024年法治政府建设工作要点〉的通知》（清法办发〔2024〕2号）要求。"
    assert all(label_for(text, i, 2024) == "" for i in range(len(text)))


# --- which year a figure is for ------------------------------------------------------------

def write_submission(folder: Path, name: str, paragraphs: list[str], encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes("\n".join(paragraphs).encode(encoding))
    return path


def test_last_year_figures_are_kept_apart_never_proposed_as_this_year(tmp_path):
    write_submission(tmp_path, "人社局.txt", [
        "清河县人力资源和社会保障局2024年法治政府建设工作总结",
        "一、主要举措和成效",
        "全年共受理劳动人事争议仲裁案件438件，较上年的392件增长11.7%；调解成功率97.2%，上年同期为95.6%。"
        "2023年同期追发工资报酬2860万元。开展劳动保障监察执法检查215次，比上年增加18次。"
        "2023年，全局办理工伤认定案件312件。",
        "二、2025年工作安排",
        "2025年，计划开展劳动保障法律知识培训不少于6期。",
    ], encoding="gbk")
    result = harvest([tmp_path], year=2024)
    this_year = {(p.label, p.value, p.unit) for p in result.proposals}
    assert ("受理劳动人事争议仲裁案件", Decimal("438"), "件") in this_year
    assert ("受理劳动人事争议仲裁案件增长", Decimal("11.7"), "%") in this_year
    assert ("开展劳动保障监察执法检查", Decimal("215"), "次") in this_year
    assert any(p.value == 18 and "增加" in p.label for p in result.proposals)    # a change is this year's
    others = {(p.label, p.value, p.year) for p in result.other_years}
    assert ("受理劳动人事争议仲裁案件", Decimal("392"), 2023) in others
    assert ("调解成功率", Decimal("95.6"), 2023) in others
    assert any(p.value == 2860 and p.year == 2023 for p in result.other_years)
    assert any(p.value == 6 and p.year == 2025 for p in result.other_years)       # a plan is not a fact
    assert ("办理工伤认定案件", Decimal("312"), 2023) in others                   # a sentence opened by 2023年，
    last_values = {Decimal(v) for v in ("392", "95.6", "2860", "6", "312")}
    assert not last_values & {p.value for p in result.proposals}
    assert result.proposals[0].department == "清河县人力资源和社会保障局"


def test_names_years_and_document_numbers_are_not_proposed(tmp_path):
    write_submission(tmp_path, "卫健局.txt", [
        "清河县卫生健康局2024年法治政府建设工作总结",
        "认真学习党的二十大和二十届三中全会精神，落实“八五”普法规划和《清河县2024年法治政府建设工作要点》"
        "（清法办发〔2024〕2号），近三年来持续推进“三项制度”，12345热线工单当日转办。第三季度办理医疗纠纷投诉87件。",
    ])
    result = harvest([tmp_path], year=2024)
    assert [(p.label, p.value) for p in result.proposals] == [("办理医疗纠纷投诉", Decimal("87"))]


def test_a_word_table_gives_this_year_rows_and_keeps_the_2023_column_apart():
    result = harvest([SUBMISSIONS / POLICE], year=2024)
    table = {p.label: p for p in result.proposals if p.where.startswith("表1")}
    assert table["受理群众报警求助"].value == 18560 and table["受理群众报警求助"].unit == "起"
    assert table["受理群众报警求助"].where == "表1第4行"
    apart = {(p.label, p.value, p.year) for p in result.other_years}
    assert ("受理群众报警求助", Decimal("17920"), 2023) in apart
    # 3256件 is in the text and in the table: proposed once, the table named in 提示
    twice = [p for p in result.proposals if p.value == 3256 and p.unit == "件"]
    assert len(twice) == 1 and "表1第2行" in twice[0].hint and twice[0].where == "第5段"


def test_last_years_figure_of_an_item_is_its_last_year_value_only_when_unambiguous():
    result = harvest(list(SUBMISSIONS.iterdir()), year=2024)
    paired = {(p.label, p.value): p.last_year for p in result.proposals if p.last_year is not None}
    assert paired[("查处治安案件", Decimal("2108"))] == 2314                 # 较上年的2314起
    assert paired[("办理行政案件", Decimal("3256"))] == 3066                 # the table row, its text twin kept
    assert paired[("青石镇调解成功率", Decimal("97.8"))] == Decimal("95.1")   # 上年同期为95.1%
    # two 罚没款 of this year in one file: 较2023年的512.3万元 goes only to the one in its sentence
    fines = {p.value: p.last_year for p in result.proposals if p.label.startswith("罚没款")}
    assert fines[Decimal("486.5")] == Decimal("512.3") and fines[Decimal("36.2")] is None


def test_gbk_text_submission_is_read_and_its_department_named():
    result = harvest([SUBMISSIONS / URBAN], year=2024)
    assert {p.department for p in result.proposals} == {"清河县城市管理综合行政执法局"}
    found = {p.label: p for p in result.proposals}
    assert found["罚款金额"].value == Decimal("215.6") and found["罚款金额"].unit == "万元"
    assert found["教育劝导"].approx == "余"
    assert found["罚款金额"].sentence.startswith("（一）规范执法行为。全年办理") is False
    assert "罚款金额合计215.6万元" in found["罚款金额"].sentence


# --- repeats, conflicts and sums -----------------------------------------------------------

def test_same_label_in_two_submissions_is_marked_and_summed_rates_are_not(tmp_path):
    write_submission(tmp_path, "a.txt", ["清河县交通运输局2024年法治政府建设工作总结",
                                         "开展法治宣传活动45场，联合县公安局开展道路运输安全专项整治行动8次，执法人员持证率98%。"])
    write_submission(tmp_path, "b.txt", ["清河县应急管理局2024年法治政府建设工作总结",
                                         "开展法治宣传活动30场，联合县交通运输局开展道路运输安全专项整治行动8次，执法人员持证率100%。"])
    result = harvest([tmp_path], year=2024)
    by_label = {p.label: p for p in result.proposals}
    # a shared label names its department, so the facts sheet keeps one row per label
    assert {"县交通运输局开展法治宣传活动", "县应急管理局开展法治宣传活动"} <= set(by_label)
    assert "同一事项另有清河县应急管理局30场" in by_label["县交通运输局开展法治宣传活动"].hint
    joint = [p for p in result.proposals if p.value == 8]
    assert len(joint) == 2 and all("可能是同一数字重复上报" in p.hint for p in joint)
    sums = {p.label: p for p in result.sums}
    assert set(sums) == {"开展法治宣传活动"}           # rates are not added up
    total = sums["开展法治宣传活动"]
    assert total.value == 75 and total.unit == "场" and total.department == "合计"
    assert "由2份材料相加" in total.hint and "清河县交通运输局45场" in total.sentence
    assert len(total.parts) == 2


def test_sample_set_matches_the_hand_written_key():
    key = yaml.safe_load((SUBMISSIONS / "key.yaml").read_text(encoding="utf-8"))["files"]
    result = harvest([SUBMISSIONS])
    assert result.year == 2024 and result.org == "清河县人民政府"
    assert len(result.files) == 5 and not result.problems

    def found(rows, proposals, file):
        return all(any(p.file == file and p.value == Decimal(str(v)) and (p.unit or "") == str(u)
                       and any(k in p.label for k in str(words).split("|")) for p in proposals)
                   for _label, v, u, words in rows)

    for file, entry in key.items():
        assert found(entry["本年"], result.proposals, file), file
        assert found(entry.get("上年", []) + entry.get("其他年度", []), result.other_years, file), file
        assert len([p for p in result.proposals if p.file == file]) == len(entry["本年"]), file


# --- the workbook round trip ---------------------------------------------------------------

def run(args):
    return CliRunner().invoke(cli, args, catch_exceptions=False)


def mark(path: Path, decisions: dict[str, str]) -> dict[str, int]:
    """Write 采用 decisions by 事项; returns the row of each."""
    book = load_workbook(path)
    sheet = book["数据"]
    header = [c.value for c in sheet[1]]
    label_col, adopt_col = header.index("事项") + 1, header.index("采用") + 1
    rows = {}
    for r in range(2, sheet.max_row + 1):
        label = sheet.cell(row=r, column=label_col).value
        rows[label] = r
        if label in decisions:
            sheet.cell(row=r, column=adopt_col, value=decisions[label])
    book.save(path)
    return rows


def test_harvest_workbook_round_trip_uses_only_adopted_rows(home, tmp_path):
    sheet = tmp_path / "汇总.xlsx"
    result = run(["harvest", str(SUBMISSIONS), "-o", str(sheet)])
    assert result.exit_code == 0, result.output
    assert "已汇总 5 份材料（2024年度）" in result.output
    book = load_workbook(sheet)
    header = [c.value for c in book["数据"][1]]
    assert header[:8] == ["事项", "数值", "单位", "主题", "部分", "约数", "编号", "上年值"]
    assert {"采用", "部门", "来源文件", "段落", "原句", "提示"} <= set(header)
    other = [row for row in book["其他年度数据"].iter_rows(min_row=2, values_only=True)]
    assert any(r[0] == "查处治安案件" and r[1] == 2023 and r[2] == 2314 for r in other)
    assert "数值" not in [c.value for c in book["其他年度数据"][1]]

    # nothing decided: nothing is a fact, and check says so
    check = run(["facts", "check", str(sheet)])
    assert check.exit_code == 0, check.output
    assert "数据 0 条" in check.output and "采用的数据 0 条" in check.output

    rows = mark(sheet, {"受理群众报警求助": "是", "办理刑事案件": "√", "收到行政复议申请": 1,
                        "办理交通违法案件": "否"})
    check = run(["facts", "check", str(sheet)])
    assert check.exit_code == 0, check.output
    assert "数据 3 条" in check.output
    undecided = len(rows) - 4
    assert f"采用的数据 3 条，未决定 {undecided} 条，不采用 1 条" in check.output

    facts = load_facts(sheet)
    by_label = {f.label: f for f in facts.facts}
    assert set(by_label) == {"受理群众报警求助", "办理刑事案件", "收到行政复议申请"}
    assert by_label["受理群众报警求助"].value == 18560
    # last year's figure of the same item, from the same row or sentence, is the fact's 上年值
    assert by_label["受理群众报警求助"].last_year == 17920       # the table's 2023年 column
    assert by_label["收到行政复议申请"].last_year == 96           # 较上年的96件
    assert by_label["办理刑事案件"].last_year is None
    source = by_label["收到行政复议申请"].source
    assert f"数据表第{rows['收到行政复议申请']}行" in source
    assert "清河县司法局2024年法治政府建设工作总结.html 第4段" in source and "「" in source

    out = tmp_path / "draft.md"
    drafted = run(["draft", str(sheet), "-o", str(out)])
    assert drafted.exit_code == 0, drafted.output
    text = out.read_text(encoding="utf-8")
    assert "18560" in text.replace(",", "").replace("，", "") or "1.856万" in text
    assert "612" in text
    assert "25400" not in text and "2.54万" not in text          # marked 否
    assert "3256" not in text                                       # never decided


def test_a_finding_on_a_harvested_fact_names_its_submission(tmp_path):
    from drafter.verify import verify_text

    sheet = tmp_path / "汇总.xlsx"
    assert run(["harvest", str(SUBMISSIONS), "-o", str(sheet)]).exit_code == 0
    mark(sheet, {"收到行政复议申请": "是", "办理刑事案件": "是"})
    facts = load_facts(sheet)
    result = verify_text("全年共收到行政复议申请127件，办理刑事案件612起。", facts.facts, year=2024)
    wrong = [f for f in result.problems if f.text.startswith("127")]
    assert wrong, [f.message for f in result.findings]
    assert "该数据来自清河县司法局2024年法治政府建设工作总结.html 第4段「" in wrong[0].message
    assert not [f for f in result.problems if "612" in f.text]


def test_an_adopted_summed_row_is_a_fact_and_its_parts_stay_out(tmp_path):
    sheet = tmp_path / "汇总.xlsx"
    assert run(["harvest", str(SUBMISSIONS), "-o", str(sheet)]).exit_code == 0
    book = load_workbook(sheet)
    rows = list(book["数据"].iter_rows(min_row=2, values_only=True))
    header = [c.value for c in book["数据"][1]]
    col = {name: header.index(name) for name in header}
    total = next(r for r in rows if r[col["事项"]] == "开展法治宣传活动")
    assert total[col["部门"]] == "合计" and total[col["数值"]] == 45 + 30 + 28 + 20 + 62
    assert "由5份材料相加" in total[col["提示"]]
    parts = [r for r in rows if r[col["部门"]] != "合计" and str(r[col["事项"]]).endswith("开展法治宣传活动")]
    assert len(parts) == 5 and all("同一事项另有" in r[col["提示"]] for r in parts)
    mark(sheet, {"开展法治宣传活动": "是"})
    facts = load_facts(sheet)
    assert [(f.label, f.value, f.unit) for f in facts.facts] == [("开展法治宣传活动", Decimal("185"), "场")]
    assert "5份材料" in facts.facts[0].source


def test_an_unreadable_submission_is_named_and_the_rest_harvested(tmp_path):
    folder = tmp_path / "材料"
    folder.mkdir()
    (folder / "坏文件.docx").write_bytes(b"not a word file")
    write_submission(folder, "卫健局.txt", ["清河县卫生健康局2024年法治政府建设工作总结", "全年办理医疗纠纷投诉87件。"])
    sheet = tmp_path / "汇总.xlsx"
    result = run(["harvest", str(folder), "-o", str(sheet)])
    assert result.exit_code == 0, result.output
    assert "已汇总 1 份材料" in result.output and "未能读取" in result.output and "坏文件.docx" in result.output
    guide = [row[0] for row in load_workbook(sheet)["说明"].iter_rows(values_only=True)]
    assert any("坏文件.docx" in (line or "") for line in guide)
    missing = CliRunner().invoke(cli, ["harvest", str(tmp_path / "没有这个文件夹")])
    assert missing.exit_code != 0 and "找不到" in missing.output


# --- the 材料汇总 page's behaviour (no browser) -------------------------------------------

def test_harvest_page_lists_rows_by_department_and_adds_only_ticked_ones():
    from drafter.ui import _events as ev
    from drafter.ui._harvest_page import ALL, adopted_rows, harvest_uploaded, merge_rows, set_department

    steps = []
    view = harvest_uploaded(sorted(SUBMISSIONS.glob("*.docx")), 2025, on_file=lambda *a: steps.append(a))
    assert view.ok and [s[:2] for s in steps] == [(1, 3), (2, 3), (3, 3)]
    # the titles say 2024: the form's other year is named, not used
    assert "（2024年度）" in view.message and "与“基本信息”中的2025年不同" in view.message
    assert view.departments == ["清河县公安局", "清河县市场监督管理局", "青石镇人民政府", "合计"]
    assert all(row[0] is False for row in view.rows)                      # nothing ticked by default
    assert adopted_rows(view.rows) == []

    rows = set_department(view.rows, "青石镇人民政府", True)
    town = [r for r in rows if r[1] == "青石镇人民政府"]
    assert town and all(r[0] is True for r in town)
    assert all(r[0] is False for r in rows if r[1] != "青石镇人民政府")
    added = adopted_rows(rows)
    assert len(added) == len(town) and all(len(r) == len(ev.TABLE_COLUMNS) for r in added)
    assert ["排查化解矛盾纠纷", "183", "件"] == added[[r[0] for r in added].index("排查化解矛盾纠纷")][:3]

    existing = [["收到行政复议申请", "126", "件", "", "", "", "", ""], [""] * len(ev.TABLE_COLUMNS)]
    merged = merge_rows(existing, added + [["收到行政复议申请", "1", "件", "", "", "", "", ""]])
    assert merged[0][:2] == ["收到行政复议申请", "126"]                  # what the clerk had stays
    assert len(merged) == 1 + len(added)
    assert set_department(rows, ALL, False) == [[False] + r[1:] for r in rows]


def test_harvest_page_without_files_asks_for_them():
    from drafter.ui._harvest_page import harvest_uploaded

    view = harvest_uploaded([], 2024)
    assert not view.ok and "请先上传" in view.message


def test_a_table_is_read_for_units_and_years_as_the_verifier_reads_it(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("某县司法局2024年法治政府建设工作总结")
    rows = [["项目", "2024年", "2024年目标", "备注（含下放事项）"],
            ["办理行政复议案件（件）", "86", "90", "12"],
            ["罚没款（万元）", "246.8", "", ""]]
    table = document.add_table(rows=3, cols=4)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    path = tmp_path / "司法局.docx"
    document.save(path)
    result = harvest([path], year=2024)
    found = {(p.label, p.value, p.unit, p.year) for p in result.proposals + result.other_years}
    assert ("办理行政复议案件", Decimal("86"), "件", 2024) in found
    assert ("罚没款", Decimal("246.8"), "万元", 2024) in found
    # 2024年目标 is no year's column: its 90 is proposed under its own name, never as the 2024 figure;
    # （含下放事项） names no unit, so 12 keeps its row's 件
    assert {(p.label, p.unit) for p in result.proposals if p.value in (90, 12)} == {
        ("办理行政复议案件2024年目标", "件"), ("办理行政复议案件备注", "件")}
