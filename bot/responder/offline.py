"""Replies from templates (bot/messages/replies.py): no model, no network, nothing of the comment copied back.

The variant is chosen from a hash of the comment, so the same comment gets the same reply (a person can run it
again and compare) while different comments do not all get the same words; each channel starts one variant
further on, so the replies for six channels do not read as one text pasted six times. Each channel gets its
own shape: X the short forms; where people can message the organization (Facebook, Instagram, LinkedIn,
Threads, TikTok) the contact offers a private message too; review sites (Google, Yelp, Healthgrades) open by
thanking for the review, which future patients read; Instagram, TikTok and Threads close a thank-you warmly.
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


MESSAGING = frozenset({Channel.FACEBOOK, Channel.INSTAGRAM, Channel.LINKEDIN, Channel.THREADS, Channel.TIKTOK})
REVIEW_SITES = frozenset({Channel.GOOGLE, Channel.YELP, Channel.HEALTHGRADES})
WARM = frozenset({Channel.INSTAGRAM, Channel.TIKTOK, Channel.THREADS})


def offline_replies(
    comment: str, sentiment: Sentiment, channel: Channel, org: str, contact: str, count: int
) -> list[str]:
    """Up to `count` different wordings for one channel, the comment's own variant first."""
    pool = variants(sentiment, channel)
    seed = int.from_bytes(hashlib.sha256(comment.encode("utf-8")).digest()[:4], "big")
    start = (seed + list(Channel).index(channel)) % len(pool)
    picked = [pool[(start + i) % len(pool)] for i in range(min(count, len(pool)))]
    here = (
        msg.CONTACT_OR_MESSAGE.format(contact=contact)
        if channel in MESSAGING and contact != msg.CONTACT_NONE
        else contact
    )
    return [_shaped(template.format(org=org, contact=here), sentiment, channel) for template in picked]


def _shaped(text: str, sentiment: Sentiment, channel: Channel) -> str:
    if channel in REVIEW_SITES and sentiment is not Sentiment.CRISIS:
        text = f"{msg.REVIEW_OPENING} {text}"
    if channel in WARM and sentiment is Sentiment.POSITIVE:
        text = f"{text} {msg.WARM_CLOSING}"
    return text
