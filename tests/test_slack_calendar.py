"""/calendar in Slack over real HTTP (signed requests into the Bolt app, Slack played by the local fake Web API):
the Block Kit summary with the month's observances and posts per week, and the .ics uploaded with
files_upload_v2 into the conversation, read back with icalendar."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import icalendar
import pytest

from bot.config import config_from_mapping
from bot.service import CarePost
from tests.fake_slack_api import BOT_USER, SlackHarness, start_harness

pytestmark = pytest.mark.usefixtures("fresh_stores")


@pytest.fixture
async def harness() -> AsyncIterator[SlackHarness]:
    h = await start_harness(CarePost(config_from_mapping({"review": {"reviewers": ["UREVIEW1"]}})))
    yield h
    await h.close()


async def test_slash_calendar_summarises_the_month_and_uploads_the_ics(harness: SlackHarness) -> None:
    status, body = await harness.command("/calendar", "2027-02 on facebook, linkedin")
    assert status == 200
    assert "Planning the content calendar for 2027-02" in json.loads(body)["text"]  # acked at once
    (delivered,) = await harness.slack.wait_for("respond")
    text = delivered.everything
    assert "Content calendar for February 2027" in text
    assert "American Heart Month (all month)" in text and "National Wear Red Day (Fri 05 Feb)" in text
    assert "Week of 01 Feb" in text and "Facebook" in text and "LinkedIn" in text
    assert "attached" in text  # the file went up, so the summary points at it

    (asked,) = harness.slack.of("files.getUploadURLExternal")
    assert asked.params["filename"] == "carepost-2027-02.ics"
    (upload,) = harness.slack.of("upload")
    (done,) = harness.slack.of("files.completeUploadExternal")
    assert done.params["channel_id"] == "C1"  # where /calendar was typed
    assert upload.params["file_id"] == asked_file_id(done.params["files"])
    events = icalendar.Calendar.from_ical(upload.params["content"]).walk("VEVENT")
    assert len(events) == 28  # Facebook 4 (16) + LinkedIn 3 (12) a week over February 2027's 20 weekdays
    assert {str(e["UID"]).split("-")[3] for e in events} == {"facebook", "linkedin"}


async def test_a_dm_saying_plan_march_gets_the_summary_and_the_file(harness: SlackHarness) -> None:
    event = {
        "type": "message",
        "channel_type": "im",
        "user": "UALICE",
        "text": "plan March 2027 on linkedin",
        "ts": "1700000600.000600",
        "channel": "D1",
    }
    assert await harness.event(event, "EvPlan") == 200
    (placeholder,) = await harness.slack.wait_for("chat.postMessage")
    assert placeholder.text.startswith("Planning the content calendar")
    (updated,) = await harness.slack.wait_for("chat.update")
    assert "Content calendar for March 2027" in updated.everything
    assert "Colorectal Cancer Awareness Month" in updated.everything
    (done,) = await harness.slack.wait_for("files.completeUploadExternal")
    assert done.params["channel_id"] == "D1"


async def test_a_bad_month_is_one_line_and_nothing_is_uploaded(harness: SlackHarness) -> None:
    status, _ = await harness.command("/calendar", "2027-13")
    assert status == 200
    (delivered,) = await harness.slack.wait_for("respond")
    assert "is not a month" in delivered.everything
    assert not harness.slack.of("files.getUploadURLExternal")


async def test_slash_calendar_with_nothing_after_it_says_what_to_type(harness: SlackHarness) -> None:
    status, body = await harness.command("/calendar", "")
    assert status == 200 and "which month" in body


async def test_a_mention_can_plan_and_submit_in_one_step(harness: SlackHarness) -> None:
    event = {
        "type": "app_mention",
        "user": "UALICE",
        "text": f"<@{BOT_USER}> plan 2027-03 on linkedin and submit",
        "ts": "1700000700.000700",
        "channel": "C1",
    }
    assert await harness.event(event, "EvPlanSubmit") == 200
    (updated,) = await harness.slack.wait_for("chat.update")
    assert "Queued 14 slot(s) for review" in updated.everything
    items = await harness.bot.service.review.list_items("submitted")
    assert len(items) == 14 and {i.submitted_by for i in items} == {"UALICE"}


def asked_file_id(files: object) -> str:
    listed = json.loads(files) if isinstance(files, str) else files
    assert isinstance(listed, list)
    return str(listed[0]["id"])


async def test_the_queue_button_queues_the_month_once_even_on_a_double_click(harness: SlackHarness) -> None:
    await harness.command("/calendar", "2027-03 on linkedin")
    (delivered,) = await harness.slack.wait_for("respond")
    (button,) = [e for b in delivered.blocks if b["type"] == "actions" for e in b["elements"]]
    assert button["text"]["text"] == "Queue for review"
    for name in ("click1", "click2"):  # the same click delivered twice (a double click or a Slack retry)
        assert await harness.click(button["action_id"], button["value"], name=name, is_ephemeral=False) == 200
    await harness.slack.wait_until(lambda: any("Queued 14" in c.everything for c in harness.slack.of("respond")))
    items = await harness.bot.service.review.list_items("submitted")
    assert len(items) == 14  # queued once
