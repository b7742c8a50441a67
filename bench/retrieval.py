"""Retrieval quality on the sample corpus: recall@5 and MRR@10 for dense, BM25 and hybrid.

Builds a fresh index of corpus/ in a temporary folder, runs every query in
bench/retrieval_queries.yaml in the three modes and prints one table, plus the ratio of
hybrid to the better single method measured in the same run.

    .venv/bin/python bench/retrieval.py            # the table
    .venv/bin/python bench/retrieval.py --grid     # also hybrid over a grid of RRF settings

recall@5 = relevant chunks in the top 5 / min(5, number of relevant chunks);
MRR@10 = 1 / rank of the first relevant chunk in the top 10 (0 if none).
Ranking quality is measured without the per-report cap; the capped hybrid (what clerks
get by default) is printed as an extra row.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import argparse  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

import yaml  # noqa: E402

from drafter.config import Settings  # noqa: E402
from drafter.corpus._clean import matching_form  # noqa: E402
from drafter.index import Exemplar, Index  # noqa: E402
from drafter.index._rank import BM25_WEIGHT, DENSE_WEIGHT, RRF_K, fuse  # noqa: E402

QUERIES = Path(__file__).resolve().parent / "retrieval_queries.yaml"
POOL = 60


def is_relevant(exemplar: Exemplar, labels: list[dict]) -> bool:
    for label in labels:
        if not exemplar.doc.startswith(str(label["doc"])):
            continue
        if "heading" in label and matching_form(label["heading"]) in matching_form(" ".join(exemplar.heading_path)):
            return True
        if "text" in label and matching_form(label["text"]) in matching_form(exemplar.text):
            return True
    return False


def relevant_ids(index: Index, labels: list[dict]) -> set[str]:
    """Every chunk a query's labels pick out (from the whole index, filters aside)."""
    everything = [Exemplar(text=r.text, heading_path=r.heading_path, kind=r.kind, topics=r.topics, doc=r.doc_id,
                           title=r.title, year=r.year, genre=r.genre, score=0.0, chunk_id=r.chunk_id)
                  for r in index.state.chunk_rows()]
    return {e.chunk_id for e in everything if is_relevant(e, labels)}


def scores(ranked_ids: list[str], relevant: set[str]) -> tuple[float, float]:
    recall = len([c for c in ranked_ids[:5] if c in relevant]) / min(5, len(relevant))
    first = next((rank for rank, c in enumerate(ranked_ids[:10], start=1) if c in relevant), None)
    return recall, (1.0 / first if first else 0.0)


def build_index(folder: Path) -> tuple[Index, float]:
    corpus = folder / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    index = Index(Settings(home=folder / "home"))
    started = time.perf_counter()
    report = index.update([corpus])
    build = time.perf_counter() - started
    assert not report.errors, report.errors
    started = time.perf_counter()
    again = index.update([corpus])
    rerun = time.perf_counter() - started
    print(f"索引：{len(report.added)} 份文件，{report.chunks_embedded} 段，用时 {build:.1f} 秒；"
          f"未改动时重新索引 {rerun:.2f} 秒，计算向量 {again.chunks_embedded} 段")
    return index, build


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--grid", action="store_true", help="also evaluate hybrid over a grid of RRF k and weights")
    args = parser.parse_args()
    queries = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))["queries"]
    with tempfile.TemporaryDirectory(prefix="drafter-bench-") as tmp:
        index, _ = build_index(Path(tmp))
        rows, pools = evaluate(index, queries)
        print_table(rows, len(queries))
        if args.grid:
            print_grid(pools)


def evaluate(index: Index, queries: list[dict]):
    totals: dict[str, list[tuple[float, float]]] = {}
    pools = []
    for item in queries:
        relevant = relevant_ids(index, item["relevant"])
        if not relevant:
            raise SystemExit(f"标注有误：查询“{item['query']}”的标注没有对应任何段落")
        options = {"kind": item.get("kind"), "per_doc": None}
        ranked = {}
        for mode in ("dense", "bm25", "hybrid"):
            ranked[mode] = [e.chunk_id for e in index.search(item["query"], mode=mode, k=POOL, **options)]
            totals.setdefault(mode, []).append(scores(ranked[mode], relevant))
        capped = [e.chunk_id for e in index.search(item["query"], mode="hybrid", k=10, kind=item.get("kind"))]
        totals.setdefault("hybrid, ≤2/份", []).append(scores(capped, relevant))
        pools.append((ranked["dense"], ranked["bm25"], relevant))
    return {mode: _mean(values) for mode, values in totals.items()}, pools


def _mean(values: list[tuple[float, float]]) -> tuple[float, float]:
    return (sum(v[0] for v in values) / len(values), sum(v[1] for v in values) / len(values))


def print_table(rows: dict[str, tuple[float, float]], n_queries: int) -> None:
    print(f"\n{n_queries} 条查询（RRF k={RRF_K}，权重 dense {DENSE_WEIGHT} / BM25 {BM25_WEIGHT}）")
    print(f"{'method':<14}{'recall@5':>10}{'MRR@10':>10}")
    for mode, (recall, mrr) in rows.items():
        print(f"{mode:<14}{recall:>10.3f}{mrr:>10.3f}")
    best_recall = max(rows["dense"][0], rows["bm25"][0])
    best_mrr = max(rows["dense"][1], rows["bm25"][1])
    print(f"hybrid / better single method: recall@5 ×{rows['hybrid'][0] / best_recall:.3f}, "
          f"MRR@10 ×{rows['hybrid'][1] / best_mrr:.3f}")


def print_grid(pools) -> None:
    print(f"\n{'k':>4}{'w_dense':>9}{'w_bm25':>8}{'recall@5':>10}{'MRR@10':>9}")
    for k in (5, 10, 20, 40, 60):
        for w_bm25 in (0.5, 0.75, 1.0, 1.25, 1.5, 2.0):
            values = [scores([c for c, _ in fuse(dense, lexical, k=k, dense_weight=1.0, bm25_weight=w_bm25)], rel)
                      for dense, lexical, rel in pools]
            recall, mrr = _mean(values)
            print(f"{k:>4}{1.0:>9.2f}{w_bm25:>8.2f}{recall:>10.3f}{mrr:>9.3f}")


if __name__ == "__main__":
    main()
