"""The section kinds a report is made of: one list, read by the corpus, the planner and the UI.

The names are what clerks see and what ``--kind`` takes, so they are Chinese."""

KIND_INTRO = "导语"
KIND_LEADERSHIP = "第一责任人履职"
KIND_WORK = "主要举措和成效"
KIND_PROBLEMS = "存在的不足和原因"
KIND_PLANS = "下一年度安排"
KIND_CLOSING = "结束语"
KIND_OTHER = "其他"

SECTION_KINDS = (KIND_INTRO, KIND_LEADERSHIP, KIND_WORK, KIND_PROBLEMS, KIND_PLANS, KIND_CLOSING, KIND_OTHER)
