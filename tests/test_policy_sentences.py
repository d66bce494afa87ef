"""The quotable units of a section: a sentence that only points back at the one before it is quoted with it."""

from __future__ import annotations

import pytest

from bot.policy.extract import sentences


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # "Same thing with..." means nothing without the rule it repeats: the two are one unit.
        (
            "Use clean images. If you use text posts, keep them brief. Same thing with commenting on a link.",
            "If you use text posts, keep them brief. Same thing with commenting on a link.",
        ),
        # "This keeps people..." gives the reason for the sentence before it.
        (
            "Point the person to the right department. This keeps people from being upset by advice.",
            "Point the person to the right department. This keeps people from being upset by advice.",
        ),
        # "Likewise" carries the previous rule over.
        ("Never post PHI on Facebook. Likewise on Instagram.", "Never post PHI on Facebook. Likewise on Instagram."),
    ],
)
def test_a_sentence_that_points_back_is_quoted_with_its_antecedent(text: str, unit: str) -> None:
    assert unit in sentences(text)


@pytest.mark.parametrize(
    "text",
    [
        "Post 2-3 times per week. This guide gives all the figures.",  # "This guide": a noun follows, not a verb
        "Reply within a day. It's easy to get emotional.",  # "It's" opens a new statement
        "Reply within a day.\nThis keeps trust.",  # another paragraph: nothing to point back at in the same block
    ],
)
def test_a_sentence_that_stands_on_its_own_stays_its_own_unit(text: str) -> None:
    assert len(sentences(text)) == 2
