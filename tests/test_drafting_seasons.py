"""When a topic's observance falls: the one general fact a skeleton draft may state (bot/drafting/seasons.py)."""

from __future__ import annotations

import pytest

from bot.calendar.config import ObservanceSpec
from bot.calendar.observances import builtin_observances
from bot.drafting.seasons import season_of


@pytest.mark.parametrize(
    ("topic", "expected"),
    [
        # a day on a weekday rule is said as the rule, true every year, never as this year's date; the topic
        # names the day in full, so it wins over National Kidney Month (added to the list in issue #12)
        ("world kidney day", "World Kidney Day falls on the second Thursday of March."),
        # was World Kidney Day until the list gained National Kidney Month: the first match, a whole month
        ("kidney health", "March is National Kidney Month."),
        # the topic names the day, not May's Mental Health Awareness Month that comes first in the list
        ("world mental health day", "World Mental Health Day is on October 10."),
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
        # was None until the list gained Prostate Cancer Awareness Month (issue #12): its own month, not
        # colorectal cancer's
        ("prostate cancer screening", "September is Prostate Cancer Awareness Month."),
        # a topic word the observance does not have: lung cancer must not borrow colorectal cancer's month
        ("colorectal and lung cancer", None),
        # the topic is broader than the observance: cancer screening is not Cervical Health Awareness Month
        ("cancer screening", None),
        # an entry named in lower case is a planning note of the list, not an observance with a date
        ("flu vaccination", None),
        # only generic words: nothing to match on
        ("health awareness month", None),
        # Alzheimer's & Brain Awareness Month also names the brain, which the topic does not
        ("alzheimer's awareness", None),
        # nothing in the list
        ("hearing loss awareness", None),
    ],
)
def test_season_of_a_topic(topic: str, expected: str | None) -> None:
    assert season_of(topic, builtin_observances()) == expected


def test_the_organizations_own_observances_count_too() -> None:
    # calendar.observances in app.yaml: a day with a fixed date, said as that date
    spec = ObservanceSpec(name="Riverside Founders Day", month=9, day=12, topic="our history", pillar="community")
    assert season_of("riverside founders day", [spec]) == "Riverside Founders Day is on September 12."
