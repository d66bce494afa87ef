"""The reply card every surface lays out (Slack blocks, a Teams Adaptive Card, rich in the terminal and CLI).

Sentences come from bot/messages/replies.py; adapters only lay these lines out, so each surface shows the same
tone, window, escalation and replies. A blocked reply appears only as a "not postable" line, never its text.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from bot.messages import replies as msg
from bot.responder.models import REVIEW_SITES, ReplyOption, ReplySet

LABELS = {"x": "X", "linkedin": "LinkedIn", "youtube": "YouTube", "tiktok": "TikTok", "healthgrades": "Healthgrades"}


class CardReply(BaseModel):
    model_config = ConfigDict(frozen=True)

    heading: str
    text: str | None = Field(description="Postable text; None when the guardrails blocked it.")
    blocked: str | None = Field(default=None, description="Why it is not postable (rule ids), when blocked.")


class ReplyCard(BaseModel):
    model_config = ConfigDict(frozen=True)

    title: str
    sentiment: str
    window: str
    expectations: str
    escalation_title: str | None = None
    escalation: list[str] = Field(default_factory=list)
    urgent: bool = False
    replies: list[CardReply]
    notices: list[str] = Field(default_factory=list)
    reminder: str = msg.REMINDER


def channel_label(value: str | None) -> str:
    if value is None:
        return ""
    return LABELS.get(value, value.capitalize())


def reply_card(result: ReplySet) -> ReplyCard:
    """The lines of one ReplySet, in the order every surface shows them."""
    source = msg.SOURCE_REVIEW if result.channel in REVIEW_SITES else msg.SOURCE_COMMENT
    channel = (
        channel_label(result.channel.value)
        if result.channel
        else ", ".join(dict.fromkeys(channel_label(r.channel.value) for r in result.replies))
    )
    escalation = result.escalation
    lines: list[str] = []
    if escalation is not None:
        lines = list(escalation.notes)
        lines.append(msg.ESCALATION_CUES.format(cues=", ".join(escalation.cues)))
    return ReplyCard(
        title=msg.CARD_TITLE.format(source=source, channel=channel),
        sentiment=msg.SENTIMENT_LABEL.format(sentiment=result.sentiment.value),
        window=msg.RESPOND_WITHIN.format(target=result.respond_within.target, why=result.respond_within.why),
        expectations=result.respond_within.expectations,
        escalation_title=msg.ESCALATION_TITLE if escalation is not None else None,
        escalation=lines,
        urgent=bool(escalation and escalation.urgent),
        replies=_replies(result.replies),
        notices=list(result.notices),
    )


def _replies(options: list[ReplyOption]) -> list[CardReply]:
    seen: set[str] = set()
    out: list[CardReply] = []
    for option in options:
        first = option.channel.value not in seen
        seen.add(option.channel.value)
        heading = (
            msg.REPLY_HEADING.format(channel=channel_label(option.channel.value))
            if first
            else (msg.ALTERNATIVE_HEADING)
        )
        blocked = None
        if not option.postable:
            rules = ", ".join(sorted({f.rule for f in option.findings if f.severity.value == "block"}))
            blocked = msg.BLOCKED_REPLY.format(rules=rules)
        out.append(CardReply(heading=heading, text=option.text if option.postable else None, blocked=blocked))
    return out
