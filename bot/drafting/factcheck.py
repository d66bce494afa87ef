"""A cheap check of what the AI drafter says it used against the facts it was given.

The model is told to use only the organization's facts and to list the ones it used. Both are checked where
it costs nothing: every listed fact must be one of those given (or a part of one), and every number in the
post (a date, a time, a count, a price) must appear in a given fact, the topic or the organization's own
contact details. What fails is named to the person, and the draft is marked as needing facts: a wrong date
in a post about an event is worse than none.
"""

from __future__ import annotations

import re

from bot.drafting.brief import Brief
from bot.drafting.models import Candidate

_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
_WORD = re.compile(r"[a-z0-9]+")
UNCHECKED = "checked_facts"  # in Draft.missing: the AI drafter added facts nobody gave it
MIN_SHARED = 0.6  # share of a listed fact's words that must be in one given fact


def unsupported(candidate: Candidate, brief: Brief) -> list[str]:
    """The listed facts and the numbers of the post that the given facts do not hold (empty: all checked)."""
    given = [f.text for f in brief.facts.facts] if brief.facts is not None else []
    out = [used for used in candidate.facts_used if not _listed(used, given)]
    season = brief.facts.season if brief.facts is not None else None  # "starts on May 6": given as a fact too
    allowed = _numbers(" ".join([*given, brief.topic, *_contacts(brief), season or ""]))
    body = candidate.text
    for disclaimer in brief.voice.disclaimers.values():
        body = body.replace(disclaimer, " ")
    body = re.sub(r"https?://\S+|#\w+", " ", body)
    out.extend(n for n in dict.fromkeys(_NUMBER.findall(body)) if _digits(n) not in allowed)
    return out


def _listed(used: str, given: list[str]) -> bool:
    words = set(_WORD.findall(used.lower()))
    if not words:
        return True
    return any(len(words & set(_WORD.findall(fact.lower()))) >= MIN_SHARED * len(words) for fact in given)


def _contacts(brief: Brief) -> list[str]:
    voice = brief.voice
    return [v for v in (voice.phone, voice.website, voice.handle, *voice.disclaimers.values()) if v]


def _numbers(text: str) -> set[str]:
    return {_digits(n) for n in _NUMBER.findall(text)}


def _digits(number: str) -> str:
    """9:30, 9.30 and 930 are one number; 12,000 and 12000 too."""
    return re.sub(r"\D", "", number)
