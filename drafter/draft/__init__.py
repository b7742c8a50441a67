"""Plan a report from a skeleton, draft every section concurrently, verify, repair, store; regenerate one.

CONTRACT (filled in by the draft work). The UI and the CLI use only these functions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import AsyncIterator

from drafter.brief import SectionBrief
from drafter.config import Settings
from drafter.export import Block
from drafter.facts import Facts
from drafter.store import DraftRecord, Store


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


@dataclass
class Outline:
    skeleton: str
    title: str
    sections: list[PlannedSection] = field(default_factory=list)


@dataclass
class DraftEvent:
    draft_id: str
    section_key: str | None     # None for whole-draft events
    status: str                 # 排队/生成中/核验中/修复中/完成/失败, or "开始"/"结束" for the whole draft
    delta: str = ""             # newly streamed text
    text: str = ""              # the section's text so far / final
    message: str = ""           # Chinese: failure reason, verification summary, backend in use


def list_skeletons(settings: Settings) -> list[tuple[str, str]]:
    """(name, one-line Chinese description) for each skeleton in templates/."""
    raise NotImplementedError


def plan(facts: Facts, settings: Settings, skeleton: str | None = None) -> Outline:
    raise NotImplementedError


def draft_report(facts: Facts, *, settings: Settings, store: Store, owner: str | None = None,
                 skeleton: str | None = None) -> AsyncIterator[DraftEvent]:
    """Creates the draft, then streams events until every section is 完成 or 失败."""
    raise NotImplementedError


def regenerate_section(draft_id: str, key: str, *, settings: Settings, store: Store,
                       instruction: str | None = None, owner: str | None = None) -> AsyncIterator[DraftEvent]:
    raise NotImplementedError


def save_edit(store: Store, draft_id: str, key: str, text: str, *, author: str | None = None,
              base_no: int | None = None):
    """Store an editor's text as a new version and re-verify it; returns (VersionRecord, Verification)."""
    raise NotImplementedError


def render_blocks(draft: DraftRecord) -> list[Block]:
    """The whole report, in order, as export blocks (title, headings, sections, signature, notice)."""
    raise NotImplementedError
