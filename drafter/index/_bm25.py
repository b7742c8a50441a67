"""Lexical search: jieba tokens of the simplified text, scored with bm25s.

On these reports exact terms (行政复议, 规范性文件, 放管服) carry most of the signal, and a
lexical ranking found relevant exemplars more often than the small dense model did; the two
are fused in :mod:`drafter.index._rank`. The index is small and saved beside Chroma.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from pathlib import Path

import numpy as np

from drafter.corpus._clean import matching_form

# The usual defaults. b=0.5 lifts BM25 alone slightly on bench/retrieval_queries.yaml (0.916
# vs 0.903 recall@5) but lowers the hybrid; with 26 queries both are within one hit.
BM25_K1 = 1.2
BM25_B = 0.75
_TOKEN_OK = re.compile(r"[\u4e00-\u9fff0-9a-zA-Z]")
_STOPWORDS = frozenset(
    "的 了 和 与 及 等 在 是 对 为 以 将 把 被 从 中 上 下 我 我们 我区 我市 我局 其 其中 并 并且 "
    "也 还 又 更 都 就 而 或 个 各 该 这 那 有 由 于 向 按照 根据 进一步 不断 全面 积极 认真 切实 "
    "加强 推进 开展 工作 情况 一是 二是 三是 四是 五是 六是 通过 进行 实现 做好 坚持 着力 有效 "
    "一 二 三 四 五 六 七 八 九 十 年 月 日 共 达 件 项 次 人 名".split())


@functools.lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def tokenize(text: str) -> list[str]:
    """Search-mode segmentation (long words and their parts), punctuation and filler dropped."""
    words = _jieba().lcut_for_search(matching_form(text))
    return [w for w in (w.strip().lower() for w in words)
            if w and _TOKEN_OK.search(w) and w not in _STOPWORDS]


class Bm25Index:
    """A bm25s retriever plus the chunk ids its rows stand for."""

    def __init__(self, retriever, chunk_ids: list[str]):
        self.retriever = retriever
        self.chunk_ids = chunk_ids

    @classmethod
    def build(cls, chunk_ids: list[str], texts: list[str]) -> "Bm25Index":
        import bm25s

        retriever = bm25s.BM25(k1=BM25_K1, b=BM25_B)
        tokens = [tokenize(text) or ["∅"] for text in texts]
        if tokens:
            retriever.index(tokens, show_progress=False)
        return cls(retriever, chunk_ids)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        if self.chunk_ids:
            self.retriever.save(str(folder))
        (folder / "chunk_ids.json").write_text(json.dumps(self.chunk_ids, ensure_ascii=False),
                                               encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> "Bm25Index | None":
        ids_file = folder / "chunk_ids.json"
        if not ids_file.exists():
            return None
        import bm25s

        chunk_ids = json.loads(ids_file.read_text(encoding="utf-8"))
        retriever = bm25s.BM25.load(str(folder)) if chunk_ids else None
        return cls(retriever, chunk_ids)

    def scores(self, query: str) -> dict[str, float]:
        """Chunk id -> BM25 score, for chunks sharing at least one query term."""
        tokens = tokenize(query)
        if not tokens or not self.chunk_ids:
            return {}
        known = [t for t in tokens if t in self.retriever.vocab_dict]
        if not known:
            return {}
        values = np.asarray(self.retriever.get_scores(known))
        return {self.chunk_ids[i]: float(values[i]) for i in np.flatnonzero(values > 0)}
