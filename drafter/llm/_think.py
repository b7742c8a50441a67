"""Remove ``<think>…</think>`` blocks from a streamed reply, whatever the chunk boundaries.

Reasoning models (DeepSeek-R1, Qwen3, QwQ) put their reasoning inside ``<think>`` tags in
the content. The filter holds back only the few characters that could be the start of a
tag, so the rest streams through at once. An unclosed ``<think>`` swallows everything
after it; leading whitespace of the answer is dropped.

A ``</think>`` with no opening tag comes from chat templates that open the block in the
prompt (DeepSeek-R1 distills on servers without a reasoning parser): everything before it
was reasoning. What is still held back is dropped; if some of it was already emitted,
``leaked`` is set so the backend can fail loudly rather than put reasoning in a report.
"""

from __future__ import annotations

OPEN = "<think>"
CLOSE = "</think>"


def _held_back(buf: str, tags: tuple[str, ...]) -> int:
    """Length of the longest suffix of ``buf`` that is a proper prefix of one of ``tags``."""
    longest = 0
    for tag in tags:
        for n in range(min(len(buf), len(tag) - 1), longest, -1):
            if tag.startswith(buf[-n:]):
                longest = n
                break
    return longest


class ThinkFilter:
    def __init__(self) -> None:
        self._buf = ""
        self._inside = False
        self._started = False       # some answer text has been emitted
        self.saw_think = False      # a think block was seen (for a better empty-reply message)
        self.leaked = False         # reasoning before a stray </think> had already been emitted

    def feed(self, piece: str) -> str:
        """Take the next piece of content; return the answer text that is now certain."""
        self._buf += piece
        out: list[str] = []
        while True:
            if self._inside:
                end = self._buf.find(CLOSE)
                if end < 0:
                    keep = _held_back(self._buf, (CLOSE,))
                    self._buf = self._buf[len(self._buf) - keep:] if keep else ""
                    break
                self._buf = self._buf[end + len(CLOSE):]
                self._inside = False
                continue
            start, stray = self._buf.find(OPEN), self._buf.find(CLOSE)
            if start >= 0 and (stray < 0 or start < stray):
                out.append(self._buf[:start])
                self._buf = self._buf[start + len(OPEN):]
                self._inside = self.saw_think = True
                continue
            if stray >= 0:  # everything before it was reasoning
                if self._started or any(part.strip() for part in out):
                    self.leaked = True
                out.clear()
                self._buf = self._buf[stray + len(CLOSE):]
                self.saw_think = True
                continue
            keep = _held_back(self._buf, (OPEN, CLOSE))
            out.append(self._buf[:len(self._buf) - keep])
            self._buf = self._buf[len(self._buf) - keep:]
            break
        return self._emit("".join(out))

    def finish(self) -> str:
        """The end of the reply: release held-back text (dropped if inside a think block)."""
        rest = "" if self._inside else self._buf
        self._buf = ""
        return self._emit(rest)

    def _emit(self, text: str) -> str:
        if not self._started:
            text = text.lstrip()
            self._started = bool(text)
        return text


def strip_think(text: str) -> str:
    """The whole-text version, for non-streamed replies."""
    f = ThinkFilter()
    return f.feed(text) + f.finish()
