"""Facts: every format loads, every clerk mistake gets a Chinese message with its place and field."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import Workbook

from drafter.facts import (FactsError, Facts, facts_from_dict, load_facts, write_template,
                           write_workbook)

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
BROKEN = Path(__file__).resolve().parent / "data" / "facts"


def problems(path) -> list[str]:
    with pytest.raises(FactsError) as info:
        load_facts(Path(path))
    assert info.value.problems, "FactsError without problems"
    return info.value.problems


def without_sources(facts: Facts) -> dict:
    data = facts.to_dict()
    data["source"] = ""
    for fact in data["facts"]:
        fact["source"] = ""
    return data


# --- the samples ---------------------------------------------------------------------------

def test_sample_yaml_is_a_complete_district_report():
    facts = load_facts(EXAMPLES / "facts.yaml")
    assert facts.org == "示例市东城区司法局"
    assert facts.year == 2023 and facts.skeleton == "四段式" and facts.level == "部门"
    assert facts.date == "2024年1月26日"
    assert 7 <= len(facts.topics) <= 9
    assert all(2 <= len(t.points) <= 4 for t in facts.topics)
    assert len(facts.facts) >= 30
    assert len(facts.shortcomings) == 3 and len(facts.plans) == 5 and facts.leadership
    by_label = {f.label: f for f in facts.facts}
    assert by_label["人民调解调处成功率"].value == Decimal("99.26")
    assert str(by_label["人民调解调处成功率"].value) == "99.26"
    assert by_label["开展普法宣传活动"].approx == "余"
    assert by_label["全区收缴罚没款"].unit == "万元"
    assert by_label["收到行政复议申请"].id == "fy-sq"
    assert by_label["收到行政复议申请"].source.startswith("facts.yaml 第")
    # every fact ties to a topic or a section, so the drafter knows where it goes
    names = {t.name for t in facts.topics}
    assert all(f.topic in names or f.section for f in facts.facts)
    # the sample's rate is consistent with its counts: 4 of 32 = 12.5%
    assert by_label["撤销、变更或确认违法纠错"].value / by_label["审结行政复议案件"].value * 100 == \
        by_label["行政复议纠错率"].value


def test_sample_xlsx_loads_to_the_same_facts_as_the_yaml():
    yaml_facts = load_facts(EXAMPLES / "facts.yaml")
    xlsx_facts = load_facts(EXAMPLES / "facts.xlsx")
    assert without_sources(xlsx_facts) == without_sources(yaml_facts)
    assert xlsx_facts.facts[0].source == "facts.xlsx 数据表第2行"


def test_sample_xlsx_is_what_the_writer_makes_today(tmp_path, home):
    # the sample a clerk opens first must offer every hedge the reader takes in its 约数 drop-down;
    # a copy made before the list grew offered eight
    import openpyxl

    from drafter.cli import _facts  # noqa: F401  (registers the group)
    from drafter.cli import cli
    from drafter.facts import APPROX

    result = CliRunner().invoke(cli, ["facts", "template", "--from", str(EXAMPLES / "facts.yaml"), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    fresh = tmp_path / "facts.xlsx"

    def sheets(path):
        book = openpyxl.load_workbook(path)
        return {ws.title: ([row for row in ws.iter_rows(values_only=True)],
                           sorted((str(v.sqref), v.formula1) for v in ws.data_validations.dataValidation))
                for ws in book}

    sample = sheets(EXAMPLES / "facts.xlsx")
    assert sample == sheets(fresh), "examples/facts.xlsx is stale: drafter facts template --from examples/facts.yaml -o examples"
    assert any(formula == '"' + ",".join(APPROX) + '"' for _, formula in sample["数据"][1])


def test_written_workbook_reads_back(tmp_path):
    facts = load_facts(EXAMPLES / "facts.yaml")
    path = write_workbook(tmp_path / "copy.xlsx", facts)
    assert without_sources(load_facts(path)) == without_sources(facts)


def test_minimal_json():
    facts = load_facts(EXAMPLES / "minimal.json")
    assert facts.org == "示例市东城区司法局" and facts.year == 2023
    assert facts.level == "区县" and facts.skeleton == "四段式" and facts.signature == facts.org
    assert [f.id for f in facts.facts] == ["F1", "F2", "F3", "F4"]
    assert facts.facts[2].value == Decimal("99.26") and facts.facts[2].unit == "%"
    assert facts.facts[1].source == "minimal.json 第2条数据（第6行）"


def test_minimal_dict_from_an_outside_tool():
    facts = facts_from_dict({"org": "某县司法局", "year": 2023,
                             "facts": [{"label": "收到行政复议申请", "value": 20, "unit": "件"}]})
    assert facts.facts[0].value == Decimal(20) and facts.facts[0].unit == "件"


def test_english_keys_are_accepted(tmp_path):
    path = tmp_path / "en.yaml"
    path.write_text("org: 某区司法局\nyear: 2023\nlevel: 区\ntopics:\n  - name: 行政复议\n"
                    "    heading: （一）畅通复议渠道。\n    points: [设立窗口]\n"
                    "facts:\n  - {label: 收到申请, value: 37, unit: 件, topic: 行政复议}\n", encoding="utf-8")
    facts = load_facts(path)
    assert facts.level == "区县"
    assert facts.topics[0].heading == "畅通复议渠道"  # numbering and full stop are the drafter's job
    assert facts.facts_for(topic="行政复议")[0].label == "收到申请"


def test_round_trip_is_exact():
    facts = load_facts(EXAMPLES / "facts.yaml")
    data = facts.to_dict()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data  # JSON-safe
    assert data["facts"][0]["value"] == "6"
    again = facts_from_dict(data)
    assert again == facts
    assert again.to_dict() == data


def test_trailing_zero_survives_round_trip(tmp_path):
    path = tmp_path / "z.yaml"
    path.write_text("机关名称: 某区司法局\n年度: 2023\n数据:\n  - {事项: 办结率, 数值: 12.50, 单位: '%'}\n",
                    encoding="utf-8")
    facts = load_facts(path)
    assert str(facts.facts[0].value) == "12.50"
    assert str(facts_from_dict(facts.to_dict()).facts[0].value) == "12.50"


def test_facts_for_topic_and_section():
    facts = load_facts(EXAMPLES / "facts.yaml")
    assert [f.label for f in facts.facts_for(topic="行政应诉")] == [
        "办理行政应诉案件", "行政诉讼败诉案件", "行政机关负责人出庭应诉率"]
    lead = facts.facts_for(section="第一责任人履职")
    assert len(lead) == 2 and all(f.topic is None for f in lead)
    assert facts.facts_for(section="第一责任人履职情况") == lead  # alias
    work = facts.facts_for(section="主要举措和成效")
    assert len(work) == len(facts.facts) - 2
    assert facts.facts_for() == facts.facts
    assert facts.facts_for(topic="行政应诉", section="第一责任人履职") == []


def test_topics_come_from_facts_when_none_are_listed():
    facts = facts_from_dict({"org": "某镇人民政府", "year": 2023, "facts": [
        {"label": "调解纠纷", "value": 12, "unit": "件", "topic": "人民调解"},
        {"label": "普法活动", "value": 8, "unit": "场", "topic": "普法"},
        {"label": "调处成功率", "value": 100, "unit": "%", "topic": "人民调解"}]})
    assert [t.name for t in facts.topics] == ["人民调解", "普法"]


# --- values as clerks type them --------------------------------------------------------------

@pytest.mark.parametrize("value, unit, expected", [
    ("99.26%", "", (Decimal("99.26"), "%", None)),
    ("99.26％", "%", (Decimal("99.26"), "%", None)),
    ("135万", "元", (Decimal("135"), "万元", None)),
    ("135万元", None, (Decimal("135"), "万元", None)),
    ("2.62亿元", None, (Decimal("2.62"), "亿元", None)),
    ("3.6万", "人次", (Decimal("36000"), "人次", None)),
    ("120余", "场", (Decimal("120"), "场", "余")),
    ("近2000", "件", (Decimal("2000"), "件", "近")),
    ("1,234", "件", (Decimal("1234"), "件", None)),
    ("１２", "件", (Decimal("12"), "件", None)),
    ("37件", "件", (Decimal("37"), "件", None)),
    ("860", "人/次", (Decimal("860"), "人次", None)),
])
def test_value_spellings(value, unit, expected):
    entry = {"label": "事项", "value": value}
    if unit is not None:
        entry["unit"] = unit
    fact = facts_from_dict({"org": "某区司法局", "year": 2023, "facts": [entry]}).facts[0]
    assert (fact.value, fact.unit, fact.approx) == expected


def test_unitless_only_for_ranks():
    facts = facts_from_dict({"org": "某区", "year": 2023,
                             "facts": [{"label": "法治政府建设考评全省排名", "value": 10}]})
    assert facts.facts[0].unit == ""
    with pytest.raises(FactsError) as info:
        facts_from_dict({"org": "某区", "year": 2023, "facts": [{"label": "审结案件", "value": 10}]})
    assert info.value.problems == [
        "第1条数据「单位」：缺少单位（如 件、项、人次、%、万元）；只有排名、得分等才可以不写单位"]


def test_dict_problems_name_the_entry_and_the_source():
    with pytest.raises(FactsError) as info:
        facts_from_dict({"org": "某区", "year": 2023,
                         "facts": [{"label": "a", "value": 1, "unit": "件"},
                                   {"label": "b", "value": "十二", "unit": "件"}]}, source="表单")
    assert info.value.problems == ["表单 第2条数据「数值」：“十二”不是阿拉伯数字，请写成 12"]


# --- broken files: each message names the file, the line or row, and the field ----------------

def test_many_problems_in_one_yaml_are_all_reported():
    assert problems(BROKEN / "many_problems.yaml") == [
        "many_problems.yaml「机关名称」：缺少机关名称，请填写报告机关的全称",
        "many_problems.yaml 第2行「年度」：1999 不是合理的报告年度（应在2000年至2100年之间）",
        "many_problems.yaml 第3行「层级」：“省会”不是有效的取值（可选：省、市、区县、乡镇、部门）",
        "many_problems.yaml 第4行「成文日期」：“二〇二四年一月二十六日”请用阿拉伯数字书写，如 2024年1月26日",
        "many_problems.yaml 第11行「数值」：“十二”不是阿拉伯数字，请写成 12",
        "many_problems.yaml 第11行「编号」：编号“a1”重复（已用于 many_problems.yaml 第10行）",
        "many_problems.yaml 第15行「主题」：“人民调解”不是「工作事项」中的事项（现有：行政复议）",
        "many_problems.yaml 第16行「约数」：“差不多”不是可用的约数词（可选：余、多、近、约、超过、以上、不少于、左右、突破、逾、超、至少、不足、不到、不超过、以内、以下、前）",
        "many_problems.yaml 第17行「单位」：缺少单位（如 件、项、人次、%、万元）；只有排名、得分等才可以不写单位",
    ]


def test_yaml_syntax_errors_give_line_and_column():
    assert problems(BROKEN / "tab_indent.yaml") == [
        "tab_indent.yaml 第4行第1列：YAML 格式错误，不能用 Tab 键缩进，请改用空格"]
    assert problems(BROKEN / "missing_colon.yaml") == [
        "missing_colon.yaml 第5行第5列：YAML 格式错误，缺少“: ”（字段名后要有英文冒号和空格）"]


def test_json_entries_on_one_line_are_named_by_position(tmp_path):
    """A program-written JSON has every entry on line 1: 第1行 would name none of them."""
    path = tmp_path / "facts.json"
    path.write_text('{"org": "某区司法局", "year": 2023, "facts": [{"label": "收到申请", "value": 37, "unit": "件"}, '
                    '{"label": "审结", "value": 35, "unit": "件"}, {"label": "办结率", "value": "很高", "unit": "%"}]}',
                    encoding="utf-8")
    found = problems(path)
    assert len(found) == 1 and found[0].startswith("facts.json 第3条数据「数值」："), found
    assert "第1行" not in found[0]


def test_yaml_flow_entries_on_one_line_are_named_by_position_and_block_ones_by_line(tmp_path):
    flow = tmp_path / "flow.yaml"
    flow.write_text("机关名称: 某区司法局\n年度: 2023\n数据: [{事项: 收到申请, 数值: 37, 单位: 件}, "
                    "{事项: 审结, 数值: 三十五, 单位: 件}]\n", encoding="utf-8")
    assert problems(flow)[0].startswith("flow.yaml 第2条数据「数值」：")
    block = tmp_path / "block.yaml"
    block.write_text("机关名称: 某区司法局\n年度: 2023\n数据:\n  - {事项: 收到申请, 数值: 37, 单位: 件}\n"
                     "  - {事项: 审结, 数值: 三十五, 单位: 件}\n", encoding="utf-8")
    assert problems(block)[0].startswith("block.yaml 第5行「数值」：")


def test_json_syntax_and_value_errors():
    assert problems(BROKEN / "bad_syntax.json") == ["bad_syntax.json 第6行第5列：JSON 格式错误（缺少逗号）"]
    assert problems(BROKEN / "bad_values.json") == [
        "bad_values.json 第3行「年度」：“明年”不是年份，请写成 4 位阿拉伯数字，如 2023",
        "bad_values.json 第2条数据（第6行）「数值」：“三十五”不是阿拉伯数字，请写成 35",
        "bad_values.json 第3条数据（第7行）「数值」：办结率为120%，超过了100%",
    ]


def test_file_level_problems(tmp_path):
    assert problems(BROKEN / "empty.yaml") == [
        "empty.yaml：文件是空的，请先填写事实材料（可用 drafter facts template 生成模板）"]
    assert problems(BROKEN / "comments_only.yaml") == ["comments_only.yaml：文件没有内容（只有空行或注释）"]
    assert problems(BROKEN / "facts.csv") == [
        "facts.csv：不支持的文件类型“.csv”，请在 Excel/WPS 中另存为 .xlsx（可用：.yaml、.yml、.json、.xlsx）"]
    missing = tmp_path / "nope.yaml"
    assert problems(missing) == [f"{missing}：文件不存在，请检查路径和文件名"]
    [message] = problems(BROKEN / "corrupt.xlsx")
    assert message.startswith("corrupt.xlsx：无法打开，文件可能已损坏或不是 Excel 工作簿（.xlsx）")


def test_yaml_problems_for_structure_and_keys(tmp_path):
    path = tmp_path / "keys.yaml"
    path.write_text("机关名称: 某区司法局\n年度: 2023\n机关名称: 又一个\n骨架: 四段\n"
                    "成文日期: 2022年1月5日\n数据:\n  - 事项: 收到申请\n    数值: 37\n    单位: 件\n"
                    "    主体: 复议\n  - 这一条不是字典\n", encoding="utf-8")
    assert problems(path) == [
        "keys.yaml 第3行「机关名称」：同一位置重复出现，后面的会覆盖前面的，请只保留一个",
        "keys.yaml 第5行「成文日期」：2022年与报告年度2023年不符（成文日期应在2023年或2024年）",
        "keys.yaml 第10行「主体」：不认识的数据字段，是否想写「主题」？（可用字段：编号、事项、数值、单位、主题、部分、约数、上年值）",
        "keys.yaml 第11行：每条数据应包含「事项」「数值」「单位」",
    ]


def test_gb18030_file_is_read(tmp_path):
    path = tmp_path / "gbk.yaml"
    path.write_bytes("机关名称: 某区司法局\n年度: 2023年\n成文日期: 2024-01-05\n".encode("gb18030"))
    facts = load_facts(path)
    assert facts.org == "某区司法局" and facts.year == 2023 and facts.date == "2024年1月5日"


# --- Excel -----------------------------------------------------------------------------------

def _workbook(tmp_path, data_rows, info=None, points=None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "基本信息"
    ws.append(["项目", "内容"])
    for row in info or [["机关名称", "某区司法局"], ["年度", 2023]]:
        ws.append(row)
    data = wb.create_sheet("数据")
    data.append(["事项", "数值", "单位", "主题", "部分", "约数"])
    for row in data_rows:
        data.append(row)
    if points is not None:
        sheet = wb.create_sheet("要点")
        sheet.append(["部分/主题", "要点"])
        for row in points:
            sheet.append(row)
    path = tmp_path / "facts.xlsx"
    wb.save(path)
    return path


def test_excel_problems_name_the_sheet_row_and_field(tmp_path):
    rows = [["收到行政复议申请", 37, "件"]] * 5 + [
        ["审结行政复议案件", "十二", "件"],              # row 7
        ["调处成功率", "abc", "%"],                    # row 8
    ]
    rows = [[f"事项{i}", 37, "件"] for i in range(5)] + rows[5:]
    path = _workbook(tmp_path, rows, info=[["机关名称", None], ["年度", 1900], ["层级", "国家"]])
    assert problems(path) == [
        "facts.xlsx 基本信息表第2行「机关名称」：缺少机关名称，请填写报告机关的全称",
        "facts.xlsx 基本信息表第3行「年度」：1900 不是合理的报告年度（应在2000年至2100年之间）",
        "facts.xlsx 基本信息表第4行「层级」：“国家”不是有效的取值（可选：省、市、区县、乡镇、部门）",
        "facts.xlsx 数据表第7行「数值」：“十二”不是阿拉伯数字，请写成 12",
        "facts.xlsx 数据表第8行「数值」：“abc”不是数字，请只填写阿拉伯数字（如 37 或 99.26）",
    ]


def test_excel_cells_become_exact_decimals(tmp_path):
    path = _workbook(tmp_path, [
        ["浮点噪声", 0.1 + 0.2, "件"],
        ["调处成功率", "99.26%", None],
        ["罚没款", "135万", "元"],
        ["普法活动", "120余", "场"],
        ["法律咨询", 12000, "人次", None, None, "余"],
        ["比率", 99.26, "%"],
    ], points=[["行政复议", "畅通复议渠道"], [None, "推行决定书网上公开"], ["存在的不足", "力量薄弱"]])
    facts = load_facts(path)
    values = [(f.value, f.unit, f.approx) for f in facts.facts]
    assert values == [(Decimal("0.3"), "件", None), (Decimal("99.26"), "%", None),
                      (Decimal("135"), "万元", None), (Decimal("120"), "场", "余"),
                      (Decimal("12000"), "人次", "余"), (Decimal("99.26"), "%", None)]
    assert facts.topics[0].name == "行政复议"
    assert facts.topics[0].points == ["畅通复议渠道", "推行决定书网上公开"]
    assert facts.shortcomings == ["力量薄弱"]


def test_excel_percent_format_and_displayed_precision(tmp_path):
    path = _workbook(tmp_path, [["调处成功率", 0.992647, None], ["平均时限", 4.8912, "个工作日"]])
    from openpyxl import load_workbook

    wb = load_workbook(path)
    wb["数据"]["B2"].number_format = "0.00%"
    wb["数据"]["B3"].number_format = "0.00"
    wb.save(path)
    facts = load_facts(path)
    assert (facts.facts[0].value, facts.facts[0].unit) == (Decimal("99.26"), "%")
    assert facts.facts[1].value == Decimal("4.89")


def test_excel_missing_column_and_sheet(tmp_path):
    wb = Workbook()
    wb.active.title = "数据"
    wb.active.append(["事项", "单位"])
    path = tmp_path / "nosheet.xlsx"
    wb.save(path)
    assert problems(path) == ["nosheet.xlsx：缺少工作表「基本信息」（应有 基本信息、数据、要点 三张表）"]
    wb.create_sheet("基本信息").append(["项目", "内容"])
    wb.save(path)
    assert "nosheet.xlsx 数据表第1行：缺少列「数值」（第1行应是表头）" in problems(path)


def test_template_writes_blank_workbook_and_commented_yaml(tmp_path):
    written = write_template(tmp_path / "tpl")
    names = sorted(p.name for p in written)
    assert names == ["事实材料.xlsx", "事实材料.yaml"]
    yaml_text = (tmp_path / "tpl" / "事实材料.yaml").read_text(encoding="utf-8")
    assert yaml_text.count("#") > 5
    assert load_facts(tmp_path / "tpl" / "事实材料.yaml").facts  # the commented sample is valid
    from openpyxl import load_workbook

    wb = load_workbook(tmp_path / "tpl" / "事实材料.xlsx")
    assert wb.sheetnames == ["基本信息", "工作事项", "数据", "要点", "列表"]   # 列表: the hidden drop-down values
    assert wb["列表"].sheet_state == "hidden"
    assert [c.value for c in wb["数据"][1]] == ["事项", "数值", "单位", "主题", "部分", "约数", "编号", "上年值"]
    assert [c.value for c in wb["要点"][1]] == ["部分/主题", "要点"]
    # blank: the clerk is told what is missing, nothing crashes
    assert "缺少机关名称" in problems(tmp_path / "tpl" / "事实材料.xlsx")[0]


# --- CLI -------------------------------------------------------------------------------------

def test_cli_check_and_template(tmp_path, home):
    from drafter.cli import _facts  # noqa: F401  (registers the group)
    from drafter.cli import cli

    runner = CliRunner()
    result = runner.invoke(cli, ["facts", "check", str(EXAMPLES / "facts.yaml")])
    assert result.exit_code == 0, result.output
    assert "检查通过" in result.output and "示例市东城区司法局" in result.output
    assert "数据 33 条" in result.output

    assert "推断" not in result.output        # every fact of the sample names its topic or part

    result = runner.invoke(cli, ["facts", "check", str(BROKEN / "bad_values.json")])
    assert result.exit_code == 2
    assert "bad_values.json 第2条数据（第6行）「数值」" in result.output

    result = runner.invoke(cli, ["facts", "template", "-o", str(tmp_path / "t")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "t" / "事实材料.xlsx").exists()

    # how examples/facts.xlsx is made from examples/facts.yaml
    result = runner.invoke(cli, ["facts", "template", "--from", str(EXAMPLES / "facts.yaml"),
                                 "-o", str(tmp_path / "x")])
    assert result.exit_code == 0, result.output
    converted = load_facts(tmp_path / "x" / "facts.xlsx")
    assert without_sources(converted) == without_sources(load_facts(EXAMPLES / "facts.yaml"))


def test_every_problem_is_chinese():
    for path in BROKEN.iterdir():
        for message in problems(path):
            assert re.search(r"[\u4e00-\u9fff]", message), message


def test_cli_check_shows_the_inferred_topics_and_the_planned_items(tmp_path, home):
    from drafter.cli import _facts  # noqa: F401  (registers the group)
    from drafter.cli import cli

    sheet = tmp_path / "plain.json"
    sheet.write_text(json.dumps({"org": "某县司法局", "year": 2024, "level": "部门", "facts": [
        {"label": "行政机关负责人出庭应诉率", "value": 100, "unit": "%"},
        {"label": "收到行政复议申请", "value": 52, "unit": "件"},
        {"label": "修复馆藏古籍", "value": 12, "unit": "册"},
        {"label": "2025年计划培训执法人员", "value": 400, "unit": "人次"},
        {"label": "办理法律援助案件", "value": 365, "unit": "件", "主题": "法律援助"}]},
        ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(cli, ["facts", "check", str(sheet)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "未填「主题」的数据 4 条" in result.output        # the typed 法律援助 row is not listed
    assert any(re.match(r"^  行政机关负责人出庭应诉率\s*→ 主题：行政应诉（推断）　部分：主要举措和成效$", x) for x in lines)
    assert any(re.match(r"^  修复馆藏古籍\s*→ 主题：未能推断主题　部分：主要举措和成效$", x) for x in lines)
    assert any(re.match(r"^  2025年计划培训执法人员\s*→ 主题：行政执法（推断）　部分：下一年度安排（推断）$", x)
               for x in lines)
    start = lines.index(next(x for x in lines if x.startswith("“主要举措和成效”部分将分为")))
    assert lines[start:] == ["“主要举措和成效”部分将分为 3 项（骨架：四段式）：",
                             "  （一）法律援助（数据 1 条）",
                             "  （二）行政复议和行政应诉（数据 2 条）",
                             "  （三）其他工作（数据 1 条）"]


@pytest.mark.parametrize("typed", ["四段式（第一责任人在前）", "四段式(第一责任人在前)", "第一责任人在前",
                                   "责任人在前"])
def test_leadership_first_skeleton_is_a_known_choice(typed):
    facts = facts_from_dict({"org": "某县司法局", "year": 2024, "骨架": typed,
                             "facts": [{"label": "收到行政复议申请", "value": 5, "unit": "件"}]})
    assert facts.skeleton == "四段式（第一责任人在前）"


def test_excel_template_offers_every_packaged_skeleton(tmp_path):
    from openpyxl import load_workbook

    from drafter.config import Settings
    from drafter.draft import list_skeletons

    path = write_template(tmp_path)[0]
    book = load_workbook(path)
    info = book.worksheets[0]
    offered = [v for v in info.data_validations.dataValidation if "B5" in str(v.sqref)]
    assert offered and not offered[0].showErrorMessage       # a clerk's own skeleton may still be typed
    sheet, cells = offered[0].formula1.split("!")             # the values sit on the hidden 列表 sheet
    names = [c[0].value for c in book[sheet.strip("'")][cells.replace("$", "")]]
    assert info["A5"].value == "骨架"
    assert set(names) == {n for n, _ in list_skeletons(Settings())}


@pytest.mark.parametrize("value, approx, unit", [("突破150万", "突破", "户"), ("逾1000", "逾", "件"),
                                                 ("超3000", "超", "人次"), ("至少2", "至少", "次"),
                                                 ("不足5", "不足", "%"), ("30以内", "以内", "个工作日"),
                                                 ("5以下", "以下", "%"), ("不超过20", "不超过", "个工作日"),
                                                 ("前5", "前", ""), ("大约1000", "约", "件"), ("将近300", "近", "人次")])
def test_the_sheet_takes_every_hedge_a_report_writes(value, approx, unit):
    facts = facts_from_dict({"org": "某县人民政府", "year": 2024,
                             "facts": [{"label": "全省考核排名" if approx == "前" else "事项", "value": value, "unit": unit}]})
    assert facts.facts[0].approx == approx


def test_qian_marks_only_a_place():
    with pytest.raises(FactsError) as err:
        facts_from_dict({"org": "某县人民政府", "year": 2024,
                         "facts": [{"label": "参训干部", "value": "前5", "unit": "人"}]})
    assert "“前”只用于名次" in str(err.value)
