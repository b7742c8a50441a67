"""Finding every number in Chinese text, with its span, value, unit, approximation and kind.

A checker that cries wolf gets switched off, so the extractor also says which numerals are
*not* statistics: heading markers, party meetings, coined names and document numbers come
out as kind ``ordinal_phrase`` (never needing a fact), and numerals inside words (进一步,
统一, 三都镇, 一件件) do not come out at all. A count that names a group by its size (三大平台,
立法、执法、司法、守法四个环节) is kind ``group``: it counts something, but the verifier holds it
to the list it restates or to a fact that fits it rather than asking for a fact of its own.

    find_numbers(text) -> list[Mention]    sorted by start, non-overlapping,
                                           text[m.start:m.end] == m.text

The unit inventory is open: after a numeral, a known measure word (件, 件次, 课时, 平方米 …), a
noun counted directly (5部委, 六方面, 4大类, 长三角四地) or, after an Arabic numeral, any Han
character that is not a function word makes a count; the name rules (quoted enumerations,
一周一调度-style slogans, 12345热线, 3项制度, 五年实施方案, run-in 1./2. markers, plan periods
such as 纲要（2021—2025年）, versions such as 智慧司法2.0, tiers such as 第一方阵, fixed bodies such
as 四套班子, a year written without 年 as in 2023总共) decide what is not a statistic.

Values are exact Decimals. 万/亿 are folded into counts (1.5万件 -> 15000 件) but money keeps
its unit (8.76亿元 -> 8.76 亿元); ``units.to_base`` makes both comparable. Dates carry the
year as value when they name one. Ranges carry ``value``..``value_high``; vague Chinese
pairs (两三个) too, with approx 约.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import takewhile

from drafter.numbers._text import last_of

# 等 / 之类 / 包括…在内 leave a list open, and an item with a figure of its own (法治公园2个) is not bare
_LIST_ITEM_NUMERAL = re.compile(r"[\d零〇一二两三四五六七八九十百千万]")
# (零售网点, 零星工程: a 零 word holds no figure, so its item is still bare)
_ZERO_WORDS = re.compile(r"零(?:售|星|散|工|部件|件|碎)")
# (村“两委”干部: a quoted name inside an item's noun holds no figure either; one that ends the
# item, 坚决贯彻落实“两个维护”, may be what a count after the list counts)
_QUOTED_NAME = re.compile(r"“[^“”]{1,8}”(?=[\u4e00-\u9fff])")

# kinds: count, percent, money, fraction, range, year, date, rank, duration, number (bare),
# ordinal_phrase (a numeral that is part of a name: 十九大, "三项制度", 一是, （一）: never needs a fact),
# group (a count that names a group by its size: 三大平台, 立法、执法、司法、守法四个环节; held to
# the list it restates or to a fact that fits it, never reported as lacking one)
KINDS = ("count", "percent", "money", "fraction", "range", "year", "date", "rank", "duration",
         "number", "ordinal_phrase", "group")


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


    @property
    def needs_fact(self) -> bool:
        """Statistics need a fact; years and dates get year rules; names need nothing."""
        return self.kind not in ("ordinal_phrase", "group", "year", "date")


def find_numbers(text: str, units: dict[int, str] | None = None) -> list[Mention]:
    """Every number mention in ``text`` (see the module docstring for what counts).
    ``units``: the unit a table gives the bare figure starting at an offset (its column header
    罚没款（万元） or its row label 受理案件（件）), which the text itself does not write."""
    from drafter.numbers._extract import scan

    found = _bands_naming_a_class(text, _unit_shared_along_list(text, _per_unit_elided(
        text, [Mention(text[s:e], s, e, value, unit, approx, kind, high)
               for s, e, value, unit, approx, kind, high in scan(text)])))
    if not units:
        return found
    return [with_unit(m, units[m.start]) if m.start in units else m for m in found]


def _unit_shared_along_list(text: str, found: list[Mention]) -> list[Mention]:
    """上诉率、再审率分别下降4.01、3.35个百分点 / 分别为12.5、13.6万元: figures listed with 、 write
    their unit once, after the last; the bare ones before it are in that unit, not unitless."""
    out = list(found)
    for k in range(len(out) - 2, -1, -1):
        m, nxt = out[k], out[k + 1]
        if m.kind == "number" and not m.unit and not m.approx and is_bare_figure(m.text) \
                and nxt.unit and not nxt.approx and text[m.end:nxt.start] == "、" \
                and nxt.text[:1].isdigit() and not _LIST_MARK_AFTER.match(text, m.end + 1):
            out[k] = with_unit(m, nxt.unit)
    return out


# 1、2、3类 names three kinds by number: the 1 and 2 are not counts of 类
_LIST_MARK_AFTER = re.compile(r"\d+[类级号]")


def _per_unit_elided(text: str, found: list[Mention]) -> list[Mention]:
    """浓度为29.8微克每立方米，首次低于30微克: a sentence that has written a rate's unit in full
    (微克/立方米) may shorten it to its first part; the short unit is the rate's.

    find_numbers runs over whole reports, so only the rates already met are looked back over
    (few in any report), and only back to the sentence's start."""
    from drafter.numbers.units import normalize_unit

    rates: list[tuple[int, str, str]] = []      # (start, unit as written, normalized) of each rate so far
    out = []
    for m in found:
        unit = normalize_unit(m.unit) if m.unit else ""
        if rates and unit and "/" not in unit:
            sentence = last_of(text, "。；;！？!?\n", m.start)
            full = next((written for _, written, rate in
                         takewhile(lambda r: r[0] > sentence, reversed(rates))
                         if rate.startswith(unit + "/")), None)
            if full:
                m = Mention(m.text, m.start, m.end, m.value, full, m.approx, m.kind, m.value_high)
        elif "/" in unit:
            rates.append((m.start, m.unit, unit))
        out.append(m)
    return out


# 30岁（含）至50岁的律师, 律师11人至20人（含）的律师事务所, 36岁至50岁的305名: a bound or a band
# whose end is marked inclusive, then 的 and the class it names, which a later figure counts
_INCLUSIVE = r"(?:（含）|\(含\))"
_BAND_JOIN = re.compile(rf"{_INCLUSIVE}?(?:至|到|-|－|—|~|～)")
_CLASS_AFTER = re.compile(rf"{_INCLUSIVE}?的[\u4e00-\u9fff]{{0,12}}?\d")
_INCLUSIVE_BOUND_AFTER = re.compile(rf"{_INCLUSIVE}(?:以上|以下)(?=的[\u4e00-\u9fff]{{0,12}}?\d)")
_BAND_KINDS = ("count", "duration", "money", "number")


def _bands_naming_a_class(text: str, found: list[Mention]) -> list[Mention]:
    """Age and size bands in a breakdown (30岁（含）至50岁的律师41.95万多人) name the class the next
    figure counts; the scanner reads 罚款1万元以下的案件 so already, but not once （含） stands
    between the figure and its bound, nor a band whose both ends carry the unit."""
    out = list(found)
    for k, m in enumerate(out):
        if m.kind not in _BAND_KINDS or m.approx:
            continue
        if _INCLUSIVE_BOUND_AFTER.match(text, m.end):
            out[k] = replace(m, kind="ordinal_phrase")
            continue
        nxt = out[k + 1] if k + 1 < len(out) else None
        if nxt is None or nxt.kind not in _BAND_KINDS or nxt.approx or m.unit != nxt.unit or m.value >= nxt.value:
            continue
        join = _BAND_JOIN.fullmatch(text, m.end, nxt.start)
        if join and _CLASS_AFTER.match(text, nxt.end):
            out[k], out[k + 1] = replace(m, kind="ordinal_phrase"), replace(nxt, kind="ordinal_phrase")
    return out


def with_unit(m: Mention, unit: str) -> Mention:
    """A bare figure (246.8, 2468000) read in the unit its table names: money keeps 万元, a count
    folds 万 in as the text's 1.5万件 does, % makes a share. Anything written with a unit, a
    year or a hedge of its own is left as it is."""
    from drafter.numbers.units import MONEY_UNITS, PERCENT_UNITS, normalize_unit, to_base

    if m.unit or m.kind not in ("number", "ordinal_phrase") or m.approx or not is_bare_figure(m.text):
        return m
    written = Decimal(m.text)           # 2468000 alone reads as a code; in a 罚没款（元） column it is money
    unit = normalize_unit(unit)
    if unit in MONEY_UNITS:
        return Mention(m.text, m.start, m.end, written, unit, None, "money")
    if unit in PERCENT_UNITS:
        return Mention(m.text, m.start, m.end, written, unit, None, "percent")
    value, base = to_base(written, unit)
    return Mention(m.text, m.start, m.end, value, base, None, "count")


def is_bare_figure(text: str) -> bool:
    """246.8, 2468000: digits alone, which only a table's headers can give a unit."""
    return bool(_BARE_FIGURE.fullmatch(text))


_BARE_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def listed_sizes(text: str, pos: int) -> set[int]:
    """How many things a closed 、 list ending right at ``pos`` names (公众参与、专家论证、风险评估
    -> {3}); empty when no list of at least three ends there. The verifier holds a count written
    there (三大平台, 3部地方性法规) to it."""
    from drafter.numbers._extract import OPEN_LIST_WORDS, list_items, list_sizes, sizes_referred_back

    referred = sizes_referred_back(text, pos)
    if referred:
        return referred            # 上述三类: the list that closed the clause before
    if any(OPEN_LIST_WORDS.search(x) or _LIST_ITEM_NUMERAL.search(_ZERO_WORDS.sub("", _QUOTED_NAME.sub("", x))) for x in list_items(text, pos)):
        return set()
    return list_sizes(text, pos)


def date_lost_nian(text: str) -> tuple[str, str] | None:
    """For a date mention whose 年 (or 年 and 月) a page copy lost (20256月, 2025730日): the marks
    lost and the date meant, so that the verifier can name it; None for any other text."""
    from drafter.numbers._extract import date_lost_nian as lost

    return lost(text)


__all__ = ["KINDS", "Mention", "date_lost_nian", "find_numbers", "listed_sizes"]
