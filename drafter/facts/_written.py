"""How a clerk's figure is written in a report: one rule for the drafts, the prompts and the
verifier's messages, so “120余场” reads the same wherever the clerk meets it.

Large figures are written the way a clerk writes them, never rounded: money from 10 000元 on
in 万元 (2468000元 → 246.8万元) and from 1亿元 on in 亿元; a large count in 万 when that keeps
it short (36000人次 → 3.6万人次) or the count has seven digits or more, else in full digits (12345人).
"""

from __future__ import annotations

from decimal import Decimal

# hedges written before the number (突破26.2万件, 逾千件, 前5); facts.APPROX holds these and the
# ones written after the unit
BEFORE_NUMBER = ("近", "约", "超过", "不少于", "逾", "突破", "超", "不足", "不到", "至少", "不超过", "前")
AFTER_UNIT = ("以上", "左右", "以内", "以下")                # hedges written after the unit

_WAN = Decimal(10_000)
_YI = Decimal(100_000_000)
# a count is written in 万 only when it has at most this many decimals there (3.6万, 17.85万)
_COUNT_DECIMALS_IN_WAN = 2
_NOT_COUNTS = ("%", "‰", "")
_MILLION = Decimal(1_000_000)     # seven digits and more are always written in 万 (never as a code)


def format_value(value: Decimal | int | float | str) -> str:
    """The clerk's exact figure, without exponent or trailing zeros (12.50 → 12.5, 100 → 100)."""
    text = format(Decimal(str(value)), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _decimals(value: Decimal) -> int:
    text = format_value(value)
    return len(text.split(".")[1]) if "." in text else 0


def written_figure(value, unit: str | None) -> tuple[str, str]:
    """(figure, unit) as a report writes them: 2468000 元 → ("246.8", "万元"), 36000 人次 → ("3.6", "万人次").

    Exact by construction: the figure is the clerk's value divided by a power of ten."""
    number = Decimal(str(value))
    unit = unit or ""
    size = abs(number)
    if unit == "元":
        if size >= _YI:
            return format_value(number / _YI), "亿元"
        if size >= _WAN:
            return format_value(number / _WAN), "万元"
    elif unit == "万元" and size >= _WAN:
        return format_value(number / _WAN), "亿元"
    elif unit not in _NOT_COUNTS and not unit.startswith(("万", "亿")) and number == number.to_integral_value():
        if size >= _YI and _decimals(number / _YI) <= _COUNT_DECIMALS_IN_WAN:
            return format_value(number / _YI), "亿" + unit
        if size >= _WAN and (_decimals(number / _WAN) <= _COUNT_DECIMALS_IN_WAN or size >= _MILLION):
            return format_value(number / _WAN), "万" + unit
    return format_value(number), unit


def quantity(value, unit: str | None, approx: str | None) -> str:
    """“120余场”, “近2000件”, “100%”, “99%以上”, “246.8万元”: the figure as a report writes it."""
    figure, unit = written_figure(value, unit)
    if not approx:
        return f"{figure}{unit}"
    if approx in BEFORE_NUMBER:
        return f"{approx}{figure}{unit}"
    if approx in AFTER_UNIT:
        return f"{figure}{unit}{approx}"
    if unit == "%":
        return f"{figure}%{approx}" if approx not in ("余", "多") else f"{figure}%以上"
    if unit[:1] in ("万", "亿") and len(unit) > 1:
        # 3.6万余人次 / 135万余元: the hedge sits between the magnitude and the measure word
        return f"{figure}{unit[0]}{approx}{unit[1:]}"
    return f"{figure}{approx}{unit}"
