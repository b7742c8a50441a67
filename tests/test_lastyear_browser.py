"""上年报告 in a real headless Chromium: uploaded in 基本信息, its 上年值 confirmed by a checkbox,
the three lists after 生成初稿, again after a reload (kept with the draft), and on 核验已有稿件.

Same harness as tests/test_browser.py (Debian's chromium, the app in-process, offline backend).
"""

from __future__ import annotations

import pytest

from test_browser import _new_page, _tab, _wait_text, chromium, served, shots  # noqa: F401  (fixtures)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.filterwarnings("ignore:.*no_silent_downcasting.*"),
    pytest.mark.filterwarnings("ignore:The copy keyword is deprecated.*"),
]

LAST = """某县司法局2023年法治政府建设年度报告
一、主要举措和成效
（一）行政复议。全年收到行政复议申请37件，受理33件，审结32件。办理行政应诉案件46件，行政机关负责人出庭应诉率95%。
二、存在的不足
一是基层法治力量相对薄弱。
三、2024年工作打算
一是深化行政复议体制改革，推进行政复议决定书网上公开。二是建设智慧司法所，为各司法所配齐视频调解终端。
"""

FACTS = """机关名称: 某县司法局
年度: 2024
工作事项:
  - 事项: 行政复议
    要点:
      - 深化行政复议体制改革，推进行政复议决定书网上公开
      - 依法审结行政复议案件32件
数据:
  - {事项: 收到行政复议申请, 数值: 45, 单位: 件, 主题: 行政复议}
  - {事项: 办理行政应诉案件, 数值: 40, 单位: 件, 主题: 行政复议}
"""


def _lists_shown(page, elem_id: str) -> str:
    for text in ("疑似沿用上年数据（1处）", "照搬上年的句子", "上年计划未见回应（1项", "配齐视频调解终端"):
        _wait_text(page, elem_id, text)
    return page.locator(f"#{elem_id}").inner_text()


def test_clerk_uploads_last_years_report_confirms_a_value_and_sees_the_three_lists(chromium, served, shots,
                                                                                  tmp_path):
    app, url = served
    last = tmp_path / "2023年报告.txt"
    last.write_text(LAST, encoding="utf-8")
    facts = tmp_path / "事实材料.yaml"
    facts.write_text(FACTS, encoding="utf-8")
    context, page = _new_page(chromium)
    try:
        page.goto(url)
        page.wait_for_selector("#org")

        # 基本信息: last year's report
        page.locator("#last-year-upload input[type=file]").set_input_files(str(last))
        _wait_text(page, "last-year-message", "已读取上年报告 2023年报告.txt")

        # 事实录入, then back: the 上年值 found in last year's report, nothing ticked
        _tab(page, "tab-facts")
        page.locator("#facts-upload input[type=file]").set_input_files(str(facts))
        _wait_text(page, "facts-message", "已读入")
        _tab(page, "tab-basic")
        page.locator("#last-year-find").click()
        _wait_text(page, "last-year-values", "收到行政复议申请：上年37件")
        _wait_text(page, "last-year-values", "办理行政应诉案件：上年46件")
        boxes = page.locator("#last-year-values input[type=checkbox]")
        assert boxes.count() == 2 and not any(boxes.nth(i).is_checked() for i in range(2))
        page.locator("#last-year-values label", has_text="收到行政复议申请").click()   # confirm one only
        shots(page, "last-year-values")

        # 生成初稿: the confirmed 上年值 gives a 同比 clause; the three lists under the preview
        _tab(page, "tab-draft")
        page.locator("#generate-btn").click()
        page.wait_for_selector('#draft-progress .drafter-progress[data-finished="true"]', timeout=90_000)
        shown = _lists_shown(page, "draft-lastyear")
        assert "32件" in shown
        _wait_text(page, "draft-preview", "同比增长21.6%")          # (45−37)÷37, the confirmed value
        preview = page.locator("#draft-preview").inner_text()
        assert preview.count("同比") == 1, preview                   # the unticked 46 gave none
        shots(page, "draft-with-lists")

        # a reload reopens the draft with its last year's report: the lists are still there
        page.reload()
        page.wait_for_function("() => document.querySelector('#current-draft-id input, #current-draft-id textarea')"
                               "?.value.length > 0")
        _wait_text(page, "last-year-message", "本稿保存的上年报告：2023年报告.txt")
        _tab(page, "tab-draft")
        _lists_shown(page, "draft-lastyear")

        # 核验已有稿件: a clerk's own file, checked against last year's report too
        _tab(page, "tab-verify")
        own = tmp_path / "今年稿.txt"
        own.write_text("（一）行政复议。深化行政复议体制改革，推进行政复议决定书网上公开。"
                       "全年收到行政复议申请45件，办理行政应诉案件46件。\n", encoding="utf-8")
        page.locator("#verify-upload input[type=file]").set_input_files(str(own))
        page.locator("#verify-facts input[type=file]").set_input_files(str(facts))
        page.locator("#verify-btn").click()
        _wait_text(page, "verify-message", "今年稿.txt")
        _lists_shown(page, "verify-lastyear")
        _wait_text(page, "verify-findings", "疑似沿用上年数据")     # 46件: last year's, the facts say 40
        shots(page, "verify-with-lists")
    except Exception:
        shots(page, "failure")
        raise
    finally:
        context.close()
