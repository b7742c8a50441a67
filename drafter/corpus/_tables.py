"""A Word table read for its figures: one line per row, and what its headers say of them.

A report's 附表 (a table of the year's figures, last year's beside them) holds figures to check
as much as its prose does. A row reads as its cells with text joined by CELL_GAP, so the row's
label stays the words of its figures. A cell holding a bare figure (246.8) gets the unit the
table names for it: its column header (罚没款（万元）), the row's 单位 cell, its row label
(受理案件（件）) or the table's caption (单位：件), and the year its column is headed by
(2023年, 上年同期), so that last year's column is held to each fact's 上年值.
"""

from __future__ import annotations

import dataclasses
import re

from drafter.corpus._clean import clean_paragraph
from drafter.corpus._paragraphs import Line
from drafter.numbers import is_bare_figure

# Between the cells of a table row read as one line: a space a clause can hold (the row's label
# stays the words of its figures) that no cell text carries after cleaning
CELL_GAP = "\u3000"


def table_lines(table, number: int, text_before: str) -> list[Line]:
    """The lines of table 表``number``; ``text_before`` is the paragraph above it (its caption)."""
    lines: list[Line] = []
    header: dict[int, str] | None = None      # the first row with text is the header
    years: dict[int, int | str] = {}
    # 单位：万元 in the caption above the table or in a header cell: every figure's unit
    caption = _table_wide_unit(text_before)
    for r, row in enumerate(table.rows, start=1):
        cells = _cells(row)
        if not cells:
            continue
        if header is None:
            caption = next((u for _, _, text in cells if (u := _table_wide_unit(text))), caption)
            if len(cells) > 1:          # a title row merged across the table is no header
                header = {col: unit for col, _, text in cells
                          if (unit := _bracket_unit(text) or _unit_column(text))}
                years = {col: y for col, _, text in cells if (y := _column_year(text))}
        lines.append(_row_line(cells, header or {}, years, f"表{number}第{r}行", caption))
    return lines


def _row_line(cells, header: dict[int, str], years: dict[int, int | str], where: str,
              table_unit: str | None) -> Line:
    """A row as one line, its cells joined by CELL_GAP."""
    starts, pos = [], 0
    for _, _, text in cells:
        starts.append(pos)
        pos += len(text) + len(CELL_GAP)
    units, figure_years = _figures_of_row(cells, starts, header, years, table_unit)
    return Line(CELL_GAP.join(text for _, _, text in cells), where, units=units, years=figure_years)


def _figures_of_row(cells, starts: list[int], header: dict[int, str], years: dict[int, int | str],
                    table_unit: str | None) -> tuple[tuple, tuple]:
    """(offset, unit) and (offset, year) for each bare figure of a row whose cells start at
    ``starts``: the unit of its column or, failing that, of the row's label (its first cell), or
    of the whole table, and the year its column is of."""
    # 指标 | 单位 | 2024年 | 2023年: the row's own 单位 cell names its figures' unit
    row_unit = next((_known_unit(text) for col, _, text in cells if header.get(col) == _UNIT_COLUMN), None)
    label_unit = row_unit or _bracket_unit(cells[0][2]) or table_unit
    units, figure_years = [], []
    for (col, _, text), pos in zip(cells, starts):
        if is_bare_figure(text):
            own = header.get(col)
            unit = (own if own != _UNIT_COLUMN else None) or label_unit
            if unit:
                units.append((pos, unit))
            if col in years:
                figure_years.append((pos, years[col]))
    return tuple(units), tuple(figure_years)


def marked_table_lines(lines: list[Line]) -> list[Line]:
    """A web page's lines with its tables' units and years: a table row reads as its cells
    set apart by ``|`` (市场监管 | 1234 | 246.8, as corpus._read makes it), the first row of a run
    of them is the header, and the line before the run its caption. Column units are used only
    for a row with as many cells as the header (a merged cell would shift the columns)."""
    out: list[Line] = []
    header, years, width, caption = None, {}, 0, None
    for k, line in enumerate(lines):
        cells = _marked_cells(line.text)
        if cells is None:
            header = None
            out.append(line)
            continue
        if header is None:
            caption = _table_wide_unit(lines[k - 1].text) if k else None
            caption = next((u for _, _, text in cells if (u := _table_wide_unit(text))), caption)
            header = {col: unit for col, _, text in cells if (unit := _bracket_unit(text) or _unit_column(text))}
            years = {col: y for col, _, text in cells if (y := _column_year(text))}
            width = len(line.text.split(_MARK))
        aligned = len(line.text.split(_MARK)) == width
        starts = [start for _, start, _ in cells]
        units, figure_years = _figures_of_row(cells, starts, header if aligned else {}, years if aligned else {},
                                              caption)
        out.append(dataclasses.replace(line, units=units, years=figure_years))
    return out


_MARK = "|"


def _marked_cells(text: str) -> list[tuple[int, int, str]] | None:
    """(column, offset, text) of each cell with text of a row read as 市场监管 | 1234 | 246.8, or
    None for a line that is no such row."""
    if " | " not in text:
        return None
    out, pos = [], 0
    for col, raw in enumerate(text.split(_MARK)):
        cell = raw.strip()
        if cell:
            out.append((col, text.index(cell, pos), cell))
        pos += len(raw) + len(_MARK)
    return out if len(out) > 1 else None


_COLUMN_YEAR = re.compile(r"(?P<y>(?:19|20)\d{2})年?度?(?:[（(].{1,6}[）)])?")
_LAST_YEAR_HEAD = re.compile(r"(?:上年|去年|上年同期|去年同期|上一年)(?:[（(].{1,6}[）)])?")


_THIS_YEAR_HEAD = re.compile(r"(?:本年|今年|本期|本年度)(?:[（(].{1,6}[）)])?")


def year_of_column(text: str, year: int) -> int | None:
    """The year a column's figures are of in a report on ``year``: 2023年 / 2023年度, 上年同期
    (``year`` - 1), 本年 (``year``); None for a column headed otherwise (2023年目标 is no year's
    figures). drafter harvest reads its submissions' tables with it."""
    found = _column_year(text)
    if found == "上年":
        return year - 1
    if found is not None:
        return found
    return year if _THIS_YEAR_HEAD.fullmatch(text) else None


def cell_unit(column: str, row_label: str, unit_cell: str = "") -> str | None:
    """The unit a table gives a bare figure: its column header's (罚没款（万元）), else its row's
    单位 cell, else its row label's (受理案件（件）); only a unit drafter knows, so a bracket
    that says something else (（含下放）) names none."""
    return _bracket_unit(column) or _known_unit(unit_cell.strip()) or _bracket_unit(row_label)


def _column_year(text: str) -> int | str | None:
    """2023年 / 2023年度 / 上年同期: the year a column's figures are of."""
    found = _COLUMN_YEAR.fullmatch(text)
    if found:
        return int(found.group("y"))
    return "上年" if _LAST_YEAR_HEAD.fullmatch(text) else None


def row_cells(row) -> list[tuple[object, str]]:
    """(cell, cleaned text) for each cell of a Word table row that has text, a merged cell once."""
    return [(cell, text) for _, cell, text in _cells(row)]


def _cells(row) -> list[tuple[int, object, str]]:
    """(column it starts in, cell, cleaned text) for each cell of the row that has text, a merged
    cell once: the column lets a figure find its header's unit and year."""
    out, seen = [], set()
    for col, cell in enumerate(row.cells):
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        text = clean_paragraph(cell.text.replace("\n", " ")).replace(CELL_GAP, " ")
        if text:
            out.append((col, cell, text))
    return out


# 罚没款（万元）, 受理案件(件), 出庭应诉率（%）: the unit a header or a row label gives its figures
_BRACKET_UNIT = re.compile(r"[（(]\s*([^（）()\s]{1,5})\s*[）)]$")


_UNIT_COLUMN = "单位"     # header mark of a column whose cells name each row's unit


def _unit_column(text: str) -> str | None:
    return _UNIT_COLUMN if text in ("单位", "计量单位", "计算单位") else None


_TABLE_WIDE_UNIT = re.compile(r"单位[：:]\s*([^\s，,。；;（）()]{1,5})[）)]?\s*$")


def _bracket_unit(text: str) -> str | None:
    found = _BRACKET_UNIT.search(text)
    return _known_unit(found.group(1)) if found else None


def _table_wide_unit(text: str) -> str | None:
    found = _TABLE_WIDE_UNIT.search(text)
    return _known_unit(found.group(1)) if found else None


def _known_unit(written: str) -> str | None:
    from drafter.numbers.units import MEASURE_WORDS, normalize_unit

    unit = normalize_unit(written)
    scaled = unit[1:] if unit[:1] in "万亿" else unit
    return unit if unit in ("%", "个百分点") or scaled in MEASURE_WORDS else None
