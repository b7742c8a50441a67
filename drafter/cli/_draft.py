"""`drafter draft / regen / show / export / drafts / diff / restore`: thin commands over drafter.draft.

Parses, calls, prints. Exit codes: 0 when every section was written (findings are printed
for the clerk to check, they do not fail the run), 1 when a section failed or a file was
exported with unresolved 错误 findings (said in one Chinese line), or, with last year's report
(`draft --last-year`, which checks like `verify`), when any 错误 remains: stale figures, wrong
同比, the sections' own (copied sentences and unanswered plans are reminders), 2 for a clerk error
(bad facts file, unknown draft or section). Tracebacks of unexpected errors go
to ``drafter.log`` in the data folder, never to the clerk's terminal.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sys
from pathlib import Path

import click

from drafter.cli import ExistingFile, clerk_errors, cli
from drafter.store import SOURCE_LABELS, local_time


def _log_to_file(settings) -> None:
    """drafter's warnings and tracebacks go to <home>/drafter.log: without a handler Python would
    print them on the terminal, between the lines the clerk reads."""
    path = (settings.home / "drafter.log").resolve()
    logger = logging.getLogger("drafter")
    for handler in list(logger.handlers):
        if getattr(handler, "_drafter_log", False):
            if Path(handler.baseFilename) == path:
                return
            logger.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    except OSError:
        handler = logging.NullHandler()
    handler._drafter_log = True
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


def _store(settings):
    from drafter.store import Store

    return Store(settings.db_path)


def _progress_line(label: str, event, problems: int | None) -> str:
    if event.status == "失败":
        return f"✗ {label}　{event.message}"
    check = "核验通过" if not problems else f"{problems}处待核对"
    return f"✓ {label}　{len(event.text)}字　{check}"


async def _run_events(events, *, labels: dict[str, str], on_result) -> tuple[str | None, int]:
    """Print the events a clerk needs to follow a run; returns (draft id, failed sections)."""
    draft_id, failed = None, 0
    async for event in events:
        draft_id = event.draft_id
        if event.section_key is None:
            if event.status == "开始":
                click.echo(f"草稿编号：{event.draft_id}")
                click.echo(event.message)
            elif event.status == "提示":
                click.echo(f"提示：{event.message}")
            elif event.status == "结束":
                click.echo(f"核验小结：{event.message}")
            continue
        if event.status == "排队":
            labels.setdefault(event.section_key, event.message or event.section_key)
        elif event.status in ("完成", "失败"):
            failed += event.status == "失败"
            on_result(event)
    return draft_id, failed


def _print_result(store, labels: dict[str, str]):
    def show(event) -> None:
        label = labels.get(event.section_key, event.section_key)
        problems = None
        if event.status == "完成":
            problems = len(_problem_findings(store, event.draft_id, event.section_key))
        click.echo(_progress_line(_short(label), event, problems))
        if event.status == "完成" and problems:
            for finding in _problem_findings(store, event.draft_id, event.section_key)[:5]:
                click.echo(f"    · {finding.get('message', '')}")
    return show


def _problem_findings(store, draft_id: str, key: str) -> list[dict]:
    current = store.get_draft(draft_id).section(key).current
    if current is None:
        return []
    return [f for f in current.findings if f.get("severity") in ("error", "warning")]


def _short(label: str, width: int = 28) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def _export(store, settings, draft_id: str, paths: list[str | None]) -> int:
    """Export to each path given; returns the number of unresolved 错误 findings in what was
    exported (said to the clerk in one line), 0 when nothing was exported."""
    from drafter.draft import export_draft

    written = [export_draft(store, draft_id, Path(target), settings=settings) for target in paths if target]
    for path in written:
        click.echo(f"已导出：{path}")
    if not written:
        return 0
    errors = _unresolved_errors(store.get_draft(draft_id))
    if errors:
        where = "、".join(f"{_short(label, 16)}{n}处" for label, n in errors)
        total = sum(n for _, n in errors)
        click.echo(f"注意：导出的稿件中有{total}处数字核验错误尚未解决（{where}），请核对修改后再使用；"
                   f"查看：drafter show {draft_id}")
    return sum(n for _, n in errors)


def _unresolved_errors(draft) -> list[tuple[str, int]]:
    """(section label, count) of 错误 findings in each section's current text."""
    out = []
    for s in sorted(draft.sections, key=lambda s: s.order):
        n = sum(1 for f in (s.current.findings if s.current else []) if f.get("severity") == "error")
        if n:
            out.append((s.heading or s.kind, n))
    return out


@cli.command("draft")
@click.argument("facts_file", metavar="FACTS", type=ExistingFile())
@click.option("-o", "--output", default=None, help="导出 .docx（也可以是 .md / .txt）")
@click.option("--md", "markdown", default=None, help="另外导出 Markdown 文件")
@click.option("--skeleton", default=None, help="报告骨架（四段式 / 四段式（第一责任人在前） / 三段式），默认取事实材料中的「骨架」")
@click.option("--closing", is_flag=True, default=None, help="加一段结束语（“总之，……”）")
@click.option("--last-year", "last_year", default=None, type=ExistingFile(),
              help="上年报告（.docx、.txt、.md、.html），默认取事实材料中的「上年报告」：起草后列出未见回应的上年计划，查沿用上年的数字和句子")
@click.pass_obj
@clerk_errors
def draft_command(settings, facts_file: str, output: str | None, markdown: str | None,
                  skeleton: str | None, closing: bool | None, last_year: str | None) -> None:
    """根据事实材料起草整篇报告：逐节生成、核验数字，保存为草稿并可导出。"""
    from drafter.draft import draft_report
    from drafter.facts import load_facts

    _log_to_file(settings)
    facts = load_facts(Path(facts_file))
    for warning in facts.warnings:
        click.echo(f"提示：{warning}")
    from drafter.cli._lastyear import check_against_last_year, last_year_path
    from drafter.lastyear import read_last_year

    last_path = last_year_path(last_year, facts, facts_file)
    last = read_last_year(last_path) if last_path else None   # a file that cannot be read fails before drafting
    store = _store(settings)
    labels: dict[str, str] = {}
    events = draft_report(facts, settings=settings, store=store, skeleton=skeleton, closing=closing, last_year=last)
    draft_id, failed = asyncio.run(_run_events(events, labels=labels, on_result=_print_result(store, labels)))
    errors = 0
    if draft_id:
        if last is not None:
            errors += _last_year_errors(store, settings, draft_id, facts, last)
        errors += _export(store, settings, draft_id, [output, markdown])
        if not output and not markdown:
            click.echo(f"导出：drafter export {draft_id} -o 报告.docx")
        if failed:
            click.echo(f"有{failed}节生成失败，可用 drafter regen {draft_id} 节编号 重新生成。")
    sys.exit(1 if failed or errors else 0)


def _last_year_errors(store, settings, draft_id: str, facts, last) -> int:
    """With last year's report the run is a check too, as `drafter verify` is: the 错误 still in
    the draft (the sections' own and last year's: stale figures, wrong 同比) make the exit code 1,
    exported or not; copied sentences and unanswered plans are reminders and do not."""
    from drafter.cli._lastyear import check_against_last_year
    from drafter.draft import render_blocks
    from drafter.export import to_text

    draft = store.get_draft(draft_id)
    found = check_against_last_year(to_text(render_blocks(draft, settings=settings)), facts, last)
    sections = sum(n for _, n in _unresolved_errors(draft))
    if found or sections:
        parts = [f"对照上年报告{found}处" if found else "", f"各节核验{sections}处" if sections else ""]
        click.echo(f"注意：稿中仍有错误需要修改（{'，'.join(p for p in parts if p)}），退出码为 1；"
                   f"查看：drafter show {draft_id}")
    return found + sections


def resolve_section(draft, wanted: str) -> str:
    """A section by key (work-03), by number (（三） / (三) / 二（三） / 三、) or by the start of its heading."""
    keys = [s.key for s in draft.sections]
    if wanted in keys:
        return wanted
    text = wanted.strip().replace("(", "（").replace(")", "）")
    match = re.fullmatch(r"([一二三四五六七八九十]+)?(（[一二三四五六七八九十]+）)", text)
    if match:
        text = match.group(2)
    elif re.fullmatch(r"[一二三四五六七八九十]+", text):
        text += "、"
    hits = [s.key for s in draft.sections if s.number == text]
    if not hits:
        hits = [s.key for s in draft.sections if s.heading and text and s.heading.startswith(text)]
    if not hits:
        hits = [s.key for s in draft.sections if text in (s.heading or "") or text == s.kind]
    if len(hits) == 1:
        return hits[0]
    listing = "；".join(f"{s.key}（{s.heading or s.kind}）" for s in draft.sections)
    from drafter.draft import DraftError

    if hits:
        raise DraftError(f"“{wanted}”对应多个节：{'、'.join(hits)}，请用节编号。可选：{listing}")
    raise DraftError(f"草稿 {draft.id} 中找不到“{wanted}”。可选：{listing}")


@cli.command("regen")
@click.argument("draft_id")
@click.argument("section")
@click.option("--instruction", "-i", default=None, help="修改意见，如：更简洁、补充数据、调整语气")
@click.pass_obj
@clerk_errors
def regen_command(settings, draft_id: str, section: str, instruction: str | None) -> None:
    """重新生成草稿中的一节，保留以前的所有版本。SECTION 为节编号（如 work-03）或序号（如 （三））。"""
    from drafter.draft import regenerate_section

    _log_to_file(settings)
    store = _store(settings)
    draft = store.get_draft(draft_id)
    key = resolve_section(draft, section)
    labels = {key: draft.section(key).heading or draft.section(key).kind}
    events = regenerate_section(draft_id, key, settings=settings, store=store, instruction=instruction)
    _, failed = asyncio.run(_run_events(events, labels=labels, on_result=_print_result(store, labels)))
    current = store.get_draft(draft_id).section(key).current
    if current is not None and not failed:
        click.echo("")
        click.echo(current.text)
    sys.exit(1 if failed else 0)


@cli.command("resume")
@click.argument("draft_id")
@click.option("-o", "--output", default=None, help="完成后导出 .docx（也可以是 .md / .txt）")
@click.option("--md", "markdown", default=None, help="另外导出 Markdown 文件")
@click.pass_obj
@clerk_errors
def resume_command(settings, draft_id: str, output: str | None, markdown: str | None) -> None:
    """继续起草中断的草稿：只生成还没有正文的节，已完成的节保持不变。"""
    from drafter.draft import resume_draft

    _log_to_file(settings)
    store = _store(settings)
    labels = {s.key: s.heading or s.kind for s in store.get_draft(draft_id).sections}
    events = resume_draft(draft_id, settings=settings, store=store)
    _, failed = asyncio.run(_run_events(events, labels=labels, on_result=_print_result(store, labels)))
    errors = _export(store, settings, draft_id, [output, markdown])
    if failed:
        click.echo(f"有{failed}节生成失败，可再次运行 drafter resume {draft_id}，或用 drafter regen {draft_id} 节编号 单独重做。")
    sys.exit(1 if failed or errors else 0)


@cli.command("show")
@click.argument("draft_id")
@click.option("--versions", is_flag=True, help="列出每一节的全部版本")
@click.option("--text", "full_text", is_flag=True, help="输出报告全文")
@click.pass_obj
@clerk_errors
def show_command(settings, draft_id: str, versions: bool, full_text: bool) -> None:
    """查看草稿：各节状态、核验情况；--versions 列出版本，--text 输出全文。"""
    from drafter.draft import draft_summary, render_blocks
    from drafter.export import to_text

    store = _store(settings)
    draft = store.get_draft(draft_id)
    click.echo(f"草稿 {draft.id}：{draft.title}（{draft.skeleton}，创建于 {local_time(draft.created_at)}）")
    click.echo(draft_summary(draft))
    for s in sorted(draft.sections, key=lambda s: s.order):
        current = s.current
        problems = sum(1 for f in (current.findings if current else []) if f.get("severity") in ("error", "warning"))
        state = s.status + (f"（{s.reason}）" if s.reason and s.status == "失败" else "")
        size = f"第{current.no}版 {len(current.text)}字" if current else "无文本"
        check = "" if not current else ("　核验通过" if not problems else f"　{problems}处待核对")
        click.echo(f"  {s.key:<11}{_short(s.heading or s.kind)}　{state}　{size}{check}")
        if s.candidate_no:
            click.echo(f"      有候选版本第{s.candidate_no}版（生成期间本节已有人工修改，未替换），"
                       f"采用：drafter restore {draft_id} {s.key} {s.candidate_no}")
        if versions:
            for v in store.versions(draft_id, s.key):
                extra = "".join(x for x in (
                    f"　模型：{v.model}" if v.model else "",
                    f"　修改意见：{v.instruction}" if v.instruction else "",
                    f"　编辑：{v.author}" if v.author else "") if x)
                label = SOURCE_LABELS.get(v.source, v.source) + ("（候选）" if v.candidate else "")
                click.echo(f"      第{v.no}版　{label}　{v.backend or '人工'}"
                           f"　{local_time(v.created_at)}　{len(v.text)}字{extra}")
    if draft.interrupted:
        click.echo(f"本稿起草中断，{len(draft.interrupted)}节尚未生成：运行 drafter resume {draft_id} 继续生成。")
    if full_text:
        click.echo("")
        click.echo(to_text(render_blocks(draft, settings=settings)))




@cli.command("export")
@click.argument("draft_id")
@click.option("-o", "--output", required=True, help="导出文件：.docx / .md / .txt")
@click.pass_obj
@clerk_errors
def export_command(settings, draft_id: str, output: str) -> None:
    """把草稿导出为 .docx（GB/T 9704 版式）、Markdown 或纯文本。"""
    store = _store(settings)
    if _export(store, settings, draft_id, [output]):
        sys.exit(1)


@cli.group("drafts", invoke_without_command=True)
@click.pass_context
@clerk_errors
def drafts_command(ctx) -> None:
    """管理草稿：不带子命令时列出草稿（最新的在前）；rename / copy / delete / restore / trash。"""
    if ctx.invoked_subcommand is None:
        _list_drafts(ctx.obj)


def _list_drafts(settings, *, trash: bool = False) -> None:
    store = _store(settings)
    if trash:
        store.purge_trash()
    drafts = store.list_drafts(trash=trash)
    if not drafts:
        click.echo("回收站是空的。" if trash else "还没有草稿。用 drafter draft 事实材料.yaml 起草一份。")
        return
    for d in drafts:
        when = f"删除于 {local_time(d.deleted_at)}" if trash else local_time(d.updated_at)
        click.echo(f"{d.id}　{when}　{d.skeleton}　{d.backend}　{d.title}")


@drafts_command.command("list")
@click.pass_obj
@clerk_errors
def drafts_list_command(settings) -> None:
    """列出草稿（最新的在前）。"""
    _list_drafts(settings)


@drafts_command.command("rename")
@click.argument("draft_id")
@click.argument("title")
@click.pass_obj
@clerk_errors
def drafts_rename_command(settings, draft_id: str, title: str) -> None:
    """给草稿改名（只改名称，不改正文）。"""
    click.echo(f"已将草稿 {draft_id} 重命名为“{_store(settings).rename_draft(draft_id, title)}”。")


@drafts_command.command("copy")
@click.argument("draft_id")
@click.option("--title", default=None, help="副本的名称，默认在原名称后加“（副本）”")
@click.pass_obj
@clerk_errors
def drafts_copy_command(settings, draft_id: str, title: str | None) -> None:
    """复制草稿（连同各节的全部版本），例如以上一年度的报告为底稿。"""
    store = _store(settings)
    new_id = store.copy_draft(draft_id, title=title)
    click.echo(f"已复制为新草稿 {new_id}：{store.get_draft(new_id).title}")


@drafts_command.command("delete")
@click.argument("draft_id")
@click.option("-y", "--yes", is_flag=True, help="不再询问，直接删除")
@click.pass_obj
@clerk_errors
def drafts_delete_command(settings, draft_id: str, yes: bool) -> None:
    """把草稿移入回收站（保留30天，期间可用 drafter drafts restore 恢复）。"""
    from drafter.store import TRASH_DAYS

    store = _store(settings)
    title = store.get_draft(draft_id).title
    if not yes and not click.confirm(f"确定删除“{title}”（{draft_id}）吗？", default=False):
        click.echo("已取消。")
        return
    store.delete_draft(draft_id)
    click.echo(f"已将“{title}”移入回收站，{TRASH_DAYS}天内可用 drafter drafts restore {draft_id} 恢复。")


@drafts_command.command("restore")
@click.argument("draft_id")
@click.pass_obj
@clerk_errors
def drafts_restore_command(settings, draft_id: str) -> None:
    """从回收站恢复草稿。"""
    store = _store(settings)
    store.restore_draft(draft_id)
    click.echo(f"已恢复草稿 {draft_id}：{store.get_draft(draft_id).title}")


@drafts_command.command("trash")
@click.pass_obj
@clerk_errors
def drafts_trash_command(settings) -> None:
    """列出回收站中的草稿（删除超过30天的会被永久删除）。"""
    _list_drafts(settings, trash=True)


@cli.command("diff")
@click.argument("draft_id")
@click.argument("section")
@click.argument("old", type=int)
@click.argument("new", type=int)
@click.pass_obj
@clerk_errors
def diff_command(settings, draft_id: str, section: str, old: int, new: int) -> None:
    """按句比较一节的两个版本（－ 删除，＋ 新增）。"""
    from drafter.draft import diff_versions
    from drafter.draft._edit import format_diff

    store = _store(settings)
    key = resolve_section(store.get_draft(draft_id), section)
    click.echo(format_diff(diff_versions(store, draft_id, key, old, new)))


@cli.command("restore")
@click.argument("draft_id")
@click.argument("section")
@click.argument("no", type=int)
@click.pass_obj
@clerk_errors
def restore_command(settings, draft_id: str, section: str, no: int) -> None:
    """把一节恢复到某个版本（作为新版本追加，原有版本都保留）。"""
    from drafter.draft import restore_version

    store = _store(settings)
    key = resolve_section(store.get_draft(draft_id), section)
    version = restore_version(store, draft_id, key, no)
    click.echo(f"已将 {key} 恢复为第{no}版的内容（新版本：第{version.no}版）。")
