"""The store across versions of its schema, and what a stored draft says about itself."""

from __future__ import annotations

import sqlite3

from drafter.store import Store
from drafter.store._schema import MIGRATIONS, _statements


def test_a_version_1_database_is_migrated_and_keeps_its_versions(tmp_path):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
    for statement in _statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("INSERT INTO schema_version VALUES (1, '2024-01-01')")
    conn.execute("INSERT INTO drafts (id, title, owner, skeleton, facts_json, backend, created_at, updated_at)"
                 " VALUES ('abcdefgh', '报告', NULL, '四段式', '{}', 'x', '2024', '2024')")
    conn.execute("INSERT INTO sections VALUES ('abcdefgh', 'intro', '导语', '', '', NULL, 1, '排队', NULL)")
    conn.execute("INSERT INTO versions (draft_id, key, no, text, source, backend, exemplars_json, findings_json,"
                 " created_at) VALUES ('abcdefgh', 'intro', 1, '旧正文。', 'generated', 'x', '[]', '[]', '2024')")
    conn.commit()
    conn.close()

    store = Store(path)
    draft = store.get_draft("abcdefgh")
    section = draft.section("intro")
    assert section.current.text == "旧正文。" and not section.current.candidate
    assert section.status == "排队" and not draft.interrupted      # no run was ever recorded: not guessed


def test_a_draft_where_every_section_failed_does_not_say_all_checks_passed(settings):
    from drafter.draft import draft_summary

    store = Store(settings.db_path)
    draft_id = store.create_draft(title="报告", skeleton="四段式", facts={}, backend="m")
    for n, key in enumerate(("intro", "work-01")):
        store.add_section(draft_id, key=key, kind="导语", heading="", number="", topic=None, order=n)
        store.set_status(draft_id, key, "失败", "模型服务出错（HTTP 500）")
    summary = draft_summary(store.get_draft(draft_id))
    assert "失败2节" in summary
    assert "全部通过" not in summary and "没有写成任何一节" in summary


def test_a_version_and_its_status_are_one_write(settings):
    """A run killed between the two writes must not leave a written section marked 排队."""
    store = Store(settings.db_path)
    draft_id = store.create_draft(title="报告", skeleton="四段式", facts={}, backend="m", running=True)
    store.add_section(draft_id, key="intro", kind="导语", heading="", number="", topic=None, order=0)
    store.add_section(draft_id, key="plans", kind="下一年度安排", heading="", number="", topic=None, order=1)
    store.add_version(draft_id, "intro", "导语正文。", source="generated", status="完成")
    conn = sqlite3.connect(store.path)
    assert conn.execute("SELECT status FROM sections WHERE key = 'intro'").fetchone()[0] == "完成"
    # a dead run: what has text reads 完成 even if its status write was lost, the rest 中断
    import socket

    conn.execute("UPDATE sections SET status = '排队' WHERE key = 'intro'")
    conn.execute("UPDATE drafts SET run_owner = ?", (f"{socket.gethostname()}:999999999:1",))   # no such pid
    conn.commit()
    draft = store.get_draft(draft_id)
    assert [s.status for s in draft.sections] == ["完成", "中断"]
    store.end_run(draft_id)
    assert [r[0] for r in conn.execute("SELECT status FROM sections ORDER BY ord")] == ["完成", "中断"]


def test_a_run_on_another_machine_is_never_called_interrupted(settings):
    store = Store(settings.db_path)
    draft_id = store.create_draft(title="报告", skeleton="四段式", facts={}, backend="m")
    store.add_section(draft_id, key="intro", kind="导语", heading="", number="", topic=None, order=0)
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE drafts SET run_owner = 'some-other-host:1:1'")
    conn.commit()
    draft = store.get_draft(draft_id)
    assert draft.running and draft.sections[0].status == "排队"
