"""How the core reaches the store: in a worker thread, with database outages turned into ReviewStoreError.

The desk and the delivery ledger run their synchronous SQLAlchemy work through `in_thread`, so the chat
adapters' event loop never blocks, and adapters handle one error family (bot.review.errors) and never
import SQLAlchemy.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

from bot.messages import review as msg
from bot.review.errors import ReviewInputError, ReviewStoreError

T = TypeVar("T")


async def in_thread(call: Callable[[], T]) -> T:
    """Make one store call off the event loop."""
    return await asyncio.to_thread(_run, call)


def _run(call: Callable[[], T]) -> T:
    from sqlalchemy.exc import InterfaceError, OperationalError

    from bot.store.db import DatabaseUrlError

    try:
        return call()
    except DatabaseUrlError as exc:
        raise ReviewInputError(msg.BAD_DATABASE_URL.format(detail=exc)) from None
    except (OperationalError, InterfaceError) as exc:
        kind = type(exc.orig).__name__ if exc.orig is not None else type(exc).__name__
        raise ReviewStoreError(msg.STORE_UNAVAILABLE.format(kind=kind)) from exc
