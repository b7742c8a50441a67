"""我的草稿 as files (new, rename, copy, delete to the 回收站, restore), generating again on an open
draft, exports served only to their owner, and another user's draft id answered cleanly."""

from __future__ import annotations

import asyncio

import pytest

from drafter.draft import draft_report
from drafter.store import Store


def _collect(agen) -> list:
    async def run():
        return [item async for item in agen]
    return asyncio.run(run())


def test_generating_again_on_an_open_draft_adds_versions_and_keeps_an_edit(settings, example_facts):
    facts = example_facts
    store = Store(settings.db_path)
    events = _collect(draft_report(facts, settings=settings, store=store, owner="alice"))
    draft_id = events[0].draft_id
    first = store.get_draft(draft_id)
    assert first.title == f"{facts.org}{facts.year}年法治政府建设年度报告（初稿）"
    edited = first.sections[0].key
    store.add_version(draft_id, edited, "人工改写的一段。", source="edited", base_no=1, author="alice")

    again = _collect(draft_report(facts, settings=settings, store=store, owner="alice", draft_id=draft_id))
    assert {e.draft_id for e in again} == {draft_id}
    assert [d.id for d in store.list_drafts(owner="alice")] == [draft_id]     # no second draft
    draft = store.get_draft(draft_id)
    for s in draft.sections:
        if s.key == edited:
            assert s.current.text == "人工改写的一段。" and s.candidate_no == 3 and s.status == "完成"
        else:
            assert s.current.no == 2 and s.versions_count == 2 and s.status == "完成"


def test_generating_on_another_users_draft_is_refused(settings, example_facts):
    facts = example_facts
    from drafter.store import NotFound

    store = Store(settings.db_path)
    draft_id = _collect(draft_report(facts, settings=settings, store=store, owner="alice"))[0].draft_id
    with pytest.raises(NotFound):
        _collect(draft_report(facts, settings=settings, store=store, owner="bob", draft_id=draft_id))
    assert store.get_draft(draft_id).sections[0].versions_count == 1


def test_file_actions_answer_in_chinese_and_respect_the_owner(settings, example_facts):
    from drafter.ui import _drafts_page as files

    store = Store(settings.db_path)
    draft_id = _collect(draft_report(example_facts, settings=settings, store=store, owner="alice"))[0].draft_id
    for action in (lambda: files.rename(store, draft_id, "改名", owner="bob"),
                   lambda: files.copy(store, draft_id, owner="bob"),
                   lambda: files.delete(store, draft_id, owner="bob")):
        done = action()
        assert not done.ok and done.message == files.NOT_FOUND
    assert not files.rename(store, "", "改名", owner="alice").ok
    assert "不能为空" in files.rename(store, draft_id, " ", owner="alice").message

    assert files.rename(store, draft_id, "东城区2023年报告（定稿）", owner="alice").ok
    copied = files.copy(store, draft_id, owner="alice")
    assert copied.ok and copied.title == "东城区2023年报告（定稿）（副本）" and copied.draft_id != draft_id
    deleted = files.delete(store, draft_id, owner="alice")
    assert deleted.ok and "回收站" in deleted.message
    rows, choices = files.trash(store, owner="alice")
    assert [r[0] for r in rows] == [draft_id] and rows[0][1] == "东城区2023年报告（定稿）"
    assert files.trash(store, owner="bob") == ([], [])
    assert not files.restore(store, draft_id, owner="bob").ok
    assert files.restore(store, draft_id, owner="alice").ok
    assert {d.id for d in store.list_drafts(owner="alice")} == {draft_id, copied.draft_id}


def _login(url, user, password):
    import requests

    session = requests.Session()
    response = session.post(f"{url}login", data={"username": user, "password": password})
    assert response.status_code == 200, response.text
    return session


@pytest.fixture
def two_logins(settings, example_facts):
    from test_browser import _serve

    store = Store(settings.db_path)
    draft_id = _collect(draft_report(example_facts, settings=settings, store=store, owner="alice"))[0].draft_id
    app, url = _serve(settings, auth=[("alice", "a-secret"), ("bob", "b-secret")])
    try:
        yield url, draft_id, store
    finally:
        app.close()


def test_an_export_link_opens_only_for_the_login_that_made_it(two_logins):
    import re

    from gradio_client import Client

    url, draft_id, _ = two_logins
    link, message = Client(url, auth=("alice", "a-secret"), verbose=False).predict(draft_id, api_name="/export_docx")
    assert "已导出" in message
    href = re.search(r'href="([^"]+)"', link).group(1)
    assert "file=" not in href                       # not Gradio's file route, which any login may open
    alice = _login(url, "alice", "a-secret").get(url + href)
    assert alice.status_code == 200 and alice.content[:2] == b"PK"
    bob = _login(url, "bob", "b-secret").get(url + href)
    assert bob.status_code == 404 and "没有找到该文件" in bob.text and bob.content[:2] != b"PK"
    import requests

    assert requests.get(url + href).status_code == 404        # not signed in


def test_another_users_draft_id_gets_a_chinese_answer_and_no_traceback(two_logins, capfd):
    from gradio_client import Client

    url, draft_id, store = two_logins
    bob = Client(url, auth=("bob", "b-secret"), verbose=False)
    capfd.readouterr()
    link, message = bob.predict(draft_id, api_name="/export_docx")
    assert link == "" and "找不到" in message
    table, preview, _lists = bob.predict(draft_id, api_name="/on_overview")     # after a save in 审阅修改
    bob.predict(None, api_name="/on_preset")                            # 模型设置 with the preset cleared
    review = bob.predict(draft_id, "leadership", "", "他人的修改", None, api_name="/review_open")   # 审阅修改: open a section
    saved = bob.predict(draft_id, "leadership", "他人的修改", None, api_name="/review_save")
    assert "找不到" in str(review) + str(saved) and "示例市东城区司法局" not in str(review) + str(saved)
    assert [v.source for v in store.versions(draft_id, "leadership")] == ["generated"]    # nothing saved for bob
    out = capfd.readouterr()
    assert "Traceback" not in out.err + out.out
    assert draft_id not in str(table) and "示例市东城区司法局" not in str(preview)


def test_cli_drafts_list_rename_copy_delete_restore(settings, example_facts):
    from click.testing import CliRunner

    from drafter.cli import _draft  # noqa: F401  (registers the commands)
    from drafter.cli import cli

    def run(*args, input=None):
        result = CliRunner().invoke(cli, ["--home", str(settings.home), *args], input=input,
                                    catch_exceptions=False)
        return result

    store = Store(settings.db_path)
    draft_id = _collect(draft_report(example_facts, settings=settings, store=store))[0].draft_id
    assert run("drafts").output.startswith(draft_id) and run("drafts", "list").output.startswith(draft_id)
    assert "重命名为“东城区定稿”" in run("drafts", "rename", draft_id, "东城区定稿").output
    copied = run("drafts", "copy", draft_id).output
    copy_id = copied.split("已复制为新草稿 ")[1].split("：")[0]
    assert "东城区定稿（副本）" in copied
    kept = run("drafts", "delete", copy_id, input="n\n")
    assert "已取消" in kept.output and len(store.list_drafts()) == 2
    assert "移入回收站" in run("drafts", "delete", copy_id, input="y\n").output
    assert copy_id not in run("drafts").output and copy_id in run("drafts", "trash").output
    assert "已恢复" in run("drafts", "restore", copy_id).output
    assert "回收站是空的" in run("drafts", "trash").output
    missing = run("drafts", "rename", "zzzzzzzz", "x")
    assert missing.exit_code == 2 and "找不到草稿" in missing.output
