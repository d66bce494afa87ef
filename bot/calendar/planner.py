"""A month planned and drafted: the schedule (bot/calendar/schedule.py), then every slot drafted by the existing
drafting pipeline (offline by default, the LLM when configured) and checked by the service's own engine.

Platforms that post the same pillar and topic on the same day are drafted in one request, so the drafter
tailors one idea per platform (and an LLM is asked once, not once per platform). A topic that comes back
later in the month is drafted as another wording. Drafting runs a few requests at a time: with an LLM a month
is dozens of calls, and the order of the result never depends on which finished first.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import date, datetime
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

from bot.calendar.models import CalendarPlan, Slot, SlotPlan
from bot.calendar.observances import observances_for
from bot.calendar.schedule import CalendarInputError, parse_month, plan_slots
from bot.config import AppConfig
from bot.drafting.models import Draft, DraftRequest, DraftResult
from bot.drafting.pipeline import DraftingPipeline
from bot.drafting.topics import match_topic
from bot.messages import calendar as msg
from bot.messages import drafting as drafting_msg
from guardrails import Engine, Verdict
from guardrails.settings import Platform, canonical_platform

CONCURRENT_DRAFTS = 4
Group = tuple[date, str, str, int]


def today_in(config: AppConfig) -> date:
    """Today where the team works (the calendar's time zone): "plan March" in late December means next year."""
    return datetime.now(ZoneInfo(config.calendar.time_zone)).date()


def resolve_platforms(names: Sequence[str] | None, config: AppConfig) -> list[Platform]:
    planned = config.calendar.planned_platforms()
    valid = ", ".join(p.value for p in Platform)
    if not planned:
        raise CalendarInputError(msg.NO_PLATFORMS.format(valid=valid))
    if not names:
        return planned
    chosen: list[Platform] = []
    for name in names:
        platform = canonical_platform(name.strip())
        if platform is None:
            raise CalendarInputError(f"unknown platform {name.strip()!r}; use one of: {valid}")
        if platform not in planned:
            raise CalendarInputError(msg.PLATFORM_NOT_PLANNED.format(platform=platform.value))
        if platform not in chosen:
            chosen.append(platform)
    return [p for p in planned if p in chosen]


async def plan_month(
    config: AppConfig, engine: Engine, month: str, platforms: Sequence[str] | None = None, today: date | None = None
) -> CalendarPlan:
    """The month's plan with every slot drafted and checked. Raises CalendarInputError for a bad month/platform."""
    year, number = parse_month(month, today or today_in(config))
    chosen = resolve_platforms(platforms, config)
    observances = observances_for(year, number, config.calendar)
    plans = plan_slots(year, number, config.calendar, chosen, observances, _domain(config))
    notices: list[str] = []
    drafted = await _draft_groups(config, engine, plans, notices)
    slots = [_slot(plan, drafted[_group(plan)]) for plan in plans]
    return CalendarPlan(
        month=f"{year}-{number:02d}",
        year=year,
        month_number=number,
        time_zone=config.calendar.time_zone,
        follows=config.calendar.follows,
        mix=dict(config.calendar.mix),
        platforms=chosen,
        observances=observances,
        slots=slots,
        notices=_summary_notices(slots) + list(dict.fromkeys(notices)),
    )


def _group(plan: SlotPlan) -> Group:
    return (plan.start.date(), plan.pillar, plan.topic, plan.variant)


async def _draft_groups(
    config: AppConfig, engine: Engine, plans: list[SlotPlan], notices: list[str]
) -> dict[Group, DraftResult]:
    groups: dict[Group, list[str]] = {}
    for plan in plans:
        platforms = groups.setdefault(_group(plan), [])
        if plan.platform.value not in platforms:
            platforms.append(plan.platform.value)
    pipeline = DraftingPipeline(config, engine)
    gate = asyncio.Semaphore(CONCURRENT_DRAFTS)

    async def one(key: Group, platforms: list[str]) -> DraftResult:
        _day, pillar, topic, variant = key
        async with gate:
            return await pipeline.run(DraftRequest(pillar=pillar, topic=topic, platforms=platforms), variant=variant)

    keys = list(groups)
    results = await asyncio.gather(*(one(key, groups[key]) for key in keys))
    for result in results:
        notices.extend(n for n in result.notices if _worth_repeating(n, result))
        if result.refused:
            notices.append(result.refused)
    return dict(zip(keys, results, strict=True))


def _worth_repeating(notice: str, result: DraftResult) -> bool:
    """The drafter's per-topic "no facts" line is summed up once for the month instead (see _summary_notices)."""
    return notice != drafting_msg.UNKNOWN_TOPIC.format(topic=result.topic)


def _slot(plan: SlotPlan, result: DraftResult) -> Slot:
    """The slot as drafted. Its topic is the one the drafter kept: an app.yaml observance topic that named a
    person or a number has it removed before it reaches the .ics, the CSV or a chat message."""
    draft = next((d for d in result.drafts if d.platform is plan.platform), None)
    facts = match_topic(plan.topic) is not None
    fields = {**plan.model_dump(), "topic": result.topic or plan.topic, "has_facts": facts}
    if draft is None:  # a refused topic: nothing to post
        return Slot(**fields, verdict=Verdict.BLOCK, text="")
    return Slot(**fields, **_drafted(draft))


def _drafted(draft: Draft) -> dict[str, object]:
    return {
        "verdict": draft.verdict,
        "text": draft.text,
        "findings": [f.redacted() for f in draft.findings],
        "hashtags": list(draft.hashtags),
    }


def _summary_notices(slots: list[Slot]) -> list[str]:
    out = []
    blocked = [s for s in slots if not s.postable]
    if blocked:
        names = ", ".join(f"{s.start:%d %b} {s.platform.value}" for s in blocked[:10])
        out.append(msg.NOTICE_BLOCKED.format(count=len(blocked), slots=names))
    thin = [s for s in slots if not s.has_facts]
    if thin:
        topics = ", ".join(dict.fromkeys(s.topic for s in thin))
        out.append(msg.NOTICE_NO_FACTS.format(count=len(thin), topics=topics))
    return out


def _domain(config: AppConfig) -> str:
    """The organization's web domain, for event UIDs that are unique worldwide (RFC 5545)."""
    host = urlparse(str(config.organization.website or "")).hostname
    return host or "carepost.local"
