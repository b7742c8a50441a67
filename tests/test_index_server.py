"""The same index code against a real Chroma server: how a department outgrows one machine.

A ``chroma run`` subprocess (the CLI that ships with the chromadb package) listens on a free
loopback port; ``DRAFTER_CHROMA_URL`` points drafter at it. Vectors must land on the server,
not in the local data folder, and search must work through it.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from drafter.config import load_settings
from drafter.index import Index

INPUTS = Path(__file__).resolve().parent / "data" / "corpus"
CHROMA = Path(sys.executable).with_name("chroma")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path):
    if not CHROMA.exists():
        pytest.fail(f"the chromadb package should ship its server CLI at {CHROMA}")
    port = _free_port()
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
    proc = subprocess.Popen([str(CHROMA), "run", "--path", str(tmp_path / "server-data"),
                             "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("chroma run did not start")
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_index_and_search_through_a_chroma_server(chroma_server, home, monkeypatch):
    corpus = home.parent / "corpus"
    corpus.mkdir()
    for name in ("gbk_report.txt", "traditional_report.txt"):
        shutil.copy(INPUTS / name, corpus / name)
    monkeypatch.setenv("DRAFTER_CHROMA_URL", chroma_server)
    settings = load_settings()
    assert settings.uses_chroma_server

    report = Index(settings).update([corpus])
    assert sorted(report.added) == ["gbk_report.txt", "traditional_report.txt"] and not report.errors
    assert report.chunks_embedded > 0

    import chromadb

    host, port = chroma_server.removeprefix("http://").split(":")
    remote = chromadb.HttpClient(host=host, port=int(port)).get_collection("drafter_exemplars")
    assert remote.count() >= report.chunks_embedded            # the vectors live on the server
    assert not (settings.index_dir / "chroma").exists()         # and not in the local folder

    found = Index(settings).search("行政复议", k=3)
    assert found and {e.doc for e in found} <= {"gbk_report.txt", "traditional_report.txt"}
    assert "复议" in found[0].text or "復議" in found[0].text
