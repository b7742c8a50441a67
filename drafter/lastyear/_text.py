"""Sentences, clauses and content bigrams: the small text tools every last-year check shares.

Matching this year's words against last year's is done on *content bigrams* (pairs of
adjacent Han characters), because Chinese has no spaces and a label such as 办理行政应诉案件
keeps its bigrams whether it is written 办理行政应诉案件46件 or 行政应诉案件办理46件. A few
bigrams that every report sentence has (全年, 同比, 其中 …) carry no label and are dropped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from drafter.corpus import to_simplified

# Words that frame a figure in any sentence of any report; sharing them says nothing about the label.
_FRAME_BIGRAMS = frozenset({
    "全年", "全县", "全区", "全市", "共计", "累计", "合计", "其中", "同比", "达到", "实现", "完成", "开展",
    "组织", "办理", "今年", "本年", "去年", "上年", "年度", "全部", "分别", "以上", "左右", "共有", "一步",
    "工作", "进一", "持续", "不断", "加强", "推进", "深入", "全面", "积极", "扎实", "切实", "进行", "有效",
    "提升", "完善", "强化", "健全", "推动", "落实", "建设", "深化", "我局", "我县", "我区", "我市", "我镇",
})
_HAN = re.compile(r"[\u4e00-\u9fff]+")
SENTENCE_END = "。！？!?"
# Marks that end a clause around a figure; 、 too, so 建议86件、提案124件 gives each figure its own label.
CLAUSE_MARKS = "，。；：！？,;:!?、\n"
_PUNCT_OR_SPACE = re.compile(r"[\s\u3000，。；：！？、,.;:!?“”‘’\"'（）()《》〈〉【】\[\]—…·-]+")
# A run-in heading opening a paragraph: （一）加强……。 一、…… 1. ……
_HEADING_MARK = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[、.．](?!\d))")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


def bigrams(text: str) -> set[str]:
    """Content bigrams of the Han runs in ``text`` (digits and marks break a run)."""
    out: set[str] = set()
    for run in _HAN.findall(to_simplified(text)):
        out.update(run[i:i + 2] for i in range(len(run) - 1))
    return out - _FRAME_BIGRAMS


def normalised(sentence: str) -> str:
    """The sentence without punctuation or spaces, in simplified NFKC form: 全角/半角, 繁/简 alike."""
    return _PUNCT_OR_SPACE.sub("", to_simplified(unicodedata.normalize("NFKC", sentence)))


def sentences(text: str) -> list[Span]:
    """Sentences ending at 。！？ or at a paragraph end, with their offsets in ``text``."""
    out = []
    start = 0
    for i, ch in enumerate(text):
        if ch in SENTENCE_END or ch == "\n":
            _add(out, text, start, i + 1 if ch != "\n" else i)
            start = i + 1
    _add(out, text, start, len(text))
    return out


def _add(out: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    if start < end:
        out.append(Span(start, end, text[start:end]))


def sentence_at(spans: list[Span], offset: int) -> Span | None:
    for span in spans:
        if span.start <= offset < span.end:
            return span
    return None


def clause_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The words before and after a figure inside its clause (the figure itself left out)."""
    left = start
    while left > 0 and text[left - 1] not in CLAUSE_MARKS:
        left -= 1
    right = end
    while right < len(text) and text[right] not in CLAUSE_MARKS:
        right += 1
    return text[left:start], text[end:right]


def is_run_in_heading(sentence: str) -> bool:
    """（一）加强规范性文件监督管理。 — a heading repeats every year and is no copied sentence."""
    return bool(_HEADING_MARK.match(sentence)) and len(normalised(sentence)) <= 25


def short_quote(sentence: str, limit: int = 60) -> str:
    sentence = sentence.strip()
    return sentence if len(sentence) <= limit else sentence[:limit - 1] + "…"
