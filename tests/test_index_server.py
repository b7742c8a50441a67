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


def test_a_second_machine_searches_what_the_first_indexed(chroma_server, tmp_path, monkeypatch):
    """Two DRAFTER_HOMEs on one Chroma server: the second has neither the corpus nor the vectors,
    and after ``drafter index --rebuild-lexical`` finds exactly what the first finds."""
    from click.testing import CliRunner

    from drafter.cli import _corpus  # noqa: F401  (registers the commands)
    from drafter.cli import cli

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("gbk_report.txt", "traditional_report.txt"):
        shutil.copy(INPUTS / name, corpus / name)
    monkeypatch.setenv("DRAFTER_CHROMA_URL", chroma_server)
    monkeypatch.setenv("DRAFTER_HOME", str(tmp_path / "first"))
    first = Index(load_settings())
    assert first.update([corpus]).added
    monkeypatch.setenv("DRAFTER_HOME", str(tmp_path / "second"))
    second = Index(load_settings())
    assert second.documents() == [] and second.search("行政复议", k=3) == []    # nothing local yet
    shutil.rmtree(corpus)                                       # the second machine has no corpus

    result = CliRunner().invoke(cli, ["index", "--rebuild-lexical"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "2 份文件" in result.output and "Chroma 服务器" in result.output

    second = Index(load_settings())
    assert second.documents() == first.documents()
    assert [(r.chunk_id, r.heading_path, r.kind, r.topics, r.text, r.embed_text) for r in second.state.chunk_rows()] \
        == [(r.chunk_id, r.heading_path, r.kind, r.topics, r.text, r.embed_text) for r in first.state.chunk_rows()]
    for query, mode in (("行政复议", "hybrid"), ("行政复议", "bm25"), ("依法行政 规范性文件", "hybrid")):
        mine, theirs = second.search(query, k=5, mode=mode), first.search(query, k=5, mode=mode)
        assert mine and [e.chunk_id for e in mine] == [e.chunk_id for e in theirs]
        assert [e.text for e in mine] == [e.text for e in theirs]
