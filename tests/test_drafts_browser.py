"""我的草稿 in a real headless Chromium: rename, copy, delete with confirmation to the 回收站,
restore from it, and 生成初稿 on an open draft adding versions to it (no second draft)."""

from __future__ import annotations

import pytest
from test_browser import (ORG, _new_page, _rows, _tab, _upload_and_generate, _value, _wait_text,  # noqa: F401
                          chromium, served, shots)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.filterwarnings("ignore:.*no_silent_downcasting.*"),
    pytest.mark.filterwarnings("ignore:The copy keyword is deprecated.*"),
]


def _pick(page, elem_id: str, text: str) -> None:
    page.locator(f"#{elem_id} input").click()
    page.locator("[role=listbox] [role=option]", has_text=text).first.click()


def _row_count(page, elem_id: str, n: int) -> None:
    page.wait_for_function(
        "([id, n]) => [...document.querySelectorAll('#' + id + ' div[role=row]')]"
        ".filter(r => r.innerText.trim()).length == n", arg=[elem_id, n])


def test_clerk_renames_copies_deletes_and_restores_a_draft(chromium, served, settings, shots):
    from drafter.store import Store

    _, url = served
    context, page = _new_page(chromium)
    try:
        page.goto(url)
        draft_id = _upload_and_generate(page)
        _wait_text(page, "current-draft", f"{ORG}2023年法治政府建设年度报告（初稿）")

        # rename: picking a draft puts its name in the box
        _tab(page, "tab-mine")
        _row_count(page, "drafts-table", 1)
        _pick(page, "drafts-pick", draft_id)
        page.wait_for_function("() => document.querySelector('#drafts-title input, #drafts-title textarea')"
                               "?.value.includes('（初稿）')")
        page.locator("#drafts-title").locator("input, textarea").first.fill("东城区2023年度报告（修改稿）")
        page.locator("#drafts-rename").click()
        _wait_text(page, "drafts-action-message", "已重命名")
        _wait_text(page, "drafts-table", "东城区2023年度报告（修改稿）")
        _wait_text(page, "current-draft", "东城区2023年度报告（修改稿）")
        shots(page, "renamed")

        # copy: the copy is opened, the original stays
        page.locator("#drafts-copy").click()
        _wait_text(page, "drafts-action-message", "已复制")
        page.wait_for_function("(id) => { const v = document.querySelector('#current-draft-id input, "
                               "#current-draft-id textarea')?.value; return v && v !== id; }", arg=draft_id)
        copy_id = _value(page, "current-draft-id")
        _row_count(page, "drafts-table", 2)
        _wait_text(page, "drafts-table", "（修改稿）（副本）")
        shots(page, "copied")

        # delete the copy: asked first, then in the 回收站
        page.locator("#drafts-delete").click()
        _wait_text(page, "drafts-confirm-text", "确定删除")
        shots(page, "delete-confirm")
        page.locator("#drafts-confirm").click()
        _wait_text(page, "drafts-action-message", "移入回收站")
        _row_count(page, "drafts-table", 1)
        page.wait_for_function("() => document.querySelector('#current-draft-id input, "
                               "#current-draft-id textarea')?.value === ''")       # the open copy was closed
        assert "已打开草稿" not in page.locator("#drafts-message").inner_text()
        page.locator("#drafts-trash-box").get_by_text("回收站").first.click()
        _wait_text(page, "drafts-trash", copy_id)
        shots(page, "in-trash")

        # restore it
        _pick(page, "drafts-trash-pick", copy_id)
        page.locator("#drafts-restore").click()
        _wait_text(page, "drafts-action-message", "已从回收站恢复")
        _row_count(page, "drafts-table", 2)
        page.wait_for_function("(id) => !document.getElementById('drafts-trash').innerText.includes(id)",
                               arg=copy_id)
        shots(page, "restored")

        # open the original and generate again: new versions in it, no third draft
        _pick(page, "drafts-pick", draft_id)
        page.locator("#open-draft-btn").click()
        page.wait_for_function("(id) => document.querySelector('#current-draft-id input, "
                               "#current-draft-id textarea')?.value === id", arg=draft_id)
        _tab(page, "tab-draft")
        page.locator("#generate-btn").click()
        _wait_text(page, "generate-message", "在当前草稿中生成新版本")
        page.wait_for_selector('#draft-progress .drafter-progress[data-finished="true"]', timeout=90_000)
        _tab(page, "tab-mine")
        page.locator("#drafts-refresh").click()
        page.wait_for_timeout(500)
        _row_count(page, "drafts-table", 2)
        assert _value(page, "current-draft-id") == draft_id
        shots(page, "generated-again")
    except Exception:
        shots(page, "failure")
        raise
    finally:
        context.close()
    store = Store(settings.db_path)
    assert all(s.versions_count == 2 for s in store.get_draft(draft_id).sections)
    assert all(s.versions_count == 1 for s in store.get_draft(copy_id).sections)
