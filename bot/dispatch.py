"""The one dispatch from every chat surface into the core: `await handle(service, request, actor) -> Reply`.

Slack, Teams and the terminal turn what a person did (typed words, a slash command, a button) into a
request from `bot.intents`, call `handle`, and lay out the Reply it returns (Block Kit, an Adaptive Card,
rich text). Nothing a person reads is written by an adapter: every sentence comes from bot.messages, and
every postable text in a Reply comes with the verdict and findings of a guardrail Report the service made.

`handle` never raises for anything a person caused or for a failing drafter: it returns an ErrorReply whose
message says what happened, so that no surface ever answers with silence. Logs hold the kind of error and the
request kind only, never the text (it may hold PHI).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from bot.calendar.models import CalendarPlan, CalendarSubmission
from bot.calendar.summary import CalendarSummary
from bot.intents import (
    AdvocacyIntent,
    AskIntent,
    CalendarIntent,
    CheckIntent,
    DraftIntent,
    HelpIntent,
    Intent,
    InvalidIntent,
    ReviewIntent,
    SubmitIntent,
)
from bot.messages import chat as msg
from bot.review.models import AdvocacyItem, ReviewItem
from guardrails import Finding, GuardrailError, Report, Verdict
from guardrails.measure import post_length
from guardrails.settings import Platform, canonical_platform

if TYPE_CHECKING:
    from bot.service import CarePost

log = logging.getLogger(__name__)


class Actor(BaseModel):
    """Who is asking, as their surface knows them. `id` is what the review desk records (a Slack user id,
    a Teams AAD object id, the terminal's user name)."""

    model_config = ConfigDict(frozen=True)

    id: str
    channel: Literal["slack", "teams", "cli"]
    display_name: str | None = None
    email: str | None = None


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


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

    @property
    def postable(self) -> bool:
        return self.verdict is not Verdict.BLOCK

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
    kind: Literal["draft"] = "draft"
    pillar: str | None
    topic: str
    posts: list[PostView]
    request: DraftIntent = Field(description="What was asked: buttons regenerate or switch pillar from it.")
    notices: list[str] = Field(default_factory=list, description="Remarks from the drafter for the person.")


class CheckReply(Frozen):
    kind: Literal["check"] = "check"
    post: PostView


class Citation(Frozen):
    source: str
    section: str | None = None
    quote: str | None = None


class AnswerReply(Frozen):
    """A policy answer. `grounded` false: the guide does not cover it (no citations); `declined`: a medical
    question CarePost does not answer. `notices` are short remarks from the answerer."""

    kind: Literal["answer"] = "answer"
    question: str
    answer: str
    grounded: bool
    declined: bool = False
    citations: list[Citation] = Field(default_factory=list)
    notices: list[str] = Field(default_factory=list)


class ReviewItemReply(Frozen):
    """One review item after a step. `event` tells the adapter whom to tell: on `submitted` the reviewers."""

    kind: Literal["review_item"] = "review_item"
    event: Literal["submitted", "decided", "shown"]
    note: str
    item: ReviewItem


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


class HelpReply(Frozen):
    kind: Literal["help"] = "help"
    title: str = msg.HELP_TITLE
    intro: str = msg.HELP_INTRO
    rows: list[tuple[str, str]] = Field(default_factory=lambda: list(msg.HELP_ROWS))


class ErrorReply(Frozen):
    kind: Literal["error"] = "error"
    message: str


Reply = Annotated[
    DraftReply
    | CheckReply
    | AnswerReply
    | ReviewItemReply
    | ReviewListReply
    | AdvocacyReply
    | CalendarReply
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
    if isinstance(request, CalendarIntent):
        from bot.messages import calendar as calendar_msg

        return calendar_msg.ACK.format(month=request.month)
    return None


async def handle(service: CarePost, request: Intent, actor: Actor) -> Reply:
    """Run one request on the service. Never raises except for cancellation: failures become ErrorReply."""
    from bot.review.errors import ReviewError

    try:
        return await _route(service, request, actor)
    except ReviewError as exc:
        return ErrorReply(message=exc.reason)
    except GuardrailError as exc:
        return ErrorReply(message=msg.GUARDRAIL_REFUSED.format(detail=exc))
    except Exception as exc:
        # The kind of error only: its message or traceback may quote the person's text (PHI).
        log.error("request %s failed with %s", request.kind, type(exc).__name__)
        log.debug("request %s traceback", request.kind, exc_info=True)
        template = {"draft": msg.DRAFT_FAILED, "ask": msg.ASK_FAILED}.get(request.kind, msg.INTERNAL_ERROR)
        return ErrorReply(message=template.format(kind=type(exc).__name__))


async def _route(service: CarePost, request: Intent, actor: Actor) -> Reply:
    if isinstance(request, HelpIntent):
        return HelpReply()
    if isinstance(request, InvalidIntent):
        return ErrorReply(message=request.problem)
    if isinstance(request, CheckIntent):
        return CheckReply(post=post_view(service, service.check(request.text, request.platform)))
    if isinstance(request, ReviewIntent):
        return await _review(service, request, actor)
    if isinstance(request, SubmitIntent):
        return await _submit(service, request, actor)
    if isinstance(request, AdvocacyIntent):
        platform = request.platform.value if request.platform else None
        if request.pick:
            picked = await service.advocacy_pick(platform, request.pillar)
            return AdvocacyReply(platform=platform, items=[picked] if picked else [])
        return AdvocacyReply(platform=platform, items=await service.advocacy_list(platform, request.pillar))
    if isinstance(request, AskIntent):
        return await _ask(service, request)
    if isinstance(request, DraftIntent):
        return await _draft(service, request, actor)
    if isinstance(request, CalendarIntent):
        return await calendar_reply(service, request, actor)
    return ErrorReply(message=msg.SERVICE_NOT_READY.format(what=request.kind))


DEFAULT_PILLAR = "education"  # most of a hospital's calendar (the 60% evergreen health information) is education


async def _draft(service: CarePost, request: DraftIntent, actor: Actor) -> Reply:
    from bot.drafting.content import DraftingInputError
    from bot.drafting.models import DraftRequest

    pillar = request.pillar or DEFAULT_PILLAR
    platforms = [p.value for p in request.platforms] or None
    asked = DraftRequest(pillar=pillar, topic=request.topic, platforms=platforms, requested_by=actor.id)
    try:
        if request.variant > 0 and platforms is not None and len(platforms) == 1:
            result = await service.redraft(asked, platforms[0], request.variant)
        else:
            result = await service.draft(asked)
    except DraftingInputError as exc:
        return ErrorReply(message=str(exc))
    if result.refused is not None:
        return ErrorReply(message=" ".join([result.refused, *result.notices]))
    posts = [
        PostView(
            platform=d.platform.value,
            verdict=d.verdict,
            text=d.text if d.postable else None,
            preview=None if d.postable else d.text,
            findings=[f.redacted() for f in d.findings],
            length=d.length,
            limit=d.limit,
            hashtags=list(d.hashtags),
            alt_text=d.alt_text,
            title=d.title,
            visual=d.visual,
            frequency=d.frequency,
        )
        for d in result.drafts
    ]
    # The settled request carries the topic as the drafter kept it (PHI removed): buttons copy it into Slack.
    settled = request.model_copy(update={"pillar": result.pillar, "topic": result.topic})
    return DraftReply(
        pillar=result.pillar, topic=result.topic, posts=posts, request=settled, notices=list(result.notices)
    )


async def _ask(service: CarePost, request: AskIntent) -> Reply:
    from bot.policy.answer import EmptyQuestionError

    try:
        answer = await service.ask(request.question)
    except EmptyQuestionError as exc:
        return ErrorReply(message=str(exc))
    return AnswerReply(
        question=request.question,
        answer=answer.answer,
        grounded=answer.grounded,
        declined=answer.declined,
        citations=[Citation(source=c.source, section=c.section, quote=c.quote) for c in answer.citations],
        notices=list(answer.notices),
    )


async def _review(service: CarePost, request: ReviewIntent, actor: Actor) -> Reply:
    if request.action == "list":
        return ReviewListReply(items=await service.list_reviews("submitted"), state="submitted")
    if request.item_id is None:
        return ErrorReply(message=msg.REVIEW_NEEDS_ID.format(action=request.action))
    if request.action == "show":
        item = await service.get_review(request.item_id)
        return ReviewItemReply(event="shown", note="", item=item)
    who = await reviewer_identity(service, actor)
    others = aliases(actor, who)
    item_id, channel = request.item_id, actor.channel
    if request.action == "approve":
        item = await service.approve(item_id, by=who, channel=channel, comment=request.comment, aliases=others)
    elif not request.comment:
        verb = "reject" if request.action == "reject" else "request changes on"
        return ErrorReply(message=msg.REVIEW_NEEDS_COMMENT.format(action=verb))
    elif request.action == "reject":
        item = await service.reject(item_id, by=who, channel=channel, comment=request.comment, aliases=others)
    else:
        item = await service.request_changes(item_id, by=who, channel=channel, comment=request.comment, aliases=others)
    by = msg.DECIDED_BY.format(who=actor.display_name) if actor.display_name else ""
    note = msg.REVIEW_DECIDED.format(id=item.id, state=item.state.value.replace("_", " "), by=by)
    return ReviewItemReply(event="decided", note=note, item=item)


async def _submit(service: CarePost, request: SubmitIntent, actor: Actor) -> Reply:
    item = await service.submit_for_review(
        text=request.text,
        platform=request.platform.value,
        submitted_by=actor.id,
        channel=actor.channel,
        pillar=request.pillar,
        topic=request.topic,
        aliases=aliases(actor, actor.id),
    )
    template = msg.REVIEW_SUBMITTED_BLOCKED if item.verdict == Verdict.BLOCK.value else msg.REVIEW_SUBMITTED
    return ReviewItemReply(event="submitted", note=template.format(id=item.id), item=item)


async def calendar_reply(service: CarePost, request: CalendarIntent, actor: Actor) -> Reply:
    """Plan (and with `submit`, queue) a month. The CLI calls this too, so every surface gets the same reply."""
    from bot.calendar.export import ics_filename, to_ics
    from bot.calendar.schedule import CalendarInputError
    from bot.calendar.summary import summarize

    try:
        plan = await service.plan_calendar(request.month, [p.value for p in request.platforms] or None)
    except CalendarInputError as exc:
        return ErrorReply(message=str(exc))
    submission = None
    if request.submit:
        submission = await service.submit_calendar(
            plan, submitted_by=actor.id, channel=actor.channel, aliases=aliases(actor, actor.id)
        )
    return CalendarReply(
        plan=plan,
        summary=summarize(plan, submission),
        ics=to_ics(plan, service.config.organization.name).decode("utf-8"),
        ics_filename=ics_filename(plan),
        submission=submission,
    )


async def reviewer_identity(service: CarePost, actor: Actor) -> str:
    """The identity to decide as: the surface id, or the e-mail when only the e-mail is listed as a reviewer."""
    if actor.email and not await service.is_reviewer(actor.id) and await service.is_reviewer(actor.email):
        return actor.email
    return actor.id


def aliases(actor: Actor, acting_as: str) -> list[str]:
    """The person's other identities (the e-mail beside a Slack id), so an own draft is caught under any."""
    return [i for i in (actor.id, actor.email) if i and i != acting_as]


def post_view(
    service: CarePost, report: Report, *, hashtags: list[str] | None = None, alt_text: str | None = None
) -> PostView:
    """How a person sees one checked text: postable text and its length against the platform's limit."""
    platform = canonical_platform(report.platform) if report.platform else None
    limits = service.config.guardrail_settings().limits_for(platform) if platform else None
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
