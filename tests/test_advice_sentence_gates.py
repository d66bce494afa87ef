"""The advice rules' per-sentence gates: a sentence is read by a per-sentence search only when it holds what every
finding of that search needs, so a word elsewhere in the text (an appended "Not medical advice; talk to your
doctor.") no longer opens the search on every sentence of the text.

A gate may let a sentence through that the search then finds nothing in; it must never keep out one the search would
find something in, or a report would change. The fuzz builds sentences out of the patterns' own words glued by the
characters that decide where a word ends (apostrophes, spaces, dots), and every sentence of the evaluation posts is
read both ways.
"""

from __future__ import annotations

import random
import re

import pytest

from guardrails import GuardrailSettings
from guardrails.normalize import normalize
from guardrails.rules import advice_diagnosis
from guardrails.rules.advice_shapes import NEGATED_HAVE_BEFORE_RE, NOT_VERDICT_BEFORE_RE
from guardrails.rules.base import Document
from guardrails.rules.health_terms import sentences
from tests.test_engine_locality import posts

GLUE = [" ", " ", "", "'", "-", ".", "\n", ",", "t", "n", "o"]
# Matches of the two negation patterns of `_ruling_out`, which the fuzz mutates.
NEGATIONS = [
    "so you don't have ",
    "your son definitely doesn't have a ",
    "he did not have any ",
    "ur mom dont have ",
    "she didn't have an ",
    "that is not ",
    "it's not coming from your ",
    "this isn't ",
    "those aren't related to the ",
    "it ain't ",
    "they're not due to ",
]


def _pattern_words(pattern: re.Pattern[str]) -> list[str]:
    """The words the pattern spells (escapes such as \\b and \\s are no letters of a word)."""
    return sorted(set(re.findall(r"[a-z]+", re.sub(r"\\[a-zA-Z]", " ", pattern.pattern))))


def _mutated(rng: random.Random, text: str, own: list[str]) -> str:
    """One to four edits: a character dropped or replaced by a glue character, or a word of the pattern put in."""
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(text))
        edit = rng.randrange(3)
        if edit == 0:
            text = text[:at] + text[at + 1 :]
        elif edit == 1:
            text = text[:at] + rng.choice(GLUE) + text[at + 1 :]
        else:
            text = text[:at] + rng.choice(own) + rng.choice(GLUE) + text[at:]
    return text


@pytest.mark.parametrize("pattern", [NEGATED_HAVE_BEFORE_RE, NOT_VERDICT_BEFORE_RE], ids=["negated_have", "not"])
def test_the_negation_gate_never_keeps_out_a_sentence_its_patterns_match(pattern: re.Pattern[str]) -> None:
    """Every text near a match of the two negation patterns of `_ruling_out` that they match in holds one of
    NEGATION_SUBSTRINGS, however the words around and inside the negation are spelled."""
    own = _pattern_words(pattern)
    rng = random.Random(f"negation {pattern.pattern[:20]}")
    matched = 0
    for _ in range(30_000):
        text = _mutated(rng, rng.choice(NEGATIONS), own)
        if pattern.search(text):
            matched += 1
            assert advice_diagnosis.may_rule_out(text), f"the gate keeps out {text!r}, which the pattern matches"
    assert matched > 300  # the fuzz reached the pattern's matches


@pytest.mark.parametrize(
    "sentence",
    [
        "you don't have diabetes.",
        "you dont have diabetes.",
        "he doesnt have strep.",
        "she didnt have the flu.",
        "this chest tightness isnt heart.",
        "those spots arent cancer.",
        "it ain't your heart.",
        "your pain is not your heart.",
        "that's not cancer.",
    ],
)
def test_gate_rows(sentence: str) -> None:
    # each way of writing a negation the two patterns know: the gate lets the sentence through
    assert advice_diagnosis.may_rule_out(sentence)


def test_a_sentence_kept_out_is_one_the_reading_finds_nothing_in() -> None:
    """Every sentence of the evaluation posts that the gate keeps out: `_ruling_out` finds nothing in it."""
    settings = GuardrailSettings()
    kept_out = 0
    for text, _platform in posts():
        doc = Document(normalize(text), None, settings)
        for start, end in sentences(doc):
            sentence = doc.lower[start:end]
            if not advice_diagnosis.may_rule_out(sentence):
                kept_out += 1
                assert advice_diagnosis._ruling_out(doc, sentence, start, end) is None, sentence
    assert kept_out > 100
