"""The content model: pillars and platform profiles from package data, overridable from app.yaml."""

from __future__ import annotations

import pytest

from bot.config import ConfigError, config_from_mapping
from bot.drafting.content import builtin_content, content_for, platform_view
from guardrails.settings import Platform


def test_four_pillars_with_their_kinds() -> None:
    content = builtin_content()
    assert list(content.pillars) == ["education", "community", "promotion", "thought-leadership"]
    assert all(p.kinds and p.aliases for p in content.pillars.values())
    assert content.content_mix == {"evergreen": 60, "seasonal": 25, "responsive": 15}


def test_every_platform_has_a_profile_with_frequency_guidance() -> None:
    content = builtin_content()
    assert set(content.platforms) == set(Platform)
    for profile in content.platforms.values():
        assert profile.tone and profile.structure and profile.frequency
    assert content.platforms[Platform.YOUTUBE].title_max == 100
    assert content.platforms[Platform.INSTAGRAM].links == "bio"


def test_limits_come_from_the_guardrail_settings() -> None:
    config = config_from_mapping({"guardrails": {"platforms": {"threads": {"max_chars": 400, "max_hashtags": 0}}}})
    view = platform_view(Platform.THREADS, content_for(config), config)
    assert view.limits.max_chars == 400
    assert view.hashtag_count == 0  # the profile's 1 is capped by the platform maximum


def test_app_yaml_overrides_a_profile_and_adds_a_pillar() -> None:
    config = config_from_mapping(
        {
            "drafting": {
                "platforms": {"twitter": {"tone": "dry"}},
                "pillars": {
                    "careers": {"label": "Careers", "aliases": ["jobs"]},
                    "education": {"hashtags": ["#Learn"]},
                },
            }
        }
    )
    content = content_for(config)
    assert content.platforms[Platform.X].tone == "dry"
    assert content.pillars["careers"].label == "Careers"
    assert content.pillars["education"].hashtags == ["#Learn"]
    assert content.pillars["education"].kinds  # untouched fields stay


def test_unknown_override_key_names_the_key() -> None:
    with pytest.raises(ConfigError, match=r"drafting\.platforms\.x\.colour"):
        config_from_mapping({"drafting": {"platforms": {"x": {"colour": "red"}}}})
