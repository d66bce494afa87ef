"""Conversation references: where CarePost may speak first (the advocacy channel, reviewers' personal chats).

Kept in the service's store (not in memory) so that every instance, and a restarted one, can post
proactively. Each record is a dict: the serialized Bot Framework ConversationReference plus what kind of
conversation it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from botbuilder.core import TurnContext
from botbuilder.schema import Activity, ConversationReference
from pydantic import BaseModel

if TYPE_CHECKING:
    from bot.service import CarePost

Kind = Literal["personal", "channel", "group"]


class SavedReference(BaseModel):
    key: str
    kind: Kind
    advocacy: bool = False
    user_aad_id: str | None = None
    reference: dict[str, Any]

    def conversation_reference(self) -> ConversationReference:
        return ConversationReference().deserialize(self.reference)


def kind_of(activity: Activity) -> Kind:
    conversation_type = getattr(activity.conversation, "conversation_type", None) or "personal"
    if conversation_type == "channel":
        return "channel"
    if conversation_type == "groupChat":
        return "group"
    return "personal"


async def remember(service: CarePost, activity: Activity, *, advocacy: bool | None = None) -> SavedReference:
    """Save (or refresh) the reference of the conversation this activity came from."""
    kind = kind_of(activity)
    reference = TurnContext.get_conversation_reference(activity)
    key = f"teams:{kind}:{activity.conversation.id}"
    previous = await find(service, key)
    saved = SavedReference(
        key=key,
        kind=kind,
        advocacy=advocacy if advocacy is not None else bool(previous and previous.advocacy),
        user_aad_id=getattr(activity.from_property, "aad_object_id", None) if kind == "personal" else None,
        reference=reference.serialize(),
    )
    await service.save_conversation_reference(key, saved.model_dump(mode="json"))
    return saved


async def all_saved(service: CarePost) -> list[SavedReference]:
    out = []
    for data in await service.conversation_references():
        try:
            out.append(SavedReference.model_validate(data))
        except ValueError:
            continue  # a record written by another adapter
    return out


async def find(service: CarePost, key: str) -> SavedReference | None:
    return next((r for r in await all_saved(service) if r.key == key), None)


async def advocacy_channels(service: CarePost) -> list[SavedReference]:
    return [r for r in await all_saved(service) if r.advocacy]


async def personal_chats_of(service: CarePost, identities: set[str]) -> list[SavedReference]:
    wanted = {i.lower() for i in identities}
    return [
        r
        for r in await all_saved(service)
        if r.kind == "personal" and r.user_aad_id and r.user_aad_id.lower() in wanted
    ]
