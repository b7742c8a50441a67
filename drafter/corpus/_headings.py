"""Recognising the numbered and unnumbered headings of a Chinese government report.

Headings come in four numbered levels (一、 /（一）/ 1. /（1）), in full- or half-width
form, either on their own line or *run in*: the heading is the paragraph's first sentence,
ending in 。, and the text continues in the same paragraph. Some reports also use short
unnumbered lines ("2019年推进依法行政工作安排") as top-level headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CN_NUM = "一二三四五六七八九十"
_LEVEL_PATTERNS = (
    (1, re.compile(rf"^[{_CN_NUM}]{{1,3}}\s*[、，,．.]\s*(?=\S)")),
    (2, re.compile(rf"^[（(]\s*[{_CN_NUM}]{{1,3}}\s*[)）]\s*[、，,.．]?\s*(?=\S)")),
    (3, re.compile(r"^\d{1,2}\s*(?:[.．、](?!\d)|[)）])\s*(?=\S)")),
    (4, re.compile(r"^[（(]\s*\d{1,2}\s*[)）]\s*(?=\S)")),
)
# A run-in heading is the first sentence, if it is short enough to be a heading.
_MAX_RUN_IN = 60
_MAX_STANDALONE = 70
_SENTENCE_END = re.compile(r"[。！？!?]")
_CLAUSE_END = re.compile(r"[，,；;：:]")
_PLAIN_HEADING_WORDS = re.compile(
    r"(工作|安排|打算|情况|问题|不足|措施|成效|思路|计划|要求|目标|任务|举措|做法|经验|建议|原因|意见)$")
_NOT_PLAIN_HEADING = re.compile(r"[。，,；;：:！？!?]|^\d{4}年\d{1,2}月\d{1,2}日$|^附件")


@dataclass(frozen=True)
class Heading:
    level: int
    text: str        # the heading as printed, without a run-in sentence's final 。
    rest: str        # the paragraph's text after a run-in heading ("" for a standalone line)


def parse_numbered(paragraph: str) -> Heading | None:
    """The numbered heading that starts this paragraph, if any."""
    for level, pattern in _LEVEL_PATTERNS:
        if pattern.match(paragraph):
            return _split_heading(level, paragraph)
    return None


def _split_heading(level: int, paragraph: str) -> Heading | None:
    end = _SENTENCE_END.search(paragraph)
    if end is None or end.end() == len(paragraph):
        # The whole paragraph is the heading, unless it reads like running text.
        if len(paragraph) > _MAX_STANDALONE:
            return _clause_heading(level, paragraph)
        return Heading(level, paragraph.rstrip("。"), "")
    if end.start() <= _MAX_RUN_IN:
        return Heading(level, paragraph[: end.start()], paragraph[end.end():].strip())
    return _clause_heading(level, paragraph)


def _clause_heading(level: int, paragraph: str) -> Heading | None:
    """A long numbered paragraph without a short first sentence: its first clause is the heading."""
    clause = _CLAUSE_END.search(paragraph)
    if clause is None or clause.start() > _MAX_RUN_IN:
        return None if level >= 3 else Heading(level, paragraph[:_MAX_RUN_IN], paragraph)
    return Heading(level, paragraph[: clause.start()], paragraph[clause.end():].strip())


def is_plain_heading(paragraph: str, following: str | None) -> bool:
    """A short unnumbered line such as "2019年推进依法行政工作安排" that opens a part."""
    if following is None or len(paragraph) > 30 or _NOT_PLAIN_HEADING.search(paragraph):
        return False
    if not _PLAIN_HEADING_WORDS.search(paragraph):
        return False
    return len(following) > 40 or parse_numbered(following) is not None
