"""The shapes of a reply to a comment or review (the `carepost reply --json` shape is ReplySet's dump)."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from guardrails import Finding, Verdict


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Channel(StrEnum):
    """Where a comment or review was posted. Review sites have no guardrail platform of their own."""

    GOOGLE = "google"
    FACEBOOK = "facebook"
    YELP = "yelp"
    INSTAGRAM = "instagram"
    X = "x"
    LINKEDIN = "linkedin"
    THREADS = "threads"
    YOUTUBE = "youtube"
    HEALTHGRADES = "healthgrades"
    TIKTOK = "tiktok"


# The channels a reply is drafted for when none is named.
MAIN_CHANNELS = (Channel.GOOGLE, Channel.FACEBOOK, Channel.YELP, Channel.INSTAGRAM, Channel.X, Channel.LINKEDIN)
REVIEW_SITES = frozenset({Channel.GOOGLE, Channel.YELP, Channel.HEALTHGRADES})
CHANNEL_ALIASES = {
    "twitter": Channel.X,
    "fb": Channel.FACEBOOK,
    "ig": Channel.INSTAGRAM,
    "google reviews": Channel.GOOGLE,
}


class Sentiment(StrEnum):
    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"
    CRISIS = "crisis"


class Escalation(Frozen):
    """What the team must do before (or beside) replying. `cues` are lexicon words, never the comment's text."""

    kinds: list[str]
    urgent: bool = Field(description="Self-harm or a threat: act now, not within the response window.")
    notes: list[str]
    cues: list[str]


class ResponseWindow(Frozen):
    target: str = Field(description="How soon to answer on this channel ('within 24 hours').")
    why: str = Field(description="The source's figure behind it.")
    expectations: str = Field(description="What people expect (the 40% / 79% figures).")


class ReplyOption(Frozen):
    """One reply for one channel, as the guardrails left it. `text` is None when blocked (never postable)."""

    channel: Channel
    text: str | None
    verdict: Verdict
    findings: list[Finding] = Field(default_factory=list, description="With PHI spans hidden.")
    preview: str | None = Field(default=None, description="The redacted text when blocked: not postable.")

    @property
    def postable(self) -> bool:
        return self.verdict is not Verdict.BLOCK and self.text is not None


class ReplySet(Frozen):
    """Everything a person sees for one pasted comment: replies per channel (the first per channel is the
    suggestion, any further one another wording), the tone, an escalation note and the response window."""

    channel: Channel | None = Field(description="The channel the person named; None: one reply per main channel.")
    sentiment: Sentiment
    replies: list[ReplyOption]
    escalation: Escalation | None = None
    respond_within: ResponseWindow
    notices: list[str] = Field(default_factory=list)
    source: str = Field(default="offline", description="offline (templates) or llm.")
