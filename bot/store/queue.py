"""The review queue, the advocacy library and the audit trail as rows.

Each public method is one transaction: a decision, its advocacy item and its audit event commit together
or not at all. Two decisions on one item race on a conditional UPDATE (state and version), so exactly one
of them wins, across processes and on every database.
"""

from __future__ import annotations

from sqlalchemy import Engine, Select, select, update
from sqlalchemy.orm import Session, sessionmaker

from bot.review.models import (
    AdvocacyItem,
    AuditAction,
    AuditEvent,
    AuditRecord,
    Channel,
    Decision,
    NewSubmission,
    ReviewItem,
    ReviewState,
)
from bot.store.tables import AdvocacyRow, AuditRow, DraftRow, ReviewRow, utcnow


class ReviewStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)

    # --- review items ---

    def submit(self, new: NewSubmission, audit: AuditRecord) -> ReviewItem:
        with self.sessions.begin() as session:
            draft = DraftRow(
                pillar=new.pillar,
                topic=new.topic,
                platform=new.platform,
                text=new.text,
                verdict=new.verdict,
                report=new.report,
                submitted_by=new.submitted_by,
                submitter_aliases=list(new.submitter_aliases),
                submitted_via=new.channel.value,
                created_at=utcnow(),
            )
            session.add(draft)
            session.flush()
            review = ReviewRow(draft_id=draft.id, state=ReviewState.SUBMITTED.value, version=1, created_at=utcnow())
            session.add(review)
            session.flush()
            _add_audit(session, audit.model_copy(update={"item_id": review.id}))
            return _item(review, draft, None)

    def get(self, item_id: int) -> ReviewItem | None:
        with self.sessions() as session:
            row = session.execute(_item_query().where(ReviewRow.id == item_id)).first()
            return None if row is None else _item(*row)

    def items(self, state: ReviewState | None = None) -> list[ReviewItem]:
        query = _item_query().order_by(ReviewRow.id)
        if state is not None:
            query = query.where(ReviewRow.state == state.value)
        with self.sessions() as session:
            return [_item(*row) for row in session.execute(query)]

    def decide(self, decision: Decision, audit: AuditRecord) -> bool:
        """Apply the decision if nobody decided first; False (and nothing written) when someone did."""
        with self.sessions.begin() as session:
            result = session.execute(
                update(ReviewRow)
                .where(
                    ReviewRow.id == decision.item_id,
                    ReviewRow.state == ReviewState.SUBMITTED.value,
                    ReviewRow.version == decision.expected_version,
                )
                .values(
                    state=decision.state.value,
                    reviewer=decision.reviewer,
                    comment=decision.comment,
                    decided_at=decision.at,
                    version=ReviewRow.version + 1,
                )
                .returning(ReviewRow.id)
                .execution_options(synchronize_session=False)
            )
            if result.first() is None:  # someone else decided first: the WHERE matched no row
                return False
            if decision.state is ReviewState.APPROVED:
                _add_advocacy(session, decision)
            _add_audit(session, audit)
            return True

    # --- advocacy library ---

    def advocacy(self, platform: str | None = None, pillar: str | None = None) -> list[AdvocacyItem]:
        query = select(AdvocacyRow).order_by(AdvocacyRow.approved_at.desc(), AdvocacyRow.id.desc())
        if platform is not None:
            query = query.where(AdvocacyRow.platform == platform)
        if pillar is not None:
            query = query.where(AdvocacyRow.pillar == pillar)
        with self.sessions() as session:
            return [_advocacy(row) for row in session.scalars(query)]

    def get_advocacy(self, advocacy_id: int) -> AdvocacyItem | None:
        with self.sessions() as session:
            row = session.get(AdvocacyRow, advocacy_id)
            return None if row is None else _advocacy(row)

    def mark_published(self, advocacy_id: int, *, where: str, by: str, audit: AuditRecord) -> AdvocacyItem | None:
        with self.sessions.begin() as session:
            row = session.get(AdvocacyRow, advocacy_id)
            if row is None:
                return None
            row.published_at = utcnow()
            row.published_where = where
            row.published_by = by
            _add_audit(session, audit)
            session.flush()
            return _advocacy(row)

    # --- audit trail ---

    def audit(self, record: AuditRecord) -> None:
        with self.sessions.begin() as session:
            _add_audit(session, record)

    def audit_log(self, item_id: int | None = None) -> list[AuditEvent]:
        query = select(AuditRow).order_by(AuditRow.id)
        if item_id is not None:
            query = query.where(AuditRow.item_id == item_id)
        with self.sessions() as session:
            return [_audit_event(row) for row in session.scalars(query)]


def _item_query() -> Select[ReviewRow, DraftRow, int]:
    return (
        select(ReviewRow, DraftRow, AdvocacyRow.id)
        .join(DraftRow, DraftRow.id == ReviewRow.draft_id)
        .outerjoin(AdvocacyRow, AdvocacyRow.review_id == ReviewRow.id)
    )


def _item(review: ReviewRow, draft: DraftRow, advocacy_id: int | None) -> ReviewItem:
    report = draft.report or {}
    return ReviewItem(
        id=review.id,
        state=ReviewState(review.state),
        platform=draft.platform,
        pillar=draft.pillar,
        topic=draft.topic,
        text=draft.text,
        verdict=draft.verdict,
        findings=list(report.get("findings", [])),
        submitted_by=draft.submitted_by,
        submitter_aliases=list(draft.submitter_aliases or []),
        submitted_via=Channel(draft.submitted_via),
        submitted_at=draft.created_at,
        reviewed_by=review.reviewer,
        reviewed_at=review.decided_at,
        comment=review.comment,
        version=review.version,
        advocacy_id=advocacy_id,
    )


def _add_advocacy(session: Session, decision: Decision) -> None:
    review = session.get(ReviewRow, decision.item_id)
    draft = session.get(DraftRow, review.draft_id) if review is not None else None
    if review is None or draft is None or decision.advocacy_text is None:
        raise ValueError(f"approval of item {decision.item_id} without its draft or its text")
    session.add(
        AdvocacyRow(
            review_id=review.id,
            platform=draft.platform,
            pillar=draft.pillar,
            topic=draft.topic,
            text=decision.advocacy_text,
            hashtags=list(decision.hashtags),
            approved_by=decision.reviewer,
            approved_at=decision.at,
        )
    )


def _advocacy(row: AdvocacyRow) -> AdvocacyItem:
    return AdvocacyItem(
        id=row.id,
        review_id=row.review_id,
        platform=row.platform,
        pillar=row.pillar,
        topic=row.topic,
        text=row.text,
        hashtags=list(row.hashtags or []),
        approved_by=row.approved_by,
        approved_at=row.approved_at,
        published_at=row.published_at,
        published_where=row.published_where,
        published_by=row.published_by,
    )


def _add_audit(session: Session, record: AuditRecord) -> None:
    session.add(
        AuditRow(
            at=utcnow(),
            actor=record.actor,
            action=record.action.value,
            channel=record.channel.value,
            item_id=record.item_id,
            rules=list(record.rules),
            text=record.text,
            detail=record.detail,
        )
    )


def _audit_event(row: AuditRow) -> AuditEvent:
    return AuditEvent(
        id=row.id,
        at=row.at,
        actor=row.actor,
        action=AuditAction(row.action),
        channel=Channel(row.channel),
        item_id=row.item_id,
        rules=list(row.rules or []),
        text=row.text,
        detail=row.detail,
    )
