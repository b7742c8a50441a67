"""材料汇总: statistics harvested from the departments' own 工作总结, proposed for the clerk to adopt.

Public API
----------
``harvest(paths, year=None) -> Harvest``   read submissions (.docx with tables, .txt UTF-8/GBK,
                                           .html; folders are walked) and propose fact rows
``write_harvest_workbook(path, harvest)``  the facts workbook with 采用 (blank = undecided),
                                           source and 提示 columns, and an 其他年度数据 sheet
``label_for(text, start, year)``           the label a clerk would write for one figure

Nothing is taken silently: every row is a proposal with its source (file, department,
paragraph, sentence); figures for another year are kept apart, never as this year's facts.
"""

from __future__ import annotations

from pathlib import Path

from ._harvest import Harvest, Proposal, harvest, submission_files  # noqa: F401


def write_harvest_workbook(path: Path, result: Harvest, *, org: str | None = None) -> Path:
    """A workbook ``drafter.facts.load_facts`` reads; only rows marked 采用 become facts."""
    from ._workbook import write

    return write(Path(path), result, org=org)


def label_for(text: str, start: int, year: int = 2024) -> str:
    """The label a clerk would write for the figure starting at ``text[start]`` (受理行政复议申请),
    "" when no statistic starts there; ``year`` is the report year (for 上年/2023年同期 clauses)."""
    from ._harvest import statistics, text_proposals

    for mention, proposal in zip(statistics(text), text_proposals(text, "", "", "", year)):
        if mention.start <= start < mention.end:
            return proposal.label
    return ""


__all__ = ["Harvest", "Proposal", "harvest", "label_for", "submission_files", "write_harvest_workbook"]
