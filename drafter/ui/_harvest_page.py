"""The 材料汇总 page: the departments' submissions in, proposed figures out, the clerk ticks which to use.

Like the 核验 page, its widgets and handlers live together so the drafting tabs need not change:
``build_harvest_tab`` lays the tab out (called inside the app's ``gr.Tabs`` before 事实录入) and
``HarvestTab.connect`` wires its 加入事实录入 button to the facts table once that exists. The plain
functions (``harvest_uploaded``, ``set_department``, ``adopted_rows``, ``merge_rows``) hold the
behaviour and are tested without a browser. Nothing is adopted until the clerk ticks it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import gradio as gr

from drafter.ui import _events as ev

SUBMISSION_TYPES = [".docx", ".txt", ".html", ".htm"]
COLUMNS = ["采用", "部门", "事项", "数值", "单位", "约数", "主题", "来源", "原句", "提示"]
ALL = "（全部部门）"


@dataclass
class HarvestView:
    ok: bool
    message: str
    rows: list[list] = field(default_factory=list)      # COLUMNS, grouped by department
    departments: list[str] = field(default_factory=list)


def _text(value) -> str:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
    return "" if value is None else str(value)


def harvest_uploaded(paths, year=None, on_file=None) -> HarvestView:
    """Harvest the uploaded files; the rows come grouped by department, summed rows last."""
    from drafter.harvest import harvest

    paths = [Path(p) for p in (paths or []) if p]
    if not paths:
        return HarvestView(False, "请先上传各部门报送的材料（.docx、.txt、.html，可一次选择多个文件）。")
    # the year the submissions' titles name wins over the form's default guess; a difference is said
    result = harvest(paths, on_file=on_file)
    proposals = sorted(result.proposals, key=lambda p: p.department) + result.sums
    rows = [[False, p.department, p.label, _text(p.value), p.unit or "", p.approx or "", p.topic or "",
             f"{p.file} {p.where}".strip(), p.sentence, p.hint] for p in proposals]
    departments = list(dict.fromkeys(p.department for p in proposals))
    message = (f"已汇总 {len(result.files)} 份材料（{result.year}年度）：本年度数据 {len(result.proposals)} 条，"
               f"合计行 {len(result.sums)} 条；上年及下一年度计划的数字 {len(result.other_years)} 条未列入。"
               "请对照原句勾选“采用”，再点“加入事实录入”。")
    if year and int(year) != result.year:
        message += f"（材料标题所写年度为{result.year}年，与“基本信息”中的{int(year)}年不同，请核对。）"
    if result.problems:
        message += "未能读取：" + "；".join(result.problems)
    return HarvestView(bool(rows), message if rows else "没有在材料中找到统计数字。" + message, rows, departments)


def _adopted(value) -> bool:
    return value is True or str(value).strip().lower() in ("true", "1", "是", "√", "✓")


def set_department(rows, department: str | None, adopt: bool) -> list[list]:
    """全部采用 / 全部不采用 for one department (or every row)."""
    out = []
    for row in _as_rows(rows):
        row = list(row)
        if department in (None, "", ALL) or row[1] == department:
            row[0] = adopt
        out.append(row)
    return out


def adopted_rows(rows) -> list[list[str]]:
    """The ticked rows in the facts table's columns (事项 数值 单位 约数 主题 部分 编号 问题)."""
    out = []
    for row in _as_rows(rows):
        if _adopted(row[0]) and str(row[2]).strip():
            fact = {"事项": str(row[2]), "数值": _text(row[3]), "单位": str(row[4] or ""), "约数": str(row[5] or ""),
                    "主题": str(row[6] or "")}
            out.append([fact.get(column, "") for column in ev.TABLE_COLUMNS])
    return out


def merge_rows(existing, new: list[list[str]]) -> list[list[str]]:
    """The facts table with the adopted rows added: blank rows dropped, a label already there kept once."""
    kept = [list(r) for r in _as_rows(existing) if any(str(c or "").strip() for c in r)]
    labels = {str(r[0]).strip() for r in kept}
    return kept + [r for r in new if r[0].strip() not in labels] or [[""] * len(ev.TABLE_COLUMNS)]


def _as_rows(value) -> list[list]:
    if value is None:
        return []
    if hasattr(value, "values") and hasattr(value, "columns"):      # a pandas DataFrame
        return value.values.tolist()
    return [list(r) for r in value]


@dataclass
class HarvestTab:
    table: gr.Dataframe
    add_btn: gr.Button
    message: gr.Markdown

    def connect(self, facts_table: gr.Dataframe, facts_msg: gr.Markdown) -> None:
        """Send the ticked rows to the 事实录入 table (call after that table is built)."""

        def on_add(rows, existing):
            new = adopted_rows(rows)
            if not new:
                return {self.message: "⚠️ 还没有勾选要采用的数据。", facts_table: gr.update(), facts_msg: gr.update()}
            merged = merge_rows(existing, new)
            note = f"已把 {len(new)} 条采用的数据加入“事实录入”，请到该页核对后生成。"
            return {self.message: note, facts_table: merged, facts_msg: note}

        self.add_btn.click(on_add, inputs=[self.table, facts_table],
                           outputs=[self.message, facts_table, facts_msg])


def build_harvest_tab(*, year: gr.Number) -> HarvestTab:
    """The tab, to be called inside the app's ``gr.Tabs``; ``year`` is the 基本信息 year field."""
    with gr.Tab("材料汇总", id="harvest", elem_id="tab-harvest"):
        gr.Markdown("上传各部门报送的工作总结（Word .docx 含其中的表格、.txt、.html，可一次拖入多个文件），"
                    "系统列出其中每个统计数字及其原句；上年和下一年度计划的数字不列入。请对照原句勾选“采用”，"
                    "再点“加入事实录入”。多个部门报告的相同数字和同一事项的不同数字在“提示”中标出；"
                    "部门为“合计”的行是同一事项多份材料相加的结果。", elem_id="harvest-guide")
        files = gr.File(label="各部门材料（可多选）", file_count="multiple", type="filepath",
                        file_types=SUBMISSION_TYPES, elem_id="harvest-upload")
        run_btn = gr.Button("汇总", variant="primary", elem_id="harvest-btn")
        message = gr.Markdown("", elem_id="harvest-message")
        with gr.Row():
            department = gr.Dropdown(label="部门", choices=[ALL], value=ALL, elem_id="harvest-department",
                                     scale=2)
            adopt_all = gr.Button("全部采用", elem_id="harvest-adopt-all", scale=1)
            reject_all = gr.Button("全部不采用", elem_id="harvest-reject-all", scale=1)
        table = gr.Dataframe(headers=COLUMNS, datatype=["bool"] + ["str"] * (len(COLUMNS) - 1), type="array",
                             interactive=True, column_count=len(COLUMNS), wrap=True, max_height=520,
                             elem_id="harvest-table", label="材料中的数字（勾选“采用”的才会加入）")
        add_btn = gr.Button("加入事实录入", variant="primary", elem_id="harvest-add")

        def on_run(paths, report_year, progress=gr.Progress()):
            def step(done, total, name):
                progress((done, total), desc=f"正在读取 {name}")

            view = harvest_uploaded(paths, report_year, on_file=step)
            if not view.ok:
                return {message: f"⚠️ {view.message}", table: [], department: gr.update(choices=[ALL], value=ALL)}
            return {message: view.message, table: view.rows,
                    department: gr.update(choices=[ALL] + view.departments, value=ALL)}

        run_btn.click(on_run, inputs=[files, year], outputs=[message, table, department])
        adopt_all.click(lambda rows, d: set_department(rows, d, True), inputs=[table, department], outputs=table)
        reject_all.click(lambda rows, d: set_department(rows, d, False), inputs=[table, department], outputs=table)
    return HarvestTab(table, add_btn, message)
