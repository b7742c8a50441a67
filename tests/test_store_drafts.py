"""Drafts that behave like files: rename, copy, delete to the 回收站, restore, purge after 30 days,
and a version-2 database opened by this drafter keeps everything."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from drafter.store import TRASH_DAYS, NotFound, Store, StoreError
from drafter.store._schema import MIGRATIONS, SCHEMA_VERSION, _statements


@pytest.fixture
def store(settings):
    return Store(settings.db_path)


def _draft(store, owner=None, title="示例区司法局2023年法治政府建设年度报告（初稿）"):
    draft_id = store.create_draft(title=title, skeleton="四段式", facts={"机关名称": "示例区司法局"},
                                  backend="离线模板", owner=owner)
    store.add_section(draft_id, key="intro", kind="intro", heading="", number="", topic=None, order=0)
    store.add_version(draft_id, "intro", "第一版。", source="generated", status="完成")
    store.add_version(draft_id, "intro", "人工改过。", source="edited", base_no=1)
    return draft_id


def test_rename_keeps_the_versions_and_refuses_a_blank_title(store):
    draft_id = _draft(store, owner="alice")
    assert store.rename_draft(draft_id, "  东城区 2023 年报告 ", owner="alice") == "东城区 2023 年报告"
    assert store.get_draft(draft_id).title == "东城区 2023 年报告"
    assert store.get_draft(draft_id).section("intro").current.text == "人工改过。"
    with pytest.raises(StoreError, match="不能为空"):
        store.rename_draft(draft_id, "   ", owner="alice")
    with pytest.raises(StoreError, match="太长"):
        store.rename_draft(draft_id, "长" * 101, owner="alice")
    with pytest.raises(NotFound):
        store.rename_draft(draft_id, "别人的", owner="bob")
    assert store.get_draft(draft_id).title == "东城区 2023 年报告"


def test_copy_has_every_version_and_is_independent(store):
    draft_id = _draft(store, owner="alice")
    copy_id = store.copy_draft(draft_id, owner="alice")
    assert copy_id != draft_id
    copy = store.get_draft(copy_id, owner="alice")
    assert copy.title.endswith("（副本）") and copy.owner == "alice" and copy.facts == {"机关名称": "示例区司法局"}
    assert [v.text for v in store.versions(copy_id, "intro")] == ["第一版。", "人工改过。"]
    store.add_version(copy_id, "intro", "只改副本。", source="edited", base_no=2)
    assert store.get_draft(draft_id).section("intro").current.text == "人工改过。"
    with pytest.raises(NotFound):
        store.copy_draft(draft_id, owner="bob")


def test_copy_of_a_draft_being_written_is_not_left_queued(store):
    draft_id = store.create_draft(title="报告", skeleton="四段式", facts={}, backend="m", running=True)
    store.add_section(draft_id, key="intro", kind="intro", heading="", number="", topic=None, order=0)
    store.add_section(draft_id, key="plans", kind="plans", heading="", number="", topic=None, order=1)
    store.add_version(draft_id, "intro", "导语。", source="generated", status="完成")
    copy = store.get_draft(store.copy_draft(draft_id))
    assert [s.status for s in copy.sections] == ["完成", "中断"] and not copy.running


def test_delete_goes_to_the_trash_and_restore_brings_it_back(store):
    draft_id = _draft(store, owner="alice")
    with pytest.raises(NotFound):
        store.delete_draft(draft_id, owner="bob")
    store.delete_draft(draft_id, owner="alice")
    assert [d.id for d in store.list_drafts(owner="alice")] == []
    trash = store.list_drafts(owner="alice", trash=True)
    assert [d.id for d in trash] == [draft_id] and trash[0].deleted_at
    with pytest.raises(NotFound, match="回收站"):
        store.get_draft(draft_id, owner="alice")
    with pytest.raises(NotFound):
        store.restore_draft(draft_id, owner="bob")
    store.restore_draft(draft_id, owner="alice")
    assert [d.id for d in store.list_drafts(owner="alice")] == [draft_id]
    assert store.get_draft(draft_id).section("intro").current.text == "人工改过。"
    with pytest.raises(StoreError, match="不在回收站"):
        store.restore_draft(draft_id, owner="alice")


def test_a_draft_being_written_cannot_be_deleted(store):
    draft_id = store.create_draft(title="报告", skeleton="四段式", facts={}, backend="m", running=True)
    with pytest.raises(StoreError, match="正在生成"):
        store.delete_draft(draft_id)


def test_purge_removes_only_drafts_older_than_thirty_days_in_the_trash(store):
    kept_live, recent, old = _draft(store), _draft(store), _draft(store)
    store.delete_draft(recent)
    store.delete_draft(old)
    later = datetime.now().astimezone() + timedelta(days=TRASH_DAYS, hours=1)
    conn = sqlite3.connect(store.path)
    with conn:
        conn.execute("UPDATE drafts SET deleted_at = ? WHERE id = ?",
                     ((datetime.now().astimezone() - timedelta(days=TRASH_DAYS + 1)).isoformat(), old))
    conn.close()
    assert store.purge_trash() == 1
    assert {d.id for d in store.list_drafts(trash=True)} == {recent}
    assert {d.id for d in store.list_drafts()} == {kept_live}
    conn = sqlite3.connect(store.path)
    assert conn.execute("SELECT COUNT(*) FROM versions WHERE draft_id = ?", (old,)).fetchone()[0] == 0
    conn.close()
    assert store.purge_trash(now=later) == 1          # the recent one, 30 days on
    assert store.get_draft(kept_live).section("intro").versions_count == 2


def test_a_version_2_database_is_migrated_without_loss(tmp_path):
    path = tmp_path / "v2.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
    for number, script in enumerate(MIGRATIONS[:2], start=1):
        for statement in _statements(script):
            conn.execute(statement)
        conn.execute("INSERT INTO schema_version VALUES (?, '2025-01-01')", (number,))
    conn.execute("INSERT INTO drafts (id, title, owner, skeleton, facts_json, backend, created_at, updated_at)"
                 " VALUES ('abcdefgh', '旧报告', 'alice', '四段式', '{}', 'x', '2025', '2025')")
    conn.execute("INSERT INTO sections VALUES ('abcdefgh', 'intro', '导语', '', '', NULL, 1, '完成', NULL)")
    for no, (text, source, candidate) in enumerate([("生成。", "generated", 0), ("人工。", "edited", 0),
                                                   ("候选。", "regenerated", 1)], start=1):
        conn.execute("INSERT INTO versions (draft_id, key, no, text, source, backend, exemplars_json,"
                     " findings_json, created_at, base_no, candidate) VALUES"
                     " ('abcdefgh', 'intro', ?, ?, ?, 'x', '[]', '[]', '2025', 1, ?)", (no, text, source, candidate))
    conn.commit()
    conn.close()

    store = Store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION == 3
    conn.close()
    assert [d.id for d in store.list_drafts(owner="alice")] == ["abcdefgh"]
    section = store.get_draft("abcdefgh", owner="alice").section("intro")
    assert section.current.text == "人工。" and section.candidate_no == 3
    assert [v.text for v in store.versions("abcdefgh", "intro")] == ["生成。", "人工。", "候选。"]
    store.delete_draft("abcdefgh", owner="alice")
    assert [d.title for d in store.list_drafts(owner="alice", trash=True)] == ["旧报告"]
