"""One step from a planned month to the review queue: every postable slot goes through the desk's submit
(which guardrails the text again), blocked slots are not queued and are named in the result.

Synchronous on purpose: the service runs it in one worker thread under the desk's lock, so the look at the
queue and the queuing are one step, and two clicks on the same card cannot both queue the month."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from bot.calendar.models import CalendarPlan, CalendarSubmission, SubmittedSlot
from bot.review.errors import SubmissionBlockedError
from guardrails import Verdict

if TYPE_CHECKING:
    from bot.review.models import ReviewItem

Submit = Callable[..., "ReviewItem"]


def submit_plan(
    submit: Submit,
    plan: CalendarPlan,
    *,
    submitted_by: str,
    channel: str,
    aliases: Sequence[str] = (),
    in_queue: Collection[tuple[str | None, str]] = (),
) -> CalendarSubmission:
    """`submit` is the desk's submit_now. Slots go in time order, one at a time (a database outage then stops at
    the first failure instead of half-queuing at random).

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
            item = submit(
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
