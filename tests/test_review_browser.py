"""The 审阅修改 page in a real headless Chromium: the whole report, editing a section in place,
findings that scroll to their place. Same set-up as tests/test_browser.py (its fixtures)."""

from __future__ import annotations

from test_browser import (TIMEOUT_MS, _new_page, _rows, _tab, _upload_and_generate, _value, _wait_text,  # noqa: F401
                          chromium, pytestmark, served, shots)

BOGUS = "全年另办结专项案件999件。"


def _editor_text(page) -> str:
    return page.locator("#section-editor textarea").input_value()


def test_clerk_reads_the_whole_report_and_edits_a_section_in_place(chromium, served, shots):
    app, url = served
    context, page = _new_page(chromium)
    try:
        page.goto(url)
        _upload_and_generate(page)
        _tab(page, "tab-review")

        # the whole report in reading order: title and 导语 in the editor's place, every other section around it
        page.wait_for_selector("#review-after [data-rv-key=plans]")
        _wait_text(page, "review-before", "关于2023年度法治政府建设情况的报告")
        assert "2023年，示例市东城区司法局" in _editor_text(page)           # 导语 opens first, in the editor
        assert page.locator("#review-after [data-rv-key]").count() >= 10
        shots(page, "whole-report")

        # click a section: the editor moves there, and the section is no longer shown a second time
        page.locator("#review-after [data-rv-key=work-06]").click()
        page.wait_for_function("() => document.querySelector('#section-editor textarea').value.includes('行政复议')")
        assert page.locator("[data-rv-key=work-06]").count() == 0
        assert page.locator("#review-before [data-rv-key=intro]").count() == 1
        _wait_text(page, "review-section-title", "行政复议")

        # edit in place and save: a new version, verified, with the finding listed as 第N段「…」
        editor = page.locator("#section-editor textarea")
        editor.fill(editor.input_value() + BOGUS)
        page.locator("#save-btn").click()
        _wait_text(page, "review-message", "已保存为第2版")
        page.wait_for_function("() => [...document.querySelectorAll('#version-table div[role=row]')]"
                               ".filter(r => r.innerText.trim()).length == 2")
        _wait_text(page, "review-findings", "999件")
        finding = page.locator("#review-findings a[data-rv-finding]", has_text="999件").first
        assert finding.inner_text().startswith("第") and "段「" in finding.inner_text()
        shots(page, "saved-in-place")

        # the finding in the open section selects its characters in the editor
        finding.click()
        selected = page.evaluate("() => { const t = document.querySelector('#section-editor textarea');"
                                 " return t.value.slice(t.selectionStart, t.selectionEnd); }")
        assert selected == "999件"

        # 上一节: the saved section is reading text again, with the new version's number marked in place
        page.locator("#review-prev").click()
        page.wait_for_function("() => document.querySelector('#section-editor textarea').value.includes('三项制度')")
        mark = page.locator("#review-after [data-rv-key=work-06] mark", has_text="999件")
        assert mark.count() == 1 and "无依据数字" in mark.inner_text()

        # a finding elsewhere in the report scrolls to its mark
        page.evaluate("() => window.scrollTo(0, 0)")
        page.locator("#review-findings a[data-rv-finding]", has_text="999件").first.click()
        page.wait_for_function("() => document.querySelector('#review-after mark.rv-flash')")
        box = mark.bounding_box()
        assert box and 0 <= box["y"] <= page.viewport_size["height"], box
        shots(page, "finding-scrolled")

        # the offline writer says what it could not follow
        page.locator("#regen-instruction").locator("input, textarea").first.fill("突出成效")
        page.locator("#regen-btn").click()
        _wait_text(page, "review-message", "已忽略指令“突出成效”")
        shots(page, "regenerated-with-instruction")

        # no index in this home: the exemplar panel says why it lists nothing
        page.locator("#exemplar-box button").first.click()
        _wait_text(page, "exemplar-note", "本节没有列出范文")
    finally:
        context.close()
