"""同比 claims checked against the two years' figures: the second classic incident.

A claim (同比增长12.5%, 较上年下降3个百分点, 实现翻一番, 增长1倍) belongs to the figure written
just before it in the same sentence; last year's value is the figure of last year's report with
the same unit and a matching label. The claim is then recomputed and compared at the digits
written (12.5% is right for 12.46%…12.54%), and three mistakes are named:

- rate: the number itself is wrong;
- points_as_percent / percent_as_points: a rate that went from 95% to 98% rose 3个百分点, not 3%
  (a relative change of a rate, 3.2%, is accepted but shown with its formula);
- direction: 增长 for a fall or 下降 for a rise.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from drafter.lastyear._figures import INCREASE, YOY_LEAD, Figure, label_share, label_match
from drafter.numbers import Mention
from drafter.verify import Finding

POINTS = ("个百分点", "百分点")
DOUBLING_TOLERANCE = Decimal("0.05")   # 翻一番: the ratio within 2 ± 0.05 (1.95×–2.05×)


@dataclass(frozen=True)
class Claim:
    mention: Mention
    rises: bool
    base: Figure          # this year's figure the claim is about
    last: Figure | None   # last year's figure with the same label; None: not in last year's report
    origin: str = "上年报告"   # where last year's figure came from, as the message names it


def yoy_claims(text: str, mentions: list[Mention], this: list[Figure], last: list[Figure]) -> list[Claim]:
    out = []
    for m in mentions:
        lead = _lead(text, m)
        if lead is None:
            continue
        base = _base_figure(text, m, this)
        if base is None:
            continue
        out.append(Claim(m, lead, base, _last_year_figure(base, last)))
    return out


def check_claim(claim: Claim) -> Finding:
    m = claim.mention
    if claim.last is None:
        return Finding(kind="yoy", severity="warning", rule="unchecked",
                       message=(f"无法核对同比：上年报告中没有找到与“{claim.base.mention.text}”同一事项的数字，"
                                f"请对照上年数据核算“{m.text}”"),
                       start=m.start, end=m.end, text=m.text)
    cur, old = claim.base.base[0], claim.last.base[0]
    written = m.value
    unit = m.unit or ""
    if m.text.startswith("翻") or unit == "倍":
        ratio_written = written if m.text.startswith("翻") else written + 1
        ratio = cur / old if old else None
        formula = f"{_fmt(cur)}÷{_fmt(old)}≈{_fmt(ratio.quantize(Decimal('0.01')))}倍" if ratio else None
        if ratio is not None and abs(ratio - ratio_written) <= DOUBLING_TOLERANCE * ratio_written / 2:
            return _ok(claim, formula)
        if ratio is None:
            return _error(claim, "rate", "上年数字为0，无法计算倍数", None)
        return _error(claim, "rate", f"按两年数字计算，今年是上年的{_fmt(ratio.quantize(Decimal('0.01')))}倍，"
                      f"与“{m.text if m.text.startswith('翻') else '增长' + m.text}”（即上年的{_fmt(ratio_written)}倍）不符",
                      formula)
    is_rate = claim.base.base[1] == "%"
    points = cur - old
    relative = (cur - old) / old * 100 if old else None
    if unit in POINTS:
        if not is_rate:
            return _error(claim, "percent_as_points",
                          f"“{claim.base.mention.text}”不是百分率，增减幅度应写百分比（%），不是百分点", _rel(cur, old))
        return _compare(claim, points, f"{_fmt(cur)}%−{_fmt(old)}%={_fmt(points)}个百分点")
    if is_rate and _matches(abs(points), written):
        # the points fit the digits exactly: the writer subtracted two rates and wrote %
        # (a relative change of a rate that happens to round to the same number is rarer still)
        return _error(claim, "points_as_percent",
                      f"两个百分率相减得到的是百分点：从{_fmt(old)}%到{_fmt(cur)}%应写"
                      f"“{'提高' if points > 0 else '下降'}{_fmt(abs(points))}个百分点”，不是“{_fmt(written)}%”",
                      f"{_fmt(cur)}%−{_fmt(old)}%={_fmt(points)}个百分点")
    if relative is None:
        return _error(claim, "rate", "上年数字为0，无法计算增幅", None)
    return _compare(claim, relative, _rel(cur, old))


def _compare(claim: Claim, change: Decimal, formula: str) -> Finding:
    m = claim.mention
    if change != 0 and (change > 0) != claim.rises:
        word = "增长" if change > 0 else "下降"
        return _error(claim, "direction", f"两年数字表明是{word}，稿中写的方向相反", formula)
    if _matches(abs(change), m.value):
        return _ok(claim, formula)
    digits = _digits(m.value)
    right = abs(change).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    return _error(claim, "rate", f"按两年数字计算应为{_fmt(right)}{_unit(m)}，稿中写的是{m.text}", formula)


def _matches(exact: Decimal, written: Decimal) -> bool:
    """``written`` is ``exact`` rounded to the digits written (12.5 for 12.46…12.54)."""
    digits = _digits(written)
    return exact.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP) == written


def _digits(written: Decimal) -> int:
    """Decimal places as written: 20.0% claims one (not normalised away), 12.5% one, 3% none."""
    return max(0, -written.as_tuple().exponent)


def _ok(claim: Claim, formula: str | None) -> Finding:
    m = claim.mention
    return Finding(kind="yoy", severity="info",
                   message=(f"“{m.text}”与两年数字相符：今年{claim.base.mention.text}，"
                            f"上年{claim.last.mention.text}（{claim.origin}）"),
                   start=m.start, end=m.end, text=m.text, formula=formula)


def _error(claim: Claim, reason: str, detail: str, formula: str | None) -> Finding:
    m = claim.mention
    return Finding(kind="yoy", severity="error", rule=reason,
                   message=(f"同比有误：{detail}（今年{claim.base.mention.text}，"
                            f"上年{claim.last.mention.text}，取自{claim.origin}）"),
                   start=m.start, end=m.end, text=m.text, formula=formula)


def claim_lead(text: str, m: Mention) -> bool | None:
    """Public name of ``_lead``: True for a rise, False for a fall, None for no 同比 claim."""
    return _lead(text, m)


def base_figure(text: str, m: Mention, this: list[Figure]) -> Figure | None:
    return _base_figure(text, m, this)


def _lead(text: str, m: Mention) -> bool | None:
    """True for a rise, False for a fall, None when the figure is no 同比 claim."""
    if m.text.startswith("翻"):
        return True
    if m.unit not in ("%", "倍") + POINTS:
        return None
    found = YOY_LEAD.search(text[max(0, m.start - 12):m.start])
    if not found or not found.group("verb"):
        return None
    return found.group("verb") in INCREASE


def _base_figure(text: str, m: Mention, this: list[Figure]) -> Figure | None:
    """The last figure before the claim in its sentence (not another claim)."""
    before = [f for f in this if f.start < m.start and f.sentence.start <= m.start < f.sentence.end]
    return before[-1] if before else None


def _last_year_figure(base: Figure, last: list[Figure]) -> Figure | None:
    same_unit = [f for f in last if f.base[1] == base.base[1] and label_match(base.label, f.label)]
    return max(same_unit, key=lambda f: label_share(base.label, f.label), default=None)


def _rel(cur: Decimal, old: Decimal) -> str:
    if not old:
        return ""
    change = ((cur - old) / old * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"({_fmt(cur)}−{_fmt(old)})÷{_fmt(old)}≈{_fmt(change)}%"


def _unit(m: Mention) -> str:
    return "个百分点" if m.unit in POINTS else "%"


def _fmt(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text
