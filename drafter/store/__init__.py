"""Drafts, sections and every section version in SQLite: nothing a clerk wrote is ever lost.

CONTRACT (filled in by the store work):
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

SECTION_STATUSES = ("排队", "生成中", "核验中", "修复中", "完成", "失败")


class StoreError(RuntimeError):
    """Chinese message."""


class NotFound(StoreError):
    pass


@dataclass
class VersionRecord:
    no: int                       # 1, 2, ... per section
    text: str
    source: str                   # "generated" | "repaired" | "edited" | "restored" | "regenerated"
    backend: str                  # OFFLINE_NAME or model name, "" for edits
    model: str | None
    prompt_file: str | None
    instruction: str | None
    exemplars: list[dict]         # [{doc, title, heading_path, score}]
    findings: list[dict]          # verification findings as dicts
    created_at: str               # ISO 8601
    author: str | None = None


@dataclass
class SectionRecord:
    key: str
    kind: str
    heading: str
    number: str
    topic: str | None
    order: int
    status: str
    reason: str | None
    current: VersionRecord | None
    versions_count: int = 0


@dataclass
class DraftRecord:
    id: str
    title: str
    owner: str | None
    skeleton: str
    facts: dict                   # facts snapshot (Facts.to_dict())
    backend: str
    created_at: str
    updated_at: str
    sections: list[SectionRecord] = field(default_factory=list)

    def section(self, key: str) -> SectionRecord:
        for s in self.sections:
            if s.key == key:
                return s
        raise NotFound(f"草稿 {self.id} 中没有“{key}”这一节")


class Store:
    def __init__(self, path: Path):
        raise NotImplementedError

    # --- drafts
    def create_draft(self, *, title: str, skeleton: str, facts: dict, backend: str,
                     owner: str | None = None) -> str:
        """Returns a new draft id (short, URL-safe)."""
        raise NotImplementedError

    def add_section(self, draft_id: str, *, key: str, kind: str, heading: str, number: str,
                    topic: str | None, order: int) -> None:
        raise NotImplementedError

    def get_draft(self, draft_id: str, *, owner: str | None = None) -> DraftRecord:
        """Raises NotFound, also when ``owner`` is given and the draft belongs to someone else."""
        raise NotImplementedError

    def list_drafts(self, *, owner: str | None = None) -> list[DraftRecord]:
        """Newest first; sections not loaded."""
        raise NotImplementedError

    # --- sections and versions (append-only: a version is never changed or deleted)
    def set_status(self, draft_id: str, key: str, status: str, reason: str | None = None) -> None:
        raise NotImplementedError

    def add_version(self, draft_id: str, key: str, text: str, *, source: str, backend: str = "",
                    model: str | None = None, prompt_file: str | None = None,
                    instruction: str | None = None, exemplars: list[dict] | None = None,
                    findings: list[dict] | None = None, author: str | None = None,
                    base_no: int | None = None) -> VersionRecord:
        """Append a version and make it current. ``base_no`` is the version the writer started from;
        it is recorded, and a generation that started from an older version than the current one
        still only appends, so a concurrent edit is never overwritten."""
        raise NotImplementedError

    def versions(self, draft_id: str, key: str) -> list[VersionRecord]:
        raise NotImplementedError

    def restore(self, draft_id: str, key: str, no: int, *, author: str | None = None) -> VersionRecord:
        """Append a copy of version ``no`` as a new current version (source "restored")."""
        raise NotImplementedError

    def update_findings(self, draft_id: str, key: str, no: int, findings: list[dict]) -> None:
        """Findings are derived data, so they may be refreshed on an existing version."""
        raise NotImplementedError
