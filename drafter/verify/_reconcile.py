"""The facts sheet as evidence: what is left over on both sides after every figure was checked.

Every figure is first judged on its own, by the words around it. That judgement depends on the
extractor having read the figure's form (17期（次）, 1008个次, 三级) and on the rules knowing
the clause's shape, and a real report always has a form or a shape nobody met before. Such a
misreading shows up twice: a figure that no fact supports, and a fact that no figure uses, with
the same value. A wrong figure does not look like that: a slip gives a value that the fact it
was meant for does not have, so pairing leftovers *by value* never hides one.

Three pairings, in order, each only between leftovers:

- an unsupported figure and an unused fact with the same value and hedge: one statistic. The
  same measure makes it supported; a unit written otherwise (个 against 个次), or a unit of its
  own whose clause fits the fact's label, becomes a 说明 that names the fact, so the clerk still
  sees that the unit is not the sheet's;
- an unused fact whose value is written with its own unit where the extractor saw a name or
  nothing (建立三级联动机制 for a fact 荣誉的层级 3级), or bare where it saw a code (涉及25家单位
  1352审批事项 for a fact without a unit), in a clause whose words fit the fact's label: that is
  where the report states it;
- an unused fact whose value a figure states that went to another fact of the same value, which
  another figure also states (a second 100% given to the first 100% fact): the figure whose
  words fit the unused fact better moves to it.

And one check of the other direction, before the pairings: a charge of 张冠李戴 (this figure
is the rival fact's, in the wrong place) is withdrawn when reading every figure as its own
value explains the text at least as well. The rival is then stated by another figure whose
words fit it, and the figure's own fact by nobody else: two facts, two figures, each once.

What is never touched: findings about a figure's value (a change, a swap, a rounding, a hedge
added), and any fact or figure already paired.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Callable

from drafter.facts import Fact
from drafter.numbers import Mention
from drafter.numbers._chinese import parse
from drafter.numbers.units import MONEY_UNITS, PERCENT_UNITS, normalize_unit, same_measure, to_base
from drafter.verify import _match as mt

Contexts = Callable[[int], tuple[str, str]]

_NUMERAL = r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)"
_CLAUSE_STOP = "，,。；;：:！？!?\n、"
_REACH = 30
# label scores are float sums over a set of bigrams, whose order (and so the last bits of the sum)
# changes with the hash seed; a difference smaller than this is a tie
_TIE = 1e-9


def same_figure(m: Mention, f: Fact) -> bool:
    """The same value, hedged or not alike, of the same sort (a share, money, a count)."""
    if m.value is None or f.value is None or m.value_high is not None or m.kind == "range":
        return False
    funit = normalize_unit(f.unit)
    if (m.kind in ("percent", "fraction")) != (funit in PERCENT_UNITS):
        return False
    if (m.kind == "money") != (funit in MONEY_UNITS):
        return False
    if bool(m.approx) != bool(f.approx):
        return False
    figure, fact = to_base(m.value, m.unit), to_base(f.value, f.unit)
    if m.kind == "money":
        return figure == fact              # 1.98亿元 is not 1.98亿美元
    return figure[0] == fact[0]


def _unit_written_otherwise(m: Mention, f: Fact) -> bool:
    """个 and 个次, 期 and 期（次）: one unit is the other with a word added."""
    a, b = normalize_unit(m.unit), normalize_unit(f.unit)
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


def charges_answered(mentions: list[Mention], findings: list, charged: dict[int, Fact], facts: list[Fact],
                     index: mt.LabelIndex, contexts: Contexts, supported: dict) -> list:
    """组建4个督察组对5个县（区）, facts 督察组 4 and 县（区） 5: the 5 was charged as the 督察组
    fact's figure, since 督察组 stands in its clause. But the 4 states that fact, in words that
    fit it, and no figure states the 县（区） fact the 5 equals. The charge is weighed as one of
    two readings of the pair: each figure its own value's fact, or the two crossed. It stands only
    when the crossed reading fits the words better (a swap: each figure in the other's words).
    Returns the findings to keep; a withdrawn figure is supported by its value's fact."""
    at = {m.start: i for i, m in enumerate(mentions)}
    by_id = {f.id: f for f in facts}
    kept = []
    for finding in findings:
        i = at.get(finding.start) if finding.kind == "misattributed" else None
        own, rival = charged.get(i), by_id.get(finding.fact_id)
        if own is None or rival is None or _charge_stands_on_a_repeat(i, own, rival, supported, index, contexts) or \
                not _crossing_loses(i, own, rival, facts, mentions, supported, index, contexts):
            kept.append(finding)
            continue
        supported[i] = own.id
    return kept


def _charge_stands_on_a_repeat(i: int, own: Fact, rival: Fact, supported: dict, index: mt.LabelIndex,
                            contexts: Contexts) -> bool:
    """不合格案卷175卷…已整改175卷 with the 163 of 已整改 written nowhere: the second 175 copies
    the first into the rival's place, so the charge stands. When a figure states the rival in
    the rival's own words (督促整改不合格案卷175卷，已整改163卷), the 175 restates its own fact and
    is weighed as any pair. Only a restatement that names its own fact whole (督促整改不合格案卷 holds
    不合格案卷) is so weighed: 减去删减执法事项295项, its 295 the 2022年梳理更新细化的执法事项 written
    before, may be the 删减 figure moved, whatever the rival's own figure says."""
    if own.id not in {fid for k, fid in supported.items() if k != i}:
        return False
    if mt.han(own.label) not in mt.han(contexts(i)[0]):
        return True
    def names_the_rival(k: int) -> bool:
        there = contexts(k)
        return index.score(rival, *there) > index.score(own, *there)

    return not any(fid == rival.id and k != i and names_the_rival(k) for k, fid in supported.items())


def _crossing_loses(i: int, own: Fact, rival: Fact, facts: list[Fact], mentions: list[Mention],
                    supported: dict, index: mt.LabelIndex, contexts: Contexts) -> bool:
    here = contexts(i)
    own_here = index.score(own, *here)
    if own_here <= _TIE or _counts_own_noun(here[1], rival, own):
        # the noun after the figure is the rival's head noun (8个行政执法单位, swapped with 30个街镇)
        return False
    stated = {fid for k, fid in supported.items() if k != i}
    if any(f is not own and f.id not in stated and mt.comparable(mentions[i], f)
           and index.score(f, *here) > own_here + _TIE for f in facts):
        # a fact no figure states fits these words better than the figure's own: the figure may
        # be that fact's, swapped (由3个工作日 in 政府投资审批项目's words, its 20 written elsewhere)
        return False
    stating = [k for k, fid in supported.items() if fid == rival.id and k != i]
    if stating and _counts_own_noun(here[1], own, rival):
        return True
    rival_here = index.score(rival, *here)

    # a figure that restates its own fact (不合格案卷175卷…督促整改不合格案卷175卷，已整改163卷) wins a
    # tie: the rival's label (已整改不合格案卷) is split across the two clauses, so crossing gains nothing
    tie = -_TIE if own.id in stated else _TIE

    def as_written_fits_better(k: int) -> bool:
        there = contexts(k)
        return own_here + index.score(rival, *there) > rival_here + index.score(own, *there) + tie

    # the rival written twice (梳理政务服务事项881项 … 梳理能“四办”事项881项): the charge stands if
    # crossing with either of them fits better, for either may be the figure it was swapped with
    return bool(stating) and all(as_written_fits_better(k) for k in stating)


_NOUN_REACH = 6


def _counts_own_noun(after: str, own: Fact, rival: Fact) -> bool:
    """将36个市政府部门4100余个权力事项录入…: the noun right after a count says what it counts.
    It is the head noun its own fact's label ends with (权力事项), not the rival's (部门),
    however many of the rival's words the clause holds."""
    noun = mt.han(after)[:_NOUN_REACH]
    head, other = mt.han(own.label)[-2:], mt.han(rival.label)[-2:]
    return len(head) == 2 and head != other and head in noun and other not in noun


def pair_unsupported(mentions: list[Mention], findings: list, unused: list[Fact], facts: list[Fact],
                     index: mt.LabelIndex, contexts: Contexts, supported: dict) -> tuple[list, set[str]]:
    """Unsupported figures paired with unused facts of the same value. Returns the findings to
    keep (a 说明 replaces each pairing whose unit differs) and the ids of the facts used."""
    from drafter.verify import Finding

    at = {m.start: i for i, m in enumerate(mentions)}
    left = list(unused)
    used: set[str] = set()
    kept = []
    for finding in findings:
        i = at.get(finding.start) if finding.kind == "unsupported" and finding.severity != "info" else None
        if i is None:
            kept.append(finding)
            continue
        m = mentions[i]
        before, after = contexts(i)
        fits = [f for f in left if same_figure(m, f)]
        measured = [f for f in fits if mt.comparable(m, f)]
        pool = measured or [f for f in fits if _unit_written_otherwise(m, f)] or \
            [f for f in fits if index.score(f, before, after) > 0]
        if not pool:
            kept.append(finding)
            continue
        fact = max(pool, key=lambda f: round(index.score(f, before, after), 6))
        if index.score(fact, before, after) < max(index.score(g, before, after) for g in facts
                                                  if g is fact or mt.comparable(m, g)) - _TIE:
            # 使用率高达12% beside an unused growth fact of 12%: the clause names another fact the
            # figure could state, so this may be that fact's figure in the wrong place (a swap);
            # 500余名队员分6期 naming the 队员 fact is no such rival, 名 never states 期
            kept.append(finding)
            continue
        left.remove(fact)
        used.add(fact.id)
        supported[i] = fact.id
        if not measured:
            kept.append(Finding(
                "unit", "info",
                mt.unit_written_otherwise(m, fact),
                m.start, m.end, m.text, fact_id=fact.id))
    return kept, used


def _unit_pattern(f: Fact) -> str | None:
    units = {u for u in (normalize_unit(f.unit), (f.unit or "").strip()) if u}
    if not units or units & (PERCENT_UNITS | MONEY_UNITS):
        return None
    return "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))


def _clause_before(text: str, start: int) -> str:
    k = start
    while k > 0 and text[k - 1] not in _CLAUSE_STOP and start - k < _REACH:
        k -= 1
    return text[k:start]


def _clause_after(text: str, end: int) -> str:
    k = end
    while k < len(text) and text[k] not in _CLAUSE_STOP and k - end < 12:
        k += 1
    return text[end:k]


def written_elsewhere(text: str, mentions: list[Mention], unused: list[Fact], index: mt.LabelIndex) -> set[str]:
    """Unused facts whose value and unit stand in the text outside every checked figure (in a
    phrase the extractor took for a name, or a numeral it did not read), in a clause whose
    words fit the fact's label."""
    checked = [(m.start, m.end) for m in mentions if m.needs_fact]
    found: set[str] = set()
    for f in unused:
        if _named_as_code(text, mentions, f, index) or _stated_as_a_bound(text, mentions, f, index):
            found.add(f.id)
            continue
        units = _unit_pattern(f)
        if units is None or f.approx:
            continue
        target = to_base(f.value, f.unit)[0]
        for hit in re.finditer(rf"(?<![\d.零〇一二两三四五六七八九十百千]){_NUMERAL}(?=大?(?:{units}))", text):
            if any(a < hit.end() and hit.start() < b for a, b in checked):
                continue
            value = _value(hit.group())
            if value is None or to_base(value, f.unit)[0] != target:
                continue
            if index.score(f, _clause_before(text, hit.start()), _clause_after(text, hit.end())) > 0:
                found.add(f.id)
                break
    return found


def _named_as_code(text: str, mentions: list[Mention], f: Fact, index: mt.LabelIndex) -> bool:
    """涉及25家单位1352审批事项: a bare figure the extractor took for a code or a name, equal to
    the fact and in a clause whose words fit it. Small bare numerals (一是, （三）) are markers."""
    target = to_base(f.value, f.unit)
    for m in mentions:
        if m.kind not in ("ordinal_phrase", "group") or m.value is None or f.approx:
            continue
        if not m.unit and (m.value < 10 or normalize_unit(f.unit)):
            continue
        if m.unit and not (same_measure(m.unit, f.unit) or _unit_written_otherwise(m, f)):
            continue
        if to_base(m.value, m.unit)[0] != target[0]:
            continue
        # 市场准入、投资建设、社会事务三大领域 where the fact is 相对集中行政许可权覆盖领域 (3个): a
        # group's own noun (领域) is a word of what it names
        if index.score(f, _clause_before(text, m.start), m.text + _clause_after(text, m.end)) > 0:
            return True
    return False


def _stated_as_a_bound(text: str, mentions: list[Mention], f: Fact, index: mt.LabelIndex) -> bool:
    """出庭应诉率力争达到90%以上 where the sheet holds the target 90%以上: a bound the extractor set
    aside as a target or a standard, written with the fact's own value, unit and hedge, in a
    clause whose words fit it, is where the fact went."""
    if not f.approx:
        return False
    target = to_base(f.value, f.unit)[0]
    return any(m.kind == "ordinal_phrase" and m.value is not None and m.approx == f.approx
               and normalize_unit(m.unit) == normalize_unit(f.unit) and to_base(m.value, m.unit)[0] == target
               and index.score(f, _clause_before(text, m.start), _clause_after(text, m.end)) > 0
               for m in mentions)


def _value(numeral: str) -> Decimal | None:
    if numeral[0].isdigit():
        return Decimal(numeral)
    return parse(numeral)


def move_shared(mentions: list[Mention], unused: list[Fact], facts: list[Fact], index: mt.LabelIndex,
                contexts: Contexts, supported: dict, sentence: Callable[[int], str] = lambda i: "") -> set[str]:
    """An unused fact takes a figure of its value from a fact that another figure also states,
    where the figure's words fit the unused fact at least as well, or where the other figure fits
    the shared fact better: 复议纠错零宗…判决（复议后诉讼）纠错零宗…判决（直接诉讼）纠错零宗, nine facts of
    0宗, where the words of each 判决…零宗 fit the first fact's long label best, but a value no
    figure is left for is stated by the one that fits that fact less than its first claimant.
    When the figure's own clause names neither (参加省审计厅审计业务技能竞赛，获得全省二等奖), its
    sentence decides, if it fits the unused fact better."""
    by_id = {f.id: f for f in facts}
    moved: set[str] = set()
    for f in unused:
        counts: dict[str, int] = {}
        for fid in supported.values():
            counts[fid] = counts.get(fid, 0) + 1
        best, gain = None, None
        for i, fid in supported.items():
            g = by_id.get(fid)
            m = mentions[i]
            if g is None or counts[fid] < 2 or not m.needs_fact or not mt.supports(m, f) \
                    or to_base(g.value, g.unit)[0] != to_base(f.value, f.unit)[0]:
                continue
            before, after = contexts(i)
            own, theirs = index.score(f, before, after), index.score(g, before, after)
            if own <= _TIE:
                whole = sentence(i)
                own, theirs = index.score(f, whole, ""), index.score(g, whole, "")
                if own <= theirs + _TIE:
                    continue
            if own > _TIE and (own >= theirs - _TIE or _weaker_claimant(i, g, supported, index, contexts)) \
                    and (gain is None or own - theirs > gain + _TIE):
                best, gain = i, own - theirs
        if best is not None:
            supported[best] = f.id
            moved.add(f.id)
    return moved


def _weaker_claimant(i: int, g: Fact, supported: dict, index: mt.LabelIndex, contexts: Contexts) -> bool:
    """Whether another figure stating ``g`` fits its words better than figure ``i`` does: of two
    figures on one fact, the one whose words fit it less is the one out of place."""
    own = index.score(g, *contexts(i))
    return any(k != i and fid == g.id and index.score(g, *contexts(k)) > own + _TIE for k, fid in supported.items())


def slips_to_shared(mentions: list[Mention], unused: list[Fact], facts: list[Fact], index: mt.LabelIndex,
                    contexts: Contexts, supported: dict, quote: Callable[[Mention], str],
                    sentence: Callable[[int], str] = lambda i: "") -> list:
    """办结8起 changed to 9起, where another fact is 9起: the figure is taken by that fact, which
    another figure also states, while the fact its words fit better goes unused (or as well,
    when the other figure fits the taken fact better than this one does, or when the sentence's
    subject is the unused fact's alone). The figure is the slip; it is charged against the
    unused fact, and that fact is not reported again.
    Returns (finding, fact) pairs."""
    from drafter.verify import Finding

    by_id = {f.id: f for f in facts}
    counts: dict[str, int] = {}
    for fid in supported.values():
        counts[fid] = counts.get(fid, 0) + 1
    out = []
    charged: set[int] = set()
    for f in unused:
        if f.value is None:
            continue
        best, gain = None, 0.0
        for i, fid in supported.items():
            g = by_id.get(fid)
            m = mentions[i]
            if g is None or i in charged or counts.get(fid, 0) < 2 or not m.needs_fact or m.value is None \
                    or not mt.comparable(m, f) or mt.supports(m, f) or not mt.same_order(m, f):
                continue
            before, after = contexts(i)
            if mt.START_OF_A_PLAN.search(before) and mt.PLANNED_RISE.match(after):
                continue            # 由目前的35名增至70名: where a plan starts is the year's own figure
            margin = index.score(f, before, after) - index.score(g, before, after)
            if margin > gain + _TIE or (best is None and abs(margin) <= _TIE and index.score(f, before, after) > _TIE
                                        and (_weaker_claimant(i, g, supported, index, contexts)
                                             or mt.sentence_picks(f, g, sentence(i), index)
                                             or mt.named_last(f, g, sentence(i)))):
                best, gain = i, max(margin, 0.0)
        if best is None:
            continue
        m = mentions[best]
        charged.add(best)
        counts[supported.pop(best)] -= 1
        out.append((Finding(
            "unsupported", "warning",
            mt.off_its_fact(quote(m), m, f),
            m.start, m.end, m.text, fact_id=f.id), f))
    return out
