"""CarePost itself: the one home of business logic. Adapters (CLI, Slack, Teams, terminal) only call this.

Every text this service hands back as postable carries a guardrail Report that the service made itself,
from the configuration it was built with. Heavy parts (the LLM client, the store, the policy index) load
on first use so that `carepost check` starts fast. Each area keeps its logic in its own package; the
methods here are the one door into it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from bot.config import AppConfig
from bot.policy.models import Answer
from guardrails import Engine, Platform, Report

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from datetime import date

    from bot.calendar.models import CalendarPlan, CalendarSubmission
    from bot.drafting.models import DraftRequest, DraftResult
    from bot.review.desk import ReviewDesk
    from bot.review.models import AdvocacyItem, AuditEvent, ReviewItem


T = TypeVar("T")


async def on_desk(open_desk: Callable[[], ReviewDesk], call: Callable[[ReviewDesk], T]) -> T:
    """bot.review.calls.on_desk, imported on first use: it pulls in asyncio, which `carepost check` never needs."""
    from bot.review.calls import on_desk as call_on_desk

    return await call_on_desk(open_desk, call)


class CarePost:
    def __init__(self, config: AppConfig | None = None) -> None:
        self.config = config or AppConfig()
        self.engine = Engine(self.config.guardrail_settings())

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

        return await submit_plan(
            self.submit_for_review, plan, submitted_by=submitted_by, channel=channel, aliases=aliases
        )

    # --- review queue, audit trail, advocacy, event dedupe (bot/review, bot/store) ---
    # Each call runs the synchronous desk in a worker thread so the chat adapters' event loop never blocks.
    # Refusals raise bot.review.errors.ReviewRefusedError, unknown ids ReviewNotFoundError, bad input
    # ReviewInputError, a database outage ReviewStoreError; each carries `reason` (bot.messages.review).

    def _review_desk(self) -> ReviewDesk:
        """The desk on this process's shared store (opened and migrated on first use): worker threads only."""
        from bot.drafting.content import content_for, resolve_pillar
        from bot.review.desk import ReviewDesk
        from bot.store.store import Store

        review = self.config.review
        return ReviewDesk(
            Store.shared(self.config.database_url()),
            list(review.reviewers),
            self.engine,
            allow_self_approval=review.allow_self_approval,
            pillar_key=lambda name: resolve_pillar(name, content_for(self.config)).key,
        )

    async def prepare_review_store(self) -> None:
        """Open the database and migrate it now (`carepost serve` start-up) instead of on the first request."""
        await on_desk(self._review_desk, lambda desk: None)

    async def submit_for_review(
        self,
        *,
        text: str,
        platform: str | None,
        submitted_by: str,
        channel: str,
        pillar: str | None = None,
        topic: str | None = None,
        report: Report | None = None,
        aliases: Sequence[str] = (),
    ) -> ReviewItem:
        """Guardrail the text again and queue it; PHI is stored redacted (and such an item is blocked).

        `aliases`: the submitter's other identities (their e-mail beside a Slack id), so none of them approves it.
        """
        return await on_desk(
            self._review_desk,
            lambda desk: desk.submit(
                text=text,
                platform=platform,
                submitted_by=submitted_by,
                channel=channel,
                pillar=pillar,
                topic=topic,
                report=report,
                aliases=aliases,
            ),
        )

    async def list_reviews(self, state: str | None = None) -> list[ReviewItem]:
        return await on_desk(self._review_desk, lambda desk: desk.list_items(state))

    async def get_review(self, item_id: int | str) -> ReviewItem:
        return await on_desk(self._review_desk, lambda desk: desk.get(item_id))

    async def approve(
        self, item_id: int | str, *, by: str, channel: str, comment: str | None = None, aliases: Sequence[str] = ()
    ) -> ReviewItem:
        """Approve and add to the advocacy library, once: a second approval at the same moment is refused.

        `by` must be under review.reviewers; `aliases` (the reviewer's other identities) catch an own draft.
        """
        return await on_desk(
            self._review_desk,
            lambda desk: desk.decide("approve", item_id, by=by, channel=channel, comment=comment, aliases=aliases),
        )

    async def reject(
        self, item_id: int | str, *, by: str, channel: str, comment: str, aliases: Sequence[str] = ()
    ) -> ReviewItem:
        return await on_desk(
            self._review_desk,
            lambda desk: desk.decide("reject", item_id, by=by, channel=channel, comment=comment, aliases=aliases),
        )

    async def request_changes(
        self, item_id: int | str, *, by: str, channel: str, comment: str, aliases: Sequence[str] = ()
    ) -> ReviewItem:
        return await on_desk(
            self._review_desk,
            lambda desk: desk.decide("changes", item_id, by=by, channel=channel, comment=comment, aliases=aliases),
        )

    async def advocacy_list(self, platform: str | None = None, pillar: str | None = None) -> list[AdvocacyItem]:
        return await on_desk(self._review_desk, lambda desk: desk.advocacy_list(platform, pillar))

    async def advocacy_pick(self, platform: str | None = None, pillar: str | None = None) -> AdvocacyItem | None:
        """Something approved to share (never an unapproved item); None when the library has nothing."""
        return await on_desk(self._review_desk, lambda desk: desk.advocacy_pick(platform, pillar))

    async def get_advocacy(self, advocacy_id: int | str) -> AdvocacyItem:
        """One advocacy item by its id (for the Teams card posted after an approval)."""
        return await on_desk(self._review_desk, lambda desk: desk.get_advocacy(advocacy_id))

    async def mark_published(self, item_id: int | str, *, where: str, by: str, channel: str = "cli") -> AdvocacyItem:
        """Guardrail the advocacy item again, then record where it went out."""
        return await on_desk(
            self._review_desk, lambda desk: desk.mark_published(item_id, where=where, by=by, channel=channel)
        )

    async def claim_event(self, source: str, key: str) -> bool:
        """True the first time any instance sees (source, key); False for a retry or a double click."""
        return await on_desk(self._review_desk, lambda desk: desk.claim_event(source, key))

    async def is_reviewer(self, identity: str) -> bool:
        from bot.review.identity import is_reviewer

        return is_reviewer(identity, self.config.review.reviewers)

    async def audit_log(self, item_id: int | str | None = None) -> list[AuditEvent]:
        return await on_desk(self._review_desk, lambda desk: desk.audit_log(item_id))

    async def save_conversation_reference(self, key: str, data: dict[str, Any]) -> None:
        await on_desk(self._review_desk, lambda desk: desk.save_conversation_reference(key, data))

    async def conversation_references(self) -> list[dict[str, Any]]:
        return await on_desk(self._review_desk, lambda desk: desk.conversation_references())
