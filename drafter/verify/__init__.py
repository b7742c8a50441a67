"""Checking every number in a text against the clerk's facts, plus era wording.

The one mistake a clerk cannot afford is a wrong figure, and a checker that cries wolf gets
switched off; so each finding says exactly which fact it compared with and why.

    verify_text(text, facts, *, year, section_kind=None, expected=None) -> Verification
        every statistical number (drafter.numbers.find_numbers, not names/years) against the
        facts; years against the report year; placeholders (xx, ××, *次); era wording.
        ``section_kind``: None = whole report; "下一年度安排" (anything with 安排/打算/计划)
        = plans, which speak of year+1; any other value = work done in ``year``.
        ``expected``: facts that should appear (default: all ``facts``); the ones never used
        become ``unused_facts`` and a warning each.
        ``stated``: the clerk's own words for this section (要点, 存在的不足, 下一年度安排); a
        number written there with the same value, unit and hedge is the clerk's, not the
        model's, so it is supported (a plan target such as 培训不少于3期 needs no fact).
    check_era(text, year) -> list[Finding]   rules in drafter/data/era_rules.yaml
    locate(text, start, end) -> Position | None   第N段 (paragraphs with visible text, headings
        included) and a quote cut at clause marks, for a clerk looking at the file in Word

Finding kinds: unsupported, misattributed, approximation, derived (info, with formula),
list_count (a count right after a closed 、 list that differs from the list's length: 制定A、B、
C5部法规), list_repeat (an ordinal named twice in a run of them: 二、二、三等奖), direction (由3.5天压缩至0.5天, or 20件，较上年35件持续提高, written the other way round), part_exceeds_total (the figure
after 其中 larger than the total it breaks down), arithmetic (a figure, the year before's and the
change between them that do not add up: 95.9%，同比91.5%上升4.4个百分点), share (parts and their
shares of one whole that imply another whole for one pair: 120件占31.8%, 11件占2.9%, 256件占65.3%),
placeholder, year, era, last_year (info: last year's figure of a fact), unused_fact, unit (info: a
figure left unsupported and a fact left unused share a value, and the figure's unit is written
otherwise, as in 430人·次 for a fact of 430人次; see _reconcile; a warning when a bare figure is a
fact's value with its unit dropped, 占98.66 for 98.66%). Severity "info" never makes ``ok`` false.
A figure is misattributed only when no fact with its value has a distinctive word of its label
in the clause; it is an 错误 when the other fact's label fits clearly better, else a 提醒. A
change-rate fact (…同比增长) is no rival where the clause has no change word, nor a fact labelled
with another year than the clause names. A rate with words of its own is explained as a ratio
of two facts only when one of them is named in those words, and a 同比 change only with the sign its
words give (增长 is never a fall between the two). A hedged figure (50余家) is an approximation
slip when a fact gives its value exactly, not a rounding of a nearby fact (57家), unless that
fact's label fits the clause better.
Money is held to exact equality (2468000元 = 246.8万元 = 0.02468亿元; 247万元 is a 提醒).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.facts import Fact
from drafter.numbers import Mention
from drafter.verify._position import Position, locate, paragraph_spans  # noqa: F401  (public)

# kinds: unsupported, misattributed, approximation, derived (info, with formula), list_count, list_repeat,
# direction, part_exceeds_total, arithmetic, share, placeholder, year, era, last_year, unused_fact, unit
SEVERITIES = ("error", "warning", "info")
SEVERITY_LABELS = {"error": "错误", "warning": "提醒", "info": "说明"}   # as the clerk reads them


@dataclass
class Finding:
    kind: str
    severity: str
    message: str                 # Chinese, for the clerk
    start: int | None = None
    end: int | None = None
    text: str = ""
    fact_id: str | None = None
    formula: str | None = None   # for derived figures: "35÷37≈94.6%"
    rule: str | None = None      # era rule id
    source: str = ""             # era rule source, for the curious clerk

    def to_dict(self) -> dict:
        return {"kind": self.kind, "severity": self.severity, "message": self.message,
                "start": self.start, "end": self.end, "text": self.text, "fact_id": self.fact_id,
                "formula": self.formula, "rule": self.rule}


@dataclass
class Verification:
    findings: list[Finding] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    supported: dict[int, str] = field(default_factory=dict)   # index into mentions -> fact id
    unused_facts: list[Fact] = field(default_factory=list)

    @property
    def problems(self) -> list[Finding]:
        """Findings that need the clerk's attention (error or warning)."""
        return [f for f in self.findings if f.severity != "info"]

    @property
    def ok(self) -> bool:
        return not self.problems


STATED = "要点"   # the id recorded in ``Verification.supported`` for a number the clerk wrote in a point


def verify_text(text: str, facts: list[Fact], *, year: int, section_kind: str | None = None,
                expected: list[Fact] | None = None, stated: list[str] | None = None,
                units: dict[int, str] | None = None, column_years: dict | None = None) -> Verification:
    """All ``facts`` may support a number; ``expected`` (default: all) are those that should appear.
    ``units`` and ``column_years``: what a Word table's headers say of its bare figures, their
    unit and the year of their column (drafter.corpus.table_units, table_years)."""
    from drafter.verify._check import verify

    result = verify(text, list(facts), year=year, section_kind=section_kind, expected=expected,
                    stated=stated or [], units=units, column_years=column_years)
    _name_submissions(result, facts)
    return result


def _name_submissions(result: Verification, facts: list[Fact]) -> None:
    """A finding about a fact harvested from a department's submission (drafter harvest) names the
    file, paragraph and sentence, so the clerk can check the figure where it came from."""
    import re

    origin = {}
    for fact in facts:
        match = re.search(r"（来源：(.+)）$", fact.source or "")
        if match:
            origin[fact.id] = match.group(1)
    for finding in result.findings:
        if finding.fact_id in origin and "该数据来自" not in finding.message:
            finding.message += f"（该数据来自{origin[finding.fact_id]}）"


def check_era(text: str, year: int) -> list[Finding]:
    """Wording that does not fit the report year (法制办 after 2018, 二十大 before 2022, ...)."""
    from drafter.verify._era import era_findings

    return era_findings(text, year)


__all__ = ["SEVERITIES", "Finding", "Position", "Verification", "check_era", "locate", "paragraph_spans",
           "verify_text"]
