"""What several advice rules read alike: the reader addressed, a question answered, amounts and schedules."""

from __future__ import annotations

import re

from guardrails.rules.advice_base import REPLY_RE
from guardrails.rules.base import Document
from guardrails.rules.health_terms import (
    sentences,
)

DOSING_VERBS = (
    r"mix|dissolve|stir|take|taking|give|giving|try|use|pop|swallow|chew|double|start|add|alternate|up|load up on|"
    r"stick to|stick with|go with|grab|dose|have"
)
CLAUSE_START = (
    r"(?:^\s*|[.!?;:,\n(-]\s*|\b(?:and|then|just|so|also|simply|or|but|maybe|definitely|never|always|only)\s+)"
)
IMPERATIVE_BEFORE_RE = re.compile(
    r"(?:^\s*|[.!?;:,\n(-]\s*|\b(?:and|then|just|so|also|simply|or|but|maybe|definitely|honestly|please|now)\s+"
    r"|\blet (?:him|her|them|your [a-z]+)\s+"  # "let him skip his seizure meds": an imperative for someone else
    r"|\b(?:tell|ask|have|get|make) (?:him|her|them|your [a-z]+) (?:to )?)$"  # "tell him to pause the blood thinner"
)
IMPERATIVE_DOSING_RE = re.compile(rf"{CLAUSE_START}(?:{DOSING_VERBS})\b")
SECOND_PERSON_RE = re.compile(
    r"\b(?:you|your|yours|yourself|u|ur|ya|y'all)\b|\bi'?d\b|\bi would\b|\bi recommend\b|\bi suggest\b"
    r"|\bgive (?:her|him|them|the baby|the kids?|your)\b|\b(?:my|our) (?:son|daughter|kid|baby|husband|wife|mom|dad)\b"
)
NEGATED_RE = re.compile(r"\b(?:don'?t|do not|never|dont|not|shouldn'?t|should not|avoid)\s+(?:\w+\s+)?$")
# "Why can't you just stop an antidepressant?", "Can I skip a dose?": a question someone asks, not an instruction.
ASKING_RE = re.compile(
    r"\s*(?:why (?:can'?t|cannot|can|should|shouldn'?t|do|does|is|are)|can|could|should|is it|are|do|does|what happens|"
    r"how (?:do|does|can|long|should)|when (?:can|should|do)|wondering|think|worried)\b"
)


def is_addressed(doc: Document, start: int, end: int) -> bool:
    """Is this sentence spoken to someone: an imperative, second person, `give her`, or a reply to a handle?"""
    spoken = doc.memo("advice.spoken_to", lambda: dict[tuple[int, int], bool]())  # once per sentence, not per verb
    if (start, end) not in spoken:
        sentence = doc.lower[start:end]
        spoken[start, end] = bool(SECOND_PERSON_RE.search(sentence) or IMPERATIVE_DOSING_RE.search(sentence))
    if spoken[start, end]:
        return True
    return bool(doc.memo("advice.reply", lambda: bool(REPLY_RE.search(doc.lower))))


def sentence_around(doc: Document, at: int) -> tuple[int, int]:
    """The sentence of `doc` that holds the position `at` (the text's end when none does)."""
    for start, end in sentences(doc):
        if start <= at < end:
            return start, end
    return at, len(doc.lower)


def answers_a_question(doc: Document, start: int) -> bool:
    """Does the sentence at `start` follow a question put to the reader ("Red ring on your arm? That's ...")?"""
    before = doc.lower[max(0, start - 120) : start].rstrip()
    if not before.endswith("?"):
        return False
    question = before[max(before.rfind("."), before.rfind("!"), before[:-1].rfind("?")) + 1 :]
    return SECOND_PERSON_RE.search(question) is not None
