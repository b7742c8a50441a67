"""Checking every number in a text against the clerk's facts, plus era wording.

CONTRACT (filled in by the verify work):
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.facts import Fact
from drafter.numbers import Mention

# kinds: unsupported, misattributed, approximation, derived (info, with formula), placeholder, year, era, unused_fact
SEVERITIES = ("error", "warning", "info")


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


def verify_text(text: str, facts: list[Fact], *, year: int, section_kind: str | None = None,
                expected: list[Fact] | None = None) -> Verification:
    """All ``facts`` may support a number; ``expected`` (default: all) are those that should appear."""
    raise NotImplementedError


def check_era(text: str, year: int) -> list[Finding]:
    raise NotImplementedError
