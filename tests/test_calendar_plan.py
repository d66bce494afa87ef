"""The content calendar's core: observance dates, the weekday schedule, the content mix, determinism and
app.yaml validation. Drafting runs for real (offline drafter, the real guardrail engine)."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import date

import pytest

from bot.calendar.config import CalendarConfig
from bot.calendar.models import CalendarPlan
from bot.calendar.observances import observances_for
from bot.calendar.planner import plan_month
from bot.calendar.schedule import (
    CalendarInputError,
    observance_days,
    parse_month,
    pillar_sequence,
    plan_slots,
    slots_per_month,
    weekdays,
)
from bot.config import AppConfig, ConfigError, config_from_mapping
from guardrails import Engine
from guardrails.settings import Platform

TODAY = date(2026, 12, 4)


def plan(config: AppConfig | None = None, month: str = "2027-03", platforms: list[str] | None = None) -> CalendarPlan:
    config = config or AppConfig()
    return asyncio.run(plan_month(config, Engine(config.guardrail_settings()), month, platforms, TODAY))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2027-03", (2027, 3)),  # the CLI's documented form
        ("2027/3", (2027, 3)),  # a slash and no leading zero are how people type it too
        ("March 2027", (2027, 3)),  # a month name with its year
        ("march", (2027, 3)),  # no year: the next March after today (4 Dec 2026)
        ("Dec", (2026, 12)),  # the month we are in is this year's, not next year's
        ("january", (2027, 1)),  # a month already past this year means next year
    ],
)
def test_month_words(text: str, expected: tuple[int, int]) -> None:
    assert parse_month(text, TODAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2027-13",  # no thirteenth month
        "Marchember",  # not a month name
        "",  # nothing at all
        "1999-05",  # outside the years CarePost plans
    ],
)
def test_bad_month_is_one_line(text: str) -> None:
    with pytest.raises(CalendarInputError) as info:
        parse_month(text, TODAY)
    assert "\n" not in str(info.value) and str(info.value)


def test_observance_dates_are_computed_for_the_year() -> None:
    feb = {o.name: o for o in observances_for(2027, 2, CalendarConfig())}
    assert feb["American Heart Month"].whole_month
    assert feb["National Wear Red Day"].start == date(2027, 2, 5)  # first Friday of February 2027
    assert {o.name: o for o in observances_for(2026, 2, CalendarConfig())}["National Wear Red Day"].start == date(
        2026, 2, 6
    )
    may = {o.name: o for o in observances_for(2027, 5, CalendarConfig())}
    assert (may["National Nurses Week"].start, may["National Nurses Week"].end) == (date(2027, 5, 6), date(2027, 5, 12))
    assert may["National Hospital Week"].start == date(2027, 5, 9)  # the second Sunday of May
    nov = {o.name: o for o in observances_for(2027, 11, CalendarConfig())}
    assert nov["Great American Smokeout"].start == date(2027, 11, 18)  # the third Thursday


def test_every_month_has_a_built_in_observance() -> None:
    for month in range(1, 13):
        assert observances_for(2027, month, CalendarConfig()), month


def test_app_yaml_adds_observances() -> None:
    config = config_from_mapping(
        {
            "calendar": {
                "observances": [
                    {"name": "Riverside Run", "month": 3, "weekday": "saturday", "nth": -1, "topic": "a 5K fun run"},
                    {"name": "Local Heart Day", "month": 3, "day": 17, "topic": "heart health", "pillar": "community"},
                ]
            }
        }
    )
    march = {o.name: o for o in observances_for(2027, 3, config.calendar)}
    assert march["Riverside Run"].start == date(2027, 3, 27)  # the last Saturday of March 2027
    assert "Colorectal Cancer Awareness Month" in march  # the built-in list is kept
    slots = plan(config).slots
    assert any(s.observance == "Local Heart Day" and s.start.day == 17 for s in slots)


def test_weekdays_and_monthly_counts_follow_posts_per_week() -> None:
    assert len(weekdays(2027, 3)) == 23
    assert slots_per_month(4, 23) == 18  # 4 a week over 23 weekdays = 18.4
    assert slots_per_month(3, 23) == 14  # 13.8 rounds up
    result = plan()
    per_platform = Counter(s.platform for s in result.slots)
    assert per_platform == {Platform.FACEBOOK: 18, Platform.X: 32, Platform.INSTAGRAM: 18, Platform.LINKEDIN: 14}
    assert all(s.start.weekday() < 5 for s in result.slots)  # weekdays only
    assert all(s.start.tzinfo is not None and str(s.start.tzinfo) == "America/Chicago" for s in result.slots)
    assert len({(s.platform, s.start) for s in result.slots}) == len(result.slots)  # never twice at once
    full_weeks = [w for w in result.weeks() if w.start.month == 3 and w.start.day <= 22]  # Monday to Friday in March
    assert [w.per_platform for w in full_weeks] == [{"facebook": 4, "x": 7, "instagram": 4, "linkedin": 3}] * 4


def test_the_mix_is_followed_per_platform_and_interleaved() -> None:
    assert Counter(pillar_sequence({"education": 60, "community": 25, "promotion": 15}, 20)) == {
        "education": 12,
        "community": 5,
        "promotion": 3,
    }
    sequence = pillar_sequence({"education": 60, "community": 25, "promotion": 15}, 20)
    assert "promotion" in sequence[:8]  # spread through the month, not all at the end
    config = config_from_mapping({"calendar": {"mix": {"education": 50, "community": 50}}})
    slots = plan(config, platforms=["facebook"]).slots
    assert Counter(s.pillar for s in slots) == {"education": 9, "community": 9}


def test_slots_are_on_the_months_observances_and_drafted_and_checked() -> None:
    result = plan(month="2027-02")
    names = {s.observance for s in result.slots}
    assert "American Heart Month" in names
    assert any(s.observance == "National Wear Red Day" and s.start.date() == date(2027, 2, 5) for s in result.slots)
    heart = next(s for s in result.slots if s.topic == "heart health" and s.pillar == "education")
    assert "heart" in heart.text.lower() and heart.postable
    assert all(s.text for s in result.slots)  # every slot drafted
    assert all(s.verdict.value in ("pass", "warn", "fix", "block") for s in result.slots)


@pytest.mark.parametrize(
    "platforms",
    [
        list(CalendarConfig().posts_per_week),  # every platform the calendar plans by default
        [Platform.LINKEDIN],  # 2-3 posts a week: most days have no slot, yet every observance gets one
        [Platform.FACEBOOK],  # one platform alone used to miss most day observances of its pillar
    ],
)
def test_every_day_and_week_observance_gets_a_slot(platforms: list[Platform]) -> None:
    config = CalendarConfig()
    for year in (2026, 2027, 2028):
        for month in range(1, 13):
            observances = observances_for(year, month, config)
            slots = plan_slots(year, month, config, platforms, observances, "example.org")
            named = {s.observance for s in slots}
            missing = [o.name for o in observances if not o.whole_month and o.name not in named]
            assert not missing, (year, month, platforms, missing)


@pytest.mark.parametrize(
    ("year", "month", "name", "posted_on"),
    [
        (2027, 6, "National Cancer Survivors Day", date(2027, 6, 4)),  # a Sunday: posted the Friday before
        (2027, 11, "World Pneumonia Day", date(2027, 11, 12)),  # a Friday: on its own day
        (2027, 11, "World Diabetes Day", date(2027, 11, 11)),  # Sunday 14th, but Friday is Pneumonia Day's: Thursday
    ],
)
def test_a_weekend_observance_is_posted_on_a_weekday_before_it(
    year: int, month: int, name: str, posted_on: date
) -> None:
    days = weekdays(year, month)
    assert observance_days(observances_for(year, month, CalendarConfig()), days)[name] == posted_on


def test_the_same_month_and_config_plan_the_same() -> None:
    first, second = plan(), plan()
    assert first.model_dump() == second.model_dump()
    uids = [s.uid for s in first.slots]
    assert len(set(uids)) == len(uids)
    assert "carepost-2027-03-facebook-01@www.riversidehealth.org" in uids


def test_a_topic_coming_back_is_worded_differently() -> None:
    slots = plan().slots
    by_topic: dict[tuple[str, str, Platform], set[str]] = {}
    for slot in slots:
        by_topic.setdefault((slot.pillar, slot.topic, slot.platform), set()).add(slot.text)
    repeated = [texts for texts in by_topic.values() if len(texts) > 1]
    assert repeated  # a month reuses topics, and their wording differs
    assert len({(s.platform, s.text) for s in slots}) == len(slots)  # no platform gets the same post twice


def test_platform_choice() -> None:
    assert {s.platform for s in plan(platforms=["twitter"]).slots} == {Platform.X}
    with pytest.raises(CalendarInputError):
        plan(platforms=["youtube"])  # no posts per week configured for it
    with pytest.raises(CalendarInputError):
        plan(platforms=["myspace"])


@pytest.mark.parametrize(
    ("calendar", "key"),
    [
        ({"mix": {"education": 60, "community": 30, "promotion": 15}}, "calendar.mix"),  # adds up to 105
        ({"mix": {"education": 80, "gossip": 20}}, "calendar.mix"),  # not a pillar
        ({"times": ["9am"]}, "calendar.times"),  # not HH:MM
        ({"time_zone": "Mars/Olympus"}, "calendar.time_zone"),  # not an IANA zone
        ({"posts_per_week": {"x": 40}}, "posts_per_week.x"),  # more than 5 weekdays x 3 times
        ({"observances": [{"name": "Leap", "month": 2, "day": 30, "topic": "t"}]}, "day 30"),  # no 30 February
        ({"observances": [{"name": "W", "month": 2, "weekday": "friday", "topic": "t"}]}, "nth"),  # which Friday?
        ({"follows": "002"}, "calendar.follows"),  # the frequencies come from 000 or 001 (or our own)
    ],
)
def test_bad_calendar_config_names_the_key(calendar: dict[str, object], key: str) -> None:
    with pytest.raises(ConfigError) as info:
        config_from_mapping({"calendar": calendar})
    assert key in str(info.value)


def test_the_shipped_app_yaml_calendar_section_is_valid() -> None:
    from pathlib import Path

    from bot.config import load_config

    config = load_config(Path(__file__).resolve().parent.parent / "app.yaml")
    assert sum(config.calendar.mix.values()) == 100
    assert config.calendar.planned_platforms()


def test_the_time_zone_and_times_come_from_app_yaml() -> None:
    from bot.calendar.export import to_ics

    calendar = {"time_zone": "Europe/London", "times": ["08:15"], "posts_per_week": {"linkedin": 3}}
    config = config_from_mapping({"calendar": calendar})
    result = plan(config, platforms=["linkedin"])
    assert {(s.start.hour, s.start.minute) for s in result.slots} == {(8, 15)}
    assert {str(s.start.tzinfo) for s in result.slots} == {"Europe/London"}
    ics = to_ics(result, "Riverside Health").decode()
    first = min(s.start for s in result.slots)
    assert f"DTSTART;TZID=Europe/London:{first:%Y%m%dT%H%M%S}" in ics and "TZID:Europe/London" in ics


def test_a_person_in_an_app_yaml_observance_topic_never_reaches_the_slots() -> None:
    from bot.calendar.export import to_csv, to_ics

    observance = {"name": "Fun Run", "month": 3, "day": 10, "topic": "5K fun run, call Maria Gonzalez at 555-867-5309"}
    config = config_from_mapping({"calendar": {"observances": [observance]}})
    result = plan(config)
    run = [s for s in result.slots if s.observance == "Fun Run"]
    assert run and all("867-5309" not in s.topic and "Maria" not in s.topic for s in run)
    assert "867-5309" not in to_ics(result, "Riverside Health").decode() and "867-5309" not in to_csv(result)
