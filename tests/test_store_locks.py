"""The review batch lock across processes (bot/store/locks.py): a look at the queue and the queuing it decides
on are one step for every process on the database, not only for the threads of one."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.review.calls import in_thread
from bot.review.errors import ReviewStoreError
from bot.store.db import make_engine
from bot.store.locks import BatchLockTimeoutError, batch_lock
from bot.store.migrate import ADVISORY_LOCK_KEY, MIGRATION_LOCK, upgrade_to_head

pytestmark = pytest.mark.usefixtures("fresh_stores")

HOLDER = (
    "import sys\n"
    "from bot.store.db import make_engine\n"
    "from bot.store.locks import batch_lock\n"
    "with batch_lock(make_engine(sys.argv[1]), 'review-batch'):\n"
    "    print('held', flush=True)\n"
    "    sys.stdin.readline()\n"
)


def test_a_lock_held_by_another_process_on_one_sqlite_file_is_waited_for(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'carepost.db'}"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, url], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        engine = make_engine(url)
        with pytest.raises(BatchLockTimeoutError), batch_lock(engine, "review-batch", wait_seconds=0):
            pass  # the other process holds it: one attempt, refused
        with batch_lock(engine, "another-name", wait_seconds=0):
            pass  # locks of other names are independent
    finally:
        holder.communicate("\n", timeout=60)
    assert holder.returncode == 0
    with batch_lock(engine, "review-batch", wait_seconds=30):
        pass  # released with the process's `with`


def test_an_in_memory_database_needs_no_lock_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with batch_lock(make_engine("sqlite://"), "review-batch", wait_seconds=0):
        pass
    assert list(tmp_path.iterdir()) == []


def test_two_processes_queuing_one_month_at_once_queue_it_once(isolated_env: Path) -> None:
    """The same month queued from two instances at the same moment (a Slack worker and a Teams server)."""
    command = [sys.executable, "-m", "bot", "calendar", "--month", "2027-03", "--platform", "linkedin", "--submit"]
    processes = [
        subprocess.Popen(
            [*command, "--by", who, "--json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=dict(os.environ),
        )
        for who in ("U0FIRST", "U0SECOND")
    ]
    outputs = [process.communicate(timeout=300) for process in processes]
    assert [process.returncode for process in processes] == [0, 0], outputs
    submissions = [json.loads(out)["submission"] for out, _err in outputs]
    assert sorted(len(s["queued"]) for s in submissions) == [0, 14]
    assert sorted(len(s["already_queued"]) for s in submissions) == [0, 14]


def test_a_postgresql_advisory_lock_is_held_across_engines(postgres_url: str) -> None:
    first, second = make_engine(postgres_url), make_engine(postgres_url)
    try:
        with batch_lock(first, "review-batch"):
            with pytest.raises(BatchLockTimeoutError) as refused, batch_lock(second, "review-batch", wait_seconds=0.2):
                pass  # lock_timeout: the other session holds it, named as the lock that was busy
            assert refused.value.name == "review-batch"
            with batch_lock(second, "another-name", wait_seconds=0.2):
                pass
        with batch_lock(second, "review-batch", wait_seconds=5):
            pass  # unlocked when the first `with` ended
    finally:
        first.dispose()
        second.dispose()


def test_the_lock_timeout_is_not_left_on_the_pooled_connection(postgres_url: str) -> None:
    """lock_timeout is set for the locking transaction only: statements run later on the same pooled connection
    (one connection in the pool, so it is the same one) wait as the server's default says, not 200 ms."""
    engine = make_engine(postgres_url)
    try:
        with engine.connect() as connection:
            default = connection.execute(text("SHOW lock_timeout")).scalar_one()
        with batch_lock(engine, "review-batch", wait_seconds=0.2):
            pass
        with engine.connect() as connection:
            assert connection.execute(text("SHOW lock_timeout")).scalar_one() == default
    finally:
        engine.dispose()


def test_the_migration_waits_for_an_older_instance_holding_the_fixed_key(postgres_url: str) -> None:
    """Before the migration used bot.store.locks, instances took advisory key 7203114551: one of them migrating
    during a rolling upgrade still keeps a newer instance out, which then says which lock was busy."""
    older, newer = make_engine(postgres_url), make_engine(postgres_url)
    try:
        with older.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": ADVISORY_LOCK_KEY})
            connection.commit()
            with pytest.raises(BatchLockTimeoutError) as refused:
                upgrade_to_head(newer, wait_seconds=0.2)
            assert refused.value.name == MIGRATION_LOCK
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_LOCK_KEY})
            connection.commit()
        upgrade_to_head(newer, wait_seconds=5)  # the older instance done: the newer one migrates
    finally:
        older.dispose()
        newer.dispose()


def test_a_migration_held_by_another_process_on_one_sqlite_file_is_refused_by_name(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'carepost.db'}"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER.replace("'review-batch'", repr(MIGRATION_LOCK)), url],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        engine = make_engine(url)
        with pytest.raises(BatchLockTimeoutError) as refused:
            upgrade_to_head(engine, wait_seconds=0)
        assert refused.value.name == MIGRATION_LOCK
    finally:
        holder.communicate("\n", timeout=60)
    assert holder.returncode == 0


@pytest.mark.parametrize(
    ("lock", "says"),
    [
        (MIGRATION_LOCK, "upgrading the database schema"),  # start-up waited for another instance's migration
        ("review-batch", "has been queuing"),  # a month or a batch queued by another instance
    ],
)
def test_a_busy_lock_reaches_the_user_as_one_line_naming_what_waited(lock: str, says: str) -> None:
    def busy() -> None:
        raise BatchLockTimeoutError(lock)

    with pytest.raises(ReviewStoreError) as error:
        asyncio.run(in_thread(busy))
    assert says in str(error.value) and "\n" not in str(error.value)
