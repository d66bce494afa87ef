"""How the core reaches the store: in a worker thread, with database outages turned into ReviewStoreError.

The desk and the delivery ledger run their synchronous SQLAlchemy work through `in_thread`, so the chat
adapters' event loop never blocks, and adapters handle one error family (bot.review.errors) and never
import SQLAlchemy.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from bot.messages import review as msg
from bot.review.errors import ReviewInputError, ReviewStoreError

if TYPE_CHECKING:
    from sqlalchemy.exc import DBAPIError

T = TypeVar("T")


async def in_thread(call: Callable[[], T]) -> T:
    """Make one store call off the event loop."""
    return await asyncio.to_thread(_run, call)


def _run(call: Callable[[], T]) -> T:
    from sqlalchemy.exc import DatabaseError, InterfaceError, OperationalError

    from bot.store.db import DatabaseUrlError, DataDirError
    from bot.store.locks import BatchLockTimeoutError
    from bot.store.migrate import MIGRATION_LOCK

    try:
        return call()
    except BatchLockTimeoutError as exc:
        raise ReviewStoreError(msg.MIGRATION_BUSY if exc.name == MIGRATION_LOCK else msg.BATCH_BUSY) from None
    except DatabaseUrlError as exc:
        raise ReviewInputError(msg.BAD_DATABASE_URL.format(detail=exc)) from None
    except DataDirError as exc:
        raise ReviewInputError(msg.DATA_DIR_UNUSABLE.format(folder=exc.folder, problem=exc.problem)) from None
    except (OperationalError, InterfaceError) as exc:
        raise ReviewStoreError(msg.STORE_UNAVAILABLE.format(kind=_kind(exc))) from exc
    except DatabaseError as exc:  # after OperationalError, its subclass: a file that is not a database
        raise ReviewStoreError(msg.STORE_UNREADABLE.format(kind=_kind(exc))) from exc


def _kind(exc: DBAPIError) -> str:
    return type(exc.orig).__name__ if exc.orig is not None else type(exc).__name__
