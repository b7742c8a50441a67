"""The ``drafter`` command: parses, calls the library, prints. No business logic here.

Each area registers its commands from its own module (``_corpus``, ``_numbers``, ``_draft``,
``_ui``) so the command surface reads like the library's.
"""

from __future__ import annotations

import functools
import sys

import click

from drafter.config import ConfigError, load_settings


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
        from drafter.facts import FactsError
        from drafter.llm import LLMError
        from drafter.store import StoreError

        try:
            return func(*args, **kwargs)
        except (CorpusError, FactsError, LLMError, StoreError, ConfigError) as exc:
            click.echo(f"错误：{exc}", err=True)
            sys.exit(2)

    return wrapper


def main() -> None:
    from drafter.cli import _corpus, _draft, _facts, _numbers, _ui  # noqa: F401  (register commands)

    cli(prog_name="drafter")
