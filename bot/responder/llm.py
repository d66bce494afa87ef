"""Replies written by the model (prompts/reply.yaml), one per channel in one call.

The model sees the comment with PHI redacted (the guardrails' redacted text), never the raw comment. Any
failure (no key, a timeout, an answer not in the shape asked) is an LLMFailure and the caller falls back to
the offline templates; a reply the guardrails block is replaced the same way by the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.config import AppConfig
from bot.responder.models import Channel, Sentiment

PROMPT = "reply"
MAX_CHARS = {Channel.X: 280, Channel.THREADS: 500}
DEFAULT_MAX_CHARS = 700  # a reply is read in a thread: a few sentences


async def model_replies(
    config: AppConfig, comment: str, sentiment: Sentiment, channels: Sequence[Channel], contact: str
) -> dict[Channel, str]:
    """The model's reply per channel (channels it left out are absent). Raises LLMFailure."""
    from bot.llm.client import LLMClient
    from bot.llm.prompts import load_prompt

    messages = load_prompt(PROMPT).render(
        organization=config.organization.name,
        contact=contact,
        sentiment=sentiment.value,
        channels="\n".join(f"- {c.value}: at most {MAX_CHARS.get(c, DEFAULT_MAX_CHARS)} characters" for c in channels),
        comment=comment,
    )
    client = LLMClient.from_env(config)
    try:
        data = await client.complete_json(messages, max_tokens=config.llm.max_output_tokens)
    finally:
        await client.aclose()
    return parse_replies(data, channels)


def parse_replies(data: dict[str, Any], channels: Sequence[Channel]) -> dict[Channel, str]:
    """`{"replies": [{"channel", "text"}]}`; unknown channels and empty texts are dropped, none left fails."""
    from bot.llm.errors import LLMFailure

    raw = data.get("replies")
    wanted = {c.value: c for c in channels}
    out: dict[Channel, str] = {}
    for entry in raw if isinstance(raw, list) else []:
        if not isinstance(entry, dict):
            continue
        channel, text = entry.get("channel"), entry.get("text")
        if isinstance(channel, str) and channel in wanted and isinstance(text, str) and text.strip():
            out.setdefault(wanted[channel], text.strip())
    if not out:
        raise LLMFailure("bad_output", "no reply in the expected shape")
    return out
