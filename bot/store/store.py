"""One object per database: the queue, the event claims and the conversation references on one engine."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from sqlalchemy import Engine

from bot.store.db import dispose_all, make_engine, shared_engine
from bot.store.events import EventStore
from bot.store.migrate import upgrade_to_head
from bot.store.queue import ReviewStore
from bot.store.references import ReferenceStore


@dataclass(frozen=True)
class Store:
    engine: Engine
    reviews: ReviewStore
    events: EventStore
    references: ReferenceStore

    @classmethod
    def on(cls, engine: Engine) -> Store:
        return cls(engine, ReviewStore(engine), EventStore(engine), ReferenceStore(engine))

    @classmethod
    def shared(cls, url: str) -> Store:
        """The process-wide store for `url`, schema at head (what the service uses)."""
        with _LOCK:
            store = _STORES.get(url)
            if store is None:
                store = _STORES[url] = cls.on(shared_engine(url))
            return store

    @classmethod
    def open_new(cls, url: str) -> Store:
        """A store with its own engine, schema at head: what a second instance would have. Close it."""
        engine = make_engine(url)
        upgrade_to_head(engine)
        return cls.on(engine)

    def close(self) -> None:
        self.engine.dispose()


_STORES: dict[str, Store] = {}
_LOCK = threading.Lock()


def close_shared_stores() -> None:
    """Dispose of every process-wide store (tests, shutdown)."""
    with _LOCK:
        _STORES.clear()
        dispose_all()
