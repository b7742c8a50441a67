"""Markdown and plain text renderings of the export blocks.

Markdown is for reading and pasting into web editors: the notice is a blockquote on top so it
cannot be missed. Plain text mimics the printed page (full-width indents, signature pushed
right) because clerks paste it straight into OA systems and WPS.
"""

from __future__ import annotations

import re

from ._docx import _signature_indents, _width, recipient_text, split_run_in

LINE_CHARS = 28          # characters per line on a GB/T 9704 page
INDENT = "\u3000\u3000"  # two full-width spaces: 首行缩进二字


def _lines(blocks):
    from . import BLOCK_KINDS

    items = []
    for block in blocks:
        if block.kind not in BLOCK_KINDS:
            raise ValueError(f"unknown block kind {block.kind!r}; expected one of {BLOCK_KINDS}")
        items += [(block.kind, line.strip()) for line in block.text.split("\n") if line.strip()]
    notices = [t for k, t in items if k == "notice"]
    return notices, [(k, t) for k, t in items if k != "notice"]


_MD_LEADING = re.compile(r"^([#>+*=|`~-]|\d+[.)]\s)")


def _md_escape(text: str) -> str:
    """Keep a line that happens to start like Markdown syntax from turning into it."""
    text = text.replace("*", "\\*").replace("_", "\\_")
    return "\\" + text if _MD_LEADING.match(text) else text


def to_markdown(blocks) -> str:
    notices, items = _lines(blocks)
    out: list[str] = []
    for text in notices:
        out.append(f"> {_md_escape(text)}")
    title = "".join(t for k, t in items if k == "title")
    if title:
        out.append(f"# {_md_escape(title)}")
    for kind, text in items:
        if kind == "title":
            continue
        if kind == "recipient":
            out.append(_md_escape(recipient_text(text)))
        elif kind == "heading1":
            out.append(f"## {_md_escape(text)}")
        elif kind == "heading2":
            out.append(f"### {_md_escape(text)}")
        elif kind == "paragraph":
            head, rest, _, _ = split_run_in(text)
            if head:
                # Close the bold before the 。: CommonMark does not end ** after punctuation
                # when a Han character follows, so **…。**对 would print its asterisks.
                out.append(f"**{_md_escape(head[:-1])}**{head[-1]}{_md_escape(rest)}")
            else:
                out.append(_md_escape(text))
        else:  # signature, date
            out.append(_md_escape(text))
    return "\n\n".join(out) + "\n" if out else ""


def to_text(blocks) -> str:
    notices, items = _lines(blocks)
    out: list[str] = list(notices)
    if notices:
        out.append("")
    signature = next((t for k, t in items if k == "signature"), "")
    date = next((t for k, t in items if k == "date"), "")
    sig_right, date_right = _signature_indents(signature, date, seal=False)
    previous = None
    for kind, text in items:
        if previous == "title" and kind != "title":
            out.append("")
        if (kind == "signature" or (kind == "date" and previous != "signature")) and previous:
            out.append("")
        if kind == "title":
            pad = max(0, round((LINE_CHARS - _width(text)) / 2))
            out.append("\u3000" * pad + text)
        elif kind == "recipient":
            out.append(recipient_text(text))
        elif kind in ("signature", "date"):
            right = sig_right if kind == "signature" else date_right
            pad = max(0, round(LINE_CHARS - right - _width(text)))
            out.append("\u3000" * pad + text)
        else:
            out.append(INDENT + text)
        previous = kind
    return "\n".join(out) + "\n" if out else ""
