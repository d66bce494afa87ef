"""Offline posts for a topic nobody gave facts for: a skeleton built for each platform, facts as placeholders.

Six copies of the same three general sentences help nobody. What a social media manager can use is the post
each platform wants (X: one sharp line and a question; Instagram: a hook and a carousel or Reel outline, slide
by slide; LinkedIn: a staff voice, community impact and a question for peers; Facebook: an invitation to ask
and share; Threads: an opener that gets replies; YouTube: chapters and sources), shaped for the kind of post
(event, hiring, opening, recognition, a health topic, a service, a community program, an expert perspective),
with what only the organization knows in [brackets]: [date], [location], [careers link]. The copy claims nothing
about the topic; the only fact it may state is when the topic's observance falls (bot/drafting/seasons.py). The
draft is marked needs_facts by the pipeline, and the guardrails check it like any other.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from bot.drafting.brief import Brief
from bot.drafting.content import PlatformView, load_yaml
from bot.drafting.kinds import TopicKind, kind_of
from bot.drafting.models import Candidate
from bot.drafting.offline import (
    DISCLAIMED_PILLARS,
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
from bot.drafting.shapes import KIND_EMOJI, _names_only, _title
from guardrails.measure import post_length

COMMUNITY = "our community"  # where a post says the organization's town and none is configured
OPENING_WORDS = frozenset({"new", "opening", "grand", "launch", "now", "open"})  # "the new X" says them once
AWARENESS_WORDS = frozenset({"awareness", "season", "safety", "health", "prevention", "tips", "month", "week", "day"})
ARTICLES = frozenset({"the", "a", "an", "our"})
HEALTH_KINDS = frozenset({"awareness", "perspective"})  # a health topic: the disclaimer goes in, whatever the pillar


@lru_cache(maxsize=1)
def skeletons() -> dict[str, Any]:
    return load_yaml("skeletons.yaml")


def skeleton_kind(brief: Brief) -> str:
    """The kind of post the topic asks for; a topic of no other kind is an expert's perspective on the
    thought-leadership pillar, a service (how it works, how to start) on the promotion pillar unless its words say
    it is a health topic ("allergy season", "migraine awareness": nobody books those), a program (who it helps,
    how to get involved) on the community pillar unless it is a health topic, else a health topic."""
    kind: TopicKind = brief.facts.kind if brief.facts is not None else kind_of(brief.topic, set())
    if kind != "awareness":
        return kind
    pillar = brief.pillar.key
    if pillar == "thought-leadership":
        return "perspective"
    worded = bool(AWARENESS_WORDS & _words(brief.topic))
    if pillar == "promotion" and not worded:
        return "service"  # "prostate cancer screening" is booked like any service
    if pillar == "community" and not worded and not (brief.facts is not None and brief.facts.health_topic):
        return "program"
    return kind


def draft_skeleton(brief: Brief, view: PlatformView) -> Candidate:
    """One platform's skeleton, shortened line by line (optional lines first) to fit the platform's limit."""
    kind = skeleton_kind(brief)
    spec: dict[str, Any] = skeletons()["kinds"][kind][view.platform.value]
    slots = _slots(brief, view, kind, spec)
    tags = _hashtags(brief, view)
    raw: str = spec["layout"]
    lines = [Line(t[1:], True) if t.startswith("?") else Line(t, False) for t in raw.rstrip("\n").split("\n")]
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


def _slots(brief: Brief, view: PlatformView, kind: str, spec: dict[str, Any]) -> dict[str, str | None]:
    voice = brief.voice
    season = brief.facts.season if brief.facts is not None else None
    label = _named(_as_named_in(_label(brief), season), kind)
    slots: dict[str, str | None] = {
        "label": label,
        "Label": _cap(label),
        "org": voice.name,
        "town": voice.town,  # hooks only: a hook naming it is skipped when the organization has no town
        "community": voice.town or COMMUNITY,
        "website": voice.website,
        "phone": voice.phone,
        "season": season,
        "emoji": "" if view.profile.emoji == "none" else KIND_EMOJI.get(kind, KIND_EMOJI["awareness"]),
    }
    first = _rng(brief.model_copy(update={"variant": 0}), view.platform)  # the same start for every variant
    slots["hook"] = _turn(spec["hooks"], slots, first.randrange(6), brief.variant)
    slots["ask"] = _turn(spec.get("asks", []), slots, first.randrange(6), brief.variant)
    health = brief.facts is not None and brief.facts.health_topic  # "prostate cancer screening" as a service
    disclaimed = brief.pillar.key in DISCLAIMED_PILLARS or kind in HEALTH_KINDS or health
    slots["disclaimer"] = voice.disclaimers[view.platform] if disclaimed else ""
    return slots


def _turn(options: list[str], slots: dict[str, str | None], start: int, variant: int) -> str | None:
    """Variant n takes the option n steps on from a start fixed per topic and platform: the first len(options)
    variants never repeat a wording (a random pick per variant would). Options naming a missing slot are skipped."""
    values = {k: v for k, v in slots.items() if v is not None}
    usable = [o.format_map(values) for o in options if _names_only(o, values)]
    return usable[(start + variant) % len(usable)] if usable else None


def _words(text: str) -> set[str]:
    """The topic's words as typed, for the words that make it a health topic ("bike helmet safety")."""
    return set(text.lower().split())


def _as_named_in(label: str, season: str | None) -> str:
    """The topic with the observance's own capitals when it is the observance's name: "great american smokeout"
    is written "Great American Smokeout"."""
    if season is None:
        return label
    start = season.lower().find(label.lower())
    return season[start : start + len(label)] if start >= 0 and label else label


def _named(label: str, kind: str) -> str:
    """What an event, opening or program is called inside a sentence: "You're invited: walk with a doc", not "...
    walk with a doc event"; "the new urgent care is opening", not "new urgent care opening is opening"; "the
    volunteer drivers program"."""
    words = label.split()
    if kind == "program" and words and words[0].lower() not in ARTICLES:
        return f"the {label}"  # "Have you heard about the volunteer drivers program?"
    if kind == "event":
        return " ".join(w for w in words if w.lower() != "event") or label
    if kind == "opening" and any(w.lower() in OPENING_WORDS for w in words):
        kept = [w for w in words if w.lower() not in OPENING_WORDS]
        if kept and kept[0].lower() not in ARTICLES:
            return " ".join(["the new", *kept])
        return " ".join(kept) or label
    return label
