"""drafter: drafts and checks the annual rule-of-law report (法治政府建设年度报告).

The core library is one subpackage per concept (corpus, index, facts, numbers, verify,
brief, llm, draft, store, export); ``drafter.cli`` and ``drafter.ui`` are thin layers
over their public functions.
"""

__version__ = "0.1.0"
