"""Whom to tell about a review step, decided in the core so that every surface tells the same people.

On a submission: the reviewers this surface can reach directly (Slack member ids under review.reviewers), and
the review channel with its reviewer group when app.yaml names them. On a decision: the author, when they
submitted from the same surface and are not the person deciding. Teams reviewers are reached in their
personal chats (bot.deliveries.Deliveries.reviewer_chats), selected by the same identity rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict, Field

from bot.config import AppConfig
from bot.review.identity import same
from bot.review.models import ReviewItem

SLACK_MEMBER_ID = re.compile(r"^[UW][A-Z0-9]{2,}$")


class Notify(BaseModel):
    """Who else hears about a step: people to message directly, a channel and a group to mention there."""

    model_config = ConfigDict(frozen=True)

    people: list[str] = Field(default_factory=list)
    channel: str | None = None
    group: str | None = None


def on_submitted(config: AppConfig, surface: str) -> Notify:
    if surface != "slack":
        return Notify()
    people = [r.strip() for r in config.review.reviewers if SLACK_MEMBER_ID.match(r.strip())]
    return Notify(people=people, channel=config.slack.review_channel, group=config.slack.reviewer_user_group)


def on_decided(item: ReviewItem, surface: str, decided_by: Sequence[str]) -> Notify:
    """`decided_by`: every identity of the person deciding (nobody is told about their own decision)."""
    author = item.submitted_by
    if item.submitted_via.value != surface or any(same(author, who) for who in decided_by):
        return Notify()
    if surface == "slack" and not SLACK_MEMBER_ID.match(author):
        return Notify()
    return Notify(people=[author])
