"""Deliveries: what the chat surfaces need remembered across instances, apart from the review queue.

Two things, both in the service's store so that every instance (and a restarted one) agrees:
- claims: a Slack retry, a redelivered Teams activity or a double click is acted on once (`claim`);
- conversations: where CarePost may speak first (the Teams advocacy channel, reviewers' personal chats).

A conversation's `reference` is the surface's own serialized address (a Bot Framework ConversationReference):
the core keeps it and compares identities (bot.review.identity); only the adapter reads it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, ValidationError

from bot.review.calls import in_thread
from bot.review.identity import is_reviewer

if TYPE_CHECKING:
    from bot.store.store import Store

ConversationKind = Literal["personal", "channel", "group"]


class Conversation(BaseModel):
    """One place CarePost may post to unasked. `user_id`: the person of a personal chat (AAD object id)."""

    model_config = ConfigDict(frozen=True, populate_by_name=True)

    key: str
    kind: ConversationKind
    advocacy: bool = False
    user_id: str | None = Field(default=None, validation_alias=AliasChoices("user_id", "user_aad_id"))
    reference: dict[str, Any]


class Deliveries:
    def __init__(self, open_store: Callable[[], Store], reviewers: Sequence[str]) -> None:
        self._open_store = open_store
        self.reviewers = list(reviewers)

    async def claim(self, source: str, key: str) -> bool:
        """True the first time any instance sees (source, key); False for a retry or a double click."""
        return await in_thread(lambda: self._open_store().events.claim(source, key))

    async def remember(self, conversation: Conversation, *, advocacy: bool | None = None) -> Conversation:
        """Save (or refresh) a conversation; it stays the advocacy channel unless `advocacy` says otherwise."""
        previous = await self.find(conversation.key)
        keep = previous.advocacy if previous is not None else conversation.advocacy
        saved = conversation.model_copy(update={"advocacy": keep if advocacy is None else advocacy})
        data = saved.model_dump(mode="json")
        await in_thread(lambda: self._open_store().references.save(saved.key, data))
        return saved

    async def conversations(self) -> list[Conversation]:
        out = []
        for data in await in_thread(lambda: self._open_store().references.all()):
            try:
                out.append(Conversation.model_validate(data))
            except ValidationError:
                continue  # a record of another shape (written by an older adapter)
        return out

    async def find(self, key: str) -> Conversation | None:
        return next((c for c in await self.conversations() if c.key == key), None)

    async def advocacy_channels(self) -> list[Conversation]:
        return [c for c in await self.conversations() if c.advocacy]

    async def reviewer_chats(self) -> list[Conversation]:
        """The personal chats of people listed under review.reviewers: where review requests go."""
        return [
            c
            for c in await self.conversations()
            if c.kind == "personal" and c.user_id and is_reviewer(c.user_id, self.reviewers)
        ]
