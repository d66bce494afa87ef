"""Positives for every PHI rule: a planted identifier in a post-like sentence, pinned to its span.

Each rule has value makers (many formats) and templates (many contexts). A share of the items carry an
evasion inside the planted value (zero-width characters, full-width digits, look-alike letters, NBSP, bidi).
"""

from __future__ import annotations

from collections.abc import Callable

from bot.evaluation import vocab
from bot.evaluation.builder import Gen
from bot.evaluation.items import EvalItem

AREA_CODES = ("212", "312", "415", "617", "713", "305", "404", "206", "503", "602", "720", "919", "773", "832",
              "929", "651", "317", "414", "860", "971", "385", "239", "702", "505")  # fmt: skip


def phone(g: Gen) -> str:
    a, e, n = g.pick(AREA_CODES), str(g.rng.randint(201, 989)), g.digits(4)
    if g.chance(0.12):
        e = "555"
    formats = [
        f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"{a} {e} {n}", f"+1 {a} {e} {n}", f"+1-{a}-{e}-{n}",
        f"1 ({a}) {e}-{n}", f"{a}{e}{n}", f"({a}){e}-{n}", f"1-{a}-{e}-{n}", f"+1 ({a}) {e}-{n}",
        f"{a}-{e}-{n} ext. {g.rng.randint(2, 999)}", f"+1{a}{e}{n}",
        f"+44 7{g.digits(3)} {g.digits(6)}", f"+52 55 {g.digits(4)} {g.digits(4)}", f"+91 9{g.digits(4)} {g.digits(5)}",
        f"+234 80{g.rng.randint(2, 9)} {g.digits(3)} {g.digits(4)}", f"+63 917 {g.digits(3)} {g.digits(4)}",
    ]  # fmt: skip
    if g.chance(0.15):
        return g.faker("en_US").phone_number()
    return g.pick(formats)


def email(g: Gen) -> str:
    first, last = g.person()
    fake = g.faker("en_US")
    user = fake.user_name() if g.chance(0.3) else f"{ascii_fold(first)}.{ascii_fold(last)}{g.digits(2)}".lower()
    user = user.replace(" ", "").replace("'", "")
    domain = g.pick(("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.co.uk", "proton.me", "aol.com",
                     "comcast.net", fake.domain_name()))  # fmt: skip
    value = f"{user}@{domain}"
    if g.chance(0.1):
        value = value.upper()
    elif g.chance(0.1):
        value = f"{user}+clinic@{domain}"
    return value


def ascii_fold(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded if c.isalnum()) or "pat"


def ssn(g: Gen) -> str:
    area = g.rng.choice([n for n in range(1, 900) if n != 666])
    a, b, c = f"{area:03d}", f"{g.rng.randint(1, 99):02d}", f"{g.rng.randint(1, 9999):04d}"
    return g.pick((f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}"))


def mrn(g: Gen) -> str:
    return g.pick((
        g.digits(7), g.digits(8), f"{g.letters(1)}{g.digits(7)}", f"{g.digits(2)}-{g.digits(3)}-{g.digits(3)}",
        f"{g.letters(1)}-{g.digits(4)}-{g.digits(2)}", f"00{g.digits(6)}", f"{g.letters(2)}{g.digits(7)}",
    ))  # fmt: skip


def plan_id(g: Gen) -> str:
    mbi = f"{g.rng.randint(1, 9)}{g.letters(1, 'ACDEFGHJKMNPQRTUVWXY')}{g.pick(('A', '4', 'K'))}{g.digits(1)}-" + (
        f"{g.letters(1, 'ACDEFGHJKMNPQRTUVWXY')}{g.letters(1, 'ACDEFGHJKMNPQRTUVWXY')}{g.digits(1)}-"
        f"{g.letters(2, 'ACDEFGHJKMNPQRTUVWXY')}{g.digits(2)}"
    )
    return g.pick((
        f"{g.letters(3)}{g.digits(9)}", f"{g.digits(4)}-{g.digits(2)}-{g.digits(4)}", f"W{g.digits(9)}",
        f"{g.digits(8)}{g.letters(1)}", mbi, f"{g.letters(2)}{g.digits(6)}-{g.digits(2)}", f"00{g.digits(4)}",
    ))  # fmt: skip


def account(g: Gen) -> str:
    return g.pick((
        f"{g.digits(4)}-{g.digits(4)}-{g.digits(2)}", g.digits(9), f"{g.digits(4)} {g.digits(4)} {g.digits(4)}",
        f"{g.letters(2)}{g.digits(8)}", g.digits(11), f"{g.digits(3)}-{g.digits(6)}",
    ))  # fmt: skip


def dea(g: Gen) -> str:
    d = [g.rng.randrange(10) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return g.pick("ABFGMPR") + g.letters(1) + "".join(map(str, d)) + str(check)


def licence(g: Gen) -> tuple[str, str]:
    """(context, value)."""
    return g.pick((
        ("driver's license", f"{g.letters(1)}{g.digits(3)}-{g.digits(4)}-{g.digits(4)}"),
        ("DL#", f"{g.letters(1)}{g.digits(3)}-{g.digits(4)}-{g.digits(4)}-{g.digits(2)}"),
        ("driver license no.", g.digits(8)),
        ("DEA number", dea(g)),
        ("DEA #", dea(g)),
        ("nursing license", f"RN{g.digits(7)}"),
        ("medical license", f"MD-{g.digits(5)}"),
        ("CDL", f"{g.letters(1)}{g.digits(2)}-{g.digits(2)}-{g.digits(4)}"),
        ("certificate number", f"{g.digits(4)}-{g.letters(4)}-{g.digits(5)}"),
        ("licence no.", f"{g.letters(2)}{g.digits(6)}"),
    ))  # fmt: skip


VIN_VALUES = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True))}
VIN_VALUES.update(dict(zip("JKLMNPR", (1, 2, 3, 4, 5, 7, 9), strict=True)))
VIN_VALUES.update(dict(zip("STUVWXYZ", (2, 3, 4, 5, 6, 7, 8, 9), strict=True)))
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(g: Gen) -> str:
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    chars = [g.pick(alphabet) for _ in range(17)]
    chars[8] = "0"
    total = sum(VIN_VALUES[c] * w for c, w in zip(chars, VIN_WEIGHTS, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def plate(g: Gen) -> str:
    return g.pick((
        f"{g.digits(1)}{g.letters(3)}{g.digits(3)}", f"{g.letters(3)}-{g.digits(4)}", f"{g.letters(3)} {g.digits(4)}",
        f"{g.digits(3)} {g.letters(3)}", f"{g.letters(2)}{g.digits(2)} {g.letters(3)}", f"{g.letters(4)}{g.digits(3)}",
    ))  # fmt: skip


def luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return body + str((10 - total % 10) % 10)


def device(g: Gen) -> tuple[str, str]:
    imei = luhn_complete(g.digits(14, first_nonzero=True))
    return g.pick((
        ("pacemaker serial", f"{g.letters(3)}{g.digits(6)}{g.letters(1)}"),
        ("IMEI", imei),
        ("IMEI:", f"{imei[:2]}-{imei[2:8]}-{imei[8:14]}-{imei[14]}"),
        ("insulin pump serial number", f"{g.digits(2)}{g.letters(1)}{g.digits(1)}{g.letters(1)}{g.digits(4)}"),
        ("hearing aid S/N", f"{g.digits(4)}-{g.digits(4)}"),
        ("serial no.", f"SN{g.digits(8)}"),
        ("CGM transmitter ID", f"{g.digits(1)}{g.letters(5)}"),
        ("device ID", f"DX-{g.digits(4)}-{g.digits(4)}"),
        ("UDI", f"(01){g.digits(14)}(21){g.letters(2)}{g.digits(4)}"),
        ("defibrillator serial #", f"{g.letters(2)}{g.digits(7)}"),
    ))  # fmt: skip


def ip(g: Gen) -> str:
    if g.chance(0.2):
        return ":".join(f"{g.rng.randrange(0x10000):x}" for _ in range(8))
    first = g.pick((24, 45, 50, 66, 71, 73, 98, 104, 108, 142, 173, 184, 192, 203, 209))
    return f"{first}.{g.rng.randint(0, 255)}.{g.rng.randint(0, 255)}.{g.rng.randint(1, 254)}"


def profile_url(g: Gen) -> str:
    first, last = g.person()
    f, la = ascii_fold(first).lower(), ascii_fold(last).lower()
    site = g.pick(vocab.SOCIAL_SITES)
    if "gofundme" in site or "mealtrain" in site:
        slug = g.pick((f"help-{f}-{la}", f"{f}s-recovery-fund", f"support-the-{la}-family", f"{f}-{la}-medical-bills"))
    elif "caringbridge" in site:
        slug = f"{f}{la}"
    else:
        slug = g.pick((f"{f}.{la}", f"{f}_{la}{g.digits(2)}", f"{f}{la}", f"{la}.{f}.{g.digits(3)}"))
    return f"{site}{slug}"


def handle(g: Gen) -> str:
    first, last = g.person()
    f, la = ascii_fold(first).lower(), ascii_fold(last).lower()
    word = g.pick(("runs", "recovers", "strong", "warrior", "mama", "dad", "fit", "life", "journey", "heals"))
    return "@" + g.pick((f"{f}_{word}{g.digits(2)}", f"{f}{la}", f"{f}.{la}", f"{la}_{f}", f"{f}{word}"))


def street(g: Gen) -> str:
    if g.chance(0.5):
        return str(g.faker(g.pick(("en_US", "en_CA"))).street_address())
    name = g.faker("en_US").last_name()
    return f"{g.rng.randint(2, 9899)} {name} {g.pick(vocab.STREET_SUFFIXES)}"


def zipcode(g: Gen) -> str:
    return g.pick((g.digits(5, first_nonzero=True), f"{g.digits(5, first_nonzero=True)}-{g.digits(4)}"))


def person_date(g: Gen) -> str:
    fake = g.faker("en_US")
    d = fake.date_between(start_date="-95y", end_date="+30d")
    month = d.strftime("%B")
    return g.pick((
        d.strftime("%m/%d/%Y"), f"{d.month}/{d.day}/{d.strftime('%y')}", d.isoformat(), f"{month} {d.day}, {d.year}",
        f"{d.day} {month} {d.year}", f"{month[:3]}. {d.day}", f"{month} {ordinal(d.day)}", f"{d.month}/{d.day}",
        f"the {ordinal(d.day)} of {month}", f"{d.day}.{d.month}.{d.year}", f"{d.strftime('%a')}, {month[:3]} {d.day}",
    ))  # fmt: skip


def ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


SPELLED = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
           95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
           100: "one hundred", 101: "one hundred and one", 102: "one hundred two"}  # fmt: skip


def old_age(g: Gen) -> dict[str, tuple[str, str]]:
    """Every grammatical form of one age over 89; a template uses the one that fits its slot."""
    age = g.rng.randint(90, 108)
    spelled = SPELLED.get(age, "ninety")
    return {
        "VA": ("phi.age", g.pick((f"{age}-year-old", f"{age} year old", f"{spelled}-year-old", f"{age}-yr-old"))),
        "VP": ("phi.age", g.pick((f"aged {age}", f"{age} years old", f"{age} years young", f"age {age}", f"{age}yo"))),
        "VT": ("phi.age", g.pick((f"turned {age}", f"celebrated her {ordinal(age)} birthday", f"turns {age}"))),
        "VN": ("phi.age", str(age) if g.chance(0.8) else spelled),
    }


def room(g: Gen) -> dict[str, tuple[str, str]]:
    """A place in the hospital tied to a patient (VL) or a number on their paperwork (VI)."""
    place = g.pick((
        f"room {g.rng.randint(100, 999)}", f"room {g.rng.randint(1, 9)}{g.pick('ABCD')}",
        f"room {g.rng.randint(100, 899)}, bed {g.rng.randint(1, 4)}", f"bed {g.rng.randint(1, 40)}",
        f"bay {g.rng.randint(1, 24)}", f"Rm {g.rng.randint(100, 999)}B", f"ICU bed {g.rng.randint(1, 30)}",
    ))  # fmt: skip
    number = g.pick((
        f"wristband #{g.letters(1)}{g.digits(7)}", f"case number {g.digits(4)}-{g.digits(5)}",
        f"claim #CL-{g.digits(7)}", f"patient #{g.digits(5)}", f"visit ID V{g.digits(8)}",
        f"encounter {g.digits(9)}", f"case #{g.digits(2)}-{g.digits(6)}",
    ))  # fmt: skip
    return {"VL": ("phi.id", place), "VI": ("phi.id", number)}


Maker = Callable[[Gen], dict[str, tuple[str, str]]]

TEMPLATES: dict[str, tuple[str, ...]] = {
    "phi.name": (
        "Huge shoutout to {V} who rang the bell after her last round of chemo today {emoji}",
        "Get well soon, {V}! Everyone on 5 West is cheering you on.",
        "We were honored to care for {V} after the crash on Route 9.",
        "{V} spent 41 days in our NICU and finally went home this week {emoji}",
        "{V}, we're so sorry about your dad's stay. Please DM us so we can make it right.",
        "Thank you to {V} and family for the kind words about our ICU nurses!",
        "Congrats to our patient {V} on finishing cardiac rehab at {org}!",
        "Patient of the month: {V}, who walked out of rehab on her own two feet.",
        "In loving memory of {V}, who spent her final weeks with our hospice team.",
        "Our L&D team welcomed {V}'s twins at 3:12 this morning! {emoji}{emoji2}",
        "Visitors for {V}, please check in at the {town} front desk.",
        "Before the surgery, {V} couldn't climb stairs. Now she hikes every weekend.",
        "So proud of {V} - 100 days sober and counting!",
        "The Peds floor threw a superhero party for {V} today {emoji}",
        "Look who's back to visit! {V} was one of our smallest preemies in {year}.",
        "{staff} and the team want to wish {V} a happy 7th birthday!",
        "Sending love to {V}'s family tonight.\n\nWe miss him already.",
        '{V} says the nurses at {org} "treated me like family" during her stroke recovery.',
        "Please join us in congratulating {V}, our 10,000th knee replacement patient!",
        "A very special visitor today: {V}, who received a new heart here two years ago {emoji}",
        "thank u {V} for the cookies!! the night shift loved them {emoji}",
        "FROM THE WHOLE ONCOLOGY TEAM: WE LOVE YOU {V}!",
    ),
    "phi.date": (
        "Our patient was born {V} and just celebrated with the rehab team.",
        "She was admitted on {V} with sepsis and is now home.",
        "DOB: {V}. Please share if you know this patient's family.",
        "He was discharged {V} after six weeks in the burn unit {emoji}",
        "Her surgery on {V} went perfectly, says her proud husband.",
        "Our longtime patient passed away {V}. We will miss his jokes.",
        "Reminder for Mrs. K: your follow-up visit is on {V}.",
        "Date of birth {V}, admitted for a hip fracture.",
        "Little one arrived {V} at 2:04 am, 6 lbs 11 oz!",
        "Since his transplant on {V}, he has run three marathons.",
        "We first met this brave girl on {V}, the day of her diagnosis.",
        "Admission date: {V}. Discharge pending PT eval.",
    ),
    "phi.age": (
        "Our {VA} patient celebrated her birthday on the cardiac ward {emoji}",
        "Happy birthday to our patient who {VT} today!",
        "A patient, {VP}, completed cardiac rehab this week.",
        "At {VN}, Ruthie still beats our therapists at checkers.",
        "This {VA} WWII veteran got his flu shot with us today.",
        "Our oldest hip replacement patient ever: a {VA} great-grandmother!",
        "Our patient is {VP} and still walks two miles a day after bypass surgery.",
        "She {VT} in our rehab gym, surrounded by therapists and cake {emoji}",
    ),
    "phi.phone": (
        "Call me at {V} if you have any news about my mom.",
        "My cell is {V}, please have the billing office call back.",
        "Her daughter asked us to post this: reach the family at {V}.",
        "Text him at {V} to sign the card {emoji}",
        "📱 {V} (Sam's mom) if anyone found the stuffed bunny in the ER lobby.",
        "Patient's emergency contact: {V}",
        "He left his number, {V}, for the nurse who saved his life.",
        "Ph: {V} - call anytime about the fundraiser for my husband's surgery.",
        "You can reach me directly on {V}.",
        "Questions about Grandpa's discharge? My number is {V}.",
    ),
    "phi.fax": (
        "Please fax her records to {V} before the appointment.",
        "Fax: {V} (my dad's cardiologist)",
        "send my discharge summary by fax to {V} thanks",
        "His lawyer's fax number is {V}.",
        "F: {V} - fax the referral for my son here.",
    ),
    "phi.email": (
        "Email me at {V} with updates on my wife's surgery.",
        "You can send the photos to {V} {emoji}",
        "Her family set up {V} for cards and messages.",
        "Contact: {V}",
        "I'm the patient's son, write to me: {V}",
        "Send the billing questions to {V} and not to me lol",
        "my email is {V} if the nurse wants to say hi",
    ),
    "phi.ssn": (
        "SSN {V} - is this the right number on my mother's chart?",
        "Social Security number: {V}",
        "his social is {V}, please fix the insurance claim",
        "Patient SSN: {V}",
        "I gave the front desk my SSN ({V}) and still no refund.",
    ),
    "phi.mrn": (
        "MRN {V} needs a callback about her biopsy.",
        "Medical record number {V}, admitted via the ED.",
        "Chart #{V} - please update the allergy list.",
        "MR#: {V}",
        "Patient (MRN: {V}) is recovering well on 4 North.",
        "Med Rec No. {V} - Grandpa's records",
        "my son's medical record # is {V} can someone help",
    ),
    "phi.health_plan": (
        "Member ID: {V}, the claim was denied again.",
        "Her Medicaid ID is {V}.",
        "Medicare number {V} - why was my mom billed?",
        "Policy number {V} should cover the MRI.",
        "Insurance subscriber ID {V}, group 00412.",
        "health plan beneficiary number {V}",
        "BCBS member # {V}",
    ),
    "phi.account": (
        "Account #{V} was charged twice for my husband's ER visit.",
        "Billing account {V} - please call me.",
        "Patient account number: {V}",
        "acct no. {V}, paid in full on the portal",
        "My statement says account {V} is past due.",
    ),
    "phi.license": (
        "His {C} {V} was left at the front desk.",
        "Found in the parking garage: a wallet with {C} {V}.",
        "Patient ID'd by {C} {V}.",
        "{C}: {V}",
        "Please verify {C} {V} for the discharge paperwork.",
    ),
    "phi.vehicle": (
        "A patient's car (license plate {V}) was left in the ED bay overnight.",
        "Blue pickup, plate {V}, belongs to the family in the waiting room.",
        "VIN {V} - her husband's car was towed from our lot.",
        "The dad drives a white Camry, tag {V}.",
        "Lost: car keys for plate # {V} (patient in 3 East).",
        "vehicle identification number {V}",
    ),
    "phi.device": (
        "Her {C} {V} was recalled, per the family.",
        "{C}: {V} - patient's phone found in the MRI suite.",
        "The patient asked us to share his {C} {V} with the manufacturer.",
        "Lost and found: a {C} {V}.",
        "{C} {V} logged for the patient in bed 12.",
    ),
    "phi.url": (
        "Please support our patient's recovery: {V}",
        "Follow her journey at {V} {emoji}",
        "His mom posts updates on {V}",
        "Donate to the family here 👉 {V}",
        "Thank you {V} for the kind review!",
        "Congrats {V} on finishing radiation!",
        "{V} we're so glad you're feeling better!",
    ),
    "phi.ip": (
        "The patient portal login came from IP {V}.",
        "Someone at {V} keeps posting my son's photos.",
        "Her IP address is {V}.",
        "Blocked user {V} from the patient forum.",
        "Access log: {V} opened the chart at 2 am.",
    ),
    "phi.address": (
        "Our patient lives at {V} and needs a ride to dialysis.",
        "Please send get-well cards to {V}.",
        "The family's home address is {V}.",
        "She moved to {V} after her stroke.",
        "Deliver the walker to {V}, apt 2.",
    ),
    "phi.id": (
        "Our patient in {VL} asked for extra pudding {emoji}",
        "Please bring the balloons to the little girl in {VL}.",
        "The gentleman in {VL} wants to thank the night nurses.",
        "The patient in {VL} is ready for discharge.",
        "Mom in {VL} just delivered triplets!",
        "Please update {VI} - the family called twice.",
        "Re: {VI}, the patient's daughter will pick up the forms.",
        "The patient with {VI} asked us to thank the night nurses.",
    ),
}


def makers() -> dict[str, Maker]:
    def one(rule: str, make: Callable[[Gen], str]) -> Maker:
        return lambda g: {"V": (rule, make(g))}

    def with_context(rule: str, make: Callable[[Gen], tuple[str, str]]) -> Maker:
        def build(g: Gen) -> dict[str, tuple[str, str]]:
            context, value = make(g)
            return {"V": (rule, value), "C": ("", context)}

        return build

    def url_or_handle(g: Gen) -> str:
        return profile_url(g) if g.chance(0.6) else handle(g)

    def address(g: Gen) -> str:
        fake = g.faker("en_US")
        return g.pick((
            street(g), f"{street(g)}, {fake.city()}, {fake.state_abbr()} {zipcode(g)}",
            f"{street(g)}, {fake.city()}", f"{g.rng.randint(10, 9999)} {fake.street_name()}",
        ))  # fmt: skip

    return {
        "phi.name": one("phi.name", lambda g: g.name_form()),
        "phi.date": one("phi.date", person_date),
        "phi.age": old_age,
        "phi.phone": one("phi.phone", phone),
        "phi.fax": one("phi.fax", phone),
        "phi.email": one("phi.email", email),
        "phi.ssn": one("phi.ssn", ssn),
        "phi.mrn": one("phi.mrn", mrn),
        "phi.health_plan": one("phi.health_plan", plan_id),
        "phi.account": one("phi.account", account),
        "phi.license": with_context("phi.license", licence),
        "phi.vehicle": one("phi.vehicle", lambda g: vin(g) if g.chance(0.35) else plate(g)),
        "phi.device": with_context("phi.device", device),
        "phi.url": one("phi.url", url_or_handle),
        "phi.ip": one("phi.ip", ip),
        "phi.address": one("phi.address", address),
        "phi.id": room,
    }


# Towns and streets tied to a patient without a number: "lives on Elm Ave", "from Brookfield, 60513".
LOCATION_TEMPLATES = (
    "Our patient {N} lives on {S} and walks to every appointment.",
    "Thank you to the family from {T}, {Z} for the donated quilts.",
    "{N} from {T} is our first patient to try the new knee implant.",
    "The boy hit by a car on {S} is out of surgery.",
    "Prayers for the little girl from {T} who was airlifted to us yesterday.",
)

PHOTO_TEMPLATES = (
    "See the attached photo of our patient's incision healing {emoji}",
    "Before/after photos of her rhinoplasty are below 👇",
    "📸 Video of him taking his first steps after the amputation is attached!",
    "Swipe to see the pics of the wound from week 1 to week 6.",
    "Here's a picture of our little patient in the NICU incubator {emoji}",
    "Attached: X-ray and photo of the patient's hand after the fireworks accident.",
    "Check out this before-and-after of our patient's skin graft!",
    "We're sharing a photo of the patient in bed with her new baby (with her permission!)",
    "Selfie with our favorite patient on discharge day {emoji} (pic attached)",
    "Video attached: our patient ringing the bell after her final chemo session.",
)


def phi_positives(g: Gen, per_rule: int, evasion_share: float) -> tuple[list[EvalItem], list[EvalItem]]:
    """(plain items, evaded items) for every PHI rule."""
    plain: list[EvalItem] = []
    evaded: list[EvalItem] = []
    build = makers()
    for rule, templates in TEMPLATES.items():
        for _ in range(per_rule):
            org = g.org()
            planted = build[rule](g)
            context = planted.pop("C", None)
            fills = {"C": context[1]} if context else {}
            template = g.pick(templates)
            if g.chance(evasion_share):
                name, ev = g.evasion()
                evaded.append(
                    g.item(rule, template, org=org, planted=planted, fills=fills, expect=[rule], evasion=ev,
                           evasion_name=name)
                )  # fmt: skip
            else:
                plain.append(g.item(rule, template, org=org, planted=planted, fills=fills, expect=[rule]))
    for _ in range(per_rule // 2):
        org = g.org()
        first, last = g.person()
        fake = g.faker("en_US")
        planted = {
            "S": ("phi.address", f"{fake.last_name()} {g.pick(vocab.STREET_SUFFIXES)}" if g.chance(0.6) else street(g)),
            "T": ("phi.address", fake.city()),
            "Z": ("phi.address", zipcode(g)),
        }
        template = g.pick(LOCATION_TEMPLATES)
        used = {k: v for k, v in planted.items() if "{" + k + "}" in template}
        expect = ["phi.address"] + (["phi.name"] if "{N}" in template else [])
        if "{N}" in template:
            used["N"] = ("phi.name", f"{first} {last}")
        plain.append(g.item("phi.address", template, org=org, planted=used, expect=expect))
    for _ in range(per_rule):
        org = g.org()
        plain.append(g.item("phi.photo", g.pick(PHOTO_TEMPLATES), org=org, expect=["phi.photo"], pin=False))
    return plain, evaded


MULTI_TEMPLATES = (
    "Please keep {N} in your prayers. Born {D}, she's in {R} tonight. Her son can be reached at {P}.",
    "Update from the family of {N}: surgery on {D} went well! Cards to {A}.",
    "{N} (MRN {M}) was discharged {D}. Questions: {E}",
    "Fundraiser for {N}'s medical bills: {U} - or call {P} to help.",
    "Patient: {N}\nDOB: {D}\nPhone: {P}\nEmail: {E}",
    "Our {AGE} patient {N} says thanks to the nurses in {R}!",
    "Found in the lobby: a wallet belonging to {N}, {A}. Call {P} to claim.",
)

FILLER_SENTENCES = (
    "Our teams have been working hard all week.",
    "The new wing is almost finished, and the garden outside is in bloom.",
    "We are grateful to every volunteer who gave their time this season.",
    "Thank you to the night shift for keeping us running around the clock.",
    "Parking is free for visitors on weekends in Lot A.",
    "The cafeteria is serving soup and sandwiches until 8 pm.",
    "We're proud to serve {town} and the communities around it.",
    "More news about our summer programs is coming soon.",
    "Our chaplains are available any time, day or night.",
    "Many thanks to the local businesses who donated toys this year.",
)


def compound(g: Gen, count: int) -> list[EvalItem]:
    """Several identifiers in one post, and one identifier buried in a long post of ordinary sentences."""
    items: list[EvalItem] = []
    build = makers()
    keys = {"N": "phi.name", "D": "phi.date", "R": "phi.id", "P": "phi.phone", "A": "phi.address", "M": "phi.mrn",
            "E": "phi.email", "U": "phi.url", "AGE": "phi.age"}  # fmt: skip
    for _ in range(count):
        template = g.pick(MULTI_TEMPLATES)
        planted: dict[str, tuple[str, str]] = {}
        for key, rule in keys.items():
            if "{" + key + "}" not in template:
                continue
            made = build[rule](g)
            slot = {"phi.id": "VL", "phi.age": "VA"}.get(rule, "V")
            planted[key] = made[slot]
        expect = [rule for _, (rule, _v) in planted.items()]
        items.append(g.item("phi.multi", template, org=g.org(), planted=planted, expect=expect))
    for _ in range(count):
        rule = g.pick([r for r in TEMPLATES if r != "phi.age"])
        made = build[rule](g)
        context = made.pop("C", None)
        slot = next(iter(made))
        planted_sentence = g.pick(TEMPLATES[rule])
        sentences = [g.pick(FILLER_SENTENCES) for _ in range(g.rng.randint(4, 12))]
        sentences.insert(g.rng.randint(0, len(sentences)), planted_sentence)
        template = g.pick((" ", "\n\n", "\n")).join(sentences)
        fills = {"C": context[1]} if context else {}
        items.append(g.item(f"{rule}.longform", template, org=g.org(), planted=made, fills=fills, expect=[rule]))
    return items
