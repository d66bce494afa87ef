"""What every drafter is given: the pillar, the (already guarded) topic, the organization's voice.

Built once per request by the pipeline, so the offline drafter and the LLM drafter see exactly the same
inputs, and neither ever sees the topic before its PHI was removed.
"""

from __future__ import annotations

import logging

from pydantic import BaseModel, ConfigDict, Field

from bot.config import AppConfig
from bot.drafting.facts import FactSheet
from bot.drafting.models import PillarSpec
from bot.drafting.topics import TopicEntry, match_topic
from guardrails.settings import Platform

log = logging.getLogger("carepost.drafting")


class Voice(BaseModel):
    """The organization as posts speak of it: name, links, phone, home town, brand tags, words never used."""

    model_config = ConfigDict(frozen=True)

    name: str
    website: str | None
    phone: str | None
    town: str | None
    handle: str | None
    brand_hashtags: list[str] = Field(default_factory=list)
    banned_words: list[str] = Field(default_factory=list)
    disclaimers: dict[Platform, str]

    @classmethod
    def from_config(cls, config: AppConfig) -> Voice:
        org = config.organization
        settings = config.guardrail_settings()
        brand = config.drafting.brand_hashtags or [_brand_tag(org.name)]
        return cls(
            name=org.name,
            website=config.drafting.cta_url or org.website or None,
            phone=_cta_phone(config.drafting.cta_phone, org.phones),
            town=org.towns[0] if org.towns else None,
            handle=org.handles[0] if org.handles else None,
            brand_hashtags=[t for t in brand if t],
            banned_words=[*config.drafting.banned_words, *settings.terms.banned],
            disclaimers={p: settings.disclaimers.for_platform(p) for p in Platform},
        )


class Brief(BaseModel):
    model_config = ConfigDict(frozen=True)

    pillar: PillarSpec
    topic: str = Field(description="The topic after the input guard: PHI redacted, never the raw input.")
    entry: TopicEntry | None
    voice: Voice
    variant: int = 0
    facts: FactSheet | None = Field(
        default=None, description="The organization's own facts, for a topic outside the knowledge base."
    )

    @classmethod
    def build(cls, pillar: PillarSpec, topic: str, voice: Voice, variant: int = 0) -> Brief:
        return cls(pillar=pillar, topic=topic, entry=match_topic(topic), voice=voice, variant=variant)

    @property
    def needs_facts(self) -> bool:
        """No built-in entry and not enough of the organization's own facts for the kind of post asked for."""
        return self.entry is None and (self.facts is None or self.facts.needs_facts)


def _cta_phone(wanted: str | None, phones: list[str]) -> str | None:
    """drafting.cta_phone picks which of the organization's phones posts use. Any other number would be
    flagged by phi.phone, so one not in organization.phones is ignored (and logged)."""
    if wanted:
        digits = "".join(c for c in wanted if c.isdigit())
        if any("".join(c for c in p if c.isdigit()) == digits for p in phones):
            return wanted
        log.warning("drafting.cta_phone is not one of organization.phones; using the first organization phone")
    return phones[0] if phones else None


def _brand_tag(name: str) -> str:
    letters = "".join(word[:1].upper() + word[1:] for word in name.split() if word.isalnum())
    return f"#{letters}" if letters and any(c.isalpha() for c in letters) else ""
