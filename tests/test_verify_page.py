"""The 核验已有稿件 page's behaviour, without a browser: upload, facts from a file or the open draft."""

from __future__ import annotations

import asyncio

import docx

from drafter.ui._verify_page import check_uploaded
from test_verify_docx import TABLE, anchors, write_docx, write_docx_with_table, write_facts

WRONG = {"审结行政复议案件4": "审结行政复议案件7", "7件，法定": "4件，法定"}


def test_a_docx_is_checked_highlighted_and_annotated(tmp_path, home):
    draft = write_docx(tmp_path / "报告.docx", replace=WRONG)
    view = check_uploaded(draft, write_facts(tmp_path), out_dir=tmp_path / "out")
    assert view.ok, view.message
    assert "1 个问题" in view.message   # the wrong figure; its finding names the fact it should state
    flagged = [(piece, label) for piece, label in view.highlighted if label]
    assert flagged == [("74件", "无依据数字")]
    assert "第4段「…审结行政复议案件74件" in view.findings_md
    assert "".join(piece for piece, _ in view.highlighted).count("\n") == 4   # 5 paragraphs shown
    assert view.annotated is not None and view.annotated.name == "报告（核验批注）.docx"
    assert "74件" in {span for span, _ in anchors(view.annotated).values()}


def test_a_text_file_has_no_annotated_copy(tmp_path, home):
    draft = tmp_path / "报告.txt"
    draft.write_text("全年共收到行政复议申请52件，受理49件，审结行政复议案件47件，组织行政执法人员培训6期，"
                     "法定时限内办结率100%。", encoding="utf-8")
    view = check_uploaded(draft, write_facts(tmp_path))
    assert view.ok and view.annotated is None
    assert "没有发现问题" in view.message
    clean = check_uploaded(write_docx(tmp_path / "报告.docx"), write_facts(tmp_path))
    assert clean.ok and "没有发现问题" in clean.message
    assert clean.annotated is None and "批注" not in clean.message   # nothing to point at


def test_without_a_facts_file_the_open_drafts_facts_are_used(tmp_path, home, settings):
    from drafter.draft import draft_report
    from drafter.facts import facts_from_dict
    from drafter.store import Store
    from test_verify_docx import FACTS

    store = Store(settings.db_path)

    async def make() -> str:
        draft_id = None
        async for event in draft_report(facts_from_dict(FACTS), settings=settings, store=store, owner="alice"):
            draft_id = draft_id or event.draft_id
        return draft_id

    draft_id = asyncio.run(make())
    draft = write_docx(tmp_path / "报告.docx", replace=WRONG)
    view = check_uploaded(draft, None, store=store, draft_id=draft_id, owner="alice", out_dir=tmp_path)
    assert view.ok, view.message
    assert "当前草稿" in view.message and "74件" in view.findings_md
    # another login cannot borrow alice's facts by the id
    refused = check_uploaded(draft, None, store=store, draft_id=draft_id, owner="bob")
    assert not refused.ok and "找不到" in refused.message
    nothing = check_uploaded(draft, None, store=store, draft_id="")
    assert not nothing.ok and "请上传事实材料" in nothing.message


def test_unreadable_uploads_say_why(tmp_path, home):
    broken = tmp_path / "报告.docx"
    broken.write_bytes(b"PK\x03\x04 broken")
    view = check_uploaded(broken, write_facts(tmp_path))
    assert not view.ok and "无法读取 Word 文件" in view.message
    bad_facts = tmp_path / "facts.json"
    bad_facts.write_text("{不是 JSON", encoding="utf-8")
    view = check_uploaded(write_docx(tmp_path / "好的.docx"), bad_facts)
    assert not view.ok and "事实材料有误" in view.message
    assert not check_uploaded(None, None).ok
    assert docx.Document(tmp_path / "好的.docx").paragraphs  # the upload itself is untouched and readable


def test_a_figure_in_a_word_table_is_named_by_its_table_and_row(tmp_path, home):
    wrong = [row[:] for row in TABLE]
    wrong[2][1] = "74"
    view = check_uploaded(write_docx_with_table(tmp_path / "报告.docx", wrong), write_facts(tmp_path),
                          out_dir=tmp_path / "out")
    assert view.ok and "1 个问题" in view.message, view.message
    assert "表1第3行「审结行政复议案件（件）　74" in view.findings_md
    assert "74" in {span for span, _ in anchors(view.annotated).values()}
