"""Click's own help words in Chinese (Usage:, Options:, Show this message and exit. ...).

Click marks these strings for gettext and looks them up through a module-level ``_`` in
``click.core``, ``click.formatting`` and ``click.decorators``; there is no public hook short
of shipping a compiled .mo catalogue, so each of those names is pointed at a small table
here. Strings not in the table pass through unchanged, so a click upgrade that adds words
shows them in English rather than breaking.
"""

from __future__ import annotations

import click.core
import click.decorators
import click.formatting

CLICK_WORDS = {
    "Usage:": "用法：",
    "Options": "选项",
    "Commands": "命令",
    "Positional arguments": "参数",
    "Show this message and exit.": "显示本帮助并退出。",
    "Show the version and exit.": "显示版本号并退出。",
    "default: {default}": "默认：{default}",
    "env var: {var}": "环境变量：{var}",
    "(dynamic)": "（动态）",
    "deprecated": "已停用",
}


def chinese(message: str) -> str:
    return CLICK_WORDS.get(message, message)


def install() -> None:
    for module in (click.core, click.formatting, click.decorators):
        module._ = chinese
