"""Whether a figure some fact supports is charged with 张冠李戴: its value is one fact's, its words another's.

Adjacent counts (42家单位申报27个类别) put several labels' words in one clause, so a charge needs
strong evidence: if any fact with this exact value has a distinctive word of its label in the
clause, the figure is supported. Otherwise it is an 错误 only when the rival's label fits the words
clearly better than the value's own fact; else a 提醒.

``charge`` reads as the order of the argument: guards that settle the figure as its own fact's
before any scoring, a charge the clause's year makes, the rivals scored on the clause's words,
guards that clear the best rival, weak evidence that earns a 提醒 when the rival scores low, and
the weighing of the rival against the figure's own fact. Each guard and charge is named for what
it decides and carries the real sentence it came from.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import cached_property

from drafter.facts import Fact
from drafter.numbers import Mention, find_numbers
from drafter.numbers._text import last_of
from drafter.numbers.units import counted_noun, normalize_unit
from drafter.verify import _match as mt
from drafter.verify._change import (COMPARED_PERIOD, DOWN, DOWN_TO_ONLY, MERGE, MOVES, NEUTRAL, UP, UP_TO_ONLY,
                                    any_of, compared_against)


@dataclass
class Clause:
    """A figure that some facts support, with the words a charge is weighed on."""
    m: Mention
    candidates: list[Fact]          # the facts whose value the figure states
    best: Fact                      # of those, the one the clause names best
    facts: list[Fact]
    before: str
    after: str
    tail: str                       # the clause after the figure, up to the next figure's words
    index: mt.LabelIndex
    written: frozenset = field(default_factory=frozenset)   # values (base units) written elsewhere
    predicate: str = ""             # what the clause says of its stacked counts, after the last
    sentence: str = ""
    since_last_figure: str = ""     # the sentence's words since the figure before this one
    runs_into_next: str = ""        # the noun, when only a noun stands before the next figure (8个林业站60个)
    next_figure: Mention | None = None  # the figure after this one (the 247 of 312家企业中的247家)
    to_next: str = ""               # the words up to that figure, when it stands in the same sentence
    rest_of_clause: str = ""        # the clause after the figure, past a 、 list of its nouns
    in_plans: bool = False          # the figure stands in the report's 下一年度安排

    @cached_property
    def own_grams(self) -> set[str]:
        return set().union(*(self.index.grams[id(f)] for f in self.candidates))

    @cached_property
    def counted(self) -> str:
        """The noun after the number counts as evidence too (86件人大代表建议), but only against a
        fact that has words of its own to be compared with (the noun only: in 把62项考核指标精简
        优化为13项 the verb after the noun is the next figure's)."""
        return _counted_noun(self.after, self.tail) if self.index.grams[id(self.best)] else ""

    @cached_property
    def window(self) -> str:
        # label codes (pm2.5) are kept in lower case, and label words are read without quotes
        # and a short aside without its marks (县（市、区）), as the labels' bigrams are
        return mt.aside_opened(self.before + "\x00" + self.counted).translate(mt.NO_QUOTES).lower()

    def grams(self, f: Fact) -> set[str]:
        return self.index.grams[id(f)]

    @cached_property
    def start_of_change(self) -> Mention | None:
        """The figure a 由A…至B change starts from (the A), when it is the sentence's last figure
        before this one; read once, however many rivals are weighed against it."""
        start = next((n for n in reversed(find_numbers(self.sentence)) if n.needs_fact), None)
        if start is None or start.value is None or not mt.FROM_FIGURE.search(self.sentence[:start.start]):
            return None
        return start


def charge(c: Clause) -> tuple[Fact, str] | None:
    """The fact whose label the clause names when the value belongs to another fact, with the
    severity the evidence earns ("error" or "warning"), or None."""
    if _own_label_follows(c) or _own_year_named(c):
        return None
    of_year = _fact_of_the_clause_year(c)
    if of_year is not None:
        return of_year, "warning"
    by_noun = _fact_the_noun_names(c)
    if by_noun is not None:
        return by_noun, "warning"
    scores = [(score, f) for score, f in _rivals(c)
              if not _rival_is_the_start_written(c, f) and not _change_for_a_start(c, f)]
    if not scores:
        return None
    rival_score, rival = scores[0]
    if _rivals_tied_on_the_counted_noun(c, scores) or any(clears(c, rival) for clears in _CLEARING):
        return None
    if _only_the_rival_states_a_change(c, rival):
        return rival, "warning"
    runner_up = _runner_up(c, scores)
    if runner_up is not None:
        # 旗本级40个部门1740项事项实现“一站式”办理 where 40 is the 综合一窗受理 count: what the clause
        # says of its stacked counts, after the last one, may single the rival out
        rival_score = c.index.score(rival, c.before, c.counted + "\x00" + c.predicate,
                                    exclude=c.own_grams | c.grams(runner_up))
    if rival_score < 0.5:
        parallel = _parallel_label_said(c, scores, runner_up)
        if parallel is not None:
            return parallel, "warning"
        weak = any(earns(c, rival, scores, runner_up) for earns in _WEAK_CHARGES)
        return (rival, "warning") if weak else None
    return _weighed(c, rival, rival_score)


def _rivals_tied_on_the_counted_noun(c: Clause, scores: list[tuple[float, Fact]]) -> bool:
    """12起案件全部经法制审核 where 12 is 立案查处违法行为 and the sheet breaks the cases down into
    电力设施保护类案件 (8), 油气管道保护类案件 (3), 成品油经营类案件 (1): the noun after the figure names
    every kind alike, nothing before it names any, and the kinds add up to the figure, so it is
    all of them, not one written wrong."""
    tied = [f for score, f in scores if score == scores[0][0]]
    if len(tied) < 2 or any(c.index.score(f, c.before, "", exclude=c.own_grams) > 0 for f in tied):
        return False
    return sum(mt.to_base(f.value, f.unit)[0] for f in tied) == mt.to_base(c.m.value, c.m.unit)[0]


# -- guards before scoring -------------------------------------------------------------------

def _own_label_follows(c: Clause) -> bool:
    """21个地市建立66个行政争议诉前调解中心: the noun the figure counts is the whole label of a
    fact with this value; the words before it (地市建立) belong to the count before."""
    return any(_named_right_after(f, c.after) for f in c.candidates)


def _own_year_named(c: Clause) -> bool:
    """较2022年558件 where 2022年收到行政复议申请 is 558: the year the clause names is the value's
    own fact's, which no shared word of another label can outweigh. A year a label compares with
    (律师人数较2022年增长率) is not the fact's own, and says nothing of which fact this is."""
    return any(mt.names_its_year(mt.without_compared_year(f.label), c.before) for f in c.candidates)


def _fact_of_the_clause_year(c: Clause) -> Fact | None:
    """A fact of the year the clause names, when the value's own facts are of another year."""
    if all(mt.other_year(f.label, c.before) for f in c.candidates):
        # every fact with this value is of another year than the clause names: a fact of the
        # clause's own year whose words fit is the one meant (2023年 vs 2024年需办理复议案件)
        same_year = [f for f in c.facts if mt.comparable(c.m, f) and not _is_candidate(c, f)
                     and mt.YEAR_IN.search(f.label) and not mt.other_year(f.label, c.before)
                     and c.index.score(f, c.before, c.after) > 0]
        if same_year:
            return max(same_year, key=lambda f: round(c.index.score(f, c.before, c.after), 6))
    year_here = mt.year_just_before(c.before)
    if year_here and not any(year_here in f.label for f in c.candidates):
        # 同比2019年16天减少31天 where 16 is the 减少 fact's and 2019年累计污染天数 is 31: the
        # figure right after a year is that year's value, and no fact of this value is of it
        of_year = [f for f in c.facts if year_here in f.label and mt.comparable(c.m, f)
                   and not mt.consistent_with(c.m, f) and not _is_candidate(c, f)
                   and c.index.score(f, c.sentence, c.after) > 0]
        if of_year:
            return max(of_year, key=lambda f: round(c.index.score(f, c.sentence, c.after), 6))
    return None


_COUNT_SUFFIX = re.compile(r"(?:的)?(?:数量|总数|个数|总量|数)$")
# 设立的人民调解工作室（法院、信访局、派出所）: a closing parenthesis lists or qualifies; the label's
# head noun is the one before it
_TRAILING_NOTE = re.compile(r"(?:[（(][^（()）]*[）)])+$")


def _ends_with(label: str, noun: str) -> bool:
    head = mt.han(_TRAILING_NOTE.sub("", label.strip()))
    return head.endswith(noun) or _COUNT_SUFFIX.sub("", head).endswith(noun)


def _fact_the_noun_names(c: Clause) -> Fact | None:
    """派出机构：60个林业站8个专业技术岗 where 60 is 林业站专业技术岗's: in a run of counts with no
    punctuation, the noun after each measure word is what it counts. When that noun ends exactly
    one other fact's label (派出林业站) and no label of this value (林业站专业技术岗 ends with 岗),
    the figure is that fact's, written wrong: the words before it are another count's."""
    noun = c.runs_into_next
    if len(noun) < 2 or any(_ends_with(f.label, noun) for f in c.candidates):
        return None
    named = [f for f in c.facts if not _is_candidate(c, f) and mt.comparable(c.m, f)
             and not mt.consistent_with(c.m, f) and _ends_with(f.label, noun)]
    return named[0] if len(named) == 1 else None


def _is_candidate(c: Clause, f: Fact) -> bool:
    return any(f is g for g in c.candidates)


# -- the rivals --------------------------------------------------------------------------------

def _rivals(c: Clause) -> list[tuple[float, Fact]]:
    """Facts of another value that the clause's words (less the value's own facts' words) name,
    best first; among rivals the clause fits equally (旗本级 is in four labels), the one its
    stacked counts' predicate names comes first."""
    scores = []
    noun = counted_noun(c.m.unit) if c.m.kind == "count" else None
    # a change verb may stand since the last figure rather than after the subject's words
    # (由4316项精简至2871项，减少1445项: 减少 makes 1445 a change, so 2871's 精简后 label is no rival)
    for f in c.facts:
        if _is_candidate(c, f) or not mt.comparable(c.m, f) or mt.consistent_with(c.m, f) \
                or mt.other_period(f.label, c.before + c.after) \
                or mt.other_measure(f.label, c.before + c.after) or mt.other_year(f.label, c.before) \
                or mt.level_for_a_change(f.label, c.before.split("\x00")[0]) \
                or mt.level_for_a_change(f.label, c.since_last_figure) \
                or _counts_other_things(noun, f) or _rival_counts_what_the_sentence_never_names(c, f):
            continue
        score = c.index.score(f, c.before, c.counted, exclude=c.own_grams)
        if score > 0:
            scores.append((score, f))
    # 修改地方性法规24部、省政府规章13部 where 13 is 废止省政府规章's: 修改 names two rivals alike, and
    # the one whose whole label the clause fits (省政府规章 too) is meant
    scores.sort(key=lambda x: (-x[0], -c.index.score(x[1], "", c.predicate, exclude=c.own_grams),
                               -round(c.index.score(x[1], c.before, c.counted), 6)))
    return scores


def _counts_other_things(noun: str | None, rival: Fact) -> bool:
    """A figure that counts a noun directly (存在的5方面8个问题; ``noun`` is 方面) is no count of a
    fact whose unit and label do not name that noun: the 5 is never 法治政府建设存在的问题's (8个)."""
    return bool(noun) and len(noun) > 1 and normalize_unit(rival.unit) != noun and noun not in rival.label


def _runner_up(c: Clause, scores: list[tuple[float, Fact]]) -> Fact | None:
    """The second rival, when the clause also fits the fact that has the value: then the words
    that point at the rival must point at it alone. "行政复议案件37件" fits 收到行政复议申请 (37)
    in part and names 受理 and 审结 equally, so it singles out neither and is not flagged."""
    if len(scores) > 1 and c.index.score(c.best, c.before, c.after) > 0:
        return scores[1][1]
    return None


# -- guards that clear the best rival -----------------------------------------------------------

def _rival_is_the_other_side(c: Clause, rival: Fact) -> bool:
    """由原先的6361项压减到5979项 where 6361 is 调整前, 进驻率由76%提升至92% where 76 is 提升前:
    the rival's label names the other side of the change and the value's own fact does not,
    whatever verb (压减, 提升) the rival's label shares, and the clause's words fit it no worse."""
    if not _rival_on_the_other_side(c.before, rival, c.candidates):
        return False
    # the side words are left out of that test: in 目前我市…证明事项由299项增加到356项 the 目前
    # of the sentence is when the change is told, not which side 299 is on
    words = _AFTER_SIDE.sub("", _BEFORE_SIDE.sub("", c.before.split("\x00")[0]))
    return _fits_as_well(words, c.candidates, rival, c.index)


def _rival_names_the_change_reached(c: Clause, rival: Fact) -> bool:
    """案件办理平均用时由上年的58天缩短至41天，缩短17天 where 17 is 案件办理平均用时缩短天数: a figure
    after 缩短至 is the level the change reached, so the verb the rival's label shares names the
    change, which this figure is not; the value's own facts, which name no such verb, are. A
    label naming the side the change left (审评压缩后时限) is a level, and no change."""
    reached = _REACHED.search(c.before.split("\x00")[0])
    if reached is None:
        return False
    verb = re.compile(reached.group("verb") + "(?![后前])")
    return bool(verb.search(rival.label)) and not any(verb.search(f.label) for f in c.candidates)


_REACHED = re.compile(rf"(?P<verb>{any_of(UP, DOWN, MERGE, NEUTRAL)})了?(?:至|到|为)$")


def _noun_abbreviates_its_own_label(c: Clause, rival: Fact) -> bool:
    """全市有3个调委会、11名调解员受到司法部表彰 where 3 is 受司法部表彰的人民调解委员会 and the rival
    全市人民调解组织: 调委会 is 调解委员会 cut short, as reports cut their nouns (人大, 执法局),
    so the noun names the value's own fact in characters no bigram of its label shares."""
    noun = mt.han(c.counted)
    if len(noun) < 3 or _in_order(noun, mt.han(rival.label)):
        return False
    return any(_in_order(noun, mt.han(f.label)) and noun not in mt.han(f.label) for f in c.candidates)


def _in_order(short: str, label: str) -> bool:
    """Whether every character of ``short`` stands in ``label``, in the same order."""
    rest = iter(label)
    return all(ch in rest for ch in short)


def _own_fact_names_this_side(c: Clause, rival: Fact) -> bool:
    """厅本级保留的行政审批事项由六十一项减少至三十八项 where 61 is 改革前厅本级行政审批事项 and the
    rival 厅本级保留的… (38): the subject before 由 names the change's thing on both sides, and
    the value's own label names the side the figure stands on while the rival's names none."""
    sides = _sides(c.before)
    if sides is None:
        return False
    this, other = sides
    return not this.search(rival.label) and not other.search(rival.label) and \
        all(this.search(f.label) and not other.search(f.label) for f in c.candidates)


_INCLUDES_NOTE = re.compile(r"[（(](?:含|包括|包含)[^（()）]*[）)]")


def _rival_named_only_by_what_it_includes(c: Clause, rival: Fact) -> bool:
    """受理案件5836件（含上年结转312件）where 312 is 上年结转案件 and the rival 受理案件（含上年结转）:
    the words the rival adds are its label's note of what the whole includes, which is the part's
    own name; a clause that says 含 names the part, not the whole."""
    notes = _INCLUDES_NOTE.findall(rival.label)
    extra = {g for g in c.grams(rival) - c.own_grams if g in c.window}
    return bool(notes) and bool(extra) and extra <= set().union(*(mt.bigrams(n) for n in notes))


def _rival_adds_no_word(c: Clause, rival: Fact) -> bool:
    """培训学员79人 fits 中青年干部培训班学员 (79) by 培训 and 学员; the rival 专题轮训班培训学员
    adds only 训学, the seam between those two words: no word the value's fact lacks."""
    return any(not _adds_characters(c.window, c.grams(rival) - c.grams(f), c.grams(f)) for f in c.candidates)


def _total_already_written(c: Clause, rival: Fact) -> bool:
    """处罚金额合计39.156万元 stated, then 其中行政处罚35次…，合计金额30.9万元: the total is
    already written where it belongs, and a second 合计 is a sub-total's, not a slip."""
    named_rival = {g for g in c.grams(rival) - c.own_grams if g in c.window}
    return mt.to_base(rival.value, rival.unit) in c.written and bool(named_rival) and named_rival <= _SUM_GRAMS


# 全街道, 全市, 全县: the report's own scope, the whole of the body, not a level within it
_SCOPE = re.compile(r"全(?:街道|社区|镇|乡|区|县|市|州|省|盟|旗)")


def _rival_word_is_the_scope(c: Clause, rival: Fact) -> bool:
    """全街道设人民调解委员会14个，其中街道调委会1个 where 14 is 人民调解委员会 and the rival is
    街道人民调解委员会 (1): the only word the rival adds is the scope after 全, which counts the
    whole, not the level the rival's label picks out. A rival that names the scope itself
    (全省获评优秀的法律援助案件, against the district's own 5宗) is that scope's figure."""
    scopes = {s.group() for s in _SCOPE.finditer(c.window)}
    if not scopes or any(s in rival.label for s in scopes):
        return False
    extra = {g for g in c.grams(rival) - c.own_grams if g in c.window}
    outside = _SCOPE.sub("\x00", c.window)
    return bool(extra) and not any(g in outside for g in extra)


# 未达到“六有”标准的村（社区）调委会: a label that picks a part out of its head noun by a clause
# before its one 的 (a label with two 的 is not read)
_QUALIFIED = re.compile(r"^(?P<qualifier>[^的]{2,}?)的(?P<head>[^的]{2,})$")


def _qualifier_of_a_part_the_clause_names(c: Clause, rival: Fact) -> str | None:
    """The qualifier of a one-的 rival label whose head noun the clause says (未达到“六有”标准的 of
    未达到“六有”标准的村（社区）调委会), read without quotes and asides' marks; None otherwise."""
    parts = _QUALIFIED.match(mt.aside_opened(rival.label).translate(mt.NO_QUOTES))
    if parts is None:
        return None
    # (涉及房屋征收类19件 names 房屋征收类复议申请 by the words that tell it from other 申请)
    head = mt.han(parts.group("head"))[:_HEAD_SAID]
    return parts.group("qualifier") if len(head) >= 2 and head in mt.han(c.window) else None


_HEAD_SAID = 5


def _rival_is_a_part_the_clause_does_not_pick(c: Clause, rival: Fact) -> bool:
    """村（社区）调委会162个 where 162 is 村（社区）人民调解委员会 and the rival is 未达到“六有”标准的
    村（社区）调委会 (17): the rival's head noun is what the clause says, but the rival is only
    the part of it its qualifier picks out, and the sentence says none of that qualifier's words."""
    qualifier = _qualifier_of_a_part_the_clause_names(c, rival)
    if qualifier is None:
        return False
    qualifier = mt.bigrams(qualifier)
    # the qualifier may be said after the figures (旗本级40个部门1740项事项实现“一站式”办理)
    sentence = mt.aside_opened(c.sentence + "\x00" + c.after + c.tail + "\x00" + c.predicate).translate(mt.NO_QUOTES)
    # a qualifier the value's own label shares (设立公职律师的党政机关 and …的人民团体) is the
    # subject of the whole list, said once before it, and tells no part from the whole
    # (其中涉及房屋征收类19件 says the 涉及 of 涉及补偿标准争议的…, none of what it picks out: a
    # long qualifier may share one word with the sentence)
    said = {g for g in qualifier if g in sentence}
    return bool(qualifier) and not qualifier & c.own_grams and (not said or len(said) == 1 and len(qualifier) >= 4)


# 驻点服务不足12次的社区, 败诉率超过10%的设区市: a bound that cuts the part out of the head noun
_BOUND = re.compile(r"(?P<word>不足|低于|少于|超过|高于|多于|未满|不满|达到)\d|\d[^\d]{0,4}?(?P<after>以上|以下)")


def _rival_cut_by_a_bound_the_clause_does_not_say(c: Clause, rival: Fact) -> bool:
    """实现15个社区法律顾问驻点服务全覆盖 where 15 is 辖区社区 and the rival is 法律顾问驻点服务
    不足12次的社区 (4): the clause says the service, but the rival is only the part of the 社区
    the bound picks out, and the sentence says no such bound (neither 不足 nor any other)."""
    qualifier = _qualifier_of_a_part_the_clause_names(c, rival)
    if qualifier is None:
        return False
    bounds = {b.group("word") or b.group("after") for b in _BOUND.finditer(qualifier)}
    said = c.sentence + "\x00" + c.after + c.tail
    return bool(bounds) and not any(b in said for b in bounds)


def _sentence_names_its_own_fact(c: Clause, rival: Fact) -> bool:
    """开展涉挥发性有机物和氮氧化物排放重点行业执法检查，累计检查工业企业7663家 where 7663 is that
    campaign's count and the rival is the 秋冬季监管执法's (累计检查工业企业 14267): the clause
    repeats the rival's words, but the sentence it closes names the figure's own fact clearly better.
    Only the words since the last figure count (before that, they are another figure's), with
    the noun the figure counts: 查处1家新就业形态企业… names what it counts after it."""
    words = c.since_last_figure + "\x00" + c.counted
    return any(mt.sentence_picks(f, rival, words, c.index) for f in c.candidates)


def _rival_counts_what_the_sentence_never_names(c: Clause, rival: Fact) -> bool:
    """开展进口食品安全专项治理，抽检进口食品1590批次，检出不合格38批次 where 38 is 抽检不合格进口食品
    and the rival 检出不合格进出口商品 (860): the clause repeats the rival's words up to the thing it
    counts, but none of the rival's other words (进出口商品) is anywhere in the sentence, while the
    figure's own fact's other words (抽检, 进口食品) stand earlier in it: the clause goes on counting
    the sentence's own object. A rival any of whose other words the sentence says stays a rival
    (leaving out the words it shares with the figure's own fact loses swaps: 审结57件 in a sentence
    of 一审行政诉讼 is still charged with 审结一审行政诉讼案件's value)."""
    said = c.since_last_figure + "\x00" + c.counted
    unsaid = {g for g in c.grams(rival) if g not in said}
    sentence = c.sentence + "\x00" + c.after + c.tail
    if len(unsaid - c.own_grams) < 3 or any(g in sentence for g in unsaid):
        return False
    return any(sum(g in c.sentence for g in c.grams(f) - c.grams(rival) if g not in said) >= 2 for f in c.candidates)


def _noun_ends_its_own_label(c: Clause, rival: Fact) -> bool:
    """全市16个区需配备公职律师的697个党政机关 where 16 is 天津市辖区: the noun right after the
    measure word (区) is the head noun the value's own label ends with and the rival's does not,
    so the figure counts its own fact's things; the words after that noun qualify the next figure.
    A one-character noun is taken only for a place (区, 县, 镇…), which no verb or adjective is."""
    after = re.match(r"[\u4e00-\u9fff]*", c.after).group()
    if after:
        nouns = (after[:k] for k in range(min(len(after), 6), 0, -1))
    elif c.m.kind == "count" and mt.to_base(rival.value, rival.unit) in c.written:
        # 在14个司法所…设立行政复议服务点15个 where 14 is 设立服务点的司法所: a count written after
        # its noun (服务点15个) counts the noun right before it, when the rival's own figure is
        # written elsewhere (14个司法所); in 调解行政复议案件37件 where 行政复议案件调解 is 20 and
        # written nowhere, 调解 may be what the clause counts, and the charge is weighed
        before = _POSTPOSED_LINK.sub("", mt.han(c.before.split("\x00")[0]))
        nouns = (before[-k:] for k in range(min(len(before), 6), 1, -1))
    else:
        return False
    for noun in nouns:
        if _ends_with(rival.label, noun):
            return False            # 13个村民小组 where 13 is 辖村: the longer noun read is the rival's
        if (len(noun) > 1 or noun in _PLACE_NOUNS) and any(_ends_with(f.label, noun) for f in c.candidates):
            return True
    return False


# the words that may stand between a noun and the count after it (服务点共15个, 案件达37件)
_POSTPOSED_LINK = re.compile(r"(?:共计|合计|总计|累计|共|计|达到|达|为|约|近|超|逾)+$")


_PLACE_NOUNS = frozenset("区县市镇乡村省州盟旗")


def _rival_is_a_target(c: Clause, rival: Fact) -> bool:
    """其中非现场检查1032家次，占36% where the sheet also holds 2025年非现场检查占比目标 (45%以上):
    a target is what the plans state; a figure of the year's work whose own fact is no target
    is not that target written wrong. Nor is the figure a plan starts from (公职律师人数力争由目前的
    35名增至70名: 35 is the year's own)."""
    return bool(_TARGET_LABEL.search(rival.label)) and not any(_TARGET_LABEL.search(f.label) for f in c.candidates) \
        and (not _TARGET_WORDS.search(c.before + c.after + c.tail)
             or bool(mt.START_OF_A_PLAN.search(c.before.split("\x00")[0]) and mt.PLANNED_RISE.match(c.after + c.tail)))


def _figure_states_the_target(c: Clause, rival: Fact) -> bool:
    """力争头盔佩戴率达到95%以上 where 95 is 2022年头盔佩戴率目标 and 电动自行车头盔佩戴率 (88%) is the
    year's: in the plans, or in a clause that aims (力争, 确保), a figure whose own facts are all
    targets states that target; the year's figure of the same measure is no rival to it."""
    if _TARGET_LABEL.search(rival.label) or not all(_TARGET_ROW.search(mt.han(f.label)) for f in c.candidates):
        return False
    if not (c.in_plans or _AIM_WORDS.search(c.sentence)):
        return False
    if _PLANNED_ROW.search(rival.label):
        return False                # 计划年内再创建示范村 is a plan too, and the clause may mean it
    # the target's measure (接入率, 佩戴率, 排名) ends the year's label too: 省级示范村总数目标 is no
    # target of 计划再创建的示范村
    measure = mt.han(rival.label)
    return any(mt.han(_TARGET_LABEL.sub("", f.label))[-3:] in measure for f in c.candidates)


# a row that is a target names it last (头盔佩戴率目标); 纳入绩效目标管理的项目 is no target, and
# 绩效目标 in a sentence sets none; a row of a plan (计划年内再创建…) is no year's figure either
_TARGET_ROW = re.compile(r"目标$")
_PLANNED_ROW = re.compile(r"计划|拟|力争|预计")
_AIM_WORDS = re.compile(r"力争|确保|争取|目标(?!管理|责任|考核|任务书)")


def _rival_shares_another_part(c: Clause, rival: Fact) -> bool:
    """其中县行政审批服务局办件8.1万件，占30.7% where the rival is 即办件占县行政审批服务局办件量比例:
    a share is named by its part, before 占; the clause names this figure's part (审批服务局办件)
    and not the rival's (即办件), whatever words of the rival's whole it also holds."""
    rival_part = _SHARE_PART.match(mt.han(rival.label))
    if rival_part is None:
        return False
    words = mt.han(c.before)
    parts = [_SHARE_PART.match(mt.han(f.label)) for f in c.candidates]
    return rival_part.group(1) not in words and all(p is not None and p.group(1) in words for p in parts)


_SHARE_PART = re.compile(r"([\u4e00-\u9fff]{2,12}?)占[\u4e00-\u9fff]{2,}?的?(?:比例|比重|占比)$")


_TARGET_LABEL = re.compile(r"目标")
# 超过“十三五”规划设定的30件目标, 高于目标任务要求的80%: the clause itself names a target
_TARGET_WORDS = re.compile(r"目标|要求|任务|计划|规划|力争|确保")


def _sum_of_listed_rivals(c: Clause, rival: Fact) -> bool:
    """行政许可案卷、行政处罚案卷共97卷 where 97 is 抽取评查的行政执法案卷 and the two kinds are facts
    of their own: the figure sums the listed items, each of which names another rival, so no one of
    them is the fact it was meant to state. A 分别 list right after the figure sums them too."""
    summed = _SUM_OF_LIST.search(c.before.split("\x00")[-1]) or \
        (_RESPECTIVELY_NEXT.match(c.to_next) and _LIST_RIGHT_BEFORE.search(c.before.split("\x00")[-1]))
    if not summed:
        return False
    items = [x for x in summed.group("items").split("、") if mt.han(x)]
    rivals = [f for f in c.facts if not _is_candidate(c, f) and mt.comparable(c.m, f)]
    named = set()
    for item in items:
        scores = [(round(c.index.score(f, item, "", exclude=c.own_grams), 6), f) for f in rivals]
        top = max((x for x, _ in scores), default=0)
        best = [f for x, f in scores if x == top]
        if top > 0 and len(best) == 1:
            named.add(id(best[0]))
    return len(items) >= 2 and len(named) == len(items) and id(rival) in named


# the items of a 、 list, then the word that sums them, right before the figure
_LIST_ITEMS = r"(?P<items>[^，,。；;：:（(]+、[^，,。；;：:（(]+?)"
_SUM_OF_LIST = re.compile(_LIST_ITEMS + r"(?:共计|合计|总计|共|一共|累计)$")
# 扦取玉米、水稻、大豆种子样品96个，分别为52个、31个、13个: the figures after 分别 say the list's
# items one by one, so the figure before them sums the list as a 共 would
_LIST_RIGHT_BEFORE = re.compile(_LIST_ITEMS + "$")
_RESPECTIVELY_NEXT = re.compile(r"[，,]?分别(?:为|是|有)?$")

# 其中农民工2315人、金额2981.2万元: after 、 a bare measure (金额, 人数) is the same subject's second
# figure; the word names how it is measured, not what, and accuses no other fact, unless the
# figure's own label says that measure too (合同19份、金额2974万元 against 工程建设类合同金额)
_BARE_MEASURE = re.compile(r"(?:涉及|涉案|累计|共计?|总)?(?P<m>金额|资金|人数|件数|次数|数量|户数|总额|标的额)(?:为|达|约)?")


def _only_a_measure_after_a_pause(c: Clause, rival: Fact) -> bool:
    bare = _BARE_MEASURE.fullmatch(mt.han(c.since_last_figure))
    return bare is not None and not any(bare.group("m") in f.label for f in c.candidates)


def _rival_named_only_among_examples(c: Clause, rival: Fact) -> bool:
    """《…规划》编制、老旧小区改造三年行动计划等重大行政决策事项9项 where the rival is 按计划推进中的
    重大行政决策事项: the items before 等 are examples of what is counted, and their words (计划)
    name the examples, not the category. Only the items are set aside: the first one may carry the
    clause's subject and verb, and in 区法院获“…”等市级以上荣誉42项 the subject (区法院) is what
    tells one body's honours from another's."""
    clause = c.before.split("\x00")[0]
    examples = _examples_before_deng(clause)
    if examples is None:
        return False
    rest = clause[:examples[0]] + "\x00" + clause[examples[1]:]
    return c.index.score(rival, rest, c.counted, exclude=c.own_grams) == 0


# the 等 that closes a list of examples (A、B等事项), not 等级, 平等, 等次; or the count that
# restates the list it closes (A、B、C五类案件), right after its last item
_LIST_CLOSING_DENG = re.compile(r"(?<![平同对均相])等(?![级次同待候])"
                                r"|(?<=[\u4e00-\u9fff”》])[一二三四五六七八九十两\d]{1,3}(?:大类|类|种|个方面|方面)(?=[\u4e00-\u9fff])")
_QUOTED_ITEM = re.compile(r"[“《][^“”《》]*[”》]$")


def _examples_before_deng(clause: str) -> tuple[int, int] | None:
    """Where the example items before the clause's last list-closing 等 (or restating count) stand:
    the items after the first 、 of the list, and a quoted or titled item right before 等; None
    when there are none. In 适用按日连续处罚、…、移送涉嫌环境污染犯罪五类案件39件 the 39 counts all
    five kinds, so the last kind's words (移送涉嫌…犯罪) name a part, not the whole."""
    closing = [m.start() for m in _LIST_CLOSING_DENG.finditer(clause)]
    if not closing:
        return None
    deng = closing[-1]
    head = clause[:deng]
    starts = []
    quoted = _QUOTED_ITEM.search(head)
    if quoted:
        starts.append(quoted.start())
    pause = head.find("、", max(head.rfind(ch) for ch in "，,。；;：:") + 1)
    if pause >= 0:
        starts.append(pause + 1)
    return (min(starts), deng) if starts else None


# a bare 同比 (行政处罚决定同比下降) compares with the same period of last year
_COMPARED_WITH = re.compile(rf"(?:较|比|同比|与)(?P<period>{COMPARED_PERIOD})|同比")
_LAST_YEAR = re.compile(r"^(?:上一?年度?|去年)(?:同期)?$")


def _period_compared(words: str) -> str | None:
    """The period the last 较/比 in ``words`` compares with, 上年 for any name of last year."""
    said = [m.group("period") or "上年" for m in _COMPARED_WITH.finditer(words)]
    if not said:
        return None
    return "上年" if _LAST_YEAR.match(said[-1]) else said[-1].removesuffix("同期")


def _rival_compares_with_another_period(c: Clause, rival: Fact) -> bool:
    """较上年提高6.2个百分点，较2020年提高21.4个百分点: the 21.4 is compared with 2020, as its own
    fact says, so the fact compared with last year is no rival however many words the clause
    before it shares with that one."""
    said = _period_compared(c.before.split("\x00")[0])
    theirs = _period_compared(rival.label)
    return bool(said and theirs and theirs != said) and \
        any(_period_compared(f.label) == said for f in c.candidates)


def _base_of_a_change_is_no_change(c: Clause, rival: Fact) -> bool:
    """收到315件，较上年的268件增加57件 where the rival is 行政复议申请较上年增加: the figure after
    较上年的 is the year before's level, and the change words around it (较上年, 增加) belong to the
    change written next, so a change fact is no rival to it unless its own fact is a change too."""
    if not compared_against(c.before.split("\x00")[0]) or not MOVES.search(rival.label):
        return False
    return not any(MOVES.search(f.label) for f in c.candidates)


# 312家企业中的247家: the figure is the whole the next one is taken from
_WHOLE_OF_THE_NEXT = re.compile(mt.TAKEN_FROM + "$")


def _figure_is_the_whole_of_the_next(c: Clause, rival: Fact) -> bool:
    """培训仅覆盖312家企业中的247家: the words before the whole say what the part after it is (the
    trained firms, 247, the rival's value); they name no fact the whole's own value was meant for."""
    part = c.next_figure
    return bool(_WHOLE_OF_THE_NEXT.search(c.tail)) and part is not None and part.value is not None \
        and mt.to_base(part.value, part.unit) == mt.to_base(rival.value, rival.unit)


# 由20个增加到31个，占全部32个部门的96.9%: the figure after 占 is the whole a share is taken of
_SHARE_WHOLE_BEFORE = re.compile(rf"(?:{mt.SHARE_OF_ALL}|占)$")


def _figure_is_the_whole_of_the_share_after_it(c: Clause, rival: Fact) -> bool:
    """占全部32个部门的96.9% where the rival (31) is the part: the share written next is the
    rival's value over this figure, so this figure is the whole and the part was written before."""
    share = c.next_figure
    if not _SHARE_WHOLE_BEFORE.search(c.since_last_figure) or share is None or share.value is None or \
            mt.normalize_unit(share.unit) != "%" or not c.m.value:
        return False
    ulp = mt.written_ulp(share)[0]
    ratio = mt.to_base(rival.value, rival.unit)[0] / mt.to_base(c.m.value, c.m.unit)[0] * 100
    return abs(ratio - share.value) <= ulp / 2


def _rival_stated_by_the_next_figure(c: Clause, rival: Fact) -> bool:
    """配备工作人员412名，平均每所4.3名 where 412 is 司法所工作人员 and the rival 司法所平均配备工作人员
    (4.3): the rival's value is the very next figure, and the words before it say what the rival
    adds (平均) that the words before this figure do not. The rival is written where it belongs;
    a swap of the two still charges the second figure, whose words then name the rival."""
    nxt = c.next_figure
    if not c.to_next or nxt is None or nxt.value is None or not nxt.needs_fact \
            or mt.to_base(nxt.value, nxt.unit) != mt.to_base(rival.value, rival.unit):
        return False
    # only the next figure's own words count: in 232个乡镇公共法律服务工作站和24个村… the words
    # after this figure up to the mark are what this figure counts, whoever's label they name
    to_next = c.to_next.translate(mt.NO_QUOTES).lower()
    mark = last_of(to_next, "，,、", len(to_next))
    if mark < 0:
        return False
    own_tail, next_words = to_next[:mark], to_next[mark + 1:]
    # words there that name this figure's own fact (其中社会投资低风险项目压缩至) make it a swap
    if any(c.index.score(f, next_words, "", exclude=c.grams(rival)) > 0 for f in c.candidates):
        return False
    return any(g in next_words and g not in c.window and g not in own_tail for g in c.grams(rival) - c.own_grams)


def _rival_is_the_start_written(c: Clause, rival: Fact) -> bool:
    """行政处罚案件由2019年的31件增加到63件 where 31 is 2019年行政处罚案件 and 63 作出行政处罚决定:
    the rival's value is the figure the change starts from, written right there; its label fits
    the clause because the clause names both ends, and the figure reached is not its slip. Such a
    fact is no rival at all, so a rival tied with it (the other kind's 2023年 figure, when two
    changes were swapped) is still weighed."""
    if mt.change_side(c.before) != "to":
        return False
    if _AFTER_SIDE.search(rival.label) or not (_BEFORE_SIDE.search(rival.label) or _EARLIER.search(rival.label)):
        return False               # 调整后… is the end's own fact, whatever the start now says
    start = c.start_of_change
    return start is not None and mt.to_base(start.value, start.unit) == mt.to_base(rival.value, rival.unit)


def _change_for_a_start(c: Clause, rival: Fact) -> bool:
    """在册刑满释放人员由上年的126人增加到142人 where 126 is 上年在册刑满释放人员 and the rival is
    在册刑满释放人员较上年增加: the figure after 由 is the level the change starts from, never the
    change, so a fact of the change is no rival for it, however many words the two share."""
    return mt.change_side(c.before) == "from" and mt.names_a_change(rival.label)


# a label naming an earlier time: the start of a change the report tells
_EARLIER = re.compile(r"(?:19|20)\d{2}年|上年|去年|上一年|年初|此前|改革前")


def _own_fact_named_after_the_nouns(c: Clause, rival: Fact) -> bool:
    """对40份玉米、大豆种子样品开展转基因成分检测 where 40 is 转基因成分检测种子样品 and the rival
    抽取玉米种子样品 (64): nothing before the figure names the rival, only the first of the nouns it
    counts does (玉米), and the clause goes on to name the figure's own fact (转基因成分检测) by
    words the rival lacks, and better than it names the rival."""
    rival_only = c.grams(rival) - c.own_grams
    if not c.rest_of_clause or any(g in c.before for g in rival_only):
        return False
    own = max(c.index.score(f, c.rest_of_clause, "", exclude=c.grams(rival)) for f in c.candidates)
    return own >= 1.0 and own > c.index.score(rival, c.rest_of_clause, "", exclude=c.own_grams)


_CLEARING = (_rival_is_the_other_side, _rival_names_the_change_reached, _noun_abbreviates_its_own_label,
             _own_fact_names_this_side, _rival_named_only_by_what_it_includes,
             _rival_adds_no_word, _total_already_written, _sentence_names_its_own_fact, _noun_ends_its_own_label,
             _rival_is_a_target, _figure_states_the_target, _rival_shares_another_part, _sum_of_listed_rivals,
             _only_a_measure_after_a_pause,
             _rival_named_only_among_examples, _base_of_a_change_is_no_change, _rival_compares_with_another_period,
             _rival_word_is_the_scope, _rival_is_a_part_the_clause_does_not_pick, _figure_is_the_whole_of_the_next,
             _rival_cut_by_a_bound_the_clause_does_not_say, _rival_stated_by_the_next_figure,
             _figure_is_the_whole_of_the_share_after_it,
             _own_fact_named_after_the_nouns)


# -- weak evidence: a rival that scores low still earns a 提醒 when ---------------------------------

def _figure_on_the_wrong_side(c: Clause, rival: Fact, scores, runner_up) -> bool:
    """由2730项调整为2344项 where 2344 is the 调整前 figure: whichever 调整前 fact is meant, the
    value's own facts are all of the other side of the change."""
    return _wrong_side(c.before, rival, c.candidates)


def _noun_counts_the_rival(c: Clause, rival: Fact, scores, runner_up) -> bool:
    """对标12个指标8个问题 where 12 counts 问题: the noun the figure counts is in two other labels
    (对标世行评估指标, 纳入监测的营商环境指标) and in none with this value."""
    return c.m.kind == "count" and _noun_names_rivals_only(c.counted, c.window, rival, c.candidates)


def _two_rivals_named_none_own(c: Clause, rival: Fact, scores, runner_up) -> bool:
    """行政处罚类案件22件 where 22 is 信息公开类's: the words name no fact of this value but two
    others (纠错案件中行政处罚类, 行政处罚类复议案件) equally: a 提醒, not a charge."""
    return len(scores) > 1 and scores[1][0] >= 1.0 and \
        max(c.index.score(f, c.before, c.after) for f in c.candidates) < 0.3 * scores[1][0]


def _parallel_label_said(c: Clause, scores, runner_up) -> Fact | None:
    """《消减信访存量清单》共64件已化解… where 64 is the 控制信访增量清单's: two facts of the 消减
    list fit alike, so neither is singled out, but the figure's own label is the rival's with
    other words in the same places, and the clause says the rival's words. Any rival tied for
    first may be that one: in （新收案件134件…）where 134 is 旧存一审案件's, 新收 names
    新收行政、赔偿诉讼案件 as well as 新收一审案件, and only the second is 旧存一审案件's twin."""
    if runner_up is None:
        return None
    tied = [f for score, f in scores if score == scores[0][0]]
    return next((f for f in tied if all(_parallel_label_named(c.window, f, g) for g in c.candidates)), None)


def _sentence_names_the_rival(c: Clause, rival: Fact, scores, runner_up) -> bool:
    """诉讼案件共793件（新收案件144件…）where 144 is 旧存's: 新收 names 新收诉讼案件 and 新收一审案件
    alike, and the sentence's subject (诉讼案件) is the first one's."""
    return runner_up is not None and mt.sentence_picks(rival, runner_up, c.sentence, c.index)


_WEAK_CHARGES = (_figure_on_the_wrong_side, _noun_counts_the_rival, _two_rivals_named_none_own,
                 _sentence_names_the_rival)


def _only_the_rival_states_a_change(c: Clause, rival: Fact) -> bool:
    """行政复议案件三件，较上年减少三件 where the sheet's 较上年减少 is 2: the verb right before the
    figure makes it a change, which the year's own count (3) names none of; the rival that
    names the change is what the clause states, however many words the count shares with it."""
    before = c.before.split("\x00")[0]
    return all(mt.level_for_a_change(f.label, before) for f in c.candidates) \
        and not mt.level_for_a_change(rival.label, before)


# -- strong evidence ---------------------------------------------------------------------------

def _weighed(c: Clause, rival: Fact, rival_score: float) -> tuple[Fact, str] | None:
    """The rival scores well: the charge stands unless the figure's own fact is named nearer. It is
    an 错误 only when the sentence does not name the figure's own fact clearly better: in
    县政府制发的21件规范性文件均按规定报市政府备案，报备率100% the clause's 报备率 fits
    规范性文件报备及时率 (97%) best, but the sentence is 县政府规范性文件报市政府备案率's, so a 提醒."""
    own = max(c.index.score(f, c.before, c.tail, exclude=c.grams(rival)) for f in c.candidates)
    if own > 0:
        # a word shared with the value's own fact (开展, 法治) is support only when the words
        # right before the number do not name the rival and the rival does not fit far better
        rival_only = c.grams(rival) - c.own_grams
        own_only = c.own_grams - c.grams(rival)
        if _nearest_names(c.before, c.after, own_only, rival_only) != "rival" or rival_score < 2 * own:
            return None
        return rival, "warning"
    own_full = max(c.index.score(f, c.before, c.tail) for f in c.candidates)
    clear = rival_score >= 1.0 and c.index.score(rival, c.before, c.after) >= 2 * own_full \
        and not any(mt.sentence_picks(f, rival, c.sentence, c.index) for f in c.candidates)
    return rival, "error" if clear else "warning"


# -- the words of labels and clauses ------------------------------------------------------------

def _named_right_after(f: Fact, after: str) -> bool:
    """The fact's whole label (at least four characters) is what follows the figure."""
    label = mt.han(f.label)
    return len(label) >= 4 and mt.han(after).startswith(label)


_BEFORE_SIDE = re.compile(r"(?<!目)前|原")      # 目前 is the after side (实施告知承诺的证明事项（目前）)
_AFTER_SIDE = re.compile(r"后|现有|目前|现行")


def _sides(before: str) -> tuple[re.Pattern, re.Pattern] | None:
    """The label words of the figure's side of a 由A调整为B change and of the other side, or None
    when ``mt.contexts`` did not mark the clause as one side of such a change."""
    side = mt.change_side(before)
    if side is None:
        return None
    return (_BEFORE_SIDE, _AFTER_SIDE) if side == "from" else (_AFTER_SIDE, _BEFORE_SIDE)


def _wrong_side(before: str, rival: Fact, candidates: list[Fact]) -> bool:
    """Whether the figure sits on one side of a 由A调整为B change (``mt.contexts`` marked its clause)
    while every fact with its value is labelled with the other side and the rival with
    this one."""
    sides = _sides(before)
    if sides is None:
        return False
    this, other = sides
    return bool(this.search(rival.label)) and not other.search(rival.label) and \
        all(other.search(f.label) and not this.search(f.label) for f in candidates)


def _parallel_label_named(window: str, rival: Fact, own: Fact) -> bool:
    """控制信访增量清单事项 and 消减信访存量清单事项: two labels of one template (at least half
    their characters in common, in order) that differ in a few words. True when the window holds
    every word in which the rival's label differs and none in which ``own`` does."""
    a, b = mt.han(rival.label), mt.han(own.label)
    blocks = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    same = sum(i2 - i1 for op, i1, i2, _, _ in blocks if op == "equal")
    theirs = [a[i1:i2] for op, i1, i2, _, _ in blocks if op in ("replace", "delete")]
    ours = [b[j1:j2] for op, _, _, j1, j2 in blocks if op in ("replace", "insert")]
    if 2 * same < max(len(a), len(b)) or not theirs or not ours:
        return False
    return all(w in window for w in theirs) and not any(w in window for w in ours)


def _rival_on_the_other_side(before: str, rival: Fact, candidates: list[Fact]) -> bool:
    """The mirror of ``_wrong_side``: the rival is labelled with the other side of the change
    (进驻率（提升前） for the figure reached) and no fact with the value is."""
    sides = _sides(before)
    if sides is None:
        return False
    this, other = sides
    return bool(other.search(rival.label)) and not this.search(rival.label) and \
        not any(other.search(f.label) for f in candidates)


def _fits_as_well(words: str, candidates: list[Fact], rival: Fact, index: mt.LabelIndex) -> bool:
    """Whether the clause's own words, less its verbs of change (提升至), fit each fact with the
    value no worse than the rival."""
    words = _CHANGE_VERB.sub("", words)
    return all(index.score(c, words, "") >= index.score(rival, words, "") for c in candidates)


_CHANGE_VERB = re.compile(any_of(UP, DOWN, DOWN_TO_ONLY, UP_TO_ONLY, MERGE, NEUTRAL) + r"了?(?:至|到|为)?")


def _noun_names_rivals_only(noun: str, window: str, rival: Fact, candidates: list[Fact]) -> bool:
    """Whether the noun right after a count is the head noun the rival's label ends with, while
    every fact with the figure's value ends with a noun of its own that the clause does not say.

    Nouns standing between counts (对标8个指标12个问题100个政策点) tell their counts apart."""
    head = mt.han(noun)[:2]
    if len(head) < 2 or not mt.han(rival.label).endswith(head):
        return False
    return all(mt.han(f.label)[-2:] not in window and head not in mt.han(f.label) for f in candidates)


_SUM_GRAMS = frozenset({"合计", "共计", "总计", "累计", "总数", "总额", "总量", "全年"})


def _adds_characters(window: str, rival_only: set[str], own: set[str]) -> bool:
    """Whether a word of the rival's label that the value's own facts lack names characters of
    the window their words leave uncovered (a bigram across two shared words adds none, nor one
    that runs from a shared word into a 和 or 及: 在14个乡镇和25个… where the rival is
    乡镇和中心行政村法律服务站 and the value's own fact 建立法律服务站的乡镇; nor one into a 的:
    审结的519件案件中 where the rival is 审结的一审行政诉讼案件 and the value's own 审结行政复议案件)."""
    covered = {k for k, ch in enumerate(window) if ch in _JOINING_CHARACTERS}
    for g in own:
        for k in _occurrences(window, g):
            covered.update((k, k + 1))
    return any(k not in covered or k + 1 not in covered
               for g in rival_only for k in _occurrences(window, g))


_JOINING_CHARACTERS = frozenset("和及与或、的")


def _occurrences(window: str, gram: str):
    k = window.find(gram)
    while k >= 0:
        yield k
        k = window.find(gram, k + 1)


_NOUN_SPAN = 6
_WHOLE_NOUN_SPAN = 10


_PREDICATE_START = re.compile(r"已经?|均|全部|其中|同比|较")
# 92项事项全部实现网上可办: the noun ends where what is said of it starts (人均, 平均 are nouns' own)
_PREDICATE_INSIDE = re.compile(r"已经?|(?<![平人户件场日月年])均|全部|同比|较上年|较去年")


def _counted_noun(after: str, tail: str = "") -> str:
    """The few Han characters right after a figure: what it counts, not what is then done.

    A noun that ends at a list mark or a clause stop within a few more characters
    (建成1381个公共法律服务中心、96个…) is counted whole: the word that tells two such items
    apart (中心, 站) comes last, but only up to what is said of it (92项事项|全部实现网上可办).
    Words that open with an adverb (共231件已化解130件) say what the next figure did, and count
    nothing."""
    if _PREDICATE_START.match(after):
        return ""
    whole = re.match(r"[\u4e00-\u9fff]{%d,%d}(?=[、，,。；;：:\n])" % (_NOUN_SPAN + 1, _WHOLE_NOUN_SPAN), tail)
    if whole:
        said = _PREDICATE_INSIDE.search(whole.group(), 1)
        return whole.group()[:said.start()] if said else whole.group()
    han = 0
    for k, ch in enumerate(after):
        if "\u4e00" <= ch <= "\u9fff":
            han += 1
            if han > _NOUN_SPAN:
                return after[:k]
    return after


def _nearest_names(before: str, after: str, own: set[str], rival: set[str]) -> str | None:
    """Which label the words nearest the number belong to: 走进校园开展法治授课2场次 counts
    授课 (the school lecture), not 开展 (any activity), and 146个事项 counts 事项 whatever came
    before it, so the noun right after the figure decides first, then the label word closest
    before it. "own", "rival" or None when neither label has a word of its own there."""
    noun = after[:2]
    if noun in rival:
        return "rival"
    if noun in own:
        return "own"
    han = mt.han(before)
    for k in range(len(han) - 2, -1, -1):
        gram = han[k:k + 2]
        if gram in rival:
            return "rival"
        if gram in own:
            return "own"
    return None

