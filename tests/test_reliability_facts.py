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
