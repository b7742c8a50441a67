"""The 核验已有稿件 page: check a report the clerk already has (their own Word file) against facts.

Its widgets and what its button does live side by side here, so the page can change without
touching the drafting tabs. ``check_uploaded`` is a plain function over plain values (tested
without a browser); ``build_verify_tab`` lays out the page inside the app's tabs. The facts
come from an uploaded file or, when none is uploaded, from the draft the clerk has open.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import gradio as gr

from drafter.corpus import CorpusError, read_lines, table_units, table_years
from drafter.facts import Facts, FactsError, facts_from_dict, load_facts
from drafter.store import NotFound, Store
from drafter.lastyear import check_yoy_against_facts, compare, facts_texts, merge
from drafter.ui import _events as ev
from drafter.ui._downloads import scratch_folder
from drafter.ui._lastyear_panel import build_lists_box, lists_markdown, report_of
from drafter.verify import SEVERITY_LABELS, locate, verify_text

DRAFT_TYPES = [".docx", ".txt", ".md", ".html", ".htm"]
FACTS_TYPES = [".xlsx", ".yaml", ".yml", ".json"]


@dataclass
class VerifyView:
    ok: bool                                  # False: nothing was checked (the message says why)
    message: str
    highlighted: list[tuple[str, str | None]] = field(default_factory=list)
    findings_md: str = ""
    annotated: Path | None = None             # the .docx copy with comments, for a .docx upload
    findings: list[dict] = field(default_factory=list)
    last_year_md: str = ""                    # the three lists, when last year's report is given


def check_uploaded(draft_path: str | Path | None, facts_path: str | Path | None, *, store: Store | None = None,
                   draft_id: str | None = None, owner: str | None = None,
                   out_dir: Path | None = None, last_year: dict | None = None) -> VerifyView:
    """Read the uploaded report, verify it, and for a .docx write the annotated copy.
    ``last_year``: last year's report from 基本信息 ({"name", "paragraphs"}), compared as
    `drafter verify --last-year` does (its findings merged in, the three lists shown)."""
    if not draft_path:
        return VerifyView(False, "请先上传要核验的稿件（Word .docx，或 .txt、.md）。")
    facts, where = _facts_for(facts_path, store=store, draft_id=draft_id, owner=owner)
    if facts is None:
        return VerifyView(False, where)
    path = Path(draft_path)
    try:
        lines = read_lines(path)        # a .docx's table rows too: their figures are checked
        text = "\n".join(line.text for line in lines)
    except CorpusError as exc:
        return VerifyView(False, str(exc))
    stated = [p for t in facts.topics for p in t.points] + facts.leadership + facts.shortcomings + facts.plans
    result = check_yoy_against_facts(text, verify_text(text, facts.facts, year=facts.year, stated=stated,
                                                       units=table_units(lines), column_years=table_years(lines)),
                                     facts.facts)   # 同比 against each fact's 上年值, as `drafter verify`
    findings = sorted(result.findings, key=lambda f: (f.start is None, f.start or 0))
    lists = ""
    report = report_of(last_year)
    if report is not None:
        comparison = compare(text, report, result, extra=facts_texts(facts))
        findings = [f for f in merge(result.findings, comparison) if f.kind != "plan_unanswered"]
        comparison.findings += [f for f in result.findings if f.kind == "yoy"]
        lists = lists_markdown(text, comparison, last_year.get("name", ""))
    rows = [{**f.to_dict(), **_position(text, f.start, f.end, lines)} for f in findings]
    # a copy with nothing to point at would only be a second copy of the clerk's file
    annotated = _annotate(path, text, rows, out_dir) if rows and path.suffix.lower() == ".docx" else None
    stats = sum(1 for m in result.mentions if m.needs_fact)
    problems = sum(1 for f in findings if f.severity in ("error", "warning"))
    summary = (f"已用{where}核验 {path.name}：{stats} 处统计数字，{problems} 个问题需要核对。"
               if problems else f"已用{where}核验 {path.name}：{stats} 处统计数字，没有发现问题。")
    if annotated is not None:
        summary += "每条核验意见已作为批注标在下方 Word 副本的数字上。"
    return VerifyView(True, summary, highlighted=ev.highlight(text, rows), findings_md=findings_markdown(rows),
                      annotated=annotated, findings=rows, last_year_md=lists)


def findings_markdown(rows: list[dict]) -> str:
    """One line per finding: 【错误·无依据数字】第4段「…」：message."""
    if not rows:
        return "核验通过：每个数字都能在事实材料中找到依据。"
    lines = []
    for f in rows:
        sev = SEVERITY_LABELS.get(f.get("severity"), f.get("severity", ""))
        where = f"{f['where']}「{f['quote']}」：" if f.get("where") else "事实材料："
        formula = f"（算式：{f['formula']}）" if f.get("formula") else ""
        lines.append(f"- 【{sev}·{ev.finding_label(f)}】{where}{f.get('message', '')}{formula}")
    return "\n".join(lines)


def _position(text: str, start: int | None, end: int | None, lines: list | None = None) -> dict:
    position = locate(text, start, end, lines=lines) if start is not None else None
    if position is None:
        return {"where": None, "paragraph": None, "quote": None}
    return {"where": position.where, "paragraph": position.paragraph, "quote": position.quote}


def _facts_for(facts_path, *, store, draft_id, owner) -> tuple[Facts | None, str]:
    """(facts, how they are named in the summary) or (None, why there are none)."""
    if facts_path:
        name = Path(facts_path).name
        try:
            return load_facts(Path(facts_path)), f"事实材料 {name} "
        except FactsError as exc:
            problems = exc.problems or [str(exc)]
            return None, "事实材料有误，未能核验：\n" + "\n".join(f"- {p}" for p in problems)
    if store is not None and (draft_id or "").strip():
        try:
            draft = store.get_draft(draft_id.strip(), owner=owner)
            return facts_from_dict(draft.facts, source="草稿快照"), f"当前草稿（{draft.title}）的事实材料"
        except NotFound:
            return None, ev.NOT_FOUND.format(id=draft_id.strip())
        except (FactsError, TypeError, ValueError):
            return None, "当前草稿的事实材料无法读取，请上传事实材料文件。"
    return None, "请上传事实材料（Excel/YAML/JSON），或先在“我的草稿”中打开一份草稿以使用它的事实材料。"


def _annotate(path: Path, text: str, rows: list[dict], out_dir: Path | None) -> Path | None:
    from drafter.export import annotate_docx

    out_dir = Path(out_dir or scratch_folder("verify"))
    target = out_dir / f"{path.stem}（核验批注）.docx"
    try:
        return annotate_docx(path, target, text, rows).path
    except (OSError, ValueError, KeyError):
        return None


def build_verify_tab(*, store: Store, owner, draft_id_box: gr.Textbox, last_year: gr.State | None = None) -> None:
    """The tab, to be called inside the app's ``gr.Tabs``; ``owner(request)`` scopes drafts to the login;
    ``last_year``: the 上年报告 read in 基本信息 (or kept with the open draft)."""
    with gr.Tab("核验已有稿件", id="verify", elem_id="tab-verify"):
        gr.Markdown("上传已经写好的报告（Word .docx，或 .txt、.md），用事实材料逐一核对其中的数字。"
                    "不上传事实材料时，使用当前打开的草稿的事实材料。问题按“第几段”（从标题算起，空行不计）和原文指明；"
                    "Word 稿件还可下载一份带批注的副本，每个问题作为批注标在数字上。", elem_id="verify-guide")
        with gr.Row():
            draft_file = gr.File(label="要核验的稿件（.docx / .txt / .md）", type="filepath", file_types=DRAFT_TYPES,
                                 elem_id="verify-upload", scale=1)
            facts_file = gr.File(label="事实材料（Excel / YAML / JSON，可不上传）", type="filepath",
                                 file_types=FACTS_TYPES, elem_id="verify-facts", scale=1)
        run_btn = gr.Button("核验", variant="primary", elem_id="verify-btn")
        message = gr.Markdown("", elem_id="verify-message")
        highlighted = gr.HighlightedText(label="核验结果（有问题的数字已标出）", elem_id="verify-highlight",
                                         color_map=ev.FINDING_COLORS, show_legend=False, combine_adjacent=False,
                                         elem_classes="drafter-hl")
        findings_md = gr.Markdown("", elem_id="verify-findings")
        lists_md = build_lists_box("verify-lastyear")
        annotated = gr.File(label="下载带批注的 Word 副本", interactive=False, elem_id="verify-annotated")

        def on_verify(path, facts_path, draft_id, record=None, request: gr.Request = None):
            view = check_uploaded(path, facts_path, store=store, draft_id=draft_id, owner=owner(request),
                                  last_year=record)
            if not view.ok:
                return {message: f"⚠️ {view.message}", highlighted: [], findings_md: "", annotated: None,
                        lists_md: ""}
            return {message: view.message, highlighted: view.highlighted, findings_md: view.findings_md,
                    annotated: str(view.annotated) if view.annotated else None, lists_md: view.last_year_md}

        outputs = [message, highlighted, findings_md, annotated, lists_md]
        run_btn.click(on_verify, inputs=[draft_file, facts_file, draft_id_box] + ([last_year] if last_year else []),
                      outputs=outputs)

        def on_new_input():
            """A result shown under another file's name would mislead: clear it until 核验 is pressed."""
            return {message: "", highlighted: [], findings_md: "", annotated: None, lists_md: ""}

        for source in (draft_file, facts_file):
            source.change(on_new_input, outputs=outputs)
