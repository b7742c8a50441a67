"""The plain records the store hands out (no SQL here)."""

from __future__ import annotations

from dataclasses import dataclass, field

SECTION_STATUSES = ("排队", "生成中", "核验中", "修复中", "完成", "失败", "中断")
# a section in one of these states is being worked on by a drafting run
IN_PROGRESS_STATUSES = ("排队", "生成中", "核验中", "修复中")
VERSION_SOURCES = ("generated", "repaired", "edited", "restored", "regenerated")
# versions a person chose: a machine version started before one of these never replaces it
HUMAN_SOURCES = ("edited", "restored")
INTERRUPTED_REASON = "起草进程已中止，本节未生成"
TRASH_DAYS = 30               # a deleted draft stays restorable in the 回收站 this long
MAX_TITLE_CHARS = 100
# how each source is named to the clerk, the same in the CLI and the UI
SOURCE_LABELS = {"generated": "生成", "repaired": "核验后修复", "edited": "人工修改", "restored": "恢复旧版本",
                 "regenerated": "重新生成"}


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
    base_no: int | None = None    # the version the writer started from (restored: the copied one)
    candidate: bool = False       # made from an older base than a human edit: kept, but not current


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
    candidate_no: int | None = None   # the newest candidate version newer than ``current``


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
    running: bool = False         # a drafting process is working on it right now
    last_year: dict | None = None  # last year's report read for it: {"name", "paragraphs"}, or None
    deleted_at: str | None = None # in the 回收站 since then (ISO 8601); None for a live draft

    @property
    def interrupted(self) -> list[SectionRecord]:
        """Sections a drafting run left unfinished (its process was killed or stopped)."""
        return [s for s in self.sections if s.status == "中断"]

    def section(self, key: str) -> SectionRecord:
        for s in self.sections:
            if s.key == key:
                return s
        raise NotFound(f"草稿 {self.id} 中没有“{key}”这一节")
