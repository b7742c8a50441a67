"""Drafting benchmark: concurrency speed-up, drafter's own share of the time, offline speed.

A six-section report (四段式: 导语, 第一责任人履职, two （一） items, 不足, 安排) is drafted
against the test LLM server with a fixed per-token delay, once with settings.concurrency=6
and once with concurrency=1 (the baseline, measured in the same run). drafter's own time
is what it spends outside the model: retrieval, prompt rendering, verification, storage
(timed with perf_counter around those phases). Then the offline backend drafts
examples/facts.yaml with the index already warm.

Run:  .venv/bin/python bench/draft.py [--token-delay 0.02] [--chunk 2] [--home DIR]
Targets: speed-up >= 4x; own time < 2% of the concurrent run's wall time (issue 9); offline < 2 s.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from fixtures_draft import EXAMPLE_FACTS, SIX_SECTION_FACTS, model_reply  # noqa: E402
from llm_server import FakeLLMServer  # noqa: E402

from drafter.config import Settings  # noqa: E402
from drafter.draft._flow import Timings, draft_report  # noqa: E402
from drafter.facts import facts_from_dict, load_facts  # noqa: E402
from drafter.index import Index  # noqa: E402
from drafter.store import Store  # noqa: E402

# A realistic section is a few hundred characters; the padding has no numbers, so it verifies clean.
PADDING = ("坚持把法治政府建设摆在全局工作的重要位置，健全工作机制，压实工作责任，狠抓工作落实，"
           "推动各项任务落地见效，依法行政能力和水平不断提升。") * 6


def bench_reply(body: dict) -> str:
    return model_reply(body, extra=PADDING)


async def run_draft(facts, settings: Settings, store: Store) -> tuple[float, Timings, list]:
    timings = Timings()
    start = time.perf_counter()
    events = [e async for e in draft_report(facts, settings=settings, store=store, timings=timings)]
    return time.perf_counter() - start, timings, events


def check_complete(events, expected_sections: int) -> None:
    done = [e for e in events if e.status == "完成"]
    failed = [e for e in events if e.status == "失败"]
    if len(done) != expected_sections or failed:
        raise SystemExit(f"draft incomplete: {len(done)} done, failed: {[e.message for e in failed]}")


def build_index(settings: Settings) -> float:
    start = time.perf_counter()
    report = Index(settings).update([ROOT / "corpus"])
    if report.errors:
        raise SystemExit(f"index errors: {report.errors}")
    # warm: the embedding model and BM25 are loaded by the first search
    Index(settings).search("行政复议", kind="主要举措和成效", k=3)
    return time.perf_counter() - start


def row(name: str, wall: float, timings: Timings, requests: str = "", in_flight: str = "") -> str:
    return (f"| {name:<34} | {wall:8.3f} | {timings.own_wall:8.3f} | {100 * timings.own_wall / wall:6.2f}% "
            f"| {timings.own:8.3f} | {requests:>8} | {in_flight:>9} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--token-delay", type=float, default=0.02, help="seconds per streamed chunk")
    parser.add_argument("--chunk", type=int, default=2, help="characters per streamed chunk")
    parser.add_argument("--home", default=None, help="DRAFTER_HOME to use (kept; index reused if built)")
    args = parser.parse_args()

    home = Path(args.home) if args.home else Path(tempfile.mkdtemp(prefix="drafter-bench-"))
    base = Settings(home=home)
    index_seconds = build_index(base)
    six = facts_from_dict(SIX_SECTION_FACTS, source="bench")
    server = FakeLLMServer(default=bench_reply, token_delay=args.token_delay, chunk_size=args.chunk).start()
    lines = []
    try:
        # a warm process, as the UI server is: first-call costs (imports, verifier tables) paid once here
        warm = base.with_overrides(base_url=server.base_url, api_key="bench", model="bench-model", concurrency=6)
        asyncio.run(run_draft(six, warm.with_overrides(), Store(warm.db_path)))
        results = {}
        for concurrency in (6, 1):
            settings = base.with_overrides(base_url=server.base_url, api_key="bench", model="bench-model",
                                           concurrency=concurrency, timeout=60.0)
            server.max_in_flight = 0
            before = len(server.requests)
            wall, timings, events = asyncio.run(run_draft(six, settings, Store(settings.db_path)))
            check_complete(events, 6)
            mine = server.requests[before:]
            slowest = max(r.done_at - r.at for r in mine)
            results[concurrency] = (wall, timings, len(mine), server.max_in_flight, slowest)
        offline_facts = load_facts(EXAMPLE_FACTS)
        offline_wall, offline_timings, offline_events = asyncio.run(run_draft(offline_facts, base, Store(base.db_path)))
        check_complete(offline_events, len([e for e in offline_events if e.status == "排队"]))
    finally:
        server.close()

    chars = sum(len(bench_reply({"messages": [{"role": "user", "content": ""}]})) for _ in range(1))
    lines.append(f"drafter bench/draft.py — six sections, token delay {args.token_delay}s per {args.chunk}-character "
                 f"chunk (~{chars} characters per section), index warm (built in {index_seconds:.1f}s)")
    lines.append("| run                                | wall (s) | own (s)  | own %   | own sum  | requests | in flight |")
    lines.append("|------------------------------------|----------|----------|---------|----------|----------|-----------|")
    for concurrency, label in ((6, "model, concurrency=6"), (1, "model, one at a time (baseline)")):
        wall, timings, requests, in_flight, _ = results[concurrency]
        lines.append(row(label, wall, timings, str(requests), str(in_flight)))
    lines.append(row(f"offline examples ({len([e for e in offline_events if e.status == '完成'])} sections)",
                     offline_wall, offline_timings))
    speedup = results[1][0] / results[6][0]
    own_share = 100 * results[6][1].own_wall / results[6][0]
    phases = ", ".join(f"{k} {results[6][1].phase_wall(k) * 1000:.0f} ms" for k in sorted(results[6][1].seconds))
    lines.append("")
    lines.append(f"speed-up with concurrency: {speedup:.2f}x (target >= 4x)  {'OK' if speedup >= 4 else 'MISSED'}")
    lines.append(f"own time, concurrent run: {own_share:.2f}% of wall time (target < 2%)  "
                 f"{'OK' if own_share < 2 else 'MISSED'}  [wall-clock by phase: {phases}]")
    lines.append("own (s) = wall-clock time while any of drafter's own phases ran (retrieval, prompts, "
                 "verification, storage); own sum = the phases added up, overlaps counted twice")
    wall6, slowest = results[6][0], results[6][4]
    lines.append(f"latency drafter adds to the concurrent run: {wall6 - slowest:.3f}s over the slowest model stream "
                 f"({slowest:.3f}s), {100 * (wall6 - slowest) / wall6:.2f}% of wall time")
    lines.append(f"offline draft with warm index: {offline_wall:.3f}s (target < 2 s)  "
                 f"{'OK' if offline_wall < 2 else 'MISSED'}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
