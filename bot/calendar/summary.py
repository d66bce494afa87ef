"""What every surface shows of a planned month, as sentences from bot.messages.calendar: Slack, Teams, the
terminal and the CLI lay these lines out and never write their own, so they all say the same thing."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from bot.calendar.models import CalendarPlan, CalendarSubmission, Slot
from bot.messages import calendar as msg


class CalendarSummary(BaseModel):
    model_config = ConfigDict(frozen=True)

    title: str
    overview: str
    observances: list[str] = Field(description="One line per observance, with its dates.")
    weeks: list[str] = Field(description="Posts per week, one line per week.")
    notices: list[str] = Field(default_factory=list)
    submission: str | None = None


def summarize(plan: CalendarPlan, submission: CalendarSubmission | None = None) -> CalendarSummary:
    month_name = plan.slots[0].start.strftime("%B %Y") if plan.slots else plan.month
    mix = ", ".join(f"{share} % {pillar}" for pillar, share in plan.mix.items())
    overview = msg.SUMMARY.format(
        slots=len(plan.slots),
        platforms=", ".join(label(p.value) for p in plan.platforms),
        time_zone=plan.time_zone,
        mix=mix,
        follows=plan.follows,
    )
    observances = [_observance_line(o.name, o.start, o.end, o.whole_month) for o in plan.observances]
    weeks = [
        msg.WEEK_ROW.format(
            start=w.start.strftime("%d %b"),
            count=w.count,
            platforms=", ".join(f"{label(p)} {n}" for p, n in w.per_platform.items()),
        )
        for w in plan.weeks()
    ]
    return CalendarSummary(
        title=msg.TITLE.format(month=month_name),
        overview=overview,
        observances=observances or [msg.NO_OBSERVANCES],
        weeks=weeks,
        notices=list(plan.notices),
        submission=submission_note(submission) if submission is not None else None,
    )


def submission_note(submission: CalendarSubmission) -> str:
    if submission.queued:
        ids = ", ".join(f"#{q.item_id}" for q in submission.queued)
        note = msg.SUBMITTED.format(queued=len(submission.queued), ids=ids)
    else:
        note = msg.SUBMITTED_NONE
    if submission.skipped:
        note += " " + msg.SUBMIT_SKIPPED.format(slots=", ".join(submission.skipped))
    if submission.already_queued:
        note += " " + msg.SUBMIT_ALREADY.format(count=len(submission.already_queued))
    return note


def slot_line(slot: Slot) -> str:
    observance = msg.SLOT_OBSERVANCE.format(name=slot.observance) if slot.observance else ""
    return msg.SLOT_ROW.format(
        when=slot.start.strftime("%a %d %b %H:%M"),
        platform=label(slot.platform.value),
        pillar=slot.pillar,
        topic=slot.topic,
        observance=observance,
        verdict=msg.VERDICT_WORDS.get(slot.verdict.value, slot.verdict.value),
    )


def label(platform: str) -> str:
    """How a platform is named to people (LinkedIn, X, YouTube)."""
    return {"x": "X", "linkedin": "LinkedIn", "youtube": "YouTube"}.get(platform, platform.capitalize())


def _observance_line(name: str, start: date, end: date, whole_month: bool) -> str:
    if whole_month:
        return msg.OBSERVANCE_MONTH.format(name=name)
    if start == end:
        return msg.OBSERVANCE_DAY.format(name=name, day=start.strftime("%a %d %b"))
    return msg.OBSERVANCE_SPAN.format(name=name, start=start.strftime("%d %b"), end=end.strftime("%d %b"))
