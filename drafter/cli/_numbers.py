"""`drafter numbers` and `drafter verify`: list the numbers in a text, check a draft's figures.

Parses, calls drafter.numbers / drafter.verify, prints. Decimals are written to JSON as
strings, always, so that 16.4亿 or 99.26 never lose a digit on the way. The file is read by
drafter.corpus.read_lines (.docx/.txt/.md/.html); offsets in JSON are into that text, one
paragraph (or Word table row) per line, and each entry also carries ``where`` (第N段 as Word
counts it, or 表K第R行), ``paragraph`` (that N; null in a table) and ``quote``, which is what the
plain output shows instead of offsets.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from drafter.cli import ExistingFile, clerk_errors, cli

_KIND_NAMES = {
    "count": "计数", "percent": "百分比", "money": "金额", "fraction": "分数", "range": "区间",
    "year": "年份", "date": "日期", "rank": "名次", "duration": "时长", "number": "数字",
    "ordinal_phrase": "序号/名称", "group": "项数",
}


def _read(path: str) -> tuple[str, list]:
    """The draft's text as the corpus reader gives it, one paragraph with visible text (or one
    row of a Word table) per line, and those lines with where each stands.

    A .docx, .html, .txt or .md in GBK or UTF-8, simplified or traditional; a file that cannot
    be read raises CorpusError, which ``clerk_errors`` turns into exit code 2 (1 means findings).
    """
    from drafter.corpus import read_lines

    lines = read_lines(Path(path))
    return "\n".join(line.text for line in lines), lines


def _dec(value):
    return None if value is None else format(value.normalize(), "f")


def mention_dict(m, text: str | None = None, lines: list | None = None) -> dict:
    out = {"text": m.text, "start": m.start, "end": m.end, "value": _dec(m.value),
           "value_high": _dec(m.value_high), "unit": m.unit, "approx": m.approx, "kind": m.kind}
    if text is not None:
        out.update(_where(text, m.start, m.end, lines))
    return out


def _where(text: str, start: int | None, end: int | None, lines: list | None = None) -> dict:
    """where (第N段 or 表K第R行), paragraph (that N, counting paragraphs with visible text) and
    quote, for --json."""
    from drafter.verify import locate

    position = locate(text, start, end, lines=lines) if start is not None else None
    if position is None:
        return {"where": None, "paragraph": None, "quote": None}
    return {"where": position.where, "paragraph": position.paragraph, "quote": position.quote}


def _label(text: str, start: int | None, end: int | None, lines: list | None = None) -> str:
    from drafter.verify import locate

    position = locate(text, start, end, lines=lines) if start is not None else None
    return position.label if position else "事实材料"


@cli.command("numbers")
@click.argument("file", type=ExistingFile())
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出（数值为字符串）")
@clerk_errors
def numbers_cmd(file: str, as_json: bool) -> None:
    """列出文本中的全部数字（位置、数值、单位、约数、类别）。"""
    from drafter.numbers import find_numbers

    from drafter.verify import locate

    from drafter.corpus import table_units

    text, lines = _read(file)
    mentions = find_numbers(text, table_units(lines))
    if as_json:
        click.echo(json.dumps([mention_dict(m, text, lines) for m in mentions], ensure_ascii=False, indent=1))
        return
    for m in mentions:
        value = _dec(m.value) or ""
        if m.value_high is not None:
            value += f"—{_dec(m.value_high)}"
        extra = f"（约数：{m.approx}）" if m.approx else ""
        shown = f"  = {value}{m.unit or ''}{extra}" if value else ""
        position = locate(text, m.start, m.end, lines=lines)
        where = position.where if position else ""
        click.echo(f"{where:>6}  {_KIND_NAMES.get(m.kind, m.kind):<6}  {m.text}{shown}")
    click.echo(f"共 {len(mentions)} 处数字。")


@cli.command("verify")
@click.argument("draft", type=ExistingFile())
@click.option("--facts", "facts_file", required=True, type=ExistingFile(),
              help="事实材料文件（YAML、JSON 或 Excel）")
@click.option("--year", type=int, default=None, help="报告年度，默认取事实材料中的年度")
@click.option("--section", "section_kind", default=None,
              help="只核验某一部分，如“下一年度安排”；默认按全文核验")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出")
@click.option("--annotate", "annotate_to", default=None, type=click.Path(dir_okay=False),
              help="另存一份带批注的 Word 文件：每个问题作为批注标在数字上（仅限 .docx 稿件）")
@click.option("--last-year", "last_year", default=None, type=ExistingFile(),
              help="上年报告（.docx、.txt、.md、.html）：查沿用上年的数字和句子、核对同比、列出未回应的上年计划")
@clerk_errors
def verify_cmd(draft: str, facts_file: str, year: int | None, section_kind: str | None,
               as_json: bool, annotate_to: str | None, last_year: str | None) -> None:
    """用事实材料核验草稿（.docx、.txt、.md、.html）中的每个数字、年份和时代用语。

    问题按“第几段”（从标题算起，空行不计）和所在的原文指明。全文核验时，“下一年度安排”
    部分的计划目标（如“培训不少于4期”）没有对应事实的，只作说明，不算问题。

    没有问题时退出码为 0，有问题为 1，文件无法读取为 2。给出 --last-year 时，整句沿用和
    未回应的上年计划只作提醒，不影响退出码；疑似沿用上年数据和有误的同比算作问题。
    """
    from drafter.corpus import table_units, table_years
    from drafter.facts import load_facts
    from drafter.lastyear import check_yoy_against_facts
    from drafter.verify import SEVERITY_LABELS, verify_text

    if annotate_to:
        _check_annotate_paths(draft, annotate_to)
    facts = load_facts(Path(facts_file))
    stated = [p for t in facts.topics for p in t.points] + facts.leadership + facts.shortcomings + facts.plans
    text, lines = _read(draft)
    result = verify_text(text, facts.facts, year=year or facts.year, section_kind=section_kind,
                         stated=stated, units=table_units(lines), column_years=table_years(lines))
    result = check_yoy_against_facts(text, result, facts.facts)   # 同比 against each fact's 上年值
    findings = sorted(result.findings, key=lambda f: (f.start is None, f.start or 0))
    ok, comparison = result.ok, None
    if not last_year:
        from drafter.cli._lastyear import last_year_path

        named = last_year_path(None, facts, facts_file)   # the facts file's 上年报告
        last_year = str(named) if named else None
    if last_year:
        findings, comparison, ok = _against_last_year(text, last_year, result, facts)
    rows = [{**f.to_dict(), **_where(text, f.start, f.end, lines)} for f in findings]
    annotated = _annotate(draft, annotate_to, text, rows) if annotate_to else None
    if as_json:
        click.echo(json.dumps({
            "ok": ok,
            "findings": rows,
            "unused_facts": [f.id for f in result.unused_facts],
            "mentions": len(result.mentions),
            "supported": len(result.supported),
            "annotated": str(annotated.path) if annotated else None,
            **({"last_year": _last_year_json(comparison, text, lines)} if comparison else {}),
        }, ensure_ascii=False, indent=1))
    else:
        for f in findings:
            where = "上年报告" if f.kind == "plan_unanswered" else _label(text, f.start, f.end, lines)
            click.echo(f"[{SEVERITY_LABELS.get(f.severity, f.severity)}] {where}：{f.message}")
            if f.formula:
                click.echo(f"        算式：{f.formula}")
        stats = sum(1 for m in result.mentions if m.needs_fact)
        problems = [f for f in findings if f.severity != "info"] if comparison else result.problems
        click.echo(f"核验 {stats} 处统计数字，{len(result.supported)} 处有事实支持；"
                   f"{len(problems)} 个问题。" if problems else
                   f"核验 {stats} 处统计数字，没有发现问题。")
        if comparison:
            click.echo(_last_year_summary(comparison))
        if annotated:
            click.echo(f"已写出带批注的副本：{annotated.path}（{_annotated_summary(annotated)}）")
    sys.exit(0 if ok else 1)


def _against_last_year(text: str, path: str, result, facts):
    """The verifier's findings merged with last year's; ok = nothing but reminders."""
    from drafter.lastyear import compare, facts_texts, merge, needs_attention, read_last_year

    comparison = compare(text, read_last_year(Path(path)), result, extra=facts_texts(facts))
    findings = merge(result.findings, comparison)
    comparison.findings += [f for f in result.findings if f.kind == "yoy"]   # 同比 against 上年值, for the summary
    return findings, comparison, not needs_attention(findings)


def _last_year_summary(comparison) -> str:
    yoy = comparison.of_kind("yoy")
    wrong = sum(1 for f in yoy if f.severity == "error")
    unchecked = sum(1 for f in yoy if f.rule == "unchecked")
    return (f"对照上年报告：疑似沿用上年数据 {len(comparison.of_kind('stale'))} 处，"
            f"整句沿用 {len(comparison.of_kind('copied'))} 句，同比 {len(yoy)} 处（有误 {wrong} 处"
            f"{f'，无法核对 {unchecked} 处' if unchecked else ''}），"
            f"上年计划 {len(comparison.plans)} 项中 {len(comparison.unanswered_plans)} 项未见回应。")


def _last_year_json(comparison, text: str, lines: list | None = None) -> dict:
    """Counts, and each of last year's plan items with the paragraph (第N段) that answers it."""
    return {"stale": len(comparison.of_kind("stale")), "copied": len(comparison.of_kind("copied")),
            "yoy": len(comparison.of_kind("yoy")),
            "plans": [{"item": p.text, "answered": p.answered, "answered_by": p.answered_by,
                       **({"paragraph": _where(text, p.answered_at, p.answered_at, lines)["paragraph"]}
                          if p.answered_at is not None else {})}
                      for p in comparison.plans]}


def _check_annotate_paths(draft: str, target: str) -> None:
    if Path(draft).suffix.lower() != ".docx":
        raise click.UsageError(f"只有 Word 文件（.docx）才能写出批注副本，{Path(draft).name} 不是")
    if Path(target).suffix.lower() != ".docx":
        raise click.UsageError(f"批注副本应保存为 .docx 文件，收到的是“{target}”")
    if Path(target).resolve() == Path(draft).resolve():
        raise click.UsageError("批注副本不能覆盖原稿，请换一个文件名")


def _annotate(draft: str, target: str, text: str, rows: list[dict]):
    from drafter.export import annotate_docx

    try:
        return annotate_docx(Path(draft), Path(target), text, rows)
    except OSError as exc:
        click.echo(f"错误：无法写出批注副本 {target}：{exc.strerror or exc}", err=True)
        sys.exit(2)


def _annotated_summary(annotated) -> str:
    parts = [f"{annotated.on_number} 处批注标在数字上"] if annotated.on_number else []
    if annotated.on_paragraph:
        parts.append(f"{annotated.on_paragraph} 处未能对准数字，批注在所在段落")
    if annotated.general:
        parts.append(f"{annotated.general} 条不在正文某处的问题合为一条批注，放在文首")
    return "；".join(parts) or "没有需要批注的问题"
