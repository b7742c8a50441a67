"""Loading and validating the labelled number evaluation set (schema: README.md here).

A label that points at the wrong characters or at a fact that does not exist would make
every score computed from it meaningless, so ``validate`` is run by the bench before any
scoring and by tests/test_number_eval.py on every file.

    load(split) -> list[dict]        split: "dev", "test" or "all"; files sorted by name
    load_file(path) -> dict          one excerpt, with "split" and "path" added
    validate(doc) -> list[str]       one English message per problem, [] when the file is sound
"""

from __future__ import annotations

import re
import sys
from decimal import Decimal
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from drafter.numbers.units import to_base  # noqa: E402

SPLITS = ("dev", "test")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
STAT_KINDS = ("count", "percent", "money", "fraction", "rank", "duration", "range")
NON_STAT_KINDS = ("year", "date", "period", "docno", "title_year", "list", "heading", "hotline",
                  "slogan", "name", "ordinal", "threshold")
LEVELS = ("国家", "部门", "省", "市", "区县", "乡镇")
HEDGES = ("余", "多", "近", "约", "超过", "以上", "以下", "不少于", "逾", "突破", "超", "左右", "以内",
          "不足", "不到", "上百", "数十", "几", "前", "不低于", "至少", "不超过", "不高于")
# finding kinds of drafter.verify a real slip in the published text may earn (see README)
DESERVED_KINDS = ("year", "era", "unsupported", "misattributed", "approximation", "direction", "placeholder",
                  "list_count", "list_repeat", "part_exceeds_total", "arithmetic", "unit", "share")
REQUIRED = ("id", "source", "title", "org", "level", "year", "text", "mentions", "facts")


def files(split: str = "all") -> list[Path]:
    names = SPLITS if split == "all" else (split,)
    if any(n not in SPLITS for n in names):
        raise ValueError(f"unknown split {split!r}; use dev, test or all")
    return [p for n in names for p in sorted((HERE / n).glob("*.yaml"))]


def load_file(path: Path) -> dict:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc["split"] = path.parent.name
    doc["path"] = str(path.relative_to(ROOT))
    return doc


def load(split: str = "all") -> list[dict]:
    return [load_file(path) for path in files(split)]


def _dec(value) -> Decimal:
    return Decimal(str(value))


def _same_amount(m: dict, f: dict) -> bool:
    """The mention and its fact name the same amount once both are in base units.

    A hedged mention may restate its fact rounded (a headline's 5700余万元 for a fact of
    5721万元, 余): within 5% of the fact.
    """
    if m["kind"] == "fraction" or f.get("unit", "") == "":
        mv, fv = _dec(m["value"]), _dec(f["value"])
    else:
        mv = to_base(_dec(m["value"]), m.get("unit") or f["unit"])[0]
        fv = to_base(_dec(f["value"]), f["unit"])[0]
    if m.get("approx") and (m.get("approx") != f.get("approx") or mv != fv):
        return abs(mv - fv) <= abs(fv) * Decimal("0.05")
    return abs(mv - fv) < Decimal("0.000001")


def _digits_agree(m: dict) -> bool:
    """A typo guard: the labelled value is the span's Arabic figure, times 千, 万 or 亿 at most."""
    hit = _DIGITS.search(re.sub(r"(?<=\d),(?=\d{3})", "", m["text"]))     # 13,879,360条: a thousands separator
    if hit is None or m["kind"] in ("fraction", "range"):
        return True
    written = Decimal(hit.group())
    return _dec(m["value"]) in {written, written * 1_000, written * 10_000, written * 100_000_000}


def _check_mention(i: int, m: dict, text: str, facts: dict) -> list[str]:
    out = []
    where = f"mention {i} {m.get('text')!r}"
    start, span = m.get("start"), m.get("text")
    if not isinstance(start, int) or not isinstance(span, str) or not span:
        return [f"{where}: needs text and an integer start"]
    if text[start:start + len(span)] != span:
        out.append(f"{where}: text[{start}:{start + len(span)}] is {text[start:start + len(span)]!r}")
    if not isinstance(m.get("statistic"), bool):
        out.append(f"{where}: statistic must be true or false")
    elif m["statistic"]:
        if m.get("kind") not in STAT_KINDS:
            out.append(f"{where}: statistic kind {m.get('kind')!r} not in {STAT_KINDS}")
        if not isinstance(m.get("value"), (int, float)):
            out.append(f"{where}: a statistic needs a numeric value")
        elif not _digits_agree(m):
            out.append(f"{where}: value {m['value']} is not the figure written in the span")
        if m.get("approx") not in (None, *HEDGES):
            out.append(f"{where}: approx {m.get('approx')!r} is not a known hedge")
        fact = facts.get(m.get("fact"))
        if fact is None:
            out.append(f"{where}: fact {m.get('fact')!r} does not exist")
        elif not out and m["kind"] != "range" and not _same_amount(m, fact):
            out.append(f"{where}: value {m['value']} {m.get('unit')} differs from fact {fact['id']}")
        if m.get("kind") == "range" and not isinstance(m.get("value_high"), (int, float)):
            out.append(f"{where}: a range needs its upper end as value_high")
        if m.get("kind") == "range" and m.get("fact_high") not in facts:
            out.append(f"{where}: a range needs fact_high, the fact of its upper end")
    else:
        if m.get("kind") not in NON_STAT_KINDS:
            out.append(f"{where}: non-statistic kind {m.get('kind')!r} not in {NON_STAT_KINDS}")
        if m.get("fact"):
            out.append(f"{where}: a non-statistic points to a fact")
    return out


def validate(doc: dict) -> list[str]:
    """Every problem in one excerpt's labels; the file is usable only when this is empty."""
    problems = [f"missing field {k!r}" for k in REQUIRED if k not in doc]
    if problems:
        return problems
    if doc["level"] not in LEVELS:
        problems.append(f"level {doc['level']!r} not in {LEVELS}")
    if not isinstance(doc["year"], int) or not 2000 <= doc["year"] <= 2100:
        problems.append(f"year {doc['year']!r} is not a report year")
    facts: dict[str, dict] = {}
    for f in doc["facts"]:
        if not {"id", "label", "value", "unit"} <= set(f):
            problems.append(f"fact {f!r} needs id, label, value and unit")
            continue
        if f["id"] in facts:
            problems.append(f"fact id {f['id']!r} is used twice")
        if not isinstance(f["value"], (int, float)) or not str(f["label"]).strip():
            problems.append(f"fact {f['id']}: needs a numeric value and a label")
        if f.get("approx") not in (None, *HEDGES):
            problems.append(f"fact {f['id']}: approx {f.get('approx')!r} is not a known hedge")
        facts[f["id"]] = f
    end = 0
    for i, m in enumerate(doc["mentions"]):
        problems += _check_mention(i, m, doc["text"], facts)
        if isinstance(m.get("start"), int):
            if m["start"] < end:
                problems.append(f"mention {i} {m.get('text')!r}: overlaps or precedes the one before")
            end = m["start"] + len(m.get("text") or "")
    for d in doc.get("deserved") or []:
        if not {"text", "kind", "why"} <= set(d) or not str(d["why"]).strip():
            problems.append(f"deserved {d!r} needs text, kind and why")
        elif doc["text"].count(d["text"]) != 1:
            problems.append(f"deserved {d['text']!r} must occur exactly once in the text")
        elif d["kind"] not in DESERVED_KINDS:
            problems.append(f"deserved kind {d['kind']!r} not in {DESERVED_KINDS}")
    # a range states two facts: its lower end's (fact) and its upper end's (fact_high)
    used = {m.get(k) for m in doc["mentions"] if m.get("statistic") for k in ("fact", "fact_high")}
    problems += [f"fact {fid} is never mentioned" for fid in facts if fid not in used]
    return problems


def validate_all(split: str = "all") -> dict[str, list[str]]:
    """path -> problems, for every file with any."""
    bad = {}
    docs = load(split)
    for doc in docs:
        problems = validate(doc)
        if problems:
            bad[doc["path"]] = problems
    ids = [d["id"] for d in docs]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        bad["(all)"] = [f"excerpt id used twice: {sorted(dupes)}"]
    return bad


if __name__ == "__main__":
    problems = validate_all(sys.argv[1] if len(sys.argv) > 1 else "all")
    docs = load(sys.argv[1] if len(sys.argv) > 1 else "all")
    n = sum(len(d["mentions"]) for d in docs)
    print(f"{len(docs)} excerpts, {n} mentions, {len(problems)} files with problems")
    for path, msgs in problems.items():
        for msg in msgs:
            print(f"{path}: {msg}")
    raise SystemExit(1 if problems else 0)
