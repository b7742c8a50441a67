"""From a planned section and the facts to the :class:`~drafter.brief.SectionBrief` every backend reads."""

from __future__ import annotations

from drafter.brief import SectionBrief
from drafter.draft import PlannedSection
from drafter.facts import Fact, Facts


def facts_by_id(facts: Facts) -> dict[str, Fact]:
    return {f.id: f for f in facts.facts}


def section_facts(facts: Facts, planned: PlannedSection) -> list[Fact]:
    table = facts_by_id(facts)
    return [table[i] for i in planned.fact_ids if i in table]


def make_brief(facts: Facts, planned: PlannedSection, *, skeleton: str, exemplars=None,
               instruction: str | None = None, previous_text: str | None = None,
               findings: list[str] | None = None, report_topics: list[str] | None = None) -> SectionBrief:
    return SectionBrief(
        key=planned.key, kind=planned.kind, heading=planned.heading, org=facts.org, year=facts.year,
        level=facts.level, topic=planned.topic, number=planned.number,
        facts=section_facts(facts, planned), points=list(planned.points),
        exemplars=list(exemplars or []), target_chars=planned.target_chars,
        instruction=instruction, previous_text=previous_text, findings=list(findings or []),
        genre=skeleton, report_topics=list(report_topics or []), last_plans=list(planned.last_plans))
