"""The openai client, set up once per request: key, base URL and model from the environment, timeouts and
retries from app.yaml's `llm` section, errors turned into a few reasons a person can be told.

Retries are the client's own (`max_retries`): it already retries connection errors, 408, 409, 429 and 5xx
with exponential backoff and jitter and honours the server's Retry-After headers. A second layer (tenacity)
would multiply attempts and waiting for no gain, so there is exactly one retry loop, configured by
`llm.max_retries`; a timeout is `llm.timeout_seconds` per attempt.

Per-attempt timeouts alone let a hung model hold a person for timeout x attempts plus backoff (93 s with the
old defaults), so a client also has one total deadline, `llm.deadline_seconds` from its creation: a client
is made per person's request, and every call it makes, retries and backoff included, ends by then. Any failure
at all (a body that is not JSON, a dropped connection, an error the openai package does not wrap) is an
LLMFailure, so the caller always falls back rather than failing the request.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import ssl
import time
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from bot.config import AppConfig
from bot.llm.budget import count_messages
from bot.llm.errors import LLMFailure

if TYPE_CHECKING:
    from openai.types.chat import ChatCompletionMessageParam

log = logging.getLogger("carepost.llm")


class LLMClient:
    def __init__(self, config: AppConfig, api_key: str, base_url: str | None, model: str) -> None:
        from openai import AsyncOpenAI, DefaultAsyncHttpxClient

        self.config = config.llm
        self.model = model
        self._deadline = time.monotonic() + self.config.deadline_seconds
        self._client = AsyncOpenAI(
            api_key=api_key,
            base_url=base_url or None,
            timeout=self.config.timeout_seconds,
            max_retries=self.config.max_retries,
            http_client=DefaultAsyncHttpxClient(verify=_ssl_context(), timeout=self.config.timeout_seconds),
        )

    @classmethod
    def from_env(cls, config: AppConfig) -> LLMClient:
        """OPENAI_API_KEY (required), OPENAI_BASE_URL (any OpenAI-compatible server), CAREPOST_MODEL."""
        api_key = os.environ.get("OPENAI_API_KEY")
        if not api_key:
            raise LLMFailure("not_configured")
        model = os.environ.get("CAREPOST_MODEL") or config.llm.model
        return cls(config, api_key, os.environ.get("OPENAI_BASE_URL"), model)

    async def complete_json(
        self, messages: list[dict[str, str]], max_tokens: int, temperature: float | None = None
    ) -> dict[str, Any]:
        """One chat completion that must answer with a JSON object. Raises LLMFailure with the reason.

        `temperature` None means llm.temperature from app.yaml."""
        prompt_tokens = count_messages(messages)
        if prompt_tokens > self.config.max_prompt_tokens:
            raise LLMFailure("budget", f"{prompt_tokens} prompt tokens > llm.max_prompt_tokens")
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise LLMFailure("timeout", "llm.deadline_seconds already spent")
        try:
            async with asyncio.timeout(remaining):
                response = await self._client.chat.completions.create(
                    model=self.model,
                    messages=_typed(messages),
                    temperature=self.config.temperature if temperature is None else temperature,
                    max_tokens=max_tokens,
                    response_format={"type": "json_object"},
                    timeout=min(self.config.timeout_seconds, remaining),
                )
        except TimeoutError:
            raise LLMFailure("timeout", "llm.deadline_seconds reached") from None
        except Exception as exc:
            raise _failure(exc) from exc
        return _json_object(response)

    async def aclose(self) -> None:
        await self._client.close()


def _failure(exc: Exception) -> LLMFailure:
    """The reason a person can be told, for whatever the openai client (or the layers under it) raised."""
    import openai

    if isinstance(exc, openai.APITimeoutError):
        return LLMFailure("timeout")
    if isinstance(exc, openai.RateLimitError):
        return LLMFailure("rate_limit")
    if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        return LLMFailure("auth")
    if isinstance(exc, openai.APIStatusError):
        return LLMFailure("server" if exc.status_code >= 500 else "other", str(exc.status_code))
    if isinstance(exc, openai.APIConnectionError):
        return LLMFailure("connection")
    if isinstance(exc, ValueError | openai.APIResponseValidationError):  # a body that is not JSON, or not the shape
        return LLMFailure("bad_output", type(exc).__name__)
    return LLMFailure("other", type(exc).__name__)


@lru_cache(maxsize=1)
def _ssl_context() -> ssl.SSLContext:
    """One TLS context per process: building it reads the CA store (about 80 ms), which a client per request
    would pay every time. The context holds no connection and no loop, so sharing it is safe. SSL_CERT_FILE
    is honoured, as the HTTP client itself would."""
    return ssl.create_default_context(cafile=os.environ.get("SSL_CERT_FILE") or None)


def _typed(messages: list[dict[str, str]]) -> list[ChatCompletionMessageParam]:
    from openai.types.chat import ChatCompletionSystemMessageParam, ChatCompletionUserMessageParam

    out: list[ChatCompletionMessageParam] = []
    for message in messages:
        if message["role"] == "system":
            out.append(ChatCompletionSystemMessageParam(role="system", content=message["content"]))
        else:
            out.append(ChatCompletionUserMessageParam(role="user", content=message["content"]))
    return out


def _json_object(response: Any) -> dict[str, Any]:
    try:
        content = response.choices[0].message.content
    except (AttributeError, IndexError, TypeError):
        raise LLMFailure("bad_output", "no choices") from None
    if not isinstance(content, str) or not content.strip():
        raise LLMFailure("bad_output", "empty content")
    text = content.strip()
    if text.startswith("```"):
        text = text.strip("`")
        text = text[text.find("{") :] if "{" in text else text
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        raise LLMFailure("bad_output", "not JSON") from None
    if not isinstance(data, dict):
        raise LLMFailure("bad_output", "not a JSON object")
    usage = getattr(response, "usage", None)
    if usage is not None:
        log.info("LLM usage: prompt=%s completion=%s", usage.prompt_tokens, usage.completion_tokens)
    return data
