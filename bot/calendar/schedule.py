"""Where each slot goes and what it is about: a pure function of the month and the configuration.

Slots fall on weekdays (Monday to Friday), spread evenly over the month per platform; a platform posting
more than once a day uses the configured times in turn, each platform starting at a different time so that
they do not all go out at once. Each platform's pillars follow the content mix as closely as whole posts allow
and are interleaved (never all the promotion at the end). Platforms posting the same pillar on the same day
share a topic, so the drafter writes one topic per day and pillar, tailored per platform.
"""

from __future__ import annotations

import calendar as stdcal
import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from itertools import zip_longest
from zoneinfo import ZoneInfo

from bot.calendar.config import CalendarConfig
from bot.calendar.models import SlotPlan
from bot.calendar.observances import Observance, evergreen_topics
from bot.messages import calendar as msg
from guardrails.settings import Platform

MONTH_NAMES = {name.lower(): i for i, name in enumerate(stdcal.month_name) if name}
MONTH_NAMES.update({name.lower(): i for i, name in enumerate(stdcal.month_abbr) if name})
YEARS = (2000, 2100)
_ISO = re.compile(r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})$")
_NAMED = re.compile(r"^(?P<name>[a-z]+)\.?(?:\s*,?\s*(?P<y>\d{4}))?$")


class CalendarInputError(ValueError):
    """A month or platform CarePost cannot plan; the message is one line saying how to fix it."""


def parse_month(text: str, today: date) -> tuple[int, int]:
    """`2027-03`, `March 2027`, or `March` (the next March, this one if we are in it) -> (year, month)."""
    value = " ".join((text or "").strip().lower().split())
    if not value:
        raise CalendarInputError(msg.NO_MONTH)
    iso = _ISO.match(value)
    named = _NAMED.match(value)
    if iso:
        year, month = int(iso["y"]), int(iso["m"])
    elif named and named["name"] in MONTH_NAMES:
        month = MONTH_NAMES[named["name"]]
        year = int(named["y"]) if named["y"] else today.year + (1 if month < today.month else 0)
    else:
        raise CalendarInputError(msg.BAD_MONTH.format(value=text.strip()))
    if not 1 <= month <= 12:
        raise CalendarInputError(msg.BAD_MONTH.format(value=text.strip()))
    if not YEARS[0] <= year <= YEARS[1]:
        raise CalendarInputError(msg.MONTH_OUT_OF_RANGE.format(value=text.strip(), low=YEARS[0], high=YEARS[1]))
    return year, month


def weekdays(year: int, month: int) -> list[date]:
    last = stdcal.monthrange(year, month)[1]
    return [date(year, month, d) for d in range(1, last + 1) if date(year, month, d).weekday() < 5]


def slots_per_month(posts_per_week: int, weekday_count: int) -> int:
    """Posts per week scaled to this month's weekdays, rounded half up (4 a week, 23 weekdays -> 18)."""
    exact = Decimal(posts_per_week * weekday_count) / Decimal(5)
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def pillar_sequence(mix: dict[str, int], count: int) -> list[str]:
    """`count` pillars following the mix, interleaved: each pick is the pillar furthest behind its share."""
    given: dict[str, int] = dict.fromkeys(mix, 0)
    out: list[str] = []
    for k in range(count):
        pillar = max((p for p in mix if mix[p] > 0), key=lambda p: mix[p] * (k + 1) / 100 - given[p])
        given[pillar] += 1
        out.append(pillar)
    return out


def plan_slots(
    year: int,
    month: int,
    config: CalendarConfig,
    platforms: list[Platform],
    observances: list[Observance],
    domain: str,
) -> list[SlotPlan]:
    """Every slot of the month, sorted by time then platform."""
    days = weekdays(year, month)
    zone = ZoneInfo(config.time_zone)
    clock = config.clock_times()
    anchors = observance_days(observances, days)
    topics = _TopicPicker(observances, month, anchors)
    placed = _place_observances(_spread(config, platforms, days), observances, anchors)
    slots: list[SlotPlan] = []
    for index, platform in enumerate(platforms):
        per_day: dict[date, int] = {}
        for k, (pillar, day) in enumerate(placed[index]):
            nth = per_day.get(day, 0)
            per_day[day] = nth + 1
            hour, minute = clock[(index + nth) % len(clock)]
            topic, observance = topics.pick(day, pillar)
            slots.append(
                SlotPlan(
                    uid=f"carepost-{year}-{month:02d}-{platform.value}-{k + 1:02d}@{domain}",
                    platform=platform,
                    start=datetime(year, month, day.day, hour, minute, tzinfo=zone),
                    pillar=pillar,
                    topic=topic,
                    observance=observance,
                )
            )
    slots.sort(key=lambda s: (s.start, list(Platform).index(s.platform)))
    return _with_variants(slots)


# (pillar, day) of each slot of one platform, in slot order
Planned = list[tuple[str, date]]


def _spread(config: CalendarConfig, platforms: list[Platform], days: list[date]) -> list[Planned]:
    """Each platform's slots over the month's weekdays, centred so that no week gets more than its share."""
    out: list[Planned] = []
    for platform in platforms:
        total = slots_per_month(config.posts_per_week.get(platform, 0), len(days))
        out.append(
            [
                (pillar, days[(2 * k + 1) * len(days) // (2 * total)])
                for k, pillar in enumerate(pillar_sequence(config.mix, total))
            ]
        )
    return out


def observance_days(observances: list[Observance], days: list[date]) -> dict[str, date]:
    """The weekday each day or week observance is posted on: its first weekday, else (a weekend day such as
    National Cancer Survivors Day, the first Sunday of June) the last weekday before it in the month, else the
    first one after it. Without this a Sunday observance never got a post. Two observances of one pillar never
    share a day (a day and pillar get one topic): the later one moves to its next choice."""
    anchors: dict[str, date] = {}
    taken: set[tuple[date, str]] = set()
    for obs in sorted(observances, key=lambda o: (o.start, o.name)):
        if obs.whole_month:
            continue
        inside = [d for d in days if obs.covers(d)]
        before = [d for d in reversed(days) if d < obs.start]
        after = [d for d in days if d > obs.end]
        choice = next((d for d in inside + before + after if (d, obs.pillar) not in taken), None)
        if choice is not None:
            anchors[obs.name] = choice
            taken.add((choice, obs.pillar))
    return anchors


def _place_observances(
    planned: list[Planned], observances: list[Observance], anchors: dict[str, date]
) -> list[Planned]:
    """Move one slot of the observance's pillar onto its day when no platform posts that pillar there already:
    the nearest such slot, on the first platform that has one, and never a slot already moved for another."""
    placed = [list(rows) for rows in planned]
    pinned: set[tuple[int, int]] = set()
    for obs in sorted(observances, key=lambda o: (o.start, o.name)):
        day = anchors.get(obs.name)
        if day is None:
            continue
        covered = [
            (p, k)
            for p, rows in enumerate(placed)
            for k, (pillar, d) in enumerate(rows)
            if pillar == obs.pillar and (obs.covers(d) or d == day)
        ]
        if covered:
            pinned.update(covered)
            continue
        candidates = [
            (abs((d - day).days), p, k)
            for p, rows in enumerate(placed)
            for k, (pillar, d) in enumerate(rows)
            if pillar == obs.pillar and (p, k) not in pinned
        ]
        if candidates:
            _distance, p, k = min(candidates)
            placed[p][k] = (obs.pillar, day)
            pinned.add((p, k))
    return placed


class _TopicPicker:
    """One topic per (day, pillar): a day or week observance on that day first, else the month's rotation."""

    def __init__(self, observances: list[Observance], month: int, anchors: dict[str, date]) -> None:
        self.observances = observances
        self.month = month
        self.anchors = anchors
        self.chosen: dict[tuple[date, str], tuple[str, str | None]] = {}
        self.used: dict[str, int] = {}

    def pick(self, day: date, pillar: str) -> tuple[str, str | None]:
        key = (day, pillar)
        if key not in self.chosen:
            self.chosen[key] = self._choose(day, pillar)
        return self.chosen[key]

    def _choose(self, day: date, pillar: str) -> tuple[str, str | None]:
        dated = [obs for obs in self.observances if not obs.whole_month and obs.pillar == pillar]
        for obs in dated:
            if self.anchors.get(obs.name) == day:
                return obs.topic, obs.name
        for obs in dated:
            if obs.covers(day):
                return obs.topic, obs.name
        rotation = self._rotation(pillar)
        if not rotation:
            rotation = self._rotation("education")
        turn = self.used.get(pillar, 0)
        self.used[pillar] = turn + 1
        return rotation[turn % len(rotation)]

    def _rotation(self, pillar: str) -> list[tuple[str, str | None]]:
        """The month's observances of this pillar interleaved with evergreen topics (rotated by month, so that
        consecutive months do not open on the same topic). Promotion also promotes the care behind the month's
        education observances (Heart Month -> heart care)."""
        wanted = (pillar, "education") if pillar == "promotion" else (pillar,)
        month_long = [(o.topic, o.name) for o in self.observances if o.whole_month and o.pillar in wanted]
        pool = evergreen_topics().get(pillar, [])
        shift = self.month % len(pool) if pool else 0
        evergreen: list[tuple[str, str | None]] = [(t, None) for t in pool[shift:] + pool[:shift]]
        mixed = [item for pair in zip_longest(month_long, evergreen) for item in pair if item is not None]
        seen: set[str] = set()
        out = []
        for topic, name in mixed:
            if topic.lower() not in seen:
                seen.add(topic.lower())
                out.append((topic, name))
        return out


def _with_variants(slots: list[SlotPlan]) -> list[SlotPlan]:
    """The n-th time a platform gets a topic in the month it is drafted as wording n, so a repeat (later in the
    month, or a second post the same day on X) never reads the same."""
    seen: dict[tuple[str, str, Platform], int] = {}
    out = []
    for slot in slots:
        key = (slot.pillar, slot.topic.lower(), slot.platform)
        out.append(slot.model_copy(update={"variant": seen.get(key, 0)}))
        seen[key] = seen.get(key, 0) + 1
    return out
