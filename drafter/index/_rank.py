"""Filters, rank fusion and the per-document cap: pure functions over ranked chunk ids.

Reciprocal rank fusion needs no score calibration between cosine similarities and BM25
scores, which live on unrelated scales; the weights say how much each ranking is trusted.
"""

from __future__ import annotations

from dataclasses import dataclass

from drafter.corpus import GENRE_NOT_REPORT
from drafter.corpus._topics import topic_matches
from drafter.index._state import ChunkRow

# Chosen with ``bench/retrieval.py --grid`` on the hand-labelled queries (there is no held-out
# set): lexical matches are the stronger signal in these reports, and a small k lets the top
# of each ranking count for more.
RRF_K = 10
DENSE_WEIGHT = 1.0
BM25_WEIGHT = 1.5


@dataclass(frozen=True)
class Filters:
    kind: str | None = None
    topic: str | None = None
    genre: str | None = None
    years: tuple[int, int] | None = None
    include_non_reports: bool = False

    def allows(self, row: ChunkRow) -> bool:
        if self.kind and row.kind != self.kind:
            return False
        if self.topic and not any(topic_matches(self.topic, name) for name in row.topics):
            return False
        if self.genre and row.genre != self.genre:
            return False
        if not self.genre and not self.include_non_reports and row.genre == GENRE_NOT_REPORT:
            return False
        if self.years and (row.year is None or not self.years[0] <= row.year <= self.years[1]):
            return False
        return True

    def chroma_where(self, topic_names: list[str]) -> dict | None:
        """The same filter for Chroma, so the dense candidate pool is not wasted on excluded chunks."""
        clauses: list[dict] = []
        if self.kind:
            clauses.append({"kind": self.kind})
        if self.topic:
            names = [n for n in topic_names if topic_matches(self.topic, n)] or [self.topic]
            flags = [{f"topic:{n}": True} for n in names]
            clauses.append(flags[0] if len(flags) == 1 else {"$or": flags})
        if self.genre:
            clauses.append({"genre": self.genre})
        elif not self.include_non_reports:
            clauses.append({"genre": {"$ne": GENRE_NOT_REPORT}})
        if self.years:
            clauses += [{"year": {"$gte": self.years[0]}}, {"year": {"$lte": self.years[1]}}]
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def fuse(dense: list[str], lexical: list[str], *, k: int = RRF_K, dense_weight: float = DENSE_WEIGHT,
         bm25_weight: float = BM25_WEIGHT) -> list[tuple[str, float]]:
    """Weighted reciprocal rank fusion; best first."""
    scores: dict[str, float] = {}
    for weight, ranking in ((dense_weight, dense), (bm25_weight, lexical)):
        for rank, chunk_id in enumerate(ranking, start=1):
            scores[chunk_id] = scores.get(chunk_id, 0.0) + weight / (k + rank)
    return sorted(scores.items(), key=lambda item: -item[1])


def cap_per_document(ranked: list[tuple[str, float]], doc_of: dict[str, str], *, limit: int,
                     per_doc: int | None) -> list[tuple[str, float]]:
    """At most ``per_doc`` chunks from one report, so exemplars show several ways of writing."""
    taken: list[tuple[str, float]] = []
    per_doc_count: dict[str, int] = {}
    for chunk_id, score in ranked:
        doc = doc_of[chunk_id]
        if per_doc is not None and per_doc_count.get(doc, 0) >= per_doc:
            continue
        per_doc_count[doc] = per_doc_count.get(doc, 0) + 1
        taken.append((chunk_id, score))
        if len(taken) >= limit:
            break
    return taken
