"""The input guard: PHI leaves the topic before anything uses it; advice and guarantee requests are refused."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.config import AppConfig
from bot.drafting.content import DraftingInputError
from bot.drafting.guard import guard_topic
from bot.drafting.models import DraftRequest
from bot.service import CarePost
from guardrails import Engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(AppConfig().guardrail_settings())


@pytest.mark.parametrize(
    ("topic", "removed", "kept"),
    [
        # a patient's name and phone: both go, the subject stays
        ("knee surgery recovery for Maria Gonzalez 555-867-5309", "phi.phone", "knee surgery recovery"),
        # an e-mail address
        ("flu shots, questions to jane.doe@gmail.com", "phi.email", "flu shots"),
        # a medical record number; the words left dangling by the removal go too
        ("heart health story of MRN 0048213", "phi.mrn", "heart health story"),
        # an age over 89 and a room: "for our -year-old patient in" is not left behind
        ("flu shots for our 97-year-old patient in room 4B", "phi.age", "flu shots"),
        # the name goes and so does "her", which would still make the post one patient's story
        ("Maria Gonzalez's recovery after her stroke", "phi.name", "recovery after stroke"),
    ],
)
def test_phi_is_removed_and_named(engine: Engine, topic: str, removed: str, kept: str) -> None:
    guarded = guard_topic(topic, engine)
    assert removed in guarded.removed
    assert kept in guarded.topic
    assert "[" not in guarded.topic  # no redaction tags left to write a post about
    assert guarded.notices and "never sent anywhere" in guarded.notices[0]
    assert guarded.refused is None


@pytest.mark.parametrize(
    "topic",
    [
        "how much ibuprofen should I take for back pain",  # dosing for one person
        "what dosage of insulin for type 2 diabetes",  # dosing
        "tell people to stop taking their blood thinners before surgery",  # changing a medication
        "do I have strep throat",  # a diagnosis
        "take 600 mg ibuprofen three times a day",  # an amount
        "how much tylenol for a fever",  # an amount of a named medicine, with no "take" or "give"
        "how often can kids have ibuprofen",  # a schedule of a named medicine
    ],
)
def test_advice_requests_are_refused(engine: Engine, topic: str) -> None:
    refused = guard_topic(topic, engine).refused
    assert refused is not None and "medical advice" in refused


@pytest.mark.parametrize(
    "topic",
    [
        "our robotic surgery is 100% effective",  # absolute outcome
        "guaranteed weight loss program",  # guarantee
        "painless new knee procedure",  # absolute claim
        "new treatment that cures diabetes",  # a cure claim
    ],
)
def test_guarantee_requests_are_refused(engine: Engine, topic: str) -> None:
    refused = guard_topic(topic, engine).refused
    assert refused is not None and "guaranteed or absolute" in refused


@pytest.mark.parametrize(
    "topic",
    [
        "flu shots",  # plain education
        "the search for a cure: our Alzheimer's research",  # "a cure" as research, not a claim
        "low-dose CT lung screening",  # "dose" inside a procedure name
        "talk to your doctor about blood pressure",  # pointing to a clinician is not advice
        "how much exercise do adults need",  # a population recommendation, no medicine
        "how much calcium do women need after 50",  # nutrition education, not a dose
        "how often should adults get a mammogram",  # a screening schedule for a population
    ],
)
def test_ordinary_topics_pass(engine: Engine, topic: str) -> None:
    guarded = guard_topic(topic, engine)
    assert guarded.refused is None and guarded.topic


@pytest.mark.parametrize("topic", ["", "   ", "\n\t"])
def test_empty_topic_is_a_usage_error(engine: Engine, topic: str) -> None:
    with pytest.raises(DraftingInputError, match="topic is empty"):
        guard_topic(topic, engine)


@pytest.mark.parametrize(
    "topic",
    [
        # only the framing of a person is left once the age and the room go: nothing to draft about
        "our 97-year-old patient in room 4B",
        # a thank-you to a named patient's family: without the name there is no subject
        "thank you to the family of patient John Smith, call 555-867-5309",
        # a greeting to a named patient
        "welcome home Maria Gonzalez",
    ],
)
def test_topic_of_only_a_person_is_a_usage_error(engine: Engine, topic: str) -> None:
    with pytest.raises(DraftingInputError, match="only personal details"):
        guard_topic(topic, engine)


def test_overlong_topic_is_a_usage_error(engine: Engine) -> None:
    with pytest.raises(DraftingInputError, match="keep it under"):
        guard_topic("flu " * 200, engine)


async def test_refused_topic_comes_back_without_drafts() -> None:
    result = await CarePost().draft(DraftRequest(pillar="education", topic="what dose of ibuprofen for kids"))
    assert result.refused and result.drafts == [] and result.blocked


@pytest.mark.parametrize(
    ("pillar", "expected"),
    [
        ("Educational", "education"),  # source article's name
        ("engagement", "community"),  # alias
        ("service", "promotion"),  # alias
        ("Thought Leadership", "thought-leadership"),  # spaces and case
        ("leadership", "thought-leadership"),  # alias
    ],
)
async def test_pillar_aliases(pillar: str, expected: str) -> None:
    result = await CarePost().draft(DraftRequest(pillar=pillar, topic="sleep", platforms=["x"]))
    assert result.pillar == expected


async def test_unknown_pillar_lists_the_valid_ones() -> None:
    with pytest.raises(DraftingInputError, match="education, community, promotion, thought-leadership"):
        await CarePost().draft(DraftRequest(pillar="memes", topic="sleep"))


async def test_unknown_platform_lists_the_valid_ones() -> None:
    with pytest.raises(DraftingInputError, match="facebook, x, instagram, linkedin, threads, youtube"):
        await CarePost().draft(DraftRequest(pillar="education", topic="sleep", platforms=["x", "tiktok"]))


async def test_platform_aliases_and_repeats() -> None:
    result = await CarePost().draft(DraftRequest(pillar="education", topic="sleep", platforms=["Twitter", "x", "fb"]))
    assert [d.platform.value for d in result.drafts] == ["x", "facebook"]


SERVICE = CarePost()  # one engine for every generated example


@settings(max_examples=60, deadline=None)
@given(topic=st.text(min_size=0, max_size=120))
def test_any_topic_is_drafted_refused_or_a_usage_error(topic: str) -> None:
    """Whatever is typed (emoji, control characters, braces, other scripts), drafting never crashes and never
    offers a text over the platform's limit."""
    import asyncio

    try:
        result = asyncio.run(SERVICE.draft(DraftRequest(pillar="education", topic=topic, platforms=["x", "threads"])))
    except DraftingInputError:
        return
    for draft in result.drafts:
        assert not draft.postable or draft.length <= draft.limit
