"""A drafting process killed part-way (kill -9): the draft reads 中断 and `drafter resume`
drafts only the sections that are missing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from click.testing import CliRunner
from fixtures_draft import SIX_SECTION_FACTS, model_reply
from fixtures_llm import Reply

from drafter.cli import cli
from drafter.cli import _draft  # noqa: F401  (registers the commands)
from drafter.store import Store


def _wait_for(condition, timeout: float = 60.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("timed out")


def _one_quick_then_stall():
    """The first request is answered at once, every later one hangs (a slow model)."""
    lock, served = threading.Lock(), []

    def reply(body):
        with lock:
            served.append(1)
            first = len(served) == 1
        return model_reply(body) if first else Reply(text=model_reply(body), stall_after=1)
    return reply


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9")
def test_a_killed_draft_reads_interrupted_and_resume_drafts_only_the_missing(home, tmp_path, llm_server):
    facts = tmp_path / "facts.json"
    facts.write_text(json.dumps(SIX_SECTION_FACTS, ensure_ascii=False), encoding="utf-8")
    llm_server.default = _one_quick_then_stall()
    env = {**os.environ, "DRAFTER_HOME": str(home), "DRAFTER_BASE_URL": llm_server.base_url,
           "DRAFTER_API_KEY": "k", "DRAFTER_MODEL": "test-model", "DRAFTER_MAX_RETRIES": "0"}
    process = subprocess.Popen([sys.executable, "-m", "drafter", "draft", str(facts)], cwd=tmp_path, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        store = _wait_for(lambda: (home / "drafter.sqlite3").exists() and Store(home / "drafter.sqlite3"))
        draft_id = _wait_for(lambda: next((d.id for d in store.list_drafts()), None))
        _wait_for(lambda: sum(s.current is not None for s in store.get_draft(draft_id).sections) == 1
                  and len(llm_server.requests) >= 3)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    draft = store.get_draft(draft_id)
    done = [s.key for s in draft.sections if s.current is not None]
    assert len(done) == 1 and len(draft.sections) == 6
    assert [s.status for s in draft.sections if s.current is None] == ["中断"] * 5
    assert not draft.running

    shown = CliRunner().invoke(cli, ["show", draft_id], catch_exceptions=False)
    assert "中断5节" in shown.output and f"drafter resume {draft_id}" in shown.output, shown.output
    assert "排队" not in shown.output

    llm_server.default = model_reply
    before = len(llm_server.requests)
    resumed = CliRunner().invoke(cli, ["resume", draft_id, "--md", str(tmp_path / "r.md")],
                                 env={"DRAFTER_BASE_URL": llm_server.base_url, "DRAFTER_API_KEY": "k",
                                      "DRAFTER_MODEL": "test-model"}, catch_exceptions=False)
    assert resumed.exit_code == 0, resumed.output
    assert len(llm_server.requests) - before == 5          # only the missing sections were drafted
    draft = store.get_draft(draft_id)
    assert all(s.status == "完成" and s.current is not None for s in draft.sections)
    assert store.versions(draft_id, done[0])[-1].no == 1   # the finished section was left alone
    assert "完成6节，失败0节" in resumed.output and "中断" not in resumed.output.split("核验小结")[-1]
    assert (tmp_path / "r.md").exists()


def test_a_cancelled_run_leaves_interrupted_sections_not_queued(settings, llm_server, six_facts):
    """A run stopped from inside (the UI's task cancelled) ends its unfinished sections as 中断."""
    import asyncio

    from drafter.draft import draft_report

    llm_server.default = _one_quick_then_stall()
    llm_server.allow_unused()
    llm_settings = settings.with_overrides(base_url=llm_server.base_url, api_key="k", model="test-model",
                                           max_retries=0, timeout=30)
    store = Store(settings.db_path)

    async def run_until_one_done():
        ids = []
        events = draft_report(six_facts, settings=llm_settings, store=store)
        async for event in events:
            ids.append(event.draft_id)
            if event.status == "完成" and event.section_key:
                break
        await events.aclose()
        return ids[0]

    draft_id = asyncio.run(run_until_one_done())
    draft = store.get_draft(draft_id)
    assert sorted(s.status for s in draft.sections).count("中断") + \
        sum(s.status == "失败" for s in draft.sections) == 5
    assert not any(s.status == "排队" for s in draft.sections)
