"""`drafter numbers` and `drafter verify` through click's CliRunner."""

from __future__ import annotations

import json

from click.testing import CliRunner

from drafter.cli import cli
from drafter.cli import _numbers  # noqa: F401  (registers the commands)

# S2 002
SENTENCE = "截至10月底,收到行政复议案件20件,受理19件,审结12件,其中维持7件、终止5件,法定时限内办结率100%。"


def write_facts(tmp_path, facts, year=2018):
    path = tmp_path / "facts.json"
    path.write_text(json.dumps({"org": "无锡市锡山区人民政府", "year": year, "facts": facts},
                               ensure_ascii=False), encoding="utf-8")
    return path


FACTS = [
    {"label": "收到行政复议申请", "value": 20, "unit": "件"},
    {"label": "受理行政复议案件", "value": 19, "unit": "件"},
    {"label": "审结行政复议案件", "value": 12, "unit": "件"},
    {"label": "维持", "value": 7, "unit": "件"},
    {"label": "终止", "value": 5, "unit": "件"},
    {"label": "法定时限内办结率", "value": 100, "unit": "%"},
]


def test_numbers_json(tmp_path, home):
    draft = tmp_path / "draft.txt"
    draft.write_text(SENTENCE + "\n审计查出管理不规范金额8.76亿元。", encoding="utf-8")
    result = CliRunner().invoke(cli, ["numbers", str(draft), "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert all({"text", "start", "end", "value", "unit", "approx", "kind"} <= set(r) for r in rows)
    money = next(r for r in rows if r["kind"] == "money")
    assert money == {"text": "8.76亿元", "start": money["start"], "end": money["end"], "value": "8.76",
                     "value_high": None, "unit": "亿元", "approx": None, "kind": "money",
                     "where": "第2段", "paragraph": 2, "quote": "审计查出管理不规范金额8.76亿元。"}
    assert all(isinstance(r["value"], (str, type(None))) for r in rows)


def test_numbers_plain(tmp_path, home):
    draft = tmp_path / "draft.txt"
    draft.write_text(SENTENCE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["numbers", str(draft)])
    assert result.exit_code == 0
    assert "计数" in result.output and "共 7 处数字" in result.output


def test_verify_clean_exits_0(tmp_path, home):
    draft = tmp_path / "draft.txt"
    draft.write_text(SENTENCE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["verify", str(draft), "--facts", str(write_facts(tmp_path, FACTS))])
    assert result.exit_code == 0, result.output
    assert "没有发现问题" in result.output


def test_verify_findings_exit_1(tmp_path, home):
    draft = tmp_path / "draft.txt"
    draft.write_text(SENTENCE.replace("审结12件", "审结20件"), encoding="utf-8")
    facts = write_facts(tmp_path, FACTS)
    result = CliRunner().invoke(cli, ["verify", str(draft), "--facts", str(facts)])
    assert result.exit_code == 1
    assert "疑似张冠李戴" in result.output
    result = CliRunner().invoke(cli, ["verify", str(draft), "--facts", str(facts), "--json"])
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["ok"] is False
    kinds = [f["kind"] for f in data["findings"]]
    assert "misattributed" in kinds and "unused_fact" in kinds
    assert {"kind", "severity", "message", "start", "end", "text", "fact_id", "formula"} <= set(data["findings"][0])


def test_verify_year_option_and_era(tmp_path, home):
    draft = tmp_path / "draft.txt"
    draft.write_text("区法制办审查规范性文件14件。", encoding="utf-8")
    facts = write_facts(tmp_path, [{"label": "审查规范性文件", "value": 14, "unit": "件"}], year=2018)
    assert CliRunner().invoke(cli, ["verify", str(draft), "--facts", str(facts)]).exit_code == 0
    result = CliRunner().invoke(cli, ["verify", str(draft), "--facts", str(facts), "--year", "2022"])
    assert result.exit_code == 1 and "司法局" in result.output


def test_verify_bad_facts_file_is_a_clerk_error(tmp_path, home):
    draft = tmp_path / "draft.txt"
    draft.write_text(SENTENCE, encoding="utf-8")
    bad = tmp_path / "facts.json"
    bad.write_text("{不是 JSON", encoding="utf-8")
    result = CliRunner().invoke(cli, ["verify", str(draft), "--facts", str(bad)])
    assert result.exit_code == 2
