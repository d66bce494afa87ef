"""phi.patient_confirmation: a reply may not confirm or hint that the person it answers was a patient.

It blocks with no fix (a relationship cannot be redacted out of a sentence) and tags the span in the preview.
Ordinary posts speak to the reader about care in general and must pass.
"""

from __future__ import annotations

import pytest

from guardrails import Engine, GuardrailSettings
from guardrails.model import Verdict
from guardrails.settings import RuleSetting
from tests.phi_rule_cases import spans

ENGINE = Engine(GuardrailSettings())


def confirmations(text: str) -> list[str]:
    """The original text of every phi.patient_confirmation finding, its offsets and tag checked."""
    return spans("phi.patient_confirmation", text, ENGINE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the example: the reader's surgery, our clinician, and how it went
        ("We're glad your surgery with Dr. Patel went well!", ["your surgery"]),
        # the example: sorry about the reader's stay, and when it was
        ("So sorry about your stay last week.", ["your stay"]),
        # a question dated to one person's event asks about care we know of
        ("Did your surgery go well last week?", ["your surgery"]),
        # a wish about the reader's recovery from a named procedure
        ("We hope your recovery from your knee replacement is going well.", ["your recovery"]),
        # thanking the reader for choosing us for their care event
        ("Thank you for choosing us for your delivery!", ["choosing us for your delivery"]),
        # we looked at the reader's visit: we know their record
        ("We've looked into your visit on the 3rd.", ["looked into your visit"]),
        # the reader's own nurse: they were cared for here
        ("Please pass our thanks on to your nurse.", ["your nurse"]),
        # the reader's time in our ER
        ("We're sorry about what happened during your time in our ER.", ["your time"]),
        # the reader waited in our emergency room
        ("We're sorry you had to wait so long in our emergency room.", ["sorry you had"]),
        # glad the reader is better: their health, answered as their hospital
        ("Glad you're feeling better!", ["you're feeling better"]),
        # a relative's stay is still the family's care relationship with us
        ("We're so sorry about your dad's stay.", ["your dad's stay"]),
        # our records: we looked the reader up
        ("Our records show you were seen on March 3.", ["Our records show"]),
        # trusting us with their care, in a reply to them
        ("Thank you for trusting us with your care.", ["trusting us with your care"]),
        # a long wait in our ER last night
        ("Sorry for your long wait in our ER last night.", ["your long wait"]),
        # shouted, with look-alike letters folded: still the reader's stay
        ("SORRY ABOUT YOUR ST\u0410Y LAST WEEK", ["YOUR ST\u0410Y"]),
        # the reader's surgeon, past tense
        ("Your surgeon was so happy to hear from you.", ["Your surgeon"]),
        # issue #10 round 5: the paper rule does not clear the event itself
        ("We're so sorry your discharge last week was rushed.", ["your discharge"]),
    ],
)
def test_confirmations_block(text: str, expected: list[str]) -> None:
    assert confirmations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the example: facility news
        "Our ER is open 24/7.",
        # round 8: a question put to every reader, with no time that dates one person's care (r2a, r3a)
        "June is Men's Health Month. Fellas: when was your last physical? Book online today.",
        # round 8: the organization's staff offered to a community are no one's own nurses
        "Flu season tip from your local nurses: the flu shot takes about two weeks to start working.",
        # the safe reply's thanks
        "Thank you for your feedback.",
        # the safe reply's move offline: 'your experience' with no care or place named
        "We'd like to learn more about your experience: please call us at (555) 010-2000.",
        # sympathy with no care named
        "We're sorry to hear about your experience.",
        # education: an instruction about the reader's own doctor
        "Talk to your doctor about screening.",
        # a promotion: a care event the reader will have
        "Schedule your mammogram today!",
        # a plan for a visit to come
        "Before your visit, bring your insurance card.",
        # facility information in the second person, in the present
        "During your stay in our hospital, you can order meals 24/7.",
        # a rehab slogan: no past, no feeling
        "Your recovery starts here.",
        # an instruction to ask one's nurse
        "Ask your nurse about fall prevention.",
        # thanks for the reader's time is not their care
        "Thank you for your time.",
        # Nurses Week: the reader's favourite nurse anywhere
        "Nurses Week: tag your favorite nurse!",
        # a hope about a visit to come
        "We hope your visit is easy: here's what to bring.",
        # a patient's story in the third person: other rules' job
        "Maria's recovery after her knee replacement went great.",
        # education about what a surgeon will say
        "Your surgeon will tell you which medicines to stop before surgery.",
        # a what-if, not an event
        "Our ER doctors will never make you feel like your visit was a waste of time.",
        # a promotion about the care team, no past, no feeling
        "Your care team at Riverside is here for you.",
        # issue #10 round 5: what an app or a checklist tells everyone to do, whatever past tense is near
        "Our MyChart app just got an update: pay bills, message your care team, and book flu shots.",
        "No appointment needed. Bring your discharge paperwork so we know when they went in.",  # a paper of the event
    ],
)
def test_ordinary_posts_pass(text: str) -> None:
    assert confirmations(text) == []


def test_blocks_without_a_fix() -> None:
    # a relationship cannot be redacted: the verdict blocks and the preview tags the span
    report = ENGINE.check("So sorry about your stay last week.")
    assert report.verdict is Verdict.BLOCK
    assert "[PATIENT REFERENCE]" in report.redacted_text


def test_switched_off_from_the_configuration() -> None:
    # like every rule, app.yaml's guardrails.rules may turn it off (the registry logs a loud line for PHI rules)
    settings = GuardrailSettings(rules={"phi.patient_confirmation": RuleSetting(enabled=False)})
    report = Engine(settings).check("So sorry about your stay last week.")
    assert all(f.rule != "phi.patient_confirmation" for f in report.findings)
