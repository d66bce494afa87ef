"""With a model configured, the organization's facts go into the prompt, and what the model adds is checked.

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

EVENT = """# Teddy Bear Clinic
- What: children bring a favourite toy for a check-up by our pediatric nurses.
- When: Saturday, June 13, 10 a.m. to 2 p.m.
- Where: the Lakeside Children's Pavilion lobby.
- How to join: free, no registration; open to children of all ages.
"""
REQUEST = DraftRequest(pillar="community", topic="teddy bear clinic", platforms=["x", "linkedin"])


def service(tmp_path: Path) -> CarePost:
    (tmp_path / "facts").mkdir()
    (tmp_path / "facts" / "events.md").write_text(EVENT, encoding="utf-8")
    config_file = tmp_path / "app.yaml"
    config_file.write_text("drafting:\n  facts: [facts]\nllm:\n  max_retries: 0\n", encoding="utf-8")
    return CarePost(load_config(config_file))


def posts(text: str, facts_used: list[str]) -> Any:
    async def respond(body: dict[str, Any]) -> web.Response:
        answer = [
            {"platform": p, "text": text, "hashtags": [], "alt_text": "A toy bear", "facts_used": facts_used}
            for p in requested_platforms(body)
        ]
        return web.json_response(completion(json.dumps({"posts": answer})))

    return respond


async def test_the_prompt_carries_the_facts_with_their_source_and_the_kind(llm: FakeOpenAI, tmp_path: Path) -> None:
    await service(tmp_path).draft(REQUEST)
    prompt = llm.requests[0]["messages"][-1]["content"]
    assert "when: Saturday, June 13, 10 a.m. to 2 p.m. (source: facts/events.md, Teddy Bear Clinic)" in prompt
    assert "Kind of post: event" in prompt
    assert "how to join or register" in prompt


async def test_facts_the_model_used_from_the_list_pass(llm: FakeOpenAI, tmp_path: Path) -> None:
    text = "Teddy Bear Clinic: Saturday, June 13, 10 a.m. to 2 p.m. in the Children's Pavilion lobby. Free!"
    llm.then(posts(text, ["Saturday, June 13, 10 a.m. to 2 p.m."]))
    result = await service(tmp_path).draft(REQUEST)
    assert all(d.source == "llm" and not d.needs_facts for d in result.drafts)


async def test_an_invented_date_and_fact_are_named_and_marked(llm: FakeOpenAI, tmp_path: Path) -> None:
    text = "Teddy Bear Clinic: Sunday, July 19 at 3 p.m., with free ice cream for everyone!"
    llm.then(posts(text, ["free ice cream for everyone"]))
    result = await service(tmp_path).draft(REQUEST)
    assert all(d.needs_facts and "checked_facts" in d.missing for d in result.drafts)
    flagged = [n for n in result.notices if "does not say" in n]
    assert len(flagged) == 2 and "19" in flagged[0] and "free ice cream" in flagged[0]
