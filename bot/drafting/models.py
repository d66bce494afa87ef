"""The shapes of drafting: the content model (pillars, platform profiles), a request, a draft and a result.

They are pydantic models because the CLI, the chat adapters and the LLM prompts all read them, and because
what an LLM sends back must be checked, not trusted. The service's `draft` and `redraft` take and return
these; Slack and Teams render them, so their field names are a contract.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from guardrails import Finding, Report, Verdict
from guardrails.settings import Platform

EmojiUse = Literal["none", "light", "moderate"]
LinkHandling = Literal["inline", "bio", "description"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PillarSpec(Strict):
    """A content pillar as the sources define it: what it is for and the kinds of post it holds."""

    key: str
    label: str
    purpose: str
    aliases: list[str] = Field(default_factory=list)
    kinds: list[str] = Field(default_factory=list)
    hashtags: list[str] = Field(default_factory=list)


class PlatformProfile(Strict):
    """How a post is written for one platform. Limits are NOT here: they come from the guardrail settings."""

    platform: Platform
    label: str
    role: str
    tone: str
    structure: list[str]
    hashtags: int = Field(ge=0, description="How many hashtags a good post uses (capped by the platform limit).")
    hashtag_placement: Literal["inline", "end"] = "end"
    emoji: EmojiUse = "light"
    links: LinkHandling = "inline"
    alt_text: bool = True
    visual: str = ""
    frequency: str = ""
    title_max: int | None = Field(default=None, gt=0)


class ContentModel(Strict):
    pillars: dict[str, PillarSpec]
    platforms: dict[Platform, PlatformProfile]
    content_mix: dict[str, int] = Field(default_factory=dict)


class DraftRequest(BaseModel):
    """What a person asked for. `platforms` None means the configured default platforms."""

    model_config = ConfigDict(frozen=True)

    pillar: str
    topic: str
    platforms: list[str] | None = None
    requested_by: str | None = None


class Candidate(BaseModel):
    """One post as a drafter wrote it, before the guardrails. Also the shape the LLM must answer with."""

    model_config = ConfigDict(extra="ignore")

    platform: str
    text: str = Field(min_length=1)
    hashtags: list[str] = Field(default_factory=list)
    alt_text: str | None = None
    title: str | None = None
    visual: str | None = Field(default=None, description="What image or video to pair the post with.")
    facts_used: list[str] = Field(default_factory=list, description="The given facts the model says it used.")


class Draft(BaseModel):
    """One platform's post after the guardrails. `text` is postable only when `postable` is true; when the
    verdict is block it is a redacted preview."""

    model_config = ConfigDict(frozen=True)

    platform: Platform
    text: str
    verdict: Verdict
    findings: list[Finding]
    hashtags: list[str]
    alt_text: str | None = None
    title: str | None = None
    visual: str | None = None
    frequency: str | None = Field(default=None, description="Posting-frequency guidance for the platform.")
    length: int
    limit: int
    source: Literal["offline", "llm"]
    repair_rounds: int = 0
    report: Report
    title_report: Report | None = None
    needs_facts: bool = Field(
        default=False, description="Postable by the guardrails, but not worth posting until someone adds facts."
    )
    missing: list[str] = Field(default_factory=list, description="What the post still lacks: when, where, ...")

    @property
    def postable(self) -> bool:
        return self.verdict is not Verdict.BLOCK

    def payload(self) -> dict[str, Any]:
        """The `--json` shape of ../shared/spec/interface.md (with a few added keys). Findings are redacted."""
        data: dict[str, Any] = {
            "platform": self.platform.value,
            "text": self.text,
            "verdict": self.verdict.value,
            "findings": [f.redacted().model_dump(mode="json") for f in self.findings],
            "hashtags": self.hashtags,
            "length": self.length,
            "limit": self.limit,
            "source": self.source,
            "postable": self.postable,
            "needs_facts": self.needs_facts,
            "missing": self.missing,
        }
        if self.alt_text is not None:
            data["alt_text"] = self.alt_text
        if self.title is not None:
            data["title"] = self.title
        if self.visual is not None:
            data["visual"] = self.visual
        if self.frequency:
            data["posting_frequency"] = self.frequency
        return data


class DraftResult(BaseModel):
    """Everything a surface shows: the drafts, the notices for the person, or the reason it was refused."""

    model_config = ConfigDict(frozen=True)

    pillar: str
    topic: str
    drafts: list[Draft] = Field(default_factory=list)
    notices: list[str] = Field(default_factory=list)
    refused: str | None = Field(default=None, description="Why the topic was refused; then there are no drafts.")
    sources: list[str] = Field(
        default_factory=list, description="Where the facts in the drafts come from: 'file § section'."
    )

    @property
    def blocked(self) -> bool:
        return self.refused is not None or any(not d.postable for d in self.drafts)

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "pillar": self.pillar,
            "topic": self.topic,
            "drafts": [d.payload() for d in self.drafts],
            "notices": self.notices,
            "sources": self.sources,
        }
        if self.refused is not None:
            data["refused"] = self.refused
        return data
