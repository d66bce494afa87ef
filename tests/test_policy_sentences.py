"""The quotable units of a section: a sentence that only points back at the one before it is quoted with it."""

from __future__ import annotations

import pytest

from bot.policy.extract import sentences
from bot.policy.loader import LIST_MARK


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


def test_a_list_of_paragraphs_is_quoted_sentence_by_sentence() -> None:
    # Each item is a paragraph of its own: joined into one unit they would hold nearly every word of the section
    # and outscore the one sentence that answers.
    text = (
        "We are on these channels:\n"
        f"{LIST_MARK}Facebook: we highlight three pages. The baby page gives tips to parents.\n"
        f"{LIST_MARK}YouTube: the channel has videos about jobs. It is also about medical topics."
    )
    units = sentences(text)
    assert "Facebook: we highlight three pages." in units
    assert "YouTube: the channel has videos about jobs. It is also about medical topics." in units  # points back


def test_a_list_of_short_items_stays_one_unit_behind_its_introduction() -> None:
    # "four pillars: a; b; c" answers "what are the pillars" as a whole
    text = f"The four pillars:\n{LIST_MARK}education\n{LIST_MARK}community\n{LIST_MARK}expertise"
    assert sentences(text) == ["The four pillars: education; community; expertise"]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # bullets that carry paragraphs, run together on one line: each starts a new unit
        (
            "Don't over-promote: keep it to a minimum. \u2022 Don't use too much humor: use it only with care on "
            "sensitive topics.",
            [
                "Don't over-promote: keep it to a minimum.",
                "Don't use too much humor: use it only with care on sensitive topics.",
            ],
        ),
        # bullets that list words stay one unit: the list is the answer
        (
            "Before publishing, remove all: Names \u2022 Addresses \u2022 Diagnoses \u2022 Lab work",
            ["Before publishing, remove all: Names \u2022 Addresses \u2022 Diagnoses \u2022 Lab work"],
        ),
    ],
)
def test_inline_bullets_split_paragraphs_but_not_word_lists(text: str, units: list[str]) -> None:
    assert sentences(text) == units
