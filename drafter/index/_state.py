"""What has been indexed: files with their hashes, and every chunk with its metadata.

Kept in a small SQLite file beside Chroma so that an unchanged corpus is recognised
without loading the embedding model or even opening Chroma, and so that BM25 and the
filters can be rebuilt from one place.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from drafter.index._chunk import Chunk

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    doc_id TEXT PRIMARY KEY, path TEXT NOT NULL, root TEXT NOT NULL, fingerprint TEXT NOT NULL,
    title TEXT, body TEXT, year INTEGER, genre TEXT, level TEXT, sections INTEGER, chunks INTEGER
);
CREATE TABLE IF NOT EXISTS chunks (
    chunk_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, ordinal INTEGER, heading_path TEXT,
    kind TEXT, topics TEXT, text TEXT, embed_text TEXT, seq INTEGER
);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS vectors (text_hash TEXT PRIMARY KEY, vector BLOB NOT NULL);
"""


@dataclass
class FileRecord:
    doc_id: str
    path: str
    root: str
    fingerprint: str
    title: str
    body: str | None
    year: int | None
    genre: str
    level: str | None
    sections: int
    chunks: int


@dataclass
class ChunkRow:
    """A chunk joined with its document's metadata: everything a filter or a result needs."""

    chunk_id: str
    doc_id: str
    heading_path: list[str]
    kind: str
    topics: list[str]
    text: str
    embed_text: str
    title: str
    body: str | None
    year: int | None
    genre: str
    level: str | None = None     # 省级/地市/区县/…: exemplars from the clerk's own level read closest


class IndexState:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        with closing(self._connect()) as db, db:
            db.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=30)

    def files(self) -> dict[str, FileRecord]:
        with closing(self._connect()) as db:
            rows = db.execute("SELECT doc_id, path, root, fingerprint, title, body, year, genre, level, "
                              "sections, chunks FROM files ORDER BY doc_id").fetchall()
        return {row[0]: FileRecord(*row) for row in rows}

    def replace_document(self, record: FileRecord, chunks: list[Chunk]) -> None:
        with closing(self._connect()) as db, db:
            db.execute("DELETE FROM chunks WHERE doc_id = ?", (record.doc_id,))
            self._insert(db, record, chunks)

    @staticmethod
    def _insert(db: sqlite3.Connection, record: FileRecord, chunks: list[Chunk]) -> None:
        db.execute("INSERT OR REPLACE INTO files VALUES (?,?,?,?,?,?,?,?,?,?,?)", (
            record.doc_id, record.path, record.root, record.fingerprint, record.title, record.body,
            record.year, record.genre, record.level, record.sections, record.chunks))
        db.executemany("INSERT INTO chunks VALUES (?,?,?,?,?,?,?,?,?)", [
            (c.chunk_id, c.doc_id, c.ordinal, json.dumps(c.heading_path, ensure_ascii=False),
             c.kind, json.dumps(c.topics, ensure_ascii=False), c.text, c.embed_text, seq)
            for seq, c in enumerate(chunks)])

    def replace_all(self, records: list[FileRecord], chunks: dict[str, list[Chunk]]) -> None:
        """Every file and chunk replaced in one transaction (the vector cache is kept)."""
        with closing(self._connect()) as db, db:
            db.execute("DELETE FROM chunks")
            db.execute("DELETE FROM files")
            for record in records:
                self._insert(db, record, chunks.get(record.doc_id, []))

    def relocate(self, doc_id: str, path: str, root: str) -> None:
        with closing(self._connect()) as db, db:
            db.execute("UPDATE files SET path = ?, root = ? WHERE doc_id = ?", (path, root, doc_id))

    def remove_document(self, doc_id: str) -> None:
        with closing(self._connect()) as db, db:
            db.execute("DELETE FROM chunks WHERE doc_id = ?", (doc_id,))
            db.execute("DELETE FROM files WHERE doc_id = ?", (doc_id,))

    def set_chunk_topics(self, topics_by_chunk: dict[str, list[str]]) -> None:
        with closing(self._connect()) as db, db:
            db.executemany("UPDATE chunks SET topics = ? WHERE chunk_id = ?", [
                (json.dumps(topics, ensure_ascii=False), chunk_id)
                for chunk_id, topics in topics_by_chunk.items()])

    def chunk_rows(self) -> list[ChunkRow]:
        with closing(self._connect()) as db:
            rows = db.execute(
                "SELECT c.chunk_id, c.doc_id, c.heading_path, c.kind, c.topics, c.text, c.embed_text, "
                "f.title, f.body, f.year, f.genre, f.level FROM chunks c JOIN files f USING (doc_id) "
                "ORDER BY c.doc_id, c.seq").fetchall()
        return [ChunkRow(r[0], r[1], json.loads(r[2]), r[3], json.loads(r[4]), r[5], r[6], r[7], r[8],
                         r[9], r[10], r[11]) for r in rows]

    def get_meta(self, key: str) -> str | None:
        with closing(self._connect()) as db:
            row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with closing(self._connect()) as db, db:
            db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # ---- embedding cache: a chunk whose text did not change is never embedded again ----------

    def cached_vectors(self, texts: list[str]) -> dict[str, np.ndarray]:
        keys = [text_hash(t) for t in texts]
        found: dict[str, np.ndarray] = {}
        with closing(self._connect()) as db:
            for start in range(0, len(keys), 500):
                batch = keys[start:start + 500]
                rows = db.execute(f"SELECT text_hash, vector FROM vectors WHERE text_hash IN "
                                  f"({','.join('?' * len(batch))})", batch).fetchall()
                found.update({key: np.frombuffer(blob, dtype=np.float32) for key, blob in rows})
        return found

    def save_vectors(self, texts: list[str], vectors) -> None:
        with closing(self._connect()) as db, db:
            db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?)", [
                (text_hash(t), np.asarray(v, dtype=np.float32).tobytes()) for t, v in zip(texts, vectors)])

    def prune_vectors(self) -> None:
        """Forget vectors no chunk uses any more, so the cache does not grow without bound."""
        from drafter.index._chunk import dense_windows

        live = {text_hash(window) for row in self.chunk_rows()
                for window in dense_windows(row.heading_path, row.text)}
        with closing(self._connect()) as db, db:
            stored = [row[0] for row in db.execute("SELECT text_hash FROM vectors")]
            db.executemany("DELETE FROM vectors WHERE text_hash = ?", [(k,) for k in stored if k not in live])


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
