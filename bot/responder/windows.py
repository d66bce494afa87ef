"""How soon to answer, per channel, from the sources' figures (../shared/seeds/: 000 and 001).

Reviews: within 24 hours (001). Comments: 2-4 hours during business hours (001). X is the real-time channel
(001) and 40% of people expect an answer within the first hour (000, Sprout Social), so X gets the first hour.
A comment with self-harm or threat words is answered now, whatever the channel.
"""

from __future__ import annotations

from bot.messages import replies as msg
from bot.responder.models import REVIEW_SITES, Channel, ResponseWindow, Sentiment


def response_window(channel: Channel | None, sentiment: Sentiment) -> ResponseWindow:
    if sentiment is Sentiment.CRISIS:
        return ResponseWindow(target=msg.WINDOW_CRISIS, why=msg.ESCALATION["self_harm"], expectations=msg.EXPECTATIONS)
    if channel in REVIEW_SITES:
        return ResponseWindow(target=msg.WINDOW_REVIEW, why=msg.WINDOW_WHY_REVIEW, expectations=msg.EXPECTATIONS)
    if channel is Channel.X:
        return ResponseWindow(target=msg.WINDOW_X, why=msg.WINDOW_WHY_X, expectations=msg.EXPECTATIONS)
    return ResponseWindow(target=msg.WINDOW_COMMENT, why=msg.WINDOW_WHY_COMMENT, expectations=msg.EXPECTATIONS)
