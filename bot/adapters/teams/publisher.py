"""Posts approved advocacy items to the advocacy channel, proactively, exactly once across instances.

Approval can happen anywhere (Teams, Slack, the command line, another instance), so the publisher does
not wait to be told: it looks for approved items not yet published, on a timer and whenever this instance
approves one. Each item is claimed in the store before posting, so two instances never post it twice, and
it is guardrailed again just before it goes out (the configuration may have changed since approval).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from botbuilder.core import CardFactory, MessageFactory, TurnContext
from botbuilder.schema import ConversationReference

from bot.adapters.teams import cards, references
from bot.deliveries import Conversation
from guardrails import Verdict

if TYPE_CHECKING:
    from bot.service import CarePost

log = logging.getLogger(__name__)

Continue = Callable[[ConversationReference, Callable[[TurnContext], Awaitable[None]]], Awaitable[None]]


class AdvocacyPublisher:
    def __init__(self, service: CarePost, continue_with: Continue, interval_seconds: float = 30.0) -> None:
        self.service = service
        self.continue_with = continue_with
        self.interval = interval_seconds
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._running = asyncio.Lock()

    def wake(self) -> None:
        self._wake.set()

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.ensure_future(self._loop())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def idle(self) -> None:
        """Return once no publishing round is under way (a round in progress is waited for)."""
        async with self._running:
            return

    async def run_once(self) -> int:
        """Publish what is waiting; returns how many items went out. One round at a time per instance."""
        async with self._running:
            return await self._publish_waiting()

    async def _publish_waiting(self) -> int:
        channels = await self.service.deliveries.advocacy_channels()
        if not channels:
            return 0
        published = 0
        for item in await self.service.review.advocacy_list():
            if item.published_at is not None:
                continue
            if not await self.service.deliveries.claim("teams-advocacy", str(item.id)):
                continue
            report = self.service.check(item.text, item.platform)
            if report.verdict is Verdict.BLOCK:
                log.warning("advocacy item %s is blocked now (rules %s); not published", item.id, report.rules)
                continue
            card = cards.advocacy_card(item, self.service.config.organization.name)
            where = [await self._post(channel, card) for channel in channels]
            if any(where):
                await self.service.review.mark_published(
                    item.id, where=", ".join(w for w in where if w), by="carepost", channel="teams"
                )
                published += 1
        return published

    async def _post(self, channel: Conversation, card: cards.Card) -> str | None:
        async def send(turn_context: TurnContext) -> None:
            await turn_context.send_activity(MessageFactory.attachment(CardFactory.adaptive_card(card)))

        try:
            await self.continue_with(references.conversation_reference(channel), send)
        except Exception as exc:
            log.error("could not post to the advocacy channel (%s)", type(exc).__name__)
            return None
        return channel.key

    async def _loop(self) -> None:
        while True:
            try:
                await self.run_once()
            except Exception as exc:  # keep publishing later; a database blip must not end the loop
                log.error("advocacy publishing failed (%s); retrying later", type(exc).__name__)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.interval)
            self._wake.clear()
