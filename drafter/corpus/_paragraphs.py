"""A clerk's own draft read paragraph by paragraph, so a finding can be pointed at as 第N段.

The same reading as the corpus (encodings, Word, web pages, the same cleaning of each
paragraph), with two differences that matter for pointing into the file the clerk has open:
every paragraph with visible text is kept, even one that looks like page chrome (a date line
such as 2024年1月26日 is part of a report), and one Word paragraph stays one paragraph even
when it holds a manual line break. Markdown (what ``drafter export`` writes) is read too,
without its #, > and ** marks.
"""

from __future__ import annotations

import re
import zipfile
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


def read_paragraphs(path: Path) -> list[str]:
    """The file's paragraphs that have visible text, in order, each cleaned as the corpus cleans."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in DRAFT_SUFFIXES:
        raise CorpusError(f"不支持的文件类型：{path.name}（可核验 .docx、.txt、.md、.html 文件；"
                          f".doc 或 .wps 请先在 Word/WPS 中另存为 .docx）")
    data = read_bytes(path)
    if suffix in WORD_SUFFIXES:
        raw = docx_paragraph_texts(path)
    elif suffix in HTML_SUFFIXES:
        return [line for line in clean_text(read_text(path, data)).split("\n") if line]
    elif suffix in MARKDOWN_SUFFIXES:
        raw = [_strip_markdown(line) for line in _decode(data, path).splitlines()]
    else:
        assert suffix in TEXT_SUFFIXES
        raw = _decode(data, path).splitlines()
    paragraphs = [p for p in (clean_paragraph(line) for line in raw) if p]
    if not any(_is_han(ch) for p in paragraphs for ch in p):
        raise CorpusError(f"文件 {path.name} 中没有中文正文，无法核验")
    return paragraphs


def docx_paragraph_texts(path: Path) -> list[str]:
    """Every body paragraph's text (empty ones included), a manual line break read as a space."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise CorpusError(f"无法读取 Word 文件 {path.name}：文件已损坏或不是 .docx 格式") from exc
    return [p.text.replace("\n", " ") for p in document.paragraphs]


def _strip_markdown(line: str) -> str:
    if _MARKDOWN_RULE.match(line):
        return ""
    return _MARKDOWN_EMPHASIS.sub("", _MARKDOWN_MARKS.sub("", line))


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"
