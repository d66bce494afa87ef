"""Composing an answer with the LLM from retrieved guide passages only, and checking that it cites them.

The client, retries, timeouts and token counting are the shared ones in bot/llm; the prompt is
prompts/answer.yaml. Any failure (no server, a timeout, an unreadable reply, no citation) is an
LLMAnswerError with a short reason, and the caller falls back to the extractive answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict

from bot.config import AppConfig
from bot.messages import policy as msg
from bot.policy.models import Section

PROMPT = "answer"


class LLMAnswerError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class LLMReply(BaseModel):
    """The model's answer and the 0-based indexes of the passages it cites."""

    model_config = ConfigDict(frozen=True)

    text: str
    cited: list[int]


def render_passages(sections: Sequence[Section]) -> str:
    return "\n\n".join(f"[{n}] {s.heading} ({s.source})\n{s.text}" for n, s in enumerate(sections, start=1))


def fit_messages(config: AppConfig, question: str, sections: Sequence[Section]) -> tuple[list[dict[str, str]], int]:
    """The prompt with as many passages (best first) as fit llm.max_prompt_tokens, and how many that is."""
    from bot.llm.budget import count_messages
    from bot.llm.prompts import load_prompt

    template = load_prompt(PROMPT)
    for count in range(len(sections), 0, -1):
        messages = template.render(passages=render_passages(sections[:count]), question=question)
        if count_messages(messages) <= config.llm.max_prompt_tokens:
            return messages, count
    raise LLMAnswerError(msg.LLM_REASONS["budget"])


async def compose(config: AppConfig, question: str, sections: Sequence[Section]) -> LLMReply:
    from bot.llm.client import LLMClient
    from bot.llm.errors import LLMFailure

    messages, count = fit_messages(config, question, sections)
    try:
        client = LLMClient.from_env(config)
        try:
            data = await client.complete_json(messages, max_tokens=config.llm.max_output_tokens)
        finally:
            await client.aclose()
    except LLMFailure as exc:
        raise LLMAnswerError(msg.LLM_REASONS.get(exc.reason, msg.LLM_REASONS["other"])) from None
    return parse_reply(data, count)


def parse_reply(data: dict[str, Any], passages: int) -> LLMReply:
    """`{"answer", "cite"}`; citations outside 1..passages are dropped, and an answer must keep one."""
    answer = data.get("answer")
    if not isinstance(answer, str):
        raise LLMAnswerError(msg.LLM_REASONS["bad_output"])
    raw = data.get("cite", [])
    cites = raw if isinstance(raw, list) else []
    cited = sorted({c - 1 for c in cites if isinstance(c, int) and not isinstance(c, bool) and 1 <= c <= passages})
    if not answer.strip() or not cited:
        raise LLMAnswerError(msg.LLM_NO_CITATION)
    return LLMReply(text=answer.strip(), cited=cited)
