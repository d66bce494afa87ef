"""A draft posted in a thread is seen by the whole channel: only the person it was made for may press its
Submit, Regenerate or Switch pillar buttons (others get an ephemeral "this draft is X's"); a reviewer's
approve/reject buttons are unaffected. Signed requests into the Bolt app, Slack played by the local fake."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.adapters.slack import actions
from bot.config import config_from_mapping
from bot.service import CarePost
from tests.fake_slack_api import BOT_USER, SlackHarness, start_harness

pytestmark = pytest.mark.usefixtures("fresh_stores")


@pytest.fixture
async def harness() -> AsyncIterator[SlackHarness]:
    h = await start_harness(CarePost(config_from_mapping({"review": {"reviewers": ["UREVIEW1"]}})))
    yield h
    await h.close()


async def thread_draft(harness: SlackHarness) -> list[dict[str, Any]]:
    """Alice asks for a draft in a channel thread; the drafts replace the placeholder there."""
    event = {
        "type": "app_mention",
        "user": "UALICE",
        "text": f"<@{BOT_USER}> draft an instagram post about heat stroke",
        "ts": "1700000500.000500",
        "channel": "C1",
    }
    assert await harness.event(event, "EvOwner") == 200
    (updated,) = await harness.slack.wait_for("chat.update")
    return updated.blocks


def button(blocks: list[dict[str, Any]], wanted: str) -> tuple[dict[str, Any], str]:
    for block in blocks:
        for element in block.get("elements", []):
            if str(element.get("action_id", "")).startswith(wanted):
                return element, str(block.get("block_id"))
    raise AssertionError(f"no {wanted} button")


@pytest.mark.parametrize(
    "wanted",
    [
        actions.SUBMIT,  # submitting someone else's draft for review was the probe's finding
        actions.REGENERATE,  # regenerating it would answer the wrong person
        actions.SWITCH_PILLAR + ".",  # so would switching its pillar
    ],
)
async def test_someone_elses_click_is_refused_with_an_ephemeral_message(harness: SlackHarness, wanted: str) -> None:
    element, block_id = button(await thread_draft(harness), wanted)
    assert block_id.startswith(actions.OWNER_BLOCK + "UALICE.")
    status = await harness.click(element["action_id"], element["value"], user="UBOB", name="bob", block_id=block_id)
    assert status == 200
    (said,) = await harness.slack.wait_for("respond")
    assert "This draft is <@UALICE>'s" in said.text and said.params.get("response_type") == "ephemeral"
    assert not harness.slack.of("chat.postMessage")[1:]  # no reviewer was told of a submission


async def test_the_owner_may_submit_their_own_draft(harness: SlackHarness) -> None:
    element, block_id = button(await thread_draft(harness), actions.SUBMIT)
    assert await harness.click(actions.SUBMIT, element["value"], user="UALICE", name="alice", block_id=block_id) == 200
    notices = await harness.slack.wait_for("chat.postMessage", count=2)  # the placeholder, then the reviewer
    assert notices[-1].params["channel"] == "UREVIEW1"
    assert actions.APPROVE in json.dumps(notices[-1].blocks)


async def test_a_reviewers_decision_buttons_are_not_owned(harness: SlackHarness) -> None:
    element, block_id = button(await thread_draft(harness), actions.SUBMIT)
    await harness.click(actions.SUBMIT, element["value"], user="UALICE", name="alice", block_id=block_id)
    notices = await harness.slack.wait_for("chat.postMessage", count=2)
    approve, approve_block = button(notices[-1].blocks, actions.APPROVE)
    assert actions.draft_owner(approve_block) is None
    await harness.click(actions.APPROVE, approve["value"], user="UREVIEW1", name="rev", block_id=approve_block)
    said = await harness.slack.wait_for("respond", count=3)
    assert not any("This draft is" in s.text for s in said)
