"""claims.fear: fear tactics."""

from __future__ import annotations

import pytest

from guardrails import Engine

RULE = "claims.fear"
ENGINE = Engine()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Get screened before it's too late!", True),  # spec example
        ("Ignore these symptoms and you could die.", True),  # spec example
        ("Skipping your colonoscopy could kill you.", True),  # threat
        ("Time is running out: book your heart scan now.", True),  # urgency pressure
        ("Don't wait until it's too late to quit smoking.", True),  # too late
        ("Skip your screening and you may not get a second chance.", True),  # no second chance
        ("Waiting on that cough? It could be the deadliest mistake you make.", True),  # deadliest mistake
        ("Stroke is a medical emergency. Call 911 right away.", False),  # emergency guidance
        ("Heart disease kills 1 in 5 Americans; screening helps.", False),  # a fact, not a threat
        ("Last call for flu shots this Saturday!", False),  # an event deadline
        ("Our late-night urgent care is open until 11pm.", False),  # late as a time
        # issue #10: fear tactics in new words
        ("One missed mammogram could cost you your life.", True),  # cost you your life
        ("Ignore these signs and you might not see your kids grow up.", True),  # not see your kids grow up
        ("Don't make your family plan your funeral. Get screened.", True),  # a funeral
        ("Every second you put it off, the cancer gets closer to winning.", True),  # every second you put it off
        ("Skip your colonoscopy and you're gambling with your life.", True),  # gambling with your life
        ("Our bereavement group meets Thursdays for families planning a funeral.", False),  # a service about loss
        ("Colon cancer is highly treatable when caught early. Screening starts at 45.", False),  # hopeful framing
        ("Wait too long and you could lose a leg to diabetes.", True),  # losing a limb
        ("Ignoring that mole could be the last mistake you make.", True),  # the last mistake
        ("Don't become another name on a memorial wall. Get screened.", True),  # another name on a wall
        ("Our grief counselors support families who have lost a loved one.", False),  # a service about loss
    ],
)
def test_claims_fear(text: str, expected: bool) -> None:
    assert (RULE in ENGINE.check(text).rules) is expected
