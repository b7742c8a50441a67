"""Last year's report as an input: stale figures, copied sentences, plans answered, 同比 checked.

Every clerk starts this year's report from last year's file, and the two incidents that follow
publication are a paragraph carried over with last year's figures and a 同比 rate that does not
match the two years' numbers; the level above also reads this year's work against last year's
下一年度安排. Last year's file is read by the corpus readers (.docx/.txt/.md/.html) and split
into parts with kinds by the corpus layout code, numbers by drafter.numbers.find_numbers.

    read_last_year(path) -> LastYearReport          raises CorpusError (Chinese message)
    compare(text, last, verification, extra=[]) -> Comparison
        ``text``: this year's draft, one paragraph per line; ``verification``: verify_text's
        result on it (its mentions, and which of them this year's facts support);
        ``extra``: this year's fact labels and points, where a plan may be answered too.
    merge(findings, comparison) -> list[Finding]     the verifier's and last year's, one per figure
    needs_attention(findings) -> bool               errors/warnings other than REMINDER_KINDS
    facts_texts(facts) -> list[str]                 a Facts' labels and points, for ``extra``
    plans_to_address(facts, last) -> list[str]     last year's plan items no fact label or point of
        this year's answers: what the drafting step is asked to address (before any draft exists)
    compare_draft(text, facts, last) -> Comparison  the whole check on a finished draft: verified
        with ``facts``, 同比 against 上年值, then compared (its findings include those 同比)
    check_yoy_against_facts(text, verification, facts) -> Verification
        同比 claims on a figure whose fact carries 上年值, checked against the two values (same
        rules and formula as below); a right claim becomes supported by the fact. Call it on
        verify_text's result before ``compare`` (which then leaves those claims alone).
    yoy_phrase(value, last, unit) -> str | None     the 同比 clause for a figure and its 上年值
        (同比增长12.5% / 比上年提高3个百分点 / 与上年持平 / 同比翻一番), one the check above accepts
    propose_last_year_values(facts, last) -> list[Proposal]
        for facts without 上年值, last year's figure under the same label (value in the fact's
        unit, last year's sentence); only proposals: nothing is filled until the clerk confirms
    with_last_year_values(facts, confirmed) -> Facts  the Facts with the confirmed 上年值 set

Finding kinds (drafter.verify.Finding):
    stale            error    疑似沿用上年数据: equals last year's figure under a matching label,
                              not supported by this year's facts (last year's sentence quoted)
    repeated         warning  supported, equal to last year's, in a near-identical sentence
    yoy              error with ``rule`` rate / points_as_percent / percent_as_points / direction,
                     or info when right; ``formula`` shows the computation
    copied           warning  a whole sentence identical to one of last year's (its supported
                              figures equal to last year's are named in it, not given a `repeated`)
    plan_unanswered  warning  上年计划未见回应 (no position: the item is last year's text)
"""

from __future__ import annotations

from drafter.lastyear._compare import (REMINDER_KINDS, Comparison, LastYearReport, compare, merge,  # noqa: F401
                                       needs_attention, plans_unanswered_by_facts, read_last_year)
from drafter.lastyear._facts_yoy import check_yoy_against_facts, yoy_phrase  # noqa: F401
from drafter.lastyear._plans import PlanItem  # noqa: F401
from drafter.lastyear._values import Proposal, propose_last_year_values, with_last_year_values  # noqa: F401


def facts_texts(facts) -> list[str]:
    """The fact labels, topic names/headings and points of a drafter.facts.Facts."""
    texts = [f.label for f in facts.facts]
    for topic in facts.topics:
        texts += [topic.name, topic.heading or ""] + list(topic.points)
    return [t for t in texts + list(facts.leadership) if t]


def plans_to_address(facts, last: LastYearReport) -> list[str]:
    """Last year's plan items this year's facts do not answer, for the drafting step to address."""
    return [p.text for p in plans_unanswered_by_facts(last, facts_texts(facts))]


def compare_draft(text: str, facts, last: LastYearReport) -> Comparison:
    """A finished draft against last year's report and this year's facts, as `drafter draft
    --last-year` and the UI show it: the 同比 checked against 上年值 count among the findings."""
    from drafter.verify import verify_text

    result = check_yoy_against_facts(text, verify_text(text, facts.facts, year=facts.year), facts.facts)
    comparison = compare(text, last, result, extra=facts_texts(facts))
    comparison.findings += [f for f in result.findings if f.kind == "yoy"]
    return comparison


__all__ = ["REMINDER_KINDS", "Comparison", "LastYearReport", "PlanItem", "Proposal", "check_yoy_against_facts",
           "compare", "compare_draft", "facts_texts", "merge", "plans_to_address", "plans_unanswered_by_facts", "propose_last_year_values", "with_last_year_values", "yoy_phrase",
           "needs_attention", "read_last_year"]
