"""Store: drafts, sections and append-only section versions in one SQLite file.

One short-lived connection per call, so the store can be shared by Gradio worker threads,
the asyncio draft flow and the CLI without a connection ever crossing threads. One more,
idle connection lives as long as the store, so closing a call's connection is never closing
the last one (which would copy the WAL back into the file on every write). Writers
take the database lock up front (``BEGIN IMMEDIATE``), so the "next version number" read
and the insert that uses it are one step: two writers never get the same number.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Iterator

from drafter.store._records import (HUMAN_SOURCES, IN_PROGRESS_STATUSES, INTERRUPTED_REASON, MAX_TITLE_CHARS,
                                    SECTION_STATUSES, TRASH_DAYS, DraftRecord, NotFound, SectionRecord, StoreError, VersionRecord)
from drafter.store import _schema

# Draft ids are typed by clerks (drafter show ID): lower case, no look-alikes (0/o, 1/l/i),
# never starting with "-" so a command line cannot mistake one for an option.
_ID_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
_ID_LENGTH = 8
_BUSY_TIMEOUT_S = 30.0


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="microseconds")


def _new_id() -> str:
    return "".join(secrets.choice(_ID_ALPHABET) for _ in range(_ID_LENGTH))


def _process_started(pid: int) -> str | None:
    """When process ``pid`` started (clock ticks since boot, from /proc), so a reused pid is not
    mistaken for the run that died; None where /proc is not available or the process is gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    if fields and fields[0] in ("Z", "X"):      # a zombie has already stopped working
        return None
    return fields[19] if len(fields) > 19 else None


def run_token(pid: int | None = None) -> str:
    """Names the process running a draft: host, pid and start time."""
    pid = os.getpid() if pid is None else pid
    return f"{socket.gethostname()}:{pid}:{_process_started(pid) or ''}"


def run_alive(token: str | None) -> bool:
    """Whether the process named by ``token`` is still running. A run on another machine
    cannot be checked and counts as alive: only a run known to be dead is interrupted."""
    if not token:
        return False
    host, _, rest = token.partition(":")
    pid_text, _, started = rest.partition(":")
    if host != socket.gethostname():
        return True
    try:
        pid = int(pid_text)
    except ValueError:
        return False
    if os.path.isdir("/proc"):
        now = _process_started(pid)
        return now is not None and (not started or now == started)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _dump(value) -> str:
    return json.dumps(value if value is not None else [], ensure_ascii=False, default=str)


class Store:
    """Drafts and every version of every section, in SQLite at ``path``."""

    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as conn:
                conn.execute("PRAGMA journal_mode=WAL")
                _schema.migrate(conn, _now())
            self._keeper = self._open_keeper()
        except _schema.SchemaTooNew as exc:
            raise StoreError(f"草稿库 {self.path} 由更新版本的 drafter 创建（库结构版本 {exc.found}，"
                             f"本程序支持到 {_schema.SCHEMA_VERSION}），请升级 drafter 后再打开") from None
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"无法打开草稿库 {self.path}：{exc}") from exc

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    # --- connections
    def _open_keeper(self) -> sqlite3.Connection:
        """An idle connection held for the store's lifetime, so closing a per-call connection is
        never closing the last one. SQLite checkpoints the WAL into the database, with an fsync,
        whenever its last connection closes: without the keeper every write paid that (about
        four fifths of a section's storage time). Committed writes are in the WAL either way;
        SQLite still checkpoints on its own once the WAL passes 1000 pages."""
        keeper = sqlite3.connect(self.path, timeout=_BUSY_TIMEOUT_S, isolation_level=None,
                                 check_same_thread=False)
        keeper.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()   # opens the file and the WAL index
        return keeper

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path, timeout=_BUSY_TIMEOUT_S, isolation_level=None,
                               check_same_thread=False)
        try:
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA synchronous=NORMAL")
            yield conn
        finally:
            conn.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction holding the database lock from its first statement."""
        with self._connect() as conn:
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise StoreError(f"草稿库 {self.path} 正被占用，请稍后再试：{exc}") from exc
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            else:
                conn.execute("COMMIT")

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for multi-query reads."""
        with self._connect() as conn:
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                conn.execute("ROLLBACK")

    # --- drafts
    def create_draft(self, *, title: str, skeleton: str, facts: dict, backend: str,
                     owner: str | None = None, running: bool = False, last_year: dict | None = None) -> str:
        """Returns a new draft id (short, URL-safe). ``running``: this process starts drafting it
        now (see ``begin_run``), recorded in the same write. ``last_year``: last year's report
        read for this draft ({"name", "paragraphs"}), kept with the facts snapshot."""
        now = _now()
        facts_json = json.dumps(_with_last_year(facts or {}, last_year), ensure_ascii=False, default=str)
        with self._write() as conn:
            for _ in range(20):
                draft_id = _new_id()
                if not conn.execute("SELECT 1 FROM drafts WHERE id = ?", (draft_id,)).fetchone():
                    break
            else:  # pragma: no cover - 31**8 ids
                raise StoreError("无法生成新的草稿编号，请重试")
            conn.execute(
                "INSERT INTO drafts (id, title, owner, skeleton, facts_json, backend, created_at, updated_at,"
                " run_owner) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (draft_id, title, owner, skeleton, facts_json, backend, now, now,
                 run_token() if running else None))
        return draft_id

    # --- drafting runs: who is working on a draft, so a killed run shows as interrupted
    def begin_run(self, draft_id: str) -> None:
        """Record that this process is drafting ``draft_id``; refuses while another live process is."""
        with self._write() as conn:
            self._require_draft(conn, draft_id)
            token = conn.execute("SELECT run_owner FROM drafts WHERE id = ?", (draft_id,)).fetchone()[0]
            if token and token != run_token() and run_alive(token):
                raise StoreError(f"草稿 {draft_id} 正在另一个进程中生成，请等它结束后再试")
            conn.execute("UPDATE drafts SET run_owner = ? WHERE id = ?", (run_token(), draft_id))

    def end_run(self, draft_id: str) -> None:
        """The run is over: a section it left unfinished (cancelled, crashed) becomes 中断."""
        with self._write() as conn:
            conn.execute("UPDATE drafts SET run_owner = NULL WHERE id = ?", (draft_id,))
            self._settle_unfinished(conn, draft_id)

    def add_section(self, draft_id: str, *, key: str, kind: str, heading: str, number: str,
                    topic: str | None, order: int, status: str = "排队") -> None:
        """Add a section (status 排队). Adding a key that exists updates its kind, heading,
        number, topic and order; its status and versions are kept."""
        self.add_sections(draft_id, [dict(key=key, kind=kind, heading=heading, number=number, topic=topic,
                                          order=order, status=status)])

    def add_sections(self, draft_id: str, sections: list[dict]) -> None:
        """``add_section`` for each dict of its keyword arguments, in one transaction: a draft's
        outline is written at once (one commit, not one per section)."""
        for section in sections:
            _check_status(section.get("status", "排队"))
        with self._write() as conn:
            self._require_draft(conn, draft_id)
            conn.executemany(
                "INSERT INTO sections (draft_id, key, kind, heading, number, topic, ord, status, reason)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)"
                " ON CONFLICT (draft_id, key) DO UPDATE SET kind = excluded.kind,"
                " heading = excluded.heading, number = excluded.number, topic = excluded.topic,"
                " ord = excluded.ord",
                [(draft_id, s["key"], s["kind"], s["heading"], s["number"] or "", s["topic"], int(s["order"]),
                  s.get("status", "排队")) for s in sections])
            self._touch(conn, draft_id)

    def get_draft(self, draft_id: str, *, owner: str | None = None) -> DraftRecord:
        """Raises NotFound, also when ``owner`` is given and the draft belongs to someone else.
        ``owner=None`` means no sign-in: every draft is visible."""
        with self._read() as conn:
            row = conn.execute("SELECT * FROM drafts WHERE id = ?", (draft_id,)).fetchone()
            if row is None or (owner is not None and row["owner"] != owner):
                raise NotFound(f"找不到草稿 {draft_id}（编号有误，或不属于当前用户）")
            if row["deleted_at"]:
                raise NotFound(f"草稿 {draft_id} 已移入回收站，请先从回收站恢复")
            draft = _draft(row)
            draft.running = run_alive(row["run_owner"])
            counts = {(r["key"]): r["n"] for r in conn.execute(
                "SELECT key, COUNT(*) AS n FROM versions WHERE draft_id = ? GROUP BY key", (draft_id,))}
            # the current version is the newest that is not a candidate
            current = {r["key"]: _version(r) for r in conn.execute(
                "SELECT v.* FROM versions v JOIN (SELECT key, MAX(no) AS no FROM versions"
                " WHERE draft_id = ? AND candidate = 0 GROUP BY key) m ON v.key = m.key AND v.no = m.no"
                " WHERE v.draft_id = ?", (draft_id, draft_id))}
            candidates = {r["key"]: r["no"] for r in conn.execute(
                "SELECT key, MAX(no) AS no FROM versions WHERE draft_id = ? AND candidate = 1 GROUP BY key",
                (draft_id,))}
            for s in conn.execute("SELECT * FROM sections WHERE draft_id = ? ORDER BY ord, rowid",
                                  (draft_id,)):
                status, reason = s["status"], s["reason"]
                now = current.get(s["key"])
                if status in IN_PROGRESS_STATUSES and row["run_owner"] and not draft.running:
                    # its run was killed: what has text is done, the rest is interrupted
                    status, reason = ("完成", None) if now is not None else ("中断", INTERRUPTED_REASON)
                candidate = candidates.get(s["key"])
                draft.sections.append(SectionRecord(
                    key=s["key"], kind=s["kind"], heading=s["heading"], number=s["number"],
                    topic=s["topic"], order=s["ord"], status=status, reason=reason,
                    current=now, versions_count=counts.get(s["key"], 0),
                    candidate_no=candidate if candidate and (now is None or candidate > now.no) else None))
        return draft

    def list_drafts(self, *, owner: str | None = None, trash: bool = False) -> list[DraftRecord]:
        """Newest first; sections not loaded. ``trash``: the drafts in the 回收站 instead."""
        where = "deleted_at IS NOT NULL" if trash else "deleted_at IS NULL"
        with self._connect() as conn:
            if owner is None:
                rows = conn.execute(f"SELECT * FROM drafts WHERE {where} ORDER BY seq DESC").fetchall()
            else:
                rows = conn.execute(f"SELECT * FROM drafts WHERE owner = ? AND {where} ORDER BY seq DESC",
                                    (owner,)).fetchall()
        return [_draft(r) for r in rows]

    # --- drafts as files: rename, copy, delete to the 回收站, restore, purge
    def rename_draft(self, draft_id: str, title: str, *, owner: str | None = None) -> str:
        """Returns the title as stored (blanks trimmed)."""
        title = " ".join((title or "").split())
        if not title:
            raise StoreError("草稿名称不能为空")
        if len(title) > MAX_TITLE_CHARS:
            raise StoreError(f"草稿名称太长（{len(title)}字），请不超过{MAX_TITLE_CHARS}字")
        with self._write() as conn:
            self._require_owned(conn, draft_id, owner)
            conn.execute("UPDATE drafts SET title = ? WHERE id = ?", (title, draft_id))
            self._touch(conn, draft_id)
        return title

    def update_draft(self, draft_id: str, *, skeleton: str, facts: dict, backend: str,
                     owner: str | None = None, last_year: dict | None = None) -> None:
        """A new drafting run on an open draft: its facts snapshot, skeleton and writer as now.
        Without a new ``last_year`` the report kept with the draft stays (generating again must not
        lose the comparison the clerk uploaded once)."""
        with self._write() as conn:
            row = self._require_owned(conn, draft_id, owner)
            if not last_year:
                kept = json.loads(row["facts_json"] or "{}")
                last_year = kept.get(LAST_YEAR_KEY) if isinstance(kept, dict) else None
            facts_json = json.dumps(_with_last_year(facts or {}, last_year), ensure_ascii=False, default=str)
            conn.execute("UPDATE drafts SET skeleton = ?, facts_json = ?, backend = ? WHERE id = ?",
                         (skeleton, facts_json, backend, draft_id))
            self._touch(conn, draft_id)

    def copy_draft(self, draft_id: str, *, owner: str | None = None, title: str | None = None) -> str:
        """A new draft with the same facts, sections and every version (numbers kept), owned by
        ``owner``; returns its id. A section a run is still writing is copied as it stands."""
        now = _now()
        with self._write() as conn:
            row = self._require_owned(conn, draft_id, owner)
            new_title = " ".join((title or "").split()) or f"{row['title']}（副本）"
            if len(new_title) > MAX_TITLE_CHARS:
                new_title = new_title[:MAX_TITLE_CHARS]
            new_id = self._free_id(conn)
            conn.execute(
                "INSERT INTO drafts (id, title, owner, skeleton, facts_json, backend, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (new_id, new_title, row["owner"], row["skeleton"], row["facts_json"], row["backend"], now, now))
            conn.execute("INSERT INTO sections (draft_id, key, kind, heading, number, topic, ord, status, reason)"
                         " SELECT ?, key, kind, heading, number, topic, ord, status, reason FROM sections"
                         " WHERE draft_id = ?", (new_id, draft_id))
            conn.execute("INSERT INTO versions (draft_id, key, no, text, source, backend, model, prompt_file,"
                         " instruction, exemplars_json, findings_json, author, base_no, created_at, candidate)"
                         " SELECT ?, key, no, text, source, backend, model, prompt_file, instruction,"
                         " exemplars_json, findings_json, author, base_no, created_at, candidate FROM versions"
                         " WHERE draft_id = ?", (new_id, draft_id))
            self._settle_unfinished(conn, new_id)   # no run works on the copy
        return new_id

    def delete_draft(self, draft_id: str, *, owner: str | None = None) -> None:
        """Moves the draft to the 回收站: hidden from the list, restorable for TRASH_DAYS days."""
        with self._write() as conn:
            row = self._require_owned(conn, draft_id, owner)
            if row["run_owner"] and run_alive(row["run_owner"]):
                raise StoreError(f"草稿 {draft_id} 正在生成中，请等它结束后再删除")
            conn.execute("UPDATE drafts SET deleted_at = ? WHERE id = ?", (_now(), draft_id))

    def restore_draft(self, draft_id: str, *, owner: str | None = None) -> None:
        """Takes a draft back out of the 回收站."""
        with self._write() as conn:
            row = self._require_owned(conn, draft_id, owner, deleted=True)
            if not row["deleted_at"]:
                raise StoreError(f"草稿 {draft_id} 不在回收站中")
            conn.execute("UPDATE drafts SET deleted_at = NULL WHERE id = ?", (draft_id,))

    def purge_trash(self, *, days: int = TRASH_DAYS, now: datetime | None = None) -> int:
        """Deletes for good the drafts that have been in the 回收站 longer than ``days``; returns
        how many. Only here are versions ever deleted (with their draft)."""
        limit = (now or datetime.now().astimezone()) - timedelta(days=days)
        with self._write() as conn:
            old = [r["id"] for r in conn.execute("SELECT id, deleted_at FROM drafts WHERE deleted_at IS NOT NULL")
                   if _before(r["deleted_at"], limit)]
            for draft_id in old:
                conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
        return len(old)

    # --- sections and versions (append-only: a version is never changed or deleted)
    def set_status(self, draft_id: str, key: str, status: str, reason: str | None = None) -> None:
        _check_status(status)
        with self._write() as conn:
            self._require_section(conn, draft_id, key)
            conn.execute("UPDATE sections SET status = ?, reason = ? WHERE draft_id = ? AND key = ?",
                         (status, reason, draft_id, key))
            self._touch(conn, draft_id)

    def add_version(self, draft_id: str, key: str, text: str, *, source: str, backend: str = "",
                    model: str | None = None, prompt_file: str | None = None,
                    instruction: str | None = None, exemplars: list[dict] | None = None,
                    findings: list[dict] | None = None, author: str | None = None,
                    base_no: int | None = None, status: str | None = None) -> VersionRecord:
        """Append a version and make it current. ``base_no`` is the version the writer started from
        (None: from nothing). A machine version (generated, repaired, regenerated) whose base is
        older than a human version (edited, restored) is appended as a *candidate*: kept and
        listed, but the human version stays current (``VersionRecord.candidate`` says so).
        ``status`` (e.g. 完成) is set in the same transaction: a crash never leaves a section with
        its text written but still marked as queued."""
        if not isinstance(text, str):
            raise StoreError(f"版本正文必须是文字，收到的是 {type(text).__name__}")
        if status is not None:
            _check_status(status)
        with self._write() as conn:
            self._require_section(conn, draft_id, key)
            if status is not None:
                conn.execute("UPDATE sections SET status = ?, reason = NULL WHERE draft_id = ? AND key = ?",
                             (status, draft_id, key))
            return self._append(conn, draft_id, key, VersionRecord(
                no=0, text=text, source=source, backend=backend or "", model=model,
                prompt_file=prompt_file, instruction=instruction, exemplars=list(exemplars or []),
                findings=list(findings or []), created_at=_now(), author=author, base_no=base_no))

    def versions(self, draft_id: str, key: str) -> list[VersionRecord]:
        """Every version of one section, oldest (1) first."""
        with self._read() as conn:
            self._require_section(conn, draft_id, key)
            rows = conn.execute("SELECT * FROM versions WHERE draft_id = ? AND key = ? ORDER BY no",
                                (draft_id, key)).fetchall()
        return [_version(r) for r in rows]

    def version(self, draft_id: str, key: str, no: int) -> VersionRecord:
        """One version; NotFound if the section has no version ``no``."""
        with self._read() as conn:
            self._require_section(conn, draft_id, key)
            return _version(self._require_version(conn, draft_id, key, no))

    def restore(self, draft_id: str, key: str, no: int, *, author: str | None = None,
                status: str | None = None) -> VersionRecord:
        """Append a copy of version ``no`` as a new current version (source "restored");
        ``status`` is set in the same transaction."""
        if status is not None:
            _check_status(status)
        with self._write() as conn:
            self._require_section(conn, draft_id, key)
            if status is not None:
                conn.execute("UPDATE sections SET status = ?, reason = NULL WHERE draft_id = ? AND key = ?",
                             (status, draft_id, key))
            old = _version(self._require_version(conn, draft_id, key, no))
            return self._append(conn, draft_id, key, VersionRecord(
                no=0, text=old.text, source="restored", backend=old.backend, model=old.model,
                prompt_file=old.prompt_file, instruction=None, exemplars=old.exemplars,
                findings=old.findings, created_at=_now(), author=author, base_no=old.no))

    def update_findings(self, draft_id: str, key: str, no: int, findings: list[dict]) -> None:
        """Findings are derived data, so they may be refreshed on an existing version."""
        with self._write() as conn:
            self._require_section(conn, draft_id, key)
            self._require_version(conn, draft_id, key, no)
            conn.execute("UPDATE versions SET findings_json = ? WHERE draft_id = ? AND key = ? AND no = ?",
                         (_dump(findings), draft_id, key, no))

    # --- helpers (inside a transaction)
    def _append(self, conn: sqlite3.Connection, draft_id: str, key: str, v: VersionRecord) -> VersionRecord:
        v.no = conn.execute("SELECT COALESCE(MAX(no), 0) + 1 FROM versions WHERE draft_id = ? AND key = ?",
                            (draft_id, key)).fetchone()[0]
        if v.source not in HUMAN_SOURCES:
            marks = ",".join("?" * len(HUMAN_SOURCES))
            newer_human = conn.execute(
                f"SELECT 1 FROM versions WHERE draft_id = ? AND key = ? AND no > ? AND source IN ({marks})"
                " AND candidate = 0 LIMIT 1", (draft_id, key, v.base_no or 0, *HUMAN_SOURCES)).fetchone()
            v.candidate = newer_human is not None
        conn.execute(
            "INSERT INTO versions (draft_id, key, no, text, source, backend, model, prompt_file,"
            " instruction, exemplars_json, findings_json, author, base_no, created_at, candidate)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (draft_id, key, v.no, v.text, v.source, v.backend, v.model, v.prompt_file, v.instruction,
             _dump(v.exemplars), _dump(v.findings), v.author, v.base_no, v.created_at, int(v.candidate)))
        self._touch(conn, draft_id, v.created_at)
        return v

    @staticmethod
    def _touch(conn: sqlite3.Connection, draft_id: str, now: str | None = None) -> None:
        conn.execute("UPDATE drafts SET updated_at = ? WHERE id = ?", (now or _now(), draft_id))

    @staticmethod
    def _require_owned(conn: sqlite3.Connection, draft_id: str, owner: str | None, *,
                       deleted: bool = False) -> sqlite3.Row:
        """The draft's row when ``owner`` may change it (``owner=None``: no sign-in, any draft);
        a draft in the 回收站 only when ``deleted``."""
        row = conn.execute("SELECT * FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        if row is None or (owner is not None and row["owner"] != owner) or (row["deleted_at"] and not deleted):
            raise NotFound(f"找不到草稿 {draft_id}（编号有误，或不属于当前用户）")
        return row

    @staticmethod
    def _free_id(conn: sqlite3.Connection) -> str:
        for _ in range(20):
            draft_id = _new_id()
            if not conn.execute("SELECT 1 FROM drafts WHERE id = ?", (draft_id,)).fetchone():
                return draft_id
        raise StoreError("无法生成新的草稿编号，请重试")  # pragma: no cover - 31**8 ids

    @staticmethod
    def _settle_unfinished(conn: sqlite3.Connection, draft_id: str) -> None:
        """Sections left in progress become 完成 (they have text) or 中断 (they do not)."""
        marks = ",".join("?" * len(IN_PROGRESS_STATUSES))
        has_text = ("EXISTS (SELECT 1 FROM versions v WHERE v.draft_id = sections.draft_id"
                    " AND v.key = sections.key AND v.candidate = 0)")
        conn.execute(f"UPDATE sections SET status = CASE WHEN {has_text} THEN '完成' ELSE '中断' END,"
                     f" reason = CASE WHEN {has_text} THEN NULL ELSE ? END"
                     f" WHERE draft_id = ? AND status IN ({marks})",
                     (INTERRUPTED_REASON, draft_id, *IN_PROGRESS_STATUSES))

    @staticmethod
    def _require_draft(conn: sqlite3.Connection, draft_id: str) -> None:
        if not conn.execute("SELECT 1 FROM drafts WHERE id = ?", (draft_id,)).fetchone():
            raise NotFound(f"找不到草稿 {draft_id}")

    @classmethod
    def _require_section(cls, conn: sqlite3.Connection, draft_id: str, key: str) -> None:
        if not conn.execute("SELECT 1 FROM sections WHERE draft_id = ? AND key = ?",
                            (draft_id, key)).fetchone():
            cls._require_draft(conn, draft_id)
            raise NotFound(f"草稿 {draft_id} 中没有“{key}”这一节")

    @staticmethod
    def _require_version(conn: sqlite3.Connection, draft_id: str, key: str, no: int) -> sqlite3.Row:
        row = conn.execute("SELECT * FROM versions WHERE draft_id = ? AND key = ? AND no = ?",
                           (draft_id, key, no)).fetchone()
        if row is None:
            raise NotFound(f"草稿 {draft_id} 的“{key}”一节没有第 {no} 版")
        return row


def _check_status(status: str) -> None:
    if status not in SECTION_STATUSES:
        raise StoreError(f"未知的小节状态“{status}”，应为：{'、'.join(SECTION_STATUSES)}")


# Last year's report rides in the facts snapshot under this key: no schema change, and a draft
# saved before it existed simply has none. ``_draft`` takes it out again, so ``DraftRecord.facts``
# stays exactly Facts.to_dict().
LAST_YEAR_KEY = "_last_year_report"


def _with_last_year(facts: dict, last_year: dict | None) -> dict:
    if not last_year:
        return facts
    return {**facts, LAST_YEAR_KEY: {"name": str(last_year.get("name") or ""),
                                     "paragraphs": [str(p) for p in last_year.get("paragraphs") or []],
                                     # its Word table rows, with their units (LastYearReport.to_record)
                                     "lines": [dict(x) for x in last_year.get("lines") or [] if isinstance(x, dict)]}}


def _draft(row: sqlite3.Row) -> DraftRecord:
    facts = json.loads(row["facts_json"])
    last_year = facts.pop(LAST_YEAR_KEY, None) if isinstance(facts, dict) else None
    return DraftRecord(id=row["id"], title=row["title"], owner=row["owner"], skeleton=row["skeleton"],
                       facts=facts, backend=row["backend"], created_at=row["created_at"],
                       updated_at=row["updated_at"], last_year=last_year, deleted_at=row["deleted_at"])


def _before(iso: str, limit: datetime) -> bool:
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return False                 # an unreadable date is never a reason to delete
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment < limit


def _version(row: sqlite3.Row) -> VersionRecord:
    return VersionRecord(no=row["no"], text=row["text"], source=row["source"], backend=row["backend"],
                         model=row["model"], prompt_file=row["prompt_file"], instruction=row["instruction"],
                         exemplars=json.loads(row["exemplars_json"]), findings=json.loads(row["findings_json"]),
                         created_at=row["created_at"], author=row["author"], base_no=row["base_no"],
                         candidate=bool(row["candidate"]))
