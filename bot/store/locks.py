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
from sqlalchemy.exc import OperationalError

WAIT_SECONDS = 120.0  # a month is planned before the lock is taken: what waits is only its queuing


# PostgreSQL's SQLSTATE for "lock_timeout expired while waiting" (lock_not_available).
LOCK_NOT_AVAILABLE = "55P03"


class BatchLockTimeoutError(RuntimeError):
    """Another process held the lock `name` for longer than the wait allowed; callers word it per lock."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


@contextmanager
def batch_lock(
    engine: Engine, name: str, wait_seconds: float = WAIT_SECONDS, *, advisory_key: int | None = None
) -> Iterator[None]:
    """Hold the database-wide lock `name` for the body of the `with`. `advisory_key` pins the PostgreSQL key of a
    lock that older versions took under a fixed number, so that an old and a new instance still exclude each other
    during a rolling upgrade; other locks derive theirs from the name."""
    if engine.dialect.name == "postgresql":
        with _advisory(engine, name, wait_seconds, advisory_key if advisory_key is not None else _key(name)):
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


def _key(name: str) -> int:
    return int.from_bytes(hashlib.sha256(f"carepost:{name}".encode()).digest()[:8], "big", signed=True)


@contextmanager
def _advisory(engine: Engine, name: str, wait_seconds: float, key: int) -> Iterator[None]:
    """A session advisory lock, waited for at most `wait_seconds`. The timeout is set for the locking transaction
    only (`set_config(..., true)`), so the pooled connection does not keep it for whatever runs on it next."""
    with engine.connect() as connection:
        try:
            with connection.begin():
                connection.execute(
                    text("SELECT set_config('lock_timeout', :ms, true)"), {"ms": f"{int(wait_seconds * 1000)}"}
                )
                connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": key})
        except OperationalError as exc:
            if getattr(exc.orig, "sqlstate", None) == LOCK_NOT_AVAILABLE:
                raise BatchLockTimeoutError(name) from None
            raise
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
            connection.commit()
