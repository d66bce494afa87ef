"""A comment's tone and the escalations it calls for, from a small word list (data/lexicon.yaml).

Deterministic and explainable on purpose: the team sees which words set the tone and why a comment was
escalated, the same comment always gives the same result, and no comment text leaves the machine to classify
it. A model would read irony better; a missed self-harm word costs far more, so the escalation words are
matched generously (a clinical complaint escalated by mistake costs one message to patient relations).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict

from bot.responder.models import Sentiment

URGENT_KINDS = ("self_harm", "threat")
KIND_ORDER = ("self_harm", "threat", "clinical", "legal", "media")
NEGATION_REACH = 3  # words
_WORD = re.compile(r"[a-z0-9/']+(?:-[a-z]+)*")


class Lexicon(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    positive: list[str]
    negative: list[str]
    negators: list[str]
    escalation: dict[str, list[str]]


class Reading(BaseModel):
    """What the word list found: the tone, the escalation kinds in KIND_ORDER and their cue words."""

    model_config = ConfigDict(frozen=True)

    sentiment: Sentiment
    score: int
    kinds: list[str]
    cues: list[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = resources.files("bot.responder").joinpath("data/lexicon.yaml").read_text(encoding="utf-8")
    return Lexicon.model_validate(yaml.safe_load(raw))


@lru_cache(maxsize=16)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(p) for p in ordered) + r")(?![a-z0-9])")


def _normalized(comment: str) -> str:
    return comment.lower().replace("\u2019", "'")


def read_comment(comment: str) -> Reading:
    """The tone and escalations of one comment."""
    text = _normalized(comment)
    lex = lexicon()
    kinds: list[str] = []
    cues: list[str] = []
    for kind in KIND_ORDER:
        found = sorted({m.group() for m in _phrase_pattern(tuple(lex.escalation.get(kind, []))).finditer(text)})
        if found:
            kinds.append(kind)
            cues.extend(c for c in found if c not in cues)
    score = _score(text, lex)
    return Reading(sentiment=_sentiment(score, kinds), score=score, kinds=kinds, cues=cues)


def _score(text: str, lex: Lexicon) -> int:
    """Positive words minus negative words; a negator up to NEGATION_REACH words before a word flips it."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(text)]
    starts = [start for start, _ in words]
    negators = set(lex.negators)
    score = 0
    for sign, phrases in ((1, lex.positive), (-1, lex.negative)):
        for found in _phrase_pattern(tuple(phrases)).finditer(text):
            index = _index_at(starts, found.start())
            before = {w for _, w in words[max(0, index - NEGATION_REACH) : index]}
            flipped = bool(before & negators) and found.group() not in negators
            score += -sign if flipped else sign
    return score


def _index_at(starts: list[int], position: int) -> int:
    from bisect import bisect_left

    return bisect_left(starts, position)


def _sentiment(score: int, kinds: list[str]) -> Sentiment:
    if any(kind in URGENT_KINDS for kind in kinds):
        return Sentiment.CRISIS
    if score < 0 or "clinical" in kinds or "legal" in kinds:
        return Sentiment.NEGATIVE
    if score > 0:
        return Sentiment.POSITIVE
    return Sentiment.NEUTRAL
