"""Teams conversation references (for proactive posts to the advocacy channel), keyed by channel/team id."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import sessionmaker

from bot.store.tables import ConversationReferenceRow, utcnow


class ReferenceStore:
    def __init__(self, engine: Engine) -> None:
        self.sessions = sessionmaker(engine, expire_on_commit=False)

    def save(self, key: str, data: dict[str, Any]) -> None:
        """Insert or replace: the newest reference for a channel is the one to post with."""
        if not key:
            raise ValueError("a conversation reference needs a key (the channel or team id)")
        with self.sessions.begin() as session:
            row = session.get(ConversationReferenceRow, key, with_for_update=True)
            if row is None:
                session.add(ConversationReferenceRow(key=key, data=dict(data), updated_at=utcnow()))
            else:
                row.data = dict(data)
                row.updated_at = utcnow()

    def all(self) -> list[dict[str, Any]]:
        query = select(ConversationReferenceRow).order_by(ConversationReferenceRow.key)
        with self.sessions() as session:
            return [dict(row.data) for row in session.scalars(query)]
