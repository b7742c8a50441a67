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
    assert "－ 全年共收到行政复议申请37件" in diff.output and "＋ 收到行政复议申请37件" in diff.output
    restored = _run(["restore", draft_id, "（六）", "1"])
    assert "第3版" in restored.output
    text = _run(["show", draft_id, "--text"]).output
    assert "全年共收到行政复议申请37件" in text
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
