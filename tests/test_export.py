"""Export: the .docx follows GB/T 9704-2012 when read back with python-docx; Markdown and text."""

from __future__ import annotations

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Pt

from drafter.export import BLOCK_KINDS, Block, to_docx, to_markdown, to_text

NOTICE = "本稿由离线模板生成，未经大模型改写，请核对后使用。"

BLOCKS = [
    Block("notice", NOTICE),
    Block("title", "示例市东城区司法局"),
    Block("title", "关于2023年度法治政府建设情况的报告"),
    Block("recipient", "中共示例市东城区委、示例市东城区人民政府"),
    Block("paragraph", "2023年，示例市东城区司法局坚持以习近平法治思想为指导。现将有关情况报告如下："),
    Block("heading1", "一、2023年推进法治政府建设的主要举措和成效"),
    Block("paragraph", "（一）优化法治化营商环境。全年取消证明事项17项，实行告知承诺制的证明事项23项。"),
    Block("heading2", "（二）发挥行政复议化解行政争议主渠道作用"),
    Block("paragraph", "1.强化党的领导。全年共收到行政复议申请37件，审结32件。"),
    Block("paragraph", "（1）规范应诉。行政机关负责人出庭应诉率100%。"),
    Block("signature", "示例市东城区司法局"),
    Block("date", "2024年1月26日"),
]


def mm(length) -> float:
    return length / 36000


def east_asia(element) -> str | None:
    rpr = element.find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
    return fonts.get(qn("w:eastAsia")) if fonts is not None else None


def neighbour(doc, paragraph, offset: int):
    elements = [p._p for p in doc.paragraphs]
    return doc.paragraphs[elements.index(paragraph._p) + offset]


def paragraphs(doc, text_start: str):
    return [p for p in doc.paragraphs if p.text.startswith(text_start)]


@pytest.fixture(scope="module")
def docx_path(tmp_path_factory):
    return to_docx(BLOCKS, tmp_path_factory.mktemp("docx") / "sub" / "report.docx")


@pytest.fixture(scope="module")
def doc(docx_path):
    return Document(docx_path)


def test_page_size_and_margins(doc):
    section = doc.sections[0]
    for value, expected in ((section.page_width, 210), (section.page_height, 297),
                            (section.top_margin, 37), (section.bottom_margin, 35),
                            (section.left_margin, 28), (section.right_margin, 26)):
        assert abs(mm(value) - expected) <= 0.5


def test_document_defaults_carry_east_asian_font(doc):
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    fonts = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert fonts.get(qn("w:ascii")) == "仿宋_GB2312"
    assert fonts.get(qn("w:asciiTheme")) is None  # a theme font would override it in Word


def test_title(doc):
    titles = [p for p in doc.paragraphs if p.style.name == "公文标题"]
    assert [p.text for p in titles] == ["示例市东城区司法局", "关于2023年度法治政府建设情况的报告"]
    for p in titles:
        assert p.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
        run = p.runs[0]
        assert run.font.size == Pt(22)
        assert east_asia(run._r) == "方正小标宋简体"
        assert run.font.name == "方正小标宋简体"  # ascii font too
    assert east_asia(titles[0].style.element) == "方正小标宋简体"
    # a blank line after the title
    after = neighbour(doc, titles[-1], 1)
    assert after.text == ""


def test_body_paragraph(doc):
    [p] = paragraphs(doc, "2023年，")
    normal = doc.styles["Normal"]
    pf = normal.paragraph_format
    assert normal.font.size == Pt(16)
    assert east_asia(normal.element) == "仿宋_GB2312"
    assert pf.first_line_indent == Pt(32)
    assert pf.line_spacing_rule == WD_LINE_SPACING.EXACTLY and pf.line_spacing == Pt(28)
    assert pf.space_before == Pt(0) and pf.space_after == Pt(0)
    assert p.style.name == "Normal"
    assert all(r.font.size == Pt(16) and east_asia(r._r) == "仿宋_GB2312" for r in p.runs)


def test_recipient_flush_left_with_colon(doc):
    [p] = paragraphs(doc, "中共示例市")
    assert p.text.endswith("人民政府：")
    assert p.style.paragraph_format.first_line_indent == Pt(0)
    assert p.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.LEFT


def test_heading1_in_heiti(doc):
    [p] = paragraphs(doc, "一、")
    assert p.style.name == "Heading 1"
    assert east_asia(p.style.element) == "黑体" and east_asia(p.runs[0]._r) == "黑体"
    assert p.runs[0].font.size == Pt(16) and not p.runs[0].font.bold
    assert p.style.paragraph_format.first_line_indent == Pt(32)
    color = p.style.element.find(qn("w:rPr")).find(qn("w:color"))
    assert color.get(qn("w:themeColor")) is None


def test_heading2_standalone_in_kaiti(doc):
    [p] = paragraphs(doc, "（二）")
    assert p.style.name == "Heading 2"
    assert east_asia(p.runs[0]._r) == "楷体_GB2312"


def test_run_in_headings(doc):
    [p] = paragraphs(doc, "（一）优化")
    head, rest = p.runs
    assert head.text == "（一）优化法治化营商环境。"
    assert east_asia(head._r) == "楷体_GB2312" and head.font.size == Pt(16)
    assert east_asia(rest._r) == "仿宋_GB2312" and rest.text.startswith("全年取消")
    for start, heading in (("1.强化", "1.强化党的领导。"), ("（1）", "（1）规范应诉。")):
        [p] = paragraphs(doc, start)
        head, rest = p.runs
        assert head.text == heading
        assert east_asia(head._r) == "仿宋_GB2312" and head.font.bold
        assert not rest.font.bold


def test_signature_and_date_at_the_right(doc):
    [sig] = paragraphs(doc, "示例市东城区司法局")[-1:]
    [date] = paragraphs(doc, "2024年1月26日")
    for p in (sig, date):
        assert p.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    # without a seal: 署名 右空二字; the date starts two characters right of the 署名
    assert sig.paragraph_format.right_indent == Pt(32)
    assert date.paragraph_format.right_indent == Pt(40)  # 9 - 6.5 = 2.5 characters
    before = neighbour(doc, sig, -1)
    assert before.text == ""  # 正文下空一行
    assert sig.paragraph_format.keep_with_next


def test_seal_layout(tmp_path):
    doc = Document(to_docx(BLOCKS, tmp_path / "sealed.docx", seal=True))
    [date] = paragraphs(doc, "2024年1月26日")
    assert date.paragraph_format.right_indent == Pt(64)  # 右空四字


def _footer_text_and_field(footer):
    xml = footer._element.xml
    return "".join(t.text for t in footer._element.iter(qn("w:t"))), xml


def test_page_numbers_odd_right_even_left(doc, docx_path):
    section = doc.sections[0]
    assert doc.settings.odd_and_even_pages_header_footer
    odd, even = section.footer, section.even_page_footer
    for footer, align in ((odd, WD_ALIGN_PARAGRAPH.RIGHT), (even, WD_ALIGN_PARAGRAPH.LEFT)):
        text, xml = _footer_text_and_field(footer)
        assert text.startswith("— ") and text.endswith(" —")
        assert "PAGE" in xml and 'w:fldCharType="begin"' in xml
        p = footer.paragraphs[0]
        assert p.paragraph_format.alignment == align
        assert all(r.font.size == Pt(14) for r in p.runs)
        assert all(east_asia(r._r) == "宋体" for r in p.runs)
    assert odd.paragraphs[0].paragraph_format.right_indent == Pt(14)
    assert even.paragraphs[0].paragraph_format.left_indent == Pt(14)
    import zipfile

    with zipfile.ZipFile(docx_path) as z:
        assert b"<w:evenAndOddHeaders" in z.read("word/settings.xml")


def test_line_grid(doc):
    grid = doc.sections[0]._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:linePitch")) == "560"


def test_notice_on_top_and_in_properties(doc):
    first = doc.paragraphs[0]
    assert first.text == NOTICE
    assert first.style.font.size < Pt(16)
    assert str(first.style.font.color.rgb) == "808080"
    assert doc.core_properties.comments == NOTICE
    assert doc.core_properties.title == "示例市东城区司法局关于2023年度法治政府建设情况的报告"
    assert doc.core_properties.author == "示例市东城区司法局"


def test_markdown():
    assert to_markdown(BLOCKS) == (
        f"> {NOTICE}\n\n"
        "# 示例市东城区司法局关于2023年度法治政府建设情况的报告\n\n"
        "中共示例市东城区委、示例市东城区人民政府：\n\n"
        "2023年，示例市东城区司法局坚持以习近平法治思想为指导。现将有关情况报告如下：\n\n"
        "## 一、2023年推进法治政府建设的主要举措和成效\n\n"
        "**（一）优化法治化营商环境**。全年取消证明事项17项，实行告知承诺制的证明事项23项。\n\n"
        "### （二）发挥行政复议化解行政争议主渠道作用\n\n"
        "**1.强化党的领导**。全年共收到行政复议申请37件，审结32件。\n\n"
        "**（1）规范应诉**。行政机关负责人出庭应诉率100%。\n\n"
        "示例市东城区司法局\n\n"
        "2024年1月26日\n"
    )


def test_text():
    lines = to_text(BLOCKS).split("\n")
    assert lines[0] == NOTICE and lines[1] == ""
    assert lines[2].strip("\u3000") == "示例市东城区司法局" and lines[2].startswith("\u3000")
    assert lines[3].strip("\u3000") == "关于2023年度法治政府建设情况的报告"
    assert lines[4] == ""
    assert lines[5] == "中共示例市东城区委、示例市东城区人民政府："
    assert lines[6] == "\u3000\u30002023年，示例市东城区司法局坚持以习近平法治思想为指导。现将有关情况报告如下："
    assert lines[7] == "\u3000\u3000一、2023年推进法治政府建设的主要举措和成效"
    assert lines[8].startswith("\u3000\u3000（一）优化法治化营商环境。")
    assert lines[-4] == ""
    assert lines[-3] == "\u3000" * 17 + "示例市东城区司法局"     # 28 - 2 - 9
    assert lines[-2] == "\u3000" * 19 + "2024年1月26日"          # 28 - 2.5 - 6.5
    assert lines[-1] == ""


def test_multiline_block_and_markdown_escaping():
    blocks = [Block("paragraph", "第一段。\n\n# 不是标题\n*星号*")]
    assert to_markdown(blocks) == "第一段。\n\n\\# 不是标题\n\n\\*星号\\*\n"
    assert to_text(blocks) == "\u3000\u3000第一段。\n\u3000\u3000# 不是标题\n\u3000\u3000*星号*\n"


def test_unknown_kind_is_an_error(tmp_path):
    assert "paragraph" in BLOCK_KINDS
    with pytest.raises(ValueError):
        to_markdown([Block("footnote", "x")])
    with pytest.raises(ValueError):
        to_docx([Block("footnote", "x")], tmp_path / "x.docx")


def test_empty_blocks(tmp_path):
    assert to_markdown([]) == "" and to_text([]) == ""
    assert Document(to_docx([], tmp_path / "empty.docx")).paragraphs == []
