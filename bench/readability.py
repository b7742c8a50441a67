"""Readability of the offline drafts beside the seed reports: does the offline writer read like a clerk?

The offline writer is the whole drafting experience where no model is reachable, so its drafts
should sit where real reports sit on a few plain measures. Each facts sheet (examples/facts.yaml,
examples/plain.xlsx, bench/sheets/*.yaml) is drafted offline into a temporary home (no model,
no network; no exemplar index unless --index), and the same measures are taken on the seed
reports corpus/000, 001, 002 and 004 (003 is an implementation plan, not a report). The table
shows every seed, the seeds' range and median, and each offline draft as value, ratio to the
seeds' median (the baseline from the same run) and PASS / FAIL against the yardstick below.

The yardstick, and why it is this one:
  size is compared per fact.  A seed is a 5 000-character report written from dozens of
              figures; an eleven-row sheet cannot reach that length without padding, which the
              writer must not do. So characters and sentences are printed for information only
              ("info", never judged) and judged per fact instead. A fact is a statistic mention
              (drafter.numbers: a number mention that needs a fact - counts, percentages, money,
              ranks...; not years, dates or 一是/（一）-type names), counted the same way in a
              seed and in a draft: the seeds have no facts sheet, so their facts are the
              statistics their text mentions. (The draft's own sheet size is printed beside it;
              the tests check every fact of the sheet is used.)
  range       characters per fact, sentences per fact, mean sentence length, sentences with a
              figure and paragraphs over 400 characters must lie within the seeds' min-max.
  upper bound the repetition measures (same opener in paragraph, same opener in document,
              repeated 4-grams) pass at or below the seeds' max: repeating less than a clerk
              is not a fault, repeating more is.

What is measured (the text is headings + body: no title, 主送机关, signature, date or notice;
for a seed, the sections drafter.corpus finds, which drops web-page chrome):
  paragraph   one line of the text (a standalone heading is a paragraph of its own).
  characters  non-whitespace characters.
  sentence    a run of a paragraph ending in 。！？ (closing quotes/brackets stay with it), or the
              rest of the paragraph when it does not end so (a heading line, a 如下： line).
  facts       statistic mentions in the text (see above).
  characters per fact, sentences per fact   characters / facts, sentences / facts (the latter
              is 1 / figures per sentence, the issue's "figures per sentence" turned round).
  mean sentence length   characters / sentences.
  opener      the first two characters of a sentence after a leading heading number
              (（一） 一、 1. （1）) is removed; sentences shorter than that have none.
  same opener in paragraph   share of sentences whose opener is also the opener of another
              sentence in the same paragraph (every sentence opening with 全年， -> 1.0).
  same opener in document    the same share, counting any other sentence of the whole text.
  repeated 4-grams per 1 000 characters   character 4-grams (punctuation included, never across
              a paragraph break) are counted over the text with every number mention cut out
              (drafter.numbers: figures with their units, years, dates; not 一是/（一）-type
              names) and every run of Arabic digits, so no figure makes a 4-gram; each
              4-gram seen c >= 2 times adds c - 1 repeats; repeats * 1000 / characters.
  sentences with a figure    share of sentences with at least one statistic (a bare
              seven-digit 2468000元 reads as an identifier to drafter.numbers, so it is none).
  paragraphs over 400        share of paragraphs longer than 400 characters.

Run:  .venv/bin/python bench/readability.py [--index] [--home DIR] [--show NAME]
      --index builds an exemplar index of corpus/ in the temporary home first (30–70 s more);
      --home drafts in DIR instead (an index already there is used); --show prints one draft.
Target (issue 13): every judged cell PASS for every offline draft. The script exits 0 either
way (make bench runs every bench); the last line says which.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from drafter.numbers import find_numbers  # noqa: E402

SEEDS = ("000", "001", "002", "004")
SHEETS = {
    "sample": ROOT / "examples" / "facts.yaml",
    "plain": ROOT / "examples" / "plain.xlsx",
    "forty": ROOT / "bench" / "sheets" / "forty.yaml",
    "township": ROOT / "bench" / "sheets" / "township.yaml",
    "department": ROOT / "bench" / "sheets" / "department.yaml",
}
LONG_PARAGRAPH = 400
_SENTENCE = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』）)]*|$)")
_HEADING_NUMBER = re.compile(r"^\s*(?:（[一二三四五六七八九十百\d]+）|\([一二三四五六七八九十百\d]+\)"
                             r"|[一二三四五六七八九十百]+、|\d+[.．、](?!\d))\s*")
_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"[0-9０-９]+(?:[.．,][0-9０-９]+)*[%％]?")


# ---------------------------------------------------------------- measuring (pure functions)

def paragraphs(text: str) -> list[str]:
    """Non-empty lines, inner whitespace removed (full-width indents are layout, not text)."""
    return [p for p in (_SPACE.sub("", line) for line in text.splitlines()) if p]


def sentences(paragraph: str) -> list[str]:
    return [s for s in _SENTENCE.findall(paragraph) if s.strip()]


def opener(sentence: str) -> str | None:
    """What a reader hears first: two characters, heading numbers aside."""
    body = _HEADING_NUMBER.sub("", sentence, count=1)
    return body[:2] if len(body) >= 2 else None


def _shared_opener_share(groups: list[list[str]]) -> float:
    """Share of all sentences whose opener another sentence in the same group also has."""
    total = shared = 0
    for group in groups:
        openers = [opener(s) for s in group]
        counts = Counter(o for o in openers if o)
        total += len(group)
        shared += sum(1 for o in openers if o and counts[o] >= 2)
    return shared / total if total else 0.0


def same_opener_in_paragraph(text: str) -> float:
    return _shared_opener_share([sentences(p) for p in paragraphs(text)])


def same_opener_in_document(text: str) -> float:
    return _shared_opener_share([[s for p in paragraphs(text) for s in sentences(p)]])


def _number_spans(paragraph: str) -> list[tuple[int, int]]:
    """Number mentions that are numbers (not names like 一是), and every run of Arabic digits
    (drafter.numbers calls a bare 2468000 an identifier; to a reader it is still a number)."""
    spans = [(m.start, m.end) for m in find_numbers(paragraph) if m.kind != "ordinal_phrase"]
    spans += [m.span() for m in _DIGITS.finditer(paragraph)]
    return sorted(spans)


def _number_free_runs(paragraph: str) -> list[str]:
    """The paragraph cut at every number, so no 4-gram is made of a figure."""
    runs, at = [], 0
    for start, end in _number_spans(paragraph):
        if start >= at:
            runs.append(paragraph[at:start])
        at = max(at, end)
    runs.append(paragraph[at:])
    return runs


def repeated_4grams(text: str) -> int:
    """Occurrences of character 4-grams beyond each one's first, numbers cut out."""
    counts: Counter[str] = Counter()
    for paragraph in paragraphs(text):
        for run in _number_free_runs(paragraph):
            counts.update(run[i:i + 4] for i in range(len(run) - 3))
    return sum(c - 1 for c in counts.values() if c >= 2)


def figures(sentence: str) -> int:
    """Statistics in a sentence: mentions that need a fact (years, dates and names do not)."""
    return sum(1 for m in find_numbers(sentence) if m.needs_fact)


@dataclass
class Measures:
    characters: int
    sentences: int
    facts: int
    characters_per_fact: float
    sentences_per_fact: float
    mean_sentence: float
    opener_paragraph: float
    opener_document: float
    repeated_4grams_per_1000: float
    sentences_with_figure: float
    long_paragraphs: float


INFO, RANGE, AT_MOST = "info", "range", "at most"

# (attribute, label printed, format, how it is judged)
COLUMNS = (
    ("facts", "facts (statistics)", "{:.0f}", INFO),
    ("characters", "characters", "{:.0f}", INFO),
    ("sentences", "sentences", "{:.0f}", INFO),
    ("characters_per_fact", "characters per fact", "{:.1f}", RANGE),
    ("sentences_per_fact", "sentences per fact", "{:.2f}", RANGE),
    ("mean_sentence", "mean sentence length", "{:.1f}", RANGE),
    ("opener_paragraph", "same opener, paragraph", "{:.3f}", AT_MOST),
    ("opener_document", "same opener, document", "{:.3f}", AT_MOST),
    ("repeated_4grams_per_1000", "repeated 4-grams /1000", "{:.1f}", AT_MOST),
    ("sentences_with_figure", "sentences with a figure", "{:.3f}", RANGE),
    ("long_paragraphs", f"paragraphs > {LONG_PARAGRAPH} chars", "{:.3f}", RANGE),
)


def measure(text: str) -> Measures:
    paras = paragraphs(text)
    sents = [s for p in paras for s in sentences(p)]
    chars = sum(len(p) for p in paras)
    counts = [figures(s) for s in sents]
    n = len(sents) or 1
    facts = sum(counts)
    per = facts or 1
    return Measures(
        characters=chars,
        sentences=len(sents),
        facts=facts,
        characters_per_fact=chars / per,
        sentences_per_fact=len(sents) / per,
        mean_sentence=chars / n,
        opener_paragraph=same_opener_in_paragraph(text),
        opener_document=same_opener_in_document(text),
        repeated_4grams_per_1000=repeated_4grams(text) * 1000 / chars if chars else 0.0,
        sentences_with_figure=sum(1 for c in counts if c) / n,
        long_paragraphs=sum(1 for p in paras if len(p) > LONG_PARAGRAPH) / (len(paras) or 1),
    )


# ---------------------------------------------------------------- the texts

def seed_text(path: Path) -> str:
    """Headings + body of a seed report, as drafter's corpus reader structures it."""
    from drafter.corpus import read_document

    document = read_document(path, root=path.parent)
    return "\n".join(section.text for section in document.sections)


def seed_texts() -> dict[str, str]:
    texts = {}
    for number in SEEDS:
        (path,) = sorted((ROOT / "corpus").glob(f"{number}_*.txt"))
        texts[f"seed {number}"] = seed_text(path)
    return texts


BODY_KINDS = ("heading1", "heading2", "paragraph")


def draft_offline(sheet: Path, settings, store) -> tuple[str, list[str]]:
    """Headings + body of the offline draft of one facts sheet, and why any section failed.

    A failed section does not stop the bench: the rest is still measured and the failure printed."""
    import asyncio

    from drafter.draft import draft_report, render_blocks
    from drafter.facts import load_facts

    async def run():
        return [e async for e in draft_report(load_facts(sheet), settings=settings, store=store)]

    events = asyncio.run(run())
    failed = [f"{e.section_key}: {e.message}" for e in events if e.status == "失败"]
    blocks = render_blocks(store.get_draft(events[0].draft_id), settings=settings)
    return "\n".join(b.text for b in blocks if b.kind in BODY_KINDS), failed


def sheet_facts() -> dict[str, int]:
    """How many facts each sheet gives the writer (printed beside the statistics its draft mentions)."""
    from drafter.facts import load_facts

    return {name: len(load_facts(path).facts) for name, path in SHEETS.items()}


def offline_texts(home: Path, build_index: bool) -> dict[str, tuple[str, list[str]]]:
    from drafter.config import Settings
    from drafter.store import Store

    settings = Settings(home=home)   # no base_url: the offline writer
    if build_index:
        from drafter.index import Index

        report = Index(settings).update([ROOT / "corpus"])
        if report.errors:
            raise SystemExit(f"index errors: {report.errors}")
    store = Store(settings.db_path)
    return {name: draft_offline(path, settings, store) for name, path in SHEETS.items()}


# ---------------------------------------------------------------- the table

def _cell(value: float, fmt: str) -> str:
    return fmt.format(value)


def verdict(value: float, low: float, high: float, judged: str) -> str | None:
    """PASS / FAIL of one draft's value against the seeds' range (None: not judged)."""
    if judged == INFO:
        return None
    if judged == AT_MOST:
        return "PASS" if value <= high else "FAIL"
    return "PASS" if low <= value <= high else "FAIL"


def _bound(low: float, high: float, fmt: str, judged: str) -> str:
    if judged == AT_MOST:
        return f"≤ {_cell(high, fmt)}"
    span = f"{_cell(low, fmt)}–{_cell(high, fmt)}"
    return span if judged == RANGE else f"({span})"


def table(seeds: dict[str, Measures], drafts: dict[str, Measures],
          sheet_facts: dict[str, int] | None = None) -> tuple[list[str], dict[str, list[str]]]:
    """The printed rows and, per draft, the judged measures it fails (with which way it misses)."""
    failed: dict[str, list[str]] = {name: [] for name in drafts}
    head = (["measure"] + list(seeds) + ["seeds min–max", "pass if", "median"]
            + [f"{name} (÷median)" for name in drafts])
    rows = [head]
    if sheet_facts:
        rows.append(["facts in the sheet"] + ["—"] * len(seeds) + ["", "info", ""]
                    + [str(sheet_facts.get(name, "—")) for name in drafts])
    for attr, label, fmt, judged in COLUMNS:
        values = [getattr(m, attr) for m in seeds.values()]
        low, high, median = min(values), max(values), statistics.median(values)
        row = [label] + [_cell(v, fmt) for v in values]
        row += [f"{_cell(low, fmt)}–{_cell(high, fmt)}", _bound(low, high, fmt, judged) if judged != INFO else "info",
                _cell(median, fmt)]
        for name, m in drafts.items():
            value = getattr(m, attr)
            ratio = f"{value / median:.2f}x" if median else "—"
            mark = verdict(value, low, high, judged)
            if mark == "FAIL":
                failed[name].append(f"{label} ({'below' if value < low else 'above'})")
            row.append(f"{_cell(value, fmt)} ({ratio})" + (f" {mark}" if mark else ""))
        rows.append(row)
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |" for r in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return lines, failed


LEGEND = ("size is judged per fact (fact = statistic mention found by drafter.numbers, counted alike in "
          "seeds and drafts; characters and sentences are info only: a short sheet makes a short report); "
          "range = within the seeds' min–max; ≤ = repetition, passes at or below the seeds' max; "
          "ratio = value / seeds' median (same run)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", action="store_true", help="index corpus/ first so exemplars are used")
    parser.add_argument("--home", default=None, help="DRAFTER_HOME to draft in (default: a new temporary one)")
    parser.add_argument("--show", default=None, choices=sorted(SHEETS), help="also print this draft's text")
    args = parser.parse_args()

    start = time.perf_counter()
    if args.home:
        home = Path(args.home)
        drafted = offline_texts(home, args.index)
    else:
        with tempfile.TemporaryDirectory(prefix="drafter-readability-") as scratch:
            home = Path(scratch)
            drafted = offline_texts(home, args.index)
    seeds = {name: measure(text) for name, text in seed_texts().items()}
    drafts = {name: measure(text) for name, (text, _) in drafted.items()}
    lines, failed = table(seeds, drafts, sheet_facts())

    exemplars = "corpus/ indexed" if args.index else "no exemplar index" if not args.home else f"home {home}"
    print(f"drafter bench/readability.py — offline drafts ({exemplars}) beside seed reports {', '.join(SEEDS)}")
    print(LEGEND)
    print("\n".join(lines))
    print()
    for name, labels in failed.items():
        line = "PASS on every judged measure" if not labels else "FAIL on: " + "; ".join(labels)
        print(f"{name:<11} {line}")
        broken = drafted[name][1]
        if broken:
            print(f"{'':<11} FAIL: {len(broken)} section(s) failed, measured without them: {broken[0]}")
    misses = [name for name, labels in failed.items() if labels or drafted[name][1]]
    outcome = "PASS" if not misses else f"FAIL ({len(misses)} of {len(failed)} drafts: {', '.join(misses)})"
    print(f"target: every offline draft passes every judged measure  {outcome}")
    print(f"ran in {time.perf_counter() - start:.1f}s")
    if args.show:
        print(f"\n--- {args.show} ---\n{drafted[args.show][0]}")


if __name__ == "__main__":
    main()
