"""``drafter index``, ``drafter corpus`` and ``drafter search``: thin wrappers over drafter.index."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from drafter.cli import Choice, clerk_errors, cli
from drafter.corpus import GENRES, SECTION_KINDS


def _default_paths() -> list[Path]:
    corpus = Path.cwd() / "corpus"
    if not corpus.is_dir():
        raise click.UsageError("请指定要索引的文件或目录（当前目录下没有 corpus/ 目录）")
    return [corpus]


@cli.command("index")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--rebuild-lexical", is_flag=True,
              help="不读语料，按向量库（Chroma 服务器）中的记录重建本机的文件清单和 BM25 关键词索引")
@click.pass_obj
@clerk_errors
def index_command(settings, paths: tuple[Path, ...], rebuild_lexical: bool) -> None:
    """建立或更新范文索引（默认索引当前目录下的 corpus/；未改动的文件自动跳过）。"""
    from drafter.index import Index

    if rebuild_lexical:
        if paths:
            raise click.UsageError("--rebuild-lexical 不读语料目录，请不要同时指定文件或目录")
        files, chunks = Index(settings).rebuild_lexical()
        where = "Chroma 服务器" if settings.uses_chroma_server else "本机向量库"
        click.echo(f"已按{where}中的记录重建本机的文件清单和 BM25：{files} 份文件，{chunks} 段；未计算向量。")
        return
    with ProgressLine() as progress:
        report = Index(settings).update(list(paths) or _default_paths(), progress=progress)
    click.echo(f"新增 {len(report.added)} 份，更新 {len(report.updated)} 份，删除 {len(report.removed)} 份，"
               f"未变 {len(report.skipped)} 份，失败 {len(report.errors)} 份；"
               f"本次计算向量 {report.chunks_embedded} 段。")
    for message in report.errors:
        click.echo(f"  失败：{message}", err=True)


class ProgressLine:
    """A tqdm-style line on stderr while chunks are embedded: counts, rate and time left.

    On a terminal the line is redrawn in place a few times a second; in a log (not a
    terminal) a full line is written at most every 15 seconds, so a long build is never silent."""

    def __init__(self, stream=None, *, redraw: float = 0.25, log_every: float = 15.0):
        self.stream = stream or sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.every = redraw if self.tty else log_every
        self.last = float("-inf")
        self.shown = False
        self.latest = None

    def __enter__(self) -> "ProgressLine":
        return self

    def __exit__(self, *exc) -> None:
        if self.latest is not None and (self.shown or self.latest.elapsed >= 1):
            self._write(self.latest)     # the final count, always on its own line
            if self.tty:
                self.stream.write("\n")
            self.stream.flush()

    def __call__(self, progress) -> None:
        self.latest = progress
        now = time.monotonic()
        if now - self.last >= self.every and progress.done < progress.total:
            self.last = now
            self._write(progress)

    def _write(self, progress) -> None:
        self.shown = True
        self.stream.write(("\r\033[K" if self.tty else "") + describe_progress(progress)
                          + ("" if self.tty else "\n"))
        self.stream.flush()


def describe_progress(progress) -> str:
    """索引进度 120/562 段（21%）｜第 1/3 份 ｜ 9.3 段/秒 ｜ 已用 13 秒，预计还需 48 秒"""
    share = 100 * progress.done / progress.total if progress.total else 100
    eta = progress.eta
    left = "即将完成" if progress.done >= progress.total else (
        f"预计还需 {_duration(eta)}" if eta is not None else "正在估算剩余时间")
    return (f"索引进度 {progress.done}/{progress.total} 段（{share:.0f}%）｜"
            f"第 {min(progress.files_done + 1, progress.files_total)}/{progress.files_total} 份 ｜"
            f"{progress.rate:.1f} 段/秒 ｜已用 {_duration(progress.elapsed)}，{left}")


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} 秒"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} 分 {seconds:02d} 秒"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} 小时 {minutes:02d} 分"


@cli.command("corpus")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出")
@click.pass_obj
@clerk_errors
def corpus_command(settings, as_json: bool) -> None:
    """列出已索引的文件：标题、发文机关、年度、文种、节数、段数。"""
    from drafter.index import Index

    documents = Index(settings).documents()
    if as_json:
        click.echo(json.dumps(documents, ensure_ascii=False, indent=2))
        return
    if not documents:
        click.echo("索引中还没有文件，请先运行 drafter index。")
        return
    for doc in documents:
        click.echo(f"{doc['doc']}\t{doc['year'] or '年度不明'}\t{doc['genre']}\t{doc['body'] or '机关不明'}\t"
                   f"{doc['sections']} 节 / {doc['chunks']} 段\t{doc['title']}")
    click.echo(f"共 {len(documents)} 份文件。")


@cli.command("search")
@click.argument("query")
@click.option("--kind", type=Choice(SECTION_KINDS), default=None, help="只看某一类章节")
@click.option("--topic", default=None, help="只看某一主题（如 行政复议、普法）")
@click.option("--genre", type=Choice(GENRES), default=None, help="只看某一文种")
@click.option("--years", default=None, help="年度范围，如 2015-2020")
@click.option("-k", "k", default=5, show_default=True, help="返回条数")
@click.option("--per-doc", default=2, show_default=True, help="每份报告最多几条（0 表示不限）")
@click.option("--all-genres", is_flag=True, help="也包括实施方案等非报告文件")
@click.option("--mode", type=Choice(["hybrid", "dense", "bm25"]), default="hybrid", hidden=True)
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出")
@click.pass_obj
@clerk_errors
def search_command(settings, query: str, kind, topic, genre, years, k: int, per_doc: int,
                   all_genres: bool, mode: str, as_json: bool) -> None:
    """检索往年报告中的范文段落。"""
    from drafter.index import Index

    exemplars = Index(settings).search(
        query, kind=kind, topic=topic, genre=genre, years=_year_range(years), k=k,
        per_doc=per_doc or None, include_non_reports=all_genres, mode=mode)
    if as_json:
        click.echo(json.dumps([e.to_dict() for e in exemplars], ensure_ascii=False, indent=2))
        return
    if not exemplars:
        click.echo("没有找到符合条件的范文。可以放宽 --kind/--topic 条件，或先运行 drafter index。")
        return
    for number, e in enumerate(exemplars, start=1):
        click.echo(f"【{number}】{e.title}（{e.year or '年度不明'}，{e.genre}）  {e.kind}  相关度 {e.score:.3f}")
        click.echo(f"    {' > '.join(e.heading_path) or '（无标题段落）'}")
        click.echo(f"    {e.text}\n")


def _year_range(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    parts = text.replace("—", "-").replace("–", "-").split("-")
    try:
        low, high = (int(parts[0]), int(parts[-1]))
    except ValueError as exc:
        raise click.BadParameter(f"年度范围“{text}”无法识别，应形如 2015-2020", param_hint="--years") from exc
    return (min(low, high), max(low, high))
