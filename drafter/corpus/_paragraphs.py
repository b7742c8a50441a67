"""A clerk's own draft read paragraph by paragraph, so a finding can be pointed at as 第N段.

The same reading as the corpus (encodings, Word, web pages, the same cleaning of each
paragraph), with two differences that matter for pointing into the file the clerk has open:
every paragraph with visible text is kept, even one that looks like page chrome (a date line
such as 2024年1月26日 is part of a report), and one Word paragraph stays one paragraph even
when it holds a manual line break. Markdown (what ``drafter export`` writes) is read too,
without its #, > and ** marks.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from drafter.corpus._clean import clean_paragraph, clean_text
from drafter.corpus._errors import CorpusError
from drafter.corpus._read import (HTML_SUFFIXES, READABLE_SUFFIXES, TEXT_SUFFIXES, WORD_SUFFIXES, _decode,
                                  read_bytes, read_text)

MARKDOWN_SUFFIXES = (".md", ".markdown")
DRAFT_SUFFIXES = READABLE_SUFFIXES + MARKDOWN_SUFFIXES

_MARKDOWN_MARKS = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S))")
_MARKDOWN_EMPHASIS = re.compile(r"\*\*|__")
_MARKDOWN_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")


@dataclass(frozen=True)
class Line:
    """One line of a draft as it is checked: a paragraph, or one row of a Word table."""

    text: str
    where: str                    # 第3段 / 表1第2行: how the clerk finds it in Word
    paragraph: int | None = None  # the N of 第N段; None for a table row
    # (offset in text, unit) for each bare figure of a table row whose unit the table names
    # in its column header (罚没款（万元）) or row label (受理案件（件）)
    units: tuple[tuple[int, str], ...] = ()
    # (offset in text, year) for each bare figure under a column headed by a year (2023年, 上年)
    years: tuple[tuple[int, int | str], ...] = ()


def table_units(lines: list[Line]) -> dict[int, str]:
    """The units of ``lines``' bare table figures, by offset in the lines joined with newlines."""
    return _by_offset(lines, "units")


def table_years(lines: list[Line]) -> dict[int, int | str]:
    """The year each bare table figure's column is headed by (2023, or 上年 when the header says
    so without a number), by offset in the lines joined with newlines."""
    return _by_offset(lines, "years")


def _by_offset(lines: list[Line], field: str) -> dict:
    out, pos = {}, 0
    for line in lines:
        out.update((pos + offset, value) for offset, value in getattr(line, field))
        pos += len(line.text) + 1
    return out


def read_paragraphs(path: Path) -> list[str]:
    """The file's paragraphs that have visible text, in order, each cleaned as the corpus cleans."""
    return _paragraphs_and_document(Path(path))[0]


def _paragraphs_and_document(path: Path):
    """read_paragraphs' paragraphs, and for a .docx the parsed document too, so that read_lines
    walks the same parse for its tables rather than opening the file a second time."""
    suffix = path.suffix.lower()
    if suffix not in DRAFT_SUFFIXES:
        raise CorpusError(f"不支持的文件类型：{path.name}（可核验 .docx、.txt、.md、.html 文件；"
                          f".doc 或 .wps 请先在 Word/WPS 中另存为 .docx）")
    data = read_bytes(path)
    document = None
    if suffix in WORD_SUFFIXES:
        document = _open_docx(path, data)
        raw = _docx_texts(document)
    elif suffix in HTML_SUFFIXES:
        return [line for line in clean_text(read_text(path, data)).split("\n") if line], None
    elif suffix in MARKDOWN_SUFFIXES:
        raw = [_strip_markdown(line) for line in _decode(data, path).splitlines()]
    else:
        assert suffix in TEXT_SUFFIXES
        raw = _decode(data, path).splitlines()
    paragraphs = [p for p in (clean_paragraph(line) for line in raw) if p]
    if not any(_is_han(ch) for p in paragraphs for ch in p):
        raise CorpusError(f"文件 {path.name} 中没有中文正文，无法核验")
    return paragraphs, document


def read_lines(path: Path) -> list[Line]:
    """The draft's paragraphs and, in a .docx, each table row, in document order; a web page's
    table rows stay its paragraphs (市场监管 | 1234 | 246.8) and get their units the same way.

    A report's 附表 or a table of the year's figures holds figures to check as much as its prose
    does, and a fact stated only there is not unused. Paragraphs keep read_paragraphs' numbering
    (第N段, tables not counted); a row is 表K第R行, K and R counted as they stand in the file, and
    reads as drafter.corpus._tables makes it (its cells with text, with the units and years its
    headers give its bare figures).
    """
    path = Path(path)
    # vets the file, gives the clerk's numbering
    paragraphs, document = _paragraphs_and_document(path)
    if document is None:
        from drafter.corpus._tables import marked_table_lines

        lines = [Line(text, f"第{n}段", n) for n, text in enumerate(paragraphs, start=1)]
        return marked_table_lines(lines) if path.suffix.lower() in HTML_SUFFIXES else lines
    from docx.table import Table

    from drafter.corpus._tables import table_lines

    lines: list[Line] = []
    number = tables = 0
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            if number < len(paragraphs) and clean_paragraph(_paragraph_text(child, document)):
                number += 1
                lines.append(Line(paragraphs[number - 1], f"第{number}段", number))
        elif tag == "tbl":
            tables += 1
            lines += table_lines(Table(child, document), tables, lines[-1].text if lines else "")
    return lines


def _paragraph_text(element, document) -> str:
    from docx.text.paragraph import Paragraph

    return Paragraph(element, document).text.replace("\n", " ")


def _open_docx(path: Path, data: bytes):
    """The parsed .docx, from the bytes already read (and vetted) rather than from the disk again;
    ``path`` names the file in the message."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise CorpusError(f"无法读取 Word 文件 {path.name}：文件已损坏或不是 .docx 格式") from exc


def _docx_texts(document) -> list[str]:
    """Every body paragraph's text (empty ones included), a manual line break read as a space."""
    return [p.text.replace("\n", " ") for p in document.paragraphs]


def _strip_markdown(line: str) -> str:
    if _MARKDOWN_RULE.match(line):
        return ""
    return _MARKDOWN_EMPHASIS.sub("", _MARKDOWN_MARKS.sub("", line))


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"
