"""A drafter that breaks in a way no LLMFailure names (a bug, not the model) still gives the person offline drafts,
with one log line naming the kind of error and no text: it logged two (an error, then the fallback's warning)."""

from __future__ import annotations

import logging

import pytest

from bot.config import config_from_mapping
from bot.drafting.llm_drafter import LLMDrafter
from bot.drafting.models import DraftRequest
from bot.service import CarePost
from tests.fake_openai import FakeOpenAI


async def test_an_unexpected_drafter_error_is_one_log_line_and_offline_drafts(
    llm: FakeOpenAI, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    async def broken(*_args: object) -> None:
        raise KeyError("Dana Whitfield")  # an error whose text could hold what the person typed

    monkeypatch.setattr(LLMDrafter, "draft", broken)
    caplog.set_level(logging.DEBUG)
    result = await CarePost(config_from_mapping({})).draft(
        DraftRequest(pillar="education", topic="flu shots", platforms=["x"])
    )
    assert [d.source for d in result.drafts] == ["offline"]
    lines = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert lines == ["LLM draft failed (other: KeyError); using the offline drafter"]
    assert "Whitfield" not in caplog.text
