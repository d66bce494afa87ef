"""claims.superlative: "best", "#1", "leading" without a source."""

from __future__ import annotations

import pytest

from guardrails import Engine

RULE = "claims.superlative"
ENGINE = Engine()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We are the best hospital in the region!", True),  # unsourced best
        ("We're #1 in patient satisfaction!", True),  # unsourced #1
        ("A leading provider of cancer care in Illinois.", True),  # unsourced leading
        ("World-class care, close to home.", True),  # world-class
        ("Our surgeons are the best in the business.", True),  # best in the business
        ("The region's leading heart program.", True),  # leading with a region
        ("Named a best hospital in the state by U.S. News & World Report.", False),  # sourced
        ("Ranked #1 in the state for cardiology, according to Healthgrades.", False),  # sourced
        ("Heart disease is the leading cause of death for women.", False),  # leading cause is a fact
        ("Heart disease is the #1 killer of women.", False),  # #1 killer is a fact
        ("Best practices for hand washing at home.", False),  # best practices
        ("Wishing you all the best this holiday season!", False),  # greeting
        ("The best way to prevent the flu is a yearly vaccine.", False),  # advice phrasing, no org claim
        ("Do your best to drink water every day.", False),  # ordinary phrase
    ],
)
def test_claims_superlative(text: str, expected: bool) -> None:
    assert (RULE in ENGINE.check(text).rules) is expected
