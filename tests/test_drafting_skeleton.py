"""Drafts on a topic nobody gave facts for: a skeleton built for each platform and kind of post, facts as
[placeholders], "Needs facts" first, every draft through the guardrails (issue #12 item 3)."""

from __future__ import annotations

import re
from itertools import combinations
from pathlib import Path

import pytest

from bot.config import config_from_mapping, load_config
from bot.drafting.models import Draft, DraftRequest, DraftResult
from bot.service import CarePost
from guardrails import Verdict
from guardrails.settings import Platform

PLACEHOLDER = re.compile(r"\[[a-z][^\]]*\]", re.I)
NUMBERED = re.compile(r"^[1-5]\ufe0f\u20e3 ", re.M)


def svc(organization: dict[str, object] | None = None) -> CarePost:
    """The built-in defaults and no facts folder: nothing is known about any topic outside the built-in list."""
    return CarePost(config_from_mapping({"organization": organization} if organization else {}))


async def draft(service: CarePost, topic: str, pillar: str = "education") -> DraftResult:
    return await service.draft(DraftRequest(pillar=pillar, topic=topic))


def by_platform(result: DraftResult) -> dict[Platform, Draft]:
    return {d.platform: d for d in result.drafts}


def sentences(text: str, disclaimer: str) -> set[str]:
    """Sentences of six words or more, the disclaimer aside: the same one on two platforms is the same text."""
    parts = (" ".join(p.lower().split()) for p in re.split(r"[.!?\n]+", text.replace(disclaimer, "")))
    return {p for p in parts if len(p.split()) >= 6}


async def test_each_platform_gets_a_post_built_for_its_medium() -> None:
    drafts = by_platform(await draft(svc(), "organ donor registration"))
    x, instagram, linkedin = drafts[Platform.X], drafts[Platform.INSTAGRAM], drafts[Platform.LINKEDIN]
    hook, ask = x.text.split("\n")[:2]
    assert x.length <= 280 and len(hook) <= 140 and ("?" in ask or "share" in ask)  # one line, a question or a CTA
    assert "Carousel, slide by slide" in instagram.text and len(NUMBERED.findall(instagram.text)) == 5
    assert "link in our bio" in instagram.text and "http" not in instagram.text  # no links in a caption
    assert "[Name, title]" in linkedin.text and "Community impact" in linkedin.text  # a staff voice, impact
    assert "your organizations approaching" in linkedin.text  # a question for peers
    assert "comments" in drafts[Platform.FACEBOOK].text and "share it" in drafts[Platform.FACEBOOK].text
    assert drafts[Platform.THREADS].text.count("\n") <= 5 and "👇" in drafts[Platform.THREADS].text
    youtube = drafts[Platform.YOUTUBE]
    assert "0:00" in youtube.text and "Sources:" in youtube.text and youtube.title
    disclaimers = svc().engine.settings.disclaimers
    bodies = {p: sentences(d.text, disclaimers.for_platform(p)) for p, d in drafts.items()}
    for a, b in combinations(bodies, 2):  # six texts, not one text in six wrappers
        assert not bodies[a] & bodies[b], (a, b)


async def test_needs_facts_comes_first_and_every_draft_is_checked() -> None:
    result = await draft(svc(), "organ donor registration")
    assert result.notices[0].startswith("Needs facts:") and "[bracketed placeholder]" in result.notices[0]
    for d in result.drafts:
        assert d.needs_facts and d.missing == ["facts"]
        assert d.report is not None and d.verdict is Verdict.PASS  # the guardrails ran and found nothing
        assert PLACEHOLDER.search(d.text), d.platform
        assert "CDC recommends" not in d.text and "%" not in d.text  # nothing said about the topic itself


@pytest.mark.parametrize(
    ("topic", "pillar", "wanted"),
    [
        # an event needs a date, a place and a way to sign up, and Instagram gets a save-the-date carousel
        ("stargazing night event", "community", ["[date]", "[location]", "Save-the-date illustration"]),
        # a hiring post needs the role and where to apply, and Instagram gets a day-in-the-life Reel
        ("phlebotomist careers", "community", ["[role]", "[careers link]", "Reel, shot by shot"]),
        # an opening needs the address and the hours, and Instagram gets a walk-through Reel
        ("new rooftop garden opening", "promotion", ["[address]", "[hours]", "A walk through the space"]),
        # a recognition post names a team by role and asks people to thank them
        ("housekeepers appreciation week", "community", ["[team or role]", "Who would you like to thank?"]),
        # a service on the promotion pillar: how it works, step by step, and how to start
        ("valet parking", "promotion", ["How it works:", "Step 1: [how to sign up or book]", "[days and hours]"]),
        # a community program that is not a health topic: who it helps and how to get involved, not CDC facts
        ("volunteer drivers program", "community", ["the volunteer drivers program", "How to get involved:"]),
        # thought leadership on a topic with no facts: an expert's view, and a question for peers
        ("AI in radiology", "thought-leadership", ["[Name, title]", "Let's compare notes", "What's changing"]),
    ],
)
async def test_each_kind_of_post_asks_for_what_it_needs(topic: str, pillar: str, wanted: list[str]) -> None:
    result = await draft(svc(), topic, pillar)
    everything = "\n".join(d.text for d in result.drafts)
    for part in wanted:
        assert part in everything, part
    assert all(d.needs_facts and d.verdict is Verdict.PASS for d in result.drafts)


async def test_an_opening_is_named_once() -> None:
    x = by_platform(await draft(svc(), "new rooftop garden opening", "promotion"))[Platform.X]
    assert "the new rooftop garden" in x.text.lower() and "opening opens" not in x.text.lower()


async def test_the_observance_list_gives_the_one_fact_a_skeleton_may_state() -> None:
    drafts = by_platform(await draft(svc(), "world kidney day"))
    facebook = drafts[Platform.FACEBOOK].text
    assert "World Kidney Day falls on the second Thursday of March." in facebook
    assert "You're invited" not in facebook  # an observance is talked about, not an event people come to
    assert all(d.needs_facts for d in drafts.values())  # a date of the year is not the organization's fact


async def test_a_regenerate_press_rewords_x_six_times() -> None:
    service = svc()
    texts = set()
    for variant in range(6):
        result = await service.redraft(DraftRequest(pillar="community", topic="stargazing night event"), "x", variant)
        texts.add(result.drafts[0].text)
    assert len(texts) == 6


async def test_an_organization_without_town_or_phone_gets_no_gaps() -> None:
    result = await draft(svc({"name": "Lakeside Medical", "towns": [], "phones": []}), "stargazing night event")
    for d in result.drafts:
        assert "None" not in d.text and "{" not in d.text and "call ." not in d.text, d.text
        assert "Okay " not in d.text  # the Threads hook that greets the town is skipped, not greeting nobody


HIRING = """# Careers

## Pharmacy Technician Hiring Event
- Role: certified and trainee pharmacy technicians.
- When: Thursday, March 19, 4 p.m. to 7 p.m.
- How to apply: bring a resume; interviews on the spot.
"""


@pytest.mark.parametrize(
    ("topic", "quoted"),
    [
        # the section names the subject: its facts are quoted
        ("pharmacy technician hiring", True),
        # only the kind of post is shared ("hiring"): another role's date must not be quoted; a skeleton instead
        ("phlebotomist hiring", False),
    ],
)
async def test_a_section_sharing_only_the_kind_of_post_is_not_quoted(tmp_path: Path, topic: str, quoted: bool) -> None:
    (tmp_path / "facts").mkdir()
    (tmp_path / "facts" / "careers.md").write_text(HIRING, encoding="utf-8")
    (tmp_path / "app.yaml").write_text("drafting:\n  facts: [facts]\n", encoding="utf-8")
    result = await draft(CarePost(load_config(tmp_path / "app.yaml")), topic, "community")
    assert bool(result.sources) is quoted
    assert any("March 19" in d.text for d in result.drafts) is quoted


@pytest.mark.parametrize(
    ("topic", "pillar"),
    [
        # a procedure beside "carousel" or "video" read as a patient's photo: the cover is an illustration
        ("hip replacement", "education"),
        # the same topic as a service: the how-to carousel
        ("hip replacement", "promotion"),
        # a newborn beside a save-the-date carousel
        ("newborn care class", "community"),
        # nurses beside a team photo: the photo is the team's
        ("nurse appreciation week", "community"),
    ],
)
async def test_no_skeleton_is_blocked_as_a_patient_photo(topic: str, pillar: str) -> None:
    result = await draft(svc(), topic, pillar)
    for d in result.drafts:
        assert d.verdict is not Verdict.BLOCK, (d.platform, [f.rule for f in d.findings])
        assert d.needs_facts
