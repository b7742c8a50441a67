"""The web UI's side of the reliability fixes: 继续生成 for an interrupted draft, and a
regeneration that lost the race to an edit is announced as a candidate."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess

from fixtures_draft import SIX_SECTION_FACTS, model_reply
from fixtures_llm import Reply

from drafter.facts import facts_from_dict
from drafter.store import Store
from drafter.store._store import run_token
from drafter.ui import _events as ev


def _collect(agen) -> list:
    async def run():
        return [item async for item in agen]
    return asyncio.run(run())


def test_resume_updates_drafts_only_the_missing_sections(settings, llm_server):
    from drafter.draft import draft_report

    llm_settings = settings.with_overrides(base_url=llm_server.base_url, api_key="k", model="test-model",
                                           max_retries=0, timeout=10)
    store = Store(settings.db_path)
    # a run that wrote two sections and then died (its process is gone)
    llm_server.default = lambda body: (model_reply(body) if len(llm_server.requests) <= 2
                                       else Reply(status=401))
    events = _collect(draft_report(facts_from_dict(SIX_SECTION_FACTS), settings=llm_settings, store=store))
    draft_id = events[0].draft_id
    dead = subprocess.Popen(["true"])
    dead.wait()
    conn = sqlite3.connect(store.path)
    with conn:
        conn.execute("UPDATE drafts SET run_owner = ? WHERE id = ?", (run_token(dead.pid), draft_id))
        conn.execute("UPDATE sections SET status = '排队', reason = NULL WHERE draft_id = ? AND status = '失败'",
                     (draft_id,))
    conn.close()
    draft = store.get_draft(draft_id)
    missing = [s.key for s in draft.sections if s.current is None]
    assert len(missing) == 4 and {s.status for s in draft.sections if s.current is None} == {"中断"}
    opened = ev.stored_progress(draft)
    assert opened.finished                              # nothing is running: not shown as in progress

    llm_server.default = model_reply
    before = len(llm_server.requests)
    snaps = _collect(ev.resume_updates(store, draft_id, settings=llm_settings, min_interval=0))
    final = snaps[-1]
    assert final.finished and not final.failed and final.done == final.total == 6
    assert len(llm_server.requests) - before == 4
    assert all(s.current is not None for s in store.get_draft(draft_id).sections)


def test_a_regeneration_overtaken_by_an_edit_is_announced_as_a_candidate(settings, llm_server):
    from drafter.draft import draft_report

    llm_settings = settings.with_overrides(base_url=llm_server.base_url, api_key="k", model="test-model",
                                           max_retries=0, timeout=10)
    store = Store(settings.db_path)
    llm_server.default = model_reply
    events = _collect(draft_report(facts_from_dict(SIX_SECTION_FACTS), settings=llm_settings, store=store))
    draft_id = events[0].draft_id
    key = "work-01"
    base = store.get_draft(draft_id).section(key).current
    llm_server.default = lambda body: Reply(text=model_reply(body), token_delay=0.02)

    async def regen_with_an_edit_in_between():
        views, edited = [], False
        async for view in ev.regenerate_updates(store, draft_id, key, settings=llm_settings, min_interval=0):
            views.append(view)
            if not edited and view.text:
                edited = True
                ev.save_section(store, draft_id, key, base.text + "（人工补充）", base_no=base.no,
                                settings=llm_settings)
        return views

    views = asyncio.run(regen_with_an_edit_in_between())
    final = views[-1]
    assert final.text.endswith("（人工补充）") and final.current_no == 2
    assert "候选" in final.message and "第3版" in final.message
    assert any("候选" in str(row[1]) for row in final.versions)


def test_export_in_the_ui_names_unresolved_errors(settings, tmp_path):
    from drafter.draft import draft_report, save_edit

    store = Store(settings.db_path)
    events = _collect(draft_report(facts_from_dict(SIX_SECTION_FACTS), settings=settings, store=store))
    draft_id = events[0].draft_id
    current = store.get_draft(draft_id).section("work-01").current
    assert "37件" in current.text
    path, message = ev.export_file(store, draft_id, "docx", out_dir=tmp_path)
    assert path and "错误" not in message
    save_edit(store, draft_id, "work-01", current.text.replace("37件", "38件"), base_no=current.no)
    path, message = ev.export_file(store, draft_id, "docx", out_dir=tmp_path / "again")
    assert path is not None and "1处数字核验错误" in message


def test_export_buttons_show_the_count_of_unresolved_errors(settings):
    from drafter.draft import draft_report, save_edit

    store = Store(settings.db_path)
    events = _collect(draft_report(facts_from_dict(SIX_SECTION_FACTS), settings=settings, store=store))
    draft_id = events[0].draft_id
    assert ev.export_labels(store, draft_id) == ev.EXPORT_LABELS
    current = store.get_draft(draft_id).section("work-01").current
    save_edit(store, draft_id, "work-01", current.text.replace("37件", "38件"), base_no=current.no)
    docx_label, md_label = ev.export_labels(store, draft_id)
    assert "1处错误待核对" in docx_label and "1处错误待核对" in md_label
    assert ev.export_labels(store, draft_id, owner="someone-else") == ev.EXPORT_LABELS   # not theirs: nothing said


def test_the_app_builds_with_the_new_controls(settings):
    from drafter.ui import build_app

    app = build_app(settings)
    ids = {getattr(block, "elem_id", None) for block in app.blocks.values()}
    assert {"resume-btn", "export-docx", "tab-export"} <= ids
