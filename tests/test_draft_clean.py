"""Model output tidied into the report's shape: no Markdown, no reasoning, run-in （一） headings."""

from __future__ import annotations

import pytest

from drafter.brief import SectionBrief
from drafter.draft._clean import clean_section_text

HEADING = "（六）依法化解行政争议，行政复议主渠道作用有效发挥"


def _brief(**changes) -> SectionBrief:
    base = dict(key="work-06", kind="主要举措和成效", heading=HEADING, number="（六）", org="某局", year=2023,
                level="部门", topic="行政复议")
    return SectionBrief(**(base | changes))


@pytest.mark.parametrize("raw", [
    f"{HEADING}。全年共收到申请37件。",                                   # already right
    f"{HEADING}\n全年共收到申请37件。",                                   # heading on its own line
    "(六)依法化解行政争议，行政复议主渠道作用有效发挥。全年共收到申请37件。",  # half-width number
    "依法化解行政争议，行政复议主渠道作用有效发挥。全年共收到申请37件。",     # number left out
    "全年共收到申请37件。",                                               # heading left out
    f"<think>先数一数：40件？</think>**{HEADING}。**全年共收到申请37件。",    # reasoning and bold
])
def test_work_items_always_start_with_their_run_in_heading(raw):
    assert clean_section_text(raw, _brief()) == f"{HEADING}。全年共收到申请37件。"


def test_a_repeated_first_level_heading_is_dropped_and_markdown_removed():
    brief = _brief(key="problems", kind="存在的不足和原因", heading="三、存在的不足和原因", number="三、", topic=None)
    raw = "## 三、存在的不足和原因\n\n- 一是基层力量薄弱。\n```\n"
    assert clean_section_text(raw, brief) == "一是基层力量薄弱。"


def test_unclosed_reasoning_is_dropped_entirely():
    brief = _brief(key="intro", kind="导语", heading="", number="", topic=None)
    assert clean_section_text("2023年，我局……现将有关情况报告如下：<think>还有", brief) == "2023年，我局……现将有关情况报告如下："
