"""/reply and the "Draft a reply" message shortcut in Slack over real HTTP: signed requests into the Bolt app,
Slack played by the local fake Web API. The reply card arrives at the response URL, postable replies only."""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import AsyncIterator

import pytest

from bot.config import config_from_mapping
from bot.service import CarePost
from tests.fake_slack_api import BOT_USER, SlackHarness, start_harness

pytestmark = pytest.mark.usefixtures("fresh_stores")


@pytest.fixture
async def harness() -> AsyncIterator[SlackHarness]:
    h = await start_harness(CarePost(config_from_mapping({"replies": {"contact": "(555) 010-2000"}})))
    yield h
    await h.close()


def shortcut_body(text: str, response_url: str) -> str:
    payload = {
        "type": "message_action",
        "callback_id": "carepost.reply",
        "team": {"id": "T1"},
        "api_app_id": "A1",
        "user": {"id": "UALICE", "username": "alice", "team_id": "T1"},
        "channel": {"id": "C1", "name": "social"},
        "message": {"type": "message", "user": "UCOMMENTER", "ts": "1700000900.000900", "text": text},
        "message_ts": "1700000900.000900",
        "trigger_id": "trigger-1",
        "response_url": response_url,
    }
    return urllib.parse.urlencode({"payload": json.dumps(payload)})


async def test_slash_reply_on_google_answers_with_the_reply_card(harness: SlackHarness) -> None:
    status, body = await harness.command("/reply", "google: Waited 5 hours and the nurse was rude. Never again.")
    assert status == 200
    assert "Drafting a reply" in json.loads(body)["text"]  # acked at once
    (delivered,) = await harness.slack.wait_for("respond")
    text = delivered.everything
    assert "Reply to a review on Google" in text
    assert "Tone of the comment: negative" in text and "within 24 hours" in text
    assert "(555) 010-2000" in text
    assert "rude" not in text.split("Reply for Google")[1]  # nothing of the comment is copied back


async def test_the_message_shortcut_drafts_replies_for_every_main_channel(harness: SlackHarness) -> None:
    status, _ = await harness.post(shortcut_body("My lawyer will hear about this.", harness.slack.response_url("sc")))
    assert status == 200
    (delivered,) = await harness.slack.wait_for("respond")
    text = delivered.everything
    assert "Escalate before replying" in text and "Legal words" in text
    for label in ("Reply for Google", "Reply for Facebook", "Reply for Yelp", "Reply for X", "Reply for LinkedIn"):
        assert label in text


async def test_a_crisis_comment_gets_an_urgent_escalation(harness: SlackHarness) -> None:
    await harness.command("/reply", "x: i want to end my life")
    (delivered,) = await harness.slack.wait_for("respond")
    assert ":rotating_light:" in delivered.everything and "988" in delivered.everything


async def test_slash_reply_with_nothing_after_it_says_what_to_paste(harness: SlackHarness) -> None:
    status, body = await harness.command("/reply", "")
    assert status == 200 and "Paste the comment or review" in body


async def test_a_mention_saying_reply_to_works_in_the_thread(harness: SlackHarness) -> None:
    event = {
        "type": "app_mention",
        "user": "UALICE",
        "text": f"<@{BOT_USER}> reply to this review on yelp: The staff were wonderful!",
        "ts": "1700000950.000950",
        "channel": "C1",
    }
    assert await harness.event(event, "EvReply") == 200
    (updated,) = await harness.slack.wait_for("chat.update")
    assert "Reply to a review on Yelp" in updated.everything and "Tone of the comment: positive" in updated.everything
