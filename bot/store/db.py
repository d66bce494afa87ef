"""Engines: one per database URL per process, the schema brought to head before first use.

SQLite (the default, a file in the data directory) gets WAL, a busy timeout and `BEGIN IMMEDIATE` for every
transaction, so that two processes on one file queue for the write lock instead of failing half-way.
PostgreSQL (`postgresql+psycopg://...`) is for several instances; nothing special is needed there.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

SQLITE_BUSY_TIMEOUT_MS = 30_000

_ENGINES: dict[str, Engine] = {}
_LOCK = threading.Lock()


class DatabaseUrlError(ValueError):
    """CAREPOST_DATABASE_URL is not a URL this installation can use."""


class DataDirError(Exception):
    """The folder of the SQLite file cannot be made (CAREPOST_DATA_DIR or storage.data_dir is a file, read-only...)."""

    def __init__(self, folder: Path, problem: str) -> None:
        super().__init__(f"{folder}: {problem}")
        self.folder = folder
        self.problem = problem


def make_engine(url: str) -> Engine:
    """A new engine for `url` (the data directory of a SQLite file is created). Does not migrate.

    `postgresql://` and `postgres://` mean psycopg 3, the driver CarePost ships with.
    """
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        parsed = make_url(url)
        if parsed.drivername in ("postgresql", "postgres"):
            parsed = parsed.set(drivername="postgresql+psycopg")
        if parsed.get_backend_name() == "sqlite":
            return _sqlite_engine(parsed.render_as_string(hide_password=False), parsed.database)
        return create_engine(parsed, pool_pre_ping=True, future=True)
    except (ArgumentError, ValueError):
        raise DatabaseUrlError("not a database URL") from None  # never echo it: it may hold a password
    except (NoSuchModuleError, ImportError) as exc:
        raise DatabaseUrlError(str(exc).splitlines()[0]) from None


def shared_engine(url: str) -> Engine:
    """The process-wide engine for `url`, migrated to head the first time it is asked for."""
    from bot.store.migrate import upgrade_to_head

    with _LOCK:
        engine = _ENGINES.get(url)
        if engine is None:
            engine = make_engine(url)
            try:
                upgrade_to_head(engine)
            except BaseException:
                engine.dispose()
                raise
            _ENGINES[url] = engine
        return engine


def dispose_all() -> None:
    """Close every shared engine (end of a test, end of the process)."""
    with _LOCK:
        for engine in _ENGINES.values():
            engine.dispose()
        _ENGINES.clear()


def _sqlite_engine(url: str, database: str | None) -> Engine:
    if database and database != ":memory:" and not database.startswith("file:"):
        folder = Path(database).expanduser().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DataDirError(folder, exc.strerror or type(exc).__name__) from None
    engine = create_engine(url, future=True, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below emit BEGIN itself (pysqlite's own handling defers it).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        # WAL stays with the file once set. Switching needs the file to itself and SQLite may answer "database is
        # locked" without waiting, so a connection to a file already in WAL does not ask again.
        if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Take the write lock at the start: a deferred transaction that later writes can fail with
        # SQLITE_BUSY when another process wrote in between, which no busy timeout retries.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
