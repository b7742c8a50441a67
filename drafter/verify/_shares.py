"""Shares of one whole must agree on what that whole is.

原行政行为机关单独应诉的有120件，占案件总数的31.8%；复议机关单独应诉的有11件，占案件总数的2.9%；
共同应诉的有256件，占案件总数的65.3%: each part and its share imply the whole (120 ÷ 31.8% ≈ 377),
so when the others agree and one pair implies another whole (256 ÷ 65.3% ≈ 392), the part or its
share is wrong, whatever the facts say: the facts sheet usually copies both from the same draft.

The whole is never read from the text, which often leaves it out or states it sentences away; it
is what the pairs agree on. Only a plain pair is read (a count or sum, exact or hedged 余/多, then
占…的 or 占比, then an exact %), pairs are grouped by paragraph and by the words naming the whole
(占收到申请的 and 占受理案件的 are two wholes), at least three pairs must be written, all but one
must agree, and each share may be off by one unit in its last place (71.4%, 19%, 9.6% rounded to
add up to 100).
"""

from __future__ import annotations

import re
from decimal import Decimal

from drafter.numbers import Mention
from drafter.numbers.units import normalize_unit
from drafter.verify._match import fmt, written_ulp

_SHARE_OF = re.compile(r"^[，,]?(?:约|大约)?占(?:比为?|比达)?(?P<of>[^，,。；;\d%]{0,14}?)的?(?:比例|比重)?(?:为|达)?$")
_MIN_PAIRS = 3


def share_findings(text: str, mentions: list[Mention]) -> list:
    """One warning for each part whose share implies another whole than its group's."""
    from drafter.verify import Finding

    out = []
    for pairs in _pairs_by_whole(text, mentions).values():
        if len(pairs) < _MIN_PAIRS:
            continue
        whole, agreeing = _agreed_whole(pairs)
        if agreeing < max(2, len(pairs) - 1):
            continue
        for part, share, lo, hi in pairs:
            if lo <= whole <= hi:
                continue
            meant = part.value * 100 / whole
            out.append(Finding(
                "share", "warning",
                f"“{text[part.start:share.end]}”与同段其他占比不一致：按其他各项推算总数约为{fmt(whole.quantize(Decimal(1)))}，"
                f"{part.text}应占约{fmt(meant.quantize(Decimal('0.1')))}%，请核对这个数字或它的占比",
                part.start, share.end, text[part.start:share.end]))
    return out


def _pairs_by_whole(text: str, mentions: list[Mention]) -> dict[tuple, list]:
    """(part, share, lowest whole, highest whole) for each 120件，占案件总数的31.8%, keyed by
    paragraph, the words naming the whole and the part's unit."""
    figures = [m for m in mentions if m.needs_fact and m.value is not None and m.value_high is None]
    groups: dict[tuple, list] = {}
    for part, share in zip(figures, figures[1:]):
        if share.unit != "%" or share.approx or share.value <= 0 or part.kind not in ("count", "money") or \
                (part.approx and part.approx not in _HEDGE_ABOVE):
            continue
        said = _SHARE_OF.match(text[part.end:share.start])
        if not said:
            continue
        step = written_ulp(share)[0]         # one unit in the last written place: 0.1 for 65.3%
        low_part, high_part = _part_range(part)
        lo = low_part * 100 / (share.value + step)
        hi = high_part * 100 / (share.value - step) if share.value > step else Decimal("Infinity")
        key = (text.rfind("\n", 0, part.start), said.group("of"), normalize_unit(part.unit))
        groups.setdefault(key, []).append((part, share, lo, hi))
    return groups


# 10.79万多人，占16.56%: a part hedged upwards lies between its figure and the next step of its
# last written digit (10.79万 to 10.80万), which its share still pins down
_HEDGE_ABOVE = ("余", "多")


def _part_range(part: Mention) -> tuple[Decimal, Decimal]:
    if not part.approx:
        return part.value, part.value
    return part.value, part.value + written_ulp(part)[1]     # the step 余/多 allows, as the matcher reads it


def _agreed_whole(pairs: list) -> tuple[Decimal, int]:
    """The whole that most pairs allow (the middle of what they all allow), and how many allow
    it; the ends of the ranges are the only points where that count can change."""
    best, most = Decimal(0), 0
    for point in sorted({p[2] for p in pairs} | {p[3] for p in pairs if p[3].is_finite()}):
        n = sum(1 for _, _, lo, hi in pairs if lo <= point <= hi)
        if n > most:
            best, most = point, n
    agreeing = [(lo, hi) for _, _, lo, hi in pairs if lo <= best <= hi]
    lo, hi = max(x[0] for x in agreeing), min(x[1] for x in agreeing)
    return ((lo + hi) / 2 if hi.is_finite() else lo), most
