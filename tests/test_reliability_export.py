"""Reliability of export: a draft with many failed sections still exports, .docx included."""

from __future__ import annotations

import re

from click.testing import CliRunner
from fixtures_draft import EXAMPLE_FACTS, model_reply
from fixtures_llm import Reply

from drafter.cli import cli
from drafter.cli import _draft  # noqa: F401  (registers the commands)


def _run(args, env=None):
    return CliRunner().invoke(cli, args, env=env, catch_exceptions=False)


def test_many_failed_sections_still_export_docx_and_md(home, tmp_path, llm_server):
    # every 工作事项 section fails (more than four), the rest are written
    llm_server.default = lambda body: (Reply(status=500) if "【工作事项】" in body["messages"][-1]["content"]
                                       else model_reply(body))
    env = {"DRAFTER_BASE_URL": llm_server.base_url, "DRAFTER_API_KEY": "k", "DRAFTER_MODEL": "test-model",
           "DRAFTER_MAX_RETRIES": "0"}
    docx_path, md_path = tmp_path / "x.docx", tmp_path / "x.md"
    result = _run(["draft", str(EXAMPLE_FACTS), "-o", str(docx_path), "--md", str(md_path)], env=env)
    assert result.exit_code == 1, result.output
    failed = re.search(r"有(\d+)节生成失败", result.output)
    assert failed and int(failed.group(1)) >= 4, result.output
    assert docx_path.exists() and md_path.exists()
    assert "drafter regen" in result.output
    draft_id = re.search(r"草稿编号：(\w+)", result.output).group(1)

    again = _run(["export", draft_id, "-o", str(tmp_path / "again.docx")])
    assert again.exit_code == 0, again.output

    import docx

    document = docx.Document(str(tmp_path / "again.docx"))
    body = "\n".join(p.text for p in document.paragraphs)
    assert body.count("尚未生成") >= 4            # every failed section is named in the body
    assert len(document.core_properties.comments) <= 255


def test_core_properties_fit_the_255_character_limit(tmp_path):
    from drafter.export import Block, to_docx

    notices = [Block("notice", f"【“第{i}节的一个很长很长的小标题用来撑满字数{'很' * 40}”尚未生成（模型服务出错），请重新生成本节】")
               for i in range(8)]
    blocks = [Block("title", "示" * 300 + "报告"), *notices, Block("paragraph", "正文。"),
              Block("signature", "署" * 300), Block("date", "2024年1月26日")]
    path = to_docx(blocks, tmp_path / "long.docx")

    import docx

    props = docx.Document(str(path)).core_properties
    for value in (props.comments, props.title, props.author):
        assert 0 < len(value) <= 255
    assert props.comments.startswith("【“第0节")


def test_export_with_unresolved_errors_exits_non_zero_with_a_chinese_line(home, tmp_path):
    from drafter.config import load_settings
    from drafter.draft import save_edit
    from drafter.store import Store

    drafted = _run(["draft", str(EXAMPLE_FACTS)])
    assert drafted.exit_code == 0, drafted.output
    draft_id = re.search(r"草稿编号：(\w+)", drafted.output).group(1)
    store = Store(load_settings().db_path)
    current = store.get_draft(draft_id).section("work-06").current
    assert "37件" in current.text
    save_edit(store, draft_id, "work-06", current.text.replace("37件", "38件"), base_no=current.no)

    result = _run(["export", draft_id, "-o", str(tmp_path / "x.docx")])
    assert (tmp_path / "x.docx").exists()                  # still written: the clerk may want to look
    assert result.exit_code == 1, result.output
    line = next(line for line in result.output.splitlines() if "错误" in line)
    assert "1处" in line and "drafter show" in line

    clean = _run(["export", draft_id, "-o", str(tmp_path / "y.md")])
    assert clean.exit_code == 1                            # every export says so until it is fixed
    store.restore(draft_id, "work-06", current.no)
    fixed = _run(["export", draft_id, "-o", str(tmp_path / "z.md")])
    assert fixed.exit_code == 0, fixed.output


def test_show_names_a_candidate_version_and_how_to_take_it(home):
    from drafter.config import load_settings
    from drafter.draft import save_edit
    from drafter.store import Store

    drafted = _run(["draft", str(EXAMPLE_FACTS)])
    draft_id = re.search(r"草稿编号：(\w+)", drafted.output).group(1)
    store = Store(load_settings().db_path)
    base = store.get_draft(draft_id).section("work-06").current
    save_edit(store, draft_id, "work-06", base.text + "（人工补充）", base_no=base.no)
    late = store.add_version(draft_id, "work-06", "迟到的生成稿。", source="regenerated", backend="m", base_no=base.no)
    assert late.candidate

    shown = _run(["show", draft_id, "--versions"])
    assert f"有候选版本第{late.no}版" in shown.output and f"drafter restore {draft_id} work-06 {late.no}" in shown.output
    assert f"第{late.no}版　重新生成（候选）" in shown.output
    taken = _run(["restore", draft_id, "work-06", str(late.no)])
    assert taken.exit_code == 0
    assert store.get_draft(draft_id).section("work-06").current.text == "迟到的生成稿。"
