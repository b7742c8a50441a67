"""One small interface over text generation: an OpenAI-compatible endpoint or the offline backend.

CONTRACT (filled in by the llm work; the offline backend by the draft work in _offline.py):
nothing above this package knows which backend it has.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import AsyncIterator, Protocol

from drafter.brief import SectionBrief
from drafter.config import Settings

OFFLINE_NAME = "离线模板"


class LLMError(RuntimeError):
    """Generation failed after retries; ``str()`` is a Chinese reason the clerk can act on."""

    def __init__(self, message: str, *, retryable: bool = False):
        super().__init__(message)
        self.retryable = retryable


@dataclass
class GenerationRequest:
    brief: SectionBrief
    messages: list[dict]          # [{"role": "system"|"user"|"assistant", "content": str}], rendered from prompts/
    prompt_file: str              # which prompts/ file produced messages
    max_tokens: int | None = None


class Backend(Protocol):
    name: str      # shown to the clerk: OFFLINE_NAME or the model name
    kind: str      # "offline" | "openai"

    def stream(self, request: GenerationRequest) -> AsyncIterator[str]:
        """Yield text pieces; ``<think>`` blocks already removed. Raises LLMError."""
        ...

    async def aclose(self) -> None: ...


def backend_from_settings(settings: Settings) -> Backend:
    """The OpenAI-compatible backend when settings.base_url is set, else the offline backend."""
    raise NotImplementedError
