"""Drafts, sections and every section version in SQLite: nothing a clerk wrote is ever lost.

    store = Store(settings.db_path)            # creates the folder, the file and the schema
    draft_id = store.create_draft(title=..., skeleton="四段式", facts=facts.to_dict(), backend=name)
    store.add_section(draft_id, key="work-01", kind="work", heading="（一）行政复议", number="（一）",
                      topic="行政复议", order=3)
    store.set_status(draft_id, "work-01", "生成中")
    v = store.add_version(draft_id, "work-01", text, source="generated", backend=name, ...)
    store.get_draft(draft_id, owner=user).section("work-01").current.text

Versions are append-only: ``add_version`` and ``restore`` always append ``no = max + 1`` in
one write transaction, so concurrent writers never collide and an edit is never overwritten;
the current version is the one with the highest number that is not a *candidate*. A machine
version (generated, repaired, regenerated) made from an older base than a human version
(edited, restored) is appended as a candidate: listed, restorable, never current by itself.
Only ``update_findings`` changes an existing version, because findings are derived from its text.
``create_draft(last_year={"name", "paragraphs"})`` keeps last year's report with the draft
(``DraftRecord.last_year``), so reopening it shows the comparison with last year again.

Drafts behave like files: ``rename_draft``, ``copy_draft`` (every version comes along),
``delete_draft`` moves one to the 回收站 (hidden, restorable with ``restore_draft``), and
``purge_trash`` deletes for good what has been there longer than ``TRASH_DAYS`` (30) days —
the only way a version ever leaves the store.

A drafting run records its process (``create_draft(running=True)`` / ``begin_run``, then
``end_run``); when that process is gone (kill -9), ``get_draft`` reports its unfinished
sections as 中断, and ``drafter resume`` drafts them. Draft ids are 8 characters
of ``[2-9a-z]`` without look-alikes. Every method is safe to call from any thread (one
short-lived SQLite connection per call; WAL mode). Errors are ``StoreError``/``NotFound``
with Chinese messages.
"""

from __future__ import annotations

from pathlib import Path  # noqa: F401  (part of the documented signature)

from drafter.store._records import (HUMAN_SOURCES, SECTION_STATUSES, SOURCE_LABELS, TRASH_DAYS, VERSION_SOURCES,
                                    DraftRecord, NotFound,
                                    SectionRecord, StoreError, VersionRecord)
from drafter.store._store import Store

__all__ = ["HUMAN_SOURCES", "SECTION_STATUSES", "SOURCE_LABELS", "TRASH_DAYS", "VERSION_SOURCES", "DraftRecord",
           "NotFound", "SectionRecord",
           "Store", "StoreError", "VersionRecord", "local_time"]


def local_time(iso: str | None) -> str:
    """A stored UTC timestamp as the clerk's wall clock shows it ("2024-01-26 09:05"): the store
    keeps UTC so machines in different zones agree, people read their own time."""
    if not iso:
        return ""
    from datetime import datetime, timezone

    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
