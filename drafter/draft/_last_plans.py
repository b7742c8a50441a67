"""Last year's plans this year's facts do not answer, each given to the section that should answer it.

The level above reads this year's 主要举措 against last year's 下一年度安排. A plan the clerk's
facts say nothing about is known before the first word is drafted, so the drafting step is asked
to address it where it belongs: the （一） item of its topic, placed by the same topic table and
keyword rule as the planner places a fact (drafter.facts.infer_topic), or the 第一责任人 section
for a plan about the 第一责任人 duty. A plan of a topic the report has no item for goes, like a
fact of no topic, to the last work item (where 其他工作 stands).
"""

from __future__ import annotations

from drafter.corpus._kinds import KIND_CLOSING, KIND_INTRO, KIND_LEADERSHIP, KIND_PLANS, KIND_PROBLEMS, KIND_WORK
from drafter.draft import Outline, PlannedSection
from drafter.facts import infer_placement, infer_topic

_LEADERSHIP_SECTION = "第一责任人履职"


def route_plans(plans: list[str], sections: list[PlannedSection], table: dict[str, list[str]],
                year: int | None = None) -> dict[str, list[str]]:
    """Section key -> the plans it should address, each plan in exactly one section, in the
    plans' order. Empty when the outline has no section a plan could be answered in."""
    routed: dict[str, list[str]] = {}
    for plan in plans:
        target = _section_for(plan, sections, table, year)
        if target is not None:
            routed.setdefault(target.key, []).append(plan)
    return routed


def attach_last_plans(outline: Outline, plans: list[str], table: dict[str, list[str]],
                      year: int | None = None) -> None:
    """Each planned section of ``outline`` gets the plans routed to it (``last_plans``)."""
    routed = route_plans(plans, outline.sections, table, year)
    for section in outline.sections:
        section.last_plans = list(routed.get(section.key, []))


def _section_for(plan: str, sections: list[PlannedSection], table: dict[str, list[str]],
                 year: int | None) -> PlannedSection | None:
    work = [s for s in sections if s.kind == KIND_WORK]
    leadership = next((s for s in sections if s.kind == KIND_LEADERSHIP), None)
    placement = infer_placement(plan, table, year=year)
    same_topic = [s for s in work if _topic_of(s, table) == placement.topic] if placement.topic else []
    named = [s for s in work if s.topic and s.topic in plan]
    if named or same_topic:
        return (named or same_topic)[0]
    if leadership is not None and (placement.section == _LEADERSHIP_SECTION or _is_leadership_topic(placement.topic, table)):
        return leadership
    if work:
        return work[-1]     # as the planner does with a fact of no topic: the last item, 其他工作
    fallback = [s for s in sections if s.kind not in (KIND_INTRO, KIND_PROBLEMS, KIND_PLANS, KIND_CLOSING)]
    return (fallback or [s for s in sections if s.kind == KIND_INTRO] or [None])[0]


def _topic_of(section: PlannedSection, table: dict[str, list[str]]) -> str | None:
    """The table topic a work item stands for: its own name when the table has it, else the
    topic its name (then its heading) infers to."""
    if section.topic in table:
        return section.topic
    for text in (section.topic, section.heading):
        found, _ = infer_topic(text or "", table)
        if found is not None:
            return found
    return None


def _is_leadership_topic(topic: str | None, table: dict[str, list[str]]) -> bool:
    return bool(topic) and any(k in ("第一责任人", "主要负责人") for k in table.get(topic, []))
