"""Shared test fixtures: a sealed network, a throwaway data folder, the sample corpus.

Any connection to an address outside the loopback range is refused *and* fails the test
at teardown, even if the code under test swallowed the error: a test must never depend
on, or quietly try, the network.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from pathlib import Path

import pytest

# Each area keeps its fixtures in its own module; conftest only registers them.
pytest_plugins = ["fixtures_index", "fixtures_llm", "fixtures_draft", "fixtures_llamacpp"]

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "corpus"
EXAMPLES = REPO / "examples"

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
for _var in ("DRAFTER_BASE_URL", "DRAFTER_API_KEY", "DRAFTER_MODEL", "DRAFTER_CHROMA_URL",
             "DRAFTER_CHROMA_HOST", "DRAFTER_CONFIG", "OPENAI_API_KEY", "OPENAI_BASE_URL"):
    os.environ.pop(_var, None)


def _is_local(address) -> bool:
    if not isinstance(address, tuple):
        return True  # AF_UNIX paths and the like
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


class NetworkGuard:
    def __init__(self):
        self.blocked: list[str] = []
        self._connect = socket.socket.connect
        self._connect_ex = socket.socket.connect_ex

    def install(self):
        guard = self

        def connect(sock, address):
            if not _is_local(address):
                guard.blocked.append(repr(address))
                raise ConnectionRefusedError(f"测试中禁止访问外部网络：{address!r}")
            return guard._connect(sock, address)

        def connect_ex(sock, address):
            if not _is_local(address):
                guard.blocked.append(repr(address))
                return 111
            return guard._connect_ex(sock, address)

        socket.socket.connect = connect
        socket.socket.connect_ex = connect_ex

    def uninstall(self):
        socket.socket.connect = self._connect
        socket.socket.connect_ex = self._connect_ex


_GUARD = NetworkGuard()
_GUARD.install()


@pytest.fixture(autouse=True)
def no_external_network():
    """Fails the test if it (or anything it started) tried to reach a non-loopback address."""
    before = len(_GUARD.blocked)
    yield
    tried = _GUARD.blocked[before:]
    assert not tried, f"test tried to reach the network: {tried}"


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A fresh DRAFTER_HOME for one test."""
    path = tmp_path / "home"
    monkeypatch.setenv("DRAFTER_HOME", str(path))
    monkeypatch.chdir(tmp_path)
    return path


@pytest.fixture
def settings(home):
    from drafter.config import load_settings

    return load_settings()
