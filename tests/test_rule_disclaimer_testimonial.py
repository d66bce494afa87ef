"""disclaimer.testimonial: a patient story needs "individual results may vary"."""

from __future__ import annotations

import pytest

from guardrails import Engine, GuardrailSettings, Verdict
from tests.patient_story_rows import STORY_ROWS

RULE = "disclaimer.testimonial"
ENGINE = Engine()
TESTIMONIAL = GuardrailSettings().disclaimers.testimonial


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Huge thanks to Dana Whitfield for sharing her knee replacement journey!", True),  # spec example
        ("After her stroke, Maria is walking again thanks to our rehab team.", True),  # recovery story
        ('"Riverside gave me my life back," says a grateful patient.', True),  # quoted testimonial
        ("I was diagnosed with breast cancer in 2019. Today I'm five years cancer-free.", True),  # first person
        ("Meet Tom, a heart attack survivor who ran his first 5K last month.", True),  # survivor story
        ("Watch Ken's recovery story after his hip replacement.", True),  # story after a procedure
        ("Our patient spotlight: how Lily beat leukemia at age 6.", True),  # patient spotlight
        (
            "Little Noah was born at 26 weeks. After 3 months in our NICU, he's home and thriving!",
            True,
        ),  # a NICU story
        ('"I never thought I\'d walk without pain again." - Greg, hip replacement patient', True),  # quoted patient
        ("Grateful patient Tom sent this card to our nurses after his bypass surgery.", True),  # grateful patient
        ("Your feedback matters: take our patient experience survey.", False),  # a survey, not a story
        ("Thanks to Dana for sharing her knee replacement journey! Individual results may vary.", False),  # has it
        ("After his surgery, Sam is back on the field. Results may vary.", False),  # equivalent wording
        ("Meet Dr. Sarah Chen, our new cardiologist, and hear her story of becoming a doctor.", False),  # staff
        ("Our patients can now book appointments online.", False),  # a service, not a story
        ("Congratulations to our nurses on their Magnet designation!", False),  # recognition
        ("Parkinson's disease affects movement.", False),  # education
        ("Flu shots are available this Saturday at our Main Street clinic.", False),  # event
        ("Meet one of our former NICU patients, now a healthy first grader who loves soccer.", True),  # a unit name
        ('"Thanks to the team, I\'m cancer-free," says Debbie.', True),  # a first-person outcome in a quote
        ("Baby Ava spent 62 days in our NICU. Today she went home!", True),  # days in the NICU, went home
        ('"Dialysis here feels like visiting friends," a patient told our team last week.', True),  # unnamed patient
        ("I'll never forget the nurse who held my hand before my bypass.", True),  # first person, a procedure
        ("From a grateful family: thank you for taking such good care of our father.", True),  # a family's thanks
        ("Dr. Shah shares what drew her to oncology in our latest staff spotlight.", False),  # a staff story
        ("Cancer survivors and their families: join us for our Survivors' Day picnic June 8.", False),  # an event
        ("A 5-star review from a patient: 'Best care I've ever had.'", True),  # a review from a patient
        ("When I got the call about my biopsy, the team walked me through every step.", True),  # first person
        ("Two years after her double mastectomy, Marisol ran her first marathon.", True),  # any -ectomy is care
        ("He came in unable to walk. Six weeks later he walked out on his own.", True),  # walked out on his own
        # round 3: a patient's own words in any quotes, one's own care by any name, thanks to one patient
        ("'My back pain is finally gone,' he says, after years of sciatica.", True),  # single-quoted, a condition
        ("'We love our new building,' says Dr. Moss.", False),  # a staff member quoted, no patient
        ("'My knee surgery went better than I hoped.' We love hearing this!", True),  # my + a named surgery
        ("Thank you to the patient who let us film her first dialysis session.", True),  # thanks to one patient
        ("Thank you to the Rivera Family Foundation for the new playroom!", False),  # a donor family, no patient
        ("Four stars from a mom in our maternity unit: 'The nurses were angels.'", True),  # a rating from kin
        # a person + a health event + a telling, in any words (patient_narrative)
        ("When the seizures started, Priya couldn't drive. A year after surgery she is seizure-free.", True),  # a name
        ("'My bypass was in March and I hiked Mount Si in June.' Thank you for trusting us!", True),  # own words
        ("Our patient Omar was back at the bakery three weeks after his heart attack.", True),  # our patient + event
        ("Little Ines was born at 27 weeks and went home this morning.", True),  # 'little' + a name + an outcome
        ("Our Trellis Park Plaza health fair had 300 visitors and 90 flu shots.", False),  # a place, not a person
        ("'I love seeing patients heal,' says Dr. Brandt, our new surgeon.", False),  # staff words, no care of theirs
        ("Join our heart attack survivors' walking club: Tuesdays at 9.", False),  # a group event
        ("'We built it for families,' said Ana Ruiz, who designed our new surgery waiting room.", False),  # 'we'
        ("'I walked out of surgery pain-free,' she said.", True),  # single quotes, said as 'I': a patient's voice
        *STORY_ROWS,  # round 5's story kinds, shared with conduct.testimonial_consent
    ],
)
def test_disclaimer_testimonial(text: str, expected: bool) -> None:
    assert (RULE in ENGINE.check(text).rules) is expected


def test_the_fix_appends_the_testimonial_caveat_once() -> None:
    # a patient story gets "Individual results may vary." appended, once, and then passes
    text = "After her stroke, Maria is walking again thanks to our rehab team."
    report = ENGINE.check(text, "facebook")
    assert report.fixed_text.count(TESTIMONIAL) == 1
    assert report.fixed_text.startswith(text)
    assert "disclaimer.testimonial" not in [f.rule for f in report.remaining]
    assert report.verdict is Verdict.FIX
