"""The readability measures of bench/readability.py, on small texts whose answers are known by hand.

The bench compares offline drafts with the seed reports; if a measure miscounts, the comparison
says nothing, so each definition in the script's docstring is checked here on its own.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def rb():
    spec = importlib.util.spec_from_file_location("bench_readability", ROOT / "bench" / "readability.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module   # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


ALL_QUANNIAN = "全年，收到行政复议申请52件。全年，审结49件。全年，行政应诉案件31件。"


def test_every_sentence_opening_with_the_same_words_gives_share_one(rb):
    assert rb.same_opener_in_paragraph(ALL_QUANNIAN) == 1.0
    assert rb.same_opener_in_document(ALL_QUANNIAN) == 1.0


def test_openers_repeat_within_a_paragraph_only_when_they_share_it(rb):
    text = "全年，收到申请52件。全年，审结49件。\n全年，调解纠纷1280件。我局组织培训6期。"
    # paragraph 1: both 全年 (2 of 2); paragraph 2: 全年 and 我局 differ (0 of 2)
    assert rb.same_opener_in_paragraph(text) == pytest.approx(2 / 4)
    # across the document, three of the four open with 全年
    assert rb.same_opener_in_document(text) == pytest.approx(3 / 4)


def test_heading_numbers_are_not_the_opener(rb):
    assert rb.opener("（一）强化制度建设。") == "强化"
    assert rb.opener("一、主要举措和成效") == "主要"
    assert rb.opener("2.健全机制。") == "健全"
    assert rb.opener("1.5万人次参加培训。") == "1."   # a decimal, not a heading number
    assert rb.opener("好") is None
    # 一是/二是 open differently, so they do not count as a repeated opener
    assert rb.same_opener_in_paragraph("一是强化领导。二是完善制度。三是加强监督。") == 0.0


def test_sentences_end_at_full_stops_and_keep_closing_quotes(rb):
    assert rb.sentences("（一）强化制度建设。区政府印发“实施方案。”随后落实！是否完成？未完") == [
        "（一）强化制度建设。", "区政府印发“实施方案。”", "随后落实！", "是否完成？", "未完"]


def test_repeated_4grams_count_occurrences_beyond_the_first(rb):
    # 依法行政 three times: 2 repeats; every other 4-gram (法行政，, 推进依法, 行政工作 …) is seen once
    assert rb.repeated_4grams("依法行政，推进依法行政；坚持依法行政工作") == 2
    # punctuation belongs to the 4-grams: 。依法行 and 法行政。 repeat too
    assert rb.repeated_4grams("依法行政。依法行政。依法行政工作") == 2 + 1 + 1 + 1 + 1
    assert rb.repeated_4grams("甲乙丙丁戊己") == 0
    # a 4-gram never spans two paragraphs
    assert rb.repeated_4grams("甲乙\n丙丁\n甲乙\n丙丁") == 0


def test_repeated_4grams_cut_out_the_numbers(rb):
    # with the figures cut out the runs are 收到申请 / ，审结 / 。 and 收到申请 / ，审结 / 。:
    # 收到申请 repeats once; nothing built from 52件 or 49件 counts
    assert rb.repeated_4grams("收到申请52件，审结49件。\n收到申请52件，审结49件。") == 1
    # the same figure twice is not a repeated phrase
    assert rb.repeated_4grams("2468000元，2468000元") == 0


def test_figures_per_sentence_count_statistics_not_years_or_names(rb):
    assert rb.figures("2024年，收到行政复议申请52件，审结49件。") == 2
    assert rb.figures("一是强化领导，落实“三项制度”。") == 0
    text = "全年收到申请52件，审结49件。一是强化领导。2024年，调解成功率达98.6%。"
    m = rb.measure(text)
    assert m.sentences == 3
    assert m.sentences_with_figure == pytest.approx(2 / 3)
    assert m.figures_per_sentence == pytest.approx(3 / 3)


def test_characters_ignore_layout_whitespace_and_long_paragraphs_are_shared_out(rb):
    long = "依" * 401
    text = f"\u3000\u3000甲乙 丙。\n{long}\n\n短句。"
    m = rb.measure(text)
    assert m.characters == 4 + 401 + 3
    assert m.long_paragraphs == pytest.approx(1 / 3)
    assert m.mean_sentence == pytest.approx((4 + 401 + 3) / 3)


def test_the_table_flags_values_outside_the_seed_range_and_gives_ratios(rb):
    def measures(characters, opener_paragraph):
        return rb.Measures(characters, 10, 40.0, opener_paragraph, 0.5, 100.0, 0.2, 0.3, 0.0)

    seeds = {"a": measures(4000, 0.02), "b": measures(6000, 0.10), "c": measures(5000, 0.05)}
    drafts = {"short": measures(1000, 0.50), "fine": measures(5000, 0.05)}
    lines, outside = rb.table(seeds, drafts)
    assert outside["fine"] == []
    assert outside["short"] == ["characters (below)", "same opener, paragraph (above)"]
    characters_row = next(line for line in lines if line.startswith("| characters"))
    assert "1000 (0.20x) !lo" in characters_row and "5000 (1.00x)" in characters_row
