"""An uploaded facts file fills only what the clerk left empty and names what it kept."""

from __future__ import annotations

from drafter.ui import _events as ev


def test_typed_fields_are_kept_and_named_empty_ones_filled():
    typed = ev.FactsForm(org="示例县司法局", year=2021, level="区县", rows=[["", "", ""]])
    loaded = ev.FactsForm(org="示例市东城区司法局", year=2023, level="部门", rows=[["受理复议申请", "37", "件"]],
                          plans_text="深化依法行政")
    merged, kept = ev.merge_upload(typed, loaded)
    assert (merged.org, merged.year) == ("示例县司法局", 2021)
    assert kept == ["机关名称", "年度"]
    assert merged.level == "部门" and merged.rows == loaded.rows and merged.plans_text == "深化依法行政"


def test_widget_defaults_and_equal_values_are_not_reported_as_kept():
    typed = ev.FactsForm(org="示例市东城区司法局", year=float(ev.default_report_year()), level="区县")
    loaded = ev.FactsForm(org="示例市东城区司法局", year=2023, level="市")
    merged, kept = ev.merge_upload(typed, loaded)
    assert kept == [] and merged.year == 2023 and merged.level == "市"
