"""Delivers approved advocacy items to the advocacy channel: the Teams end of bot.review.publishing.

Approval can happen anywhere (Teams, Slack, the command line, another instance), so a round runs on a timer
and whenever this instance approves one. What goes out, the claim that makes it go out once across
instances, the guardrails run again and the bounded retries with an audit row per attempt are the core's
(`service.publishing`); this module only turns an item into a card and sends it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING

from botbuilder.core import CardFactory, MessageFactory, TurnContext
from botbuilder.schema import ConversationReference

from bot.adapters.teams import cards, references
from bot.deliveries import Conversation

if TYPE_CHECKING:
    from bot.review.models import AdvocacyItem
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
        return await self.service.publishing.run(self._send, channel="teams")

    async def _send(self, item: AdvocacyItem, channels: Sequence[Conversation]) -> list[str]:
        """Post the item's card to each channel; the keys of those it reached."""
        card = cards.advocacy_card(item, self.service.config.organization.name)
        reached = []
        for channel in channels:
            if await self._post(channel, card):
                reached.append(channel.key)
        return reached

    async def _post(self, channel: Conversation, card: cards.Card) -> bool:
        async def send(turn_context: TurnContext) -> None:
            await turn_context.send_activity(MessageFactory.attachment(CardFactory.adaptive_card(card)))

        try:
            await self.continue_with(references.conversation_reference(channel), send)
        except Exception as exc:
            log.error("could not post to the advocacy channel (%s)", type(exc).__name__)
            return False
        return True

    async def _loop(self) -> None:
        while True:
            try:
                await self.run_once()
            except Exception as exc:  # keep publishing later; a database blip must not end the loop
                log.error("advocacy publishing failed (%s); retrying later", type(exc).__name__)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.interval)
            self._wake.clear()
