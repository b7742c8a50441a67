"""`drafter facts`: hand a clerk the blank forms, and check a filled-in facts file.

Parses, calls drafter.facts, prints; the rules and every message live in the library.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import click

from drafter.cli import ExistingFile, clerk_errors, cli


@cli.group("facts")
def facts_group() -> None:
    """事实材料：生成填写模板、检查填写内容。"""


@facts_group.command("template")
@click.option("-o", "--output", "directory", type=click.Path(file_okay=False), default=".",
              show_default=True, help="模板保存到的文件夹")
@click.option("--from", "source", type=click.Path(dir_okay=False), default=None,
              help="把已有的事实材料（YAML/JSON）转成填好的 Excel 表")
@click.pass_obj
@clerk_errors
def template(settings, directory: str, source: str | None) -> None:
    """生成空白的 Excel 模板和带说明的 YAML 示例（或用 --from 转换已有材料）。"""
    from drafter.corpus import load_topics
    from drafter.facts import load_facts, write_template, write_workbook

    # the 主题 drop-down offers the topic table, the clerk's own topics.yaml included
    topics = list(load_topics(settings.home)) if settings is not None else []

    if source:
        facts = load_facts(Path(source))
        target = Path(directory) / (Path(source).stem + ".xlsx")
        if target.resolve() == Path(source).resolve():
            raise click.ClickException("输出文件与输入文件相同，请用 -o 指定其他文件夹")
        Path(directory).mkdir(parents=True, exist_ok=True)
        click.echo(f"已生成：{write_workbook(target, facts, topics=topics)}")
        return
    for path in write_template(Path(directory), topics=topics):
        click.echo(f"已生成：{path}")
    click.echo("填写后运行 drafter facts check 文件名 检查。")


@facts_group.command("check")
@click.argument("file", type=click.Path(dir_okay=True))
@click.option("--last-year", "last_year", default=None, type=ExistingFile(),
              help="上年报告（.docx、.txt、.md、.html），默认取事实材料中的「上年报告」：列出可作「上年值」的上年数字，供核对后填写")
@click.pass_obj
@clerk_errors
def check(settings, file: str, last_year: str | None) -> None:
    """检查事实材料文件；有问题时逐条列出（退出码 2）。"""
    from drafter.facts import load_facts

    facts = load_facts(Path(file))
    click.echo(summary(facts))
    placed = placement_lines(facts, settings)
    if placed:
        click.echo("\n".join(placed))
    if last_year or facts.last_report:
        from drafter.cli._lastyear import last_year_path

        path = last_year_path(last_year, facts, file)
        if path is not None:
            click.echo("\n".join(last_year_value_lines(facts, path)))


def last_year_value_lines(facts, path: Path) -> list[str]:
    """上年值 proposed from last year's report, each with last year's sentence: for the clerk to
    check and copy into the 上年值 column; nothing is filled in by drafter."""
    from drafter.lastyear import propose_last_year_values, read_last_year

    proposals = propose_last_year_values(facts.facts, read_last_year(path))
    missing = sum(1 for f in facts.facts if f.last_year is None)
    if not proposals:
        return [f"上年报告 {path.name} 中没有找到与未填「上年值」的数据（{missing}条）对应的上年数字。"]
    lines = [f"上年报告 {path.name} 中找到 {len(proposals)} 条数据的上年数字（未填「上年值」的共 {missing} 条）。"
             "以下仅供核对，未自动填入；确认无误的，请填入事实材料的「上年值」列："]
    lines += [f"  {p.line()}" for p in proposals]
    return lines


def _columns(text: str) -> int:
    """Terminal columns: a Chinese character takes two, a digit or Latin letter one."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def placement_lines(facts, settings) -> list[str]:
    """What the drafter will do with the facts the clerk left without 主题: each one's inferred
    主题/部分, then the （一） items of 主要举措和成效 as planned, so nothing is placed unseen."""
    from drafter.draft import DraftError, plan
    from drafter.draft._plan import fact_placements

    placements = fact_placements(facts, settings)
    if not placements:
        return []
    lines = [f"未填「主题」的数据 {len(placements)} 条，按事项名称推断（推断有误时请在材料中填写「主题」或「部分」）："]
    width = max(_columns(f.label) for f in facts.facts if f.id in placements)
    for fact in facts.facts:
        placement = placements.get(fact.id)
        if placement is None:
            continue
        gap = width - _columns(fact.label)
        label = fact.label + "　" * (gap // 2) + " " * (gap % 2)
        topic = f"{placement.topic}（推断）" if placement.topic else "未能推断主题"
        section = fact.section or (f"{placement.section}（推断）" if placement.section else "主要举措和成效")
        lines.append(f"  {label} → 主题：{topic}　部分：{section}")
    try:
        outline = plan(facts, settings)
    except DraftError:
        return lines
    work = [s for s in outline.sections if s.kind == "主要举措和成效"]
    lines.append(f"“主要举措和成效”部分将分为 {len(work)} 项（骨架：{outline.skeleton}）：")
    lines.extend(f"  {s.number}{s.topic}（数据 {len(s.fact_ids)} 条）" for s in work)
    return lines


def summary(facts) -> str:
    """A few lines a clerk can glance at to see the file was read as meant."""
    lines = [
        f"检查通过：{facts.source or '事实材料'}",
        f"机关名称：{facts.org}",
        f"年度：{facts.year}年　层级：{facts.level}　骨架：{facts.skeleton}",
    ]
    if facts.recipient:
        lines.append(f"主送机关：{facts.recipient}")
    lines.append(f"署名：{facts.signature or facts.org}　成文日期：{facts.date or '（未填写）'}")
    per_topic = Counter(f.topic for f in facts.facts if f.topic)
    lines.append(f"工作事项 {len(facts.topics)} 项：")
    for n, topic in enumerate(facts.topics, start=1):
        lines.append(f"  {n}. {topic.name}（要点 {len(topic.points)} 条，数据 {per_topic.get(topic.name, 0)} 条）")
    approx = sum(1 for f in facts.facts if f.approx)
    lines.append(f"数据 {len(facts.facts)} 条" + (f"（其中约数 {approx} 条）" if approx else ""))
    lines.append(f"第一责任人履职 {len(facts.leadership)} 条，存在的不足 {len(facts.shortcomings)} 条，"
                 f"下一年度安排 {len(facts.plans)} 条")
    if facts.warnings:
        lines[0] = f"检查通过，但有{len(facts.warnings)}条提示需要您确认：{facts.source or '事实材料'}"
        lines += [f"提示：{w}" for w in facts.warnings]
    return "\n".join(lines)
