"""Matching each statistical mention to the clerk's facts.

The order of questions for one mention, and why:

1. Which facts *could* it state? Same measure (after ``units.to_base``) and a value whose
   meaning fits the mention's approximation (437 fits 400余; 99.26% fits 99.3% and 超过99%).
2. Among those, which one is it about? The label's words near the number decide; if another
   fact's label sits right before the number while the value belongs to a different fact,
   that is 张冠李戴 (misattributed), the mistake a model makes most when swapping figures.
3. No fact fits: is it a figure derived from two facts (a rate, a difference, a 同比 change)?
   Then it is accepted as info with its formula, so the clerk can check the arithmetic.
4. Otherwise it is unsupported, and the message names the fact whose label matches.

Thresholds are chosen so that a report checked against its own numbers gives no findings:
a checker that cries wolf gets switched off.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from drafter.facts import Fact, format_value, quantity
from drafter.numbers import Mention
from drafter.numbers._text import SENTENCE_STOP, last_of
from drafter.numbers.units import PERCENT_UNITS, counted_noun, normalize_unit, same_measure, to_base
from drafter.verify import _change

_CLAUSE_STOP = set("，,。；;：:！？!?\n、（）()【】")
_HARD_CLAUSE_STOP = "，,。；;：:！？!?\n"
_RISE_FALL = _change.any_of(_change.RISES, _change.FALLS)
# 比去年同期减少26%, 与上年同期相比: the period compared with, said in full, is change words too
_CHANGE_WORDS = re.compile(r"同比|环比|(?:[较比]|与)(?:上一?年度?|去年)(?:同期)?(?:相比)?|" + _RISE_FALL + r"|多出|少了|前移|后移|进位|退位")
def clause_start_before(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` begins: after the last hard stop (，。；：！？ or a line)."""
    return last_of(text, _HARD_CLAUSE_STOP, pos) + 1


_STATUTORY_AFTER = re.compile(r"[以之]?内|前|以前")
_ARABIC = re.compile(r"\d+(?:\.\d+)?")
_NEAR = ("将近", "接近", "近")
_ABOVE_OPEN = ("超过", "多达", "高于", "超", "逾")
# 上百名, 上万人: a hundred, ten thousand or more; 突破千万户 is said the day the 1000万th is reached
# (浙江省颁发的第1000万张营业执照，意味…市场经营主体突破千万户)
_ABOVE_CLOSED = ("以上", "不少于", "不低于", "至少", "上百", "上千", "上万", "突破")
_BELOW_OPEN = ("不到", "不足", "低于")
_BELOW_CLOSED = ("以下", "以内", "不超过", "不多于", "不高于")
_ABOUT = ("大约", "约", "左右", "上下")
# hedge words that come before a figure, longest first so 将近 is not read as 将 + 近
_HEDGE_WORDS = tuple(sorted({*_NEAR, *_ABOVE_OPEN, *_ABOVE_CLOSED, *_BELOW_OPEN, *_BELOW_CLOSED,
                             "大约", "约"} - {"以上", "以下"}, key=len, reverse=True))
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Interval:
    lo: Decimal
    hi: Decimal
    lo_open: bool = False
    hi_open: bool = False

    def contains(self, other: "Interval") -> bool:
        if other.lo < self.lo or (other.lo == self.lo and self.lo_open and not other.lo_open):
            return False
        if other.hi > self.hi or (other.hi == self.hi and self.hi_open and not other.hi_open):
            return False
        return True


def fmt(value: Decimal | None) -> str:
    """A Decimal as a clerk writes it: 12, 99.26, 8.76 (no exponent, no trailing zeros)."""
    return "" if value is None else format_value(value)


def fact_text(f: Fact) -> str:
    """400余件, 近2000件, 99.26%: a fact written the way the report would write it."""
    return quantity(f.value, f.unit, f.approx)


# 公职律师人数力争由目前的35名增至70名: the figure a plan starts from, and the move to its end
START_OF_A_PLAN = re.compile(r"[由从](?:目前|现在|现有|当前|年初|今年|本年|上年|去年)?的?$")
PLANNED_RISE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:增至|增加到|增加至|提高到|提高至|提升到|提升至|扩大到|扩大至|增长到"
                          r"|增长至|升至|达到|降至|降低到|减少到|压减至|压缩至)")


def off_its_fact(quote: str, m: Mention, f: Fact) -> str:
    """The clerk's message for a figure that should have been ``f``'s value."""
    return f"“{quote}”中的{fmt(m.value)}与事实「{f.label}」（{fact_text(f)}）不符，请核对"


def unit_written_otherwise(m: Mention, f: Fact) -> str:
    """The clerk's note for a figure of ``f``'s value whose measure word is not the sheet's."""
    return f"“{m.text}”按事实「{f.label}」（{fact_text(f)}）核对：数值相符，单位写法不同，请确认"


def _step(value: Decimal) -> Decimal:
    """The size of the last significant digit: 400 -> 100, 135 -> 1, 17.8 -> 0.1."""
    if value == 0:
        return Decimal(1)
    sign, digits, exp = value.normalize().as_tuple()
    return Decimal(1).scaleb(exp)


def written_ulp(m: Mention) -> tuple[Decimal, Decimal]:
    """(ulp, step) of the number as written, in the mention's own value units.

    17.8万人次 is written to 0.1万, so its ulp is 1000; 400余件 has a step of 100.
    """
    value = m.value
    hit = _ARABIC.search(m.text)
    if hit and value is not None:
        written = Decimal(hit.group())
        if written != 0:
            scale = value / written
            decimals = -written.as_tuple().exponent if "." in hit.group() else 0
            ulp = Decimal(1).scaleb(-decimals) * scale
            return ulp, _step(written) * scale
    return Decimal(1), _step(value) if value is not None else Decimal(1)


def whole_and_exact(m: Mention) -> bool:
    """A whole count written in full (2643件, 9730个工作日, 十二项) rounds nothing, so its figure is
    exact; 1.52万件 and a whole rate (96%) are rounded."""
    return not m.approx and written_ulp(m)[0] == 1 and normalize_unit(m.unit) not in PERCENT_UNITS


def _markers(approx: str | None) -> str:
    return approx or ""


def _interval(value: Decimal, approx: str | None, ulp: Decimal, step: Decimal,
              percent: bool) -> Interval:
    """What a written figure claims about the true value."""
    a = _markers(approx)
    prefix = a.replace("余", "").removesuffix("多")
    if prefix and prefix != a and a != "多达":
        # 近3000余人, 超3000余人次: a hedge written twice claims what either one claims
        first = _interval(value, prefix, ulp, step, percent)
        second = _interval(value, a[len(prefix):] or "余", ulp, step, percent)
        return _hull(first, second)
    for word in _HEDGE_WORDS if len(a) >= 2 else ():      # most figures carry no hedge, or one
        if a.startswith(word) and a != word and a[len(word):].startswith(_HEDGE_WORDS):
            # 超过近50%: two hedge words stacked claim what either one claims
            return _hull(_interval(value, word, ulp, step, percent),
                         _interval(value, a[len(word):], ulp, step, percent))
    half = ulp / 2
    if a == "前":
        return Interval(Decimal(1), value)             # 位列全省前五: any place from 1 to 5
    if "余" in a or (a.endswith("多") and not a.startswith("多达")):
        return Interval(value, value + step, True, True)
    if any(a.startswith(p) for p in _NEAR):
        return Interval(value * Decimal("0.95"), value, False, True)
    # open-ended claims stay within one step of their bound: 超过99% fits 99.26%, but a fact of
    # 99.26% does not make "超过89%" right; the clerk would have written the closer figure
    cap = value + step
    if percent and value < HUNDRED:
        cap = min(cap, HUNDRED)
    floor = value - step
    if any(a.startswith(p) for p in _ABOVE_OPEN):
        return Interval(value, cap, True, False)
    if any(p in a for p in _ABOVE_CLOSED):
        return Interval(value, cap, False, True)
    if any(a.startswith(p) for p in _BELOW_OPEN):
        return Interval(floor, value, True, True)
    if any(p in a for p in _BELOW_CLOSED):
        return Interval(floor, value, True, False)
    if any(p in a for p in _ABOUT):
        return Interval(value * Decimal("0.95") - half, value * Decimal("1.05") + half)
    return Interval(value - half, value + half)


def _hull(a: Interval, b: Interval) -> Interval:
    lo, lo_open = min((a.lo, a.lo_open), (b.lo, b.lo_open))
    hi, hi_open = max((a.hi, not a.hi_open), (b.hi, not b.hi_open))
    return Interval(lo, hi, lo_open, not hi_open)


def mention_interval(m: Mention, value: Decimal | None = None) -> Interval:
    """The mention's claim, in base units (元 for money)."""
    value = m.value if value is None else value
    ulp, step = written_ulp(m)
    percent = m.unit == "%"
    if m.kind == "fraction":
        # 1/3 and 近2/3 are compared as percentages, to the nearest whole percent; 万分之4.52 is
        # a decimal written out, as exact as its digits
        ulp = _per_mille_ulp(m.text) or Decimal(1)
        return _interval(value * HUNDRED, m.approx, ulp, ulp, True)
    iv = _interval(value, m.approx, ulp, step, percent)
    if m.kind == "range":
        iv = Interval(value - ulp / 2, value + ulp / 2)
    factor = to_base(Decimal(1), m.unit)[0] if m.unit else Decimal(1)
    return Interval(iv.lo * factor, iv.hi * factor, iv.lo_open, iv.hi_open)


_PER_POWER = re.compile(r"(?P<den>千|万|十万|百万)分之(?P<num>\d+(?:\.(?P<dec>\d+))?|[^\d]+)")
_POWERS = {"千": Decimal(1000), "万": Decimal(10000), "十万": Decimal(100000), "百万": Decimal(1000000)}


def _per_mille_ulp(text: str) -> Decimal | None:
    """千分之三, 万分之4.52: the written step, in percent (0.01 for 万分之4.52), or None."""
    m = _PER_POWER.search(text)
    if not m:
        return None
    digits = len(m.group("dec") or "") if m.group("num")[0].isdigit() else 0
    return HUNDRED / _POWERS[m.group("den")] / (Decimal(10) ** digits)


def fact_interval(f: Fact, *, as_percent: bool = False) -> Interval:
    """What the clerk knows: a point, or a band when the fact itself is approximate."""
    value = f.value
    unit = normalize_unit(f.unit)
    if as_percent and unit != "%":
        value = value * HUNDRED
    if f.approx:
        iv = _interval(value, f.approx, Decimal(0), _step(value), unit == "%")
    else:
        iv = Interval(value, value)
    factor = Decimal(1) if as_percent else to_base(Decimal(1), unit)[0]
    return Interval(iv.lo * factor, iv.hi * factor, iv.lo_open, iv.hi_open)


_RATIO_LABEL = re.compile(r"(?:比例|比率|比重|占比|率)(?:目标)?$")


def comparable(m: Mention, f: Fact) -> bool:
    """Whether the fact measures what the mention measures."""
    funit = normalize_unit(f.unit)
    if f.approx == "前":
        return m.kind == "rank"          # a place (前十) is compared with places only, not 100个
    if m.approx == "前" and (f.approx or not _PLACE_LABEL.search(f.label)):
        return False                     # 进入全市前六 is no 在编执法人员 (不足6名): a band of places
    if m.kind == "rank" and funit not in ("", "名", "位", "等奖", "等"):
        return False                     # 排名中部第一 is a place, not 连续第一的年数 (2年)
    if m.kind == "rank" and funit in ("名", "位") and not _PLACE_LABEL.search(f.label):
        return False                     # 位列第三 is no 每村法律明白人 (不少于3名): 名 counts people too
    if m.kind != "rank" and not funit and _PLACE_LABEL.search(f.label) and not _SHARE_OR_COUNT_LABEL.search(f.label):
        return False                     # 体现出了四个… is no 民调排名 (1): a place is stated as a place
    if m.kind == "percent" and funit == "" and ("成" in m.text or "半" in m.text):
        return True                      # 近五成, 半数左右 and a fraction kept as 0.5
    if not funit and m.unit and m.kind in ("count", "money", "duration") and _RATIO_LABEL.search(f.label):
        return False                     # 19.3万平方米 is no 存量违法建设减少比例 (1/3): a ratio has no unit
    if m.kind == "fraction":
        return funit in ("%", "")
    if m.kind == "percent":
        return funit == normalize_unit(m.unit) or (funit == "成" and normalize_unit(m.unit) == "%")
    if funit in ("%", "个百分点", "成"):
        return False
    place = counted_noun(m.unit) if m.kind == "count" else None
    if place and set(place) & _PLACE_CHARS and funit != place and not _names_a_place(f.label):
        return False                     # 在3市8县试点 is no 《市县法治建设案例选编》的典型案例 (4个)
    return same_measure(m.unit, f.unit)


_TITLE = re.compile(r"《[^》]*》")
_PLACE_LABEL = re.compile(r"排名|名次|位次|排位|位列|等次|等级|等奖")
_PLACE_CHARS = set("地市县区省州镇乡村街")
# 获评优秀等次人数占参评人员比例上限: a share (or a count) of those in a grade, not the grade
_SHARE_OR_COUNT_LABEL = re.compile(r"比例|比率|比重|占比|人数|个数|数量")


def _names_a_place(label: str) -> bool:
    """A count of places (3市, 长三角四地) is a fact about places: its label, less any cited
    title, names one (试点的市, 长三角合作城市); 方面 or 部委 counted directly need no such word."""
    return any(ch in _PLACE_CHARS for ch in _TITLE.sub("", label))


def consistent_with(m: Mention, f: Fact) -> bool:
    """The figure is one of the values a hedged fact allows (第9位 and 前十, 1950件 and 近2000件):
    whatever it states, it does not contradict that fact, so it cannot be that fact's figure
    put in the wrong place."""
    if not f.approx or m.value is None:
        return False
    value = to_base(m.value, m.unit)[0]
    return fact_interval(f).contains(Interval(value, value))


def exact_money(m: Mention, f: Fact) -> bool:
    """Money is stated exactly: 2468000元 = 246.8万元 = 246.80万元 = 0.02468亿元, and nothing
    rounded (247万元) unless the report says so (约247万元)."""
    return m.kind == "money" and not m.approx and not f.approx


def same_hedge(a: str | None, b: str | None) -> bool:
    """近 and 接近 (and 将近) are one hedge: 出庭应诉率接近六成 against a row written 近六成."""
    return a == b or (a in _NEAR and b in _NEAR)


def hedged_as_written(m: Mention, f: Fact) -> bool:
    """4000多件 and a fact written 4000, 多: the clerk gave this hedged figure as its own row, so it
    is what the text states, not a rounding of another fact that 4000多 also covers (4714件)."""
    if not m.approx or not same_hedge(f.approx, m.approx) or m.value is None:
        return False
    if m.unit == "%" and not normalize_unit(f.unit):
        return m.value == f.value * HUNDRED          # 超八成 and a fact of 0.8, 超
    return to_base(m.value, m.unit)[0] == to_base(f.value, f.unit)[0]


def rounds_to(m: Mention, f: Fact) -> bool:
    """The figure is the fact rounded to the digits written (247万元 for 2468000元)."""
    return comparable(m, f) and mention_interval(m).contains(fact_interval(f))


def same_order(m: Mention, f: Fact) -> bool:
    """Within a factor of ten, or both ten at most (0宗 written 1宗): how far a slip or a wrong
    word for the figure could stray."""
    a, b = to_base(m.value, m.unit)[0], to_base(f.value, f.unit)[0]
    if a < 0 or b < 0:
        return False
    return max(a, b) <= 10 or (a > 0 and b > 0 and max(a, b) <= 10 * min(a, b))


def supports(m: Mention, f: Fact, value: Decimal | None = None) -> bool:
    if not comparable(m, f):
        return False
    if exact_money(m, f):
        return to_base(m.value if value is None else value, m.unit)[0] == to_base(f.value, f.unit)[0]
    if m.approx == "前" and f.approx == "前":
        # the clerk's fact says 前五 and so must the report: 前六 is true of it but is not it
        return (m.value if value is None else value) == f.value
    if m.kind == "fraction" and m.approx and m.approx == f.approx and (funit := normalize_unit(f.unit)) in ("", "%"):
        # 减少2/3以上 and a fact of 0.6666…以上: the fraction and its bound as the clerk wrote them
        point = f.value * (HUNDRED if funit == "" else 1)
        return abs((m.value if value is None else value) * HUNDRED - point) < Decimal("0.01")
    if normalize_unit(f.unit) == "番" and m.approx and same_hedge(m.approx, f.approx):
        # 翻一番以上 and a row of 1番以上: the same bound in the clerk's unit, whose steps are doublings
        return to_base(m.value if value is None else value, m.unit)[0] == to_base(f.value, f.unit)[0]
    claim = mention_interval(m, value)
    known = fact_interval(f, as_percent=m.kind == "fraction" or (m.kind == "percent" and normalize_unit(f.unit) == ""))
    if m.kind == "fraction" and f.approx and any(p in f.approx for p in _ABOUT):
        # 1/4 is itself a rounded way of saying "about a quarter": it fits 约25%
        point = f.value * (HUNDRED if normalize_unit(f.unit) != "%" else 1)
        known = Interval(point, point)
    return claim.contains(known)


# -- labels ------------------------------------------------------------------------------

def han(text: str) -> str:
    """The Han characters of ``text``: what label words and clause words are made of."""
    return "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")


def same_year_words(text: str) -> str:
    """去年 and 上一年 say what 上年 says: a label (可办事项（上年）) and a clause (由去年的69项)
    are compared in one wording."""
    return text.replace("去年", "上年").replace("上一年", "上年") if "去年" in text or "上一年" in text else text


_YEAR_IN_LABEL = re.compile(r"(?:19|20)\d{2}\s?年度?")


def bigrams(text: str) -> set[str]:
    # Han characters only: digits in a label ("2012年取缔…") would match any year nearby; the
    # year goes whole, or its 年 joins the next word (2021年审查 would match 全年审查 by 年审)
    joined = han(_YEAR_IN_LABEL.sub("", same_year_words(text)))
    return {joined[i:i + 2] for i in range(len(joined) - 1)} or ({joined} if joined else set())


# Verbs of doing anything (开展, 组织, 完成): a short facts sheet may have them in one label only,
# which makes them look rare, but they say nothing about which figure a clause states.
GENERIC_GRAMS = frozenset("开展 组织 举办 完成 推进 实施 落实 全年 累计 共计 工作 进行 持续 积极 深入 加强 全面".split())
_GENERIC_WEIGHT = 0.3


_CODE = re.compile(r"(?<![A-Za-z\d.])\d[A-Za-z]+|[A-Za-z]+(?:\d+(?:\.\d+)?)?|[Ⅰ-Ⅻ][Ⅰ-Ⅻ~～—-]*")


def codes(text: str) -> set[str]:
    """PM2.5 and PM10, Ⅰ~Ⅲ类 and Ⅰ~Ⅱ类, 5A级 and 4A级: Latin codes and Roman classes tell labels
    apart that their Han words do not, so they count as words of a label (compared in lower case)."""
    return {c.lower() for c in _CODE.findall(text)}


NO_QUOTES = str.maketrans("", "", "“”‘’\"'「」『』")
_SHORT_ASIDE = re.compile(r"[（(]([^（()）]{1,12})[）)]")


def aside_opened(words: str) -> str:
    """县（市、区） as 县市区: a label's bigrams are of its Han characters only, so a short aside in
    the clause is read without its brackets and 、 as well."""
    if "（" not in words and "(" not in words:
        return words
    return _SHORT_ASIDE.sub(lambda m: m.group(1).replace("、", ""), words)


class LabelIndex:
    """Bigrams of each fact's label, weighted by how rare they are among the labels."""

    def __init__(self, facts: list[Fact]):
        self.grams = {id(f): bigrams(f.label) | codes(f.label) for f in facts}
        # summed in one fixed order: a set's order changes with the hash seed, and with it the
        # last bits of a float sum, which decided ties between two labels differently per run
        self._ordered = {key: tuple(sorted(grams)) for key, grams in self.grams.items()}
        # only a label with a code (pm2.5) needs the clause in lower case
        self.has_codes = any(codes(f.label) for f in facts)
        df: dict[str, int] = {}
        for grams in self.grams.values():
            for g in grams:
                df[g] = df.get(g, 0) + 1
        n = max(len(facts), 1)
        self.idf = {g: math.log(1 + n / c) * (_GENERIC_WEIGHT if g in GENERIC_GRAMS else 1) for g, c in df.items()}

    def score(self, f: Fact, before: str, after: str, *, exclude: set[str] | None = None) -> float:
        total = 0.0
        # 评价结果为“优”的12个: a label's words are read without its quotes (…为“良”的项目 gives 良的),
        # so the clause's are too
        before, after = same_year_words(before).translate(NO_QUOTES), same_year_words(after).translate(NO_QUOTES)
        before, after = aside_opened(before), aside_opened(after)
        if self.has_codes:
            before, after = before.lower(), after.lower()      # the codes are kept in lower case
        for g in self._ordered[id(f)]:
            if exclude and g in exclude:
                continue
            if g in before:
                total += self.idf[g]
            elif g in after:
                total += 0.8 * self.idf[g]
        return total


# a clause that sets the topic of the figures after it by a cited title (关于落实《…条例》相关
# 法律责任) or by the contest they were won in (在全市农民工返乡创业示范项目评比中，…获市级一等奖)
_TOPIC_CLAUSE = re.compile(r"(?:(?<=[，,。；;：:\n])|^)(?:其中)?(?:(?:关于|对于|针对)[^，,。；;：:\n\d]{0,8}《[^》\d]{2,30}》[^，,。；;：:\n\d]{0,12}"
                           r"|在[^，,。；;：:\n\d]{2,30}(?:评比|评选|考核|考评|竞赛|比赛|大赛|评估)中)")


# 补贴2194笔、资金2968万元: a noun that says only which measure of the same item follows
_MEASURE_NOUN = re.compile(r"资金|金额|涉案金额|涉及金额|面积")


# 312家企业中的247家, 15个社区中有4个: what links a whole to the part taken from it (read by
# _parts between two figures, and by _rival on a whole's clause tail)
TAKEN_FROM = r"之?中(?:的|有)"


# what stands between a streak and the figure it keeps: 连续三年保持100%, 连续5年均为0
_HELD_FOR = re.compile(r"(?:保持|稳定|维持|均|都|始终)?(?:在|为|达到?)?")


def _is_a_streak(text: str, m: Mention) -> bool:
    return m.kind == "duration" and normalize_unit(m.unit) == "年" and text.endswith("连续", 0, m.start)


def _second_measure_of(text: str, mentions: list[Mention], i: int, prev: int | None) -> bool:
    """Whether mention i is a second measure of the figure right before it, joined by a 、 alone
    or by a 、 and the measure's own noun (226处、62301.03平方米, 补贴2194笔、资金2968万元; 查处案件
    12件、罚没款30万元 is not: 罚没款 is a thing of its own)."""
    if prev is None:
        return False
    m, p = mentions[i], mentions[prev]
    between = text[p.end:m.start]
    return between[:1] == "、" and (len(between) == 1 or bool(_MEASURE_NOUN.fullmatch(between[1:]))) \
        and bool(m.unit) and bool(p.unit) and not same_measure(m.unit, p.unit)


def contexts(text: str, mentions: list[Mention], i: int,
             named_by: Callable[[int], str | None] | None = None) -> tuple[str, str]:
    """The clause before a mention (back to the previous number) and a few characters after.

    ``named_by(k)`` gives the label of the fact the earlier figure k was found to state: a bare
    share (维持决定1691件，占比61.4%) is the share of that fact, named as the clerk names it."""
    m = mentions[i]
    named = _bracketed_label(text, m)
    if named:
        return named, text[m.end + 1:m.end + 13]
    prev = next((k for k in range(i - 1, -1, -1) if mentions[k].needs_fact), None)
    floor = mentions[prev].end if prev is not None else 0
    start = m.start
    skipped = 0
    clause_start = None                      # found only when a 、 is met
    read_past: list[tuple[int, int]] = []
    if start > 0 and text[start - 1] in "：:" and start - 1 > floor:
        # 网站注册用户数：14103人: the words before a colon right before the figure name it
        start -= 1
        read_past.append((start, start + 1))
    while start > 0 and m.start - start - skipped < 30:
        aside = _bracket_open(text, start - 1) if text[start - 1] in "）)" else None
        if aside is not None:
            # 其中优质水（Ⅰ~Ⅱ类）比例77.1%: a short aside inside the words before the figure is part
            # of what it names, as after it (18个县（市、区）)
            start = aside
            continue
        gloss = _bracket_open(text, start - 1, reach=_GLOSS_REACH) if text[start - 1] in "）)" else None
        if gloss is not None and gloss >= floor:
            # 终止（以调解或撤回行政复议申请等方式结案）32件: a gloss on the words before it is read
            # past, its 、 do not end the clause, and its words (行政复议申请) are not the name
            skipped += start - gloss
            read_past.append((gloss, start))
            start = gloss
            continue
        if text[start - 1] == "、" and clause_start is None:
            clause_start = clause_start_before(text, m.start)
        if text[start - 1] in _CLAUSE_STOP and not (text[start - 1] == "、" and floor <= clause_start):
            # 判决撤销、变更或者确认违法0宗: a 、 in a clause with no figure before this one joins
            # the words of one name; 组织15名干部参加考试、32名干部… keeps its 、 as a stop
            break
        opening = text.rfind("“", max(0, start - 41), start - 1) if text[start - 1] == "”" else -1
        if opening >= 0:
            # 区法院获“维护国防利益和军人军属合法权益工作先进单位”等市级以上荣誉42项: a quoted name
            # is one word, however long; the subject before it is still the clause's
            skipped += start - opening - 2
            start = opening
            continue
        start -= 1
    cut = max(start, floor) if floor <= m.start else start
    before = _without_spans(text, cut, m.start, read_past)
    if (not han(before) or _MEASURE_NOUN.fullmatch(before)) and _second_measure_of(text, mentions, i, prev):
        # 拆除存量违建226处、62301.03平方米: the area measures what the count before it counts,
        # so it is named by that count's words (and by its own measure noun, 资金, if any)
        before = contexts(text, mentions, prev)[0] + han(before)
    elif prev is not None and _HELD_FOR.fullmatch(before) and _is_a_streak(text, mentions[prev]):
        # 行政执法“三项制度”落实率连续三年保持100%: the streak says how long the rate was held;
        # the rate is named before it
        before = contexts(text, mentions, prev)[0] + before
    elif start > 0 and text[start - 1] == "、" and clause_start is not None and floor > clause_start:
        # 废止地方性法规11部、省政府规章13部: the verb that opens a list of counts is each item's
        verb = _LIST_VERB.match(text, clause_start)
        if verb and verb.end() <= floor:
            before = verb.group() + "\x00" + before
    if len(han(before)) < 2:
        # the whole clause, less the figures in it: in 细分为七方面21个 the 方面 belongs to 七
        before = _without_figures(text, mentions[:i], start, m.start)
    if _only_change_words(before) and cut > 0 and text[cut - 1] in "（(":
        # 案件类警情（同比下降21.9%）: the change of what the bracket hangs from
        head = cut - 1
        while head > 0 and text[head - 1] not in _CLAUSE_STOP and cut - 1 - head < 20:
            head -= 1
        before = text[max(head, floor):cut - 1] + before
    elif (_only_change_words(before) or _only_share_words(before)) and floor and floor <= m.start:
        # 办理案件1616.85万宗，同比上升11.67%: a bare 同比上升 is about the figure before it, so
        # that figure's words are this one's subject too
        label = named_by(prev) if named_by and _only_share_words(before) else None
        between = _clause_between(text, floor, cut)
        if between:
            # 法人服务事项738项，一窗通办事项应纳尽纳，占比达90%: a clause of words stands between
            # the figure before and this one; it, not that figure, is what the share is of
            before = between + before
        elif label and YEAR_IN.search(before):
            # 2022年占比为33.18%，2023年占比39.77%: the same subject in another year; the label
            # gives the subject, the clause its own year
            before = YEAR_IN.sub("", label) + before
        elif label:
            # 直接纠正（含撤销、…）行政机关决定46件，占比1.78%: the clause before 46 lost
            # 直接纠正 to the bracket; the fact 46 states names it whole
            before = label + "占比"
        else:
            before = contexts(text, mentions, prev)[0] + before
    topic = _TOPIC_CLAUSE.search(text, max(floor, 0, cut - 60), cut) if cut > 0 and text[cut - 1] in "，," else None
    if topic is not None and topic.end() == cut - 1:
        # 关于落实《天津市文明行为促进条例》相关法律责任，行政处罚4起: the clause before, with no
        # figure of its own, says whose figure this is
        before = topic.group() + "\x00" + before
    if m.kind == "rank" and floor and cut == floor and _RANKED_AMONG.match(before):
        # 在西部区域16个城市排名第4位: a place among the figure before it, whose words (西部区域)
        # say which ranking it is
        before = contexts(text, mentions, prev)[0] + before
    subject = _subject_of_from_to(text, mentions, i, prev)
    sum_after_noun = _PREV_NOUN_THEN_SUM.match(before) if floor and floor == cut else None
    if subject is not None:
        before = subject + _side_of_change(subject, after_change=True)
    elif (change := _starts_a_change(text, mentions, i)):
        before = before + _side_of_change(change, after_change=False)
    elif sum_after_noun:
        # 55家单位申报33个类别共81个项目: 类别 is what 33 counts; 81 shares the clause's subject
        # (单位申报) and its own noun, after it
        before = contexts(text, mentions, prev)[0] + sum_after_noun.group("link")
    ceiling = next((n.start for n in mentions[i + 1:] if n.needs_fact), len(text))
    end = m.end
    marks = 0                                # the aside's own marks take none of the reach
    while end < len(text) and end < ceiling and end - m.end - marks < 12:
        if text[end] in "（(":
            # 18个县（市、区）被命名为…: a bracket inside the counted noun's name is part of it
            close = bracket_close(text, end)
            if close is None or close >= ceiling:
                break
            marks += len(_ASIDE_MARKS.findall(text, end, close + 1))
            end = close + 1
            continue
        kind_at = _past_the_examples(text, end, ceiling)
        if kind_at is not None:
            marks += kind_at - end           # the examples take none of the reach
            end = kind_at
            continue
        if text[end] in _CLAUSE_STOP:
            break
        end += 1
    partitive = _PARTITIVE_AFTER.match(text, m.end, end)
    if partitive and ceiling < len(text) and not any(c in _CLAUSE_STOP for c in text[partitive.end():ceiling]):
        # 20个乡镇中涉边乡镇有10个: the words after 中 name the part counted next, not this whole
        end = partitive.end() - 1
    # the label says 县（市、区） as the report does, but its words are matched without the marks
    return before, _ASIDE_MARKS.sub("", text[m.end:end])


_EXAMPLES_THEN_KIND = re.compile(r"(?:、[\u4e00-\u9fff]{1,8}){1,4}等(?=[\u4e00-\u9fff])")


def _past_the_examples(text: str, end: int, ceiling: int) -> int | None:
    """6处古城墙、古桥等重点文物加装…: at the 、 after a figure's first example, where the kind after
    等 begins (it is what the figure counts), or None."""
    examples = _EXAMPLES_THEN_KIND.match(text, end) if text[end] == "、" else None
    return examples.end() if examples is not None and examples.end() < ceiling else None

# the whole a part is taken from: 20个乡镇中, 受理的案件中 (not 调解中心, 中队, 中小企业)
_PARTITIVE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?中(?![心队学小级院央国医华期午间标药文外部型层共途])")


_ASIDE_MARKS = re.compile(r"[（）()、]")
_RANKED_AMONG = re.compile(r"[\u4e00-\u9fff]{0,6}?中?(?:排名|排位|位列|位居|名列)$")
_TAIL_SPAN = 40


def clause_tail(text: str, mentions: list[Mention], i: int) -> str:
    """The rest of a mention's clause, up to the next figure: where a long counted noun ends.

    举办了27期学习贯彻党的二十大精神推动高质量发展系列讲座 names what it counts at the far end of
    the noun, past the few characters ``contexts`` looks at; the fact with this value is
    named there, and that is support enough against a word the near window shares with
    another label."""
    m = mentions[i]
    ceiling = next((n.start for n in mentions[i + 1:] if n.needs_fact), len(text))
    end = m.end
    while end < min(ceiling, m.end + _TAIL_SPAN):
        kind_at = _past_the_examples(text, end, ceiling)
        if kind_at is not None:
            end = kind_at
            continue
        if text[end] in _CLAUSE_STOP:
            break
        end += 1
    # the mark that ends the clause is kept: it tells a noun that ends here from one cut short
    stop = text[end] if end < len(text) and text[end] in _CLAUSE_STOP else ""
    return _ASIDE_MARKS.sub("", text[m.end:end]) + stop


def clause_predicate(text: str, mentions: list[Mention], i: int) -> str:
    """What a clause of stacked counts says of them all, after its last figure, or "".

    旗本级43个部门1740项事项实现“一站式”办理: the words that tell this clause from the next one
    (“一站式” vs “综合一窗受理”) come after 1740, past the noun 43 counts."""
    m = mentions[i]
    end = m.end
    last = None
    for n in mentions[i + 1:]:
        if not n.needs_fact:
            continue
        gap = text[end:n.start]
        if n.start - end > _TAIL_SPAN or any(ch in _CLAUSE_STOP for ch in gap):
            break
        last, end = n, n.end
    if last is None:
        return ""
    stop = end
    while stop < len(text) and stop - end < 20 and text[stop] not in _CLAUSE_STOP:
        stop += 1
    return text[end:stop]


def sentence_picks(f: Fact, g: Fact, sentence: str, index: LabelIndex) -> bool:
    """Of two facts a figure's clause names alike, the sentence's words fit ``f`` clearly better:
    林木种苗管理站执法岗位设置1个，执法人员4人, where 执法人员 fits both stations' staff."""
    if not sentence:
        return False
    ours, theirs = index.score(f, sentence, ""), index.score(g, sentence, "")
    return ours >= 2 * theirs and ours - theirs >= 1.0


def named_last(f: Fact, g: Fact, before: str) -> bool:
    """Of two facts alike but for their subject, the one whose own words stand last before the
    figure: in 收到人大意见、政协提案共31件，其中，人大意见11件，主办7件 the 主办 is the 人大意见's,
    though both subjects stand in the sentence."""
    ours, theirs = bigrams(f.label) - bigrams(g.label), bigrams(g.label) - bigrams(f.label)
    text = same_year_words(before)
    last = lambda grams: max((text.rfind(w) for w in grams), default=-1)
    return last(ours) > last(theirs)


def bracket_close(text: str, start: int, reach: int = 8) -> int | None:
    """The closing bracket of the bracket opened at ``start`` within ``reach`` characters: a
    short aside such as （市、区） by default; None when a sentence or another bracket comes first."""
    for k in range(start + 1, min(len(text), start + reach)):
        if text[k] in "）)":
            return k
        if text[k] in "。；;！？!?\n（(":
            return None
    return None


def _clause_between(text: str, floor: int, cut: int) -> str:
    """The clause that ends right before ``cut`` when it lies wholly after ``floor`` (the end of
    the figure before) and has words of its own, else ""."""
    if cut < 1 or text[cut - 1] not in _CLAUSE_STOP:
        return ""
    k = cut - 1
    while k > floor and text[k - 1] not in _CLAUSE_STOP:
        k -= 1
    if k <= floor:
        return ""
    clause = text[k:cut - 1]
    return clause if len(han(clause)) >= 4 else ""


_GLOSS_REACH = 40


def _without_spans(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """text[start:end] less the spans (start, end) that lie inside it."""
    out, k = [], start
    for a, b in sorted(spans):
        if a >= k and b <= end:
            out.append(text[k:a])
            k = b
    out.append(text[k:end])
    return "".join(out)


def _bracket_open(text: str, close: int, reach: int = 8) -> int | None:
    """The opening bracket of an aside that ends at ``close`` within ``reach`` characters (a short
    one by default), or None."""
    for k in range(close - 1, max(-1, close - reach), -1):
        if text[k] in "（(":
            return k
        if text[k] in "。；;\n）)":
            return None
    return None


_REACHED_STATE = re.compile(r"(?:到|至|为)\s*$")
_PERIOD_WORDS = re.compile(r"(?:19|20)\d{2}年?度?|上年度?|去年|上一年度?|同期|前年|本年度?|今年|全年|当年")


def reached_state(before: str) -> bool:
    """减少到 / 提高至 / 下降为: the figure after it is where the measure ended up."""
    return bool(_REACHED_STATE.search(before))


def same_thing(a: Fact, b: Fact) -> bool:
    """Two facts a 同比 change or a difference can be computed from measure one thing (收到复议
    申请 and 2022年收到复议申请, 市级 and 县级执行的许可事项), not two (其他类案件 and 纠错案件)."""
    la, lb = _PERIOD_WORDS.sub("", a.label), _PERIOD_WORDS.sub("", b.label)
    if la and lb and (la in lb or lb in la):
        return True
    ga, gb = bigrams(la), bigrams(lb)
    return bool(ga and gb) and len(ga & gb) / len(ga | gb) >= 0.5


_COMPARED_YEAR = re.compile(r"[较比与](?:19|20)\d{2}年度?(?:同期)?(?:相比)?")


def of_two_periods(before: str, a: Fact, b: Fact) -> bool:
    """县级86个，分别较2015年增加…62个 where 86−24 is 县级 less 市级: a change from a year the clause
    names is between two periods, so one of the two facts must be of another period (2015年,
    上年) than the other; two facts of the one year (市级 and 县级) give no such change."""
    if not _COMPARED_YEAR.search(before):
        return True
    return bool(_PERIOD_WORDS.search(a.label) or _PERIOD_WORDS.search(b.label))


def without_compared_year(label: str) -> str:
    """律师人数较2022年增长率 -> 律师人数增长率: the year a change is measured from, taken out."""
    return _COMPARED_YEAR.sub("", label)


def _only_change_words(before: str) -> bool:
    """同比上升11.67%: the change of the figure before it. Not 减少到1930个: a figure reached is a
    state of its own, and the words that qualified the earlier one (法定最长) are not its."""
    if _REACHED_STATE.search(before):
        return False
    # 律师17475人，较2022年增长15.78%: a year compared with is a change word as 较上年 is
    rest = _CHANGE_WORDS.sub("", _COMPARED_YEAR.sub("", before))
    return bool(_CHANGE_WORDS.search(before)) and len(han(rest)) < 2


# 占比 / 占评查总数的: a share, whose denominator (评查总数) names no part of what is counted
# (not _check._SHARE_WORDS, which tells a share from a change when a rate is derived)
# 占总事项的97%, 占全部案件的: a base named by 总 or 全部 is the denominator, not the share's subject
_SHARE_ONLY = re.compile(r"占[\u4e00-\u9fff]{0,8}?(?:总数|总量|总额|总和|总人数|总件数|全部)的?|占(?:总|全部)[\u4e00-\u9fff]{1,6}?(?:的|$)"
                          r"|占比|所占比例|占比例|比例|比重|约占|占")


_PREV_NOUN_THEN_SUM = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?P<link>共计|合计|总计|累计|共)\s*$")
# 由3.5天, 从原来的486项, 由平均77项, 由全省第9位: the figure a change starts from
# (由2024年底的21.4%提高至28.8%: the year's end, as 年初 and 上年底 say when the start stood)
FROM_FIGURE = re.compile(r"[由从](?:原来|原先|原有|之前|此前|改革前|过去|上一?年(?:度|底|末)?|去年(?:底|末)?|年初|法定"
                         r"|(?:19|20)\d{2}(?:年(?:度|底|末|初)?|版))?的?"
                         r"(?:平均(?:每[项件个份户人])?|全[国省市区县州])?\s*$")     # 由平均每项11份
_VERB_ONLY = re.compile(_change.any_of(_change.UP, _change.DOWN, _change.NEUTRAL))
_NEUTRAL_TO = re.compile(_change.any_of(_change.NEUTRAL) + r"(?:到|至|为)")
_TO_VERB = re.compile(_change.any_of(_change.UP, _change.DOWN, _change.NEUTRAL, _change.UP_TO_ONLY, _change.DOWN_TO_ONLY)
                      + r"了?(?:到|至|为)\s*$")


def _to_verb_between(between: str) -> re.Match | None:
    """The verb of a 由A调整为B clause, written between its two figures with no clause mark, or
    after a comma that stands right before it (由9730个工作日，压缩到5591个工作日)."""
    verb = _TO_VERB.search(between)
    if verb is None or any(ch in _CLAUSE_STOP for ch in between[verb.start():]):
        return None
    head = between[:verb.start()]
    stops = [ch for ch in head if ch in _CLAUSE_STOP]
    if stops and (stops != [head[-1:]] or head[-1:] not in "，,"):
        return None
    return verb


def _subject_of_from_to(text: str, mentions: list[Mention], i: int, k: int | None) -> str | None:
    """将考核对象由32个市级部门扩展到33个部门: the words between the two figures (市级部门) count
    the first; what the second one measures is the subject before 由, with the verb.

    ``k`` is the figure before mention ``i``. None when the mention is not the second figure
    of such a 由A…到B clause."""
    if k is None:
        return None
    prev = mentions[k]
    between = text[prev.end:mentions[i].start]
    verb = _to_verb_between(between)
    if verb is None:
        return None
    if (opening := FROM_FIGURE.search(text, max(0, prev.start - 12), prev.start)):
        head = opening.start()          # 执法案卷问题率由上年的5.1%下降至2.4%: the subject is before 由
    elif _bare_to_verb(between):
        head = prev.start               # 行政许可事项清单401项调整为400项: a change with no 由
    else:
        return None
    start = head
    while start > 0 and text[start - 1] not in _CLAUSE_STOP and head - start < 30:
        start -= 1
    return text[start:head] + verb.group()


def _bare_to_verb(between: str) -> bool:
    """401项调整为400项: nothing but 调整为 between two figures makes the first the start of the
    change, as 由 does. Not a verb of direction: in 从上年的816件上升到1087件 and 5583个总工作日
    减少到1930个 the first figure's own words already say which side it is, and reading them as
    the change's subject charges the second figure with the first one's label."""
    return bool(_NEUTRAL_TO.fullmatch(between.strip()))


def _starts_a_change(text: str, mentions: list[Mention], i: int) -> str:
    """The verb of a 由A调整为B clause when mention ``i`` is its A, else ""."""
    m = mentions[i]
    nxt = next((n for n in mentions[i + 1:] if n.needs_fact), None)
    if nxt is None:
        return ""
    between = text[m.end:nxt.start]
    if not FROM_FIGURE.search(text, max(0, m.start - 8), m.start) and not _bare_to_verb(between):
        return ""
    verb = _to_verb_between(between)
    return "" if verb is None else verb.group()


def _side_of_change(verb_words: str, *, after_change: bool) -> str:
    """由2344项调整为2730项: the clerk labels the two figures 调整前… and 调整后…, or 原… and 现…;
    the words for the figure's side of the change, added to its clause."""
    verb = _VERB_ONLY.search(verb_words)
    head = verb.group() if verb else ""
    return "\x00" + (head + _AFTER_MARK if after_change else head + _BEFORE_MARK)


_LIST_VERB = re.compile(r"(?:修改|修订|废止|制定|出台|清理|审查|备案|办理|受理|审结|办结|新收|收到|立案|查处|新增|取消|下放"
                        r"|化解|印发)")
_AFTER_MARK = "后现有目前"
_BEFORE_MARK = "前原有原来"


def change_side(before: str) -> str | None:
    """"from" or "to" when ``contexts`` marked the clause as one side of a 由A调整为B change."""
    if before.endswith(_BEFORE_MARK):
        return "from"
    if before.endswith(_AFTER_MARK):
        return "to"
    return None


def _only_share_words(before: str) -> bool:
    """行政强制类共223件，占比20%: a bare 占比 is the share of the figure before it, so that
    figure's words (行政强制类) are this one's too."""
    rest = _SHARE_ONLY.sub("", before)
    return bool(_SHARE_ONLY.search(before)) and len(han(rest)) < 2


def _bracketed_label(text: str, m: Mention) -> str | None:
    """城建拆迁（17.1%）、征收补偿（15.63%）: a figure alone in brackets belongs to the words just
    before the bracket, back to the previous clause mark."""
    if m.start < 2 or text[m.start - 1] not in "（(" or text[m.end:m.end + 1] not in ("）", ")"):
        return None
    end = m.start - 1
    start = end
    while start > 0 and text[start - 1] not in _CLAUSE_STOP and end - start < 30:
        start -= 1
    label = text[start:end]
    return label if len(han(label)) >= 2 else None


def _without_figures(text: str, earlier: list[Mention], start: int, end: int) -> str:
    pieces, pos = [], start
    for n in earlier:
        if n.needs_fact and n.end > pos and n.start < end:
            pieces.append(text[pos:max(pos, n.start)])
            pos = n.end
    pieces.append(text[pos:end])
    return "，".join(pieces)


def statutory(text: str, m: Mention) -> bool:
    """7个工作日内 / 1月30日前: a rule's time limit, not a result."""
    return m.approx == "以内" or bool(_STATUTORY_AFTER.match(text, m.end))


_PERIOD = re.compile(r"上年|去年|上一年|同期|前年|上年度")


def other_period(label: str, context: str) -> bool:
    """A fact about last year (上年受理…) cannot be what a sentence about this year states."""
    return bool(_PERIOD.search(label)) and not _PERIOD.search(context)


_CHANGE_LABEL = re.compile(r"(?:同比|环比|" + _RISE_FALL + r"|增幅|降幅|变化|较上年|比上年|较去年|比去年"
                           r"|前移|后移|进位|退位)"
                           # 能力提升培训班, 质量提升行动: a change word that names an activity, also a
                           # few words before the programme's noun (提升行政执法质量三年行动)
                           # (省级行政权力事项（精简后）: the level a change left, named by its side)
                           # (较上年前进两位 is a change: 前进 and 后退 move)
                           r"(?!培训|行动|工程|活动|年|班|计划|专项|项目|工作|攻坚|三年|后(?![退移])|前(?![进移])"
                           r"|[\u4e00-\u9fff]{1,8}?(?:行动|工程|攻坚|专项行动|实施方案))")


def names_a_change(label: str) -> bool:
    """行政复议案件较上年减少, 受理量同比增长: the fact is a change, not a level."""
    return bool(_CHANGE_LABEL.search(label))


def other_measure(label: str, context: str) -> bool:
    """A fact about a change (新受理案件同比增长) cannot be what a clause without any change word
    states (占受理总数的7.28%): sharing 受理 with it is no evidence of a swap. A change word
    inside an activity's name (参加能力提升培训班的执法人员) makes no change fact. 翻一番 is a
    change (人数翻一番 states 公职律师人数增长目标, 1番)."""
    return names_a_change(label) and not _CHANGE_WORDS.search(context) \
        and not re.search(r"增幅|降幅|变化|连[降升增涨减]|翻了?[一两三四]?番", context)


# the verb of a change right before the figure, with nothing between (增长28.75%): the figure is
# the change itself, not a level reached (提高到95% has 到 between)
CHANGE_VERB_JUST_BEFORE = re.compile(_RISE_FALL + r"了?\s*$")


def level_for_a_change(label: str, before: str) -> bool:
    """The mirror of ``other_measure``: 与上年的1068件相比，增长28.75% states a change, so a fact
    that names none (上年行政复议受理率 87.92%) is no rival for it, whatever 上年 it shares."""
    return bool(CHANGE_VERB_JUST_BEFORE.search(before)) and not names_a_change(label)


YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def other_year(label: str, context: str) -> bool:
    """A fact labelled 2024年需办理复议案件 is not what a clause about 2023 states, though their
    words are the same: label bigrams skip digits, so the year is compared here."""
    own = set(YEAR_IN.findall(label))
    said = set(YEAR_IN.findall(context))
    return bool(own and said) and not own & said


_LAST_YEAR_JUST_BEFORE = re.compile(r"(?:去年|上年|上一年度?)(?:同期)?(?:的|为|是)?$")
_THIS_YEAR = re.compile(r"(?:今年|本年度?)(?!以前|之前|前)")


def with_year_named(before: str, year: int | None) -> str:
    """同比去年91.5%上升4.4个百分点: the figure right after 去年 is last year's value, so the
    clause names that year as 2019年 would; a clause saying 今年 names the report's year (label
    words skip digits, so only the year checks see it)."""
    if year and _LAST_YEAR_JUST_BEFORE.search(before) and not YEAR_IN.search(before):
        return f"{before}\x00{year - 1}"
    if year and _THIS_YEAR.search(before) and not YEAR_IN.search(before):
        # 2018年至2020年…追回医保基金348.75亿元，今年追回88.12亿元: the clause's own 今年 is the
        # report's year, so a fact labelled 2021年1至8月 is its figure, not the three years' before
        return f"{before}\x00{year}"
    return before


_YEAR_JUST_BEFORE = re.compile(r"(?<!\d)((?:19|20)\d{2})年度?(?:同期)?(?:的|为|是|共)?$")


def year_just_before(before: str) -> str | None:
    """2019 in 同比2019年16天: a figure right after a year is that year's value."""
    hit = _YEAR_JUST_BEFORE.search(before)
    return hit.group(1) if hit else None


def names_its_year(label: str, context: str) -> bool:
    """The fact's label names a year the clause names too (2022年收到… and 较2022年558件)."""
    return bool(set(YEAR_IN.findall(label)) & set(YEAR_IN.findall(context)))


def change_context(before: str) -> bool:
    return bool(_CHANGE_WORDS.search(before))


_RISE_WORDS = re.compile(_change.any_of(_change.RISES) + "|多出")
_FALL_WORDS = re.compile(_change.any_of(_change.FALLS) + "|少了")


def change_direction(before: str) -> int:
    """+1 when the words nearest the figure say it rose (同比增长), -1 when they say it fell
    (下降), 0 when they say neither: the sign a 同比 change computed from two facts must have."""
    rise = [m.end() for m in _RISE_WORDS.finditer(before)]
    fall = [m.end() for m in _FALL_WORDS.finditer(before)]
    if not rise and not fall:
        return 0
    return 1 if max(rise, default=-1) > max(fall, default=-1) else -1


_LIST_ITEM_SPLIT = re.compile(r"[、]|(?<=[^\u4e00-\u9fff])[和与及]|[和与及](?=[“\"「《])")
# 涉及假种子、劣种子和未按规定备案经营的: a 和, 与 or 及 inside a word (涉及, 参与, 和解) joins no items
_LIST_ITEM_SPLIT_LOOSE = re.compile(r"、|以及|(?<![涉普危波惠顾提论累以])及(?![时早])|(?<![参给赋授])与"
                                    r"|(?<![调缓温平共总])和(?![解谐睦]|基本)")
_RESPECTIVELY = ("分别", "分列", "分居", "依次")


def _run_start(text: str, mentions: list[Mention], i: int) -> int | None:
    """The start of the run of figures joined by nothing but 、 that holds mention ``i`` (26%、5%),
    or None when it stands alone."""
    stats = [k for k, n in enumerate(mentions) if n.needs_fact]
    if i not in stats:
        return None
    at = stats.index(i)
    first = at
    while first > 0 and text[mentions[stats[first - 1]].end:mentions[stats[first]].start] == "、":
        first -= 1
    last = at
    while last + 1 < len(stats) and text[mentions[stats[last]].end:mentions[stats[last + 1]].start] == "、":
        last += 1
    return mentions[stats[first]].start if last > first else None


def respective_item(text: str, mentions: list[Mention], i: int) -> str | None:
    """In A、B分别为x、y (济南、临沂受理案件分别为3595件、3125件) the k-th figure after 分别
    belongs to the k-th item before it, so that item alone is the words the figure is judged by;
    the other items' words say nothing about it. None when the sentence is not of that shape or
    the items and figures do not pair up one to one."""
    m = mentions[i]
    # 市场监管、开办企业…3个指标分列全国第1、第4、第5: 分列, 分居 and 依次 pair up as 分别 does
    p = max(text.rfind(w, max(0, m.start - 60), m.start) for w in _RESPECTIVELY)
    implicit = p < 0 or any(ch in SENTENCE_STOP or ch in "，," for ch in text[p:m.start])
    if implicit:
        # 办理司法鉴定、仲裁案件同比增长26%、5%: figures set side by side with nothing but 、
        # between them pair with the items before them as after 分别
        p = _run_start(text, mentions, i)
        if p is None:
            return None
    end = p
    while end < len(text) and text[end] not in SENTENCE_STOP and text[end] not in "，,":
        end += 1
    # after 分别 the figures follow the word; side by side, the run starts at the first figure
    figures = [n for n in mentions if n.needs_fact and p + (not implicit) <= n.start < end]
    start = p
    while start > 0 and text[start - 1] not in SENTENCE_STOP and text[start - 1] not in "，,：:" \
            and p - start < 80:
        start -= 1
    subject = text[start:p]
    if implicit and any(n.needs_fact and start <= n.start < p for n in mentions):
        return None          # 从2020年的21.8%、8.4%上升至…的41.5%、24.1%: the items are not named here
    # a span of as many years as figures says what each is, whatever 、 the subject holds
    # (以市、县两级政府及其部门为被告的…分别为402件、436件、415件)
    by_year = _year_of_a_span(text, figures, m, p, subject) if not implicit else None
    if by_year is not None:
        return by_year
    for splitter in (_LIST_ITEM_SPLIT, _LIST_ITEM_SPLIT_LOOSE):
        items = [x for x in splitter.split(subject) if x.strip()]
        pairs = figures
        if not implicit and len(figures) == len(items) + 1 and FROM_FIGURE.search(text, p, figures[0].start):
            # 劳务派遣、人力资源服务许可时限分别由20个工作日压缩至5个工作日和3个工作日: the start
            # is every item's, the figures after it pair up
            if m is figures[0]:
                return None
            pairs = figures[1:]
        if len(items) == len(pairs) > 1:
            k = next(j for j, n in enumerate(pairs) if n is m)
            return items[k]
    pair = _PAIRED_WORDS.search(subject) if not implicit and len(figures) == 2 else None
    if pair is not None:
        # 代表委员对办理结果满意和基本满意率分别为97.3%、96.7%: one word for two parties, in order
        own = pair.group()[:2] if m is figures[0] else pair.group()[2:]
        return subject[:pair.start()] + own + subject[pair.end():]
    if not implicit and "、" not in subject:
        return _item_of_the_clause_before(text, mentions, figures, m, start, text[start:figures[0].start])
    return None


# 代表委员, 建议提案: two parties (人大代表 and 政协委员, 人大建议 and 政协提案) said in one word
_PAIRED_WORDS = re.compile(r"代表委员|建议提案")


def _item_of_the_clause_before(text: str, mentions: list[Mention], figures: list[Mention], m: Mention,
                               start: int, measure: str) -> str | None:
    """其中出厂水480份、管网末梢水864份、二次供水192份，水质达标率分别为100%、99.8%、99.5%: the
    items the figures pair with are the list of the clause before, the measure is this clause's
    (水质达标率分别为, 同比分别减少); the k-th item and the measure are the k-th figure's words. Each
    item must hold one figure of its own, or the 、 do not part the things counted
    (抵押登记、预告登记压缩至2个工作日), unless the measure points back to the list (为上述四类群体),
    when the items hold none."""
    if start == 0 or text[start - 1] not in "，," or m not in figures:
        return None
    head = clause_start_before(text, start - 1)
    spans, at = [], head
    for item in text[head:start - 1].split("、"):
        spans.append((at, at + len(item)))
        at += len(item) + 1
    if len(spans) != len(figures) or len(figures) < 2:
        return None
    said_above = _SAID_ABOVE.search(measure)
    own = 0 if said_above else 1
    if any(sum(1 for n in mentions if n.needs_fact and a <= n.start < b) != own for a, b in spans):
        return None
    a, b = spans[figures.index(m)]
    if said_above:
        # 坚持把军人军属、残疾人、老年人、农民工作为援助重点，为上述四类群体办理案件分别为64件、91件…:
        # 上述 points back to the list, and the group it names is all of them, none one figure's
        measure = measure[:said_above.start()] + measure[said_above.end():]
    return text[a:b] + measure


# 占全部32个部门的96.9%: the share's whole is written right after these words
SHARE_OF_ALL = r"占(?:全部|全|总数|所有)"

# 上述四类群体, 前述单位: the list of the clause before, named as a group
_SAID_ABOVE = re.compile(r"(?:上述|前述|以上)(?:[一二两三四五六七八九十\d]+[类个项种家])?[\u4e00-\u9fff]{0,4}?"
                         r"(?:群体|对象|人员|单位|部门|企业|地区|领域|方面|类别|事项|机构|行业)")

# 2017年至2019年，…审结数分别为402件、436件、415件: one figure for each year of the span
_YEAR_SPAN = re.compile(r"(?P<a>(?:19|20)\d{2})年?度?\s?(?:至|到|—|－|-|~|～)\s?(?P<b>(?:19|20)\d{2})年")


def _year_of_a_span(text: str, figures: list[Mention], m: Mention, p: int, subject: str) -> str | None:
    """The k-th figure after 分别 is the k-th year of a span the sentence opened with, when the span
    has as many years as there are figures: that year and the subject are its words."""
    sentence = max(text.rfind(c, 0, p) for c in SENTENCE_STOP) + 1
    spans = list(_YEAR_SPAN.finditer(text, sentence, p))
    if not spans or len(figures) < 2:
        return None
    a, b = int(spans[-1].group("a")), int(spans[-1].group("b"))
    if b - a + 1 != len(figures):
        return None
    k = next(j for j, n in enumerate(figures) if n is m)
    return f"{a + k}年{subject}"


# 罚款, 罚没款总额, 涉案金额: the noun of the money a count of cases brought in (read by _parts after
# a comma, where it pairs a total's money with its count, and below after a 、)
MONEY_NOUN = r"(?:涉及|涉案)?[\u4e00-\u9fff]{0,3}?(?:款|金额|资金)(?:总额|总计|合计|共计)?(?:为|达|共|计)?"
# 应急管理部门立案112起、罚款367万元: the money a count of cases brought in, after a 、. After a comma
# the money may be the whole field's, not the count's (…价格违法案件…，罚没款4876.25万元 on dev, br06)
_MONEY_OF_THE_COUNT = re.compile("、" + MONEY_NOUN)


def money_of_the_count(text: str, mentions: list[Mention], i: int,
                       named_by: Callable[[int], str | None] | None = None) -> str | None:
    """其中应急管理部门立案112起、罚款367万元，市场监管部门立案48起、罚款96万元: the money right after
    a count is that count's second measure, so the words that name the count (应急管理部门立案) name
    the money too, with its own (罚款). None when the figure is not such money."""
    m = mentions[i]
    prev = next((k for k in range(i - 1, -1, -1) if mentions[k].needs_fact), None)
    if m.kind != "money" or prev is None or mentions[prev].kind != "count" \
            or not _MONEY_OF_THE_COUNT.fullmatch(text, mentions[prev].end, m.start):
        return None
    return contexts(text, mentions, prev, named_by)[0] + contexts(text, mentions, i, named_by)[0]


def paired_change(text: str, mentions: list[Mention], i: int) -> str | None:
    """实施行政处罚案件53件，罚款786.7万元，同比增长51.43%和91.94%: a run of changes after as many
    figures of the sentence pairs with them in order, so the j-th change is named by the j-th
    figure's words. None when the figure is not in such a run or the counts differ."""
    stats = [k for k, n in enumerate(mentions) if n.needs_fact]
    if i not in stats:
        return None
    def joined(a: int, b: int) -> bool:
        between = text[mentions[a].end:mentions[b].start]
        return between in _CHANGE_RUN_JOINS or bool(_CHANGE_RUN_VERB.fullmatch(between))

    at = stats.index(i)
    first, last = at, at
    while first > 0 and joined(stats[first - 1], stats[first]):
        first -= 1
    while last + 1 < len(stats) and joined(stats[last], stats[last + 1]):
        last += 1
    run = stats[first:last + 1]
    head = mentions[run[0]]
    lead = text[clause_start_before(text, head.start):head.start]
    if len(run) < 2 or not _only_change_words(lead.replace("分别", "")):
        return None
    sentence = max(text.rfind(c, 0, head.start) for c in SENTENCE_STOP) + 1
    owners = [k for k in stats[:first] if mentions[k].start >= sentence]
    if len(owners) != len(run):
        return None
    # 复议案件7件、诉讼案件11件，分别较上年减少2件、3件: a change in the figures' own measure
    # pairs with them as a rate does
    if any(mentions[k].unit not in ("%", "个百分点") and not same_measure(mentions[k].unit, mentions[o].unit)
           for k, o in zip(run, owners)):
        return None
    owner = owners[run.index(i)]
    # 分别较上年增长4.2%、下降2.7%: a figure of the run with its own verb changes the other way
    own_verb = _CHANGE_RUN_VERB.fullmatch(text[mentions[stats[at - 1]].end:mentions[i].start]) if at > first else None
    if own_verb:
        lead = _RUN_VERB.sub("", lead) + own_verb.group("verb")
    # 2018年、2019年分别办理3126件、3478件，分别同比增长6.8%、11.3%: the owner's own item names it
    return (respective_item(text, mentions, owner) or contexts(text, mentions, owner)[0]) + lead


# （上年为8件）, （2022年同期为41件）: a note that gives another period's figure (read by _parts and
# _arithmetic after the bracket opens)
OTHER_PERIOD_SAID = r"(?:上年|去年|上一年度?|(?:19|20)\d{2}年)度?(?:同期)?(?:为|是|共|有)"

_CHANGE_RUN_JOINS = frozenset({"、", "和", "及", "与"})
_RUN_VERB = re.compile(_change.any_of(_change.UP, _change.DOWN))
_CHANGE_RUN_VERB = re.compile(rf"[{''.join(sorted(_CHANGE_RUN_JOINS))}](?P<verb>{_RUN_VERB.pattern})")
