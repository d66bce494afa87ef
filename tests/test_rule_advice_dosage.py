"""advice.dosage: an amount or schedule of a medicine, addressed to the reader or one person."""

from __future__ import annotations

import pytest

from guardrails import Engine

RULE = "advice.dosage"
ENGINE = Engine()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Take 400 mg every 6 hours.", True),  # spec example: imperative amount and schedule, no drug named
        ("@kelly_runs42 sounds like shin splints - ice it and take 600mg ibuprofen three times a day.", True),  # spec
        ("Give her 5 ml of Tylenol every 4 hours until the fever breaks.", True),  # dosing one child
        ("give her 5 ml", True),  # the brief's example: an amount for one person
        ("Just take two Advil and sleep it off.", True),  # a count of a named drug is a dose
        ("You should take 1000 IU of vitamin D daily this winter.", True),  # supplement dose to the reader
        ("Try 3 mg of melatonin at bedtime if you can't sleep.", True),  # supplement amount with a schedule
        ("Double up: take 2 tablets twice a day with food.", True),  # drug form unit with a frequency
        ("Kids with a fever? Give 10 mg/kg of ibuprofen every 6 to 8 hours.", True),  # pediatric weight dosing
        ("I'd take 800mg of ibuprofen and rest it for a week.", True),  # first person advising the reader
        ("Never take more than 4,000 mg of acetaminophen in a day.", True),  # a maximum dose is still a dose
        ("Take your Zyrtec twice a day during allergy season.", True),  # named drug with a frequency
        ("Use 2 puffs of your inhaler before you exercise.", True),  # inhaler puffs addressed to the reader
        ("Ibuprofen 400mg q6h prn for the swelling.", True),  # clinical shorthand for a schedule
        ("Kids' dose: 5 mL every 6 hours.", True),  # an amount on a schedule, for anyone
        ("Max 3 tablets in 24 hours.", True),  # a count of tablets with a limit
        ("My go-to for migraines is 2 Excedrin and a dark room.", True),  # a count of a named drug
        ("Our nurse's trick for this: 50mg of Unisom nightly.", True),  # milligrams on a loose schedule
        ("Adults should get 150 minutes of activity a week.", False),  # spec: population exercise guidance
        (
            "The CDC recommends a flu shot every year for everyone 6 months and older.",
            False,
        ),  # spec: public body recommendation
        ("Aspirin is not right for everyone: ask your doctor.", False),  # spec: no amount, points to a doctor
        ("Limit sodium to 2,300 mg a day.", False),  # a nutrition limit, not a medicine
        ("Aim for 25 to 30 grams of fiber a day.", False),  # nutrition amount
        ("Adults need 600 IU of vitamin D daily, according to the NIH.", False),  # attributed population figure
        ("Our pharmacists review your medications at every visit.", False),  # a service, no dose
        ("Take your medications exactly as prescribed.", False),  # adherence tip without an amount
        ("Flu shots are available Saturday, Oct 12, 9am-1pm.", False),  # event times are not a schedule of a drug
        ("In our study, patients took 20 mg of the drug daily.", False),  # reporting a study, not addressed
        ("Drink 8 glasses of water a day to stay hydrated.", False),  # water is not a medicine
        ("Walk 30 minutes a day, 5 days a week.", False),  # activity schedule
        ("Join our 5K on Sunday at 8am!", False),  # numbers without any medicine
        # issue #10: household measures, low-dose aspirin, and articles that are not counts
        ("Give her half a teaspoon of Benadryl before bed.", True),  # a household measure of a named drug
        ("A baby aspirin a day will protect your heart.", True),  # low-dose aspirin on a daily schedule
        ("Pop an 81 mg aspirin daily for your heart.", True),  # strength + schedule
        ("Try 3 mg of melatonin about an hour before bed.", True),  # amount + unit + schedule
        ("Never stop a blood thinner without talking to your care team first.", False),  # 'a' is an article here
        ("Thank you to the volunteers who knitted 300 caps for our newborns.", False),  # caps are hats, no drug
        ("Half a teaspoon of salt holds about 1,150 mg of sodium.", False),  # nutrition, not a dose
        ("An aspirin every day keeps heart attacks away, start now.", True),  # 'an' + a drug on a daily schedule
        ("Measles is back. Two doses of MMR vaccine are 97% effective.", False),  # efficacy, not a dose to take
        ("A couple of Benadryl will knock her right out for the car ride.", True),  # 'a couple of' is a count
        ("Magnesium, 400 a night, fixed my leg cramps and it'll fix yours.", True),  # a number on a schedule
        ("Kids under 6: one chewable every 4 hrs is plenty.", True),  # a unit-only amount on a schedule
        ("Zinc lozenges may shorten colds slightly, research suggests.", False),  # reports research
        # round 3: an amount word + a unit or dose form + a schedule or a drug
        ("Double up on your metformin before the holiday dinner.", True),  # a dose changed by a factor
        ("Stir one scoop of the fiber powder into juice every night.", True),  # a household measure on a schedule
        ("A spoonful of honey twice a day will settle that cough.", True),  # a remedy measured out on a schedule
        ("Add a scoop of our new protein shake to your lunch order!", False),  # a measure with no schedule
        ("A shot of espresso with breakfast at our new cafe!", False),  # a drink on a menu, no schedule of doses
        ("Three teaspoons of cod liver oil at night, trust me.", True),  # a household measure, a nightly routine
        # issue #10 round 4: a pill known by its look (colour, shape), counted out
        ("Give him half of one of the little white pills at bedtime.", True),  # a split pill on a schedule
        ("Crush two of the pink ones into her yogurt every morning.", True),  # a count of 'ones' + a dosing verb
        ("A quarter of one of the blue tablets should calm him down.", True),  # a fraction of one pill is a dose
        ("Two of the blue ones are for the nurses' station.", False),  # a count of things, no dosing verb
        ("Half of the white ones were donated to the food bank.", False),  # a share of a set, not a split pill
        (
            "Never crush the orange ones: extended-release tablets should be swallowed whole. Ask your pharmacist.",
            False,
        ),
        # (above) a safety rule with no amount
        ("Some labels say to take iron with orange juice; your pharmacist can tell you what fits you.", False),
        # (above) what a label says, then a referral to the pharmacist
        ("Two of the extra-strength ones at bedtime and you'll sleep like a baby.", True),  # a pill known by its kind
        ("A quarter tab is plenty for a kid that size, just cut it.", True),  # 'a quarter' is an amount of a tab
        ("For a 30-pound toddler I'd do 7.5 mL.", True),  # a liquid amount dosed by a child's weight
        ("A 10 kg baby drinks about 1000 ml of fluid a day.", False),  # fluid needs, not a dose
        ("Our pharmacy can split tablets for you if swallowing is hard.", False),  # a service, no amount
        ("Half a white one in the morning should settle her stomach.", True),  # a split pill known by its colour
        ("Try one of the yellow gel caps with dinner.", True),  # a counted capsule on a meal schedule
        ("Bring all your pill bottles, even the white ones with no labels, to your medication review.", False),
        # (above) pill bottles brought to a review, no count or dose
        ("DM reply: for his size, 1 and a half of the purple chewables every 6 hours.", True),  # 'one and a half' pills
        ("Our pill identifier tool helps you tell the white ones from the blue ones: enter the imprint.", False),
        # (above) pills told apart, no count
        ("Take like 3 or 4 of the Advil, it's fine.", True),  # 'N or M of the' + a named drug is a count
        ("Dale media pastilla de ibuprofeno cada 8 horas.", True),  # Spanish: an amount of a dose form + a schedule
        ("Ibuprofeno para niños: siempre según el peso. Pregunte a su farmacéutico.", False),  # Spanish: no amount
        ("Las vacunas se dan en dos dosis, con un mes de diferencia.", False),  # Spanish: a vaccine's schedule, no unit
        ("Half of our pharmacy team has been here over 10 years!", False),  # 'half of' people, no pill
        ("Si el azúcar le sale en 300, póngase 10 unidades más de insulina en la noche.", True),
        # (above) round 5: a Spanish amount ('10 unidades') and time ('en la noche') for one reader's insulin
        ("Pasiflora, 2 cápsulas en la noche y a dormir.", True),  # Spanish capsule count for the reader
        ("La vacuna contra la gripe es una dosis al año para mayores de 6 meses.", False),
        # (above) a Spanish schedule for a population, not one person's dose
        ("Nuestra farmacia abre todos los días de 8 a 8.", False),  # Spanish opening hours, no medicine
        # issue #10 round 6: amounts in words, a doubled dose, and what is no dose
        ("Nursing mamas, take sixty-four hundred IU of vitamin D every day.", True),  # an amount in words
        ("Give her twenty-five mg of Benadryl at bedtime.", True),  # a hyphenated number word
        ("Missed last night's insulin? Go ahead and double up this morning.", True),  # a doubled dose, drug before
        ("If you miss a dose, just double up.", True),  # doubling said as an imperative
        ("Missed a dose? Never double up: take the next one at the usual time.", False),  # the safe instruction
        ("Don't double up on your pills if you miss one.", False),  # negated doubling
        ("Sixty-four volunteers ran the blood drive.", False),  # a number word with no dose unit
        ("Our blood drive collected 112 units this week.", False),  # units of donated blood (spent false flag)
        ("Taking an antidepressant and just got a positive pregnancy test? Please don't stop it on your own.", False),
        # (above) spent h5b-108: the question says who the post is for, its article counts no dose
        ("Missed a dose of a blood thinner? Don't guess: call our pharmacists.", False),  # t5-133: a situation
        ("COVID-19 antivirals like Paxlovid work best when started within 5 days.", False),  # '19' is a name's
        ("Taking 2 Advil every 4 hours? Take a third one too.", True),  # a count in digits in a question still doses
        # issue #10 round 7: donated blood counted in the next sentence; a packet's words referred to the pharmacist
        ("What a night: our whole team ran the blood drive on no sleep. 58 units!", False),  # units of blood
        (
            "Ibuprofen boxes list the most you can take in a day. Unsure with other medicines? Ask your pharmacist.",
            False,
        ),  # what the box lists, and the reader sent to the pharmacist
        ("Your doctor may suggest a baby aspirin every day if you've had a stent.", False),  # the prescriber decides
        ("Your cardiologist will want you on 81 mg of aspirin daily, so take one every morning.", True),  # then told
    ],
)
def test_advice_dosage(text: str, expected: bool) -> None:
    assert (RULE in ENGINE.check(text).rules) is expected


def test_dosage_span_points_at_the_amount() -> None:
    # the finding's span covers the dose so the person sees what to remove
    report = ENGINE.check("Take 400 mg every 6 hours.")
    finding = next(f for f in report.findings if f.rule == RULE)
    assert finding.text == "400 mg"
    assert report.verdict.value == "block"
