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


@pytest.mark.parametrize(
    "text",
    [
        "Results guaranteed.",  # guarantee
        "It is 100% effective.",  # a number, not a word, opens the match
        "Totally risk-free, and riskfree too.",  # risk-free written both ways
        "No risk at all.",  # no risk
        "Zero risk here.",  # zero risk
        "With no side effects.",  # no side effects
        "Without any side effects.",  # without side effects
        "Painless and pain-free.",  # painless, pain free
        "It works for everyone.",  # works for
        "Sure to work, bound to help, certain to heal.",  # sure/bound/certain to
        "It lasts a lifetime.",  # lasts
        "Flawless results, perfect recovery.",  # flawless/perfect
        "Zero downtime.",  # zero downtime
        "No pain, ever.",  # no X, ever
        "Results are certain and success is a given.",  # results are certain
        "You'll walk without pain, guaranteed.",  # 'll ... without
        "It will definitely work.",  # will definitely
        "No chance of complications.",  # no chance of
        "You'll never have back pain again.",  # 'll never
        "Never feel those migraines again.",  # never ... again
        "Completely safe and perfectly safe.",  # completely/perfectly safe
        "It always fails to disappoint and never fails.",  # always/never fails
        "A permanent cure.",  # permanent
        "A miracle diet.",  # miracle X
        "Her healing was a pure miracle.",  # healing ... miracle
        "A miraculous recovery; it works miracles.",  # miraculous, works miracles
        "This miracle will cure you.",  # miracle before cure
        "Free of side effects.",  # free of side effects
        "It works every time and never disappoints.",  # works every time, never disappoints
        "Say goodbye to pain for good; gets rid of it forever.",  # say goodbye, gets rid of
        "Reverses diabetes permanently; wipes out acne once and for all.",  # reverses, wipes out
        "Knocks out pain forever, beats it for good, clears up skin permanently.",  # knocks/beats/clears
        "Ends back pain for good, fixes it forever, heals it permanently.",  # ends/fixes/heals
        "Erases wrinkles forever; banishes pain for good; no more pain, forever.",  # erases/banishes/no more
        "Eliminates pain permanently.",  # eliminates
        "Instant relief, overnight results.",  # instant/overnight
        "It permanently cures acne and completely cures colds.",  # permanently/completely cures
        "Get rid of it for good.",  # the singular forms of the lead verbs, one each
        "Knock out pain forever.",  # knock out
        "Beat it for good.",  # beat
        "Clear up acne forever.",  # clear up
        "Wipe out pain forever.",  # wipe out
        "Erase lines forever.",  # erase
        "Banish pain for good.",  # banish
        "Fix it forever.",  # fix
        "Heal it permanently.",  # heal
        "Reverse it permanently.",  # reverse
        "Eliminate it permanently.",  # eliminate
        "Goodbye to pain for good.",  # goodbye without say
        "These results guarantee it; the outcome is assured; outcomes are certain.",  # guarantee, outcome(s)
        "Our implants last a lifetime; they work for all patients.",  # last, work
    ],
)
def test_guarantee_pattern_is_tried_where_its_matches_start(text: str) -> None:
    # why: GUARANTEE_RE is tried only where a lead word (or "100", "'ll") starts; each row holds one alternative's
    # match, and trying it there alone must find exactly what a search of the whole text finds
    from guardrails.normalize import normalize
    from guardrails.rules.base import Document, finditer_at
    from guardrails.rules.claims import GUARANTEE_RE, guarantee_starts
    from guardrails.settings import GuardrailSettings

    doc = Document(normalized=normalize(text), platform=None, settings=GuardrailSettings())
    expected = [found.span() for found in GUARANTEE_RE.finditer(doc.lower)]
    assert expected
    assert [found.span() for found in finditer_at(GUARANTEE_RE, doc.lower, guarantee_starts(doc))] == expected
