"""我的草稿 as files (new, rename, copy, delete to the 回收站, restore), generating again on an open
draft, exports served only to their owner, and another user's draft id answered cleanly."""

from __future__ import annotations

import asyncio

import pytest

from drafter.draft import draft_report
from drafter.store import Store


def _collect(agen) -> list:
    async def run():
        return [item async for item in agen]
    return asyncio.run(run())


def test_generating_again_on_an_open_draft_adds_versions_and_keeps_an_edit(settings, example_facts):
    facts = example_facts
    store = Store(settings.db_path)
    events = _collect(draft_report(facts, settings=settings, store=store, owner="alice"))
    draft_id = events[0].draft_id
    first = store.get_draft(draft_id)
    assert first.title == f"{facts.org}{facts.year}年法治政府建设年度报告（初稿）"
    edited = first.sections[0].key
    store.add_version(draft_id, edited, "人工改写的一段。", source="edited", base_no=1, author="alice")

    again = _collect(draft_report(facts, settings=settings, store=store, owner="alice", draft_id=draft_id))
    assert {e.draft_id for e in again} == {draft_id}
    assert [d.id for d in store.list_drafts(owner="alice")] == [draft_id]     # no second draft
    draft = store.get_draft(draft_id)
    for s in draft.sections:
        if s.key == edited:
            assert s.current.text == "人工改写的一段。" and s.candidate_no == 3 and s.status == "完成"
        else:
            assert s.current.no == 2 and s.versions_count == 2 and s.status == "完成"


def test_generating_on_another_users_draft_is_refused(settings, example_facts):
    facts = example_facts
    from drafter.store import NotFound

    store = Store(settings.db_path)
    draft_id = _collect(draft_report(facts, settings=settings, store=store, owner="alice"))[0].draft_id
    with pytest.raises(NotFound):
        _collect(draft_report(facts, settings=settings, store=store, owner="bob", draft_id=draft_id))
    assert store.get_draft(draft_id).sections[0].versions_count == 1
