"""conduct.testimonial_consent: a patient story asks the person to confirm written consent is on file."""

from __future__ import annotations

import pytest

from guardrails import Engine, Severity
from tests.patient_story_rows import STORY_ROWS

RULE = "conduct.testimonial_consent"
ENGINE = Engine()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Huge thanks to Dana Whitfield (MRN 7730021) for sharing her knee replacement journey!", True),  # spec
        ("After his heart transplant, Marcus is coaching Little League again.", True),  # a patient's recovery
        ("I can walk again thanks to the amazing team at Riverside.", True),  # first-person testimonial
        ("Read our patient stories: real people, real recoveries.", True),  # promotes patient stories
        ("She rang the bell today after her last round of chemo!", True),  # a patient milestone
        ("Stroke survivor Ana shares what helped her most in rehab.", True),  # survivor story
        ("Our patients can now check in online before their visit.", False),  # service, no story
        ("Meet our new orthopedic surgeon, Dr. Sarah Chen.", False),  # staff spotlight
        ("Knee replacement recovery usually takes 6 to 12 weeks.", False),  # education, no person
        ("Dr. Chen shares her journey into cardiology.", False),  # a staff member's own story
        ("We're hiring nurses for our new patient tower.", False),  # job post
        ("Thank you to everyone who came to our cancer survivors' picnic!", False),  # an event for survivors
        ("Cancer survivors, this one's for you: our survivorship clinic is open.", False),  # a greeting to a group
        ("A patient shared: 'I walked in scared and walked out with a plan.'", True),  # unnamed patient's words
        ("'I didn't think I'd see my daughter's wedding,' one of our lung cancer patients told us.", True),  # after
        ('"They treated me like family," says a mom in our NICU.', True),  # a relative, speaker after the verb
        ("A patient who had her gallbladder removed wrote to us: 'Back to pickleball!'", True),  # a relative clause
        ("One dad told us the cardiac rehab team gave him his life back.", True),  # reported words, no quote
        ("In his words: 'I came in on a stretcher and left on my own two feet.'", True),  # "in his words"
        ("Thank you for taking such good care of our father during his last days.", True),  # a family's thanks
        ("My knee used to stop me from playing with my grandkids. Now I chase them.", True),  # first person, a knee
        ("Six months ago I couldn't climb my stairs. Today I hiked two miles.", True),  # first person, could not
        ("When my son was born at 26 weeks, your NICU nurses became our family.", True),  # a birth story
        ("Three weeks post-op and I'm back to teaching yoga.", True),  # post-op, first person
        ('"Night shift is where I found my people," says one of our ICU nurses.', False),  # a staff quote
        ("I've been a nurse here for 20 years and I still love coming to work.", False),  # staff, first person
        ("Cancer survivors and their families: join us for our Survivors' Day picnic.", False),  # an event
        ("Our volunteers shared their favorite memories of the gift shop.", False),  # volunteers, not patients
        *STORY_ROWS,  # round 5's story kinds, shared with disclaimer.testimonial
    ],
)
def test_testimonial_consent(text: str, expected: bool) -> None:
    assert (RULE in ENGINE.check(text).rules) is expected


def test_it_is_a_warning_that_names_consent() -> None:
    # a warn finding: the person confirms consent; the message says what to check
    report = ENGINE.check("After his heart transplant, Marcus is coaching Little League again.")
    finding = next(f for f in report.findings if f.rule == RULE)
    assert finding.severity is Severity.WARN
    assert "consent" in finding.message
