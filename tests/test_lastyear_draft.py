"""同比 from a fact's 上年值 (issue 11, parts 4–5): loaders, the verifier, the offline writer,
the prompt, and `drafter draft --last-year`.

The sentences are written here in the register of real reports (not taken from the seeds).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from drafter.facts import facts_from_dict, load_facts, write_workbook
from drafter.lastyear import check_yoy_against_facts
from drafter.verify import verify_text

FACTS = {
    "机关名称": "某县司法局", "年度": 2024,
    "数据": [
        {"事项": "收到行政复议申请", "数值": 45, "单位": "件", "主题": "行政复议", "上年值": 40},
        {"事项": "人民调解调处成功率", "数值": "98%", "上年值": "95%"},
        {"事项": "罚没款", "数值": 270, "单位": "万元", "上年值": "135万元"},
        {"事项": "开展普法宣传活动", "数值": 120, "单位": "场", "约数": "余"},
    ],
}


def _facts():
    return facts_from_dict(FACTS)


def _checked(text: str):
    facts = _facts()
    return check_yoy_against_facts(text, verify_text(text, facts.facts, year=2024), facts.facts)


def _yoy(result):
    return [f for f in result.findings if f.kind == "yoy"]


def _problems(result):
    """Problems other than the facts a short test text leaves unused."""
    return [f for f in result.problems if f.kind != "unused_fact"]


# --- the field --------------------------------------------------------------------------------

def test_last_year_is_read_in_the_facts_unit_and_refused_in_another():
    facts = _facts()
    assert [f.last_year for f in facts.facts] == [Decimal(40), Decimal(95), Decimal(135), None]
    with pytest.raises(ValueError) as caught:
        facts_from_dict({"机关名称": "某县司法局", "年度": 2024,
                         "数据": [{"事项": "收到行政复议申请", "数值": 45, "单位": "件", "上年值": "40%"},
                                  {"事项": "办理案件", "数值": 4, "单位": "件", "上年值": "约4"},
                                  {"事项": "审查文件", "数值": 9, "单位": "件", "上年值": "九"}]})
    problems = caught.value.problems
    assert len(problems) == 3 and all("「上年值」" in p for p in problems)
    assert "单位" in problems[0] and "确切" in problems[1] and "阿拉伯数字" in problems[2]


def test_last_year_money_in_another_money_unit_is_converted():
    facts = facts_from_dict({"机关名称": "某县司法局", "年度": 2024,
                             "数据": [{"事项": "罚没款", "数值": 2700000, "单位": "元", "上年值": "135万元"}]})
    assert facts.facts[0].last_year == Decimal(1350000)


def test_last_year_round_trips_through_yaml_and_excel(tmp_path):
    facts = _facts()
    yaml_file = tmp_path / "facts.yaml"
    yaml_file.write_text("机关名称: 某县司法局\n年度: 2024\n上年报告: 2023年报告.docx\n数据:\n"
                         "  - {事项: 收到行政复议申请, 数值: 45, 单位: 件, 上年值: 40}\n"
                         "  - {事项: 人民调解调处成功率, 数值: 98.5%, 上年值: 95.25}\n", encoding="utf-8")
    from_yaml = load_facts(yaml_file)
    assert [f.last_year for f in from_yaml.facts] == [Decimal(40), Decimal("95.25")]
    assert from_yaml.last_report == "2023年报告.docx"
    for original in (facts, from_yaml):
        book = write_workbook(tmp_path / "facts.xlsx", original)
        again = load_facts(book)
        assert [f.last_year for f in again.facts] == [f.last_year for f in original.facts]
        assert again.last_report == original.last_report
        assert facts_from_dict(original.to_dict()) == original


# --- the verifier -----------------------------------------------------------------------------

def test_right_claims_are_supported_with_their_formula():
    text = ("全年收到行政复议申请45件，同比增长12.5%。人民调解调处成功率达98%，比上年提高3个百分点。"
            "罚没款270万元，同比翻一番。")
    result = _checked(text)
    assert not _problems(result), [f.message for f in _problems(result)]
    formulas = [f.formula for f in _yoy(result)]
    assert formulas == ["(45−40)÷40≈12.5%", "98%−95%=3个百分点", "2700000÷1350000≈2倍"]
    claims = {m.text for i, m in enumerate(result.mentions) if i in result.supported}
    assert {"12.5%", "3个百分点", "翻一番"} <= claims


@pytest.mark.parametrize("clause, rule, hint", [
    ("同比增长12.0%", "rate", "应为12.5%"),     # rounding to the digits written
    ("同比增长13%", "rate", "应为13%"),         # 12.5 rounds half up to 13 – so 13% is right…
    ("同比下降12.5%", "direction", "方向相反"),
])
def test_a_wrong_rate_in_a_hand_edited_text_is_caught_with_the_formula(clause, rule, hint):
    result = _checked(f"全年收到行政复议申请45件，{clause}。")
    found = _yoy(result)
    assert len(found) == 1
    if clause == "同比增长13%":      # …and is accepted, with its formula
        assert found[0].severity == "info" and not _problems(result)
        return
    assert found[0].severity == "error" and found[0].rule == rule and hint in found[0].message
    assert found[0].formula == "(45−40)÷40≈12.5%"
    assert "事实材料「收到行政复议申请」的上年值" in found[0].message
    assert _problems(result)


def test_percent_for_points_and_points_for_percent_are_caught():
    as_percent = _yoy(_checked("人民调解调处成功率达98%，同比增长3%。"))
    assert [(f.severity, f.rule) for f in as_percent] == [("error", "points_as_percent")]
    assert "提高3个百分点" in as_percent[0].message and as_percent[0].formula == "98%−95%=3个百分点"
    as_points = _yoy(_checked("全年收到行政复议申请45件，同比增加5个百分点。"))
    assert [(f.severity, f.rule) for f in as_points] == [("error", "percent_as_points")]


def test_a_claim_on_a_fact_without_last_year_is_left_to_the_verifier():
    result = _checked("开展普法宣传活动120余场，同比增长20%。")
    assert not _yoy(result)
    assert [f.kind for f in _problems(result)] == ["unsupported"]


# --- the offline writer -----------------------------------------------------------------------

def _offline_report(facts):
    from drafter.config import Settings
    from drafter.draft import plan
    from drafter.draft._briefs import make_brief
    from drafter.llm._offline import write_section

    outline = plan(facts, Settings())
    topics = [s.topic for s in outline.sections if s.topic]
    out = []
    for planned in outline.sections:
        brief = make_brief(facts, planned, skeleton=outline.skeleton, report_topics=topics)
        text = write_section(brief)
        result = verify_text(text, facts.facts, year=facts.year, section_kind=planned.kind, expected=brief.facts)
        out.append((text, check_yoy_against_facts(text, result, facts.facts)))
    return out


def test_offline_writer_states_the_change_and_the_verifier_accepts_it():
    sections = _offline_report(_facts())
    text = "\n".join(t for t, _ in sections)
    assert "收到行政复议申请45件，同比增长12.5%" in text
    assert "98%，比上年提高3个百分点" in text
    assert "270万元，同比翻一番" in text
    assert "120余场，同比" not in text                 # a rough figure gets no rate
    for _, result in sections:
        assert not [f for f in result.problems if f.kind != "to_fill"]
    right = [f for _, r in sections for f in _yoy(r)]
    assert len(right) == 3 and all(f.severity == "info" and f.formula for f in right)


@pytest.mark.parametrize("value, last, unit, phrase", [
    (45, 40, "件", "同比增长12.5%"),
    (30, 40, "件", "同比下降25%"),
    (100, 30, "件", "同比增长233.3%"),      # 233.33…: one decimal
    (7, 7, "件", "与上年持平"),
    (96.5, 98.25, "%", "比上年下降1.75个百分点"),
    (3, 0, "件", None),
])
def test_the_phrase_rounds_to_one_decimal_and_says_points_for_rates(value, last, unit, phrase):
    from drafter.lastyear import yoy_phrase

    assert yoy_phrase(Decimal(str(value)), Decimal(str(last)), unit) == phrase


# --- the model prompt -------------------------------------------------------------------------

def _prompt(facts, key: str) -> str:
    from drafter.config import Settings
    from drafter.draft import plan
    from drafter.draft._briefs import make_brief
    from drafter.draft._prompts import build_request

    outline = plan(facts, Settings())
    brief = make_brief(facts, outline.section(key), skeleton=outline.skeleton)
    return build_request(Settings(), brief).messages[1]["content"]


def test_the_prompt_carries_both_values_the_clause_and_the_points_rule():
    from drafter.config import Settings
    from drafter.draft import plan

    facts = _facts()
    keys = [s.key for s in plan(facts, Settings()).sections]
    prompts = "\n".join(_prompt(facts, k) for k in keys)
    assert "| 收到行政复议申请 | 45件 | 40件 | 同比增长12.5% |" in prompts
    assert "| 人民调解调处成功率 | 98% | 95% | 比上年提高3个百分点 |" in prompts
    assert "“提高3个百分点”，不是“增长3%”" in prompts
    assert "开展普法宣传活动 | 120余场 |" not in prompts      # a rough figure: no 同比 offered


def test_without_last_year_the_prompt_still_forbids_any_yoy():
    facts = facts_from_dict({**FACTS, "数据": [{k: v for k, v in row.items() if k != "上年值"}
                                             for row in FACTS["数据"]]})
    prompt = _prompt(facts, "work-01")
    assert "不得写比例、同比、排名" in prompt and "同比规则" not in prompt


# --- drafter draft --last-year ----------------------------------------------------------------

LAST_REPORT = """某县司法局2023年法治政府建设年度报告
一、主要举措和成效
（一）行政复议。全年收到行政复议申请40件，依法审结38件。
（二）人民调解。人民调解调处成功率达95%。
二、存在的不足
一是基层法治力量相对薄弱。
三、2024年工作打算
一是深化行政复议体制改革，推进行政复议决定书网上公开。二是建设智慧司法所，为各司法所配齐视频调解终端。
"""

SHEET = """机关名称: 某县司法局
年度: 2024
上年报告: 2023年报告.txt
工作事项:
  - 事项: 行政复议
    要点:
      - 深化行政复议体制改革，推进行政复议决定书网上公开
数据:
  - {事项: 收到行政复议申请, 数值: 45, 单位: 件, 主题: 行政复议, 上年值: 40}
  - {事项: 人民调解调处成功率, 数值: 98%, 上年值: 95%}
"""


def _draft_cli(args):
    from click.testing import CliRunner

    from drafter.cli import _draft  # noqa: F401  (registers the commands)
    from drafter.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.mark.parametrize("named_in_sheet", [True, False])
def test_draft_with_last_year_lists_the_unanswered_plan_and_writes_verified_yoy(home, tmp_path, named_in_sheet):
    (tmp_path / "2023年报告.txt").write_text(LAST_REPORT, encoding="utf-8")
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(SHEET if named_in_sheet else SHEET.replace("上年报告: 2023年报告.txt\n", ""), encoding="utf-8")
    out = tmp_path / "out.md"
    args = ["draft", sheet, "-o", out] + ([] if named_in_sheet else ["--last-year", tmp_path / "2023年报告.txt"])
    result = _draft_cli(args)
    assert result.exit_code == 0, result.output
    assert "上年计划未见回应（1项" in result.output
    assert "配齐视频调解终端" in result.output            # the plan this year's facts never answer
    assert "推进行政复议决定书网上公开。" not in result.output.split("上年计划未见回应")[1]
    assert "同比 2 处（有误 0 处）" in result.output and "上年计划 2 项中 1 项未见回应" in result.output
    text = out.read_text(encoding="utf-8")
    assert "同比增长12.5%" in text and "比上年提高3个百分点" in text


def test_draft_without_a_last_year_report_says_nothing_about_it(home, tmp_path):
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(SHEET.replace("上年报告: 2023年报告.txt\n", ""), encoding="utf-8")
    result = _draft_cli(["draft", sheet, "-o", tmp_path / "out.md"])
    assert result.exit_code == 0, result.output
    assert "对照上年报告" not in result.output


def test_a_missing_last_report_named_in_the_sheet_is_a_notice_not_a_failure(home, tmp_path):
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(SHEET, encoding="utf-8")
    result = _draft_cli(["draft", sheet, "-o", tmp_path / "out.md"])
    assert result.exit_code == 0, result.output
    assert "上年报告“2023年报告.txt”找不到" in result.output


def test_a_hand_edited_draft_with_a_wrong_yoy_fails_drafter_verify_with_the_formula(tmp_path):
    from click.testing import CliRunner

    from drafter.cli import _numbers  # noqa: F401
    from drafter.cli import cli

    sheet = tmp_path / "facts.yaml"
    sheet.write_text(SHEET.replace("上年报告: 2023年报告.txt\n", ""), encoding="utf-8")
    draft = tmp_path / "稿.txt"
    draft.write_text("全年收到行政复议申请45件，同比增长15%。人民调解调处成功率达98%，同比增长3%。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["verify", str(draft), "--facts", str(sheet)])
    assert result.exit_code == 1
    assert "应为13%" in result.output and "算式：(45−40)÷40≈12.5%" in result.output
    assert "提高3个百分点" in result.output and "算式：98%−95%=3个百分点" in result.output


def test_drafter_verify_reads_the_last_report_named_in_the_facts_file(tmp_path):
    from click.testing import CliRunner

    from drafter.cli import _numbers  # noqa: F401
    from drafter.cli import cli

    (tmp_path / "2023年报告.txt").write_text(LAST_REPORT, encoding="utf-8")
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(SHEET, encoding="utf-8")
    draft = tmp_path / "稿.txt"
    draft.write_text("（一）行政复议。深化行政复议体制改革，推进行政复议决定书网上公开，"
                     "全年收到行政复议申请45件，同比增长12.5%。人民调解调处成功率达98%，比上年提高3个百分点。\n",
                     encoding="utf-8")
    result = CliRunner().invoke(cli, ["verify", str(draft), "--facts", str(sheet)])
    assert result.exit_code == 0, result.output
    assert "同比 2 处（有误 0 处）" in result.output
    assert "上年计划 2 项中 1 项未见回应" in result.output and "配齐视频调解终端" in result.output


def test_flat_is_checked_against_the_two_values():
    wrong = _yoy(_checked("全年收到行政复议申请45件，与上年持平。"))
    assert [(f.severity, f.rule) for f in wrong] == [("error", "direction")]
    assert "应写“同比增长12.5%”" in wrong[0].message and wrong[0].formula == "(45−40)÷40≈12.5%"
    facts = facts_from_dict({"机关名称": "某县司法局", "年度": 2024,
                             "数据": [{"事项": "收到行政复议申请", "数值": 40, "单位": "件", "上年值": 40}]})
    text = "全年收到行政复议申请40件，与上年持平。"
    result = check_yoy_against_facts(text, verify_text(text, facts.facts, year=2024), facts.facts)
    assert [f.severity for f in _yoy(result)] == ["info"] and result.ok
