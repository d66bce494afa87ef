"""How the service reaches the desk: in a worker thread, with database outages turned into ReviewStoreError.

Adapters then handle one error family from bot.review.errors and never import SQLAlchemy.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from bot.messages import review as msg
from bot.review.errors import ReviewInputError, ReviewStoreError

if TYPE_CHECKING:
    from bot.review.desk import ReviewDesk

T = TypeVar("T")


async def on_desk(open_desk: Callable[[], ReviewDesk], call: Callable[[ReviewDesk], T]) -> T:
    """Open the desk and make one call on it, off the event loop."""
    return await asyncio.to_thread(_run, open_desk, call)


def _run(open_desk: Callable[[], ReviewDesk], call: Callable[[ReviewDesk], T]) -> T:
    from sqlalchemy.exc import InterfaceError, OperationalError

    from bot.store.db import DatabaseUrlError

    try:
        return call(open_desk())
    except DatabaseUrlError as exc:
        raise ReviewInputError(msg.BAD_DATABASE_URL.format(detail=exc)) from None
    except (OperationalError, InterfaceError) as exc:
        kind = type(exc.orig).__name__ if exc.orig is not None else type(exc).__name__
        raise ReviewStoreError(msg.STORE_UNAVAILABLE.format(kind=kind)) from exc
