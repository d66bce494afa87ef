"""Bring the schema to the newest revision at start-up, with Alembic driven from code.

The migrations ship as package data (bot/store/migrations). Two instances starting at once must not both
migrate: the database-wide lock of bot.store.locks serialises them (an advisory lock on PostgreSQL, a lock file
beside a SQLite file), and the whole upgrade runs in one transaction, so a second instance reads the revision
only after the first one committed all of its steps. `BEGIN IMMEDIATE` alone was not enough: Alembic commits
after each step on SQLite, and an instance that read "no revision" before the first step ran the second step
again ("duplicate column"). Within one process a thread lock serialises them too: Alembic's `context` is a
module-level proxy, not thread-safe.
"""

from __future__ import annotations

import threading
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine

from bot.store.locks import WAIT_SECONDS, batch_lock

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
MIGRATION_LOCK = "schema-migration"
# The PostgreSQL advisory key CarePost took for the migration before it used bot.store.locks (fixed number, not
# derived from the name): kept, so an instance of an older version starting beside this one still waits for it.
ADVISORY_LOCK_KEY = 7_203_114_551
_IN_PROCESS = threading.Lock()


def alembic_config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade_to_head(engine: Engine, wait_seconds: float = WAIT_SECONDS) -> None:
    """Migrate to head, waiting at most `wait_seconds` for another instance's migration (then
    BatchLockTimeoutError(MIGRATION_LOCK), which the callers word as a one-line error)."""
    with (
        _IN_PROCESS,
        batch_lock(engine, MIGRATION_LOCK, wait_seconds, advisory_key=ADVISORY_LOCK_KEY),
        engine.connect() as connection,
        connection.begin(),
    ):
        command.upgrade(alembic_config(connection), "head")


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
