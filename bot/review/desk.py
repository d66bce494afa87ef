"""The review desk: the async door to the rules of the queue (bot.review.rules), applied before anything
reaches the store.

One desk per CarePost (`service.review`), built on first use with the service's engine and a way to open its
store. Its public methods are async: each runs its synchronous rules and store calls in a worker thread
(bot.review.calls), so there is one implementation and the chat adapters' event loop never blocks. The
guardrails run at submission, at approval and at publication with the service's own engine, because the
configuration may have changed in between; a blocked text is never queued and never approved.

Who a person is (their identity and its aliases, whether they are a reviewer) is decided in the desk and only
there, through bot.review.identity; so is every rule of a decision (reviewer, own draft, state, comment,
re-check).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

from bot.review.calls import in_thread
from bot.review.identity import is_reviewer
from bot.review.inputs import parse_id, parse_state
from bot.review.models import AdvocacyItem, AuditEvent, ReviewItem, ReviewState
from bot.review.rules import Action, QueueRules
from bot.store.locks import batch_lock
from bot.store.store import Store
from guardrails import Engine, Report

__all__ = ["Action", "ReviewDesk"]

T = TypeVar("T")


class ReviewDesk(QueueRules):
    def __init__(
        self,
        open_store: Callable[[], Store],
        reviewers: Sequence[str],
        engine: Engine,
        *,
        allow_self_approval: bool = False,
        pillar_key: Callable[[str], str] | None = None,
    ) -> None:
        """`open_store` gives the store (opened and migrated on first call, in a worker thread). `pillar_key`
        turns a pillar as typed (`Educational`) into its key (`education`), raising ValueError with a one-line
        message for an unknown one; without it pillars are only lower-cased."""
        self._open_store = open_store
        self.reviewers = list(reviewers)
        self.engine = engine
        self.allow_self_approval = allow_self_approval
        self.pillar_key = pillar_key
        self._batch = threading.Lock()  # a thread lock, not an asyncio one: Slack and Teams call from other loops

    # --- the async door: one thread hop per call ---

    async def prepare(self) -> None:
        """Open and migrate the store now (`carepost serve` start-up) instead of on the first request."""
        await in_thread(lambda: self.store)

    async def submit(
        self,
        *,
        text: str,
        platform: str | None,
        submitted_by: str,
        channel: str,
        pillar: str | None = None,
        topic: str | None = None,
        report: Report | None = None,
        aliases: Sequence[str] = (),
    ) -> ReviewItem:
        """Guardrail the text again and queue it; a blocked text is refused (SubmissionBlockedError).

        `aliases`: the submitter's other identities (their e-mail beside a Slack id), so none of them approves it.
        """
        return await in_thread(
            lambda: self.submit_now(
                text=text,
                platform=platform,
                submitted_by=submitted_by,
                channel=channel,
                pillar=pillar,
                topic=topic,
                report=report,
                aliases=aliases,
            )
        )

    async def in_one_step(self, work: Callable[[], T]) -> T:
        """Run `work` (synchronous store calls and submit_now) in a worker thread, one such batch at a time on
        this database (a thread lock here, the database's own lock across processes: bot.store.locks): a look at
        the queue and the queuing it decides on cannot interleave with another batch's (two clicks on the same
        calendar card, or the same month queued from Slack and Teams at once, queue it once)."""

        def exclusive() -> T:
            with self._batch, batch_lock(self.store.engine, "review-batch"):
                return work()

        return await in_thread(exclusive)

    def waiting_now(self) -> list[ReviewItem]:
        """The items waiting for a reviewer (in a worker thread, inside in_one_step)."""
        return self.store.reviews.items(ReviewState.SUBMITTED)

    async def decide(
        self,
        action: Action,
        item_id: int | str,
        *,
        by: str,
        channel: str,
        comment: str | None = None,
        aliases: Sequence[str] = (),
    ) -> ReviewItem:
        """approve / reject / changes. Approving adds the item to the advocacy library, once."""
        return await in_thread(
            lambda: self.decide_now(action, item_id, by=by, channel=channel, comment=comment, aliases=aliases)
        )

    async def get(self, item_id: int | str) -> ReviewItem:
        return await in_thread(lambda: self.get_now(item_id))

    async def list_items(self, state: str | ReviewState | None = None) -> list[ReviewItem]:
        return await in_thread(lambda: self.store.reviews.items(parse_state(state) if state is not None else None))

    async def audit_log(self, item_id: int | str | None = None) -> list[AuditEvent]:
        number = parse_id(item_id) if item_id is not None else None
        return await in_thread(lambda: self.store.reviews.audit_log(number))

    async def advocacy_list(self, platform: str | None = None, pillar: str | None = None) -> list[AdvocacyItem]:
        """Approved items still postable under today's configuration (a rule added since hides an item)."""
        return await in_thread(lambda: self.advocacy_now(platform, pillar))

    async def advocacy_pick(self, platform: str | None = None, pillar: str | None = None) -> AdvocacyItem | None:
        """Something to share: the newest approved item not yet published, else the newest approved one."""
        items = await self.advocacy_list(platform, pillar)
        fresh = [item for item in items if item.published_at is None]
        choice = fresh or items
        return choice[0] if choice else None

    async def get_advocacy(self, advocacy_id: int | str) -> AdvocacyItem:
        return await in_thread(lambda: self.get_advocacy_now(advocacy_id))

    async def mark_published(
        self, advocacy_id: int | str, *, where: str, by: str, channel: str = "cli"
    ) -> AdvocacyItem:
        """Guardrail the advocacy item again, then record where it went out."""
        return await in_thread(lambda: self.mark_published_now(advocacy_id, where=where, by=by, channel=channel))

    def may_decide(self, identities: Sequence[str | None]) -> bool:
        """Whether one of a person's identities is listed under review.reviewers (to offer the buttons)."""
        return any(is_reviewer(i, self.reviewers) for i in identities if i)
