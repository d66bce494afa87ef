"""The LLM drafter: one model call for all platforms, one call per revision, answers checked by pydantic.

It only ever sees the Brief (the guarded topic, never the raw one) and, when revising, the blocked post's
redacted text with rule ids and messages. Whatever it returns still goes through the guardrails in the
pipeline: the model is a writer, never a judge.
"""

from __future__ import annotations

import json
import logging

from pydantic import BaseModel, ConfigDict, ValidationError

from bot.config import AppConfig
from bot.drafting.brief import Brief
from bot.drafting.content import PlatformView
from bot.drafting.kinds import SHAPES
from bot.drafting.models import Candidate
from bot.llm.client import LLMClient
from bot.llm.errors import LLMFailure
from bot.llm.prompts import load_prompt
from guardrails import Report
from guardrails.settings import Platform, canonical_platform

log = logging.getLogger("carepost.drafting")

NO_FACTS = "(none: write general copy that states no medical fact, and invite people to talk with their doctor)"
SKELETON = (
    "(none about the organization: write each platform's post as a skeleton, with every specific only the "
    "organization knows in square brackets, such as [date], [location], [name of the program], [Name, title]; "
    "state no medical fact)"
)  # a topic outside the knowledge base with nothing in the organization's material (bot/drafting/skeleton.py)


class DraftAnswer(BaseModel):
    """What the draft prompt asks the model to answer with."""

    model_config = ConfigDict(extra="ignore")

    posts: list[Candidate]


class LLMDrafter:
    def __init__(self, client: LLMClient, config: AppConfig) -> None:
        self.client = client
        self.config = config

    @classmethod
    def from_config(cls, config: AppConfig) -> LLMDrafter:
        """Raises LLMFailure("not_configured") without OPENAI_API_KEY."""
        return cls(LLMClient.from_env(config), config)

    async def draft(self, brief: Brief, views: list[PlatformView]) -> dict[Platform, Candidate]:
        facts = _facts(brief)
        if _own_facts(brief):
            messages = load_prompt("draft_facts").render(**self._facts_variables(brief, views))
        else:
            messages = load_prompt("draft").render(**self._draft_variables(brief, views, facts))
        budget = self.config.llm.max_output_tokens * len(views)
        temperature = _temperature(self.config.llm.temperature, brief.variant)
        try:
            data = await self.client.complete_json(messages, budget, temperature)
        except LLMFailure as failure:
            if failure.reason != "budget" or brief.entry is None:  # only a knowledge-base entry's facts can go
                raise
            log.info("draft prompt over budget; retrying without the topic facts")
            messages = load_prompt("draft").render(**self._draft_variables(brief, views, NO_FACTS))
            data = await self.client.complete_json(messages, budget, temperature)
        try:
            answer = DraftAnswer.model_validate(data)
        except ValidationError:
            raise LLMFailure("bad_output", "draft answer shape") from None
        wanted = {v.platform: v for v in views}
        out: dict[Platform, Candidate] = {}
        for post in answer.posts:
            platform = canonical_platform(post.platform)
            if platform in wanted and platform not in out:
                out[platform] = _tidy(post, wanted[platform])
        if not out:
            raise LLMFailure("bad_output", "no requested platform in the answer")
        return out

    async def revise(self, brief: Brief, view: PlatformView, candidate: Candidate, report: Report) -> Candidate:
        findings = "\n".join(f"- {f.rule}: {f.message}" for f in report.findings) or "- (none listed)"
        messages = load_prompt("revise").render(
            org=brief.voice.name,
            platform=view.platform.value,
            profile=_profile_text(view, brief),
            text=report.redacted_text,
            findings=findings,
            title=candidate.title or "none",
        )
        data = await self.client.complete_json(messages, self.config.llm.max_output_tokens)
        data.setdefault("platform", view.platform.value)
        try:
            revised = Candidate.model_validate(data)
        except ValidationError:
            raise LLMFailure("bad_output", "revise answer shape") from None
        return _tidy(revised, view)

    async def aclose(self) -> None:
        await self.client.aclose()

    def _facts_variables(self, brief: Brief, views: list[PlatformView]) -> dict[str, str]:
        """The draft_facts prompt: the kind of post, its shape, the numbered facts with their sources."""
        assert brief.facts is not None
        sheet = brief.facts
        lines = []
        for number, fact in enumerate(sheet.facts, start=1):
            label = f"{fact.field.replace('_', ' ')}: " if fact.field else ""
            lines.append(f"{number}. {label}{fact.text} (source: {fact.source}, {fact.section})")
        return {
            **_common_variables(brief, views),
            "kind": sheet.kind,
            "shape": SHAPES[sheet.kind],
            "facts": "\n".join(lines),
            "missing": ", ".join(m.replace("_", " ") for m in sheet.missing) or "none",
        }

    def _draft_variables(self, brief: Brief, views: list[PlatformView], facts: str) -> dict[str, str]:
        return {
            **_common_variables(brief, views),
            "pillar_kinds": ", ".join(brief.pillar.kinds) or "any",
            "facts": facts,
        }


def _common_variables(brief: Brief, views: list[PlatformView]) -> dict[str, str]:
    """What both draft prompts say about the organization, the pillar, the topic and the platforms."""
    voice = brief.voice
    return {
        "org": voice.name,
        "website": voice.website or "(none)",
        "phone": voice.phone or "(none)",
        "pillar": brief.pillar.label,
        "pillar_purpose": brief.pillar.purpose,
        "topic": brief.topic,
        "platforms": "\n".join(_profile_text(v, brief) for v in views),
        "banned_words": ", ".join(voice.banned_words) or "none",
        "variant": str(brief.variant),
    }


def _own_facts(brief: Brief) -> bool:
    """A topic outside the knowledge base with facts from the organization's own material."""
    return brief.entry is None and brief.facts is not None and bool(brief.facts.facts)


def _temperature(base: float, variant: int) -> float:
    """A regenerate press (variant 1, 2, ...) asks for a fresher take: a little more temperature, capped."""
    return min(base + 0.15 * min(variant, 4), 1.2) if variant else base


def _facts(brief: Brief) -> str:
    entry = brief.entry
    if entry is None:
        season = brief.facts.season if brief.facts is not None else None
        return f"- {season}\n{SKELETON}" if season else SKELETON
    lines = [entry.why, *entry.facts, *(f"Tip: {t}." for t in entry.tips)]
    if entry.month:
        lines.append(entry.month)
    if entry.urgent:
        lines.append(entry.urgent)
    return "\n".join(f"- {line}" for line in lines)


def _profile_text(view: PlatformView, brief: Brief) -> str:
    """One platform's profile as the model reads it: one JSON line, limits from the guardrail settings."""
    profile, limits = view.profile, view.limits
    counting = "X weighted characters, every link counts 23" if limits.counting == "x_weighted" else "characters"
    data = {
        "platform": profile.platform.value,
        "max_length": f"{limits.max_chars} {counting}",
        "tone": profile.tone,
        "structure": profile.structure,
        "hashtags": f"exactly {view.hashtag_count}, placed {profile.hashtag_placement}",
        "emoji": profile.emoji,
        "links": {"inline": "link in the text", "bio": "say 'link in bio', no URL", "description": "links in text"}[
            profile.links
        ],
        "alt_text": "required" if profile.alt_text else "null",
        "title": f"required, at most {profile.title_max} characters" if profile.title_max else "null",
        "disclaimer": f"end with: {brief.voice.disclaimers[profile.platform]}",
    }
    return json.dumps(data, ensure_ascii=False)


def _tidy(candidate: Candidate, view: PlatformView) -> Candidate:
    """Normalise what the model sent: the platform id, hashtags with #, a title only where one belongs."""
    title = candidate.title.strip() if candidate.title and view.profile.title_max else None
    if title is not None and view.profile.title_max and len(title) > view.profile.title_max:
        title = title[: view.profile.title_max - 1].rstrip() + "…"
    tags = [t if t.startswith("#") else f"#{t}" for t in (h.strip() for h in candidate.hashtags) if t.strip("#")]
    return candidate.model_copy(
        update={"platform": view.platform.value, "text": candidate.text.strip(), "title": title, "hashtags": tags}
    )
