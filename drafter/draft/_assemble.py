"""The finished report: the skeleton's frame with each section's current text, as export blocks."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from drafter.config import Settings
from drafter.draft import NOTICE_OFFLINE
from drafter.draft._plan import SECTION_MARK, WORK_KEY_PREFIX, DraftError, render_frame
from drafter.draft._report import made_by, verification_phrase
from drafter.export import Block
from drafter.facts import facts_from_dict
from drafter.llm import OFFLINE_NAME
from drafter.store import DraftRecord, Store

log = logging.getLogger(__name__)

_PREFIXES = (("## ", "heading1"), ("### ", "heading2"), ("# ", "title"), ("@主送 ", "recipient"),
             ("@署名 ", "signature"), ("@日期 ", "date"))
_STANDALONE_HEADING = re.compile(r"^[（(][一二三四五六七八九十]+[）)][^。]{1,40}$")


def frame_lines(draft: DraftRecord, settings: Settings | None) -> list[str]:
    """The skeleton rendered again from the draft's own facts snapshot (its date is fixed there)."""
    facts = facts_from_dict(draft.facts, source=f"草稿 {draft.id}")
    keys = {s.key for s in draft.sections}
    try:
        lines, _, _ = render_frame(settings or Settings(), facts, draft.skeleton, closing="closing" in keys)
        marked = {line[len(SECTION_MARK):] for line in lines if line.startswith(SECTION_MARK)}
        if keys <= marked:
            return lines
        # the topic table changed since drafting, so the inferred （一） blocks were planned otherwise:
        # the frame stays (title, 主送, 特此报告, signature), the work items are the draft's own
        log.warning("frame for %s no longer holds sections %s", draft.id, sorted(keys - marked))
        spliced = _with_drafted_work_items(lines, draft)
        if spliced is not None:
            return spliced
    except DraftError as exc:               # skeleton gone or broken: a plain frame still exports
        log.warning("frame for %s not rendered: %s", draft.id, exc)
    lines = [f"# {draft.title}"]
    for s in sorted(draft.sections, key=lambda s: s.order):
        if s.number and not s.number.startswith("（") and s.heading:
            lines.append(f"## {s.heading}")
        lines.append(f"{SECTION_MARK}{s.key}")
    return lines


def _with_drafted_work_items(lines: list[str], draft: DraftRecord) -> list[str] | None:
    """``lines`` with its work-item markers replaced by the draft's own, in the draft's order."""
    work = [s.key for s in sorted(draft.sections, key=lambda s: s.order) if s.key.startswith(WORK_KEY_PREFIX)]
    others = {s.key for s in draft.sections} - set(work)
    kept, at = [], None
    for line in lines:
        if line.startswith(SECTION_MARK + WORK_KEY_PREFIX):
            at = len(kept) if at is None else at
            continue
        kept.append(line)
    marked = {line[len(SECTION_MARK):] for line in kept if line.startswith(SECTION_MARK)}
    if at is None or not others <= marked:
        return None
    return kept[:at] + [f"{SECTION_MARK}{key}" for key in work] + kept[at:]


def section_blocks(text: str) -> list[Block]:
    blocks = []
    for line in (text or "").splitlines():
        line = line.strip()
        if not line:
            continue
        kind = "heading2" if _STANDALONE_HEADING.match(line) else "paragraph"
        blocks.append(Block(kind, line))
    return blocks


def report_layout(draft: DraftRecord, settings: Settings | None) -> list[tuple[str, str]]:
    """The frame in reading order: (block kind, text) for each frame line, ("section", key) where a
    section's text goes. The export and the review page lay the report out from the same list."""
    out: list[tuple[str, str]] = []
    for line in frame_lines(draft, settings):
        if line.startswith(SECTION_MARK):
            out.append(("section", line[len(SECTION_MARK):]))
            continue
        for prefix, kind in _PREFIXES:
            if line.startswith(prefix):
                out.append((kind, line[len(prefix):].strip()))
                break
        else:
            out.append(("paragraph", line.strip()))
    return out


def render_blocks(draft: DraftRecord, *, settings: Settings | None = None) -> list[Block]:
    sections = {s.key: s for s in draft.sections}
    blocks: list[Block] = []
    for kind, value in report_layout(draft, settings):
        if kind != "section":
            blocks.append(Block(kind, value))
            continue
        section = sections.get(value)
        if section is None:
            continue
        if section.current is None or not section.current.text.strip():
            why = section.reason or section.status
            blocks.append(Block("notice", f"【“{section.heading or section.kind}”尚未生成（{why}），请重新生成本节】"))
            continue
        blocks.extend(section_blocks(section.current.text))
    if any(s.current is not None and s.current.backend == OFFLINE_NAME for s in draft.sections):
        blocks.append(Block("notice", NOTICE_OFFLINE))
    return blocks


def export_draft(store: Store, draft_id: str, path: Path, *, settings: Settings | None = None,
                 owner: str | None = None) -> Path:
    from drafter.export import to_docx, to_markdown, to_text

    draft = store.get_draft(draft_id, owner=owner)
    blocks = render_blocks(draft, settings=settings)
    suffix = path.suffix.lower()
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".docx":
        return to_docx(blocks, path)
    if suffix in (".md", ".markdown"):
        path.write_text(to_markdown(blocks), encoding="utf-8")
        return path
    if suffix == ".txt":
        path.write_text(to_text(blocks), encoding="utf-8")
        return path
    raise DraftError(f"无法导出为“{path.suffix or path.name}”格式：请使用 .docx、.md 或 .txt 作为文件扩展名")


def draft_summary(draft: DraftRecord) -> str:
    done = [s for s in draft.sections if s.status == "完成" and s.current is not None]
    failed = [s for s in draft.sections if s.status == "失败"]
    kinds = [f.get("kind", "") for s in done for f in s.current.findings if f.get("severity") in ("error", "warning")]
    backends = {s.current.backend for s in done if s.current.backend}
    made = "；".join(made_by(b) for b in sorted(backends)) if backends else made_by(draft.backend)
    text = f"{made}。共{len(draft.sections)}节：完成{len(done)}节，失败{len(failed)}节"
    if failed:
        text += "（" + "、".join(s.heading or s.key for s in failed) + "）"
    stopped = draft.interrupted
    if stopped:
        text += f"，中断{len(stopped)}节（起草进程已中止，可用 drafter resume {draft.id} 继续生成）"
    if not done:
        return text + "。没有写成任何一节，请排除失败原因后重新生成。"
    text += "。" + verification_phrase(kinds) + "。"
    return text
