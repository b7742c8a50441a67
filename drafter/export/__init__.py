"""Markdown, plain text and .docx laid out per GB/T 9704-2012.

CONTRACT (filled in by the export work):
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
    raise NotImplementedError


def to_text(blocks: list[Block]) -> str:
    raise NotImplementedError


def to_docx(blocks: list[Block], path: Path) -> Path:
    raise NotImplementedError
