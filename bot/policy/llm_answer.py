"""Composing an answer with the LLM from retrieved guide passages only, and checking that it cites them.

Kept small and on its own so that it can move onto the shared client in bot/llm when that lands: the only
things it needs are "send these messages, get text back" and the prompt in prompts/answer.yaml. Any
failure (no server, a timeout, an unreadable reply, no citation) is an LLMAnswerError with a short reason,
and the caller falls back to the extractive answer.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict

from bot.config import AppConfig
from bot.messages import policy as msg
from bot.policy.models import Section

PROMPT_FILE = "answer.yaml"
CHARS_PER_TOKEN = 3  # a safe over-estimate of the prompt's size without loading a tokenizer


class LLMAnswerError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class LLMReply(BaseModel):
    """The model's answer and the 0-based indexes of the passages it cites."""

    model_config = ConfigDict(frozen=True)

    text: str
    cited: list[int]


@lru_cache(maxsize=1)
def load_prompt() -> dict[str, str]:
    import prompts

    for entry in prompts.__path__:
        path = Path(entry) / PROMPT_FILE
        if path.is_file():
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            return {"system": str(data["system"]), "user": str(data["user"])}
    raise LLMAnswerError(f"prompts/{PROMPT_FILE} is missing")


def render_passages(sections: Sequence[Section], budget_chars: int) -> str:
    parts: list[str] = []
    used = 0
    for number, section in enumerate(sections, start=1):
        block = f"[{number}] {section.heading} ({section.source})\n{section.text}"
        if parts and used + len(block) > budget_chars:
            break
        parts.append(block)
        used += len(block)
    return "\n\n".join(parts)


async def compose(config: AppConfig, question: str, sections: Sequence[Section]) -> LLMReply:
    prompt = load_prompt()
    budget = config.llm.max_prompt_tokens * CHARS_PER_TOKEN - len(prompt["system"]) - len(question)
    user = prompt["user"].replace("{passages}", render_passages(sections, budget)).replace("{question}", question)
    content = await _chat(config, prompt["system"], user)
    return parse_reply(content, len(sections))


async def _chat(config: AppConfig, system: str, user: str) -> str:
    from openai import AsyncOpenAI, OpenAIError

    client = AsyncOpenAI(
        api_key=os.environ.get("OPENAI_API_KEY"),
        base_url=os.environ.get("OPENAI_BASE_URL") or None,
        timeout=config.llm.timeout_seconds,
        max_retries=config.llm.max_retries,
    )
    try:
        response = await client.chat.completions.create(
            model=os.environ.get("CAREPOST_MODEL") or config.llm.model,
            messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
            temperature=min(config.llm.temperature, 0.2),
            max_tokens=config.llm.max_output_tokens,
        )
    except OpenAIError as exc:
        raise LLMAnswerError(msg.LLM_ERROR.format(kind=type(exc).__name__)) from None
    finally:
        await client.close()
    if not response.choices or not response.choices[0].message.content:
        raise LLMAnswerError(msg.LLM_BAD_REPLY)
    return response.choices[0].message.content


def parse_reply(content: str, passages: int) -> LLMReply:
    """The JSON object in the reply (code fences tolerated); citations outside 1..passages are dropped."""
    match = re.search(r"\{.*\}", content, re.DOTALL)
    if not match:
        raise LLMAnswerError(msg.LLM_BAD_REPLY)
    try:
        data = json.loads(match.group(0))
    except json.JSONDecodeError:
        raise LLMAnswerError(msg.LLM_BAD_REPLY) from None
    if not isinstance(data, dict) or not isinstance(data.get("answer"), str):
        raise LLMAnswerError(msg.LLM_BAD_REPLY)
    raw_cites = data.get("cite", [])
    cites = raw_cites if isinstance(raw_cites, list) else []
    cited = sorted({c - 1 for c in cites if isinstance(c, int) and 1 <= c <= passages})
    text = data["answer"].strip()
    if not text or not cited:
        raise LLMAnswerError(msg.LLM_NO_CITATION)
    return LLMReply(text=text, cited=cited)
