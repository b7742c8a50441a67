"""Last year's report as an input (drafter.lastyear, `drafter verify --last-year`), issue 11.

The sentences are written here in the register of real reports (not taken from the seeds);
the pairs in tests/data/lastyear/ with their key are scored by bench/lastyear.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from drafter.cli import _numbers  # noqa: F401  (registers the commands)
from drafter.cli import cli
from drafter.facts import facts_from_dict
from drafter.lastyear import LastYearReport, compare, facts_texts, merge, needs_attention
from drafter.verify import verify_text

DATA = Path(__file__).parent / "data" / "lastyear"

LAST = """某县市场监督管理局2023年法治政府建设年度报告
2023年，县市场监管局坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：
一、主要举措和成效
（一）严格规范执法。全年查办各类违法案件318件，罚没款412.6万元。组织执法人员培训5期，培训执法人员260人次。
（二）优化营商环境。全县新增经营主体6120户。推行“证照分离”改革，涉企经营许可事项办理时限平均压缩40%。
（三）强化质量监管。开展食品安全监督抽检1850批次，合格率97.5%。公布年度重大行政决策事项目录，纳入目录事项4项。
二、存在的不足
一是执法人员专业能力有待提高。二是基层所执法装备不足。
三、2024年工作打算
一是开展食品安全“守底线”专项行动，加大抽检力度。二是建立企业信用修复协同机制，帮助失信企业重塑信用。三是推进基层所规范化建设，为各基层所配齐快检设备。四是健全重大行政决策事项目录管理，扩大公众参与。
"""

THIS = """某县市场监督管理局2024年法治政府建设年度报告
2024年，县市场监管局坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：
一、主要举措和成效
（一）严格规范执法。全年查办各类违法案件318件，罚没款455.2万元。组织执法人员培训5期, 培训执法人员260人次。
（二）优化营商环境。全县新增经营主体7344户，同比增长20%。建立企业信用修复协同机制，帮助412家失信企业完成信用修复。
（三）强化质量监管。深入开展食品安全“守底线”专项行动，完成食品安全监督抽检2210批次，合格率98.2%，同比提高0.7%。公布年度重大行政决策事项目录，纳入目录事项6项。
二、存在的不足
一是执法人员专业能力有待提高。二是新业态监管手段还不够多。
三、2025年工作打算
一是深化信用监管。二是推进智慧监管平台建设。
"""

FACTS = {
    "org": "某县市场监督管理局", "year": 2024,
    "facts": [
        {"label": "查办违法案件", "value": 296, "unit": "件"},
        {"label": "罚没款", "value": 455.2, "unit": "万元"},
        {"label": "执法人员培训", "value": 5, "unit": "期"},
        {"label": "培训执法人员", "value": 260, "unit": "人次"},
        {"label": "新增经营主体", "value": 7344, "unit": "户"},
        {"label": "完成信用修复的失信企业", "value": 412, "unit": "家"},
        {"label": "食品安全监督抽检", "value": 2210, "unit": "批次"},
        {"label": "抽检合格率", "value": 98.2, "unit": "%"},
        {"label": "重大行政决策目录事项", "value": 6, "unit": "项"},
    ],
}


def _compare(this: str = THIS, last: str = LAST, facts: dict = FACTS):
    loaded = facts_from_dict(facts)
    result = verify_text(this, loaded.facts, year=loaded.year)
    comparison = compare(this, LastYearReport(None, last.split("\n")), result, extra=facts_texts(loaded))
    return this, result, comparison


def _at(text: str, findings, figure: str, kind: str):
    start = text.index(figure)
    return [f for f in findings if f.kind == kind and f.start == start]


def test_an_unsupported_figure_equal_to_last_years_under_the_same_label_is_stale():
    text, _, comparison = _compare()
    stale = _at(text, comparison.findings, "318件", "stale")
    assert len(stale) == 1 and stale[0].severity == "error"
    assert "疑似沿用上年数据" in stale[0].message
    assert "上年报告第4段" in stale[0].message and "318件" in stale[0].message


def test_a_figure_equal_to_last_years_under_another_label_is_not_stale():
    # 4项 equals last year's 纳入目录事项4项 in value and unit, but counts something else
    this = THIS.replace("纳入目录事项6项。", "纳入目录事项6项。对抽检发现的4项共性问题责令限期整改。")
    text, result, comparison = _compare(this)
    start = text.index("4项")
    assert any(f.start == start for f in result.problems)        # unsupported, as the verifier says
    assert [f.text for f in comparison.of_kind("stale")] == ["318件"]


def test_a_supported_figure_equal_to_last_year_is_a_reminder_only_in_a_near_identical_sentence():
    text, _, comparison = _compare()
    # 组织执法人员培训5期, 培训执法人员260人次: last year's sentence with a half-width comma; the one
    # reminder for the copied sentence names its figures instead of one 提醒 per figure
    assert not comparison.of_kind("repeated")
    copied = [f for f in comparison.of_kind("copied") if "5期" in f.text]
    assert len(copied) == 1 and "其中5期、260人次也与上年相同" in copied[0].message
    # one word added: no longer the same sentence, but near-identical with every figure unchanged
    near = THIS.replace("组织执法人员培训5期, 培训执法人员260人次。", "组织执法人员培训5期，共培训执法人员260人次。")
    text, _, comparison = _compare(near)
    assert [f.text for f in comparison.of_kind("repeated")] == ["5期", "260人次"]
    assert all(f.severity == "warning" and "上年报告第4段" in f.message for f in comparison.of_kind("repeated"))
    # a rewritten paragraph with the same figure by chance would not be flagged
    changed = THIS.replace("组织执法人员培训5期, 培训执法人员260人次。", "举办执法业务培训班5期，共260人次参训，覆盖全部一线执法人员。")
    text2, _, comparison2 = _compare(changed)
    assert not comparison2.of_kind("repeated")
    assert not comparison2.of_kind("stale") or [f.text for f in comparison2.of_kind("stale")] == ["318件"]


def test_a_rate_at_100_percent_both_years_is_not_stale():
    this = THIS.replace("纳入目录事项6项。", "纳入目录事项6项。投诉举报按期办结率100%。")
    last = LAST.replace("纳入目录事项4项。", "纳入目录事项4项。投诉举报按期办结率100%。")
    text, result, comparison = _compare(this, last)
    assert any(f.start == text.index("100%") for f in result.problems)     # unsupported: no fact
    assert [f.text for f in comparison.of_kind("stale")] == ["318件"]
    assert any("办结率100%" in f.text for f in comparison.of_kind("copied"))


def test_a_figure_that_meets_last_years_plan_target_is_not_stale():
    last = LAST.replace("四是健全重大行政决策事项目录管理，扩大公众参与。",
                        "四是健全重大行政决策事项目录管理，扩大公众参与。五是开展执法人员轮训3期。")
    this = THIS.replace("纳入目录事项6项。", "纳入目录事项6项。开展执法人员轮训3期。")
    text, result, comparison = _compare(this, last)
    assert any(f.start == text.index("3期") for f in result.problems)     # no fact: the verifier says so
    assert [f.text for f in comparison.of_kind("stale")] == ["318件"]     # but it is no stale figure
    # the same figure in last year's work part would be
    last_work = LAST.replace("组织执法人员培训5期", "开展执法人员轮训3期，组织执法人员培训5期")
    text, result, comparison = _compare(this, last_work)
    assert "3期" in [f.text for f in comparison.of_kind("stale")]


def test_copied_sentences_are_listed_after_normalising_punctuation_but_not_headings_or_formulas():
    text, _, comparison = _compare()
    copied = [text[f.start:f.end] for f in comparison.of_kind("copied")]
    assert "组织执法人员培训5期, 培训执法人员260人次。" in copied          # 、/, differences ignored
    assert "一是执法人员专业能力有待提高。" in copied
    assert not any(c.startswith("（一）") for c in copied)               # run-in headings repeat every year
    assert "现将有关情况报告如下：" not in "".join(copied)                  # a formula, too short
    assert all(f.severity == "warning" for f in comparison.of_kind("copied"))


def test_last_years_plans_are_split_and_matched_by_their_new_words():
    _, _, comparison = _compare()
    status = {p.text.split("，")[0]: p.answered for p in comparison.plans}
    assert len(comparison.plans) == 4
    assert status["开展食品安全“守底线”专项行动"] is True
    assert status["建立企业信用修复协同机制"] is True
    assert status["推进基层所规范化建设"] is False
    # 重大行政决策事项目录 was already last year's work: its words alone do not answer the plan
    assert status["健全重大行政决策事项目录管理"] is False
    unanswered = comparison.of_kind("plan_unanswered")
    assert len(unanswered) == 2 and all("上年计划未见回应" in f.message for f in unanswered)


def test_plan_items_under_subheadings_and_numbered_lines():
    last = LAST.replace(
        "一是开展食品安全“守底线”专项行动，加大抽检力度。二是建立企业信用修复协同机制，帮助失信企业重塑信用。"
        "三是推进基层所规范化建设，为各基层所配齐快检设备。四是健全重大行政决策事项目录管理，扩大公众参与。",
        "（一）开展食品安全“守底线”专项行动。加大抽检力度。\n（二）推进基层所规范化建设。为各基层所配齐快检设备。")
    _, _, comparison = _compare(last=last)
    assert [p.answered for p in comparison.plans] == [True, False]
    numbered = LAST.replace("一是开展", "1．开展").replace("二是建立", "\n2．建立").replace(
        "三是推进", "\n3．推进").replace("四是健全", "\n4．健全")
    _, _, comparison = _compare(last=numbered)
    assert len(comparison.plans) == 4


def test_yoy_rate_and_points():
    text, _, comparison = _compare()
    rate = _at(text, comparison.findings, "20%", "yoy")
    assert rate and rate[0].severity == "info" and "(7344−6120)÷6120" in rate[0].formula
    points = _at(text, comparison.findings, "0.7%", "yoy")
    assert points and points[0].severity == "error" and points[0].rule == "points_as_percent"
    assert "0.7个百分点" in points[0].message


@pytest.mark.parametrize("claim, rule", [
    ("同比增长21%", "rate"),                 # (7344−6120)÷6120 = 20.0%
    ("同比下降20%", "direction"),
    ("同比增长20个百分点", "percent_as_points"),
    ("同比增长20.0%", None),                 # rounding to the digits written: 20.0 is right
    ("同比增长20.1%", "rate"),               # … and 20.1 is not
    ("实现翻一番", "rate"),
    ("同比增长1倍", "rate"),                 # 增长1倍 is twice last year's, not 1.2 times
])
def test_yoy_claims_on_a_count(claim, rule):
    this = THIS.replace("同比增长20%", claim)
    text, _, comparison = _compare(this)
    found = _at(text, comparison.findings, claim.replace("同比增长", "").replace("同比下降", "").replace("实现", ""),
                "yoy")
    assert found
    assert (found[0].severity == "error") == (rule is not None)
    assert found[0].rule == rule


def test_a_yoy_claim_whose_figure_last_year_did_not_report_is_left_for_the_clerk():
    this = THIS.replace("纳入目录事项6项。", "纳入目录事项6项。受理消费者投诉举报2630件，同比增长18%。")
    text, result, comparison = _compare(this)
    found = _at(text, comparison.findings, "18%", "yoy")
    assert found and found[0].severity == "warning" and found[0].rule == "unchecked"
    assert "2630件" in found[0].message
    assert needs_attention(merge(result.findings, comparison))


def test_points_fall_written_right_and_wrong():
    this = THIS.replace("合格率98.2%，同比提高0.7%", "合格率96.9%，同比下降0.6个百分点")
    facts = {**FACTS, "facts": [f if f["label"] != "抽检合格率" else {**f, "value": 96.9} for f in FACTS["facts"]]}
    text, _, comparison = _compare(this, facts=facts)
    ok = _at(text, comparison.findings, "0.6个百分点", "yoy")
    assert ok and ok[0].severity == "info"
    wrong = this.replace("同比下降0.6个百分点", "同比下降0.5个百分点")
    text, _, comparison = _compare(wrong, facts=facts)
    bad = _at(text, comparison.findings, "0.5个百分点", "yoy")
    assert bad and bad[0].rule == "rate" and "0.6个百分点" in bad[0].message


def test_merge_puts_stale_and_yoy_in_place_of_the_plain_verifier_finding():
    text, result, comparison = _compare()
    start = text.index("318件")
    assert any(f.start == start and f.kind in ("unsupported", "misattributed") for f in result.findings)
    merged = merge(result.findings, comparison)
    assert [f.kind for f in merged if f.start == start] == ["stale"]
    start = text.index("20%")
    assert [f.kind for f in merged if f.start == start] == ["yoy"]
    assert needs_attention(merged)
    reminders_only = [f for f in merged if f.kind in ("copied", "repeated", "plan_unanswered")]
    assert reminders_only and not needs_attention(reminders_only)


def _run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _facts_file(tmp_path, facts=FACTS):
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    return path


def test_cli_on_txt_lists_the_three_lists_and_fails_on_a_stale_figure(tmp_path):
    out = _run("verify", _write(tmp_path, "今年.txt", THIS), "--facts", _facts_file(tmp_path),
               "--last-year", _write(tmp_path, "去年.txt", LAST))
    assert out.exit_code == 1, out.output
    assert "疑似沿用上年数据" in out.output and "第4段「" in out.output
    assert "整句与上年报告相同" in out.output
    assert "[提醒] 上年报告：上年计划未见回应" in out.output
    assert "算式：97.5%" not in out.output and "算式：98.2%−97.5%=0.7个百分点" in out.output
    assert "对照上年报告：疑似沿用上年数据 1 处" in out.output


def test_cli_exit_code_is_zero_when_only_reminders_remain(tmp_path):
    this = THIS.replace("查办各类违法案件318件", "查办各类违法案件296件").replace("同比提高0.7%", "同比提高0.7个百分点")
    out = _run("verify", _write(tmp_path, "今年.txt", this), "--facts", _facts_file(tmp_path),
               "--last-year", _write(tmp_path, "去年.txt", LAST), "--json")
    data = json.loads(out.output)
    kinds = {f["kind"] for f in data["findings"]}
    assert {"copied", "plan_unanswered"} <= kinds and "stale" not in kinds
    assert out.exit_code == 0 and data["ok"] is True
    assert [p["answered"] for p in data["last_year"]["plans"]] == [True, True, False, False]
    # 守底线 is answered in 第6段 (质量监管), 信用修复 in 第5段 (营商环境), counted as Word counts
    assert [p.get("paragraph") for p in data["last_year"]["plans"]] == [6, 5, None, None]


def _docx(path: Path, text: str) -> Path:
    document = docx.Document()
    for line in text.split("\n"):
        if line:
            document.add_paragraph(line)
    document.save(path)
    return path


def test_cli_on_docx_for_both_years(tmp_path):
    this = _docx(tmp_path / "今年.docx", THIS)
    last = _docx(tmp_path / "去年.docx", LAST)
    out = _run("verify", this, "--facts", _facts_file(tmp_path), "--last-year", last, "--json")
    assert out.exit_code == 1
    data = json.loads(out.output)
    stale = [f for f in data["findings"] if f["kind"] == "stale"]
    assert [(f["text"], f["paragraph"]) for f in stale] == [("318件", 4)]
    assert data["last_year"]["stale"] == 1


def test_cli_last_year_file_that_cannot_be_read_is_exit_code_2(tmp_path):
    bad = tmp_path / "去年.docx"
    bad.write_bytes(b"not a zip")
    out = _run("verify", _write(tmp_path, "今年.txt", THIS), "--facts", _facts_file(tmp_path), "--last-year", bad)
    assert out.exit_code == 2


def test_the_key_pairs_meet_the_issue_targets(monkeypatch):
    """The same scoring as bench/lastyear.py, on the pairs written for it."""
    import importlib.util
    import sys

    script = Path(__file__).parent.parent / "bench" / "lastyear.py"
    spec = importlib.util.spec_from_file_location("bench_lastyear", script)
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_lastyear", bench)   # its dataclass looks itself up there
    spec.loader.exec_module(bench)
    import yaml

    ours, base = bench.Tally(), bench.Tally()
    for pair in yaml.safe_load((DATA / "key.yaml").read_text(encoding="utf-8"))["pairs"]:
        bench.score_pair(pair, ours, base)
    caught, stale = ours.get("stale")
    false, others = ours.get("false_stale")
    assert caught / stale >= 0.95 and false / others <= 0.02
    assert ours.get("points")[0] == ours.get("points")[1] > 0
    assert ours.get("repeated")[0] == ours.get("repeated")[1] > 0   # 100% included: a 提醒, not stale
    assert ours.get("plans")[0] == ours.get("plans")[1]
    assert ours.get("yoy_caught")[0] == ours.get("yoy_caught")[1] > 0
    assert base.get("false_stale")[0] > false       # the naive rule really does cry wolf here


def test_a_stale_figure_names_this_years_fact_of_the_same_label_only():
    text, result, comparison = _compare()
    merged = merge(result.findings, comparison)
    stale = [f for f in merged if f.kind == "stale"]
    assert len(stale) == 1 and "今年事实材料中为事实「查办违法案件」（296件）" in stale[0].message
    # a verifier's nearest fact under another label is not repeated as if it were this figure's
    facts = {**FACTS, "facts": [f for f in FACTS["facts"] if f["label"] != "查办违法案件"]}
    text, result, comparison = _compare(facts=facts)
    stale = [f for f in merge(result.findings, comparison) if f.kind == "stale"]
    assert len(stale) == 1 and "今年事实材料中为" not in stale[0].message


def _last_year_docx(path: Path) -> Path:
    """Last year's report with its figures in a table: 2023年 (the year reported) and 2022年 columns."""
    document = docx.Document()
    document.add_paragraph("某县市场监督管理局2023年法治政府建设年度报告")
    document.add_paragraph("2023年，县市场监管局扎实推进法治政府建设，主要数据见下表。")
    rows = [["项目", "2023年", "2022年"], ["查办违法案件（件）", "318", "296"], ["罚没款（万元）", "412.6", "455.2"]]
    table = document.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("三、2024年工作打算")
    document.add_paragraph("一是开展食品安全“守底线”专项行动。")
    document.save(path)
    return path


def test_a_figure_carried_over_from_last_years_table_is_stale_and_named_by_its_row(tmp_path):
    from drafter.lastyear import read_last_year

    last = read_last_year(_last_year_docx(tmp_path / "2023年报告.docx"))
    loaded = facts_from_dict(FACTS)
    this = "2024年，全年查办各类违法案件318件，罚没款455.2万元。"
    result = verify_text(this, loaded.facts, year=loaded.year)
    comparison = compare(this, last, result, extra=facts_texts(loaded))
    stale = _at(this, comparison.findings, "318件", "stale")
    assert stale and "上年报告表1第2行" in stale[0].message
    # 455.2 stands in last year's table too, but in its 2022年 column: that is not last year's figure
    assert not _at(this, comparison.findings, "455.2万元", "stale") and not _at(this, comparison.findings, "455.2万元", "repeated")


def test_last_years_report_with_a_table_survives_being_kept_with_a_draft(tmp_path):
    from drafter.lastyear import read_last_year

    last = read_last_year(_last_year_docx(tmp_path / "2023年报告.docx"))
    kept = LastYearReport.from_record(json.loads(json.dumps(last.to_record(), ensure_ascii=False)))
    assert kept.lines == last.lines and [m.text for m in kept.mentions()] == [m.text for m in last.mentions()]
    assert [(m.text, m.unit) for m in kept.mentions() if m.text in ("318", "412.6")] == [("318", "件"), ("412.6", "万元")]


def test_last_years_value_is_proposed_from_its_table(tmp_path):
    from drafter.lastyear import propose_last_year_values, read_last_year

    last = read_last_year(_last_year_docx(tmp_path / "2023年报告.docx"))
    proposals = propose_last_year_values(facts_from_dict(FACTS).facts, last)
    assert {(p.label, p.value) for p in proposals} >= {("查办违法案件", 318)}
    assert all(p.value != 296 for p in proposals)         # the 2022年 column is the year before last
