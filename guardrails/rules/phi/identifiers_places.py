"""phi.id: where a patient is or what they carry, tied to that person (the general test behind IdRule).

A locator noun with a code ("room 5120", "chair 7", "locker 36", "ticket number A117") is an identifier when
the text ties it to one person: a person word in its sentence, a person sitting in it ("the man in Isolation 3",
"Leilani in room 5120"), the locator standing for its occupant ("Bed 22 just gave birth", "Chair 14's color was
off"), or the next sentence carrying on about that person ("...to chair 7 in infusion. She told me..."). It is
not one when the sentence is about an event, a class, a meeting or parking ("CPR class in Room 3B"). Facility
words ("floor", "suite", "waiting area") clear a locator only when no person is placed in it: "the gentleman in
Hospice Suite 4" is still a patient's room.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from guardrails.rules.base import Document
from guardrails.rules.phi.people_lexicon import name_lists
from guardrails.rules.phi.support import sentence_around

CODE = r"(?:[0-9]{1,2}[A-Za-z]-[0-9]{1,3}|[0-9]{1,4}[A-Za-z]?|[A-Za-z]-?[0-9]{1,4}|[0-9]{1,2}-?[A-Za-z])(?![A-Za-z0-9])"
# Id-shaped values of a carried thing: "BB-5532", "CH-0923-7715", "A117".
CARRIED = r"(?=[A-Za-z0-9-]*\d)[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){2,20}(?![A-Za-z0-9])"
# Locators the room pattern does not know: a patient's locker, an isolation or trauma room, a queue ticket, a
# belongings bag, a wristband whose number comes a few words later ("the wristband # ... It's CH-0923-7715").
EXTRA_LOCATORS = re.compile(
    rf"(?P<value>(?i:(?<![A-Za-z0-9])(?:locker|isolation|trauma|resus)(?:\s+(?:number|no\.?|num)(?![A-Za-z]))?"
    rf"(?:\s+is)?)\s*#?\s*{CODE})"
    rf"|(?P<carried>(?i:(?<![A-Za-z0-9])(?:(?:belongings?|property|valuables)\s+bag|ticket)"
    rf"(?:\s*(?:\#|no\.?|number|num)\b\.?)?\s*\#?\s*){CARRIED})"
)
WRISTBAND_LATER = re.compile(
    r"(?i:(?<![A-Za-z0-9])(?:wrist\s*band|id\s+band|hospital\s+band)\b[^\n]{0,40}?(?:\bit's|\bit\s+is|\breads|\breading|:))\s*"
    r"(?P<value>(?=(?:[A-Z-]*\d){4})[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){5,20})(?![A-Za-z0-9])"
)
EXTRA_WORDS = frozenset({"locker", "isolation", "trauma", "resus", "bag", "ticket", "wristband", "wrist", "band"})

# A word owned by one person ("his session") is that person's, not the organization's.
NOT_OWN = r"(?<!his\s)(?<!her\s)(?<!their\s)(?<!my\s)(?<!your\s)"
# An event, a class, a meeting or parking: the locator is a venue, whoever is named.
VENUE_WORDS = re.compile(
    # a family meeting is one patient's care, but its room is a venue
    r"(?<![a-z])(?:conference|(?<!family\s)meeting|family\s+meeting\s+rooms?|seminar|class|classes|classroom"
    r"|workshop|lecture|training|orientation"
    # one patient's own session is a treatment, not a venue's: "left his glasses in bay 6 after his session"
    rf"|{NOT_OWN}session"
    r"|sessions|rsvp|register|registration|auditorium|boardroom|board|community|join|hosted|hosting|host|webinar"
    r"|lunch|breakfast|fair|open\s+house|ceremony|event|events|talk|screening|drive|support\s+group|parking|garage"
    r"|raffle|gala)(?![a-z])"
)
# A facility: the locator is a place of the building unless a person is placed in it.
FACILITY_WORDS = re.compile(
    r"(?<![a-z])(?:clinic|waiting(?=\s+(?:room|area|lounge|rooms|areas))|break|lactation|quiet|prayer|chapel|gift|shop|cafeteria|suites?|wing|tower|floor"
    r"|beds|lounge|kitchen|pantry|storage|renovated|renovation)(?![a-z])"
)
PERSON_NOUN = (
    r"patient|pt|man|woman|gentleman|lady|guy|boy|girl|baby|kid|kiddo|child|toddler|teen|mom|dad|mother|father|son"
    r"|daughter|wife|husband|grandma|grandpa|friend|resident|veteran|twins?|fighter|warrior|champ|hero"
    # a man or a woman in British and Irish wards' words: "the gent on trolley 9"
    r"|gent|chap|bloke|fella|lad|lass"
    r"|\d{1,3}-year-old"
    # the posts' other languages: "notre patiente de la chambre 308", "el paciente en la habitación 5"
    r"|patiente|paciente|pasyente"
)
# A pronoun placed in it ("sang to her in room 3N-14") counts where no event is near ("meet her in Room 140").
PLACED_PRONOUN = r"her|him"
# One person's age or initials stand for a person: "the 101 y/o in bay 6", "j.m. in rm 214", "m.g. in chair 4".
PERSON_SHAPE = r"\d{1,3}\s?(?:y/?o|yr?s?\s+old)|(?<![A-Za-z.])[A-Za-z]\.\s?[A-Za-z]\."
# How the posts' languages place someone in a room: in, from, en, de la, dans la, sa (Tagalog), nan (Creole).
PLACING = r"(?:in|from|en|de\s+la|del|dans\s+la|sa|nan)"
# What a person placed in a room may be doing before "in": "mom doing great in Birth Suite 6".
# and an adverb: "Hannah up in room 412", "a patient now in 218"
PLACED_STATE = r"is|was|stays|staying|resting|recovering|doing\s+(?:great|well|good|fine|better)|now|still|up|back"
# "the man in Isolation 3", "Leilani Kahananui in room 5120", "our friend in 4-West bed 12", "Marcus from room 5N",
# "Jaylen (bed 14)": a person placed in it.
PLACED_IN = re.compile(
    rf"(?:(?<![A-Za-z])(?i:{PERSON_NOUN}|{PLACED_PRONOUN})|{PERSON_SHAPE}|\b(?P<cap>[A-Z][a-z'-]+))(?:\s+(?:{PLACED_STATE}))?"
    # the unit may come first with a comma: "Our patient in Wing C, room 9"
    rf"(?:\s+{PLACING}\s+(?:the\s+)?(?:[A-Za-z0-9&-]+,?\s+){{0,3}}|\s*\(\s*)$"
)
# The same with a person noun, an age or initials only (no capitalised word or pronoun, which may be a class's
# teacher): one
# person placed in a locator ties it even where an event word is near ("the mom in room 418 ... parking lot").
# A person noun may also lie on the locator: "the gent on trolley 9", "the lady on bed 4".
NOUN_PLACED_IN = re.compile(
    rf"(?:(?<![A-Za-z])(?i:{PERSON_NOUN})|{PERSON_SHAPE})(?:\s+(?:{PLACED_STATE}))?"
    rf"\s+(?:{PLACING}|on)\s+(?:the\s+)?(?:[A-Za-z0-9&-]+,?\s+){{0,2}}$"
)
# A lower-case first name placed in it: "mary from room 5N-12" (the name read from the word before in/from).
LOWER_PLACED = re.compile(r"(?<![A-Za-z'])(?P<who>[a-z][a-z'-]+)\s+(?:in|from)\s+(?:the\s+)?$")
# "Marcus in 214", "Mr. Abernathy in 412", "the lady in 1204": a person in a bare room number (3 or 4 digits, not
# a year), read from the word before "in"; a count or a measure after the number is no room ("in 300 days").
PERSON_IN_NUMBER = re.compile(
    r"(?<![A-Za-z'])(?P<who>[A-Za-z][a-z'-]+)\.?\s+(?:(?:is|was|still|now|back|over|down|up|resting|recovering|staying)\s+)?"
    r"in\s+(?P<value>\d{3,4}[A-Za-z]?)(?![\w%$/:-]|[.,]\d)"
)
NOT_ROOM_AFTER = re.compile(
    r"\s*(?:days?|hours?|minutes?|mins?|weeks?|months?|years?|yrs?|patients?|people|babies|families|miles?|steps"
    r"|ways?|times|visits|calls|lbs?|pounds?|kg|grams?|g|mg|ml|dollars?|bucks|k|cases|votes|pieces|points?|sq|ft|feet"
    r"|percent|ppl|of|out of|words|languages?|countries|cities|towns|counties|states|hospitals|beds)\b"
)
TITLE_BEFORE = re.compile(r"\b(?:mr|mrs|ms|miss|mx)\.?\s+$")
# The locator stands for its occupant: "Bed 22 on L&D just gave birth", "Chair 14's color", "Pod 7, chair 2 is
# officially done with chemo".
OCCUPANT_AFTER = re.compile(
    r"(?:'s|\u2019s)(?![a-z])"
    r"|(?:,\s*(?:bed|bay|chair|pod)\s*\#?\s*[0-9A-Za-z]{1,3})?(?:\s+(?:in|on)\s+(?:the\s+)?[a-z&]{2,10})?\s+"
    # "Labor Suite 3 welcomed a 10 lb 2 oz boy": a birth in the room
    r"(?:just\s+|finally\s+)?(?:gave\s+birth|delivered|welcomed\s+(?:a|an|baby|twins|triplets)|is\s+(?:officially\s+)?done"
    r"|rang\s+the\s+bell|finished"
    r"|woke\s+up|is\s+awake|coded|passed)\b"
)
# The next sentence carries on about one person ("She told me...", "made her a crown") or names an owner.
NEXT_PERSON = re.compile(r"(?<![a-z])(?:she|he|her|him|his)(?![a-z])|\bbelongs?\s+to\s+(?:the|a|our)\s+patient\b")
OWNER = re.compile(r"\bbelongs?\s+to\s+(?:the|a|our)\s+patient\b")
NEXT_REACH = 120


# A code standing as the subject of what only a person does in a study or a stay: "CRI-22-1193-014 withdrew
# consent", "PANC2-060 was randomized". A code with three digits at least (not "COVID-19").
CODED_SUBJECT = re.compile(
    r"(?<![\w-])(?P<value>(?=(?:[A-Z-]*\d){3})[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,8}){1,4})(?![\w-])\s+"
    r"(?:has\s+|had\s+|was\s+)?(?:withdrew|withdrawn|enrolled|randomi[sz]ed|consented|screened|died|passed\s+away"
    r"|dropped\s+out|admitted|discharged)\b"
)
SUBJECT_VERBS = frozenset({"withdrew", "withdrawn", "enrolled", "randomized", "randomised", "consented", "screened"})
SUBJECT_VERBS |= {"died", "passed", "dropped", "admitted", "discharged"}


def coded_subjects(doc: Document) -> list[tuple[int, int]]:
    """The codes that stand for a person (see CODED_SUBJECT): a study subject's or a patient's id."""
    if doc.words.isdisjoint(SUBJECT_VERBS):
        return []
    return [found.span("value") for found in CODED_SUBJECT.finditer(doc.text)]


# A code shaped as an identifier: capitals, digits and dashes, three digits at least ("CRO-24-0391", "ABT-004127",
# "HCH-SW-2026-0413"). A drug class, a disease or a training year ("GLP-1", "COVID-19", "PGY-2") has fewer digits.
PERSONAL_CODE = re.compile(
    r"(?<![\w-])(?P<value>(?=(?:[A-Z-]*\d){3})[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,8}){1,4})(?![\w-])"
)
# The codes of things, whoever the post names: "HRSA grant GA1RH26-04417", "protocol ABC-301-02", "form W-1099".
THING_BEFORE = re.compile(
    r"(?i:(?<![a-z])(?:grant|award|contract|form|model|part|lot|version|flight|route|highway|hwy|interstate|order"
    r"|item|sku|product|protocol|catalog|catalogue)\s*(?:number|no\.?|\#|code)?\s*[:#]?\s*)$"
)
THING_REACH = 30


def patient_codes(doc: Document, named: Callable[[], bool]) -> list[tuple[int, int]]:
    """Identifier-shaped codes (PERSONAL_CODE) in a post that names a patient or a relative (`named`: phi.name's
    reading of the whole post, see patient_post). Whatever word leads it ("study ID CRO-24-0391", "tribal
    enrollment number (ABT-004127)", "case HCH-SW-2026-0413 (Mr. Alcindor)"), a code in a post that tells one
    person's story is that person's: the keyword lists each caught one lead word, and unseen posts bring new ones.
    A code of a thing ("grant GA1RH26-04417") is none; a post that names no patient (a trial's news, a grant's
    thanks) is left to the keyword rules."""
    if not doc.has_digits:
        return []
    text = doc.text
    found = [
        hit.span("value")
        for hit in PERSONAL_CODE.finditer(text)
        if THING_BEFORE.search(text, max(0, hit.start() - THING_REACH), hit.start()) is None
    ]
    if not found or not named():
        return []
    return found


def extra_locators(doc: Document) -> list[tuple[int, int]]:
    """The spans of locators the room pattern does not know, as reported (locator word and code)."""
    if doc.words.isdisjoint(EXTRA_WORDS):
        return []
    return sorted(found.span() for found in EXTRA_LOCATORS.finditer(doc.text))


def wristband_numbers(doc: Document) -> list[tuple[int, int]]:
    """A hospital wristband's number a few words after it: the band is one patient's, it needs no other tie."""
    if doc.words.isdisjoint(EXTRA_WORDS):
        return []
    return [found.span("value") for found in WRISTBAND_LATER.finditer(doc.text)]


def placed_person(doc: Document, start: int, end: int) -> bool:
    """Is a person placed in the locator, or does the locator stand for one? Then facility words do not clear it."""
    placed = PLACED_IN.search(doc.text, max(0, start - 60), start)
    if placed is not None and (placed.group("cap") or "").lower() not in OFFICE_WORDS:
        return True
    if lower_name_placed(doc, start):
        return True
    return OCCUPANT_AFTER.match(doc.lower, end) is not None


# A department or an office is placed in a room as a person is ("HR Benefits is in Room 140"), but is none.
OFFICE_WORDS = frozenset(
    {"benefits", "pharmacy", "registration", "admissions", "security", "billing", "radiology", "lab", "laboratory"}
    | {"cafeteria", "chapel", "library", "office", "services", "payroll", "scheduling", "records", "volunteers"}
)


def noun_placed(doc: Document, start: int) -> bool:
    """A person noun, an age or initials placed in the locator ("the mom in room 418", "the 101 y/o in bay 6")."""
    return NOUN_PLACED_IN.search(doc.text, max(0, start - 60), start) is not None


def lower_name_placed(doc: Document, start: int) -> bool:
    """ "mary from room 5N-12": a lower-case first name right before "in"/"from" the locator."""
    found = LOWER_PLACED.search(doc.text, max(0, start - 30), start)
    return found is not None and _first_name(found.group("who"))


def people_in_numbers(doc: Document) -> list[tuple[int, int]]:
    """The room numbers of "Marcus in 214", "Mr. Abernathy in 412", "the lady in 1204" (see PERSON_IN_NUMBER)."""
    if " in " not in doc.lower:
        return []
    spans: list[tuple[int, int]] = []
    for found in PERSON_IN_NUMBER.finditer(doc.text):
        start, end = found.span("value")
        value = found.group("value")
        if len(value) == 4 and value.isdigit() and value[:2] in ("19", "20"):
            continue  # "Marcus in 2019": a year
        if NOT_ROOM_AFTER.match(doc.lower, end) is not None:
            continue
        if _a_person(doc, found.group("who"), found.start("who")):
            spans.append((start, end))
    return spans


PERSON_NOUNS = frozenset(PERSON_NOUN.split("|"))


def _a_person(doc: Document, who: str, at: int) -> bool:
    """A person noun, a first name (not an everyday word), or a surname after a title ("Mr. Abernathy")."""
    lower = who.lower()
    if lower in PERSON_NOUNS or TITLE_BEFORE.search(doc.lower, max(0, at - 6), at) is not None:
        return True
    return _first_name(lower) and lower not in NOT_NAMES


def _first_name(word: str) -> bool:
    """A first name that is no everyday word ("mary", "marcus"; not "will", "hope")."""
    lists = name_lists()
    return word in lists.forenames or (word in lists.first and word not in lists.words)


# Capitalised words before "in" that are first names in some list but open a sentence: "Finished in 214".
NOT_NAMES = frozenset({"room", "bed", "suite", "unit", "floor", "born", "ranked", "finished", "built", "opened"})


# A chart's or a board's roster entry: a surname, a comma and an initial ("Rm 5N-22: Pruitt, E. K 6.1 this AM"), or a
# surname and a given name in capitals ("HOLLOWAY, CURTIS J | MRN ...") on a line that is not all capitals (a shouted
# address's "SMITHMOUTH, CT" is no roster).
ROSTER_INITIAL = re.compile(r"(?<![\w'])[A-Z][a-z'-]+,\s[A-Z]\.(?![\w'])")
ROSTER_CAPS = re.compile(r"(?<![\w'])[A-Z][A-Z'-]+,\s[A-Z][A-Z'-]+(?![\w'])")
ROSTER_REACH = 40


def roster_person(doc: Document, start: int, end: int) -> bool:
    """Is a roster entry right before or after the locator, on its line? Then the locator is that patient's."""
    text = doc.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    low, high = max(line_start, start - ROSTER_REACH), min(line_end, end + ROSTER_REACH)
    if ROSTER_INITIAL.search(text, low, high) is not None:
        return True
    line = text[line_start:line_end]
    return line != line.upper() and ROSTER_CAPS.search(text, low, high) is not None


def previous_sentence_person(doc: Document, start: int) -> bool:
    """Does the sentence before the locator's end on one person ("...wore party hats for her. Chair 14 has never
    looked so festive")? The locator's sentence carries on about that person."""
    lower = doc.lower
    stops = [lower.rfind(mark, max(0, start - NEXT_REACH), start) for mark in (". ", "! ", "? ", "!!", "\n")]
    stop = max(stops)
    if stop < 0:
        return False
    if lower[stop + 1 : start].strip(" \n"):
        return False  # the locator does not open its sentence: its own sentence is read as usual
    before = lower[max(0, stop - PREVIOUS_TAIL) : stop]
    return PREVIOUS_PERSON.search(before) is not None


# The end of the sentence before: a singular pronoun in its last words.
PREVIOUS_PERSON = re.compile(r"(?<![a-z])(?:she|he|her|him|his)(?![a-z])[^.!?\n]{0,20}$")
PREVIOUS_TAIL = 40


def next_sentence_person(doc: Document, end: int) -> bool:
    """Does the sentence after the locator's go on about one person (a singular pronoun, an owner)?"""
    lower = doc.lower
    stops = [i for i in (lower.find(mark, end, end + NEXT_REACH) for mark in (". ", "! ", "? ", "!!", "\n")) if i >= 0]
    if not stops:
        return False
    after = min(stops) + 1
    following = sentence_around(doc, after + 1, after + 1, NEXT_REACH)
    return NEXT_PERSON.search(following) is not None


def venue(doc: Document, start: int, end: int, reach: int) -> bool:
    return VENUE_WORDS.search(sentence_around(doc, start, end, reach)) is not None


def facility(doc: Document, start: int, end: int, reach: int) -> bool:
    return FACILITY_WORDS.search(sentence_around(doc, start, end, reach)) is not None


def owner_named(doc: Document, end: int) -> bool:
    """ "...in locker 36 of the waiting area. They belong to the patient": the next sentence names the owner."""
    return OWNER.search(doc.lower, end, end + NEXT_REACH + 60) is not None
