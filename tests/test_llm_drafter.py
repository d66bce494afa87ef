"""The LLM drafter through the real openai client against a local OpenAI-compatible server (tests/fake_openai.py)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from aiohttp import web

from bot.config import config_from_mapping
from bot.drafting.models import DraftRequest
from bot.messages import drafting as msg
from bot.service import CarePost
from guardrails import Verdict
from tests import fake_openai
from tests.fake_openai import FakeOpenAI


def service(**llm: object) -> CarePost:
    """A service whose client retries fast: only the retry count and the timeout come from the test."""
    return CarePost(config_from_mapping({"llm": {"max_retries": 0, **llm}}))


FLU = DraftRequest(pillar="education", topic="flu shots", platforms=["x", "linkedin"])


async def test_good_answer_is_used_and_guardrailed(llm: FakeOpenAI) -> None:
    result = await service().draft(FLU)
    assert [d.platform.value for d in result.drafts] == ["x", "linkedin"]
    assert all(d.source == "llm" and d.postable for d in result.drafts)
    assert all(d.report.text for d in result.drafts)  # every postable text carries the service's own Report
    assert not any("offline" in n for n in result.notices)
    assert len(llm.requests) == 1  # one call drafts every platform


async def test_model_comes_from_env_and_limits_from_guardrail_settings(
    llm: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREPOST_MODEL", "house-model")
    await service().draft(FLU)
    body = llm.requests[0]
    assert body["model"] == "house-model"
    assert body["response_format"] == {"type": "json_object"}
    assert "280 X weighted characters" in body["messages"][-1]["content"]  # X's limit, from guardrails settings


async def test_phi_in_the_topic_never_reaches_the_model(llm: FakeOpenAI) -> None:
    request = DraftRequest(pillar="community", topic="flu shots for Maria Gonzalez, call 555-867-5309", platforms=["x"])
    result = await service().draft(request)
    assert "Maria" not in llm.prompts() and "867-5309" not in llm.prompts()
    assert "Maria" not in result.topic and "867" not in result.topic
    assert any("phone number" in n for n in result.notices)


async def test_phi_in_the_post_is_repaired_by_revision(llm: FakeOpenAI) -> None:
    llm.then(fake_openai.with_text(fake_openai.PHI_TEXT))  # first draft leaks PHI; the revision is clean
    result = await service().draft(DraftRequest(pillar="education", topic="flu shots", platforms=["x"]))
    (draft,) = result.drafts
    assert draft.postable and draft.repair_rounds == 1
    revise_prompt = llm.requests[1]["messages"][-1]["content"]
    assert "phi.phone" in revise_prompt and "555-867-5309" not in revise_prompt  # findings sent, PHI redacted
    assert any("revised 1 time" in n for n in result.notices)


async def test_dosing_advice_that_never_goes_away_is_blocked_not_postable(llm: FakeOpenAI) -> None:
    llm.default = fake_openai.with_text(fake_openai.DOSING_TEXT)
    result = await service().draft(DraftRequest(pillar="education", topic="flu shots", platforms=["facebook"]))
    (draft,) = result.drafts
    assert draft.verdict is Verdict.BLOCK and not draft.postable
    assert draft.repair_rounds == 2  # drafting.max_repair_rounds
    assert len(llm.requests) == 3
    assert any(f.rule.startswith("advice.") for f in draft.findings)
    assert result.blocked
    assert any("NOT postable" in n for n in result.notices)


async def test_phi_that_never_goes_away_is_returned_redacted(llm: FakeOpenAI) -> None:
    llm.default = fake_openai.with_text(fake_openai.PHI_TEXT)
    result = await service().draft(DraftRequest(pillar="education", topic="flu shots", platforms=["linkedin"]))
    (draft,) = result.drafts
    assert not draft.postable
    assert "555-867-5309" not in draft.text and "Maria Gonzalez" not in draft.text  # a redacted preview
    assert all("867-5309" not in str(f["text"]) for f in draft.payload()["findings"])


async def test_too_long_for_x_is_not_offered_as_is(llm: FakeOpenAI) -> None:
    long_text = "Flu season is here and a yearly flu shot helps protect the people around you. " * 8
    llm.default = fake_openai.with_text(long_text)
    result = await service().draft(DraftRequest(pillar="education", topic="flu shots", platforms=["x"]))
    (draft,) = result.drafts
    assert "platform.length" in {f.rule for f in draft.findings}
    assert draft.length <= draft.limit or not draft.postable


@pytest.mark.parametrize(
    ("responder", "reason"),
    [
        # the answer is not JSON at all: validated, refused, offline drafts instead
        (fake_openai.malformed, "bad_output"),
        # valid JSON, but not the shape the prompt asked for
        (fake_openai.wrong_shape, "bad_output"),
        # a server error on every attempt
        (fake_openai.status(500), "server"),
        # rate-limited on every attempt
        (fake_openai.status(429, retry_after_ms=1), "rate_limit"),
        # the key is refused
        (fake_openai.status(401), "auth"),
    ],
)
async def test_failures_fall_back_to_offline_with_a_notice(
    llm: FakeOpenAI, responder: fake_openai.Responder, reason: str
) -> None:
    llm.default = responder
    result = await service().draft(FLU)
    assert all(d.source == "offline" and d.postable for d in result.drafts)
    expected = msg.LLM_FALLBACK.format(reason=msg.LLM_FAILURE_REASONS[reason])
    assert expected in result.notices


async def test_429_then_success_uses_the_model(llm: FakeOpenAI) -> None:
    llm.then(fake_openai.status(429, retry_after_ms=1))
    result = await service(max_retries=2).draft(FLU)
    assert all(d.source == "llm" for d in result.drafts)
    assert len(llm.requests) == 2


async def test_500s_then_success_uses_the_model(llm: FakeOpenAI) -> None:
    llm.then(fake_openai.status(500, retry_after_ms=1), fake_openai.status(503, retry_after_ms=1))
    result = await service(max_retries=2).draft(FLU)
    assert all(d.source == "llm" for d in result.drafts)
    assert len(llm.requests) == 3


async def test_timeout_falls_back_with_a_notice(llm: FakeOpenAI) -> None:
    llm.then(llm.hang())
    result = await service(timeout_seconds=0.05).draft(FLU)
    assert all(d.source == "offline" for d in result.drafts)
    assert msg.LLM_FALLBACK.format(reason=msg.LLM_FAILURE_REASONS["timeout"]) in result.notices


async def test_missing_platform_in_the_answer_is_filled_offline(llm: FakeOpenAI) -> None:
    async def only_x(body: dict[str, Any]) -> web.Response:
        only = {**body, "messages": [{"content": '"platform": "x"'}]}
        return fake_openai.answer(only, lambda p: fake_openai.GOOD_TEXT[p])

    llm.then(only_x)
    result = await service().draft(FLU)
    sources = {d.platform.value: d.source for d in result.drafts}
    assert sources == {"x": "llm", "linkedin": "offline"}
    assert any("linkedin" in n for n in result.notices)


async def test_without_a_key_the_offline_drafter_is_used_silently(monkeypatch: pytest.MonkeyPatch) -> None:
    result = await service().draft(FLU)
    assert all(d.source == "offline" for d in result.drafts)
    assert not any("AI drafter" in n for n in result.notices)


async def test_drafter_llm_without_a_key_says_why() -> None:
    svc = CarePost(config_from_mapping({"drafting": {"drafter": "llm"}}))
    result = await svc.draft(FLU)
    assert msg.LLM_FALLBACK.format(reason=msg.LLM_FAILURE_REASONS["not_configured"]) in result.notices


async def test_redraft_asks_for_a_fresh_variant(llm: FakeOpenAI) -> None:
    result = await service().redraft(FLU, "twitter", 2)
    assert [d.platform.value for d in result.drafts] == ["x"]
    assert "Variation number 2" in llm.requests[0]["messages"][-1]["content"]
    assert llm.requests[0]["temperature"] > 0.4  # a fresher take than the default llm.temperature


async def test_fields_the_model_leaves_out_are_filled_offline(llm: FakeOpenAI) -> None:
    async def bare_posts(body: dict[str, Any]) -> web.Response:
        platforms = fake_openai.requested_platforms(body)
        posts = [{"platform": p, "text": fake_openai.GOOD_TEXT[p]} for p in platforms]
        return web.json_response(fake_openai.completion(json.dumps({"posts": posts})))

    llm.then(bare_posts)
    request = DraftRequest(pillar="education", topic="flu shots", platforms=["youtube", "instagram"])
    drafts = {d.platform.value: d for d in (await service().draft(request)).drafts}
    assert all(d.source == "llm" for d in drafts.values())
    assert drafts["youtube"].title and "Flu Shots" in drafts["youtube"].title
    assert drafts["instagram"].alt_text and drafts["instagram"].visual


async def test_an_unexpected_error_in_the_llm_path_still_gives_drafts(
    llm: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.drafting import llm_drafter

    def broken(name: str) -> object:
        raise RuntimeError("prompt store unavailable")

    monkeypatch.setattr(llm_drafter, "load_prompt", broken)
    result = await service().draft(FLU)
    assert all(d.source == "offline" and d.postable for d in result.drafts)
    assert msg.LLM_FALLBACK.format(reason=msg.LLM_FAILURE_REASONS["other"]) in result.notices


async def test_alt_text_and_visual_with_phi_are_replaced_never_shown(llm: FakeOpenAI) -> None:
    async def leaky_extras(body: dict[str, Any]) -> web.Response:
        platforms = fake_openai.requested_platforms(body)
        posts = [
            {
                "platform": p,
                "text": fake_openai.GOOD_TEXT[p],
                # alt text is published with the image: a patient's name and MRN here would go out too
                "alt_text": "Photo of patient Maria Gonzalez, MRN 7730021, getting her shot",
                "visual": "Maria Gonzalez smiling in room 4B",
            }
            for p in platforms
        ]
        return web.json_response(fake_openai.completion(json.dumps({"posts": posts})))

    llm.then(leaky_extras)
    request = DraftRequest(pillar="education", topic="flu shots", platforms=["instagram"])
    result = await service().draft(request)
    (draft,) = result.drafts
    assert draft.source == "llm" and draft.postable
    shown = f"{draft.alt_text} {draft.visual}"
    assert "Gonzalez" not in shown and "7730021" not in shown and "4B" not in shown
    assert draft.alt_text and draft.visual  # the offline ones stand in
    assert any("alt text" in n and "phi.name" in n for n in result.notices)
