"""The data shapes of the review queue, the advocacy library and the audit trail.

Texts here are what the store holds: the redacted text whenever the guardrails redacted anything, and
findings with their PHI hidden. Nothing in these models may carry PHI in clear.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class ReviewState(StrEnum):
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    CHANGES_REQUESTED = "changes_requested"


class Channel(StrEnum):
    """Where a person acted from: recorded with every audit event."""

    CLI = "cli"
    SLACK = "slack"
    TEAMS = "teams"


class AuditAction(StrEnum):
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    CHANGES_REQUESTED = "changes_requested"
    PUBLISHED = "published"
    PUBLISH_FAILED = "publish_failed"
    REFUSED = "refused"


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class ReviewItem(Frozen):
    """One submitted draft and where its review stands."""

    id: int
    state: ReviewState
    platform: str | None
    pillar: str | None = None
    topic: str | None = None
    text: str = Field(description="The stored text: redacted when the guardrails redacted anything.")
    verdict: str = Field(description="The guardrail verdict at submission.")
    findings: list[dict[str, Any]] = Field(default_factory=list, description="Findings with PHI hidden.")
    submitted_by: str
    submitter_aliases: list[str] = Field(
        default_factory=list, description="Other identities of the submitter (an e-mail beside a Slack id)."
    )
    submitted_via: Channel
    submitted_at: datetime
    reviewed_by: str | None = None
    reviewed_at: datetime | None = None
    comment: str | None = None
    version: int = 1
    advocacy_id: int | None = None

    @property
    def rule_ids(self) -> list[str]:
        return list(dict.fromkeys(str(f.get("rule")) for f in self.findings))


class AdvocacyItem(Frozen):
    """An approved post staff may share on their own profiles."""

    id: int
    review_id: int
    platform: str | None
    pillar: str | None = None
    topic: str | None = None
    text: str
    hashtags: list[str] = Field(default_factory=list)
    approved_by: str
    approved_at: datetime
    published_at: datetime | None = None
    published_where: str | None = None
    published_by: str | None = None


class AuditEvent(Frozen):
    """Who did what, when, from where. `text` is redacted; `rules` are guardrail rule ids."""

    id: int
    at: datetime
    actor: str
    action: AuditAction
    channel: Channel
    item_id: int | None = None
    rules: list[str] = Field(default_factory=list)
    text: str | None = None
    detail: str | None = None


class AuditRecord(Frozen):
    """An audit event about to be written (the store adds the id and the time)."""

    actor: str
    action: AuditAction
    channel: Channel
    item_id: int | None = None
    rules: list[str] = Field(default_factory=list)
    text: str | None = None
    detail: str | None = None


class NewSubmission(Frozen):
    """What the desk hands the store for a new draft: already redacted and guardrailed."""

    pillar: str | None
    topic: str | None
    platform: str | None
    text: str
    verdict: str
    report: dict[str, Any]
    submitted_by: str
    submitter_aliases: list[str] = Field(default_factory=list)
    channel: Channel


class Decision(Frozen):
    """A reviewer's decision on one item, applied only if the item is still at `expected_version`."""

    item_id: int
    expected_version: int
    state: ReviewState
    reviewer: str
    comment: str | None
    at: datetime
    advocacy_text: str | None = Field(default=None, description="Set on approval: the postable text.")
    hashtags: list[str] = Field(default_factory=list)
