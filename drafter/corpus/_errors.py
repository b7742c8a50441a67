"""The one error the corpus package raises, kept apart so private modules can import it."""

from __future__ import annotations


class CorpusError(ValueError):
    """A file that cannot be read; ``str()`` is a Chinese message naming the file."""
