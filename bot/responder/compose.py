"""One pasted comment -> a ReplySet: tone, escalation, replies per channel (each guardrailed), response window.

The door the service calls. A reply is offered as postable only when the guardrails do not block it; a model
reply they block is never shown as postable, and the offline templates take its place.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence

from bot.config import AppConfig
from bot.messages import drafting as drafting_msg
from bot.messages import replies as msg
from bot.responder.lexicon import URGENT_KINDS, Reading, read_comment
from bot.responder.models import (
    CHANNEL_ALIASES,
    MAIN_CHANNELS,
    Channel,
    Escalation,
    ReplyOption,
    ReplySet,
    Sentiment,
)
from bot.responder.offline import offline_replies
from bot.responder.windows import response_window
from guardrails import Engine, Platform, Report

log = logging.getLogger(__name__)
ALTERNATIVES = 2  # wordings offered when the person named one channel
# The longest comment replied to: platforms cap comments and reviews well below this (Facebook 8,000, Google
# 4,096), so a longer paste is a mistake; the guardrails' own guardrails.max_text_chars applies when smaller.
MAX_COMMENT_CHARS = 10_000


class ReplyInputError(ValueError):
    """Bad input (no comment, an unknown channel), as one line that says how to fix it."""


def parse_channel(value: str | None) -> Channel | None:
    """A channel name or alias; None or blank: every main channel."""
    if value is None or not value.strip():
        return None
    key = value.strip().lower()
    if key in CHANNEL_ALIASES:
        return CHANNEL_ALIASES[key]
    try:
        return Channel(key)
    except ValueError:
        known = ", ".join(c.value for c in Channel)
        raise ReplyInputError(msg.UNKNOWN_CHANNEL.format(value=value, known=known)) from None


def contact_phrase(config: AppConfig) -> str:
    """replies.contact, else the organization's first phone, else its first e-mail, else a private message."""
    org = config.organization
    value = config.replies.contact
    if value:
        if "@" in value and " " not in value.strip():
            return msg.CONTACT_EMAIL.format(value=value.strip())
        digits = sum(ch.isdigit() for ch in value)
        return (msg.CONTACT_PHONE if digits >= 7 else msg.CONTACT_OTHER).format(value=value.strip())
    if org.phones:
        return msg.CONTACT_PHONE.format(value=org.phones[0])
    if org.emails:
        return msg.CONTACT_EMAIL.format(value=org.emails[0])
    return msg.CONTACT_NONE


def escalation_for(reading: Reading) -> Escalation | None:
    if not reading.kinds:
        return None
    return Escalation(
        kinds=list(reading.kinds),
        urgent=any(kind in URGENT_KINDS for kind in reading.kinds),
        notes=[msg.ESCALATION[kind] for kind in reading.kinds],
        cues=list(reading.cues),
    )


def guarded(engine: Engine, channel: Channel, text: str) -> tuple[ReplyOption, Report]:
    """The reply as the guardrails leave it on the channel's platform (review sites have none)."""
    platform = _platform(channel)
    report = engine.check(text, platform)
    option = ReplyOption(
        channel=channel,
        text=report.fixed_text if report.postable else None,
        verdict=report.verdict,
        findings=[f.redacted() for f in report.findings],
        preview=None if report.postable else report.redacted_text,
    )
    return option, report


def _platform(channel: Channel) -> Platform | None:
    try:
        return Platform(channel.value)
    except ValueError:
        return None


def llm_wanted(config: AppConfig) -> bool:
    """The drafting switch decides for replies too: auto uses the model when an API key is set."""
    mode = config.drafting.drafter
    return mode == "llm" or (mode == "auto" and bool(os.environ.get("OPENAI_API_KEY")))


async def reply_to(config: AppConfig, engine: Engine, comment: str, channel: Channel | None = None) -> ReplySet:
    """Replies for one comment: on `channel` (with another wording), else one for each main channel."""
    if not comment or not comment.strip():
        raise ReplyInputError(msg.EMPTY_COMMENT)
    limit = min(MAX_COMMENT_CHARS, engine.settings.max_text_chars)
    if len(comment) > limit:
        raise ReplyInputError(msg.COMMENT_TOO_LONG.format(length=len(comment), limit=limit))
    reading = read_comment(comment)
    channels: Sequence[Channel] = [channel] if channel is not None else MAIN_CHANNELS
    contact = contact_phrase(config)
    notices: list[str] = []
    written: dict[Channel, str] = {}
    if llm_wanted(config):
        written = await _from_model(config, engine, comment, reading.sentiment, channels, contact, notices)
    count = ALTERNATIVES if channel is not None else 1
    replies: list[ReplyOption] = []
    for each in channels:
        offline = offline_replies(comment, reading.sentiment, each, config.organization.name, contact, count)
        replies.extend(_options(engine, each, written.get(each), offline, count, notices))
    if not any(option.postable for option in replies):
        notices.append(msg.NO_POSTABLE)
    return ReplySet(
        channel=channel,
        sentiment=reading.sentiment,
        replies=replies,
        escalation=escalation_for(reading),
        respond_within=response_window(channel, reading.sentiment),
        notices=notices,
        source="llm" if written else "offline",
    )


def _options(
    engine: Engine, channel: Channel, model_text: str | None, offline: list[str], count: int, notices: list[str]
) -> list[ReplyOption]:
    """The model's reply when it passes, then the templates; postable options first, `count` of them."""
    options: list[ReplyOption] = []
    if model_text is not None:
        option, report = guarded(engine, channel, model_text)
        if option.postable:
            options.append(option)
        else:
            rules = ", ".join(sorted({f.rule for f in report.findings if f.severity.value == "block"}))
            log.info("model reply for %s blocked by %s", channel.value, rules)
            notices.append(msg.LLM_FELL_BACK.format(reason=msg.LLM_BLOCKED.format(rules=rules)))
    options.extend(guarded(engine, channel, text)[0] for text in offline)
    postable = [o for o in options if o.postable]
    return (postable or options)[:count]


async def _from_model(
    config: AppConfig,
    engine: Engine,
    comment: str,
    sentiment: Sentiment,
    channels: Sequence[Channel],
    contact: str,
    notices: list[str],
) -> dict[Channel, str]:
    """The model's replies, or {} with a notice saying why not. The model sees the comment with PHI redacted."""
    from bot.llm.errors import LLMFailure
    from bot.responder.llm import model_replies

    redacted = engine.check(comment).redacted_text
    try:
        return await model_replies(config, redacted, sentiment, channels, contact)
    except LLMFailure as exc:
        log.warning("reply model failed: %s", exc.reason)
        reason = drafting_msg.LLM_FAILURE_REASONS.get(exc.reason, drafting_msg.LLM_FAILURE_REASONS["other"])
        notices.append(msg.LLM_FELL_BACK.format(reason=msg.LLM_REASON_FAILED.format(reason=reason)))
        return {}
