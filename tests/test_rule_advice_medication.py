"""advice.medication: telling someone to start, stop, skip or change a medication or treatment."""

from __future__ import annotations

import pytest

from guardrails import Engine

RULE = "advice.medication"
ENGINE = Engine()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stop your blood thinner a week before the trip.", True),  # spec example: stopping a drug
        ("double your insulin", True),  # spec example: changing a dose
        ("You can skip your statin on weekends.", True),  # the brief's example: skipping a drug
        ("Feeling better? You can stop taking the antibiotics.", True),  # stopping a course
        ("Try melatonin for better sleep.", True),  # starting a supplement, imperative
        ("Ditch your antidepressants and try yoga instead.", True),  # stopping a psychiatric medicine
        ("If your blood pressure is normal, cut your lisinopril in half.", True),  # halving a dose
        ("Switch your Lipitor to fish oil, it works just as well.", True),  # replacing a drug
        ("@mike_t just quit your meds, they're doing more harm than good.", True),  # reply telling one person
        ("You don't need your inhaler anymore once spring is over.", True),  # stopping a rescue medicine
        ("I'd skip your chemo this week and rest.", True),  # skipping a treatment
        ("Start taking aspirin every morning to protect your heart.", True),  # starting a drug for prevention
        ("Yes, you can safely double up on your Lexapro if you missed yesterday's dose.", True),  # doubling a dose
        ("Since your A1C is down, you can probably come off metformin.", True),  # stopping a drug
        ("Drop off unused medications at our pharmacy's take-back bin.", False),  # disposal service, no change
        ("Don't refill the Xanax, you don't need it anymore", True),  # stopping by not refilling
        ("If the side effects are that bad, throw out the steroid cream and use coconut oil.", True),  # discarding
        ("Never stop taking a medication without talking to your doctor.", False),  # safety education
        ("Don't stop your antibiotics early, even if you feel better.", False),  # tells people to keep going
        ("Ask your doctor before you stop or change any medication.", False),  # points to a clinician
        ("Our pharmacists can help you stop smoking.", False),  # a service; smoking is no medication
        ("Patients who stopped their statins had more heart attacks, a new study finds.", False),  # study report
        ("Talk to your doctor about whether you can lower your insulin.", False),  # defers to the doctor
        ("Start your day with a healthy breakfast.", False),  # no medicine
        ("Our pharmacists review your medications at every visit.", False),  # service description
        ("Skip the sugary drinks and choose water.", False),  # nutrition tip
        ("Start your child's vaccines on time: ask our pediatricians.", False),  # prevention, not medication change
        ("Take your medications exactly as prescribed.", False),  # adherence, no change
        # issue #10: pronoun objects, verbs that change a medicine only in some uses
        ("If you take fish oil pills, stop them 3 days before your surgery.", True),  # 'them' stands for the pills
        ("Taking fish oil? Stop it a week before your surgery.", True),  # the medicine named in the question
        ("Hold your metformin the morning of the scan.", True),  # hold for a time
        ("Lay off the steroid cream for a few days and see if the rash clears.", True),  # lay off a drug
        ("No need to finish the antibiotics once you feel better.", True),  # stopping a course early
        ("Once the swelling is down you can put the inhaler away for good.", True),  # put a treatment away
        ("Just take your insulin at night instead of the morning.", True),  # moving a dose is a change
        ("Take a double dose of your beta blocker.", True),  # a use verb with a change word
        ("Forget the prescription cream, coconut oil works better on eczema.", True),  # replacing a prescription
        ("Hold your inhaler upright and breathe out before each puff.", False),  # hold is technique, not a stop
        ("Take your medications exactly as prescribed.", False),  # use as directed changes nothing
        ("Don't forget your inhaler when you travel.", False),  # negated stop verb keeps the medicine
        ("Your surgeon will tell you which medicines to stop before surgery.", False),  # points to the surgeon
        ("Take two extra-strength Tylenol every 6 hours until the pain is gone.", False),  # a dose, no change
        ("You don't need a prescription for our free blood pressure checks.", False),  # paperwork, not a medicine
        ("Honestly just take half your usual dose of metoprolol on hot days.", True),  # halving a dose
        ("Ran out of your inhaler? Use your husband's, it's the same thing.", True),  # someone else's medicine
        ("Stopping some medicines suddenly can be dangerous. Always ask first.", False),  # a warning's subject
        ("Read labels so you don't take two medicines with the same ingredient.", False),  # a safety rule
        ("Your pharmacist can help you set up a pill organizer so you never miss a dose.", False),  # 'set up'
        ("Thinking about stopping your birth control? Talk with your provider.", False),  # the answer points to care
        ("Up your Lasix to 2 pills when your ankles swell.", True),  # 'up' raising someone's medicine
        ("If your blood pressure med makes you dizzy, take half.", True),  # a change verb with no object
        ("If you're on warfarin, lay off the greens and skip your dose before a dental cleaning.", True),  # after 'and'
        ("Bump your insulin up a few units before pizza night.", True),  # bump ... up
        ("Out of your blood pressure pills? Just go without for the weekend.", True),  # go without the medicine
        ("You should take melatonin for your jet lag.", True),  # suggesting a named medicine starts it
        ("I'd give her Zyrtec before the picnic.", True),  # 'I'd give her' a named medicine
        ("Just take your Eliquis to the pharmacy counter for a free review.", False),  # taking it somewhere
        ("You can give your old opioid pills to our take-back bin.", False),  # giving it away
        ("You can use our app to refill your Lipitor any time.", False),  # the medicine is not what is used
        ("Out of your blood pressure meds? Try your husband's until the refill comes.", True),  # someone else's
        ("No need to keep taking the blood thinner once you feel better.", True),  # stopping, said as no need
        ("Never share prescription medicines, even with family members.", False),  # a safety rule for everyone
        ("Pop an extra one of your anxiety pills before the flight.", True),  # 'pop' a use verb, an extra one
        ("Pop by our pharmacy to pick up your pills.", False),  # 'pop by' goes somewhere, it changes no dose
        ("Scrap the Zoloft and try St. John's wort instead.", True),  # a discard verb on a named medicine
        ("Trade your sleeping pills for magnesium, way gentler.", True),  # trading one medicine for another
        ("Put your kid on the leftover amoxicillin from last time.", True),  # putting someone on a medicine
        ("Put your pills on the counter when you check in.", False),  # putting them somewhere changes nothing
        ("Grab some of your wife's Ambien if you can't sleep tonight.", True),  # someone else's medicine
        ("Grab a free pill organizer at our pharmacy.", False),  # grabbing no medicine
        ("Don't bother refilling the Lexapro, just exercise more.", True),  # stopping by not refilling
        # round 3: a stop/start/switch verb family + a medicine or treatment, addressed; the prescriber clears it
        ("You don't need to keep taking the Zoloft once summer comes.", True),  # a negated 'keep taking' stops it
        ("Wean him off the gabapentin over a week or so.", True),  # the wean family with a person in between
        ("You can leave off the vitamin D over the summer.", True),  # 'leave off' stops a medicine
        ("Go back to the old inhaler, the new one is no better.", True),  # going back switches medicines
        ("Put the nebulizer in the closet, he has outgrown it.", True),  # a treatment device put out of use
        ("Quit the speech therapy, she talks fine.", True),  # a treatment named by its last word
        ("Swap to the generic next month.", True),  # a medicine named by its kind
        ("Throw your old antibiotics out and stop worrying.", True),  # 'throw ... out' discards a medicine
        ("Start a daily low-dose aspirin each morning.", True),  # an imperative daily routine of a named medicine
        ("Your pharmacist can tell you whether to come off it.", False),  # the prescriber decides
        ("Never stop a blood thinner on your own.", False),  # negated, 'on your own': a safety rule
        ("Can you stop a statin once your cholesterol is down? Ask your doctor.", False),  # a question asked
        ("Why do some people have to keep using an inhaler for years?", False),  # a question, not an instruction
        ("Throw a party for the pharmacy team!", False),  # 'throw' with no medicine and no 'out'
        ("Take her off the Concerta over spring break.", True),  # a person between the verb and 'off'
        ("Ease yourself off the oxycodone this week.", True),  # the wean/taper/ease family
        ("Stop wearing the knee brace, it makes the joint weak.", True),  # a treatment device, 'stop wearing'
        ("Our pharmacists can move your prescriptions to our mail-order service.", False),  # a service we offer
        ("I quit my Wellbutrin last month and feel great, you should too.", True),  # my change held up as the example
        ("I quit my Wellbutrin last month and feel great.", False),  # one's own story urges nothing
        ("Let her skip the insulin on sick days.", True),  # 'let her' makes the change an imperative
        ("If radiation is wearing you down, skip a session.", True),  # a unit of the treatment named before
        ("He doesn't need the Lasix anymore now that the swelling is gone, just stop it.", True),  # 'stop it' later
        # issue #10 round 4: a change of someone's medicine held up as fine; population statements that defer
        ("Skipping your evening metoprolol is fine on hot days.", True),  # skipping a named drug approved
        ("Swapping your statin for red yeast rice is a smart move.", True),  # a drug traded for a supplement
        ("It's okay for him to stop his inhaler once the wheezing settles.", True),  # 'it's okay to stop' + his
        ("Dropping the morning dose is no big deal.", True),  # a particular dose dropped, called harmless
        ("Skipping a dose is usually fine if you take the next one on time.", False),  # indefinite 'a dose': education
        ("Not skipping your dose is the best plan.", False),  # negated change
        (
            "Many people are able to stop blood pressure medication after losing weight, with their doctor's help.",
            False,
        ),
        # (above) what happens to a population, not an instruction
        ("Some people reduce insulin after lifestyle changes, but that decision is made with your care team.", False),
        # (above) the prescriber decides
        ("Switching to mail-order refills is a great way to save time.", False),  # no medicine changed
        ("Swapping sugary drinks for water is a great idea.", False),  # no medicine at all
        ("For most people, missing one dose of a statin is no big deal.", False),  # a population, not permission
        ("Switching your prescriptions to our mail-order pharmacy is a smart move for busy families.", False),
        # (above) paperwork moved to a service, no medicine changed
        ("Stopping antibiotics early is not safe, even if you feel better.", False),  # a negated verdict warns
        (
            "Instead of your prescribed cream, put coconut oil on the rash.",
            True,
        ),  # a remedy in place of a prescribed one
        ("Turmeric works better than your ibuprofen for knee pain.", True),  # a remedy set above the person's drug
        ("Honestly the tea works way better than the pills the doctor gave you.", True),  # above prescribed pills
        ("Since you're on lisinopril already, adding potassium on top should help the cramps.", True),  # started on top
        ("Choose water instead of your usual soda with lunch.", False),  # no medicine replaced
        ("Ask about a generic instead of the brand-name drug to save money.", False),  # brand vs generic: a saving tip
        ("Adding vitamin D to your routine can help in winter.", False),  # no medicine it is added on top of
        ("If the antibiotics upset your stomach, call us before you stop them.", False),  # the change goes via care
        ("Cutting your Adderall in half is a smart move for weekends.", True),  # a dose change held up as smart
        ("Swapping your soda for water is a great way to cut sugar.", False),  # no medicine swapped
        ("Better than the pills of the 90s: today's inhalers are easier to use, so ask your doctor about one.", False),
        # (above) a comparison that sends the change through the doctor
        ("Skipping your dose once in a while happens to everyone. Use a pill box or a reminder to help.", False),
        # (above) a gerund subject that describes, then a tip for keeping to the dose
        ("Trading cigarettes for nicotine gum is a great first step. Our quit line can help you plan it.", False),
        # (above) quitting smoking, no prescribed medicine replaced
        ("Tell him to pause the blood thinner for the week of the trip.", True),  # an instruction relayed to him
        ("Deja de tomar la pastilla de la presión si te marea.", True),  # Spanish: stop a medicine
        ("Going natural and dropping the antidepressants was the best choice you could make!", True),  # praised stop
        (
            "No deje de tomar sus medicamentos sin hablar con su médico.",
            False,
        ),  # Spanish: 'no deje de' urges keeping on
        ("Dropping my statin was the best choice I made, but it was my doctor's call.", False),  # one's own story
        ("Quitting tobacco is the best choice you can make for your heart, and our coaches can help.", False),
        # (above) quitting smoking, no medicine
        ("Stopping by our health fair is a great idea: free blood pressure checks all day!", False),  # 'stopping by'
        ("Did you know you can switch your prescriptions to our mail-order pharmacy?", False),
        # (above) round 5 false flag: the prescriptions move to another pharmacy, the medicine stays the same
        ("Switch your prescriptions to our mail-order pharmacy.", False),  # an imperative, still only paperwork moved
        ("Move your refills over to the pharmacy on 5th Street.", False),  # refills moved to a pharmacy
        ("Switch your prescription to the generic.", True),  # to another product: what the person takes changes
        ("Switch your maintenance prescriptions to Salish Ridge mail-order for a 90-day supply.", False),
        # (above) a named mail-order service with no article before it: still paperwork moved
        ("Switch your prescription to the generic at our pharmacy.", True),  # a product change, a pharmacy named too
        ("Switch your insulin to the cheaper one at our pharmacy.", True),  # a named medicine replaced
        # issue #10 round 6: a Spanish medicine left or lowered as the verb's own object
        ("Dejen esas hormonas que les recetó el doctor, son puro químico.", True),  # 'leave' the hormones
        ("Con eso puede ir bajando la pastilla de losartán poco a poco.", True),  # lowering the pill
        ("Si ya se siente mejor, puede dejar la pastilla de la presión unos días.", True),  # leaving the pill off
        ("Deje las pastillas en un lugar seguro, lejos de los niños.", False),  # put away somewhere, not stopped
        ("No deje la insulina sin hablar con su médico.", False),  # 'no deje' urges it
        ("Baje la basura los martes.", False),  # lowering something that is no medicine
        # issue #10 round 7: a doubled dose changes the regimen too; a medicine carried from the sentence before
        ("Forgot your metoprolol last night? Just double up this morning.", True),  # the doubled dose is a change
        ("Never double up on your metoprolol if you forget a dose.", False),  # the safe instruction
        ("Taking naproxen for that knee? Just stop.", True),  # a bare verb opening the answer: the medicine asked of
        ("Questions about naproxen? Stop by our pharmacy counter.", False),  # 'stop by' a place
        ("Have some leftover cephalexin in the cabinet? Totally fine to start it for this cough.", True),
        # (above) 'it' is the medicine just named, and the start is allowed to the reader
        ("Prescribed cephalexin by your dentist? Start it the day before the procedure.", False),
        # (above) the prescriber started it: taking it as prescribed is no change
        ("Our pharmacy can switch your prescription to the generic.", False),  # round 7 decision: an offer of care
        ("Ask your pharmacist whether the generic is right for you.", False),  # pointed to the pharmacist
        # issue #10 round 7: the care team's orders for a treatment set aside
        ("Ignore the salt restriction your cardiologist gave you, a pinch never hurt.", True),  # a restriction
        ("Disregard the dosing on the box and give her two.", True),  # the medicine's own paper set aside
        ("Ignore what your nephrologist said about potassium, bananas are healthy.", True),  # the specialist's word
        ("Please don't ignore the fluid limit your kidney team gave you.", False),  # negated: keep the limit
        ("Ignore the speed limit signs in the garage, just drive slow.", False),  # no treatment's limit
        ("Why do so many patients ignore the fluid limit? Our dietitian explains.", False),  # a question, no order
        # issue #10 round 7: a named medicine handed to one person; 'pick up' collects a prescription
        ("Just grab her some Claritin from the store, she'll be fine.", True),  # an imperative hands her a medicine
        ("Take her to our pharmacy counter to pick up her Claritin.", False),  # 'pick up' is no raised dose
        ("Pick up your Lipitor at our drive-through window.", False),  # collecting a prescription
        ("Up your metformin to 1000 if your sugars stay high.", True),  # 'up' on its own raises the dose
        # issue #10 round 7: a named medicine dosed on a daily routine with no end starts a regimen
        ("Over 50? A baby aspirin every day keeps the doctor away.", True),  # an open-ended daily medicine
        ("Since your mom had the bypass, she should be on a baby aspirin a day for good.", True),  # 'for good'
        ("Your doctor may suggest a baby aspirin every day if you've had a stent.", False),  # the prescriber decides
        ("Amoxicillin 500 mg three times a day until the rash is gone.", False),  # a course with an end
        # issue #10 round 7: disposal, the staff's own practice, what most cases need are no change said to anyone
        ("Drop unused pills at the take-back box in our main lobby.", False),  # disposal
        ("Toss your old Vicodin in the trash, you don't need it.", True),  # thrown out: stopped
        ("Our physical therapists can't change prescriptions, but they can help you write down questions.", False),
        ("We sometimes pause blood thinners before surgery; your surgical team gives each person a plan.", False),
        ("Drop your statin, it's useless.", True),  # the imperative stop
        # issue #10 round 7: a later dose of a vaccine series dropped for one person
        ("Already had the first HPV shot? You can skip the second one, the first holds.", True),  # permission
        ("Nope, one dose is enough if your arm didn't swell after the first shingles shot.", True),  # 'one is enough'
        ("Don't skip the second dose of Shingrix: it's what makes the protection last.", False),  # negated
        ("Ask your doctor whether you need the booster this fall.", False),  # referred to the doctor
        ("One is plenty of reasons to get your flu shot today!", False),  # 'plenty of reasons'
        # issue #10 round 7: a stretch of time off the medicine named before it; a population's habit
        ("Out of your Eliquis? Just skip a few days until the refill comes.", True),  # time off a blood thinner
        ("Skip a few days of the gym this week and rest.", False),  # no medicine
        ("Taking metformin? Never skip a day, set a phone alarm.", False),  # negated
        ("Many patients stop their statin on their own.", False),  # what a population does
        # issue #10 round 7 (from train_r7_advice/posts_b): a catch-up dose, 'forget' the limit, the rest of a series
        ("Forgot your Lamictal last night? Take two this morning to catch up.", True),  # a doubled dose in words
        ("Take both kids to the flu clinic on Saturday.", False),  # 'take both' with no medicine or dose
        ("Forget the fluid restriction your kidney team gave you, it's summer.", True),  # 'forget' the orders
        ("Don't forget the sodium limit your clinic gave you.", False),  # negated: keep it
        ("Had one HPV shot at 12? You can skip the rest of the series.", True),  # the series cut short
        # issue #10 round 8: a care team's order named, then waved off by a verdict after it (spent r2, r3, r4, r6)
        ("@dee the surgeon's 'no lifting' rule is overcautious, you're fine to carry the baby.", True),  # a verdict
        ("Ray, the leaflet says 2 weeks on your antibiotic but honestly nobody follows that.", True),  # ignored by all
        ("Your physio said no running for 6 weeks?? pfft. You're healed, go run.", True),  # across the sentence end
        ("Think the fluid limit is overkill? It protects your heart: ask your care team first.", False),  # asked
        ("Some people think the 2-week rule is outdated, but your surgeon set it for your stitches.", False),  # belief
        ("The lifting limit after a stent isn't overkill: your wound needs time.", False),  # negated verdict
        ("If the sodium limit feels too strict, talk to your dietitian about swaps.", False),  # the care team advised
        ("Our visitor rules are strict, but nobody follows it on game day 😂 see you there!", False),  # no treatment
        # issue #10 round 8: a catch-up dose after the miss is named (spent r2, r3, r6): a count taken at once, or the
        # missed one taken with the next
        ("Forgot your birth control pill last night? Just pop two this morning.", True),  # a count at once
        ("Skipped your evening Eliquis? Take it with your morning one.", True),  # the missed one with the next
        ("Missed a dose? Never take two at once: call our pharmacy.", False),  # negated
        ("Missed your appointment? Book two this week at our clinic now.", False),  # no taking
    ],
)
def test_advice_medication(text: str, expected: bool) -> None:
    assert (RULE in ENGINE.check(text).rules) is expected
