"""上年值 proposed from last year's report, for the clerk to confirm one by one.

A clerk who fills in 上年值 lets the writer state the change and the verifier recompute it;
last year's report usually holds those values already. Each fact without 上年值 is set against
last year's figures in the same kind of unit (counts in the same measure word, money in 元,
rates in %) whose clause shares the fact's label words; the best match is *proposed*, with
last year's sentence, and nothing becomes 上年值 until the clerk says so (a wrong 上年值 would
make the verifier pass a wrong 同比). When two of last year's figures match a fact equally well
with different values, nothing is proposed: the clerk would only be asked to guess.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal

from drafter.corpus import KIND_PLANS
from drafter.lastyear._figures import Figure, figures, label_share
from drafter.corpus import kind_at, report_parts as parts
from drafter.lastyear._text import bigrams, short_quote
from drafter.numbers.units import to_base

# The fact label's share of bigrams a clause must carry to be proposed (see ``_score``).
MIN_SHARE = 0.5


@dataclass(frozen=True)
class Proposal:
    fact_id: str
    label: str
    unit: str
    value: Decimal          # last year's value in the fact's own unit
    written: str            # the figure as last year's report wrote it (3.6万余人次)
    sentence: str           # last year's sentence, for the clerk to judge the match

    def line(self) -> str:
        """One line a clerk reads: 事项 → 上年值（原文「…」）."""
        return f"{self.label}：上年{_plain(self.value)}{self.unit}（上年报告：「{short_quote(self.sentence, 80)}」）"


def propose_last_year_values(facts, last) -> list[Proposal]:
    """For each fact without 上年值, the figure of last year's report it most likely continues.
    Best pairs first: a figure of last year's continues one fact, and a fact whose best figure
    went to a closer label takes its next best (受理33件 after 办理行政应诉案件 took 46件)."""
    last_parts = parts(last.paragraphs)
    candidates = [f for f in figures(last.text, last.mentions()) if kind_at(last_parts, f.start) != KIND_PLANS]
    pairs = []
    for fact in facts:
        if fact.last_year is not None or not bigrams(fact.label):
            continue
        pairs += [(score, n, fact, figure) for n, (score, figure) in enumerate(_ranked(fact, candidates))]
    pairs.sort(key=lambda p: (p[0], -p[1]), reverse=True)
    chosen: dict[str, Figure] = {}
    taken: set[int] = set()
    undecided: set[str] = set()
    for score, _, fact, figure in pairs:
        if fact.id in chosen or fact.id in undecided or figure.start in taken:
            continue
        rivals = [f for s, _, other, f in pairs if other is fact and s == score and f.start not in taken]
        if any(f.base != figure.base for f in rivals):
            undecided.add(fact.id)               # two values fit equally well: no guess
            continue
        chosen[fact.id] = figure
        taken.add(figure.start)
    return [Proposal(fact.id, fact.label, fact.unit, _in_unit(chosen[fact.id], fact.unit),
                     chosen[fact.id].mention.text, chosen[fact.id].sentence.text)
            for fact in facts if fact.id in chosen]


def with_last_year_values(facts, confirmed: list[Proposal]):
    """``facts`` (a drafter.facts.Facts) with the 上年值 of the proposals the clerk confirmed,
    matched by 事项 and 单位 (in the UI a row's id changes when the clerk edits the table);
    a fact that already has 上年值 keeps it (the clerk's own entry wins)."""
    values = {(p.label, p.unit): p.value for p in confirmed}
    changed = [dataclasses.replace(f, last_year=values[(f.label, f.unit)])
               if f.last_year is None and (f.label, f.unit) in values else f for f in facts.facts]
    return dataclasses.replace(facts, facts=changed)


def _ranked(fact, candidates: list[Figure]) -> list[tuple[tuple, Figure]]:
    """Last year's figures in the fact's kind of unit whose clause carries its words, best first."""
    label = frozenset(bigrams(fact.label))
    unit = to_base(Decimal(1), fact.unit)[1]
    unit = {"名": "人", "位": "人"}.get(unit, unit)
    ranked = [(score, figure) for figure in candidates
              if figure.base[1] == unit and (score := _score(label, figure)) is not None]
    return sorted(ranked, key=lambda pair: pair[0], reverse=True)


def _score(label: frozenset[str], figure: Figure) -> tuple | None:
    """(clause share, sentence share): the clause must carry the fact's words (受理33件 after
    收到行政复议申请37件 carries 受理 only, so the sentence breaks a tie between clauses)."""
    shared = label & figure.label
    if not shared or label_share(label, figure.label) < MIN_SHARE:
        return None
    sentence = frozenset(bigrams(figure.sentence.text))
    return (round(len(shared) / len(label), 3), round(label_share(label, sentence), 3))


def _in_unit(figure: Figure, unit: str) -> Decimal:
    factor = to_base(Decimal(1), unit)[0]
    return (figure.base[0] / factor).normalize()


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")
