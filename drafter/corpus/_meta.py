"""Per-document facts a clerk filters on: issuing body, the year reported on, and genre.

The year that matters is the year the report is *about*: web pages carry a publishing
date (锡山区's 2018 report was posted 2018-12-25, 兰州's 2014 汇报 in 2015), so the
title and the opening sentence are trusted before any date found on the page.
"""

from __future__ import annotations

import re
from collections import Counter

GENRE_ANNUAL = "年度报告"
GENRE_OLDER = "汇报通报"
GENRE_NOT_REPORT = "非报告"

_YEAR_IN_TITLE = re.compile(r"((?:19|20)\d{2})\s*年")
_YEAR_OPENING = re.compile(r"^((?:19|20)\d{2})\s*年(?:度|以来)?\s*[，,是]")
_ANY_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_NOT_REPORT_END = re.compile(r"(通知|方案|意见|办法|规定|决定|要点|规划|细则|条例|函|公告|通告|请示)$")
_OLDER = re.compile(r"汇报|通报")
_REPORT = re.compile(r"报告|总结")
_BODY_BEFORE_ABOUT = re.compile(r"^(.+?)关于")
_BODY_IN_TITLE = re.compile(
    r"^(?:(?:19|20)\d{2}年度?)?(.+?)(?:(?:19|20)\d{2}年度?)?(?:法治政府|依法行政|行政执法|法治建设)")


def report_year(title_form: str, paragraph_forms: list[str]) -> int | None:
    """Title first, then an opening "20XX年，", then the year the text mentions most."""
    match = _YEAR_IN_TITLE.search(title_form)
    if match:
        return int(match.group(1))
    for form in paragraph_forms[:3]:
        match = _YEAR_OPENING.match(form)
        if match:
            return int(match.group(1))
    years = Counter(int(y) for y in _ANY_YEAR.findall("\n".join(paragraph_forms)))
    return years.most_common(1)[0][0] if years else None


def genre(title_form: str, text_form: str) -> str:
    title = title_form.strip()
    if _NOT_REPORT_END.search(title) and not _REPORT.search(title[-4:]):
        return GENRE_NOT_REPORT
    if _OLDER.search(title):
        return GENRE_OLDER
    if _REPORT.search(title):
        return GENRE_ANNUAL
    return GENRE_ANNUAL if re.search(r"报告如下|汇报如下|通报如下", text_form) else GENRE_NOT_REPORT


def issuing_body(title_form: str) -> str | None:
    for pattern in (_BODY_BEFORE_ABOUT, _BODY_IN_TITLE):
        match = pattern.match(title_form)
        if match and match.group(1).strip():
            return match.group(1).strip()
    return None
