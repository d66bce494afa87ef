"""The shared health vocabulary: terms found whole, longest first, at the right offsets."""

from __future__ import annotations

import pytest

from guardrails.rules.health_terms import CONDITION, DRUG, PROCEDURE, lexicon


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("parkinson's disease affects movement", [("parkinson disease", CONDITION)]),  # possessive, two words
        ("high blood pressure and heart disease", [("high blood pressure", CONDITION), ("heart disease", CONDITION)]),
        ("get your flu shots today", [("flu shots", PROCEDURE)]),  # plural of a two-word term
        ("take ibuprofen", [("ibuprofen", DRUG)]),  # one word
        ("a heart-healthy lunch", []),  # part of a hyphenated word is not the word
        ("no health words here", []),  # nothing
        ("stop wearing the knee brace", [("knee brace", PROCEDURE)]),  # round 3: a treatment device
        ("swap to the generic", [("generic", DRUG)]),  # round 3: a medicine named by its kind
        ("that's pinkeye", [("pinkeye", CONDITION)]),  # round 3: a condition name written as one word
    ],
)
def test_terms_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(hit.term, hit.kind) for hit in lexicon().scan(text)] == expected


def test_offsets_point_at_the_right_occurrence() -> None:
    # the same word twice, once inside a hyphenated token: each hit's span is its own occurrence
    text = "heart-healthy tips for heart disease, and flu shots beat flu"
    hits = lexicon().scan(text)
    assert [text[hit.start : hit.end] for hit in hits] == ["heart disease", "flu shots", "flu"]
    assert hits[-1].start == len(text) - 3
