"""The content model: built-in pillars and platform profiles (package data) with app.yaml's overrides on top.

Limits are never stored here: `PlatformView` pairs a profile with the guardrail settings' limits so that the
drafters and the guardrails measure a post against the same number.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from bot.config import AppConfig
from bot.drafting.models import ContentModel, PillarSpec, PlatformProfile
from bot.messages import drafting as msg
from guardrails.settings import Platform, PlatformLimits, canonical_platform


class DraftingInputError(ValueError):
    """A request CarePost cannot draft (unknown pillar or platform, empty topic). The message is one line."""


@dataclass(frozen=True)
class PlatformView:
    """A platform profile with the limits the guardrails will measure it against."""

    profile: PlatformProfile
    limits: PlatformLimits

    @property
    def platform(self) -> Platform:
        return self.profile.platform

    @property
    def hashtag_count(self) -> int:
        return min(self.profile.hashtags, self.limits.max_hashtags)


def load_yaml(name: str) -> dict[str, Any]:
    """A YAML file from bot/drafting/data (package data, so it works from a wheel too)."""
    text = resources.files("bot.drafting").joinpath("data", name).read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):  # pragma: no cover - a packaging mistake, caught by tests
        raise TypeError(f"bot/drafting/data/{name} must hold a mapping")
    return data


@lru_cache(maxsize=1)
def builtin_content() -> ContentModel:
    data = load_yaml("content.yaml")
    pillars = {key: PillarSpec(key=key, **spec) for key, spec in data["pillars"].items()}
    platforms = {
        Platform(key): PlatformProfile(platform=Platform(key), **spec) for key, spec in data["platforms"].items()
    }
    return ContentModel(pillars=pillars, platforms=platforms, content_mix=data.get("content_mix", {}))


def content_for(config: AppConfig) -> ContentModel:
    """The built-in content model with `drafting.pillars` and `drafting.platforms` from app.yaml applied."""
    base = builtin_content()
    drafting = config.drafting
    if not drafting.pillars and not drafting.platforms:
        return base
    pillars = dict(base.pillars)
    for key, override in drafting.pillars.items():
        changes = override.model_dump(exclude_none=True)
        if key in pillars:
            pillars[key] = pillars[key].model_copy(update=changes)
        else:
            pillars[key] = PillarSpec(
                key=key, label=changes.pop("label", key), purpose=changes.pop("purpose", ""), **changes
            )
    platforms = dict(base.platforms)
    for platform, platform_override in drafting.platforms.items():
        platforms[platform] = platforms[platform].model_copy(update=platform_override.model_dump(exclude_none=True))
    return ContentModel(pillars=pillars, platforms=platforms, content_mix=base.content_mix)


def resolve_pillar(name: str, content: ContentModel) -> PillarSpec:
    """`Educational`, `engagement`, `thought leadership` all find their pillar; anything else is an error
    that lists the valid names."""
    key = "-".join(name.strip().lower().replace("_", "-").split())
    if key in content.pillars:
        return content.pillars[key]
    for pillar in content.pillars.values():
        if key in {"-".join(a.lower().split()) for a in pillar.aliases}:
            return pillar
    raise DraftingInputError(msg.UNKNOWN_PILLAR.format(name=name, valid=", ".join(content.pillars)))


def resolve_platforms(names: list[str] | None, config: AppConfig) -> list[Platform]:
    """The requested platforms in the order given, without repeats; None means the configured defaults."""
    if names is None:
        return list(dict.fromkeys(config.drafting.default_platforms))
    resolved: list[Platform] = []
    for name in names:
        if not name.strip():
            continue
        platform = canonical_platform(name)
        if platform is None:
            valid = ", ".join(p.value for p in Platform)
            raise DraftingInputError(msg.UNKNOWN_PLATFORM.format(name=name.strip(), valid=valid))
        resolved.append(platform)
    if not resolved:
        raise DraftingInputError(msg.NO_PLATFORM.format(valid=", ".join(p.value for p in Platform)))
    return list(dict.fromkeys(resolved))


def platform_view(platform: Platform, content: ContentModel, config: AppConfig) -> PlatformView:
    return PlatformView(profile=content.platforms[platform], limits=config.guardrail_settings().limits_for(platform))
