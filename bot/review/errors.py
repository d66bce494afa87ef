"""Errors of the review queue. Their messages are sentences from bot.messages.review, fit to show a person."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guardrails import Report


class ReviewError(Exception):
    """Base class: `reason` is one line that says what was wrong and how to go on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ReviewRefusedError(ReviewError):
    """A step the rules do not allow (not a reviewer, own draft, blocked text, illegal transition)."""


class SubmissionBlockedError(ReviewRefusedError):
    """The guardrails block the text, so nothing was queued (an item that could never be approved helps nobody).

    `report` is the guardrail Report of the text, so that every surface can show the findings.
    """

    def __init__(self, reason: str, report: Report) -> None:
        super().__init__(reason)
        self.report = report


class ReviewNotFoundError(ReviewError):
    """No review item (or advocacy item) has this id."""


class ReviewInputError(ReviewError, ValueError):
    """Bad input to a review step (unknown state or channel, no identity): a usage error, not a refusal."""


class ReviewStoreError(ReviewError):
    """The database could not be reached or used (down, locked, wrong URL): try again later."""
