"""What one section of the report must say: the structured input every backend reads.

A model backend sees this rendered into a prompt; the offline backend writes straight
from it. Keeping it one plain dataclass is what lets ``drafter.llm`` swap backends
without anything above it knowing which one it has.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from drafter.facts import Fact
    from drafter.index import Exemplar


@dataclass
class SectionBrief:
    key: str                 # stable id inside a draft: "intro", "leadership", "work-01", "problems", "plans", "closing"
    kind: str                # one of drafter.corpus.SECTION_KINDS
    heading: str             # the heading text as it will appear ("（一）行政复议", "三、存在的不足和原因"), may be ""
    org: str                 # 机关名称
    year: int                # report year (the year whose work is reported)
    level: str               # 省/市/区县/乡镇/部门
    topic: str | None = None  # for work items: the topic name (行政复议, ...)
    number: str = ""         # the （一）/一、 marker for this section, if any
    facts: list["Fact"] = field(default_factory=list)   # the numeric facts this section must use
    points: list[str] = field(default_factory=list)     # the clerk's qualitative points for this section
    exemplars: list["Exemplar"] = field(default_factory=list)
    target_chars: int = 400
    instruction: str | None = None       # editor's instruction on regeneration (更简洁, 补充数据, ...)
    previous_text: str | None = None     # the current text, for regeneration and repair
    findings: list[str] = field(default_factory=list)  # Chinese descriptions of verification findings, for repair
    genre: str = "四段式"                 # skeleton name, for register choices
    report_topics: list[str] = field(default_factory=list)  # the work items' topics, in order: what
    #                                      不足 and 安排 follow when the clerk wrote no points for them
    last_plans: list[str] = field(default_factory=list)  # last year's 下一年度安排 items no fact of this
    #                                      year's answers: the section is asked for their outcome (never to invent one)
