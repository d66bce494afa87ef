"""Every test runs with a clean environment: no real secrets, no app.yaml from the checkout, its own data dir."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from tests.fake_openai import FakeOpenAI

pytest_plugins = ["tests.pg"]  # PostgreSQL server, fresh databases, store clean-up, stand-in rules

ISOLATED_PREFIXES = ("CAREPOST_", "OPENAI_", "SLACK_", "MICROSOFT_", "XDG_DATA_HOME")
REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    keep_db = os.environ.get("CAREPOST_TEST_DATABASE_URL")
    for name in list(os.environ):
        if name.startswith(ISOLATED_PREFIXES):
            monkeypatch.delenv(name, raising=False)
    if keep_db:
        monkeypatch.setenv("CAREPOST_TEST_DATABASE_URL", keep_db)
    monkeypatch.setenv("CAREPOST_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    yield tmp_path


@pytest.fixture
async def llm(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeOpenAI]:
    """A local OpenAI-compatible server that the openai client is pointed at (through the environment)."""
    server = FakeOpenAI()
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("OPENAI_BASE_URL", await server.start())
    yield server
    await server.stop()
