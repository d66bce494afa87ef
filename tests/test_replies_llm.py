"""Replies written by the model, through the real openai client against the local fake server
(tests/fake_openai.py): the model sees the comment with PHI redacted, and anything it writes that the
guardrails block is never offered; the offline templates take its place, with a notice."""

from __future__ import annotations

import json
from typing import Any

import pytest
from aiohttp import web

from bot.config import config_from_mapping
from bot.responder.models import Channel
from bot.service import CarePost
from tests import fake_openai
from tests.fake_openai import FakeOpenAI

COMMENT = "I'm Dana Whitfield and my knee replacement on 3/14 was awful. Call me at 555-867-5309."
GOOD = "Thank you for your feedback. Please call us at (555) 010-2000 so we can talk privately. - Riverside Health"


def service() -> CarePost:
    return CarePost(config_from_mapping({"llm": {"max_retries": 0}}))


def replying(texts: dict[str, str]) -> fake_openai.Responder:
    async def respond(body: dict[str, Any]) -> web.Response:
        content = json.dumps({"replies": [{"channel": c, "text": t} for c, t in texts.items()]})
        return web.json_response(fake_openai.completion(content))

    return respond


async def test_the_model_reply_is_used_when_it_passes(llm: FakeOpenAI) -> None:
    llm.then(replying({"google": GOOD}))
    result = await service().reply(COMMENT, Channel.GOOGLE)
    assert result.source == "llm"
    assert result.replies[0].text == GOOD
    assert result.notices == []


async def test_the_model_sees_the_comment_with_phi_redacted(llm: FakeOpenAI) -> None:
    llm.then(replying({"google": GOOD}))
    await service().reply(COMMENT, Channel.GOOGLE)
    sent = llm.prompts()
    for piece in ("Dana", "Whitfield", "867-5309", "3/14"):
        assert piece not in sent
    assert "google: at most" in sent  # the channel and its length were asked for


@pytest.mark.parametrize(
    "text",
    [
        # the model confirms the care relationship
        "We're so glad your knee replacement with Dr. Patel went well! Call (555) 010-2000.",
        # the model copies the commenter's name and number back
        "Hi Dana Whitfield, we will call you at 555-867-5309 today.",
        # the model gives medical advice
        "Sorry to hear it. Take 600 mg ibuprofen every 6 hours and ice your knee.",
    ],
)
async def test_a_model_reply_the_guardrails_block_is_never_offered(llm: FakeOpenAI, text: str) -> None:
    llm.then(replying({"facebook": text}))
    result = await service().reply(COMMENT, Channel.FACEBOOK)
    assert result.source == "llm"
    assert all(option.postable for option in result.replies)
    assert all(option.text != text for option in result.replies)
    assert all("Dana" not in (option.text or "") for option in result.replies)
    assert any("blocked" in notice for notice in result.notices)


@pytest.mark.parametrize(
    "responder",
    [
        fake_openai.status(500),  # the server fails
        fake_openai.malformed,  # not JSON
        replying({}),  # JSON without a reply
    ],
)
async def test_any_model_failure_falls_back_to_the_offline_replies(
    llm: FakeOpenAI, responder: fake_openai.Responder
) -> None:
    llm.then(responder)
    result = await service().reply("The staff were lovely.", Channel.X)
    assert result.source == "offline"
    assert result.replies and all(option.postable for option in result.replies)
    assert any("not used" in notice for notice in result.notices)


async def test_one_call_for_every_main_channel(llm: FakeOpenAI) -> None:
    llm.then(replying({c.value: GOOD for c in (Channel.GOOGLE, Channel.YELP)}))
    result = await service().reply("The staff were lovely.")
    assert len(llm.requests) == 1
    by_channel = {option.channel: option.text for option in result.replies}
    assert by_channel[Channel.GOOGLE] == GOOD and by_channel[Channel.YELP] == GOOD
    assert by_channel[Channel.X] != GOOD  # the channels the model left out get the templates
