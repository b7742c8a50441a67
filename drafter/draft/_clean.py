"""Tidy a model's section text into the shape the report needs.

Models wrap answers in Markdown, repeat the section's 一、 heading, or put the （一）
heading on a line of its own; the assembler expects plain paragraphs with a run-in
heading. Reasoning blocks are removed here too, in case a backend let one through.
"""

from __future__ import annotations

import re

from drafter.brief import SectionBrief

_THINK = re.compile(r"<think>.*?</think>", re.S)
_FENCE = re.compile(r"^```.*$", re.M)
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_MD_PREFIX = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+|>\s+)")


def strip_reasoning(text: str) -> str:
    text = _THINK.sub("", text)
    if "</think>" in text:                       # an opening tag sent in the prompt template
        text = text.split("</think>", 1)[1]
    if "<think>" in text:                        # unclosed: everything after it is reasoning
        text = text.split("<think>", 1)[0]
    return text


def strip_markdown(text: str) -> str:
    text = _FENCE.sub("", text)
    text = _BOLD.sub(lambda m: m.group(1) or m.group(2), text)
    return "\n".join(_MD_PREFIX.sub("", line) for line in text.splitlines())


def _plain(heading: str) -> str:
    return re.sub(r"\s", "", heading).rstrip("。")


_HALF_WIDTH_NUMBER = re.compile(r"^\(([一二三四五六七八九十]+)\)")


def clean_section_text(text: str, brief: SectionBrief) -> str:
    text = strip_markdown(strip_reasoning(text))
    lines = [_HALF_WIDTH_NUMBER.sub(r"（\1）", line.strip()) for line in text.splitlines() if line.strip()]
    heading = _plain(brief.heading or "")
    number = brief.number or ""
    run_in = number.startswith("（")
    if lines and heading and not run_in and _plain(lines[0]) == heading:
        lines = lines[1:]                                    # the 一、 heading is in the frame already
    if run_in and heading and lines:
        bare = heading[len(number):] if heading.startswith(number) else heading
        if _plain(lines[0]) in (heading, bare) and len(lines) > 1:
            lines = [heading + "。" + lines[1]] + lines[2:]   # standalone （一） line → run-in
        elif lines[0].startswith(bare):
            lines[0] = number + lines[0]                     # heading written without its number
        elif not lines[0].startswith(number):
            lines[0] = heading + "。" + lines[0]
    return "\n".join(lines)
