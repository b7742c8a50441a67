"""Facts files that look fine but are not: a renamed or emptied 数据 sheet; sizes out of reason."""

from __future__ import annotations

from click.testing import CliRunner
from openpyxl import load_workbook

from drafter.cli import cli
from drafter.cli import _facts  # noqa: F401  (registers the commands)
from drafter.facts import facts_from_dict, load_facts, write_workbook
from fixtures_draft import SIX_SECTION_FACTS


def _workbook(tmp_path, name="facts.xlsx"):
    return write_workbook(tmp_path / name, facts_from_dict(SIX_SECTION_FACTS))


def test_a_renamed_data_sheet_is_found_by_its_headers(tmp_path):
    path = _workbook(tmp_path)
    wb = load_workbook(path)
    wb["数据"].title = "Sheet1"
    wb.save(path)
    facts = load_facts(path)
    assert len(facts.facts) == len(SIX_SECTION_FACTS["facts"])
    assert {f.label for f in facts.facts} == {f["label"] for f in SIX_SECTION_FACTS["facts"]}
    assert any("Sheet1" in w for w in facts.warnings)     # told where the figures were read from


def test_an_emptied_data_sheet_with_work_items_is_a_warning_the_clerk_sees(tmp_path):
    path = _workbook(tmp_path)
    wb = load_workbook(path)
    wb.remove(wb["数据"])
    wb.create_sheet("数据")
    wb.save(path)
    facts = load_facts(path)
    assert facts.facts == [] and facts.topics
    assert any("没有" in w and "数据" in w for w in facts.warnings)
    result = CliRunner().invoke(cli, ["facts", "check", str(path)], catch_exceptions=False)
    assert "检查通过" not in result.output.splitlines()[0] or "提示" in result.output
    assert any(line.startswith("提示：") and "数据" in line for line in result.output.splitlines()), result.output


def test_a_data_sheet_with_only_its_header_row_is_a_warning_too(tmp_path):
    path = _workbook(tmp_path)
    wb = load_workbook(path)
    sheet = wb["数据"]
    sheet.delete_rows(2, sheet.max_row)
    wb.save(path)
    assert load_facts(path).warnings


def _problems(data) -> list[str]:
    from drafter.facts import FactsError

    try:
        facts_from_dict(data, source="t.yaml")
    except FactsError as exc:
        return exc.problems
    return []


def _with(**changes):
    import copy

    data = copy.deepcopy(SIX_SECTION_FACTS)
    data.update(changes)
    return data


def test_a_huge_label_is_refused_in_a_short_chinese_message():
    data = _with()
    data["facts"][1]["label"] = "收" * 2_000_000
    problems = _problems(data)
    assert len(problems) == 1 and "过长" in problems[0] and "2000000" in problems[0]
    assert len(problems[0]) < 300                          # the label itself is not echoed


def test_org_unit_and_point_lengths_are_limited():
    data = _with(org="某" * 500)
    data["facts"][0]["unit"] = "次" * 100
    data["topics"][0]["points"][0] = "要" * 50_000
    problems = "\n".join(_problems(data))
    assert "机关名称" in problems and "单位" in problems and "要点" in problems
    assert problems.count("过长") == 3


def test_too_many_facts_is_one_message():
    data = _with(facts=[{"label": f"事项{i}", "value": i, "unit": "件"} for i in range(5000)])
    problems = _problems(data)
    assert len(problems) == 1 and "5000" in problems[0] and "最多" in problems[0]


def test_an_oversized_file_is_refused_before_it_is_parsed(tmp_path):
    import time

    from drafter.facts import FactsError

    path = tmp_path / "big.yaml"
    path.write_text("机关名称: 某局\n年度: 2023\n" + "# 注释行\n" * 800_000, encoding="utf-8")
    start = time.monotonic()
    try:
        load_facts(path)
    except FactsError as exc:
        message = "\n".join(exc.problems)
    else:
        raise AssertionError("an oversized facts file was accepted")
    assert "文件过大" in message and "MB" in message
    assert time.monotonic() - start < 5


def test_ordinary_sizes_still_load(tmp_path):
    data = _with(facts=[{"label": f"事项{i}", "value": i, "unit": "件"} for i in range(300)])
    data["org"] = "某" * 60
    assert not _problems(data)


def test_scientific_notation_is_named_not_called_several_numbers():
    from drafter.facts._values import parse_value

    problem = parse_value("1e309").problem
    assert problem and "多个数字" not in problem and "科学计数法" in problem


def test_a_400_digit_number_is_not_echoed_whole():
    from drafter.facts._values import parse_value

    problem = parse_value("9" * 400).problem
    assert "过大" in problem and "400位" in problem and len(problem) < 80


def test_an_impossible_iso_date_names_its_line(tmp_path):
    from drafter.facts import FactsError

    path = tmp_path / "d.yaml"
    path.write_text("机关名称: 某局\n年度: 2023\n成文日期: 2024-02-30\n", encoding="utf-8")
    try:
        load_facts(path)
    except FactsError as exc:
        message = "\n".join(exc.problems)
    assert "第3行" in message and "2024-02-30" in message and "不是真实存在的日期" in message
    assert "ValueError" not in message


def test_a_formula_without_a_cached_value_says_to_save_in_excel(tmp_path):
    from drafter.facts import FactsError

    path = _workbook(tmp_path)
    wb = load_workbook(path)
    wb["数据"]["B3"] = "=30+7"           # openpyxl writes the formula with no computed value
    wb.save(path)
    try:
        load_facts(path)
    except FactsError as exc:
        message = "\n".join(exc.problems)
    assert "公式未计算，请在 Excel 中保存一次" in message and "第3行" in message
    assert "缺少数值" not in message


def test_merged_cells_are_named_as_the_cause(tmp_path):
    from drafter.facts import FactsError

    path = _workbook(tmp_path)
    wb = load_workbook(path)
    sheet = wb["数据"]
    sheet["A4"] = None
    sheet.merge_cells("A3:A4")
    wb.save(path)
    try:
        load_facts(path)
    except FactsError as exc:
        message = "\n".join(exc.problems)
    assert "合并单元格" in message and "A3:A4" in message and "第4行" in message
    assert "缺少事项名称" not in message
