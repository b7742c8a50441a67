"""Scanning helpers shared by the number finder and the verifier."""

from __future__ import annotations

# the marks that end a sentence (a ；ends one as a clerk writes, each clause a sentence of its own)
SENTENCE_STOP = "。；;！？!?\n"


def last_of(text: str, stops: str, end: int, start: int = 0) -> int:
    """Where the last of ``stops`` in text[start:end] stands, or -1 when none does.

    A figure's clause or sentence begins after it; which marks stop one depends on the caller
    (a 、 ends a list item, not a clause), so the marks are passed in."""
    return max(text.rfind(c, start, end) for c in stops)
