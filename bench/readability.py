"""Readability of the offline drafts beside the seed reports: does the offline writer read like a clerk?

The offline writer is the whole drafting experience where no model is reachable, so its drafts
should sit where real reports sit on a few plain measures. Each facts sheet (examples/facts.yaml,
examples/plain.xlsx, bench/sheets/*.yaml) is drafted offline into a temporary home (no model,
no network; no exemplar index unless --index), and the same measures are taken on the seed
reports corpus/000, 001, 002 and 004 (003 is an implementation plan, not a report). The table
shows every seed, the seeds' min–max range and median, and each offline draft as value, ratio to
the seeds' median (the baseline from the same run) and !lo / !hi when it falls below / above
the range. Below is not always worse (no repeated openers at all is fine); the flag only says
the draft does not read like the seeds there.

What is measured (the text is headings + body: no title, 主送机关, signature, date or notice;
for a seed, the sections drafter.corpus finds, which drops web-page chrome):
  paragraph   one line of the text (a standalone heading is a paragraph of its own).
  characters  non-whitespace characters.
  sentence    a run of a paragraph ending in 。！？ (closing quotes/brackets stay with it), or the
              rest of the paragraph when it does not end so (a heading line, a 如下： line).
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
  sentences with a figure    share of sentences with at least one statistic (a number mention
              that needs a fact: counts, percentages, money, ranks...; not years or dates;
              drafter.numbers's call, so a bare seven-digit 2468000元 reads as an identifier).
  figures per sentence       statistics / sentences.
  paragraphs over 400        share of paragraphs longer than 400 characters.

Run:  .venv/bin/python bench/readability.py [--index] [--home DIR] [--show NAME]
      --index builds an exemplar index of corpus/ in the temporary home first (30–70 s more);
      --home drafts in DIR instead (an index already there is used); --show prints one draft.
Target (issue 13): each offline draft inside the seeds' range on every measure.
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
    mean_sentence: float
    opener_paragraph: float
    opener_document: float
    repeated_4grams_per_1000: float
    sentences_with_figure: float
    figures_per_sentence: float
    long_paragraphs: float


# (attribute, label printed, format)
COLUMNS = (
    ("characters", "characters", "{:.0f}"),
    ("sentences", "sentences", "{:.0f}"),
    ("mean_sentence", "mean sentence length", "{:.1f}"),
    ("opener_paragraph", "same opener, paragraph", "{:.3f}"),
    ("opener_document", "same opener, document", "{:.3f}"),
    ("repeated_4grams_per_1000", "repeated 4-grams /1000", "{:.1f}"),
    ("sentences_with_figure", "sentences with a figure", "{:.3f}"),
    ("figures_per_sentence", "figures per sentence", "{:.3f}"),
    ("long_paragraphs", f"paragraphs > {LONG_PARAGRAPH} chars", "{:.3f}"),
)


def measure(text: str) -> Measures:
    paras = paragraphs(text)
    sents = [s for p in paras for s in sentences(p)]
    chars = sum(len(p) for p in paras)
    counts = [figures(s) for s in sents]
    n = len(sents) or 1
    return Measures(
        characters=chars,
        sentences=len(sents),
        mean_sentence=chars / n,
        opener_paragraph=same_opener_in_paragraph(text),
        opener_document=same_opener_in_document(text),
        repeated_4grams_per_1000=repeated_4grams(text) * 1000 / chars if chars else 0.0,
        sentences_with_figure=sum(1 for c in counts if c) / n,
        figures_per_sentence=sum(counts) / n,
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


def table(seeds: dict[str, Measures], drafts: dict[str, Measures]) -> tuple[list[str], dict[str, list[str]]]:
    """The printed rows and, per draft, the measures it falls outside the seeds' range on."""
    outside: dict[str, list[str]] = {name: [] for name in drafts}
    head = (["measure"] + list(seeds) + ["seeds min–max", "median"]
            + [f"{name} (÷median)" for name in drafts])
    rows = [head]
    for attr, label, fmt in COLUMNS:
        values = [getattr(m, attr) for m in seeds.values()]
        low, high, median = min(values), max(values), statistics.median(values)
        row = [label] + [_cell(v, fmt) for v in values]
        row += [f"{_cell(low, fmt)}–{_cell(high, fmt)}", _cell(median, fmt)]
        for name, m in drafts.items():
            value = getattr(m, attr)
            ratio = f"{value / median:.2f}x" if median else "—"
            flag = " !lo" if value < low else " !hi" if value > high else ""
            if flag:
                outside[name].append(f"{label} ({'below' if value < low else 'above'})")
            row.append(f"{_cell(value, fmt)} ({ratio}){flag}")
        rows.append(row)
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |" for r in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return lines, outside


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
    lines, outside = table(seeds, drafts)

    exemplars = "corpus/ indexed" if args.index else "no exemplar index" if not args.home else f"home {home}"
    print(f"drafter bench/readability.py — offline drafts ({exemplars}) beside seed reports "
          f"{', '.join(SEEDS)}; ratio = value / seeds' median (same run); !lo/!hi = below/above the seeds' range")
    print("\n".join(lines))
    print()
    for name, labels in outside.items():
        verdict = "within the seeds' range on every measure" if not labels else "outside on: " + "; ".join(labels)
        print(f"{name:<11} {verdict}")
        failed = drafted[name][1]
        if failed:
            print(f"{'':<11} {len(failed)} section(s) failed, measured without them: {failed[0]}")
    misses = sum(1 for name, labels in outside.items() if labels or drafted[name][1])
    print(f"target: every offline draft inside the seeds' range on each measure  "
          f"{'OK' if not misses else f'MISSED ({misses} of {len(outside)} drafts)'}")
    print(f"ran in {time.perf_counter() - start:.1f}s")
    if args.show:
        print(f"\n--- {args.show} ---\n{drafted[args.show][0]}")


if __name__ == "__main__":
    main()
