"""Era check: wording that dates a draft to the wrong year.

The rules live in ``drafter/data/era_rules.yaml`` so that an editor can add one (with its
source) without touching code; this module only loads, compiles and applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class EraRule:
    id: str
    pattern: re.Pattern
    year_from: int | None
    year_to: int | None
    severity: str
    message: str
    source: str
    unless: re.Pattern | None = None
    missing: bool = False          # fire when the pattern is absent (a whole report only)
    min_chars: int = 0

    def applies(self, year: int) -> bool:
        return (self.year_from is None or year >= self.year_from) and \
            (self.year_to is None or year <= self.year_to)


def parse_rules(data: dict) -> list[EraRule]:
    rules = []
    for raw in data.get("rules", []):
        lo, hi = (raw.get("years") or [None, None]) + [None, None][len(raw.get("years") or []):]
        if not raw.get("source"):
            raise ValueError(f"era rule {raw.get('id')!r} has no source")
        rules.append(EraRule(
            id=raw["id"], pattern=re.compile(raw["pattern"]), year_from=lo, year_to=hi,
            severity=raw.get("severity", "warning"), message=raw["message"], source=raw["source"],
            unless=re.compile(raw["unless"]) if raw.get("unless") else None,
            missing=bool(raw.get("missing")), min_chars=int(raw.get("min_chars") or 0)))
    return rules


@lru_cache(maxsize=1)
def load_rules() -> tuple[EraRule, ...]:
    text = resources.files("drafter").joinpath("data/era_rules.yaml").read_text(encoding="utf-8")
    return tuple(parse_rules(yaml.safe_load(text)))


def era_findings(text: str, year: int, rules=None) -> list:
    from drafter.verify import Finding

    out = []
    for rule in rules if rules is not None else load_rules():
        if not rule.applies(year):
            continue
        if rule.unless is not None and rule.unless.search(text):
            continue
        if rule.missing:
            if len(text) >= rule.min_chars and not rule.pattern.search(text):
                out.append(Finding("era", rule.severity, rule.message.format(year=year, text=""),
                                   rule=rule.id, source=rule.source))
            continue
        for m in rule.pattern.finditer(text):
            out.append(Finding("era", rule.severity, rule.message.format(year=year, text=m.group()),
                               m.start(), m.end(), m.group(), fact_id=None,
                               formula=None, rule=rule.id, source=rule.source))
    return out
