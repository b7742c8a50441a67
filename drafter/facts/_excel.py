"""Facts in an Excel workbook: the form most clerks actually fill in.

Sheets (Chinese headers; columns found by header text, so their order does not matter):
  基本信息  项目 | 内容                      (机关名称, 年度, 层级, 骨架, 主送机关, 署名, 成文日期)
  工作事项  事项 | 标题                      (optional: the order and run-in headings of topics)
  数据      事项 | 数值 | 单位 | 主题 | 部分 | 约数 | 编号 | 上年值 (optional, same unit: for 同比)
  要点      部分/主题 | 要点                (one point per row; an empty first cell continues the
                                            group above; the group is a topic name or one of
                                            第一责任人履职 / 存在的不足 / 下一年度安排)
  列表      (hidden) the values behind the drop-downs of 骨架, 主题, 部分 and 部分/主题; never read
The reader turns the workbook into the same mapping a YAML file gives, plus the row of each
entry, and leaves every rule to the shared validator. The data sheet is found by its name or,
when renamed (Sheet1), by its headers; a workbook with 工作事项 but no figures gets a warning.
A data sheet with a 采用 column (written by drafter harvest) gives only the rows marked 采用
(是/√/1), and a warning counting adopted, undecided and rejected rows; their 来源文件/段落/原句
become the fact's source.
"""

from __future__ import annotations

import datetime as _dt
import re
from decimal import Decimal
from pathlib import Path

from . import _schema as S
from ._values import decimal_from_float, fmt

INFO, TOPICS, DATA, POINTS = "基本信息", "工作事项", "数据", "要点"
LISTS = "列表"
# rows the drop-downs cover: far more than any report has, few enough to keep the file small
LIST_ROWS = 1000
INFO_ORDER = ("org", "year", "level", "skeleton", "recipient", "signature", "date", "last_report")
DATA_COLUMNS = ("事项", "数值", "单位", "主题", "部分", "约数", "编号", "上年值")
POINT_SECTIONS = {"leadership": "第一责任人履职", "shortcomings": "存在的不足", "plans": "下一年度安排"}
_SECTION_TO_KEY = {
    alias: key for key in POINT_SECTIONS
    for alias, canon in S.SECTION_ALIASES.items()
    if canon == POINT_SECTIONS[key]
}
_HEADER_ALIASES = {
    "事项": "事项", "名称": "事项", "数值": "数值", "数字": "数值", "数据": "数值", "单位": "单位",
    "主题": "主题", "部分": "部分", "约数": "约数", "编号": "编号", "id": "编号", "ID": "编号",
    "上年值": "上年值", "上年数值": "上年值", "上年": "上年值", "去年值": "上年值",
    "项目": "项目", "内容": "内容", "标题": "标题", "要点": "要点",
    "部分/主题": "部分/主题", "主题/部分": "部分/主题", "部分或主题": "部分/主题",
    # a harvested sheet (drafter harvest): the clerk's decision and where each figure came from
    "采用": "采用", "来源文件": "来源文件", "段落": "段落", "原句": "原句",
}
# What a clerk writes in 采用 to take a row; 否/×/0 or blank leave it out.
ADOPTED = ("是", "√", "✓", "✔", "1", "y", "yes", "采用", "true", "对")
REJECTED = ("否", "×", "✗", "0", "n", "no", "不采用", "false")


def _decimals(number_format: str | None) -> tuple[int | None, bool]:
    """(displayed decimals or None for General, is-percent) from a cell's number format."""
    if not number_format or number_format == "General":
        return None, False
    section = number_format.split(";")[0]
    section = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", section)
    percent = "%" in section
    match = re.search(r"[0#?]\.([0#?]+)", section)
    if match:
        return len(match.group(1)), percent
    if re.search(r"[0#?]", section):
        return 0, percent
    return None, percent


def _cell_value(cell):
    """A cell as the clerk saw it: floats become Decimals rounded to the displayed precision."""
    value = cell.value
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        places, percent = _decimals(getattr(cell, "number_format", None))
        if percent:
            # 0.9926 shown as 99.26%: the clerk means 99.26 %.
            scaled = Decimal(repr(float(value))) * 100
            number = decimal_from_float(float(scaled), places)
            return f"{fmt(number)}%"
        if isinstance(value, int):
            return value
        return decimal_from_float(value, places)
    if isinstance(value, _dt.datetime) and value.time() == _dt.time(0):
        return value.date()
    if isinstance(value, str):
        return value.strip()
    return value


def _header_map(row, sheet: str, name: str, problems: list[str], required: tuple) -> dict:
    columns: dict[str, int] = {}
    for i, cell in enumerate(row):
        text = str(cell.value).strip() if cell.value is not None else ""
        canon = _HEADER_ALIASES.get(text.replace(" ", ""))
        if canon and canon not in columns:
            columns[canon] = i
    for need in required:
        if need not in columns:
            problems.append(f"{name} {sheet}表第1行：缺少列「{need}」（第1行应是表头）")
    return columns


def read_workbook(path: Path, name: str, warnings: list[str] | None = None):
    """(data, places, problems): the mapping the validator reads, where each entry sat.
    Things that are not errors but the clerk must see are appended to ``warnings``."""
    import zipfile

    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, AttributeError, IndexError) as exc:
        return None, {}, [f"{name}：无法打开，文件可能已损坏或不是 Excel 工作簿（.xlsx）"
                          f"（{type(exc).__name__}），请用 Excel 或 WPS 重新另存为 .xlsx"]
    except Exception as exc:  # openpyxl raises many kinds on a mangled workbook
        return None, {}, [f"{name}：无法读取这个 Excel 文件（{type(exc).__name__}），请重新另存为 .xlsx"]
    try:
        return _read(workbook, name, warnings if warnings is not None else [], _Layout(path))
    except Exception as exc:  # a damaged sheet part surfaces only while iterating
        return None, {}, [f"{name}：读取 Excel 内容时出错（{type(exc).__name__}），文件可能已损坏，请重新另存为 .xlsx"]
    finally:
        workbook.close()


def _rows(sheet):
    for number, row in enumerate(sheet.iter_rows(), start=1):
        if any(c.value is not None and str(c.value).strip() != "" for c in row):
            yield number, row


def _get(row, columns, key):
    i = columns.get(key)
    if i is None or i >= len(row):
        return None
    return _cell_value(row[i])


def _blank_reasons(layout: _Layout | None, title: str, header, columns: dict, number: int,
                   row) -> list[tuple[str, str]]:
    """(column, reason) for each blank 事项/数值 cell of a data row that is blank for a reason
    the clerk cannot see in Excel (a formula without its result, a merged cell)."""
    if layout is None:
        return []
    out = []
    for column in ("事项", "数值"):
        if column in columns and _get(row, columns, column) in (None, ""):
            letter = getattr(header[columns[column]], "column_letter", None)
            reason = layout.why_blank(title, f"{letter}{number}") if letter else None
            if reason:
                out.append((column, reason))
    return out


def _is_data_header(row) -> bool:
    names = {_HEADER_ALIASES.get(str(c.value).strip().replace(" ", "")) for c in row if c.value is not None}
    return {"事项", "数值"} <= names


def _data_sheet(sheets: dict, name: str, warnings: list[str]):
    """The sheet holding the figures: 数据 when it has rows, else the one other sheet whose first
    row has the 事项 and 数值 headers (a renamed or copied sheet, e.g. Sheet1)."""
    named = sheets.get(DATA)
    if named is not None and len(list(_rows(named))) > 1:
        return named
    others = []
    for title, sheet in sheets.items():
        if title in (INFO, TOPICS, DATA, POINTS, LISTS):
            continue
        first = next(_rows(sheet), None)
        if first is not None and _is_data_header(first[1]):
            others.append(sheet)
    if len(others) == 1:
        warnings.append(f"{name}：没有找到「{DATA}」表中的数据，已按表头读取工作表「{others[0].title.strip()}」"
                        f"作为数据表，请确认")
        return others[0]
    return named


class _Layout:
    """What a read-only, values-only workbook cannot tell: which cells hold a formula and which
    are merged. Loaded in full only when a data row has a blank 事项 or 数值 to explain."""

    def __init__(self, path: Path):
        self.path = path
        self._book = None

    def _sheet(self, title: str):
        if self._book is None:
            from openpyxl import load_workbook

            self._book = load_workbook(self.path, read_only=False, data_only=False)
        return self._book[title]

    def why_blank(self, title: str, coordinate: str) -> str | None:
        """A Chinese reason a cell reads as blank when it is not (a formula never computed, a
        merged cell), or None."""
        try:
            sheet = self._sheet(title)
            value = sheet[coordinate].value
            if isinstance(value, str) and value.startswith("="):
                return (f"该格是公式（{value[:30]}），但文件中没有计算结果：公式未计算，请在 Excel 中保存一次"
                        "（或把公式改为数值）")
            for merged in sheet.merged_cells.ranges:
                if coordinate in merged and coordinate != merged.start_cell.coordinate:
                    return (f"该格在合并单元格 {merged.coord} 中，只有第一行有内容；请取消合并，"
                            "并在每一行都填写")
        except Exception:  # only an explanation: never let it break reading
            return None
        return None


def adoption(value) -> str:
    """采用 / 不采用 / 未决定 for a 采用 cell (是, √, 1 … adopt; 否, ×, 0 … reject; blank: undecided)."""
    if value is True or value == 1:
        return "采用"
    if value is False or value == 0:
        return "不采用"
    text = str(value).strip().lower() if value is not None else ""
    if text in ADOPTED:
        return "采用"
    return "不采用" if text in REJECTED else "未决定"


def _harvest_source(place: str, row, columns: dict) -> str:
    """Where a harvested figure came from: the workbook row, then the submission's file, paragraph
    and sentence, so a message about the figure can send the clerk to the department's text."""
    file, where, sentence = (_get(row, columns, c) for c in ("来源文件", "段落", "原句"))
    head = f"{place}（来源：{file}{' ' + str(where) if where else ''}"
    quote = str(sentence or "")
    room = max(0, min(60, 190 - len(head)))
    quote = quote if len(quote) <= room else quote[:max(0, room - 1)] + "…"
    return head + (f"「{quote}」" if room > 1 and quote else "") + "）"


def _read(workbook, name: str, warnings: list[str], layout: _Layout | None = None):
    problems: list[str] = []
    places: dict = {}
    data: dict = {}
    sheets = {ws.title.strip(): ws for ws in workbook.worksheets}
    if INFO not in sheets:
        return None, {}, [f"{name}：缺少工作表「{INFO}」（应有 基本信息、数据、要点 三张表）"]

    rows = list(_rows(sheets[INFO]))
    if rows:
        columns = _header_map(rows[0][1], INFO, name, problems, ("项目", "内容"))
        if "项目" in columns and "内容" in columns:
            for number, row in rows[1:]:
                item = _get(row, columns, "项目")
                key = S.TOP_ALIASES.get(str(item).strip()) if item is not None else None
                if key not in INFO_ORDER:
                    problems.append(f"{name} {INFO}表第{number}行「项目」：不认识的项目“{item}”"
                                    f"（可填：{'、'.join(S.TOP_FIELDS[k] for k in INFO_ORDER)}）")
                    continue
                if key in data:
                    problems.append(f"{name} {INFO}表第{number}行「项目」：“{item}”重复填写")
                    continue
                data[key] = _get(row, columns, "内容")
                places[(key,)] = f"{name} {INFO}表第{number}行"

    topic_index: dict[str, int] = {}
    if TOPICS in sheets:
        rows = list(_rows(sheets[TOPICS]))
        if rows:
            columns = _header_map(rows[0][1], TOPICS, name, problems, ("事项",))
            topics = []
            for number, row in rows[1:]:
                topic_name = _get(row, columns, "事项")
                heading = _get(row, columns, "标题")
                places[("topics", len(topics))] = f"{name} {TOPICS}表第{number}行"
                entry = {"name": topic_name, "points": []}
                if heading not in (None, ""):
                    entry["heading"] = heading
                if topic_name is not None:
                    topic_index[str(topic_name).strip()] = len(topics)
                topics.append(entry)
            data["topics"] = topics

    data_sheet = _data_sheet(sheets, name, warnings)
    if data_sheet is not None:
        rows = list(_rows(data_sheet))
        if rows:
            columns = _header_map(rows[0][1], data_sheet.title.strip(), name, problems, ("事项", "数值"))
            header = rows[0][1]
            facts = []
            decided = {"采用": 0, "不采用": 0, "未决定": 0} if "采用" in columns else None
            for number, row in rows[1:]:
                if decided is not None:
                    decision = adoption(_get(row, columns, "采用"))
                    decided[decision] += 1
                    if decision != "采用":
                        continue
                why = _blank_reasons(layout, data_sheet.title, header, columns, number, row)
                if why:
                    problems.extend(f"{name} {data_sheet.title.strip()}表第{number}行「{column}」：{reason}"
                                    for column, reason in why)
                    continue
                entry = {}
                for column, key in (("事项", "label"), ("数值", "value"), ("单位", "unit"),
                                    ("主题", "topic"), ("部分", "section"), ("约数", "approx"),
                                    ("编号", "id"), ("上年值", "last_year")):
                    value = _get(row, columns, column)
                    if value is not None and value != "":
                        entry[key] = value
                places[("facts", len(facts))] = f"{name} {data_sheet.title.strip()}表第{number}行"
                if _get(row, columns, "来源文件"):
                    entry["source"] = _harvest_source(places[("facts", len(facts))], row, columns)
                facts.append(entry)
            data["facts"] = facts
            if decided is not None:
                warnings.append(f"{name}：「采用」列标为采用的数据 {decided['采用']} 条，未决定 {decided['未决定']} 条，"
                                f"不采用 {decided['不采用']} 条；起草和核验只使用标为采用的数据")

    if POINTS in sheets:
        rows = list(_rows(sheets[POINTS]))
        if rows:
            columns = _header_map(rows[0][1], POINTS, name, problems, ("要点",))
            group_col = "部分/主题" if "部分/主题" in columns else ("主题" if "主题" in columns else "部分")
            group = None
            for number, row in rows[1:]:
                where = f"{name} {POINTS}表第{number}行"
                label = _get(row, columns, group_col)
                if label not in (None, ""):
                    group = str(label).strip()
                point = _get(row, columns, "要点")
                if point in (None, ""):
                    continue
                if group is None:
                    problems.append(f"{where}「部分/主题」：没有写这条要点属于哪个主题或部分")
                    continue
                if group in _SECTION_TO_KEY:
                    key = _SECTION_TO_KEY[group]
                    items = data.setdefault(key, [])
                    places[(key, len(items))] = where
                    items.append(point)
                    continue
                if group not in topic_index:
                    if TOPICS in sheets and data.get("topics"):
                        problems.append(f"{where}「部分/主题」：“{group}”不是「工作事项」表中的事项，"
                                        f"也不是 第一责任人履职/存在的不足/下一年度安排")
                        continue
                    topics = data.setdefault("topics", [])
                    topic_index[group] = len(topics)
                    places[("topics", len(topics))] = where
                    topics.append({"name": group, "points": []})
                i = topic_index[group]
                points = data["topics"][i]["points"]
                places[("topics", i, "points", len(points))] = where
                points.append(point)
    if data.get("topics") and not any(entry for entry in data.get("facts") or []):
        warnings.append(f"{name}：填写了{len(data['topics'])}项工作事项，但「{DATA}」表中没有任何数据，"
                        f"报告中将没有统计数字；请检查「{DATA}」表是否为空、被改名或缺少表头“事项、数值”")
    return data, places, problems


def _shown_as_typed(value: Decimal) -> str:
    """The number format that shows a Decimal with its own decimals (12.50 reads back as 12.50)."""
    exponent = value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return "0." + "0" * places if places else "0"


def _list_values(facts, topics, skeletons) -> dict[str, list[str]]:
    """The drop-down lists, each without repeats: the facts' own topics first, then the table's."""
    def unique(items):
        out = []
        for item in items:
            item = str(item or "").strip()
            if item and item not in out:
                out.append(item)
        return out

    topic_names = unique([t.name for t in (facts.topics if facts else [])] + list(topics or ()))
    return {"主题": topic_names, "部分": list(S.SECTIONS),
            "骨架": unique(list(S.SKELETONS) + list(skeletons or ()) + [facts.skeleton if facts else None]),
            "部分/主题": unique([S.SECTIONS[0]] + topic_names + list(S.SECTIONS[2:]))}


def _add_lists(wb, lists: dict[str, list[str]]) -> dict[str, str]:
    """A hidden 列表 sheet, one column per list; returns each list's range for a validation.
    A sheet rather than an inline "a,b,c" list because Excel caps those at 255 characters."""
    from openpyxl.utils import get_column_letter

    sheet = wb.create_sheet(LISTS)
    sheet.sheet_state = "hidden"
    ranges = {}
    for column, (title, values) in enumerate(lists.items(), start=1):
        sheet.cell(row=1, column=column, value=title)
        for row, value in enumerate(values, start=2):
            sheet.cell(row=row, column=column, value=value)
        if values:
            letter = get_column_letter(column)
            ranges[title] = f"'{LISTS}'!${letter}$2:${letter}${len(values) + 1}"
    return ranges


def _drop_down(ws, source: str, cells: str, *, strict: bool) -> None:
    """A list drop-down; a non-strict one still takes a name the clerk types (their own topic)."""
    from openpyxl.worksheet.datavalidation import DataValidation

    rule = DataValidation(type="list", formula1=source, allow_blank=True, showErrorMessage=strict,
                          showInputMessage=True)
    ws.add_data_validation(rule)
    rule.add(cells)


def write_workbook(path: Path, facts=None, *, topics=(), skeletons=()) -> Path:
    """A workbook with Chinese headers: blank (the template) or filled from ``facts``. ``topics``
    (topic names, e.g. the topic table's) and ``skeletons`` feed the drop-downs beside the facts'."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    wrap = Alignment(wrap_text=True, vertical="top")

    def header(ws, titles, widths):
        ws.append(list(titles))
        for cell, width in zip(ws[1], widths):
            cell.font, cell.fill = bold, fill
            ws.column_dimensions[cell.column_letter].width = width
        ws.freeze_panes = "A2"

    wb = Workbook()
    info = wb.active
    info.title = INFO
    header(info, ("项目", "内容"), (14, 60))
    values = {}
    if facts is not None:
        values = {"org": facts.org, "year": facts.year, "level": facts.level,
                  "skeleton": facts.skeleton, "recipient": facts.recipient,
                  "signature": facts.signature, "date": facts.date, "last_report": facts.last_report}
    hints = {"org": "示例：某区司法局（必填）", "year": "报告所述年份，如 2023（必填）",
             "level": "省/市/区县/乡镇/部门", "skeleton": "四段式 / 四段式（第一责任人在前） / 三段式",
             "recipient": "可不填", "signature": "不填则同机关名称", "date": "如 2024年1月26日",
             "last_report": "可不填：上年报告文件名，用于核对同比、沿用数据和上年计划"}
    for key in INFO_ORDER:
        info.append([S.TOP_FIELDS[key], values.get(key)])
    if facts is None:
        info.column_dimensions["C"].width = 36
        for row, key in enumerate(INFO_ORDER, start=2):
            info.cell(row=row, column=3, value=hints[key]).font = Font(color="808080")
    level_rule = DataValidation(type="list", formula1='"' + ",".join(S.LEVELS) + '"', allow_blank=True)
    info.add_data_validation(level_rule)
    level_rule.add("B4")
    ranges = _add_lists(wb, _list_values(facts, topics, skeletons))
    # a drop-down of the skeletons that still lets a clerk type the name of their own
    _drop_down(info, ranges["骨架"], f"B{2 + INFO_ORDER.index('skeleton')}", strict=False)

    topic_sheet = wb.create_sheet(TOPICS)
    header(topic_sheet, ("事项", "标题"), (24, 60))
    for topic in (facts.topics if facts else []):
        topic_sheet.append([topic.name, topic.heading])
    if "主题" in ranges:
        _drop_down(topic_sheet, ranges["主题"], f"A2:A{LIST_ROWS}", strict=False)

    data = wb.create_sheet(DATA)
    header(data, DATA_COLUMNS, (36, 12, 8, 24, 16, 8, 10, 12))
    approx_rule = DataValidation(type="list", formula1='"' + ",".join(S.APPROX) + '"', allow_blank=True)
    data.add_data_validation(approx_rule)
    approx_rule.add(f"F2:F{LIST_ROWS}")
    if "主题" in ranges:
        _drop_down(data, ranges["主题"], f"D2:D{LIST_ROWS}", strict=False)
    _drop_down(data, ranges["部分"], f"E2:E{LIST_ROWS}", strict=True)
    for n, fact in enumerate(facts.facts if facts else [], start=2):
        default_id = fact.id == f"F{n - 1}"
        data.append([fact.label, fact.value, fact.unit, fact.topic, fact.section, fact.approx,
                     None if default_id else fact.id, fact.last_year])
        for column, value in ((2, fact.value), (8, fact.last_year)):
            if value is not None:
                data.cell(row=n, column=column).number_format = _shown_as_typed(value)

    points = wb.create_sheet(POINTS)
    header(points, ("部分/主题", "要点"), (24, 90))
    _drop_down(points, ranges["部分/主题"], f"A2:A{LIST_ROWS}", strict=False)
    if facts is not None:
        groups = [("第一责任人履职", facts.leadership)]
        groups += [(t.name, t.points) for t in facts.topics]
        groups += [("存在的不足", facts.shortcomings), ("下一年度安排", facts.plans)]
        for group, items in groups:
            for item in items:
                points.append([group, item])
                points.cell(row=points.max_row, column=2).alignment = wrap
    wb.move_sheet(LISTS, offset=len(wb.sheetnames) - 1 - wb.sheetnames.index(LISTS))  # hidden, last
    path = Path(path)
    wb.save(path)
    return path
