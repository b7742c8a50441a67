"""A change written with both of its ends must add up.

优良率95.9%，同比去年91.5%上升4.4个百分点: the text gives this year's figure, the year before's and
the change between them, so the three check one another whatever the facts say. A figure swapped
into one of the three places (9.09% for 91.5%), or a change written the wrong way round, breaks the
sum; a clerk's facts sheet rarely holds all three, so this catches what the facts cannot.

Only the plain shape is read: a figure, then 同比/较/比 (a period may follow) and the earlier figure
in the same measure, then 上升/增长/下降/减少… and the change, all in one clause. The change is
compared in its own measure: 个百分点 (difference of two rates), % (relative change; for two rates
either reading), or the figures' own unit (difference). Rounding of every written figure is allowed.
"""

from __future__ import annotations

import re
from decimal import Decimal

from drafter.numbers import Mention
from drafter.numbers.units import normalize_unit, same_measure, to_base
from drafter.verify._match import written_ulp

_COMPARED_WITH = re.compile(
    r"^[，,]?\s*(?:同比|较|比|与)\s*(?:上年同期|上年度|上年|去年同期|去年|同期|\d{4}年度?(?:同期)?)?的?\s*$")
_MOVED = re.compile(r"^\s*(?:相比)?[，,]?\s*(?P<way>上升|增长|提高|增加|提升|下降|减少|降低|缩短|回落)了?\s*$")
_UP = ("上升", "增长", "提高", "增加", "提升")


def arithmetic_findings(text: str, mentions: list[Mention]) -> list:
    """One warning per figure, comparison and change that do not add up."""
    from drafter.verify import Finding

    stats = [m for m in mentions if m.needs_fact and m.value is not None and m.value_high is None]
    out = []
    for a, b, c in zip(stats, stats[1:], stats[2:]):
        moved = _MOVED.match(text[b.end:c.start])
        if not moved or not _COMPARED_WITH.match(text[a.end:b.start]) or a.approx or b.approx or c.approx:
            continue
        if normalize_unit(a.unit) != normalize_unit(b.unit):
            continue
        now, then = to_base(a.value, a.unit)[0], to_base(b.value, b.unit)[0]
        up = moved.group("way") in _UP
        if (up and now < then) or (not up and now > then):
            message = f"“{text[a.start:c.end]}”中{a.text}比{b.text}{'小' if up else '大'}，" \
                      f"却写作{moved.group('way')}，请核对这三个数字"
        elif _adds_up(a, b, c):
            continue
        else:
            message = f"“{text[a.start:c.end]}”中{a.text}与{b.text}相比，算不出{moved.group('way')}" \
                      f"{c.text}，请核对这三个数字"
        out.append(Finding("arithmetic", "warning", message, a.start, c.end, text[a.start:c.end]))
    return out


def _adds_up(a: Mention, b: Mention, c: Mention) -> bool:
    """Whether the change ``c`` is what ``a`` and ``b`` give, within the rounding of all three."""
    now, then = a.value, b.value
    slack = _half_ulp(a) + _half_ulp(b)
    change = c.value
    unit = normalize_unit(c.unit)
    rates = normalize_unit(a.unit) == "%"
    readings = []
    if unit == "个百分点" and rates:
        readings.append((abs(now - then), slack))
    if unit == "%" and then:
        readings.append((abs(now - then) / then * 100, slack / then * 100 * 2))
    if (unit == "%" and rates) or (unit != "%" and unit != "个百分点" and same_measure(c.unit, a.unit)):
        readings.append((abs(to_base(now, a.unit)[0] - to_base(then, b.unit)[0]) / (to_base(Decimal(1), c.unit)[0] or 1),
                         slack))
    if not readings:
        return True                       # a change in another measure: nothing to compare
    return any(abs(value - change) <= tolerance + _half_ulp(c) + Decimal("1e-9") for value, tolerance in readings)


def _half_ulp(m: Mention) -> Decimal:
    """Half the last written digit, in the mention's value units: 95.9 -> 0.05, 1.52万件 -> 50."""
    return written_ulp(m)[0] / 2
