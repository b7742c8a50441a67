"""`drafter ui` starts with Chinese lines only, and click's own help words are Chinese."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from click.testing import CliRunner

from drafter.cli import _ui  # noqa: F401  (registers the command)
from drafter.cli import cli

REPO = Path(__file__).resolve().parent.parent
ENGLISH_WORDS = re.compile(r"[A-Za-z]{3,}")
ALLOWED = {"http", "Ctrl", "drafter"}    # the address, the key to press, the command's own name


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _english(line: str) -> list[str]:
    line = re.sub(r"https?://\S+", "http", line)
    return [w for w in ENGLISH_WORDS.findall(line) if w not in ALLOWED]


def test_ui_start_and_stop_print_only_chinese(tmp_path):
    port = _free_port()
    env = {**os.environ, "DRAFTER_HOME": str(tmp_path / "home"), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "drafter", "ui", "--port", str(port)], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        first = proc.stdout.readline()
        second = proc.stdout.readline()
        assert first.strip() == f"已启动：http://127.0.0.1:{port}/", first
        assert "按 Ctrl+C 停止" in second, second
        deadline = time.monotonic() + 30
        while True:       # the first page load must not print server log lines either
            try:
                assert urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5).status == 200
                break
            except OSError:
                assert time.monotonic() < deadline
                time.sleep(0.3)
        proc.send_signal(signal.SIGINT)
        rest, _ = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    lines = [first, second] + rest.splitlines()
    assert "已停止。" in rest, rest
    for line in lines:
        assert not _english(line), f"English reached the clerk's terminal: {line!r}"


def test_help_has_no_click_english():
    for args in (["--help"], ["ui", "--help"]):
        out = CliRunner().invoke(cli, args).output
        assert "用法：" in out and "选项" in out and "显示本帮助并退出。" in out, out
        for english in ("Usage:", "Options:", "Show this message and exit.", "default:"):
            assert english not in out, out


def test_sigint_stops_the_ui_even_when_its_parent_ignored_sigint():
    # a background job of a non-interactive shell starts with SIGINT ignored, and Python then
    # raises no KeyboardInterrupt: two fresh-clone CI runs of round 26 hung the test above so
    code = (
        "import os, signal, threading\n"
        "signal.signal(signal.SIGINT, signal.SIG_IGN)\n"
        "from drafter.cli import _ui\n"
        "class App:\n"
        "    def close(self):\n"
        "        print('Closing server running on port 7860')\n"
        "threading.Timer(0.5, lambda: os.kill(os.getpid(), signal.SIGINT)).start()\n"
        "_ui._serve_until_interrupted(App())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30, cwd=REPO)
    assert done.stdout == "已停止。\n", done.stdout + done.stderr
    assert done.returncode == 0
