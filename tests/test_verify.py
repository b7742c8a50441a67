"""verify_text: each rule on real sentences from corpus/ (quoted), and the false-alarm test."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from drafter.facts import Fact
from drafter.numbers import find_numbers
from drafter.verify import Verification, verify_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def fact(fid, label, value, unit, approx=None) -> Fact:
    return Fact(id=fid, label=label, value=Decimal(str(value)), unit=unit, approx=approx)


# S2 002: "截至10月底,收到行政复议案件20件,受理19件,审结12件,其中维持7件、终止5件"
REVIEW = [
    fact("F1", "收到行政复议申请", 20, "件"),
    fact("F2", "受理行政复议案件", 19, "件"),
    fact("F3", "审结行政复议案件", 12, "件"),
    fact("F4", "维持", 7, "件"),
    fact("F5", "终止", 5, "件"),
]


def check(text, facts, year=2018, **kw) -> Verification:
    return verify_text(text, facts, year=year, expected=kw.pop("expected", []), **kw)


def kinds(result: Verification) -> list[tuple[str, str]]:
    return [(f.kind, f.severity) for f in result.findings]


def test_the_real_sentence_checks_clean():
    s = "截至10月底,收到行政复议案件20件,受理19件,审结12件,其中维持7件、终止5件,法定时限内办结率100%。"
    result = check(s, REVIEW + [fact("F6", "法定时限内办结率", 100, "%")])
    assert result.ok, result.findings
    assert sorted(result.supported.values()) == ["F1", "F2", "F3", "F4", "F5", "F6"]


def test_wrong_figure_names_the_fact():
    result = check("截至10月底,收到行政复议案件20件,受理19件,审结13件。", REVIEW)
    assert kinds(result) == [("unsupported", "error")]
    f = result.findings[0]
    assert f.text == "13件" and f.fact_id == "F3"
    assert "审结行政复议案件" in f.message and "（12件）" in f.message


def test_misattributed_figure():
    result = check("审结20件。", REVIEW)
    assert kinds(result) == [("misattributed", "error")]
    assert result.findings[0].message == (
        "“审结20件”中的20与事实「审结行政复议案件」（12件）不符，20是「收到行政复议申请」的数值，疑似张冠李戴")
    assert result.findings[0].fact_id == "F3"


def test_swapped_figures_are_both_flagged():
    result = check("截至10月底,收到行政复议案件20件,受理12件,审结19件。", REVIEW)
    assert [f.kind for f in result.findings] == ["misattributed", "misattributed"]


def test_same_value_under_two_labels_is_not_misattributed():
    facts = [fact("A", "召开行政复议专家论证会", 2, "次"), fact("B", "二审行政诉讼案件", 2, "件")]
    # S2 002
    result = check("通过召开2次行政复议专家论证会,组织4次行政复议调解", facts + [fact("C", "行政复议调解", 4, "次")])
    assert result.ok, result.findings


# -- units ----------------------------------------------------------------------------------

def test_money_in_different_units():
    facts = [fact("M", "损失浪费金额", 14_280_000, "元"), fact("N", "管理不规范金额", 876_000_000, "元")]
    result = check("审计查出管理不规范金额8.76亿元、损失浪费金额1428万元。", facts)   # S2 002
    assert result.ok, result.findings
    bad = check("审计查出损失浪费金额1428元。", facts)
    assert [f.kind for f in bad.problems] == ["unsupported"]


def test_ming_and_ren_are_the_same_measure():
    # S0 000
    result = check("目前,全区已有452名行政执法人员通过全市行政执法资格培训", [fact("P", "取得执法资格人员", 452, "人")])
    assert result.ok


def test_percent_is_not_a_count():
    result = check("办结率100件", [fact("R", "办结率", 100, "%")])
    assert not result.ok


# -- approximations ---------------------------------------------------------------------------

LAWSUITS = [fact("L", "行政诉讼案件", 437, "件")]


@pytest.mark.parametrize("text, ok", [
    ("2012年全区政府系统共发生行政诉讼案件400余件", True),     # S0 000
    ("共发生行政诉讼案件四百余件", True),
    ("共发生行政诉讼案件400多件", True),
    ("共发生行政诉讼案件500余件", False),
    ("共发生行政诉讼案件437件", True),
    ("共发生行政诉讼案件约440件", True),
    ("共发生行政诉讼案件近500件", False),
    ("共发生行政诉讼案件超过400件", True),
    ("共发生行政诉讼案件400件", False),
])
def test_approximate_counts(text, ok):
    assert check(text, LAWSUITS).ok is ok


RATE = [fact("W", "行政诉讼胜诉率", "99.26", "%")]


@pytest.mark.parametrize("text, ok", [
    ("胜诉率达99.26%", True),
    ("胜诉率达99.3%", True),
    ("胜诉率超过99%", True),                                  # S0 000
    ("胜诉率保持在99%以上", True),
    ("胜诉率达100%", False),
    ("胜诉率达99.2%", False),
    ("胜诉率超过89%", False),
])
def test_approximate_percentages(text, ok):
    assert check(text, RATE).ok is ok


@pytest.mark.parametrize("text, ok", [
    ("提交用时不超过10分钟", True),
    ("提交用时不超过20分钟", False),          # a whole step above the fact: the clerk would write 10
    ("提交用时不到20分钟", False),
    ("提交用时在10分钟以内", True),
])
def test_an_upper_bound_stays_within_a_step(text, ok):
    # 国家部委报告 (v02): 从注册、填报到成功提交不超过10分钟, planted as 不超过20分钟
    assert check(text, [fact("T", "网上备案用时", 10, "分钟")]).ok is ok


@pytest.mark.parametrize("text, ok", [("参训干部300人以上", True), ("参训干部200人以上", False),
                                      ("参训干部至少300人", True), ("参训干部至少200人", False)])
def test_a_lower_bound_stays_within_a_step(text, ok):
    assert check(text, [fact("T", "参训干部", 300, "人")]).ok is ok


@pytest.mark.parametrize("text, ok", [("败诉率不高于8%", True), ("败诉率不高于9%", False), ("败诉率高于8%", False)])
def test_bu_gaoyu_bounds_from_above(text, ok):
    # written (set 89, ej05): 力争全年行政诉讼败诉率不高于8%, once read as 高于8%
    assert check(text, [fact("T", "行政诉讼败诉率目标", 8, "%", "不高于")]).ok is ok


@pytest.mark.parametrize("value, ok", [(1950, True), (1999, True), (1980, True), (2000, False), (2050, False)])
def test_jin_means_just_under(value, ok):
    # S2 002: "\"派驻制\"公调对接工作室年内调处案件近2000件"
    facts = [fact("T", "公调对接工作室调处案件", value, "件")]
    assert check("“派驻制”公调对接工作室年内调处案件近2000件", facts).ok is ok


def test_fact_known_only_roughly():
    facts = [fact("Y", "行政诉讼案件", 400, "件", approx="余")]
    assert check("共发生行政诉讼案件400余件", facts).ok
    result = check("共发生行政诉讼案件400件", facts)
    assert [(f.kind, f.severity) for f in result.findings] == [("approximation", "warning")]
    assert "约数" in result.findings[0].message


def test_a_headline_may_drop_the_hedge_its_body_keeps():
    # 保定市 news item (cv08): 3万“法律明白人”实现基层全覆盖 over 培育“法律明白人”3万余名
    facts = [fact("Y", "全市培育“法律明白人”", 30000, "名", approx="余")]
    body = "全市共培育“法律明白人”3万余名，实现村（社区）全覆盖。"
    assert check("3万“法律明白人”实现基层全覆盖\n" + body, facts).ok
    # in a sentence, or with no hedged twin in the body, the dropped 余 is still a slip
    assert not check("全市3万“法律明白人”实现基层全覆盖。\n" + body, facts).ok
    assert not check("3万“法律明白人”实现基层全覆盖\n全市共培育“法律明白人”3万名。", facts).ok
    # a hedge written after the measure word (3万名以上) is found where the body puts it
    above = [fact("Y", "全市培育“法律明白人”", 30000, "名", approx="以上")]
    assert check("3万“法律明白人”实现基层全覆盖\n全市共培育“法律明白人”3万名以上。", above).ok


def test_yu_added_to_an_exact_fact():
    result = check("共发生行政诉讼案件437余件", LAWSUITS)
    assert [f.kind for f in result.problems] == ["approximation"]


def test_fraction_against_a_percentage():
    facts = [fact("Z", "审批时限缩短比例", "33.3", "%")]
    assert check("审批时限总体缩短了1/3", facts).ok     # S0 000
    assert not check("审批时限总体缩短了1/2", facts).ok


def test_range_needs_both_ends():
    facts = [fact("S", "最短办理时间", 4, "个工作日"), fact("T", "最长办理时间", 7, "个工作日")]
    assert check("压缩办理时间为4—7个工作日", facts).ok     # S1 001
    assert not check("压缩办理时间为4—9个工作日", facts).ok


# -- derived figures -----------------------------------------------------------------------------

def test_rate_from_two_facts_is_info_with_formula():
    facts = [fact("A", "行政诉讼案件", 37, "件"), fact("B", "负责人出庭应诉", 35, "件")]
    result = check("全年发生行政诉讼案件37件,负责人出庭应诉35件,出庭应诉率94.6%。", facts)
    assert result.ok
    derived = [f for f in result.findings if f.kind == "derived"]
    assert len(derived) == 1 and derived[0].severity == "info"
    assert derived[0].formula == "35÷37≈94.6%"
    wrong = check("全年发生行政诉讼案件37件,负责人出庭应诉35件,出庭应诉率96.4%。", facts)
    assert not wrong.ok


def test_year_on_year_change():
    facts = [fact("A", "越级上访人数", 200, "人"), fact("B", "上年越级上访人数", 272, "人")]
    result = check("越级上访人数200人,与上年同比下降26.5%。", facts)     # after S2 002
    assert result.ok
    assert [f.formula for f in result.findings if f.kind == "derived"] == ["(200−272)÷272≈26.5%"]


def test_difference():
    facts = [fact("A", "受理矛盾纠纷", 5977, "件"), fact("B", "上年受理矛盾纠纷", 5800, "件")]
    result = check("今年受理矛盾纠纷5977件,较上年增加177件。", facts)
    assert result.ok
    assert [f.formula for f in result.findings if f.kind == "derived"] == ["5977−5800=177"]


# -- years ------------------------------------------------------------------------------------------

def test_plan_section_speaks_of_next_year():
    plans = "2019年是我区推进依法行政、建设法治政府的关键一年。"     # S2 002
    assert check(plans, [], year=2018, section_kind="下一年度安排").ok
    bad = check("2020年,我区将继续深化行政复议体制改革。", [], year=2018, section_kind="下一年度安排")
    assert [f.kind for f in bad.problems] == ["year"]
    stale = check("2018年工作安排如下。", [], year=2018, section_kind="下一年度安排")
    assert [f.kind for f in stale.problems] == ["year"]


def test_work_section_cannot_report_the_future():
    bad = check("2019年,区政府共办理行政复议案件13件。", [fact("A", "行政复议案件", 13, "件")],
                year=2018, section_kind="主要举措和成效")
    assert [f.kind for f in bad.problems] == ["year"]
    ok = check("2017年以来,区政府共办理行政复议案件13件。", [fact("A", "行政复议案件", 13, "件")],
               year=2018, section_kind="主要举措和成效")
    assert ok.ok


def test_targets_and_citations_are_not_years_of_work():
    # S0 000 (a 2012 report): "明确提出了2020年法治政府基本建成的目标任务"
    assert check("党的十八大报告明确提出了2020年法治政府基本建成的目标任务。", [], year=2012).ok
    # S3 003: "到2023年年底"; S2: a title with a year range
    assert check("到2025年年底,将高频率的执法事项纳入镇街综合行政执法范围。", [], year=2023,
                 section_kind="主要举措和成效").ok
    assert check("以落实《法治政府建设实施纲要(2015-2020年)》为主线", [], year=2018,
                 section_kind="主要举措和成效").ok


def test_whole_report_allows_next_year_sign_off():
    # S1 001 ends "重庆市开州区城市管理局\n2021年1月27日" for its 2020 report
    assert check("重庆市开州区城市管理局\n2021年1月27日", [], year=2020).ok
    assert not check("重庆市开州区城市管理局\n2023年1月27日", [], year=2020).ok


# -- placeholders, unused facts --------------------------------------------------------------------

@pytest.mark.parametrize("text", ["xx县司法局", "XX年全区共办理", "共审结××件", "培训执法人员x名",
                                  "召开会议*次", "20XX年度法治政府建设情况"])
def test_placeholders(text):
    result = check(text, [])
    assert "placeholder" in [f.kind for f in result.problems]
    assert all(f.severity == "error" for f in result.findings if f.kind == "placeholder")


@pytest.mark.parametrize("text", ["KTV等娱乐场所审批", "苏ICP备09024546号", "3×4", "Excel表格",
                                  "**（一）统筹推进依法治区**。一是", "**一是**加强领导"])
def test_not_placeholders(text):
    assert "placeholder" not in [f.kind for f in check(text, []).findings]


def test_unused_expected_facts():
    result = verify_text("审结12件。", REVIEW[:3], year=2018)
    assert [f.id for f in result.unused_facts] == ["F1", "F2"]
    unused = [f for f in result.findings if f.kind == "unused_fact"]
    assert [(f.severity, f.fact_id) for f in unused] == [("warning", "F1"), ("warning", "F2")]
    assert "收到行政复议申请" in unused[0].message
    only = verify_text("审结12件。", REVIEW[:3], year=2018, expected=[REVIEW[2]])
    assert only.ok and only.unused_facts == []


def test_prose_numerals_do_not_cry_wolf():
    # S4 004: small Chinese-numeral counts are not statistics a clerk lists
    result = check("组织了一次依法行政中期督查,分四个督导组对各县区开展半年督查", [])
    assert result.ok
    assert all(f.severity == "info" for f in result.findings)


def test_small_figures_in_a_report_written_in_words_are_figures():
    # 二〇二〇年…受理行政复议案件十一件，较上年减少二件: a report that writes its figures in words
    # writes its small ones so too, and a wrong 三件 there is a wrong figure, not a prose numeral
    facts = [Fact("a", "受理行政复议案件", Decimal(11), "件"), Fact("b", "行政复议案件较上年减少", Decimal(2), "件")]
    text = "全年受理行政复议案件十一件，较上年减少二件，审结率百分之百。"
    facts.append(Fact("c", "行政复议案件审结率", Decimal(100), "%"))
    assert [f for f in verify_text(text, facts, year=2020).findings if f.severity != "info"] == []
    wrong = verify_text(text.replace("减少二件", "减少四件"), facts, year=2020)
    assert [(f.text, f.severity) for f in wrong.findings if f.kind == "unsupported"] == [("四件", "error")]


def test_one_figure_in_words_does_not_make_prose_numerals_figures():
    text = "重点抓好四个方面工作，全年办理案件十一件。"
    assert all(f.severity == "info" for f in verify_text(text, [], year=2023).findings if f.text == "四个")


def test_era_findings_are_included():
    result = check("区政府法制办审查规范性文件14件。", [fact("A", "规范性文件审查", 14, "件")], year=2022)
    assert [f.kind for f in result.problems] == ["era"]


# -- the false-alarm test: every seed against its own numbers ------------------------------------

SEED_YEARS = {"000": 2012, "001": 2020, "002": 2018, "004": 2014}


@pytest.mark.parametrize("seed", sorted(SEED_YEARS))
def test_each_seed_is_clean_against_its_own_numbers(seed):
    from drafter.verify._match import contexts

    text = next(CORPUS.glob(f"{seed}_*.txt")).read_text(encoding="utf-8")
    mentions = find_numbers(text)
    facts = []
    for i, m in enumerate(mentions):
        if not m.needs_fact or m.value is None:
            continue
        before, after = contexts(text, mentions, i)
        label = (before + after).strip() or m.text
        if m.kind == "range":
            facts += [fact(f"{i}a", label, m.value, m.unit), fact(f"{i}b", label, m.value_high, m.unit)]
        else:
            facts.append(Fact(str(i), label, m.value, "" if m.kind == "fraction" else (m.unit or ""),
                              approx=m.approx))
    result = verify_text(text, facts, year=SEED_YEARS[seed])
    assert result.problems == []
    assert result.unused_facts == []


def test_sign_off_in_closing_section_is_not_work():
    assert check("示例市东城区司法局\n2024年1月26日", [], year=2023, section_kind="结束语").ok


def test_example_facts_file_checks_a_faithful_draft():
    """examples/facts.yaml against a draft that uses its figures the way a report would."""
    from drafter.facts import load_facts

    facts = load_facts(Path(__file__).resolve().parent.parent / "examples" / "facts.yaml")
    draft = ("全年收到行政复议申请37件，受理33件，审结32件，其中撤销、变更或确认违法4件，纠错率12.5%。"
             "开展普法宣传活动120余场，覆盖群众3.6万余人次。人民调解组织调解矛盾纠纷2846件，调处成功率99.3%，"
             "提供法律咨询1.2万余人次。全区收缴罚没款135万元。")
    result = verify_text(draft, facts.facts, year=facts.year, expected=[])
    assert result.ok, result.findings
    swapped = verify_text(draft.replace("受理33件，审结32件", "受理32件，审结33件"), facts.facts,
                          year=facts.year, expected=[])
    assert [f.kind for f in swapped.problems] == ["misattributed", "misattributed"]


def test_generic_label_words_do_not_accuse():
    # "行政复议案件" fits 受理 and 审结 alike; 20 is the 收到 figure, so nothing is misattributed
    result = check("全年行政复议案件20件。", REVIEW)
    assert "misattributed" not in [f.kind for f in result.findings]


# -- property: random drafts and facts never break the checker -----------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_UNITS = st.sampled_from(["件", "人", "名", "人次", "%", "万元", "元", "亿元", "个工作日", "项", "", "次"])
_APPROX = st.sampled_from([None, "余", "多", "近", "约", "超过", "以上", "不少于"])
_LABEL = st.text(alphabet="收到受理审结行政复议案件诉讼率出庭应诉金额人员培训上年", min_size=0, max_size=8)
_FACT = st.builds(lambda label, v, unit, approx, i: Fact(f"R{i}", label, v, unit, approx=approx),
                  _LABEL, st.decimals(min_value=0, max_value=10 ** 6, places=2, allow_nan=False,
                                      allow_infinity=False),
                  _UNITS, _APPROX, st.integers(0, 10 ** 6))
_DRAFT = st.lists(st.one_of(
    st.sampled_from(["收到", "受理", "审结", "行政复议", "案件", "，", "。", "率", "同比下降", "较上年增加", "xx",
                     "余", "近", "约", "超过", "以上", "万", "亿元", "%", "件", "人次", "2023年", "第", "名", "\n",
                     "下一年度安排", "法制办", "二十大", "一是", "（一）", "百分之", "分之", "—", "/"]),
    st.integers(0, 100000).map(str), st.decimals(0, 1000, places=2).map(str)), max_size=40).map("".join)


@given(_DRAFT, st.lists(_FACT, max_size=8), st.integers(2000, 2030),
       st.sampled_from([None, "主要举措和成效", "下一年度安排", "结束语"]))
@settings(max_examples=200, deadline=None)
def test_random_drafts_and_facts_never_break_verify(text, facts, year, section_kind):
    result = verify_text(text, facts, year=year, section_kind=section_kind)
    for f in result.findings:
        assert f.severity in ("error", "warning", "info")
        assert f.message
        if f.start is not None:
            assert 0 <= f.start <= f.end <= len(text)
    assert set(result.supported) <= set(range(len(result.mentions)))


def test_fact_typed_in_wan():
    # a clerk types 3.6 万人次; the text folds 万 into the count (3.6万余人次 -> 36000 人次)
    facts = [fact("P", "普法活动覆盖群众", "3.6", "万人次", approx="余")]
    assert check("普法活动覆盖群众3.6万余人次", facts).ok
    assert check("普法活动覆盖群众36000余人次", facts).ok
    assert not check("普法活动覆盖群众3.6万人次", facts).ok
    assert not check("普法活动覆盖群众4.6万余人次", facts).ok


# A plan target the clerk typed into a 下一年度安排 point is the clerk's own figure, not the model's.
PLAN_POINT = "组织全区行政执法人员开展轮训，全年培训不少于3期"


def test_a_number_the_clerk_stated_in_a_point_is_supported():
    text = "2024年，我局将重点做好以下工作：一是组织全区行政执法人员开展轮训，全年培训不少于3期。"
    result = check(text, [], year=2023, section_kind="下一年度安排", stated=[PLAN_POINT])
    assert result.ok, result.findings
    assert "要点" in result.supported.values()


def test_a_changed_figure_from_a_point_is_still_flagged():
    """Only the same value, unit and hedge count: the model cannot turn 不少于3期 into 5期."""
    for wrong in ("全年培训不少于5期", "全年培训3期", "全年培训不少于3次"):
        result = check(f"一是{wrong}。", [], year=2023, section_kind="下一年度安排", stated=[PLAN_POINT])
        assert [f.kind for f in result.problems] == ["unsupported"], wrong


def test_without_the_point_the_same_figure_is_unsupported():
    result = check("一是全年培训不少于3期。", [], year=2023, section_kind="下一年度安排")
    assert [f.kind for f in result.problems] == ["unsupported"]


def test_tenths_are_held_to_a_percentage_fact():
    rate = [fact("R1", "萌芽状态化解纠纷占比", "38.5", "%")]
    assert check("近四成纠纷在萌芽状态化解。", rate).ok
    result = check("近五成纠纷在萌芽状态化解。", rate)
    assert [f.kind for f in result.problems] == ["unsupported"]
    assert not check("近四成纠纷在萌芽状态化解。", []).ok


def test_vague_amounts_against_facts():
    facts = [fact("A", "开展普法宣传活动", 24, "场"), fact("B", "培训干部", 130, "名"),
             fact("C", "当场化解纠纷占比", 56, "%")]
    assert check("培训干部上百名。", facts).ok
    assert check("半数以上纠纷当场化解。", facts).ok
    assert [f.kind for f in check("开展普法宣传活动上百场。", facts).problems] == ["unsupported"]
    assert [f.severity for f in check("案件数量翻了一番。", facts).problems] == ["warning"]
