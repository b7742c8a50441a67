"""Build the :class:`~drafter.draft.Outline` from a skeleton's plan pass and the fact assignment."""

from __future__ import annotations

import datetime as _dt

from drafter.config import Settings
from drafter.draft import Outline, PlannedSection
from drafter.draft._plan import (SECTION_MARK, assign, exemplar_query, fact_placements, fact_sections,
                                 render_frame, report_date, resolve_skeleton, target_chars_for)
from drafter.facts import Facts


def wants_closing(facts: Facts, closing: bool | None) -> bool:
    if closing is not None:
        return closing
    return bool(getattr(facts, "closing", False))


def build_outline(facts: Facts, settings: Settings, skeleton: str | None = None, *,
                  closing: bool | None = None, today: _dt.date | None = None) -> Outline:
    name = resolve_skeleton(settings, facts, skeleton)
    lines, collected, topics = render_frame(settings, facts, name, closing=wants_closing(facts, closing),
                                            today=today)
    assigned = assign(facts, collected, topics, fact_sections(facts, fact_placements(facts, settings)))
    sections = []
    for order, c in enumerate(collected):
        fact_ids, points = assigned[c.key]
        sections.append(PlannedSection(
            key=c.key, kind=c.kind, heading=c.heading, number=c.number, topic=c.topic, order=order,
            query=exemplar_query(c.kind, c.heading, c.topic, facts.year),
            target_chars=target_chars_for(c.kind, len(fact_ids), len(points), c.target_chars),
            fact_ids=list(fact_ids), points=list(points)))
    title = "".join(line[2:] for line in lines if line.startswith("# "))
    return Outline(skeleton=name, title=title, sections=sections, lines=lines,
                   date=report_date(facts, today))


def section_markers(lines: list[str]) -> list[str]:
    return [line[len(SECTION_MARK):] for line in lines if line.startswith(SECTION_MARK)]
