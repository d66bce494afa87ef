"""CarePost itself: the one home of business logic. Every surface (CLI, Slack, Teams, terminal) only calls this.

Every text this service hands back as postable carries a guardrail Report that the service made itself,
from the engine it was built with. The engine and the store are passed in (tests pass their own); left out,
the engine is built from the configuration and the store is opened on first use, so that `carepost check`
never loads SQLAlchemy. The service holds its parts once, each the one door into its area:

    handle       every surface's one call: an intent (bot.intents) and who asks (Actor) -> one Reply
    review       bot.review.desk.ReviewDesk: the queue, decisions, the advocacy library, the audit trail
    deliveries   bot.deliveries.Deliveries: event claims and the conversations CarePost may post to first
    publishing   bot.review.publishing.Publishing: approved items out to those conversations, each attempt audited

`handle` never raises for anything a person caused or for a failing drafter: it returns an ErrorReply whose
message says what happened, so that no surface ever answers with silence. Logs hold the kind of error and the
request kind only, never the text (it may hold PHI).
"""

from __future__ import annotations

import logging
from functools import cached_property
from typing import TYPE_CHECKING

from bot.config import AppConfig
from bot.intents import (
    AdvocacyIntent,
    AskIntent,
    CalendarIntent,
    CheckIntent,
    DraftIntent,
    HelpIntent,
    Intent,
    InvalidIntent,
    PublishIntent,
    ReplyIntent,
    ReviewIntent,
    SubmitIntent,
)
from bot.messages import chat as msg
from bot.messages import review as review_msg
from bot.policy.models import Answer
from bot.replies import (
    Actor,
    AdvocacyReply,
    AnswerReply,
    AuditReply,
    CalendarReply,
    CheckReply,
    CommentReply,
    DraftReply,
    ErrorReply,
    HelpReply,
    NotQueuedReply,
    PostView,
    PublishedReply,
    Reply,
    ReviewItemReply,
    ReviewListReply,
    post_view,
)
from bot.review.notify import on_decided, on_submitted
from guardrails import Engine, GuardrailError, Platform, Report

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from bot.calendar.models import CalendarPlan, CalendarSubmission
    from bot.deliveries import Deliveries
    from bot.drafting.models import DraftRequest, DraftResult
    from bot.responder.models import Channel, ReplySet
    from bot.review.desk import ReviewDesk
    from bot.review.publishing import Publishing
    from bot.store.store import Store

log = logging.getLogger(__name__)
DEFAULT_PILLAR = "education"  # most of a hospital's calendar (the 60% evergreen health information) is education


class CarePost:
    def __init__(
        self, config: AppConfig | None = None, *, engine: Engine | None = None, store: Store | None = None
    ) -> None:
        self.config = config or AppConfig()
        self.engine = engine if engine is not None else Engine(self.config.guardrail_settings())
        self._store = store

    def store(self) -> Store:
        """The store passed in, else this process's store for the configured database (opened, migrated once)."""
        if self._store is None:
            from bot.store.store import Store

            self._store = Store.shared(self.config.database_url())
        return self._store

    @cached_property
    def review(self) -> ReviewDesk:
        from bot.drafting.content import content_for, resolve_pillar
        from bot.review.desk import ReviewDesk

        review = self.config.review
        return ReviewDesk(
            self.store,
            review.reviewers,
            self.engine,
            allow_self_approval=review.allow_self_approval,
            pillar_key=lambda name: resolve_pillar(name, content_for(self.config)).key,
        )

    @cached_property
    def publishing(self) -> Publishing:
        from bot.review.publishing import Publishing

        return Publishing(self.review, self.deliveries)

    @cached_property
    def deliveries(self) -> Deliveries:
        from bot.deliveries import Deliveries

        return Deliveries(self.store, self.config.review.reviewers)

    # --- the one door: an intent and who asks -> one Reply ---

    async def handle(self, intent: Intent, actor: Actor) -> Reply:
        """Run one request. Never raises except for cancellation: failures become an ErrorReply."""
        from bot.review.errors import (
            ReviewError,
            ReviewNotFoundError,
            ReviewRefusedError,
            ReviewStoreError,
            SubmissionBlockedError,
        )

        try:
            return await self._route(intent, actor)
        except SubmissionBlockedError as exc:
            return NotQueuedReply(note=exc.reason, post=post_view(self.engine.settings, exc.report))
        except ReviewRefusedError as exc:
            return ErrorReply(message=exc.reason, problem="refused")
        except ReviewStoreError as exc:
            return ErrorReply(message=exc.reason, problem="unavailable")
        except ReviewNotFoundError as exc:  # the hint names what the person can type where they are
            if isinstance(intent, ReviewIntent) and intent.command_line:
                return ErrorReply(message=review_msg.UNKNOWN_ITEM_CLI.format(id=intent.item_id))
            return ErrorReply(message=exc.reason)
        except ReviewError as exc:
            return ErrorReply(message=exc.reason)
        except GuardrailError as exc:
            return ErrorReply(message=msg.GUARDRAIL_REFUSED.format(detail=exc))
        except Exception as exc:
            # The kind of error only: its message or traceback may quote the person's text (PHI).
            log.error("request %s failed with %s", intent.kind, type(exc).__name__)
            log.debug("request %s traceback", intent.kind, exc_info=True)
            template = {"draft": msg.DRAFT_FAILED, "ask": msg.ASK_FAILED}.get(intent.kind, msg.INTERNAL_ERROR)
            return ErrorReply(message=template.format(kind=type(exc).__name__), problem="internal")

    async def _route(self, intent: Intent, actor: Actor) -> Reply:
        if isinstance(intent, HelpIntent):
            return HelpReply()
        if isinstance(intent, InvalidIntent):
            return ErrorReply(message=intent.problem)
        if isinstance(intent, CheckIntent):
            report = self.check(intent.text, intent.platform)
            return CheckReply(report=report, post=post_view(self.engine.settings, report))
        if isinstance(intent, ReviewIntent):
            return await self._review(intent, actor)
        if isinstance(intent, SubmitIntent):
            return await self._submit(intent, actor)
        if isinstance(intent, AdvocacyIntent):
            return await self._advocacy(intent)
        if isinstance(intent, PublishIntent):
            published = await self.review.mark_published(
                intent.item_id, where=intent.where, by=actor.id, channel=actor.channel
            )
            return PublishedReply(item=published)
        if isinstance(intent, AskIntent):
            return await self._ask(intent)
        if isinstance(intent, DraftIntent):
            return await self._draft(intent, actor)
        if isinstance(intent, CalendarIntent):
            return await self._calendar(intent, actor)
        if isinstance(intent, ReplyIntent):
            return await self._reply(intent)
        return ErrorReply(message=msg.SERVICE_NOT_READY.format(what=intent.kind))

    async def _draft(self, intent: DraftIntent, actor: Actor) -> Reply:
        from bot.drafting.content import DraftingInputError
        from bot.drafting.models import DraftRequest

        platforms = [p.value for p in intent.platforms] or None
        pillar = intent.pillar or DEFAULT_PILLAR
        asked = DraftRequest(pillar=pillar, topic=intent.topic, platforms=platforms, requested_by=actor.id)
        try:
            if intent.variant > 0 and platforms is not None and len(platforms) == 1:
                result = await self.redraft(asked, platforms[0], intent.variant)
            else:
                result = await self.draft(asked)
        except DraftingInputError as exc:
            return ErrorReply(message=str(exc))
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
                needs_facts=d.needs_facts,
                missing=list(d.missing),
            )
            for d in result.drafts
        ]
        # The settled request carries the topic as the drafter kept it (PHI removed): buttons copy it into Slack.
        settled = intent.model_copy(update={"pillar": result.pillar, "topic": result.topic})
        return DraftReply(result=result, posts=posts, request=settled)

    async def _ask(self, intent: AskIntent) -> Reply:
        from bot.policy.answer import EmptyQuestionError

        try:
            answer = await self.ask(intent.question)
        except EmptyQuestionError as exc:
            return ErrorReply(message=str(exc))
        return AnswerReply(question=intent.question, result=answer)

    async def _review(self, intent: ReviewIntent, actor: Actor) -> Reply:
        if intent.action == "list":
            return ReviewListReply(items=await self.review.list_items(intent.state), state=intent.state)
        if intent.action == "audit":
            return AuditReply(item_id=intent.item_id, events=await self.review.audit_log(intent.item_id))
        if intent.item_id is None:
            return ErrorReply(message=msg.REVIEW_NEEDS_ID.format(action=intent.action))
        if intent.action == "show":
            item = await self.review.get(intent.item_id)
            audit = await self.review.audit_log(item.id)
            return ReviewItemReply(event="shown", note="", item=item, audit=audit)
        item = await self.review.decide(
            intent.action,
            intent.item_id,
            by=actor.id,
            channel=actor.channel,
            comment=intent.comment,
            aliases=actor.other_identities(),
        )
        by = msg.DECIDED_BY.format(who=actor.display_name) if actor.display_name else ""
        note = msg.REVIEW_DECIDED.format(id=item.id, state=item.state.value.replace("_", " "), by=by)
        notify = on_decided(item, actor.channel, [actor.id, *actor.other_identities()])
        return ReviewItemReply(event="decided", note=note, item=item, notify=notify)

    async def _submit(self, intent: SubmitIntent, actor: Actor) -> Reply:
        item = await self.review.submit(
            text=intent.text,
            platform=intent.platform.value,
            submitted_by=actor.id,
            channel=actor.channel,
            pillar=intent.pillar,
            topic=intent.topic,
            aliases=actor.other_identities(),
        )
        note = msg.REVIEW_SUBMITTED.format(id=item.id)
        return ReviewItemReply(event="submitted", note=note, item=item, notify=on_submitted(self.config, actor.channel))

    async def _advocacy(self, intent: AdvocacyIntent) -> Reply:
        platform = intent.platform.value if intent.platform else None
        if intent.pick:
            picked = await self.review.advocacy_pick(platform, intent.pillar)
            return AdvocacyReply(platform=platform, items=[picked] if picked else [])
        return AdvocacyReply(platform=platform, items=await self.review.advocacy_list(platform, intent.pillar))

    async def _calendar(self, intent: CalendarIntent, actor: Actor) -> Reply:
        """Plan (and with `submit`, queue) a month, the same reply on every surface."""
        from bot.calendar.export import ics_filename, to_ics
        from bot.calendar.schedule import CalendarInputError
        from bot.calendar.summary import summarize

        try:
            plan = await self.plan_calendar(intent.month, [p.value for p in intent.platforms] or None)
        except CalendarInputError as exc:
            return ErrorReply(message=str(exc))
        submission = None
        if intent.submit:
            submission = await self.submit_calendar(
                plan, submitted_by=actor.id, channel=actor.channel, aliases=actor.other_identities()
            )
        return CalendarReply(
            plan=plan,
            summary=summarize(plan, submission),
            ics=to_ics(plan, self.config.organization.name).decode("utf-8"),
            ics_filename=ics_filename(plan),
            submission=submission,
        )

    async def _reply(self, intent: ReplyIntent) -> Reply:
        """Replies to a comment or review; a bad channel or an empty comment is a one-line ErrorReply."""
        from bot.responder.compose import ReplyInputError, parse_channel

        try:
            result = await self.reply(intent.comment, parse_channel(intent.channel))
        except ReplyInputError as exc:
            return ErrorReply(message=str(exc))
        return CommentReply(result=result)

    def may_decide(self, actor: Actor) -> bool:
        """Whether to offer this person the reviewer's buttons (any of their identities is a reviewer)."""
        return self.review.may_decide([actor.id, *actor.other_identities()])

    # --- the capabilities behind the intents ---

    def check(self, text: str, platform: str | Platform | None = None) -> Report:
        """Run the guardrails on a staff-written text. Raises GuardrailError on refused input."""
        return self.engine.check(text, platform)

    # --- drafting (bot/drafting) ---
    # Bad requests (empty topic, unknown pillar or platform) raise bot.drafting.content.DraftingInputError with a
    # one-line message; a refused topic (advice, guaranteed outcome) comes back as DraftResult.refused.

    async def draft(self, request: DraftRequest) -> DraftResult:
        """One guardrailed post per platform for a pillar and a topic; the LLM when configured, else templates."""
        from bot.drafting.pipeline import DraftingPipeline

        return await DraftingPipeline(self.config, self.engine).run(request)

    async def redraft(self, request: DraftRequest, platform: str, variant: int) -> DraftResult:
        """The chat "regenerate" button: one platform again, as variant number `variant` (1, 2, ...)."""
        from bot.drafting.pipeline import DraftingPipeline

        return await DraftingPipeline(self.config, self.engine).run(request, variant=variant, only=platform)

    # --- policy Q&A (bot/policy) ---

    async def ask(self, question: str) -> Answer:
        """Answer a staff question from the policy guide, with citations; medical questions are declined.

        Raises bot.policy.answer.EmptyQuestionError for a blank question and ConfigError for a policy.guide
        that cannot be read. The guide's index is built on the first question and kept for the process.
        """
        from bot.policy.answer import answer_question

        return await answer_question(self.config, self.engine, question)

    # --- replies to comments and reviews (bot/responder) ---

    async def reply(self, comment: str, channel: Channel | None = None) -> ReplySet:
        """HIPAA-safe replies to a pasted comment or review, each guardrailed on its channel; None: every main
        channel. Raises bot.responder.compose.ReplyInputError for an empty or over-long comment."""
        from bot.responder.compose import reply_to

        return await reply_to(self.config, self.engine, comment, channel)

    # --- content calendar (bot/calendar) ---
    # A bad month or platform raises bot.calendar.schedule.CalendarInputError with a one-line message.

    async def plan_calendar(
        self, month: str, platforms: Sequence[str] | None = None, *, today: date | None = None
    ) -> CalendarPlan:
        """A month of posts per platform on the month's health observances, every slot drafted and checked.

        `month`: YYYY-MM or a month name ("March": the next March); `today` (default: now in the calendar's
        time zone) only resolves a month given without a year.
        """
        from bot.calendar.planner import plan_month

        return await plan_month(self.config, self.engine, month, platforms, today)

    async def submit_calendar(
        self, plan: CalendarPlan, *, submitted_by: str, channel: str, aliases: Sequence[str] = ()
    ) -> CalendarSubmission:
        """Queue every postable slot of a plan for review (each guardrailed again); blocked slots are skipped."""
        from bot.calendar.submit import submit_plan

        desk = self.review

        def queue_month() -> CalendarSubmission:
            waiting = {(item.platform, item.text) for item in desk.waiting_now()}
            return submit_plan(
                desk.submit_now, plan, submitted_by=submitted_by, channel=channel, aliases=aliases, in_queue=waiting
            )

        return await desk.in_one_step(queue_month)
