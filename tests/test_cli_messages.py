"""What a clerk sees when a command is typed wrong: Chinese, the argument named, exit code 2.

These run the real entry point (``python -m drafter``) because the translation of click's
usage errors happens in ``drafter.cli.main``, which CliRunner-based tests do not go through.
"""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("args, expected", [
    (["draft", "不存在的材料.yaml"], "参数 'FACTS' 有误：找不到文件“不存在的材料.yaml”（运行 drafter draft --help 查看用法）"),
    (["draft"], "缺少参数 'FACTS'（运行 drafter draft --help 查看用法）"),
    (["search", "行政复议", "--kind", "工作"], "参数 '--kind' 有误：“工作”不是可选值，可选：导语、第一责任人履职、"),
    (["draft", "x.yaml", "--bogus"], "没有选项 --bogus"),
    (["nosuch"], "没有命令“nosuch”（运行 drafter --help 查看用法）"),
])
def test_usage_errors_are_explained_in_chinese(args, expected, home):
    result = subprocess.run([sys.executable, "-m", "drafter", *args], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 2
    assert result.stderr.startswith("错误：") and expected in result.stderr, result.stderr
    assert "Error" not in result.stderr and "Traceback" not in result.stderr
