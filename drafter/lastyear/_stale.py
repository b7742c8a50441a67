"""Figures carried over from last year's report: the first of the two classic incidents.

A figure is *stale* when last year's report has the same value and unit under a matching
label and this year's facts do not support it. That is an error, not a 提醒: the figure
already has no support, and the one explanation the clerk has to rule out — last year's
paragraph pasted in — is the one that gets published and noticed. A figure the facts support
but that also equals last year's is only worth a 提醒 when its whole sentence is last year's
(a copied paragraph whose figure happened to stay right is still a copied paragraph).
"""

from __future__ import annotations

from collections.abc import Callable
from difflib import SequenceMatcher

from drafter.lastyear._figures import Figure, same_label_figures
from drafter.lastyear._text import normalised, short_quote
from drafter.verify import Finding, Position

NEAR_IDENTICAL = 0.9   # character similarity of two normalised sentences, all figures equal


def stale_findings(this: list[Figure], last: list[Figure], supported: set[int],
                   skip: set[int], place: Callable[[int, int], Position | None]) -> list[Finding]:
    """``supported``/``skip``: start offsets of figures this year's facts support / not to check;
    ``place``: where a figure of last year's report stands (第N段「…」, 表1第3行「…」)."""
    out = []
    for figure in this:
        if figure.start in skip:
            continue
        matches = same_label_figures(figure, last)
        if not matches:
            continue
        if figure.start not in supported:
            if is_ceiling(figure):
                continue
            out.append(_stale(figure, matches[0], place))
            continue
        twin = next((m for m in matches if near_identical(figure, m, this, last)), None)
        if twin is not None:
            out.append(_repeated(figure, twin, place))
    return out


def is_ceiling(figure: Figure) -> bool:
    """办结率100% two years running is the rate at its ceiling, no sign of a pasted paragraph
    (a sentence copied whole is still listed as copied)."""
    return figure.base == (100, "%")


def near_identical(figure: Figure, twin: Figure, this: list[Figure], last: list[Figure]) -> bool:
    """The same sentence as last year's, every figure in it unchanged."""
    a, b = normalised(figure.sentence.text), normalised(twin.sentence.text)
    if a == b:
        return True
    values_a = sorted(f.base for f in this if f.sentence == figure.sentence)
    values_b = sorted(f.base for f in last if f.sentence == twin.sentence)
    return values_a == values_b and SequenceMatcher(None, a, b).ratio() >= NEAR_IDENTICAL


def last_year_place(twin: Figure, place: Callable[[int, int], Position | None]) -> str:
    """上年报告第11段「…调解成功率99.26%…」, 上年报告表1第3行「…」"""
    position = place(twin.mention.start, twin.mention.end)
    return f"上年报告{position.label}" if position else f"上年报告「{short_quote(twin.sentence.text)}」"


def _stale(figure: Figure, twin: Figure, place) -> Finding:
    m = figure.mention
    return Finding(
        kind="stale", severity="error",
        message=(f"疑似沿用上年数据：“{m.text}”与上年报告中同一事项的数字相同，今年的事实材料不支持这个数字。"
                 f"见{last_year_place(twin, place)}"),
        start=m.start, end=m.end, text=m.text)


def _repeated(figure: Figure, twin: Figure, place) -> Finding:
    m = figure.mention
    return Finding(
        kind="repeated", severity="warning",
        message=(f"“{m.text}”有事实支持，但所在句子与上年报告几乎一字不差，请确认整句是否仍符合今年情况。"
                 f"见{last_year_place(twin, place)}"),
        start=m.start, end=m.end, text=m.text)
