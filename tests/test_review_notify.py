"""Whom the core tells about a review step (bot.review.notify): the same people whatever the surface does."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.config import config_from_mapping
from bot.review.models import Channel, ReviewItem, ReviewState
from bot.review.notify import Notify, on_decided, on_submitted

CONFIG = config_from_mapping(
    {
        "review": {"reviewers": ["U0REVIEW1", "compliance@riversidehealth.org", " W0LEAD "]},
        "slack": {"review_channel": "C0REVIEWS", "reviewer_user_group": "S0GROUP"},
    }
)


def item(submitted_by: str, via: Channel) -> ReviewItem:
    return ReviewItem(
        id=1,
        state=ReviewState.APPROVED,
        platform="x",
        text="Hi",
        verdict="pass",
        submitted_by=submitted_by,
        submitted_via=via,
        submitted_at=datetime.now(UTC),
    )


def test_slack_submissions_reach_the_slack_reviewers_and_the_review_channel() -> None:
    # e-mails cannot be messaged in Slack; member ids are written any way in app.yaml
    assert on_submitted(CONFIG, "slack") == Notify(people=["U0REVIEW1", "W0LEAD"], channel="C0REVIEWS", group="S0GROUP")
    assert on_submitted(CONFIG, "teams") == Notify()  # Teams reviewers: their personal chats, via deliveries


@pytest.mark.parametrize(
    ("author", "via", "surface", "decided_by", "told"),
    [
        ("U0AUTHOR", Channel.SLACK, "slack", ["U0REVIEW1"], ["U0AUTHOR"]),  # the author hears of the decision
        ("U0AUTHOR", Channel.SLACK, "slack", ["u0author"], []),  # not told about their own step, any case
        ("U0AUTHOR", Channel.CLI, "slack", ["U0REVIEW1"], []),  # submitted elsewhere: Slack cannot reach them
        ("someone@example.org", Channel.SLACK, "slack", ["U0REVIEW1"], []),  # not a Slack member id
        ("aad-author", Channel.TEAMS, "teams", ["aad-reviewer"], ["aad-author"]),  # same rule on Teams
    ],
)
def test_the_author_is_told_of_a_decision(
    author: str, via: Channel, surface: str, decided_by: list[str], told: list[str]
) -> None:
    assert on_decided(item(author, via), surface, decided_by).people == told
