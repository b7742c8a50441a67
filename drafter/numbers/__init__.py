"""Finding every number in Chinese text, with its span, value, unit, approximation and kind.

CONTRACT (filled in by the numbers work):
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

# kinds: count, percent, money, fraction, range, year, date, rank, duration, number (bare),
# ordinal_phrase (a numeral that is part of a name: 十九大, "三项制度", 一是, （一）: never needs a fact)
KINDS = ("count", "percent", "money", "fraction", "range", "year", "date", "rank", "duration",
         "number", "ordinal_phrase")


@dataclass(frozen=True)
class Mention:
    text: str
    start: int
    end: int
    value: Decimal | None        # in the unit below (万/亿 folded in: 1.5万件 -> 15000 件; money keeps 元/万元/亿元)
    unit: str | None
    approx: str | None           # 余/多/近/约/超过/以上/不少于/左右 ...
    kind: str
    value_high: Decimal | None = None   # upper end of a range


def find_numbers(text: str) -> list[Mention]:
    raise NotImplementedError
