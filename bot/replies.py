"""What a request gets back: one Reply, the same for every surface, that each surface only lays out.

`CarePost.handle(intent, actor)` returns one of these. Replies carry the core's own models (a ReviewItem, an
AdvocacyItem, the policy Answer, the calendar plan) and one view model, PostView: how a person sees one
checked text (the postable text, or only the redacted preview when blocked, findings with PHI hidden, the
length against the platform's limit). Also here: the Actor (who asks) and the acknowledgement a surface
shows before slow work. Nothing here decides anything: the rules live in the service and the review desk.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from bot.calendar.models import CalendarPlan, CalendarSubmission
from bot.calendar.summary import CalendarSummary
from bot.drafting.models import DraftResult
from bot.intents import (
    AdvocacyIntent,
    AskIntent,
    CalendarIntent,
    DraftIntent,
    Intent,
    ReplyIntent,
    ReviewIntent,
    SubmitIntent,
)
from bot.messages import chat as msg
from bot.policy.models import Answer, Citation
from bot.responder.models import ReplySet
from bot.review.models import AdvocacyItem, AuditEvent, ReviewItem
from bot.review.notify import Notify
from guardrails import Finding, Report, Verdict
from guardrails.measure import post_length
from guardrails.settings import GuardrailSettings, Platform, canonical_platform


class Actor(BaseModel):
    """Who is asking, as their surface knows them. `id` is what the review desk records (a Slack user id,
    a Teams AAD object id, the terminal's user name)."""

    model_config = ConfigDict(frozen=True)

    id: str
    channel: Literal["slack", "teams", "cli"]
    display_name: str | None = None
    email: str | None = None
    aliases: tuple[str, ...] = Field(default=(), description="Other identities of the person (--alias).")

    def other_identities(self) -> list[str]:
        """The e-mail beside a Slack id and any alias: the desk compares them all with reviewers and submitters."""
        return [i for i in (self.email, *self.aliases) if i]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, defer_build=True)  # built on first use: `carepost check` loads them all


class PostView(Frozen):
    """One text as a person should see it: the postable text (or only the redacted preview when blocked)."""

    platform: str | None
    verdict: Verdict
    text: str | None = Field(description="The text to post (after fixes); None when the verdict is block.")
    preview: str | None = Field(default=None, description="Redacted preview when blocked: never postable.")
    findings: list[Finding] = Field(default_factory=list, description="With PHI spans hidden.")
    length: int
    limit: int | None = None
    hashtags: list[str] = Field(default_factory=list)
    alt_text: str | None = None
    title: str | None = Field(default=None, description="The video title (YouTube).")
    visual: str | None = Field(default=None, description="A suggestion for the image or thumbnail.")
    frequency: str | None = Field(default=None, description="How often to post on this platform.")
    needs_facts: bool = Field(default=False, description="A draft with no facts, or missing what its kind needs.")
    missing: list[str] = Field(default_factory=list, description="What it lacks: when, where, how_to_apply, ...")

    @property
    def postable(self) -> bool:
        return self.verdict is not Verdict.BLOCK

    def facts_badge(self) -> str | None:
        """The status a person sees first on a postable draft that is not worth posting yet; None otherwise."""
        if not (self.needs_facts and self.postable):
            return None
        from bot.messages import drafting as drafting_msg

        missing = ", ".join(drafting_msg.MISSING_LABELS.get(m, m) for m in self.missing)
        return drafting_msg.NEEDS_FACTS_BADGE.format(missing=missing or drafting_msg.MISSING_LABELS["facts"])

    @property
    def over_limit(self) -> bool:
        return self.limit is not None and self.length > self.limit

    def length_note(self) -> str:
        """The length against the platform's limit, as every surface shows it."""
        if self.limit is None:
            return msg.LENGTH_NO_LIMIT.format(length=self.length)
        template = msg.LENGTH_OVER if self.over_limit else msg.LENGTH
        return template.format(length=self.length, limit=self.limit)


class DraftReply(Frozen):
    """The drafter's result (the core model, with each draft's Report) and each post as a person sees it."""

    kind: Literal["draft"] = "draft"
    result: DraftResult
    posts: list[PostView] = Field(default_factory=list, description="One per draft, in the same order.")
    request: DraftIntent = Field(description="What was asked: buttons regenerate or switch pillar from it.")

    @property
    def pillar(self) -> str:
        return self.result.pillar

    @property
    def topic(self) -> str:
        """The topic as the drafter kept it (PHI removed)."""
        return self.result.topic

    @property
    def notices(self) -> list[str]:
        """Remarks from the drafter for the person."""
        return self.result.notices

    @property
    def refusal(self) -> str | None:
        """Why the topic was refused (then there are no posts), with the drafter's remarks; None: drafted."""
        return " ".join([self.result.refused, *self.result.notices]) if self.result.refused is not None else None


class CheckReply(Frozen):
    """A staff-written text checked: the engine's Report (the core model, for programs) and how a person sees it."""

    kind: Literal["check"] = "check"
    report: Report
    post: PostView


class AnswerReply(Frozen):
    """A policy answer (bot.policy.models.Answer) to the question asked."""

    kind: Literal["answer"] = "answer"
    question: str
    result: Answer

    @property
    def answer(self) -> str:
        return self.result.answer

    @property
    def grounded(self) -> bool:
        """False: the guide does not cover it (no citations)."""
        return self.result.grounded

    @property
    def declined(self) -> bool:
        """A medical question CarePost does not answer."""
        return self.result.declined

    @property
    def citations(self) -> list[Citation]:
        return self.result.citations

    @property
    def notices(self) -> list[str]:
        return self.result.notices


class NotQueuedReply(Frozen):
    """A text submitted for review that the guardrails block: nothing was queued; `post` shows the findings."""

    kind: Literal["not_queued"] = "not_queued"
    note: str
    post: PostView


class ReviewItemReply(Frozen):
    """One review item after a step. `event` tells the adapter whom to tell: on `submitted` the reviewers."""

    kind: Literal["review_item"] = "review_item"
    event: Literal["submitted", "decided", "shown"]
    note: str
    item: ReviewItem
    notify: Notify = Field(default_factory=Notify, description="Whom else to tell, chosen by the core.")
    audit: list[AuditEvent] = Field(default_factory=list, description="`shown`: the item's audit trail.")


class AuditReply(Frozen):
    """The audit trail, oldest first (of one item when `item_id` is set)."""

    kind: Literal["audit"] = "audit"
    item_id: int | None = None
    events: list[AuditEvent]


class PublishedReply(Frozen):
    """An advocacy item recorded as published (after the guardrails passed it again)."""

    kind: Literal["published"] = "published"
    item: AdvocacyItem


class ReviewListReply(Frozen):
    kind: Literal["review_list"] = "review_list"
    state: str | None = None
    items: list[ReviewItem]


class AdvocacyReply(Frozen):
    kind: Literal["advocacy"] = "advocacy"
    platform: str | None = None
    items: list[AdvocacyItem]


class CalendarReply(Frozen):
    """A planned month: the plan, the summary every surface shows, the .ics to attach, and what was queued."""

    kind: Literal["calendar"] = "calendar"
    plan: CalendarPlan
    summary: CalendarSummary
    ics: str = Field(description="The month as an iCalendar file (UTF-8 text).")
    ics_filename: str
    submission: CalendarSubmission | None = None


class CommentReply(Frozen):
    """Replies to a pasted comment or review (bot.responder.models.ReplySet): per channel, each guardrailed, with
    the tone, an escalation note for the team and the response window."""

    kind: Literal["comment_reply"] = "comment_reply"
    result: ReplySet


class HelpReply(Frozen):
    kind: Literal["help"] = "help"
    title: str = msg.HELP_TITLE
    intro: str = msg.HELP_INTRO
    rows: list[tuple[str, str]] = Field(default_factory=lambda: list(msg.HELP_ROWS))


Problem = Literal["refused", "input", "unavailable", "internal"]


class ErrorReply(Frozen):
    """What went wrong, as a sentence. `problem` is its kind, for the command line's exit code: a step the rules
    refuse (1), bad input or an unknown id (2), the database out of reach or an unexpected failure (3)."""

    kind: Literal["error"] = "error"
    message: str
    problem: Problem = "input"


Reply = Annotated[
    DraftReply
    | CheckReply
    | NotQueuedReply
    | AnswerReply
    | ReviewItemReply
    | ReviewListReply
    | AuditReply
    | PublishedReply
    | AdvocacyReply
    | CalendarReply
    | CommentReply
    | HelpReply
    | ErrorReply,
    Field(discriminator="kind"),
]


def acknowledgement(request: Intent, default_platforms: Sequence[Platform] = ()) -> str | None:
    """The short line a surface shows at once, before slow work (None: the answer is quick).

    `default_platforms` (app.yaml's drafting.default_platforms) names the platforms of a draft that named none.
    """
    if isinstance(request, DraftIntent):
        platforms = request.platforms or list(default_platforms)
        if not platforms:
            return msg.ACK_DRAFT_DEFAULT
        return msg.ACK_DRAFT.format(platforms=", ".join(_platform_label(p) for p in platforms))
    if isinstance(request, AskIntent):
        return msg.ACK_ASK
    if isinstance(request, SubmitIntent):
        return msg.ACK_SUBMIT.format(platform=_platform_label(request.platform))
    if isinstance(request, ReviewIntent):
        return msg.ACK_REVIEW
    if isinstance(request, AdvocacyIntent):
        return msg.ACK_ADVOCACY
    if isinstance(request, ReplyIntent):
        from bot.messages import replies as replies_msg

        return replies_msg.ACK
    if isinstance(request, CalendarIntent):
        from bot.messages import calendar as calendar_msg

        return calendar_msg.ACK.format(month=request.month)
    return None


def post_view(
    settings: GuardrailSettings, report: Report, *, hashtags: list[str] | None = None, alt_text: str | None = None
) -> PostView:
    """How a person sees one checked text: postable text and its length against the platform's limit."""
    platform = canonical_platform(report.platform) if report.platform else None
    limits = settings.limits_for(platform) if platform else None
    shown = report.fixed_text if report.postable else report.redacted_text
    length = post_length(shown, limits) if limits is not None else len(shown)
    return PostView(
        platform=report.platform,
        verdict=report.verdict,
        text=shown if report.postable else None,
        preview=None if report.postable else _blocked_preview(report),
        findings=[f.redacted() for f in report.findings],
        length=length,
        limit=limits.max_chars if limits else None,
        hashtags=hashtags or [],
        alt_text=alt_text,
    )


def _blocked_preview(report: Report) -> str:
    """The fixed text is a redacted preview when blocked; redact PHI once more in case a fix left some."""
    return report.fixed_text if report.fixed_text != report.text else report.redacted_text


def _platform_label(platform: object) -> str:
    value = getattr(platform, "value", str(platform))
    return {"x": "X", "linkedin": "LinkedIn", "youtube": "YouTube"}.get(value, value.capitalize())


def platform_label(platform: str | None) -> str:
    """How a platform is named to people (LinkedIn, X, YouTube)."""
    return _platform_label(platform) if platform else ""
