"""Which facts section a topic draws on: the words of observance names ("national", "week") weigh little, and a
section whose heading names the topic's own subject wins (issue #12 item 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import load_config
from bot.drafting.models import DraftRequest
from bot.service import CarePost

RECOGNITION = """# Recognition weeks

## National Nurses Week
- Who: our more than 1,200 registered nurses and nursing assistants.
- What: our nurses staff every unit around the clock.
- When: May 6 to May 12.

## Hospital Week
- Who: all 4,000 Riverside Health employees, from food service to surgery.
- What: hospital week thanks every team with a staff picnic and a thank-you wall in the main lobby.
- When: the second week of May.

## Lab Professionals Week
- Who: our medical laboratory scientists and phlebotomists.
- What: our laboratory runs more than 2 million tests a year.
- When: the last full week of April.
"""
SERVICES = """# Services

## Kidney Care
- What: our nephrologists and dialysis nurses care for people with kidney disease at three sites.
"""


@pytest.fixture
def svc(tmp_path: Path) -> CarePost:
    folder = tmp_path / "facts"
    folder.mkdir()
    (folder / "recognition.md").write_text(RECOGNITION, encoding="utf-8")
    (folder / "services.md").write_text(SERVICES, encoding="utf-8")
    config_file = tmp_path / "app.yaml"
    config_file.write_text("drafting:\n  facts: [facts]\n", encoding="utf-8")
    return CarePost(load_config(config_file))


@pytest.mark.parametrize(
    ("topic", "section"),
    [
        # the bug: "national" is rare in the folder, so at full weight it tied the topic to National Nurses Week
        ("national hospital week", "facts/recognition.md § Hospital Week"),
        # the heading itself, without the observance word
        ("hospital week", "facts/recognition.md § Hospital Week"),
        # the heading names the whole subject: it wins over another section that also holds "nurse"
        ("national nurses week", "facts/recognition.md § National Nurses Week"),
        # "world" and "day" weigh little, so the kidney section is about the topic
        ("world kidney day", "facts/services.md § Kidney Care"),
    ],
)
async def test_the_section_named_by_the_topics_subject_is_quoted(svc: CarePost, topic: str, section: str) -> None:
    result = await svc.draft(DraftRequest(pillar="community", topic=topic))
    assert result.sources == [section]


@pytest.mark.parametrize(
    "topic",
    [
        # shares only "national week" with National Nurses Week: another event's date must not be quoted
        "national pharmacy week",
        # shares only "world" and "day": observance words alone name no section
        "world health day",
    ],
)
async def test_observance_words_alone_match_no_section(svc: CarePost, topic: str) -> None:
    result = await svc.draft(DraftRequest(pillar="community", topic=topic))
    assert result.sources == []
