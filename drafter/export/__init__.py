"""Markdown, plain text and .docx laid out per GB/T 9704-2012.

Public API: ``Block(kind, text)``, ``BLOCK_KINDS``, ``to_markdown(blocks) -> str``,
``to_text(blocks) -> str``, ``to_docx(blocks, path, *, seal=False) -> Path``,
``annotate_docx(source, target, text, findings) -> Annotated`` (the clerk's own .docx with each
verifier finding as a Word comment on the number; ``text``/offsets are the corpus reader's).

Blocks are rendered in order, except ``notice`` blocks, which always go first (a blockquote in
Markdown, the first lines in text, a small grey paragraph plus the core-properties comment in
.docx) so a clerk sees how the draft was made and removes the note before sending. A block's
text may hold several lines; each becomes its own paragraph of that kind. A paragraph opening
with a run-in heading (（一）…。 / 1.…。 / （1）…。) gets the heading's font for that part only.
An unknown kind is a programming error (ValueError).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# kinds: title (one block per title line), recipient (主送机关, ends with ：), heading1 (一、…),
# heading2 (a standalone （一）… line), paragraph (may start with a run-in （一）…。 or 1.…。 heading),
# signature (署名), date (成文日期), notice (a note on how the draft was made, e.g. offline backend)
BLOCK_KINDS = ("title", "recipient", "heading1", "heading2", "paragraph", "signature", "date", "notice")


@dataclass
class Block:
    kind: str
    text: str


def to_markdown(blocks: list[Block]) -> str:
    from ._plain import to_markdown as _render

    return _render(blocks)


def to_text(blocks: list[Block]) -> str:
    from ._plain import to_text as _render

    return _render(blocks)


def to_docx(blocks: list[Block], path: Path, *, seal: bool = False) -> Path:
    """Write the .docx; ``seal=True`` lays out 署名/日期 for a sealed copy (日期右空四字)."""
    from ._docx import write_docx

    return write_docx(blocks, Path(path), seal=seal)


def annotate_docx(source: Path, target: Path, text: str, findings: list[dict]):
    """A copy of ``source`` with a comment (and highlight) per finding dict (Finding.to_dict())."""
    from ._annotate import annotate_docx as _annotate

    return _annotate(Path(source), Path(target), text, findings)
