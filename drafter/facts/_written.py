"""How a clerk's figure is written in a report: one rule for the drafts, the prompts and the
verifier's messages, so “120余场” reads the same wherever the clerk meets it."""

from __future__ import annotations

from decimal import Decimal

BEFORE_NUMBER = ("近", "约", "超过", "不少于")     # hedges written before the number
AFTER_UNIT = ("以上", "左右")                      # hedges written after the unit


def format_value(value: Decimal | int | float | str) -> str:
    """The clerk's exact figure, without exponent or trailing zeros (12.50 → 12.5, 100 → 100)."""
    text = format(Decimal(str(value)), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def quantity(value, unit: str | None, approx: str | None) -> str:
    """“120余场”, “近2000件”, “100%”, “99%以上”: the figure as a report writes it."""
    figure = format_value(value)
    unit = unit or ""
    if not approx:
        return f"{figure}{unit}"
    if approx in BEFORE_NUMBER:
        return f"{approx}{figure}{unit}"
    if approx in AFTER_UNIT:
        return f"{figure}{unit}{approx}"
    if unit == "%":
        return f"{figure}%{approx}" if approx not in ("余", "多") else f"{figure}%以上"
    return f"{figure}{approx}{unit}"
