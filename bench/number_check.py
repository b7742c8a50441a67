"""Planted-error benchmark for drafter.numbers + drafter.verify, and extraction throughput.

Each seed report's own statistical numbers become its facts (labels taken from the words
around each number), so the untouched text must give zero findings. Then one error at a
time is planted from the seed's own sentences, the way a model gets figures wrong:

    change    one figure changed (12 -> 22)
    swap      two figures of one sentence swapped between their labels (受理19 / 审结12)
    drop_yu   余/多 dropped (400余件 -> 400件)
    add_yu    余 added to an exact figure (437件 -> 437余件)
    wan_yuan  万元 written as 元 (1428万元 -> 1428元)
    year      a report-year date moved two years on (2018年 -> 2020年)
    round_pct a percentage rounded to the nearest ten (99.3% -> 100%)

A planted error is caught when a finding that needs the clerk (error or warning) overlaps
the changed text; any other such finding in that variant is a false alarm.

Run:  .venv/bin/python bench/number_check.py
Targets: change 100%, swap >= 90%, zero findings on untouched text, extraction >= 1 MB/s.
"""

from __future__ import annotations

import re
import sys
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter.facts import Fact  # noqa: E402
from drafter.numbers import Mention, find_numbers  # noqa: E402
from drafter.verify import verify_text  # noqa: E402
from drafter.verify import _match as mt  # noqa: E402

# report year of each seed (DOMAIN.md Part 2, evidence table)
SEED_YEARS = {"000": 2012, "001": 2020, "002": 2018, "003": 2023, "004": 2014}
_NUM = re.compile(r"\d+(?:\.\d+)?")
_SENTENCE_STOP = "。；;！？!?\n"


def load_seeds() -> list[tuple[str, int, str]]:
    seeds = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if path.name[:3] == "003":          # an implementation plan in traditional characters
            import opencc

            converted = opencc.OpenCC("t2s").convert(text)
            if len(converted) != len(text):
                continue
            text = converted
        seeds.append((path.name[:3], SEED_YEARS[path.name[:3]], text))
    return seeds


def _label(text: str, mentions: list[Mention], i: int, mode: str) -> str:
    before, after = mt.contexts(text, mentions, i)
    return (before + after if mode == "around" else before).strip(" ，,、：:")


def own_facts(seed: str, text: str, mentions: list[Mention], mode: str = "around") -> list[Fact]:
    """Each statistical mention as a fact, labelled with the words before (and after) it."""
    facts = []
    for i, m in enumerate(mentions):
        if not m.needs_fact or m.value is None:
            continue
        label = _label(text, mentions, i, mode) or m.text
        approx = m.approx
        if m.kind == "range":
            for j, v in enumerate((m.value, m.value_high)):
                facts.append(Fact(f"{seed}-{i}-{j}", label, v, m.unit or "", approx=None))
            continue
        unit = m.unit or ""
        value = m.value
        if m.kind == "fraction":
            unit = ""
        facts.append(Fact(f"{seed}-{i}", label, value, unit, approx=approx))
    return facts


@dataclass
class Variant:
    kind: str
    text: str
    spans: list[tuple[int, int]]


def _number_span(m: Mention) -> tuple[int, int, str] | None:
    hit = _NUM.search(m.text)
    if not hit:
        return None
    return m.start + hit.start(), m.start + hit.end(), hit.group()


def _changed(number: str) -> str:
    """Change the leading digit: 12 -> 22, 99.3 -> 89.3, 9 -> 8; 100 -> 90 for a rate."""
    if number == "100":
        return "90"
    first = int(number[0])
    return str(first + 1 if first < 9 else first - 1) + number[1:]


def _replace(text: str, a: int, b: int, new: str) -> tuple[str, tuple[int, int]]:
    return text[:a] + new + text[b:], (a, a + len(new))


def _sentence_id(text: str, pos: int) -> int:
    best = -1
    for ch in _SENTENCE_STOP:
        best = max(best, text.rfind(ch, 0, pos))
    return best


def plant(text: str, year: int, mentions: list[Mention], facts: list[Fact], mode: str = "around") -> list[Variant]:
    out: list[Variant] = []
    stats = [(i, m) for i, m in enumerate(mentions)
             if m.needs_fact and m.value is not None and _number_span(m) and m.kind != "fraction"]
    for i, m in stats:
        a, b, number = _number_span(m)
        new_text, span = _replace(text, a, b, _changed(number))
        out.append(Variant("change", new_text, [span]))
        if m.approx and ("余" in m.approx or m.approx.endswith("多")):
            pos = m.text.rfind("余") if "余" in m.approx else m.text.rfind("多")
            new_text, span = _replace(text, m.start + pos, m.start + pos + 1, "")
            out.append(Variant("drop_yu", new_text, [(m.start, m.end - 1)]))
        if not m.approx and m.kind == "count" and m.unit and "." not in number and m.value_high is None:
            new_text, span = _replace(text, b, b, "余")
            out.append(Variant("add_yu", new_text, [(m.start, m.end + 1)]))
        if m.kind == "money" and m.unit == "万元":
            k = m.text.find("万")
            new_text, span = _replace(text, m.start + k, m.start + k + 1, "")
            out.append(Variant("wan_yuan", new_text, [(m.start, m.end - 1)]))
        if m.kind == "percent" and m.unit == "%" and m.value % 10 != 0:
            rounded = (m.value / 10).quantize(Decimal(1)) * 10
            if rounded != m.value:
                new_text, span = _replace(text, a, b, str(int(rounded)))
                out.append(Variant("round_pct", new_text, [span]))
    # swaps: two figures of one sentence, same unit, different values, distinct labels
    by_sentence: dict[int, list[tuple[int, Mention]]] = {}
    for i, m in stats:
        if m.kind in ("count", "money", "percent", "duration") and m.value_high is None:
            by_sentence.setdefault(_sentence_id(text, m.start), []).append((i, m))
    for group in by_sentence.values():
        for x in range(len(group)):
            for y in range(x + 1, len(group)):
                (i, m), (j, n) = group[x], group[y]
                if m.unit != n.unit or m.value == n.value or (m.approx or "") != (n.approx or ""):
                    continue
                gm = mt.bigrams(_label(text, mentions, i, mode))
                gn = mt.bigrams(_label(text, mentions, j, mode))
                if not (gm - gn) or not (gn - gm):
                    continue
                a1, b1, s1 = _number_span(m)
                a2, b2, s2 = _number_span(n)
                new_text = text[:a1] + s2 + text[b1:a2] + s1 + text[b2:]
                shift = len(s2) - len(s1)
                out.append(Variant("swap", new_text, [(a1, a1 + len(s2)), (a2 + shift, a2 + shift + len(s1))]))
    for m in mentions:
        if m.kind == "year" and m.value == year and m.value_high is None and m.text.startswith(str(year)):
            new_text, span = _replace(text, m.start, m.start + 4, str(year + 2))
            out.append(Variant("year", new_text, [span]))
    return out


def _overlaps(f, spans) -> bool:
    return f.start is not None and any(f.start < b and f.end > a for a, b in spans)


def evaluate(seeds, mode: str):
    rows: dict[str, list[int]] = {}
    untouched = []
    for seed, year, text in seeds:
        mentions = find_numbers(text)
        facts = own_facts(seed, text, mentions, mode)
        base = verify_text(text, facts, year=year)
        untouched.append((seed, len(mentions), len(facts), base.problems))
        for v in plant(text, year, mentions, facts, mode):
            result = verify_text(v.text, facts, year=year, expected=[])
            problems = result.problems
            caught = any(_overlaps(f, v.spans) for f in problems)
            false = sum(1 for f in problems if not _overlaps(f, v.spans))
            row = rows.setdefault(v.kind, [0, 0, 0])
            row[0] += 1
            row[1] += caught
            row[2] += false
    return untouched, rows


def _table(rows):
    print(f"{'error type':<12}{'variants':>10}{'caught':>8}{'recall':>9}{'false alarms':>14}")
    for kind in ("change", "swap", "drop_yu", "add_yu", "wan_yuan", "year", "round_pct"):
        total, caught, false = rows.get(kind, [0, 0, 0])
        recall = f"{caught / total:.1%}" if total else "-"
        print(f"{kind:<12}{total:>10}{caught:>8}{recall:>9}{false:>14}")


def run() -> int:
    seeds = load_seeds()
    untouched, rows = evaluate(seeds, "around")
    untouched_before, rows_before = evaluate(seeds, "before")
    print("\nUntouched seeds, each checked against its own numbers as facts")
    print(f"{'seed':<6}{'mentions':>10}{'facts':>8}{'findings':>10}")
    for seed, n, nf, problems in untouched:
        print(f"{seed:<6}{n:>10}{nf:>8}{len(problems):>10}")
        for f in problems:
            print(f"      {f.kind} {f.severity}: {f.message}")

    print("\nPlanted errors (one per variant); fact labels = the words before and after each number")
    _table(rows)
    print("\nSame, with fact labels = only the words before each number (shorter, like a clerk's)")
    clean = sum(len(p) for *_, p in untouched_before)
    print(f"untouched seeds: {clean} findings")
    _table(rows_before)

    # throughput: the seeds repeated to about 2 MB, against a plain digit scan in the same run
    corpus = "\n".join(t for _, _, t in seeds)
    reps = max(1, (2 << 20) // len(corpus.encode("utf-8")))
    big = corpus * reps
    size_mb = len(big.encode("utf-8")) / (1 << 20)
    find_numbers(corpus)                    # warm caches and imports
    t0 = time.perf_counter()
    found = find_numbers(big)
    t_ours = time.perf_counter() - t0
    digits = re.compile(r"\d+")
    t0 = time.perf_counter()
    naive = digits.findall(big)
    t_naive = time.perf_counter() - t0
    print("\nExtraction throughput")
    print(f"{'method':<26}{'MB':>7}{'seconds':>10}{'MB/s':>9}{'mentions':>10}")
    print(f"{'find_numbers':<26}{size_mb:>7.2f}{t_ours:>10.3f}{size_mb / t_ours:>9.2f}{len(found):>10}")
    naive_name = 're.findall(r"\d+") naive'
    print(f"{naive_name:<26}{size_mb:>7.2f}{t_naive:>10.3f}{size_mb / t_naive:>9.2f}"
          f"{len(naive):>10}")
    print(f"ratio: find_numbers takes {t_ours / t_naive:.1f}x the time of the naive digit scan")
    return 0


if __name__ == "__main__":
    raise SystemExit(run())
