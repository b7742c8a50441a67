"""What each button in the UI does, as plain functions over plain values.

The Gradio layer (``_app.py``) only wires widgets to these functions and maps their
results onto components, so everything a clerk can trigger is testable without a browser:
the tests call these with a real store and the offline backend or the test LLM server.
No drafting, verification or storage logic lives here; it calls the public functions of
``drafter.facts``, ``drafter.draft`` and ``drafter.store`` and turns their results into
rows, highlighted spans and Chinese messages.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import AsyncIterator

from drafter.config import Settings
from drafter.facts import LEVELS, Facts, FactsError, facts_from_dict, infer_placements, load_facts
from drafter.store import (SOURCE_LABELS, DraftRecord, NotFound, SectionRecord, Store, StoreError, VersionRecord,
                           local_time)
from drafter.verify import SEVERITY_LABELS

from drafter.ui._downloads import scratch_folder
from drafter.ui._facts_page import INFERRED_MARK, TOPIC_COLUMNS, points_of, rows_to_topics, topics_to_rows

# Columns of the editable facts table, in order (the Chinese keys of examples/facts.yaml).
FACT_COLUMNS = ["事项", "数值", "单位", "约数", "主题", "部分", "编号", "上年值"]
# the facts table shows one more column: what is wrong with that row, next to the row itself
PROBLEM_COLUMN = "问题"
TABLE_COLUMNS = FACT_COLUMNS + [PROBLEM_COLUMN]
# A 主题/部分 cell the drafter filled in from the label ends with INFERRED_MARK; read back, such a
# cell counts as empty (the drafter infers it again), while anything the clerk typed is taken as typed.
_ROW_PROBLEM = re.compile(r"第(\d+)条数据(「[^」]+」)：(.+)$")
STATUS_COLUMNS = ["序号", "章节", "状态", "说明"]
VERSION_COLUMNS = ["版本", "来源", "时间", "作者/生成方式", "修改要求", "待核问题"]
EXEMPLAR_COLUMNS = ["范文", "所在位置", "相关度"]
DRAFT_COLUMNS = ["编号", "标题", "骨架", "生成方式", "创建时间", "最后修改"]

# Finding kind -> the label the clerk sees on the highlighted span.
FINDING_LABELS = {
    "unsupported": "无依据数字",
    "misattributed": "张冠李戴",
    "approximation": "约数不符",
    "list_count": "项数不符",
    "list_repeat": "列举重复",
    "direction": "增减写反",
    "arithmetic": "增减不符",
    "part_exceeds_total": "分项大于总数",
    "share": "占比不符",
    "derived": "推算数字（公式）",
    "placeholder": "待填占位",
    "year": "年份存疑",
    "era": "年代用语",
    "unused_fact": "未用事实",
    "unit": "单位写法不同",
    "last_year": "上年数字",
}
FINDING_COLORS = {
    "无依据数字": "#f8b4b4",
    "张冠李戴": "#fbbf77",
    "约数不符": "#fde68a",
    "推算数字（公式）": "#bfdbfe",
    "待填占位": "#f9a8d4",
    "年份存疑": "#fde68a",
    "年代用语": "#c4b5fd",
    "项数不符": "#fde68a",
    "列举重复": "#fde68a",
    "增减写反": "#f8b4b4",
    "增减不符": "#f8b4b4",
    "占比不符": "#f8b4b4",
    "分项大于总数": "#fbbf77",
    "单位写法不同": "#bfdbfe",
}
SECTION_NAMES = {"intro": "导语", "closing": "结束语"}
DIFF_LABELS = {"insert": "新增", "delete": "删除"}

log = logging.getLogger(__name__)

NOT_FOUND = "找不到编号为“{id}”的草稿：它不存在，或不属于当前登录的用户。"


# --------------------------------------------------------------------------- helpers


def default_report_year(today=None) -> int:
    """The year a clerk is most likely reporting on: reports are written in the first quarter
    about the year before, so until June it is last year, from July on the current year."""
    import datetime

    today = today or datetime.date.today()
    return today.year - 1 if today.month <= 6 else today.year


def owner_of(username: str | None) -> str | None:
    """The store owner for a request: the logged-in user with auth on, nobody without."""
    return username or None


def backend_label(settings: Settings) -> str:
    """Which writer will draft: clerks must know whether a model or the offline template wrote it."""
    if settings.uses_llm:
        return f"模型：{settings.model or '（未指定模型名）'}"
    return "离线模板（不调用大模型）"


def _plain(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    return str(value)


def _lines(text: str | None) -> list[str]:
    """One point per line; list markers the clerk pasted from Word are dropped."""
    return points_of(text)


def _load_draft(store: Store, draft_id: str, owner: str | None) -> DraftRecord:
    """Owner-scoped read; every event goes through it so no one reaches another's draft by id."""
    draft_id = (draft_id or "").strip()
    if not draft_id:
        raise NotFound("尚未打开任何草稿：请先在“生成初稿”中生成，或在“我的草稿”中打开一份。")
    try:
        return store.get_draft(draft_id, owner=owner)
    except NotFound as exc:
        raise NotFound(NOT_FOUND.format(id=draft_id)) from exc


def section_label(section: SectionRecord) -> str:
    heading = section.heading or SECTION_NAMES.get(section.key, section.key)
    number = section.number or ""
    return heading if heading.startswith(number) else f"{number}{heading}"


def _open_problems(section: SectionRecord) -> int:
    findings = section.current.findings if section.current else []
    return sum(1 for f in findings or [] if f.get("severity") != "info")


def section_choices(draft: DraftRecord) -> list[tuple[str, str]]:
    """Dropdown entries; an editor sees at a glance which sections still need checking."""
    out = []
    for s in sorted(draft.sections, key=lambda s: s.order):
        label = section_label(s)
        if s.status == "失败":
            label += "（生成失败）"
        elif _open_problems(s):
            label += f"（{_open_problems(s)}处待核）"
        out.append((label, s.key))
    return out


# --------------------------------------------------------------------------- facts form


@dataclass
class FactsForm:
    """Every field of the 基本信息 and 事实录入 tabs, as the widgets hold them."""

    org: str = ""
    year: int | None = None
    level: str = "区县"
    skeleton: str = ""
    recipient: str = ""
    signature: str = ""
    date: str = ""
    rows: list[list[str]] = field(default_factory=list)
    # 工作事项与要点, one 要点 per row: 主题 | 工作事项标题 | 要点 (see _facts_page)
    topic_rows: list[list[str]] = field(default_factory=list)
    leadership_text: str = ""
    shortcomings_text: str = ""
    plans_text: str = ""


def topic_table(settings: Settings) -> dict[str, list[str]]:
    """The topic table the drafter places facts by (packaged, plus the clerk's <home>/topics.yaml)."""
    from drafter.corpus import load_topics

    return load_topics(settings.home)


def facts_to_form(facts: Facts, topics: dict[str, list[str]] | None = None) -> FactsForm:
    """The form for ``facts``; with the topic ``topics`` table, a fact the clerk left without 主题
    shows the inferred one, marked （推断）, in its 主题 (and 部分) cell, for the clerk to see and edit."""
    placements = infer_placements(facts, topics) if topics else {}

    def topic_cell(f) -> str:
        placed = placements.get(f.id)
        return f.topic or (f"{placed.topic}{INFERRED_MARK}" if placed and placed.topic else "")

    def section_cell(f) -> str:
        placed = placements.get(f.id)
        return f.section or (f"{placed.section}{INFERRED_MARK}" if placed and placed.section else "")

    rows = [[f.label, _plain(f.value), f.unit or "", f.approx or "", topic_cell(f), section_cell(f), f.id or "",
             _plain(f.last_year), ""]
            for f in facts.facts]
    return FactsForm(
        org=facts.org or "", year=facts.year, level=facts.level or "区县", skeleton=facts.skeleton or "",
        recipient=facts.recipient or "", signature=facts.signature or "", date=facts.date or "",
        rows=rows, topic_rows=topics_to_rows(facts),
        leadership_text="\n".join(facts.leadership), shortcomings_text="\n".join(facts.shortcomings),
        plans_text="\n".join(facts.plans),
    )


def _cell(row: list, i: int) -> str:
    if i >= len(row) or row[i] is None:
        return ""
    value = row[i]
    if isinstance(value, float):
        if value != value:  # NaN from an emptied cell
            return ""
        if value.is_integer():
            return str(int(value))
    return str(value).strip()


def form_to_dict(form: FactsForm) -> tuple[dict, list[str]]:
    """The form as a facts file would say it (Chinese keys), plus problems only the form can have."""
    topics, problems = rows_to_topics(form.topic_rows)
    rows = [[_cell(row, i) for i in range(len(FACT_COLUMNS))] for row in form.rows or []]
    while rows and not any(rows[-1]):
        rows.pop()  # the table's spare lines at the end; a gap in the middle keeps the numbering
    facts = []
    for cells in rows:
        item = {k: v for k, v in zip(FACT_COLUMNS, cells)
                if v and not (k in ("主题", "部分") and v.endswith(INFERRED_MARK))}
        if "编号" in item:
            item["id"] = item.pop("编号")
        item.setdefault("事项", "")
        item.setdefault("数值", "")
        facts.append(item)
    year = form.year
    if isinstance(year, float) and year.is_integer():
        year = int(year)
    data = {
        "机关名称": (form.org or "").strip(),
        "年度": year,
        "层级": form.level or None,
        "骨架": form.skeleton or None,
        "主送机关": (form.recipient or "").strip() or None,
        "署名": (form.signature or "").strip() or None,
        "成文日期": (form.date or "").strip() or None,
        "工作事项": topics,
        "数据": facts,
        "第一责任人履职": _lines(form.leadership_text),
        "存在的不足": _lines(form.shortcomings_text),
        "下一年度安排": _lines(form.plans_text),
    }
    return {k: v for k, v in data.items() if v is not None}, problems


def form_to_facts(form: FactsForm) -> Facts:
    """Raises FactsError with every problem at once, so the clerk fixes them in one pass."""
    data, problems = form_to_dict(form)
    try:
        facts = facts_from_dict(data, source="界面表单")
    except FactsError as exc:
        raise FactsError(problems + exc.problems) from exc
    if problems:
        raise FactsError(problems)
    return facts


@dataclass
class FactsLoad:
    form: FactsForm | None
    errors: list[str]
    message: str


# The form's fields as the clerk knows them, for "kept what you typed" messages.
FORM_FIELD_LABELS = {"org": "机关名称", "year": "年度", "level": "层级", "skeleton": "报告骨架", "recipient": "主送机关",
                     "signature": "署名", "date": "成文日期", "rows": "数据表", "topic_rows": "工作事项与要点",
                     "leadership_text": "第一责任人履职", "shortcomings_text": "存在的不足", "plans_text": "下一年度安排"}


def _typed(name: str, value, defaults: dict) -> bool:
    """The clerk put something here (a widget's own starting value does not count)."""
    if name in ("rows", "topic_rows"):
        return any(str(cell or "").strip() for row in value or [] for cell in row)
    if value in (None, ""):
        return False
    if name in defaults and _plain_field(value) == _plain_field(defaults[name]):
        return False
    return bool(str(value).strip())


def merge_upload(current: FactsForm, loaded: FactsForm, defaults: dict | None = None) -> tuple[FactsForm, list[str]]:
    """The uploaded file fills only the fields the clerk left empty; returns the merged form and
    the labels of typed fields that were kept although the file says otherwise."""
    defaults = {"level": "区县", "year": default_report_year(), **(defaults or {})}
    merged = FactsForm(**{f: getattr(loaded, f) for f in FORM_FIELD_LABELS})
    kept = []
    for name, label in FORM_FIELD_LABELS.items():
        mine, theirs = getattr(current, name), getattr(loaded, name)
        if not _typed(name, mine, defaults):
            continue
        setattr(merged, name, mine)
        if _plain_field(mine) != _plain_field(theirs) and _typed(name, theirs, {}):
            kept.append(label)
    return merged, kept


def _plain_field(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, list):
        return repr([[str(c or "").strip() for c in row] for row in value if any(str(c or "").strip() for c in row)])
    return str(value if value is not None else "").strip()


def load_facts_file(path: str | Path | None, topics: dict[str, list[str]] | None = None) -> FactsLoad:
    """An uploaded file fills the form, or yields the loader's Chinese problems, never a traceback."""
    if not path:
        return FactsLoad(None, [], "")
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".yaml", ".yml", ".json"):
        return FactsLoad(None, [f"{path.name}：只能上传 Excel（.xlsx）、YAML（.yaml/.yml）或 JSON（.json）文件"], "")
    try:
        facts = load_facts(path)
    except FactsError as exc:
        return FactsLoad(None, exc.problems or [str(exc)], "")
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return FactsLoad(None, [f"{path.name}：文件无法读取（{exc}）"], "")
    return FactsLoad(facts_to_form(facts, topics), [],
                     f"已读入 {path.name}：{len(facts.facts)} 条数据，{len(facts.topics)} 项工作事项。")


def check_form(form: FactsForm) -> list[str]:
    try:
        form_to_facts(form)
    except FactsError as exc:
        return exc.problems or [str(exc)]
    return []


def annotate_rows(rows: list[list] | None, errors: list[str], topics: dict[str, list[str]] | None = None,
                  year=None) -> list[list[str]]:
    """The facts table with each row's problems written in its 问题 cell (and stale ones cleared),
    so the clerk sees the field to fix beside the row, not only in the box above. With the topic
    table, rows typed in by hand also show their inferred 主题/部分, marked （推断）."""
    notes: dict[int, list[str]] = {}
    for error in errors:
        match = _ROW_PROBLEM.search(error)
        if match:
            notes.setdefault(int(match.group(1)), []).append(f"{match.group(2)}{match.group(3)}")
    table = [[_cell(row, i) for i in range(len(FACT_COLUMNS))] for row in rows or []]
    if topics:
        for cells in table:
            _mark_inferred(cells, topics, year)
    return [cells + ["；".join(notes.get(n, []))] for n, cells in enumerate(table, start=1)] or \
        [[""] * len(TABLE_COLUMNS)]


def _mark_inferred(cells: list[str], topics: dict[str, list[str]], year) -> None:
    """Fill (or refresh) the inferred 主题/部分 cells of one row; a typed cell is left alone."""
    from drafter.facts import SECTION_WORK, infer_placement

    label, topic, section = cells[0], FACT_COLUMNS.index("主题"), FACT_COLUMNS.index("部分")
    typed_topic = cells[topic] and not cells[topic].endswith(INFERRED_MARK)
    typed_section = cells[section] and not cells[section].endswith(INFERRED_MARK)
    if not label or typed_topic or (typed_section and cells[section] != SECTION_WORK):
        return
    try:
        year = int(float(year)) if year not in (None, "") else None
    except (TypeError, ValueError):
        year = None
    placed = infer_placement(label, topics, year=year)
    cells[topic] = f"{placed.topic}{INFERRED_MARK}" if placed.topic else ""
    if not typed_section:
        cells[section] = f"{placed.section}{INFERRED_MARK}" if placed.section else ""


def errors_html(errors: list[str]) -> str:
    """The inline error box: one line per problem, each naming row and field."""
    if not errors:
        return ""
    import html

    items = "".join(f"<li>{html.escape(e)}</li>" for e in errors)
    return (f'<div class="drafter-errors"><b>事实材料有 {len(errors)} 处需要修改：</b>'
            f"<ul>{items}</ul></div>")


def not_started_message(errors: list[str], shown: int = 5) -> str:
    """Why 生成初稿 did not start, for the line under the button (the full list is on 事实录入)."""
    lines = [f"⚠️ **未开始生成**：事实材料有 {len(errors)} 处需要修改（已在“事实录入”中逐条标出）："]
    lines += [f"- {e}" for e in errors[:shown]]
    if len(errors) > shown:
        lines.append(f"- ……另有 {len(errors) - shown} 处，见“事实录入”")
    return "\n".join(lines)


def skeleton_choices(settings: Settings) -> list[tuple[str, str]]:
    from drafter.draft import list_skeletons

    return list(list_skeletons(settings))


def template_file(out_dir: Path, topics=(), skeletons=()) -> Path:
    """The blank Excel form from drafter.facts (the same one `drafter facts template` writes), its
    主题 drop-downs offering ``topics`` (the topic table) and its 骨架 one ``skeletons``."""
    from drafter.facts import write_workbook

    out_dir.mkdir(parents=True, exist_ok=True)
    return Path(write_workbook(out_dir / "事实材料模板.xlsx", topics=topics, skeletons=skeletons))


# --------------------------------------------------------------------------- drafting


@dataclass
class DraftProgress:
    draft_id: str | None
    rows: list[list]
    done: int
    total: int
    preview: str
    message: str
    finished: bool = False
    failed: bool = False


class _Tracker:
    """Folds the stream of DraftEvents into what the 生成初稿 tab shows."""

    def __init__(self):
        self.draft_id: str | None = None
        self.sections: dict[str, dict] = {}
        self.message = ""
        self.notices: list[str] = []
        self.finished = False
        self.outlined = False        # the store's section rows (with their numbered headings) were read

    def outline(self, draft: DraftRecord) -> None:
        self.outlined = self.outlined or bool(draft.sections)
        for s in draft.sections:
            entry = self.sections.setdefault(s.key, {"status": s.status or "排队", "reason": s.reason or "",
                                                     "text": s.current.text if s.current else ""})
            entry.update(label=section_label(s), order=s.order)

    def apply(self, ev) -> None:
        if ev.section_key is None:
            if ev.message and ev.status == "提示":
                self.notices.append(ev.message)
            elif ev.message:
                self.message = ev.message
            if ev.status == "结束":
                self.finished = True
            return
        # the 排队 event names the section's heading: the clerk never sees an id such as work-01
        queued_heading = ev.message if ev.status == "排队" and ev.message else ""
        entry = self.sections.setdefault(ev.section_key, {
            "status": "排队", "reason": "", "text": "", "order": len(self.sections),
            "label": SECTION_NAMES.get(ev.section_key) or queued_heading or ev.section_key})
        entry["status"] = ev.status or entry["status"]
        if queued_heading:
            return
        if ev.text:
            entry["text"] = ev.text
        elif ev.delta:
            entry["text"] += ev.delta
        if ev.status in ("失败", "完成", "核验中", "修复中") or ev.message:
            entry["reason"] = ev.message or ("" if ev.status != "失败" else "生成失败")

    def snapshot(self) -> DraftProgress:
        ordered = sorted(self.sections.values(), key=lambda e: e.get("order", 0))
        rows = [[i + 1, e.get("label", ""), e["status"], e["reason"]] for i, e in enumerate(ordered)]
        done = sum(1 for e in ordered if e["status"] in ("完成", "失败"))
        parts = []
        for e in ordered:
            label = e.get("label", "")
            text = e["text"] or ""
            # a run-in （一） heading is already the start of the section's own text
            if label and label not in SECTION_NAMES.values() and not text.startswith(label[:3]):
                parts.append(f"**{label}**")
            parts.append(text or f"*（{e['status']}）*")
        message = " ".join([m for m in [self.message] + self.notices if m])
        return DraftProgress(self.draft_id, rows, done, len(ordered), "\n\n".join(parts), message,
                             finished=self.finished,
                             failed=any(e["status"] == "失败" for e in ordered))


async def draft_updates(form_or_facts: FactsForm | Facts, *, settings: Settings, store: Store,
                        owner: str | None = None, skeleton: str | None = None,
                        min_interval: float = 0.2, last_year=None,
                        draft_id: str | None = None) -> AsyncIterator[DraftProgress]:
    """Drafts the report and yields what the tab should show, at most every ``min_interval`` s
    while text streams (every status change is shown at once). Errors become a Chinese message.
    ``last_year`` (drafter.lastyear.LastYearReport) is kept with the draft. With ``draft_id`` (the
    open draft) the new texts become versions of that draft."""
    from drafter.draft import draft_report

    tracker = _Tracker()
    try:
        facts = form_or_facts if isinstance(form_or_facts, Facts) else form_to_facts(form_or_facts)
    except FactsError as exc:
        yield DraftProgress(None, [], 0, 0, "", "事实材料有误，未开始生成：\n" + "\n".join(exc.problems),
                            finished=True, failed=True)
        return
    events = draft_report(facts, settings=settings, store=store, owner=owner,
                          skeleton=skeleton or facts.skeleton or None, last_year=last_year, draft_id=draft_id)
    async for progress in _tracked(events, tracker, store=store, owner=owner, settings=settings,
                                   min_interval=min_interval):
        yield progress


async def resume_updates(store: Store, draft_id: str, *, settings: Settings, owner: str | None = None,
                         min_interval: float = 0.2) -> AsyncIterator[DraftProgress]:
    """继续生成: drafts only the sections of an interrupted draft that have no text yet."""
    from drafter.draft import resume_draft

    tracker = _Tracker()
    try:
        tracker.draft_id = draft_id
        tracker.outline(_load_draft(store, draft_id, owner))
    except NotFound as exc:
        yield DraftProgress(None, [], 0, 0, "", str(exc), finished=True, failed=True)
        return
    events = resume_draft(draft_id, settings=settings, store=store, owner=owner)
    async for progress in _tracked(events, tracker, store=store, owner=owner, settings=settings,
                                   min_interval=min_interval):
        yield progress


async def _tracked(events, tracker: "_Tracker", *, store: Store, owner: str | None, settings: Settings,
                   min_interval: float) -> AsyncIterator[DraftProgress]:
    """The progress a run's events add up to, at most every ``min_interval`` s while text streams."""
    last = 0.0
    try:
        async for ev in events:
            status_change = ev.status not in ("生成中",) or not ev.delta
            if tracker.draft_id is None and ev.draft_id:
                tracker.draft_id = ev.draft_id
                try:
                    tracker.outline(store.get_draft(ev.draft_id, owner=owner))
                except StoreError:
                    pass
            elif (not tracker.outlined and ev.section_key and ev.status != "排队"
                  and tracker.draft_id):
                # the rows are written while the first sections start: read the numbered headings once
                try:
                    tracker.outline(store.get_draft(tracker.draft_id, owner=owner))
                except StoreError:
                    pass
            tracker.apply(ev)
            now = time.monotonic()
            if status_change or now - last >= min_interval:
                last = now
                yield tracker.snapshot()
    except Exception as exc:  # noqa: BLE001 - the clerk gets a reason, never a traceback
        from drafter.draft import DraftError

        if not isinstance(exc, (FactsError, StoreError, DraftError)):  # those are already the clerk's message
            log.exception("drafting failed")
        tracker.message = f"生成中断：{_reason(exc)}"
        tracker.finished = True
        snap = tracker.snapshot()
        snap.failed = True
        yield snap
        return
    tracker.finished = True
    final = tracker.snapshot()
    if tracker.draft_id:
        try:
            draft = store.get_draft(tracker.draft_id, owner=owner)
            tracker.outline(draft)
            final = tracker.snapshot()
            final.preview = report_markdown(draft, settings) or final.preview
        except StoreError:
            pass
    yield final


def report_markdown(draft: DraftRecord, settings: Settings | None = None) -> str | None:
    """The whole report as the export will lay it out (title, headings, signature, notice)."""
    from drafter.draft import render_blocks
    from drafter.export import to_markdown

    try:
        return to_markdown(render_blocks(draft, settings=settings))
    except Exception:  # noqa: BLE001 - the streamed preview stays if rendering is not possible
        log.exception("rendering the preview failed")
        return None


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return text if text and re.search(r"[\u4e00-\u9fff]", text) else f"程序内部错误（{type(exc).__name__}）"


def progress_html(done: int, total: int, *, finished: bool = False, failed: bool = False) -> str:
    pct = int(round(100 * done / total)) if total else (100 if finished else 0)
    if finished and failed and not total:
        pct = 0
        label = "未能开始生成：原因见上方提示，改正后再点“生成初稿”"
    elif finished and failed:
        label = f"已结束：{done}/{total} 节，有未完成的章节"
    elif finished:
        label = f"全部完成：{done}/{total} 节"
    elif total:
        label = f"正在生成：已完成 {done}/{total} 节"
    else:
        label = "正在准备……"
    return (f'<div class="drafter-progress" data-done="{done}" data-total="{total}" '
            f'data-finished="{str(finished).lower()}" data-failed="{str(finished and failed).lower()}">'
            f'<div class="bar"><div class="fill" style="width:{pct}%"></div></div>'
            f'<div class="label">{label}</div></div>')


# --------------------------------------------------------------------------- review


@dataclass
class SectionView:
    ok: bool
    message: str = ""
    draft_id: str = ""
    key: str = ""
    label: str = ""
    status: str = ""
    text: str = ""
    current_no: int | None = None
    highlighted: list[tuple[str, str | None]] = field(default_factory=list)
    findings_md: str = ""
    versions: list[list] = field(default_factory=list)
    version_choices: list[tuple[str, int]] = field(default_factory=list)
    exemplars: list[list] = field(default_factory=list)
    choices: list[tuple[str, str]] = field(default_factory=list)   # the section dropdown, refreshed


def finding_label(f: dict) -> str:
    label = FINDING_LABELS.get(f.get("kind", ""), f.get("kind", "") or "待核")
    if f.get("kind") == "derived" and f.get("formula"):
        return f"推算数字（{f['formula']}）"
    return label


def highlight(text: str, findings: list[dict]) -> list[tuple[str, str | None]]:
    """Text cut at the findings' spans, each span labelled; overlaps keep the first-starting one."""
    spans = sorted((f for f in findings or [] if f.get("start") is not None and f.get("end") is not None
                    and 0 <= f["start"] < f["end"] <= len(text)), key=lambda f: (f["start"], -f["end"]))
    out: list[tuple[str, str | None]] = []
    pos = 0
    for f in spans:
        if f["start"] < pos:
            continue
        if f["start"] > pos:
            out.append((text[pos:f["start"]], None))
        out.append((text[f["start"]:f["end"]], finding_label(f)))
        pos = f["end"]
    if pos < len(text) or not out:
        out.append((text[pos:], None))
    return out


def findings_markdown(findings: list[dict]) -> str:
    if not findings:
        return "核验通过：本节每个数字都能在事实材料中找到依据。"
    order = {"error": 0, "warning": 1, "info": 2}
    lines = []
    problems = [f for f in findings if f.get("severity") != "info"]
    head = f"本节有 {len(problems)} 处需要核对" if problems else "本节数字均有依据"
    lines.append(head + "：")
    for f in sorted(findings, key=lambda f: order.get(f.get("severity"), 3)):
        sev = SEVERITY_LABELS.get(f.get("severity"), f.get("severity", ""))
        quote = f"“{f['text']}”" if f.get("text") else ""
        formula = f"（公式：{f['formula']}）" if f.get("formula") else ""
        lines.append(f"- 【{sev}·{finding_label(f)}】{quote}{f.get('message', '')}{formula}")
    return "\n".join(lines)


def _heading_path(path) -> str:
    if isinstance(path, (list, tuple)):
        path = " › ".join(p for p in path if p)
    return path or "—（开头或无标题部分）"


def _version_row(v: VersionRecord) -> list:
    who = v.author or (v.model or v.backend or "")
    problems = sum(1 for f in v.findings or [] if f.get("severity") != "info")
    source = SOURCE_LABELS.get(v.source, v.source) + ("（候选）" if v.candidate else "")
    return [v.no, source, local_time(v.created_at), who,
            v.instruction or "", problems]


def section_view(store: Store, draft_id: str, key: str | None, *, owner: str | None = None) -> SectionView:
    try:
        draft = _load_draft(store, draft_id, owner)
    except NotFound as exc:
        return SectionView(False, str(exc))
    if not draft.sections:
        return SectionView(False, "这份草稿还没有章节。", draft_id=draft.id)
    try:
        # with no section asked for, open the first that needs the editor (failed or with problems)
        ordered = sorted(draft.sections, key=lambda s: s.order)
        needing = [s for s in ordered if s.status == "失败" or _open_problems(s)]
        section = draft.section(key) if key else (needing or ordered)[0]
    except NotFound as exc:
        return SectionView(False, str(exc), draft_id=draft.id)
    versions = store.versions(draft.id, section.key)
    current = section.current or (versions[-1] if versions else None)
    text = current.text if current else ""
    findings = list(current.findings) if current else []
    exemplars = [[e.get("title") or e.get("doc", ""), _heading_path(e.get("heading_path")),
                  round(float(e["score"]), 3) if e.get("score") is not None else ""]
                 for e in (current.exemplars if current else [])]
    status = section.status + (f"：{section.reason}" if section.reason else "")
    return SectionView(
        True, "", draft_id=draft.id, key=section.key, label=section_label(section), status=status,
        text=text, current_no=current.no if current else None,
        highlighted=highlight(text, findings), findings_md=findings_markdown(findings),
        versions=[_version_row(v) for v in reversed(versions)],
        version_choices=[(f"第{v.no}版 · {SOURCE_LABELS.get(v.source, v.source)} · {local_time(v.created_at)}", v.no)
                         for v in reversed(versions)],
        exemplars=exemplars, choices=section_choices(draft),
    )


def save_section(store: Store, draft_id: str, key: str, text: str, *, owner: str | None = None,
                 base_no: int | None = None, settings: Settings | None = None) -> SectionView:
    """An editor's text becomes a new version at once and is re-verified (by save_edit)."""
    from drafter.draft import save_edit

    try:
        draft = _load_draft(store, draft_id, owner)
        draft.section(key)
    except NotFound as exc:
        return SectionView(False, str(exc))
    current = draft.section(key).current
    if current is not None and current.text == text:
        view = section_view(store, draft_id, key, owner=owner)
        view.message = "内容没有变化，未新建版本。"
        return view
    try:
        record, _verification = save_edit(store, draft.id, key, text, author=owner, base_no=base_no,
                                          settings=settings)
    except (StoreError, ValueError) as exc:
        return SectionView(False, f"保存失败：{exc}")
    view = section_view(store, draft_id, key, owner=owner)
    view.message = f"已保存为第{record.no}版，并重新核验。"
    return view


async def regenerate_updates(store: Store, draft_id: str, key: str, *, settings: Settings,
                             instruction: str | None = None, owner: str | None = None,
                             min_interval: float = 0.2) -> AsyncIterator[SectionView]:
    """Streams the new text into the editor; the final view carries the new version."""
    from drafter.draft import regenerate_section

    try:
        _load_draft(store, draft_id, owner).section(key)
    except NotFound as exc:
        yield SectionView(False, str(exc))
        return
    text, last, failure, candidate = "", 0.0, "", ""
    try:
        async for ev in regenerate_section(draft_id, key, settings=settings, store=store,
                                           instruction=(instruction or "").strip() or None, owner=owner):
            if ev.section_key is None and ev.status == "结束" and "候选" in (ev.message or ""):
                candidate = ev.message      # an edit was saved meanwhile: it stays, the clerk is told
            if ev.section_key not in (None, key):
                continue
            if ev.text:
                text = ev.text
            elif ev.delta:
                text += ev.delta
            if ev.status == "失败":
                failure = ev.message or "重新生成失败"
            now = time.monotonic()
            if now - last >= min_interval:
                last = now
                yield SectionView(True, f"正在重新生成（{ev.status}）……", draft_id=draft_id, key=key,
                                  text=text, highlighted=[(text, None)])
    except Exception as exc:  # noqa: BLE001 - shown to the clerk in Chinese
        log.exception("regeneration failed")
        failure = _reason(exc)
    view = section_view(store, draft_id, key, owner=owner)
    view.message = (f"重新生成失败：{failure}（原有版本均已保留）" if failure
                    else f"⚠️ {candidate}" if candidate else f"已重新生成，当前为第{view.current_no}版。")
    yield view


def diff_view(store: Store, draft_id: str, key: str, no: int | None, *,
              owner: str | None = None) -> tuple[list[tuple[str, str | None]], str]:
    """Version ``no`` against the current text, as highlighted 新增/删除 pieces."""
    try:
        draft = _load_draft(store, draft_id, owner)
        section = draft.section(key)
    except NotFound as exc:
        return [], str(exc)
    if not no:
        return [], "请选择一个版本。"
    versions = {v.no: v for v in store.versions(draft.id, key)}
    if int(no) not in versions:
        return [], f"没有第{no}版。"
    old = versions[int(no)]
    current = section.current or max(versions.values(), key=lambda v: v.no)
    from drafter.draft import diff_versions

    labels = {"equal": None, "insert": "新增", "delete": "删除"}
    pieces = [(p.text, labels[p.op]) for p in diff_versions(store, draft.id, key, old.no, current.no)] or [("", None)]
    if old.no == current.no:
        return pieces, f"第{old.no}版就是当前版本。"
    return pieces, f"第{old.no}版 → 当前第{current.no}版：红色为当前版本删去的文字，绿色为新增的文字。"


def restore_section(store: Store, draft_id: str, key: str, no: int | None, *,
                    owner: str | None = None) -> SectionView:
    """A restore appends a copy as the newest version: nothing in between is lost."""
    try:
        _load_draft(store, draft_id, owner).section(key)
    except NotFound as exc:
        return SectionView(False, str(exc))
    if not no:
        view = section_view(store, draft_id, key, owner=owner)
        view.message = "请先在版本列表中选择要恢复的版本。"
        return view
    from drafter.draft import restore_version

    try:
        record = restore_version(store, draft_id, key, int(no), author=owner)
    except StoreError as exc:
        return SectionView(False, f"恢复失败：{exc}")
    view = section_view(store, draft_id, key, owner=owner)
    view.message = f"已将第{no}版恢复为当前版本（第{record.no}版）。"
    return view


# --------------------------------------------------------------------------- drafts, export


@dataclass
class DraftOpen:
    ok: bool
    message: str
    draft_id: str = ""
    title: str = ""
    form: FactsForm | None = None
    progress: DraftProgress | None = None
    choices: list[tuple[str, str]] = field(default_factory=list)
    backend: str = ""


def open_draft(store: Store, draft_id: str, *, owner: str | None = None,
               topics: dict[str, list[str]] | None = None) -> DraftOpen:
    """Reopen a stored draft: its facts back in the form, its sections in the status table."""
    try:
        draft = _load_draft(store, draft_id, owner)
    except NotFound as exc:
        return DraftOpen(False, str(exc))
    form = None
    try:
        form = facts_to_form(facts_from_dict(draft.facts, source="草稿快照"), topics)
    except (FactsError, TypeError, ValueError):
        form = None
    return DraftOpen(True, f"已打开草稿：{draft.title}（编号 {draft.id}）", draft_id=draft.id, title=draft.title,
                     form=form, progress=stored_progress(draft), choices=section_choices(draft),
                     backend=draft.backend)


def stored_progress(draft: DraftRecord) -> DraftProgress:
    """The status table and the whole-report preview as the store has them now."""
    tracker = _Tracker()
    tracker.draft_id = draft.id
    tracker.outline(draft)
    tracker.finished = all(s.status in ("完成", "失败", "中断") for s in draft.sections)
    progress = tracker.snapshot()
    progress.preview = report_markdown(draft) or progress.preview
    return progress


def draft_overview(store: Store, draft_id: str, *, owner: str | None = None) -> DraftProgress | None:
    """What 生成初稿 should show after an edit elsewhere; None when the draft cannot be opened."""
    try:
        return stored_progress(_load_draft(store, draft_id, owner))
    except NotFound:
        return None


def list_my_drafts(store: Store, *, owner: str | None = None) -> tuple[list[list], list[tuple[str, str]]]:
    drafts = store.list_drafts(owner=owner)
    rows = [[d.id, d.title, d.skeleton, d.backend, local_time(d.created_at), local_time(d.updated_at)]
            for d in drafts]
    choices = [(f"{d.title}（{local_time(d.updated_at)} · {d.id}）", d.id) for d in drafts]
    return rows, choices


def _safe_name(title: str) -> str:
    name = re.sub(r'[\\/:*?"<>|\s]+', "", title or "")[:60]
    return name or "报告"


def export_file(store: Store, draft_id: str, fmt: str, *, owner: str | None = None,
                out_dir: Path | None = None, settings: Settings | None = None) -> tuple[Path | None, str]:
    """Writes the .docx or .md through export_draft into a fresh temp folder Gradio may serve."""
    try:
        draft = _load_draft(store, draft_id, owner)
    except NotFound as exc:
        return None, str(exc)
    fmt = fmt.lstrip(".").lower()
    if fmt not in ("docx", "md"):
        return None, f"不支持导出为 .{fmt}"
    out_dir = Path(out_dir or scratch_folder("export"))
    path = out_dir / f"{_safe_name(draft.title)}.{fmt}"
    from drafter.draft import export_draft

    try:
        result = export_draft(store, draft.id, path, settings=settings, owner=owner)
        path = Path(result) if isinstance(result, (str, Path)) else path
    except (StoreError, OSError, ValueError) as exc:
        return None, f"导出失败：{_reason(exc)}"
    message = f"已导出 {path.name}，点击下方文件名即可下载。"
    errors = _unresolved_errors(store, draft.id, owner)
    if errors:
        message += f"⚠️ 注意：稿中有{errors}处数字核验错误尚未解决，请到“审阅修改”中核对后再使用。"
    return path, message


EXPORT_LABELS = ("导出 Word（.docx）", "导出 Markdown（.md）")


def export_labels(store: Store, draft_id: str | None, *, owner: str | None = None) -> tuple[str, str]:
    """The export buttons' labels: with the count of unresolved 错误 findings when there are any,
    so a draft with errors is never exported without the clerk seeing it."""
    errors = _unresolved_errors(store, draft_id or "", owner) if draft_id else 0
    if not errors:
        return EXPORT_LABELS
    return tuple(f"{label}（{errors}处错误待核对）" for label in EXPORT_LABELS)


def _unresolved_errors(store: Store, draft_id: str, owner: str | None) -> int:
    """错误 findings in the current text of every section: an export never hides them."""
    try:
        draft = _load_draft(store, draft_id, owner)
    except NotFound:
        return 0
    return sum(1 for s in draft.sections for f in (s.current.findings if s.current else [])
               if f.get("severity") == "error")


__all__ = [
    "FACT_COLUMNS", "TABLE_COLUMNS", "TOPIC_COLUMNS", "INFERRED_MARK", "topic_table", "annotate_rows", "STATUS_COLUMNS", "VERSION_COLUMNS", "EXEMPLAR_COLUMNS", "DRAFT_COLUMNS",
    "FINDING_LABELS", "FINDING_COLORS", "LEVELS", "FactsForm", "FactsLoad", "DraftProgress", "SectionView",
    "DraftOpen", "backend_label", "owner_of", "facts_to_form", "form_to_facts", "form_to_dict", "load_facts_file",
    "check_form", "errors_html", "skeleton_choices", "template_file", "draft_updates", "progress_html",
    "section_view", "save_section", "draft_overview", "stored_progress", "regenerate_updates", "resume_updates", "diff_view", "restore_section", "open_draft",
    "list_my_drafts", "export_file", "export_labels", "highlight", "findings_markdown", "section_choices", "section_label",
]
