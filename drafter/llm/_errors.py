"""The one exception every backend raises."""

from __future__ import annotations


class LLMError(RuntimeError):
    """Generation failed; ``str()`` is a Chinese reason the clerk can act on.

    ``retryable`` is True only when starting the same request again from scratch is worth
    it right away: the stream broke after some text had been yielded (the backend has not
    retried that itself, because a new attempt writes different text). Errors raised after
    the backend's own retries ran out are not retryable.
    """

    def __init__(self, message: str, *, retryable: bool = False):
        super().__init__(message)
        self.retryable = retryable
