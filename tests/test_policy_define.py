"""Definition questions: what a question asks to have defined, and the list items that define it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import AppConfig, PolicyConfig
from bot.policy.define import asked_term, defines, defines_in
from bot.policy.text import tokens
from bot.service import CarePost


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("How is reach defined?", "reach"),  # the plain form
        ("What does sentiment analysis measure?", "sentiment analysis"),  # a metric asked by what it measures
        ("What is the engagement rate formula?", "engagement rate"),  # a formula is a definition
        ("Define click-through rate", "click-through rate"),  # an imperative
        ("What is IGTV useful for?", ""),  # asks what it is for, not what it means
        ("What do we do with a negative review?", ""),  # 'what do ... do' is a procedure
        ("What does the FDA require for treatment claims?", ""),  # 'require' is not 'mean' or 'measure'
        # how to calculate a metric asks for its formula; the term ends where its purpose begins ("for the report")
        ("how do i calculate engagement rate for the monthly report?", "engagement rate"),
        ("How to calculate CTR?", "CTR"),
        ("What's the formula for engagement rate?", "engagement rate"),
        ("How do we calculate?", ""),  # nothing named
    ],
)
def test_asked_term(question: str, term: str) -> None:
    assert asked_term(question) == tuple(tokens(term))


@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        # a list item headed by the term and a colon (the seed articles' KPI list)
        (
            "KPIs to consider: Engagement Rate: clicks over impressions; Reach: unique users",
            "How is reach defined?",
            True,
        ),
        # the term before a bracket (the built-in guide's style)
        ("these KPIs: engagement rate (likes over impressions); reach (unique users)", "How is reach defined?", True),
        # a head naming one word less than asked still defines it ("Sentiment" for "sentiment analysis")
        ("sentiment (the positive, negative or neutral tone)", "What does sentiment analysis measure?", True),
        # a head right after another head's colon ("KPIs to consider: Engagement Rate: ..."): the colon ends one
        # head and opens the next
        (
            "Here are some KPIs to consider: Engagement Rate: likes over impressions",
            "How is engagement rate defined?",
            True,
        ),
        # the term inside a sentence is not a definition of it
        ("Use social media to amplify your content's reach.", "How is reach defined?", False),
        # a long opening before a colon is a sentence, not a defined term
        (
            "Start by defining what meaningful success and reach look like for you: goals",
            "How is reach defined?",
            False,
        ),
    ],
)
def test_defines(text: str, question: str, expected: bool) -> None:
    assert defines(text, asked_term(question)) is expected


def test_a_section_defines_on_any_of_its_list_lines() -> None:
    text = "Key metrics:\n- Engagement Rate: clicks over impressions\n- Reach: The number of unique users"
    assert defines_in(text, asked_term("How is reach defined?"))


async def test_the_definition_leads_a_longer_list_that_names_the_term(tmp_path: Path) -> None:
    # "how do I calculate engagement rate": a list of indicators that names engagement rates and reports monthly
    # holds more of the question's words than the KPI list that defines it; the definition answers.
    text = (
        "# Measuring\n\n## Indicators\n\nFocus on these indicators: engagement rates on education posts; response "
        "time to questions; monthly reviews; share of voice.\n\n## Metrics\n\nHere are some KPIs to "
        "consider: Engagement Rate: likes and shares divided by total impressions; Reach: unique users.\n"
    )
    path = tmp_path / "ours.md"
    path.write_text(text, encoding="utf-8")
    config = AppConfig(policy=PolicyConfig(guide=[path]))
    answer = await CarePost(config).ask("how do i calculate engagement rate for the monthly report?")
    assert answer.grounded
    assert answer.answer.startswith("Here are some KPIs")
