"""Positives (and their near-miss twins) for advice, claims, conduct, disclaimer and platform rules."""

from __future__ import annotations

from bot.evaluation import vocab
from bot.evaluation.builder import HASHTAG_CAP, Gen
from bot.evaluation.items import EvalItem
from bot.evaluation.org_profiles import ORGS, competitors, disclaimer, org_value

ADVICE = ("advice.dosage", "advice.medication", "advice.diagnosis", "advice.discourage_care")
AMOUNTS = {"mg": ("200", "325", "400", "500", "600", "800", "1000", "1,000"), "mcg": ("25", "50", "100", "1000"),
           "IU": ("1000", "2,000", "5000"), "g": ("1", "2", "3"), "units": ("10", "12", "20"),
           "ml": ("5", "7.5", "10", "15")}  # fmt: skip


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


RX_FOR = {
    "metformin": "your blood sugar", "lisinopril": "your blood pressure", "atorvastatin": "your cholesterol",
    "levothyroxine": "your thyroid", "sertraline": "the anxiety", "gabapentin": "nerve pain", "insulin": "high sugars",
    "prednisone": "the flare-up", "amoxicillin": "the ear infection", "omeprazole": "the heartburn",
}  # fmt: skip


def dose(g: Gen, rx: bool = False) -> tuple[str, str]:
    """(dose phrase, what it is for): over-the-counter drugs for symptoms, prescription drugs for conditions."""
    pool = [d for d in vocab.DRUGS if (d[0] in RX_FOR) == rx]
    drug, unit = g.pick(pool)
    amount = g.pick(AMOUNTS[unit])
    freq = g.pick(vocab.FREQUENCIES)
    space = "" if unit in ("mg", "g", "ml") and g.chance(0.4) else " "
    forms = [
        f"{amount}{space}{unit} of {drug} {freq}",
        f"{drug} {amount}{space}{unit} {freq}",
        f"{amount}{space}{unit} {drug} {freq}",
    ]
    if unit in ("mg", "mcg", "IU"):
        forms.append(f"{g.pick(('2', 'two', '1', 'one', '3'))} {g.pick(('tablets', 'pills', 'caps'))} of {drug} {freq}")
    if unit == "ml":
        forms.append(f"{g.pick(('a', 'one', 'half a', '2'))} teaspoon{'s' if g.chance(0.3) else ''} of {drug} {freq}")
    return g.pick(forms), RX_FOR.get(drug, "")


def med_change(g: Gen) -> str:
    med = g.pick(vocab.MED_CLASSES)
    drug = g.pick(vocab.DRUGS)[0]
    return g.pick((
        f"stop taking your {med}", f"skip your {med} tonight", "double your insulin", f"go off your {med} for a week",
        f"cut your {med} in half", f"switch from your {med} to {drug}", "stop the antibiotics once you feel better",
        f"start taking {drug} instead", f"quit your {med} before the surgery", f"take a double dose of your {med}",
        f"ditch the {med} and try turmeric", f"don't take your {med} for a few days", f"come off the {med}",
        f"halve your {med}", f"you can stop your {med} now",
    ))  # fmt: skip


def diagnosis(g: Gen) -> tuple[str, str]:
    symptom, dx = g.pick(vocab.SYMPTOM_PAIRS)
    return symptom, g.pick((
        f"sounds like you have {dx}", f"that's definitely {dx}", f"you probably have {dx}", f"your son has {dx}",
        f"this is classic {dx}", f"it's almost certainly {dx}", f"I'd bet that's {dx}", f"you've got {dx}",
        f"looks like {dx} to me", f"your daughter most likely has {dx}", f"that is {dx} for sure",
    ))  # fmt: skip


def discourage(g: Gen) -> str:
    return g.pick((
        "no need to see a doctor", "you don't need the ER for that",
        "skip the urgent care", "don't bother getting it checked",
        "save yourself the trip to the doctor", "there's no need to come in", "no reason to see a specialist",
        "you don't need to get it looked at", "don't waste money on a visit", "avoid the ER and sleep it off",
        "you don't need to call your doctor", "don't go to the hospital for this",
    ))  # fmt: skip


ADVICE_TEMPLATES = {
    "advice.dosage": (
        "For that kind of back pain, take {V}.",
        "Best trick for cramps: {V} {emoji}",
        "Just give him {V} and rest.",
        "You should be taking {V} for that.",
        "Our tip for your cold: {V}.",
        "Start with {V} and see how you feel.",
        "{C} Try {V}.",
        "Replying to your comment: {V} should help the swelling.",
        "With a fever like that, alternate {V}.",
        "If the rash itches, take {V}!",
    ),
    "advice.medication": (
        "If the dizziness bothers you, {V}.",
        "Honestly, {V} - it's the side effects talking.",
        "Feeling better? Then {V}.",
        "{CV} before your colonoscopy.",
        "My advice: {V}.",
        "Replying to Jo's question: {V}.",
        "{CV}, your numbers look fine now.",
        "Low sugar this morning? {CV}.",
    ),
    "advice.diagnosis": (
        "{CS}? {CV}.",
        "With {S}, {V}.",
        "Thanks for the photo - {V}.",
        "From what you describe, {V}.",
        "Reading your comment: {V}. Feel better!",
        "{CS} and chills? {CV}.",
    ),
    "advice.discourage_care": (
        "For a cough like that, {V}, just rest and drink fluids.",
        "Honestly {V} - it will pass.",
        "A sprain? {CV}, ice it at home.",
        "{CV}, most fevers go away by themselves.",
        "Replying to your comment: {V}. Give it a few days.",
        "It's only a little chest tightness, {V}.",
        "Sounds like a bad bug. {CV}, stay home and sleep it off.",
    ),
}

# rule -> [(templates, values that fit their slot)]: a value always reads grammatically in its template.
CLAIMS: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = {
    "claims.guarantee": (
        (
            ("Our new {service} is {V}!", "Knee pain? Our treatment is {V}.", "The procedure is {V} {emoji}"),
            ("100% effective", "guaranteed to work", "completely painless", "risk-free", "free of side effects",
             "100% safe", "miraculous", "painless", "a guaranteed cure for {condition}", "a miracle cure",
             "a permanent cure for {condition}"),
        ),
        (
            ("Get {V} with our new robotic surgery.", "Book now for {V}!", "Our {service} offers {V}."),
            ("guaranteed results", "a miracle cure", "a painless recovery", "risk-free weight loss",
             "zero side effects", "a permanent cure for {condition}", "100% effective pain relief",
             "guaranteed weight loss"),
        ),
        (
            ("{CV} - that's our promise at {org}.", "At {org}, {V}.", "Say goodbye to {condition}: {V}. {emoji}"),
            ("we cure {condition}", "results are guaranteed", "there are no side effects, ever", "it works every time",
             "we guarantee you'll walk out pain-free", "we can cure {condition} for good"),
        ),
    ),
    "claims.superlative": (
        (
            ("{org} is {V}! {emoji}", "Proud to be {V}.", "Why choose us? We're {V}.", "Come see why {org} is {V}."),
            ("the best hospital in the state", "the #1 cancer center in the region", "the best doctors in town",
             "the leading heart program in the Midwest", "the region's leading orthopedic team",
             "number one for patient care", "home to the best maternity care anywhere", "#1 in stroke care",
             "the leading provider of sleep medicine", "the top hospital in the country"),
        ),
    ),
    "claims.fear": (
        (
            ("Get your colonoscopy {V}!", "Chest pain is no joke: book a heart scan {V}.", "Book your screening {V}."),
            ("before it's too late", "now, before it's too late", "today - don't wait until it's too late"),
        ),
        (
            ("Skipping your mammogram? {CV}.", "High blood pressure is silent, and {V}.", "Ignoring that mole? {CV}."),
            ("you could die", "it could kill you", "ignore it and you might not wake up tomorrow",
             "every day you wait could be your last", "skip it and you could be dead in a year",
             "you're risking your life"),
        ),
    ),
}  # fmt: skip

COMPETITOR_TEMPLATES = (
    "Unlike {V}, we don't keep you waiting for hours.",
    "{V} botched my neighbor's surgery - come to us instead.",
    "Don't trust {V} with your heart.",
    "Why settle for {V}'s outdated equipment?",
    "{V} doctors just don't care.",
    "Tired of {V}'s billing mistakes? Switch to {org}.",
    "Everyone knows {V} is dirty and understaffed.",
)
COMPETITOR_NEUTRAL = (
    "We're partnering with {V} on a community blood drive this {weekday}.",
    "Thank you to our friends at {V} for lending staff during the storm.",
    "{org} and {V} are hosting a joint career fair for nurses.",
)

POLITICAL = (
    "Vote YES on Prop {n} to protect our hospitals!",
    "Call your senator and tell them to vote NO on the abortion ban.",
    "The governor's disastrous Medicaid cuts will hurt our patients. Vote him out.",
    "Republicans want to gut your health care.",
    "Democrats' radical agenda is bankrupting Medicare.",
    "Repeal Obamacare now!",
    "Stand with Planned Parenthood and defund the politicians who attack it.",
    "We endorse the mayor for re-election: vote on Tuesday!",
    "This administration's immigration raids are cruel.",
    "Tell Congress to pass the Medicare for All bill now! #VoteBlue",
    "The conservative majority on the court failed women.",
)
POLITICAL_NEUTRAL = (
    "Election Day: all {org} clinics keep their regular hours.",
    "Medicare open enrollment runs October 15 to December 7.",
    "Vote for {org} in the {town} Gazette Readers' Choice Awards! {emoji}",
    "Our nurses received the Governor's Award for Nursing Excellence.",
)

STORIES = (
    'After years of knee pain, one of our patients is back to dancing thanks to her new knee. "I feel 20 years '
    'younger," she says. {emoji}',
    '"The team at {org} saved my life," says a heart attack survivor who is now back at work.',
    "Patient story: after weight-loss surgery, he lost 120 pounds and came off his blood pressure pills.",
    "Meet a former patient who beat breast cancer and now volunteers in our infusion center {emoji}",
    '"I walked out of the hospital two days after my hip replacement," one of our patients told us.',
    'Our patient\'s testimonial: "The sleep lab changed my life. I finally feel rested."',
    "Two years after her stroke, this mom of three ran her first 10K. Her story 👇",
    "From wheelchair to hiking trails: a patient shares her spinal surgery journey with {org}.",
    'Testimonial: "Thanks to {staff}, I got my life back after {condition}."',
)

EDUCATION = (
    "{eponym} can affect anyone. Learn the early signs from {staff}.",
    "Did you know? {Condition} often has no symptoms at first. Regular checkups help catch it early.",
    "Common symptoms of {condition} include fatigue and shortness of breath. See your doctor if they last.",
    "Colon cancer screening usually starts at 45. Ask your provider which test is right for you.",
    "Vaccines train your immune system to recognize germs. Get the facts about this season's flu shot.",
    "Statins lower LDL cholesterol. Your doctor can tell you whether one fits your treatment plan.",
    "Mammograms can find breast cancer years before a lump can be felt. {emoji}",
    "High blood pressure raises the risk of heart attack and stroke. Know your numbers!",
    "Physical therapy after knee surgery helps you regain strength and range of motion.",
    "Antibiotics don't work on viruses like colds and the flu.",
    "What is an MRI? It uses magnets and radio waves to take detailed pictures inside the body.",
    "Eczema is common in children and often flares in winter. Gentle moisturizers can help.",
    "Learn how {condition} is diagnosed and treated at our {service}.",
)


def advice_positives(g: Gen, per_rule: int) -> list[EvalItem]:
    items = []
    for rule, templates in ADVICE_TEMPLATES.items():
        for _ in range(per_rule):
            template = g.pick(templates)
            fills: dict[str, str] = {}
            if rule == "advice.dosage" and "{RXV}" in template:
                value, fills["RX"] = dose(g, rx=True)
                items.append(g.item(rule, template, org=g.org(), planted={"RXV": (rule, value)}, fills=fills,
                                    expect=[rule]))  # fmt: skip
                continue
            if rule == "advice.dosage":
                value = dose(g)[0]
                fills["C"] = g.pick(("Headache?", "Can't sleep?", "Sore knees?", "Teething?", "Cold coming on?"))
            elif rule == "advice.medication":
                value = med_change(g)
            elif rule == "advice.diagnosis":
                symptom, value = diagnosis(g)
                fills["S"], fills["CS"] = symptom, cap(symptom)
            else:
                value = discourage(g)
            planted = {"CV" if "{CV}" in template else "V": (rule, cap(value) if "{CV}" in template else value)}
            items.append(g.item(rule, template, org=g.org(), planted=planted, fills=fills, expect=[rule]))
    return items


def claims_conduct(g: Gen, per_rule: int) -> list[EvalItem]:
    items = []
    for rule, groups in CLAIMS.items():
        for _ in range(per_rule):
            org = g.org()
            templates, values = g.pick(groups)
            template = g.pick(templates)
            raw = g.pick(values).replace("{condition}", g.pick(vocab.CONDITIONS))
            key = "CV" if "{CV}" in template else "V"
            planted = {key: (rule, cap(raw) if key == "CV" else raw)}
            items.append(g.item(rule, template, org=org, planted=planted, expect=[rule]))
    with_competitors = [o for o in ORGS if competitors(o)]
    for index in range(per_rule):
        org = g.pick(with_competitors)
        planted = {"V": ("claims.competitor", g.pick(competitors(org)))}
        if index % 4 == 3:
            items.append(
                g.item("negative.competitor_neutral", g.pick(COMPETITOR_NEUTRAL), org=org, planted=planted,
                       forbid=["claims.competitor"], clean=True, pin=False)
            )  # fmt: skip
        else:
            items.append(g.item("claims.competitor", g.pick(COMPETITOR_TEMPLATES), org=org, planted=planted,
                                expect=["claims.competitor"]))  # fmt: skip
    for index in range(per_rule):
        if index % 4 == 3:
            items.append(g.item("negative.political_neutral", g.pick(POLITICAL_NEUTRAL), org=g.org(),
                                forbid=["conduct.political"], clean=True))  # fmt: skip
        else:
            items.append(g.item("conduct.political", g.pick(POLITICAL), org=g.org(), expect=["conduct.political"]))
    return items


def stories(g: Gen, per_rule: int) -> list[EvalItem]:
    items = []
    for index in range(per_rule):
        org = g.org()
        template = g.pick(STORIES)
        if index % 3 == 2:
            platform = g.pick(("facebook", "instagram", "linkedin", None))
            tail = "\n\n" + disclaimer(org, "testimonial", platform)
            items.append(g.item("disclaimer.testimonial_present", template + tail, org=org, platform=platform,
                                expect=["conduct.testimonial_consent"], forbid=["disclaimer.testimonial"]))  # fmt: skip
        else:
            items.append(g.item("disclaimer.testimonial", template, org=org,
                                expect=["disclaimer.testimonial", "conduct.testimonial_consent"]))  # fmt: skip
    return items


def education(g: Gen, per_rule: int) -> list[EvalItem]:
    """Health information: clean, and the disclaimer must be added exactly when it is not there yet."""
    items = []
    for index in range(per_rule):
        org = g.org()
        condition = g.pick(vocab.CONDITIONS)
        template = g.pick(EDUCATION)
        fills = {"condition": condition, "Condition": cap(condition)}
        forbid = [*ADVICE, "phi.name"]
        if index % 3 == 2:
            platform = g.pick(("facebook", "instagram", "linkedin", "x", "threads", None))
            text_tail = "\n\n" + disclaimer(org, "default", platform)
            items.append(g.item("disclaimer.present", template + text_tail, org=org, fills=fills, platform=platform,
                                forbid=[*forbid, "disclaimer.missing"], clean=True))  # fmt: skip
        else:
            items.append(g.item("disclaimer.missing", template, org=org, fills=fills, expect=["disclaimer.missing"],
                                forbid=forbid, clean=True))  # fmt: skip
    return items


FILLER = (
    "Our volunteers packed 400 care kits this week for families in {town}.",
    "The new parking garage on the north side of campus opens next month.",
    "Thank you to everyone who came out to the spring fun run!",
    "The cafeteria now has a salad bar and late hours for night-shift staff.",
    "We are proud of every nurse, tech and housekeeper who keeps our doors open around the clock.",
    "Visitors can now use the east entrance while the lobby is renovated.",
    "Our gift shop is stocked with handmade blankets from the {town} quilting circle.",
    "Come meet our new therapy dog, Biscuit, in the main lobby on {weekday}s.",
)


def platform_items(g: Gen, per_rule: int) -> list[EvalItem]:
    """Over and under the platform limits, counted independently of the rules' own measuring code."""
    items: list[EvalItem] = []
    for index in range(per_rule):
        org = g.org()
        platform = g.pick(("x", "x", "x", "threads"))
        limit = 280 if platform == "x" else 500
        body = ""
        while len(body) <= limit + 20:
            body = (body + " " + g.pick(FILLER)).strip()
        if index % 3 == 2:
            # under the limit: cut at a word boundary well below it
            cut = body[: limit - 30].rsplit(" ", 1)[0] + "."
            items.append(g.item("negative.length_ok", cut, org=org, platform=platform, forbid=["platform.length"],
                                clean=True))  # fmt: skip
        else:
            items.append(g.item("platform.length", body, org=org, platform=platform, expect=["platform.length"]))
    # X counts a URL as 23 and CJK/emoji as 2: a long link under the limit, and an emoji wall over it.
    for _ in range(per_rule // 4):
        org = g.org()
        site = str(org_value(org, "website")).rstrip("/")
        url = site + "/events/" + "-".join(g.faker("en_US").words(12))
        text = g.pick(FILLER) + " Details: " + url
        items.append(g.item("negative.length_url", text, org=org, platform="x", forbid=["platform.length"], clean=True))
        wall = "Thank you, nurses! " + "".join(g.pick(vocab.EMOJI[:6]) for _ in range(140))
        items.append(g.item("platform.length", wall, org=org, platform="x", expect=["platform.length"]))
    tags = ("#Nurses", "#Community", "#Volunteers", "#ThankYou", "#Wellness", "#Family", "#Hiring", "#Fall",
            "#Spring", "#Summer", "#Proud", "#Team", "#Local",
            "#Care", "#Kids", "#Health", "#Smile", "#Heroes")  # fmt: skip
    for index in range(per_rule):
        org = g.org()
        platform = g.pick(("x", "threads", "facebook", "linkedin", "instagram"))
        limit = HASHTAG_CAP[platform]
        over = index % 3 != 2
        count = limit + g.rng.randint(1, 4) if over else limit
        chosen = g.rng.sample(tags, k=min(count, len(tags)))
        text = g.pick(FILLER) + "\n\n" + " ".join(chosen)
        kind = "platform.hashtags" if over else "negative.hashtags_ok"
        expect = ["platform.hashtags"] if over else []
        forbid = [] if over else ["platform.hashtags"]
        items.append(g.item(kind, text, org=org, platform=platform, expect=expect, forbid=forbid, clean=not over))
    return items
