"""Drafting from Slack over real HTTP: ack at once, drafts delivered later as Block Kit, buttons, slow and
failing drafters. A hanging LLM is played by a local OpenAI-compatible server that waits on an asyncio.Event."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.adapters.slack import actions
from bot.config import config_from_mapping
from bot.drafting.models import DraftRequest, DraftResult
from bot.service import CarePost
from tests.fake_slack_api import BOT_USER, SlackHarness, start_harness

CONFIG = {"review": {"reviewers": ["UREVIEW1"]}}


@pytest.fixture
async def harness() -> AsyncIterator[SlackHarness]:
    h = await start_harness(CarePost(config_from_mapping(CONFIG)))
    yield h
    await h.close()


def buttons(blocks: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for block in blocks:
        for element in block.get("elements", []):
            if element.get("type") == "button":
                found.setdefault(element["action_id"], []).append(element)
    return found


async def test_draft_is_acked_with_the_platforms_then_delivered_as_blocks(harness: SlackHarness) -> None:
    status, body = await harness.command("/draft", "education flu shots on instagram, linkedin")
    assert status == 200
    ack = json.loads(body)
    assert ack == {"response_type": "ephemeral", "text": "Drafting for Instagram, LinkedIn..."}
    (delivered,) = await harness.slack.wait_for("respond")
    text = delivered.everything
    assert "*Instagram*" in text and "*LinkedIn*" in text
    assert "/2200 characters" in text and "/3000 characters" in text  # each post's length against its limit
    assert "PASS" in text or "FIXED" in text or "WARN" in text  # the verdict as a badge
    found = buttons(delivered.blocks)
    assert len(found[actions.REGENERATE]) == 2
    assert len(found[actions.SUBMIT]) == 2
    switches = [a for a in found if a.startswith(actions.SWITCH_PILLAR)]
    assert len(switches) == 3  # the three other pillars


async def test_regenerate_asks_for_the_next_variant_of_one_platform(harness: SlackHarness) -> None:
    await harness.command("/draft", "education heat stroke on x, facebook")
    (first,) = await harness.slack.wait_for("respond")
    regenerate_x = next(b for b in buttons(first.blocks)[actions.REGENERATE] if json.loads(b["value"])["ps"] == ["x"])
    assert await harness.click(actions.REGENERATE, regenerate_x["value"], name="again") == 200
    await harness.slack.wait_until(lambda: len([c for c in harness.slack.of("respond") if c.blocks]) >= 2)
    again = [c for c in harness.slack.of("respond") if c.path.endswith("/again")]
    assert again[0].text == "Drafting for X..."
    assert "*X*" in again[-1].everything
    assert "*Facebook*" not in again[-1].everything


async def test_switch_pillar_redrafts_the_same_topic(harness: SlackHarness) -> None:
    await harness.command("/draft", "education heat stroke on threads")
    (first,) = await harness.slack.wait_for("respond")
    switch = buttons(first.blocks)[f"{actions.SWITCH_PILLAR}.community"][0]
    assert await harness.click(switch["action_id"], switch["value"], name="switch") == 200
    await harness.slack.wait_until(lambda: any(c.blocks for c in harness.slack.of("respond") if "switch" in c.path))
    switched = [c for c in harness.slack.of("respond") if c.path.endswith("/switch") and c.blocks]
    assert "Community post about heat stroke" in switched[0].everything


async def test_submit_from_a_draft_reaches_the_reviewer(harness: SlackHarness) -> None:
    await harness.command("/draft", "community flu clinic on facebook")
    (first,) = await harness.slack.wait_for("respond")
    submit = buttons(first.blocks)[actions.SUBMIT][0]
    assert await harness.click(actions.SUBMIT, submit["value"], name="submit") == 200
    (notice,) = await harness.slack.wait_for("chat.postMessage")
    assert notice.params["channel"] == "UREVIEW1"
    assert actions.APPROVE in json.dumps(notice.blocks)


async def test_a_mention_asking_for_a_draft_gets_a_placeholder_then_the_drafts_in_thread(
    harness: SlackHarness,
) -> None:
    event = {
        "type": "app_mention",
        "user": "UALICE",
        "text": f"<@{BOT_USER}> draft an instagram post about heat stroke",
        "ts": "1700000500.000500",
        "channel": "C1",
    }
    assert await harness.event(event, "EvDraft") == 200
    (placeholder,) = await harness.slack.wait_for("chat.postMessage")
    assert placeholder.text == "Drafting for Instagram..."
    assert placeholder.params["thread_ts"] == "1700000500.000500"
    (updated,) = await harness.slack.wait_for("chat.update")
    assert "*Instagram*" in updated.everything


class FailingDrafter(CarePost):
    """The real service with a drafter that breaks (a bug, a dead dependency): the person must still hear."""

    async def draft(self, request: DraftRequest) -> DraftResult:
        raise RuntimeError("drafter exploded")


async def test_a_failing_drafter_reaches_the_person_as_a_message() -> None:
    h = await start_harness(FailingDrafter(config_from_mapping(CONFIG)))
    try:
        status, _ = await h.command("/draft", "education flu shots on x")
        assert status == 200
        (delivered,) = await h.slack.wait_for("respond")
        assert "drafting failed (RuntimeError)" in delivered.text
        assert "exploded" not in delivered.everything  # internals stay in the logs
    finally:
        await h.close()


class HangingLLM:
    """An OpenAI-compatible server that holds every request until `release` is set, then refuses it (400)."""

    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.arrived = asyncio.Event()
        self.server: TestServer | None = None

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._complete)
        self.server = TestServer(app, host="127.0.0.1")
        await self.server.start_server()
        return str(self.server.make_url("/v1"))

    async def _complete(self, _request: web.Request) -> web.Response:
        self.arrived.set()
        await self.release.wait()
        return web.json_response({"error": {"message": "no", "type": "invalid_request_error"}}, status=400)

    async def close(self) -> None:
        self.release.set()
        if self.server is not None:
            await self.server.close()


async def test_a_hanging_llm_does_not_delay_the_ack(monkeypatch: pytest.MonkeyPatch) -> None:
    llm = HangingLLM()
    monkeypatch.setenv("OPENAI_API_KEY", "test-key")
    monkeypatch.setenv("OPENAI_BASE_URL", await llm.start())
    h = await start_harness(CarePost(config_from_mapping(CONFIG)))
    try:
        replies = await asyncio.gather(*(h.command("/draft", f"education flu shots {i} on x") for i in range(5)))
        # Every command was acknowledged while the model still holds the first request...
        assert all(status == 200 for status, _ in replies)
        assert all(json.loads(body)["text"] == "Drafting for X..." for _, body in replies)
        await asyncio.wait_for(llm.arrived.wait(), 10)
        assert harness_responses(h) == []
        # ...and once the model gives up, the offline drafter answers and each person gets drafts.
        llm.release.set()
        await h.slack.wait_for("respond", count=5, timeout=60)
        assert all("*X*" in c.everything for c in h.slack.of("respond"))
    finally:
        await h.close()
        await llm.close()


def harness_responses(h: SlackHarness) -> list[Any]:
    return h.slack.of("respond")


class BlockingDrafter(CarePost):
    """A drafter that blocks its thread (a synchronous call to a dead server, a CPU-bound loop): the worst case."""

    def __init__(self) -> None:
        super().__init__(config_from_mapping(CONFIG))
        self.entered = threading.Event()
        self.release = threading.Event()

    async def draft(self, request: DraftRequest) -> DraftResult:
        self.entered.set()
        self.release.wait(60)  # blocks the loop it runs on, on purpose
        return await super().draft(request)


async def test_a_drafter_that_blocks_its_loop_still_lets_every_command_be_acked() -> None:
    service = BlockingDrafter()
    h = await start_harness(service)
    try:
        status, body = await h.command("/draft", "education flu shots on x", name="first")
        assert status == 200
        await asyncio.to_thread(service.entered.wait, 30)
        # The drafter now holds its thread; other people's commands are still acknowledged and answered.
        status, body = await h.command("/check", "Our 5K is on Saturday!", name="second")
        assert status == 200 and json.loads(body)["text"] == "Checking your text..."
        status, body = await h.command("/carepost", "help", name="third")
        assert status == 200 and "blocks" in json.loads(body)
        assert not [c for c in h.slack.of("respond") if c.path.endswith("/first") and c.blocks]
        service.release.set()
        await h.slack.wait_until(lambda: any(c.path.endswith("/first") for c in h.slack.of("respond")))
    finally:
        service.release.set()
        await h.close()
