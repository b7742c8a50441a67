"""The OpenAI-compatible backend: DeepSeek, Qwen (compatible mode), vLLM, Ollama, llama.cpp.

Contract of :meth:`OpenAIBackend.stream`:

* yields ``str`` pieces of the answer as they arrive; ``<think>…</think>`` blocks and
  ``reasoning_content`` deltas are removed, leading whitespace is dropped;
* retries on its own (exponential backoff with full jitter; a server's Retry-After is
  honoured, capped) on 429, 408/409, 5xx, timeouts, connection errors, a stream chunk that
  is not JSON and a stream that ends without a ``finish_reason`` — but **only while nothing has been yielded** for the
  request, up to ``settings.max_retries`` retries;
* once some text has been yielded, a failure is not retried here (a new attempt would
  write different text): it raises ``LLMError(..., retryable=True)`` and the caller
  discards what it accumulated and may start the section again from scratch;
* every other failure raises ``LLMError(retryable=False)`` with a Chinese reason naming
  the cause (401/403 → the API key, 404 → the model name, exhausted retries → how often);
* an answer with no text (or only a think block) raises ``LLMError("模型返回了空内容…")``.

Timeouts: ``settings.timeout`` seconds for the response to start and, separately, between
two chunks (a stalled stream). There is no cap on a long answer that keeps streaming.
At most ``settings.concurrency`` requests are open at once per backend instance; a
request gives its slot back while it waits to retry.
"""

from __future__ import annotations

import asyncio
import weakref
from contextlib import aclosing
from dataclasses import dataclass
from typing import AsyncIterator

import openai
from openai import AsyncOpenAI

from drafter.config import Settings
from drafter.llm import _retry
from drafter.llm._errors import LLMError
from drafter.llm._think import ThinkFilter
from drafter.llm._types import GenerationRequest

_RETRY_STATUS = {408, 409, 425, 429}
_LEAK_MESSAGE = ("模型的思考过程混入了正文（回复中出现了没有开头的 </think>）。请在模型服务端开启推理解析"
                 "（如 vLLM 的 --reasoning-parser deepseek_r1、llama.cpp 的 --reasoning-format deepseek），"
                 "或换用非推理模型")

_MALFORMED_MESSAGE = "模型服务返回了无法解析的数据（流式回复中有一段不是合法的 JSON），回复不完整"


class _Failure(Exception):
    """One failed attempt, classified: ``retry`` says whether another attempt may help."""

    def __init__(self, message: str, *, retry: bool, wait: float | None = None, kind: str = ""):
        super().__init__(message)
        self.message = message
        self.retry = retry
        self.wait = wait      # the server's Retry-After, seconds
        self.kind = kind      # "timeout" | "connect" | "busy" | "server" | "cut" | ...


@dataclass
class _LoopState:
    client: AsyncOpenAI
    limit: asyncio.Semaphore


class OpenAIBackend:
    """Streams section text from any OpenAI-compatible ``/v1/chat/completions`` endpoint."""

    kind = "openai"

    def __init__(self, settings: Settings, *, backoff_base: float | None = None,
                 backoff_cap: float | None = None, retry_after_cap: float | None = None,
                 stall_timeout: float | None = None):
        if not settings.base_url:
            raise LLMError("未配置模型服务地址（DRAFTER_BASE_URL）")
        self.settings = settings
        self.base_url = settings.base_url.rstrip("/")
        self.timeout = float(settings.timeout)
        self.stall_timeout = float(stall_timeout if stall_timeout is not None else settings.timeout)
        self.max_retries = max(0, int(settings.max_retries))
        self.backoff_base = _retry.DEFAULT_BACKOFF_BASE if backoff_base is None else backoff_base
        self.backoff_cap = _retry.DEFAULT_BACKOFF_CAP if backoff_cap is None else backoff_cap
        self.retry_after_cap = _retry.DEFAULT_RETRY_AFTER_CAP if retry_after_cap is None else retry_after_cap
        self._model = settings.model
        # one client and one concurrency limit per event loop (asyncio objects are bound to
        # the loop they were first used on; the UI may run several loops over time)
        self._states: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _LoopState]" = \
            weakref.WeakKeyDictionary()

    @property
    def name(self) -> str:
        """The model name shown to the clerk."""
        return self._model or "未指定模型"

    def __repr__(self) -> str:
        return f"OpenAIBackend(base_url={self.base_url!r}, model={self._model!r})"

    # --- plumbing
    def _state(self) -> _LoopState:
        loop = asyncio.get_running_loop()
        state = self._states.get(loop)
        if state is None:
            client = AsyncOpenAI(base_url=self.base_url, api_key=self.settings.api_key or "EMPTY",
                                 timeout=self.timeout, max_retries=0)
            state = self._states[loop] = _LoopState(client, asyncio.Semaphore(max(1, self.settings.concurrency)))
        return state

    async def aclose(self) -> None:
        states = list(self._states.items())
        self._states.clear()
        current = asyncio.get_running_loop()
        for loop, state in states:
            if loop is current:
                await state.client.close()

    async def _model_name(self, client: AsyncOpenAI) -> str:
        """settings.model, or the endpoint's only model (llama.cpp and vLLM serve one)."""
        if self._model:
            return self._model
        try:
            page = await asyncio.wait_for(client.models.list(), self.timeout)
            ids = [m.id for m in page.data]
        except (openai.OpenAIError, asyncio.TimeoutError) as exc:
            raise LLMError(f"未配置模型名称（DRAFTER_MODEL），且无法从 {self.base_url} 获取模型列表："
                           f"{self._classify(exc).message}") from exc
        if len(ids) != 1:
            listed = "、".join(ids[:10]) if ids else "无"
            raise LLMError(f"未配置模型名称，请设置 DRAFTER_MODEL（该服务提供的模型：{listed}）")
        self._model = ids[0]
        return self._model

    async def resolve_name(self) -> str:
        """The name a new draft records: with no model configured the endpoint is asked first, so
        the draft does not say 未指定模型 while its sections carry the served name. A failure here
        is left to the sections, which report it with their own Chinese reason."""
        try:
            await self._model_name(self._state().client)
        except LLMError:
            pass
        return self.name

    async def ping(self) -> list[str]:
        """The endpoint's model ids (GET /models), to check a configuration; raises LLMError."""
        state = self._state()
        try:
            page = await asyncio.wait_for(state.client.models.list(), self.timeout)
        except (openai.OpenAIError, asyncio.TimeoutError) as exc:
            raise LLMError(self._classify(exc).message) from exc
        return [m.id for m in page.data]

    # --- the one public operation
    async def stream(self, request: GenerationRequest) -> AsyncIterator[str]:
        state = self._state()
        model = await self._model_name(state.client)
        params = dict(model=model, messages=request.messages, stream=True,
                      max_tokens=request.max_tokens or self.settings.max_tokens,
                      temperature=self.settings.temperature)
        retries = 0
        while True:
            yielded = False
            try:
                async with state.limit, aclosing(self._attempt(state.client, params)) as pieces:
                    async for piece in pieces:
                        yielded = True
                        yield piece
                return
            except _Failure as failure:
                if yielded and failure.kind in ("leak", "length"):     # the same request would do it again
                    raise LLMError(failure.message) from failure
                if yielded:
                    raise LLMError(f"模型输出中途中断（{failure.message}），已生成的部分作废，可重新生成本节",
                                   retryable=True) from failure
                if not failure.retry:
                    raise LLMError(failure.message) from failure
                if retries >= self.max_retries:
                    raise LLMError(self._final_message(failure, retries)) from failure
                delay = failure.wait if failure.wait is not None else \
                    _retry.backoff_delay(retries, self.backoff_base, self.backoff_cap)
                retries += 1
                await asyncio.sleep(delay)

    async def _attempt(self, client: AsyncOpenAI, params: dict) -> AsyncIterator[str]:
        """One request; yields answer pieces, raises _Failure."""
        try:
            response = await asyncio.wait_for(client.chat.completions.create(**params), self.timeout)
        except (openai.OpenAIError, asyncio.TimeoutError) as exc:
            raise self._classify(exc) from exc
        think = ThinkFilter()
        finish_reason = None
        produced = False
        try:
            while True:
                try:
                    chunk = await asyncio.wait_for(response.__anext__(), self.stall_timeout)
                except StopAsyncIteration:
                    break
                except (openai.OpenAIError, asyncio.TimeoutError) as exc:
                    raise self._classify(exc, during_stream=True) from exc
                except ValueError as exc:        # a chunk that is not JSON: the stream is broken
                    raise _Failure(_MALFORMED_MESSAGE, retry=True, kind="malformed") from exc
                for choice in chunk.choices or ():
                    if choice.index not in (0, None):
                        continue
                    content = getattr(choice.delta, "content", None) if choice.delta else None
                    if content:
                        text = think.feed(content)
                        if think.leaked:
                            raise _Failure(_LEAK_MESSAGE, retry=False, kind="leak")
                        if text:
                            produced = True
                            yield text
                    if choice.finish_reason:
                        finish_reason = choice.finish_reason
            if finish_reason is None:
                raise _Failure("模型服务中途断开连接，回复不完整", retry=True, kind="cut")
            text = think.finish()
            if text:
                produced = True
                yield text
            if not produced:
                if think.saw_think:
                    raise _Failure("模型返回了空内容（只有思考过程，没有正文），可调大 DRAFTER_MAX_TOKENS",
                                   retry=False, kind="empty")
                raise _Failure("模型返回了空内容", retry=False, kind="empty")
            if finish_reason == "length":
                raise _Failure(f"模型输出达到长度上限（{params.get('max_tokens')} 个 token）被截断，本节不完整；"
                               "请调大 DRAFTER_MAX_TOKENS 后重新生成本节", retry=False, kind="length")
        finally:
            try:
                await response.close()
            except Exception:  # closing a broken stream may fail; nothing to do
                pass

    # --- errors
    def _classify(self, exc: BaseException, *, during_stream: bool = False) -> _Failure:
        if isinstance(exc, (asyncio.TimeoutError, openai.APITimeoutError)):
            return _Failure(f"模型服务超时（{self.timeout:g}秒无响应）" if not during_stream else
                            f"模型服务超时（{self.stall_timeout:g}秒无响应）", retry=True, kind="timeout")
        if isinstance(exc, openai.APIConnectionError):
            if during_stream:
                return _Failure("模型服务中途断开连接，回复不完整", retry=True, kind="cut")
            return _Failure(f"无法连接到模型服务 {self.base_url}", retry=True, kind="connect")
        if isinstance(exc, openai.APIStatusError):
            status = exc.status_code
            wait = _retry.retry_after_seconds(exc.response.headers, self.retry_after_cap)
            if status == 429:
                return _Failure("模型服务繁忙（429）", retry=True, wait=wait, kind="busy")
            if status in (401, 403):
                return _Failure(f"鉴权失败（{status}），请检查 DRAFTER_API_KEY", retry=False, kind="auth")
            if status == 404:
                return _Failure(f"模型不存在（404），请检查 DRAFTER_MODEL（“{self._model}”）"
                                f"以及 DRAFTER_BASE_URL（{self.base_url}，通常以 /v1 结尾）",
                                retry=False, kind="missing")
            if status >= 500 or status in _RETRY_STATUS:
                return _Failure(f"模型服务出错（HTTP {status}）", retry=True, wait=wait, kind="server")
            detail = _server_message(exc)
            return _Failure(f"模型服务拒绝了请求（HTTP {status}）" + (f"：{detail}" if detail else ""),
                            retry=False, kind="rejected")
        if isinstance(exc, openai.APIError):  # an error event inside the stream
            detail = _server_message(exc)
            return _Failure("模型服务出错" + (f"：{detail}" if detail else ""), retry=True, kind="server")
        return _Failure(f"调用模型服务失败：{exc}", retry=False, kind="other")

    @staticmethod
    def _final_message(failure: _Failure, retries: int) -> str:
        if retries == 0:
            return failure.message
        return f"{failure.message}，已重试{retries}次"


def _server_message(exc: openai.APIError) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and isinstance(inner.get("message"), str):
            return inner["message"][:200]
        if isinstance(body.get("message"), str):
            return body["message"][:200]
    return (getattr(exc, "message", "") or "")[:200]
