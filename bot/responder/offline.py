"""Replies from templates (bot/messages/replies.py): no model, no network, nothing of the comment copied back.

The variant is chosen from a hash of the comment, so the same comment gets the same reply (a person can run it
again and compare) while different comments do not all get the same words. X gets the short forms.
"""

from __future__ import annotations

import hashlib

from bot.messages import replies as msg
from bot.responder.models import Channel, Sentiment

LONG = {
    Sentiment.POSITIVE: msg.POSITIVE,
    Sentiment.NEUTRAL: msg.NEUTRAL,
    Sentiment.NEGATIVE: msg.NEGATIVE,
    Sentiment.CRISIS: msg.CRISIS,
}


def variants(sentiment: Sentiment, channel: Channel) -> tuple[str, ...]:
    return msg.SHORT[sentiment.value] if channel is Channel.X else LONG[sentiment]


def offline_replies(
    comment: str, sentiment: Sentiment, channel: Channel, org: str, contact: str, count: int
) -> list[str]:
    """Up to `count` different wordings for one channel, the comment's own variant first."""
    pool = variants(sentiment, channel)
    start = int.from_bytes(hashlib.sha256(comment.encode("utf-8")).digest()[:4], "big") % len(pool)
    picked = [pool[(start + i) % len(pool)] for i in range(min(count, len(pool)))]
    return [template.format(org=org, contact=contact) for template in picked]
