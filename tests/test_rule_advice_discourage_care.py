"""advice.discourage_care: telling someone not to seek care."""

from __future__ import annotations

import pytest

from guardrails import Engine

RULE = "advice.discourage_care"
ENGINE = Engine()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No need to see a doctor, just rest.", True),  # spec example
        ("Skip the ER and sleep it off.", True),  # the brief's example
        ("You don't need to see a doctor for chest pain that comes and goes.", True),  # dangerous reassurance
        ("Don't bother going to the ER for a headache like that.", True),  # discouraging emergency care
        ("Doctors are a waste of money for a sprain.", True),  # disparaging care
        ("You can skip your mammogram this year.", True),  # discouraging a screening
        ("No need to get it checked, it will go away.", True),  # discouraging a check
        ("Avoid the hospital, just tough it out.", True),  # discouraging hospital care
        ("It's not worth seeing a doctor for a cough.", True),  # discouraging a visit
        ("Stay away from the ER unless you're dying.", True),  # discouraging emergency care
        ("You can ride this out at home, no doctor needed.", True),  # no doctor needed
        ("A fever of 101 in a toddler is nothing to worry about, no need to bring her in.", True),  # keep a child home
        ("Don't waste a trip to the ER for a sprained ankle - wrap it and rest.", True),  # a wasted trip
        ("Your blood sugar is fine, you don't need to see an endocrinologist.", True),  # any -ologist is care
        ("@runner_gal foam roll and skip the ortho visit.", True),  # a modifier before the skipped visit
        ("Rather than seeing a dermatologist, try tea tree oil.", True),  # replacing care with a remedy
        ("You can skip the ER, urgent care is fine for chest pain.", True),  # ER symptoms are never redirected
        ("Ear pain in toddlers is super common, there's no point seeing a dermatologist for that.", True),  # no point
        ("Good news: urgent care will just waste your money.", True),  # care called a waste
        ("Skip the ER wait: our urgent care is open until 9pm.", False),  # redirects to other care
        ("Not sure if it's an emergency? Call our nurse line.", False),  # points to care
        ("Chest pain? Don't wait. Call 911.", False),  # emergency guidance
        ("For minor cuts, avoid the ER and visit urgent care instead.", False),  # redirect within care
        ("No need for a referral: book your mammogram directly.", False),  # self-referral service
        ("No need to see a doctor first: schedule your screening online.", False),  # access, not discouraging
        ("Walk-ins welcome, no appointment needed.", False),  # service access
        ("Talk to your doctor about your risk.", False),  # encourages care
        ("Don't skip your annual checkup.", False),  # encourages care
        ("Our doctors are here for you 24/7.", False),  # service description
        ("No need to wait: virtual visits are available tonight.", False),  # access to care
    ],
)
def test_advice_discourage_care(text: str, expected: bool) -> None:
    assert (RULE in ENGINE.check(text).rules) is expected
