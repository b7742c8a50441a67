"""One small interface over text generation: an OpenAI-compatible endpoint or the offline backend.

Nothing above this package knows which backend it has:

    backend = backend_from_settings(settings)      # OpenAIBackend if settings.base_url, else offline
    try:
        text = "".join([piece async for piece in backend.stream(request)])
    except LLMError as exc:                        # str(exc) is a Chinese reason for the clerk
        if exc.retryable: ...                      # the stream broke mid-way: start the section again
    finally:
        await backend.aclose()

``stream()`` yields ``str`` pieces with ``<think>`` blocks removed. The OpenAI-compatible
backend retries 429/5xx/timeouts/connection errors itself while nothing has been yielded;
after partial output a failure raises ``LLMError(retryable=True)`` and the caller discards
the partial text (see ``drafter/llm/_openai.py`` for the full contract).

Pointing it at a server (``DRAFTER_BASE_URL`` / ``DRAFTER_API_KEY`` / ``DRAFTER_MODEL``):

    DeepSeek          https://api.deepseek.com/v1                        sk-...   deepseek-chat
    Qwen (百炼)       https://dashscope.aliyuncs.com/compatible-mode/v1  sk-...   qwen-plus
    vLLM              http://HOST:8000/v1                                (none)   the served model name
    Ollama            http://localhost:11434/v1                          (none)   qwen2.5:7b
    llama.cpp server  http://localhost:8080/v1                           (none)   (may be left out)

With no API key "EMPTY" is sent; with no model name the endpoint's only model is used.
"""

from __future__ import annotations

from typing import AsyncIterator, Protocol

from drafter.brief import SectionBrief  # noqa: F401  (GenerationRequest.brief)
from drafter.config import Settings
from drafter.llm._errors import LLMError
from drafter.llm._types import GenerationRequest

OFFLINE_NAME = "离线模板"


class Backend(Protocol):
    name: str      # shown to the clerk: OFFLINE_NAME or the model name
    kind: str      # "offline" | "openai"

    def stream(self, request: GenerationRequest) -> AsyncIterator[str]:
        """Yield text pieces; ``<think>`` blocks already removed. Raises LLMError."""
        ...

    async def aclose(self) -> None: ...


def backend_from_settings(settings: Settings, **options) -> Backend:
    """The OpenAI-compatible backend when settings.base_url is set, else the offline backend.

    ``options`` go to OpenAIBackend (backoff_base, backoff_cap, retry_after_cap, stall_timeout)."""
    if not settings.uses_llm:
        from drafter.llm._offline import OfflineBackend

        return OfflineBackend(settings)
    from drafter.llm._openai import OpenAIBackend

    return OpenAIBackend(settings, **options)


def __getattr__(name: str):
    if name == "OpenAIBackend":
        from drafter.llm._openai import OpenAIBackend

        return OpenAIBackend
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["OFFLINE_NAME", "Backend", "GenerationRequest", "LLMError", "OpenAIBackend",
           "backend_from_settings"]
