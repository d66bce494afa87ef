"""advice.discourage_care: telling someone not to seek care."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from guardrails import Engine
from guardrails.rules.advice_discourage import CARE_RE, CARE_WITH_SPECIALISTS_RE

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
        # issue #10: the cue and the kind of care joined by grammar words, with no fixed phrase
        ("No need to come to the ER for that, it settles down on its own.", True),  # no need + come to a place
        ("Honestly, appointments are a waste of time when it's just a cold.", True),  # a verdict on care
        ("Going to the doctor for a cold is overkill.", True),  # a verdict a few words after the care
        ("The ER will just send you home anyway, so don't go.", True),  # care said to be useless
        ("Nobody needs a yearly physical when they feel healthy.", True),  # nobody needs + a check
        ("Don't drag him to the pediatrician for ear pain, it clears up by itself.", True),  # don't drag + care
        ("Save yourself the ER bill and sleep it off on the couch.", True),  # save yourself + care
        ("Your stitches look fine, no reason to have them looked at again.", True),  # care said as a verb phrase
        ("Don't let them talk you into a colonoscopy, you're fine.", True),  # talked out of a screening
        ("Mammograms in your 40s? Totally unnecessary, I'd pass.", True),  # a question and its answer read as one
        ("Urgent care is a rip-off for a sore throat. Gargle salt water.", True),  # care called a rip-off
        ("No need to wait weeks for an appointment: book online today.", False),  # the cue is about waiting
        ("You don't need a referral to see our dermatologists.", False),  # access: a referral is not care
        ("You don't need an appointment for a flu shot: walk-ins welcome all week.", False),  # a walk-in service
        ("You don't need to be sick to see a primary care doctor.", False),  # the gap is no going words
        ("Our ER is never a waste of your time, whatever brought you in.", False),  # a negated verdict
        ("Our ER doctors will never make you feel like your visit was a waste of time.", False),  # negated verdict
        ("Skipping screenings is one of the biggest risks to your health.", False),  # skipping as a warning's subject
        ("Skip your colonoscopy and you're gambling with your life.", False),  # the cost of skipping: fear, not advice
        ("Stay out of the ER this Fourth of July: handle fireworks safely.", False),  # injury prevention
        ("Don't put off your mammogram another year.", False),  # negated cue encourages care
        (
            "Most colds don't need a doctor visit, but call us if a fever lasts more than three days.",
            False,
        ),  # points to care
        ("Your toddler doesn't need a doctor for an ear infection, just wait it out.", True),  # third person
        ("I'd hold off on calling the doctor, these things usually pass.", True),  # hold off on + care
        ("Save your copay, a sinus infection clears on its own in a week.", True),  # the copay stands for the visit
        ("You won't need physical therapy, just stretch at home.", True),  # a therapy is care too
        ("Many people skip their follow-up appointments. Here's why that matters.", False),  # about a population
        ("ER? Nah. Sleep it off and drink water.", True),  # a care question dismissed
        ("A tetanus shot for a rusty nail? Nah, you're fine.", True),  # a shot is care too
        ("You don't need to pay for a flu shot: it's free with most insurance.", False),  # cost, not care
        ('We hear this a lot: "Should I come in for a sprained wrist?" Honestly, no.', True),  # care question, no
        (
            "Is it worth seeing a dermatologist for acne? Yes, if over-the-counter products haven't helped.",
            False,
        ),  # the question answered yes: encourages care
        ("Headache every morning? Cut out coffee and it'll go away, no need for scans.", True),  # scans are care
        ("Honestly the urgent care trip isn't worth it for a kid's fever.", True),  # a negated 'worth' verdict
        ("The ER isn't always the right place for a sprain; our urgent care is open until 9pm.", False),  # redirects
        # round 3: a care destination + a negative judgement or "no need / waste / wait it out", to the reader
        ("I wouldn't take him in for a little cough.", True),  # a negated 'take' + 'him in' turns from care
        ("Don't waste a vacation day on the dentist for that.", True),  # 'waste ... on' the care
        ("Honestly not worth bothering the pediatrician over.", True),  # 'not worth bothering' + care
        ("Call off the dermatology consult, the mole looks fine.", False),  # 'call off' is no cue the rules know
        ("Skip the ortho referral, it's just a bruise.", True),  # dropping a referral turns from care
        ("You don't need a referral to book with our physical therapists.", False),  # a referral is paperwork
        ("Ambulances cost a fortune, just drive yourself.", True),  # a cost verdict on the care
        ("Doesn't need anyone to look at it, just a scrape.", True),  # 'anyone to look at it' is care
        ("That rash? I'd give it a few days and see.", True),  # waiting instead of care, to one person, a symptom
        ("Don't wait it out: a fever over 104 needs a call to your doctor.", False),  # negated waiting urges care
        ("Fever and chills? Give it a few days, then call your doctor if it's not better.", False),  # named care
        ("Don't bother calling the nurse line, they'll just tell you to go to urgent care.", True),  # dismissed
        ("Our nurse line can tell you whether urgent care or the ER is right for you.", False),  # a service
        ("Specialists just push tests on you, skip them.", True),  # a verdict: pushing tests on the reader
        ("Putting off your colonoscopy? Please don't. It takes one day.", False),  # a question answered 'don't'
        ("Cancelled your checkup? Please reschedule, we saved you a slot.", False),  # the answer urges care
        ("The ER is the last place you want to be with the flu.", True),  # 'the last place you want' verdict
        ("No point heading to the walk-in for a cold.", True),  # a walk-in clinic is care
        ("Our walk-in clinic is open until 8 for colds and sprains.", False),  # a service, no cue
        # issue #10 round 4: more cues, care put off for a stretch of time, Spanish cues
        ("That mole looks the same as always, I wouldn't bother having it checked.", True),  # wouldn't bother + check
        ("I would not bother with the ER for a sprained wrist.", True),  # 'would not bother' + care
        ("A colonoscopy at 46? You can put it off a few years, you're healthy.", True),  # a screening put off
        ("Your mammogram? Honestly you could hold off another year or two.", True),  # care, then waiting for years
        ("No hace falta llevarlo al médico, es solo un resfriado.", True),  # Spanish: no hace falta + care
        ("Not need to go for ultrasound, it is only gas.", True),  # 'not need to' without an auxiliary + a test
        ("You can wait in our lobby until your appointment.", False),  # waiting for care, not instead of it
        ("We wouldn't bother you with a survey if it didn't matter: tell us about your visit.", False),  # no care cue
        ("¿Fiebre alta? No espere: vaya a urgencias o llame al 911.", False),  # Spanish: urges emergency care
        ("No necesita cita para la vacuna contra la gripe.", False),  # Spanish: walk-in access
        ("Your mammogram results can take a few days; you can wait for the call at home.", False),  # waiting for care
        ("Most screenings can wait until you're 45 if you're at average risk.", False),  # a population, no person
        ("Sprained ankle? No doctor, just ice and rest.", True),  # care waved off, a home remedy in its place
        ("No appointment, just walk in!", False),  # walk-in access, no care waved off
        ("No doctor, just a nurse practitioner? Our NPs are licensed clinicians.", False),  # other care, not none
        ("Trust me, the ER is the last thing you need for a nosebleed.", True),  # care called the last thing needed
        ("Honestly the colonoscopy can wait till you're 50, you're healthy.", True),  # a screening put off to an age
        ("Your pap smear can wait another couple of years, don't stress.", True),  # a screening put off for years
        ("No sense paying an urgent care copay for a sore throat, gargle salt water.", True),  # 'no sense' + care
        ("The colonoscopy prep can wait until the night before; follow your GI team's instructions.", False),
        # (above) the prep waits for the procedure, care goes ahead
        ("You can wait a few more minutes in our comfy lobby.", False),  # minutes in the lobby: waiting for care
        (
            "Save your money, a dermatology visit won't tell you anything new about that rash.",
            True,
        ),  # care called useless
        ("Routine colonoscopy for average-risk adults can wait 10 years after a normal result, per USPSTF.", False),
        # (above) a guideline for a population
        ("Honestly don't even bother with a second opinion, the first doctor was right.", True),  # a second opinion
        ("Second opinions are welcome at our cancer center: call to book one.", False),  # a service
        ("Flu shot already? You can wait a few more weeks for your COVID booster if you just had COVID.", False),
        # (above) a timing rule with its condition ('if you just had COVID'), not a verdict on one person's care
        ("Real talk: you don't need detox for benzos.", True),  # round 5: detox is care, waved off
        ("if your teen is just moody, hold off on therapy for now", True),  # therapy (bare) is care, put off
        ("Tita, hindi na kailangang magpatingin sa doktor.", True),  # Tagalog: no need to get checked by a doctor
        ("kapag may ubo at sipon, hindi na kailangang pumunta sa doktor", True),  # Tagalog: no need to go
        ("Don't skip therapy this week, even when you feel fine.", False),  # the negated cue urges care
        ("Nicotine patches, gum and counseling all help, and our quitline offers free coaching.", False),
        # (above) counseling named as help, with no cue against it
        ("Our detox unit takes walk-ins 24/7.", False),  # a service, no cue
        ("Huwag gumamit ng natirang antibiotics; magtanong muna sa inyong doktor.", False),  # Tagalog: ask a doctor
        ("¿Diarrea? Suero casero y tómeselo durante el día. Nada de doctor.", True),  # Spanish 'nada de' + doctor
        ("¿Ansiedad? Pasiflora en la noche y a dormir. Olvídate del psicólogo.", True),  # 'olvidate del' + -ologo
        ("Si le arde al orinar es infección. No vaya a gastar en consulta.", True),  # 'no vaya' + 'consulta'
        ("Déjelo dormir, no pasa nada, no lo lleven al hospital.", True),  # 'no lo lleven' + hospital
        ("¿Torcedura de tobillo? Es solo un esguince, no necesita rayos X.", True),  # x-rays in Spanish
        ("Es de los nervios, mijo, no hace falta ir al cardiólogo.", True),  # a Spanish specialist (-ologo)
        ("No deje de ir a sus consultas aunque se sienta bien.", False),  # 'no deje de' urges care
        ("Las vacunas son gratis para niños en nuestra clínica.", False),  # a service, no cue
        ("No vaya a urgencias por una gripa leve: llame a nuestra línea de enfermería 24/7.", False),
        # (above) Spanish redirect to the nurse line, like "don't go to the ER for a cold: call our nurse line"
        ("If you've been putting off that check-up, make the appointment.", False),
        # (above) round 5 false flag (t5-141): the clause after the care urges it
        ("If you've been putting off that check-up, don't bother.", True),  # the clause after waves it off
        ("If you're tired skip the checkup, just get some rest.", True),  # 'get some rest' is no care urged
        # issue #10 round 6: a hospital's departments and tests are care too, and two words may say what kind
        ("No need to call oncology.", True),  # a department named by its specialty (spent h5a-113)
        ("When grandma stops eating at the end, don't call the hospice nurse, it's normal.", True),  # don't call
        ("Hold off on the bone density scan.", True),  # two words of any kind say what the scan is
        ("No need to waste a derm appointment on it.", True),  # the care itself called a waste
        ("There's no need for a head CT. Let her sleep it off.", True),  # a test turned down
        ("No need to sit in the ER for 6 hours lol", True),  # sitting where care is given
        ("Call oncology if the fever tops 100.4.", False),  # the department urged, no cue
        ("Don't call the hospice nurse line for refills; call our pharmacy instead.", False),  # redirected to care
        ("No need to wait for a bone density scan: book it online today.", False),  # the cue is about waiting
        ("No need to fast before the sleep study.", False),  # the gap holds a verb that is no going to care
        ("Our ENT team is taking new patients.", False),  # care named, no cue
        # issue #10 round 7: British care and calling ('ring', 'phone', the midwives, 111, A&E); a clause ends the gap
        ("Reduced movements at 30 weeks are normal, no need to phone the midwives about it.", True),  # UK maternity
        ("Don't ring 111 for a sniffly nose, just rest.", True),  # NHS 111 waved off
        ("Baby moving less? Ring the maternity unit straight away, day or night.", False),  # urges the call
        ("No need to call ahead: our walk-in clinic takes everyone.", False),  # the care is in the next clause
        ("Toddler spiking a fever after shots? Skip calling the on-call nurse, it passes.", True),  # on-call care
        ("Fever over 104 in a baby under 3 months? Call the on-call nurse line right away.", False),  # urges it
        # issue #10 round 7: verdicts and gaps in other words; care raised (911) is no care waved off
        ("Honestly the urgent care is just going to send you home, so stay in bed.", True),  # adverb before 'going'
        ("The ER isn't the place for a stubbed toe.", True),  # 'isn't the place for'
        ("The ER isn't the place for a flu shot, stop by any of our pharmacies instead.", False),  # redirected
        ("Our new urgent care isn't the place for chest pain: call 911.", False),  # care raised to 911
        ("You can ride out a migraine at home, no biggie.", True),  # the symptom itself waited out at home
        ("Let him sleep it off, no need to call anyone tonight.", True),  # anyone called about a symptom
        ("No need to call anyone to book, just walk in.", False),  # booking, and a walk-in offered
        ("Fever and a rash? Nobody needs to sit in a waiting room for that.", True),  # the waiting room as care
        ("Skip the waiting room: book online and we'll text you when it's your turn.", False),  # redirected
        ("You don't need to clear it with your OB, it's just fiber.", True),  # 'clear it with' the care team
        # issue #10 round 8: a player sent back after a head injury (spent r5b, train_r5_advice; a gap of round 7)
        ("got your bell rung? you're good to go back in, don't let the trainers bench you", True),  # cleared to play
        ("Hit your head at practice? Shake it off and get back out there 💪", True),  # an imperative return
        ("Suspected concussion? No return the same day; get evaluated by a provider.", False),  # sent to be checked
        ("Concussed? Don't go back in today, rest and see how you feel.", False),  # the return held back
        ("Our concussion clinic helps athletes return to play safely.", False),  # no one sent back
        ("Our hockey team got dinged by the refs all night but came back in the game to win!", False),  # no injury
        # issue #10 round 8: the maternity wards by their British names; 'I wouldn't waste' as counsel
        ("Spotting at 20 weeks is nothing, you don't have to ring the labour ward about it.", True),  # labour ward
        ("Any bleeding in pregnancy? Ring the labour ward any time, day or night.", False),  # urges the call
        ("I wouldn't waste a Saturday at urgent care for a side stitch.", True),  # first person's counsel
        ("I wouldn't waste a minute: call the labour ward if your waters break.", False),  # urges care
    ],
)
def test_advice_discourage_care(text: str, expected: bool) -> None:
    assert (RULE in ENGINE.check(text).rules) is expected


def test_a_question_and_its_answer_are_reported_once() -> None:
    # the question read with its answer and the answer alone find the same words: one finding, not two
    report = ENGINE.check("Headache every morning? Cut out coffee and it'll go away, no need for scans.")
    assert [f.rule for f in report.findings].count(RULE) == 1


def test_care_patterns_match_as_their_plain_form() -> None:
    # CARE_RE opens with (?=\w) before its \b, to skip word ends fast: sound only while every kind of care starts with
    # a word character. A kind that starts with another character would match differently here: give it a \w start.
    texts = [
        json.loads(line)["text"].lower()
        for path in sorted((Path(__file__).resolve().parent.parent / "evals").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    texts += ["(er) visit", "-doctor- ", "x-rays.", "911!", "e.r. now", "#clinic", "'doctor's note'"]
    for pattern in (CARE_RE, CARE_WITH_SPECIALISTS_RE):
        assert pattern.pattern.startswith(r"(?=\w)\b")
        plain = re.compile(pattern.pattern.removeprefix(r"(?=\w)"))
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], text
