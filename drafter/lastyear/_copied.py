"""Whole sentences copied unchanged from last year's report: a 提醒, since formulas repeat."""

from __future__ import annotations

from drafter.lastyear._text import is_run_in_heading, normalised, sentences
from drafter.verify import Finding

MIN_CHARS = 12   # 现将有关情况报告如下 and the like are formulas, not copied work


def copied_findings(text: str, last_text: str) -> list[Finding]:
    last = {normalised(s.text) for s in sentences(last_text)}
    out = []
    for span in sentences(text):
        form = normalised(span.text)
        if len(form) < MIN_CHARS or is_run_in_heading(span.text) or form not in last:
            continue
        out.append(Finding(
            kind="copied", severity="warning",
            message="整句与上年报告相同，请确认内容仍符合今年情况（有些固定表述每年重复，可不改）",
            start=span.start, end=span.end, text=span.text))
    return out
