"""One step from a planned month to the review queue: every postable slot goes through the service's review
submit (which guardrails the text again), blocked slots are not queued and are named in the result."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection, Sequence
from typing import TYPE_CHECKING

from bot.calendar.models import CalendarPlan, CalendarSubmission, SubmittedSlot
from bot.review.errors import SubmissionBlockedError
from guardrails import Verdict

if TYPE_CHECKING:
    from bot.review.models import ReviewItem

Submit = Callable[..., Awaitable["ReviewItem"]]


async def submit_plan(
    submit: Submit,
    plan: CalendarPlan,
    *,
    submitted_by: str,
    channel: str,
    aliases: Sequence[str] = (),
    in_queue: Collection[tuple[str | None, str]] = (),
) -> CalendarSubmission:
    """`submit` is the service's review.submit. Slots go in time order, one at a time (the desk is
    serialised anyway, and a database outage then stops at the first failure instead of half-queuing at random).

    `in_queue`: (platform, text) of the items already waiting for review. A slot among them is not queued again,
    so a second click on a Teams card, or the same command run twice, does not fill the queue with doubles.
    """
    queued: list[SubmittedSlot] = []
    skipped: list[str] = []
    already: list[str] = []
    for slot in plan.slots:
        if not slot.postable:
            skipped.append(slot.uid)
            continue
        if (slot.platform.value, slot.text) in in_queue:
            already.append(slot.uid)
            continue
        try:
            item = await submit(
                text=slot.text,
                platform=slot.platform.value,
                submitted_by=submitted_by,
                channel=channel,
                pillar=slot.pillar,
                topic=slot.topic,
                aliases=aliases,
            )
        except SubmissionBlockedError:  # blocked again on submission: the desk queues nothing (issue #11)
            skipped.append(slot.uid)
            continue
        if item.verdict == Verdict.BLOCK.value:  # an older store's blocked item: not counted as queued
            skipped.append(slot.uid)
            continue
        queued.append(SubmittedSlot(uid=slot.uid, item_id=item.id))
    return CalendarSubmission(queued=queued, skipped=skipped, already_queued=already)
