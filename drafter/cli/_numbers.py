"""`drafter numbers` and `drafter verify`: list the numbers in a text, check a draft's figures.

Parses, calls drafter.numbers / drafter.verify, prints. Decimals are written to JSON as
strings, always, so that 16.4亿 or 99.26 never lose a digit on the way.
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
    "ordinal_phrase": "序号/名称",
}


def _read(path: str) -> str:
    raw = Path(path).read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise click.ClickException(f"无法读取文件 {path}：不是 UTF-8 或 GB18030 编码的文本")


def _dec(value):
    return None if value is None else format(value.normalize(), "f")


def mention_dict(m) -> dict:
    return {"text": m.text, "start": m.start, "end": m.end, "value": _dec(m.value),
            "value_high": _dec(m.value_high), "unit": m.unit, "approx": m.approx, "kind": m.kind}


@cli.command("numbers")
@click.argument("file", type=ExistingFile())
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出（数值为字符串）")
@clerk_errors
def numbers_cmd(file: str, as_json: bool) -> None:
    """列出文本中的全部数字（位置、数值、单位、约数、类别）。"""
    from drafter.numbers import find_numbers

    mentions = find_numbers(_read(file))
    if as_json:
        click.echo(json.dumps([mention_dict(m) for m in mentions], ensure_ascii=False, indent=1))
        return
    for m in mentions:
        value = _dec(m.value) or ""
        if m.value_high is not None:
            value += f"—{_dec(m.value_high)}"
        extra = f"（约数：{m.approx}）" if m.approx else ""
        shown = f"  = {value}{m.unit or ''}{extra}" if value else ""
        click.echo(f"{m.start:>6}  {_KIND_NAMES.get(m.kind, m.kind):<6}  {m.text}{shown}")
    click.echo(f"共 {len(mentions)} 处数字。")


@cli.command("verify")
@click.argument("draft", type=ExistingFile())
@click.option("--facts", "facts_file", required=True, type=ExistingFile(),
              help="事实材料文件（YAML、JSON 或 Excel）")
@click.option("--year", type=int, default=None, help="报告年度，默认取事实材料中的年度")
@click.option("--section", "section_kind", default=None,
              help="只核验某一部分，如“下一年度安排”；默认按全文核验")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出")
@clerk_errors
def verify_cmd(draft: str, facts_file: str, year: int | None, section_kind: str | None,
               as_json: bool) -> None:
    """用事实材料核验草稿中的每个数字、年份和时代用语；没有问题时退出码为 0，有问题为 1。"""
    from drafter.facts import load_facts
    from drafter.verify import SEVERITY_LABELS, verify_text

    facts = load_facts(Path(facts_file))
    stated = [p for t in facts.topics for p in t.points] + facts.leadership + facts.shortcomings + facts.plans
    result = verify_text(_read(draft), facts.facts, year=year or facts.year, section_kind=section_kind,
                         stated=stated)
    if as_json:
        click.echo(json.dumps({
            "ok": result.ok,
            "findings": [f.to_dict() for f in result.findings],
            "unused_facts": [f.id for f in result.unused_facts],
            "mentions": len(result.mentions),
            "supported": len(result.supported),
        }, ensure_ascii=False, indent=1))
    else:
        for f in result.findings:
            where = f"第{f.start + 1}字" if f.start is not None else "事实材料"
            click.echo(f"[{SEVERITY_LABELS.get(f.severity, f.severity)}] {where}：{f.message}")
            if f.formula:
                click.echo(f"        算式：{f.formula}")
        stats = sum(1 for m in result.mentions if m.needs_fact)
        click.echo(f"核验 {stats} 处统计数字，{len(result.supported)} 处有事实支持；"
                   f"{len(result.problems)} 个问题。" if result.problems else
                   f"核验 {stats} 处统计数字，没有发现问题。")
    sys.exit(0 if result.ok else 1)
