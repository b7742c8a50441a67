"""A count written straight after the list it counts must equal the list's length.

制定平安建设、停车场建设管理、危险化学品安全管理3部地方性法规: the three titles are the three
laws, so a 6 there is a wrong figure (or one swapped with the next sentence's) whatever the
facts say. Only a closed list is judged: at least three bare items (no figures, no 等), the
numeral right after the last item, exact and small (≤ 20), and a noun after its measure word
(3部地方性法规, 三大平台建设); "开展宪法、民法典、反诈宣传活动32场" counts events, not the list, and
is left alone.
"""

from __future__ import annotations

import re

from drafter.facts import Fact
from drafter.numbers import Mention, listed_sizes
from drafter.verify import _match as mt

_MAX_LISTED = 20
# 三大平台, 4大板块, 三大类: a group named by its size (a party congress, 二十大, is never one)
_GROUP = re.compile(r"[一二两三四五六七八九2-9](?:大[\u4e00-\u9fff]{0,2}|[个项条张类种部件])")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_NAMED_GROUP = re.compile(r"[一二两三四五六七八九十2-9]大")
_NUMERAL_HEAD = re.compile(r"^[\d一二两三四五六七八九十]+大?")
# 行政赔偿案件5件其中败诉1件: a clause that runs on after the count, not a noun it counts
_RUN_ON = re.compile(r"其中|同比|环比|较|比|均|共|累计|涉及|占|以上|以下|左右|的|等|次")
# 公安、交通、卫健、市场监管领域的20项市级行政权力 / 银行、保险、通信系统15项证明事项: the items
# are the fields the counted things come from, not the things
_FIELDS_END = re.compile(r"(?:领域|系统|行业|部门|条线|战线|方面)的?$")
# 各科室、队、中心 / 每个乡镇、街道: the list is distributed over, so what follows counts per item
_EACH_BEFORE_LIST = re.compile(r"^[^、]*?(?:各|每)[^、]*、")
# 具有基础性、全局性和影响面广的4项决策事项 / 符合A、B、C条件的: the list says what the counted
# things are like, joined to them by 的
# 对首次违法、危害后果轻微并及时改正的19家企业: an item that joins two predicates (轻微并及时改正) makes
# the list the conditions the counted things meet
# 对评价结果为“中”“差”的11个项目: the grades the counted things were given
_QUALITIES_BEFORE = re.compile(r"(?:具有|具备|符合|满足|结果为|等次为|评为|评定为)[^，,。；;]*[、”][^，,。；;]*的$|性、[^，,。；;]*的$"
                               r"|、[^，,。；;、]*[\u4e00-\u9fff](?:并|且)[\u4e00-\u9fff][^，,。；;、]*的$")
# 该局联合省发改委、省财政厅、省商务厅四部门: a subject joined to the list by 联合/会同 is counted with it
_JOINED_BY_SUBJECT = re.compile(r"(?:联合|会同|协同|携手)[^、，,。；;]{1,12}、")


# 潘江、张刚及市直13个行政执法单位: a scope word after 及 starts the count's own item (守法 in
# 司法和守法四个环节 is an item the count restates)
_JOINED_SCOPE = re.compile(r"[和及与](?:市直|县直|区直|省直|州直|旗直|全市|全县|全区|其他|其余|相关|各)$")


# the verb that makes new things out of the listed ones: what it makes is counted, not the list
_FORMED_INTO = re.compile(r"(?:组成|分成|分为|编成|编为|组建|划分为|整合为|整合成|合并为)$")


# “跨省通办”“全程网办”服务事项分别达到13项和31项: after 分别 each figure is one item's, not the list's size
_RESPECTIVELY_BEFORE = re.compile(r"分别[\u4e00-\u9fff]{0,4}$")


def list_count(text: str, m: Mention) -> set[int]:
    """The sizes the list before ``m`` allows, or an empty set when ``m`` does not count a list."""
    if m.value is None or m.value_high is not None or m.approx or m.kind not in ("count", "ordinal_phrase", "group") or \
            m.value > _MAX_LISTED or m.value != m.value.to_integral_value():
        return set()
    if m.kind != "count" and not _GROUP.fullmatch(m.text):
        return set()                     # 二十大, 十八届: names; 三大平台 and 五张清单 count their list
    if m.start and (text[m.start - 1] in "和及与" or _JOINED_SCOPE.search(text, max(0, m.start - 4), m.start)):
        return set()                     # 江岸区、武湖街道和2个项目: the count is the list's last item
    if not _names_its_noun(m) and (not _HAN.match(text, m.end) or _RUN_ON.match(text, m.end)):
        return set()                     # 三大平台建设 / 3部地方性法规: a noun follows the count
    if _FIELDS_END.search(text, max(0, m.start - 4), m.start):
        return set()
    if _RESPECTIVELY_BEFORE.search(text, max(0, m.start - 8), m.start):
        return set()                     # “跨省通办”“全程网办”服务事项分别达到13项和31项: one figure per item
    if _FORMED_INTO.search(text, max(0, m.start - 4), m.start):
        return set()                     # 抽调安监、执法、村（社区）干部组成6个检查组: groups formed, not the list
    if m.value < 2 or _EACH_BEFORE_LIST.search(text, mt.clause_start_before(text, m.start), m.start):
        return set()                     # 各科室、队、中心选定一名工作人员: one for each item, no list's size
    if _QUALITIES_BEFORE.search(text, mt.clause_start_before(text, m.start), m.start):
        return set()                     # 具有基础性、全局性和影响面广的4项决策事项: what the things are like
    sizes = listed_sizes(text, m.start)
    if _JOINED_BY_SUBJECT.search(text, mt.clause_start_before(text, m.start), m.start):
        sizes |= {n + 1 for n in sizes}  # 该局联合省发改委、省财政厅、省商务厅四部门: the subject is one of them
    return sizes


def _names_its_noun(m: Mention) -> bool:
    """道路运输、水路运输、公路路政三大类共58项: the group says what it counts (类) itself, so
    whatever follows it (共58项) is no noun it could count instead. 类 is a noun of its own too:
    学法用法、税法宣传、以案释法、法治文化建设三大类 counts kinds, whatever follows, and so does a
    count read with its noun (科普宣传三大重点领域，: the clause may end right after it)."""
    return m.kind in ("group", "count") and bool(_NAMED_GROUP.match(m.text)) and len(m.text) > 2 or \
        m.kind == "count" and m.text.endswith("类")


def list_findings(text: str, mentions: list[Mention]) -> list:
    from drafter.verify import Finding

    out = []
    for m in mentions:
        sizes = list_count(text, m)
        if sizes and int(m.value) not in sizes:
            n = max(sizes)
            out.append(Finding("list_count", "warning",
                               f"“{m.text}”前面列举了{n}项，数目与“{m.text}”不一致，请核对",
                               m.start, m.end, m.text))
    return out


# 获得一、二、三等奖 / 第二、三期: grades or rounds listed by their ordinals alone, sharing the
# word after the last one. A heading marker (。一、三级联动) starts a line or a sentence, so the run
# must follow a word.
_ORDINAL_RUN = re.compile(r"(?<=[\u4e00-\u9fff])((?:[一二三四五六七八九十]{1,3}、)+[一二三四五六七八九十]{1,3})"
                          r"(?=等奖|等次|等|批|届|级|类|期)")


def repeated_ordinal_findings(text: str) -> list:
    """一、二、三等奖 written 二、二、三等奖: an ordinal named twice in one such run is a slip whatever
    the facts say (a changed grade lands on its neighbour's value, so every figure still has a
    fact and only the unused one hints at it, with no place to point)."""
    from drafter.verify import Finding

    out = []
    for run in _ORDINAL_RUN.finditer(text):
        items = run.group(1).split("、")
        twice = next((item for n, item in enumerate(items) if item in items[:n]), None)
        if twice is not None:
            # which of the two is wrong the text cannot tell, so the whole run is pointed at
            out.append(Finding("list_repeat", "warning", f"“{run.group(1)}”中“{twice}”出现了两次，请核对",
                               run.start(1), run.end(1), run.group(1)))
    return out


def facts_named_by_lists(text: str, mentions: list[Mention], facts: list[Fact],
                         index: mt.LabelIndex) -> set[str]:
    """Facts a list's own count states: 实体、热线、网络三大平台 names three platforms, which the
    clerk may keep as a fact (公共法律服务平台类型 3个); the count is then the fact, used."""
    used = set()
    for m in mentions:
        if m.kind not in ("ordinal_phrase", "group") or m.value is None:
            continue
        # 引入3大执法创新举措 with a fact 执法创新举措 3: a group named by its size, without its
        # list, is that fact when the words fit; it is never held to a fact when none does
        if int(m.value) not in list_count(text, m) and not (_NAMED_GROUP.fullmatch(m.text) and not m.approx):
            continue
        before, after = _words_around(text, m)
        fits = [f for f in facts if f.value == m.value and _counts_a_group(f) and index.score(f, before, after) > 0]
        if fits:
            used.add(max(fits, key=lambda f: round(index.score(f, before, ""), 6)).id)
    return used


def groups_off_their_fact(text: str, mentions: list[Mention], unused: list[Fact],
                          index: mt.LabelIndex) -> list[tuple[Mention, Fact]]:
    """部署九大任务 where the clerk's fact says 八大任务 (8): a group named by its size is a
    name, held to no fact, until a fact the text never states fits its words; then the two
    should agree, and the group is where the unused fact went wrong."""
    out = []
    for m in mentions:
        if m.value is None or m.approx or not (m.kind == "group" or
                                               m.kind == "ordinal_phrase" and _NAMED_GROUP.fullmatch(m.text)):
            continue
        before, _ = _words_around(text, m)
        after = _group_noun(text, m, 6)
        # (开展专项检查三轮 where the sheet says 专项检查轮次 2轮: a group in the fact's own measure
        # word is held to it when the words before fit, as the noun after would)
        fits = [f for f in unused if f.value != m.value and _counts_a_group(f) and
                (index.score(f, "", after) > 0 or _in_its_measure(m, f) and index.score(f, before, "") > 0)]
        if fits:
            out.append((m, max(fits, key=lambda f: round(index.score(f, before, after), 6))))
    return out


def _group_noun(text: str, m: Mention, reach: int) -> str:
    """The words a group counts: 三大类 counts 类, 五个 the noun after it."""
    return _NUMERAL_HEAD.sub("", m.text) + text[m.end:m.end + reach]


def groups_naming_a_fact(text: str, mentions: list[Mention], facts: list[Fact]) -> list[tuple[Mention, Fact]]:
    """通报六大消费投诉舆情热点 where the fact 消费投诉舆情热点 (5个) is stated elsewhere too: the
    words after the group are that fact's whole label, so the two must agree even when another
    sentence already used the fact."""
    out = []
    for m in mentions:
        if m.kind != "group" or m.value is None or m.approx:
            continue
        noun = _group_noun(text, m, 20)
        named = [f for f in facts if len(f.label) >= 3 and noun.startswith(f.label) and _counts_a_group(f)]
        if named and all(f.value != m.value for f in named):
            out.append((m, named[0]))
    return out


def facts_named_as_bounds(text: str, mentions: list[Mention], facts: list[Fact],
                          index: mt.LabelIndex) -> set[str]:
    """对100元以上证明事项实行告知承诺 / 实现“十一连降”: a bound or a quoted coinage names something
    and needs no fact, but when the clerk keeps it as one (100元以上, 11连降) the figure written
    with that value, unit and hedge, among words of the fact's label, is that fact."""
    used = set()
    for f in facts:
        base = mt.to_base(f.value, f.unit)
        # 2个项目被推荐参与…示范项目申报 where the fact is 1: the figure whose words fit the fact
        # best is where it went wrong, not a coinage (“一个统抓、五大职能”) that shares a word with it
        elsewhere = max((index.score(f, *_words_around(text, m)) for m in mentions
                         if m.needs_fact and mt.comparable(m, f)), default=0.0)
        for m in mentions:
            if m.kind in ("ordinal_phrase", "group") and m.value is not None and m.unit and m.approx == f.approx \
                    and mt.same_measure(m.unit, f.unit) and mt.to_base(m.value, m.unit) == base \
                    and index.score(f, *_words_around(text, m)) > max(elsewhere, 0.0):
                used.add(f.id)
                break
    return used


def _in_its_measure(m: Mention, f: Fact) -> bool:
    """The group counts in the fact's measure word, and the label names that word (专项检查轮次 and
    三轮): 个 alone says nothing of what a row of 个 counts."""
    return bool(m.unit) and mt.normalize_unit(m.unit) == mt.normalize_unit(f.unit) and m.unit in f.label


def _counts_a_group(f: Fact) -> bool:
    """An exact count a named group (三大平台) could state: not a rate, not money."""
    return not f.approx and mt.normalize_unit(f.unit) not in ("%", "元", "万元", "亿元")


def _words_around(text: str, m: Mention) -> tuple[str, str]:
    """The words a named figure's fact label is matched against: the clause run-up and its noun."""
    return text[max(0, m.start - 40):m.start], text[m.end:m.end + 6]
