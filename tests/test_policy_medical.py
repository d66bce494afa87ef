"""Requests for medical advice are declined; questions about the policy on medical advice are not."""

from __future__ import annotations

import pytest

from bot.policy.medical import asks_for_medical_advice, health_words
from bot.service import CarePost


@pytest.mark.parametrize(
    "question",
    [
        "How much ibuprofen should I take for a headache?",  # a dose for oneself
        "What is the right dose of amoxicillin for a child?",  # a dose for someone else
        "Should I stop taking my blood thinner before surgery?",  # stopping a medicine
        "Can I double my insulin tonight?",  # changing a medicine
        "Can I take Tylenol with antibiotics?",  # combining medicines
        "What does my chest pain mean?",  # what a symptom means
        "Is it normal to have a fever after a flu shot?",  # is my symptom normal
        "My son has a rash and a fever, what should I do?",  # a relative's symptoms
        "Do I have diabetes if my blood sugar is 140?",  # a diagnosis of oneself
        "Should I go to the ER for chest pain?",  # whether to seek care
        "What are the side effects of metformin?",  # drug information for oneself
        "what do my cholesterol test results mean?",  # reading one's own results
        "Can we take ibuprofen with coffee?",  # combining a drug, even in the first person plural
        "My kid swallowed a battery, what do I do?",  # an injury or emergency
        "What does a high white blood cell count mean?",  # a lab value, with no social media context
        "Is it okay to mix alcohol and Xanax?",  # a drug the advice patterns do not name
        "How long should I wait to exercise after a C-section?",  # a hyphenated term ("c-section") read word by word
        "Is covid-19 worse than the flu for my grandma?",  # another hyphenated term
        "Is a temperature of 101 too high for my toddler?",  # a fever in other words
        "What should I do about my sprained wrist?",  # an injury, without "I think"
        "Baby's had diarrhea for 2 days, when do we go to urgent care?",  # when to seek care, for a child ("we")
        "my knee's been clicking since my run, should I ice it or heat it",  # one's own body, no condition named
    ],
)
def test_a_request_for_medical_advice_is_recognised(question: str) -> None:
    assert asks_for_medical_advice(question)


@pytest.mark.parametrize(
    "question",
    [
        "Can we give medical advice in replies?",  # the policy on advice itself
        "A follower asked how much ibuprofen to take, what do we reply?",  # handling an advice request on social
        "Can we post about flu shot side effects?",  # content about a health topic, not one person's care
        "Can I take photos in the ward?",  # "take" that is not about medicine
        "Can I start a staff advocacy program?",  # "start" that is not about medicine
        "How often should we post on LinkedIn?",  # an ordinary policy question
        "Is it OK to discuss vaccine hesitancy?",  # a topic for our content, not one person's care
        "How should we cover a measles outbreak?",  # the team's own work ("we")
        "Can our cardiologist explain heart attack symptoms in a video?",  # content about symptoms
        "Is it ok to like a post about a new drug?",  # the FDA endorsement rule
        "Can we show an X-ray on Instagram if the name is cropped out?",  # a hyphenated term in a posting question
        "Can we post a photo of a patient's stitches?",  # a clinical word in a posting question
        "launching a new weight loss clinic, does the promo need a legal line",  # a promo is a promotion post
        "should we visit the hospital gift shop before the shoot?",  # a place in the hospital, not seeking care
        "can I post a pic of my back tattoo on our page",  # one's own body in a posting question
    ],
)
def test_a_policy_question_is_not_taken_for_a_request_for_advice(question: str) -> None:
    assert not asks_for_medical_advice(question)


async def test_a_medical_question_is_declined_with_no_citation_whatever_the_guide_holds() -> None:
    answer = await CarePost().ask("How much ibuprofen should I take for a headache?")
    assert answer.declined and not answer.grounded
    assert answer.citations == []
    assert "clinician" in answer.answer


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # a procedure named in a question about a post: its words, to be left out when the guide never names them
        (
            "writing a post about our new knee replacement technique, does it need a disclaimer?",
            {"knee", "replacement"},
        ),
        ("A follower is asking about their medication dose in the comments", {"medication"}),
        ("How often should we post on LinkedIn?", set()),  # no health matter
    ],
)
def test_health_words_are_the_words_of_the_matters_named(question: str, words: set[str]) -> None:
    assert words <= health_words(question)
    assert not words or "post" not in health_words(question)
