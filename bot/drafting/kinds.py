"""Which kind of post a topic asks for, and the parts each kind needs before it is worth posting.

An event post without a date and a place, a hiring post without a way to apply, an opening without hours:
each reads like an ad for nothing. The kind comes first from the facts found (a section with "How to apply"
is a hiring post, whatever the topic says), else from the topic's words; what the kind needs and the facts
lack is what the person is asked for ("Needs facts: when, where").
"""

from __future__ import annotations

import re
from typing import Literal

TopicKind = Literal["event", "hiring", "opening", "recognition", "awareness"]

# "- When: ..." in a facts file -> the part of a post it fills
FIELDS = {
    "what": "what",
    "when": "when",
    "date": "when",
    "where": "where",
    "location": "where",
    "hours": "hours",
    "how to join": "how_to_join",
    "how to register": "how_to_join",
    "register": "how_to_join",
    "role": "role",
    "roles": "role",
    "why work here": "why_work_here",
    "how to apply": "how_to_apply",
    "apply": "how_to_apply",
    "who": "who",
}

REQUIRED: dict[TopicKind, tuple[str, ...]] = {
    "event": ("when", "where", "how_to_join"),
    "hiring": ("role", "how_to_apply"),
    "opening": ("what", "where", "when"),
    "recognition": ("who", "what"),
    "awareness": (),
}

# what a good post of each kind gives, as the AI drafter is told (prompts/draft_facts.yaml)
SHAPES: dict[TopicKind, str] = {
    "event": "what it is, when, where, and how to join or register",
    "hiring": "the role, why work here, and how to apply",
    "opening": "what opens, where, when, and the opening hours",
    "recognition": "who is recognized (by role or team, never a patient) and what they did",
    "awareness": "what the organization offers on the topic and how to reach it (general education only)",
}

# the topic's own words, checked in this order (a "hiring event" is about hiring, a "clinic opening" is an opening)
KEYWORDS: tuple[tuple[TopicKind, tuple[str, ...]], ...] = (
    ("hiring", ("hiring", "jobs", "job", "careers", "career", "recruiting", "now hiring", "positions", "vacancies")),
    ("opening", ("opening", "now open", "grand opening", "ribbon cutting", "new", "launch", "expansion")),
    ("recognition", ("week", "appreciation", "recognition", "thank you", "spotlight", "award", "doctors' day")),
    ("event", ("event", "fair", "class", "walk", "picnic", "reunion", "celebration", "workshop", "day", "group")),
)


def kind_of(topic: str, fields: set[str]) -> TopicKind:
    """The facts' shape decides first; else the topic's words; else an awareness/education post."""
    if "how_to_apply" in fields or "role" in fields:
        return "hiring"
    if "hours" in fields:
        return "opening"
    if "who" in fields:
        return "recognition"
    if "how_to_join" in fields and "when" in fields:
        return "event"
    lowered = topic.lower()
    for kind, words in KEYWORDS:
        if any(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", lowered) for w in words):
            return kind
    return "awareness"


def required_fields(kind: TopicKind) -> tuple[str, ...]:
    return REQUIRED[kind]
