"""Every way the model can fail makes `ask` and `draft` fall back, through the real openai client against the local
OpenAI-compatible server in tests/fake_openai.py; and one deadline bounds each request, retries included.

The CLI runs as a process (its exit code and stderr are the boundary); the hung model waits on an event that
the test never sets, and the deadline is a fraction of a second, so nothing here sleeps.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

import pytest

from bot.config import config_from_mapping
from bot.drafting.models import DraftRequest
from bot.messages import drafting as drafting_msg
from bot.service import CarePost
from tests import fake_openai
from tests.fake_openai import FakeOpenAI

CARE = [sys.executable, "-m", "bot"]
QUESTION = "how often should we post on LinkedIn?"
FLU = DraftRequest(pillar="education", topic="flu shots", platforms=["x"])


async def run_cli(*args: str, config: Path) -> tuple[int, str, str]:
    """The CLI as a process, awaited so that the fake server on this loop can answer it."""
    process = await asyncio.create_subprocess_exec(
        *CARE, *args, "--config", str(config), env=dict(os.environ),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


@pytest.fixture
def no_retries(tmp_path: Path) -> Path:
    path = tmp_path / "app.yaml"
    path.write_text("llm: {max_retries: 0}\n")
    return path


@pytest.mark.parametrize(
    "responder",
    [
        fake_openai.malformed_body,  # the HTTP body is not JSON: `ask` exited 3 with "internal error"
        fake_openai.malformed,  # the model's content is not JSON
        fake_openai.status(500),  # a server error
        fake_openai.status(404),  # a wrong base URL path or model name
    ],
)
async def test_ask_falls_back_to_the_guides_words_with_one_log_line(
    llm: FakeOpenAI, no_retries: Path, responder: fake_openai.Responder
) -> None:
    llm.default = responder
    code, out, err = await run_cli("ask", "--json", QUESTION, config=no_retries)
    assert code == 0
    answer = json.loads(out)
    assert answer["grounded"] and "2-3 times per week" in answer["answer"]
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert llm.requests  # the model was asked, and failed


@pytest.mark.parametrize(
    "responder",
    [
        fake_openai.malformed_body,  # the HTTP body is not JSON
        fake_openai.status(500),  # a server error
    ],
)
async def test_draft_falls_back_to_the_offline_drafter_with_one_log_line(
    llm: FakeOpenAI, no_retries: Path, responder: fake_openai.Responder
) -> None:
    llm.default = responder
    code, out, err = await run_cli(
        "draft", "--json", "--pillar", "education", "--topic", "flu shots", "--platform", "x", config=no_retries
    )
    assert code == 0
    assert [d["platform"] for d in json.loads(out)["drafts"]] == ["x"]
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def tight(**llm: object) -> CarePost:
    """Generous per-attempt timeout and retries, a deadline of a fraction of a second: the deadline must win."""
    return CarePost(config_from_mapping({"llm": {"timeout_seconds": 30, "max_retries": 3, **llm}}))


async def test_a_hung_model_is_cut_off_by_the_deadline_and_draft_falls_back(llm: FakeOpenAI) -> None:
    llm.default = llm.hang()
    result = await tight(deadline_seconds=0.5).draft(FLU)
    assert all(d.source == "offline" for d in result.drafts)
    assert drafting_msg.LLM_FALLBACK.format(reason=drafting_msg.LLM_FAILURE_REASONS["timeout"]) in result.notices
    assert len(llm.requests) <= 1  # no retry after the deadline (on a loaded machine it may fire before sending)


async def test_a_hung_model_is_cut_off_by_the_deadline_and_ask_falls_back(llm: FakeOpenAI) -> None:
    llm.default = llm.hang()
    answer = await tight(deadline_seconds=0.5).ask(QUESTION)
    assert answer.grounded and "2-3 times per week" in answer.answer
    assert answer.notices and len(llm.requests) <= 1


async def test_the_deadline_covers_the_backoff_between_retries(llm: FakeOpenAI) -> None:
    # The server asks for a minute's wait before each retry: retries within the deadline are impossible.
    llm.default = fake_openai.status(503, retry_after_ms=60_000)
    result = await tight(deadline_seconds=0.3).draft(FLU)
    assert all(d.source == "offline" for d in result.drafts)
    assert drafting_msg.LLM_FALLBACK.format(reason=drafting_msg.LLM_FAILURE_REASONS["timeout"]) in result.notices


@pytest.mark.parametrize(
    ("value", "accepted"),
    [
        (20, True),  # the default, written as an int
        (0.5, True),  # a fraction of a second
        (0, False),  # no time at all: every request would fail
        (3600, False),  # an hour: nobody waits that long in a chat
    ],
)
def test_the_deadline_is_a_bounded_setting(value: float, accepted: bool) -> None:
    from bot.config import ConfigError

    if accepted:
        assert config_from_mapping({"llm": {"deadline_seconds": value}}).llm.deadline_seconds == value
    else:
        with pytest.raises(ConfigError, match=r"llm\.deadline_seconds"):
            config_from_mapping({"llm": {"deadline_seconds": value}})
