"""Where a finding sits, said the way a clerk finds it in Word: 第N段 plus a quoted stretch.

A character offset means nothing to someone looking at a printed or Word page. A paragraph
number does, if it is counted as a reader counts: every paragraph with visible text is one
(the title and each heading included), blank lines are not. The quote is the clause around
the number, cut at a clause mark (，。；！？：) or, if the clause is long, at a character that
does not split a figure (never 023年 for 2023年), widened clause by clause until it occurs only
once in its paragraph, so that Ctrl+F in Word lands on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Marks that end a clause; a quote starts after one and stops before one.
_CLAUSE_MARKS = "，。；！？：,;!?"
# Where a long clause may be cut when no clause mark is near: list marks and brackets.
_OPENERS, _CLOSERS, _SEPARATORS = "（(《“‘", "）)》”’", "、 "
# Characters that belong to one figure or Latin word and must not be cut apart.
_WORD_CHAR = re.compile(r"[0-9A-Za-z.％%‰·]")
_MAX_SIDE = 16   # characters of context either side before a long clause is cut
_MIN_QUOTE = 8   # a shorter clause (2023年，) takes in the next one so the quote can be searched for
ELLIPSIS = "…"


@dataclass(frozen=True)
class Position:
    paragraph: int | None  # 1-based, counting paragraphs with visible text; None in a table row
    quote: str             # the stretch shown between 「」, with … where it was cut
    start_in_paragraph: int
    where: str = ""        # 第12段, or 表1第3行 for a row of a Word table

    @property
    def label(self) -> str:
        """第12段「…审结行政复议案件49件…」"""
        return f"{self.where or f'第{self.paragraph}段'}「{self.quote}」"


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph with visible text, in order."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def locate(text: str, start: int, end: int | None = None, *,
           spans: list[tuple[int, int]] | None = None, lines: list | None = None) -> Position | None:
    """The paragraph and quote for text[start:end]; None when the offsets fall outside the text.
    ``lines``: the draft as drafter.corpus.read_lines gave it (one per line of ``text``), when
    some lines are table rows, which are named 表K第R行 and do not count as paragraphs."""
    end = start if end is None else end
    if not (0 <= start <= end <= len(text)):
        return None
    spans = paragraph_spans(text) if spans is None else spans
    for number, (p_start, p_end) in enumerate(spans, start=1):
        if p_start <= start <= p_end:
            paragraph = text[p_start:p_end]
            rel_start, rel_end = start - p_start, min(end, p_end) - p_start
            if lines is not None and number <= len(lines):
                line = lines[number - 1]
                return Position(line.paragraph, quote(paragraph, rel_start, rel_end), rel_start, line.where)
            return Position(number, quote(paragraph, rel_start, rel_end), rel_start, f"第{number}段")
    return None


def quote(paragraph: str, start: int, end: int) -> str:
    """The clause around paragraph[start:end], widened until it is unique in the paragraph."""
    left, right = _clause_left(paragraph, start), _clause_right(paragraph, end)
    left, right = _trim(paragraph, left, start, right, end)
    left, right = _soft_cut(paragraph, left, start, right, end)
    while paragraph.count(paragraph[left:right]) > 1 or right - left < _MIN_QUOTE:
        # the next clause first (a short or repeated clause reads on naturally), then the one before
        wider = _widen_right(paragraph, left, right) if right < len(paragraph) else (right, right)
        if wider[1] != right:
            right = wider[1]
        elif left > 0:
            left = _widen_left(paragraph, left)
        else:
            break
    left, right = _whole_figures(paragraph, left, start, right, end)   # widening may have split one
    if right < len(paragraph) and not paragraph[right + 1:].strip():
        right = len(paragraph)   # the paragraph's closing mark: show it rather than an ellipsis
    stretch = paragraph[left:right].strip().lstrip(_CLAUSE_MARKS)
    return (ELLIPSIS if left > 0 else "") + stretch + (ELLIPSIS if right < len(paragraph) else "")


def _widen_right(paragraph: str, left: int, right: int) -> tuple[int, int]:
    wider = _clause_right(paragraph, right + 1)
    return left, min(wider, right + 1 + _MAX_SIDE)


def _widen_left(paragraph: str, left: int) -> int:
    return max(_clause_left(paragraph, left - 1), left - 1 - _MAX_SIDE)


def _soft_cut(paragraph: str, left: int, start: int, right: int, end: int) -> tuple[int, int]:
    """A cut inside a clause moves to a list mark or bracket in the window when there is one."""
    if left > 0 and paragraph[left - 1] not in _CLAUSE_MARKS:
        for i in range(left, start):
            if paragraph[i] in _OPENERS:
                left = i
                break
            if paragraph[i] in _CLOSERS or paragraph[i] in _SEPARATORS:
                left = i + 1
                break
    if right < len(paragraph) and paragraph[right] not in _CLAUSE_MARKS:
        for i in range(right - 1, end - 1, -1):
            if paragraph[i] in _CLOSERS:
                right = i + 1
                break
            if paragraph[i] in _OPENERS or paragraph[i] in _SEPARATORS:
                right = i
                break
    return left, right


def _clause_left(paragraph: str, start: int) -> int:
    i = max(0, start)
    while i > 0 and paragraph[i - 1] not in _CLAUSE_MARKS:
        i -= 1
    return i


def _clause_right(paragraph: str, end: int) -> int:
    i = min(len(paragraph), end)
    while i < len(paragraph) and paragraph[i] not in _CLAUSE_MARKS:
        i += 1
    return i


def _trim(paragraph: str, left: int, start: int, right: int, end: int) -> tuple[int, int]:
    """Cut a long clause to _MAX_SIDE characters either side, never inside a figure."""
    left = max(left, start - _MAX_SIDE)
    right = min(right, end + _MAX_SIDE)
    return _whole_figures(paragraph, left, start, right, end)


def _whole_figures(paragraph: str, left: int, start: int, right: int, end: int) -> tuple[int, int]:
    """Move a cut that falls inside a figure or Latin word (023年 of 2023年) out of it."""
    while 0 < left < start and _WORD_CHAR.match(paragraph[left - 1]) and _WORD_CHAR.match(paragraph[left]):
        left += 1
    while end < right < len(paragraph) and _WORD_CHAR.match(paragraph[right - 1]) \
            and _WORD_CHAR.match(paragraph[right]):
        right -= 1
    return left, right
