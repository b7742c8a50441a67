"""Which retrieved exemplars a section keeps: only those close enough to be worth reading,
recent and same-level reports first.

The index ranks by weighted reciprocal rank fusion (``drafter.index._rank``), so its raw
score is a rank signal with a ceiling of ``(DENSE_WEIGHT + BM25_WEIGHT) / (RRF_K + 1)``
(about 0.227: first in both the meaning and the word-match ranking). A clerk shown
"相关度 0.2" reads it as 20 %, although it is nearly the best score possible; so relevance is
shown as a share of that ceiling.

The floor, RELEVANCE_FLOOR = 0.66 of the ceiling (a fused score of about 0.150), was chosen
on the 26 hand-labelled queries of ``bench/retrieval_queries.yaml`` over the sample corpus
(``corpus/``, 5 reports, 84 chunks), taking the top 10 hybrid results of each
(84 relevant, 169 not relevant):

    fused score >=   0.120  0.136  0.150  0.170  0.200
    relevant kept      82     79     72     67     35    (of 84)
    irrelevant kept   132     90     49     19      3    (of 169)

At 0.150, 86 % of the relevant chunks stay and 71 % of the irrelevant ones go; 0.136 (first
in one ranking only) keeps nearly twice the irrelevant ones, 0.200 loses more than half the
relevant ones. In rank terms, a chunk passes when it is roughly in the top 5 of both
rankings, or first in one and in the top 10 of the other; a chunk that only one ranking
found never passes. The dense cosine alone separated worse (0.88: 52 relevant, 43 not).
Because the fused score is a rank signal, the floor mostly bites when the word-match ranking
has nothing to say: on the sample index, 疫情防控 核酸检测 隔离 and 航天发射 (no such work in
the corpus) top out at 40 % and keep nothing, while 行政复议 案件办理 keeps 4 of 8 and
规范性文件备案审查 5 of 8.

Among the chunks that pass, reports of the last RECENT_YEARS years before the report year
come first (their wording follows the current rules; the sample corpus holds reports from
2012 on), then those of the clerk's own level, then the rest, each group by relevance.
"""

from __future__ import annotations

import re

from drafter.index._rank import BM25_WEIGHT, DENSE_WEIGHT, RRF_K

BEST_SCORE = (DENSE_WEIGHT + BM25_WEIGHT) / (RRF_K + 1)
RELEVANCE_FLOOR = 0.66
RECENT_YEARS = 5
EXEMPLAR_POOL = 8        # asked from the index per section, before the floor and the preference

NONE_QUALIFY = ("本节没有列出范文：范文库中没有与本节足够相近的段落（相关度均低于{floor}），"
                "或尚未建立范文库。")


def relevance(score) -> float:
    """The fused score as a share of the best possible one (1.0: first in both rankings)."""
    try:
        return max(0.0, min(1.0, float(score) / BEST_SCORE))
    except (TypeError, ValueError):
        return 0.0


def relevance_label(score) -> str:
    return f"{round(relevance(score) * 100)}%"


def floor_label() -> str:
    return f"{round(RELEVANCE_FLOOR * 100)}%"


def level_tier(level: str | None) -> tuple[str | None, bool]:
    """(tier, is_department) for the level names facts and corpus manifests use
    (省/市/地市/区县/区县部门/乡镇/部门)."""
    text = (level or "").strip()
    department = "部门" in text
    rest = text.replace("部门", "")
    if "省" in rest:
        return "省", department
    if "市" in rest:
        return "市", department
    if re.search("[区县]", rest):
        return "区县", department
    if re.search("[乡镇街]", rest):
        return "乡镇", department
    return None, department


def same_level(report_level: str | None, doc_level: str | None) -> bool:
    mine, mine_dept = level_tier(report_level)
    theirs, theirs_dept = level_tier(doc_level)
    if mine is None:
        return mine_dept and theirs_dept          # a 部门 of unnamed tier matches any department
    return mine == theirs and mine_dept == theirs_dept


def is_recent(report_year: int | None, doc_year: int | None) -> bool:
    if report_year is None or doc_year is None:
        return False
    return report_year - RECENT_YEARS < doc_year <= report_year


def _get(item, name: str):
    return item.get(name) if isinstance(item, dict) else getattr(item, name, None)


def qualifies(item) -> bool:
    return relevance(_get(item, "score")) >= RELEVANCE_FLOOR


def choose_exemplars(found, *, year: int | None, level: str | None, k: int = 3) -> list:
    """The ``k`` exemplars a section keeps from ``found`` (``Exemplar`` objects or the dicts a
    version stores): those above the floor, recent years first, then the same level."""
    kept = [item for item in found or [] if qualifies(item)]

    def preference(item):
        return (not is_recent(year, _get(item, "year")), not same_level(level, _get(item, "level")),
                -float(_get(item, "score") or 0.0))

    return sorted(kept, key=preference)[:k]


def worth_reading(draft, key: str) -> list[dict]:
    """The stored exemplars of ``key``'s current version that pass, in the preferred order, with
    ``relevance``; applied again on display because older drafts stored them unfiltered."""
    current = draft.section(key).current
    stored = list(current.exemplars) if current else []
    facts = draft.facts or {}
    year = facts.get("year")
    kept = choose_exemplars(stored, year=year if isinstance(year, int) else None, level=facts.get("level"),
                            k=len(stored))
    return [{**e, "relevance": relevance(e.get("score"))} for e in kept]


def none_qualify_message() -> str:
    return NONE_QUALIFY.format(floor=floor_label())


__all__ = ["BEST_SCORE", "RELEVANCE_FLOOR", "RECENT_YEARS", "EXEMPLAR_POOL", "relevance", "relevance_label",
           "floor_label", "same_level", "is_recent", "qualifies", "choose_exemplars", "worth_reading",
           "none_qualify_message"]
