"""Teams conversations as the core keeps them (bot.deliveries.Conversation): made from an activity, turned
back into a Bot Framework ConversationReference to post proactively. The core stores and selects them
(the advocacy channel, reviewers' personal chats); only this module knows botbuilder's shapes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from botbuilder.core import TurnContext
from botbuilder.schema import Activity, ConversationReference

from bot.deliveries import Conversation, ConversationKind

if TYPE_CHECKING:
    from bot.service import CarePost


def kind_of(activity: Activity) -> ConversationKind:
    conversation_type = getattr(activity.conversation, "conversation_type", None) or "personal"
    if conversation_type == "channel":
        return "channel"
    if conversation_type == "groupChat":
        return "group"
    return "personal"


def conversation_reference(conversation: Conversation) -> ConversationReference:
    return ConversationReference().deserialize(conversation.reference)


async def remember(service: CarePost, activity: Activity, *, advocacy: bool | None = None) -> Conversation:
    """Save (or refresh) the conversation this activity came from."""
    kind = kind_of(activity)
    reference = TurnContext.get_conversation_reference(activity)
    conversation = Conversation(
        key=f"teams:{kind}:{activity.conversation.id}",
        kind=kind,
        user_id=getattr(activity.from_property, "aad_object_id", None) if kind == "personal" else None,
        reference=reference.serialize(),
    )
    return await service.deliveries.remember(conversation, advocacy=advocacy)
