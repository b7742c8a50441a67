"""The harvest as a facts workbook: the clerk's own form, with 采用, source and 提示 columns.

The 数据 sheet keeps the facts form's columns (事项 数值 单位 主题 部分 约数 编号), so
``drafter.facts`` reads it like any facts workbook, and adds 采用 (blank until the clerk decides;
是/√/1 adopts a row), 部门, 来源文件, 段落, 原句 and 提示. Summed rows come last, marked 合计.
Figures for another year go to a sheet of their own whose value column is not called 数值, so
no reader can ever take them for this year's facts.
"""

from __future__ import annotations

from pathlib import Path

from drafter.facts import APPROX, Facts, write_workbook

from ._harvest import Harvest, Proposal

DATA = "数据"
OTHER_YEARS = "其他年度数据"
GUIDE = "说明"
HARVEST_COLUMNS = ("采用", "部门", "来源文件", "段落", "原句", "提示")
FACT_COLUMNS = ("事项", "数值", "单位", "主题", "部分", "约数", "编号", "上年值")
OTHER_COLUMNS = ("事项", "年度", "数额", "单位", "约数", "部门", "来源文件", "段落", "原句")


def write(path: Path, result: Harvest, *, org: str | None = None) -> Path:
    from openpyxl import load_workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    write_workbook(path, Facts(org=org or result.org or "", year=result.year))
    book = load_workbook(path)
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    wrap = Alignment(wrap_text=True, vertical="top")
    adopted_fill = PatternFill("solid", fgColor="FFF2CC")

    data = book[DATA]
    data.delete_rows(1, data.max_row)
    header = FACT_COLUMNS + HARVEST_COLUMNS
    data.append(list(header))
    for cell, width in zip(data[1], (30, 10, 8, 16, 14, 6, 6, 8, 6, 22, 30, 10, 60, 50)):
        cell.font, cell.fill = bold, fill
        data.column_dimensions[cell.column_letter].width = width
    adopt = data[1][header.index("采用")]
    adopt.fill = adopted_fill
    for row in _rows(result):
        data.append(row)
        for name in ("原句", "提示"):
            data.cell(row=data.max_row, column=header.index(name) + 1).alignment = wrap
    rule = DataValidation(type="list", formula1='"是,否"', allow_blank=True)
    data.add_data_validation(rule)
    rule.add(f"{adopt.column_letter}2:{adopt.column_letter}{max(2, data.max_row)}")
    data.freeze_panes = "B2"

    other = book.create_sheet(OTHER_YEARS)
    other.append(list(OTHER_COLUMNS))
    for cell, width in zip(other[1], (30, 8, 10, 8, 6, 22, 30, 10, 60)):
        cell.font, cell.fill = bold, fill
        other.column_dimensions[cell.column_letter].width = width
    for p in result.other_years:
        other.append([p.label, p.year, p.value, p.unit, _approx(p), p.department, p.file, p.where, p.sentence])
        other.cell(row=other.max_row, column=9).alignment = wrap

    guide = book.create_sheet(GUIDE)
    guide.column_dimensions["A"].width = 100
    for line in guide_lines(result, org or result.org):
        guide.append([line])
    book.save(path)
    return Path(path)


def _approx(p: Proposal) -> str | None:
    return p.approx if p.approx in APPROX else None


def _rows(result: Harvest):
    for p in result.proposals:
        yield [p.label, p.value, p.unit, p.topic, p.section, _approx(p), None, p.last_year,
               None, p.department, p.file, p.where, p.sentence, p.hint or None]
    for p in result.sums:
        yield [p.label, p.value, p.unit, p.topic, p.section, _approx(p), None, None,
               None, "合计", p.file, p.where, p.sentence, p.hint or None]


def guide_lines(result: Harvest, org: str | None) -> list[str]:
    return [
        f"本表由 drafter harvest 从 {len(result.files)} 份材料中汇总，{result.year}年度数据 "
        f"{len(result.proposals)} 条，合计行 {len(result.sums)} 条，其他年度数据 {len(result.other_years)} 条。",
        "「数据」表每一行是从材料中找到的一个数字，请对照「原句」核对后，在「采用」列填“是”（或 √、1）；"
        "不用的填“否”或留空。起草和核验只使用标为采用的行。",
        "「提示」列标出多个部门报告的相同数字（可能重复上报）和同一事项的不同数字，请逐条核实。",
        "「部门」为“合计”的行是多份材料同一事项相加的结果；采用合计行时，不要再采用各部门的同一事项。",
        "「其他年度数据」表是材料中上年（或下一年度计划）的数字，仅供参考，不会作为本年度数据使用。",
        f"「基本信息」表中的机关名称{'已按材料推断为“' + org + '”，请核对' if org else '未能推断，请填写'}。",
    ] + [f"未能读取：{problem}" for problem in result.problems]
