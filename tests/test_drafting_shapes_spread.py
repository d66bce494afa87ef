"""Platforms quote different facts of a topic when it has two or more (issue #12 item 3): Instagram and YouTube
both quoted the second of two facts, the same text with a different wrapper."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import load_config
from bot.drafting.models import DraftRequest
from bot.service import CarePost

FACTS = [
    "Riverside Health offers video visits with primary care and pediatric clinicians.",
    "Video visits run every evening until nine through the patient portal.",
    "More than 8,000 families used a video visit last year.",
    "Interpreters join a video visit in more than 40 languages.",
]


def service(tmp_path: Path, facts: list[str]) -> CarePost:
    folder = tmp_path / "facts"
    folder.mkdir()
    text = "# Services\n\n## Telehealth Visits\n" + "\n".join(facts) + "\n"
    (folder / "services.md").write_text(text, encoding="utf-8")
    config_file = tmp_path / "app.yaml"
    config_file.write_text("drafting:\n  facts: [facts]\n", encoding="utf-8")
    return CarePost(load_config(config_file))


def quoted(text: str, facts: list[str]) -> set[str]:
    return {fact for fact in facts if fact in text}


@pytest.mark.parametrize(
    "count",
    [
        2,  # the bug: both platforms quoted the second fact
        3,  # YouTube quotes two facts, neither of them Instagram's
        4,  # the most a topic keeps (facts.MAX_PLAIN)
    ],
)
async def test_instagram_and_youtube_quote_different_facts(tmp_path: Path, count: int) -> None:
    facts = FACTS[:count]
    result = await service(tmp_path, facts).draft(DraftRequest(pillar="promotion", topic="telehealth visits"))
    posts = {d.platform.value: quoted(d.text, facts) for d in result.drafts}
    assert posts["instagram"] and posts["youtube"]
    assert not posts["instagram"] & posts["youtube"], posts


async def test_one_fact_keeps_the_kinds_layouts_and_the_posts_still_differ(tmp_path: Path) -> None:
    facts = FACTS[:1]
    result = await service(tmp_path, facts).draft(DraftRequest(pillar="promotion", topic="telehealth visits"))
    posts = {d.platform.value: quoted(d.text, facts) for d in result.drafts}
    assert posts["facebook"] and posts["linkedin"]  # the layouts that quote {fact1} still do
    assert not posts["instagram"] and not posts["youtube"]  # a turn of one fact adds no second copy of it
    assert len({d.text for d in result.drafts}) == len(result.drafts)  # the hooks, closes and layouts differ
