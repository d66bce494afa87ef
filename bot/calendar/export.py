"""A planned month as files people open elsewhere: .ics (Outlook, Google Calendar, Apple Calendar) and CSV.

One VEVENT per slot, its UID stable for the month, platform and slot number, so importing the month again
updates the events instead of doubling them. DTSTAMP is the plan's own month start, not the clock, so the
same plan always exports the same bytes. Blocked slots are exported too, marked as blocked with only the
redacted preview, so the gap in the calendar is visible and nothing postable leaks.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.calendar.models import CalendarPlan, Slot
from bot.messages import calendar as msg

EVENT_MINUTES = 15
PRODID = "-//CarePost//Content calendar//EN"


def to_ics(plan: CalendarPlan, org: str) -> bytes:
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")  # a calendar to import (Outlook otherwise may treat it as a meeting request)
    cal.add("x-wr-calname", msg.CALENDAR_NAME.format(org=org, month=plan.month))
    cal.add("x-wr-timezone", plan.time_zone)
    stamp = datetime(plan.year, plan.month_number, 1, tzinfo=ZoneInfo("UTC"))
    for slot in plan.slots:
        event = Event()
        event.add("uid", slot.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", slot.start)
        event.add("dtend", slot.start + timedelta(minutes=EVENT_MINUTES))
        event.add("summary", msg.EVENT_SUMMARY.format(platform=_label(slot), topic=slot.topic))
        event.add("description", description(slot))
        event.add("categories", [slot.pillar, slot.platform.value])
        event.add("status", "CONFIRMED" if slot.postable else "TENTATIVE")
        event.add("transp", "TRANSPARENT")  # a reminder to post, not time the person is busy
        cal.add_component(event)
    # The VTIMEZONE covers the plan's year only: a short file that Outlook and Google still read right.
    cal.add_missing_timezones(first_date=date(plan.year - 1, 1, 1), last_date=date(plan.year + 1, 12, 31))
    return bytes(cal.to_ical())


def description(slot: Slot) -> str:
    """The event's description: what the slot is, the guardrails' verdict, and the draft (or its preview)."""
    rules = msg.EVENT_RULES.format(rules=", ".join(slot.rules)) if slot.rules else ""
    observance = msg.EVENT_OBSERVANCE.format(name=slot.observance) if slot.observance else ""
    text = slot.text if slot.postable else msg.EVENT_BLOCKED_TEXT.format(text=slot.text)
    return msg.EVENT_DESCRIPTION.format(
        pillar=slot.pillar,
        topic=slot.topic,
        observance=observance,
        verdict=msg.VERDICT_WORDS.get(slot.verdict.value, slot.verdict.value),
        rules=rules,
        text=text,
    )


def to_csv(plan: CalendarPlan) -> str:
    """One row per slot; opens in Excel and imports into a spreadsheet-based planner."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(msg.CSV_HEADER)
    for slot in plan.slots:
        writer.writerow(
            [
                slot.start.date().isoformat(),
                slot.start.strftime("%H:%M"),
                plan.time_zone,
                slot.platform.value,
                slot.pillar,
                slot.topic,
                slot.observance or "",
                slot.verdict.value,
                " ".join(slot.rules),
                slot.text if slot.postable else msg.EVENT_BLOCKED_TEXT.format(text=slot.text),
                " ".join(slot.hashtags),
                slot.uid,
            ]
        )
    return out.getvalue()


def ics_filename(plan: CalendarPlan) -> str:
    return f"carepost-{plan.month}.ics"


def _label(slot: Slot) -> str:
    value = slot.platform.value
    return {"x": "X", "linkedin": "LinkedIn", "youtube": "YouTube"}.get(value, value.capitalize())
