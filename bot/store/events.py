"""Event dedupe for the chat adapters: a Slack retry or a double click is acted on once, by one instance.

A (source, key) pair is claimed by inserting it under a unique constraint: the database decides who was
first, across processes and machines. Claims older than the retention are purged now and then.
"""

from __future__ import annotations

import hashlib
import threading
import time
from datetime import timedelta

from sqlalchemy import Engine, delete, insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from bot.store.tables import ProcessedEventRow, utcnow

DEFAULT_RETENTION = timedelta(days=1)  # Slack retries within minutes; a day leaves a wide margin.
PURGE_EVERY_SECONDS = 600.0
MAX_SOURCE = 64
MAX_KEY = 255


class EventStore:
    def __init__(self, engine: Engine, retention: timedelta = DEFAULT_RETENTION) -> None:
        self.engine = engine
        self.retention = retention
        self._last_purge = 0.0
        self._purge_lock = threading.Lock()

    def claim(self, source: str, key: str) -> bool:
        """True the first time (source, key) is seen by any instance, False for every repeat."""
        if not source or not key:
            raise ValueError("claim_event needs a non-empty source and key")
        values = {"source": _fit(source, MAX_SOURCE), "key": _fit(key, MAX_KEY), "created_at": utcnow()}
        self._maybe_purge()
        dialect = self.engine.dialect.name
        if dialect in ("postgresql", "sqlite"):
            module = postgresql if dialect == "postgresql" else sqlite
            statement = (
                module.insert(ProcessedEventRow)
                .values(**values)
                .on_conflict_do_nothing()
                .returning(ProcessedEventRow.id)  # rowcount is not reliable here on every driver
            )
            with self.engine.begin() as connection:
                return connection.execute(statement).first() is not None
        try:
            with self.engine.begin() as connection:
                connection.execute(insert(ProcessedEventRow).values(**values))
        except IntegrityError:
            return False
        return True

    def purge(self, older_than: timedelta | None = None) -> int:
        """Forget claims older than the retention; returns how many were removed."""
        cutoff = utcnow() - (older_than if older_than is not None else self.retention)
        with self.engine.begin() as connection:
            result = connection.execute(delete(ProcessedEventRow).where(ProcessedEventRow.created_at < cutoff))
            return int(result.rowcount)

    def _maybe_purge(self) -> None:
        now = time.monotonic()
        with self._purge_lock:
            if now - self._last_purge < PURGE_EVERY_SECONDS and self._last_purge:
                return
            self._last_purge = now
        self.purge()


def _fit(value: str, limit: int) -> str:
    """Long keys become a digest, not a prefix: two long keys that share a beginning stay two keys."""
    if len(value) <= limit:
        return value
    return ("sha256:" + hashlib.sha256(value.encode("utf-8")).hexdigest())[:limit]
