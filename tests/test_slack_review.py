"""Review buttons over real HTTP: submit -> reviewers get a message with buttons -> approve / reject / changes.

The review queue is the real one (SQLite in the test's data dir); Slack is the local fake.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.adapters.slack import actions
from bot.config import config_from_mapping
from bot.service import CarePost
from tests.fake_slack_api import SlackHarness, start_harness, view_body

EVENT_POST = "Flu shots are available at our Main Street clinic this Saturday, 9am-1pm. Call (555) 010-2000."
SUBMIT = json.dumps({"p": "facebook", "pi": "community", "t": "flu clinic", "x": EVENT_POST})


@pytest.fixture
async def harness() -> AsyncIterator[SlackHarness]:
    config = config_from_mapping({"review": {"reviewers": ["UREVIEW1"]}, "slack": {"review_channel": "CREVIEW"}})
    h = await start_harness(CarePost(config))
    yield h
    await h.close()


def button_value(blocks: list[dict[str, Any]], action_id: str) -> str:
    for block in blocks:
        for element in block.get("elements", []):
            if element.get("action_id") == action_id:
                return str(element["value"])
    raise AssertionError(f"no {action_id} button")


async def submit(harness: SlackHarness) -> list[Any]:
    assert await harness.click(actions.SUBMIT, SUBMIT, user="UALICE", name="submit") == 200
    # Reviewers are told twice: a DM to each Slack reviewer id and a message in slack.review_channel.
    return await harness.slack.wait_for("chat.postMessage", count=2)


async def test_submit_tells_the_requester_and_sends_reviewers_buttons(harness: SlackHarness) -> None:
    notices = await submit(harness)
    assert {c.params["channel"] for c in notices} == {"UREVIEW1", "CREVIEW"}
    for notice in notices:
        for action_id in (actions.APPROVE, actions.REJECT, actions.CHANGES):
            assert json.loads(button_value(notice.blocks, action_id)) == {"id": 1}
        assert "Main Street clinic" in notice.everything
        assert "<@UALICE>" in notice.everything
    await harness.slack.wait_until(lambda: any("Submitted item 1" in c.everything for c in harness.slack.of("respond")))


async def test_a_double_click_on_submit_queues_one_item(harness: SlackHarness) -> None:
    await submit(harness)
    assert await harness.click(actions.SUBMIT, SUBMIT, user="UALICE", name="again", action_ts="9.9") == 200
    items = await harness.bot.service.review.list_items()
    assert [i.id for i in items] == [1]


async def test_a_reviewer_approves_and_the_author_is_told(harness: SlackHarness) -> None:
    notices = await submit(harness)
    value = button_value(notices[0].blocks, actions.APPROVE)
    assert await harness.click(actions.APPROVE, value, user="UREVIEW1", name="approve") == 200
    await harness.slack.wait_until(lambda: bool(_responses(harness, "approve")))
    (decided,) = _responses(harness, "approve")
    assert decided.params["replace_original"] is True  # the buttons go away once decided
    assert "approved" in decided.everything
    dms = await harness.slack.wait_for("chat.postMessage", count=3)
    assert dms[-1].params["channel"] == "UALICE"
    assert "approved" in dms[-1].text
    (item,) = await harness.bot.service.review.list_items("approved")
    assert item.reviewed_by == "UREVIEW1"


async def test_approval_by_someone_who_is_not_a_reviewer_is_refused(harness: SlackHarness) -> None:
    notices = await submit(harness)
    value = button_value(notices[0].blocks, actions.APPROVE)
    assert await harness.click(actions.APPROVE, value, user="UMALLORY", name="mallory") == 200
    await harness.slack.wait_until(lambda: bool(_responses(harness, "mallory")))
    (refused,) = _responses(harness, "mallory")
    assert "not a reviewer" in refused.everything
    assert refused.params["replace_original"] is False
    (item,) = await harness.bot.service.review.list_items()
    assert item.state == "submitted"


@pytest.mark.parametrize(
    ("action_id", "state"),
    [
        (actions.REJECT, "rejected"),  # a rejection needs a reason: the modal asks for it
        (actions.CHANGES, "changes_requested"),  # so does sending it back for changes
    ],
)
async def test_reject_and_request_changes_ask_for_a_comment_in_a_modal(
    harness: SlackHarness, action_id: str, state: str
) -> None:
    notices = await submit(harness)
    reviewer_dm = next(c for c in notices if c.params["channel"] == "UREVIEW1")
    value = button_value(reviewer_dm.blocks, action_id)
    # The reviewer's DM is a normal message: once decided, it is edited in place (its buttons go away).
    clicked = await harness.click(
        action_id, value, user="UREVIEW1", channel="DREVIEW", message_ts="55.5", is_ephemeral=False
    )
    assert clicked == 200
    (opened,) = await harness.slack.wait_for("views.open")
    view = opened.params["view"]
    view = json.loads(view) if isinstance(view, str) else view
    status, _ = await harness.post(view_body(view, "Please add the clinic's hours.", "UREVIEW1"))
    assert status == 200
    (updated,) = await harness.slack.wait_for("chat.update")
    assert updated.params["channel"] == "DREVIEW"
    assert updated.params["ts"] == "55.5"
    assert "Please add the clinic" in updated.everything
    (item,) = await harness.bot.service.review.list_items(state)
    assert item.comment == "Please add the clinic's hours."


def _responses(harness: SlackHarness, name: str) -> list[Any]:
    return [c for c in harness.slack.of("respond") if c.path.endswith("/" + name)]


async def test_a_reviewer_listed_by_e_mail_decides_from_slack() -> None:
    config = config_from_mapping({"review": {"reviewers": ["compliance@riversidehealth.org"]}})
    h = await start_harness(CarePost(config))
    try:
        h.slack.emails["UCOMPLY"] = "Compliance@RiversideHealth.org"
        assert await h.click(actions.SUBMIT, SUBMIT, user="UALICE", name="submit") == 200
        await h.slack.wait_until(
            lambda: bool(_responses(h, "submit")) and "Submitted" in _responses(h, "submit")[-1].text
        )
        assert await h.click(actions.APPROVE, json.dumps({"id": 1}), user="UCOMPLY", name="approve") == 200
        await h.slack.wait_until(lambda: bool(_responses(h, "approve")))
        assert "approved" in _responses(h, "approve")[0].everything
        (item,) = await h.bot.service.review.list_items("approved")
        assert item.reviewed_by.lower() == "compliance@riversidehealth.org"
    finally:
        await h.close()


async def test_a_reviewer_decides_from_the_review_list(harness: SlackHarness) -> None:
    await submit(harness)
    status, _ = await harness.command("/carepost", "review list", user="UREVIEW1", name="list")
    assert status == 200
    await harness.slack.wait_until(lambda: any(c.blocks for c in _responses(harness, "list")))
    listing = next(c for c in _responses(harness, "list") if c.blocks)
    value = button_value(listing.blocks, actions.CHANGES)
    # The list is ephemeral (is_ephemeral in the click): it cannot be edited, so the decision is posted instead.
    assert await harness.click(actions.CHANGES, value, user="UREVIEW1", channel="C1") == 200
    (opened,) = await harness.slack.wait_for("views.open")
    view = opened.params["view"]
    view = json.loads(view) if isinstance(view, str) else view
    status, _ = await harness.post(view_body(view, "Add the hours.", "UREVIEW1"))
    assert status == 200
    (posted,) = await harness.slack.wait_for("chat.postEphemeral")
    assert posted.params["user"] == "UREVIEW1"
    assert "changes requested" in posted.everything
    assert harness.slack.of("chat.update") == []
    author_dm = await harness.slack.wait_for("chat.postMessage", count=3)
    assert "Add the hours." in author_dm[-1].text  # the author hears the decision and the reason


async def test_an_approved_post_is_offered_to_share_in_a_dm(harness: SlackHarness) -> None:
    notices = await submit(harness)
    await harness.click(actions.APPROVE, button_value(notices[0].blocks, actions.APPROVE), user="UREVIEW1")
    await harness.slack.wait_until(lambda: len(harness.slack.of("respond")) >= 3)
    dm = {"type": "message", "channel_type": "im", "user": "UBOB", "channel": "DBOB", "ts": "3.3",
          "text": "give me something to share on Facebook this week"}  # fmt: skip
    assert await harness.event(dm, "EvShare") == 200
    await harness.slack.wait_until(lambda: bool(harness.slack.of("chat.update")))
    (shared,) = harness.slack.of("chat.update")
    assert "Main Street clinic" in shared.everything
    assert "share it on your own profile" in shared.everything
