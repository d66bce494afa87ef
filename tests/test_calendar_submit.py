"""Submitting a planned month is one step: two submissions of the same plan at the same moment (two clicks on
a Teams card, a Slack retry) queue each slot once, whichever of them looked at the queue first."""

from __future__ import annotations

import asyncio

import pytest

from bot.calendar.models import CalendarSubmission
from bot.config import config_from_mapping
from bot.service import CarePost

pytestmark = pytest.mark.usefixtures("fresh_stores")


async def test_two_simultaneous_submissions_queue_the_month_once() -> None:
    service = CarePost(config_from_mapping({"review": {"reviewers": ["compliance@riversidehealth.org"]}}))
    plan = await service.plan_calendar("2027-03", ["linkedin"])
    postable = [slot.uid for slot in plan.slots if slot.postable]

    first, second = await asyncio.gather(
        *(service.submit_calendar(plan, submitted_by="U0AUTHOR", channel="cli") for _ in range(2))
    )

    assert isinstance(first, CalendarSubmission) and postable
    queued = [slot.uid for slot in first.queued + second.queued]
    assert sorted(queued) == sorted(postable)  # every postable slot once, none twice
    assert sorted(first.already_queued + second.already_queued) == sorted(postable)
    waiting = await service.review.list_items("submitted")
    assert len(waiting) == len(postable)
