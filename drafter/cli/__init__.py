"""The ``drafter`` command: parses, calls the library, prints. No business logic here.

Each area registers its commands from its own module (``_corpus``, ``_numbers``, ``_draft``,
``_ui``) so the command surface reads like the library's.
"""

from __future__ import annotations

import functools
import sys

import click

from drafter.cli import _zh
from drafter.config import ConfigError, load_settings

_zh.install()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
              help="配置文件（TOML），默认读取当前目录下的 drafter.toml")
@click.option("--home", default=None, help="数据目录（索引、草稿库），默认 ./.drafter")
@click.pass_context
def cli(ctx: click.Context, config_file: str | None, home: str | None) -> None:
    """drafter：法治政府建设年度报告起草与核验工具。"""
    from pathlib import Path

    try:
        ctx.obj = load_settings(Path(config_file) if config_file else None, home=home)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc


def clerk_errors(func):
    """Turn the library's own errors (already in Chinese) into a clean message and exit code 2."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        from drafter.corpus import CorpusError
        from drafter.draft import DraftError
        from drafter.facts import FactsError
        from drafter.llm import LLMError
        from drafter.store import StoreError

        try:
            return func(*args, **kwargs)
        except (CorpusError, DraftError, FactsError, LLMError, StoreError, ConfigError) as exc:
            click.echo(f"错误：{exc}", err=True)
            sys.exit(2)

    return wrapper


class ExistingFile(click.Path):
    """A file that must exist, with the complaint in Chinese (click's own is English)."""

    def __init__(self):
        super().__init__(dir_okay=False)

    def convert(self, value, param, ctx):
        from pathlib import Path

        path = Path(value)
        if not path.exists():
            self.fail(f"找不到文件“{value}”", param, ctx)
        if path.is_dir():
            self.fail(f"“{value}”是文件夹，请给出文件", param, ctx)
        return super().convert(value, param, ctx)


class Choice(click.Choice):
    """click.Choice that names the allowed values in Chinese."""

    def convert(self, value, param, ctx):
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter:
            self.fail(f"“{value}”不是可选值，可选：{'、'.join(map(str, self.choices))}", param, ctx)


def _usage_message(exc: click.UsageError) -> str:
    where = f"（运行 {exc.ctx.command_path} --help 查看用法）" if exc.ctx else ""
    if isinstance(exc, click.MissingParameter) and exc.param is not None:
        return f"缺少参数 {exc.param.get_error_hint(exc.ctx)}{where}"
    if isinstance(exc, click.NoSuchOption):
        return f"没有选项 {exc.option_name}{where}"
    if isinstance(exc, click.exceptions.NoSuchCommand):
        return f"没有命令“{exc.command_name}”{where}"
    if isinstance(exc, click.BadParameter) and exc.param is not None:
        return f"参数 {exc.param.get_error_hint(exc.ctx)} 有误：{exc.message}{where}"
    return f"命令用法有误：{exc.format_message()}{where}"


def main() -> None:
    from drafter.cli import _corpus, _draft, _facts, _harvest, _numbers, _ui  # noqa: F401  (register commands)

    try:
        cli.main(prog_name="drafter", standalone_mode=False)
    except click.UsageError as exc:
        click.echo(f"错误：{_usage_message(exc)}", err=True)
        sys.exit(2)
    except click.ClickException as exc:
        click.echo(f"错误：{exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("已取消。", err=True)
        sys.exit(1)
