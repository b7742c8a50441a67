"""同比 claims checked against the fact's own 上年值, with no last year's report needed.

A clerk who fills in 上年值 next to a figure lets the writer state the change (同比增长12.5%)
and the verifier recompute it. The claim belongs to the figure written just before it in its
sentence; when the verifier found that figure supported by a fact carrying 上年值, the claim
is checked by drafter.lastyear's own 同比 rules (rate rounded to the digits written,
百分点 vs %, direction, 翻一番) and its finding, with the formula, takes the place of the
verifier's 没有对应的事实. A right claim counts as supported by that fact.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import ROUND_HALF_UP, Decimal

from drafter.lastyear._figures import Figure, comparable, figures
from drafter.lastyear._text import Span
from drafter.lastyear._yoy import Claim, base_figure, check_claim, claim_lead
from drafter.numbers import Mention
from drafter.verify import Finding, Verification


def fact_yoy_findings(text: str, verification: Verification, facts) -> list[tuple[int, Finding, str]]:
    """(mention index, finding, fact id) for every 同比 claim on a figure whose fact has 上年值."""
    by_id = {f.id: f for f in facts if f.last_year is not None}
    if not by_id:
        return []
    index = {m.start: i for i, m in enumerate(verification.mentions)}
    this = figures(text, verification.mentions)
    out = []
    for i, m in enumerate(verification.mentions):
        rises = claim_lead(text, m)
        if rises is None:
            continue
        base = base_figure(text, m, this)
        fact = by_id.get(verification.supported.get(index.get(base.start, -1))) if base else None
        if fact is None:
            continue
        claim = Claim(m, rises, base, _last_year_figure(fact, base), origin=f"事实材料「{fact.label}」的上年值")
        out.append((i, check_claim(claim), fact.id))
    return out


def check_yoy_against_facts(text: str, verification: Verification, facts) -> Verification:
    """``verification`` with each 同比 claim on a fact with 上年值 checked: a right one is
    supported by that fact (a 说明 with the formula), a wrong one an error with the formula."""
    checked = fact_yoy_findings(text, verification, facts) + _flat_findings(text, verification, facts)
    if not checked:
        return verification
    from drafter.lastyear._compare import Comparison, merge

    supported = dict(verification.supported)
    for i, finding, fact_id in checked:
        if finding.severity == "info" and i is not None:
            supported[i] = fact_id
    findings = merge(verification.findings, Comparison([f for _, f, _ in checked]))
    return dataclasses.replace(verification, findings=findings, supported=supported)


_FLAT = re.compile(r"(?:与上年|同比|与去年|较上年)(?:相比)?(?P<roughly>基本)?持平")


def _flat_findings(text: str, verification: Verification, facts) -> list[tuple[None, Finding, str]]:
    """与上年持平 after a figure whose fact has 上年值: right only when the two values are equal
    (基本持平: when the change rounds to 0.0%, as the writer writes it)."""
    by_id = {f.id: f for f in facts if f.last_year is not None}
    if not by_id or "持平" not in text:
        return []
    index = {m.start: i for i, m in enumerate(verification.mentions)}
    this = figures(text, verification.mentions)
    out = []
    for found in _FLAT.finditer(text):
        phrase = Mention(found.group(), found.start(), found.end(), None, None, None, "number")
        base = base_figure(text, phrase, this)
        fact = by_id.get(verification.supported.get(index.get(base.start, -1))) if base else None
        if fact is None:
            continue
        out.append((None, _flat_finding(found, fact), fact.id))
    return out


def _flat_finding(found: re.Match, fact) -> Finding:
    value, last, unit = fact.value, fact.last_year, fact.unit
    rate = unit == "%"
    change = value - last if rate else ((value - last) / last * 100 if last else None)
    unit_shown = "%" if rate else unit
    formula = (f"{_plain(value)}%−{_plain(last)}%={_plain(change)}个百分点" if rate else
               f"({_plain(value)}−{_plain(last)})÷{_plain(last)}≈"
               f"{_plain(change.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))}%" if change is not None else None)
    flat = value == last or (found.group("roughly") and change is not None
                             and not change.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    where = f"今年{_plain(value)}{unit_shown}，上年{_plain(last)}{unit_shown}，取自事实材料「{fact.label}」的上年值"
    if flat:
        return Finding(kind="yoy", severity="info", message=f"“{found.group()}”与两年数字相符（{where}）",
                       start=found.start(), end=found.end(), text=found.group(), formula=formula)
    said = phrase if (phrase := yoy_phrase(value, last, unit)) else "有变化"
    return Finding(kind="yoy", severity="error", rule="direction",
                   message=f"同比有误：两年数字不同，不是“{found.group()}”，应写“{said}”（{where}）",
                   start=found.start(), end=found.end(), text=found.group(), formula=formula)


def _last_year_figure(fact, base: Figure) -> Figure:
    """Last year's value as a figure in the same comparable unit as this year's."""
    shown = f"{_plain(fact.last_year)}{'%' if fact.unit == '%' else fact.unit}"
    mention = Mention(shown, 0, 0, fact.last_year, fact.unit, None, "count")
    return Figure(mention, frozenset(), Span(0, 0, shown), comparable(mention))


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


def yoy_phrase(value: Decimal, last: Decimal | None, unit: str) -> str | None:
    """The 同比 clause a clerk writes for a figure and its 上年值, right by check_yoy_against_facts:
    与上年持平 / 同比翻一番 (exactly twice) / 同比增长12.5% (one decimal, none when exact) /
    比上年提高3个百分点 for a rate (the exact difference) (a rate that went from 95% to 98% rose 3个百分点, not 3%).
    None when no rate can be computed (no 上年值, or last year's figure was 0)."""
    if last is None or (not last and unit != "%"):
        return None
    if value == last:
        return "与上年持平"
    if unit == "%":
        change = value - last          # points are exact: no rounding needed
        return f"比上年{'提高' if change > 0 else '下降'}{_plain(abs(change))}个百分点"
    if value == 2 * last:
        return "同比翻一番"
    change = _one_decimal((value - last) / last * 100)
    if not change:
        return "与上年基本持平"
    return f"同比{'增长' if change > 0 else '下降'}{_plain(abs(change))}%"


def _one_decimal(exact: Decimal) -> Decimal:
    """Rounded half up to one decimal; an exact whole number keeps no decimal (20%, not 20.0%)."""
    from decimal import ROUND_HALF_UP

    if exact == exact.to_integral_value():
        return exact.quantize(Decimal(1))
    return exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
