"""When a topic's observance falls: the one general fact a skeleton draft may state (bot/drafting/seasons.py)."""

from __future__ import annotations

import pytest

from bot.calendar.config import ObservanceSpec
from bot.calendar.observances import builtin_observances
from bot.drafting.seasons import season_of


@pytest.mark.parametrize(
    ("topic", "expected"),
    [
        # a day on a weekday rule is said as the rule, true every year, never as this year's date
        ("kidney health", "World Kidney Day falls on the second Thursday of March."),
        # a whole-month observance says its month
        ("colorectal cancer", "March is Colorectal Cancer Awareness Month."),
        # a week with a fixed first day says where it starts and how long it runs
        ("national nurses week", "National Nurses Week starts on May 6 and runs for 7 days."),
        # a week on a weekday rule
        ("hospital week", "National Hospital Week starts on the second Sunday of May and runs for 7 days."),
        # a possessive and the observance's generic words (health, month) do not stop a match
        ("men's health", "June is Men's Health Month."),
        # the observance's own name typed in lower case
        ("great american smokeout", "Great American Smokeout falls on the third Thursday of November."),
        # a topic word the observance does not have: prostate cancer must not borrow colorectal cancer's month
        ("prostate cancer screening", None),
        # the topic is broader than the observance: cancer screening is not Cervical Health Awareness Month
        ("cancer screening", None),
        # an entry named in lower case is a planning note of the list, not an observance with a date
        ("flu vaccination", None),
        # only generic words: nothing to match on
        ("health awareness month", None),
        # nothing in the list
        ("alzheimer's awareness", None),
    ],
)
def test_season_of_a_topic(topic: str, expected: str | None) -> None:
    assert season_of(topic, builtin_observances()) == expected


def test_the_organizations_own_observances_count_too() -> None:
    # calendar.observances in app.yaml: a day with a fixed date, said as that date
    spec = ObservanceSpec(name="Riverside Founders Day", month=9, day=12, topic="our history", pillar="community")
    assert season_of("riverside founders day", [spec]) == "Riverside Founders Day is on September 12."
