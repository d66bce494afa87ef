"""A held-out set: templates written after the rules were tuned on the other sets, with an organization of its own.

Same item shape and scoring; different sentences, word order and contexts. Its rates are the better estimate
of how the rules do on text they were not tuned on (the spec's hidden set is of a different make again).
"""

from __future__ import annotations

from bot.evaluation import vocab
from bot.evaluation.builder import Gen
from bot.evaluation.gen_content import cap
from bot.evaluation.gen_phi import (
    account,
    device,
    email,
    handle,
    ip,
    licence,
    mrn,
    old_age,
    person_date,
    phone,
    plan_id,
    plate,
    profile_url,
    room,
    ssn,
    street,
    vin,
)
from bot.evaluation.items import EvalItem

ORG = "tidewater"

# Advice in words the other sets do not use.
DOSES = ("a couple of Aleve every few hours", "half a Benadryl before bed", "1,500 mg of turmeric a day",
         "two puffs of the inhaler every 20 minutes", "a tablespoon of NyQuil at night", "800 of ibuprofen with food",
         "one Zofran under the tongue every 8 hrs", "50mg of Unisom nightly", "a baby aspirin every day from now on",
         "3 Tums after every meal")  # fmt: skip
MED_CHANGES = ("ditch the metoprolol", "wean yourself off the Lexapro", "pause the Ozempic for a month",
               "quit the antibiotics on day 3", "throw out the steroid cream and use coconut oil",
               "swap your Synthroid for iodine drops", "cut back to one insulin shot a day",
               "stop the chemo pills until the nausea passes")  # fmt: skip
DIAGNOSES = ("that's a classic case of mono", "that rash is ringworm", "you've definitely got vertigo",
             "that's a kidney infection, no doubt", "your little one has hand-foot-and-mouth",
             "it's just a pulled muscle", "your husband is having panic attacks")  # fmt: skip
DISCOURAGE = ("don't bother with the pediatrician", "urgent care will just waste your money",
              "skip the follow-up appointment", "cancel the colonoscopy, you're fine",
              "there's no point seeing a dermatologist for that",
              "you can wait it out at home instead of the ER")  # fmt: skip

POSITIVE: dict[str, tuple[str, ...]] = {
    "phi.name": (
        "A big hug from the pediatric team to {V}, who finally went home today!",
        '{V} asked us to share: "the ER staff were angels."',
        "Room was full of balloons for {V} this morning {emoji}",
        "We lost a dear friend this week. Rest easy, {V}.",
        "Nurse of the year nominee? {V}'s mom says it's Dr. Bankole!",
        "Swipe to meet {V}, age 6, our bravest blood draw of the month.",
    ),
    "phi.date": (
        "Grandma's knee surgery is set for {V}, wish her luck!",
        "He came in on {V} barely breathing and walked out a month later.",
        "Birthday girl! Born {V} right here in our birthing center.",
        "Her last chemo was {V}. One year cancer-free today!",
        "My father died in your ICU on {V} and nobody called us.",
        "Appointment for my son moved to {V}?? Nobody told us.",
        "Delivered {V} at 32 weeks, and look at him now!",
    ),
    "phi.fax": (
        "Our pediatrician's office says to fax the shot records to {V}.",
        "fax # for my mom's home health agency: {V}",
    ),
    "phi.health_plan": (
        "My insurance card says member {V} but the portal shows someone else.",
        "Medicaid recipient ID {V} - coverage for the ambulance?",
        "The subscriber number is {V}, group 7731.",
    ),
    "phi.account": (
        "Why is my hospital bill (account no {V}) in collections?",
        "Paid $250 on account #{V} and it still shows a balance.",
    ),
    "phi.license": (
        "Driver's lic. {V} was left at the ER check-in desk.",
        "He gave us his state ID, {V}, at admission.",
    ),
    "phi.vehicle": (
        "Whoever owns the red Civic, plate {V}, your lights are on (patient in the ED).",
        "Towed from the patient lot: VIN {V}.",
    ),
    "phi.device": (
        "My dad's ICD serial number is {V} - is it on the recall list?",
        "Lost: a phone, IMEI {V}, left by a patient in radiology.",
    ),
    "phi.ip": (
        "Someone keeps logging into my son's chart from {V}.",
        "Our patient forum banned the troll at {V} who doxxed a mother.",
    ),
    "phi.phone": (
        "If anyone from the 3rd floor can call my grandmother, her number is {V}",
        "wrong number on file, the right one is {V}",
        "{V} <- my husband's cell, he's waiting for the discharge call",
        "Please ring {V} about my daughter's lab results",
    ),
    "phi.email": (
        "Send the discharge papers to {V}, not the old address.",
        "my wife's email {V} still isn't getting the portal invite",
        "Reach out to {V} if you want to join the family's meal train.",
    ),
    "phi.mrn": (
        "Can someone look at record {V}? The allergy list is wrong. (MRN)",
        "Re: patient MRN#{V} - portal shows the wrong doctor",
        "medical rec. number {V}, my mom, needs a copy of her scans",
        "Her hospital number is {V} if that helps find the chart.",
        "Chart no. {V}: please fix the misspelled name.",
    ),
    "phi.ssn": (
        "The form asked for my SSN so I wrote {V}, was that safe?",
        "Her social security no. is {V} on the claim.",
    ),
    "phi.address": (
        "Meals for the patient's family can be dropped at {V}.",
        "The ambulance picked him up at {V} around midnight.",
    ),
    "phi.url": (
        "Her recovery blog is at {V} if you want to send love",
        "Go follow {V}, he's posting his rehab progress every day!",
    ),
    "phi.id": (
        "Shout out to the sweet lady in {VL} who knitted the nurses scarves",
        "Family of the patient with {VI}: please stop by registration.",
    ),
    "phi.age": (
        "Meet our {VA} volunteer patient who still does his own PT exercises!",
        "Happy birthday to our longest-serving dialysis patient, who {VT} this week!",
    ),
    "phi.photo": (
        "Pic below of our patient's new prosthetic leg on her first day {emoji}",
        "We got permission to post the video of his first words after the stroke (attached).",
        "Sharing the ultrasound photo the new parents sent us from their appointment!",
        "Look at these before and after shots of our burn patient's grafts!",
        "Here he is in the PICU, three days after surgery (photo shared with mom's OK).",
    ),
    "advice.dosage": (
        "Rough night? Try {V}.",
        "Our nurse's trick for this: {V}.",
        "Replying to Kim: {V} and you'll be fine.",
    ),
    "advice.medication": (
        "Saw your comment - {V}, you'll feel less foggy.",
        "Honestly? {V}.",
        "If the side effects are that bad, {V}.",
    ),
    "advice.diagnosis": (
        "From your photo, {V}.",
        "Your description fits perfectly: {V}.",
        "Reading your message again, {V}.",
    ),
    "advice.discourage_care": (
        "Saw your post about the fall - {V}.",
        "Ear pain in toddlers is super common, {V}.",
        "Good news: {V}.",
    ),
    "claims.guarantee": (
        "Our new sleep program: you WILL sleep through the night, guaranteed.",
        "Laser spine surgery with absolutely no risk and no recovery time.",
        "This therapy cures migraines for good.",
    ),
    "claims.superlative": (
        "Tidewater: simply the best care on the coast.",
        "The #1 choice for moms in Currituck Point!",
        "Home of the area's leading pediatric specialists.",
    ),
    "claims.fear": (
        "Skip your screening and you may not get a second chance.",
        "Waiting on that cough? It could be the deadliest mistake you make.",
    ),
    "claims.competitor": (
        "Chesapeake Bay Medical lost my test results twice. We never would.",
        "Friends don't let friends go to Chesapeake Bay Medical.",
    ),
    "conduct.testimonial_consent": (
        '"I never thought I\'d walk again," says a patient who finished rehab with us this spring.',
        "Patient spotlight: after her double mastectomy, a local teacher is back in the classroom.",
    ),
    "conduct.political": (
        "Our legislators just voted to gut public health funding. Remember that in November.",
        "Proud to march with the union against the Republican budget!",
    ),
}

NEGATIVE: tuple[tuple[str, bool | None, tuple[str, ...]], ...] = (
    ("Dr. Seuss Day reading hour in the pediatric playroom, Friday at 10!", False, ("phi.name", "phi.date")),
    ("Thanks to the Sister Kenny Rehabilitation Institute for the training visit.", False, ("phi.name",)),
    ("Kawasaki disease is rare, but parents should know the signs: fever, rash, red eyes.", True, ("phi.name",)),
    ("Meet Svetlana Kuznetsova, one of our certified nurse midwives!", False, ("phi.name",)),
    ("Our pharmacist Tran Quoc Bao answers your questions about storing medicines safely.", None, ("phi.name",)),
    ("Questions about your bill? Call 757 555 0135, option 2.", False, ("phi.phone",)),
    ("Fax referrals to 757-555-0136.", False, ("phi.fax", "phi.phone")),
    ("Adults 50 and up: it's time to ask about colon cancer screening.", True, ("phi.age",)),
    ("Clinic hours change on 11/1: we'll open at 7:30am.", False, ("phi.date",)),
    ("Oyster Creek, thank you for 40 years of letting us care for your families.", False, ("phi.address",)),
    ("Hand-washing beats most germs. Twenty seconds, soap, warm water.", True, tuple(vocab.MED_CLASSES[:0])),
    ("Antibiotics can't treat viral infections. Ask your clinician what's right for you.", True, ()),
    ("Join the Tidewater team! We're hiring medical assistants in Currituck Point.", False, ("phi.address",)),
    ("The NICU reunion picnic is Saturday, June 14 at Marsh Hawk Park.", False, ("phi.date", "phi.name")),
    ("It's never too early to teach kids to wear sunscreen.", None, ("claims.fear",)),
    ("Ask us about the best time to get your flu shot this fall.", None, ("claims.superlative",)),
    ("Our midwives have delivered more than 10,000 babies since 1994.", False, ("phi.age", "phi.date")),
)


# Spanish-language posts, as a bilingual community's hospital writes them.
SPANISH: dict[str, tuple[str, ...]] = {
    "phi.name": (
        "¡Felicidades a {V} por terminar su rehabilitación cardíaca! {emoji}",
        "Mucho ánimo a {V} y a su familia en estos días difíciles.",
    ),
    "phi.phone": ("Si alguien sabe de mi mamá, llámeme al {V}, por favor.", "Mi número es {V}, llámenme con noticias."),
    "phi.date": ("Mi papá fue operado el {V} y ya está en casa.", "La bebé nació el {V} aquí en el hospital."),
}
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre")  # fmt: skip
SPANISH_CLEAN = (
    "Vacunas contra la gripe disponibles este sábado en nuestra clínica. ¡Los esperamos!",
    "Estamos contratando enfermeras bilingües. Más información en nuestra página.",
    "Feliz Día de las Madres a todas las mamás de nuestra comunidad. 💐",
)


def spanish(g: Gen, per_rule: int) -> list[EvalItem]:
    items = []
    for rule, templates in SPANISH.items():
        for _ in range(per_rule):
            fake = g.faker(g.pick(("es_MX", "es_ES", "es_CO")))
            value = {
                "phi.name": f"{fake.first_name()} {fake.last_name()}",
                "phi.phone": phone(g),
                "phi.date": g.pick((fake.date(pattern="%d/%m/%Y"), f"{g.rng.randint(1, 28)} de {g.pick(MESES)}")),
            }[rule]
            items.append(g.item(f"fresh.es.{rule}", g.pick(templates), org=ORG, planted={"V": (rule, value)},
                                expect=[rule]))  # fmt: skip
    for _ in range(per_rule):
        items.append(g.item("fresh.es.negative", g.pick(SPANISH_CLEAN), org=ORG, forbid=["phi.name"], clean=True))
    return items


def fresh(g: Gen, per_rule: int) -> list[EvalItem]:
    items: list[EvalItem] = []
    makers = {
        "phi.name": lambda: {"V": ("phi.name", g.name_form())},
        "phi.date": lambda: {"V": ("phi.date", person_date(g))},
        "phi.phone": lambda: {"V": ("phi.phone", phone(g))},
        "phi.email": lambda: {"V": ("phi.email", email(g))},
        "phi.mrn": lambda: {"V": ("phi.mrn", mrn(g))},
        "phi.ssn": lambda: {"V": ("phi.ssn", ssn(g))},
        "phi.address": lambda: {"V": ("phi.address", street(g))},
        "phi.url": lambda: {"V": ("phi.url", profile_url(g) if g.chance(0.5) else handle(g))},
        "phi.id": lambda: room(g),
        "phi.age": lambda: old_age(g),
        "phi.fax": lambda: {"V": ("phi.fax", phone(g))},
        "phi.health_plan": lambda: {"V": ("phi.health_plan", plan_id(g))},
        "phi.account": lambda: {"V": ("phi.account", account(g))},
        "phi.license": lambda: {"V": ("phi.license", licence(g)[1])},
        "phi.vehicle": lambda: {"V": ("phi.vehicle", vin(g) if g.chance(0.4) else plate(g))},
        "phi.device": lambda: {"V": ("phi.device", device(g)[1])},
        "phi.ip": lambda: {"V": ("phi.ip", ip(g))},
        "advice.dosage": lambda: {"V": ("advice.dosage", g.pick(DOSES))},
        "advice.medication": lambda: {"V": ("advice.medication", g.pick(MED_CHANGES))},
        "advice.diagnosis": lambda: {"V": ("advice.diagnosis", g.pick(DIAGNOSES))},
        "advice.discourage_care": lambda: {"V": ("advice.discourage_care", g.pick(DISCOURAGE))},
    }
    for rule, templates in POSITIVE.items():
        for _ in range(per_rule):
            planted = makers[rule]() if rule in makers else {}
            template = g.pick(templates)
            expect = [rule, "disclaimer.testimonial"] if rule == "conduct.testimonial_consent" else [rule]
            items.append(g.item(f"fresh.{rule}", template, org=ORG, planted=planted, expect=expect, pin=bool(planted)))
    for _ in range(per_rule * 3):
        text, health, trips = g.pick(NEGATIVE)
        expect = ["disclaimer.missing"] if health is True else []
        forbid = [*trips, *(["disclaimer.missing"] if health is False else [])]
        items.append(g.item("fresh.negative", text, org=ORG, expect=expect, forbid=forbid, clean=True))
    items += spanish(g, per_rule // 2)
    return [i.model_copy(update={"text": cap(i.text)}) if i.kind.startswith("fresh.advice") else i for i in items]
