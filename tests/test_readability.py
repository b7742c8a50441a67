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


def test_figures_count_statistics_not_years_or_names_and_size_is_taken_per_fact(rb):
    assert rb.figures("2024年，收到行政复议申请52件，审结49件。") == 2
    assert rb.figures("一是强化领导，落实“三项制度”。") == 0
    text = "全年收到申请52件，审结49件。一是强化领导。2024年，调解成功率达98.6%。"
    m = rb.measure(text)
    assert m.sentences == 3 and m.facts == 3
    assert m.sentences_with_figure == pytest.approx(2 / 3)
    assert m.sentences_per_fact == pytest.approx(3 / 3)
    assert m.characters_per_fact == pytest.approx(m.characters / 3)
    # no statistic at all: per-fact sizes are taken over one, not a division by zero
    assert rb.measure("一是强化领导。").characters_per_fact == 7


def test_characters_ignore_layout_whitespace_and_long_paragraphs_are_shared_out(rb):
    long = "依" * 401
    text = f"\u3000\u3000甲乙 丙。\n{long}\n\n短句。"
    m = rb.measure(text)
    assert m.characters == 4 + 401 + 3
    assert m.long_paragraphs == pytest.approx(1 / 3)
    assert m.mean_sentence == pytest.approx((4 + 401 + 3) / 3)


def _measures(rb, characters=5000, opener_document=0.5, repeated=100.0, with_figure=0.2):
    return rb.Measures(characters=characters, sentences=100, facts=50, characters_per_fact=characters / 50,
                       sentences_per_fact=2.0, mean_sentence=characters / 100, opener_paragraph=0.05,
                       opener_document=opener_document, repeated_4grams_per_1000=repeated,
                       sentences_with_figure=with_figure, long_paragraphs=0.0)


def test_size_is_judged_per_fact_and_repetition_only_from_above(rb):
    seeds = {"a": _measures(rb, 4000, 0.55, 95.0, 0.13), "b": _measures(rb, 6000, 0.69, 144.0, 0.29)}
    drafts = {
        # repeating less than the seeds is fine
        "short": _measures(rb, 5000, 0.10, 20.0, 0.2),
        "listy": _measures(rb, 5000, 0.80, 150.0, 0.36),
    }
    # a third of the seeds' size from a third of the facts: characters and sentences are info only
    drafts["short"].characters, drafts["short"].sentences, drafts["short"].facts = 1500, 30, 15
    lines, failed = rb.table(seeds, drafts, {"short": 11, "listy": 40})
    assert failed["short"] == []
    assert failed["listy"] == ["same opener, document (above)", "repeated 4-grams /1000 (above)",
                               "sentences with a figure (above)"]
    opener_row = next(line for line in lines if line.startswith("| same opener, document"))
    assert "≤ 0.690" in opener_row and "0.100 (0.16x) PASS" in opener_row and "0.800 (1.29x) FAIL" in opener_row
    characters_row = next(line for line in lines if line.startswith("| characters  "))
    assert "PASS" not in characters_row and "FAIL" not in characters_row and "info" in characters_row
    assert next(line for line in lines if line.startswith("| facts in the sheet")).count("11") == 1


def test_a_range_measure_fails_below_as_well_as_above(rb):
    assert rb.verdict(0.1, 0.129, 0.286, rb.RANGE) == "FAIL"
    assert rb.verdict(0.2, 0.129, 0.286, rb.RANGE) == "PASS"
    assert rb.verdict(0.0, 0.015, 0.170, rb.AT_MOST) == "PASS"
    assert rb.verdict(0.171, 0.015, 0.170, rb.AT_MOST) == "FAIL"
    assert rb.verdict(1, 2, 3, rb.INFO) is None


# ---------------------------------------------------------------- the offline writer against the yardstick
# Each sheet is drafted by the real pipeline (draft_report, SQLite store, offline backend) in a
# temporary home, exactly as the bench does; the bound is the seeds' own value from this run.

@pytest.fixture(scope="module")
def drafted(rb, tmp_path_factory):
    texts = rb.offline_texts(tmp_path_factory.mktemp("home"), build_index=False)
    assert all(not failed for _, failed in texts.values()), {k: f for k, (_, f) in texts.items() if f}
    return {name: rb.measure(text) for name, (text, _) in texts.items()}


@pytest.fixture(scope="module")
def seed_measures(rb):
    return {name: rb.measure(text) for name, text in rb.seed_texts().items()}


@pytest.fixture(scope="module")
def seeds(seed_measures):
    return list(seed_measures.values())


SHEETS = ["sample", "plain", "forty", "township", "department"]


def _highest(seeds, attr):
    return max(getattr(m, attr) for m in seeds)


@pytest.mark.parametrize("sheet", SHEETS)
def test_openers_repeat_across_the_document_no_more_than_in_the_seeds(drafted, seeds, sheet):
    # before items took turns in how they open, forty and township opened 72% of their sentences
    # like another one (every item 我县…, 同时，我县…, 一是/二是 over bare figures)
    assert drafted[sheet].opener_document <= _highest(seeds, "opener_document")
    assert drafted[sheet].opener_paragraph <= _highest(seeds, "opener_paragraph")
    assert drafted[sheet].repeated_4grams_per_1000 <= _highest(seeds, "repeated_4grams_per_1000")


@pytest.mark.parametrize("sheet", SHEETS)
def test_figures_are_joined_and_framed_as_in_the_seeds(drafted, seeds, sheet):
    # a sheet of bare figures once gave one short sentence per figure (“二是新登记市场主体5862户。”)
    low, high = (f(getattr(m, "sentences_with_figure") for m in seeds) for f in (min, max))
    assert low <= drafted[sheet].sentences_with_figure <= high
    for attr in ("characters_per_fact", "sentences_per_fact", "mean_sentence"):
        values = [getattr(m, attr) for m in seeds]
        assert min(values) <= getattr(drafted[sheet], attr) <= max(values), attr


def test_every_offline_draft_passes_every_judged_measure_of_the_bench(rb, drafted, seed_measures):
    # the bench's own verdict: until the offline writer joined neighbouring figures (；) and took
    # turns with 全年/我局/一是, the rich sample failed two (same opener in the document 0.696,
    # sentences with a figure 0.304, against the seeds' 0.688 and 0.286)
    _, failed = rb.table(seed_measures, drafted)
    assert set(failed) == set(SHEETS)
    assert failed == {name: [] for name in SHEETS}
