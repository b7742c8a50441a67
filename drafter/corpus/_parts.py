"""A report's parts (kind, heading, paragraphs) from its paragraphs, by the corpus's own layout code.

Last year's report and a clerk's own draft are read paragraph by paragraph
(drafter.corpus.read_paragraphs) so that findings can say 第N段; the section kinds come from
the same heading rules that classify the corpus (drafter.corpus._structure), so a
2024年工作打算 or 下一步工作 heading is a plans part here exactly as it is in the index.
"""

from __future__ import annotations

from dataclasses import dataclass

from drafter.corpus._clean import matching_form
from drafter.corpus._structure import lay_out, section_kind


@dataclass(frozen=True)
class Part:
    kind: str
    heading: str
    level: int
    start: int              # offsets into "\n".join(paragraphs)
    end: int
    paragraphs: tuple[int, ...]   # indices into the paragraph list

    def text(self, full: str) -> str:
        return full[self.start:self.end]


def parts(paragraphs: list[str]) -> list[Part]:
    """The report's sections in order, each with its kind and its place in the joined text."""
    offsets, pos = [], 0
    for paragraph in paragraphs:
        offsets.append(pos)
        pos += len(paragraph) + 1
    layout = lay_out(paragraphs)
    has_headings = any(s.heading_path for s in layout.sections)
    out, cursor = [], len(layout.front)
    for raw in layout.sections:
        indices = []
        for line in raw.lines:
            found = _find(paragraphs, line, cursor)
            if found is None:
                continue
            indices.append(found)
            cursor = found + 1
        if not indices:
            continue
        kind = section_kind(raw, is_report=True, has_headings=has_headings)
        start = offsets[indices[0]]
        end = offsets[indices[-1]] + len(paragraphs[indices[-1]])
        out.append(Part(kind, raw.heading, raw.level, start, end, tuple(indices)))
    return out


def kind_at(part_list: list[Part], offset: int) -> str | None:
    for part in part_list:
        if part.start <= offset <= part.end:
            return part.kind
    return None


def _find(paragraphs: list[str], line: str, cursor: int) -> int | None:
    for i in range(cursor, len(paragraphs)):
        if paragraphs[i] == line or matching_form(paragraphs[i]) == matching_form(line):
            return i
    return None
