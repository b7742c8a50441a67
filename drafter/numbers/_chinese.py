"""Chinese numerals to Decimal.

cn2an does the ordinary integer forms well (十九, 两千, 一亿二千万) and is used for those.
It is wrong or lossy on three forms that real reports contain, so those are handled here
before cn2an ever sees them:

* adjacent digits meaning "two or three" (两三个 -> cn2an says 23): returned as a vague range;
* digit-by-digit years (二〇二三): read digit by digit;
* decimals (九十五点三): cn2an returns a float; the fraction digits are read exactly here.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import cn2an

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}

# "两三个", "三五天": two different digits side by side mean "about two or three".
VAGUE_PAIRS = frozenset({"一两", "两三", "二三", "三四", "四五", "五六", "六七", "七八", "八九", "三五"})


def _own_int(text: str) -> int | None:
    """A plain positional parse; used when cn2an refuses a well-formed numeral."""
    total = section = number = 0
    seen_digit = False
    for ch in text:
        if ch in DIGITS:
            if seen_digit and number and ch not in "零〇":
                return None            # two digits in a row: not a positional numeral
            number = DIGITS[ch]
            seen_digit = True
        elif ch in _SMALL:
            section += (number or 1) * _SMALL[ch]
            number = 0
            seen_digit = False
        elif ch in _BIG:
            section += number
            if not section and not total:
                section = 1              # 万余人 = 一万余人
            if ch == "亿":
                total = (total + section) * _BIG[ch]
            else:
                total += section * _BIG[ch]
            section = number = 0
            seen_digit = False
        else:
            return None
    return total + section + number


@lru_cache(maxsize=8192)
def parse_int(text: str) -> int | None:
    """The integer a Chinese numeral stands for, or None when it is not one numeral.

    Digit runs (二〇二三) are read digit by digit; vague pairs (两三) return None here,
    callers test :data:`VAGUE_PAIRS` first.
    """
    if not text:
        return None
    if all(ch in DIGITS for ch in text):
        if len(text) == 1:
            return DIGITS[text]
        if text in VAGUE_PAIRS:
            return None
        if len(text) == 4:           # 二〇二三 (a year)
            return int("".join(str(DIGITS[ch]) for ch in text))
        return None
    try:
        value = cn2an.cn2an(text, "normal")
    except Exception:  # cn2an raises its own ValueError subclasses on odd input
        value = None
    if isinstance(value, int):
        own = _own_int(text)
        # cn2an reads some malformed strings leniently (e.g. 十四五); trust it only when a
        # plain positional reading agrees.
        return value if own == value else None
    return _own_int(text)


_MULTIPLIERS = {"万": Decimal(10000), "亿": Decimal(100000000)}


def parse(text: str) -> Decimal | None:
    """Integer or decimal (九十五点三) numeral as an exact Decimal."""
    if "点" in text and text[-1] in _MULTIPLIERS:
        value = parse(text[:-1])                 # 四十二点六万: the decimal, then its 万
        return None if value is None else value * _MULTIPLIERS[text[-1]]
    if "点" in text:
        whole, _, frac = text.partition("点")
        head = parse_int(whole) if whole else 0
        if head is None or not frac or any(ch not in DIGITS for ch in frac):
            return None
        return Decimal(f"{head}.{''.join(str(DIGITS[ch]) for ch in frac)}")
    value = parse_int(text)
    return None if value is None else Decimal(value)
