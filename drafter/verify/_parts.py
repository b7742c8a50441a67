"""A breakdown never exceeds its total: 完成473名党政主要负责人述法（其中21名现场述法）.

Two figures swapped across a 其中 both still equal some fact, so no fact check sees the slip;
but the part after 其中 cannot be larger than the figure it breaks down. Only the plainest
shape is judged, so the check does not cry wolf: the total is the nearest figure before 其中 in
the same sentence, the parts are the first figure after it and each next one across a list
mark and a noun of the same head (其中民事案件7宗，行政案件9宗), all exact counts or money in the
same measure word, and for 个-like counts the part names no other noun than the total does
(3个部门…其中10个事项 breaks down nothing). A bracket right after a figure
(共793件（新收案件649件，旧存案件144件）) breaks it down the same way, unless it gives a change.
Nor may the parts of one breakdown add up to more than it, unless some of them make it exactly
and the rest cut across them (390件（简易程序110件，普通程序280件、立案撤销8件）). A total given in
two measures at once (265处、62897.81平方米，其中226处、62301.03平方米…) is broken down in each.
A listing (共计3437条，包括：人事信息12条，政务动态1740条…; 共发生56起，按照案件类型分…20起，
毁坏林地6起…) names each part in its own words: its parts are the figures in the total's measure
word up to the sentence's end, and a classification (按…分) is a partition, so its parts may not
add up to more than the total in any way. So is a grading scale that runs down to 不合格
(抽查案卷320卷，评为优秀的86卷、合格的247卷、不合格的19卷): each file earns one grade.
"""

from __future__ import annotations

import re
from itertools import combinations

from drafter.numbers import Mention
from drafter.numbers._text import SENTENCE_STOP, last_of
from drafter.numbers.units import NAMES_NOTHING, normalize_unit
from drafter.verify import _match as mt

_AMONG = re.compile(r"其中|(?<=[\u4e00-\u9fff])中(?=[，,：:])")
# 其中最多的达10人, 其中最高的一家: what follows names the extreme item, which a per-item floor
# (均达到4人以上) or a total may well be smaller than
_EXTREME = re.compile(r"[，,]?(?:最多|最高|最大|最长|最少|最低|最小|最短)")
_PART_REACH = 24
_KINDS = ("count", "money")
# 办理案件1368件，人均办案13.68件，其中…450件: an average is no total, the 其中 breaks down the 1368
# (抽检量达到每千人4.3批次，其中监督抽检1980批次: a rate per thousand people is no total either)
_AVERAGE_BEFORE = re.compile(r"(?:人均|平均|户均|件均|场均|日均|月均|年均|每人|每家|每件|每[十百千万]+(?:人|户|名|常住人口))"
                             r"[^，,。；;：:\d]{0,8}$")
# 受理652件，较2019年增加87件，增长15.4%，其中刑事案件214件: a change is no whole to break down
# (较2023年的241个减少65个: the earlier figure may stand between; 较上年底净增3.16万户)
# (较上年多回收1130辆: 多 and 少 may take the verb of what is counted)
_CHANGE_BEFORE = re.compile(r"(?:较|比|同比|环比)[^，,。；;：:]{0,14}?(?:增加|减少|增长|下降|上升|提高|降低|(?:多|少)[\u4e00-\u9fff]{0,2}"
                            r"|净?增|净?减)了?$")
# 追讨欠薪1436.8万元，较上年的1218.5万元增长21.5%，其中为农民工追讨1302.6万元: the year before's
# figure a comparison names is no whole either
# (立案73件，较上年同类案件的51件增长43.1%，其中…: the year before's figure may name its kind)
_COMPARED_BASE = re.compile(r"(?:较|比|与|同比)(?:上年|去年|上一年度?|(?:19|20)\d{2}年)(?:同期|底|末)?"
                            r"(?:[\u4e00-\u9fff]{0,6}?的)?$")


def part_findings(text: str, mentions: list[Mention]) -> list:
    out = []
    partitions: set[int] = set()        # totals split by a classification (按案件类型分): no overlaps
    figures = [m for m in mentions if m.needs_fact and m.value is not None and m.kind in _KINDS
               and m.value_high is None]
    breakdowns: dict[tuple, tuple[Mention, list[Mention]]] = {}
    for total, part in _bracketed_parts(text, figures):
        if _same_thing(text, total, part):
            _add_part(breakdowns, ("bracket", total.start), total, part)
            if _exceeds(part, total):
                out.append(_finding(text, total, part, "括号中的"))
    for among in _AMONG.finditer(text):
        if _EXTREME.match(text, among.end()):
            continue                    # 均达到4人以上，其中最多的达10人: the largest item, not a part
        if among.group() == "中" and not any(m.end == among.start() for m in figures):
            continue                    # 受理的165件中，涉及行政处罚的78件…: the figure right before 中 is the whole
        totals = _totals_before(text, figures, among.start())
        if not totals:
            finding = _among_opening_its_sentence(text, figures, among)
            if finding is not None:
                out.append(finding)
        listed_totals = _listed_totals(text, figures, totals[0]) if totals else []
        if len(listed_totals) > 1:
            # 承办建议58件、提案71件，其中主办43件、会办86件: the parts break down the list's sum
            parts = [p for p in _parts_after(text, figures, among.end()) if _same_thing(text, listed_totals[-1], p)]
            if _parts_exceed_the_list(parts, listed_totals):
                out.append(_sum_finding(text, listed_totals, parts))
            continue
        parts_after = list(_parts_after(text, figures, among.end()))
        summed = _earlier_whole_summed(text, figures, totals[0], [p for p in parts_after if _same_thing(text, totals[0], p)]) \
            if totals and _NET_CHANGE_BEFORE.search(text, max(0, totals[0].start - 4), totals[0].start) else None
        if summed is not None:
            totals = [summed]           # 由142家增加到189家，净增47家，其中体育类68家…: they make the 189
        for part in parts_after:
            total = next((t for t in totals if _same_thing(text, t, part)), None)
            if total is None:
                # 罚款18.6万元，其中对负责人处罚11人次、罚款2.3万元: a part in a measure the total
                # is not given in may stand beside one that is
                continue
            _add_part(breakdowns, ("among", among.start(), total.start), total, part)
            if _exceeds(part, total) and not any((x.start, x.end) == (total.start, part.end) for x in out):
                # 共16卷（其中，行政许可案卷97卷…）: the bracket has said it of this part already
                out.append(_finding(text, total, part, "“其中”之后的"))
        respective = _respective_breakdown(text, figures, among.start(), among.end())
        if respective:
            total, parts = respective
            for part in parts:
                _add_part(breakdowns, ("respective", among.start()), total, part)
    for whole, parts in _parts_of_a_whole_set_apart(text, figures):
        for part in parts:
            _add_part(breakdowns, ("set apart", whole.start), whole, part)
    for whole, part in _taken_from(text, figures):
        if _exceeds(part, whole):
            out.append(_finding(text, whole, part, f"“{text[part.start - 2:part.start]}”之后的"))
    listed: set[int] = set()
    for listing in _LISTED.finditer(text):
        totals = _totals_before(text, figures, listing.start())
        total = totals[0] if totals else None
        if total is None and listing.group("by"):
            total = _total_of_the_sentence_before(text, figures, listing)
        elif total is None or not _RIGHT_BEFORE.fullmatch(text, total.end, listing.start()):
            continue                    # …非法使用草地1起，按照违法主体划分: a part of the listing before
        if total is None or total.start in listed:
            continue
        parts = _listed_parts(text, figures, listing.end(), total)
        listed.update(p.start for p in parts)
        for part in parts:
            _add_part(breakdowns, ("listed", listing.start(), total.start), total, part)
        if parts and listing.group("by"):
            partitions.add(total.start)
    for whole, parts in _graded_parts(text, figures):
        for part in parts:
            _add_part(breakdowns, ("graded", whole.start), whole, part)
        partitions.add(whole.start)
    flagged = {x.start for x in out}
    for total, parts in breakdowns.values():
        if total.start not in flagged and _sum_exceeds(parts, total, partition=total.start in partitions) \
                and not _sums_to_an_earlier_whole(text, figures, total, parts) and not _cuts_across(text, parts):
            out.append(_sum_finding(text, [total], parts))
            flagged.add(total.start)        # （其中…）: the bracket and the 其中 read the same parts
    return out


def _among_opening_its_sentence(text: str, figures: list[Mention], among: re.Match):
    """共受理矛盾纠纷2947件，调解成功2861件…。其中，婚姻家庭纠纷812件，邻里纠纷1036件…: 其中 opening a
    sentence lists the kinds of a whole of the sentence before. On published text it as often
    breaks down a whole told further back (…共373件…。从各级法院管辖划分…。其中…265件，…108件) or
    repeats the sentence before's measures for one of its units (开庭审理137件，…出庭123件…。
    其中，一审案件开庭95件，出庭82件), so parts adding up to any earlier figure, or named by the
    words of the figures before, are left alone."""
    whole = _total_of_the_sentence_before(text, figures, among)
    if whole is None:
        return None
    parts = [p for p in _parts_after(text, figures, among.end()) if _same_thing(text, whole, p)]
    if not _sum_exceeds(parts, whole) or _cuts_across(text, parts):
        return None
    sentence = last_of(text, _FULL_STOP + "\n", whole.start)
    before = [m for m in figures if sentence < m.start < among.start()]
    said_before = [_words_before(text, m) for m in before]
    if any(len(w) >= 2 and any(said.endswith(w) for said in said_before)
           for w in (_words_before(text, p) for p in parts[1:])):
        return None
    earlier = [m for m in figures if m.start < among.start() and normalize_unit(m.unit) == normalize_unit(whole.unit)]
    if _adds_up_to_one_of(parts, earlier):
        return None
    # 确认违法150件 closing 结果分别为决定撤销48件…: that sentence broke down a whole before it, and
    # its largest figure is one of those parts
    if _adds_up_to_one_of([m for m in before if normalize_unit(m.unit) == normalize_unit(whole.unit)],
                          [m for m in earlier if m.start < sentence]):
        return None
    return _sum_finding(text, [whole], parts)


def _adds_up_to_one_of(parts: list[Mention], wholes: list[Mention]) -> bool:
    """Whether exact parts, two or more, add up to one of the exact ``wholes``: then they break
    that one down, whatever figure stands nearer."""
    if len(parts) < 2 or any(p.approx for p in parts):
        return False
    total = sum(mt.to_base(p.value, p.unit)[0] for p in parts)
    return any(not m.approx and mt.to_base(m.value, m.unit)[0] == total for m in wholes)


def _words_before(text: str, m: Mention) -> str:
    """The Han characters before a figure, back to the nearest mark: 已用指标, 出庭."""
    return mt.han(text[last_of(text, "，,、；;：:。（(", m.start) + 1:m.start])


def _add_part(breakdowns: dict, key: tuple, total: Mention, part: Mention) -> None:
    """Parts are summed per breakdown: 45件(含合同协议31件),其中…42件 cuts one total two ways."""
    breakdowns.setdefault(key, (total, []))[1].append(part)


def _sum_exceeds(parts: list[Mention], total: Mention, *, partition: bool = False) -> bool:
    """规章13件（其中新制定9件，修改12件，废止3件）: parts that each fit may still add up to more
    than the whole. Exact figures are summed, and figures hedged upward (1600余条) by what they
    at least claim; one that could be less (近20件, 约) could be anything."""
    if len(parts) < 2 or len(parts) > 8 or total.approx or any(p.approx and not _at_least(p) for p in parts):
        return False
    values = [mt.to_base(p.value, p.unit)[0] for p in parts]
    whole = mt.to_base(total.value, total.unit)[0]
    # 2.86万件，其中…1.02万件、0.96万件、0.89万件: parts rounded to their last digit may add up to
    # less than written (28550 at least), so each counts by the least it can stand for
    least = sum(v if mt.whole_and_exact(p) or p.approx else mt.mention_interval(p).lo for v, p in zip(values, parts))
    if least <= whole:
        return False
    if not mt.whole_and_exact(total) and least <= mt.mention_interval(total).hi:
        return False                    # 1.9万人，其中…3402人，…3542人，…12095人: 19039 rounds to 1.9万
    if partition:
        return True                     # 按案件类型分: each case is of one type
    return not _some_make_the_whole(values, whole)


def _some_make_the_whole(values: list, whole) -> bool:
    """立案查处390件（其中简易程序110件，普通程序280件、立案撤销8件）: some of the parts make the
    whole exactly and the rest cut across them; the figures agree with one another."""
    return any(sum(c) == whole for k in range(1, len(values)) for c in combinations(values, k))


def _sums_to_an_earlier_whole(text: str, figures: list[Mention], total: Mention, parts: list[Mention]) -> bool:
    """受理纠纷315件，调解成功298件，调解成功率94.6%，其中婚姻家庭纠纷87件…: parts that add up
    exactly to a figure earlier in the sentence break that figure down, not the nearest one."""
    return _earlier_whole_summed(text, figures, total, parts) is not None


# 由142家增加到189家，净增47家，其中…: the figure before 其中 is a change, and the parts may make
# the level it led to
_NET_CHANGE_BEFORE = re.compile(r"(?:净增|净减|增加|减少|新增)了?$")


def _earlier_whole_summed(text: str, figures: list[Mention], total: Mention, parts: list[Mention]) -> Mention | None:
    """The figure earlier in the sentence than ``total`` that exact ``parts`` add up to, if any."""
    stop = last_of(text, SENTENCE_STOP, total.start)
    earlier = [m for m in figures if stop < m.start < total.start
               and normalize_unit(m.unit) == normalize_unit(total.unit)]
    return next((m for m in reversed(earlier) if _adds_up_to_one_of(parts, [m])), None)


# 其中新增建设用地1523.7公顷、占用耕地612.5公顷: a part named by what it takes up or touches is a
# property some of the others share, not one more piece of the whole; 占用堵塞疏散通道问题716处
# names a kind of problem, one more piece
_PROPERTY_PART = re.compile(r"[，,、；;]\s*(?:占用|涉及|含有?|包含|惠及|覆盖)")
_KIND_OF_PART = re.compile(r"(?:问题|纠纷|案件|案|类|行为|事项|许可|审批|备案|登记)$")   # 占用挖掘公路许可9件


def _cuts_across(text: str, parts: list[Mention]) -> bool:
    return any(_PROPERTY_PART.match(text, a.end, b.start) and not _KIND_OF_PART.search(text, a.end, b.start)
               for a, b in zip(parts, parts[1:]))


def _at_least(m: Mention) -> bool:
    """1600余条, 300多人, 20件以上: the written value is a floor of what is claimed."""
    return m.approx in ("余", "多", "以上", "超过", "超", "逾", "上百", "上千", "上万")


def _sum_finding(text: str, totals: list[Mention], parts: list[Mention]):
    """Parts that add up to more than the total (or the listed totals' sum) they break down."""
    from drafter.verify import Finding

    listed, whole = "、".join(p.text for p in parts), "、".join(t.text for t in totals)
    whole += "之和" if len(totals) > 1 else ""
    return Finding("part_exceeds_total", "warning",
                   f"“{listed}”加起来多于它们所分解的“{whole}”，部分之和不能多于总数，请核对这几个数字",
                   totals[0].start, parts[-1].end, text[totals[0].start:parts[-1].end])


def _exceeds(part: Mention, total: Mention) -> bool:
    """录用1篇（法务2篇）: two whole counts compare exactly; a rounded or hedged one by its span."""
    if mt.whole_and_exact(part) and mt.whole_and_exact(total):
        return mt.to_base(part.value, part.unit)[0] > mt.to_base(total.value, total.unit)[0]
    return mt.mention_interval(part).lo > mt.mention_interval(total).hi


# 抽查案卷320卷，评为优秀的86卷、合格的247卷、不合格的19卷: each file earns one grade, so the graded
# counts after the whole are a partition of it, with no 其中. Only a scale that runs down to 不合格
# is read so: 优秀45卷、合格118卷 may count the 优秀 among the 合格, and (含优秀) says so outright
_GRADE = r"(?:优秀|良好|较好|基本合格|合格|不合格|较差)"
_FIRST_GRADE = re.compile(rf"[，,]\s*(?:[\u4e00-\u9fff]{{0,6}}?(?:评为|评定为|定为|结果为|为))?{_GRADE}(?:的|等次的?)?[\u4e00-\u9fff]{{0,2}}")
_NEXT_GRADE = re.compile(rf"、\s*(?:评为)?{_GRADE}(?:的|等次的?)?[\u4e00-\u9fff]{{0,2}}")


def _graded_parts(text: str, figures: list[Mention]):
    """Yields (whole, parts) for each whole followed by its counts on a grading scale."""
    for k, whole in enumerate(figures):
        if not _FIRST_GRADE.fullmatch(text, whole.end, figures[k + 1].start if k + 1 < len(figures) else whole.end):
            continue
        parts = [figures[k + 1]]
        for n in figures[k + 2:]:
            if not _NEXT_GRADE.fullmatch(text, parts[-1].end, n.start):
                break
            parts.append(n)
        graded = text[whole.end:parts[-1].start]
        if len(parts) < 2 or "不合格" not in graded or "含" in graded or \
                any(normalize_unit(p.unit) != normalize_unit(whole.unit) or p.approx for p in parts):
            continue
        yield whole, parts


def _finding(text: str, total: Mention, part: Mention, where: str):
    from drafter.verify import Finding

    return Finding("part_exceeds_total", "warning",
                   f"{where}“{part.text}”大于它所分解的“{total.text}”，部分不能多于总数，请核对两个数字是否写反",
                   total.start, part.end, text[total.start:part.end])   # either figure may be the slip


_OTHER_PERIOD_NOTE = re.compile(mt.OTHER_PERIOD_SAID)
# 完成省级抽查任务732件（下达735件）: the bracket gives what was set, the yardstick of the figure
_SET_TARGET_NOTE = re.compile(r"(?:上级)?(?:下达|计划|目标|任务数|应完成|应办结?|要求)")


def _bracketed_parts(text: str, figures: list[Mention]):
    """案件共793件（新收案件649件，旧存案件144件）: a bracket right after a figure breaks it down.
    Yields (total, part) for each figure inside that bracket."""
    for k, total in enumerate(figures):
        if text[total.end:total.end + 1] not in ("（", "("):
            continue
        close = mt.bracket_close(text, total.end, reach=len(text))
        if close is None:
            continue
        for part in figures[k + 1:]:
            if part.start >= close:
                break
            if mt.change_context(text[total.end:part.start]):
                break               # 受理45件（同比增加60件）: a change, not a part
            if _OTHER_PERIOD_NOTE.match(text, total.end + 1):
                break               # 较上年减少3件（上年为8件）: the year before's figure, not a part
            if _SET_TARGET_NOTE.match(text, total.end + 1):
                break               # 完成732件（下达735件）: the task set, not a part of what was done
            yield total, part


def total_before(text: str, figures: list[Mention], pos: int) -> Mention | None:
    """The nearest figure before 其中 in its sentence, passing over an aside in brackets:
    办理涉法事务45件(含合同协议31件),其中…42件 breaks down the 45."""
    stop = last_of(text, SENTENCE_STOP, pos)
    before = [m for m in figures if stop < m.start and m.end <= pos and not _in_closed_bracket(text, m, pos)
              and not _AVERAGE_BEFORE.search(text, max(stop + 1, m.start - 12), m.start)
              and not _CHANGE_BEFORE.search(text, max(stop + 1, m.start - 20), m.start)
              and not _COMPARED_BASE.search(text, max(stop + 1, m.start - 12), m.start)]
    if not before:
        return None
    return _start_of_a_cut_told_by_its_rate(text, figures, before[-1], pos) or before[-1]


# 由“双减”前的68家压减至3家，压减率95.6%，其中转为非学科类机构27家、注销38家: after the cut and
# its rate, 其中 breaks down what was cut (65), so no part can pass the start, while any may pass the end
_RATE_WRITTEN = re.compile(r"率[为达]?\d+(?:\.\d+)?%")
_CUT_TO = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:压减|减少|下降|降低|精简|压缩|削减|降)(?:到|至|为)")


def _start_of_a_cut_told_by_its_rate(text: str, figures: list[Mention], end: Mention, pos: int) -> Mention | None:
    k = figures.index(end)
    if not k or not _RATE_WRITTEN.search(text, end.end, pos):
        return None
    start = figures[k - 1]
    if _CUT_TO.fullmatch(text, start.end, end.start) and normalize_unit(start.unit) == normalize_unit(end.unit) \
            and start.value > end.value:
        return start
    return None


# 其中，对非煤矿山、危险化学品…四个领域分别实施行政处罚1126次、1385次…: the parts follow 分别
# and the words of what they count, which echo the whole's (实施行政处罚4371次); the whole may
# close the sentence before when 其中 opens the next
_THEN_RESPECTIVELY = re.compile(r"[^。；;！？!?\n]{0,50}?分别(?P<words>[\u4e00-\u9fff]{2,8})(?=[\d一二三四五六七八九十两])")
_THEN_RESPECTIVELY_BARE = re.compile(r"[^。；;！？!?\n，,]{0,50}?分别(?:为|是|有|达到?)(?=[\d一二三四五六七八九十两])")
_PART_JOIN = re.compile(r"、|和|及")


def _respective_breakdown(text: str, figures: list[Mention], among: int, pos: int) -> tuple | None:
    """The whole and the parts of 其中…分别<words>a、b、c, when a figure before 其中 (in its
    sentence, or in the sentence before when 其中 opens one) is named by the same words."""
    said = _THEN_RESPECTIVELY.match(text, pos) or _THEN_RESPECTIVELY_BARE.match(text, pos)
    if said is None:
        return None
    words = said.groupdict().get("words")
    parts: list[Mention] = []
    for m in figures:
        if m.start < said.end():
            continue
        if parts and not (_PART_JOIN.fullmatch(text, parts[-1].end, m.start)
                          and normalize_unit(m.unit) == normalize_unit(parts[0].unit)):
            break
        if not parts and m.start != said.end():
            return None
        parts.append(m)
    if len(parts) < 2:
        return None
    if words is None:
        # 受理2.86万件，其中涉及…领域的分别为1.12万件、0.96万件…: 分别为 names nothing, and the
        # whole is the figure 其中 breaks down
        whole = total_before(text, figures, among)
        same = whole is not None and normalize_unit(whole.unit) == normalize_unit(parts[0].unit) and not whole.approx
        return (whole, parts) if same else None
    stop = last_of(text, SENTENCE_STOP, among)
    if stop >= 0 and not text[stop + 1:among].strip():
        stop = last_of(text, SENTENCE_STOP, stop)      # 其中 opens its sentence: the one before
    named = [m for m in figures if stop < m.start and m.end <= pos
             and normalize_unit(m.unit) == normalize_unit(parts[0].unit) and not m.approx
             and mt.han(text[max(stop + 1, m.start - len(words) - 3):m.start]).endswith(words)]
    return (named[-1], parts) if named else None


# 265处、62897.81平方米 / 事故4起、死亡3人: the same thing in a second measure, named or not
# (违法建设156处，涉及面积3.2万平方米，其中…: the second measure may be what the first takes up)
_SECOND_MEASURE = re.compile(r"(?:、|[，,]涉及)[\u4e00-\u9fff]{0,4}")


def _totals_before(text: str, figures: list[Mention], pos: int) -> list[Mention]:
    """The total before 其中, nearest first, with the figures paired with it by a 、:
    拆除违建265处、62897.81平方米，其中… breaks down both the count and the area, and
    发生事故4起、死亡3人，其中…2起、死亡1人 both the accidents and the deaths. A change is
    never paired (较2018年的41份增加15份，涉及金额3826万元，其中…19份 breaks down no 15份)."""
    total = total_before(text, figures, pos)
    if total is None:
        return []
    out = [total]
    k = figures.index(total)
    while k > 0 and (_SECOND_MEASURE.fullmatch(text, figures[k - 1].end, figures[k].start)
                     or _money_of_the_count(text, figures[k - 1], figures[k])) \
            and normalize_unit(figures[k - 1].unit) != normalize_unit(figures[k].unit) \
            and not _CHANGE_BEFORE.search(text, max(0, figures[k - 1].start - 20), figures[k - 1].start):
        k -= 1
        out.append(figures[k])
    return out


# 办理行政处罚案件296件，罚没款总额215.8万元，其中医疗卫生类案件134件、罚没款126.4万元…: the
# money a count of cases brought in, after a comma, is the count's second measure too
_MONEY_NOUN = re.compile("[，,]" + mt.MONEY_NOUN)


def _money_of_the_count(text: str, count: Mention, money: Mention) -> bool:
    return count.kind == "count" and money.kind == "money" and bool(_MONEY_NOUN.fullmatch(text, count.end, money.start))


# 建议58件、市政协提案71件 / 行政复议9件、行政诉讼3件: totals in one measure word, each named;
# 县直42个部门和17个乡镇…，其中…的单位31个: the noun may follow the figure, before a 和 or a 、
# (32家兽药经营企业、9家饲料生产企业…，其中A级企业14家…)
_LISTED_TOTAL_GAP = re.compile(r"、[\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff]{1,8}(?:和|及|以及|、)[\u4e00-\u9fff]{0,8}")


def _listed_totals(text: str, figures: list[Mention], total: Mention) -> list[Mention]:
    """The figures listed with ``total`` right before a 其中, in text order, when each is an
    exact count in its measure word named after a 、; [total] alone when none is."""
    run = [total]
    k = figures.index(total)
    while k > 0 and _LISTED_TOTAL_GAP.fullmatch(text, figures[k - 1].end, figures[k].start) \
            and normalize_unit(figures[k - 1].unit) == normalize_unit(total.unit) \
            and not figures[k - 1].approx and not total.approx:
        k -= 1
        run.insert(0, figures[k])
    return run


def _parts_exceed_the_list(parts: list[Mention], totals: list[Mention]) -> bool:
    """As ``_sum_exceeds``, with the listed totals' sum as the whole: each total is an exact count."""
    if len(parts) < 2 or any(p.approx and not _at_least(p) for p in parts) \
            or not all(mt.whole_and_exact(t) for t in totals):
        return False
    whole = sum(mt.to_base(t.value, t.unit)[0] for t in totals)
    values = [mt.to_base(p.value, p.unit)[0] for p in parts]
    return sum(values) > whole and not _some_make_the_whole(values, whole)


# 对本年度形成的21142宗案卷中的18844宗进行了自查: the figure after 中的 is taken from the one before
_TAKEN_FROM = re.compile(r"[\u4e00-\u9fff]{0,12}?" + mt.TAKEN_FROM)


def _taken_from(text: str, figures: list[Mention]):
    """(whole, part) for each figure right after a noun and 中的 (or 中有) that follow another figure
    in the same measure word: 312家企业中的247家, 15个社区中有4个."""
    for whole, part in zip(figures, figures[1:]):
        if _TAKEN_FROM.fullmatch(text, whole.end, part.start) and not whole.approx and not part.approx \
                and normalize_unit(whole.unit) == normalize_unit(part.unit):
            yield whole, part


# 在作出的189件处罚决定中，超标排放类76件、未批先建类52件…: a clause that sets a whole apart,
# then a 、 list of its kinds
_SET_APART_BEFORE = re.compile(r"[\u4e00-\u9fff]{0,7}$")            # 在作出的, 全年受理的
_SET_APART_AFTER = re.compile(r"[\u4e00-\u9fff]{1,10}?中[，,]")


def _parts_of_a_whole_set_apart(text: str, figures: list[Mention]):
    """(whole, parts) for a clause that is only a figure and its noun closed by 中，, and the 、
    list of figures in its measure word right after it."""
    for whole in figures:
        opened = None if whole.approx else _SET_APART_AFTER.match(text, whole.end)
        if opened is None or not _SET_APART_BEFORE.fullmatch(text, last_of(text, "，,。；;：:\n", whole.start) + 1,
                                                             whole.start):
            continue
        parts = []
        for m in _parts_after(text, figures, opened.end()):
            if (parts and text[parts[-1].end:m.start][:1] != "、") or normalize_unit(m.unit) != normalize_unit(whole.unit):
                break
            parts.append(m)
        if len(parts) > 1:
            yield whole, parts


def _in_closed_bracket(text: str, m: Mention, pos: int) -> bool:
    opening = max(text.rfind("(", 0, m.start), text.rfind("（", 0, m.start))
    if opening < 0 or max(text.rfind(")", opening, m.start), text.rfind("）", opening, m.start)) >= 0:
        return False
    return max(text.find(")", m.end, pos), text.find("）", m.end, pos)) >= 0


# groups of people overlap (残疾人、老年人、妇女); a 个体工商户 is a kind of business, as 企业 is
_PEOPLE = re.compile(r"(?:人|者|妇女|儿童|农民工|军属|员|(?<!工商)户)$")
# (未按规定配备船员19起 names an act, not a group of people: a group is named in a few characters)
_PEOPLE_NAMED_SHORT = 6


def _parts_after(text: str, figures: list[Mention], pos: int):
    """The figures of the breakdown: the first after 其中, then each that follows the last
    across a list mark and a short noun (其中民事案件7宗，行政案件9宗), in one sentence."""
    head, last = None, None
    for m in figures:
        if m.start < pos:
            continue
        gap = text[pos:m.start]
        if _SECOND_MEASURE.fullmatch(gap) and last is not None and normalize_unit(m.unit) != normalize_unit(last.unit):
            yield m                 # 226处、62301.03平方米: the same part in a second measure
            pos = m.end
            continue
        if m.start - pos > _PART_REACH or any(c in SENTENCE_STOP for c in gap):
            return
        named = mt.han(gap)[-1:]
        # 其中征地拆迁46件次、土地承包经营纠纷38件次: a 、 between parts in one measure word keeps
        # the breakdown going, whatever each part's noun (a 、 list of kinds shares no head noun)
        # (其中残疾人169件、老年人197件、妇女492件: groups of people overlap, so they are no parts)
        listed = gap[:1] == "、" and last is not None and normalize_unit(m.unit) == normalize_unit(last.unit) \
            and not (_PEOPLE.search(gap) and len(mt.han(gap)) <= _PEOPLE_NAMED_SHORT)
        if head is not None and not (_NEXT_PART.fullmatch(gap) and (named == head or listed)
                                     or listed and _NEXT_LISTED_PART.fullmatch(gap)):
            return                  # 另接待群众来访45宗 is no part of the 案件 broken down
        yield m
        head, pos, last = named, m.end, m


# 共计3437条，包括：人事信息12条，政务动态1740条…; 共发生56起，按照案件类型分擅自改变林地用途20起，
# 毁坏林地6起…: a listing names each part in its own words, so no shared head noun is asked for
# (从案件类型看，…: the same classification, said as a way of looking)
_CLASSIFIED = r"(?:按|按照)[\u4e00-\u9fff]{1,8}?(?:划分|分)为?[：:]?|从[\u4e00-\u9fff]{2,8}?上?来?看[，,：:]?"
_LISTED = re.compile(rf"(?:包括|其中|分别为|分别是)[：:]|(?P<by>{_CLASSIFIED})")
_RIGHT_BEFORE = re.compile(r"[，,：:]?\s*")
# what ends a listing before its sentence does: another breakdown, an aside, a change
_LISTING_ENDS = re.compile(r"按|其中|另|此外|同时|同比|较|比上年|占")


def _total_of_the_sentence_before(text: str, figures: list[Mention], listing: re.Match) -> Mention | None:
    """立案查处违法案件2846起，结案2791起…。按行业分，道路运输领域1903起…: a classification that
    opens its sentence breaks down a whole of the sentence before in the parts' measure word.
    Which one is not said (审结258件…；作出纠错决定37件。从案件类型看 breaks down the 258), so
    the largest is taken: parts that exceed it exceed any. A change, an average or the year
    before's figure is no whole (增加3313人 is not what the kinds of 律师 break down)."""
    stop = last_of(text, SENTENCE_STOP, listing.start())
    if text[stop + 1:listing.start()].strip() or stop < 0 or text[stop] not in _FULL_STOP:
        return None
    first_part = next((m for m in figures if m.start >= listing.end()), None)
    if first_part is None:
        return None
    start = last_of(text, _FULL_STOP + "\n", stop)
    if _OPENS_A_BREAKDOWN.match(text, start + 1):
        return None                 # 。从性别结构看，男性255人…。从年龄结构看: that sentence is a breakdown too
    wholes = [m for m in figures if start < m.start < stop and not m.approx and _same_thing(text, m, first_part)
              and not _CHANGE_BEFORE.search(text, max(start + 1, m.start - 20), m.start)
              and not _AVERAGE_BEFORE.search(text, max(start + 1, m.start - 12), m.start)
              and not _COMPARED_BASE.search(text, max(start + 1, m.start - 12), m.start)
              and not _share_of_what_is_classified(text, m, listing)]
    return max(wholes, key=lambda m: mt.to_base(m.value, m.unit)[0]) if wholes else None


# 合计162件，占败诉案件的82.2%。从败诉原因看: the figure is a share of the whole the next sentence
# classifies, which is written nowhere
_SHARE_OF = re.compile(r"[，,]?占(?P<of>[\u4e00-\u9fff]{2,12}?)的?(?=\d|[一二三四五六七八九十百近约超])")


def _share_of_what_is_classified(text: str, m: Mention, listing: re.Match) -> bool:
    share = _SHARE_OF.match(text, m.end)
    if share is None:
        return False
    of = share.group("of")
    return any(of[k:k + 2] in listing.group() for k in range(len(of) - 1))


_FULL_STOP = "。！？!?"
# (受理案件中，涉及土地征收的31件…: the cases the sentence opens with are the whole it breaks down)
_OPENS_A_BREAKDOWN = re.compile(rf"\s*(?:其中|{_CLASSIFIED}|[\u4e00-\u9fff]{{1,10}}?(?<!工作|过程|实践|活动)中[，,])")


def _listed_parts(text: str, figures: list[Mention], pos: int, total: Mention) -> list[Mention]:
    """The figures of a listing after ``pos``: each in the total's measure word, each within a
    short reach of the last, up to the end of the sentence or to what ends the listing."""
    parts = []
    for m in figures:
        if m.start < pos:
            continue
        gap = text[pos:m.start]
        if len(gap) > _PART_REACH or any(c in SENTENCE_STOP for c in gap) or _LISTING_ENDS.search(gap) \
                or not _same_thing(text, total, m):
            break
        parts.append(m)
        pos = m.end
    return parts


# (、县（市、区）政府收到: an aside in the next part's name may hold its own 、, and so may a
# part named by its examples: ，占道经营、乱堆乱放等市容类案件1093起，建筑垃圾、渣土违规处置案件538起)
_NEXT_PART = re.compile(r"[，,、](?:[\u4e00-\u9fffA-Za-z]|[（(][^（()）]{1,10}[）)]){1,12}"
                        r"|[，,](?=[^，,、\d]{1,16}、)(?:[\u4e00-\u9fffA-Za-z]|[（(][^（()）]{1,10}[）)]|、(?=[\u4e00-\u9fffA-Za-z])){1,16}")
# (、B类企业, 、DR设备: a part may be named with a Latin letter)
# a part listed after a 、 in the same measure word may be named at length (、报废机动车回收拆解企业
# 资格认定初审3件, 、支持小微企业和个体工商户发展的政策减税2.95亿元) and hold a quoted word
# (、沿街商铺和“三合一”场所587户次); a name that opens with a quote (、“一次都不用跑”事项) is a
# coined category, which may hold another, and is not read so; a quoted name that is the whole
# part's name (、“九小场所”574家次) is a kind like any other, and so is a campaign named in quotes
# (、“法律进学校”活动68场次): each is held on its own
_NEXT_LISTED_PART = re.compile(r"、(?:[\u4e00-\u9fffA-Za-z]|[（(][^（()）]{1,10}[）)])(?:[\u4e00-\u9fffA-Za-z“”]|[（(][^（()）]{1,10}[）)]){0,22}"
                               r"|、“[\u4e00-\u9fff]{2,10}”(?:专项)?(?:活动|行动)?")


# 对52名责任人…，其中厅局级1人: a clerk counts people in 名 and 人 alike, even in one sentence
_PEOPLE_COUNTED = frozenset({"人", "名", "位"})


def _same_thing(text: str, total: Mention, part: Mention) -> bool:
    unit, part_unit = normalize_unit(total.unit), normalize_unit(part.unit)
    if not unit or unit != part_unit and not {unit, part_unit} <= _PEOPLE_COUNTED or total.approx and part.approx:
        return False
    if unit not in NAMES_NOTHING:
        return True     # 人, 元: the measure word itself says what is counted
    return _noun(text, part.end) in ("", _noun(text, total.end))


def _noun(text: str, end: int) -> str:
    """The two Han characters right after a figure, or "" when a mark or verb-less stop follows."""
    head = text[end:end + 2]
    return head if len(mt.han(head)) == 2 else ""
