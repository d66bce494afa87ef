"""The shapes of a planned month: a slot (one post on one platform at one time) and the plan that holds them.

Every surface renders these and the exports read them, so the field names are a contract. A slot's text is
postable only when its verdict is not block; a blocked slot carries the redacted preview, never the raw text.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from bot.calendar.observances import Observance
from guardrails import Finding, Verdict
from guardrails.settings import Platform


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class SlotPlan(Frozen):
    """Where and what, before drafting: a pure function of the month and the configuration."""

    uid: str = Field(description="Stable across runs for the same month, platform and slot number.")
    platform: Platform
    start: datetime = Field(description="Local time in the calendar's time zone (aware).")
    pillar: str
    topic: str
    observance: str | None = None
    variant: int = Field(default=0, ge=0, description="Which wording of a topic drafted again this month.")


class Slot(SlotPlan):
    """A planned slot with its draft and the guardrails' verdict on it."""

    verdict: Verdict
    text: str = Field(description="The postable text, or the redacted preview when the verdict is block.")
    findings: list[Finding] = Field(default_factory=list, description="Redacted.")
    hashtags: list[str] = Field(default_factory=list)
    has_facts: bool = Field(default=True, description="False: the drafter had no facts on the topic.")

    @property
    def postable(self) -> bool:
        return self.verdict is not Verdict.BLOCK

    @property
    def rules(self) -> list[str]:
        return list(dict.fromkeys(f.rule for f in self.findings))

    def payload(self) -> dict[str, Any]:
        return {
            "uid": self.uid,
            "platform": self.platform.value,
            "start": self.start.isoformat(),
            "pillar": self.pillar,
            "topic": self.topic,
            "observance": self.observance,
            "verdict": self.verdict.value,
            "postable": self.postable,
            "text": self.text,
            "hashtags": self.hashtags,
            "findings": [f.model_dump(mode="json") for f in self.findings],
        }


class WeekCount(Frozen):
    start: date = Field(description="The Monday of the week (may fall in the month before).")
    count: int
    per_platform: dict[str, int]


class CalendarPlan(Frozen):
    month: str = Field(description="YYYY-MM")
    year: int
    month_number: int
    time_zone: str
    follows: str
    mix: dict[str, int]
    platforms: list[Platform]
    observances: list[Observance]
    slots: list[Slot]
    notices: list[str] = Field(default_factory=list)

    @property
    def blocked(self) -> list[Slot]:
        return [s for s in self.slots if not s.postable]

    def weeks(self) -> list[WeekCount]:
        """Posts per calendar week (Monday first), in order."""
        counts: dict[date, dict[str, int]] = {}
        for slot in self.slots:
            monday = slot.start.date() - timedelta(days=slot.start.weekday())
            per = counts.setdefault(monday, {})
            per[slot.platform.value] = per.get(slot.platform.value, 0) + 1
        order = [p.value for p in Platform]
        return [
            WeekCount(start=k, count=sum(v.values()), per_platform={p: v[p] for p in sorted(v, key=order.index)})
            for k, v in sorted(counts.items())
        ]

    def pillar_counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for slot in self.slots:
            out[slot.pillar] = out.get(slot.pillar, 0) + 1
        return out

    def payload(self) -> dict[str, Any]:
        """The `carepost calendar --json` shape."""
        return {
            "month": self.month,
            "time_zone": self.time_zone,
            "follows": self.follows,
            "mix": self.mix,
            "platforms": [p.value for p in self.platforms],
            "observances": [o.model_dump(mode="json") for o in self.observances],
            "weeks": [w.model_dump(mode="json") for w in self.weeks()],
            "pillars": self.pillar_counts(),
            "slots": [s.payload() for s in self.slots],
            "blocked": [s.uid for s in self.blocked],
            "notices": self.notices,
        }


class SubmittedSlot(Frozen):
    uid: str
    item_id: int


class CalendarSubmission(Frozen):
    """What one-step submission did: the review items made, and the blocked slots it did not queue."""

    queued: list[SubmittedSlot]
    skipped: list[str] = Field(description="uids of blocked slots, not queued.")
    already_queued: list[str] = Field(default_factory=list, description="uids already waiting for review.")

    def payload(self) -> dict[str, Any]:
        return {
            "queued": [q.model_dump() for q in self.queued],
            "skipped": self.skipped,
            "already_queued": self.already_queued,
        }
