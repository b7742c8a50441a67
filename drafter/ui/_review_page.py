"""The 审阅修改 tab: the whole report in reading order, findings marked where they are, and the
section being worked on shown in its place as the one editable copy.

The report is cut around the open section into two HTML parts (before and after) with the
editor between them, so each section appears once: as marked-up reading text, or as the
text the clerk is editing. A click on a section moves the editor there (a small script
writes the section's key into a hidden box, whose ``input`` event the server answers);
a click on a finding in the list scrolls to its mark, or selects its characters in the
editor when it is in the open section. Positions are said as 第N段「…」, counted the way
Word counts the exported report's paragraphs (title and headings included), so the clerk
finds them in WPS too.

The functions that compute what the page shows take plain values and are tested without a
browser; ``build_review_tab`` only lays out widgets and wires them to those functions.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass, field

import gradio as gr

from drafter.config import Settings
from drafter.draft import (exemplars_worth_reading, instruction_feedback, no_exemplars_message, render_blocks,
                           report_layout)
from drafter.facts import FactsError
from drafter.store import SOURCE_LABELS, DraftRecord, NotFound, Store, local_time
from drafter.ui import _events as ev
from drafter.verify import SEVERITY_LABELS, locate, paragraph_spans

EXEMPLAR_COLUMNS = ["范文", "年度", "层级", "所在位置", "相关度"]
CLICK_HINT = "点击任一节即可在原处修改；点击下面的位置可跳到该处。"

REVIEW_CSS = """
.rv-report { font-size: 16px; line-height: 1.9; background: #fff; color: #111827; }
.rv-report p { margin: 0 0 .35em 0; text-indent: 2em; }
.rv-report .rv-title { text-align: center; font-size: 20px; font-weight: 700; text-indent: 0; }
.rv-report .rv-heading1 { font-weight: 700; text-indent: 2em; }
.rv-report .rv-heading2 { font-weight: 600; }
.rv-report .rv-recipient { text-indent: 0; }
.rv-report .rv-signature, .rv-report .rv-date { text-align: right; }
.rv-report .rv-notice { color: #991b1b; }
.rv-sec { cursor: pointer; border-left: 3px solid transparent; padding: 2px 6px; border-radius: 4px; }
.rv-sec:hover { background: #eff6ff; border-left-color: #2563eb; }
.rv-f { padding: 0 1px; border-radius: 3px; scroll-margin-top: 120px; }
.rv-f.rv-error { background: #fecaca; }
.rv-f.rv-warning { background: #fde68a; }
.rv-f.rv-info { background: #dbeafe; }
.rv-f .rv-tag { font-size: 70%; color: #374151; margin-left: 2px; vertical-align: super; }
.rv-flash { outline: 3px solid #2563eb; }
.rv-findings { max-height: 260px; overflow-y: auto; }
.rv-findings ol { margin: 4px 0 0 22px; }
.rv-findings a { cursor: pointer; color: #1d4ed8; }
.rv-hidden { display: none !important; }
#review-edit-box { border: 2px solid #2563eb; border-radius: 8px; }
"""

# Installed once per page: one delegated listener serves every re-render of the report.
REVIEW_JS = """
() => {
  if (window.__drafterReview) { return []; }
  window.__drafterReview = true;
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target.matches?.('[data-rv-key][role=button]')) { event.target.click(); }
  });
  document.addEventListener('click', (event) => {
    const link = event.target.closest('[data-rv-finding]');
    if (link) {
      event.preventDefault();
      if (link.dataset.rvEdit === '1') {
        const box = document.querySelector('#section-editor textarea');
        if (box) {
          box.scrollIntoView({block: 'center'});
          box.setSelectionRange(Number(link.dataset.start), Number(link.dataset.end));
          box.blur();
          box.focus();        // focusing scrolls the textarea to its selection
        }
        return;
      }
      const mark = document.getElementById(link.dataset.rvFinding);
      if (mark) {
        mark.scrollIntoView({block: 'center'});
        mark.classList.add('rv-flash');
        setTimeout(() => mark.classList.remove('rv-flash'), 2000);
      }
      return;
    }
    const section = event.target.closest('#review-before [data-rv-key], #review-after [data-rv-key]');
    if (section) {
      window.__drafterWanted = section.dataset.rvKey;
      document.getElementById('review-goto')?.click();
    }
  });
  return [];
}
"""

# the hidden button's inputs, with the key the click handler left in the page
log = logging.getLogger(__name__)

JS_WANTED = "(draft, wanted, opened, text, base) => [draft, window.__drafterWanted || null, opened, text, base]"
JS_SHOW_EDITOR = "() => { document.querySelector('#review-edit-box')?.scrollIntoView({block: 'start'}); return []; }"


# --------------------------------------------------------------------------- the report's layout


@dataclass
class Finding:
    number: int                   # 1-based over the report, in reading order; the mark's anchor
    key: str
    paragraph: int | None         # 第N段 of the exported report; None for a whole-section finding
    quote: str
    start: int | None
    end: int | None
    severity: str
    label: str
    message: str

    @property
    def position(self) -> str:
        if self.paragraph is None:
            return "（本节整体）"
        return f"第{self.paragraph}段「{self.quote}」"


@dataclass
class Piece:
    """One item of the report in reading order: a frame line or a whole section."""

    kind: str                     # title / heading1 / heading2 / recipient / signature / date / paragraph /
                                  # notice / section
    text: str
    key: str | None = None
    first_paragraph: int = 0
    findings: list[Finding] = field(default_factory=list)
    notice: str = ""              # shown instead of the text of a section with none yet


def report_pieces(draft: DraftRecord, settings: Settings | None = None) -> list[Piece]:
    """The report as the export lays it out (``render_blocks``), numbering paragraphs as Word does
    in the exported file: every paragraph with visible text, title and headings included, after
    the notices (offline writer, sections not yet written) that the .docx puts first."""
    sections = {s.key: s for s in draft.sections}
    pieces: list[Piece] = []
    count, number = 0, 0
    for block in render_blocks(draft, settings=settings):
        if block.kind == "notice" and block.text.strip():
            count += 1
            pieces.append(Piece("notice", block.text.strip(), first_paragraph=count))
    for kind, value in report_layout(draft, settings=settings):
        if kind != "section":
            if value:
                count += 1
                pieces.append(Piece(kind, value, first_paragraph=count))
            continue
        section = sections.get(value)
        if section is None:
            continue
        text = section.current.text if section.current else ""
        if not text.strip():     # its notice is among the first paragraphs of the .docx
            why = section.reason or section.status
            pieces.append(Piece("section", "", key=section.key, first_paragraph=0,
                                notice=f"【“{section.heading or section.kind}”尚未生成（{why}），请点击本节重新生成】"))
            continue
        piece = Piece("section", text, key=section.key, first_paragraph=count + 1)
        for f in _positioned(text, section.current.findings or [], count):
            number += 1
            f.number, f.key = number, section.key
            piece.findings.append(f)
        count += len(paragraph_spans(text))
        pieces.append(piece)
    return pieces


def _sections_only(draft: DraftRecord) -> list[Piece]:
    """The sections alone, when the draft's facts snapshot no longer renders its frame: the clerk
    can still read and edit everything (paragraphs are then counted over the sections only)."""
    pieces, count, number = [], 0, 0
    for section in sorted(draft.sections, key=lambda s: s.order):
        text = section.current.text if section.current else ""
        piece = Piece("section", text, key=section.key, first_paragraph=count + 1,
                      notice="" if text.strip() else f"【“{section.heading or section.kind}”尚未生成】")
        for f in _positioned(text, section.current.findings if section.current else [], count):
            number += 1
            f.number, f.key = number, section.key
            piece.findings.append(f)
        count += len(paragraph_spans(text))
        pieces.append(piece)
    return pieces


def _positioned(text: str, findings: list[dict], before: int) -> list[Finding]:
    """The section's findings with their report-wide 第N段 and quote, in reading order."""
    spans = paragraph_spans(text)
    out = []
    for f in findings:
        start, end = f.get("start"), f.get("end")
        where = None
        if start is not None and end is not None and 0 <= start < end <= len(text):
            where = locate(text, start, end, spans=spans)
        out.append(Finding(
            number=0, key="", paragraph=before + where.paragraph if where else None,
            quote=where.quote if where else "", start=start if where else None, end=end if where else None,
            severity=f.get("severity") or "warning", label=ev.finding_label(f), message=f.get("message") or ""))
    return sorted(out, key=lambda f: (f.paragraph is None, f.paragraph or 0, f.start or 0))


# --------------------------------------------------------------------------- rendering


def _e(text) -> str:
    return html.escape(str(text or ""), quote=True)


def _marked_paragraph(text: str, p_start: int, p_end: int, findings: list[Finding]) -> str:
    """One paragraph with each finding's characters in a <mark>; overlaps keep the first."""
    out, pos = [], p_start
    for f in sorted((f for f in findings if f.start is not None and p_start <= f.start < p_end),
                    key=lambda f: (f.start, -f.end)):
        if f.start < pos:
            continue
        end = min(f.end, p_end)
        out.append(_e(text[pos:f.start]))
        title = f"{SEVERITY_LABELS.get(f.severity, f.severity)}·{f.label}：{f.message}"
        out.append(f'<mark class="rv-f rv-{_e(f.severity)}" id="rv-f-{f.number}" title="{_e(title)}">'
                   f'{_e(text[f.start:end])}<span class="rv-tag">{_e(f.label)}</span></mark>')
        pos = end
    out.append(_e(text[pos:p_end]))
    return "".join(out)


def piece_html(piece: Piece) -> str:
    if piece.kind != "section":
        return f'<p class="rv-{_e(piece.kind)}">{_e(piece.text)}</p>'
    inner = "".join(f"<p>{_marked_paragraph(piece.text, s, e, piece.findings)}</p>"
                    for s, e in paragraph_spans(piece.text))
    if not inner:
        inner = f'<p class="rv-notice">{_e(piece.notice or "【本节尚无正文】")}</p>'
    return (f'<div class="rv-sec" id="rv-sec-{_e(piece.key)}" data-rv-key="{_e(piece.key)}" '
            f'role="button" tabindex="0" title="点击修改本节">{inner}</div>')


def report_html(pieces: list[Piece]) -> str:
    if not pieces:
        return ""
    return '<div class="rv-report">' + "".join(piece_html(p) for p in pieces) + "</div>"


def findings_html(pieces: list[Piece], editing: str | None) -> str:
    """The report's findings by position; those of the open section select text in the editor."""
    found = [f for p in pieces for f in p.findings]
    problems = [f for f in found if f.severity != "info"]
    if not found:
        return '<div class="rv-findings"><b>全文核验通过：</b>每个数字都能在事实材料中找到依据。</div>'
    head = (f"全文有 {len(problems)} 处需要核对" if problems else "全文数字均有依据") + f"（{CLICK_HINT}）"
    items = []
    for f in found:
        sev = SEVERITY_LABELS.get(f.severity, f.severity)
        attrs = f'data-rv-finding="rv-f-{f.number}" data-rv-key="{_e(f.key)}"'
        if f.key == editing and f.start is not None:
            attrs += f' data-rv-edit="1" data-start="{f.start}" data-end="{f.end}"'
        where = f'<a href="#rv-f-{f.number}" {attrs}>{_e(f.position)}</a>' if f.paragraph else _e(f.position)
        items.append(f"<li>{where} 【{_e(sev)}·{_e(f.label)}】{_e(f.message)}</li>")
    return f'<div class="rv-findings"><b>{_e(head)}</b><ol>{"".join(items)}</ol></div>'


# --------------------------------------------------------------------------- the page


@dataclass
class ReviewPage:
    view: ev.SectionView
    before: str = ""
    after: str = ""
    findings: str = ""
    section_title: str = ""
    exemplars: list[list] = field(default_factory=list)
    exemplar_note: str = ""
    keys: list[str] = field(default_factory=list)     # sections in reading order, for 上一节/下一节


def exemplar_panel(draft: DraftRecord, key: str) -> tuple[list[list], str]:
    """The open section's exemplars worth reading (the core's floor and preference), or why none."""
    try:
        kept = exemplars_worth_reading(draft, key)
    except NotFound:
        return [], ""
    rows = [[e.get("title") or e.get("doc", ""), e.get("year") or "—", e.get("level") or "—",
             ev._heading_path(e.get("heading_path")), f"{round(e['relevance'] * 100)}%"] for e in kept]
    if not rows:
        return [], no_exemplars_message()
    note = f"按相关度（最相近为100%）筛选，优先近年和同层级的报告；共{len(rows)}段。"
    return rows, note


def review_page(store: Store, draft_id: str, key: str | None, *, owner: str | None = None,
                settings: Settings | None = None, view: ev.SectionView | None = None) -> ReviewPage:
    """Everything the tab shows with section ``key`` open (the first needing work when None)."""
    view = view if view is not None else ev.section_view(store, draft_id, key, owner=owner)
    if not view.ok:
        return ReviewPage(view)
    draft = store.get_draft(view.draft_id, owner=owner)
    try:
        pieces = report_pieces(draft, settings)
    except (FactsError, TypeError, ValueError):
        log.exception("report layout failed for %s", draft.id)
        pieces = _sections_only(draft)
    at = next((i for i, p in enumerate(pieces) if p.kind == "section" and p.key == view.key), len(pieces))
    rows, note = exemplar_panel(draft, view.key)
    section = draft.section(view.key)
    title = f"正在修改：{ev.section_label(section)}" + (f"（{view.status}）" if view.status else "")
    return ReviewPage(view, before=report_html(pieces[:at]), after=report_html(pieces[at + 1:]),
                      findings=findings_html(pieces, view.key), section_title=title,
                      exemplars=rows, exemplar_note=note,
                      keys=[p.key for p in pieces if p.kind == "section"])


def neighbour(keys: list[str], key: str | None, step: int) -> str | None:
    if key not in keys:
        return keys[0] if keys else None
    i = keys.index(key) + step
    return keys[i] if 0 <= i < len(keys) else None


def stale_base(store: Store, draft_id: str, key: str, text: str, base_no, *, owner: str | None = None):
    """The newer version a save would bury: the section changed since the clerk opened it
    (another tab, a colleague, a regeneration that finished), and the text differs from it."""
    if base_no in (None, ""):
        return None
    try:
        current = store.get_draft(draft_id, owner=owner).section(key).current
    except NotFound:
        return None
    if current is None or current.no == int(base_no) or current.text == text:
        return None
    return current


def save_in_place(store: Store, draft_id: str, key: str, text: str, *, owner: str | None = None,
                  base_no=None, settings: Settings | None = None) -> ev.SectionView:
    """``save_section``, unless a newer version arrived since the clerk opened the section: then
    nothing is written, the clerk's text stays in the editor, and the next save (now based on
    the newer version) is the clerk's deliberate choice."""
    newer = stale_base(store, draft_id, key, text, base_no, owner=owner)
    if newer is None:
        return ev.save_section(store, draft_id, key, text, owner=owner, base_no=base_no, settings=settings)
    view = ev.section_view(store, draft_id, key, owner=owner)
    view.text = text
    view.message = (f"⚠️ 尚未保存：您打开本节之后，它已有更新的第{newer.no}版"
                    f"（{SOURCE_LABELS.get(newer.source, newer.source)}，{local_time(newer.created_at)}），"
                    "直接保存会盖过它。您输入的文字仍在编辑框中，可在下方“版本历史”中查看第"
                    f"{newer.no}版；确认以您的文字为准，请再点一次“保存修改”。")
    return view


def leave_section(store: Store, draft_id: str, key: str | None, text: str | None, base_no, *,
                  owner: str | None = None, settings: Settings | None = None) -> tuple[bool, str]:
    """Before the editor moves to another section: typed changes are saved, never dropped.
    Returns (may leave, message)."""
    if not key or text is None:
        return True, ""
    try:
        current = store.get_draft(draft_id, owner=owner).section(key).current
        opened = store.version(draft_id, key, int(base_no)) if base_no not in (None, "") else current
    except (NotFound, ValueError):
        return True, ""
    if current is None or text in (current.text, opened.text) or (not text.strip() and not current.text.strip()):
        return True, ""      # nothing typed (or typed back to what is saved)
    view = save_in_place(store, draft_id, key, text, owner=owner, base_no=base_no, settings=settings)
    if not view.ok or view.message.startswith("⚠️"):
        return False, view.message
    return True, f"已自动保存上一节的修改（{view.label}，第{view.current_no}版）。"


def newest_no(store: Store, draft_id: str, key: str, owner: str | None, fallback=None):
    """The current version's number: once told about it, the clerk's next save builds on it."""
    try:
        current = store.get_draft(draft_id, owner=owner).section(key).current
    except NotFound:
        return fallback
    return current.no if current else fallback


def regeneration_note(settings: Settings, instruction: str | None) -> str:
    """What the writer made of the instruction, in the words the CLI prints."""
    return instruction_feedback(settings, instruction)


# --------------------------------------------------------------------------- widgets


class ReviewTab:
    """The tab's widgets; ``fields`` are the outputs every page update writes."""

    def __init__(self, *, base_no):
        self.base_no = base_no
        with gr.Tab("审阅修改", id="review", elem_id="tab-review"):
            self.opened = gr.State(None)      # the key of the section in the editor (inside the tab:
                                              # a State directly under gr.Tabs shifts the tab labels)
            with gr.Row():
                self.section_pick = gr.Dropdown(label="跳到章节", choices=[], elem_id="section-pick", scale=3)
                self.section_status = gr.Textbox(label="本节状态", interactive=False, elem_id="section-status",
                                                 scale=1)
            self.message = gr.Markdown("", elem_id="review-message")
            self.findings = gr.HTML("", elem_id="review-findings")
            # clicked by the page's script when the clerk clicks a section (see REVIEW_JS)
            self.goto = gr.Button("打开所点的章节", elem_id="review-goto", elem_classes=["rv-hidden"])
            # the clicked section's key, filled in by the page's script (a State would keep the server's value)
            self.wanted = gr.Textbox(elem_id="review-wanted", elem_classes=["rv-hidden"], container=False,
                                     show_label=False)
            self.before = gr.HTML("", elem_id="review-before")
            with gr.Column(elem_id="review-edit-box"):
                self.title = gr.Markdown("", elem_id="review-section-title")
                self.editor = gr.Textbox(label="本节正文（直接在此修改；保存后自动重新核验，旧版本保留）", lines=12,
                                         elem_id="section-editor")
                with gr.Row():
                    self.prev_btn = gr.Button("◀ 上一节", elem_id="review-prev", scale=1)
                    self.save_btn = gr.Button("保存修改", variant="primary", elem_id="save-btn", scale=2)
                    self.next_btn = gr.Button("下一节 ▶", elem_id="review-next", scale=1)
                with gr.Row():
                    self.instruction = gr.Textbox(
                        label="重新生成的要求（可不填，如：更简洁、补充数据、调整语气；离线模板只能按“更简洁”一类要求压缩篇幅）",
                        elem_id="regen-instruction", scale=3)
                    self.regen_btn = gr.Button("重新生成本节", elem_id="regen-btn", scale=1)
            self.after = gr.HTML("", elem_id="review-after")
            with gr.Accordion("版本历史", open=True, elem_id="version-box"):
                self.versions = gr.Dataframe(headers=ev.VERSION_COLUMNS, type="array", interactive=False,
                                             elem_id="version-table", column_count=len(ev.VERSION_COLUMNS))
                with gr.Row():
                    self.version_pick = gr.Dropdown(label="选择版本（与当前版本对比）", choices=[],
                                                    elem_id="version-pick", scale=3)
                    self.restore_btn = gr.Button("恢复此版本", elem_id="restore-btn", scale=1)
                self.diff_msg = gr.Markdown("", elem_id="diff-message")
                self.diff = gr.HighlightedText(label="差异", elem_id="version-diff",
                                               color_map={"新增": "#bbf7d0", "删除": "#fecaca"}, show_legend=False,
                                               elem_classes="drafter-hl")
            with gr.Accordion("本节参考的范文", open=False, elem_id="exemplar-box"):
                self.exemplar_note = gr.Markdown("", elem_id="exemplar-note")
                self.exemplars = gr.Dataframe(headers=EXEMPLAR_COLUMNS, type="array", interactive=False,
                                              elem_id="exemplar-table", column_count=len(EXEMPLAR_COLUMNS))
        self.fields = [self.section_pick, self.section_status, self.message, self.findings, self.before,
                       self.title, self.editor, base_no, self.after, self.versions, self.version_pick,
                       self.diff, self.diff_msg, self.exemplars, self.exemplar_note, self.opened]

    def updates(self, page: ReviewPage, *, choices=None) -> dict:
        view = page.view
        if not view.ok:
            out = {self.message: f"⚠️ {view.message}", self.section_status: "", self.findings: "",
                   self.before: "", self.after: "", self.title: "", self.editor: "", self.base_no: None,
                   self.versions: [], self.version_pick: gr.update(choices=[], value=None), self.diff: [],
                   self.diff_msg: "", self.exemplars: [], self.exemplar_note: "", self.opened: None}
            if choices is not None:
                out[self.section_pick] = gr.update(choices=choices, value=None)
            return out
        return {self.section_pick: gr.update(choices=choices if choices is not None else view.choices,
                                             value=view.key),
                self.section_status: view.status, self.message: view.message, self.findings: page.findings,
                self.before: page.before, self.after: page.after, self.title: f"**{page.section_title}**",
                self.editor: view.text, self.base_no: view.current_no, self.versions: view.versions,
                self.version_pick: gr.update(choices=view.version_choices, value=None), self.diff: [],
                self.diff_msg: "", self.exemplars: page.exemplars, self.exemplar_note: page.exemplar_note,
                self.opened: view.key}

    def connect(self, app, *, store: Store, settings: Settings, owner, settings_for, draft_id_box,
                on_overview, overview_outputs, concurrency_limit: int) -> None:
        """Wire the buttons; ``on_overview`` refreshes 生成初稿 after a change here."""
        app.load(None, js=REVIEW_JS)

        def page_for(draft_id, key, request, view=None):
            return self.updates(review_page(store, draft_id, key, owner=owner(request), settings=settings,
                                            view=view))

        def go(draft_id, wanted, open_key, text, base, request: gr.Request):
            """Open section ``wanted``; what was typed in the open one is saved first."""
            if not wanted:
                return {self.message: gr.update()}
            ok, note = leave_section(store, draft_id, open_key, text, base, owner=owner(request),
                                     settings=settings)
            if not ok:     # the editor stays on the open section, and so does the dropdown
                return {self.message: note, self.section_pick: gr.update(value=open_key),
                        self.base_no: newest_no(store, draft_id, open_key, owner(request), base)}
            out = page_for(draft_id, wanted, request)
            if note:
                out[self.message] = note
            return out

        def step(delta):
            def run(draft_id, open_key, text, base, request: gr.Request):
                try:
                    draft = store.get_draft(draft_id, owner=owner(request))
                except NotFound:
                    return go(draft_id, None, open_key, text, base, request)
                keys = [s.key for s in sorted(draft.sections, key=lambda s: s.order)]
                wanted = neighbour(keys, open_key, delta)
                if wanted is None:
                    return {self.message: "已经是第一节。" if delta < 0 else "已经是最后一节。"}
                return go(draft_id, wanted, open_key, text, base, request)
            return run

        fields = self.fields
        nav_inputs = [draft_id_box, self.opened, self.editor, self.base_no]
        self.goto.click(go, inputs=[draft_id_box, self.wanted, self.opened, self.editor, self.base_no],
                        outputs=fields, js=JS_WANTED, api_name="review_open").then(None, js=JS_SHOW_EDITOR)
        self.prev_btn.click(step(-1), inputs=nav_inputs, outputs=fields)
        self.next_btn.click(step(1), inputs=nav_inputs, outputs=fields)

        # the dropdown holds the open section's key, so a jump from it goes through the same path
        # with the previously open key kept in ``opened``
        self.section_pick.input(go, inputs=[draft_id_box, self.section_pick, self.opened, self.editor, self.base_no],
                                outputs=fields).then(None, js=JS_SHOW_EDITOR)

        def on_save(draft_id, key, text, base, request: gr.Request):
            if not key:
                return {self.message: "⚠️ 请先点击要修改的章节。"}
            view = save_in_place(store, draft_id, key, text or "", owner=owner(request), base_no=base,
                                 settings=settings)
            out = page_for(draft_id, key, request, view=view)
            if view.ok and view.message.startswith("⚠️"):
                out[self.base_no] = view.current_no     # told once; saving again is the clerk's choice
            return out

        self.save_btn.click(on_save, inputs=[draft_id_box, self.opened, self.editor, self.base_no],
                            outputs=self.fields, api_name="review_save").then(on_overview, inputs=[draft_id_box], outputs=overview_outputs)

        async def on_regen(draft_id, key, instr, text, base, request: gr.Request):
            if not key:
                yield {self.message: "⚠️ 请先点击要重新生成的章节。"}
                return
            # what the clerk typed is kept as a version before the new text replaces the editor's
            ok, saved = leave_section(store, draft_id, key, text, base, owner=owner(request), settings=settings)
            if not ok:
                yield {self.message: saved, self.base_no: newest_no(store, draft_id, key, owner(request), base)}
                return
            chosen = settings_for(request)
            async for view in ev.regenerate_updates(store, draft_id, key, settings=chosen, instruction=instr,
                                                    owner=owner(request)):
                if view.ok and not view.versions:
                    yield {self.editor: view.text, self.message: view.message}
                    continue
                out = page_for(draft_id, key, request, view=view)
                note = regeneration_note(chosen, instr) if view.ok else ""
                lines = [saved.replace("上一节", "本节"), view.message,
                         f"{'⚠️ ' if '忽略' in note else ''}{note}" if note else ""]
                out[self.message] = "\n\n".join(line for line in lines if line)
                yield out

        self.regen_btn.click(on_regen, inputs=[draft_id_box, self.opened, self.instruction, self.editor,
                                               self.base_no],
                             outputs=self.fields, concurrency_limit=concurrency_limit, concurrency_id="draft") \
            .then(on_overview, inputs=[draft_id_box], outputs=overview_outputs)

        def on_version(draft_id, key, no, request: gr.Request):
            if not key or not no:
                return {self.diff: [], self.diff_msg: ""}
            pieces, message = ev.diff_view(store, draft_id, key, no, owner=owner(request))
            return {self.diff: pieces, self.diff_msg: message}

        self.version_pick.input(on_version, inputs=[draft_id_box, self.opened, self.version_pick],
                                outputs=[self.diff, self.diff_msg])

        def on_restore(draft_id, key, no, request: gr.Request):
            if not key:
                return {self.message: "⚠️ 请先点击要恢复的章节。"}
            view = ev.restore_section(store, draft_id, key, no, owner=owner(request))
            return page_for(draft_id, key, request, view=view)

        self.restore_btn.click(on_restore, inputs=[draft_id_box, self.opened, self.version_pick],
                               outputs=self.fields).then(on_overview, inputs=[draft_id_box],
                                                         outputs=overview_outputs)


def build_review_tab(*, base_no) -> ReviewTab:
    return ReviewTab(base_no=base_no)


__all__ = ["REVIEW_CSS", "REVIEW_JS", "EXEMPLAR_COLUMNS", "Finding", "Piece", "ReviewPage", "ReviewTab",
           "build_review_tab", "report_pieces", "report_html", "findings_html", "exemplar_panel", "review_page",
           "neighbour", "stale_base", "save_in_place", "leave_section", "regeneration_note"]
