"""A model post that cannot be used (empty after trimming, or longer than the guardrails check) is the model's
failure: that platform is drafted offline with a notice and one log line, never shown empty as "pass" and never
reported as the person's error (an over-long post made `carepost draft` exit 2)."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from aiohttp import web
from click.testing import CliRunner

from bot.cli import main
from bot.config import config_from_mapping
from bot.drafting.models import DraftRequest
from bot.service import CarePost
from tests import fake_openai
from tests.fake_openai import FakeOpenAI

TOO_LONG = "Flu shots help. " * 7_000  # 112,000 characters: over guardrails.max_text_chars (100,000)


def service() -> CarePost:
    return CarePost(config_from_mapping({"llm": {"max_retries": 0}}))


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("   \n\t ", "empty"),  # whitespace only: trimmed to nothing, it was shown as an empty "pass" draft
        ("\u00a0\u2003", "empty"),  # Unicode spaces only: still nothing to post
        (TOO_LONG, "too_long"),  # the guardrails refuse to check it, so it cannot be judged: fail closed
    ],
)
async def test_an_unusable_model_post_is_drafted_offline_with_a_notice(
    llm: FakeOpenAI, caplog: pytest.LogCaptureFixture, text: str, why: str
) -> None:
    llm.default = fake_openai.with_text(text)
    caplog.set_level(logging.INFO)
    result = await service().draft(DraftRequest(pillar="education", topic="flu shots", platforms=["x"]))
    (draft,) = result.drafts
    assert draft.source == "offline" and draft.text.strip() and draft.postable
    assert any("x: the AI drafter's post" in n and "offline templates" in n for n in result.notices)
    lines = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert lines == [f"LLM draft unusable (x: {why}); using the offline drafter"]


async def test_only_the_unusable_platform_falls_back(llm: FakeOpenAI) -> None:
    async def x_empty(body: dict[str, Any]) -> web.Response:
        return fake_openai.answer(body, lambda p: "   " if p == "x" else fake_openai.GOOD_TEXT[p])

    llm.default = x_empty
    result = await service().draft(DraftRequest(pillar="education", topic="flu shots", platforms=["x", "linkedin"]))
    assert [(d.platform.value, d.source) for d in result.drafts] == [("x", "offline"), ("linkedin", "llm")]


async def test_an_empty_revision_ends_the_repair_and_the_draft_stays_blocked(llm: FakeOpenAI) -> None:
    llm.then(fake_openai.with_text(fake_openai.PHI_TEXT), fake_openai.with_text("  "))
    result = await service().draft(DraftRequest(pillar="education", topic="flu shots", platforms=["x"]))
    (draft,) = result.drafts
    assert draft.source == "llm" and not draft.postable and "Maria" not in draft.text


def test_cli_over_long_model_post_exits_0_with_offline_drafts(llm: FakeOpenAI) -> None:
    llm.default = fake_openai.with_text(TOO_LONG)
    result = CliRunner().invoke(main, ["draft", "--pillar", "education", "--topic", "flu shots", "--platform", "x"])
    assert result.exit_code == 0, result.stderr
    assert "max_text_chars" not in result.stderr
    json_run = CliRunner().invoke(
        main, ["draft", "--pillar", "education", "--topic", "flu shots", "--platform", "x", "--json"]
    )
    assert [d["source"] for d in json.loads(json_run.stdout)["drafts"]] == ["offline"]
