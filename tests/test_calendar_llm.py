"""The content calendar with an LLM configured: every slot drafted by the model (the local OpenAI-compatible
server in tests/fake_openai.py) through the drafting pipeline, checked by the guardrails, one call per day and
pillar; a month the model fills with PHI is blocked slot by slot and nothing of it is queued."""

from __future__ import annotations

import pytest

from bot.config import config_from_mapping
from bot.intents import CalendarIntent
from bot.replies import Actor, CalendarReply
from bot.service import CarePost
from guardrails.settings import Platform
from tests import fake_openai
from tests.fake_openai import FakeOpenAI

pytestmark = pytest.mark.usefixtures("fresh_stores")


def service() -> CarePost:
    return CarePost(config_from_mapping({"llm": {"max_retries": 0}}))


async def test_every_slot_is_drafted_by_the_model_and_checked(llm: FakeOpenAI) -> None:
    plan = await service().plan_calendar("2027-02", ["facebook", "linkedin"])
    assert len(plan.slots) == 28
    linkedin = [s for s in plan.slots if s.platform.value == "linkedin"]
    assert all(s.postable for s in plan.slots)
    assert all(fake_openai.GOOD_TEXT["linkedin"] in s.text for s in linkedin)  # the model's post, not a template
    days_and_pillars = {(s.start.date(), s.pillar, s.topic, s.variant) for s in plan.slots}
    assert len(llm.requests) == len(days_and_pillars) < len(plan.slots)  # platforms sharing a topic: one call
    assert "heart health" in llm.prompts()  # American Heart Month reaches the model as a topic


async def test_a_month_the_model_fills_with_phi_is_blocked_and_never_queued(llm: FakeOpenAI) -> None:
    llm.default = fake_openai.with_text(fake_openai.PHI_TEXT)
    carepost = service()
    intent = CalendarIntent(month="2027-02", platforms=[Platform.LINKEDIN], submit=True)
    reply = await carepost.handle(intent, Actor(id="U1", channel="cli"))
    assert isinstance(reply, CalendarReply)
    assert reply.plan.slots and all(not s.postable for s in reply.plan.slots)
    assert all("867-5309" not in s.text and "Maria Gonzalez" not in s.text for s in reply.plan.slots)  # redacted
    assert "867-5309" not in reply.ics and "Maria Gonzalez" not in reply.ics
    assert reply.submission is not None and not reply.submission.queued
    assert reply.submission.skipped == [s.uid for s in reply.plan.slots]
    assert await carepost.review.list_items("submitted") == []
