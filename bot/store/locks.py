"""One lock per database across processes, for work that reads the queue and then writes what it decided.

The review desk's thread lock serialises such a batch inside one process. Two processes on one database (a Slack
worker and a Teams server, two instances behind a load balancer) need the database's own lock: otherwise both
look at the queue, neither finds the month, and both queue it. PostgreSQL has session advisory locks for this;
a SQLite file is shared only by processes on one machine, so a lock file beside it does the same. An in-memory
database belongs to one process and needs nothing more than the thread lock.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager

from filelock import FileLock, Timeout
from sqlalchemy import Engine, text

WAIT_SECONDS = 120.0  # a month is planned before the lock is taken: what waits is only its queuing


class BatchLockTimeoutError(RuntimeError):
    """Another process held the lock for longer than WAIT_SECONDS."""


@contextmanager
def batch_lock(engine: Engine, name: str, wait_seconds: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the database-wide lock `name` for the body of the `with`."""
    if engine.dialect.name == "postgresql":
        with _advisory(engine, name, wait_seconds):
            yield
        return
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:" or database.startswith("file:"):
        yield
        return
    try:
        with FileLock(f"{database}.{name}.lock", timeout=wait_seconds):
            yield
    except Timeout:
        raise BatchLockTimeoutError(name) from None


@contextmanager
def _advisory(engine: Engine, name: str, wait_seconds: float) -> Iterator[None]:
    key = int.from_bytes(hashlib.sha256(f"carepost:{name}".encode()).digest()[:8], "big", signed=True)
    with engine.connect() as connection:
        connection.execute(text("SELECT set_config('lock_timeout', :ms, false)"), {"ms": f"{int(wait_seconds * 1000)}"})
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": key})
        connection.commit()
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
            connection.commit()
