"""With a model configured, a topic with no facts asks the model for the same skeleton the offline drafter writes
([placeholders] for what only the organization knows), with the observance's date as the one fact it may use.

Through the real openai client against the local fake OpenAI-compatible server (tests/fake_openai.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.config import load_config
from bot.drafting.models import DraftRequest
from bot.service import CarePost
from tests.fake_openai import FakeOpenAI, completion, requested_platforms


def service(tmp_path: Path) -> CarePost:
    config_file = tmp_path / "app.yaml"
    config_file.write_text("llm:\n  max_retries: 0\n", encoding="utf-8")
    return CarePost(load_config(config_file))


def posts(text: str) -> Any:
    async def respond(body: dict[str, Any]) -> web.Response:
        answer = [
            {"platform": p, "text": text, "hashtags": [], "alt_text": "A poster"} for p in requested_platforms(body)
        ]
        return web.json_response(completion(json.dumps({"posts": answer})))

    return respond


async def test_the_prompt_asks_for_placeholders_and_gives_the_observance(llm: FakeOpenAI, tmp_path: Path) -> None:
    await service(tmp_path).draft(DraftRequest(pillar="community", topic="national nurses week", platforms=["x"]))
    prompt = llm.requests[0]["messages"][-1]["content"]
    assert "- National Nurses Week starts on May 6 and runs for 7 days." in prompt
    assert "in square brackets, such as [date], [location]" in prompt


async def test_the_observances_date_in_a_post_is_a_checked_fact(llm: FakeOpenAI, tmp_path: Path) -> None:
    # May 6 comes from the observance list, [team] is left for staff: nothing the model added is unchecked
    llm.then(posts("National Nurses Week starts May 6: thank you to our [team or role]! Who would you thank?"))
    result = await service(tmp_path).draft(
        DraftRequest(pillar="community", topic="national nurses week", platforms=["x"])
    )
    (draft,) = result.drafts
    assert draft.source == "llm" and "checked_facts" not in draft.missing
    assert draft.needs_facts  # still a skeleton: nothing from the organization's own material
