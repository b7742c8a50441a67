"""The UI's event functions, against the real store and the offline backend or the test LLM server.

Everything a clerk can trigger from the web page goes through ``drafter.ui._events``, so
these tests cover the behaviour; tests/test_browser.py only checks the wiring in Chromium.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest

from drafter.facts import load_facts
from drafter.store import Store
from drafter.ui import AuthError, _events as ev, parse_auth, read_auth_file

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ORG = "示例市东城区司法局"


def collect(agen) -> list:
    async def run():
        return [item async for item in agen]

    return asyncio.run(run())


@pytest.fixture
def store(settings) -> Store:
    return Store(settings.db_path)


@pytest.fixture
def facts():
    return load_facts(EXAMPLES / "facts.yaml")


def make_draft(settings, store, facts, owner=None) -> tuple[str, list[ev.DraftProgress]]:
    snaps = collect(ev.draft_updates(facts, settings=settings, store=store, owner=owner, min_interval=0))
    assert snaps and snaps[-1].draft_id, snaps[-1].message if snaps else "no progress at all"
    return snaps[-1].draft_id, snaps


def first_work_key(store, draft_id) -> str:
    draft = store.get_draft(draft_id)
    return next(s.key for s in sorted(draft.sections, key=lambda s: s.order) if s.kind not in ("intro", "closing")
                and s.current is not None)


# --------------------------------------------------------------------------- facts


def test_bad_facts_file_gives_chinese_inline_errors_naming_row_and_field(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("机关名称: 某区司法局\n年度: 2023\n数据:\n"
                   "  - {事项: 收到行政复议申请, 数值: 37, 单位: 件}\n"
                   "  - {事项: 审结行政复议案件, 数值: 三十二, 单位: 件}\n", encoding="utf-8")
    result = ev.load_facts_file(bad)
    assert result.form is None
    assert result.errors, "a bad value must be reported"
    text = "\n".join(result.errors)
    assert "第5行" in text and "数值" in text and "三十二" in text
    html = ev.errors_html(result.errors)
    assert "drafter-errors" in html and "第5行" in html
    assert "Traceback" not in html and "Error" not in html


def test_wrong_file_type_is_refused_in_chinese(tmp_path):
    path = tmp_path / "facts.docx"
    path.write_bytes(b"PK")
    result = ev.load_facts_file(path)
    assert result.form is None and "只能上传" in result.errors[0]


def test_unreadable_file_never_raises(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a workbook")
    result = ev.load_facts_file(path)
    assert result.form is None and result.errors
    assert all(re.search(r"[\u4e00-\u9fff]", e) for e in result.errors)


@pytest.mark.parametrize("name", ["facts.yaml", "minimal.json", "facts.xlsx"])
def test_sample_files_fill_the_form(name):
    path = EXAMPLES / name
    result = ev.load_facts_file(path)
    assert result.errors == [] and result.form is not None
    assert result.form.org == ORG and result.form.rows
    assert "已读入" in result.message


def test_form_round_trips_the_facts(facts):
    form = ev.facts_to_form(facts)
    assert form.org == ORG and form.year == 2023 and len(form.rows) == len(facts.facts)
    assert ["行政复议"] == [row[0] for row in form.topic_rows if row[0] == "行政复议"]
    again = ev.form_to_facts(form)
    a, b = facts.to_dict(), again.to_dict()
    for d in (a, b):
        d.pop("source")
        for f in d["facts"]:
            f.pop("source")
    assert a == b


def test_uploaded_last_year_values_survive_the_form(tmp_path):
    """A 上年值 in the clerk's file must reach the draft (and its 同比) through the form, not be
    dropped by a table without the column."""
    path = tmp_path / "facts.yaml"
    path.write_text("机关名称: 示例县司法局\n年度: 2024\n数据:\n"
                    "  - {事项: 收到行政复议申请, 数值: 45, 单位: 件, 主题: 行政复议, 上年值: 37}\n"
                    "  - {事项: 举办普法讲座, 数值: 12, 单位: 场}\n", encoding="utf-8")
    loaded = ev.load_facts_file(path)
    assert loaded.errors == []
    column = ev.FACT_COLUMNS.index("上年值")
    assert [row[column] for row in loaded.form.rows] == ["37", ""]
    again = ev.form_to_facts(loaded.form)
    assert [str(f.last_year) if f.last_year is not None else None for f in again.facts] == ["37", None]


def test_facts_table_shows_inferred_topics_marked_and_takes_an_edit_as_typed(settings):
    from drafter.facts import facts_from_dict

    facts = facts_from_dict({"org": "某县司法局", "year": 2024, "facts": [
        {"label": "收到行政复议申请", "value": 52, "unit": "件"},
        {"label": "计划新建法治文化阵地", "value": 5, "unit": "个"},
        {"label": "修复馆藏古籍", "value": 12, "unit": "册"},
        {"label": "调解矛盾纠纷", "value": 1280, "unit": "件", "主题": "人民调解"}]})
    form = ev.facts_to_form(facts, ev.topic_table(settings))
    topic, section = ev.FACT_COLUMNS.index("主题"), ev.FACT_COLUMNS.index("部分")
    assert form.rows[0][topic] == "行政复议（推断）" and form.rows[0][section] == ""
    assert form.rows[1][topic] == "学法用法/普法（推断）" and form.rows[1][section] == "下一年度安排（推断）"
    assert form.rows[2][topic] == ""                   # nothing to suggest
    assert form.rows[3][topic] == "人民调解"            # typed by the clerk: shown as typed
    # read back, the inferred cells are not the clerk's: the facts stay as they were
    again = ev.form_to_facts(form)
    assert [(f.topic, f.section) for f in again.facts] == [(None, None), (None, None), (None, None),
                                                          ("人民调解", None)]
    # an edited cell is the clerk's word
    plain = ev.facts_to_form(facts_from_dict({"org": "某县司法局", "year": 2024, "facts": facts.to_dict()["facts"][:3]}),
                             ev.topic_table(settings))
    plain.rows[0][topic] = "行政应诉"
    plain.rows[1][section] = "主要举措和成效"
    edited = ev.form_to_facts(plain).facts
    assert (edited[0].topic, edited[1].section, edited[1].topic) == ("行政应诉", "主要举措和成效", None)
    # without the table (as before) nothing is shown
    assert ev.facts_to_form(facts).rows[0][topic] == ""


def test_uploaded_plain_sheet_shows_inferred_topics(settings, tmp_path):
    import json

    path = tmp_path / "plain.json"
    path.write_text(json.dumps({"org": "某县司法局", "year": 2024, "facts": [
        {"label": "行政机关负责人出庭应诉率", "value": 100, "unit": "%"}]}, ensure_ascii=False), encoding="utf-8")
    result = ev.load_facts_file(path, ev.topic_table(settings))
    assert result.form.rows[0][ev.FACT_COLUMNS.index("主题")] == "行政应诉（推断）"


def test_checking_a_hand_typed_table_shows_inferred_topics_and_keeps_typed_cells(settings):
    blank = [""] * len(ev.FACT_COLUMNS)
    rows = [["罚没款", "246.8", "万元", "", "", "", "", ""],
            ["2025年计划培训执法人员", "400", "人次", "", "", "", "", ""],
            ["收到行政复议申请", "52", "件", "", "行政应诉（推断）", "", "", ""],     # stale suggestion
            ["调解矛盾纠纷", "1280", "件", "", "人民调解", "", "", ""],
            blank]
    table = ev.annotate_rows(rows, [], ev.topic_table(settings), 2024.0)
    topic, section = ev.FACT_COLUMNS.index("主题"), ev.FACT_COLUMNS.index("部分")
    assert [(r[topic], r[section]) for r in table] == [
        ("行政执法（推断）", ""), ("行政执法（推断）", "下一年度安排（推断）"), ("行政复议（推断）", ""),
        ("人民调解", ""), ("", "")]
    assert ev.annotate_rows(rows, [])[0][topic] == ""       # no table, no suggestion


def test_edited_table_errors_name_the_row_and_field(facts):
    form = ev.facts_to_form(facts)
    form.rows[2][1] = "十二"          # 数值 of the third row
    form.rows[4][0] = ""              # 事项 of the fifth row
    form.year = None
    form.topic_rows = [["", "", "没有主题的要点"]] + form.topic_rows
    problems = ev.check_form(form)
    text = "\n".join(problems)
    assert "第3条" in text and "数值" in text
    assert "第5条" in text and "事项" in text
    assert "年度" in text
    assert "工作事项与要点 第1行「主题」" in text


def test_blank_table_rows_are_ignored(facts):
    form = ev.facts_to_form(facts)
    form.rows.append([""] * len(ev.FACT_COLUMNS))
    form.rows.append([None] * len(ev.FACT_COLUMNS))
    assert ev.check_form(form) == []
    # a gap in the middle is reported at its own row, so the numbers match the table the clerk sees
    form.rows.insert(3, [""] * len(ev.FACT_COLUMNS))
    form.rows[5][1] = "abc"
    problems = "\n".join(ev.check_form(form))
    assert "第4条" in problems and "第6条" in problems


def test_template_is_a_workbook(tmp_path):
    from openpyxl import load_workbook

    path = ev.template_file(tmp_path)
    assert path is not None and path.suffix == ".xlsx"
    load_workbook(path)


# --------------------------------------------------------------------------- drafting


def test_draft_events_update_the_status_table(settings, store, facts):
    draft_id, snaps = make_draft(settings, store, facts)
    final = snaps[-1]
    assert final.finished and not final.failed
    assert final.total == len(store.get_draft(draft_id).sections) and final.done == final.total
    assert final.rows and all(row[2] == "完成" for row in final.rows), final.rows
    seen = {row[2] for s in snaps for row in s.rows}
    assert seen - {"完成"}, "the table should show sections before they are done"
    assert ORG in final.preview or final.preview
    html = ev.progress_html(final.done, final.total, finished=True)
    assert "全部完成" in html and 'data-finished="true"' in html


def test_draft_from_a_bad_form_does_not_start(settings, store, facts):
    form = ev.facts_to_form(facts)
    form.rows[0][1] = "abc"
    snaps = collect(ev.draft_updates(form, settings=settings, store=store, min_interval=0))
    assert len(snaps) == 1 and snaps[0].failed and snaps[0].draft_id is None
    assert "第1条" in snaps[0].message
    assert store.list_drafts() == []


def test_backend_label(settings, llm_settings, llm_server):
    llm_server.allow_unused()
    assert ev.backend_label(settings) == "离线模板（不调用大模型）"
    assert "test-model" in ev.backend_label(llm_settings)


def test_draft_with_the_test_llm_server(llm_settings, llm_server, facts):
    """Whatever the model says, the table ends with every section 完成 or 失败 and a reason."""
    llm_server.allow_unused()
    llm_server.default = lambda body: "全年工作扎实推进。"
    store = Store(llm_settings.db_path)
    draft_id, snaps = make_draft(llm_settings, store, facts)
    final = snaps[-1]
    assert final.finished and final.rows
    assert all(row[2] in ("完成", "失败") for row in final.rows)
    assert all(row[3] for row in final.rows if row[2] == "失败"), "a failed section must say why"
    assert llm_server.requests, "the model was never asked"


def test_a_failing_section_shows_its_reason(llm_settings, llm_server, facts):
    """One section's endpoint keeps failing: it is 失败 with a Chinese reason, the others 完成."""
    from fixtures_draft import model_reply
    from llm_server import Reply

    failing = "发挥行政复议化解行政争议主渠道作用"

    def reply(body):
        user = "\n".join(m.get("content", "") for m in body.get("messages", []) if m.get("role") == "user")
        return Reply(status=500) if failing in user else model_reply(body)

    llm_server.allow_unused()
    llm_server.default = reply
    store = Store(llm_settings.db_path)
    draft_id, snaps = make_draft(llm_settings, store, facts)
    final = snaps[-1]
    failed = [row for row in final.rows if row[2] == "失败"]
    assert len(failed) == 1 and failing in failed[0][1], final.rows
    assert re.search(r"[\u4e00-\u9fff]", failed[0][3]), "the reason is in Chinese"
    assert all(row[2] == "完成" for row in final.rows if row not in failed)
    assert final.failed and "有未完成" in ev.progress_html(final.done, final.total, finished=True, failed=True)
    opened = ev.open_draft(store, draft_id)
    reopened = [r for r in opened.progress.rows if r[2] == "失败"]
    assert reopened and reopened[0][3] and reopened[0][3] in failed[0][3]


# --------------------------------------------------------------------------- review


def test_section_view_shows_findings_in_place(settings, store, facts):
    draft_id, _ = make_draft(settings, store, facts)
    key = first_work_key(store, draft_id)
    view = ev.section_view(store, draft_id, key)
    assert view.ok and view.text and view.current_no == 1
    assert "".join(t for t, _ in view.highlighted) == view.text
    assert view.versions and view.versions[0][0] == 1
    assert view.version_choices[0][1] == 1


def test_save_edit_creates_a_version_and_refreshes_findings(settings, store, facts):
    draft_id, _ = make_draft(settings, store, facts)
    key = first_work_key(store, draft_id)
    before = ev.section_view(store, draft_id, key)
    edited = before.text + "全年另办结专项案件999件。"
    view = ev.save_section(store, draft_id, key, edited, base_no=before.current_no)
    assert view.ok and "第2版" in view.message
    assert view.text == edited and view.current_no == 2
    assert len(store.versions(draft_id, key)) == 2
    assert store.versions(draft_id, key)[-1].source == "edited"
    labels = [label for text, label in view.highlighted if "999" in text]
    draft = store.get_draft(draft_id)
    assert dict((k, v) for v, k in ev.section_choices(draft))[key].endswith("（1处待核）")
    assert ev.section_view(store, draft_id, None).key == key, "the section needing work opens first"
    assert labels and labels[0] == "无依据数字", view.highlighted
    assert "999" in view.findings_md
    # saving the same text again adds nothing
    again = ev.save_section(store, draft_id, key, edited, base_no=2)
    assert "没有变化" in again.message and len(store.versions(draft_id, key)) == 2


def test_regenerate_adds_a_version(settings, store, facts):
    draft_id, _ = make_draft(settings, store, facts)
    key = first_work_key(store, draft_id)
    views = collect(ev.regenerate_updates(store, draft_id, key, settings=settings, instruction="更简洁",
                                          min_interval=0))
    final = views[-1]
    assert final.ok, final.message
    assert len(store.versions(draft_id, key)) == 2
    assert final.current_no == 2 and len(final.versions) == 2
    assert "重新生成" in final.message
    newest = store.versions(draft_id, key)[-1]
    assert newest.instruction == "更简洁"


def test_regenerate_with_the_test_llm_server(llm_settings, llm_server, facts):
    llm_server.allow_unused()
    llm_server.default = lambda body: "本节按要求重写，内容更加简洁。"
    store = Store(llm_settings.db_path)
    draft_id, _ = make_draft(llm_settings, store, facts)
    key = first_work_key(store, draft_id)
    before = len(store.versions(draft_id, key))
    views = collect(ev.regenerate_updates(store, draft_id, key, settings=llm_settings, instruction="更简洁",
                                          min_interval=0))
    assert views[-1].ok
    assert len(store.versions(draft_id, key)) == before + 1
    assert any("更简洁" in str(r.get("messages")) for r in llm_server.requests)


def test_diff_and_restore(settings, store, facts):
    draft_id, _ = make_draft(settings, store, facts)
    key = first_work_key(store, draft_id)
    v1 = ev.section_view(store, draft_id, key).text
    ev.save_section(store, draft_id, key, "改写后的文字。", base_no=1)
    pieces, message = ev.diff_view(store, draft_id, key, 1)
    labels = {label for _, label in pieces}
    assert "删除" in labels and "新增" in labels and "第1版" in message
    view = ev.restore_section(store, draft_id, key, 1)
    assert view.ok and view.text == v1 and view.current_no == 3
    assert store.versions(draft_id, key)[-1].source == "restored"
    assert len(store.versions(draft_id, key)) == 3, "restoring keeps every version"


def test_highlight_handles_overlaps_and_formula():
    text = "审结32件，纠错率12.5%。"
    findings = [
        {"kind": "unsupported", "severity": "error", "message": "", "start": 2, "end": 5, "text": "32件"},
        {"kind": "misattributed", "severity": "error", "message": "", "start": 3, "end": 4, "text": "2"},
        {"kind": "derived", "severity": "info", "message": "", "start": 9, "end": 14, "text": "12.5%",
         "formula": "4÷32=12.5%"},
        {"kind": "unused_fact", "severity": "warning", "message": "未用", "start": None, "end": None},
    ]
    pieces = ev.highlight(text, findings)
    assert "".join(t for t, _ in pieces) == text
    assert ("32件", "无依据数字") in pieces and ("12.5%", "推算数字（4÷32=12.5%）") in pieces
    md = ev.findings_markdown(findings)
    assert "4÷32=12.5%" in md and "未用" in md


# --------------------------------------------------------------------------- drafts, export, owners


def test_open_draft_restores_form_and_table(settings, store, facts):
    draft_id, _ = make_draft(settings, store, facts, owner="alice")
    opened = ev.open_draft(store, draft_id, owner="alice")
    assert opened.ok and opened.form is not None and opened.form.org == ORG
    assert opened.progress.rows and all(r[2] == "完成" for r in opened.progress.rows)
    assert opened.choices and opened.choices[0][1]
    rows, choices = ev.list_my_drafts(store, owner="alice")
    assert rows[0][0] == draft_id and choices[0][1] == draft_id


def test_owner_isolation(settings, store, facts):
    """A user with auth cannot open, read, edit, regenerate or export another user's draft by id."""
    draft_id, _ = make_draft(settings, store, facts, owner="alice")
    key = first_work_key(store, draft_id)
    count = len(store.versions(draft_id, key))

    opened = ev.open_draft(store, draft_id, owner="bob")
    assert not opened.ok and "找不到" in opened.message and opened.form is None and opened.progress is None

    view = ev.section_view(store, draft_id, key, owner="bob")
    assert not view.ok and "找不到" in view.message and view.text == "" and view.versions == []

    saved = ev.save_section(store, draft_id, key, "篡改", owner="bob")
    assert not saved.ok and "找不到" in saved.message
    regen = collect(ev.regenerate_updates(store, draft_id, key, settings=settings, owner="bob", min_interval=0))
    assert not regen[-1].ok and "找不到" in regen[-1].message
    restored = ev.restore_section(store, draft_id, key, 1, owner="bob")
    assert not restored.ok
    pieces, message = ev.diff_view(store, draft_id, key, 1, owner="bob")
    assert pieces == [] and "找不到" in message
    path, message = ev.export_file(store, draft_id, "docx", owner="bob")
    assert path is None and "找不到" in message
    assert len(store.versions(draft_id, key)) == count, "nothing was written for bob"

    assert ev.list_my_drafts(store, owner="bob") == ([], [])
    assert ev.open_draft(store, draft_id, owner="alice").ok


def test_two_clerks_drafting_at_once_see_only_their_own(settings, store, facts):
    """Two sessions drafting concurrently: each stream carries only its own draft's sections."""
    other = ev.facts_to_form(facts)
    other.org = "示例市西城区司法局"

    async def both():
        async def run(item, who):
            return [s async for s in ev.draft_updates(item, settings=settings, store=store, owner=who,
                                                      min_interval=0)]
        return await asyncio.gather(run(facts, "alice"), run(other, "bob"))

    alice, bob = asyncio.run(both())
    a_id, b_id = alice[-1].draft_id, bob[-1].draft_id
    assert a_id and b_id and a_id != b_id
    assert {s.draft_id for s in alice if s.draft_id} == {a_id}
    assert {s.draft_id for s in bob if s.draft_id} == {b_id}
    assert [r[0] for r in ev.list_my_drafts(store, owner="alice")[0]] == [a_id]
    assert [r[0] for r in ev.list_my_drafts(store, owner="bob")[0]] == [b_id]


def test_exports_go_to_one_scratch_folder_not_loose_in_the_temp_folder(settings, store, facts, tmp_path,
                                                                         monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    draft_id, _ = make_draft(settings, store, facts)
    path, message = ev.export_file(store, draft_id, "md")
    assert path is not None and path.exists(), message
    assert path.parent.parent == tmp_path / "drafter-ui" and path.parent.name.startswith("export-")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("drafter-export")]


def test_export_docx_and_md(settings, store, facts, tmp_path):
    import docx

    draft_id, _ = make_draft(settings, store, facts)
    path, message = ev.export_file(store, draft_id, "docx", out_dir=tmp_path)
    assert path is not None and path.exists(), message
    text = "\n".join(p.text for p in docx.Document(path).paragraphs)
    assert ORG in text
    md, message = ev.export_file(store, draft_id, "md", out_dir=tmp_path)
    assert md is not None and ORG in md.read_text(encoding="utf-8")


def test_nothing_open_gives_a_hint(store):
    view = ev.section_view(store, "", None)
    assert not view.ok and "尚未打开" in view.message


# --------------------------------------------------------------------------- launch plumbing


def test_parse_auth_and_auth_file(tmp_path):
    assert parse_auth("alice:pa:ss") == ("alice", "pa:ss")
    with pytest.raises(AuthError, match="用户名:密码"):
        parse_auth("alice")
    f = tmp_path / "users.txt"
    f.write_text("# 账号\nalice:a1\n\nbob:b1\n", encoding="utf-8")
    assert read_auth_file(f) == [("alice", "a1"), ("bob", "b1")]
    f.write_text("alice:a1\nbob\n", encoding="utf-8")
    with pytest.raises(AuthError, match="第2行"):
        read_auth_file(f)


def test_build_app(settings):
    import gradio as gr

    from drafter.ui import build_app

    app = build_app(settings)
    assert isinstance(app, gr.Blocks)
    ids = {getattr(b, "elem_id", None) for b in app.blocks.values()}
    for needed in ("org", "facts-upload", "facts-table", "generate-btn", "status-table", "review-before",
                   "review-after", "review-findings", "review-prev", "review-next", "section-editor", "regen-btn",
                   "version-table", "restore-btn", "export-docx", "drafts-table"):
        assert needed in ids


def test_cli_ui_rejects_bad_auth(home, tmp_path):
    from click.testing import CliRunner

    from drafter.cli import cli
    from drafter.cli import _ui  # noqa: F401  (registers the command)

    result = CliRunner().invoke(cli, ["ui", "--auth", "nopassword"])
    assert result.exit_code != 0 and "用户名:密码" in result.output
    result = CliRunner().invoke(cli, ["ui", "--help"])
    assert result.exit_code == 0 and "--auth-file" in result.output


def test_exemplars_used_are_listed(indexed_settings, facts):
    """With the sample corpus indexed, a section lists the past reports it drew on."""
    store = Store(indexed_settings.db_path)
    draft_id, _ = make_draft(indexed_settings, store, facts)
    draft = store.get_draft(draft_id)
    views = [ev.section_view(store, draft_id, s.key) for s in draft.sections]
    with_exemplars = [v for v in views if v.exemplars]
    assert with_exemplars, "no section recorded any exemplar"
    title, path, score = with_exemplars[0].exemplars[0]
    assert title and isinstance(path, str)


def test_each_facts_problem_is_shown_beside_its_row_and_field():
    form = ev.FactsForm(org="某区司法局", year=2023, level="区县", skeleton="四段式",
                        rows=[["收到行政复议申请", "37", "件", "", "", "", "", "", "旧的提示"],
                              ["审结行政复议案件", "十二", "件", "", "", "", ""],
                              ["纠错率", "12.5", "%", "差不多", "", "", ""]],
                        topic_rows=[["行政复议", "", "畅通复议申请渠道"]])
    errors = ev.check_form(form)
    table = ev.annotate_rows(form.rows, errors)
    assert [len(row) for row in table] == [len(ev.TABLE_COLUMNS)] * 3
    problems = [row[-1] for row in table]
    assert problems[0] == ""                                   # a stale note is cleared
    assert problems[1].startswith("「数值」") and "请写成 12" in problems[1]
    assert problems[2].startswith("「约数」") and "差不多" in problems[2]
    assert table[1][:3] == ["审结行政复议案件", "十二", "件"]      # the clerk's own cells are kept
    form.rows = table                                          # the 问题 column never reaches the facts
    form.rows[1][1], form.rows[2][3] = "12", "约"
    assert ev.check_form(form) == []


def test_the_default_report_year_follows_the_drafting_season():
    import datetime

    assert ev.default_report_year(datetime.date(2026, 2, 10)) == 2025     # first quarter: last year's report
    assert ev.default_report_year(datetime.date(2026, 11, 22)) == 2026    # late in the year: preparing this one
