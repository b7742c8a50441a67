"""`drafter harvest`: figures from the departments' submissions into a facts workbook to confirm.

Parses, calls drafter.harvest, prints a summary; every rule lives in the library.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import click

from drafter.cli import clerk_errors, cli


@cli.command("harvest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("汇总.xlsx"),
              show_default=True, help="汇总表（Excel）保存位置")
@click.option("--year", type=click.IntRange(2000, 2100), default=None,
              help="报告年度（默认按材料标题推断）；其他年度的数字单独列出")
@click.option("--org", default=None, help="本机关名称（默认按各部门名称推断，如 某县人民政府）")
@clerk_errors
def harvest_command(paths: tuple[Path, ...], output: Path, year: int | None, org: str | None) -> None:
    """从各部门报送的工作总结（.docx/.txt/.html，可给文件夹）中汇总数据，生成待确认的事实材料表。"""
    from drafter.harvest import harvest, submission_files, write_harvest_workbook

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise click.UsageError(f"找不到：{'、'.join(missing)}")
    if not submission_files(paths):
        raise click.UsageError("没有找到可读取的材料（.docx、.txt、.html）")
    result = harvest(paths, year=year)
    write_harvest_workbook(output, result, org=org)
    click.echo(summary(result, output))


def summary(result, output: Path) -> str:
    lines = [f"已汇总 {len(result.files)} 份材料（{result.year}年度）：{output}"]
    per_department = Counter(p.department for p in result.proposals)
    for department, n in per_department.items():
        lines.append(f"  {department}：{n} 条")
    hinted = sum(1 for p in result.proposals if p.hints)
    lines.append(f"本年度数据 {len(result.proposals)} 条（其中 {hinted} 条有提示），合计行 {len(result.sums)} 条，"
                 f"其他年度数据 {len(result.other_years)} 条（单独列在「其他年度数据」表）")
    lines += [f"未能读取：{problem}" for problem in result.problems]
    lines.append("请在「数据」表的「采用」列填“是”确认要用的数字，然后运行 drafter facts check 检查。")
    return "\n".join(lines)
