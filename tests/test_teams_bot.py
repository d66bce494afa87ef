"""The Teams bot over real HTTP: Bot Framework activities POSTed to /api/messages of the running aiohttp server,
replies and proactive posts caught by a local connector (the activities' serviceUrl)."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

from bot.adapters.http import build_app
from bot.adapters.teams import TEAMS_KEY
from bot.config import AppConfig, config_from_mapping
from bot.service import CarePost
from tests.fake_bot_connector import FakeConnector

BOT = {"id": "28:carepost-bot", "name": "CarePost"}
AUTHOR = {"id": "29:author", "name": "Ana Author", "aadObjectId": "aad-author"}
REVIEWER = {"id": "29:reviewer", "name": "Rita Reviewer", "aadObjectId": "aad-reviewer"}
STRANGER = {"id": "29:stranger", "name": "Sam Stranger", "aadObjectId": "aad-stranger"}
CHANNEL = "19:advocacy@thread.tacv2"
_ids = itertools.count(1)


class Teams:
    """A test's view of the running server: post activities as a person, read what the bot sent back."""

    def __init__(self, server: TestServer, connector: FakeConnector, service: CarePost) -> None:
        self.server = server
        self.connector = connector
        self.service = service

    def activity(
        self,
        sender: dict[str, str],
        *,
        text: str | None = None,
        value: Any = None,
        channel: bool = False,
        activity_id: str | None = None,
    ) -> dict[str, Any]:
        conversation = (
            {"id": CHANNEL, "conversationType": "channel", "tenantId": "t1"}
            if channel
            else {"id": f"a:personal-{sender['aadObjectId']}", "conversationType": "personal", "tenantId": "t1"}
        )
        body: dict[str, Any] = {
            "type": "message",
            "id": activity_id or f"activity-{next(_ids)}",
            "serviceUrl": self.connector.url,
            "channelId": "msteams",
            "from": sender,
            "recipient": BOT,
            "conversation": conversation,
            "channelData": {"tenant": {"id": "t1"}},
        }
        if channel:
            body["channelData"].update({"team": {"id": "19:team"}, "channel": {"id": CHANNEL}})
        if text is not None:
            body["text"] = f"<at>CarePost</at> {text}" if channel else text
            if channel:
                body["entities"] = [{"type": "mention", "mentioned": BOT, "text": "<at>CarePost</at>"}]
        if value is not None:
            body["value"] = value
        return body

    async def post(self, body: dict[str, Any], headers: dict[str, str] | None = None) -> int:
        url = self.server.make_url("/api/messages")
        async with aiohttp.ClientSession() as session, session.post(url, json=body, headers=headers) as resp:
            return resp.status

    async def say(self, sender: dict[str, str], text: str, **kwargs: Any) -> int:
        return await self.post(self.activity(sender, text=text, **kwargs))

    async def click(self, sender: dict[str, str], value: dict[str, Any], **kwargs: Any) -> int:
        return await self.post(self.activity(sender, value=value, **kwargs))

    def cards_in(self, conversation_id: str) -> list[dict[str, Any]]:
        return [c for a in self.connector.of_kind("message") if a.conversation_id == conversation_id for c in a.cards]

    async def next_card(self, conversation_id: str, count: int) -> dict[str, Any]:
        """Wait until `count` cards have reached this conversation; return the last one."""
        while len(self.cards_in(conversation_id)) < count:
            await self.connector.wait_for(len(self.connector.of_kind("message")) + 1)
        return self.cards_in(conversation_id)[count - 1]


def card_text(card: dict[str, Any]) -> str:
    """All the text a person sees on a card, for assertions."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key in ("text", "title", "value"):
                if isinstance(node.get(key), str):
                    parts.append(node[key])
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(card)
    return "\n".join(parts)


def actions_of(card: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if str(node.get("type", "")).startswith("Action."):
                found.append(node)
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(card)
    return found


@pytest.fixture
async def teams() -> AsyncIterator[Teams]:
    connector = FakeConnector()
    await connector.start()
    connector.members.update(
        {
            AUTHOR["id"]: {
                "id": AUTHOR["id"],
                "name": AUTHOR["name"],
                "aadObjectId": AUTHOR["aadObjectId"],
                "email": "ana@riversidehealth.org",
            },
            REVIEWER["id"]: {
                "id": REVIEWER["id"],
                "name": REVIEWER["name"],
                "aadObjectId": REVIEWER["aadObjectId"],
                "email": "compliance@riversidehealth.org",
            },
        }
    )
    config = config_from_mapping({"review": {"reviewers": ["compliance@riversidehealth.org", "aad-reviewer"]}})
    async with serving(config, connector) as running:
        yield running


@asynccontextmanager
async def serving(config: AppConfig, connector: FakeConnector | None = None) -> AsyncIterator[Teams]:
    """CarePost with Teams on a local port for `config`, replies going to `connector` (started here if None);
    both are closed at the end."""
    if connector is None:
        connector = FakeConnector()
        await connector.start()
    service = CarePost(config)
    server = TestServer(build_app(service, teams=True), host="127.0.0.1")
    await server.start_server()
    try:
        yield Teams(server, connector, service)
    finally:
        await server.close()
        await connector.close()


async def test_help_in_a_personal_chat_answers_with_a_card(teams: Teams) -> None:
    assert await teams.say(AUTHOR, "help") in (200, 201)
    card = await teams.next_card("a:personal-aad-author", 1)
    assert card["type"] == "AdaptiveCard"
    assert "draft" in card_text(card).lower()


async def test_check_blocks_a_patient_phone_number_and_shows_only_a_redacted_preview(teams: Teams) -> None:
    await teams.say(AUTHOR, "check this: Call Maria Gonzalez at 555-867-5309 about her discharge")
    card = await teams.next_card("a:personal-aad-author", 1)
    text = card_text(card)
    assert "BLOCKED" in text
    assert "phi.phone" in text
    assert "555-867-5309" not in text  # never shown back in clear
    assert "[PHONE]" in text


async def test_a_redelivered_activity_is_acted_on_once(teams: Teams) -> None:
    body = teams.activity(AUTHOR, text="help", activity_id="same-activity")
    await teams.post(body)
    await teams.post(body)
    await teams.next_card("a:personal-aad-author", 1)
    await teams.say(AUTHOR, "help")  # a later, different activity still gets its answer
    await teams.next_card("a:personal-aad-author", 2)
    assert len(teams.cards_in("a:personal-aad-author")) == 2


async def test_submit_approve_and_publish_to_the_advocacy_channel(teams: Teams) -> None:
    # The reviewer has talked to the bot before, so CarePost may message them first.
    await teams.say(REVIEWER, "help")
    await teams.next_card("a:personal-aad-reviewer", 1)
    # CarePost is told which channel is the advocacy channel.
    await teams.say(AUTHOR, "use this channel for advocacy", channel=True)
    confirmation = await teams.connector.wait_for(2)
    assert any("advocacy channel" in a.text for a in confirmation)

    post = "Flu shots are here! Walk in at our Springfield clinic this Saturday, 9am-1pm. #FluSeason"
    submit = {
        "carepost": {
            "kind": "submit",
            "platform": "linkedin",
            "text": post,
            "pillar": "community",
            "topic": "flu shots",
        }
    }
    await teams.click(AUTHOR, submit)
    submitted = await teams.next_card("a:personal-aad-author", 1)
    assert "Submitted item" in card_text(submitted)
    reviewer_card = await teams.next_card("a:personal-aad-reviewer", 2)
    approve = next(a for a in actions_of(reviewer_card) if a.get("title") == "Approve")

    await teams.click(REVIEWER, approve["data"])
    decided = await teams.next_card("a:personal-aad-reviewer", 3)
    assert "approved" in card_text(decided)
    published = await teams.next_card(CHANNEL, 1)
    assert post in card_text(published)
    publisher = teams.server.app[TEAMS_KEY].publisher
    await publisher.idle()
    items = await teams.service.review.advocacy_list()
    assert items[0].published_at is not None
    assert await publisher.run_once() == 0  # nothing is posted twice


async def test_the_author_cannot_approve_and_a_stranger_is_refused(teams: Teams) -> None:
    item = await teams.service.review.submit(
        text="Join our 5K on Saturday!", platform="facebook", submitted_by="aad-reviewer", channel="teams"
    )
    approve = {"carepost": {"kind": "review", "action": "approve", "item_id": item.id}}
    await teams.click(STRANGER, approve)
    refused = await teams.next_card("a:personal-aad-stranger", 1)
    assert "reviewer" in card_text(refused).lower()
    await teams.click(REVIEWER, approve)
    own = await teams.next_card("a:personal-aad-reviewer", 1)
    assert "cannot approve" in card_text(own).lower()
    assert (await teams.service.review.get(item.id)).state.value == "submitted"


async def test_reject_needs_the_comment_from_the_card(teams: Teams) -> None:
    item = await teams.service.review.submit(
        text="Join our 5K on Saturday!", platform="facebook", submitted_by="aad-author", channel="teams"
    )
    reject = {
        "carepost": {"kind": "review", "action": "reject", "item_id": item.id},
        "carepost_comment": "Please add the registration link.",
    }
    await teams.click(REVIEWER, reject)
    await teams.next_card("a:personal-aad-reviewer", 1)
    rejected = await teams.service.review.get(item.id)
    assert rejected.state.value == "rejected"
    assert rejected.comment == "Please add the registration link."


async def test_with_an_app_id_an_unauthenticated_activity_is_refused(
    teams: Teams, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MICROSOFT_APP_ID", "00000000-0000-0000-0000-000000000001")
    monkeypatch.setenv("MICROSOFT_APP_PASSWORD", "not-a-real-secret")
    server = TestServer(build_app(teams.service, teams=True), host="127.0.0.1")
    await server.start_server()
    try:
        async with aiohttp.ClientSession() as session:
            body = teams.activity(AUTHOR, text="help")
            async with session.post(server.make_url("/api/messages"), json=body) as resp:
                assert resp.status == 401
    finally:
        await server.close()
    assert teams.connector.of_kind("message") == []


async def test_a_draft_is_acknowledged_then_delivered_as_a_card_with_working_buttons(teams: Teams) -> None:
    await teams.say(AUTHOR, "draft an instagram post about heat stroke")
    acknowledgement = await teams.connector.wait_for(1)
    assert "Instagram" in acknowledgement[0].text
    card = await teams.next_card("a:personal-aad-author", 1)
    text = card_text(card)
    assert "Instagram" in text
    assert "heat" in text.lower()
    submit = next(a for a in actions_of(card) if str(a.get("title", "")).startswith("Submit"))
    await teams.click(AUTHOR, submit["data"])
    submitted = await teams.next_card("a:personal-aad-author", 2)
    assert "Submitted item" in card_text(submitted)
    items = await teams.service.review.list_items("submitted")
    assert [i.platform for i in items] == ["instagram"]
    assert items[0].submitted_by == "aad-author"


@pytest.mark.parametrize(
    "button",
    [
        "Submit",  # queuing someone else's draft under one's own name
        "Regenerate",  # spending their draft and replacing it in the channel
        "Switch pillar",  # the same, with another pillar
    ],
)
async def test_a_draft_card_in_a_channel_answers_only_its_owner(teams: Teams, button: str) -> None:
    await teams.say(AUTHOR, "draft a linkedin post about heat stroke", channel=True)
    card = await teams.next_card(CHANNEL, 1)
    action = next(a for a in actions_of(card) if str(a.get("title", "")).startswith(button))
    await teams.click(STRANGER, action["data"], channel=True)
    refused = await teams.next_card(CHANNEL, 2)
    assert "This draft is Ana Author's" in card_text(refused)
    assert await teams.service.review.list_items("submitted") == []
    if button == "Submit":  # the owner's own click still works
        await teams.click(AUTHOR, action["data"], channel=True)
        assert "Submitted item" in card_text(await teams.next_card(CHANNEL, 3))


async def test_a_policy_question_in_a_channel_mention_is_answered_with_citations(teams: Teams) -> None:
    await teams.say(AUTHOR, "how often should we post on LinkedIn?", channel=True)
    card = await teams.next_card(CHANNEL, 1)
    assert "linkedin" in card_text(card).lower()
    assert "📄" in card_text(card)  # at least one citation line


async def test_a_youtube_draft_card_shows_the_title_thumbnail_idea_and_posting_rhythm(teams: Teams) -> None:
    await teams.say(AUTHOR, "draft a youtube post about heart health")
    card = await teams.next_card("a:personal-aad-author", 1)
    text = card_text(card)
    assert "Title: " in text
    assert "Visual idea: " in text or "Alt text: " in text
    assert "Posting rhythm: " in text


async def test_something_to_share_is_always_an_approved_item(teams: Teams) -> None:
    await teams.service.review.submit(
        text="Still waiting for review: our LinkedIn post about the new birthing center.",
        platform="linkedin",
        submitted_by="aad-author",
        channel="teams",
    )
    await teams.say(AUTHOR, "give me something to share on LinkedIn this week")
    empty = await teams.next_card("a:personal-aad-author", 1)
    assert "Still waiting" not in card_text(empty)
    approved = await teams.service.review.submit(
        text="Proud of our nurses! Riverside Health was named a Magnet hospital again this year.",
        platform="linkedin",
        submitted_by="aad-author",
        channel="teams",
    )
    await teams.service.review.decide("approve", approved.id, by="aad-reviewer", channel="teams")
    await teams.say(AUTHOR, "give me something to share on LinkedIn this week")
    picked = await teams.next_card("a:personal-aad-author", 2)
    assert "Magnet hospital" in card_text(picked)
    assert "Still waiting" not in card_text(picked)


@pytest.mark.parametrize(
    "body",
    [
        b"{bad",  # not JSON at all
        b"[1, 2]",  # JSON, but not an activity
        b'{"text": "hi"}',  # an object without a type
    ],
)
async def test_a_malformed_activity_is_a_400_not_a_server_error(teams: Teams, body: bytes) -> None:
    headers = {"Content-Type": "application/json"}
    url = teams.server.make_url("/api/messages")
    async with aiohttp.ClientSession() as session, session.post(url, data=body, headers=headers) as resp:
        assert resp.status == 400
