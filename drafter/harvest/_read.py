"""A departmental submission read as numbered blocks: its paragraphs and, for Word files, its tables.

The corpus reader gives a clerk's document paragraph by paragraph but leaves Word tables out,
and tables are where departments put their figures; so a .docx is walked here in document order,
paragraphs counted as Word counts them (第N段, the same numbering as ``read_paragraphs``) and each
table row kept as its cells. Other formats (.txt in UTF-8 or GBK, .html) come from the corpus reader.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from drafter.corpus import CorpusError, read_paragraphs

SUBMISSION_SUFFIXES = (".docx", ".txt", ".html", ".htm", ".md")


@dataclass
class Block:
    """One paragraph (``rows`` empty) or one table (``text`` empty) of a submission."""

    where: str                      # 第3段 / 表1
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)
    paragraph: int | None = None    # 1-based, for paragraphs


def read_blocks(path: Path) -> list[Block]:
    """The submission's paragraphs and tables in document order; raises CorpusError in Chinese."""
    path = Path(path)
    if path.suffix.lower() == ".docx":
        paragraphs = read_paragraphs(path)      # validates the file and gives the clerk's numbering
        return _docx_blocks(path, paragraphs)
    return [Block(f"第{n}段", text, paragraph=n) for n, text in enumerate(read_paragraphs(path), start=1)]


def _docx_blocks(path: Path, paragraphs: list[str]) -> list[Block]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from drafter.corpus._clean import clean_paragraph

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:  # read_paragraphs already vetted it
        raise CorpusError(f"无法读取 Word 文件 {path.name}") from exc
    blocks: list[Block] = []
    number = tables = 0
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = clean_paragraph(Paragraph(child, document).text.replace("\n", " "))
            if text:
                number += 1
                shown = paragraphs[number - 1] if number <= len(paragraphs) else text
                blocks.append(Block(f"第{number}段", shown, paragraph=number))
        elif tag == "tbl":
            tables += 1
            rows = [[clean_paragraph(cell.text.replace("\n", " ")) for cell in row.cells]
                    for row in Table(child, document).rows]
            blocks.append(Block(f"表{tables}", rows=[r for r in rows if any(r)]))
    return blocks
