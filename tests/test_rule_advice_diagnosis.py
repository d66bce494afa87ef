"""advice.diagnosis: telling a person which condition they have."""

from __future__ import annotations

import pytest

from guardrails import Engine

RULE = "advice.diagnosis"
ENGINE = Engine()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sounds like you have strep, honestly.", True),  # spec example
        ("@kelly_runs42 sounds like shin splints - ice it.", True),  # spec example: reply to one person
        ("That's definitely a migraine.", True),  # certainty about one person's condition
        ("It's probably just allergies, nothing to worry about.", True),  # dismissive diagnosis
        ("Looks like tendinitis to me.", True),  # condition by suffix, not in the list
        ("You've got a sinus infection, classic case.", True),  # direct assertion
        ("@jen88 that's probably a UTI.", True),  # reply with a hedged diagnosis of one person
        ("Honestly you probably have sleep apnea.", True),  # diagnosing the reader
        ("Sounds like plantar fasciitis, happens to lots of runners.", True),  # named condition after lead
        ("I think you have the flu.", True),  # first person diagnosing the reader
        ("You're describing textbook vertigo.", True),  # naming the reader's condition
        ("My guess: pinched nerve.", True),  # a guess is still a diagnosis
        ("That rash is shingles, no doubt.", True),  # about one person's symptom
        ("Those symptoms point to a thyroid problem, no question.", True),  # organ problem, certain
        ("@runner_gal that's classic runner's knee.", True),  # reply naming one person's injury
        ("Hi Maria - honestly it sounds like a pulled muscle.", True),  # reply with a diagnosis
        ("From your photo, that rash is ringworm.", True),  # one person's symptom named
        ("Your description fits perfectly: that's a classic case of mono.", True),  # classic case
        ("If you have diabetes, get your eyes checked every year.", False),  # conditional education
        ("You could have high blood pressure and not know it. Get screened.", False),  # screening education
        ("Do you have asthma? Our respiratory clinic can help.", False),  # question, service
        ("Chest pain can be a sign of a heart attack. Call 911.", False),  # emergency education
        ("People who have COPD should get a flu shot.", False),  # population statement
        ("Sounds like a great event!", False),  # no condition after the lead
        ("It's flu season: get your shot.", False),  # flu season is not a diagnosis
        ("That's a wrap on our Heart Month series!", False),  # no condition
        ("Parkinson's disease affects movement.", False),  # education about a condition
        ("It looks like rain, but our walk goes on.", False),  # no condition
        ("Know the symptoms of a stroke: it's a medical emergency.", False),  # education
        # issue #10: diagnoses in new words
        ("Red, itchy ring on your arm? That's ringworm.", True),  # the answer to a question about the reader
        ("Sounds to me like your daughter picked up hand, foot and mouth disease.", True),  # longer lead-in
        ("The headaches you mentioned are migraines, plain and simple.", True),  # the symptoms you mentioned are
        ("Your knee clicking like that means a torn meniscus.", True),  # your symptom means a condition
        ("Those symptoms point to an ulcer.", True),  # point to
        (
            "What's causing your back pain? It's often a muscle strain, but see us if it lasts.",
            False,
        ),  # 'often': education
        ("It's flu season: get your flu shot at any of our clinics.", False),  # a season, not a diagnosis
        ("Your high blood pressure means a higher risk of stroke.", False),  # a risk of, not the condition itself
        ("Is it a cold or the flu? Our nurse explains the difference.", False),  # a question, no answer given
        ("Those are textbook panic attacks.", True),  # those are + certainty
        ("Yep, that's a sinus infection.", True),  # a reply's 'yep' is certainty
        ("Probably just a pulled muscle, nothing serious.", True),  # a sentence that opens with its certainty
        ("Your daughter's rash is hives from the new detergent.", True),  # someone's symptom is a condition
        ("Probably the most common cause of back pain is a muscle strain.", False),  # a cause of, education
        ("Your mom's memory problems are early Alzheimer's, no doubt.", True),  # someone's symptom named at once
        ("Your baby's first cold is usually mild.", False),  # no condition named after 'is'
        ("Swollen, hot big toe? Gout. Every time.", True),  # a bare answer to a question about symptoms
        ("Your husband's snoring and daytime sleepiness? Classic sleep apnea.", True),  # bare answer, 'classic'
        ("Honey, that's a panic attack, not a heart attack.", True),  # 'X, not Y' is certain
        ("What is the most common cancer in men? Prostate cancer.", False),  # a quiz asks about no one's symptoms
        ("Sore throat? Strep! Get tested at our walk-in clinic.", False),  # sends the reader to be tested
        ("DM reply: based on the photo, that's impetigo.", True),  # judged from a photo: certain
        ("Your chest tightness after running is probably exercise-induced asthma.", True),  # a longer owner
        ("Kiddo has pink eye for sure, use breast milk drops.", True),  # a child has + certainty
        ("Those palpitations are anxiety, nothing to do with your heart.", True),  # those <symptom> are
        ("Heartburn after every meal? Classic reflux, honestly.", True),  # bare answer with a short hedge after it
        ("Your kid's barking cough? Croup, no question.", True),  # a comma and a few words close the answer
        ("Burning when you pee? Likely a UTI.", True),  # 'likely' opens a bare answer
        ("Q: Why does my heel hurt? A: Plantar fasciitis, most likely.", True),  # the asker's own symptom, 'A:'
        ("Fever and a runny nose for two days, def sounds viral.", True),  # a verdict adjective after 'sounds'
        ("That cut on your knee looks infected, honestly.", True),  # 'looks infected' judges one wound
        ("Our new asthma clinic looks great!", False),  # 'looks' without a verdict adjective
        ("@jen_r that rash you posted is almost certainly ringworm.", True),  # words between symptom and verb
        ("Those white patches on your tongue are thrush, 100%.", True),  # a longer 'those ...', '100%' at the end
        ("Those who have diabetes are at higher risk of kidney disease.", False),  # 'those who': a population
        ("Croup is a common childhood infection that causes a barking cough.", False),  # education, no answer
        ("Lump in your wrist that comes and goes? Ganglion cyst, easy.", True),  # one modifier before the condition
        ("Ringing ears after the concert? Yep, tinnitus.", True),  # the question names a symptom
        ("Stabbing pain low on the right side? I'd bet on appendicitis.", True),  # 'I'd bet on' a condition
        ("What is the most common cancer in men? Lung cancer.", False),  # a quiz, even with a modifier
        ("Replying to your DM: tingling fingers at night is carpal tunnel, pure and simple.", True),  # symptom IS it
        ("Tingling fingers at night is a common sign of carpal tunnel.", False),  # a sign of: education
        ("If your chest pain is angina, you may need a stress test.", False),  # a condition, not a verdict
        # round 3: a person + a present-tense verdict + a condition, in words no lead phrase lists
        ("Your toddler's got croup, hands down.", True),  # a child + "'s got" + a condition name
        ("The blisters on his lip are a cold sore, no doubt about it.", True),  # one person's symptom + are
        ("Your mother is anemic, that explains the tiredness.", True),  # a condition adjective after a person
        ("You've pulled your hamstring, classic sprinter thing.", True),  # an injury verb + your + a body part
        ("What your brother has is bursitis.", True),  # "what X has is" names one person's condition
        ("Hey Jonah, that is bronchitis.", True),  # a pointer in a sentence spoken to one person (vocative)
        ("That is a stye, my friend.", True),  # a vocative at the end makes "that is" a verdict on one person
        ("Tu hija tiene sarampion.", True),  # Spanish: a person + tiene + a condition name
        ("Your biggest risk after 50 is heart disease.", False),  # a risk, not a verdict on a person
        ("Her scan was clear and her cancer is gone.", False),  # a patient's story, the condition before the verb
        ("If you have a cold, you have a virus, so antibiotics won't help.", False),  # a hypothesis
        ("You're allergic to penicillin? Tell the nurse before any procedure.", False),  # a question asks
        ("Cellulitis is an infection of the skin.", False),  # a definition names no one
        ("Itchy eyes that last for weeks point to allergies.", False),  # a pattern, not someone's symptoms
        ("You're a breast cancer survivor and our walk is for you.", False),  # a survivor, not a diagnosis
        ("Meet Lily: she's 7, she has celiac disease, and she bakes for our bake sale.", False),  # a story, no reader
        ("@mike_b honestly she has pinkeye, keep her home.", True),  # the same 'she has' in a reply is a verdict
        ("Your sister's yellow eyes are jaundice, no doubt.", True),  # a person's possessive owns the symptom
        ("The ache in your wrist when you type is tendinitis.", True),  # 'when' inside the subject describes it
        ("Urgent care is plenty when it's just a cold.", False),  # 'when it's': a hypothesis, not a verdict
        ("Your nephew has hand, foot and mouth disease for sure.", True),  # more kin words as the person
        ("Mija, lo tuyo es una sinusitis.", True),  # Spanish: 'lo tuyo es' + a disease ending
        ("Your toddler's eczema usually fades by school age.", False),  # "'s" after a noun is a possessive
        ("Your son's fever is probably the flu if it came on fast.", False),  # a condition with an 'if' after it
        ("The usual cause of your knee pain is osteoarthritis.", False),  # a cause of: education
        ("Worried you have strep? Our clinic tests in 15 minutes.", False),  # a question asked, not a verdict
        ("It's strep, friend. The white spots give it away.", True),  # "it's" still a verdict, to one person
        # issue #10 round 4: ruling a condition out, or reassuring one person on their numbers, organ or symptom
        ("Honestly your kidneys are fine, those creatinine numbers are normal for your age.", True),  # an organ judged
        ("Your PSA is totally normal, nothing to worry about.", True),  # one person's test result judged healthy
        ("Those blood pressure readings are perfectly normal for you, no need to worry.", True),  # their readings
        ("You don't have asthma, it's just a cough that lingers.", True),  # a condition ruled out for the reader
        ("He doesn't have strep, his throat is just irritated.", True),  # ruled out for one person
        ("That headache of yours isn't a migraine, it's just tension.", True),  # one person's symptom, not X
        ("This lump is not cancer, it's just a cyst.", True),  # a pointed-at lump ruled out as cancer
        ("Your heartburn isn't your heart, it's only reflux.", True),  # an organ ruled out for a symptom
        (
            "A TSH between 0.4 and 4.0 is generally considered normal; ask your doctor what yours means.",
            False,
        ),  # a range
        ("If your numbers are normal, keep up the good work.", False),  # a hypothesis, no verdict
        ("Some swelling in your arm is normal after the shot.", False),  # 'some': what is common after a shot
        ("It's normal to feel tired for a day after your vaccine.", False),  # normal + infinitive: education
        ("Chest pain is not always your heart, but always get it checked.", False),  # a hedge ('not always')
        ("You don't have to have diabetes to join our healthy cooking class.", False),  # 'don't have to', no verdict
        ("Even if you don't have asthma, smoke from wildfires can irritate your lungs.", False),  # a hypothesis
        ("Your heart is a muscle: keep it strong with 150 minutes of activity a week.", False),  # no verdict word
        ("Your results are ready in the patient portal.", False),  # results, but no judgement of them
        ("A little spotting is normal in the first trimester, but call us if it gets heavy.", False),  # no owner
        ("Know your numbers: your cholesterol is healthy below 200.", False),  # a threshold, no one's result
        ("Most of the time, your child's fever is nothing to worry about.", False),  # a hedge: what usually happens
        ("Within 10 years of quitting, your lungs are healthy again.", False),  # a time course after quitting
        ("Your sore throat isn't strep unless you also have a fever, so get tested if you do.", False),  # 'unless'
        ("Feeling dizzy is not a normal part of aging; talk to your doctor.", False),  # no one's symptom pointed at
        ("From the photo, that mole is benign, nothing to worry about.", True),  # a pointed-at mole judged benign
        ("He's not autistic, boys just talk later.", True),  # a person ruled out of a condition adjective
        ("Your baby is not jaundiced, the yellow is from the lighting.", True),  # ruled out for one baby
        ("Most kids with a speech delay are not autistic.", False),  # a population, not one child
        ("You're not contagious after 24 hours on antibiotics.", False),  # a time course: education
        ("This type of mole is usually benign.", False),  # a type of mole, not someone's
        ("Your EKG looks totally normal, the fluttering is just caffeine.", True),  # one person's test judged normal
        ("Honey, your son doesn't have ADHD, he's just bored in class.", True),  # a condition ruled out for a child
        ("Your baby's soft spot is normal and closes by about 18 months.", False),  # the usual course of a finding
        ("That little bump after your vaccine is normal and fades within days.", False),  # a vaccine's usual effect
        ("Hey mama, the bumps on his chest are totally harmless, it's just baby acne.", True),  # his bumps judged
        ("Moles that are small and unchanged are usually benign, but show any changing spot to a clinician.", False),
        # (above) a kind of mole, hedged, with a referral
        ("Sir your sugar 140 is not diabetes, is normal after food. No worry.", True),  # numbers ruled out of a disease
        ("The MRI you posted looks clean to me, no tear in there.", True),  # one person's scan judged clean
        ("Two years later, her scans are clean and she's back on the trail.", False),  # a patient's story, no reader
        (
            "Sugar of 140 two hours after a meal is in the normal range for most adults; ask us about an A1c test.",
            False,
        ),
        # (above) a range for a population, and a referral
        ("Your blood pressure is fine? Great! Keep checking it once a year at any of our pharmacies.", False),  # asked
        ("Thyroid awareness month: your thyroid is a small gland with a big job.", False),  # education, no verdict
        ("Moody and tired all week? That's just hormones, honey.", True),  # round 5: 'hormones' named as the cause
        ("Ese dolor de estómago después de comer es solo gastritis.", True),  # Spanish 'es solo' + a condition
        ("La gastritis es común; si el dolor no se va, consulte a su médico.", False),  # Spanish education twin
        ("Si la ansiedad no se va, no está sola ni solo. Nuestro programa atiende en español.", False),
        # (above) 'solo' meaning alone, not "only": no verdict on anyone
        ("Hormones change a lot in the teen years, and our adolescent clinic can help.", False),  # education
        # issue #10 round 7: '=' links a symptom to its verdict; a name the lexicon lacks ends in a medical word
        ("@mo_lifts shoulder pain lifting overhead = rotator cuff tendinitis, classic.", True),  # shorthand verdict
        ("@jen_k that knee pain on stairs is patellofemoral pain syndrome, classic.", True),  # named by its 'syndrome'
        ("@mo_lifts that shoulder pain is a common sign of rotator cuff tendinitis, see our sports clinic.", False),
        # (above) a sign of a condition, not a verdict, and the reader sent to care
        ("Shin pain after running = a common sign of stress fractures in new runners.", False),  # education
        # issue #10 round 7: slang sure verdicts, numbers waved off, an aside in parentheses read past
        ("@deb_w that itchy patch is defo eczema, ngl.", True),  # 'defo', 'ngl': a sure verdict
        ("@deb_w eczema can look a lot like other rashes; our dermatology team can tell them apart.", False),
        ("Babe, your cholesterol of 260 is nothing. Enjoy the holidays.", True),  # one person's number waved off
        ("Your cholesterol of 260 is nothing to ignore: our lipid clinic can help.", False),  # urges care
        (
            "Tomasz, what you're describing (chest tight after stairs, gone when you rest) is angina, no question.",
            True,
        ),  # the verdict after an aside
        ("What you're describing (a yearly flu shot) is free at every one of our clinics.", False),  # no condition
        # issue #10 round 7: a name the lexicon lacks, said to be what someone has and sealed by a sure marker
        ("Your shoulder aching after every swim practice? That's swimmer's shoulder, 100%.", True),  # answers you
        ("Those are growing pains, hon, not arthritis.", True),  # a vocative, then 'not' the other condition
        ("Sore arm after your flu shot? That's normal, nothing more.", False),  # reassurance about a shot
        ("Shin ache after soccer? That's our sports clinic's specialty, for sure.", False),  # an offer of care
        ("Got questions? That's what we're here for, 100%.", False),  # no condition named
        # issue #10 round 7: a symptom waved off as a minor cause ('just'), answering a question about it
        ("Back pain after gardening? It's just a strained muscle, ice it tonight.", True),  # the cause named
        ("Headaches? It's just a reminder to drink water, friends!", False),  # no cause: a reminder
        ("Migraines? It's just a short form to sign up for our headache clinic.", False),  # points to care
        # issue #10 round 7: Spanish verdicts on the reader's symptom (accents folded by normalization)
        ("¿Le duele la garganta desde ayer? Es solo una faringitis, mijo.", True),  # 'es solo' + a condition
        ("Si le pica la piel en las noches, es de los nervios.", True),  # a folk cause said to the reader
        ("Si tiene fiebre, es importante tomar agua y llamar a su médico.", False),  # 'es importante': advice to care
        ("¿Fiebre y dolor de huesos? El dengue es una enfermedad que transmite el mosquito: vaya a su clínica.", False),
        # (above) education about dengue, the reader sent to the clinic
        # issue #10 round 7: a symptom put down to the person's medicine; a reply addressed in words
        ("Honestly your night sweats sound like they're from your new antidepressant.", True),  # a drug blamed
        ("To the commenter asking about her dad: he's probably getting dizzy from the new pills.", True),
        # (above) a reply addressed in words ('To the commenter asking ...:') and the dose blamed
        ("Your headaches sound like they're from your screen time.", False),  # no medicine blamed
        ("Some people get dizzy from the dose at first; tell your doctor if it lasts.", False),  # a population
        ("To the moon and back: our NICU nurses love every baby.", False),  # 'To ...' that is no reply
        # issue #10 round 8: a sure verdict after the colon that names who it is for, or with the sure marker before a
        # medical name (spent r3b-031, h4b-113, h5b-109; train_r8_advice)
        ("To the dad asking about his son's elbow: that's Little League elbow for sure.", True),  # after the address
        ("@ the parent who sent the rash photo: that's definitely hand, foot and mouth, it's going around.", True),
        ("that's textbook tennis elbow.", True),  # the marker before a name with a body part
        ("That's definitely worth a visit to our new clinic.", False),  # no medical name after the marker
        ("Those are definitely the best seats in the house.", False),  # no medical name
        ("Question from the comments: that's a great one, no doubt.", False),  # no name: a compliment
        ("Reminder for parents: that's our new urgent care, for sure the best in town.", False),  # an offer
        # issue #10 round 8: a minor cause put on a person's body part asked about, with no symptom word
        ("Grandma's feet going numb? That's just old age, she'll be fine.", True),  # a person's body part
        ("Wondering about your heart health? It's just one of the things our screening day covers.", False),
    ],
)
def test_advice_diagnosis(text: str, expected: bool) -> None:
    assert (RULE in ENGINE.check(text).rules) is expected
