"""`calendar:` in app.yaml: posting frequency per platform, the content mix, times, time zone, observances.

Kept apart from bot/config.py so the calendar's rules stay with the calendar; bot/config.py only mounts it.
Only pydantic and the standard library are imported here, so loading app.yaml stays cheap.
"""

from __future__ import annotations

import calendar as stdcal
import re
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bot.messages import calendar as msg
from guardrails.settings import Platform, canonical_platform

PILLARS = ("education", "community", "promotion", "thought-leadership")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_TIME = re.compile(r"^(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)$")

# Source 001 (an agency's analysis of 500 healthcare accounts): Facebook 3-4 a week, X 1-2 a day, Instagram 4-5
# a week. Source 000 asks for more (Facebook and Instagram 1-2 a day, X 3-5 a day) and is the only one with a
# LinkedIn figure (2-3 a week). Both say quality beats volume, and a hospital team drafts and reviews every
# post, so the default follows 001 and takes LinkedIn from 000.
DEFAULT_POSTS_PER_WEEK: dict[Platform, int] = {
    Platform.FACEBOOK: 4,
    Platform.X: 7,
    Platform.INSTAGRAM: 4,
    Platform.LINKEDIN: 3,
}
DEFAULT_MIX = {"education": 60, "community": 25, "promotion": 15}


class Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ObservanceSpec(Frozen):
    """A health observance as written in the built-in list or app.yaml. With neither `day` nor `weekday` it
    lasts the whole month; `day` fixes its first day; `weekday` + `nth` computes it for the year (-1: last)."""

    name: str = Field(min_length=1)
    month: int = Field(ge=1, le=12)
    topic: str = Field(min_length=1, description="What the drafter is asked to write about.")
    pillar: Literal["education", "community", "promotion", "thought-leadership"] = "education"
    day: int | None = Field(default=None, ge=1, le=31)
    weekday: Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] | None = None
    nth: int | None = Field(default=None, ge=-1, le=5)
    days: int = Field(default=1, ge=1, le=31, description="How long a day or week observance lasts.")

    @model_validator(mode="after")
    def _one_rule(self) -> ObservanceSpec:
        if self.day is not None and self.weekday is not None:
            raise ValueError(msg.OBSERVANCE_BOTH.format(name=self.name))
        if self.weekday is not None and self.nth in (None, 0):
            raise ValueError(msg.OBSERVANCE_NTH.format(name=self.name))
        if self.day is not None and self.day > stdcal.monthrange(2024, self.month)[1]:  # 2024: a leap year
            raise ValueError(msg.BAD_OBSERVANCE_DAY.format(name=self.name, day=self.day, month=self.month))
        return self

    @property
    def whole_month(self) -> bool:
        return self.day is None and self.weekday is None


class CalendarConfig(Frozen):
    follows: Literal["000", "001", "own"] = Field(
        default="001", description="Which source the posting frequencies follow (shown to people)."
    )
    posts_per_week: dict[Platform, int] = Field(default_factory=lambda: dict(DEFAULT_POSTS_PER_WEEK))
    mix: dict[str, int] = Field(default_factory=lambda: dict(DEFAULT_MIX))
    time_zone: str = "America/Chicago"
    times: list[str] = Field(default_factory=lambda: ["09:00", "12:30", "16:00"])
    observances: list[ObservanceSpec] = Field(default_factory=list, description="Added to the built-in list.")

    @field_validator("posts_per_week", mode="before")
    @classmethod
    def _platform_aliases(cls, value: object) -> object:
        if not isinstance(value, dict):
            return value
        return {(canonical_platform(k) or k) if isinstance(k, str) else k: v for k, v in value.items()}

    @field_validator("posts_per_week")
    @classmethod
    def _not_negative(cls, value: dict[Platform, int]) -> dict[Platform, int]:
        for platform, count in value.items():
            if count < 0:
                raise ValueError(f"{platform.value} is {count}; use 0 (not planned) or more")
        return value

    @field_validator("mix")
    @classmethod
    def _mix(cls, value: dict[str, int]) -> dict[str, int]:
        for name, share in value.items():
            if name not in PILLARS:
                raise ValueError(msg.MIX_PILLAR.format(name=name))
            if share < 0:
                raise ValueError(msg.MIX_SUM.format(total=sum(value.values())))
        if sum(value.values()) != 100:
            raise ValueError(msg.MIX_SUM.format(total=sum(value.values())))
        return value

    @field_validator("times")
    @classmethod
    def _times(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError(msg.NO_TIMES)
        for item in value:
            if not _TIME.match(item):
                raise ValueError(msg.BAD_TIME.format(value=item))
        return value

    @field_validator("time_zone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(msg.BAD_TIME_ZONE.format(value=value)) from None
        return value

    @model_validator(mode="after")
    def _reachable(self) -> CalendarConfig:
        """Slots go on weekdays only, at most one per configured time, so a week holds 5 x len(times) per platform."""
        most = 5 * len(self.times)
        for platform, count in self.posts_per_week.items():
            if count > most:
                raise ValueError(
                    msg.TOO_MANY_PER_WEEK.format(platform=platform.value, count=count, most=most, times=len(self.times))
                )
        return self

    def planned_platforms(self) -> list[Platform]:
        """The platforms with posts per week, in the Platform enum's order (stable across runs)."""
        return [p for p in Platform if self.posts_per_week.get(p, 0) > 0]

    def clock_times(self) -> list[tuple[int, int]]:
        out = []
        for item in self.times:
            match = _TIME.match(item)
            assert match is not None  # validated above
            out.append((int(match["h"]), int(match["m"])))
        return out
