"""claims.guarantee: guaranteed or absolute health outcomes."""

from __future__ import annotations

import pytest

from guardrails import Engine

RULE = "claims.guarantee"
ENGINE = Engine()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our new robotic surgery program is 100% effective and painless!", True),  # spec example
        ("Guaranteed results or your money back.", True),  # guarantee of outcome
        ("Our new therapy cures arthritis.", True),  # cure of a named disease
        ("This supplement can cure your back pain.", True),  # cure addressed to the reader
        ("A miracle treatment for diabetes is here.", True),  # miracle treatment
        ("A miracle recovery! Our patient walked again.", True),  # a miracle outcome promised by example
        ("Her recovery was nothing short of a miracle.", True),  # the outcome called a miracle
        ("LASIK is risk-free and fast.", True),  # risk-free
        ("A safe vaccine with no side effects.", True),  # no side effects
        ("Pain-free hip replacement with our new technique.", True),  # absolute painless outcome
        ("Our weight loss program never fails.", True),  # absolute outcome
        ("There is no cure for Alzheimer's yet, but treatment can help.", False),  # education about no cure
        ("Our researchers are working toward a cure for ALS.", False),  # research toward a cure
        ("Proud to support Children's Miracle Network Hospitals.", False),  # organization name
        ("Mammograms are quick and nearly painless.", False),  # hedged
        ("No procedure is risk-free: talk to your surgeon about your options.", False),  # negated
        ("We cannot guarantee results; every patient is different.", False),  # negated guarantee
        ("Our baby Ava is our little miracle.", False),  # emotional, not a treatment claim
        ("The cure for the Monday blues? Our cafeteria's new coffee bar.", False),  # unrelated sense of cure
        ("Guaranteed parking for patients in Garage B.", False),  # a service guarantee, no outcome
        # issue #10: absolute outcomes in new words, and insurance terms of art
        ("Walk out pain free, every time.", True),  # pain free without a hyphen
        ("Our knee program works for every single patient.", True),  # works for everyone
        ("Say goodbye to migraines forever with our new infusion clinic.", True),  # goodbye ... forever
        ("LASIK here is 100 percent safe.", True),  # 100 percent spelled out
        ("Zero chance of complications with our robotic surgery.", True),  # zero chance of complications
        ("You will never have back pain again after our spine program.", True),  # never ... again
        ("Our weight-loss program is sure to work for you.", True),  # sure to work
        ("Guaranteed issue life insurance is open to every employee during enrollment.", False),  # insurance term
        ("Our guaranteed-issue supplemental plan needs no health questions.", False),  # hyphenated insurance term
        ("Never worry about parking again: our new garage opens Monday.", False),  # never again, no health word
        ("Our new hip replacement lasts a lifetime. No revisions, ever.", True),  # lasts a lifetime
        ("Botox with us means zero downtime and flawless results.", True),  # flawless results
        ("Everyone who finishes our program beats their diabetes.", True),  # an outcome promised to everyone
        ("You'll leave our spine center without pain. Period.", True),  # without pain, period
        ("This breakthrough treatment wipes out psoriasis for good.", True),  # wipes out ... for good
        ("Results are certain with our weight-loss surgery.", True),  # results are certain
        ("Every patient who beats cancer rings our bell.", False),  # a relative clause, a tradition
        ("Everyone beats the heat at our pool party!", False),  # no condition after the verb
        ("Medicare guaranteed issue rights protect you when a plan leaves your area.", False),  # insurance term
    ],
)
def test_claims_guarantee(text: str, expected: bool) -> None:
    assert (RULE in ENGINE.check(text).rules) is expected
