"""verify_text: numbers against facts, years against the report year, placeholders, era."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

from drafter.facts import Fact
from drafter.numbers import Mention, date_lost_nian, find_numbers
from drafter.numbers._text import SENTENCE_STOP, last_of
from drafter.numbers.units import ANY_ITEM, STREAK_UNITS, normalize_unit
from drafter.verify import _match as mt
from drafter.verify import _rival
from drafter.verify._arithmetic import arithmetic_findings, sums_the_run_before
from drafter.verify._change import COMPARED_PERIOD, DOWN, DOWN_TO_ONLY, MERGE, UP, UP_TO_ONLY, any_of
from drafter.verify._parts import part_findings
from drafter.verify._shares import share_findings
from drafter.verify._reconcile import charges_answered, move_shared, pair_unsupported, slips_to_shared, written_elsewhere
from drafter.verify._lists import (facts_named_as_bounds, facts_named_by_lists, groups_naming_a_fact, groups_off_their_fact,
                                   list_findings, repeated_ordinal_findings)

# xx县, XX年, 20XX年, ××, x名, *次, □□: template leftovers a published report must not carry
# 曹某某不服…一案: a party to a case is named by surname and 某某, which is no leftover (surnames that
# are also function words, 向/和/于/时…, are left out: 向某某部门 is still a leftover)
_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
             "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
             "莫孔汤常温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童"
             "凌毕单季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤阳穆农司卓古吉缪简车项芦"
             "麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘"
             "池查麻苑迟邝")
_PLACEHOLDER = re.compile(
    r"(?<![A-Za-z*+＋])(?:\d{0,2}(?:[xX]{1,4}|×{1,4}|＊{1,4}|(?<!\*)\*(?!\*)|\*{3,4})|□{1,4}|○{2,4}|"
    rf"(?<![{_SURNAMES}])某某)"
    r"(?![A-Za-z0-9*])(?!光|射线)(?=[\u4e00-\u9fff%％]|$)"
)
# (** on its own is Markdown bold, not a placeholder; the X of 4+X乡镇审查平台 is a model's open part;
# X光安检机 and X射线 are the rays, not a blank)
_TARGET_BEFORE = re.compile(r"(?:到|至|力争|争取|确保|预计|计划|拟于|将于)\s*$")
# 为2025年创建“全国法治政府示范县”奠定基础: a year the work aims at, not a slip for the report year
_TARGET_AFTER = re.compile(r"[^，,。；;\n]{0,16}?(?:目标|基本建成|全面建成|远景|愿景|展望)|(?:前|底|内)?(?:创建|争创|创成|建成)")
# 兰溪将于今年基本建成…，2021年基本完成法治政府示范创建: a milestone set for a later year, in a
# sentence that looks ahead (2020年…基本实现“一网、一门、一次” in a report on 2020 is a result)
_MILESTONE_AFTER = re.compile(r"[^，,。；;\n]{0,16}?(?:基本|全面)(?:完成|实现)")
_LOOKS_AHEAD = re.compile(r"将|计划|力争|争取|预计|拟")
_PLAN_AFTER = re.compile(r"(?:年度?)?(?:法治政府建设|依法行政|推进)?[^，。；\n]{0,8}?(?:工作)?(?:安排|打算|计划|要点)")
_PLANS = re.compile(r"安排|打算|计划|下一|下步")


_WORK = re.compile(r"导语|第一责任人|举措|成效|工作情况|主要工作|不足|问题")


def _is_plans(section_kind: str | None) -> bool:
    return bool(section_kind and _PLANS.search(section_kind))


def _is_work(section_kind: str | None) -> bool:
    """Sections about the report year itself; 结束语/其他 (with the sign-off date) are not."""
    return bool(section_kind and not _is_plans(section_kind) and _WORK.search(section_kind))


def _is_target(text: str, m: Mention) -> bool:
    """到2025年 / 2020年法治政府基本建成的目标: a target date, allowed in any section."""
    if _TARGET_BEFORE.search(text, max(0, m.start - 3), m.start):
        return True
    if text.startswith(("前", "以前", "之前"), m.end) or m.value_high is not None:
        return True
    if _MILESTONE_AFTER.match(text, m.end) and \
            _LOOKS_AHEAD.search(text, last_of(text, "。；;！？!?\n", m.start) + 1, m.start):
        return True
    return bool(_TARGET_AFTER.match(text, m.end))


def _year_findings(text: str, mentions: list[Mention], year: int, section_kind: str | None) -> list:
    from drafter.verify import Finding

    out = []
    plans = _is_plans(section_kind)
    for m in mentions:
        if m.kind not in ("year", "date") or m.value is None:
            continue
        y = int(m.value)
        if plans:
            if y > year + 1 and not _is_target(text, m):
                out.append(Finding("year", "error",
                                   f"下一年度安排应写{year + 1}年的工作，“{m.text}”晚了{y - year - 1}年，请核对",
                                   m.start, m.end, m.text))
            elif y <= year and _PLAN_AFTER.match(text, m.end):
                out.append(Finding("year", "warning",
                                   f"下一年度安排写的是“{m.text}”，本报告为{year}年度，安排应为{year + 1}年",
                                   m.start, m.end, m.text))
        elif _is_work(section_kind):
            if y > year and not _is_target(text, m):
                out.append(Finding("year", "error" if y > year + 1 else "warning",
                                   f"本部分写的是{year}年度已完成的工作，“{m.text}”晚于报告年度，请核对年份",
                                   m.start, m.end, m.text))
        elif y > year + 1 and not _is_target(text, m):
            out.append(Finding("year", "warning",
                               f"“{m.text}”晚于报告年度（{year}年）的下一年，请核对年份",
                               m.start, m.end, m.text))
    return out


# 纲要（20212025年）: a copy from a web page or PDF lost the dash between two years
_YEARS_RUN_TOGETHER = re.compile(r"(?<![\d.])((?:19|20)\d{2})((?:19|20)\d{2})(?=年)")


def _years_run_together(text: str) -> list:
    """A warning for each 20212025年: two years whose dash was lost, the second the later."""
    from drafter.verify import Finding

    out = []
    for m in _YEARS_RUN_TOGETHER.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if 0 < b - a <= 30:
            out.append(Finding("year", "warning",
                               f"“{m.group()}年”像是两个年份连在一起，漏了连接号，应为“{a}—{b}年”，请核对",
                               m.start(), m.end() + 1, m.group() + "年"))
    return out


# 20256月, 2025730日: a page copy that lost 年 (and 月); the extractor reads them as dates
def _dates_run_together(mentions: list[Mention]) -> list:
    """A warning for each date whose 年 (or 年 and 月) was lost: 20256月 is not 20256 months,
    but the clerk must see that the published text is broken."""
    from drafter.verify import Finding

    out = []
    for m in mentions:
        lost = date_lost_nian(m.text) if m.kind == "date" else None
        if lost is None:
            continue
        marks, meant = lost
        meant = f"，应为“{meant}”" if meant else ""
        if marks in ("年", "月"):
            msg = f"“{m.text}”像是漏了“{marks}”字{meant}，请核对"
        else:
            msg = f"“{m.text}”像是日期漏了“年”“月”二字{meant}，请核对"
        out.append(Finding("year", "warning", msg, m.start, m.end, m.text))
    return out


def _placeholders(text: str) -> list:
    from drafter.verify import Finding

    return [Finding("placeholder", "error",
                    f"“{m.group()}”是未填写的占位符，请换成实际内容", m.start(), m.end(), m.group())
            for m in _PLACEHOLDER.finditer(text)]


def _to_fill(text: str) -> list:
    """【待补充：…】: a part the offline writer left for the clerk (their own account, causes)."""
    from drafter.register import TO_FILL_PATTERN
    from drafter.verify import Finding

    return [Finding("to_fill", "warning", f"此处待补充：{m.group()[5:-1]}。请写明实际内容后删去标记",
                    m.start(), m.end(), m.group())
            for m in TO_FILL_PATTERN.finditer(text)]


def _wrong_figures_of_unused_facts(text: str, mentions: list[Mention], findings: list, unused: list[Fact],
                                   index: mt.LabelIndex, targets: frozenset = frozenset()) -> list[tuple]:
    """A figure no fact supports, and a fact the text never states, whose measure it has and whose
    label fits its sentence: the two are one statistic, and the figure is where it went wrong.

    审结608件 where the clerk's 审结一审案件 is 508 and 审结行政诉讼案件 (715) is stated elsewhere:
    the finding names the unstated fact, not the stated one its clause also fits. 按工程、运输、
    法治等四大类 where the fact says 3类: a small count in words is only a 提醒 on its own
    (四个方面 is often prose) and becomes a warning once such a fact is found; so does a rank in
    words (全省第二 where the fact says 第一). So does a target under 下一年度安排 (``targets``,
    by start), only a 提醒 while no fact is left for it: 学法不少于5次 where the sheet's 计划学法
    (不少于4次) is stated nowhere is that target written wrong.
    Returns (finding, mention, fact) triples."""
    out, taken = [], set()
    at = {m.start: k for k, m in enumerate(mentions)}
    unused_ids = {f.id for f in unused}
    for finding in findings:
        k = at.get(finding.start)
        target = finding.start in targets
        if finding.kind != "unsupported" or k is None or (finding.fact_id in unused_ids and not target):
            continue
        m = mentions[k]
        if m.value is None or m.value_high is not None or \
                (finding.severity == "info" and m.kind not in ("count", "rank") and not target):
            continue
        before, after = _sentence_before(text, m)[-40:], (m.unit or "") + text[m.end:m.end + 6]
        fits = [f for f in unused if f.id not in taken and f.approx == m.approx and f.value != m.value
                and mt.comparable(m, f) and mt.same_measure(m.unit or "", f.unit)
                and index.score(f, before, after) > 0]
        if fits:
            best = max(fits, key=lambda f: round(index.score(f, before, after), 6))
            taken.add(best.id)
            out.append((finding, m, best))
    return out


def _severity(text: str, m: Mention) -> str:
    """Errors for real statistics; quieter for prose numerals that are rarely facts."""
    if m.kind == "number":
        return "warning"
    if m.approx == "约" and m.value_high is not None:
        return "info"                                   # 两三个
    has_digit = any(ch.isdigit() for ch in m.text)
    # 一次, 两个环节, 四个方面; 约占三分之一 is a share like 33%, as much a figure as a percent. A
    # report that writes its figures in words (三十八份, 百分之九十八) writes its small ones so too
    # (较上年减少二件), and those are figures like any other
    if not has_digit and m.value is not None and m.value <= 10 and m.kind not in ("percent", "money", "fraction") \
            and m.unit not in STREAK_UNITS and not _writes_figures_in_words(text):
        return "info"
    if m.kind == "duration" and mt.statutory(text, m):
        return "warning"                                # 7个工作日内: a time limit
    return "error"


# 三十八份, 一千二百六十五点四万元, 百分之九十八点五: a figure past ten written in words, which prose
# numerals (四个方面, 两个环节) never are; names such as 十九届, 二十大 take no measure word
_FIGURE_IN_WORDS = re.compile(r"[一二三四五六七八九两]?[十百千][一二三四五六七八九零〇十百千]*(?:点[一二三四五六七八九零〇]+)?"
                              r"[万亿]?[余多]?(?:件|个|人|项|份|条|宗|户|次|名|起|家|元|亩|场|期|篇|所|天|日|批|处)"
                              r"|百分之[一二三四五六七八九十百]")


@lru_cache(maxsize=32)
def _writes_figures_in_words(text: str) -> bool:
    return len(_FIGURE_IN_WORDS.findall(text)) >= 2


# 将6家开发区管理机构整合为3家: merging always leaves fewer, so 将 opens the pair as 由 does
# (将原有33个受理窗口压缩为20个: 原有 names the figure before the change as well)
_MERGE_FROM = re.compile(r"将(?:原有|原来|现有)?的?\s*$")
_NOW = r"(?:目前|现在|当前|现)?的?"
_MERGE_VERBS = any_of(MERGE)
_DOWN_VERBS = any_of(DOWN, DOWN_TO_ONLY, MERGE)
_UP_VERBS = any_of(UP, UP_TO_ONLY)
_DOWN_TO = re.compile(rf"^[^，,。；;！？!?\d]{{0,12}}?{_DOWN_VERBS}了?(?:至|到|为)?{_NOW}\s*$")
_UP_TO = re.compile(rf"^[^，,。；;！？!?\d]{{0,12}}?{_UP_VERBS}了?(?:至|到|为)?{_NOW}\s*$")
_MERGE_TO = re.compile(rf"^[^，,。；;！？!?\d]{{0,12}}?{_MERGE_VERBS}(?:至|到|为){_NOW}\s*$")
# 精简申请内容，从原来的486项调整到目前的327项: a neutral 调整到 takes its way from the words before
_NEUTRAL_TO = re.compile(rf"^[^，,。；;！？!?\d]{{0,12}}?(?:调整|变更|改)(?:至|到|为){_NOW}\s*$")
_COMPARED_FROM = re.compile(rf"(?:同比|较|比){COMPARED_PERIOD}?的?\s*$")
_REACHED = re.compile(r"^[^，,。；;！？!?\d]{0,4}?(?:至|到)\s*$")
_DOWN_BEFORE = re.compile(any_of(DOWN, ("瘦身",)) + r"[^。；;！？!?\d]{0,14}$")
_UP_BEFORE = re.compile(any_of(UP, ("扩容",)) + r"[^。；;！？!?\d]{0,14}$")


# 由当地月低保标准的3倍提高到6倍: a figure counted against a named base opens the change as well
_FROM_A_MULTIPLE = re.compile(r"[由从](?!于|此)[\u4e00-\u9fff]{2,10}的\s*$")


def _direction_findings(text: str, mentions: list[Mention]) -> list:
    """由3.5天压缩至0.5天: the words say which way the figure moved, so the second figure of a
    由…压缩至… pair must be the smaller; written the other way round, the two are swapped."""
    from drafter.verify import Finding

    stats = [m for m in mentions if m.needs_fact and m.value is not None and m.value_high is None]
    out = []
    for a, b in zip(stats, stats[1:]):
        between = _after_a_pause(text[a.end:b.start])
        opening = mt.FROM_FIGURE.search(text, max(0, a.start - 8), a.start) or \
            _FROM_A_MULTIPLE.search(text, max(0, a.start - 14), a.start)
        if not opening and _REACHED.match(between):
            # 纠错率较2022年的31.18%下降至10.98%: the year before's figure, then where it moved to
            # (较2022年16天减少31天, with no 至, is a change: not this shape)
            opening = _COMPARED_FROM.search(text, max(0, a.start - 12), a.start)
        merged = _MERGE_FROM.search(text, max(0, a.start - 5), a.start) if not opening else None
        if not (opening or merged) or not mt.same_measure(a.unit, b.unit):
            continue
        if merged:
            opening, down, up = merged, _MERGE_TO.match(between), None
        else:
            down, up = _DOWN_TO.match(between), _UP_TO.match(between)
            if not (down or up) and _NEUTRAL_TO.match(between):
                down = _DOWN_BEFORE.search(text, max(0, opening.start() - 24), opening.start())
                up = None if down else _UP_BEFORE.search(text, max(0, opening.start() - 24), opening.start())
        if not (down or up):
            continue
        va, vb = _standing(a, b), _standing(b, a)
        if (down and vb >= va) or (up and vb <= va):
            if a.kind == "rank":
                word, against = ("下降", "名次数字却变小") if down else ("上升", "名次数字却变大")
                message = f"“{text[opening.start():b.end]}”说的是名次{word}，{against}，请核对是否写反"
            else:
                word = "减少" if down else "增加"
                message = f"“{text[opening.start():b.end]}”说的是{word}，但前后两个数字的大小与此相反，请核对是否写反"
            out.append(Finding("direction", "error", message, a.start, b.end, text[a.start:b.end]))
    return out + _compared_then_moved(text, stats)


# 复议案件35件，较2020年该类案件量20件持续提高: this year's figure, the year before's, and only the
# way it moved (no change figure after the verb, which arithmetic_findings would weigh)
_COMPARED_ONLY = re.compile(rf"^[，,]?\s*(?:同比|较|比){COMPARED_PERIOD}[^，,。；;！？!?\d]{{0,8}}$")
_MOVED_ONLY = re.compile(rf"(?:相比)?[，,]?\s*(?:持续|明显|大幅|有所|进一步|稳步)?(?P<way>{any_of(UP, DOWN)})"
                         r"(?![了\s]*(?:\d|[一二两三四五六七八九十百千]))")


def _compared_then_moved(text: str, stats: list[Mention]) -> list:
    """A figure compared with the year before's and said to have risen must be the larger."""
    from drafter.verify import Finding

    out = []
    for a, b in zip(stats, stats[1:]):
        moved = _MOVED_ONLY.match(text, b.end)
        if not moved or not _COMPARED_ONLY.match(text[a.end:b.start]) or a.approx or b.approx or \
                mt.normalize_unit(a.unit) != mt.normalize_unit(b.unit):
            continue
        up = moved.group("way") in UP
        va, vb = _standing(a), _standing(b)
        if (up and va <= vb) or (not up and va >= vb):
            out.append(Finding("direction", "error",
                               f"“{text[a.start:moved.end()]}”说的是{moved.group('way')}，但{a.text}比{b.text}"
                               f"{'小' if up else '大'}，请核对是否写反", a.start, moved.end(), text[a.start:moved.end()]))
    return out


def _of_the_value_written(m: Mention, candidates: list[Fact]) -> list[Fact]:
    """A hedged figure (十日内) is first the row of its own value; an exact one may still be a
    rounding of another row (缩短2个工作日 where the row of the change says 1.5), which its
    words decide."""
    if not m.approx:
        return candidates
    written = mt.to_base(m.value, m.unit)[0]
    return [f for f in candidates if mt.to_base(f.value, f.unit)[0] == written] or candidates


def _standing(m: Mention, other: Mention | None = None):
    """How high a figure stands: a rank climbs as its number falls (从第15位晋升至第3位 rose), and
    a share in words stands against a percentage as one (由上年的近三分之一降至18.4%)."""
    value = mt.to_base(m.value, m.unit)[0]
    if m.kind == "fraction" and other is not None and mt.normalize_unit(other.unit) == "%":
        value *= 100
    return -value if m.kind == "rank" else value


def _after_a_pause(between: str) -> str:
    """由9730个工作日，压缩到5591个工作日: a comma may part the two ends when 至/到/为 still opens
    the second; without it (由9730个，压缩4139个) the second figure is the change, not an end."""
    if between[:1] in "，," and mt.reached_state(between):
        return between[1:]
    return between


def _clause_around(text: str, m: Mention) -> str:
    """The clause a figure sits in, both sides (同比分别增长77.76%、下降21.74%)."""
    start, end = m.start, m.end
    while start > 0 and text[start - 1] not in "，,。；;！？!?\n" and m.start - start < 40:
        start -= 1
    while end < len(text) and text[end] not in "，,。；;！？!?\n" and end - m.end < 20:
        end += 1
    return text[start:end]


def _sentence_before(text: str, m: Mention) -> str:
    s = m.start
    while s > 0 and text[s - 1] not in "。；;！？!?\n" and m.start - s < 120:
        s -= 1
    return text[s:m.start]


def _runs_into_next(text: str, mentions: list[Mention], i: int) -> str:
    """派出机构：8个林业站60个专业技术岗: the noun that alone stands between figure i and the next
    one, with no punctuation; "" when anything else does."""
    if i + 1 >= len(mentions) or not mentions[i + 1].needs_fact:
        return ""
    between = text[mentions[i].end:mentions[i + 1].start]
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", between) or _NOT_A_NOUN.search(between) \
            or mt.CHANGE_VERB_JUST_BEFORE.search(between):
        return ""                        # 24个代办员为134个项目, 281件增加277件: a verb stands between
    return between


_NOT_A_NOUN = re.compile(r"[为是有达共和及与的在对把将被向从按其约近超逾余多]")


def _since_last_figure(text: str, mentions: list[Mention], i: int) -> str:
    """The sentence before figure i, back to the clause of the figure before it at most: the
    words after that figure up to the next clause mark are its own (6次主持召开专题会议、)."""
    m = mentions[i]
    sentence = _sentence_before(text, m)
    start = m.start - len(sentence)
    prev = next((k for k in range(i - 1, -1, -1) if mentions[k].needs_fact), None)
    if prev is not None and mentions[prev].end > start:
        stop = next((k for k in range(mentions[prev].end, m.start) if text[k] in _CLAUSE_MARKS), m.start - 1)
        start = stop + 1
    return text[start:m.start]


_CLAUSE_MARKS = set("，,、；;：:")


# what ends a clause after a figure; a 、 does not (对40份玉米、大豆种子样品开展…)
_CLAUSE_END = set("，,：:" + SENTENCE_STOP)


def _rest_of_clause(text: str, mentions: list[Mention], i: int) -> str:
    """The clause after figure i up to its end (a 、 list of nouns goes on), or "" when another
    figure stands in it."""
    end = next((k for k in range(mentions[i].end, len(text)) if text[k] in _CLAUSE_END), len(text))
    if i + 1 < len(mentions) and mentions[i + 1].start < end:
        return ""
    return text[mentions[i].end:end]


def _words_to_next(text: str, mentions: list[Mention], i: int) -> str:
    """The words between figure i and the next one, or "" when a sentence ends between them."""
    if i + 1 >= len(mentions):
        return ""
    between = text[mentions[i].end:mentions[i + 1].start]
    return "" if any(ch in SENTENCE_STOP for ch in between) else between


def _paragraph(text: str, m: Mention) -> str:
    end = text.find("\n", m.end)
    return text[text.rfind("\n", 0, m.start) + 1:end if end != -1 else len(text)]


_QUOTE_STOPS = set("，,。；;：:！？!?\n、（）()【】“”")
_FIGURE_CHAR = re.compile(r"[0-9A-Za-z.．%％]")
_LEAD = 10


def _quote(text: str, m: Mention, mentions: list[Mention]) -> str:
    """The words before the number and the number, for a message: back to the clause mark or
    about ten characters, never starting inside another figure (not “023年9月21日至22日”)."""
    lo = m.start
    while lo > 0 and text[lo - 1] not in _QUOTE_STOPS and m.start - lo < _LEAD:
        lo -= 1
    for n in mentions:
        if n.start < lo < n.end:
            # a figure cut in two: take it whole when it is short, else start after it
            lo = n.start if lo - n.start <= 8 else n.end
            break
    while 0 < lo < m.start and _FIGURE_CHAR.match(text[lo]) and _FIGURE_CHAR.match(text[lo - 1]):
        lo += 1
    return f"{text[lo:m.start].lstrip()}{m.text}"       # not the gap between two table cells


_SHARE_WORDS = re.compile(r"占|比重|比例|占比|份额|覆盖")


_BARE_RATE_WORDS = re.compile(r"占比|占|比重|比例|份额|的|为|达到?|实现|是|约|同比|环比|较上年|比上年|较去年|比去年"
                              r"|增长|下降|减少|增加|提高|上升|降低|提升|回落")


def _rate_names_a_part(before: str, a: Fact, b: Fact, index: mt.LabelIndex) -> bool:
    """出庭应诉率实现90% is not 9次会议÷10次联审会: a rate with words of its own (出庭应诉率) is
    explained by two facts only when one of them is named in those words; a bare 占比 or 同比
    增长 says nothing, and the sentence around it decides as before."""
    own = _BARE_RATE_WORDS.sub("", before)
    if len(mt.han(own)) < 2:
        return True
    return index.score(a, before, "") > 0 or index.score(b, before, "") > 0


def _share_of_previous(text: str, mentions: list[Mention], i: int, supported: dict,
                       facts: list[Fact]) -> Fact | None:
    """案件共339件，占比30%: a bare 占比 straight after a figure is that figure's share, so only its
    fact may be the numerator; any other pair of facts that divides to the rate explains nothing."""
    k = next((k for k in range(i - 1, -1, -1) if mentions[k].needs_fact), None)
    if k is None or mentions[i].kind != "percent":
        return None
    # the words between the two figures, not ``before`` (which has borrowed the earlier figure's)
    between = text[mentions[k].end:mentions[i].start]
    if not _SHARE_WORDS.search(between) or _BARE_RATE_WORDS.sub("", between).strip("，, ") or \
            any(ch in "。；;！？!?\n" for ch in between):
        return None
    fid = supported.get(k)
    return next((f for f in facts if f.id == fid), None)


def _derived(m: Mention, facts: list[Fact], before: str, sentence: str, paragraph: str,
             index: mt.LabelIndex, numerator: Fact | None = None, written_before: str = ""):
    """A rate, share, difference or 同比 change computed from two facts, or None."""
    if m.value is None or m.kind not in ("percent", "count", "money", "number") or \
            (m.approx and m.approx not in ("约", "大约", "左右")):
        return None
    claim = mt.mention_interval(m)
    # one part of a rate is named in the rate's own sentence and the other in its paragraph:
    # this keeps a mistyped figure from being "explained" by two unrelated facts that happen
    # to divide to it
    pool = [f for f in facts if normalize_unit(f.unit) not in ("%", "个百分点") and f.value
            and index.score(f, paragraph, "") > 0]
    related = [f for f in pool if index.score(f, sentence, "") > 0]
    if not related:
        return None
    # 进一步减少到22项 is the state reached, not a difference of two facts; nor is 由上年的四成, where
    # the change starts from
    change = mt.change_context(before) and not mt.reached_state(before) and \
        not mt.FROM_FIGURE.search(before.split("\x00")[0])
    # 同比增长38% is not (93−150)÷150: a rise is never a fall between two facts, nor the reverse
    direction = mt.change_direction(before)
    # 同比增长43% is a change between two years, never a share of one figure in another: a
    # ratio that happens to divide to it (937÷2203) explains nothing unless the words say 占
    share = not change or bool(_SHARE_WORDS.search(before))
    if numerator is not None:
        related = [numerator] if normalize_unit(numerator.unit) not in ("%", "个百分点") else []
        pool = facts
    base = _named_base(written_before or before, pool, index)
    for a in related:
        if normalize_unit(a.unit) in ("%", "个百分点"):
            continue
        for b in pool:
            if a is b or not mt.same_measure(a.unit, b.unit) or not _rate_names_a_part(before, a, b, index):
                continue
            av = mt.to_base(a.value, a.unit)[0]
            bv = mt.to_base(b.value, b.unit)[0]
            # 死亡3人，同比减少1人: a change between two years is of two levels; the level less the
            # sheet's own change (3−1) is no change the clause could state
            levels = not (mt.names_a_change(a.label) or mt.names_a_change(b.label)) and \
                mt.of_two_periods(before, a, b)
            for x, y in ((av, bv),) if numerator is not None else ((av, bv), (bv, av)):
                if m.kind == "percent" and m.unit == "%" and y:
                    if x <= y and share:
                        r = x / y * mt.HUNDRED
                        fa, fb = (a, b) if x == av else (b, a)
                        if claim.contains(mt.Interval(r, r)) and (base is None or fb in base):
                            return (fa, fb, f"{mt.fmt(fa.value)}÷{mt.fmt(fb.value)}≈{mt.fmt(m.value)}%")
                    if change and (x - y) * direction >= 0 and levels and mt.same_thing(a, b):
                        r = abs(x - y) / y * mt.HUNDRED
                        if claim.contains(mt.Interval(r, r)):
                            fa, fb = (a, b) if x == av else (b, a)
                            return (fa, fb, f"({mt.fmt(fa.value)}−{mt.fmt(fb.value)})÷{mt.fmt(fb.value)}"
                                            f"≈{mt.fmt(m.value)}%")
                elif m.kind != "percent" and change and levels and x > y and mt.comparable(m, a) and mt.same_thing(a, b):
                    d = x - y
                    if claim.contains(mt.Interval(d, d)):
                        fa, fb = (a, b) if x == av else (b, a)
                        return (fa, fb, f"{mt.fmt(fa.value)}−{mt.fmt(fb.value)}={mt.fmt(m.value)}")
    return None


_SHARE_BASE = re.compile(r"占(?P<base>[^，,。；;：:\d]{2,16}?)(?:总数|总量|总额|总件数|总体)?的?(?:比例|比重)?(?:为|达)?\s*$")


def _rate_fact_named(m: Mention, facts: list[Fact], before: str) -> bool:
    """纠错率约为34% beside a fact 行政复议纠错率 of 24.2%: the clause names the sheet's own rate, so a
    figure that misses it is that rate written wrong, however two other facts happen to divide
    (60÷170≈34%)."""
    if m.kind != "percent":
        return False
    words = mt.han(before)[-12:]
    if any(normalize_unit(f.unit) == "%" and len(tail := mt.han(f.label)[-3:]) == 3 and tail.endswith("率")
           and tail in words for f in facts):
        return True
    # 良好案件20宗，占比30% beside a fact 良好案件占比 of 20%: the share the sheet gives for that
    # subject, not 20÷66 of two other facts
    share = _SHARE_NOUN_ENDS.search(words)
    return bool(share) and any(normalize_unit(f.unit) == "%" and mt.han(f.label).endswith(share.group())
                               and _subject_in(mt.han(f.label)[:-2], mt.han(before)) for f in facts)


# the noun a share's label ends in (良好案件占比); _SHARE_WORDS asks a different question: does a
# clause speak of a share at all (占, 份额, 覆盖 …) rather than of a change
_SHARE_NOUN_ENDS = re.compile(r"(?:占比|比例|比重)$")


def _subject_in(subject: str, words: str) -> bool:
    """The share's subject, less a generic noun (良好案件 -> 良好, 行政处罚类案件 -> 行政处罚), ends in
    two characters the clause's words hold."""
    core = _GENERIC_SUBJECT_TAIL.sub("", subject)
    return len(core) >= 2 and core[-2:] in words


_GENERIC_SUBJECT_TAIL = re.compile(r"(?:类?案件|事项|类)$")


def _named_base(before: str, pool: list[Fact], index: mt.LabelIndex) -> list[Fact] | None:
    """占收到申请总数的3.7%: the words name what the share is of, so only the facts that fit
    those words best may be its denominator (not 依法受理 4955, whatever it divides to).
    None when the words name no base a fact fits."""
    named = _SHARE_BASE.search(before)
    if not named:
        return None
    scores = [(round(index.score(f, named.group("base"), ""), 6), f) for f in pool
              if normalize_unit(f.unit) not in ("%", "个百分点")]
    top = max((x for x, _ in scores), default=0)
    return [f for x, f in scores if x == top] if top > 0 else None


def _range_ends(m: Mention, facts: list[Fact], index: mt.LabelIndex, before: str,
                after: str) -> tuple[Fact | None, Fact | None]:
    """The facts 4—7个工作日's two ends state (often a 最短/最长 pair), each None when no fact does."""
    kind = "percent" if m.unit in ("%", "个百分点") else "count"
    # each end is read as written by itself: in 2-4个 the 4 is a whole 4, not the first figure's
    # 2 doubled (a tolerance of 2 that let 4 stand for a fact of 3)
    written = re.findall(r"\d+(?:\.\d+)?", m.text)
    lo_text, hi_text = (written[0], written[-1]) if len(written) >= 2 else (m.text, m.text)
    lo = Mention(lo_text, m.start, m.end, m.value, m.unit, None, kind)
    hi = Mention(hi_text, m.start, m.end, m.value_high, m.unit, None, kind)
    los = [f for f in facts if mt.supports(lo, f)] or [None]
    his = [f for f in facts if mt.supports(hi, f)] or [None]
    # 每个乡镇配备2-3名 and then 每个调委会配备3-5名: the 3 is a 下限 of one pair and a 上限 of
    # another, so the two ends are read as the pair whose labels fit the clause (and each other) best
    return max(((a, b) for a in los for b in his),
               key=lambda pair: _range_pair_fit(pair, index, before, after))


def _range_pair_fit(pair: tuple[Fact | None, Fact | None], index: mt.LabelIndex, before: str,
                    after: str) -> tuple[float, int]:
    """How well two facts read as one range's ends: their labels' fit to the clause, then the words
    the two labels share (…（下限） and …（上限） share all but one)."""
    a, b = pair
    fit = sum(index.score(f, before, after) for f in pair if f is not None)
    shared = len(mt.bigrams(a.label) & mt.bigrams(b.label)) if a is not None and b is not None and a is not b else 0
    return round(fit, 6), shared


def _hedge_added(m: Mention, candidates: list[Fact], facts: list[Fact], before: str, after: str,
                 index: mt.LabelIndex) -> bool:
    """50余家 where a fact says exactly 50家: the 余 is the slip, and 57家 rounded down is not
    what was meant unless its label fits the clause better than the exact fact's does."""
    if not m.approx or m.kind not in ("count", "money") or m.value_high is not None:
        return False
    base = mt.to_base(m.value, m.unit)[0]
    if any(mt.to_base(f.value, f.unit)[0] == base for f in candidates):
        return False
    exact = [f for f in facts if not f.approx and mt.comparable(m, f) and mt.to_base(f.value, f.unit)[0] == base]
    if not exact:
        return False
    return max(index.score(f, before, after) for f in exact) >= \
        max(index.score(f, before, after) for f in candidates)


def _last_years_value(m: Mention, facts: list[Fact], sentence: str, after: str,
                      index: mt.LabelIndex, year: int, column_year=None) -> Fact | None:
    """较上年的3066件 where the clerk's fact 办理行政案件 gives 上年值 3066: last year's figure of
    that fact, stated as such, is no unsupported number. The sentence before the figure (or the
    head of its table column, ``column_year``) must say last year, and the figure's words must
    fit the fact."""
    last_year_column = column_year in (year - 1, "上年")
    if m.value is None or not (last_year_column or _last_year_words(year).search(sentence[-24:])):
        return None
    # the clause is often only 上年为 or 2023年: the sentence names what is counted
    words = sentence[-60:]
    fits = [f for f in facts if f.last_year is not None and mt.comparable(m, f)
            and mt.supports(m, replace(f, value=f.last_year)) and index.score(f, words, after) > 0]
    return max(fits, key=lambda f: round(index.score(f, words, after), 6)) if fits else None


@lru_cache(maxsize=16)
def _last_year_words(year: int) -> re.Pattern:
    return re.compile(rf"上年|去年|上一年|前一年|同期|{year - 1}年")


def _unsupported(text: str, m: Mention, facts: list[Fact], before: str, after: str, quote: str,
                 index: mt.LabelIndex, sentence: str):
    """The finding for a number no fact supports, naming the fact it most likely meant."""
    from drafter.verify import Finding

    severity = _severity(text, m)
    base = mt.to_base(m.value, m.unit)[0]
    clause = _clause_around(text, m)
    # (全年综合排名全市第五 beside a fact 前5: a place in the top five is another claim than the
    # fifth place, no rounding of it, so the band does not hold the exact rank)
    same_value = [f for f in facts if m.kind != "range" and mt.comparable(m, f)
                  and mt.to_base(f.value, f.unit)[0] == base and not mt.other_measure(f.label, clause)
                  and not (m.kind == "rank" and not m.approx and f.approx == "前")]
    bands = [f for f in facts if m.approx == "前" and f.approx == "前" and mt.comparable(m, f)]
    labelled = [(index.score(f, before, after), f) for f in bands or facts if mt.comparable(m, f)]
    labelled = [x for x in labelled if x[0] > 0]
    # among labels the clause fits alike (行政处罚/行政强制被判决撤销…), the sentence's subject decides
    named = max(labelled, key=lambda x: (round(x[0], 6), round(index.score(x[1], sentence, ""), 6)))[1] \
        if labelled else None
    if same_value:
        f = named if any(named is g for g in same_value) else same_value[0]
        if f.approx and not m.approx and _headline_rounding(text, m, f):
            return Finding("approximation", "info", f"“{quote}”是标题中的简写，正文已按事实「{f.label}」写作约数",
                           m.start, m.end, m.text, fact_id=f.id), f
        if f.approx and not m.approx:
            msg = f"“{quote}”写成了确数，但事实「{f.label}」只是约数（{mt.fact_text(f)}），请保留约数的写法"
        elif m.approx and not f.approx:
            msg = f"“{quote}”带有“{m.approx}”，但事实「{f.label}」是确数（{mt.fact_text(f)}），请直接写确数"
        else:
            msg = f"“{quote}”的约数写法与事实「{f.label}」（{mt.fact_text(f)}）不一致"
        # 近一半 and a fact of 0.5: a share in words is a round figure already, whatever the hedge
        quiet = severity == "info" or (m.kind == "fraction" and not any(ch.isdigit() for ch in m.text))
        return Finding("approximation", "info" if quiet else "warning",
                       msg, m.start, m.end, m.text, fact_id=f.id), f
    rounded = [f for f in facts if m.kind == "money" and mt.exact_money(m, f) and mt.rounds_to(m, f)]
    if rounded:
        f = named if any(named is g for g in rounded) else rounded[0]
        msg = f"“{quote}”是事实「{f.label}」（{mt.fact_text(f)}）四舍五入后的写法，金额请照事实写确数，或注明“约”"
        return Finding("approximation", "warning", msg, m.start, m.end, m.text, fact_id=f.id), f
    lost = _unit_left_out(m, facts, named)
    if lost is not None:
        msg = (f"“{quote}”中的{mt.fmt(m.value)}与事实「{lost.label}」（{mt.fact_text(lost)}）数值相同，"
               f"但没有写单位“{lost.unit}”，请补上")
        return Finding("unit", "warning", msg, m.start, m.end, m.text, fact_id=lost.id), lost
    other_word = _counted_in_another_word(m, facts, before, after, index)
    if other_word is not None and (named is None or index.score(other_word, before, after) >= index.score(named, before, after)):
        # 11个一级指标 where the sheet says 评估体系一级指标 11项 and 增长的一级指标 8个: the
        # figure is the first fact's, counted with another measure word, not the second's miswritten
        return Finding("unit", "info", mt.unit_written_otherwise(m, other_word), m.start, m.end, m.text,
                       fact_id=other_word.id), other_word
    if named is not None:
        # 八期 where the clerk's fact says 培训7期: a small figure in words is still a wrong figure
        # once a fact names what it counts; but 只保留一个行政复议机关 beside a fact of 375 is prose
        # about another thing, not a slip of that figure
        if severity == "info" and mt.same_order(m, named):
            severity = "warning"
        msg = mt.off_its_fact(quote, m, named)
        return Finding("unsupported", severity, msg, m.start, m.end, m.text, fact_id=named.id), None
    msg = f"“{quote}”中的数字没有对应的事实，请补充事实或删去该数字"
    return Finding("unsupported", severity, msg, m.start, m.end, m.text), None


def _headline_rounding(text: str, m: Mention, f: Fact) -> bool:
    """3万“法律明白人”实现基层全覆盖 as a news item's headline, over a body that says 3万余名: a
    headline drops the hedge the body keeps, so only a line with no sentence in it, whose figure
    the rest of the text writes with the fact's hedge (wherever that hedge stands: 近3万, 3万余名,
    3万名以上)."""
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if len(line) > 40 or any(p in line for p in "。，,；;"):
        return False
    value = mt.to_base(m.value, m.unit)[0]
    rest = text[:line_start] + "\n" + text[line_start + len(line):]
    return any(n.approx == f.approx and n.value is not None and mt.to_base(n.value, n.unit)[0] == value
               for n in find_numbers(rest))


def _table_cell(text: str, m: Mention) -> bool:
    """A figure alone on its line, or between the bars of a table row (12175 | 94929 | 235), is a
    cell of a table copied as text; its unit is in the column's header, not beside it."""
    start = text.rfind("\n", 0, m.start) + 1
    end = text.find("\n", m.end)
    line = text[start:end if end >= 0 else len(text)]
    if line.strip() == m.text:
        return True
    return "|" in line and all(c.strip() in ("", "|") for c in (text[start:m.start][-2:], text[m.end:m.end + 2]))


def _unit_left_out(m: Mention, facts: list[Fact], named: Fact | None) -> Fact | None:
    """社会律师办案占98.66 where the sheet says 98.66%: the figure is the fact's, its unit was
    dropped (a slip the published page really had). Only a bare figure, and only when one fact
    (or the one its words name) has exactly that value with a unit."""
    if m.kind != "number" or m.unit or m.value is None:
        return None                     # 排名第2 is a place, written without a unit on purpose
    same = [f for f in facts if f.unit and f.value == m.value]
    if named is not None and any(f is named for f in same):
        return named
    return same[0] if len(same) == 1 else None


def _counted_in_another_word(m: Mention, facts: list[Fact], before: str, after: str,
                             index: mt.LabelIndex) -> Fact | None:
    """收到市民感谢诉求415个 where the sheet (and the sentence before) says 感谢类诉求415件, or
    热线提供服务21万余次 where it says 211172人次: the same figure of the same thing, counted in
    another measure word of any item, or in times for person-times; a 说明, not an error."""
    unit = normalize_unit(m.unit)
    if m.kind != "count" or (unit not in ANY_ITEM and unit not in _TIMES):
        return None
    fits = [f for f in facts if (_same_count_in_other_words(unit, normalize_unit(f.unit))
                                 or _noun_ends_in(unit, after, normalize_unit(f.unit)))
            and mt.supports(m, replace(f, unit=m.unit)) and index.score(f, before, after) > 0]
    return max(fits, key=lambda f: round(index.score(f, before, after), 6)) if fits else None


def _noun_ends_in(unit: str, after: str, fact_unit: str) -> bool:
    """6个大队 where the sheet says 6队: the noun after 个 ends in the fact's measure word."""
    return unit == "个" and len(fact_unit) == 1 and fact_unit != unit and \
        re.match(rf"[\u4e00-\u9fff]{{0,2}}?{re.escape(fact_unit)}(?![\u4e00-\u9fff])", after) is not None


# 次 and 人次 count the same visits when a sentence leaves out who came
_TIMES = frozenset({"次", "人次"})
# 接受依申请公开9次 where the sheet says 9件: requests, complaints and cases counted as times
_REQUESTS_AS_TIMES = frozenset(frozenset({"次", u}) for u in ("件", "起", "宗"))


def _same_count_in_other_words(unit: str, fact_unit: str) -> bool:
    """件 for 个, 次 for 人次, or 次 for 件: two measure words a clerk uses for one count, so the
    figure is the fact's written another way, worth a note rather than an alarm."""
    return unit != fact_unit and (unit in ANY_ITEM and fact_unit in ANY_ITEM or {unit, fact_unit} == _TIMES
                                  or {unit, fact_unit} in _REQUESTS_AS_TIMES)


_FRAME_BEFORE = re.compile(r"(?:在|从|对|就)(?:上述|这|前述|所)?[^，,。；;\d]{0,10}$")
_FRAME_AFTER = re.compile(r"[^，,。；;\d]{0,8}?中")
# 2024年重新对295项行政执法事项进行梳理: the things gone over again, as stated before
_GONE_OVER_AFTER = re.compile(r"[^，,。；;\d]{0,12}?(?:进行|开展)?(?:重新)?(?:梳理|清理|审查|评查|核查|复核|调整|整合|评估)")


def _restated(text: str, mentions: list[Mention], i: int, supported: dict) -> str | None:
    """新收案件24件。在受理的24件案件中，…: a figure already stated, named again as the scope a
    breakdown is taken from (在…N件…中) or as what is gone over again (重新对295项…进行梳理);
    it is the earlier figure's fact, whatever words the
    breakdown shares with other labels. The fact id, or None."""
    m = mentions[i]
    clause = last_of(text, "，,。；;\n", m.start) + 1
    framed = _FRAME_BEFORE.search(text, clause, m.start) and \
        (_FRAME_AFTER.match(text, m.end) or _GONE_OVER_AFTER.match(text, m.end))
    if not framed and not _whole_then_part_done(text, mentions, i):
        return None
    key = mt.to_base(m.value, m.unit)
    for k in range(i - 1, -1, -1):
        prev = mentions[k]
        if prev.needs_fact and prev.value is not None and k in supported and mt.to_base(prev.value, prev.unit) == key:
            return supported[k]
    return None


# 19个问题已整改完成17个, 52件已办结49件: the words between a whole and its part say what the
# part is; the whole is what was stated before
_PART_DONE_BETWEEN = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:已|均已|全部已)[\u4e00-\u9fff]{1,10}$")


def _whole_then_part_done(text: str, mentions: list[Mention], i: int) -> bool:
    m, nxt = mentions[i], mentions[i + 1] if i + 1 < len(mentions) else None
    if nxt is None or not nxt.needs_fact or nxt.value is None or m.kind != "count" or nxt.kind != "count":
        return False
    if not mt.same_measure(m.unit, nxt.unit) or mt.to_base(nxt.value, nxt.unit) >= mt.to_base(m.value, m.unit):
        return False
    return _PART_DONE_BETWEEN.fullmatch(text, m.end, nxt.start) is not None


def _second_mentions_shared(text: str, mentions: list[Mention], supported: dict, facts: list[Fact],
                            used: set[str]) -> set[str]:
    """“五类”“两抢”案件发2起破2起 with facts 发案 2起 and 破案 2起: one sentence giving the same
    value twice, both taken by one fact while another fact of that value goes unused, states
    both facts; the later mention is moved to the unused one, so neither is reported unused."""
    by_id = {f.id: f for f in facts}
    stops = [k for k, ch in enumerate(text) if ch in "。；;！？!?\n"]
    moved: set[str] = set()
    for f in facts:
        if f.id in used or f.id in moved:
            continue
        base = mt.to_base(f.value, f.unit)[0]
        taken: dict[tuple, list[int]] = {}
        for i, fid in supported.items():
            g = by_id.get(fid)
            if g is None or g is f or mt.to_base(g.value, g.unit)[0] != base or not mt.supports(mentions[i], f):
                continue
            taken.setdefault((fid, bisect.bisect_left(stops, mentions[i].start)), []).append(i)
        twice = [ids for ids in taken.values() if len(ids) > 1]
        if twice:
            supported[max(twice[0])] = f.id
            moved.add(f.id)
    return moved


def _label_naming(m: Mention, facts: list[Fact], before: str, after: str, index: mt.LabelIndex) -> Fact | None:
    """3个司法所仅有1名工作人员 with a fact 仅有1名工作人员的司法所 (3个): the 1名 is written in
    the fact's own label, which the clause matches; it qualifies what is counted."""
    written = m.text.strip()
    if not written or not any(ch.isdigit() or ch in "一二两三四五六七八九十" for ch in written):
        return None
    whole = re.compile(_NOT_INSIDE_A_NUMBER + re.escape(written))   # not 4年 in 2014年

    def written_alike(label: str) -> bool:
        # the words hugging the figure are the label's own (仅有1名工作人员), not just any place
        # the label happens to hold the same numeral (第二轮评审 vs 居全省第二)
        return any((before[-2:] and label[max(0, h.start() - 2):h.start()] == before[-2:])
                   or (after[:2] and label[h.end():h.end() + 2] == after[:2])
                   for h in whole.finditer(label))

    return _best_fitting([f for f in facts if written_alike(f.label)], before, after, index)


def _label_stating_the_bound(m: Mention, facts: list[Fact], before: str, after: str,
                             index: mt.LabelIndex) -> Fact | None:
    """11个市（州）开展公职律师的工作单位均超过100家 with a fact 开展公职律师工作单位超过100家的市（州）
    (11个): the hedged figure, hedge and unit and all, is the cut the label draws, so it is that
    fact's words, not a figure that some larger fact (新设律师事务所 173家) happens to exceed. A
    fact of the figure's own value is stated, whatever other label draws the same cut."""
    written = m.text.strip()
    if m.kind == "rank" or not m.approx or m.approx not in written or not m.unit or m.unit not in written:
        return None
    value = mt.to_base(m.value, m.unit)
    if any(mt.comparable(m, f) and mt.to_base(f.value, f.unit) == value for f in facts):
        return None
    whole = re.compile(_NOT_INSIDE_A_NUMBER + re.escape(written) + r"(?![\d.])")
    return _best_fitting([f for f in facts if whole.search(f.label)], before, after, index)


_NOT_INSIDE_A_NUMBER = r"(?<![\d.零〇一二两三四五六七八九十百千万])"


def _best_fitting(facts: list[Fact], before: str, after: str, index: mt.LabelIndex) -> Fact | None:
    """Of the facts whose labels hold the figure, the one the clause's words fit best, if any fits."""
    fits = [f for f in facts if index.score(f, before, after) > 0]
    return max(fits, key=lambda f: round(index.score(f, before, after), 6)) if fits else None


def _planned_row_named(finding, facts: list[Fact], year: int, before: str) -> bool:
    """计划审查地方性法规草案4件 where the sheet's row 2024年计划审查地方性法规草案 says 3: the clerk
    keeps the plan as a row, so a plan figure off the row its words name is a slip, not a target
    the sheet cannot know. The row must be a plan's, and what it counts, less the plan's words,
    must be written right before the figure (计划制定政府规章 names no 地方性法规草案)."""
    named = next((f for f in facts if f.id == finding.fact_id), None)
    if named is None or not (_PLANNED_LABEL.search(named.label) or f"{year + 1}年" in named.label):
        return False
    counted = mt.han(_PLANNED_LABEL.sub("", _A_YEAR.sub("", named.label)))
    return len(counted) >= 2 and counted in mt.han(before)


_PLANNED_LABEL = re.compile(r"计划|目标|拟|力争|下一?年度?")
_A_YEAR = re.compile(r"(?:19|20)\d{2}年度?")


def _plan_spans(text: str) -> list[tuple[int, int]]:
    """Where a whole report's 下一年度安排 parts are: a clerk's own Word file holds its plans too,
    and their targets (培训不少于4期) are not statistics of the year reported on."""
    if not _PLANS.search(text):
        return []
    from drafter.corpus import KIND_PLANS, report_parts

    return [(p.start, p.end) for p in report_parts(text.split("\n")) if p.kind == KIND_PLANS]


def _era_findings(text: str, year: int, section_kind: str | None, plan_spans: list[tuple[int, int]]) -> list:
    """Era wording, where the next year's plans may name what that year brings: a report on 2020
    plans 深入开展“八五”普法 for 2021. Wording in the plans is charged only when it fits neither year."""
    from drafter.verify import check_era

    found = check_era(text, year)
    ahead = plan_spans if not _is_plans(section_kind) else [(0, len(text))]
    if not ahead or not found:
        return found
    next_year = {(f.rule, f.start, f.end) for f in check_era(text, year + 1)}
    return [f for f in found if f.start is None or (f.rule, f.start, f.end) in next_year
            or not any(a <= f.start < b for a, b in ahead)]


def _stated_keys(stated: list[str]) -> set[tuple]:
    """Value, unit and hedge of every statistic in the clerk's own points."""
    return {_stated_key(m) for point in stated for m in find_numbers(point)
            if m.needs_fact and m.value is not None}


def _stated_key(m: Mention) -> tuple:
    value, unit = mt.to_base(m.value, m.unit)
    return (value, unit, m.approx or "", m.value_high)


def verify(text: str, facts: list[Fact], *, year: int, section_kind: str | None,
           expected: list[Fact] | None, stated: list[str] = (), units: dict[int, str] | None = None,
           column_years: dict | None = None):
    from drafter.register import blank_to_fill
    from drafter.verify import STATED, Finding, Verification

    notes_kept = text
    text = blank_to_fill(text)     # a 【待补充】 note quotes what the clerk must write: not checked as the report's
    mentions = find_numbers(text, units)
    stated_keys = _stated_keys(list(stated))
    result = Verification(mentions=mentions)
    index = mt.LabelIndex(facts)
    used: set[str] = set()
    # a whole document is the clerk's (drafter verify 报告.docx); a section is a model's draft,
    # whose invented targets stay errors
    plan_spans = _plan_spans(text) if section_kind is None else []
    written = {mt.to_base(m.value, m.unit) for m in mentions if m.needs_fact and m.value is not None}
    labels = {f.id: f.label for f in facts}
    charged: dict[int, Fact] = {}       # a figure charged with 张冠李戴 -> the fact of its value
    targets: set[int] = set()           # starts of plan figures no fact supports (培训不少于4期)

    def label_stated_by(k: int) -> str | None:
        return labels.get(result.supported.get(k))

    for i, m in enumerate(mentions):
        if not m.needs_fact or m.value is None:
            continue
        earlier = _restated(text, mentions, i, result.supported)
        if earlier is not None:
            result.supported[i] = earlier        # 在受理的24件案件中: the scope of a breakdown
            continue

        before, after = mt.contexts(text, mentions, i, label_stated_by)
        before = mt.with_year_named(mt.respective_item(text, mentions, i) or mt.paired_change(text, mentions, i)
                                    or mt.money_of_the_count(text, mentions, i, label_stated_by) or before, year)
        quote = _quote(text, m, mentions)
        sentence = _sentence_before(text, m)

        if m.kind == "range":
            ends = _range_ends(m, facts, index, before, after)
            known = [f for f in ends if f is not None]
            if known:
                result.supported[i] = known[0].id
                used.update(f.id for f in known)
            if len(known) == 1:
                # 降幅40%-50% with a fact for 40% only: the other end is a figure no fact supports
                other = m.value_high if ends[0] else m.value
                result.findings.append(Finding(
                    "unsupported", _severity(text, m),
                    f"“{quote}”一端与事实「{known[0].label}」（{mt.fact_text(known[0])}）相符，"
                    f"另一端{mt.fmt(other)}没有对应的事实，请补充事实或核对", m.start, m.end, m.text))
            elif len(known) == 2 and known[0] is known[1]:
                # 50%-50% where the sheet has 40% and 50% for the two ends: one fact stated twice
                result.findings.append(Finding(
                    "unsupported", _severity(text, m),
                    f"“{quote}”两端都是事实「{known[0].label}」（{mt.fact_text(known[0])}）的数值，"
                    f"请核对区间的另一端", m.start, m.end, m.text))
            if known:
                continue
            candidates = []
        else:
            candidates = [f for f in facts if mt.supports(m, f)]
            # a fact of another year is set aside only for one that fits: a figure whose clause has
            # just had its year changed is the year check's finding, not a new unsupported one
            candidates = [f for f in candidates if not mt.other_year(f.label, before)] or candidates
            # 排名第2 is no 较上年前移2位: a change fact is never what a clause without a change word states
            clause = _clause_around(text, m)
            candidates = [f for f in candidates if not mt.other_measure(f.label, clause)]
            if m.approx == "前" and any(f.approx == "前" and mt.comparable(m, f) for f in facts):
                # 进入全国前40 where the sheet says 前30: the clerk wrote the band down, so the band
                # is checked against it, not against a place (第26名) that any wider band holds
                candidates = [f for f in candidates if f.approx == "前"]

        if candidates and _hedge_added(m, candidates, facts, before, after, index):
            candidates = []

        bound = _label_stating_the_bound(m, facts, before, after, index)
        if bound is not None:
            result.supported[i] = bound.id
            continue

        if candidates:
            # 4000多件 with a row 4000, 多: that row, not one the hedge merely covers (4714件)
            # (应当在十日内报到 with rows 10 and 5: the row of the figure written, not one the bound covers)
            pool = [f for f in candidates if mt.same_hedge(f.approx, m.approx)] \
                if any(mt.hedged_as_written(m, f) for f in candidates) else _of_the_value_written(m, candidates)
            # prefer the fact the clause names; among equals, the one the sentence names, then
            # one not yet used (受理举报895件，办结率100% is 举报办结率, not 投诉办结率)
            best = min(pool, key=lambda f: (-round(index.score(f, before, after), 6),
                                                  -round(index.score(f, sentence, ""), 6), f.id in used))
            used.add(best.id)
            charge = None if sums_the_run_before(text, mentions, i) else \
                _rival.charge(_rival.Clause(m, candidates, best, facts, before, after, mt.clause_tail(text, mentions, i),
                                            index, written, mt.clause_predicate(text, mentions, i), sentence,
                                            _since_last_figure(text, mentions, i), _runs_into_next(text, mentions, i),
                                            mentions[i + 1] if i + 1 < len(mentions) else None,
                                            _words_to_next(text, mentions, i), _rest_of_clause(text, mentions, i),
                                            in_plans=_is_plans(section_kind)
                                            or any(a <= m.start < b for a, b in plan_spans)))
            if charge is None:
                result.supported[i] = best.id
            else:
                rival, severity = charge
                year_here = mt.year_just_before(before)
                # a charge the clause's year makes (今年追回348.75亿元 where 348.75 is a fact of
                # 2018年至2020年 and the rival one of 2021年) is not the words', so no crossing undoes it
                by_year = mt.other_year(best.label, before) and not mt.other_year(rival.label, before)
                if not (year_here and year_here in rival.label) and not by_year:
                    charged[i] = best       # a charge the words make, to be weighed against the crossed reading
                result.findings.append(Finding(
                    "misattributed", severity,
                    f"“{quote}”中的{mt.fmt(m.value)}与事实「{rival.label}」（{mt.fact_text(rival)}）不符，"
                    f"{mt.fmt(m.value)}是「{best.label}」的数值，疑似张冠李戴",
                    m.start, m.end, m.text, fact_id=rival.id))
            continue

        if _stated_key(m) in stated_keys:
            result.supported[i] = STATED
            continue

        named_in = _label_naming(m, facts, before, after, index)
        if named_in is not None:
            result.supported[i] = named_in.id      # 仅有1名工作人员的司法所: part of a label's own words
            continue

        derived = None if m.kind == "range" or _rate_fact_named(m, facts, before) else \
            _derived(m, facts, before, sentence, _paragraph(text, m), index,
                     numerator=_share_of_previous(text, mentions, i, result.supported, facts),
                     written_before=sentence[max(sentence.rfind("，"), sentence.rfind(",")) + 1:])
        if derived:
            fa, fb, formula = derived
            result.findings.append(Finding(
                "derived", "info",
                f"“{quote}”由事实「{fa.label}」和「{fb.label}」计算得出：{formula}，请确认口径",
                m.start, m.end, m.text, fact_id=fa.id, formula=formula))
            result.supported[i] = fa.id
            used.update((fa.id, fb.id))
            continue

        earlier = _last_years_value(m, facts, sentence, after, index, year, (column_years or {}).get(m.start))
        if earlier is not None:
            result.findings.append(Finding(
                "last_year", "info",
                f"“{quote}”是事实「{earlier.label}」的上年值（{mt.fact_text(replace(earlier, value=earlier.last_year))}），"
                f"与事实材料一致", m.start, m.end, m.text, fact_id=earlier.id))
            continue
        finding, meant = _unsupported(text, m, facts, before, after, quote, index, sentence)
        if finding.kind == "unit" and _table_cell(text, m):
            # 罚没金额（万元） over a column whose cell reads 1753.79: the header holds the unit
            result.supported[i] = meant.id
            used.add(meant.id)
            continue
        if finding.kind == "unsupported" and any(a <= m.start < b for a, b in plan_spans):
            if _planned_row_named(finding, facts, year, before):
                finding.severity = "warning"     # the plan's own row says otherwise: a slip
            else:
                # 培训不少于4期 under 下一年度主要安排: a target the clerk sets, which no fact of
                # the year can support; shown, never counted against the draft
                finding.severity = "info"
                finding.message = f"“{quote}”是计划目标，事实材料中没有对应的数字，请与年度工作计划核对"
                targets.add(m.start)
        result.findings.append(finding)
        if meant is not None:
            used.add(meant.id)

    used |= _second_mentions_shared(text, mentions, result.supported, facts, used)
    used |= facts_named_as_bounds(text, mentions, [f for f in facts if f.id not in used], index)
    result.findings.extend(_direction_findings(text, mentions))
    result.findings.extend(arithmetic_findings(text, mentions))
    counted = list_findings(text, mentions)
    # 风险评估四个法定程序 after three items: the list's finding says what is wrong with 四个;
    # a note that no fact holds 4 as well would be a second finding on one figure
    spans = {(x.start, x.end) for x in counted}
    result.findings = [x for x in result.findings
                       if not (x.kind == "unsupported" and x.severity == "info" and (x.start, x.end) in spans)]
    result.findings.extend(counted)
    result.findings.extend(repeated_ordinal_findings(text))
    result.findings.extend(part_findings(text, mentions))
    result.findings.extend(share_findings(text, mentions))
    used |= facts_named_by_lists(text, mentions, [f for f in facts if f.id not in used], index)
    result.findings.extend(_year_findings(text, mentions, year, section_kind))
    result.findings.extend(_years_run_together(text))
    result.findings.extend(_dates_run_together(mentions))
    result.findings.extend(_placeholders(text))
    result.findings.extend(_to_fill(notes_kept))
    result.findings.extend(_era_findings(text, year, section_kind, plan_spans))

    # the facts sheet as evidence: a figure and a fact both left over with one value are one statistic
    def context_of(k: int) -> tuple[str, str]:
        before, after = mt.contexts(text, mentions, k, label_stated_by)
        return mt.respective_item(text, mentions, k) or before, after

    result.findings = charges_answered(mentions, result.findings, charged, facts, index, context_of,
                                       result.supported)
    result.findings, paired = pair_unsupported(mentions, result.findings, [f for f in facts if f.id not in used],
                                               facts, index, context_of, result.supported)
    used |= paired
    used |= move_shared(mentions, [f for f in facts if f.id not in used], facts, index, context_of,
                        result.supported, lambda k: _sentence_before(text, mentions[k]))
    used |= written_elsewhere(text, mentions, [f for f in facts if f.id not in used], index)
    for finding, f in slips_to_shared(mentions, [f for f in facts if f.id not in used], facts, index,
                                      context_of, result.supported, lambda m: _quote(text, m, mentions),
                                      lambda k: _sentence_before(text, mentions[k])):
        result.findings.append(finding)
        used.add(f.id)

    pool = facts if expected is None else expected
    result.unused_facts = [f for f in pool if f.id not in used]
    offs = groups_off_their_fact(text, mentions, result.unused_facts, index)
    offs += [(m, f) for m, f in groups_naming_a_fact(text, mentions, facts) if all(m is not n for n, _ in offs)]
    for m, f in offs:
        result.findings.append(Finding(
            "unsupported", "warning",
            mt.off_its_fact(_quote(text, m, mentions), m, f),
            m.start, m.end, m.text, fact_id=f.id))
        if f in result.unused_facts:
            result.unused_facts.remove(f)      # its finding is the group's, where it went wrong
    for finding, m, f in _wrong_figures_of_unused_facts(text, mentions, result.findings, result.unused_facts, index,
                                                          frozenset(targets)):
        finding.severity, finding.fact_id = ("warning" if finding.severity == "info" else finding.severity), f.id
        finding.message = mt.off_its_fact(_quote(text, m, mentions), m, f)
        result.unused_facts.remove(f)          # its finding is the count's, where it went wrong
    # a figure already charged with being this fact written wrong says where the fact went
    named = {x.fact_id for x in result.findings if x.kind == "unsupported" and x.severity != "info"}
    result.unused_facts = [f for f in result.unused_facts if f.id not in named]
    for f in result.unused_facts:
        result.findings.append(Finding("unused_fact", "warning",
                                       f"事实「{f.label}」（{mt.fact_text(f)}）在文中没有用到",
                                       fact_id=f.id))
    result.findings.sort(key=lambda x: (x.start if x.start is not None else 1 << 60))
    return result
