"""Last year's plans and whether this year's report answers them.

The level above reads this year's 主要举措 against last year's 下一年度安排; a promise never
mentioned again is what a 督察 asks about. Each item of last year's plans part (its （一）
subsections, or its 一是/二是 or 1./（1） items, or its paragraphs) is looked for in this year's
work: the report's parts other than plans and shortcomings, and the clerk's facts and points.

Words the plan shares with last year's own account of its work are weak evidence (a plan to
建立街道重大行政决策目录管理制度 is not answered by this year's 公布年度重大行政决策事项目录,
which was already done last year); the plan's new words are what must reappear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.corpus import KIND_PLANS, KIND_PROBLEMS
from drafter.corpus import Part
from drafter.lastyear._text import bigrams, short_quote, sentences
from drafter.verify import Finding

_ITEM_MARK = re.compile(r"(?:(?<=^)|(?<=[。；;：:]))\s*(?=[一二三四五六七八九十]+是|[（(]\d+[)）]|\d+[.．、](?!\d))")
_LEADING_MARK = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、是.．]|\d+[.．、])\s*")
OLD_WORD_WEIGHT = 0.3     # a bigram last year's work text already had
ANSWERED_SHARE = 0.5      # weighted share of the plan's bigrams found in one stretch of this year's work
MIN_CLAUSE_BIGRAMS = 4    # each clause of an item (推进A，开展B) is also scored on its own, if it says this much
_CLAUSE = re.compile(r"[，。；;,：:]")


@dataclass
class PlanItem:
    text: str                     # the item as last year's report wrote it, marker removed
    answered_at: int | None = None   # offset in this year's text of the stretch that answers it
    answered_by: str = ""          # that stretch, or the fact / point that answers it
    score: float = 0.0

    @property
    def answered(self) -> bool:
        return bool(self.answered_by)


def plan_items(last_text: str, last_parts: list[Part]) -> list[str]:
    """Last year's plans part as a list of items."""
    plans = [p for p in last_parts if p.kind == KIND_PLANS]
    items: list[str] = []
    for part in plans:
        has_children = any(q.level > part.level and q.start > part.start for q in plans if q is not part)
        body_lines = part.text(last_text).split("\n")
        if part.heading:
            body_lines = body_lines[1:] if body_lines[0] == part.heading else body_lines
        if part.level >= 2:
            items.append(_strip(part.text(last_text).replace("\n", "")))
            continue
        for line in body_lines:
            if has_children and (line.rstrip().endswith(("：", ":")) or not line.strip()):
                continue
            pieces = [p for p in _ITEM_MARK.split(line) if p.strip()]
            items.extend(_strip(p) for p in pieces if len(_strip(p)) >= 6)
    return [i for i in items if i]


def match_plans(items: list[str], this_text: str, this_parts: list[Part], extra: list[str],
                last_work_text: str) -> list[PlanItem]:
    """``extra``: this year's fact labels and the clerk's points; ``last_work_text``: last year's
    report without its plans part (its words weigh less, see the module docstring)."""
    old = bigrams(last_work_text)
    stretches = _work_stretches(this_text, this_parts) + [(None, e) for e in extra]
    out = []
    for item in items:
        plan = PlanItem(item)
        for where, stretch in stretches:
            score = _score(item, stretch, old)
            if score > plan.score:
                plan.score = score
                if score >= ANSWERED_SHARE:
                    plan.answered_at, plan.answered_by = where, stretch
        out.append(plan)
    return out


def plan_findings(plans: list[PlanItem]) -> list[Finding]:
    return [Finding(kind="plan_unanswered", severity="warning",
                    message=(f"上年计划未见回应：上年报告的工作安排「{short_quote(p.text, 50)}」在今年的稿件和事实材料中"
                             f"没有找到相应的落实情况，请补写或说明原因"),
                    text=p.text)
            for p in plans if not p.answered]


def _score(item: str, stretch: str, old: set[str]) -> float:
    have = bigrams(stretch)
    best = 0.0
    for words in [bigrams(item)] + [bigrams(c) for c in _CLAUSE.split(item)]:
        if len(words) < MIN_CLAUSE_BIGRAMS:
            continue
        total = sum(_weight(b, old) for b in words)
        if total:
            best = max(best, sum(_weight(b, old) for b in words & have) / total)
    return best


def _weight(bigram: str, old: set[str]) -> float:
    return OLD_WORD_WEIGHT if bigram in old else 1.0


def _work_stretches(text: str, part_list: list[Part]) -> list[tuple[int, str]]:
    """Sentences of this year's report outside its plans and shortcomings, as (offset, text);
    each sentence also with its neighbour, since an answer often takes two sentences."""
    excluded = [(p.start, p.end) for p in part_list if p.kind in (KIND_PLANS, KIND_PROBLEMS)]
    body_start = min((p.start for p in part_list), default=0)   # not the title or the addressee
    spans = [s for s in sentences(text)
             if s.start >= body_start and not any(a <= s.start <= b for a, b in excluded)]
    out = [(s.start, s.text) for s in spans]
    out += [(a.start, a.text + b.text) for a, b in zip(spans, spans[1:])]
    return out


def _strip(item: str) -> str:
    return _LEADING_MARK.sub("", item.strip()).strip("；; ")
