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


def check_against_last_year(text: str, facts, last) -> int:
    """Print last year's findings on the finished draft and the plans left unanswered; returns
    how many of them are 错误 (stale figures, wrong 同比): reminders (copied sentences,
    unanswered plans) do not count, as in `drafter verify`."""
    from drafter.cli._numbers import _label, _last_year_summary
    from drafter.lastyear import compare_draft
    from drafter.verify import SEVERITY_LABELS

    comparison = compare_draft(text, facts, last)
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
    _hint_last_year_values(facts, last)
    return sum(1 for f in comparison.findings if f.severity == "error")


def _hint_last_year_values(facts, last) -> None:
    """One line when last year's report holds 上年值 the facts lack: listed by `facts check`, for
    the clerk to confirm; the draft never takes them by itself."""
    from drafter.lastyear import propose_last_year_values

    found = propose_last_year_values(facts.facts, last)
    if found:
        click.echo(f"提示：上年报告中另有{len(found)}条数据的上年数字可作「上年值」（用于写同比并核对），"
                   f"核对后填入事实材料：drafter facts check 事实材料 --last-year {last.path.name if last.path else '上年报告'}")
