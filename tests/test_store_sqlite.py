"""The store on the default SQLite file: schema from the migrations, dedupe, references, two engines at once."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import inspect

from bot.config import AppConfig
from bot.store.migrate import current_revision, upgrade_to_head
from bot.store.store import Store

pytestmark = pytest.mark.usefixtures("fresh_stores")
HEAD = "0002"


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'nested' / 'dir' / 'carepost.db'}"


def test_the_default_database_is_a_file_in_the_data_dir_which_is_created(isolated_env: Path) -> None:
    url = AppConfig().database_url()
    assert url == f"sqlite:///{isolated_env / 'data' / 'carepost.db'}"
    store = Store.shared(url)
    assert (isolated_env / "data" / "carepost.db").is_file()
    assert current_revision(store.engine) == HEAD


def test_the_migrations_create_exactly_the_tables_the_models_describe(url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from bot.store.tables import Base

    store = Store.open_new(url)
    try:
        with store.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
        assert set(inspect(store.engine).get_table_names()) >= {
            "drafts",
            "reviews",
            "advocacy_items",
            "audit_events",
            "processed_events",
            "conversation_references",
            "alembic_version",
        }
    finally:
        store.close()


def test_upgrading_again_is_a_no_op(url: str) -> None:
    store = Store.open_new(url)
    try:
        store.events.claim("slack", "kept")
        upgrade_to_head(store.engine)
        assert current_revision(store.engine) == HEAD
        assert store.events.claim("slack", "kept") is False  # the data survived the second upgrade
    finally:
        store.close()


def test_claim_event_is_true_once_per_source_and_key(url: str) -> None:
    store = Store.shared(url)
    assert store.events.claim("slack", "Ev123") is True
    assert store.events.claim("slack", "Ev123") is False
    assert store.events.claim("teams", "Ev123") is True
    with pytest.raises(ValueError, match="non-empty"):
        store.events.claim("slack", "")


def test_old_claims_expire(url: str) -> None:
    store = Store.shared(url)
    store.events.claim("slack", "old")
    assert store.events.purge(older_than=timedelta(seconds=-1)) == 1  # everything is older than "the future"
    assert store.events.claim("slack", "old") is True
    assert store.events.purge() == 0  # the default retention keeps a fresh claim


def test_two_engines_on_one_sqlite_file_claim_once(url: str) -> None:
    first, second = Store.open_new(url), Store.open_new(url)
    results: list[bool] = []
    barrier = threading.Barrier(2)

    def claim(store: Store) -> None:
        barrier.wait(timeout=30)
        results.append(store.events.claim("slack", "double-click"))

    try:
        threads = [threading.Thread(target=claim, args=(s,)) for s in (first, second)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert sorted(results) == [False, True]
    finally:
        first.close()
        second.close()


def test_conversation_references_are_saved_and_replaced(url: str) -> None:
    store = Store.shared(url)
    store.references.save("19:channel@thread.tacv2", {"conversation": {"id": "19:channel"}, "serviceUrl": "http://a"})
    store.references.save("19:channel@thread.tacv2", {"conversation": {"id": "19:channel"}, "serviceUrl": "http://b"})
    store.references.save("19:other", {"conversation": {"id": "19:other"}})
    refs = store.references.all()
    assert len(refs) == 2
    assert refs[0]["serviceUrl"] == "http://b"


def test_long_event_keys_are_kept_apart_by_a_digest(url: str) -> None:
    store = Store.shared(url)
    base = "x" * 300
    assert store.events.claim("slack", base + "a") is True
    assert store.events.claim("slack", base + "b") is True
    assert store.events.claim("slack", base + "a") is False
    assert store.events.claim("s" * 100, "k") is True


def test_a_decision_that_fails_half_way_leaves_nothing_behind(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Decision, advocacy item and audit event commit together: a crash in between loses nothing and adds nothing."""
    from bot.review.desk import ReviewDesk
    from bot.store import queue
    from guardrails import Engine

    store = Store.shared(url)
    desk = ReviewDesk(lambda: store, ["U0REVIEW1"], Engine())
    item = desk.submit_now(text="Blood drive Friday", platform="x", submitted_by="U0A", channel="slack")

    def crash(*_args: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(queue, "_add_advocacy", crash)
    with pytest.raises(RuntimeError, match="power cut"):
        desk.decide_now("approve", item.id, by="U0REVIEW1", channel="slack", comment=None)
    assert desk.get_now(item.id).state.value == "submitted"
    assert store.reviews.advocacy() == []
    assert [e.action.value for e in desk.store.reviews.audit_log(item.id)] == ["submitted"]
    monkeypatch.undo()
    assert desk.decide_now("approve", item.id, by="U0REVIEW1", channel="slack", comment=None).state.value == "approved"


def test_a_database_made_by_the_first_release_upgrades_with_its_data(url: str) -> None:
    """Upgrades survive: rows written at revision 0001 are read back after every later migration."""
    from alembic import command
    from sqlalchemy import text

    from bot.store.db import make_engine
    from bot.store.migrate import alembic_config

    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            command.upgrade(alembic_config(connection), "0001")
            connection.commit()
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO drafts (id, platform, text, verdict, report, submitted_by, submitted_via, created_at)"
                    " VALUES (1, 'x', 'Old post', 'pass', '{}', 'U0OLD', 'slack', '2026-01-01 10:00:00')"
                )
            )
            connection.execute(
                text(
                    "INSERT INTO reviews (id, draft_id, state, version, created_at) VALUES (7, 1, 'submitted', 1, :at)"
                ),
                {"at": "2026-01-01 10:00:00"},
            )
        assert current_revision(engine) == "0001"
        upgrade_to_head(engine)
        store = Store.on(engine)
        item = store.reviews.get(7)
        assert item is not None and item.text == "Old post" and item.submitter_aliases == []
        assert current_revision(engine) == HEAD
    finally:
        engine.dispose()


def test_two_instances_migrating_one_file_at_once_both_end_at_head(url: str) -> None:
    results: list[Store] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def open_store() -> None:
        try:
            barrier.wait(timeout=30)
            results.append(Store.open_new(url))
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=open_store) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    try:
        assert errors == []
        assert [current_revision(s.engine) for s in results] == [HEAD, HEAD]
    finally:
        for store in results:
            store.close()


def test_processes_migrating_one_fresh_file_at_once_all_succeed(url: str) -> None:
    """`carepost` instances started together on a new SQLite file: each migrates or waits, none fails.

    With two processes this failed about one run in ten before the migration lock ("database is locked" from the
    WAL switch, "duplicate column" from a step run twice); four make the race likelier.
    """
    code = (
        "import sys\n"
        "from bot.store.store import Store\n"
        "from bot.store.migrate import current_revision\n"
        "store = Store.open_new(sys.argv[1])\n"
        "print(current_revision(store.engine))\n"
    )
    processes = [
        subprocess.Popen([sys.executable, "-c", code, url], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    outputs = [process.communicate(timeout=120) for process in processes]
    assert [process.returncode for process in processes] == [0] * 4, outputs
    assert [out.strip() for out, _err in outputs] == [HEAD] * 4


def test_two_processes_approving_at_once_on_one_file_make_one_approval(isolated_env: Path) -> None:
    import os

    config = isolated_env / "app.yaml"
    config.write_text('review:\n  reviewers: ["a@example.org", "b@example.org"]\n', encoding="utf-8")
    submit = [sys.executable, "-m", "bot", "review", "submit", "--by", "U0A", "--platform", "x", "Hi", "--json"]
    subprocess.run([*submit, "--config", str(config)], check=True, capture_output=True, env=dict(os.environ))
    command = [sys.executable, "-m", "bot", "review", "approve", "1", "--json", "--config", str(config), "--by"]
    processes = [
        subprocess.Popen([*command, who], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for who in ("a@example.org", "b@example.org")
    ]
    outputs = [process.communicate(timeout=120) for process in processes]
    assert sorted(process.returncode for process in processes) == [0, 1], outputs
    assert len(Store.shared(AppConfig().database_url()).reviews.advocacy()) == 1
