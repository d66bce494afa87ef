"""The real Bolt app behind the real aiohttp server, over loopback HTTP; Slack played by tests/fake_slack_api.py.

Covers what Slack requires of an app: signed requests only, an ack before the work, delivery through the
response_url or chat.postMessage, retries acted on once, replies in the thread, errors as messages.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from functools import cached_property

import aiohttp
import pytest

from bot.config import config_from_mapping
from bot.deliveries import Deliveries
from bot.service import CarePost
from tests.fake_slack_api import BOT_USER, SlackHarness, start_harness

PHI_TEXT = "Huge thanks to Dana Whitfield (MRN 7730021) for sharing her knee replacement journey!"


@pytest.fixture
async def harness() -> AsyncIterator[SlackHarness]:
    service = CarePost(config_from_mapping({"review": {"reviewers": ["UREVIEW1"]}}))
    h = await start_harness(service)
    yield h
    await h.close()


async def test_healthz_answers_ok(harness: SlackHarness) -> None:
    async with aiohttp.ClientSession() as session, session.get(harness.url + "/healthz") as resp:
        assert resp.status == 200
        assert await resp.json() == {"status": "ok"}


@pytest.mark.parametrize(
    ("secret", "age_seconds"),
    [
        ("not-the-secret", 0),  # forged: signed with another secret
        (None, 60 * 10),  # stale: right secret, but older than Bolt's 5-minute window (replay)
    ],
)
async def test_unsigned_or_stale_requests_are_refused(
    harness: SlackHarness, secret: str | None, age_seconds: int
) -> None:
    status, _ = await harness.post(
        "command=/check&text=hello&user_id=UALICE&response_url=" + harness.slack.response_url(),
        secret=secret,
        timestamp=int(time.time()) - age_seconds,
    )
    assert status == 401
    assert harness.slack.of("respond") == []


async def test_help_is_answered_in_the_ack_itself(harness: SlackHarness) -> None:
    status, body = await harness.command("/carepost", "help")
    assert status == 200
    ack = json.loads(body)
    assert ack["response_type"] == "ephemeral"
    assert "/draft" not in ack["text"]  # the fallback text is the title; the commands are in the blocks
    assert any("draft" in json.dumps(block) for block in ack["blocks"])


async def test_check_is_acked_at_once_then_delivered_through_the_response_url(harness: SlackHarness) -> None:
    status, body = await harness.command("/check", PHI_TEXT)
    assert status == 200
    assert json.loads(body)["text"] == "Checking your text..."
    (delivered,) = await harness.slack.wait_for("respond")
    assert delivered.params["response_type"] == "ephemeral"
    assert "phi.mrn" in delivered.everything
    assert "BLOCKED" in delivered.everything
    assert "7730021" not in delivered.everything  # the requester sees the finding, never the PHI echoed back


async def test_a_mention_is_answered_in_its_thread(harness: SlackHarness) -> None:
    event = {
        "type": "app_mention",
        "user": "UALICE",
        "text": f"<@{BOT_USER}> check this: Our new cardiac wing opens Monday!",
        "ts": "1700000100.000100",
        "channel": "C1",
        "event_ts": "1700000100.000100",
    }
    assert await harness.event(event, "Ev1") == 200
    (posted,) = await harness.slack.wait_for("chat.postMessage")
    assert posted.params["thread_ts"] == "1700000100.000100"
    assert posted.params["channel"] == "C1"
    assert "Guardrail check" in posted.everything


async def test_a_reply_inside_a_thread_stays_in_that_thread(harness: SlackHarness) -> None:
    event = {
        "type": "app_mention",
        "user": "UALICE",
        "text": f"<@{BOT_USER}> help",
        "ts": "1700000200.000200",
        "thread_ts": "1700000100.000100",
        "channel": "C1",
    }
    assert await harness.event(event, "Ev2") == 200
    (posted,) = await harness.slack.wait_for("chat.postMessage")
    assert posted.params["thread_ts"] == "1700000100.000100"


async def test_a_direct_message_is_understood_in_plain_words(harness: SlackHarness) -> None:
    event = {
        "type": "message",
        "channel_type": "im",
        "user": "UALICE",
        "text": "check this for x: " + PHI_TEXT,
        "ts": "1700000300.000300",
        "channel": "D1",
    }
    assert await harness.event(event, "Ev3") == 200
    (posted,) = await harness.slack.wait_for("chat.postMessage")
    assert posted.params["channel"] == "D1"
    assert "phi.mrn" in posted.everything
    assert "/280" in posted.everything  # X's limit shown beside the length


async def test_the_bots_own_messages_and_edits_are_ignored(harness: SlackHarness) -> None:
    own = {"type": "message", "channel_type": "im", "user": BOT_USER, "bot_id": "BCAREBOT", "text": "help",
           "ts": "1700000400.000400", "channel": "D1"}  # fmt: skip
    edited = {"type": "message", "subtype": "message_changed", "channel_type": "im", "channel": "D1",
              "ts": "1700000401.000401"}  # fmt: skip
    barrier = {"type": "message", "channel_type": "im", "user": "UALICE", "text": "help",
               "ts": "1700000402.000402", "channel": "D1"}  # fmt: skip
    assert await harness.event(own, "Ev4") == 200
    assert await harness.event(edited, "Ev5") == 200
    assert await harness.event(barrier, "Ev6") == 200
    await harness.slack.wait_for("chat.postMessage")
    assert len(harness.slack.of("chat.postMessage")) == 1  # only the barrier was answered


async def test_a_retried_event_is_answered_200_and_acted_on_once(harness: SlackHarness) -> None:
    event = {"type": "app_mention", "user": "UALICE", "text": f"<@{BOT_USER}> help", "ts": "1.1", "channel": "C1"}
    assert await harness.event(event, "EvRetry") == 200
    await harness.slack.wait_for("chat.postMessage")
    retry_headers = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    assert await harness.event(event, "EvRetry", headers=retry_headers) == 200
    assert await harness.event(event, "EvRetry", headers={**retry_headers, "X-Slack-Retry-Num": "2"}) == 200
    # A different event as a barrier: once it is answered, any (wrong) second answer to the retry would be too.
    barrier = {**event, "ts": "2.2", "text": f"<@{BOT_USER}> check this: hello"}
    assert await harness.event(barrier, "EvBarrier") == 200
    await harness.slack.wait_for("chat.postMessage", count=2)
    threads = [c.params.get("thread_ts") for c in harness.slack.of("chat.postMessage")]
    assert threads.count("1.1") == 1


async def test_url_verification_is_answered(harness: SlackHarness) -> None:
    body = json.dumps({"type": "url_verification", "challenge": "abc123", "token": "x"})
    status, text = await harness.post(body, content_type="application/json")
    assert status == 200
    assert "abc123" in text


async def test_policy_answers_carry_their_citations_as_context_blocks(harness: SlackHarness) -> None:
    status, body = await harness.command("/policy", "can I share a patient's photo?")
    assert status == 200
    assert json.loads(body)["text"] == "Looking that up in the social media policy..."
    (answer,) = await harness.slack.wait_for("respond")
    contexts = [b for b in answer.blocks if b["type"] == "context"]
    assert contexts, "a grounded answer shows where it comes from"
    assert any(".md" in json.dumps(c) for c in contexts)


async def test_ask_is_an_alias_of_policy_and_medical_questions_are_declined(harness: SlackHarness) -> None:
    status, _ = await harness.command("/ask", "what dose of ibuprofen should I take for my headache?")
    assert status == 200
    (answer,) = await harness.slack.wait_for("respond")
    assert "clinician" in answer.everything


class DeliveriesDown(Deliveries):
    async def claim(self, source: str, key: str) -> bool:
        raise ConnectionError("database unreachable")


class DeliveriesStuck(Deliveries):
    async def claim(self, source: str, key: str) -> bool:
        await asyncio.Event().wait()  # a locked database: never answers
        return True


class StoreDown(CarePost):
    @cached_property
    def deliveries(self) -> Deliveries:
        return DeliveriesDown(self.store, [])


class StoreStuck(CarePost):
    @cached_property
    def deliveries(self) -> Deliveries:
        return DeliveriesStuck(self.store, [])


@pytest.mark.parametrize(
    "service_class",
    [
        StoreDown,  # the store raises: the event is handled anyway
        StoreStuck,  # the store hangs: the claim gives up in time for Slack's 3 s and the event is handled
    ],
)
async def test_when_the_store_is_down_events_are_still_answered(service_class: type[CarePost]) -> None:
    h = await start_harness(service_class(config_from_mapping({})))
    h.bot.claim_timeout = 0.2
    try:
        event = {"type": "app_mention", "user": "UALICE", "text": f"<@{BOT_USER}> help", "ts": "5.5", "channel": "C1"}
        assert await h.event(event, "EvDown") == 200
        (posted,) = await h.slack.wait_for("chat.postMessage")
        assert posted.params["thread_ts"] == "5.5"
    finally:
        await h.close()
