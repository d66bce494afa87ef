"""Publishing approved advocacy items to the places CarePost may post to first (the Teams advocacy channel).

The core decides what goes out and records every attempt; a surface only delivers. A round: select approved
items not yet published, claim the item's next attempt in the store (so two instances never post it twice),
run the guardrails again (the configuration may have changed since approval), hand it to the surface's
`send`, then mark it published. An attempt that is blocked or fails is an audit row (`publish_failed`), and
the item is tried again in a later round until `max_attempts` attempts have failed; then it is left for a
person (it stays in the library, unpublished, with the failures on its trail).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING

from bot.messages import review as msg
from bot.review.calls import in_thread
from bot.review.models import AdvocacyItem, AuditAction, AuditRecord, Channel

if TYPE_CHECKING:
    from bot.deliveries import Conversation, Deliveries
    from bot.review.desk import ReviewDesk

log = logging.getLogger("carepost.publishing")  # ids, rule ids and error kinds only: never a text

MAX_ATTEMPTS = 3
PUBLISHER = "carepost"
CLAIM_SOURCE = "advocacy-publish"

# Posts one item to the given conversations; returns the keys of those it reached (empty: it reached none).
Send = Callable[[AdvocacyItem, Sequence["Conversation"]], Awaitable[Sequence[str]]]


class Publishing:
    def __init__(self, desk: ReviewDesk, deliveries: Deliveries, *, max_attempts: int = MAX_ATTEMPTS) -> None:
        self.desk = desk
        self.deliveries = deliveries
        self.max_attempts = max_attempts

    async def run(self, send: Send, *, channel: str = "teams") -> int:
        """One round: publish what is waiting; returns how many items went out."""
        targets = await self.deliveries.advocacy_channels()
        if not targets:
            return 0  # nowhere to post: no attempt is spent
        published = 0
        for item in await in_thread(self._waiting):
            if await self._attempt(item, targets, send, Channel(channel)):
                published += 1
        return published

    def _waiting(self) -> list[AdvocacyItem]:
        """Approved, unpublished items, whatever the guardrails say now (a blocked one is an attempt too)."""
        return [item for item in self.desk.store.reviews.advocacy() if item.published_at is None]

    async def _attempt(self, item: AdvocacyItem, targets: Sequence[Conversation], send: Send, via: Channel) -> bool:
        failed = await in_thread(lambda: self._failures(item))
        if failed >= self.max_attempts:
            return False  # given up: left for a person, the failures are on the item's trail
        attempt = failed + 1
        if not await self.deliveries.claim(CLAIM_SOURCE, f"{item.id}:{attempt}"):
            return False  # another instance has this attempt
        report = self.desk.engine.check(item.text, item.platform)
        if not report.postable:
            detail = msg.AUDIT_PUBLISH_BLOCKED.format(
                attempt=attempt, limit=self.max_attempts, rules=", ".join(report.rules)
            )
            await self._record_failure(item, via, detail, report.rules)
            return False
        try:
            reached = list(await send(item, targets))
        except Exception as exc:  # a surface's failure is an attempt that failed, never the end of the round
            reached, kind = [], type(exc).__name__
        else:
            kind = "no conversation reached"
        if not reached:
            detail = msg.AUDIT_PUBLISH_FAILED.format(attempt=attempt, limit=self.max_attempts, kind=kind)
            await self._record_failure(item, via, detail, [])
            return False
        await self.desk.mark_published(item.id, where=", ".join(reached), by=PUBLISHER, channel=via.value)
        return True

    def _failures(self, item: AdvocacyItem) -> int:
        events = self.desk.store.reviews.audit_log(item.review_id)
        return sum(1 for e in events if e.action is AuditAction.PUBLISH_FAILED)

    async def _record_failure(self, item: AdvocacyItem, via: Channel, detail: str, rules: list[str]) -> None:
        record = AuditRecord(
            actor=PUBLISHER,
            action=AuditAction.PUBLISH_FAILED,
            channel=via,
            item_id=item.review_id,
            rules=rules,
            detail=detail,
        )
        await in_thread(lambda: self.desk.store.reviews.audit(record))
        log.warning("advocacy item %s: publishing %s", item.id, detail)
