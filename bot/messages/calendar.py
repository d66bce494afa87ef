"""Sentences for the content calendar on every surface: errors, notices, labels and the .ics/CSV texts."""

from __future__ import annotations

# --- bad requests and bad configuration (one line each: what was wrong and how to fix it)
BAD_MONTH = "month {value!r} is not a month; use YYYY-MM (for example 2027-03) or a month name such as March"
NO_MONTH = "say which month to plan, for example 2027-03 or March"
MONTH_OUT_OF_RANGE = "month {value!r} is outside the years CarePost plans ({low}-{high}); pick a month in that range"
NO_PLATFORMS = "no platform has posts planned; set calendar.posts_per_week for at least one of: {valid}"
PLATFORM_NOT_PLANNED = (
    "{platform} has no posts per week in calendar.posts_per_week; add it there or leave it out of --platform"
)
MIX_SUM = "the mix must add up to 100 (it adds up to {total}); for example education: 60, community: 25, promotion: 15"
MIX_PILLAR = "unknown pillar {name!r}; use education, community, promotion or thought-leadership"
BAD_TIME = "{value!r} is not a time of day; write it as HH:MM, for example 09:30"
NO_TIMES = "no posting time given; give at least one posting time such as 09:00"
TOO_MANY_PER_WEEK = (
    "posts_per_week.{platform} is {count}, more than {most} (5 weekdays x {times} posting times); "
    "lower it or add times to calendar.times"
)
BAD_TIME_ZONE = "{value!r} is not a known time zone; use an IANA name such as America/Chicago"
BAD_OBSERVANCE_DAY = "observance {name!r}: day {day} does not exist in month {month}; fix its day"
OBSERVANCE_BOTH = "observance {name!r}: give either day or weekday (with nth), not both"
OBSERVANCE_NTH = "observance {name!r}: weekday needs nth (1-5, or -1 for the last one in the month)"
SUBMIT_NEEDS_BY = "--submit needs --by WHO (the person the review queue records as the author)"
EXPORT_FAILED = "cannot write {path}: {reason}; pick a path in a folder you can write to"

# --- what the planner tells the person
NOTICE_BLOCKED = "{count} slot(s) were blocked by the guardrails and need a rewrite before they can be queued: {slots}"
NOTICE_NO_FACTS = (
    "{count} slot(s) are on topics the offline drafter has no facts for; they are skeletons with [placeholders] to "
    "fill in: {topics}"
)
NOTICE_LLM = "The drafter said: {notice}"
SUBMITTED = "Queued {queued} slot(s) for review as items {ids}."
SUBMITTED_NONE = "No slot was queued for review."
SUBMIT_SKIPPED = "Not queued, blocked by the guardrails: {slots}."
SUBMIT_ALREADY = "{count} slot(s) were already waiting for review and were not queued again."

# --- labels every surface shows
TITLE = "Content calendar for {month}"
SUMMARY = "{slots} posts on {platforms}, {time_zone} time. Mix: {mix}. Posting frequency follows source {follows}."
OBSERVANCES = "Health observances this month"
NO_OBSERVANCES = "No built-in health observance falls in this month; add your own under calendar.observances."
WEEKS = "Posts per week"
WEEK_ROW = "Week of {start}: {count} posts ({platforms})"
SLOT_ROW = "{when} {platform} [{pillar}] {topic}{observance}: {verdict}"
SLOT_OBSERVANCE = " ({name})"
ICS_ATTACHED = "The calendar file ({filename}) is attached: open it in Outlook or Google Calendar."
ICS_OFFERED = "Export it with: carepost calendar --month {month} --ics {filename}"
SUBMIT_HINT = "To queue every postable slot for review: carepost calendar --month {month} --submit --by YOU"
WROTE = "Wrote {path}"
CARD_SUBMIT = "Queue for review"
CARD_ICS = "Open in Outlook or Google Calendar (.ics)"
CARD_CSV = "Download as a spreadsheet (CSV)"
LINKS_OFFERED = "The buttons below download the whole month (the links expire: ask again for fresh ones)."
LINK_INVALID = "This calendar link is not valid: ask CarePost for the month again in Teams (for example 'plan March')."
LINK_EXPIRED = "This calendar link has expired: ask CarePost for the month again in Teams to get a fresh one."

VERDICT_WORDS = {"pass": "ready", "fix": "ready after fixes", "warn": "ready, see warnings", "block": "BLOCKED"}

# --- the exported files
EVENT_SUMMARY = "{platform} post: {topic}"
EVENT_DESCRIPTION = (
    "Pillar: {pillar}\nTopic: {topic}\n{observance}Guardrails: {verdict}{rules}\n\n{text}\n\nDrafted by CarePost; "
    "a person reviews it before it is posted."
)
EVENT_OBSERVANCE = "Observance: {name}\n"
EVENT_RULES = " ({rules})"
EVENT_BLOCKED_TEXT = "[Blocked by the guardrails: rewrite this slot before posting. Redacted preview below.]\n{text}"
CALENDAR_NAME = "{org} social posts {month}"
CSV_HEADER = (
    "date",
    "time",
    "time_zone",
    "platform",
    "pillar",
    "topic",
    "observance",
    "verdict",
    "rules",
    "text",
    "hashtags",
    "uid",
)
OBSERVANCE_MONTH = "{name} (all month)"
OBSERVANCE_DAY = "{name} ({day})"
OBSERVANCE_SPAN = "{name} ({start} to {end})"
ACK = "Planning the content calendar for {month}: drafting and checking every slot..."
