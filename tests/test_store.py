"""The SQLite store: drafts, sections, append-only versions, owners, concurrency, reopening."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from drafter.store import SECTION_STATUSES, NotFound, Store, StoreError

FACTS = {"org": "某区司法局", "year": 2023, "items": [{"label": "行政复议申请", "value": 37, "unit": "件"}]}


@pytest.fixture
def store(settings):
    return Store(settings.db_path)


def _draft(store, owner=None, title="某区司法局关于2023年度法治政府建设情况的报告"):
    draft_id = store.create_draft(title=title, skeleton="四段式", facts=FACTS, backend="离线模板", owner=owner)
    store.add_section(draft_id, key="intro", kind="intro", heading="", number="", topic=None, order=0)
    store.add_section(draft_id, key="work-01", kind="work", heading="（一）行政复议", number="（一）",
                      topic="行政复议", order=2)
    store.add_section(draft_id, key="leadership", kind="leadership", heading="一、第一责任人履职情况",
                      number="一、", topic=None, order=1)
    return draft_id


def test_creates_parent_folders_and_schema(tmp_path):
    path = tmp_path / "deep" / "er" / "drafter.sqlite3"
    Store(path)
    assert path.exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    from drafter.store._schema import SCHEMA_VERSION

    assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION


def test_create_get_and_list(store):
    draft_id = _draft(store)
    assert len(draft_id) == 8 and draft_id.isalnum() and draft_id.islower()
    draft = store.get_draft(draft_id)
    assert draft.title.startswith("某区司法局")
    assert draft.facts == FACTS
    assert draft.backend == "离线模板" and draft.skeleton == "四段式"
    assert [s.key for s in draft.sections] == ["intro", "leadership", "work-01"]  # by order
    work = draft.section("work-01")
    assert (work.heading, work.number, work.topic, work.status) == ("（一）行政复议", "（一）", "行政复议", "排队")
    assert work.current is None and work.versions_count == 0

    second = _draft(store, title="第二份")
    assert [d.id for d in store.list_drafts()] == [second, draft_id]  # newest first
    assert store.list_drafts()[0].sections == []


def test_versions_append_and_never_change(store):
    draft_id = _draft(store)
    v1 = store.add_version(draft_id, "work-01", "全年共收到行政复议申请37件。", source="generated",
                           backend="qwen", model="qwen", prompt_file="section.j2",
                           exemplars=[{"doc": "a.txt", "title": "范文", "heading_path": ["一、"], "score": 0.8}],
                           findings=[{"kind": "unsupported", "number": "38"}])
    v2 = store.add_version(draft_id, "work-01", "全年共收到行政复议申请37件，审结35件。", source="edited",
                           author="王科员", base_no=1)
    assert (v1.no, v2.no) == (1, 2)
    versions = store.versions(draft_id, "work-01")
    assert [v.no for v in versions] == [1, 2]
    assert versions[0].text == "全年共收到行政复议申请37件。"
    assert versions[0].exemplars[0]["title"] == "范文"
    assert versions[0].findings == [{"kind": "unsupported", "number": "38"}]
    assert (versions[0].backend, versions[0].model, versions[0].prompt_file) == ("qwen", "qwen", "section.j2")
    assert (versions[1].source, versions[1].author, versions[1].base_no) == ("edited", "王科员", 1)

    # a generation that started from version 1 before the edit is kept as a candidate: the edit stays current
    v3 = store.add_version(draft_id, "work-01", "重新生成的正文。", source="regenerated", backend="qwen",
                           instruction="更简洁", base_no=1)
    assert v3.no == 3 and v3.candidate
    section = store.get_draft(draft_id).section("work-01")
    assert section.current.no == 2 and section.versions_count == 3 and section.candidate_no == 3
    # a regeneration from the edit itself becomes current
    v4 = store.add_version(draft_id, "work-01", "基于修改稿重新生成。", source="regenerated", backend="qwen", base_no=2)
    assert not v4.candidate and store.get_draft(draft_id).section("work-01").current.no == 4
    assert store.version(draft_id, "work-01", 2).text == "全年共收到行政复议申请37件，审结35件。"

    # the file itself refuses edits to a version's text
    conn = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE versions SET text = 'x'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM versions")


def test_restore_appends_a_copy(store):
    draft_id = _draft(store)
    store.add_version(draft_id, "intro", "第一版", source="generated", backend="m", model="m",
                      findings=[{"x": 1}])
    store.add_version(draft_id, "intro", "第二版", source="edited")
    restored = store.restore(draft_id, "intro", 1, author="李科长")
    assert (restored.no, restored.text, restored.source, restored.base_no) == (3, "第一版", "restored", 1)
    assert restored.author == "李科长" and restored.findings == [{"x": 1}] and restored.backend == "m"
    assert [v.text for v in store.versions(draft_id, "intro")] == ["第一版", "第二版", "第一版"]
    assert store.get_draft(draft_id).section("intro").current.no == 3
    with pytest.raises(NotFound, match="没有第 9 版"):
        store.restore(draft_id, "intro", 9)


def test_concurrent_add_version_gives_distinct_consecutive_numbers(store):
    draft_id = _draft(store)
    threads, per_thread = 8, 15
    errors: list[BaseException] = []
    barrier = threading.Barrier(threads)

    def writer(n):
        try:
            barrier.wait()
            for i in range(per_thread):
                store.add_version(draft_id, "work-01", f"线程{n}第{i}次", source="generated")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    pool = [threading.Thread(target=writer, args=(n,)) for n in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    assert not errors
    versions = store.versions(draft_id, "work-01")
    assert [v.no for v in versions] == list(range(1, threads * per_thread + 1))
    assert {v.text for v in versions} == {f"线程{n}第{i}次" for n in range(threads) for i in range(per_thread)}


def test_owner_isolation(store):
    mine = _draft(store, owner="alice")
    theirs = _draft(store, owner="bob")
    assert [d.id for d in store.list_drafts(owner="alice")] == [mine]
    assert {d.id for d in store.list_drafts()} == {mine, theirs}  # no sign-in: sees all
    assert store.get_draft(mine, owner="alice").owner == "alice"
    with pytest.raises(NotFound, match="找不到草稿"):
        store.get_draft(theirs, owner="alice")
    assert store.get_draft(theirs).owner == "bob"


def test_survives_reopening(settings):
    first = Store(settings.db_path)
    draft_id = _draft(first)
    first.add_version(draft_id, "work-01", "保存的正文", source="generated")
    first.set_status(draft_id, "work-01", "失败", "模型服务超时（5秒无响应）")
    again = Store(settings.db_path)
    section = again.get_draft(draft_id).section("work-01")
    assert section.current.text == "保存的正文"
    assert (section.status, section.reason) == ("失败", "模型服务超时（5秒无响应）")


def test_update_findings(store):
    draft_id = _draft(store)
    store.add_version(draft_id, "work-01", "正文", source="generated", findings=[{"old": True}])
    store.update_findings(draft_id, "work-01", 1, [{"kind": "missing", "label": "审结"}])
    assert store.version(draft_id, "work-01", 1).findings == [{"kind": "missing", "label": "审结"}]
    assert store.version(draft_id, "work-01", 1).text == "正文"
    with pytest.raises(NotFound):
        store.update_findings(draft_id, "work-01", 2, [])


def test_status(store):
    draft_id = _draft(store)
    for status in SECTION_STATUSES:
        store.set_status(draft_id, "intro", status)
    assert store.get_draft(draft_id).section("intro").status == SECTION_STATUSES[-1]
    with pytest.raises(StoreError, match="未知的小节状态"):
        store.set_status(draft_id, "intro", "done")


def test_add_section_again_keeps_versions(store):
    draft_id = _draft(store)
    store.add_version(draft_id, "work-01", "正文", source="generated")
    store.set_status(draft_id, "work-01", "完成")
    store.add_section(draft_id, key="work-01", kind="work", heading="（二）行政复议", number="（二）",
                      topic="行政复议", order=5)
    section = store.get_draft(draft_id).section("work-01")
    assert (section.heading, section.order, section.status, section.versions_count) == ("（二）行政复议", 5, "完成", 1)


def test_not_found_messages_are_chinese(store):
    draft_id = _draft(store)
    with pytest.raises(NotFound, match="找不到草稿 nosuch"):
        store.get_draft("nosuch")
    with pytest.raises(NotFound, match="没有“problems”这一节"):
        store.add_version(draft_id, "problems", "x", source="generated")
    with pytest.raises(NotFound, match="没有“problems”这一节"):
        store.versions(draft_id, "problems")
    with pytest.raises(NotFound, match="没有“problems”这一节"):
        store.get_draft(draft_id).section("problems")
    with pytest.raises(NotFound, match="找不到草稿 nosuch"):
        store.set_status("nosuch", "intro", "完成")
    with pytest.raises(NotFound, match="找不到草稿 nosuch"):
        store.add_section("nosuch", key="a", kind="intro", heading="", number="", topic=None, order=0)


def test_newer_schema_is_refused(settings):
    Store(settings.db_path)
    conn = sqlite3.connect(settings.db_path)
    conn.execute("INSERT INTO schema_version VALUES (99, 'later')")
    conn.commit()
    with pytest.raises(StoreError, match="更新版本的 drafter"):
        Store(settings.db_path)


def test_unopenable_file_is_a_chinese_error(tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="无法打开草稿库"):
        Store(bad)


def test_local_time_shows_the_clerks_wall_clock(monkeypatch):
    import time

    from drafter.store import local_time

    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        assert local_time("2024-01-26T01:05:33.123456+00:00") == "2024-01-26 09:05"
        assert local_time("2024-01-26T01:05:33") == "2024-01-26 09:05"      # stored without zone: UTC
        assert local_time(None) == "" and local_time("不是时间") == "不是时间"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_an_outline_is_written_in_one_transaction(store):
    """Store.add_sections (the draft's outline at once): a bad section writes none of them."""
    draft_id = store.create_draft(title="t", skeleton="四段式", facts={}, backend="offline")
    outline = [dict(key="intro", kind="导语", heading="", number="", topic=None, order=0),
               dict(key="work-01", kind="主要举措和成效", heading="（一）行政复议", number="（一）",
                    topic="行政复议", order=1)]
    with pytest.raises(StoreError):
        store.add_sections(draft_id, outline + [dict(key="x", kind="k", heading="", number="", topic=None,
                                                     order=2, status="不存在的状态")])
    assert store.get_draft(draft_id).sections == []
    store.add_sections(draft_id, outline)
    sections = store.get_draft(draft_id).sections
    assert [(s.key, s.heading, s.topic, s.order, s.status) for s in sections] == [
        ("intro", "", None, 0, "排队"), ("work-01", "（一）行政复议", "行政复议", 1, "排队")]
