"""This year's text against last year's report: the checks run together, findings in text order."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path

from drafter.corpus import KIND_PLANS
from drafter.lastyear._copied import copied_findings
from drafter.lastyear._figures import figures, label_match
from drafter.lastyear._plans import PlanItem, match_plans, plan_findings, plan_items
from drafter.lastyear._stale import stale_findings
from drafter.corpus import kind_at, report_parts as parts
from drafter.lastyear._text import bigrams
from drafter.lastyear._yoy import check_claim, yoy_claims
from drafter.numbers import Mention, find_numbers
from drafter.verify import Finding, Position, Verification, locate


@dataclass
class LastYearReport:
    path: Path | None
    paragraphs: list[str]
    # the report as read (drafter.corpus.Line): its paragraphs and the rows of its Word tables, so
    # a table figure keeps the unit its column names and is found at 表1第3行; empty when the
    # report was kept as paragraphs only (saved before tables were read)
    lines: list = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    def mentions(self) -> list[Mention]:
        """Last year's figures. A bare table figure is read in its column's unit; one under a
        column of an earlier year (2022年 or 上年同期 in the 2023 report) is not last year's
        figure and is left out, as a change (同比) is."""
        from drafter.corpus import table_units, table_years

        mentions = find_numbers(self.text, table_units(self.lines))
        years = table_years(self.lines)
        newest = max((y for y in years.values() if isinstance(y, int)), default=None)
        return [m for m in mentions if m.start not in years or years[m.start] == newest]

    def place(self, start: int, end: int) -> Position | None:
        """Where a figure of last year's stands: 第11段 or 表1第3行, with its quote."""
        return locate(self.text, start, end, lines=self.lines or None)

    def to_record(self) -> dict:
        """The report as kept with a draft (JSON): {"name", "paragraphs", "lines"}."""
        return {"name": self.path.name if self.path else "", "paragraphs": list(self.paragraphs),
                "lines": [dataclasses.asdict(line) for line in self.lines]}

    @classmethod
    def from_record(cls, record: dict) -> "LastYearReport":
        from drafter.corpus import Line

        lines = [Line(str(x["text"]), str(x["where"]), x.get("paragraph"),
                      tuple((int(k), str(u)) for k, u in x.get("units") or ()),
                      tuple((int(k), y if isinstance(y, str) else int(y)) for k, y in x.get("years") or ()))
                 for x in record.get("lines") or ()]
        return cls(Path(record["name"]) if record.get("name") else None, [str(p) for p in record["paragraphs"]], lines)


@dataclass
class Comparison:
    findings: list[Finding] = field(default_factory=list)
    plans: list[PlanItem] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[Finding]:
        return [f for f in self.findings if f.kind == kind]

    @property
    def unanswered_plans(self) -> list[PlanItem]:
        return [p for p in self.plans if not p.answered]


def read_last_year(path: Path) -> LastYearReport:
    from drafter.corpus import read_lines

    lines = read_lines(Path(path))
    return LastYearReport(Path(path), [line.text for line in lines], lines)


def compare(text: str, last: LastYearReport, verification: Verification, *,
            extra: list[str] = ()) -> Comparison:
    from drafter.register import blank_to_fill

    # a 【待补充：上年计划“…”的落实情况】 note quotes the plan: it asks for an answer, it is none
    text = blank_to_fill(text)
    this_parts = parts(text.split("\n"))
    last_text = last.text
    last_parts = parts(last.paragraphs)
    this_figures = figures(text, verification.mentions)
    # last year's plan targets (培训不少于3期) are what this year should reach, not last year's figures
    last_figures = [f for f in figures(last_text, last.mentions()) if kind_at(last_parts, f.start) != KIND_PLANS]
    supported = {verification.mentions[i].start for i in verification.supported}
    in_plans = {f.start for f in this_figures if kind_at(this_parts, f.start) == KIND_PLANS}

    # a claim already checked against the fact's own 上年值 (check_yoy_against_facts) is not checked twice
    checked = {(f.start, f.end) for f in verification.findings if f.kind == "yoy"}
    claims = [c for c in yoy_claims(text, verification.mentions, this_figures, last_figures)
              if (c.mention.start, c.mention.end) not in checked]
    found = stale_findings(this_figures, last_figures, supported, in_plans, last.place)
    found += [check_claim(c) for c in claims]
    found = _fold_into_copied(found, copied_findings(text, last_text))
    last_work = "\n".join(p.text(last_text) for p in last_parts if p.kind != KIND_PLANS)
    plans = match_plans(plan_items(last_text, last_parts), text, this_parts, list(extra), last_work)
    found.sort(key=lambda f: (f.start is None, f.start or 0))
    return Comparison(found + plan_findings(plans), plans)


def plans_unanswered_by_facts(last: LastYearReport, extra: list[str]) -> list[PlanItem]:
    """Last year's plans that nothing among this year's fact labels and points (``extra``)
    answers: known before drafting, when there is no draft yet to look in, so the drafting
    step can ask for their outcome."""
    last_parts = parts(last.paragraphs)
    last_text = last.text
    last_work = "\n".join(p.text(last_text) for p in last_parts if p.kind != KIND_PLANS)
    plans = match_plans(plan_items(last_text, last_parts), "", [], list(extra), last_work)
    return [p for p in plans if not p.answered]


def _fold_into_copied(found: list[Finding], copied: list[Finding]) -> list[Finding]:
    """One reminder per copied sentence: its supported figures equal to last year's are named in
    it rather than each given a 提醒 of its own (a checker that repeats itself gets ignored)."""
    out = list(found)
    for sentence in copied:
        inside = [f for f in out if f.kind == "repeated" and sentence.start <= f.start < sentence.end]
        if inside:
            out = [f for f in out if f not in inside]
            figures_named = "、".join(f.text for f in inside)
            sentence = dataclasses.replace(
                sentence, message=sentence.message.replace(
                    "整句与上年报告相同", f"整句与上年报告相同（其中{figures_named}也与上年相同，虽有事实支持）", 1))
        out.append(sentence)
    return out


# the kinds whose finding at a figure takes the place of the verifier's finding at the same figure
_REPLACING = ("stale", "yoy")
# 提醒 about last year that do not make a draft fail (some formulas repeat every year)
REMINDER_KINDS = ("copied", "repeated", "plan_unanswered")


def merge(findings: list[Finding], comparison: Comparison) -> list[Finding]:
    """The verifier's findings and last year's, one per figure: a stale figure or a checked
    同比 explains the figure better than 没有对应的事实 does."""
    taken = {(f.start, f.end) for f in comparison.findings if f.kind in _REPLACING}
    replaced = {(f.start, f.end): f for f in findings
                if (f.start, f.end) in taken and f.kind in ("unsupported", "misattributed", "derived", "approximation")}
    kept = [f for f in findings if (f.start, f.end) not in replaced]
    merged = kept + [_with_fact(f, replaced.get((f.start, f.end))) for f in comparison.findings]
    return sorted(merged, key=lambda f: (f.start is None, f.start or 0))


_FACT_NAMED = re.compile(r"“(?P<clause>[^”]+)”.*?(?P<fact>事实「(?P<label>[^」]+)」（[^）]+）)")


def _with_fact(finding: Finding, replaced: Finding | None) -> Finding:
    """A stale figure the verifier had set against this year's fact of the same label says what
    that fact is (the verifier's nearest fact under another label would only mislead)."""
    if finding.kind != "stale" or replaced is None or not replaced.fact_id:
        return finding
    named = _FACT_NAMED.search(replaced.message)
    if not named:
        return finding
    clause, label = frozenset(bigrams(named.group("clause"))), frozenset(bigrams(named.group("label")))
    if not label_match(clause, label):
        return finding
    return dataclasses.replace(finding, fact_id=replaced.fact_id,
                               message=f"{finding.message}；今年事实材料中为{named.group('fact')}")


def needs_attention(findings: list[Finding]) -> bool:
    """Errors and warnings, except last year's reminders (copied sentences, unanswered plans)."""
    return any(f.severity != "info" and f.kind not in REMINDER_KINDS for f in findings)
