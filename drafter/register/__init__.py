"""The register of the report: the domain knowledge of how these reports are written.

How an organ names itself (我局/我区/我镇), the era's formulas (which 纲要, which 全会), the
default （一） headings and the phrase bank (``drafter/data/draft_phrases.yaml``), and how a
clerk's figure is written in a sentence. It is knowledge about the genre, not part of any one
backend: the planner, the model prompts and the offline writer all draw on this one source,
and it imports nothing above ``drafter.facts``.
"""

from drafter.register._style import (BEFORE_NUMBER, DEPARTMENT_LEVEL, GOVERNMENT_LEVELS, PHRASES_FILE,
                                     TO_FILL_PATTERN, TOWNSHIP_LEVEL, Era, Voice, blank_to_fill, cn_number, default_heading,
                                     effective_level, era, fact_clause, figure_kin, figure_lead, format_value, is_rate,
                                     noun_verb, ordinal_lead, paren_number, phrases, quantity, reaches, report_seed,
                                     to_fill, topic_entry, topic_gap, topic_opening, topic_openings, topic_plan, topic_plans, voice)

__all__ = ["BEFORE_NUMBER", "DEPARTMENT_LEVEL", "GOVERNMENT_LEVELS", "PHRASES_FILE", "TO_FILL_PATTERN",
           "TOWNSHIP_LEVEL", "Era", "Voice", "blank_to_fill", "cn_number", "default_heading", "effective_level", "era",
           "fact_clause", "figure_kin", "figure_lead", "format_value", "is_rate", "noun_verb", "ordinal_lead", "paren_number",
           "phrases", "quantity", "reaches", "report_seed", "to_fill", "topic_entry", "topic_gap", "topic_opening", "topic_openings",
           "topic_plan", "topic_plans", "voice"]
