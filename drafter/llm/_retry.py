"""When to try again: exponential backoff with full jitter, and the server's Retry-After."""

from __future__ import annotations

import random
import time
from email.utils import parsedate_to_datetime
from typing import Callable, Mapping

# Defaults for OpenAIBackend; the test fixtures shrink them so retries take milliseconds.
DEFAULT_BACKOFF_BASE = 1.0      # seconds; attempt n waits uniform(0, min(cap, base * 2**n))
DEFAULT_BACKOFF_CAP = 30.0
DEFAULT_RETRY_AFTER_CAP = 60.0  # never wait longer than this for a server's Retry-After


def backoff_delay(attempt: int, base: float, cap: float,
                  rand: Callable[[], float] = random.random) -> float:
    """Full jitter (AWS architecture blog): uniform in [0, min(cap, base * 2**attempt)]."""
    return rand() * min(cap, base * (2 ** attempt))


def retry_after_seconds(headers: Mapping[str, str] | None, cap: float,
                        now: Callable[[], float] = time.time) -> float | None:
    """Seconds the server asked us to wait (``retry-after-ms``, ``Retry-After`` as seconds or an
    HTTP date), clamped to ``[0, cap]``; None when it did not say or said nonsense."""
    if not headers:
        return None
    raw_ms = headers.get("retry-after-ms")
    if raw_ms:
        try:
            return _clamp(float(raw_ms) / 1000.0, cap)
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if not raw:
        return None
    raw = raw.strip()
    try:
        return _clamp(float(raw), cap)
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return _clamp(when.timestamp() - now(), cap)


def _clamp(value: float, cap: float) -> float | None:
    if value != value:  # NaN
        return None
    return max(0.0, min(cap, value))
