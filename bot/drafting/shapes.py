"""Offline posts written from the organization's own facts, in the shape the kind of topic needs.

An event post says what, when, where and how to join; a hiring post the role, why work here and how to
apply; an opening what opens, where, when and the hours; a recognition post who (by role, never a patient)
and what they did. Each platform gets its own layout (bot/drafting/data/shapes.yaml): a label set, an order
and a subset of the facts of its own, so the six posts are not one text six times. Facts are quoted as the
files wrote them; the copy around them (hooks, closes, questions) states nothing about the topic.
"""

from __future__ import annotations

import random
from functools import lru_cache
from typing import Any

from bot.drafting.brief import Brief
from bot.drafting.content import PlatformView, load_yaml
from bot.drafting.facts import FactSheet
from bot.drafting.models import Candidate
from bot.drafting.offline import (
    DISCLAIMED_PILLARS,
    GENERIC_EMOJI,
    Line,
    _alt_text,
    _cap,
    _fit,
    _hard_fit,
    _hashtags,
    _label,
    _rng,
    _visual,
)
from guardrails.measure import post_length

MAX_NAME_CHARS = 60  # a longer section heading is a sentence, not a name
X_FACT_CHARS = 140  # a fact longer than this leaves no room on X for the hook and the link
FIELD_SLOTS = {"how_to_join": "join", "how_to_apply": "apply", "why_work_here": "why_here"}
KIND_EMOJI = {"event": "📅", "hiring": "💼", "opening": "🎉", "recognition": "💙", "awareness": GENERIC_EMOJI}


@lru_cache(maxsize=1)
def shapes() -> dict[str, Any]:
    return load_yaml("shapes.yaml")


def layout(platform: str) -> list[Line]:
    raw: str = shapes()["layouts"][platform]
    return [Line(t[1:], True) if t.startswith("?") else Line(t, False) for t in raw.rstrip("\n").split("\n")]


def draft_from_facts(brief: Brief, view: PlatformView, sheet: FactSheet) -> Candidate:
    """One platform's post from the facts; shortened line by line (optional lines first) to fit the limit."""
    rng = _rng(brief, view.platform)
    slots = _slots(brief, view, sheet, rng)
    tags = _hashtags(brief, view)
    lines = layout(view.platform.value)
    text = _fit(lines, slots, tags, view, brief.voice.banned_words)
    if post_length(text, view.limits) > view.limits.max_chars:
        text = _hard_fit(text, view, keep=slots.get("disclaimer") or "")
    return Candidate(
        platform=view.platform.value,
        text=text,
        hashtags=[t for t in tags if t in text],
        alt_text=_alt_text(brief, view) if view.profile.alt_text else None,
        title=_title(brief, view) if view.profile.title_max else None,
        visual=_visual(brief, view),
    )


def _slots(brief: Brief, view: PlatformView, sheet: FactSheet, rng: random.Random) -> dict[str, str | None]:
    label = _named(brief, sheet)
    voice = brief.voice
    base: dict[str, str | None] = {
        "label": label,
        "Label": _cap(label),
        "org": voice.name,
        "website": voice.website,
        "phone": voice.phone,
        "town": voice.town or voice.name,
        "emoji": "" if view.profile.emoji == "none" else KIND_EMOJI[sheet.kind],
    }
    for fact in sheet.facts:
        if fact.field is not None:
            base[FIELD_SLOTS.get(fact.field, fact.field)] = _cap(fact.text)
    plain = [_cap(f.text) for f in sheet.facts if f.field is None]
    start = (brief.variant + _fact_shift(view.platform.value)) % len(plain) if plain else 0
    plain = plain[start:] + plain[:start]  # a regenerate press, or another platform, leads with another fact
    for number in range(3):
        base[f"fact{number + 1}"] = plain[number] if number < len(plain) else None
    base["when_short"] = _short(sheet, base)
    base["fact_x"] = _for_x(plain, base)
    base["fact3_or_1"] = base["fact3"] or base["fact1"]
    copy = shapes()
    hooks = copy["hooks"][sheet.kind if sheet.facts else "none"]
    turn = brief.variant
    base["hook"] = _pick(hooks[view.platform.value], base, rng, turn)
    base["close"] = _pick(copy["closes"][sheet.kind], base, rng, turn)
    base["question"] = _pick(copy["questions"][sheet.kind], base, rng, turn)
    disclaimed = brief.pillar.key in DISCLAIMED_PILLARS
    base["disclaimer"] = voice.disclaimers[view.platform] if disclaimed else ""
    return base


def _fact_shift(platform: str) -> int:
    """How far this platform turns the list of plain facts (shapes.yaml's fact_shift), so that two platforms
    whose layouts quote the same numbered fact quote different facts whenever there are two or more."""
    shift: int = shapes()["fact_shift"].get(platform, 0)
    return shift


def _named(brief: Brief, sheet: FactSheet) -> str:
    """An event, opening, role or week by the name its facts file gives it ("Community Health Fair"), which
    reads better in "Join us for ..." than the words typed; an awareness topic by the person's own words."""
    if sheet.kind == "awareness" or not sheet.facts:
        return _label(brief)
    heading = sheet.facts[0].section
    return heading if len(heading) <= MAX_NAME_CHARS else _label(brief)


def _for_x(plain: list[str], slots: dict[str, str | None]) -> str | None:
    """X has room for one fact: one the long posts do not lead with when it is short enough, else the shortest."""
    if not plain:
        return None if slots.get("when_short") else slots.get("what")
    rest = [fact for fact in plain[2:] if len(fact) <= X_FACT_CHARS]
    return rest[0] if rest else min(plain, key=len)


def _short(sheet: FactSheet, slots: dict[str, str | None]) -> str | None:
    """The one line a short post carries: when and where for an event or opening, how to apply for a role."""
    if sheet.kind == "hiring":
        return slots.get("apply") or slots.get("role")
    if sheet.kind == "recognition":
        return slots.get("what")
    when, where = sheet.field("when"), sheet.field("where")
    if when and where:
        return f"{_cap(_clause(when.text))}, at {_clause(where.text)}."
    either = when or where
    return either.text if either is not None else None


def _clause(text: str) -> str:
    """A fact without its closing stop, so two can share a sentence ("9 a.m." keeps its own)."""
    text = text.strip()
    return text if text.endswith(("a.m.", "p.m.")) or not text.endswith(".") else text[:-1]


def _pick(options: list[str], slots: dict[str, str | None], rng: random.Random, turn: int) -> str:
    """A random variant, moved on by the regenerate count: the next variant never repeats the last wording."""
    values = {k: v for k, v in slots.items() if v is not None}
    filled = [o.format_map(values) for o in options if _names_only(o, values)]
    if not filled:
        return ""
    first = rng.randrange(len(filled)) if turn == 0 else 0
    return filled[(first + turn) % len(filled)]


def _names_only(template: str, values: dict[str, str]) -> bool:
    import string

    return all(field is None or field in values for _l, field, _s, _c in string.Formatter().parse(template))


def _title(brief: Brief, view: PlatformView) -> str:
    limit = view.profile.title_max or 100
    title = f"{_cap(_label(brief))} | {brief.voice.name}"
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"
