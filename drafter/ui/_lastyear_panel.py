"""上年报告 in the UI: the upload in 基本信息, the 上年值 it proposes, the three lists it yields.

Every clerk starts from last year's file, so 基本信息 takes it once and the rest of the app uses
it: 生成初稿 keeps it with the draft (reopening the draft shows the comparison again) and
核验已有稿件 compares the uploaded report with it. The comparison is drafter.lastyear's, shown
as three lists a clerk acts on: 疑似沿用上年数据, 照搬上年的句子, 上年计划未见回应.

上年值 found in last year's report are only *proposed*, one checkbox each with last year's
sentence; only the ticked ones reach the draft (a wrong 上年值 would let a wrong 同比 pass).

The functions are plain (tested without a browser); ``LastYearBox`` holds the widgets and is
wired by ``_app`` with a few calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import gradio as gr

from drafter.corpus import CorpusError
from drafter.facts import Facts, FactsError
from drafter.lastyear import (Comparison, LastYearReport, Proposal, propose_last_year_values, read_last_year,
                              with_last_year_values)
from drafter.store import NotFound, Store
from drafter.verify import locate

LAST_YEAR_TYPES = [".docx", ".txt", ".md", ".html", ".htm"]
LIST_TITLES = ("疑似沿用上年数据", "照搬上年的句子", "上年计划未见回应")


# --------------------------------------------------------------------------- plain functions

def read_upload(path: str | Path | None) -> tuple[dict | None, str]:
    """(the report as kept with a draft: {"name", "paragraphs"}, a message for the clerk)."""
    if not path:
        return None, ""
    try:
        report = read_last_year(Path(path))
    except CorpusError as exc:
        return None, f"⚠️ 上年报告未能读取：{exc}"
    if not any(p.strip() for p in report.paragraphs):
        return None, f"⚠️ 上年报告 {Path(path).name} 中没有文字，未采用。"
    record = report.to_record()
    rows = sum(1 for line in report.lines if line.paragraph is None)
    size = f"{len(report.paragraphs) - rows}段" + (f"，表格{rows}行" if rows else "")
    return record, (f"已读取上年报告 {record['name']}（{size}）。生成初稿和核验稿件时将对照它，"
                    "列出疑似沿用上年数据、照搬上年的句子和上年计划未见回应的事项。")


def report_of(record: dict | None) -> LastYearReport | None:
    if not record or not record.get("paragraphs"):
        return None
    return LastYearReport.from_record(record)


def proposals_for(facts: Facts, record: dict | None) -> list[dict]:
    """上年值 proposals as plain dicts (they live in a gr.State between clicks)."""
    report = report_of(record)
    if report is None:
        return []
    return [{"label": p.label, "unit": p.unit, "value": format(p.value, "f"), "line": p.line()}
            for p in propose_last_year_values(facts.facts, report)]


def proposal_choices(proposals: list[dict]) -> list[tuple[str, str]]:
    return [(p["line"], str(i)) for i, p in enumerate(proposals)]


def confirmed(proposals: list[dict] | None, ticked: list[str] | None) -> list[dict]:
    """The proposals whose box the clerk ticked; nothing else ever becomes 上年值."""
    chosen = []
    for key in ticked or []:
        try:
            chosen.append((proposals or [])[int(key)])
        except (ValueError, IndexError):
            continue
    return chosen


def with_confirmed(facts: Facts, chosen: list[dict]) -> Facts:
    """``facts`` with the ticked 上年值 (drafter.lastyear.with_last_year_values)."""
    proposals = []
    for p in chosen:
        try:
            proposals.append(Proposal("", p["label"], p["unit"], Decimal(p["value"]), "", ""))
        except (InvalidOperation, KeyError, TypeError):
            continue
    return with_last_year_values(facts, proposals)


def lists_markdown(text: str, comparison: Comparison, name: str = "") -> str:
    """The three lists, each with its count, in the order a clerk fixes them."""
    stale = [f for f in comparison.findings if f.kind == "stale"]
    copied = [f for f in comparison.findings if f.kind == "copied"]
    plans = comparison.unanswered_plans
    lines = [f"#### 对照上年报告{f'（{name}）' if name else ''}",
             f"{LIST_TITLES[0]} {len(stale)} 处，{LIST_TITLES[1]} {len(copied)} 句，"
             f"上年计划 {len(comparison.plans)} 项中 {len(plans)} 项未见回应。"]
    wrong_yoy = [f for f in comparison.findings if f.kind == "yoy" and f.severity == "error"]
    if wrong_yoy:
        lines[-1] += f"同比有误 {len(wrong_yoy)} 处（见核验结果）。"
    lines.append(f"\n**{LIST_TITLES[0]}（{len(stale)}处）**")
    lines += [f"- {_where(text, f)}{f.message}" for f in stale] or ["- 无"]
    lines.append(f"\n**{LIST_TITLES[1]}（{len(copied)}句，提醒）**")
    lines += [f"- {_where(text, f)}{f.message}" for f in copied] or ["- 无"]
    lines.append(f"\n**{LIST_TITLES[2]}（{len(plans)}项，请在报告中写明完成情况或说明原因）**")
    lines += [f"- {p.text}" for p in plans] or ["- 无"]
    return "\n".join(lines)


def _where(text: str, finding) -> str:
    position = locate(text, finding.start, finding.end) if finding.start is not None else None
    return f"第{position.paragraph}段「{position.quote}」：" if position else ""


def draft_lists(store: Store, draft_id: str | None, *, owner: str | None = None, settings=None) -> str:
    """The three lists for a stored draft, from the report kept with it; "" when it has none."""
    from drafter.draft import render_blocks
    from drafter.export import to_text
    from drafter.facts import facts_from_dict
    from drafter.lastyear import compare_draft

    if not (draft_id or "").strip():
        return ""
    try:
        draft = store.get_draft(draft_id.strip(), owner=owner)
    except NotFound:
        return ""
    report = report_of(draft.last_year)
    if report is None:
        return ""
    try:
        facts = facts_from_dict(draft.facts, source="草稿快照")
    except (FactsError, TypeError, ValueError):
        return "⚠️ 本稿的事实材料无法读取，未能对照上年报告。"
    text = to_text(render_blocks(draft, settings=settings))
    return lists_markdown(text, compare_draft(text, facts, report), draft.last_year.get("name", ""))


def stored_record(store: Store, draft_id: str | None, *, owner: str | None = None) -> dict | None:
    """The report kept with a draft, for 基本信息 when the draft is opened."""
    try:
        return store.get_draft((draft_id or "").strip(), owner=owner).last_year if (draft_id or "").strip() else None
    except NotFound:
        return None


def stored_message(record: dict | None) -> str:
    if not record:
        return ""
    return f"本稿保存的上年报告：{record.get('name') or '（未命名）'}（{len(record.get('paragraphs') or [])}段）。"


# --------------------------------------------------------------------------- widgets

@dataclass
class LastYearBox:
    upload: gr.File
    message: gr.Markdown
    record: gr.State              # {"name", "paragraphs", "lines"} or None
    find_btn: gr.Button
    values: gr.CheckboxGroup      # proposed 上年值, one box each
    proposals: gr.State           # the proposals behind the boxes

    def wire(self, form_fields: list, facts_of) -> None:
        """``facts_of(values)``: the form's Facts (raises FactsError while the form is incomplete)."""

        def propose(record, values) -> dict:
            if record is None:
                return {self.values: gr.update(choices=[], value=[], visible=False), self.proposals: []}
            try:
                facts = facts_of(values)
            except FactsError:
                return {self.values: gr.update(choices=[], value=[], visible=False), self.proposals: []}
            found = proposals_for(facts, record)
            return {self.values: gr.update(choices=proposal_choices(found), value=[], visible=bool(found)),
                    self.proposals: found}

        def on_upload(path, *values):
            record, message = read_upload(path)
            out = propose(record, values)
            found = out[self.proposals]
            if record is not None:
                message += (f"\n\n在上年报告中找到 {len(found)} 条数据的上年数字，见下方；**勾选确认的才作为「上年值」**"
                            "（用于写同比并核对）。" if found else
                            "\n\n在“事实录入”填好数据后，可点“从上年报告查找上年值”。")
            out.update({self.record: record, self.message: message})
            return out

        outputs = [self.record, self.message, self.values, self.proposals]
        self.upload.upload(on_upload, inputs=[self.upload] + form_fields, outputs=outputs)
        self.upload.clear(lambda: {self.record: None, self.message: "已移除上年报告。",
                                   self.values: gr.update(choices=[], value=[], visible=False), self.proposals: []},
                          outputs=outputs)

        def on_find(record, *values):
            if record is None:
                return {self.message: "⚠️ 请先上传上年报告。"}
            try:
                facts_of(values)
            except FactsError:
                return {self.message: "⚠️ 事实材料尚未填好（见“事实录入”），暂不能查找上年值。"}
            out = propose(record, values)
            found = out[self.proposals]
            out[self.message] = (f"在上年报告中找到 {len(found)} 条数据的上年数字；勾选确认的才作为「上年值」。"
                                 if found else "上年报告中没有找到与数据对应的上年数字。")
            return out

        self.find_btn.click(on_find, inputs=[self.record] + form_fields, outputs=outputs)


def build_last_year_box() -> LastYearBox:
    """The 上年报告 part of 基本信息, to be called inside that tab."""
    with gr.Group(elem_id="last-year-box"):
        upload = gr.File(label="上年报告（可不上传；.docx / .txt / .html）", type="filepath",
                         file_types=LAST_YEAR_TYPES, elem_id="last-year-upload", height=110)
        message = gr.Markdown("", elem_id="last-year-message")
        find_btn = gr.Button("从上年报告查找上年值", elem_id="last-year-find", size="sm")
        values = gr.CheckboxGroup(label="上年报告中的上年数字（勾选确认后才作为「上年值」，用于写同比并核对）",
                                  choices=[], value=[], visible=False, elem_id="last-year-values")
    return LastYearBox(upload, message, gr.State(None), find_btn, values, gr.State([]))


def build_lists_box(elem_id: str) -> gr.Markdown:
    """Where the three lists are shown (生成初稿, 核验已有稿件)."""
    return gr.Markdown("", elem_id=elem_id)


__all__ = ["LIST_TITLES", "LastYearBox", "build_last_year_box", "build_lists_box", "confirmed", "draft_lists",
           "lists_markdown", "proposal_choices", "proposals_for", "read_upload", "report_of", "stored_message", "stored_record",
           "with_confirmed"]
