"""phi.address's general test: a place-like name in a relation to one person, whatever the lead word.

The lead-word patterns of locations.py ("lives in", "works at", "a teacher at") each caught one phrasing; a new
post says "drove in from", "coworkers at", "the family of", "starting 1st grade at", "en la Colonia". What they
share is a place-like name, told apart from other capitalised words by its shape:
- a name that ends in a word for a school, a workplace or a neighbourhood ("Juniper Ridge Elementary", "Blue
  Heron Grill", "Dusty Road Records Co.", "the Willow Creek Estates"), or starts with one ("Barrio San Miguel",
  "Calle Ocho");
- a street written in lower case without a number after "from" ("the man from maple court"; "on the
  pickleball court" is not one), a numbered route ("hit by a truck on Route 30");
and a person in the same sentence (a patient, a pronoun, a relative, a first name). What clears it: the
organization's own name, aliases, towns and streets, a staff member's biography, an event held there, and a
partner or donor with no one person in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from guardrails.rules.base import Document
from guardrails.rules.phi.people_lexicon import name_lists
from guardrails.rules.phi.support import sentence_around

_CAP = r"(?:[A-Z][a-z]?\.|[A-Z][\w'&-]*)"
_LINK = r"(?:of|de|la|las|los|del|the|and|&)"
# Words a school, a workplace or a neighbourhood name ends with.
PLACE_HEADS = (
    "Elementary|Middle|High|School|Academy|College|University|Hardware|Diner|Bakery|Cafe|Restaurant|Grill|Pizzeria"
    "|Co\\.|Company|Corp\\.?|Inc\\.?|LLC|Logistics|Market|Mart|Store|Plant|Mill|Farm|Farms|Factory|Depot|Garage"
    "|Motors|Salon|Shop|Church|Parish|Mosque|Temple|Synagogue|Flats|Heights|Estates|Terrace|Hollow|Landing"
    "|Village|Acres|Manor|Gardens|Commons|Crossing|Springs|Meadows|Trailer Park|Mobile Home Park|Apartments"
    # a named farm, a housing complex, a small business (issue #10 round 4)
    "|Ranch|Dairy|Orchards?|Vineyards?|Homestead|Villas|Townhomes|Condos|Lofts|Supply|Auto|Tire|Lumber|Warehouse"
    "|Motel|Inn|Tavern|Brewery|Feed & Seed|Feed and Seed|Baptist|Methodist|Presbyterian|Lutheran|Pentecostal"
    "|Episcopal|Tabernacle|Ministries"
    # the generic last word of many small towns' names
    "|Falls|Creek|Ridge|Valley|Grove|Glen|Mills|Corners|Bluffs?|Junction|Harbor|Harbour|Bend|Ferry|Forks|Hills"
    # an employer's last word, and a British school's (issue #10 round 7): "driving for Cimarron Freight", "Gateway
    # Tire & Lube", "Osage Valley Credit Union", "Year 6 at St Cuthbert's Primary"
    "|Freight|Trucking|Transport|Electric|Co-op|Cooperative|Credit Union|Bank|Lube|Industries|Manufacturing|Foods"
    "|Construction|Tool & Die|Tool and Die|Primary"
)
# Words a neighbourhood or a street starts with in Spanish, Tagalog, French, Italian or Portuguese.
PLACE_LEADS = "Colonia|Barrio|Barangay|Calle|Avenida|Camino|Paseo|Rue|Via|Rua|Sitio|Purok|Poblacion"
# The words PLACE needs one of (as doc.words holds them): the gate in front of it.
HEAD_WORDS = frozenset(re.findall(r"[a-z]+", f"{PLACE_HEADS}|{PLACE_LEADS}".lower()))
PLACE = re.compile(
    rf"(?P<value>(?:{_CAP}(?:\s+{_LINK})*\s+){{1,4}}(?:{PLACE_HEADS})(?![\w-])(?!\s+[A-Z])"
    rf"|(?:{PLACE_LEADS})(?:\s+(?:{_LINK}\s+)*{_CAP}){{1,3}})"
)


def literal_starts(alternation: str) -> tuple[str, ...]:
    """The text every alternative of a plain alternation ("Co\\.|Corp\\.?|Orchards?|Trailer Park") starts with, up
    to its first optional or grouped part: one of them is in any text the alternation matches in, so a search for
    them is a sound gate in front of a pattern that needs one, written as it is (case and all)."""
    starts: list[str] = []
    for alternative in alternation.split("|"):
        literal: list[str] = []
        index = 0
        while index < len(alternative):
            char = alternative[index]
            if char == "\\" and index + 1 < len(alternative):
                literal.append(alternative[index + 1])
                index += 2
                continue
            if char in "?*":
                literal.pop()  # the part before it may be absent
                break
            if char in "+([{":
                break
            literal.append(char)
            index += 1
        starts.append("".join(literal))
    return tuple(sorted(set(starts)))


# PLACE and STREET_IN_TOWN hold a head, a lead or a street word as written (capitalised): the gates in front of them,
# one search of the literals (a fifth of the cost of a `str.find` for each of a hundred words).
PLACE_STARTS = literal_starts(f"{PLACE_HEADS}|{PLACE_LEADS}")
PLACE_GATE = re.compile("|".join(map(re.escape, PLACE_STARTS)))
# What stands before a place tied to a person: where one lives, works, studies, or comes from.
RELATION_BEFORE = re.compile(
    # "a veteran's employer, Gateway Tire & Lube"
    r"(?:\bemployer,?\s+|\b(?:from(?:\s+(?:up|down|out|over))?|of|at|in|en|on|near|outside|past|behind|by|to|for|with|runs|owns"
    r"|manages|attends|attended|coaches|coached)\s+(?:the\s+|la\s+|el\s+|a\s+)?)$"
)
# "the man from maple court", "hit on Route 30": a street with no number, and a numbered road.
LOWER_STREETS = "court|lane|drive|avenue|street|road|boulevard|circle|terrace"
STREET_NO_NUMBER = re.compile(
    rf"\bfrom\s+(?P<value>[a-z]+\s+(?:{LOWER_STREETS}))\b"
    r"|(?i:\b(?:from|on|off|near|along)\s+(?:the\s+)?(?P<route>(?:route|rte|highway|hwy|interstate|i-"
    r"|county\s+(?:road|rd)\.?|co\.?\s+rd\.?|cr|fm|farm\s+to\s+market(?:\s+road)?|state\s+(?:road|route|highway)|sr)"
    r"\s?-?\s?\d{1,4})\b)"
)
PERSON = re.compile(
    r"(?<![a-z])(?:patient|patient's|she|he|her|his|him|mom|mother|dad|father|son|daughter|baby|wife|husband"
    r"|grand(?:ma|mother|pa|father|son|daughter)|veteran|toddler|teen|boy|girl|man|woman|lady|guy|mr|mrs|ms"
    r"|survivor|little|neighbou?r|lola|lolo|tito|tita|senora|senor|abuel[ao]|stranger|captain|teacher|student"
    r"|worker|cook|cashier|goalie|coworkers|miss|lives|live|living|buddy|friend"
    # a congregation's title for one member: "Brother Delmer Sizemore of Hurricane Gap Freewill Baptist"
    r"|brother|sister)(?![a-z])"
)
EVENT = re.compile(
    r"(?<![a-z])(?:join us|event|fair|market day|festival|5k|walk|registration|rsvp|open house|tickets|held"
    r"|memorial\s+service|all\s+(?:staff\s+)?(?:are\s+)?welcome"
    # "free" is an event's, but "Free Will Baptist" is a denomination
    r"|hosted|hosting|booth|tent|parade|opening|ribbon|now open|this (?:saturday|sunday|weekend)"
    r"|(?<!-)free(?!\s+will\b)|sign up"
    r"|partner\w*|sponsor\w*|donat\w*|gift|grant|program|screening day|physicals|clinic (?:will|is) |mobile clinic"
    r"|find us|visit us|parking lot|pick-?up|drop-?off|shuttle|mobile (?:unit|coach|van)|camp|campers"
    # a collection the organization runs: "directed traffic on Route 1 all day for our blood drive"
    r"|(?:blood|food|toy|coat|book|diaper|supply) drive"
    r")(?![a-z])"
)
STAFF = re.compile(
    r"(?<![a-z])(?:dr|md|rn|np|physician|surgeon|nurse|doctor|joins|joined|joining|hired|our new|residency|volunteer"
    r"|spotlight|environmental services|housekeeping|evs|employee of the month|years of service"
    r"|our (?:[a-z-]+ ){0,2}(?:pharmacist|therapist|tech|technician|chaplain|manager|director|coordinator|educator"
    r"|specialist|secretary|dietitian|midwife|paramedic|colleague|employee|team member|firefighter|emt)s?"
    r"|fellowship|medical school|board[- ]certified)(?![a-z])"
)
# People a post is about who are not patients: a volunteer, a board member, a donor, a public figure, a guest
# (whatever their sentence says about their town or employer), unless it ties them to care here.
OUTSIDER = re.compile(
    r"(?<![a-z])(?:volunteers?|board|trustees?|chair(?:man|woman)?|donors?|sponsors?|mayor|senator|governor"
    r"|representative|commissioner|sheriff|olympi\w+|athletes?|author|speaker|guest|episode|podcast|ceo|cfo|coo"
    r"|president|retirement|retiring|scholarship|softball|football|basketball|baseball|soccer|volleyball|star|nfl|nba"
    r"|wnba|mlb|donat\w*|fundrais\w*|raised\s+(?:\$|over|more|nearly|almost|about|\d)"
    # a visiting speaker: "Prof. Edwin Marchbanks of Bowdoin College for Thursday's grand rounds"
    r"|grand\s+rounds|lectur\w*|keynote|presentation)(?![a-z])"
)
OUTSIDER_REACH = 200
PATIENT = re.compile(
    r"(?<![a-z])(?:patient|patient's|admitted|discharged|diagnosed|recovering|surgery|in our care|(?:his|her) "
    r"(?:[a-z-]+ )?(?:chemo|bypass|transplant|stroke|cancer|fracture|rehab|surgery|stay|treatment|dialysis))(?![a-z])"
)
# What says an outsider was cared for here after all: "the mayor's surgery", "our volunteer, now our patient".
CARED_FOR = re.compile(
    r"(?<![a-z])(?:patients?|patient's|admitted|discharged|diagnosed|recovering|surgery|in our care|bedside|icu|picu"
    r"|nicu|er|get well|transplant|chemo|treatment|our care|stay with us"
    # a case presented at grand rounds is a patient's: "walked our residents through case #24-PED-0417, a toddler"
    r"|case"
    # a living donor is a patient too: "one of our living donors ... I gave a kidney to my coworker"
    r"|living\s+donors?|kidney|liver)(?![a-z])"
)


def outsider(doc: Document, start: int, end: int) -> bool:
    """Is the place's sentence about a volunteer, a board member, a donor or a public figure, and not about their
    care? Read over the whole sentence (up to OUTSIDER_REACH): "Olympic skier ... growing up near Merrow Falls"."""
    sentence = sentence_around(doc, start, end, OUTSIDER_REACH)
    return OUTSIDER.search(sentence) is not None and CARED_FOR.search(sentence) is None


NOT_PLACE_STARTS = frozenset(
    {"the", "our", "your", "their", "his", "her", "this", "that", "a", "an", "dr", "mr", "mrs", "ms", "happy"}
    | {"national", "world", "international", "american", "special", "high", "middle", "elementary", "all"}
)
REACH = 80
CALENDAR = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b(?!'t\b)")  # not "Don't"


# "Tolliver High junior Kiana is recovering": a school written before one student's role, news style.
SCHOOL_ROLE = re.compile(
    r"(?P<value>(?:[A-Z][\w'.-]*\s+){1,3}(?:High|Elementary|Middle|Academy|College|University|School|Prep))"
    r"\s+(?:senior|junior|sophomore|freshman|student|grad|graduate|alum|kindergartner|\w+-grader|grader|cheerleader"
    r"|quarterback|athlete|standout|pitcher|goalie|wrestler|linebacker|point\s+guard)\b"
)
SCHOOL_ROLE_WORDS = frozenset(
    {"senior", "junior", "sophomore", "freshman", "student", "grad", "graduate", "alum", "kindergartner", "grader"}
    | {"cheerleader", "quarterback", "athlete", "standout", "pitcher", "goalie", "wrestler", "linebacker", "guard"}
)


# "grew up on Calle Jacinto in East Pilsen", "lives on Elm St in Pine Hollow": the town or neighbourhood a street is
# in (the street itself is found by the street patterns).
STREET_SUFFIXES = "Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl"
STREET_IN_TOWN = re.compile(
    rf"(?:(?:{PLACE_LEADS})(?:\s+[A-Z][\w'-]*){{1,3}}|[A-Z][a-z]+\s+(?:{STREET_SUFFIXES}))\.?\s+in\s+(?:the\s+)?"
    r"(?P<value>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?![\w'])"
)
# "the firefighters from Engine 12 in Wolcott who visited their captain": a fire, police or EMS company (and its
# town) that one person works at.
STATION = re.compile(
    r"\b(?:from|at|with|of)\s+(?:the\s+)?(?P<value>(?:Engine|Ladder|Station|Squad|Rescue|Truck|Medic|Precinct|Post)"
    r"\s+\d{1,3}(?:\s+in\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?)(?![\w'])"
)
STATION_WORDS = frozenset({"engine", "ladder", "station", "squad", "rescue", "truck", "medic", "precinct", "post"})
STREET_IN_TOWN_GATE = re.compile("|".join(map(re.escape, literal_starts(f"{PLACE_LEADS}|{STREET_SUFFIXES}"))))
# STREET_NO_NUMBER needs "from" and a street word in lower case, or a route's number (any digit).
LOWER_STREET_WORDS = frozenset(LOWER_STREETS.split("|"))
# Heads of a residential place: where its people come from ("Who else is from the Northside Flats?? Our patient
# says...": the patient is in the next sentence).
RESIDENTIAL = re.compile(
    r"(?:Flats|Heights|Estates|Terrace|Village|Acres|Manor|Gardens|Commons|Apartments|Park|Hollow|Landing"
    r"|Crossing|Meadows|Springs)$"
)


# A unit of service, two parts at least joined by commas: "Echo Company, 2nd Battalion, 5th Marines", "B Battery, 1st
# Battalion, 77th Field Artillery". It ties a veteran as an employer does.
_UNIT_PART = (
    r"(?:[A-Z]|\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?\s+"
    r"(?:Company|Battery|Battalion|Regiment|Brigade|Division|Squadron|Platoon|Marines|Artillery|Infantry|Cavalry"
    r"|Rangers|Airborne|Fleet)"
)
MILITARY_UNIT = re.compile(rf"(?<![\w-])(?P<value>{_UNIT_PART}(?:,\s+{_UNIT_PART})+)(?![\w-])")
MILITARY_WORDS = frozenset(
    {"company", "battery", "battalion", "regiment", "brigade", "division", "squadron", "platoon", "marines"}
    | {"artillery", "infantry", "cavalry", "rangers", "airborne", "fleet"}
)
# A funeral's arrangements: their places are the venue's, and a staff member's farewell is no patient's.
FAREWELL = re.compile(
    r"(?<![a-z])(?:visitation|funeral|memorial|celebration\s+of\s+(?:(?:her|his|their)\s+)?life|wake|viewing"
    r"|burial|rest\s+in\s+peace)(?![a-z])"
)


TIME_STOP = re.compile(r"(?<![a-z])[ap]\.m\.\s*$")
MAX_TIME_STOPS = 2
FAREWELL_REACH = 200
# The organization's partnership or program, read over the whole sentence (it often opens a long one): the places it
# names are where it serves, not anyone's home.
PARTNERSHIP = re.compile(
    r"(?<![a-z])(?:partner\w*|sponsor\w*|program|initiative|expand\w*|launch\w*)(?![a-z])"
)  # the whole sentence before: the staff member's role may open it


def staff_farewell(doc: Document, start: int, end: int) -> bool:
    """Is the place in a funeral's arrangements for a staff member, named in its sentence or the one before ("...our
    colleague Dennis Achterberg, a porter at Riverside for 31 years, died on November 30. His funeral is Friday at
    11am at St. Agnes Church, 402 Monroe St.")?"""
    sentence = sentence_around(doc, start, end, REACH)
    left, _right = sentence_span(doc.text, start, end, REACH)
    for _ in range(MAX_TIME_STOPS):
        if left <= 1 or TIME_STOP.search(doc.lower, max(0, left - 6), left) is None:
            break
        # "will be held Saturday, December 12, at 1 p.m. at First Methodist Church": a time's full stop
        sentence = sentence_around(doc, left - 2, left - 2, REACH) + " " + sentence
        left, _right = sentence_span(doc.text, left - 2, left - 2, REACH)
    if FAREWELL.search(sentence) is None:
        return False
    before = sentence_around(doc, left - 2, left - 2, FAREWELL_REACH) if left > 1 else ""
    both = before + " " + sentence
    return STAFF.search(both) is not None and PATIENT.search(both) is None


def related_places(
    doc: Document, text: str, org_phrases: tuple[str, ...], named: Callable[[], bool] | None = None
) -> Iterator[tuple[int, int]]:
    """Spans of place-like names (on `text`, the address rule's matching copy) tied to one person.

    `org_phrases`: the organization's name, aliases, towns, addresses and staff names, lower-cased: a place that
    lies inside one of them is the organization's own. `named`: does the post name a patient or a relative (asked
    only for a place-like name with no relation word before it)?"""
    words = doc.words
    if {"from", "on", "off", "near", "along"} & words and (
        ("from" in words and not words.isdisjoint(LOWER_STREET_WORDS)) or doc.has_digits
    ):
        for found in STREET_NO_NUMBER.finditer(text):
            span = found.span("value" if found.group("value") else "route")
            if _tied(doc, text, *span, org_phrases):
                yield span
    if not words.isdisjoint(STATION_WORDS) and doc.has_digits:
        for found in STATION.finditer(text):
            start, end = found.span("value")
            if _tied(doc, text, start, end, org_phrases):
                yield start, end
    if "in" in words and STREET_IN_TOWN_GATE.search(text):
        for found in STREET_IN_TOWN.finditer(text):
            start, end = found.span("value")
            town_word = text[start:end].split()[0].lower()
            if (
                town_word not in CALENDAR
                and town_word not in NOT_PLACE_STARTS
                and _tied(doc, text, start, end, org_phrases)
            ):
                yield start, end
    if not words.isdisjoint(MILITARY_WORDS) and doc.has_digits:
        for found in MILITARY_UNIT.finditer(text):
            start, end = found.span("value")
            if _tied(doc, text, start, end, org_phrases):
                yield start, end
    if not words.isdisjoint(SCHOOL_ROLE_WORDS):
        for found in SCHOOL_ROLE.finditer(text):
            start, end = found.span("value")
            start = _skip_lead_words(text, start, end)
            if start < end and _tied(doc, text, start, end, org_phrases):
                yield start, end
    if words.isdisjoint(HEAD_WORDS) or not PLACE_GATE.search(text):
        return
    for found in PLACE.finditer(text):
        start, end = found.span("value")
        start = _skip_lead_words(text, start, end)
        relation = RELATION_BEFORE.search(text, max(0, start - 12), start)
        if relation is None:
            start, relation = _relation_inside(text, start, end)
        if start >= end:
            continue
        if relation is None:
            if named is not None and _unled_place(doc, text, start, end, org_phrases, named):
                yield start, end
            continue
        if _tied(doc, text, start, end, org_phrases) or (
            relation.group().startswith("from") and _from_home(doc, text, start, end, org_phrases)
        ):
            yield start, end


def _unled_place(
    doc: Document, text: str, start: int, end: int, org_phrases: tuple[str, ...], named: Callable[[], bool]
) -> bool:
    """A school, workplace or team name with no relation word before it ("Jaylen 'Jet' Comeaux, Oyster Point High
    #4", "voltar para o trabalho na Snake River Potato Co-op"): tied as any place is (a person in its sentence, no
    event, staff, outsider or partner) in a post that names a patient or a relative (`named`: phi.name's reading of
    the whole post, see patient_post). Read whole: it starts a word and holds no sentence's end ("DO NOT POST.
    Transport for" is no name)."""
    if (start > 0 and text[start - 1].isalnum()) or SENTENCE_STOP.search(text, start, end) is not None:
        return False
    return _tied(doc, text, start, end, org_phrases) and named()


# A relation word inside a matched name: the name took the person's along ("Delmer Sizemore of Hurricane Gap
# Freewill Baptist"); the place starts after it.
RELATION_INSIDE = re.compile(r"\s(?:of|from|at)\s+(?:the\s+)?")


def _relation_inside(text: str, start: int, end: int) -> tuple[int, re.Match[str] | None]:
    """The place after the last relation word inside [start, end), with that relation; else no relation."""
    inside = None
    for found in RELATION_INSIDE.finditer(text, start, end):
        inside = found
    if inside is None:
        return start, None
    return inside.end(), RELATION_BEFORE.search(text, max(0, inside.end() - 12), inside.end())


def _from_home(doc: Document, text: str, start: int, end: int, org_phrases: tuple[str, ...]) -> bool:
    """ "from the Northside Flats": a residential place someone is from, with a patient in the next sentence."""
    if RESIDENTIAL.search(text, start, end) is None or any(text[start:end].lower() in p for p in org_phrases):
        return False
    window = sentence_around(doc, start, end, REACH)
    if EVENT.search(window) or STAFF.search(window) or outsider(doc, start, end):
        return False
    stop = NEXT_STOP.search(text, end, min(len(text), end + REACH))
    if stop is None:
        return False
    following = sentence_around(doc, stop.end(), stop.end(), REACH)
    return PATIENT.search(following) is not None


NEXT_STOP = re.compile(r"[.!?]+\s+")


def _skip_lead_words(text: str, start: int, end: int) -> int:
    """ "Thanks Our Lady Market": capitalised words that start a sentence or a title are not the place's."""
    while start < end:
        word = re.match(r"[\w'&.-]+", text[start:end])
        if word is None or word.group().lower() not in NOT_PLACE_STARTS:
            return start
        start += word.end()
        while start < end and text[start].isspace():
            start += 1
    return start


def _tied(doc: Document, text: str, start: int, end: int, org_phrases: tuple[str, ...]) -> bool:
    place = text[start:end].lower()
    if any(place in phrase for phrase in org_phrases):
        return False
    window = sentence_around(doc, start, end, REACH)
    if EVENT.search(window) or (STAFF.search(window) and not PATIENT.search(window)) or outsider(doc, start, end):
        return False
    if PARTNERSHIP.search(sentence_around(doc, start, end, OUTSIDER_REACH)) is not None:
        return False  # "We've partnered with Epic ... to bring remote heart monitoring to patients in San Aurelio"
    if staff_farewell(doc, start, end):
        return False
    return PERSON.search(window) is not None or first_name_near(text, start, end, org_phrases)


def first_name_near(text: str, start: int, end: int, org_phrases: tuple[str, ...]) -> bool:
    """A capitalised first name near the place, not one of its own words nor the organization's: a person."""
    forenames = name_lists().forenames
    left, right = sentence_span(text, start, end, REACH)
    for found in CAPITALISED.finditer(text, left, right):
        if start <= found.start() < end:
            continue
        word = found.group().lower()
        if word in forenames and word not in CALENDAR and not any(word in phrase.split() for phrase in org_phrases):
            return True
    return False


SENTENCE_STOP = re.compile(r"[.!?]\s|\n")


def sentence_span(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """The offsets of the sentence holding [start, end), at most `reach` either side: a first name in the sentence
    before ("... with Dr. Ocasio-Burke's residents. Parents, pickup is by the Kessler Garage") is not this one's."""
    left = max(0, start - reach)
    for found in SENTENCE_STOP.finditer(text, left, start):
        if not (text[found.start()] == "." and ABBREVIATED.search(text, max(0, found.start() - 4), found.start())):
            left = found.end()
    stop = SENTENCE_STOP.search(text, end, min(len(text), end + reach))
    return left, (stop.start() if stop is not None else min(len(text), end + reach))


ABBREVIATED = re.compile(r"(?<![A-Za-z])(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Mt|Ft)$")
