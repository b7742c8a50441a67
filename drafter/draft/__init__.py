"""Plan a report from a skeleton, draft every section concurrently, verify, repair, store; regenerate one.

The UI and the CLI use only the functions here. Drafting is an async generator of
:class:`DraftEvent` so a caller can show text as it streams in (the CLI simply runs it
with ``asyncio.run``).

Section statuses, in order: 排队 → 生成中 → 核验中 → (修复中 → 核验中)* → 完成 | 失败.
Whole-draft events (``section_key`` None): 开始 (message: the backend in use), 提示
(a one-off notice, e.g. no exemplars), 结束 (message: the verification summary).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, AsyncIterator

from drafter.config import Settings
from drafter.draft._plan import DraftError
from drafter.export import Block
from drafter.facts import Facts
from drafter.store import DraftRecord, Store

if TYPE_CHECKING:
    from drafter.verify import Verification

__all__ = [
    "PlannedSection", "Outline", "DraftEvent", "DiffPiece", "DraftError", "NOTICE_OFFLINE",
    "list_skeletons", "plan", "draft_report", "regenerate_section", "resume_draft", "save_edit", "render_blocks",
    "verify_section", "diff_versions", "restore_version", "export_draft", "draft_summary", "report_layout",
    "exemplars_worth_reading", "no_exemplars_message", "instruction_feedback",
]

NOTICE_OFFLINE = "本稿由离线模板根据录入事实生成，未经大模型改写，请核对后使用。"


@dataclass
class PlannedSection:
    key: str
    kind: str
    heading: str
    number: str
    topic: str | None
    order: int
    query: str             # retrieval query for exemplars
    target_chars: int
    fact_ids: list[str] = field(default_factory=list)   # the facts this section must use (each fact in one section)
    points: list[str] = field(default_factory=list)     # the clerk's qualitative points for it
    last_plans: list[str] = field(default_factory=list)  # last year's plans no fact answers: their outcome asked for here


@dataclass
class Outline:
    skeleton: str
    title: str
    sections: list[PlannedSection] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)      # the rendered frame; "@@section <key>" marks a section
    date: str = ""                                      # 成文日期 used in the frame

    def section(self, key: str) -> PlannedSection:
        for s in self.sections:
            if s.key == key:
                return s
        raise DraftError(f"提纲中没有“{key}”这一节")


@dataclass
class DraftEvent:
    draft_id: str
    section_key: str | None     # None for whole-draft events
    status: str                 # 排队/生成中/核验中/修复中/完成/失败, or "开始"/"提示"/"结束" for the whole draft
    delta: str = ""             # newly streamed text
    text: str = ""              # the section's text so far / final
    message: str = ""           # Chinese: failure reason, verification summary, backend in use


@dataclass
class DiffPiece:
    """One run of a sentence-level diff: op is "equal", "delete" or "insert"."""

    op: str
    text: str


def list_skeletons(settings: Settings) -> list[tuple[str, str]]:
    """(name, one-line Chinese description) for each skeleton in templates/."""
    from drafter.draft._plan import list_skeleton_descriptions

    return list_skeleton_descriptions(settings)


def plan(facts: Facts, settings: Settings, skeleton: str | None = None, *,
         closing: bool | None = None) -> Outline:
    """The report's sections in order, each with its facts, points, exemplar query and target length.

    ``closing`` adds a 结束语 section (default: only when the facts ask for one)."""
    from drafter.draft._outline import build_outline

    return build_outline(facts, settings, skeleton, closing=closing)


def draft_report(facts: Facts, *, settings: Settings, store: Store, owner: str | None = None,
                 skeleton: str | None = None, closing: bool | None = None,
                 backend=None, last_year=None, draft_id: str | None = None) -> AsyncIterator[DraftEvent]:
    """Creates the draft (or, with ``draft_id``, adds versions to that open draft: a section edited
    by hand keeps the edit and gets the new text as a candidate), then streams events until every
    section is 完成 or 失败.

    ``backend`` overrides the one chosen from settings (a configured OpenAIBackend, or a test's).
    ``last_year`` (drafter.lastyear.LastYearReport) is kept with the draft (DraftRecord.last_year)."""
    from drafter.draft._flow import draft_report as _draft

    return _draft(facts, settings=settings, store=store, owner=owner, skeleton=skeleton, closing=closing,
                  backend=backend, last_year=last_year, draft_id=draft_id)


def regenerate_section(draft_id: str, key: str, *, settings: Settings, store: Store,
                       instruction: str | None = None, owner: str | None = None,
                       backend=None) -> AsyncIterator[DraftEvent]:
    """Write one section again (optionally following ``instruction``) as a new version; earlier ones stay.

    The new version records ``owner`` as its author; an edit saved meanwhile is never overwritten."""
    from drafter.draft._flow import regenerate_section as _regen

    return _regen(draft_id, key, settings=settings, store=store, instruction=instruction, owner=owner,
                  backend=backend)


def resume_draft(draft_id: str, *, settings: Settings, store: Store, owner: str | None = None,
                 backend=None) -> AsyncIterator[DraftEvent]:
    """Draft only the sections that have no text yet (a run that was killed, failed sections);
    the finished sections are kept as they are."""
    from drafter.draft._flow import resume_draft as _resume

    return _resume(draft_id, settings=settings, store=store, owner=owner, backend=backend)


def save_edit(store: Store, draft_id: str, key: str, text: str, *, author: str | None = None,
              base_no: int | None = None, settings: Settings | None = None):
    """Store an editor's text as a new version and re-verify it; returns (VersionRecord, Verification)."""
    from drafter.draft._edit import save_edit as _save

    return _save(store, draft_id, key, text, author=author, base_no=base_no, settings=settings)


def verify_section(draft: DraftRecord, key: str, *, settings: Settings | None = None) -> "Verification":
    """Check the section's current text against the draft's facts snapshot."""
    from drafter.draft._edit import verify_section as _verify

    return _verify(draft, key, settings=settings)


def diff_versions(store: Store, draft_id: str, key: str, a: int, b: int) -> list[DiffPiece]:
    """Sentence-level differences from version ``a`` to version ``b`` of one section."""
    from drafter.draft._edit import diff_versions as _diff

    return _diff(store, draft_id, key, a, b)


def restore_version(store: Store, draft_id: str, key: str, no: int, *, author: str | None = None):
    """Make version ``no`` current again by appending a copy of it; returns the new VersionRecord."""
    from drafter.draft._edit import restore_version as _restore

    return _restore(store, draft_id, key, no, author=author)


def render_blocks(draft: DraftRecord, *, settings: Settings | None = None) -> list[Block]:
    """The whole report, in order, as export blocks (title, headings, sections, signature, notice)."""
    from drafter.draft._assemble import render_blocks as _render

    return _render(draft, settings=settings)


def report_layout(draft: DraftRecord, *, settings: Settings | None = None) -> list[tuple[str, str]]:
    """The report's frame in reading order: (block kind, text), or ("section", key) for a section."""
    from drafter.draft._assemble import report_layout as _layout

    return _layout(draft, settings)


def exemplars_worth_reading(draft: DraftRecord, key: str) -> list[dict]:
    """The current version's exemplars above the relevance floor, recent and same-level reports
    first (``drafter.draft._exemplars`` says how the floor was chosen); each dict gains its
    ``relevance`` (0–1, 1 = the best possible match)."""
    from drafter.draft._exemplars import worth_reading

    return worth_reading(draft, key)


def no_exemplars_message() -> str:
    """What the clerk reads when no exemplar of a section passes the floor."""
    from drafter.draft._exemplars import none_qualify_message

    return none_qualify_message()


def instruction_feedback(settings: Settings, instruction: str | None) -> str:
    """What the writer made of a regeneration instruction, in the words the CLI prints: the
    offline writer names what it applied and what it ignored; a model gets it as written."""
    if not (instruction or "").strip():
        return ""
    if settings.uses_llm:
        return f"已按要求“{instruction.strip()}”请模型重新生成。"
    from drafter.llm._offline import instruction_done_note, instruction_note

    return instruction_note(instruction) or instruction_done_note(instruction) or ""


def export_draft(store: Store, draft_id: str, path: Path, *, settings: Settings | None = None,
                 owner: str | None = None) -> Path:
    """Write the draft to ``path``: .docx (GB/T 9704), .md or .txt, chosen by the suffix."""
    from drafter.draft._assemble import export_draft as _export

    return _export(store, draft_id, Path(path), settings=settings, owner=owner)


def draft_summary(draft: DraftRecord) -> str:
    """A Chinese summary of a stored draft: backend, sections done/failed, findings, unused facts."""
    from drafter.draft._assemble import draft_summary as _summary

    return _summary(draft)
