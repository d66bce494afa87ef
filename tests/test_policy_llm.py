"""LLM answers through the real openai client against a local OpenAI-compatible server (tests/fake_openai.py):
composed from the retrieved passages only, cited, guardrailed, and replaced by the extractive answer when the
model fails or cites nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest
from aiohttp import web

from bot.config import config_from_mapping
from bot.service import CarePost
from tests import fake_openai
from tests.fake_openai import FakeOpenAI


def service() -> CarePost:
    return CarePost(config_from_mapping({"llm": {"max_retries": 0}}))


def replying(payload: dict[str, Any] | str) -> fake_openai.Responder:
    async def respond(body: dict[str, Any]) -> web.Response:
        content = payload if isinstance(payload, str) else json.dumps(payload)
        return web.json_response(fake_openai.completion(content))

    return respond


LINKEDIN = "how often should we post on LinkedIn?"


async def test_the_llm_answer_is_used_with_the_passages_it_cites(llm: FakeOpenAI) -> None:
    llm.then(replying({"answer": "Post on LinkedIn two to three times a week.", "cite": [1]}))
    answer = await service().ask(LINKEDIN)
    assert answer.answer == "Post on LinkedIn two to three times a week."
    assert answer.grounded and answer.notices == []
    assert answer.citations[0].section == "How often to post on LinkedIn"
    assert "2-3 times per week" in answer.citations[0].quote


async def test_the_prompt_holds_the_question_and_the_retrieved_passages_only(llm: FakeOpenAI) -> None:
    llm.then(replying({"answer": "Post two to three times a week.", "cite": [1]}))
    await service().ask(LINKEDIN)
    sent = llm.prompts()
    assert LINKEDIN in sent
    assert "[1] How often to post on LinkedIn (builtin/01-posting-frequency.md)" in sent
    assert "Cleveland Clinic" not in sent  # sections that were not retrieved never leave the machine


async def test_an_answer_citing_nothing_falls_back_to_the_guides_words(llm: FakeOpenAI) -> None:
    llm.then(replying({"answer": "Post daily, everywhere.", "cite": []}))
    answer = await service().ask(LINKEDIN)
    assert "2-3 times per week" in answer.answer
    assert any("cited no passage" in n for n in answer.notices)


async def test_citations_of_passages_that_were_not_given_do_not_count(llm: FakeOpenAI) -> None:
    llm.then(replying({"answer": "Post daily.", "cite": [42]}))
    answer = await service().ask(LINKEDIN)
    assert "2-3 times per week" in answer.answer and answer.notices


@pytest.mark.parametrize(
    "responder",
    [
        fake_openai.status(500),  # the server fails
        fake_openai.status(429),  # the server is busy
        replying("not json at all"),  # an unreadable reply
    ],
)
async def test_a_failing_model_falls_back_with_a_notice(llm: FakeOpenAI, responder: fake_openai.Responder) -> None:
    llm.then(responder)
    answer = await service().ask(LINKEDIN)
    assert answer.grounded and "2-3 times per week" in answer.answer
    assert answer.notices and "quotes the guide directly" in answer.notices[0]


async def test_phi_in_the_llm_answer_is_redacted(llm: FakeOpenAI) -> None:
    llm.then(replying({"answer": "Post weekly; call 555-867-5309 with questions.", "cite": [1]}))
    answer = await service().ask(LINKEDIN)
    assert "555-867-5309" not in answer.answer
    assert any("redacted" in n for n in answer.notices)


async def test_phi_in_the_question_never_reaches_the_model(llm: FakeOpenAI) -> None:
    llm.then(replying({"answer": "Only with written consent.", "cite": [1]}))
    await service().ask("Can we post Maria Gonzalez's success story? Her number is 555-867-5309.")
    sent = llm.prompts()
    assert "555-867-5309" not in sent and "Gonzalez" not in sent


async def test_medical_and_off_topic_questions_never_reach_the_model(llm: FakeOpenAI) -> None:
    assert (await service().ask("How much ibuprofen should I take?")).declined
    assert not (await service().ask("Who won the game last night?")).grounded
    assert llm.requests == []
