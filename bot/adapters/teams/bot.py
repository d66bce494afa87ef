"""The Teams bot: a TeamsActivityHandler that turns messages and card clicks into one dispatch call.

Quick requests (help, check, review steps) are answered in the turn. Slow ones (drafts and policy answers,
which may wait on an LLM) get a short acknowledgement at once and their card later, sent proactively through
the conversation reference, so that Teams never waits on the model and a slow draft never times out the turn.
Every activity is claimed in the store first, so a redelivered activity or a double click that reaches
another instance is not acted on twice.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from botbuilder.core import CardFactory, MessageFactory, TurnContext
from botbuilder.core.teams import TeamsActivityHandler, TeamsInfo
from botbuilder.schema import Activity, ActivityTypes, ChannelAccount, ConversationReference

from bot.adapters.teams import cards, references
from bot.adapters.teams.actions import decode, not_the_owner
from bot.intents import Intent, parse
from bot.messages import teams as msg
from bot.replies import Actor, CalendarReply, ErrorReply, Reply, ReviewItemReply, acknowledgement
from bot.review.models import ReviewState

if TYPE_CHECKING:
    from bot.adapters.teams.calendar_links import CalendarLinks
    from bot.adapters.teams.publisher import AdvocacyPublisher
    from bot.service import CarePost

log = logging.getLogger(__name__)

SET_ADVOCACY = re.compile(
    r"^\s*(?:use|set|make)\s+this\s+channel\s+(?:for|as)\s+(?:the\s+)?advocacy(?:\s+channel)?\s*[.!]?\s*$", re.I
)
Continue = Callable[[ConversationReference, Callable[[TurnContext], Awaitable[None]]], Awaitable[None]]


class CarePostTeamsBot(TeamsActivityHandler):  # type: ignore[misc]
    def __init__(
        self,
        service: CarePost,
        publisher: AdvocacyPublisher,
        continue_with: Continue,
        links: CalendarLinks | None = None,
    ) -> None:
        self.service = service
        self.links = links
        self.publisher = publisher
        self.continue_with = continue_with
        self._tasks: set[asyncio.Task[None]] = set()

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        activity = turn_context.activity
        if activity.id and not await self.service.deliveries.claim(
            "teams", f"{activity.conversation.id}/{activity.id}"
        ):
            return
        await references.remember(self.service, activity)
        intent = decode(activity.value)
        text = ""
        if intent is None:
            text = (TurnContext.remove_recipient_mention(activity) or activity.text or "").strip()
            if SET_ADVOCACY.match(text):
                await self._set_advocacy_channel(turn_context)
                return
            intent = parse(text)
        actor = await actor_of(turn_context)
        owner = not_the_owner(activity.value, actor)
        if owner is not None:  # someone else's draft card, seen in a team channel
            await self._reply(turn_context, ErrorReply(message=msg.DRAFT_NOT_YOURS.format(owner=owner)), actor)
            return
        ack = acknowledgement(intent)
        if ack is None:
            await self._reply(turn_context, await self.service.handle(intent, actor), actor)
            return
        await turn_context.send_activity(Activity(type=ActivityTypes.typing))
        await turn_context.send_activity(MessageFactory.text(ack))
        reference = TurnContext.get_conversation_reference(activity)
        self._spawn(self._finish_later(reference, intent, actor))

    async def on_installation_update_add(self, turn_context: TurnContext) -> None:
        await references.remember(self.service, turn_context.activity)
        await turn_context.send_activity(MessageFactory.text(msg.WELCOME))

    async def on_members_added_activity(self, members_added: list[ChannelAccount], turn_context: TurnContext) -> None:
        bot_id = turn_context.activity.recipient.id if turn_context.activity.recipient else None
        if any(member.id == bot_id for member in members_added):
            await references.remember(self.service, turn_context.activity)

    async def drain(self) -> None:
        """Let answers still being prepared reach people before the server stops."""
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    # --- internals ---

    async def _finish_later(self, reference: ConversationReference, intent: Intent, actor: Actor) -> None:
        reply = await self.service.handle(intent, actor)

        async def send(turn_context: TurnContext) -> None:
            await self._reply(turn_context, reply, actor)

        try:
            await self.continue_with(reference, send)
        except Exception as exc:  # the person already has the acknowledgement; log the kind only
            log.error("could not deliver a Teams reply (%s)", type(exc).__name__)

    async def _reply(self, turn_context: TurnContext, reply: Reply, actor: Actor) -> None:
        files = None
        if isinstance(reply, CalendarReply) and self.links is not None:
            files = self.links.for_month(reply.plan.month, [p.value for p in reply.plan.platforms], time.time())
        card = cards.render(reply, is_reviewer=self.service.may_decide(actor), owner=actor, files=files)
        await turn_context.send_activity(MessageFactory.attachment(CardFactory.adaptive_card(card)))
        if isinstance(reply, ReviewItemReply):
            await self._after_review_step(reply)

    async def _after_review_step(self, reply: ReviewItemReply) -> None:
        if reply.event == "submitted" and reply.item.state is ReviewState.SUBMITTED:
            await self._notify_reviewers(reply)
        if reply.event == "decided" and reply.item.state is ReviewState.APPROVED:
            self.publisher.wake()

    async def _notify_reviewers(self, reply: ReviewItemReply) -> None:
        card = cards.reviewer_card(reply.item)
        for saved in await self.service.deliveries.reviewer_chats():

            async def send(turn_context: TurnContext, card: dict[str, Any] = card) -> None:
                await turn_context.send_activity(MessageFactory.attachment(CardFactory.adaptive_card(card)))

            try:
                await self.continue_with(references.conversation_reference(saved), send)
            except Exception as exc:
                log.error("could not notify a reviewer in Teams (%s)", type(exc).__name__)

    async def _set_advocacy_channel(self, turn_context: TurnContext) -> None:
        if references.kind_of(turn_context.activity) != "channel":
            await turn_context.send_activity(MessageFactory.text(msg.ADVOCACY_CHANNEL_ONLY_IN_CHANNEL))
            return
        await references.remember(self.service, turn_context.activity, advocacy=True)
        await turn_context.send_activity(MessageFactory.text(msg.ADVOCACY_CHANNEL_SET))
        self.publisher.wake()

    def _spawn(self, work: Awaitable[None]) -> None:
        task: asyncio.Task[None] = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


async def actor_of(turn_context: TurnContext) -> Actor:
    """Who wrote: the AAD object id (what app.yaml lists for Teams reviewers), name and, in Teams, e-mail."""
    sender = turn_context.activity.from_property
    aad_id = getattr(sender, "aad_object_id", None) or sender.id
    email = None
    if turn_context.activity.channel_id == "msteams":
        try:
            member = await TeamsInfo.get_member(turn_context, sender.id)
            email = getattr(member, "email", None) or getattr(member, "user_principal_name", None)
        except Exception as exc:  # the roster is a nicety: the AAD id alone still identifies the person
            log.info("Teams member lookup failed (%s)", type(exc).__name__)
    return Actor(id=str(aad_id), channel="teams", display_name=getattr(sender, "name", None), email=email)
