"""Related terms widen a question at a lower weight, narrow words to broad ones only."""

from __future__ import annotations

import pytest

from bot.policy.related import RELATED_WEIGHT, expansion, related
from bot.policy.text import tokens


def _term(word: str) -> str:
    return tokens(word)[0]


@pytest.mark.parametrize(
    ("word", "wider"),
    [
        ("drug", "treatment"),  # a drug question is answered by a sentence about medical treatments
        ("medication", "treatment"),  # the same for the word staff use most
        ("igtv", "video"),  # a video format is a video
        ("invest", "budget"),  # what a system "might invest" a month is its budget
        ("outbreak", "crisis"),  # an outbreak is a health crisis
        ("report", "kpi"),  # what goes in a social report is its metrics
        ("chatter", "listening"),  # online chatter is what social listening hears
        ("challenge", "trend"),  # a viral challenge is a trend
        ("promise", "guarantee"),  # promising a result is guaranteeing it
        ("miracle", "exaggerate"),  # a miracle cure is an exaggerated claim
        ("pharma", "treatment"),  # a pharmaceutical company's drug is a treatment
        ("vaccines", "prevention"),  # a vaccine or screening campaign is preventive health
        ("clicks", "ctr"),  # clicks are what the click-through rate counts
    ],
)
def test_a_narrow_word_reaches_the_broad_one(word: str, wider: str) -> None:
    assert _term(wider) in related(_term(word))


@pytest.mark.parametrize(
    ("word", "narrow"),
    [
        ("treatment", "drug"),  # a treatment is not always a drug: the broad word is not narrowed
        ("video", "igtv"),  # a question about video is not about IGTV only
        ("kpi", "report"),  # a question about KPIs is not about reports only
    ],
)
def test_a_broad_word_is_not_narrowed(word: str, narrow: str) -> None:
    assert _term(narrow) not in related(_term(word))


def test_expansion_adds_only_what_the_question_lacks() -> None:
    query = tokens("Is it ok to like a post about a new drug or treatment?")
    assert _term("treatment") not in expansion(query)  # already asked: no second, weaker copy


def test_a_related_term_counts_less_than_the_word_itself() -> None:
    assert 0 < RELATED_WEIGHT < 1
