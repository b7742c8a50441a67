"""The SQLite schema and its migrations.

``schema_version`` holds one row per applied migration; a database written by a newer
drafter (a version we do not know) is refused rather than guessed at.
"""

from __future__ import annotations

import sqlite3

# Each entry migrates from version i to i + 1. Append; never edit a released one.
MIGRATIONS: list[str] = [
    # 1: drafts, sections, append-only versions
    """
    CREATE TABLE drafts (
        seq         INTEGER PRIMARY KEY AUTOINCREMENT,   -- creation order, for "newest first"
        id          TEXT NOT NULL UNIQUE,
        title       TEXT NOT NULL,
        owner       TEXT,
        skeleton    TEXT NOT NULL,
        facts_json  TEXT NOT NULL,
        backend     TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    );
    CREATE INDEX drafts_owner ON drafts(owner, seq);

    CREATE TABLE sections (
        draft_id    TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        key         TEXT NOT NULL,
        kind        TEXT NOT NULL,
        heading     TEXT NOT NULL,
        number      TEXT NOT NULL,
        topic       TEXT,
        ord         INTEGER NOT NULL,
        status      TEXT NOT NULL,
        reason      TEXT,
        PRIMARY KEY (draft_id, key)
    );

    CREATE TABLE versions (
        draft_id        TEXT NOT NULL,
        key             TEXT NOT NULL,
        no              INTEGER NOT NULL,
        text            TEXT NOT NULL,
        source          TEXT NOT NULL,
        backend         TEXT NOT NULL,
        model           TEXT,
        prompt_file     TEXT,
        instruction     TEXT,
        exemplars_json  TEXT NOT NULL,
        findings_json   TEXT NOT NULL,
        author          TEXT,
        base_no         INTEGER,
        created_at      TEXT NOT NULL,
        PRIMARY KEY (draft_id, key, no),
        FOREIGN KEY (draft_id, key) REFERENCES sections(draft_id, key) ON DELETE CASCADE
    );

    -- versions are append-only: text and provenance never change (findings may be refreshed)
    CREATE TRIGGER versions_keep_text BEFORE UPDATE OF
        draft_id, key, no, text, source, backend, model, prompt_file, instruction,
        exemplars_json, author, base_no, created_at ON versions
    BEGIN
        SELECT RAISE(ABORT, 'versions are append-only');
    END;
    CREATE TRIGGER versions_no_delete BEFORE DELETE ON versions
        WHEN (SELECT COUNT(*) FROM drafts WHERE id = OLD.draft_id) > 0
    BEGIN
        SELECT RAISE(ABORT, 'versions are append-only');
    END;
    """,
    # 2: a machine version made from an older base than a human edit is kept as a candidate;
    #    the process drafting a draft is recorded, so a killed run shows as interrupted
    """
    ALTER TABLE versions ADD COLUMN candidate INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE drafts ADD COLUMN run_owner TEXT;
    """,
    # 3: a deleted draft goes to the 回收站 (deleted_at set) and is purged 30 days later
    """
    ALTER TABLE drafts ADD COLUMN deleted_at TEXT;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNew(RuntimeError):
    def __init__(self, found: int):
        super().__init__(found)
        self.found = found


def current_version(conn: sqlite3.Connection) -> int:
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").fetchone()
    if not has_table:
        return 0
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection, now: str) -> int:
    """Bring the schema up to date inside one write transaction; returns the version."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                     "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
        found = current_version(conn)
        if found > SCHEMA_VERSION:
            raise SchemaTooNew(found)
        for number in range(found + 1, SCHEMA_VERSION + 1):
            for statement in _statements(MIGRATIONS[number - 1]):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)", (number, now))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return SCHEMA_VERSION


def _statements(script: str) -> list[str]:
    """Split a migration into statements (executescript would commit our transaction)."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--") and not buf.strip():
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
