"""第N段 and the quoted stretch: where a finding is, said the way a clerk finds it in Word."""

from __future__ import annotations

import pytest

from drafter.verify import Position, locate, paragraph_spans

# Written in the register of a district report, with the blank lines a .txt draft has.
REPORT = (
    "某市某区人民政府关于2023年度法治政府建设情况的报告\n"
    "\n"
    "2023年，区政府坚持以习近平新时代中国特色社会主义思想为指导，深入推进依法行政。\n"
    "一、主要举措和成效\n"
    "（一）发挥行政复议主渠道作用。全年共收到行政复议申请52件，受理49件，审结行政复议案件49件，"
    "其中维持31件、驳回8件、终止6件，法定时限内办结率100%。\n"
    "\n"
    "（二）加强执法监督。会议于2023年9月21日至22日召开，组织开展行政执法案卷评查，"
    "评查案卷1200余卷，整改问题137个；全区行政机关负责人出庭应诉率100%和行政复议纠错率12.5%均居全市前列。\n"
    "二、存在的不足\n"
    "受理19件，受理19件，一是执法人员数量不足。\n"
)


def at(text: str, needle: str, nth: int = 0) -> Position:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return locate(text, start, start + len(needle))


def test_paragraphs_are_counted_as_word_counts_them():
    """The title and headings count; blank lines do not."""
    assert len(paragraph_spans(REPORT)) == 7
    assert at(REPORT, "2023年度").paragraph == 1
    assert at(REPORT, "2023年，").paragraph == 2
    assert at(REPORT, "52件").paragraph == 4
    assert at(REPORT, "1200余卷").paragraph == 5
    assert at(REPORT, "19件").paragraph == 7


def test_the_quote_is_the_clause_around_the_number():
    pos = at(REPORT, "49件", nth=1)
    assert pos.label == "第4段「…审结行政复议案件49件…」"
    assert at(REPORT, "52件").quote == "…全年共收到行政复议申请52件…"
    # the paragraph's own closing mark is shown, not an ellipsis
    assert at(REPORT, "100%").quote == "…法定时限内办结率100%。"


def test_a_short_or_repeated_clause_is_widened_until_it_can_be_searched_for():
    pos = at(REPORT, "49件", nth=0)   # 受理49件: short, and 49件 occurs twice
    assert pos.quote.startswith("…受理49件，审结行政复议案件49件")
    paragraph = REPORT.split("\n")[4]
    assert paragraph.count(pos.quote.strip("…")) == 1
    second = at(REPORT, "19件", nth=1)
    first = at(REPORT, "19件", nth=0)
    assert first.quote != second.quote
    assert all(REPORT.split("\n")[-2].count(p.quote.strip("…")) == 1 for p in (first, second))


def test_a_long_clause_is_never_cut_inside_a_figure():
    pos = at(REPORT, "22日")
    body = pos.quote.strip("…")
    assert "2023年9月21日至22日" in body          # never 023年… or …21日至2
    pos = at(REPORT, "12.5%")
    body = pos.quote.strip("…")
    assert "纠错率12.5%" in body
    assert not body.startswith(("00%", "0%", "%"))   # the cut did not land inside 100%
    for needle in ("52件", "137个", "1200余卷", "12.5%", "22日"):
        quote = at(REPORT, needle).quote
        assert len(quote.strip("…")) <= 40, quote


def test_a_quote_keeps_a_quotation_whole():
    text = "深入开展法治宣传，结合下一步将持续推进、“十四五”规划中期评估工作完成率达到99.5%以上。"
    quote = locate(text, text.index("99.5%"), text.index("99.5%") + 5).quote
    assert "十四五”" not in quote or "“十四五”" in quote


def test_offsets_outside_the_text_have_no_position():
    assert locate(REPORT, len(REPORT) + 3, len(REPORT) + 5) is None
    assert locate(REPORT, 5, 2) is None


@pytest.mark.parametrize("text", ["报告\r\n正文12件", "  \n正文12件"])
def test_whitespace_only_lines_are_not_paragraphs(text):
    text = text.replace("\r\n", "\n")
    start = text.index("12件")
    assert locate(text, start, start + 3).paragraph == (2 if text.startswith("报告") else 1)
