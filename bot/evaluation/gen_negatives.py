"""Hard negatives: clean posts that look risky. Nothing of severity block or warn may fire on them.

Each template says whether it carries health information (True: the disclaimer must be added; False: it
must not; None: a judgement call we do not score) and which rules it is most likely to trip.
"""

from __future__ import annotations

import re

from bot.evaluation import vocab
from bot.evaluation.builder import Gen
from bot.evaluation.gen_content import EDUCATION, cap
from bot.evaluation.items import EvalItem
from bot.evaluation.org_profiles import disclaimer

ADVICE = ["advice.dosage", "advice.medication", "advice.diagnosis", "advice.discourage_care"]

# kind -> (health, rules it would wrongly trip, templates)
NEGATIVES: dict[str, tuple[bool | None, tuple[str, ...], tuple[str, ...]]] = {
    "eponym": (True, ("phi.name",), (
        "{eponym} affects many families. {staff} explains what to watch for.",
        "What's the difference between {eponym} and {condition}? Our specialists break it down.",
        "{Eponym} is often misunderstood. Here are five facts from our neurology team.",
        "New treatments for {eponym} are changing how patients live with it.",
    )),
    "eponym_event": (None, ("phi.name",), (
        "Living with {eponym}? Our support group meets every {weekday} at {hour} am in the {town} library.",
        "Join {staff} for a free talk on {eponym} this {weekday} at {pm} pm.",
    )),
    "staff": (False, ("phi.name",), (
        "Meet {staff}, the newest member of our {town} team! {emoji}",
        "Congratulations to {staff} on 25 years with {org}!",
        "{staff} was named Employee of the Month. Thank you for all you do!",
        "Welcome aboard, {staff}! {emoji}",
        "Happy retirement to {staff} after 30 years of service {emoji}{emoji2}",
        "Shoutout to {staff} for organizing the toy drive this year!",
    )),
    "event": (False, ("phi.date", "phi.name"), (
        "Join us {weekday}, {month} {day} for the {town} Fun Run! Registration opens at {hour} am.",
        "Our annual gala is {month} {day}, {year} at the {town} Grand Hotel. Tickets on sale now.",
        "Save the date: community picnic on {month} {day} at {orgaddress}.",
        "The holiday craft market returns {weekday}, {month} {day}, {hour}am-{pm}pm in the main lobby.",
        "Career fair {weekday}, {month} {day}, {hour}am-{pm}pm. Bring your resume!",
    )),
    "awareness": (None, ("phi.date", "phi.name"), (
        "{A_month} is {A_name}. {emoji}",
        "Happy {D_name} ({D_date})! Thank you to everyone who makes our hospital run.",
        "{A_name} starts {A_month} 1. Watch this space for stories from our teams.",
    )),
    "org_contact": (False, ("phi.phone", "phi.fax", "phi.email", "phi.url", "phi.address"), (
        "Questions? Call us at {orgphone} or email {orgemail}.",
        "Visit {orgsite} or follow {orghandle} for updates.",
        "Find us at {orgaddress}. Free parking in Lot B.",
        "We proudly serve {town} and the surrounding communities.",
        "Media inquiries: {orgemail} | {orgphone}",
        "New patients welcome! Call {orgphone} to book.",
        "Follow {orghandle} on every platform for news from {org}.",
    )),
    "org_contact_variant": (False, ("phi.phone", "phi.email", "phi.url"), (
        "Call {orgphone_alt} to reach our front desk.",
        "Updates at {orgsite_path} and {orghandle}.",
        "Write to {orgemail_upper} with questions about the event.",
    )),
    "population_age": (True, ("phi.age",), (
        "Adults {age} and older should ask about the shingles vaccine.",
        "Kids 6 months and older can get a flu shot at any of our clinics.",
        "Adults over 90 face the highest risk from RSV, so vaccines matter at every age.",
        "Women 40 to 74 should talk with their provider about mammograms.",
        "People aged 45 to 75 are due for colon cancer screening.",
        "Seniors 85+ are most likely to be hospitalized with the flu.",
    )),
    "anniversary": (False, ("phi.age", "phi.date"), (
        "Celebrating 100 years of caring for {town}! {emoji}",
        "{org} turns 125 this year, and we're throwing a party.",
        "Our 90th anniversary gala is {month} {day}.",
        "Since 1952, {org} has served {town}.",
        "In {year}, our nurses logged more than 90,000 volunteer hours.",
    )),
    "education": (True, (*ADVICE, "phi.name"), EDUCATION),
    "talk_to_doctor": (True, tuple(ADVICE), (
        "Thinking about stopping a medication? Talk to your doctor first.",
        "Never stop taking a prescribed medicine without talking to your care team.",
        "Not sure if it's a cold or something more? Call our nurse line at {orgphone}.",
        "Call 911 right away if you notice face drooping, arm weakness or slurred speech.",
        "Ask your pharmacist before mixing supplements with your prescriptions.",
        "Bring a list of all your medications, including vitamins, to every appointment.",
        "If your symptoms get worse, see a doctor. When in doubt, get checked.",
    )),
    "public_health": (True, (*ADVICE, "phi.url"), (
        "The CDC recommends a yearly flu vaccine for everyone 6 months and older.",
        "A new study of 12,000 adults found that walking 7,000 steps a day lowered heart disease risk.",
        "Public health experts recommend 150 minutes of moderate activity each week for adults.",
        "The WHO says adults should limit added sugar to less than 10% of daily calories.",
        "Learn the signs of a stroke at {site}",
    )),
    "job": (False, ("phi.name", "phi.url"), (
        "We're hiring! {job} at {org}. Apply at {orgsite}/careers {emoji}",
        "Join our team: {job}, full time, {town} campus. Sign-on bonus available.",
        "Now hiring a {job}. Competitive pay, great benefits, and a team that has your back.",
    )),
    "facility": (False, ("phi.address", "phi.id", "phi.date"), (
        "Our new parking garage opens {month} {day}.",
        "The {town} clinic lobby renovation is complete!",
        "Heads up: the east entrance will close {weekday} for repairs.",
        "We installed 40 new EV charging stations in Lot C.",
        "Open Monday-Friday 7am-7pm, Saturday 8am-noon.",
        "Suite 300 is now home to our billing office.",
        "Take Route 9 to Exit 14 for the new entrance.",
        "The class meets in Conference Room 210 on the second floor.",
        "The MyChart app update (version 11.2.3) fixes the login bug.",
        "A $2.5 million grant will help us expand our {service}.",
        "Our {year} community report is out: 18,500 ER visits and 2,310 births.",
    )),
    "greeting": (False, ("phi.name", "phi.date"), (
        "Happy {holiday} from all of us at {org}! {emoji}",
        "Wishing everyone a safe and joyful {holiday}.",
        "Good morning, {town}! {emoji}",
        "Happy {weekday}! Drink some water and say hi to a nurse today {emoji}",
    )),
    "brand": (False, ("phi.name",), (
        "Thank you to the {brand} volunteers who visited our pediatric unit!",
        "Our community team joined {brand} for a morning of service.",
    )),
    "facility_photo": (False, ("phi.photo",), (
        "📸 Photos from the ribbon cutting at our new MRI suite!",
        "Swipe through pictures of the renovated pediatric playroom.",
        "Before and after: our main lobby got a makeover! {emoji}",
        "Video: take a tour of our new birthing suites.",
        "Pics from the staff chili cook-off are up on our page!",
    )),
    "young_age": (False, ("phi.age",), (
        "Our youngest volunteer is 16 and our oldest is 88!",
        "Teens ages 13 to 17 can apply for our summer volunteer program.",
    )),
    "emergency_number": (None, ("phi.phone",), (
        "In a mental health crisis, call or text 988 any time.",
        "Chest pain? Call 911. Don't drive yourself.",
    )),
    "claims_lookalike": (None, ("claims.guarantee", "claims.superlative", "claims.fear"), (
        "There is no cure for {eponym} yet, but treatment can slow it down.",
        "No surgery is risk-free. Talk with your surgeon about what to expect.",
        "Heart disease is the leading cause of death for women in the U.S.",
        "Best wishes to our graduating residents! {emoji}",
        "It's not too late to get your flu shot this season.",
        "We can't promise a cure, but we promise you'll never face cancer alone.",
        "Our pain management clinic helps people with long-term back pain.",
        "Results vary, and your care team will talk you through the risks and benefits.",
    )),
}  # fmt: skip

SLOTS = re.compile(r"\{(\w+)\}")


def org_phone_variant(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)[-10:]
    if len(digits) != 10:
        return phone
    return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}" if "(" in phone else f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"


def negatives(g: Gen, per_kind: int) -> list[EvalItem]:
    items = []
    for kind, (health, trips, templates) in NEGATIVES.items():
        for index in range(per_kind):
            org = g.org()
            template = g.pick(templates)
            common = g.common(org)
            month, name = g.pick(vocab.AWARENESS)
            day_name, day_date = g.pick(vocab.AWARENESS_DAYS)
            fills = {
                "Eponym": cap(common["eponym"].removeprefix("a ").removeprefix("the ")),
                "A_month": month,
                "A_name": name,
                "D_name": day_name,
                "D_date": day_date,
                "age": g.pick(("50", "60", "65")),
                "orgphone_alt": org_phone_variant(common["orgphone"]),
                "orgsite_path": common["orgsite"].rstrip("/") + g.pick(("/careers", "/events", "/news")),
                "orgemail_upper": common["orgemail"].upper() if g.chance(0.5) else cap(common["orgemail"]),
                "condition": common["condition"],
                "Condition": cap(common["condition"]),
            }
            forbid = list(trips)
            expect: list[str] = []
            platform: str | bool | None = True
            tail = ""
            if health is True and index % 4 == 3:
                platform = g.pick(("facebook", "instagram", "linkedin", None))
                tail = "\n\n" + disclaimer(org, "default", platform)
                forbid.append("disclaimer.missing")
            elif health is True:
                expect.append("disclaimer.missing")
            elif health is False:
                forbid.append("disclaimer.missing")
            items.append(
                g.item(f"negative.{kind}", template + tail, org=org, fills={**common, **fills}, expect=expect,
                       forbid=forbid, clean=True, platform=platform)
            )  # fmt: skip
    return items


EVADED_KINDS = ("org_contact", "staff", "eponym", "greeting", "job", "facility")


def negative_evasions(g: Gen, count: int) -> list[EvalItem]:
    """Clean posts with evasion characters: folding them away must not make anything look like PHI."""
    items = []
    for _ in range(count):
        kind = g.pick(EVADED_KINDS)
        health, trips, templates = NEGATIVES[kind]
        org = g.org()
        common = g.common(org)
        name, evade = g.evasion()
        fills = {
            **common,
            "orgphone": evade(common["orgphone"]),
            "staff": evade(common["staff"]) if name != "fullwidth" else common["staff"],
            "Eponym": cap(common["eponym"]),
        }
        forbid = list(trips) + (["disclaimer.missing"] if health is False else [])
        expect = ["disclaimer.missing"] if health is True else []
        item = g.item(f"negative.{kind}", g.pick(templates), org=org, fills=fills, expect=expect, forbid=forbid,
                      clean=True, evasion_name=name)  # fmt: skip
        if name == "lookalike":
            item = item.model_copy(update={"text": g.lookalike(item.text)})
        items.append(item)
    return items
