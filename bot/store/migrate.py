"""Bring the schema to the newest revision at start-up, with Alembic driven from code.

The migrations ship as package data (bot/store/migrations). Two instances starting at once must not both
migrate: on PostgreSQL an advisory lock serialises them; on SQLite `BEGIN IMMEDIATE` does the same. Within
one process a lock serialises them too: Alembic's `context` is a module-level proxy, not thread-safe.
"""

from __future__ import annotations

import threading
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, text

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# An arbitrary constant that names "CarePost schema migration" among the advisory locks of the database.
ADVISORY_LOCK_KEY = 7_203_114_551
_IN_PROCESS = threading.Lock()


def alembic_config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade_to_head(engine: Engine) -> None:
    with _IN_PROCESS, engine.connect() as connection:
        postgres = connection.dialect.name == "postgresql"
        if postgres:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": ADVISORY_LOCK_KEY})
            connection.commit()
        try:
            command.upgrade(alembic_config(connection), "head")
            connection.commit()
        finally:
            if postgres:
                connection.rollback()
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_LOCK_KEY})
                connection.commit()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
