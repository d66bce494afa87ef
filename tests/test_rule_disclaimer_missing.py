"""disclaimer.missing: health information needs the configured disclaimer; other posts need none."""

from __future__ import annotations

import pytest

from guardrails import Engine, GuardrailSettings, Verdict
from guardrails.settings import Disclaimers

RULE = "disclaimer.missing"
ENGINE = Engine()
DEFAULT = GuardrailSettings().disclaimers.default
SHORT = GuardrailSettings().disclaimers.short


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Parkinson's disease affects movement. Learn the early signs from Dr. Sarah Chen.",
            True,
        ),  # spec example: education about a condition
        ("Heart disease is the leading cause of death for women.", True),  # condition with a fact
        ("Know the signs of a stroke: face drooping, arm weakness, speech difficulty.", True),  # symptoms
        ("Mammograms can catch breast cancer early, when it is most treatable.", True),  # screening benefit
        ("1 in 3 adults has high blood pressure, and many don't know it.", True),  # statistic about a condition
        ("Flu vaccines lower your risk of hospitalization.", True),  # a service with an explanatory cue
        ("Antibiotics don't work on viruses like the common cold.", True),  # medicines and a condition
        ("Adults should get 150 minutes of physical activity a week.", True),  # wellness topic with a cue
        ("Did you know? Colonoscopy screening should start at age 45.", True),  # screening guidance
        ("Feeling dizzy or short of breath? These symptoms can mean dehydration.", True),  # symptoms explained
        ("Sunscreen helps prevent skin cancer. Reapply every 2 hours.", True),  # prevention tip
        ("Flu shots are available at our Main Street clinic this Saturday, Oct 12, 9am-1pm.", False),  # spec
        ("We're hiring! Join our oncology nursing team. Apply at riversidehealth.org/careers", False),  # job post
        ("Congratulations to Dr. Sarah Chen on 20 years of caring for heart patients!", False),  # recognition
        ("Our new parking garage opens Monday. Enter from River Road.", False),  # facility news
        ("Happy Thanksgiving from all of us at Riverside Health!", False),  # greeting
        ("Join us for our annual 5K fun run on Saturday at 8am!", False),  # event with no health content
        ("Our new robotic surgery program is 100% effective and painless!", False),  # spec: only the claim
        ("Our cancer care team welcomes two new nurses.", False),  # a condition naming a service
        (
            "Parkinson's disease affects movement. This post is for general information only and is not medical "
            "advice. Talk to your doctor about your own health.",
            False,
        ),  # the configured disclaimer is already there
        ("Diabetes affects 1 in 10 Americans. Not medical advice; talk to your doctor.", False),  # short form there
        (
            "Asthma symptoms can get worse in winter. For informational purposes only; not a substitute for "
            "professional medical advice.",
            True,
        ),  # a wording of the writer's own is not the configured disclaimer (see the accept_equivalents rows)
        (
            "@kelly_runs42 sounds like shin splints - ice it and take 600mg ibuprofen three times a day.",
            True,
        ),  # issue #10: blocked advice still reports the disclaimer, so the rewrite needs one round only
        ("Thank you to our volunteers for 10,000 hours of service this year!", False),  # recognition
        # issue #10: outcome claims for a group of patients and plain tips need it too
        ("Patients in our weight-loss program lost an average of 38 pounds in a year.", True),  # outcome claim
        ("90% of our knee patients walk the same day.", True),  # a share of patients and an outcome
        ("Nine out of ten of our cataract patients see better the very next day.", True),  # outcome in words
        ("Most people with our new hip implant are back on the golf course within six weeks.", True),  # outcome
        ("Drink water before you feel thirsty: in the heat, thirst comes late.", True),  # a plain health tip
        ("Five minutes of stretching in the morning eases a stiff back.", True),  # a wellness tip with 'eases'
        ("Wear a helmet every time you ride. It's the simplest way to prevent a head injury.", True),  # safety tip
        ("Half a teaspoon of salt holds about 1,150 mg of sodium.", True),  # a nutrition fact
        ("No need to see a doctor, just rest.", True),  # blocked advice still reports it (issue #10)
        ("90% of our patients would recommend us to a friend.", False),  # satisfaction, not a health outcome
        ("Kids in our summer camp are back to school next week.", False),  # 'back to' without a health outcome
        ("You don't need an appointment for a flu shot: walk-ins welcome all week.", False),  # a service
        ("Thank you to the volunteers who knitted 300 caps for our newborns.", False),  # recognition
        ("Sunscreen isn't just for summer: UV rays reach you through clouds.", True),  # a topic put to the reader
        ("Our joint replacement patients go home the same day in most cases.", True),  # outcome: home same day
        ("After our 12-week program, participants lowered their A1C by a full point on average.", True),  # outcome
        ("Water, not soda: kids who drink fewer sugary drinks have fewer cavities.", True),  # plural 'cavities'
        ("Free parking for visitors starts this week in Garage B.", False),  # facility news
        ("Meet Dr. Lena Ortiz, our new family medicine physician, now accepting patients.", False),  # a welcome
        ("Our ICU team celebrated 1,000 days without a central line infection. Amazing work!", False),  # a milestone
        ("Blood pressure under 120/80 is considered normal for most adults.", True),  # what is normal: education
        ("Free diabetes screening Saturday. Diabetes affects 1 in 10 adults.", True),  # an event that explains
        ("Napping for 20 minutes boosts memory and mood.", True),  # a wellness topic with a benefit cue
        ("Nap pods are now open in the staff lounge on 3 West.", False),  # facility news about a nap room
        # round 3: health information judged sentence by sentence, explainers, comparative outcomes
        ("Snoring with pauses in breathing can be sleep apnea. Our sleep lab is open Monday to Friday.", True),
        # ^ the health sentence has no announcement word of its own: the opening hours do not excuse it
        ("Living with lupus? Our support group meets every Thursday at 6 pm.", False),  # a question opens an event
        ("Welcome, Dr. Ana Ruiz, rheumatologist, to our arthritis and lupus clinic!", False),  # a title's stop
        ("Hydration 101: sip water through the day, more when it's hot.", True),  # an explainer header
        ("Here's how to get ready for your MRI: leave jewelry at home and wear comfy clothes.", True),  # how-to
        ("Members of our walking club were three times as likely to hit their step goals.", True),  # an outcome
        # round 5: health information the English vocabulary cannot see, judged by its kind
        ("If your child swallows a magnet, take them to the emergency room right away.", True),  # where to go
        ("If someone's face droops or their speech is slurred, call 911.", True),  # a care pointer with a condition
        ("Dog bites get infected fast. Wash the wound and see a doctor the same day.", True),  # pointer + urgency
        ("Our urgent care now offers online check-in so you can see a doctor faster.", False),  # a service
        ("If you need directions to the new entrance, call our front desk.", False),  # 'if' without care
        ("Our ER is open 24/7. For emergencies, always call 911.", False),  # facility news with the usual line
        ("La presión alta casi nunca da síntomas. Revise su presión una vez al año.", True),  # Spanish, a cue
        ("Si su hijo tiene fiebre de más de tres días, llévelo al pediatra.", True),  # Spanish care pointer
        ("Para la tos: miel con limón, dos cucharadas al día.", True),  # a Spanish remedy and its schedule
        ("¡Felicidades a nuestra enfermera Rosa por sus 20 años de servicio!", False),  # Spanish recognition
        ("Feria de salud este sábado en el parque, de 9 a 1. ¡Los esperamos!", False),  # a Spanish event
        ("Lift with your legs, not your back.", True),  # a body tip that names no condition
        ("Going for a hike? Bring more water than you need and rest in the shade.", True),  # a wellness tip
        ("Kids who eat breakfast focus better in class.", True),  # a group outcome in plain words
        ("Bring the whole family to our Heart Walk on Saturday! Water and snacks provided.", False),  # the event
        ("Stay tuned: our new sleep center opens in March.", False),  # 'stay tuned' is no tip
        ("Bring a list of your medications to every appointment.", True),  # 'appointment' does not make an event
        ("Meet Biscuit, a certified therapy dog who visits our pediatric floor every Wednesday.", False),  # a dog
        ("Fun fact: our volunteers have given 18 years of service with their therapy dogs.", False),  # 'fun fact'
        (
            "Parkinson's disease affects movement. Educational info only, not medical advice. Questions? Call the "
            "Riverside Health Nurse Line.",
            True,
        ),  # a paraphrase beside our own name: still not the text counsel approved
        ("Protein at breakfast keeps you full longer.", True),  # a nutrition word with an effect on the reader
        ("Sugary drinks are the top source of added sugar in kids' diets.", True),  # a nutrition fact about kids
        ("Our cafeteria's new menu has more protein options for you, starting Monday.", False),  # facility news
        ("The HPV vaccine works best when given at age 11 or 12.", True),  # how and when a vaccine works
        ("Pregnant? Skip the deli meat and unpasteurized cheese.", True),  # the question names the body
        ("Ticks are out! Do a full-body check after hiking and remove ticks with tweezers.", True),  # a hazard tip
        ("Pregnant staff members can pick up their new scrubs at the uniform office.", False),  # no tip
        ("Do a little dance: our new parking garage is open!", False),  # an instruction about nothing bodily
        (
            "Un saludo muy especial a la Dra. Beatriz Morales, nuestra nueva jefa de Medicina Familiar. ¡Bienvenida!",
            False,
        ),  # a Spanish welcome; 'medicina familiar' is a field of practice, not a medicine
        ("¡Estamos contratando! Buscamos enfermeras con experiencia en diabetes.", False),  # a Spanish job ad
        ("Our new cancer center opens Monday with 20 infusion chairs and a healing garden.", False),  # a feature
        (
            "Happy Nurses Week! Thank you for all you do for our patients with cancer, heart disease and diabetes.",
            False,
        ),  # 'disease' inside the name 'heart disease' explains nothing: a greeting
        ("New treatments for Crohn's disease are changing how patients live with it.", True),  # 'treatments' is a cue
        # round 6: a place in the building named after a treatment is facility news
        ("Watch the last steel beam go up on our new surgery tower, signed by 400 of our staff!", False),
        ("Bays 12-18 reopen today after the remodel, adding seven treatment spaces to our fast track.", False),
        # a unit's safety milestone names an infection it prevented, and explains nothing
        ("Pod C team: 500 days without a bloodstream infection in our dialysis unit. Proud of you!", False),
        # "flu and COVID shots" name a service, the vaccine van an event
        (
            "Our vaccine van is in your parking lot Thursday 3-6 pm. Free flu and COVID shots, no insurance needed.",
            False,
        ),
        ("The flu can be serious for kids under 5. Free flu shots Saturday.", True),  # the first sentence explains
        # a health word inside a road's name: a closure, not a tip ('you're' would make a health word a tip)
        ("Sugar Camp Road is closed at the bridge. If you're coming from the Laurel side, take Route 16.", False),
    ],
)
def test_disclaimer_missing(text: str, expected: bool) -> None:
    assert (RULE in ENGINE.check(text).rules) is expected


def test_the_fix_appends_the_disclaimer_exactly_once() -> None:
    # verdict fix, the configured default text appended once after a blank line
    text = "Parkinson's disease affects movement. Learn the early signs from Dr. Sarah Chen."
    report = ENGINE.check(text, "facebook")
    assert report.verdict is Verdict.FIX
    assert report.fixed_text == f"{text}\n\n{DEFAULT}"
    assert report.fixed_text.count(DEFAULT) == 1
    assert report.remaining == []


def test_x_gets_the_short_form() -> None:
    # space is tight on X: the short disclaimer is appended
    report = ENGINE.check("Heart disease is the leading cause of death for women.", "x")
    assert report.verdict is Verdict.FIX
    assert report.fixed_text.endswith(f"\n\n{SHORT}")
    assert report.fixed_text.count(SHORT) == 1


def test_checking_the_fixed_text_again_changes_nothing() -> None:
    # the appended disclaimer satisfies the rule: a second check passes, nothing appended twice
    first = ENGINE.check("Know the signs of a stroke: face drooping, arm weakness.", "linkedin")
    second = ENGINE.check(first.fixed_text, "linkedin")
    assert second.verdict is Verdict.PASS
    assert second.fixed_text == first.fixed_text


def test_the_configured_text_is_matched_with_its_accents_folded() -> None:
    # the matching copy folds accents: a Spanish configured disclaimer already in the post is found there
    text = "La presión alta casi nunca da síntomas.\n\nSolo información general, no es consejo médico."
    settings = GuardrailSettings(disclaimers=Disclaimers(default="Solo información general, no es consejo médico."))
    assert RULE not in Engine(settings).check(text).rules


def test_a_per_platform_disclaimer_from_the_configuration() -> None:
    # app.yaml may set a LinkedIn-specific text; that one is appended there
    settings = GuardrailSettings(disclaimers=Disclaimers(platforms={"linkedin": "Educational content only."}))
    report = Engine(settings).check("Flu vaccines lower your risk of hospitalization.", "linkedin")
    assert report.fixed_text.endswith("\n\nEducational content only.")


EQUIVALENTS = Engine(GuardrailSettings(disclaimers=Disclaimers(accept_equivalents=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asthma symptoms can get worse in winter. For informational purposes only; not a substitute for "
            "professional medical advice.",
            False,
        ),  # a clear equivalent of the disclaimer
        (
            "Reposted from the Lakeshore Heart Institute: high cholesterol has no symptoms, so get a blood test. "
            "Lakeshore Heart Institute content is for informational purposes only and is not medical advice.",
            True,
        ),  # another organization's disclaimer disclaims for them, not for us
        (
            "Parkinson's disease affects movement. Educational info only, not medical advice. Questions about your "
            "own health? Call the Salish Ridge Nurse Line.",
            True,
        ),  # another organization's disclaimer, named by its nurse line
        (
            "Parkinson's disease affects movement. Educational info only, not medical advice. Questions? Call the "
            "Riverside Health Nurse Line.",
            False,
        ),  # a generic equivalent beside our own name counts
        ("Parkinson's disease affects movement.", True),  # no disclaimer at all is still missing
    ],
)
def test_with_accept_equivalents_a_clear_equivalent_of_ours_counts(text: str, expected: bool) -> None:
    assert (RULE in EQUIVALENTS.check(text).rules) is expected
