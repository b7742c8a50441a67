"""Where a fact the clerk left without 主题 or 部分 belongs, read from the words of its label.

Most clerks paste labels, values and units from a spreadsheet and nothing else. Their labels
still say what the figure is about (收到行政复议申请, 行政机关负责人出庭应诉率), so the topic
table that tags the corpus (topic -> keywords) can place them too. The result is only a
suggestion: it is shown to the clerk as 推断, and a 主题 or 部分 the clerk typed always wins.
Pure functions of the label and the table; loading the table is the caller's business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SECTION_LEADERSHIP = "第一责任人履职"
SECTION_PLANS = "下一年度安排"

# A label that opens with one of these speaks of next year's plan, not of the year's work.
# 拟定/拟订 (drafted) and 计划生育 are past work, not plans.
_PLAN_OPENING = re.compile(r"^(?:计划(?!生育)|拟(?![定订稿])|预计|力争|下一?年度?|明年)")
_PLAN_ANYWHERE = ("下一年度", "下年度", "明年")
# The person who carries the 第一责任人 duty: a label naming them (and landing in the topic
# that holds the word) reports on that duty, not on a work item.
_LEADERSHIP_WORDS = ("第一责任人", "主要负责人", "主要负责同志", "党政主要", "述法")


@dataclass(frozen=True)
class Placement:
    """A suggested topic and section for one label; ``reason`` says why, in Chinese."""

    topic: str | None           # a topic table name; None when no keyword occurs in the label
    section: str | None         # 第一责任人履职 / 下一年度安排; None means 主要举措和成效
    reason: str
    keyword: str | None = None  # the keyword that decided the topic


def infer_topic(label: str, topics: dict[str, list[str]]) -> tuple[str | None, str | None]:
    """(topic, deciding keyword) for a label, by the table's keywords.

    Rule: the topic owning the longest keyword that occurs in the label wins; on a tie, the
    topic with more distinct keywords in the label; on a further tie, the topic that comes
    first in the table. Longest-first is what lets a specific keyword (执法人员, 负责人出庭应诉)
    outweigh a generic one (培训, 主要负责人) without any weights to tune; the table's order is
    the report's order, so a remaining tie goes to the earlier part of the report.
    """
    text = (label or "").strip()
    best: tuple[int, int, int] | None = None
    found: tuple[str | None, str | None] = (None, None)
    for position, (name, keywords) in enumerate(topics.items()):
        words = list(dict.fromkeys([*keywords, *name.split("/")]))
        hits = [k for k in words if k and k in text]
        if not hits:
            continue
        longest = max(hits, key=len)          # the first listed among equals
        score = (len(longest), len(hits), -position)
        if best is None or score > best:
            best, found = score, (name, longest)
    return found


def names_a_plan(label: str, year: int | None = None) -> bool:
    """Whether a label speaks of next year's plan (计划…, 拟…, 明年…, 2025年… for a 2024 report)."""
    text = (label or "").strip()
    if _PLAN_OPENING.match(text) or any(word in text for word in _PLAN_ANYWHERE):
        return True
    return year is not None and f"{year + 1}年" in text


def infer_placement(label: str, topics: dict[str, list[str]], *, year: int | None = None) -> Placement:
    """Topic and section for a label the clerk left unplaced.

    The topic comes from :func:`infer_topic`. The section is 下一年度安排 when the label names
    a plan (:func:`names_a_plan`; ``year`` is the report year, so “2025年” is a plan in a 2024
    report), 第一责任人履职 when the deciding keyword names the 第一责任人 person
    (主要负责人, 述法 …), else None (主要举措和成效).
    """
    topic, keyword = infer_topic(label, topics)
    if names_a_plan(label, year):
        section = SECTION_PLANS
    elif keyword in _LEADERSHIP_WORDS:
        section = SECTION_LEADERSHIP
    else:
        section = None
    if topic is None:
        reason = "事项名称中没有主题词表里的关键词"
    else:
        reason = f"事项名称含“{keyword}”"
    if section == SECTION_PLANS:
        reason += "；事项是下一年度的安排"
    return Placement(topic=topic, section=section, reason=reason, keyword=keyword)


def infer_placements(facts, topics: dict[str, list[str]]) -> dict[str, Placement]:
    """Fact id -> placement, for every fact the clerk gave no 主题 and no 部分 other than 主要举措和成效.

    The others are absent: nothing inferred replaces what the clerk typed. A fact whose 部分
    the clerk typed as 主要举措和成效 keeps it; only its topic is suggested.
    """
    from ._schema import SECTION_WORK

    result = {}
    for fact in facts.facts:
        if fact.topic or (fact.section and fact.section != SECTION_WORK):
            continue
        placement = infer_placement(fact.label, topics, year=facts.year)
        if fact.section:
            placement = Placement(placement.topic, None, placement.reason, placement.keyword)
        result[fact.id] = placement
    return result
