"""Alembic environment: always run online, on the connection bot.store.migrate hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from bot.store.tables import Base


def run() -> None:
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError("CarePost migrations run from bot.store.migrate, which passes a connection")
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run()
