"""The rules of the review queue, synchronous: what ReviewDesk runs in a worker thread for each call.

Kept apart from the desk's async door (bot.review.desk) so that each stays small; one implementation of each
rule, in the order a person would want to hear the refusals. The guardrails run at submission, at approval and
at publication with the service's own engine; a blocked text is never queued and never approved. Who a person
is (their identity, its aliases, whether they are a reviewer) is decided here through bot.review.identity.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Literal, NoReturn

from bot.messages import review as msg
from bot.review.errors import ReviewInputError, ReviewNotFoundError, ReviewRefusedError, SubmissionBlockedError
from bot.review.identity import acting_as, is_reviewer, overlap, same
from bot.review.inputs import (
    distinct_aliases,
    hashtags,
    illegal,
    parse_channel,
    parse_id,
    require_identity,
    stored_report,
)
from bot.review.models import (
    AdvocacyItem,
    AuditAction,
    AuditRecord,
    Channel,
    Decision,
    NewSubmission,
    ReviewItem,
    ReviewState,
)
from bot.store.store import Store
from bot.store.tables import utcnow
from guardrails import Engine, Report, Severity, Verdict
from guardrails.engine import resolve_platform

log = logging.getLogger("carepost.review")  # ids, identities, states and rule ids only: never a text

Action = Literal["approve", "reject", "changes"]
DECISION_STATE: dict[Action, ReviewState] = {
    "approve": ReviewState.APPROVED,
    "reject": ReviewState.REJECTED,
    "changes": ReviewState.CHANGES_REQUESTED,
}
DECISION_AUDIT: dict[Action, AuditAction] = {
    "approve": AuditAction.APPROVED,
    "reject": AuditAction.REJECTED,
    "changes": AuditAction.CHANGES_REQUESTED,
}


class QueueRules:
    """The synchronous rules over a store; ReviewDesk adds the async door. Attributes are set by ReviewDesk."""

    _open_store: Callable[[], Store]
    reviewers: list[str]
    engine: Engine
    allow_self_approval: bool
    pillar_key: Callable[[str], str] | None

    @property
    def store(self) -> Store:
        return self._open_store()

    def pillar(self, name: str | None) -> str | None:
        if not name or not name.strip():
            return None
        if self.pillar_key is None:
            return name.strip().lower()
        try:
            return self.pillar_key(name)
        except ValueError as exc:
            raise ReviewInputError(str(exc)) from None

    # --- submission ---

    def submit_now(
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
        """Queue a text. `aliases` are the submitter's other identities, so that none of them can approve it."""
        who = require_identity(submitted_by)
        via = parse_channel(channel)
        checked = self.engine.check(text, platform)
        stored_text = checked.redacted_text
        verdict = checked.verdict
        if stored_text != text or (report is not None and report.verdict is Verdict.BLOCK):
            verdict = Verdict.BLOCK  # PHI was in the text (or the caller's own check blocked): fail closed
        if verdict is Verdict.BLOCK:
            self._refuse_submission(checked, who, via)
        new = NewSubmission(
            pillar=self.pillar(pillar),
            topic=self.redact(topic) if topic else None,
            platform=checked.platform,
            text=stored_text,
            verdict=verdict.value,
            report=stored_report(checked),
            submitted_by=who,
            submitter_aliases=distinct_aliases(who, aliases),
            channel=via,
        )
        audit = AuditRecord(
            actor=who, action=AuditAction.SUBMITTED, channel=via, rules=checked.rules, text=stored_text, detail=None
        )
        item = self.store.reviews.submit(new, audit)
        log.info("review item %s submitted by %s via %s: %s %s", item.id, who, via, item.verdict, checked.rules)
        return item

    def _refuse_submission(self, checked: Report, who: str, via: Channel) -> NoReturn:
        """Queue nothing for a blocked text: an item that can never be approved only clutters the queue.
        The attempt is on the record (redacted text, rule ids)."""
        blocking = [f.rule for f in checked.findings if f.severity is Severity.BLOCK] or checked.rules
        reason = msg.NOT_QUEUED.format(rules=", ".join(dict.fromkeys(blocking)) or "blocked")
        record = AuditRecord(
            actor=who,
            action=AuditAction.REFUSED,
            channel=via,
            rules=checked.rules,
            text=checked.redacted_text,
            detail=msg.AUDIT_REFUSED.format(action="submit", reason=reason),
        )
        self.store.reviews.audit(record)
        log.info("submission by %s via %s refused: blocked %s", who, via, checked.rules)
        raise SubmissionBlockedError(reason, checked)

    # --- reading ---

    def get_now(self, item_id: int | str) -> ReviewItem:
        number = parse_id(item_id)
        item = self.store.reviews.get(number) if number is not None else None
        if item is None:
            raise ReviewNotFoundError(msg.UNKNOWN_ITEM.format(id=item_id))
        return item

    # --- decisions ---

    def decide_now(
        self,
        action: Action,
        item_id: int | str,
        *,
        by: str,
        channel: str,
        comment: str | None,
        aliases: Sequence[str] = (),
    ) -> ReviewItem:
        """approve / reject / changes: the checks in the order a person would want to hear them.

        The person decides as `by`, or as the first of their `aliases` listed as a reviewer when `by` is not
        (a Slack id beside the e-mail app.yaml lists); every identity of theirs is compared with the submitter's.
        """
        who = acting_as(require_identity(by), aliases, self.reviewers)
        aliases = [i for i in (by, *aliases) if i and i != who]
        via = parse_channel(channel)
        item = self.get_now(item_id)
        verb = msg.ACTION_VERB[action]
        if not is_reviewer(who, self.reviewers):
            self._refuse(item, who, via, action, msg.NOT_A_REVIEWER.format(who=who, action=verb, id=item.id))
        submitter = [item.submitted_by, *item.submitter_aliases]
        if overlap([who, *aliases], submitter) and not self.allow_self_approval:
            template = msg.OWN_DRAFT if same(who, item.submitted_by) else msg.OWN_DRAFT_OTHER_NAME
            refusal = template.format(submitter=item.submitted_by, who=who, action=verb, id=item.id)
            self._refuse(item, who, via, action, refusal)
        if item.state is not ReviewState.SUBMITTED:
            self._refuse(item, who, via, action, illegal(item, action, msg.ILLEGAL_TRANSITION))
        if action != "approve" and not (comment and comment.strip()):
            self._refuse(item, who, via, action, msg.COMMENT_REQUIRED.format(action=verb, id=item.id))
        recheck = self.engine.check(item.text, item.platform)
        if action == "approve":
            self._require_postable(item, recheck, who, via)
        decision = Decision(
            item_id=item.id,
            expected_version=item.version,
            state=DECISION_STATE[action],
            reviewer=who,
            comment=self.redact(comment) if comment else None,
            at=utcnow(),
            advocacy_text=recheck.fixed_text if action == "approve" else None,
            hashtags=hashtags(recheck.fixed_text) if action == "approve" else [],
        )
        audit = AuditRecord(
            actor=who,
            action=DECISION_AUDIT[action],
            channel=via,
            item_id=item.id,
            rules=recheck.rules,
            text=item.text,
            detail=decision.comment,
        )
        if not self.store.reviews.decide(decision, audit):
            latest = self.get_now(item.id)
            self._refuse(latest, who, via, action, illegal(latest, action, msg.DECIDED_MEANWHILE))
        log.info("review item %s %s by %s via %s", item.id, decision.state.value, who, via)
        return self.get_now(item.id)

    def _require_postable(self, item: ReviewItem, recheck: Report, who: str, via: Channel) -> None:
        if item.verdict == Verdict.BLOCK.value:
            rules = ", ".join(item.rule_ids) or "blocked"
            self._refuse(item, who, via, "approve", msg.BLOCKED_AT_SUBMISSION.format(id=item.id, rules=rules))
        if recheck.verdict is Verdict.BLOCK:
            reason = msg.BLOCKED_NOW.format(id=item.id, rules=", ".join(recheck.rules), done=msg.DONE_VERB["approve"])
            self._refuse(item, who, via, "approve", reason, rules=recheck.rules)

    def _refuse(
        self, item: ReviewItem, who: str, via: Channel, action: str, reason: str, rules: list[str] | None = None
    ) -> NoReturn:
        """Put the refused attempt on the record, then raise: refusals are part of the trail too."""
        detail = msg.AUDIT_REFUSED.format(action=action, reason=reason)
        record = AuditRecord(
            actor=who, action=AuditAction.REFUSED, channel=via, item_id=item.id, rules=rules or [], detail=detail
        )
        self.store.reviews.audit(record)
        log.info("review item %s: %s by %s via %s refused: %s", item.id, action, who, via, reason)
        raise ReviewRefusedError(reason)

    # --- advocacy library ---

    def advocacy_now(self, platform: str | None = None, pillar: str | None = None) -> list[AdvocacyItem]:
        resolved = resolve_platform(platform) if platform else None
        items = self.store.reviews.advocacy(resolved.value if resolved else None, self.pillar(pillar))
        return [item for item in items if self.engine.check(item.text, item.platform).postable]

    def get_advocacy_now(self, advocacy_id: int | str) -> AdvocacyItem:
        number = parse_id(advocacy_id)
        item = self.store.reviews.get_advocacy(number) if number is not None else None
        if item is None:
            raise ReviewNotFoundError(msg.UNKNOWN_ADVOCACY_ITEM.format(id=advocacy_id))
        return item

    def mark_published_now(self, advocacy_id: int | str, *, where: str, by: str, channel: str) -> AdvocacyItem:
        who = require_identity(by)
        via = parse_channel(channel)
        item = self.get_advocacy_now(advocacy_id)
        where = (where or "").strip() or (item.platform or "")
        if not where:
            raise ReviewInputError(msg.PUBLISH_WHERE_EMPTY)
        recheck = self.engine.check(item.text, item.platform)
        if not recheck.postable:
            reason = msg.BLOCKED_NOW.format(id=item.id, rules=", ".join(recheck.rules), done=msg.DONE_VERB["publish"])
            detail = msg.AUDIT_REFUSED.format(action="publish", reason=reason)
            self.store.reviews.audit(
                AuditRecord(actor=who, action=AuditAction.REFUSED, channel=via, item_id=item.review_id, detail=detail)
            )
            raise ReviewRefusedError(reason)
        audit = AuditRecord(
            actor=who,
            action=AuditAction.PUBLISHED,
            channel=via,
            item_id=item.review_id,
            rules=recheck.rules,
            text=recheck.redacted_text,
            detail=where,
        )
        published = self.store.reviews.mark_published(item.id, where=where, by=who, audit=audit)
        if published is None:  # deleted in between: cannot happen today, but never report a ghost as published
            raise ReviewNotFoundError(msg.UNKNOWN_ADVOCACY_ITEM.format(id=advocacy_id))
        return published

    def redact(self, text: str) -> str:
        """Free text a person typed (a comment, a topic) as it may be stored: PHI replaced by its tag."""
        return self.engine.check(text).redacted_text
