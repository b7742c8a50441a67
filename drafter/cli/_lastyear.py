"""`drafter draft --last-year`: last year's report read before drafting, checked after it.

The finished draft is compared with last year's report by drafter.lastyear: stale figures and
copied sentences (a freshly drafted text has few, but a clerk's own points may carry them) and,
above all, last year's plans this year's facts never answer, printed as 上年计划未见回应 so the
clerk can add the work done or say why not.
"""

from __future__ import annotations

from pathlib import Path

import click


def last_year_path(option: str | None, facts, facts_file: str) -> Path | None:
    """--last-year, else the facts file's 上年报告 (relative to the facts file)."""
    if option:
        return Path(option)
    if not facts.last_report:
        return None
    path = Path(facts_file).parent / facts.last_report
    if not path.is_file():
        click.echo(f"提示：事实材料中的上年报告“{facts.last_report}”找不到（{path}），本次不对照上年报告")
        return None
    return path


def check_against_last_year(text: str, facts, last) -> None:
    """Print last year's findings on the finished draft, and the plans left unanswered."""
    from drafter.cli._numbers import _label, _last_year_summary
    from drafter.lastyear import check_yoy_against_facts, compare, facts_texts
    from drafter.verify import SEVERITY_LABELS, verify_text

    result = check_yoy_against_facts(text, verify_text(text, facts.facts, year=facts.year), facts.facts)
    comparison = compare(text, last, result, extra=facts_texts(facts))
    # the 同比 checked against 上年值 count in the summary too (compare leaves them alone)
    comparison.findings += [f for f in result.findings if f.kind == "yoy"]
    for f in comparison.findings:
        if f.kind == "plan_unanswered" or f.severity == "info":
            continue
        click.echo(f"[{SEVERITY_LABELS.get(f.severity, f.severity)}] {_label(text, f.start, f.end)}：{f.message}")
        if f.formula:
            click.echo(f"        算式：{f.formula}")
    unanswered = comparison.unanswered_plans
    if unanswered:
        click.echo(f"上年计划未见回应（{len(unanswered)}项，请在报告中写明完成情况或说明原因）：")
        for item in unanswered:
            click.echo(f"  · {item.text}")
    click.echo(_last_year_summary(comparison))
