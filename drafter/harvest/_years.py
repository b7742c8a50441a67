"""Which year a figure is for: the report year unless its clause compares with another year.

In 收到行政复议申请126件，较上年的96件增长31.3% the 96 is last year's and the 31.3% is this
year's change. The rule: the last mention of another year before the figure in its clause
(上年, 去年, 上年同期, 2023年同期, 较2023年的…) makes the figure that year's, unless a change
word (增长, 下降, 提高…) or another figure stands between them.
"""

from __future__ import annotations

import re

_MARKER = re.compile(r"(20\d\d)年(?:同期)?|(?:上年|去年|上一年度?)(?:同期)?|同期")
_BETWEEN_BREAKS = re.compile(r"[0-9０-９]|增长|下降|增加|减少|提高|降低|上升|提升|下滑|增幅|降幅|压缩|缩短")


_SENTENCE_OPENER = re.compile(r"^(?:(20\d\d)年度?|上年|去年|上一年度?)(?:全年)?[，,]")


def year_of(clause_before: str, year: int, sentence_before: str = "") -> int:
    """The year a figure is for, from its clause's words before it and the sentence's opening
    (2023年，全镇开展…18场: a sentence opened by another year speaks of that year throughout)."""
    markers = list(_MARKER.finditer(clause_before))
    if not markers:
        opener = _SENTENCE_OPENER.match(sentence_before.lstrip())
        if opener:
            return int(opener.group(1)) if opener.group(1) else year - 1
        return year
    last = markers[-1]
    if _BETWEEN_BREAKS.search(clause_before[last.end():]):
        return year
    return int(last.group(1)) if last.group(1) else year - 1
