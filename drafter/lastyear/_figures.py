"""Figures with their labels: each statistic of a report together with the words around it.

A figure's *label* is the content bigrams of its clause (the words between clause marks,
the figure left out). Two figures are "the same figure" in two reports when their values
and units agree and their labels share enough bigrams (see ``label_match``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from drafter.lastyear._text import Span, bigrams, clause_around, sentence_at, sentences
from drafter.numbers import Mention, find_numbers
from drafter.numbers.units import to_base

# A 同比 claim is written right after one of these (同比增长12.5%, 较上年下降3个百分点); 翻一番 needs none.
YOY_LEAD = re.compile(
    r"(?:同比|比上年|较上年|比去年|较去年|与上年相比|比上一年|较上一年)[^，。；\d]{0,2}?"
    r"(?P<verb>增长|增加|提高|上升|提升|增|多|下降|减少|降低|回落|下滑|减)了?(?:约|近)?$")
INCREASE = ("增长", "增加", "提高", "上升", "提升", "增", "多")

# A label match needs this share of the smaller label's bigrams, and at least one shared bigram.
MIN_LABEL_SHARE = 0.5


@dataclass(frozen=True)
class Figure:
    mention: Mention
    label: frozenset[str]
    sentence: Span
    base: tuple[Decimal, str]     # value and unit made comparable (money in 元, 名 = 人)

    @property
    def start(self) -> int:
        return self.mention.start


def figures(text: str, mentions: list[Mention] | None = None) -> list[Figure]:
    """Every statistic of ``text`` (not years, dates, names, nor 同比 claims) with its label."""
    mentions = find_numbers(text) if mentions is None else mentions
    spans = sentences(text)
    out = []
    for m in mentions:
        if not m.needs_fact or m.value is None or is_yoy_claim(text, m) or _names_an_edition(text, m):
            continue
        before, after = clause_around(text, m.start, m.end)
        sentence = sentence_at(spans, m.start) or Span(m.start, m.end, m.text)
        out.append(Figure(m, frozenset(bigrams(before + "|" + after)), sentence, comparable(m)))
    return out


def _names_an_edition(text: str, m: Mention) -> bool:
    """免罚清单2.0版, 第3版: the number names a version of a document, it counts nothing."""
    return text[m.end:m.end + 1] == "版"


def comparable(m: Mention) -> tuple[Decimal, str]:
    value, unit = to_base(m.value, m.unit)
    return value.normalize(), {"名": "人", "位": "人"}.get(unit, unit)


def is_yoy_claim(text: str, m: Mention) -> bool:
    """同比增长12.5% / 下降3个百分点 / 翻一番: a derived figure, not one to be carried over."""
    if m.unit not in ("%", "个百分点", "百分点", "倍") and not m.text.startswith("翻"):
        return False
    return bool(YOY_LEAD.search(text[max(0, m.start - 12):m.start])) or m.text.startswith("翻")


def label_share(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def label_match(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a & b) and label_share(a, b) >= MIN_LABEL_SHARE


def same_label_figures(figure: Figure, last: list[Figure]) -> list[Figure]:
    """Last year's figures with the same value and unit and a matching label, best match first."""
    found = [f for f in last if f.base == figure.base and label_match(figure.label, f.label)]
    return sorted(found, key=lambda f: -label_share(figure.label, f.label))
