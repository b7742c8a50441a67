"""End to end in a real headless Chromium (Debian's /usr/bin/chromium, never a downloaded browser).

The app runs in-process on 127.0.0.1 on a free port with a throwaway DRAFTER_HOME and the
offline backend. Each step leaves a screenshot in test-artifacts/ (repo root) so a person
can check that the Chinese renders. Selectors are elem_ids, not visible text.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import re
import shutil
import socket
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.browser,
    # Gradio 6.31's queue still calls pandas options that pandas 3 deprecates; not ours to fix.
    pytest.mark.filterwarnings("ignore:.*no_silent_downcasting.*"),
    pytest.mark.filterwarnings("ignore:The copy keyword is deprecated.*"),
]

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "test-artifacts"
EXAMPLE = REPO / "examples" / "facts.yaml"
ORG = "示例市东城区司法局"
CHROMIUM = os.environ.get("DRAFTER_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TIMEOUT_MS = 60_000  # generous: CI machines and shared dev boxes are often busy


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def chromium():
    if not Path(CHROMIUM).exists():
        # `make test` installs it; a skipped browser test would let CI pass with the UI untested
        pytest.fail(f"{CHROMIUM} not installed: run scripts/system-deps.sh (Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def _serve(settings, auth=None):
    from drafter.ui import launch

    port = _free_port()
    app = launch(settings, host="127.0.0.1", port=port, auth=auth, prevent_thread_lock=True, quiet=True)
    return app, f"http://127.0.0.1:{port}/"


@pytest.fixture
def served(settings):
    app, url = _serve(settings)
    try:
        yield app, url
    finally:
        app.close()


@pytest.fixture
def shots(request):
    """shot(page, name): a full-page screenshot in test-artifacts/<test>/NN-name.png."""
    folder = ARTIFACTS / request.node.name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    count = [0]

    def shot(page, name: str) -> Path:
        count[0] += 1
        path = folder / f"{count[0]:02d}-{name}.png"
        page.wait_for_timeout(400)  # let Gradio's "updating" dimming fade before the picture
        page.screenshot(path=str(path), full_page=True)
        return path

    return shot


def _new_page(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN",
                                   accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    return context, page


def _value(page, elem_id: str) -> str:
    return page.locator(f"#{elem_id}").locator("input, textarea").first.input_value()


def _tab(page, tab_id: str) -> None:
    page.locator(f"#{tab_id}-button").click()


def _rows(page, elem_id: str) -> list[str]:
    """Body rows of a gr.Dataframe (Gradio 6 renders them as div[role=row]; the header is a tr)."""
    rows = [r.inner_text().strip() for r in page.locator(f"#{elem_id} div[role=row]").all()]
    return [r for r in rows if r]


def _wait_text(page, elem_id: str, text: str, timeout: int = TIMEOUT_MS) -> None:
    page.wait_for_function(
        "([id, t]) => { const e = document.getElementById(id); return e && e.innerText.includes(t); }",
        arg=[elem_id, text], timeout=timeout)


def _upload_and_generate(page, shot=None) -> str:
    page.wait_for_selector("#org", state="attached")
    _tab(page, "tab-facts")
    page.locator("#facts-upload input[type=file]").set_input_files(str(EXAMPLE))
    _wait_text(page, "facts-message", "已读入")
    assert _value(page, "org") == ORG
    _wait_text(page, "facts-table", "局党组理论学习中心组集体学法")
    if shot:
        shot(page, "facts-uploaded")
    _tab(page, "tab-draft")
    page.locator("#generate-btn").click()
    page.wait_for_selector('#draft-progress .drafter-progress[data-finished="true"]', timeout=90_000)
    page.wait_for_function("() => document.querySelector('#current-draft-id input, #current-draft-id textarea')"
                           "?.value.length > 0")
    _wait_text(page, "current-draft", ORG)
    return _value(page, "current-draft-id")


def test_clerk_drafts_reworks_reloads_and_exports(chromium, served, settings, shots, tmp_path):
    app, url = served
    context, page = _new_page(chromium)
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    try:
        page.goto(url)
        page.wait_for_selector("#org")
        shots(page, "start")

        # 0. a bad facts file: the errors appear inline, in Chinese, naming row and field
        bad = tmp_path / "有误的事实.yaml"
        bad.write_text("机关名称: 某区司法局\n年度: 2023\n数据:\n"
                       "  - {事项: 收到行政复议申请, 数值: 三十七, 单位: 件}\n", encoding="utf-8")
        _tab(page, "tab-facts")
        page.locator("#facts-upload input[type=file]").set_input_files(str(bad))
        _wait_text(page, "facts-errors", "第4行")
        errors = page.locator("#facts-errors").inner_text()
        assert "数值" in errors and "三十七" in errors and "Traceback" not in errors
        shots(page, "facts-errors")

        # 1. upload the sample facts and generate with the offline backend
        draft_id = _upload_and_generate(page, shots)
        rows = _rows(page, "status-table")
        assert len(rows) >= 5, rows
        assert all("完成" in r for r in rows), rows
        assert "离线模板" in page.locator("#backend-label").inner_text()
        assert "全部完成" in page.locator("#draft-progress").inner_text()
        shots(page, "generated")

        # 2. review: the first section is shown with its findings; regenerate it with an instruction
        _tab(page, "tab-review")
        page.wait_for_function("() => document.querySelector('#section-editor textarea')?.value.length > 0")
        assert len(_rows(page, "version-table")) == 1
        shots(page, "review")
        page.locator("#regen-instruction").locator("input, textarea").first.fill("更简洁")
        page.locator("#regen-btn").click()
        page.wait_for_function("() => [...document.querySelectorAll('#version-table div[role=row]')].filter(r => r.innerText.trim()).length == 2")
        versions = _rows(page, "version-table")
        assert "重新生成" in versions[0] and "更简洁" in versions[0], versions
        _wait_text(page, "review-message", "第2版")

        # an edit with a number the facts do not have: saved as version 3 and flagged in place
        editor = page.locator("#section-editor textarea")
        editor.fill(editor.input_value() + "全年另办结专项案件999件。")
        page.locator("#save-btn").click()
        page.wait_for_function("() => [...document.querySelectorAll('#version-table div[role=row]')]"
                               ".filter(r => r.innerText.trim()).length == 3")
        _wait_text(page, "review-findings", "无依据数字")
        _wait_text(page, "review-findings", "999")
        shots(page, "edited-flagged")
        _wait_text(page, "draft-preview", "全年另办结专项案件999件")   # 生成初稿 shows the report as it now stands

        # the diff against version 1
        page.locator("#version-pick input").click()
        page.locator("[role=listbox] [role=option]", has_text="第1版").first.click()
        _wait_text(page, "diff-message", "第1版")
        shots(page, "regenerated-and-diff")

        # restore version 1: appended as version 4, nothing lost
        page.locator("#restore-btn").click()
        page.wait_for_function("() => [...document.querySelectorAll('#version-table div[role=row]')]"
                               ".filter(r => r.innerText.trim()).length == 4")
        _wait_text(page, "review-message", "已将第1版恢复")
        assert "恢复旧版本" in _rows(page, "version-table")[0]
        page.wait_for_function("() => !document.querySelector('#draft-preview').innerText.includes('999件')")

        # 3. reload: the draft reopens by itself (URL and browser storage), and 我的草稿 lists it
        assert f"draft={draft_id}" in page.url
        page.reload()
        page.wait_for_function(
            "(id) => document.querySelector('#current-draft-id input, #current-draft-id textarea')?.value === id",
            arg=draft_id)
        _tab(page, "tab-review")
        page.wait_for_function("() => [...document.querySelectorAll('#version-table div[role=row]')].filter(r => r.innerText.trim()).length == 4")
        _tab(page, "tab-mine")
        page.wait_for_function("(id) => document.querySelector('#drafts-table')?.innerText.includes(id)",
                               arg=draft_id)
        shots(page, "reloaded-my-drafts")

        # a fresh page without the URL parameter finds it too (browser storage)
        page.goto(url)
        page.wait_for_function(
            "(id) => document.querySelector('#current-draft-id input, #current-draft-id textarea')?.value === id",
            arg=draft_id)

        # a server restart loses nothing: a new server on the same data folder reopens it by URL
        app2, url2 = _serve(settings)
        try:
            page.goto(f"{url2}?draft={draft_id}")
            page.wait_for_function(
                "(id) => document.querySelector('#current-draft-id input, #current-draft-id textarea')?.value"
                " === id", arg=draft_id)
            _tab(page, "tab-review")
            page.wait_for_function("() => [...document.querySelectorAll('#version-table div[role=row]')]"
                                   ".filter(r => r.innerText.trim()).length == 4")
            shots(page, "after-server-restart")
        finally:
            app2.close()
        page.goto(url)

        # 4. export the .docx and open it with python-docx
        _tab(page, "tab-export")
        page.locator("#export-docx").click()
        link = page.locator("#export-file a").first
        link.wait_for()
        with page.expect_download() as download_info:
            link.click()
        target = tmp_path / "report.docx"
        download_info.value.save_as(target)
        shots(page, "exported")

        import docx

        text = "\n".join(p.text for p in docx.Document(target).paragraphs)
        assert ORG in text
    except Exception:
        shots(page, "failure")  # what the page showed when a step did not happen
        raise
    finally:
        context.close()
    outside = [u for u in requested if not u.startswith((url, "data:", "blob:", "http://127.0.0.1:"))]
    assert not outside, f"the page tried to fetch from outside the app: {outside}"


def test_user_cannot_open_another_users_draft(chromium, settings, shots):
    from drafter.draft import draft_report
    from drafter.facts import load_facts
    from drafter.store import Store

    async def alice_drafts() -> str:
        store = Store(settings.db_path)
        draft_id = None
        async for ev in draft_report(load_facts(EXAMPLE), settings=settings, store=store, owner="alice"):
            draft_id = draft_id or ev.draft_id
        return draft_id

    # Playwright's sync API owns this thread's event loop, so alice drafts on another thread.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        draft_id = pool.submit(asyncio.run, alice_drafts()).result()
    assert draft_id
    app, url = _serve(settings, auth=[("alice", "a-secret"), ("bob", "b-secret")])

    def login(page, user, password):
        page.goto(url)
        page.locator("input[type=password]").wait_for()
        shots(page, f"login-{user}")
        page.locator("input[type=text]").first.fill(user)
        page.locator("input[type=password]").fill(password)
        page.locator("button[type=submit], button:has-text('Login'), button:has-text('登录')").first.click()
        page.wait_for_selector("#org")
        _wait_text(page, "current-user", user)

    try:
        # bob, by the URL and by typing the id
        context, page = _new_page(chromium)
        try:
            login(page, "bob", "b-secret")
            page.goto(f"{url}?draft={draft_id}")
            page.wait_for_selector("#org")
            _wait_text(page, "drafts-message", "找不到")
            assert _value(page, "current-draft-id") == ""
            _tab(page, "tab-mine")
            page.locator("#draft-id-input").locator("input, textarea").first.fill(draft_id)
            page.locator("#open-id-btn").click()
            _wait_text(page, "drafts-message", "找不到")
            assert draft_id not in page.locator("#drafts-table").inner_text()
            assert _value(page, "current-draft-id") == ""
            _tab(page, "tab-review")
            assert page.locator("#section-editor textarea").input_value() == ""
            shots(page, "bob-refused")
        finally:
            context.close()

        # alice opens it
        context, page = _new_page(chromium)
        try:
            login(page, "alice", "a-secret")
            _tab(page, "tab-mine")
            page.wait_for_function("(id) => document.querySelector('#drafts-table')?.innerText.includes(id)",
                                   arg=draft_id)
            page.locator("#draft-id-input").locator("input, textarea").first.fill(draft_id)
            page.locator("#open-id-btn").click()
            page.wait_for_function(
                "(id) => document.querySelector('#current-draft-id input, #current-draft-id textarea')?.value === id",
                arg=draft_id)
            shots(page, "alice-opens")
        finally:
            context.close()
    finally:
        app.close()


def test_two_clerks_draft_at_once(chromium, served, shots):
    """Two browsers generate at the same time; each sees only its own draft and sections."""
    app, url = served
    pages = []
    try:
        for _ in range(2):
            context, page = _new_page(chromium)
            pages.append((context, page))
            page.goto(url)
            page.wait_for_selector("#org")
            _tab(page, "tab-facts")
            page.locator("#facts-upload input[type=file]").set_input_files(str(EXAMPLE))
            _wait_text(page, "facts-message", "已读入")
        # the second clerk changes the org name before generating
        second = pages[1][1]
        _tab(second, "tab-basic")
        second.locator("#org").locator("input, textarea").first.fill("示例市西城区司法局")
        for _, page in pages:
            _tab(page, "tab-draft")
        for _, page in pages:
            page.locator("#generate-btn").click()   # both clicks before either finishes
        ids = []
        for _, page in pages:
            page.wait_for_selector('#draft-progress .drafter-progress[data-finished="true"]', timeout=90_000)
            page.wait_for_function("() => document.querySelector('#current-draft-id input, "
                                   "#current-draft-id textarea')?.value.length > 0")
            ids.append(_value(page, "current-draft-id"))
            assert all("完成" in r for r in _rows(page, "status-table"))
        assert ids[0] != ids[1]
        _wait_text(pages[0][1], "current-draft", "东城区")
        _wait_text(second, "current-draft", "西城区")
        assert "西城区" not in pages[0][1].locator("#draft-preview").inner_text()
        preview_b = second.locator("#draft-preview").inner_text()
        assert "示例市西城区司法局关于" in preview_b and "示例市东城区司法局关于" not in preview_b
        shots(pages[0][1], "clerk-a")
        shots(second, "clerk-b")
    finally:
        for context, _ in pages:
            context.close()


def test_a_bad_cell_is_flagged_beside_its_row(chromium, served, shots):
    """A clerk who types 十二 into the table sees what to write, on that row, in the 问题 column."""
    _, url = served
    context, page = _new_page(chromium)
    try:
        page.goto(url)
        page.wait_for_selector("#org", state="attached")
        _tab(page, "tab-facts")
        page.locator("#facts-upload input[type=file]").set_input_files(str(EXAMPLE))
        _wait_text(page, "facts-message", "已读入")
        cell = page.locator("#facts-table div[role=row]").nth(1).locator("[role=gridcell]").nth(1)
        cell.dblclick()
        page.keyboard.press("Control+A")
        page.keyboard.type("十二")
        page.keyboard.press("Enter")
        page.locator("#facts-check").click()
        _wait_text(page, "facts-errors", "第2条数据「数值」")
        rows = _rows(page, "facts-table")
        assert "十二" in rows[1] and "请写成 12" in rows[1]
        assert "请写成" not in rows[0] and "请写成" not in rows[2]
        shots(page, "bad-cell-flagged")
    finally:
        context.close()


def test_clerk_verifies_own_word_draft(chromium, served, shots, tmp_path):
    """核验已有稿件: upload a .docx and facts, see the wrong figure in place, download the annotated copy."""
    from test_verify_docx import anchors, write_docx, write_facts

    _, url = served
    draft = write_docx(tmp_path / "区司法局报告.docx", replace={"审结行政复议案件4": "审结行政复议案件7",
                                                             "7件，法定": "4件，法定"})
    facts = write_facts(tmp_path)
    context, page = _new_page(chromium)
    try:
        page.goto(url)
        page.wait_for_selector("#org", state="attached")
        _tab(page, "tab-verify")
        page.locator("#verify-upload input[type=file]").set_input_files(str(draft))
        page.locator("#verify-facts input[type=file]").set_input_files(str(facts))
        # an uploaded file shows as a download link in its drop zone
        page.locator("#verify-upload a").first.wait_for()
        page.locator("#verify-facts a").first.wait_for()
        page.locator("#verify-btn").click()
        _wait_text(page, "verify-message", "个问题需要核对")
        _wait_text(page, "verify-highlight", "无依据数字")
        assert "审结行政复议案件" in page.locator("#verify-highlight").inner_text()
        findings = page.locator("#verify-findings").inner_text()
        assert "第4段「…审结行政复议案件74件" in findings and "错误" in findings
        link = page.locator("#verify-annotated a").first
        link.wait_for()
        shots(page, "verified")
        with page.expect_download() as download_info:
            link.click()
        target = tmp_path / "annotated.docx"
        download_info.value.save_as(target)

        # a corrected draft: the old result is cleared on upload, and the new one passes
        fixed = write_docx(tmp_path / "改正后.docx")
        page.locator("#verify-upload button").first.click()   # the drop zone's only button: clear (its label is localised)
        page.locator("#verify-upload input[type=file]").set_input_files(str(fixed))
        page.locator("#verify-upload a").first.wait_for()
        page.wait_for_function("() => !document.getElementById('verify-findings').innerText.includes('74件')")
        page.locator("#verify-btn").click()
        _wait_text(page, "verify-message", "没有发现问题")
        assert "无依据数字" not in page.locator("#verify-highlight").inner_text()
        assert "批注" not in page.locator("#verify-message").inner_text()   # nothing to annotate, no copy
        assert page.locator("#verify-annotated a").count() == 0
        shots(page, "verified-clean")
    except Exception:
        shots(page, "failure")
        raise
    finally:
        context.close()
    found = anchors(target)
    assert any(span == "74件" and text.startswith("【错误】") for span, text in found.values()), found


def test_clerk_harvests_submissions_and_adopts_one_department(chromium, served, shots):
    """材料汇总: upload three departments' files at once, adopt one department's rows, see them in 事实录入."""
    _, url = served
    submissions = REPO / "tests" / "data" / "submissions"
    files = [str(p) for p in sorted(submissions.glob("*.docx"))]
    context, page = _new_page(chromium)
    try:
        page.goto(url)
        page.wait_for_selector("#org", state="attached")
        _tab(page, "tab-harvest")
        page.locator("#harvest-upload input[type=file]").set_input_files(files)
        page.locator("#harvest-upload a").nth(2).wait_for()
        page.locator("#harvest-btn").click()
        _wait_text(page, "harvest-message", "已汇总 3 份材料")
        _wait_text(page, "harvest-table", "受理群众报警求助")
        shots(page, "harvested")
        department = page.locator("#harvest-department input")
        department.click()
        page.get_by_role("option", name="青石镇人民政府").click()
        page.locator("#harvest-adopt-all").click()
        page.wait_for_timeout(800)
        page.locator("#harvest-add").click()
        _wait_text(page, "harvest-message", "条采用的数据加入")
        _tab(page, "tab-facts")
        _wait_text(page, "facts-table", "排查化解矛盾纠纷")
        rows = _rows(page, "facts-table")
        assert any("排查化解矛盾纠纷" in r and "183" in r for r in rows), rows
        assert not any("受理群众报警求助" in r for r in rows), rows       # 公安局 was not adopted
        shots(page, "adopted-in-facts")
    finally:
        context.close()


def test_clerk_connects_a_model_on_the_settings_page(chromium, served, llm_server, shots):
    """模型设置: a preset fills the address, 测试连接 shows the test server's answer, 保存 never echoes the key."""
    _, url = served
    secret = "sk-browser-secret-41d2"
    llm_server.default = lambda body: "连接成功，我是测试模型。"
    context, page = _new_page(chromium)
    try:
        page.goto(url)
        page.wait_for_selector("#org", state="attached")
        _tab(page, "tab-settings")
        _wait_text(page, "settings-status", "离线模板（不调用大模型）")
        page.locator("#settings-preset input").click()
        page.get_by_role("option", name="Ollama（本机）").click()
        page.wait_for_function("() => document.querySelector('#settings-url input, #settings-url textarea')"
                               "?.value === 'http://localhost:11434/v1'")
        shots(page, "preset-filled")
        page.locator("#settings-url").locator("input, textarea").first.fill(llm_server.base_url)
        page.locator("#settings-model").locator("input, textarea").first.fill("test-model")
        page.locator("#settings-key input").fill(secret)
        page.locator("#settings-test").click()
        _wait_text(page, "settings-message", "我是测试模型")
        assert "连接成功" in page.locator("#settings-message").inner_text()
        shots(page, "tested")
        page.locator("#settings-save").click()
        _wait_text(page, "settings-message", "已保存")
        assert _value(page, "settings-key") == ""
        assert page.locator("#settings-key input").get_attribute("placeholder") == "已保存（不显示）"
        assert secret not in page.content()
        shots(page, "saved")
        _tab(page, "tab-draft")
        _wait_text(page, "backend-label", "test-model")
        page.reload()
        page.wait_for_selector("#org", state="attached")
        _tab(page, "tab-settings")
        _wait_text(page, "settings-status", "test-model")
        assert _value(page, "settings-model") == "test-model" and _value(page, "settings-key") == ""
        assert secret not in page.content()
    finally:
        context.close()
    assert llm_server.requests[0].headers["authorization"] == f"Bearer {secret}"


def test_generate_with_incomplete_facts_fails_beside_the_button(chromium, served, shots):
    """生成初稿 without 机关名称: the reason under the button, the progress bar in a failed state."""
    _, url = served
    context, page = _new_page(chromium)
    try:
        page.goto(url)
        page.wait_for_selector("#org", state="attached")
        _tab(page, "tab-draft")
        page.locator("#generate-btn").click()
        _wait_text(page, "generate-message", "未开始生成")
        _wait_text(page, "generate-message", "机关名称")
        page.wait_for_selector('#draft-progress .drafter-progress[data-failed="true"]')
        label = page.locator("#draft-progress .label").inner_text()
        assert "未能开始生成" in label and "正在准备" not in label, label
        assert page.locator("#tab-draft").is_visible()       # the clerk stays where they clicked
        shots(page, "failed-beside-button")
    finally:
        context.close()


def test_progress_names_sections_by_heading_from_the_start(chromium, served, shots):
    """While drafting, 各节进度 shows Chinese headings (（一）…), never ids such as work-01."""
    _, url = served
    context, page = _new_page(chromium)
    try:
        page.goto(url)
        page.wait_for_selector("#org", state="attached")
        _tab(page, "tab-facts")
        page.locator("#facts-upload input[type=file]").set_input_files(str(EXAMPLE))
        _wait_text(page, "facts-message", "已读入")
        _tab(page, "tab-draft")
        page.evaluate("""() => { window.__seen = []; new MutationObserver(() => {
            const t = document.getElementById('status-table'); if (t) window.__seen.push(t.innerText); })
            .observe(document.body, {subtree: true, childList: true, characterData: true}); }""")
        page.locator("#generate-btn").click()
        page.wait_for_selector('#draft-progress .drafter-progress[data-finished="true"]', timeout=90_000)
        seen = page.evaluate("() => window.__seen")
        assert any("（一）" in s for s in seen), seen[-1:]
        leaked = [s for s in seen if re.search(r"work-\d|leadership|problems|plans", s)]
        assert not leaked, leaked[:1]
        shots(page, "finished")
    finally:
        context.close()


def test_upload_keeps_what_the_clerk_typed(chromium, served, shots):
    """Typed 机关名称/年度 survive a facts upload; the file fills the rest and the page says what was kept."""
    _, url = served
    typed_org = "示例县司法局"
    context, page = _new_page(chromium)
    try:
        page.goto(url)
        page.wait_for_selector("#org", state="attached")
        page.locator("#org textarea, #org input").first.fill(typed_org)
        page.locator("#year input").first.fill("2021")
        page.locator("#year input").first.press("Tab")
        _tab(page, "tab-facts")
        page.locator("#facts-upload input[type=file]").set_input_files(str(EXAMPLE))
        _wait_text(page, "facts-message", "保留了您填写的")
        message = page.locator("#facts-message").inner_text()
        assert "机关名称" in message and "年度" in message, message
        _wait_text(page, "facts-table", "局党组理论学习中心组集体学法")      # empty fields were filled
        shots(page, "kept-typed")
        _tab(page, "tab-basic")
        assert _value(page, "org") == typed_org
        assert _value(page, "year") == "2021"
        _tab(page, "tab-facts")
        page.locator("#facts-use-file").click()                              # the clerk chooses the file's
        _wait_text(page, "facts-message", "已改用文件中的值")
        _tab(page, "tab-basic")
        page.wait_for_function("() => document.querySelector('#org textarea, #org input')?.value === '%s'" % ORG)
        shots(page, "used-file")
    finally:
        context.close()


def _pick(page, elem_id: str, option: str) -> None:
    """Choose ``option`` from a gr.Dropdown by opening its list, as a clerk does with the mouse."""
    page.locator(f"#{elem_id} input").click()
    page.locator("[role=listbox] [role=option]", has_text=option).first.click()


def test_clerk_enters_a_topic_as_rows_with_dropdowns(chromium, served, shots):
    """No markup: a 工作事项 with two 要点 goes in as two rows, its 主题 picked from a drop-down,
    a figure's 主题 picked for its row the same way, and both points reach the draft."""
    _, url = served
    context, page = _new_page(chromium)
    try:
        page.goto(url)
        page.wait_for_selector("#org", state="attached")
        page.locator("#org textarea, #org input").first.fill("示例县司法局")
        page.locator("#year input").first.fill("2023")
        page.locator("#year input").first.press("Tab")
        _tab(page, "tab-facts")

        _pick(page, "add-topic", "行政复议")
        page.locator("#add-heading input, #add-heading textarea").first.fill("发挥行政复议主渠道作用")
        page.locator("#add-points textarea").fill("设立行政复议便民服务窗口\n推行复议决定书网上公开")
        page.locator("#add-points-btn").click()
        _wait_text(page, "topic-rows-message", "2 条要点")
        rows = _rows(page, "topic-rows")
        assert len(rows) == 2, rows
        assert "行政复议" in rows[0] and "设立行政复议便民服务窗口" in rows[0]
        assert "推行复议决定书网上公开" in rows[1]
        shots(page, "topic-rows-added")

        # a figure typed into the data table, its 主题 picked for its row from the drop-down
        page.locator("#facts-table button", has_text="+").first.click()
        for column, text in ((0, "收到行政复议申请"), (1, "37"), (2, "件")):
            cell = page.locator("#facts-table div[role=row]").nth(0).locator("[role=gridcell]").nth(column)
            cell.dblclick()
            page.keyboard.press("Control+A")
            page.keyboard.type(text)
            page.keyboard.press("Enter")
        page.locator("#facts-table div[role=row]").nth(0).locator("[role=gridcell]").nth(0).click()
        _wait_text(page, "fact-row-topic", "第1条数据")
        _pick(page, "fact-row-topic", "行政复议")
        topic_cell = page.locator("#facts-table div[role=row]").nth(0).locator("[role=gridcell]").nth(4)
        page.wait_for_function("(e) => e.innerText.trim() === '行政复议'", arg=topic_cell.element_handle())
        shots(page, "figure-topic-picked")
        page.locator("#facts-check").click()
        _wait_text(page, "facts-message", "检查通过")

        _tab(page, "tab-draft")
        page.locator("#generate-btn").click()
        page.wait_for_selector('#draft-progress .drafter-progress[data-finished="true"]', timeout=90_000)
        _wait_text(page, "draft-preview", "推行复议决定书网上公开")
        preview = page.locator("#draft-preview").inner_text()
        paragraph = next(line for line in preview.splitlines() if "设立行政复议便民服务窗口" in line)
        assert "推行复议决定书网上公开" in paragraph and "37件" in paragraph, paragraph   # one （一） paragraph
        shots(page, "drafted-from-rows")
    finally:
        context.close()
