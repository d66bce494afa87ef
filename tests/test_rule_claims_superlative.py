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
        # round 5: superlatives in other words, and a ranking the organization gave itself
        ("Ranked the best in the region - by us!", True),  # 'by us' is no source
        ("Voted the best hospital in the county by our own staff!", True),  # self-sourced
        ("We have the best ER docs in town.", True),  # 'docs' are staff, 'in town' a place
        ("The region's premier heart program is right here.", True),  # 'premier' with a ranker before it
        ("Our surgeons are the most skilled in the Midwest.", True),  # 'most <adjective>' in a place
        ("The safest hospital in the state!", True),  # an '-est' superlative in a place
        ("Nobody delivers babies better than our team.", True),  # nobody ... better than us
        ("No one does joint replacement like we do.", True),  # no one ... like we do
        ("There's no better place to have your baby.", True),  # no better place
        ("The area's top-rated urgent care, now open on Elm Street.", True),  # 'top-rated' read whole
        ("Best. Nurses. Ever.", True),  # punctuated 'best ... ever'
        ("Premier Health and our clinics co-host a flu clinic Saturday.", False),  # 'Premier' as a name
        ("Named one of America's 100 Best Hospitals by Healthgrades for 2025.", False),  # sourced
        ("The best time to get a flu shot is before the end of October.", False),  # timing, no org claim
        ("Our nurses did their best to make the holidays bright for patients.", False),  # ordinary phrase
        ("We're the fastest ER in town.", True),  # an organization noun between the superlative and the place
        ("Skin cancer is the most common cancer in the country.", False),  # a health fact, not a claim about us
        ("Heart disease is the biggest killer in the state.", False),  # a health fact
        ("The largest study in the world on sleep found adults need 7 hours.", False),  # about a study
        ("Falls are the most frequent injury in the county for adults over 65.", False),  # 'most frequent'
        ("No one should face cancer alone. Join our support group.", False),  # 'no one' without 'better than'
        ("There's no better time than now to quit smoking.", False),  # a time, not a place or hospital
        ("Best ACL surgeons on the Gulf Coast, hands down.", True),  # 'best' opening the sentence, a team after it
        ("Best friends since nursing school: our nurses Kim and Joy.", False),  # an idiom opening the sentence
        ("Best wishes to our surgeons on their retirement!", False),  # a greeting, no claim
    ],
)
def test_claims_superlative(text: str, expected: bool) -> None:
    assert (RULE in ENGINE.check(text).rules) is expected
