"""Health observances for a month: the built-in list (package data) plus app.yaml's, with this year's dates.

Day and week observances move from year to year (National Wear Red Day is the first Friday of February), so
their dates are computed for the year asked, never stored.
"""

from __future__ import annotations

import calendar as stdcal
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict

from bot.calendar.config import WEEKDAYS, CalendarConfig, ObservanceSpec


class Observance(BaseModel):
    """One observance placed in a year: first and last day (the same for a one-day observance)."""

    model_config = ConfigDict(frozen=True)

    name: str
    topic: str
    pillar: str
    start: date
    end: date
    whole_month: bool

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    text = resources.files("bot.calendar").joinpath("data", "observances.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):  # pragma: no cover - a packaging mistake, caught by tests
        raise TypeError("bot/calendar/data/observances.yaml must hold a mapping")
    return data


@lru_cache(maxsize=1)
def builtin_observances() -> tuple[ObservanceSpec, ...]:
    return tuple(ObservanceSpec.model_validate(item) for item in _data()["observances"])


def evergreen_topics() -> dict[str, list[str]]:
    """Topics per pillar for the days no observance fills."""
    return {str(k): [str(t) for t in v] for k, v in _data()["evergreen"].items()}


def observances_for(year: int, month: int, config: CalendarConfig) -> list[Observance]:
    """The observances of this month, whole-month ones first, then by date (a stable order)."""
    specs = [s for s in (*builtin_observances(), *config.observances) if s.month == month]
    placed = [_place(spec, year) for spec in specs]
    return sorted(placed, key=lambda o: (not o.whole_month, o.start, o.name))


def _place(spec: ObservanceSpec, year: int) -> Observance:
    last_day = stdcal.monthrange(year, spec.month)[1]
    if spec.whole_month:
        start, end = date(year, spec.month, 1), date(year, spec.month, last_day)
    else:
        start = _first_day(spec, year, last_day)
        end = start + timedelta(days=spec.days - 1)
    return Observance(
        name=spec.name, topic=spec.topic, pillar=spec.pillar, start=start, end=end, whole_month=spec.whole_month
    )


def _first_day(spec: ObservanceSpec, year: int, last_day: int) -> date:
    if spec.day is not None:
        return date(year, spec.month, min(spec.day, last_day))  # 29 February in a common year: the 28th
    assert spec.weekday is not None and spec.nth is not None  # ObservanceSpec guarantees one rule or none
    wanted = WEEKDAYS.index(spec.weekday)
    days = [d for d in range(1, last_day + 1) if date(year, spec.month, d).weekday() == wanted]
    index = -1 if spec.nth == -1 else min(spec.nth, len(days)) - 1
    return date(year, spec.month, days[index])
