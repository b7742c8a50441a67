"""`drafter draft / regen / show / export / drafts / diff / restore` through click's CliRunner."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixtures_draft import EXAMPLE_FACTS, model_reply

from drafter.cli import cli
from drafter.cli import _draft  # noqa: F401  (registers the commands)
from drafter.register import quantity


def _run(args, env=None):
    return CliRunner().invoke(cli, args, env=env, catch_exceptions=False)


def _draft_id(output: str) -> str:
    return re.search(r"草稿编号：(\w+)", output).group(1)


@pytest.fixture
def drafted(home, tmp_path):
    result = _run(["draft", str(EXAMPLE_FACTS), "-o", str(tmp_path / "out.docx"), "--md", str(tmp_path / "out.md")])
    return result, tmp_path


def test_offline_draft_writes_a_docx_with_every_fact(drafted, example_facts):
    result, folder = drafted
    assert result.exit_code == 0, result.output
    out = result.output
    assert "使用后端：离线模板（未配置 DRAFTER_BASE_URL）" in out
    assert len([line for line in out.splitlines() if line.startswith("✓ ")]) == 13
    assert "✓ （六）发挥行政复议化解行政争议主渠道作用" in out
    assert "核验小结：本稿由离线模板生成。共13节：完成13节，失败0节。数字核验全部通过。" in out
    assert f"已导出：{folder / 'out.docx'}" in out and f"已导出：{folder / 'out.md'}" in out
    import docx

    document = docx.Document(str(folder / "out.docx"))
    body = "\n".join(p.text for p in document.paragraphs)
    for fact in example_facts.facts:
        assert quantity(fact.value, fact.unit, fact.approx) in body, fact
    assert "本稿由离线模板根据录入事实生成" in body
    assert "现将有关情况报告如下：" in (folder / "out.md").read_text(encoding="utf-8")


def test_show_regen_diff_restore_export_and_list(drafted):
    result, folder = drafted
    draft_id = _draft_id(result.output)
    listed = _run(["drafts"])
    assert listed.output.startswith(draft_id) and "离线模板" in listed.output
    regen = _run(["regen", draft_id, "二（六）", "--instruction", "更简洁"])
    assert regen.exit_code == 0, regen.output
    assert "第2版" in regen.output and "收到行政复议申请37件" in regen.output
    shown = _run(["show", draft_id, "--versions"])
    assert "work-06" in shown.output and "第2版　重新生成　离线模板" in shown.output
    assert "修改意见：更简洁" in shown.output
    diff = _run(["diff", draft_id, "work-06", "1", "2"])
    # version 1 opens the item with a sentence of practice; the concise version 2 goes straight to the figures
    assert re.search(r"－ [^\n]*秉持复议为民理念[^\n]*\n  收到行政复议申请37件", diff.output), diff.output
    restored = _run(["restore", draft_id, "（六）", "1"])
    assert "第3版" in restored.output
    text = _run(["show", draft_id, "--text"]).output
    assert "推动行政争议实质性化解。收到行政复议申请37件" in text      # version 1's sentence of practice is back
    exported = _run(["export", draft_id, "-o", str(folder / "again.txt")])
    assert exported.exit_code == 0 and (folder / "again.txt").read_text(encoding="utf-8").count("37件") == 1


def test_clerk_errors_exit_2_in_chinese(drafted):
    result, _ = drafted
    draft_id = _draft_id(result.output)
    unknown = CliRunner().invoke(cli, ["regen", draft_id, "（二十）"])
    assert unknown.exit_code == 2 and "找不到“（二十）”" in unknown.output and "work-01" in unknown.output
    missing = CliRunner().invoke(cli, ["show", "zzzzzzzz"])
    assert missing.exit_code == 2 and "错误：" in missing.output
    bad_skeleton = CliRunner().invoke(cli, ["draft", str(EXAMPLE_FACTS), "--skeleton", "五段式"])
    assert bad_skeleton.exit_code == 2 and "找不到报告骨架“五段式”" in bad_skeleton.output


def test_bad_facts_file_exits_2(home, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("机关名称: 某局\n年度: 二〇二三\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["draft", str(bad)])
    assert result.exit_code == 2 and result.output.startswith("错误：")


def test_a_failed_section_exits_1(home, tmp_path, llm_server):
    from fixtures_llm import Reply

    llm_server.default = lambda body: (Reply(status=401) if "【工作事项】行政复议" in body["messages"][-1]["content"]
                                       else model_reply(body))
    env = {"DRAFTER_BASE_URL": llm_server.base_url, "DRAFTER_API_KEY": "k", "DRAFTER_MODEL": "test-model",
           "DRAFTER_MAX_RETRIES": "0"}
    result = _run(["draft", str(EXAMPLE_FACTS), "--md", str(tmp_path / "r.md")], env=env)
    assert result.exit_code == 1, result.output
    assert "使用后端：模型 test-model" in result.output
    assert re.search(r"^✗ （六）.*本节生成失败：", result.output, re.M)
    assert "失败1节" in result.output and "drafter regen" in result.output
    assert Path(tmp_path / "r.md").exists()


def _heading1(markdown: str) -> list[str]:
    return [line[3:] for line in markdown.splitlines() if line.startswith("## ")]


def test_draft_follows_article_25_by_default_and_closes_with_tecibaogao(drafted):
    result, folder = drafted
    md = (folder / "out.md").read_text(encoding="utf-8")
    assert _heading1(md) == ["一、2023年推进法治政府建设的主要举措和成效", "二、存在的不足和原因",
                             "三、局党组主要负责同志履行推进法治建设第一责任人职责情况",
                             "四、2024年推进法治政府建设的主要安排"]
    tail = [line for line in md.splitlines() if line.strip()][-3:]
    assert tail[0] == "特此报告。" and "示例市东城区司法局" in tail[1]     # the sample names a 主送机关


def test_draft_of_a_plain_sheet_in_the_leadership_first_order(home, tmp_path):
    import json

    sheet = tmp_path / "plain.json"
    sheet.write_text(json.dumps({"org": "某县司法局", "year": 2024, "level": "部门", "facts": [
        {"label": "调解矛盾纠纷", "value": 640, "unit": "件"},
        {"label": "收到行政复议申请", "value": 52, "unit": "件"},
        {"label": "办理行政处罚案件", "value": 310, "unit": "件"},
        {"label": "对证明事项实行告知承诺制", "value": 23, "unit": "项"}]}, ensure_ascii=False),
        encoding="utf-8")
    out = tmp_path / "plain.md"
    result = _run(["draft", str(sheet), "--skeleton", "第一责任人在前", "-o", str(out)])
    assert result.exit_code == 0, result.output
    md = out.read_text(encoding="utf-8")
    assert _heading1(md)[0].startswith("一、局党组主要负责同志") and "第一责任人" in _heading1(md)[0]
    # one （一） per inferred topic, in the standard order: 放管服 → 执法 → 复议 → 矛盾纠纷
    from drafter.config import load_settings
    from drafter.store import Store

    draft = Store(load_settings().db_path).get_draft(_draft_id(result.output))
    work = sorted((s for s in draft.sections if s.kind == "主要举措和成效"), key=lambda s: s.order)
    assert [s.topic for s in work] == ["放管服改革", "行政执法", "行政复议", "矛盾纠纷化解"]
    assert [f"**{s.heading}**" in md for s in work] == [True] * 4
    assert "统筹推进其他各项工作" not in md
    assert "特此报告。" not in md                                   # no 主送机关: the published form
