"""An editor's own text, re-verification, version diffs and restore.

Every change is a new version (the store is append-only), so an edit and a later
regeneration always both survive; findings are recomputed for the text that is now current.
"""

from __future__ import annotations

import difflib
import re

from drafter.config import Settings
from drafter.draft import DiffPiece
from drafter.draft._flow import planned_from_record
from drafter.draft._report import finding_dicts
from drafter.facts import facts_from_dict
from drafter.store import DraftRecord, NotFound, Store, VersionRecord


def _expected_facts(draft: DraftRecord, key: str, settings: Settings | None):
    facts = facts_from_dict(draft.facts, source=f"草稿 {draft.id}")
    planned = planned_from_record(facts, settings or Settings(), draft.skeleton, draft.section(key))
    table = {f.id: f for f in facts.facts}
    expected = [table[i] for i in planned.fact_ids if i in table]
    return facts, planned, expected


def verify_text_for(draft: DraftRecord, key: str, text: str, settings: Settings | None = None):
    from drafter.verify import verify_text

    facts, planned, expected = _expected_facts(draft, key, settings)
    return verify_text(text, facts.facts, year=facts.year, section_kind=planned.kind, expected=expected,
                       stated=planned.points)


def verify_section(draft: DraftRecord, key: str, *, settings: Settings | None = None):
    current = draft.section(key).current
    return verify_text_for(draft, key, current.text if current else "", settings)


def save_edit(store: Store, draft_id: str, key: str, text: str, *, author: str | None = None,
              base_no: int | None = None, settings: Settings | None = None):
    draft = store.get_draft(draft_id)
    section = draft.section(key)                         # NotFound for an unknown key, before writing
    verification = verify_text_for(draft, key, text, settings)
    findings = finding_dicts(verification.findings)
    version = store.add_version(draft_id, key, text, source="edited", backend="", author=author,
                                base_no=base_no, findings=findings, status="完成",
                                exemplars=_base_exemplars(store, draft_id, section, base_no))
    return version, verification


def _base_exemplars(store: Store, draft_id: str, section, base_no: int | None) -> list[dict]:
    """An edit reworks the text the exemplars were found for, so it keeps them: the 范文 panel
    must not go empty because the clerk changed a word."""
    base = section.current
    if base_no is not None:
        try:
            base = store.version(draft_id, section.key, int(base_no))
        except (NotFound, ValueError):   # a stale base number only loses the panel, never the edit
            base = section.current
    return list(base.exemplars) if base is not None else []


def restore_version(store: Store, draft_id: str, key: str, no: int, *, author: str | None = None) -> VersionRecord:
    return store.restore(draft_id, key, no, author=author, status="完成")


_SENTENCE = re.compile(r"[^。；！？\n]+[。；！？]?|\n")


def sentences(text: str) -> list[str]:
    """Chinese has no spaces and few line breaks, so a diff by line is useless: diff by sentence."""
    return _SENTENCE.findall(text or "")


def diff_texts(old: str, new: str) -> list[DiffPiece]:
    a, b = sentences(old), sentences(new)
    pieces: list[DiffPiece] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            pieces.append(DiffPiece("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(DiffPiece("delete", "".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(DiffPiece("insert", "".join(b[j1:j2])))
    return pieces


def diff_versions(store: Store, draft_id: str, key: str, a: int, b: int) -> list[DiffPiece]:
    old, new = store.version(draft_id, key, a), store.version(draft_id, key, b)
    return diff_texts(old.text, new.text)


def format_diff(pieces: list[DiffPiece]) -> str:
    """Plain-text rendering for the terminal: − removed, ＋ added, unchanged sentences kept short."""
    out = []
    for p in pieces:
        if p.op == "delete":
            out.append(f"－ {p.text}")
        elif p.op == "insert":
            out.append(f"＋ {p.text}")
        else:
            out.append(f"  {p.text[:30]}{'……' if len(p.text) > 30 else ''}")
    return "\n".join(out)
