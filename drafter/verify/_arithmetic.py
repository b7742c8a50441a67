"""A change written with both of its ends must add up.

优良率95.9%，同比去年91.5%上升4.4个百分点: the text gives this year's figure, the year before's and
the change between them, so the three check one another whatever the facts say. A figure swapped
into one of the three places (9.09% for 91.5%), or a change written the wrong way round, breaks the
sum; a clerk's facts sheet rarely holds all three, so this catches what the facts cannot. The
shape 由A压缩到B，共压缩C must add up the same way, and so must 收到A件，与上年相比增加了B件，增幅为C%
and 收到A件，较上年B件增加C件，增长了D% (the rate is the change over the year before's figure),
and a rate named by its part's words should follow from that part and the whole before it
(开庭审理64件，负责人出庭应诉47件，出庭应诉率73.4%; only a 提醒, the rate may have another whole).

Only the plain shape is read: a figure, then 同比/较/比 (a period may follow) and the earlier figure
in the same measure, then 上升/增长/下降/减少… and the change, all in one clause. The change is
compared in its own measure: 个百分点 (difference of two rates), % (relative change; for two rates
either reading), or the figures' own unit (difference). Rounding of every written figure is allowed.
"""

from __future__ import annotations

import re
from decimal import Decimal

from drafter.numbers import Mention
from drafter.numbers._text import SENTENCE_STOP
from drafter.numbers.units import normalize_unit, same_measure, to_base
from drafter.verify._change import COMPARED_PERIOD, DOWN, DOWN_TO_ONLY, UP, UP_TO_ONLY, any_of, compared_against
from drafter.verify._match import (FROM_FIGURE, OTHER_PERIOD_SAID, SHARE_OF_ALL, clause_start_before, fmt, han,
                                   whole_and_exact, written_ulp)
from drafter.verify._parts import total_before

# (移送问题线索23件，上年为27件，同比增长14.8%: the year before's figure said in a clause of its own)
_COMPARED_WITH = re.compile(rf"^(?:[，,]?\s*(?:同比|较|比|与)\s*{COMPARED_PERIOD}?的?|[，,]\s*{OTHER_PERIOD_SAID})\s*$")
# (较上年的31件同比增长25.8%: a 同比 repeated after the comparison is the same one)
_MOVED = re.compile(rf"^\s*(?:相比)?[，,]?\s*(?:同比|环比)?(?P<way>{any_of(UP, DOWN, ('回落',))})了?\s*$")
# 收到157件（上年为118件），同比增长33.1%: the year before's figure in a note (_YEAR_BEFORE_NOTE),
# the change after it
_MOVED_AFTER_NOTE = re.compile(rf"^[）)]\s*[，,]?\s*(?:同比|环比|较上年)?(?P<way>{any_of(UP, DOWN, ('回落',))})了?(?:幅度)?(?:为|达)?\s*$")
# 由9730个工作日，压缩到5591个工作日，共压缩4139个工作日: from, to, and the change between them
# (提高到2020年的91.2%: the year the end was reached may stand before it; 由上年的312起降至275起)
_TO = re.compile(rf"^[，,]?[^，,。；;！？!?\d]{{0,12}}?(?:{any_of(DOWN, UP)}了?(?:至|到|为)|{any_of(DOWN_TO_ONLY, UP_TO_ONLY)}(?:至|到|为)?)"
                 rf"(?:目前|现在|(?:19|20)\d{{2}}年(?:底|末)?)?"
                 rf"的?\s*$")
# (…精简至6份，精简幅度达45.5%: the change as a share of where it started)
# (由368件增加到426件，同比增长13.6%: 同比 says the start was the year before's)
# (由上年的24件下降至15件，降幅达37.5%: 降幅 and 增幅 name that share too)
_BY = re.compile(rf"^[，,]\s*(?:同比|较上年)?(?:(?:共|累计|共计|合计)?{any_of(DOWN, UP)}了?(?:幅度|比例)?|[降增减涨]幅)"
                 rf"(?:为|达到?)?\s*$")

# 注销登记47家，注销登记较上年的52家增长9.6%: the comparison names again what the figure counts
_COMPARED_NAMING = re.compile(rf"^[，,]\s*(?P<name>[\u4e00-\u9fff]{{2,8}}?)(?:同比|较|比|与)\s*{COMPARED_PERIOD}?的?\s*$")


def _compared_by_name(text: str, a: Mention, b: Mention) -> bool:
    named = _COMPARED_NAMING.match(text[a.end:b.start])
    return bool(named) and named.group("name") in text[clause_start_before(text, a.start):a.start]


def arithmetic_findings(text: str, mentions: list[Mention]) -> list:
    """One warning per figure, comparison and change that do not add up."""
    from drafter.verify import Finding

    stats = [m for m in mentions if m.needs_fact and m.value is not None and m.value_high is None]
    out = []
    subject: dict[int, Mention] = {}      # a change -> the figure it is the change of
    for a, b, c in zip(stats, stats[1:], stats[2:]):
        moved = _MOVED.match(text[b.end:c.start])
        noted = _YEAR_BEFORE_NOTE.match(text[a.end:b.start]) and _MOVED_AFTER_NOTE.match(text[b.end:c.start])
        if noted:
            moved = noted
        elif not moved or not (_COMPARED_WITH.match(text[a.end:b.start]) or _compared_by_name(text, a, b)):
            continue
        # 88.7分，比2019年的85.2分提高3.5分，比2018年的81.9分提高6.8分: a comparison after a
        # change leaves its figure unsaid; it is the first one's
        a = subject.get(id(a), a) if text[a.end:b.start].startswith(("，", ",")) else a
        subject[id(c)] = a
        if a.approx or b.approx or c.approx:
            continue
        if normalize_unit(a.unit) != normalize_unit(b.unit):
            continue
        up = moved.group("way") in UP
        a = _whole_compared(text, stats, a, b, c, up=up)
        now, then = to_base(a.value, a.unit)[0], to_base(b.value, b.unit)[0]
        if (up and now < then) or (not up and now > then):
            # 23件，较上年的31件同比增长25.8%: the two ends say which way it went; the word is written
            # the other way round, whatever the change figure
            out.append(Finding("direction", "error",
                               f"“{text[a.start:c.end]}”中{a.text}比{b.text}{'小' if up else '大'}，"
                               f"却写作{moved.group('way')}，请核对是否写反", a.start, c.end, text[a.start:c.end]))
            continue
        if _adds_up(a, b, c):
            continue
        message = f"“{text[a.start:c.end]}”中{a.text}与{b.text}相比，算不出{moved.group('way')}" \
                  f"{c.text}，请核对这三个数字"
        if normalize_unit(c.unit) == "倍":
            message += f"（“{moved.group('way')}N倍”指增加的部分是原数的N倍，即现数是原数的N+1倍）"
        out.append(Finding("arithmetic", "warning", message, a.start, c.end, text[a.start:c.end]))
    return out + _from_to_by(text, stats) + _total_change_rate(text, stats) + _change_and_its_rate(text, stats) + \
        _rate_of_its_counts(text, stats) + _share_of_the_whole_before(text, stats) + _the_rest(text, stats) + \
        _change_then_the_year_before(text, stats) + _rate_of_a_part_named_further_up(text, stats) + \
        _share_of_the_whole_after(text, stats)


# 受理矛盾纠纷287件，其中土地承包纠纷86件、…劳资纠纷58件，较2019年的259件增加32件: after a list of
# parts the comparison may be the whole's
_LIST_OF_PARTS = re.compile(r"其中[^，,。；;：:！？!?]*、[^，,。；;：:！？!?]*$")


def _whole_compared(text: str, stats: list[Mention], a: Mention, b: Mention, c: Mention, *, up: bool) -> Mention:
    """The figure a comparison after a 其中 list is about: the list's last part when the change
    fits it, else the whole the list breaks down when the two ends fit that one's way. A clerk
    writes the year before's figure after the list as often as after the whole, and a part
    compared with a figure larger than the whole it is part of cannot be meant."""
    among = _LIST_OF_PARTS.search(text, clause_start_before(text, a.start), a.start)
    if not among or not text[a.end:b.start].startswith(("，", ",")):
        return a
    whole = total_before(text, stats, among.start())
    if whole is None or whole.approx or normalize_unit(whole.unit) != normalize_unit(a.unit):
        return a
    now, whole_now, then = (to_base(m.value, m.unit)[0] for m in (a, whole, b))
    part_fits = (now >= then if up else now <= then) and _adds_up(a, b, c)
    whole_fits_its_way = whole_now >= then if up else whole_now <= then
    return whole if not part_fits and whole_fits_its_way else a


# 案件4件，较上年减少3件（上年为8件）: the change (_CHANGE_OF_TOTAL), then the year before's
# figure in a note
_YEAR_BEFORE_NOTE = re.compile(rf"^[（(]{OTHER_PERIOD_SAID}$")


def _change_then_the_year_before(text: str, stats: list[Mention]) -> list:
    """涉乡行政诉讼案件4件，较上年减少3件（上年为8件）: the figure, its change and the year
    before's figure in brackets must agree (8 to 4 is a fall of 4)."""
    from drafter.verify import Finding

    out = []
    for a, c, b in zip(stats, stats[1:], stats[2:]):
        moved = _CHANGE_OF_TOTAL.match(text[a.end:c.start])
        if not moved or not _YEAR_BEFORE_NOTE.match(text[c.end:b.start]) or any(m.approx for m in (a, b, c)):
            continue
        if normalize_unit(a.unit) != normalize_unit(b.unit):
            continue
        now, then = to_base(a.value, a.unit)[0], to_base(b.value, b.unit)[0]
        up = moved.group("way") in UP
        if (up and now >= then or not up and now <= then) and _adds_up(a, b, c):
            continue
        end = b.end + (text[b.end:b.end + 1] in ("）", ")"))
        out.append(Finding("arithmetic", "warning",
                           f"“{text[a.start:end]}”中{a.text}与上年的{b.text}相比，算不出{moved.group('way')}"
                           f"{c.text}，请核对这三个数字", a.start, end, text[a.start:end]))
    return out


def _way_said(words: str) -> str | None:
    """The one verb of direction a change's words say (增长, 下降), or None when they say none or
    more than one (UP and DOWN share no word, so one verb is one way)."""
    said = [w for w in UP + DOWN if w in words]
    return said[0] if len(said) == 1 else None


def _from_to_by(text: str, stats: list[Mention]) -> list:
    """由A压缩到B，共压缩C: the change written after the two ends must be their difference."""
    from drafter.verify import Finding

    out = []
    for a, b, c in zip(stats, stats[1:], stats[2:]):
        if not (FROM_FIGURE.search(text, max(0, a.start - 8), a.start) and _TO.match(text[a.end:b.start])
                and _BY.match(text[b.end:c.start])) or a.approx or b.approx or c.approx:
            continue
        if not same_measure(a.unit, b.unit) or normalize_unit(a.unit) == "":
            continue
        start, end = to_base(a.value, a.unit)[0], to_base(b.value, b.unit)[0]
        way, way_to = _way_said(text[b.end:c.start]), _way_said(text[a.end:b.start])
        if way and (way in UP) != (end > start) and end != start and not (way_to and (way_to in UP) == (way in UP)):
            # (由2643件，压缩到3865件，共压缩1222件: the ends contradict both verbs, which the
            # direction check of the from–to pair reports once)
            # 由上年的94件下降至81件，同比增长13.8%: the two ends fell, the change is written as a rise
            out.append(Finding("direction", "error",
                               f"“{text[a.start:c.end]}”中从{a.text}到{b.text}是{'减少' if end < start else '增加'}，"
                               f"却写作{way}{c.text}，请核对是否写反", a.start, c.end, text[a.start:c.end]))
            continue
        gap = abs(start - end)
        if normalize_unit(a.unit) == "%":
            # 优秀率由58%提升至71%，提高了13个百分点: two rates move by points; a % after them
            # may be either their difference or its share of the first, so it is left alone
            if normalize_unit(c.unit) != "个百分点" or \
                    abs(gap - c.value) <= _half_ulp(a) + _half_ulp(b) + _half_ulp(c):
                continue
            said = f"{a.text}与{b.text}相差{fmt(gap)}个百分点"
        elif c.kind == "fraction" or normalize_unit(c.unit) == "%":
            # 由36小时缩短至18小时，缩短一半 / 压缩65%: a share of where it started
            share = c.value if c.kind == "fraction" else c.value / 100
            # (由上年的214件增至263件，增长24.8%: a share written to a decimal is held to its own
            # rounding; only a share in words, 缩短一半, is read as a round figure)
            slack = _FRACTION_SLACK if c.kind == "fraction" else _PERCENT_SLACK
            if not start or abs(gap / start - share) <= slack + _half_ulp(c) / 100:
                continue
            said = f"从{a.text}到{b.text}变化了{fmt(round(gap / start * 100, 1))}%"
        elif same_measure(b.unit, c.unit):
            slack = sum(to_base(_half_ulp(m), m.unit)[0] for m in (a, b, c))
            if abs(gap - to_base(c.value, c.unit)[0]) <= slack:
                continue
            said = f"{a.text}与{b.text}相差{fmt(gap)}"
        else:
            continue
        out.append(Finding("arithmetic", "warning",
                           f"“{text[a.start:c.end]}”中{said}，与写明的{c.text}不符，"
                           f"请核对这三个数字", a.start, c.end, text[a.start:c.end]))
    return out


# 缩短一半, 压缩三分之二: a fraction in words is a round share; 60日压缩至20日 is 三分之二, not 四分之三
_FRACTION_SLACK = Decimal("0.02")
_PERCENT_SLACK = Decimal("0.002")


# 收到2526件，与2019年相比增加了1325件，增幅为110.32%: this year's total, the change, its rate
# (收到357件，较上年增加128件，增长55.9%; 同比减少120件，下降10.91%)
_CHANGE_OF_TOTAL = re.compile(r"^[，,]?\s*(?:(?:与|较|比)(?:上年|去年|上一年度?|(?:19|20)\d{2}年)(?:同期)?(?:相比)?|同比)"
                              r"[，,]?\s*(?P<way>增加|增长|上升|减少|下降)了?\s*$")
# the rate written after a change: ，增长了63%, ，增幅为110.32% (read by both checks below)
_RATE_THEN = re.compile(r"^[，,]\s*(?:同比)?(?:增长|上升|下降|减少|增幅|降幅|增长率|下降率)了?(?:为|达)?\s*$")


def _total_change_rate(text: str, stats: list[Mention]) -> list:
    """收到2526件，与2019年相比增加了1325件，增幅为110.32%: the year before is the total less the
    change, and the rate is the change over it. A change swapped with its total (收到1325件…增加了
    2526件) leaves no year before at all."""
    from drafter.verify import Finding

    out = []
    for a, b, c in zip(stats, stats[1:], stats[2:]):
        moved = _CHANGE_OF_TOTAL.match(text[a.end:b.start])
        if not moved or not _RATE_THEN.match(text[b.end:c.start]) or a.approx or b.approx or c.approx:
            continue
        if not same_measure(a.unit, b.unit) or normalize_unit(a.unit) == "%" or normalize_unit(c.unit) != "%":
            continue
        if any(_rate_follows(t, b, c, moved.group("way") in UP) for t in [a] + _whole_before_among(text, stats, a)):
            continue
        out.append(Finding("arithmetic", "warning",
                           f"“{text[a.start:c.end]}”中{a.text}{moved.group('way')}{b.text}，算不出{c.text}的幅度，"
                           f"请核对这三个数字", a.start, c.end, text[a.start:c.end]))
    return out


def _rate_follows(a: Mention, b: Mention, c: Mention, up: bool) -> bool:
    """Whether the rate ``c`` is the change ``b`` over the year before's figure (``a`` less ``b``)."""
    total, change = to_base(a.value, a.unit)[0], to_base(b.value, b.unit)[0]
    before = total - change if up else total + change
    slack = to_base(_half_ulp(a), a.unit)[0] + to_base(_half_ulp(b), b.unit)[0]
    return before > slack and abs(change / before * 100 - c.value) <= _half_ulp(c) + slack / before * 200 + Decimal("1e-9")


_AMONG_AFTER = re.compile(r"^[，,]?\s*其中")


def _whole_before_among(text: str, stats: list[Mention], part: Mention) -> list[Mention]:
    """完成抽检监测3860批次，其中监督抽检3215批次、风险监测645批次，较上年增加412批次: a change
    written after the last part of a 其中 list may be the whole's; the whole is the figure right
    before the 其中, in the same sentence and measure, or the one before its own 同比 change."""
    stop = max(text.rfind(ch, 0, part.start) for ch in SENTENCE_STOP)
    among = text.rfind("其中", stop + 1, part.start)
    if among < 0:
        return []
    before = [m for m in stats if stop < m.start and m.end <= among]
    if not before:
        return []
    whole, lead = before[-1], before[-1].end
    if len(before) > 1 and normalize_unit(whole.unit) == "%" and \
            _CHANGE_OF_TOTAL.match(text[before[-2].end:whole.start]):
        whole = before[-2]      # 采集案件10.37万件，同比增长18.5%，其中…: the change is the whole's own
    if whole.approx or not _AMONG_AFTER.match(text[lead:among + 2]) \
            or normalize_unit(whole.unit) != normalize_unit(part.unit):
        return []
    return [whole]


# 收到281件，较2020年172件增加109件，增长了63%: the rate after the change is the change over the
# year before's figure
_CLAUSE_BREAK = re.compile(r"[。；;！？!?：:\n]")


def _change_and_its_rate(text: str, stats: list[Mention]) -> list:
    """收到281件，较2020年172件增加109件，增长了63%: a figure, the year before's and the change
    check one another (arithmetic_findings), and a rate written after them must be the change
    over the year before's. The two ends swapped (较2020年109件增加172件) still add up; the rate
    (172/109 is 158%) is what shows it. A rate in 倍 is the change over the year before's too
    (比上年同期查获的435.96万支增加4295.59万支，增长9.9倍)."""
    from drafter.verify import Finding

    out = []
    for a, b, c, d in zip(stats, stats[1:], stats[2:], stats[3:]):
        moved = _MOVED.match(text[b.end:c.start])
        if not moved or not _RATE_THEN.match(text[c.end:d.start]) or not _the_year_befores(text, a, b):
            continue
        per = {"%": 100, "倍": 1}.get(normalize_unit(d.unit))
        if any(m.approx for m in (a, b, c, d)) or per is None or \
                normalize_unit(a.unit) in ("%", "个百分点") or \
                not (same_measure(a.unit, b.unit) and same_measure(b.unit, c.unit)):
            continue
        then, change = to_base(b.value, b.unit)[0], to_base(c.value, c.unit)[0]
        slack = to_base(_half_ulp(b), b.unit)[0] + to_base(_half_ulp(c), c.unit)[0]
        # a rate is a rounded figure, whole or not (增长3倍 for 3.02)
        if then <= slack or abs(change / then * per - d.value) <= written_ulp(d)[0] / 2 + slack / then * 2 * per + Decimal("1e-9"):
            continue
        said = f"{fmt(round(change / then * 100, 1))}%" if per == 100 else f"{fmt(round(change / then, 2))}倍"
        out.append(Finding("arithmetic", "warning",
                           f"“{text[a.start:d.end]}”中{c.text}与{b.text}相比是{said}，"
                           f"与写明的{d.text}不符，请核对这几个数字", a.start, d.end, text[a.start:d.end]))
    return out


def _the_year_befores(text: str, a: Mention, b: Mention) -> bool:
    """较2020年172件 right after the figure it compares, or, in the same clause, the year before's
    figure named by the subject and verb again (181起，大要案查获数比上年同期查获的75起)."""
    between = text[a.end:b.start]
    return bool(_COMPARED_WITH.match(between)) or \
        not _CLAUSE_BREAK.search(between) and compared_against(between)


# 开庭审理64件，负责人出庭应诉47件，出庭应诉率76.6%: the clause of the part, then the rate named
# by the part's own words
# (审结252件，其中作出撤销、变更、确认违法等纠错决定35件，纠错率15.9%: a 其中 may list the outcomes)
# (应办结的1502件中按期办结1473件，按期办结率98.1%: the whole, then 中 and the part)
_PART_CLAUSE = re.compile(r"^(?:[，,](?:[^，,。；;：:\d%]{1,16}|其中[^，,。；;：:\d%]{1,22})|中[^，,。；;：:\d%]{1,16})$")
# 应办结的1502件: the whole is already the cases due, so an on-time rate is over it
_DUE_WHOLE = re.compile(r"应(?:办结|答复|结案|办理|完成|审结)|到期")
# 受理186件，同比下降9.3%；已办结181件: the whole's change (_CHANGE_OF_TOTAL) between it and the part
_PART_AFTER_A_CHANGE = re.compile(r"^[，,；;][^，,。；;：:\d%]{1,16}$")
_RATE_NAMED = re.compile(r"^[，,](?P<name>[\u4e00-\u9fff]{1,10})率(?:为|达到|达|是)?$")


# 截至12月底已整改163卷: a date inside the part's clause says when, and holds no figure
_DATE_DIGITS = re.compile(r"\d{1,2}(?=月[底末份初中]|月\d{1,2}日)|(?<=月)\d{1,2}(?=日)")


def _without_dates(words: str) -> str:
    return _DATE_DIGITS.sub("", words)


def _rate_of_its_counts(text: str, stats: list[Mention]) -> list:
    """开庭审理64件，负责人出庭应诉47件，出庭应诉率76.6%: a whole, a part of it and the rate the
    part's own words name, clause after clause, give the rate (47 of 64 is 73.4%). Only that shape
    is read: a rate written further off, or named by other words, may be over another whole
    (调撤率 over the cases closed, not those received). Even so the whole is often another one
    on published text (报备率100% over the 23 due, not the 95 reviewed), and that moves the rate
    far: such a finding is a 提醒 that names both readings. A rate a few points off its counts is
    a digit slipped or swapped (修复成功率93.6% for 1682 of 1746, 96.3%), a warning."""
    from drafter.verify import Finding

    out = []
    for k, (a, b, c) in enumerate(zip(stats, stats[1:], stats[2:])):
        rate = _RATE_NAMED.match(text[b.end:c.start])
        if rate and k and _CHANGE_OF_TOTAL.match(text[stats[k - 1].end:a.start]) \
                and _PART_AFTER_A_CHANGE.match(text[a.end:b.start]):
            # 受理信访件186件，同比下降9.3%；已办结181件，办结率98.9%: the change is the whole's own
            part_words, a = text[a.end:b.start][1:], stats[k - 1]
        elif rate and k > 1 and _COMPARED_WITH.match(text[stats[k - 2].end:stats[k - 1].start]) \
                and _MOVED.match(text[stats[k - 1].end:a.start]) and _PART_AFTER_A_CHANGE.match(text[a.end:b.start]):
            # 立刑事案件1486起，较上年的1628起下降8.7%；破获1032起，破案率69.4%: the whole, the
            # year before's figure and the change, then the part and its rate
            part_words, a = text[a.end:b.start][1:], stats[k - 2]
        elif rate and b.value > a.value and _PART_AFTER_A_CHANGE.match(text[a.end:b.start]) \
                and (wholes := _whole_before_among(text, stats[:k + 1], a)):
            # 共计97处，其中违章施工41处…违章搭建21处，已整改到位92处，整改率97.9%: after the
            # last part of a 其中 list, the rate's whole is the figure the list breaks down
            whole = wholes[0]
            if _rate_over_one_of_the_parts(stats, whole, a, b, c):
                continue                   # 收到86件，其中受理79件、不予受理7件；审结74件，结案率93.7%: of the 79
            part_words, a = text[a.end:b.start][1:], whole
        elif not rate or not _PART_CLAUSE.match(_without_dates(text[a.end:b.start])):
            continue
        else:
            part_words = _without_dates(text[a.end:b.start])
        if any(m.approx for m in (a, b, c)):
            continue
        if _DECIDED.search(text[clause_start_before(text, a.start):a.start]):
            # 审结27件，胜诉24件，败诉3件，败诉率11.1%: 胜诉 is the other part, and the whole is
            # the figure the two parts make up, written right before them, or none is read
            a = _whole_of_two_parts(text, stats[:k], a, b)
            if a is None:
                continue
        if normalize_unit(c.unit) != "%" or a.kind != "count" or b.kind != "count" or \
                normalize_unit(a.unit) != normalize_unit(b.unit) or not 0 < b.value <= a.value:
            continue
        name = rate.group("name")
        if not _shares_a_word(name, part_words) or _not_its_whole(text, a, name, part_words) \
                or _rate_of_the_part_itself(name, part_words):
            continue
        # 抽检326批次，检出不合格9批次，合格率98.5%: the part's words deny the rate's own word, so
        # the rate is the rest's share (317 of 326 is 97.2%)
        rest = _names_the_rest(name, part_words)
        share = (a.value - b.value if rest else b.value) / a.value * 100
        gap = abs(share - c.value)
        if gap < _NEAR_ENOUGH:
            continue                       # rounded, cut off, or over a whole a few cases apart
        if not rest and _fits_another_whole_of_its_sentence(text, stats[:k], a, b, c):
            # 复议、诉讼案件分别为23件和17件，其中复议被纠错2件，纠错率8.7%: the 23 is its whole
            continue
        both = _whole_of_two_parts(text, stats[:k], a, b)
        if both is not None and abs(b.value / both.value * 100 - c.value) < _NEAR_ENOUGH:
            # 收到规范性文件126件…予以备案113件，发现存在问题的13件，问题发现率10.3%: the two are
            # the parts of the 126 written before them, and the rate is over that whole
            continue
        if _QUALIFIER.search(name) and share < c.value <= 100 and \
                not _DUE_WHOLE.search(text, clause_start_before(text, a.start), a.start):
            # 受理工单562件，按期办结558件，按期办结率99.8%: an on-time rate is over the cases due,
            # which may be fewer than those received (some are not due yet), so it may be higher
            continue
        if abs(100 - share - c.value) <= 2 * _half_ulp(c) and not rest:
            # 排查52件，化解2件，化解率96.2%(, 剩余50件): the rate is the rest's share, so the part
            # written is what was left, the rest's figure moved into its place. Only a rate the
            # rest gives to its last digit says so: 学法52次，组织结业考核1次，考核合格率98.3% (51 of
            # 52 is 98.1%) is over the people examined, a whole the sentence does not write
            out.append(Finding("arithmetic", "warning",
                               f"“{text[a.start:c.end]}”中{b.text}占{a.text}的{fmt(round(share, 1))}%，写明的"
                               f"{c.text}却是其余部分的比例，请核对{b.text}是否与其余的数字写反",
                               a.start, c.end, text[a.start:c.end]))
            continue
        # far off, the whole is another one (审查95件，报备23件，报备率100% is 23 of the 23 due),
        # unless the rate pins a count one digit away from the one written (参考58人，通过45人，
        # 通过率93.8%: 45 of 48): then that digit slipped
        slipped = None
        if c.value > _half_ulp(c) and not rest:
            low, high = c.value - _half_ulp(c), c.value + _half_ulp(c)
            slipped = _digit_slipped(a, b.value * 100 / high, b.value * 100 / low) \
                or _digit_slipped(b, a.value * low / 100, a.value * high / 100)
        elif rest:
            low, high = 100 - c.value - _half_ulp(c), 100 - c.value + _half_ulp(c)
            slipped = _digit_slipped(b, a.value * low / 100, a.value * high / 100)
        severity = "warning" if gap <= _DIGIT_SLIP or slipped else "info"
        hint = f"若{rate.group('name')}率另有统计口径，请写明" + \
            (f"；按写明的比例，{slipped[0].text}或应为{slipped[1]}" if slipped else "")
        counted = f"{a.text}除去{b.text}后的部分占{a.text}" if rest else f"{b.text}占{a.text}"
        out.append(Finding("arithmetic", severity,
                           f"“{text[a.start:c.end]}”中{counted}的{fmt(round(share, 1))}%，与写明的"
                           f"{c.text}不符，请核对这三个数字（{hint}）",
                           a.start, c.end, text[a.start:c.end]))
    return out


def _names_the_part(name: str, words: str) -> bool:
    """纠错 names 纠错47件, and in a review's outcomes also 作出撤销、确认违法和责令履行决定22件: those
    are the decisions that correct (维持 and 驳回 do not)."""
    return words.endswith(name) or name.endswith("纠错") and bool(_CORRECTING.search(words))


_CORRECTING = re.compile(r"^(?!.*(?:维持|驳回)).*(?:撤销|变更|确认违法|责令履行)")


# cases ended without a decision, which a rate of outcomes may leave out of its base
_ENDED_UNHEARD = re.compile(r"终止|中止|撤回|撤诉|不予受理")


def _rate_of_a_part_named_further_up(text: str, stats: list[Mention]) -> list:
    """审结412件，其中维持196件、驳回74件，…纠错47件，以调解书结案58件，终止37件，纠错率14.2%: after
    a 其中 list, a rate named by one of its parts (not the last) is that part's share of the whole
    the list breaks down (47 of 412 is 11.4%). Its base may leave out the cases ended without a
    decision (终止37件: 47 of 375 is 12.5%), so a rate that fits such a base passes."""
    from drafter.verify import Finding

    out = []
    for k, (last, c) in enumerate(zip(stats, stats[1:]), start=1):
        rate = _RATE_NAMED.match(text[last.end:c.start])
        if not rate or normalize_unit(c.unit) != "%" or c.approx or _QUALIFIER.search(rate.group("name")):
            continue
        wholes = _whole_before_among(text, stats[:k], last)
        if not wholes or wholes[0].kind != "count":
            continue
        whole, name = wholes[0], rate.group("name")
        parts = [m for m in stats[:k] if whole.end <= m.start and m.kind == "count"
                 and normalize_unit(m.unit) == normalize_unit(whole.unit)]
        # each part's own words: from the figure before it (or the whole) up to it
        words = [text[(parts[j - 1].end if j else whole.end):m.start] for j, m in enumerate(parts)]
        named = [m for m, w in zip(parts, words) if _names_the_part(name, han(w))]
        if len(named) != 1 or named[0] is last or any(m.approx for m in parts) or not 0 < named[0].value <= whole.value:
            continue
        part = named[0]
        bases = [whole.value] + [whole.value - m.value for m, w in zip(parts, words)
                                 if m.value < whole.value and _ENDED_UNHEARD.search(w)]
        if any(abs(part.value / base * 100 - c.value) < _NEAR_ENOUGH for base in bases if base >= part.value):
            continue
        share = part.value / whole.value * 100
        severity = "warning" if abs(share - c.value) <= _DIGIT_SLIP else "info"
        out.append(Finding("arithmetic", severity,
                           f"“{text[whole.start:c.end]}”中{part.text}占{whole.text}的{fmt(round(share, 1))}%，与写明的"
                           f"{c.text}不符，请核对这几个数字（若{name}率另有统计口径，请写明）",
                           part.start, c.end, text[part.start:c.end]))
    return out


def _fits_another_whole_of_its_sentence(text: str, earlier: list[Mention], a: Mention, b: Mention,
                                         c: Mention) -> bool:
    stop = max(text.rfind(ch, 0, a.start) for ch in SENTENCE_STOP)
    return any(stop < m.start and normalize_unit(m.unit) == normalize_unit(b.unit) and m.value >= b.value > 0
               and not m.approx and abs(b.value / m.value * 100 - c.value) < _NEAR_ENOUGH for m in earlier)


def _rate_over_one_of_the_parts(stats: list[Mention], whole: Mention, last: Mention, b: Mention, c: Mention) -> bool:
    parts = [m for m in stats if whole.end <= m.start <= last.start and m.value >= b.value > 0]
    return any(abs(b.value / p.value * 100 - c.value) < _NEAR_ENOUGH for p in parts)


# 截获有害生物1846种次，其中检疫性有害生物312种次，占比18.6%: the part after 其中 and its share of
# the whole right before it; the share may name that whole (占受理总数的37.5%), never another one
_AMONG_PART = re.compile(r"^[，,]\s*其中[，,]?[^，,。；;：:\d%]{1,16}$")
_SHARE_SAID = re.compile(r"^[，,](?:约|大约)?占(?:比|(?P<of>[^，,。；;\d%]{1,12}?)的?(?:比例|比重)?)(?:为|达到?|是)?$")
_WHOLE_WORDS = re.compile(r"^(?:总数|总量|总额|全部|总体|总)$")


def _share_of_the_whole_before(text: str, stats: list[Mention]) -> list:
    """A whole, 其中 a part of it, and the part's share: 312 of 1846 is 16.9%, not the 18.6% written.
    The whole is the figure the 其中 breaks down, so the share has no other base to be over; a
    share that names its whole is read only when the whole's clause says that name's words."""
    from drafter.verify import Finding

    out = []
    for a, b, c in zip(stats, stats[1:], stats[2:]):
        said = _SHARE_SAID.match(text[b.end:c.start])
        if not said or not _AMONG_PART.match(text[a.end:b.start]) or any(m.approx for m in (a, b, c)):
            continue
        if normalize_unit(c.unit) != "%" or a.kind not in ("count", "money") or \
                normalize_unit(a.unit) != normalize_unit(b.unit) or not 0 < b.value <= a.value:
            continue
        of = han(said.group("of") or "")
        whole_words = text[clause_start_before(text, a.start):a.start]
        if of and not _WHOLE_WORDS.match(of) and not any(of[k:k + 2] in whole_words for k in range(len(of) - 1)):
            continue                       # 占全市的18.6%: a share of something the text does not count here
        share = to_base(b.value, b.unit)[0] / to_base(a.value, a.unit)[0] * 100
        gap = abs(share - c.value)
        if gap < _NEAR_ENOUGH:
            continue
        out.append(Finding("arithmetic", "warning" if gap <= _DIGIT_SLIP else "info",
                           f"“{text[a.start:c.end]}”中{b.text}占{a.text}的{fmt(round(share, 1))}%，与写明的"
                           f"{c.text}不符，请核对这三个数字",
                           a.start, c.end, text[a.start:c.end]))
    return out


# 增加到31个，占全部32个部门的96.9%: the part, then 占 and the whole it is a share of, then the share
_SHARE_OF_THE_WHOLE_NAMED = re.compile(rf"^[，,]\s*(?:约|大约)?{SHARE_OF_ALL}$")
_WHOLES_NOUN = re.compile(r"^[\u4e00-\u9fff]{0,10}的(?:比例|比重)?(?:为|达到?|是)?$")


def _share_of_the_whole_after(text: str, stats: list[Mention]) -> list:
    """建立法律顾问制度的31个，占全部32个部门的96.9%: the whole written after 占全部 and the share
    after it must agree with the part before (31 of 32 is 96.9%); with the two counts swapped the
    part is larger than its whole."""
    from drafter.verify import Finding

    out = []
    for b, a, c in zip(stats, stats[1:], stats[2:]):
        if not _SHARE_OF_THE_WHOLE_NAMED.match(text[b.end:a.start]) or not _WHOLES_NOUN.match(text[a.end:c.start]) \
                or any(m.approx for m in (a, b, c)):
            continue
        if normalize_unit(c.unit) != "%" or a.kind != "count" or b.kind != "count" or \
                normalize_unit(a.unit) != normalize_unit(b.unit) or not a.value:
            continue
        share = to_base(b.value, b.unit)[0] / to_base(a.value, a.unit)[0] * 100
        gap = abs(share - c.value)
        if gap < _NEAR_ENOUGH:
            continue
        out.append(Finding("arithmetic", "warning" if gap <= _DIGIT_SLIP or b.value > a.value else "info",
                           f"“{text[b.start:c.end]}”中{b.text}占{a.text}的{fmt(round(share, 1))}%，与写明的"
                           f"{c.text}不符，请核对这三个数字",
                           b.start, c.end, text[b.start:c.end]))
    return out


# 受理2872宗，成功调处2784宗，调处成功率96.7% (96.9%): a rate within half a point of its counts
# may be over a whole a few cases apart (carried over, withdrawn); a digit typed wrong moves it
# further (调解3968件，调解成功3921件，调解成功率99.8%: 98.8%)
_NEAR_ENOUGH = Decimal("0.5")
# beyond this many points the rate is over another whole; within it, a digit went wrong (on the
# eval set every rate 0.5 to 8 points off its counts was a slip, every one further off was not)
_DIGIT_SLIP = Decimal(8)
# the whole is only the cases received, while an outcome's rate is over the cases closed:
# 行政诉讼发案量13件，败诉2件，败诉率11.11% (2 of the 18 closed, with last year's). 结案率 and
# 办结率 are over the cases received (立案38件，结案36件，结案率94.7%), so they are no such outcome.
_RECEIVED = re.compile(r"发案|收到|收案|新收|受理|立案|申请")
_OUTCOME = re.compile(r"败诉|纠错|调撤|撤诉|化解|维持|撤销")
# a decision's outcome counts a part of the cases decided, never the whole a rate is over
_DECIDED = re.compile(r"胜诉|败诉|维持|撤销|驳回|纠错|确认违法")
# 按时办结率 is over the cases closed, 24 of 24, not over the 54 received (法定期限内结案率 too)
_QUALIFIER = re.compile(r"按时|按期|及时|限时|当场|当日|即时|准时|提前|实质|(?:时限|期限)内")


def _digit_slipped(written: Mention, low: Decimal, high: Decimal) -> tuple[Mention, str] | None:
    """The written count and the figure it would be, when a whole number between ``low`` and
    ``high`` is that count with one digit changed or two neighbouring digits swapped (58 for 48,
    84 for 48); None otherwise."""
    if written.value != written.value.to_integral_value() or high - low > 2:
        return None
    said = str(int(written.value))
    for n in range(int(low.to_integral_value(rounding="ROUND_CEILING")), int(high) + 1):
        other = str(n)
        if len(other) != len(said) or other == said:
            continue
        differ = [k for k in range(len(said)) if said[k] != other[k]]
        if len(differ) == 1 or (len(differ) == 2 and differ[1] == differ[0] + 1
                                and said[differ[0]] == other[differ[1]] and said[differ[1]] == other[differ[0]]):
            return written, other + written.text[len(said):] if written.text.startswith(said) else other
    return None


def _whole_of_two_parts(text: str, earlier: list[Mention], a: Mention, b: Mention) -> Mention | None:
    """The figure of the paragraph before two sibling parts that they add up to (审结27件 before
    胜诉24件，败诉3件; 收到…126件 before 予以备案113件，发现存在问题的13件), or None."""
    start = text.rfind("\n", 0, a.start) + 1
    for whole in reversed(earlier):
        if whole.start < start:
            return None
        if whole.kind == "count" and not whole.approx and normalize_unit(whole.unit) == normalize_unit(a.unit) \
                and whole.value == a.value + b.value:
            return whole
    return None


def _rate_of_the_part_itself(name: str, part_words: str) -> bool:
    """收到评价126.3万条，其中差评218条，差评整改率100%: the rate's name is the part's own noun and
    what was done with it (差评 + 整改), so it is over the 218, not over the whole."""
    noun = han(part_words).removeprefix("其中")
    return len(noun) >= 2 and len(name) > len(noun) and name.startswith(noun)


def _names_the_rest(name: str, part_words: str) -> bool:
    """检出不合格样品58批次 before 抽检合格率97.6%: the part's words deny the rate's own word
    (合格, the end of its name), so the part is what the rate leaves out. A name that denies the
    word itself (不合格率) is the part's own rate."""
    return any(re.search(f"[{_DENIALS}]{re.escape(name[k:])}", part_words) for k in range(len(name) - 1)
               if not (k and name[k - 1] in _DENIALS))


_DENIALS = "不未非"


def _not_its_whole(text: str, whole: Mention, name: str, part_words: str) -> bool:
    """Whether the figure before the part is no whole the rate is over: a part itself (审结226件，
    其中调解和解结案52件，纠错19件，纠错率8.4%: 19 of the 226), the cases received under an
    outcome's rate, or a rate whose qualifier the part does not say."""
    clause = text[clause_start_before(text, whole.start):whole.start]
    if "其中" in clause or clause.startswith(("分别", "含")):
        return True
    if _RECEIVED.search(clause) and _OUTCOME.search(name):
        return True
    qualifier = _QUALIFIER.search(name)
    return bool(qualifier) and qualifier.group() not in part_words


# words that name the field, not what the rate measures: 执法证持证率 says nothing of 执法人员45名
_FIELD_WORDS = frozenset({"执法", "行政", "案件", "人员", "工作", "法律", "法治", "依法"})


# 办结61件，结案率为88.6%: closing a case is said either way
_CLOSED = re.compile(r"结案|审结")


def _shares_a_word(name: str, words: str) -> bool:
    """出庭应诉 and 负责人出庭应诉, 磋商成功 and 磋商达成一致: two characters in a row in common,
    other than a word of the field (核定编制48名，实有在编执法人员45名，执法证持证率100% is over the 45)."""
    name, words = _CLOSED.sub("办结", name), _CLOSED.sub("办结", words)
    return any(name[k:k + 2] in words and name[k:k + 2] not in _FIELD_WORDS for k in range(len(name) - 1))


def _adds_up(a: Mention, b: Mention, c: Mention) -> bool:
    """Whether the change ``c`` is what ``a`` and ``b`` give, within the rounding of all three."""
    now, then = a.value, b.value
    slack = _half_ulp(a) + _half_ulp(b)
    change = c.value
    unit = normalize_unit(c.unit)
    rates = normalize_unit(a.unit) == "%"
    readings = []
    if unit == "个百分点" and rates:
        readings.append((abs(now - then), slack))
    if unit == "%" and then:
        readings.append((abs(now - then) / then * 100, slack / then * 100 * 2))
    if (unit == "%" and rates) or (unit != "%" and unit != "个百分点" and same_measure(c.unit, a.unit)):
        readings.append((abs(to_base(now, a.unit)[0] - to_base(then, b.unit)[0]) / (to_base(Decimal(1), c.unit)[0] or 1),
                         slack))
    if unit == "倍" and then and not rates:
        # 较上年42件增长了一倍 (85件): 增长了N倍 is the change over the year before's figure
        # (a multiple is a rounded figure even when whole: 增长了一倍 for 42 -> 85)
        readings.append((abs(to_base(now, a.unit)[0] - to_base(then, b.unit)[0]) / to_base(then, b.unit)[0],
                         slack / then * 2 + written_ulp(c)[0] / 2))
    if not readings:
        return True                       # a change in another measure: nothing to compare
    return any(abs(value - change) <= tolerance + _half_ulp(c) + Decimal("1e-9") for value, tolerance in readings)


def _half_ulp(m: Mention) -> Decimal:
    """Half the last written digit, in the mention's value units: 95.9 -> 0.05, 1.52万件 -> 50.

    A whole count written in full (2643件, 9730个工作日, 十二项) is exact: nothing was rounded, so
    a change that is off by one does not add up. A whole rate (96%) is still a rounded one."""
    return Decimal(0) if whole_and_exact(m) else written_ulp(m)[0] / 2


_SUM_BEFORE = re.compile(r"(?:共|合计|共计|总计|累计)$")


def sums_the_run_before(text: str, mentions: list[Mention], i: int) -> bool:
    """撤销22件、确认违法21件、变更1件、责令履行4件，共48件: a figure after 共 that is exactly the sum
    of the figures of its measure run straight before it, in its sentence, is their total; the
    arithmetic says so whatever the words after it (占已审结案件…) point at."""
    m = mentions[i]
    if m.approx or m.value is None or not _SUM_BEFORE.search(text, max(0, m.start - 3), m.start):
        return False
    whole, total, n, later = to_base(m.value, m.unit)[0], Decimal(0), 0, m
    for a in reversed(mentions[:i]):
        if not a.needs_fact or a.value is None:
            continue
        if a.approx or normalize_unit(a.unit) != normalize_unit(m.unit) or n == 8 \
                or any(c in SENTENCE_STOP for c in text[a.end:later.start]):
            return False
        total, n, later = total + to_base(a.value, a.unit)[0], n + 1, a
        if n >= 2 and total == whole:
            return True
        if total > whole:
            return False
    return False


# 发现问题27个，已整改23个，整改率85.2%，剩余4个正在推进: what is left is the whole less the part
_REST = re.compile(r"[，,](?:剩余|其余|余下|尚余)$")


def _the_rest(text: str, stats: list[Mention]) -> list:
    """A whole, its parts, and 其余/剩余 the rest, in one sentence: the rest is the whole less the
    parts. The whole may stand before several parts (启动17件，其中磋商结案13件、诉讼结案1件，其余3件),
    so any earlier figure in the rest's measure that, less the figures after it, leaves the rest
    explains it; the finding quotes the last two. A change (同比增加3件) is no part, and any hedge
    leaves the sum unread."""
    from drafter.verify import Finding

    out = []
    for k, c in enumerate(stats):
        if not _REST.search(text, max(0, c.start - 3), c.start) or c.kind != "count" or c.approx:
            continue
        stop = max(text.rfind(ch, 0, c.start) for ch in SENTENCE_STOP)
        same = [m for m in stats[:k]
                if m.start > stop and m.kind == "count" and normalize_unit(m.unit) == normalize_unit(c.unit)]
        if len(same) < 2:
            continue
        a, b = same[-2], same[-1]
        if a.approx or b.approx or not b.value < a.value or not c.value < a.value or \
                compared_against(text[max(stop + 1, b.start - 12):b.start]) or \
                re.search(r"(?:同比|较|比)[^，,]{0,8}$", text[max(stop + 1, b.start - 12):b.start]):
            continue
        if _whole_less_parts_leaves(same, c.value) or _whole_written_before(text, stats, stop, same, c) or \
                _split_further(text, stats, k) or \
                _negates(text[clause_start_before(text, a.start):a.start], text[a.end:b.start]):
            continue
        out.append(Finding("arithmetic", "warning",
                           f"“{text[a.start:c.end]}”中{a.text}减去{b.text}是{fmt(a.value - b.value)}，与写明的其余"
                           f"{c.text}不符，请核对这三个数字", a.start, c.end, text[a.start:c.end]))
    return out


def _whole_written_before(text: str, stats: list[Mention], stop: int, parts: list[Mention], rest: Mention) -> bool:
    """收到质疑63件…。从质疑事项看，…（26件）、…（17件）和…（12件）三个方面，其余8件: the parts and
    the rest make up a whole of the paragraph written before their sentence."""
    paragraph = text.rfind("\n", 0, stop + 1)
    total = sum((p.value for p in parts), rest.value)
    return any(paragraph < m.start < stop and m.kind == "count" and not m.approx and m.value == total
               and normalize_unit(m.unit) == normalize_unit(rest.unit) for m in stats)


def _negates(whole_words: str, part_words: str) -> bool:
    """受理132件，不予受理9件，其余5件: the second figure is the first's opposite, not a part of
    it; both are parts of a whole told before (收到申请146件), and the rest is that whole's."""
    verb = han(whole_words)[-2:]
    return len(verb) == 2 and re.search(f"(?:不予|不|未|非){verb}", part_words) is not None


def _whole_less_parts_leaves(run: list[Mention], rest: Decimal) -> bool:
    """Whether some figure of the run, less every figure after it, is the rest."""
    parts = Decimal(0)
    for k in range(len(run) - 2, -1, -1):
        parts += run[k + 1].value
        if run[k].value - parts == rest:
            return True
    return False


def _split_further(text: str, stats: list[Mention], k: int) -> bool:
    """133项任务中，除…51项外，其余67项已完成，15项正在推进: a figure in the rest's measure later
    in the sentence, outside a bracket, is one more piece, so the rest named is not all that is left."""
    c = stats[k]
    stop = min([i for i in (text.find(ch, c.end) for ch in SENTENCE_STOP) if i >= 0] or [len(text)])
    for m in stats[k + 1:]:
        if m.start >= stop:
            break
        between = text[c.end:m.start]
        depth = between.count("（") + between.count("(") - between.count("）") - between.count(")")
        if depth <= 0 and normalize_unit(m.unit) == normalize_unit(c.unit):
            return True
    return False
