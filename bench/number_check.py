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

The labelled evaluation set (bench/number_eval/, text nobody here wrote, issue 12) is scored
first: extraction recall per kind, non-statistics taken as statistics, false alarms on
untouched excerpts with complete facts, planted changes and swaps, each beside its target
and a naive digit-scan baseline (matching rules: the comment above ``score_doc``).

      --part eval       only the evaluation set (a few seconds); --part seeds: only the above
      --split dev|test  score one split (default all: dev, test and both together)
      --show-dev        list each false alarm and miss of the dev split (never the test split's)
"""

from __future__ import annotations

import argparse
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
from drafter.numbers.units import normalize_unit, to_base  # noqa: E402
from drafter.verify import _match as mt  # noqa: E402

sys.path.insert(0, str(ROOT / "bench" / "number_eval"))
import _load as eval_load  # noqa: E402

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
    naive_name = r're.findall(r"\d+") naive'
    print(f"{naive_name:<26}{size_mb:>7.2f}{t_naive:>10.3f}{size_mb / t_naive:>9.2f}"
          f"{len(naive):>10}")
    print(f"ratio: find_numbers takes {t_ours / t_naive:.1f}x the time of the naive digit scan")
    return 0


# -- the labelled evaluation set (bench/number_eval/, README.md there) ---------------------
#
# Matching rules used by score_doc. Text nobody here wrote, every number mention labelled by hand, a complete clerk-labelled
# facts sheet per excerpt. Matching rules:
#   found       a labelled statistic is found when find_numbers yields a mention that overlaps
#               its span, has needs_fact true and the same value once both are in base units
#               (units.to_base: 50万元 = 500000元, 1.5万件 = 15000件); fractions within 1e-4;
#               the unit word itself is not compared (场(次) vs 场次 is not a value error).
#   naive       a digit run (\d+(\.\d+)?) overlapping the span whose number is the labelled
#               value as written (the value, or it divided by 10^4 or 10^8 for 万/亿).
#   as stat     a labelled non-statistic overlapped by any mention with needs_fact true.
#   false alarm an untouched excerpt with any error/warning finding from verify_text(text,
#               complete facts, year=report year).
#   change      each statistic's figure changed alone (Arabic: leading digit as `_changed`;
#               Chinese numerals: the first numeral one step on; 一半: 三分之一); caught when
#               an error/warning overlaps the changed span.
#   swap        two statistics of one sentence with the same unit, different values and
#               different facts, their digits exchanged; caught when an error/warning overlaps
#               either span. Sentences with 分别 are skipped (分别为a、b: only the order of the
#               figures says which is which, no wording near a figure names it).
#   naive checker (the ratio baseline for verification): flags every digit run whose number is
#               no fact's value (as written or in base units).


EVAL_TARGETS = {"false_alarm": 0.05, "mis_error": 0, "change": 1.0, "swap": 0.95,
                "recall": 0.98, "as_stat": 0.01}
_CN_NEXT = dict(zip("一二两三四五六七八九", "二三三四五六七八九八"))
_FINDING_KINDS = ("unsupported", "misattributed", "approximation", "unused_fact", "other")
_STAT_KINDS = eval_load.STAT_KINDS
_TINY = Decimal("0.0001")


def _dec(v) -> Decimal:
    return Decimal(str(v))


def _facts_of(doc: dict) -> list[Fact]:
    return [Fact(f["id"], f["label"], _dec(f["value"]), f["unit"] or "", approx=f.get("approx"))
            for f in doc["facts"]]


def _span(m: dict) -> tuple[int, int]:
    return m["start"], m["start"] + len(m["text"])


def _hit(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _base(value, unit) -> Decimal:
    return to_base(_dec(value), unit or "")[0]


def _same_value(label: dict, m: Mention) -> bool:
    if m.value is None:
        return False
    if label["kind"] == "fraction" and m.kind == "percent" and "成" in m.text:
        return abs(_dec(label["value"]) * 100 - m.value) < _TINY      # 近五成 labelled as 0.5
    if label["kind"] == "fraction" or m.kind == "fraction":
        return abs(_dec(label["value"]) - m.value) < _TINY
    if label["kind"] == "range" and m.value_high is not None:
        return _base(label["value"], label["unit"]) == _base(m.value, m.unit) and \
            _base(label.get("value_high", label["value"]), label["unit"]) == _base(m.value_high, m.unit)
    return _base(label["value"], label["unit"]) == _base(m.value, m.unit)


def _written_forms(value) -> set[Decimal]:
    v = _dec(value)
    return {v.normalize(), (v / 10_000).normalize(), (v / 100_000_000).normalize()}


def _naive_found(text: str, label: dict) -> bool:
    span = _span(label)
    return any(_hit(span, (d.start(), d.end())) and Decimal(d.group()).normalize() in _written_forms(label["value"])
               for d in _NUM.finditer(text))


def _naive_checker(text: str, facts: list[Fact]) -> list[tuple[int, int]]:
    known = set()
    for f in facts:
        known |= _written_forms(f.value) | {to_base(f.value, f.unit)[0].normalize()}
    return [(d.start(), d.end()) for d in _NUM.finditer(text) if Decimal(d.group()).normalize() not in known]


def _finding_kind(f) -> str:
    return f.kind if f.kind in _FINDING_KINDS else "other"


def _problems(text: str, facts: list[Fact], year: int):
    return verify_text(text, facts, year=year).problems


def _set_aside_deserved(doc: dict, problems: list) -> tuple[list, int]:
    """The findings that are not among the slips the published text really has (the excerpt's
    ``deserved`` labels: a year typo, an outdated slogan), and how many of those were found.
    A finding on a real slip is the checker doing its job, not a false alarm."""
    deserved = doc.get("deserved") or []
    spans = [(d["kind"], doc["text"].find(d["text"]), len(d["text"])) for d in deserved]
    rest, hit = [], set()
    for f in problems:
        match = next((k for k, (kind, a, n) in enumerate(spans)
                      if f.kind == kind and f.start is not None and _hit((a, a + n), (f.start, f.end))), None)
        if match is None:
            rest.append(f)
        else:
            hit.add(match)
    return rest, len(hit)


def _changed_figure(text: str, label: dict) -> tuple[str, tuple[int, int]] | None:
    a, b = _span(label)
    digits = _NUM.search(label["text"])
    if digits:
        s, e = a + digits.start(), a + digits.end()
        return _replace(text, s, e, _changed(digits.group()))
    half = label["text"].find("一半")
    if half >= 0:                  # 近一半 -> 近三分之一: 二半 is not Chinese, so no clerk writes it
        return _replace(text, a + half, a + half + 2, "三分之一")
    doubled = label["text"].find("一番")
    if doubled >= 0:               # 翻一番 -> 翻两番: 翻二番 is not how a clerk writes it
        return _replace(text, a + doubled, a + doubled + 1, "两")
    for i, ch in enumerate(label["text"]):
        if ch in _CN_NEXT:
            return _replace(text, a + i, a + i + 1, _CN_NEXT[ch])
    return None


def _sentence_text(text: str, stop_before: int) -> str:
    end = min((i for i in (text.find(ch, stop_before + 1) for ch in _SENTENCE_STOP) if i >= 0),
              default=len(text))
    return text[stop_before + 1:end]


def _swaps(text: str, stats: list[dict]):
    """Pairs of one sentence, same unit, different values, different facts, Arabic digits."""
    by_sentence: dict[int, list[dict]] = {}
    for m in stats:
        if m["kind"] in ("count", "money", "percent", "duration") and _NUM.search(m["text"]):
            by_sentence.setdefault(_sentence_id(text, m["start"]), []).append(m)
    for start, group in by_sentence.items():
        if "分别" in _sentence_text(text, start):
            continue                     # 分别为a、b: only the order says which is which
        for x in range(len(group)):
            for y in range(x + 1, len(group)):
                m, n = group[x], group[y]
                if normalize_unit(m["unit"]) != normalize_unit(n["unit"]) or m["fact"] == n["fact"]:
                    continue
                if _dec(m["value"]) == _dec(n["value"]):
                    continue
                d1, d2 = _NUM.search(m["text"]), _NUM.search(n["text"])
                if d1.group() == d2.group():
                    continue
                a1, b1 = m["start"] + d1.start(), m["start"] + d1.end()
                a2, b2 = n["start"] + d2.start(), n["start"] + d2.end()
                new_text = text[:a1] + d2.group() + text[b1:a2] + d1.group() + text[b2:]
                shift = len(d2.group()) - len(d1.group())
                yield new_text, [(a1, a1 + len(d2.group())), (a2 + shift, a2 + shift + len(d1.group()))]


@dataclass
class EvalScore:
    excerpts: int = 0
    mentions: int = 0
    labelled: dict = None            # kind -> [n, found, naive_found]
    nonstat: dict = None             # kind -> [n, taken as statistic, naive taken]
    extra_stats: int = 0             # extracted statistics overlapping no labelled mention
    alarm_docs: int = 0
    naive_alarm_docs: int = 0
    alarm_kinds: dict = None         # finding kind -> excerpts with that kind
    mis_errors: int = 0
    planted: dict = None             # change/swap -> [n, caught, naive caught]
    deserved: list = None            # [real slips labelled in the text, found]
    pointed: list = None             # [planted changes caught, whose finding names the figure's own fact]
    dev_alarms: list = None          # (doc id, finding) for the dev split only
    dev_notes: list = None           # misses on the dev split, one line each

    def __post_init__(self):
        self.labelled = {k: [0, 0, 0] for k in _STAT_KINDS}
        self.nonstat = {}
        self.alarm_kinds = {k: 0 for k in _FINDING_KINDS}
        self.planted = {"change": [0, 0, 0], "swap": [0, 0, 0]}
        self.deserved = [0, 0]
        self.pointed = [0, 0]
        self.dev_alarms = []
        self.dev_notes = []


def score_doc(doc: dict, s: EvalScore) -> None:
    text, year, facts = doc["text"], doc["year"], _facts_of(doc)
    dev = doc["split"] == "dev"
    found = find_numbers(text)
    # a group named by its size (三大平台) is extracted with its value and checked against its
    # list or a fitting fact: it is found as a statistic, and a slogan taken as one is a miss
    stat_found = [m for m in found if m.needs_fact or m.kind == "group"]
    s.excerpts += 1
    s.mentions += len(doc["mentions"])
    stats = [m for m in doc["mentions"] if m["statistic"]]
    for label in doc["mentions"]:
        span = _span(label)
        if label["statistic"]:
            row = s.labelled[label["kind"]]
            row[0] += 1
            hit = any(_hit(span, (m.start, m.end)) and _same_value(label, m) for m in stat_found)
            row[1] += hit
            row[2] += _naive_found(text, label)
            if dev and not hit:
                s.dev_notes.append(f"{doc['id']} statistic not found: {label['text']!r} "
                                   f"({label['kind']} {label['value']} {label['unit']})")
        else:
            row = s.nonstat.setdefault(label["kind"], [0, 0, 0])
            row[0] += 1
            taken = [m for m in stat_found if _hit(span, (m.start, m.end))]
            row[1] += bool(taken)
            if dev and taken:
                s.dev_notes.append(f"{doc['id']} {label['kind']} taken as statistic: {label['text']!r} "
                                   f"-> {taken[0].text!r} {taken[0].kind}")
            row[2] += any(_hit(span, (d.start(), d.end())) for d in _NUM.finditer(text))
    labelled_spans = [_span(m) for m in doc["mentions"]]
    s.extra_stats += sum(1 for m in stat_found if not any(_hit((m.start, m.end), sp) for sp in labelled_spans))

    problems, deserved = _set_aside_deserved(doc, _problems(text, facts, year))
    s.deserved[0] += len(doc.get("deserved") or [])
    s.deserved[1] += deserved
    if problems:
        s.alarm_docs += 1
        for kind in {_finding_kind(f) for f in problems}:
            s.alarm_kinds[kind] += 1
        if doc["split"] == "dev":
            s.dev_alarms += [(doc["id"], f) for f in problems]
    s.mis_errors += sum(1 for f in problems if f.kind == "misattributed" and f.severity == "error")
    s.naive_alarm_docs += bool(_naive_checker(text, facts))

    for label in stats:
        planted = _changed_figure(text, label)
        if planted is None:
            continue
        new_text, span = planted
        row = s.planted["change"]
        row[0] += 1
        there = [f for f in _problems(new_text, facts, year) if _overlaps(f, [span])]
        caught = bool(there)
        row[1] += caught
        s.pointed[0] += caught
        s.pointed[1] += any(f.fact_id == label["fact"] for f in there)
        if dev and not caught:
            s.dev_notes.append(f"{doc['id']} planted change missed: {label['text']!r} -> "
                               f"{new_text[span[0]:span[1]]!r}")
        row[2] += any(_hit(span, sp) for sp in _naive_checker(new_text, facts))
    for new_text, spans in _swaps(text, stats):
        row = s.planted["swap"]
        row[0] += 1
        caught = any(_overlaps(f, spans) for f in _problems(new_text, facts, year))
        row[1] += caught
        if dev and not caught:
            s.dev_notes.append(f"{doc['id']} planted swap missed: "
                               + " / ".join(repr(new_text[a:b]) for a, b in spans))
        row[2] += any(_hit(sp, n) for sp in spans for n in _naive_checker(new_text, facts))


def _rate(a: int, b: int) -> float | None:
    return a / b if b else None


def _fmt(x: float | None, pct: bool = True) -> str:
    if x is None:
        return "-"
    return f"{x:.1%}" if pct else f"{x:.3f}"


def _ratio(ours: float | None, base: float | None) -> str:
    if ours is None or not base:
        return "-"
    return f"{ours / base:.2f}x"


def summary_rows(s: EvalScore) -> dict:
    n_stat = sum(r[0] for r in s.labelled.values())
    n_non = sum(r[0] for r in s.nonstat.values())
    return {
        "recall": (_rate(sum(r[1] for r in s.labelled.values()), n_stat),
                   _rate(sum(r[2] for r in s.labelled.values()), n_stat)),
        "as_stat": (_rate(sum(r[1] for r in s.nonstat.values()), n_non),
                    _rate(sum(r[2] for r in s.nonstat.values()), n_non)),
        "false_alarm": (_rate(s.alarm_docs, s.excerpts), _rate(s.naive_alarm_docs, s.excerpts)),
        "mis_error": (s.mis_errors, None),
        "change": (_rate(s.planted["change"][1], s.planted["change"][0]),
                   _rate(s.planted["change"][2], s.planted["change"][0])),
        "swap": (_rate(s.planted["swap"][1], s.planted["swap"][0]),
                 _rate(s.planted["swap"][2], s.planted["swap"][0])),
    }


def print_split(name: str, s: EvalScore) -> None:
    n_stat = sum(r[0] for r in s.labelled.values())
    print(f"\nEval set, {name}: {s.excerpts} excerpts, {s.mentions} labelled mentions, {n_stat} statistics")
    print(f"{'statistic kind':<16}{'labelled':>9}{'found':>7}{'recall':>9}{'naive':>9}{'ratio':>8}")
    for kind, (n, ours, naive) in s.labelled.items():
        if n:
            print(f"{kind:<16}{n:>9}{ours:>7}{_fmt(ours / n):>9}{_fmt(naive / n):>9}{_ratio(ours / n, naive / n):>8}")
    print(f"{'non-statistic':<16}{'labelled':>9}{'as stat':>8}{'share':>8}{'naive':>9}")
    for kind, (n, ours, naive) in sorted(s.nonstat.items()):
        print(f"{kind:<16}{n:>9}{ours:>8}{_fmt(ours / n):>8}{_fmt(naive / n):>9}")
    print(f"extracted statistics overlapping no labelled mention: {s.extra_stats}")
    print(f"untouched excerpts with an error/warning: {s.alarm_docs} of {s.excerpts}; by finding kind "
          + ", ".join(f"{k} {v}" for k, v in s.alarm_kinds.items())
          + f"; error-level misattributions: {s.mis_errors}")
    if s.deserved[0]:
        print(f"real slips in the published text (labelled `deserved`, not counted as false alarms): "
              f"{s.deserved[1]} of {s.deserved[0]} found")
    for kind in ("change", "swap"):
        n, ours, naive = s.planted[kind]
        print(f"planted {kind}: {ours} of {n} caught ({_fmt(_rate(ours, n))}); naive checker {_fmt(_rate(naive, n))}")
    print(f"caught planted changes whose finding names the fact the figure states: {s.pointed[1]} of "
          f"{s.pointed[0]} ({_fmt(_rate(s.pointed[1], s.pointed[0]))})")


def print_targets(scores: dict[str, EvalScore]) -> None:
    names = list(scores)
    rows = {n: summary_rows(s) for n, s in scores.items()}
    last = names[-1]
    labels = {"false_alarm": ("false alarms (excerpts)", "<= 5%"), "mis_error": ("error misattributions", "0"),
              "change": ("planted change caught", "100%"), "swap": ("planted swap caught", ">= 95%"),
              "recall": ("statistic recall", ">= 0.98"), "as_stat": ("non-stats as statistics", "<= 1%")}
    print("\nTargets (issue 12) beside the measured values; ratio = ours / naive baseline on " + last)
    print(f"{'measure':<26}" + "".join(f"{n:>9}" for n in names) + f"{'target':>10}{'met':>5}{'naive':>9}{'ratio':>8}")
    for key, (label, target) in labels.items():
        cells = []
        for n in names:
            v = rows[n][key][0]
            cells.append(f"{v:>9}" if key == "mis_error" else f"{_fmt(v, key != 'recall'):>9}")
        v, base = rows[last][key]
        goal = EVAL_TARGETS[key]
        met = v is not None and (v <= goal if key in ("false_alarm", "mis_error", "as_stat") else v >= goal)
        base_cell = "-" if base is None else _fmt(base, key != "recall")
        print(f"{label:<26}" + "".join(cells) + f"{target:>10}{'yes' if met else 'NO':>5}{base_cell:>9}"
              f"{_ratio(v, base) if key != 'mis_error' else '-':>8}")
    s = scores[last]
    if s.excerpts:
        lo, hi = _wilson(s.alarm_docs, s.excerpts)
        print(f"false alarms on {last}: {s.alarm_docs} of {s.excerpts} excerpts; 95% interval (Wilson) "
              f"{lo:.1%}–{hi:.1%}")


def _wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of a rate k/n: honest at small n and at k = 0."""
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def _merged(parts: list[EvalScore]) -> EvalScore:
    """dev and test together."""
    total = EvalScore()
    for s in parts:
        for name in ("excerpts", "mentions", "extra_stats", "alarm_docs", "naive_alarm_docs", "mis_errors"):
            setattr(total, name, getattr(total, name) + getattr(s, name))
        for k in _FINDING_KINDS:
            total.alarm_kinds[k] += s.alarm_kinds[k]
        total.deserved = [a + b for a, b in zip(total.deserved, s.deserved)]
        total.pointed = [a + b for a, b in zip(total.pointed, s.pointed)]
        for table, src in ((total.labelled, s.labelled), (total.nonstat, s.nonstat), (total.planted, s.planted)):
            for k, row in src.items():
                acc = table.setdefault(k, [0, 0, 0])
                for i in range(3):
                    acc[i] += row[i]
    return total


def run_eval(split: str, show_dev: bool) -> int:
    bad = eval_load.validate_all(split)
    if bad:
        for path, msgs in bad.items():
            print(f"{path}: {msgs[0]}")
        print("the evaluation set has malformed labels; fix them first (bench/number_eval/_load.py)")
        return 1
    t0 = time.perf_counter()
    names = ["dev", "test"] if split == "all" else [split]
    scores = {}
    for name in names:
        s = EvalScore()
        for doc in eval_load.load(name):
            score_doc(doc, s)
        scores[name] = s
    if split == "all":
        scores["all"] = _merged(list(scores.values()))
    for name, s in scores.items():
        print_split(name, s)
    print_targets(scores)
    if show_dev and "dev" in scores:
        print("\nDev false alarms on untouched text (dev split only)")
        for doc_id, f in scores["dev"].dev_alarms:
            print(f"  {doc_id} {f.kind} {f.severity} {f.text!r}: {f.message}")
        print("Dev misses (dev split only)")
        for note in scores["dev"].dev_notes:
            print(f"  {note}")
    print(f"\neval set scored in {time.perf_counter() - t0:.1f} s")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Number extraction and verification benchmarks")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all",
                        help="which part of bench/number_eval to score (default all: dev, test and both)")
    parser.add_argument("--part", choices=("eval", "seeds", "all"), default="all",
                        help="eval = the labelled set only (fast); seeds = the seed-based sections")
    parser.add_argument("--show-dev", "--show-dev-alarms", dest="show_dev", action="store_true",
                        help="list each false alarm and miss of the dev split (never the test split)")
    args = parser.parse_args(argv)
    code = 0
    if args.part in ("eval", "all"):
        code = run_eval(args.split, args.show_dev)
    if args.part in ("seeds", "all"):
        code = run() or code
    return code


if __name__ == "__main__":
    raise SystemExit(main())
