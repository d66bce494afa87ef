"""The offline drafter writes posts a social media manager would post, and they pass its own guardrails."""

from __future__ import annotations

import asyncio

import pytest

from bot.config import AppConfig, config_from_mapping
from bot.drafting.models import DraftRequest, DraftResult
from bot.service import CarePost
from guardrails import Verdict
from guardrails.measure import find_hashtags, post_length
from guardrails.settings import Platform

PILLARS = ["education", "community", "promotion", "thought-leadership"]
KNOWN_TOPICS = [
    "flu shots",
    "heart health",
    "stroke signs",
    "heat stroke",
    "mammograms",
    "diabetes",
    "mental health",
    "vaccines",
    "sleep",
    "nutrition",
    "blood pressure",
    "colon cancer screening",
    "sun safety",
    "hand washing",
    "blood drive",
    "fall prevention",
    "water safety",
    "lung cancer screening",
    "quit smoking",
]
UNKNOWN_TOPICS = [
    "knee replacement recovery program",
    "new MRI suite",
    "nurse appreciation week",
    "telehealth visits",
    "AI in radiology",
    "Springfield 5K fun run",
    "RSV season",
    "Alzheimer's disease",
    "organ donation",
    "a" * 250,  # absurdly long: must still fit X
    "flu {shots} {0} {label!r} }{",  # braces in a topic are text, never template slots
]


@pytest.fixture(scope="module")
def svc() -> CarePost:
    return CarePost(AppConfig())


def run(svc: CarePost, pillar: str, topic: str, platforms: list[str] | None = None) -> DraftResult:
    return asyncio.run(svc.draft(DraftRequest(pillar=pillar, topic=topic, platforms=platforms)))


@pytest.mark.parametrize("pillar", PILLARS)
@pytest.mark.parametrize("topic", KNOWN_TOPICS + UNKNOWN_TOPICS)
def test_every_offline_draft_is_postable_and_fits(svc: CarePost, pillar: str, topic: str) -> None:
    result = run(svc, pillar, topic)
    assert [d.platform for d in result.drafts] == list(Platform)
    settings = svc.config.guardrail_settings()
    for draft in result.drafts:
        limits = settings.limits_for(draft.platform)
        assert draft.verdict is not Verdict.BLOCK, (draft.platform, [f.rule for f in draft.findings])
        assert draft.source == "offline"
        assert post_length(draft.text, limits) <= limits.max_chars
        assert len(find_hashtags(draft.text)) <= limits.max_hashtags
        assert draft.report.platform == draft.platform.value


def test_flu_shots_reads_like_real_copy(svc: CarePost) -> None:
    drafts = {d.platform: d for d in run(svc, "education", "flu shots").drafts}
    facebook = drafts[Platform.FACEBOOK]
    assert "flu" in facebook.text.lower()
    assert "(555) 010-2000" in facebook.text or "riversidehealth.org" in facebook.text  # the org's own contact
    assert "not medical advice" in facebook.text.lower()
    assert "#FluShot" in facebook.hashtags
    assert facebook.alt_text and "flu" in facebook.alt_text.lower()
    assert "link in our bio" in drafts[Platform.INSTAGRAM].text.lower()
    assert "http" not in drafts[Platform.INSTAGRAM].text  # links do not work in Instagram captions
    youtube = drafts[Platform.YOUTUBE]
    assert youtube.title and "Flu Shots" in youtube.title and len(youtube.title) <= 100
    assert youtube.visual and "in large type" in youtube.visual


def test_youtube_thumbnail_names_the_topic_once(svc: CarePost) -> None:
    # a topic outside the knowledge base gets the generic graphic, which already holds the words in large type
    (youtube,) = [d for d in run(svc, "education", "quantum knitting").drafts if d.platform is Platform.YOUTUBE]
    assert youtube.visual and youtube.visual.count("Quantum Knitting") == 1 and youtube.visual[0].isupper()


def test_platforms_really_differ(svc: CarePost) -> None:
    for pillar in PILLARS:
        texts = [d.text for d in run(svc, pillar, "heart health").drafts]
        assert len(set(texts)) == len(texts)
        first_lines = {t.split("\n")[0] for t in texts}
        assert len(first_lines) >= 4, first_lines


def test_pillars_really_differ(svc: CarePost) -> None:
    texts = {p: run(svc, p, "mammograms", ["linkedin"]).drafts[0].text for p in PILLARS}
    assert len(set(texts.values())) == len(PILLARS)


def test_deterministic_for_the_same_inputs(svc: CarePost) -> None:
    assert run(svc, "education", "sleep").payload() == run(svc, "education", "sleep").payload()


def test_regenerate_gives_another_variant(svc: CarePost) -> None:
    request = DraftRequest(pillar="education", topic="sleep", platforms=["facebook"])
    first = asyncio.run(svc.redraft(request, "facebook", 0)).drafts[0].text
    seen = {first}
    for variant in range(1, 4):
        seen.add(asyncio.run(svc.redraft(request, "facebook", variant)).drafts[0].text)
    assert len(seen) >= 2


def test_unknown_topic_invents_no_facts_and_says_so(svc: CarePost) -> None:
    result = run(svc, "education", "knee replacement recovery program")
    assert result.notices[0].startswith("Needs facts:")  # said first, not at the bottom (issue #12)
    assert all(d.needs_facts and d.missing == ["facts"] for d in result.drafts)
    everything = " ".join(d.text for d in result.drafts)
    assert "%" not in everything and "CDC recommends" not in everything
    assert "#KneeReplacementRecovery" in everything


def test_config_drives_contact_hashtags_and_banned_words() -> None:
    config = config_from_mapping(
        {
            "organization": {
                "name": "Lakeside Medical",
                "website": "https://lakeside.example.org",
                "phones": ["(555) 010-1111", "(555) 010-7777"],
            },
            "drafting": {
                "cta_phone": "(555) 010-7777",
                "brand_hashtags": ["#LakesideCares"],
                "banned_words": ["simplest"],
            },
            "guardrails": {"platforms": {"x": {"max_chars": 200, "counting": "x_weighted", "max_hashtags": 1}}},
        }
    )
    result = run(CarePost(config), "education", "flu shots")
    drafts = {d.platform: d for d in result.drafts}
    everything = " ".join(d.text for d in result.drafts)
    assert "lakeside.example.org" in everything and "riversidehealth" not in everything.lower()
    assert "simplest" not in everything
    assert "010-7777" in everything and "010-1111" not in everything  # the chosen CTA phone
    assert drafts[Platform.X].length <= 200 and drafts[Platform.X].limit == 200
    assert len(drafts[Platform.X].hashtags) <= 1
    assert "#LakesideCares" in drafts[Platform.INSTAGRAM].hashtags


@pytest.mark.parametrize("pillar", PILLARS)
@pytest.mark.parametrize("topic", ["flu shots", "diabetes", "new MRI suite"])
def test_every_draft_has_hook_substance_cta_and_tags(svc: CarePost, pillar: str, topic: str) -> None:
    contact = ("riversidehealth.org", "(555) 010-2000", "link in our bio")
    for draft in run(svc, pillar, topic).drafts:
        lines = [line for line in draft.text.split("\n") if line.strip()]
        assert len(lines) >= 3, draft.text  # a hook, something about the topic, a call to action
        assert len(lines[0]) <= 140, lines[0]  # the hook is one short line
        assert any(c in draft.text for c in contact), (draft.platform, draft.text)
        assert draft.hashtags, draft.platform
        if topic != "new MRI suite":
            assert topic.split()[0].lower() in draft.text.lower()
