"""check_era: each rule in drafter/data/era_rules.yaml, on real wording from the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.verify import check_era
from drafter.verify._era import load_rules, parse_rules

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def rule_ids(text: str, year: int) -> list[str]:
    return [f.rule for f in check_era(text, year)]


def test_every_rule_has_a_source_and_compiles():
    rules = load_rules()
    assert len(rules) >= 10
    assert all(r.source and r.message for r in rules)
    assert len({r.id for r in rules}) == len(rules)


def test_a_rule_without_source_is_refused():
    with pytest.raises(ValueError):
        parse_rules({"rules": [{"id": "x", "pattern": "y", "message": "z"}]})


@pytest.mark.parametrize("text, year, rule", [
    # S0 000 wording in a later report
    ("区政府法制办被市政府法制办评为行政复议工作先进单位", 2021, "fazhiban"),
    ("职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府", 2022, "gangyao2015-formula"),
    ("职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府", 2020, "gangyao2021-formula"),
    ("深入学习贯彻习近平法治思想", 2019, "xi-rule-of-law-thought"),
    ("全面贯彻落实党的二十大精神", 2021, "congress-20-early"),
    ("深入学习贯彻党的二十届三中全会精神", 2023, "plenum-20-3-early"),
    # S2 002 (2018): "深入贯彻习近平新时代中国特色社会主义思想和党的十九大精神"
    ("深入贯彻习近平新时代中国特色社会主义思想和党的十九大精神", 2023, "congress-19-current"),
    ("2023年度锡山区依法行政工作报告", 2023, "report-name-old"),
    ("七五普法总结验收", 2022, "pufa-7-late"),
    ("深入开展“八五”普法", 2019, "pufa-8-early"),
    ("以落实中共中央、国务院《法治政府建设实施纲要(2015-2020年)》为主线", 2023, "gangyao2015-current"),
    ("认真落实《法治政府建设实施纲要（2021—2025年）》", 2020, "gangyao2021-early"),
    # 色尼区 (ma04), a 信访局 (oa09): the national 纲要 cited with a span it never had
    ("按照《法治政府建设实施纲要（2020—2025年）》要求", 2025, "gangyao-span"),
    ("认真学习贯彻《法治政府建设实施纲要 （2022—2025 年）》等文件", 2023, "gangyao-span"),
])
def test_rule_fires(text, year, rule):
    findings = check_era(text, year)
    assert rule in [f.rule for f in findings]
    f = next(f for f in findings if f.rule == rule)
    assert f.kind == "era" and f.severity in ("error", "warning")
    assert text[f.start:f.end] == f.text
    assert f.message and f.source


@pytest.mark.parametrize("text, year", [
    ("区政府法制办被市政府法制办评为行政复议工作先进单位", 2012),      # S0's own year
    ("截至10月底,区法制办共参加区委、区政府召集的协调会50余次", 2018),  # S2: reform not yet done
    ("深入学习贯彻习近平法治思想", 2020),
    ("深入学习贯彻习近平法治思想", 2023),
    ("全面贯彻落实党的二十大精神", 2022),
    # a report on 2021, written in early 2022, looks forward to the congress
    ("2022年，我县将以迎接党的二十大胜利召开为主线", 2021),
    ("2022年是党的二十大召开之年", 2021),
    ("深入学习贯彻党的二十届三中全会精神", 2024),
    ("深入贯彻党的十九大和十九届历次全会精神", 2021),
    ("坚持以党的二十大精神为指导，回顾十九大以来的成就", 2023),
    ("2018年度锡山区依法行政工作报告", 2018),
    ("深入开展“八五”普法", 2022),
    ("市司法局获评全国“七五”普法先进单位", 2022),            # 营口市2022年 (ag03): an honour for the plan just closed
    ("职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府", 2018),
    ("按照《法治政府建设实施纲要（2021—2025年）》要求", 2023),
    ("印发《湖南省法治政府建设实施纲要（2022—2025年）》", 2023),      # a province's own plan
    ("以落实省委、省政府《法治政府建设实施纲要（2016-2020年）》为主线", 2017),   # 青岛市 (ad07): 山东省's
])
def test_rule_stays_quiet(text, year):
    assert check_era(text, year) == []


@pytest.mark.parametrize("seed, year", [("000", 2012), ("001", 2020), ("002", 2018), ("004", 2014)])
def test_seed_reports_fit_their_own_year(seed, year):
    text = next(CORPUS.glob(f"{seed}_*.txt")).read_text(encoding="utf-8")
    assert check_era(text, year) == []


def test_seed_reused_years_later_is_caught():
    # S2 (2018) handed in as a 2023 report: 法制办, 依法行政工作报告, 十九大 without 二十大, old 纲要
    text = next(CORPUS.glob("002_*.txt")).read_text(encoding="utf-8")
    assert {"fazhiban", "report-name-old", "congress-19-current", "gangyao2015-current"} <= set(rule_ids(text, 2023))


def test_missing_references_are_info_for_a_whole_report_only():
    report = "2023年，区司法局坚持以习近平新时代中国特色社会主义思想为指导。" * 60
    found = {f.rule: f for f in check_era(report, 2023)}
    assert {"congress-20-missing", "xi-thought-missing"} <= set(found)
    assert all(f.severity == "info" and f.start is None for f in found.values())
    assert check_era("区司法局坚持以习近平新时代中国特色社会主义思想为指导。", 2023) == []
    assert "congress-20-missing" not in {f.rule for f in check_era(report + "党的二十大精神", 2023)}


def test_the_party_committees_office_is_no_legal_affairs_office():
    # 上虞区人社局2020年 (am10): 虞委法制办〔2020〕4号 is the 依法治市委员会办公室's paper
    assert check_era("根据区委全面依法治区委员会办公室通知（虞委法制办〔2020〕4号）要求。", 2020) == []
    assert [f.rule for f in check_era("区政府法制办组织培训。", 2020)] == ["fazhiban"]


def test_the_merger_of_the_former_legal_office_told_as_history_is_no_old_name():
    # 新疆兵团司法局 (cp01, 2022): 将原法制办职能并入新疆兵团司法局
    assert check_era("将委员会办公室设在兵团司法局，将原法制办职能并入兵团司法局。", 2022) == []
    assert check_era("原市政府法制办的职责划入市司法局。", 2022) == []
    assert [f.rule for f in check_era("兵团法制办组织执法人员培训。", 2022)] == ["fazhiban"]


def test_the_next_years_plans_may_name_what_that_year_brings():
    # written (县政府, 2020): 五、2021年主要工作安排…三是深入开展“八五”普法 — the plan of 2021,
    # the first year of the 八五 period; in the year's work the same words are dated wrong
    from drafter.verify import verify_text

    work = "一、2020年法治政府建设主要举措和成效\n全县深入开展“八五”普法，组织法治讲座。\n"
    plans = "五、2021年主要工作安排\n一是深入开展“八五”普法；二是严格规范公正文明执法。\n"
    eras = [(f.rule, f.text) for f in verify_text(work + plans, [], year=2020).findings if f.kind == "era"]
    assert eras == [("pufa-8-early", "“八五”普法")]
    assert [f for f in verify_text(plans, [], year=2020, section_kind="下一年度主要安排").findings
            if f.kind == "era"] == []


def test_an_honour_for_the_closed_plan_is_no_slip():
    # 滕州市司法局公共法律服务中心 (2021): 受枣庄市委、市政府表彰的：全市“七五”普法依法治理工作表现突出集体
    assert check_era("被推荐为受枣庄市委、市政府表彰的：全市“七五”普法依法治理工作表现突出集体。", 2021) == []
    assert rule_ids("继续深入开展“七五”普法依法治理工作。", 2021) == ["pufa-7-late"]
