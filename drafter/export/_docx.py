"""A .docx laid out per GB/T 9704-2012 (DOMAIN Part 1 §5), built with python-docx.

Why the XML work: python-docx's ``font.name`` sets only the Latin font, and Word and WPS pick
Chinese glyphs from ``w:eastAsia``; without it a clerk opens a report in 宋体/等线 and has to
reformat every paragraph by hand. So every style and every run gets explicit rFonts
(ascii/hAnsi/eastAsia/cs), the document defaults too, and theme font references are removed
(a theme font overrides an explicit one in Word).
"""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

# GB/T 9704-2012 values
PAGE_W, PAGE_H = Mm(210), Mm(297)
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = Mm(37), Mm(35), Mm(28), Mm(26)
FOOTER_DISTANCE = Mm(22)        # puts the 一字线 page number about 7 mm below the text block
BODY_PT, TITLE_PT, PAGE_NO_PT, NOTICE_PT = 16, 22, 14, 10.5   # 3号, 2号, 4号, 5号
LINE_PT = 28                    # fixed: 22 lines per page
# 28 characters of 16 pt need 448 pt but the 156 mm text block is 442.2 pt wide: GB/T 9704's
# 28-per-line implies a 15.8 pt pitch. Body styles are condensed by 0.25 pt (w:spacing -5
# twentieths) so 28 fit in every renderer, including LibreOffice, which gives a character two
# grid cells when the glyph is wider than the docGrid pitch.
CONDENSE = -5
CHAR = Pt(BODY_PT)              # one character of body text, for indents

FANGSONG = "仿宋_GB2312"
XIAOBIAOSONG = "方正小标宋简体"
HEITI = "黑体"
KAITI = "楷体_GB2312"
SONGTI = "宋体"

STYLE_NAMES = {
    "title": "公文标题",
    "recipient": "主送机关",
    "heading1": "Heading 1",
    "heading2": "Heading 2",
    "paragraph": "Normal",
    "signature": "发文机关署名",
    "date": "成文日期",
    "notice": "起草说明",
}

# Run-in headings at the start of a paragraph: （一）…。 in 楷体; 1.…。 and （1）…。 in bold 仿宋.
_RUN_IN = (
    (re.compile(r"^[（(][一二三四五六七八九十]+[）)][^。！？\n]{1,60}?[。！？]"), KAITI, False),
    (re.compile(r"^\d{1,2}[.．、](?!\d)[^。！？\n]{1,60}?[。！？]"), FANGSONG, True),
    (re.compile(r"^[（(]\d{1,2}[）)][^。！？\n]{1,60}?[。！？]"), FANGSONG, True),
)


def split_run_in(text: str) -> tuple[str, str, str | None, bool]:
    """(heading, rest, heading font, bold) for a paragraph opening with a run-in heading."""
    for pattern, font, bold in _RUN_IN:
        match = pattern.match(text)
        if match and match.end() < len(text):
            return match.group(), text[match.end():], font, bold
    return "", text, None, False


# CT_RPr child order from ECMA-376 (python-docx keeps its copy private).
_RPR_ORDER = tuple("w:" + t for t in (
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
    "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u "
    "effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath").split())


_PPR_ORDER = tuple("w:" + t for t in (
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers "
    "pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE "
    "autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents "
    "suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle "
    "rPr sectPr pPrChange").split())


def _ppr_child(ppr, tag: str):
    found = ppr.find(qn(tag))
    if found is not None:
        return found
    element = OxmlElement(tag)
    ppr.insert_element_before(element, *_PPR_ORDER[_PPR_ORDER.index(tag) + 1:])
    return element


def _rpr_child(rpr, tag: str):
    """The rPr child ``tag``, created in schema order (Word rejects out-of-order rPr children)."""
    found = rpr.find(qn(tag))
    if found is not None:
        return found
    element = OxmlElement(tag)
    sequence = list(_RPR_ORDER)
    rpr.insert_element_before(element, *sequence[sequence.index(tag) + 1:])
    return element


def _set_fonts(rpr_owner, font: str, latin: str | None = None) -> None:
    """Explicit ascii/hAnsi/eastAsia/cs fonts on an element owning rPr, dropping theme fonts."""
    rpr = rpr_owner.get_or_add_rPr()
    rfonts = _rpr_child(rpr, "w:rFonts")
    for attr in list(rfonts.attrib):
        del rfonts.attrib[attr]
    latin = latin or font
    for attr, value in (("w:ascii", latin), ("w:hAnsi", latin), ("w:eastAsia", font), ("w:cs", latin)):
        rfonts.set(qn(attr), value)
    rfonts.set(qn("w:hint"), "eastAsia")


def _set_lang(rpr_owner) -> None:
    lang = _rpr_child(rpr_owner.get_or_add_rPr(), "w:lang")
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    lang.set(qn("w:bidi"), "ar-SA")


def _char_spacing(rpr_owner, twentieths: int) -> None:
    spacing = _rpr_child(rpr_owner.get_or_add_rPr(), "w:spacing")
    spacing.set(qn("w:val"), str(twentieths))


def _indent_chars(pformat_owner, first_line_chars: int = 0, left_chars: int = 0,
                  right_chars: float = 0) -> None:
    """Indents in twips plus the *Chars variants, which WPS and Word honour over twips."""
    ind = pformat_owner.get_or_add_pPr().get_or_add_ind()
    for attr in list(ind.attrib):
        del ind.attrib[attr]
    twips_per_char = BODY_PT * 20
    if first_line_chars:
        ind.set(qn("w:firstLineChars"), str(first_line_chars * 100))
        ind.set(qn("w:firstLine"), str(first_line_chars * twips_per_char))
    else:
        ind.set(qn("w:firstLineChars"), "0")
        ind.set(qn("w:firstLine"), "0")
    if left_chars:
        ind.set(qn("w:leftChars"), str(left_chars * 100))
        ind.set(qn("w:left"), str(left_chars * twips_per_char))
    if right_chars:
        ind.set(qn("w:rightChars"), str(round(right_chars * 100)))
        ind.set(qn("w:right"), str(round(right_chars * twips_per_char)))


def _base_paragraph_format(style, *, size: float = BODY_PT, line: float | None = LINE_PT) -> None:
    pf = style.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if line is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    style.font.size = Pt(size)
    style.font.bold = False
    style.font.italic = False
    style.font.color.rgb = RGBColor(0, 0, 0)


def _paragraph_style(doc, name: str, *, font: str, size: float = BODY_PT, align=None,
                     first_line_chars: int = 0, right_chars: float = 0, line: float | None = LINE_PT,
                     latin: str | None = None):
    styles = doc.styles
    style = styles[name] if name in [s.name for s in styles] else styles.add_style(
        name, WD_STYLE_TYPE.PARAGRAPH)
    if name != "Normal":
        style.base_style = styles["Normal"]
    _base_paragraph_format(style, size=size, line=line)
    _set_fonts(style.element, font, latin)
    style.font.size = Pt(size)
    _char_spacing(style.element, CONDENSE if size == BODY_PT else 0)
    # drop theme colour references the built-in headings carry
    rpr = style.element.get_or_add_rPr()
    color = rpr.find(qn("w:color"))
    if color is not None:
        for attr in ("w:themeColor", "w:themeShade", "w:themeTint"):
            color.attrib.pop(qn(attr), None)
    if align is not None:
        style.paragraph_format.alignment = align
    _indent_chars(style.element, first_line_chars=first_line_chars, right_chars=right_chars)
    return style


def _doc_defaults(doc) -> None:
    """docDefaults: 3号仿宋 with eastAsia set, zh-CN, no spacing, so even unstyled text is right."""
    styles_el = doc.styles.element
    defaults = styles_el.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))

    class _Owner:  # adapter: _set_fonts wants get_or_add_rPr()
        def get_or_add_rPr(self):
            return rpr

    _set_fonts(_Owner(), FANGSONG)
    for tag in ("w:sz", "w:szCs"):
        el = _rpr_child(rpr, tag)
        el.set(qn("w:val"), str(BODY_PT * 2))
    _set_lang(_Owner())
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    spacing = ppr.get_or_add_spacing()
    for attr in list(spacing.attrib):
        del spacing.attrib[attr]
    spacing.set(qn("w:before"), "0")
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), str(LINE_PT * 20))
    spacing.set(qn("w:lineRule"), "exact")


def _styles(doc) -> None:
    _doc_defaults(doc)
    normal = _paragraph_style(doc, "Normal", font=FANGSONG, first_line_chars=2)
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    normal.paragraph_format.widow_control = False   # keeps lines on the 22-line grid
    # No automatic extra space between Han characters and digits/Latin (Word's and WPS's
    # default adds about a quarter em), so a line holds 28 characters and 37件 reads as typed.
    for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):
        _ppr_child(normal.element.get_or_add_pPr(), tag).set(qn("w:val"), "0")
    title = _paragraph_style(doc, STYLE_NAMES["title"], font=XIAOBIAOSONG, size=TITLE_PT,
                             align=WD_ALIGN_PARAGRAPH.CENTER, line=LINE_PT)
    title.paragraph_format.keep_with_next = True
    _paragraph_style(doc, STYLE_NAMES["recipient"], font=FANGSONG, align=WD_ALIGN_PARAGRAPH.LEFT)
    for kind, font in (("heading1", HEITI), ("heading2", KAITI)):
        style = _paragraph_style(doc, STYLE_NAMES[kind], font=font, first_line_chars=2,
                                 align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        style.paragraph_format.keep_with_next = True
        style.paragraph_format.keep_together = True
        style.font.bold = False
        # Built-in heading styles keep their outline level, so Word's and WPS's navigation pane
        # lists 一、 and （一）; the linked character style would re-add theme fonts, so unlink.
        link = style.element.find(qn("w:link"))
        if link is not None:
            style.element.remove(link)
    _paragraph_style(doc, STYLE_NAMES["signature"], font=FANGSONG, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph_style(doc, STYLE_NAMES["date"], font=FANGSONG, align=WD_ALIGN_PARAGRAPH.RIGHT)
    notice = _paragraph_style(doc, STYLE_NAMES["notice"], font=FANGSONG, size=NOTICE_PT,
                              align=WD_ALIGN_PARAGRAPH.LEFT, line=None)
    notice.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    notice.paragraph_format.space_after = Pt(6)


def _page(section) -> None:
    section.page_width, section.page_height = PAGE_W, PAGE_H
    section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
    section.left_margin, section.right_margin = MARGIN_LEFT, MARGIN_RIGHT
    section.footer_distance = FOOTER_DISTANCE
    section.header_distance = Mm(15)
    section.gutter = Mm(0)
    # 22 lines × 28 characters: a line grid of 28 pt. The 28 characters come from CONDENSE, not
    # from a "linesAndChars" grid: LibreOffice lays a 16 pt glyph over two 15.8 pt grid cells,
    # halving the characters per line. charSpace is still written (1/4096 pt) for Word's dialog.
    sect_pr = section._sectPr
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect_pr.append(grid)
    text_width_pt = (PAGE_W - MARGIN_LEFT - MARGIN_RIGHT) / 12700
    char_space = round((text_width_pt / 28 - BODY_PT) * 4096)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(LINE_PT * 20))
    grid.set(qn("w:charSpace"), str(char_space))


def _run(paragraph, text: str, *, font: str | None = None, size: float | None = None,
         bold: bool | None = None, color: RGBColor | None = None, latin: str | None = None):
    run = paragraph.add_run(text)
    if font:
        _set_fonts(run._r, font, latin)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def _body_runs(paragraph, text: str) -> None:
    """Body text in 仿宋; a 【待补充：…】 note the clerk still has to fill is highlighted yellow,
    so a half-written part cannot go out unnoticed."""
    from docx.enum.text import WD_COLOR_INDEX

    from drafter.register import TO_FILL_PATTERN

    start = 0
    for match in TO_FILL_PATTERN.finditer(text):
        if match.start() > start:
            _run(paragraph, text[start:match.start()], font=FANGSONG, size=BODY_PT, bold=False)
        note = _run(paragraph, match.group(), font=FANGSONG, size=BODY_PT, bold=False)
        note.font.highlight_color = WD_COLOR_INDEX.YELLOW
        start = match.end()
    if start < len(text) or not text:
        _run(paragraph, text[start:], font=FANGSONG, size=BODY_PT, bold=False)


def _field(paragraph, instruction: str, placeholder: str, **run_kwargs) -> None:
    """A complex field (begin / instrText / separate / cached result / end), as Word writes it."""
    def char(kind):
        run = _run(paragraph, "", **run_kwargs)
        fld = OxmlElement("w:fldChar")
        fld.set(qn("w:fldCharType"), kind)
        run._r.append(fld)

    char("begin")
    run = _run(paragraph, "", **run_kwargs)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    char("separate")
    _run(paragraph, placeholder, **run_kwargs)
    char("end")


def _page_number(footer, *, odd: bool) -> None:
    """「— 1 —」in 4号宋体: odd pages right with 右空一字, even pages left with 左空一字."""
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    pf = paragraph.paragraph_format
    pf.alignment = WD_ALIGN_PARAGRAPH.RIGHT if odd else WD_ALIGN_PARAGRAPH.LEFT
    pf.space_before = pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
    one_char = Pt(PAGE_NO_PT)
    pf.first_line_indent = Pt(0)
    if odd:
        pf.right_indent, pf.left_indent = one_char, Pt(0)
    else:
        pf.left_indent, pf.right_indent = one_char, Pt(0)
    style = dict(font=SONGTI, size=PAGE_NO_PT, bold=False)
    _run(paragraph, "— ", **style)
    _field(paragraph, "PAGE", "1", **style)
    _run(paragraph, " —", **style)


def _signature_indents(signature: str, date: str, seal: bool) -> tuple[float, float]:
    """Right indents (in characters) of 署名 and 成文日期, GB/T 9704 §7.3.5.

    Without a seal: 署名 右空二字, the date on the next line starting two characters right of
    the 署名's first character; a date longer than that pushes the 署名 left instead.
    With a seal: the date 右空四字 and the 署名 centred over it.
    """
    sig, day = _width(signature), _width(date)
    if seal:
        return max(0.0, 4 + (day - sig) / 2), 4.0
    if not signature:
        return 0.0, 2.0
    if not date:
        return 2.0, 0.0
    if sig - day >= 2:
        return 2.0, sig - day
    return 4 + day - sig, 2.0


def recipient_text(text: str) -> str:
    """主送机关 always ends with one full-width colon."""
    return text.rstrip(":：").rstrip() + "："


def _width(text: str) -> float:
    """Width in body characters: full-width characters 1, half-width digits and letters 0.5."""
    return sum(0.5 if ord(ch) < 0x2E80 else 1 for ch in text)


_CORE_PROPERTY_LIMIT = 255


def _core_text(text: str) -> str:
    """A core property value cut to the 255 characters the .docx format allows: the full
    notices are in the body, the properties only summarise (a longer value cannot be saved)."""
    if len(text) <= _CORE_PROPERTY_LIMIT:
        return text
    return text[: _CORE_PROPERTY_LIMIT - 1] + "…"


def write_docx(blocks, path: Path, *, seal: bool = False, title: str | None = None) -> Path:
    from . import BLOCK_KINDS

    doc = Document()
    _styles(doc)
    section = doc.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    _page(section)
    doc.settings.odd_and_even_pages_header_footer = True
    _page_number(section.footer, odd=True)
    _page_number(section.even_page_footer, odd=False)

    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):  # the template's empty first paragraph
        body.remove(p)

    items = [(b.kind, line.strip()) for b in blocks for line in b.text.split("\n") if line.strip()]
    for kind, _ in items:
        if kind not in BLOCK_KINDS:
            raise ValueError(f"unknown block kind {kind!r}; expected one of {BLOCK_KINDS}")
    notices = [text for kind, text in items if kind == "notice"]
    others = [(kind, text) for kind, text in items if kind != "notice"]
    signature = next((t for k, t in others if k == "signature"), "")
    date = next((t for k, t in others if k == "date"), "")
    sig_right, date_right = _signature_indents(signature, date, seal)

    for text in notices:
        doc.add_paragraph(text, style=STYLE_NAMES["notice"])

    previous = None
    paragraph = None
    for kind, text in others:
        if previous == "title" and kind != "title":
            doc.add_paragraph("", style="Normal")       # 标题下空一行
        if kind == "signature" or (kind == "date" and previous != "signature"):
            if previous is not None:
                # 正文下空一行; the last body lines, the blank, 署名 and 日期 stay on one page
                # (GB/T 9704 §7.3.5.4: never a page holding only the signature).
                paragraph.paragraph_format.keep_with_next = True
                doc.add_paragraph("", style="Normal").paragraph_format.keep_with_next = True
        style = doc.styles[STYLE_NAMES[kind]]
        paragraph = doc.add_paragraph(style=style)
        if kind == "signature":
            paragraph.paragraph_format.keep_with_next = True
        if kind == "title":
            _run(paragraph, text, font=XIAOBIAOSONG, size=TITLE_PT, bold=False)
        elif kind == "heading1":
            _run(paragraph, text, font=HEITI, size=BODY_PT, bold=False)
        elif kind == "heading2":
            _run(paragraph, text, font=KAITI, size=BODY_PT, bold=False)
        elif kind == "paragraph":
            head, rest, font, bold = split_run_in(text)
            if head:
                _run(paragraph, head, font=font, size=BODY_PT, bold=bold)
            _body_runs(paragraph, rest)
        elif kind == "recipient":
            _run(paragraph, recipient_text(text), font=FANGSONG, size=BODY_PT)
        elif kind in ("signature", "date"):
            _indent_chars(paragraph._p, right_chars=sig_right if kind == "signature" else date_right)
            _run(paragraph, text, font=FANGSONG, size=BODY_PT)
        previous = kind
    if previous == "title":
        doc.add_paragraph("", style="Normal")

    props = doc.core_properties
    titles = [t for k, t in others if k == "title"]
    props.title = _core_text(title or "".join(titles))
    props.subject = "法治政府建设年度报告"
    props.author = _core_text(signature or "")
    props.last_modified_by = ""
    props.comments = _core_text("\n".join(notices))
    props.keywords = "法治政府建设;年度报告"
    props.revision = 1
    now = _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0, tzinfo=None)
    props.created = props.modified = now

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    return path
