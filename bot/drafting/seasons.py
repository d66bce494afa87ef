"""When a topic's health observance falls, from the calendar's observance list: a true, general fact for a topic
the organization's own material says nothing about.

"March is Colorectal Cancer Awareness Month" is not a fact about the organization, so it never makes a draft
ready to post; it tells the person when the post belongs and gives the skeleton one line it can stand on. A
topic matches only when every one of its own words (awareness, month, health and the like aside) is in the
observance's name or topic, and its name or topic is all in the topic: "prostate cancer screening" must not borrow
colorectal cancer's month, nor "cancer screening" cervical cancer's.
"""

from __future__ import annotations

import calendar as stdcal
import re
from collections.abc import Iterable

from bot.calendar.config import ObservanceSpec
from bot.messages import drafting as msg

GENERIC = frozenset(
    {"a", "an", "and", "the", "of", "for", "in", "on", "our", "your", "day", "week", "month", "awareness"}
    | {"national", "world", "health", "healthy", "event", "celebration", "observance"}
)  # words folded as _words folds them: "days" is "day"
_WORD = re.compile(r"[a-z]+")


def season_of(topic: str, observances: Iterable[ObservanceSpec]) -> str | None:
    """The first observance whose words hold all of the topic's own words, and whose name or topic the topic
    holds in turn ("cancer screening" is not Cervical Health Awareness Month), as one sentence; else None. One
    the topic names in full comes first: "world kidney day" is World Kidney Day, not National Kidney Month."""
    wanted = _words(topic) - GENERIC
    if not wanted:
        return None
    matches = [spec for spec in observances if _proper(spec.name) and _fits(wanted, spec)]
    named = [spec for spec in matches if _words(spec.name) <= _words(topic)]
    return sentence((named or matches)[0]) if matches else None


def _fits(wanted: set[str], spec: ObservanceSpec) -> bool:
    named, about = _words(spec.name) - GENERIC, _words(spec.topic) - GENERIC
    return wanted <= named | about and (named <= wanted or about <= wanted)


def sentence(spec: ObservanceSpec) -> str:
    """The observance's dates in words, true every year (a weekday rule is named, never a computed date)."""
    month = stdcal.month_name[spec.month]
    if spec.whole_month:
        return msg.SEASON_MONTH.format(month=month, name=spec.name)
    if spec.day is not None:
        if spec.days == 1:
            return msg.SEASON_DAY.format(name=spec.name, month=month, day=spec.day)
        return msg.SEASON_DAYS.format(name=spec.name, month=month, day=spec.day, days=spec.days)
    assert spec.weekday is not None and spec.nth is not None  # ObservanceSpec guarantees one rule or none
    values = {"name": spec.name, "month": month, "weekday": spec.weekday.title(), "nth": msg.NTH[spec.nth]}
    if spec.days == 1:
        return msg.SEASON_WEEKDAY.format(**values)
    return msg.SEASON_WEEKDAYS.format(**values, days=spec.days)


def _proper(name: str) -> bool:
    """An observance's own name has its words capitalised; "Flu vaccination season" is a planning note of the
    list, and "December is Flu vaccination season" would state a date nobody set."""
    return all(word[:1].isupper() for word in name.split() if len(word) > 3)


def _words(text: str) -> set[str]:
    """Lower-case words with a plural or possessive s folded ("nurses" and "nurse's" are "nurse")."""
    out = set()
    for word in _WORD.findall(text.lower().replace("'s", "")):
        out.add(word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word)
    return out
