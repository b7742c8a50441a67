"""Units and measure words: one table shared by the facts loader, the extractor and the verifier.

A fact of 135万元 and a draft's 1350000元 are the same amount; a fact in 件 and a mention
in 件 with 万 folded in are the same count. ``to_base`` is the one place that decides it.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

# Measure words seen in real reports (DOMAIN.md Part 2 §3), longest first where they overlap.
MEASURE_WORDS = (
    "人次", "场次", "户次", "件次", "车次", "家次", "台次", "架次", "艘次", "起次", "轮次", "期次", "组次",
    "队次", "所次", "人日", "工日",
    # equipment seized or installed in sets (查封扣押违规设施设备12台套): one measure, no 12台
    "台套",
    "课时", "学时", "个工作日", "工作日", "平方米", "平米", "㎡", "平方公里", "公里", "千米", "米",
    # concentrations in environmental reports (PM2.5浓度30微克/立方米)
    "微克/立方米", "毫克/立方米", "毫克/升", "微克每立方米", "毫克每升",
    # blood alcohol (醉驾: 80毫克/100毫升), one measure: the 100 is no figure of its own
    "毫克/100毫升", "毫克/100ml", "mg/100ml", "微克", "毫克",
    "万亿元", "亿元", "千万元", "百万元", "万元", "千元", "元",
    "亿美元", "万美元", "美元", "亿港元", "万港元", "港元", "亿欧元", "万欧元", "欧元",
    "个百分点", "百分点", "倍", "个小时", "个月", "周岁", "岁",
    "件", "项", "次", "人", "名", "个", "场", "份", "条", "家", "部", "本", "期", "批", "班次", "批次",
    "篇", "册", "起", "宗", "户", "所", "座", "处", "台", "辆", "支", "队", "天", "日", "小时", "分钟",
    "月", "年", "周", "轮", "类", "种", "套", "张", "封", "位", "例", "组", "单", "章", "节", "门", "块",
    # a boiler's capacity (10蒸吨以下燃煤锅炉): one measure, no 10蒸
    "蒸吨",
    "亩", "公顷", "吨", "公斤", "千克", "立方米", "间", "栋", "幅", "首", "集", "盏", "棵", "株",
    # classifiers of things seized, filed or handed out (评查案卷120卷, 查获假药30盒): a measure of
    # their own, never 个, so 120卷 is no rival of a fact counted in 个
    "卷", "枚", "面", "只", "头", "瓶", "盒", "箱", "袋", "页",
    # questions in a quiz or a question bank (选编法律知识2000题): 2000题 is no year
    "题",
    # steps of a procedure (两道审核, 12道程序层层把关); 一道 (together) is a word of its own
    "道",
)

# 截获有害生物1846种次, 查验进出境船舶312艘次: a classifier of things with 次 after it counts the
# times each was met, a measure of its own (1846种次 is no 1846种). The inventory is open: any
# classifier below takes it. 名次, 位次 (places in a ranking), 个次要 and 本次 are other words, so
# 名, 位, 个 and 本 are not among them.
_COUNTED_BY_TIMES = "件项场份条家部期批篇起宗户所处台辆支队轮类种套张例组块间栋卷枚只头瓶盒箱袋艘架车船票校村"
MEASURE_WORDS += tuple(w + "次" for w in _COUNTED_BY_TIMES if w + "次" not in MEASURE_WORDS)

# a streak (十一连降, 实现“三连冠”) claims a run of years: a figure even when small and in words,
# and one measure with 年 (连续六年获得第一名，实现了“六连冠”)
STREAK_UNITS = ("连降", "连升", "连增", "连涨", "连冠")

# Spelling variants a clerk may type -> the canonical unit.
_ALIASES = {
    "％": "%", "百分比": "%", "百分点": "个百分点", "percent": "%",
    "人 次": "人次",
    "万 元": "万元", "亿 元": "亿元", "美金": "美元", "港币": "港元", "块钱": "元", "圆": "元",
    "㎡": "平方米", "m2": "平方米", "m²": "平方米", "平米": "平方米",
    "μg/m³": "微克/立方米", "μg/m3": "微克/立方米", "ug/m3": "微克/立方米", "微克每立方米": "微克/立方米",
    "mg/L": "毫克/升", "mg/l": "毫克/升", "毫克每升": "毫克/升",
    "km": "公里", "工作日": "个工作日", "小时": "个小时",
    "": "",
}

# canonical unit -> (base unit, multiplier)
_BASE = {
    "万亿元": ("元", Decimal(1_000_000_000_000)),
    "千万元": ("元", Decimal(10_000_000)),
    "百万元": ("元", Decimal(1_000_000)),
    "千元": ("元", Decimal(1_000)),
    "万元": ("元", Decimal(10_000)),
    "亿元": ("元", Decimal(100_000_000)),
    "元": ("元", Decimal(1)),
    # foreign currencies are their own measure: 1.98亿美元 is never 1.98亿元
    **{scale + cur: (cur, factor) for cur in ("美元", "港元", "欧元")
       for scale, factor in (("亿", Decimal(100_000_000)), ("万", Decimal(10_000)), ("", Decimal(1)))},
    "千米": ("公里", Decimal(1)),
    # a rate per thousand (森林火灾受害率0.05‰) is a tenth of the same rate in %
    "‰": ("%", Decimal("0.1")),
    # a clerk may type 超过六成 as 6, 成: a tenth, the text's 60%
    "成": ("%", Decimal(10)),
    "平方公里": ("平方公里", Decimal(1)),
}


_SCALE = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}


# 人(次), 场（次）, 人/次: "times" written apart from the measure word it turns into a count of times
_TIMES_WRITTEN_APART = ("(次)", "（次）", "/次")


@lru_cache(maxsize=4096)
def normalize_unit(unit: str | None) -> str:
    """The canonical spelling of a unit ("人/次" -> "人次", "场（次）" -> "场次", "％" -> "%");
    unknown units pass through. Cached: the verifier asks for the same few dozen units
    millions of times while it weighs each figure against each fact."""
    if unit is None:
        return ""
    text = unit.strip()
    for mark in _TIMES_WRITTEN_APART:
        if text.endswith(mark) and len(text) > len(mark):
            text = text[:-len(mark)] + "次"
            break
    return _ALIASES.get(text, text)


def to_base(value: Decimal, unit: str | None) -> tuple[Decimal, str]:
    """Value and unit in the base unit used for comparison (money in 元)."""
    canonical = normalize_unit(unit)
    if canonical not in _BASE and len(canonical) > 1 and canonical[0] in _SCALE \
            and canonical[1:] in MEASURE_WORDS:
        # a clerk may type 3.6 万人次 as value 3.6, unit 万人次; the text folds 万 into the count
        return value * _SCALE[canonical[0]], normalize_unit(canonical[1:])
    if canonical == "番" and value == value.to_integral_value() and 0 < value <= 10:
        # 翻一番 is twice, 翻两番 four times: a clerk's row of 1 番 states the text's 2倍
        return Decimal(2) ** int(value), "倍"
    if canonical in _SCALE:
        # the clerk typed only the scale (8.2, 亿) as the text does (讨薪8.2亿): a bare amount
        return value * _SCALE[canonical], ""
    base, factor = _BASE.get(canonical, (canonical, Decimal(1)))
    return value * factor, base


# Units that count the same thing under different words (452名执法人员 = 452人).
# 17期（次）: 次 after a session's measure word adds nothing (a person-time, 人次, is not a person)
_SAME = {"名": "人", "位": "人", "个小时": "小时", "场次": "场", "期次": "期", "批次": "批", "轮次": "轮",
         "班次": "班"}

CURRENCIES = ("元", "美元", "港元", "欧元")
MONEY_UNITS = frozenset(u for u, (base, _) in _BASE.items() if base in CURRENCIES)
DURATION_UNITS = frozenset({"个工作日", "天", "日", "个小时", "小时", "分钟", "个月", "周", "年"})
PERCENT_UNITS = frozenset({"%", "‰", "个百分点"})
# measure words that count any kind of item, so one thing may be counted in either: 诉求415件 in the
# tally, 诉求415个 in the summary
ANY_ITEM = frozenset({"个", "件", "项", "条", "起", "宗"})
# measure words that name nothing of what is counted, so the noun after them must: any item's but
# 起 and 宗, which count cases and incidents only, and 次 类 种 批, which count times, kinds and
# batches of anything
NAMES_NOTHING = (ANY_ITEM - {"起", "宗"}) | frozenset({"次", "类", "种", "批"})


# 分 (points: 考核分值由2分提高至5分) is a measure of its own, never a count of things like 个
_KNOWN = frozenset(MEASURE_WORDS) | frozenset(_BASE) | PERCENT_UNITS | {"分"}


def _family(unit: str) -> str:
    """个 and the nouns a numeral may count directly (5部委 = 5个部委, 六方面 = 六个方面) are one
    measure: the unit inventory is open, so a noun the table does not know counts like 个."""
    if unit in STREAK_UNITS:
        return "年"                           # 实现“六连冠” restates 连续六年获得第一名
    if unit.startswith("个") and len(unit) > 1 and unit not in _KNOWN:
        unit = unit[1:]                       # a clerk's 个部门 / 个方面
    if len(unit) > 1 and (unit.startswith("大") or unit.startswith("小") and unit not in _KNOWN):
        unit = unit[1:]                       # 4大类 counts 类, 29小项 counts 项
    if unit == "个" or unit not in _KNOWN:
        return "个"
    return _SAME.get(unit, unit)


def counted_noun(unit: str | None) -> str | None:
    """The noun a numeral counts directly (3市8县, 5部委, 长三角四地), or None for a measure word.

    Such a figure names what it counts in its own unit; the verifier holds a count of places
    (3市) to facts about places."""
    u = normalize_unit(unit)
    if not u or u in _KNOWN or u.startswith(("个", "大")):
        return None
    return u


@lru_cache(maxsize=4096)
def same_measure(a: str | None, b: str | None) -> bool:
    """Whether two units can be compared at all (after ``to_base``); an empty unit fits any.

    A fact typed as 人 must support 452名执法人员, so a few synonyms count as one measure.
    Cached like ``normalize_unit``: every figure is weighed against every fact's unit.
    """
    ua, ub = normalize_unit(a), normalize_unit(b)
    if not ua or not ub:
        return True
    ba = to_base(Decimal(1), ua)[1]
    bb = to_base(Decimal(1), ub)[1]
    return _family(ba) == _family(bb)
