"""claims.competitor: disparaging a named competitor or another named hospital."""

from __future__ import annotations

import pytest

from guardrails import Engine, GuardrailSettings
from guardrails.settings import Terms

RULE = "claims.competitor"
ENGINE = Engine(GuardrailSettings(terms=Terms(competitors=["Lakeside Health", "Mercy General"])))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unlike Lakeside Health, our surgeons don't make mistakes.", True),  # configured competitor disparaged
        ("Mercy General has terrible wait times. Come to us instead.", True),  # configured competitor
        ("Don't trust St. Mary's with your heart.", True),  # named other hospital, disparaging
        ("Our outcomes are better than Oakwood Memorial Hospital's.", True),  # comparative against a named one
        ("Mercy General lost my test results twice. We never would.", True),  # a story against a competitor
        ("Friends don't let friends go to Lakeside Health.", True),  # disparaging joke
        ("Proud to partner with Lakeside Health on a community flu clinic.", False),  # neutral mention
        ("Riverside Health is better than ever with our new ER.", False),  # our own name
        ("Congratulations to St. Mary's on their new cancer center!", False),  # friendly mention
        ("We're better together: join our team.", False),  # no named hospital
        # issue #10: named hospitals knocked in new words; harsh words about something else
        ("Why wait six weeks at Valley General when we'll see you tomorrow?", True),  # a 'General' knocked on waits
        ("Mercy Hospital's ER is total chaos. Come to us instead.", True),  # possessive name, 'chaos'
        ("St. Luke's Hospital is understaffed and overcrowded; choose us.", True),  # understaffed, overcrowded
        # round 5: a comparison that sends the reader from them to us, in words without a harsh adjective
        ("Tired of waiting 6 hours at Valley General's ER? Our urgent care sees you in 20 minutes.", True),  # waits
        ("Why drive to Lakeside Medical Center when better care is right here?", True),  # 'why drive to X'
        ("Don't settle for the care you'd get at County General.", True),  # 'settle for'
        ("Patients who left Valley Regional for us say the difference is night and day.", True),  # left X for us
        ("Skip the long lines at Memorial Hospital and come see us.", True),  # 'skip the lines at X'
        ("Think twice before you go to Summit Medical Center.", True),  # 'think twice'
        ("Welcome Dr. Kim, who left Mercy Hospital after 10 years to join our cardiology team.", False),  # a welcome
        ("Sick of the flu? Mercy General and our clinics offer free shots this week.", False),  # the question ends
        ("Why go anywhere else? Our cancer center opens Monday, next to St. Mary's Hospital.", False),  # a neighbour
        ("Long lines at the St. Mary's Hospital blood drive show how generous our community is.", False),  # praise
        ("Patients switching from Mercy Hospital's portal to ours can transfer records online.", False),  # a how-to
        ("We think twice about every dose, and double-check with St. Luke's Hospital pharmacy.", False),  # care
        ("Lakeside Health keeps losing patients' test results. Not here.", True),  # configured name, new words
        ("Our teams joined Mercy Hospital for a blood drive despite the bad weather.", False),  # bad weather
        ("We're proud to partner with St. Mary's Hospital on a new stroke network.", False),  # a partnership
        ("Over at Riverbend Medical Center, you'd still be waiting for a callback.", True),  # still waiting
        ("Mercy General's surgeons rush you out the door. We don't.", True),  # rush you out
        ("Snowstorm update: Northside Health System and our clinics are both open.", False),  # news, no knock
    ],
)
def test_claims_competitor(text: str, expected: bool) -> None:
    assert (RULE in ENGINE.check(text).rules) is expected


def test_a_configured_competitor_with_accents_is_found_in_the_folded_text() -> None:
    # the matching copy folds accents, so the configured name is folded alike ("Clínica" -> "clinica")
    engine = Engine(GuardrailSettings(terms=Terms(competitors=["Clínica Frontera Plus"])))
    assert RULE in engine.check("Unlike Clínica Frontera Plus, we never rush you.").rules
