"""phi rules: locations: street addresses, ZIP codes, and towns or neighbourhoods tied to a patient.

Safe Harbor removes every geographic unit smaller than a state. A hospital's own posts name streets and towns
all the time (its campuses, its events), so this rule reports:
- a numbered street address ("1423 Elm Ave", "P.O. Box 12") or a street someone lives on ("lives on Elm Ave");
- a ZIP code after a state, after "ZIP", after a town a person is from, or in the distinctive ZIP+4 form;
- a town tied to a person: "Maria, from Brookfield", "a resident of Oak Park", and, a borderline call made on
  the side of privacy, "a Brookfield grandmother" (a town used as a person's descriptor);
- a patient's employer or school ("a teacher at Lincoln Middle School", "works at the Kroger on 5th"): not a
  Safe Harbor element by name, but a place that, with the rest of a story, points at one person, which is what
  the address element is for (a quasi-identifier that narrows a patient to a building); reporting it under
  phi.address means redaction, the organization's allowlist and the staff-biography exception all apply as for
  a town, with no new rule id for reviewers to learn;
and never the organization's own addresses, towns, ZIP codes or name, nor a street named without a number
("our Main Street clinic"), nor a town named with no person in the sentence (an event location), nor a country
or a nationality ("a Haitian grandmother", "from Ethiopia": Safe Harbor keeps places of state size and up).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import ClassVar

from guardrails.rules.base import Document, Match, Rule
from guardrails.rules.phi.kin import KIN, KIN_WORDS
from guardrails.rules.phi.locations_related import EVENT as RELATED_EVENT
from guardrails.rules.phi.locations_related import (
    first_name_near,
    outsider,
    related_places,
    staff_farewell,
)
from guardrails.rules.phi.locations_school import student_schools
from guardrails.rules.phi.patient_post import PatientNamed
from guardrails.rules.phi.people_lexicon import name_lists
from guardrails.rules.phi.support import (
    SENTENCE_MARKS,
    PhiPatternRule,
    data_lines,
    sentence_around,
    word_set,
    word_starts,
)
from guardrails.settings import GuardrailSettings

SUFFIX_WORDS = data_lines("street_suffixes.txt")
COUNTRIES = data_lines("countries.txt")
SUFFIXES = "|".join(sorted(SUFFIX_WORDS, key=len, reverse=True))
# Lower-case suffixes only for the unambiguous ones: "5 Elm run" is not an address, "5 Elm st" is.
LOWER_SUFFIXES = "street|st|avenue|ave|road|rd|drive|dr|lane|ln|boulevard|blvd|court|ct|place|pl|highway|hwy|pkwy"
SUFFIX = rf"(?:{SUFFIXES.title()}|{SUFFIXES.upper()}|{LOWER_SUFFIXES})\b\.?"
NAME_WORD = r"(?:[A-Z][a-z]+|[A-Z]{2,}|\d{1,3}(?:st|nd|rd|th)|Mc[A-Z][a-z]+|O'[A-Z][a-z]+)"
# "Martin Luther King Jr. Ave": a generational suffix is one of a street name's words.
STREET_WORD = rf"(?:{NAME_WORD}|(?:Jr|Sr)\.?)"
UNIT = r"(?:,?\s+(?:Apt|Apartment|Unit|Suite|Ste|Fl|Floor|Rm|Room|\#)\.?\s*\#?\s*[A-Za-z0-9-]{1,6})?"
STATES_ABBR = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH"
    "|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI|AS|FM|MH|MP|PW|AA|AE|AP"
    "|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU"
)
STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois"
    "|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri"
    "|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma"
    "|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia"
    "|Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico"
)
STATE = rf"(?:{STATES_ABBR}|{STATES})"
ZIP = r"\d{5}(?:-\d{4})?(?![\d-])"
# Canadian postal codes ("P6A 2B4") and UK postcodes ("KY13 8AB"): as identifying as a ZIP code.
POSTAL_CA = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d"
POSTAL_UK = r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}"
# Written with its first letter before the lookbehind (which then reads that letter and the one before it), so the
# engine skips to a capital instead of trying the lookbehind at every character; the same matches as
# (?<![A-Za-z0-9])(?:{POSTAL_CA}|{POSTAL_UK})(?![A-Za-z0-9]).
# An Irish Eircode ("D06 K2P8"): a routing key (a letter and two digits, or D6W), a space, and four characters of
# its alphabet holding a letter and a digit.
_EIRCODE_ID = r"(?=[0-9AC-FHKNPRTV-Y]{0,3}\d)(?=[0-9AC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])[0-9AC-FHKNPRTV-Y]{4}"
POSTAL = re.compile(
    r"[A-Z](?<![A-Za-z0-9][A-Z])"
    r"(?:(?<=[ABCEGHJ-NPRSTVXY])\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d|[A-Z]?\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}"
    rf"|(?<=[ACDEFHKNPRTVWXY])\d\d {_EIRCODE_ID}|(?<=D)6W {_EIRCODE_ID})"
    r"(?![A-Za-z0-9])"
)
TOWN = r"[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|[Ll]a|[Dd]e))?(?:\s[A-Z][a-z]+)?"
TAIL = rf"(?:,\s*{TOWN})?(?:,?\s+{STATE})?(?:,?\s+(?:{ZIP}|{POSTAL_CA}|{POSTAL_UK}))?"

# "Apt 4B, 221 Baker Street": a unit written before the street address is part of it.
UNIT_BEFORE = r"(?:(?:Apt|APT|Apartment|Unit|UNIT|Suite|Ste)\.?\s*\#?\s*(?:[A-Za-z]?\d[A-Za-z0-9-]{0,5}|[A-Z]),?\s+)?"
STREET = re.compile(
    rf"(?<![\w#$.,/-])(?P<value>{UNIT_BEFORE}\d{{1,6}}[A-Za-z]?(?:-\d{{1,4}})?\s+(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?"
    rf"(?:{STREET_WORD}\s+){{1,4}}{SUFFIX}(?:\s+(?:NW|NE|SW|SE|N|S|E|W)\b)?{UNIT}{TAIL})"
    r"(?!\s+(?:clinics|locations|offices|sites|stores|branches|campuses))"
)
# A street whose kind comes first, as Spanish, Portuguese, French and Italian write it: "vive en 214 Calle Nogal",
# "en 1142 Calle Ocotillo", "Rua das Flores 12" is read by the other order's pattern.
STREET_LEADS = "Calle|Avenida|Camino|Paseo|Carrera|Carretera|Rua|Rue|Via"
STREET_LED = re.compile(
    rf"(?<![\w#$.,/-])(?P<value>\d{{1,6}}[A-Za-z]?\s+(?:{STREET_LEADS})\s+"
    rf"(?:(?:de|del|de la|la|las|los|el|das|dos|da|do)\s+)?{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}}{UNIT})"
)
STREET_LEAD_WORDS = frozenset(STREET_LEADS.lower().split("|"))
# The lookbehind after the first digit (it reads that digit and the character before it): the engine skips to a
# digit instead of trying it at every character (the same matches as a lookbehind before the digits).
ROUTE = re.compile(
    rf"(?P<value>\d(?<![\w#$.,/-]\d)\d{{0,5}}\s+(?:(?:State|County|US|U\.S\.)\s+)?(?:Route|Rte|Highway|Hwy|Road|Rd)"
    rf"\.?\s+\d{{1,4}}[A-Z]?{UNIT}{TAIL})"
)
PO_BOX = re.compile(rf"(?P<value>\b[Pp]\.?\s*[Oo]\.?\s*[Bb]ox\s+\d{{1,6}}{TAIL})")
# "County Road 12", "Farm Road 2210": a numbered road is named by its number too.
ROAD_NUMBER = (
    r"(?:(?:(?<=[Rr]oad)|(?<=ROAD)|(?<=R[Dd])|(?<=Rd\.)|(?<=[Hh]wy)|(?<=[Hh]ighway)|(?<=[Rr]oute)|(?<=[Rr]te))"
    r"\s+\d{1,4}[A-Z]?(?![\w-]))?"
)
LIVES_ON = re.compile(
    r"(?i:\b(?:lives?|living|lived|resides?|residing|reside|home|house|apartment|grew\s+up|moved|moving|stays?"
    r"|staying|address\s+is)\s+(?:is\s+)?(?:(?:just|right|out|over|down|up)\s+)?(?:on|at|off|in|down|up|near|by|past"
    r"|along|behind|at\s+the\s+end\s+of|across\s+from|next\s+to)\s+(?:the\s+)?)"
    rf"(?P<value>(?:{NAME_WORD}\s+){{1,3}}{SUFFIX}{ROAD_NUMBER})"
)
# A street someone lives on, said after it: "cleared Pheasant Run Lane at 4 a.m. so our dialysis patient who lives
# there" (full stops of "a.m." allowed in between).
STREET_LIVED_ON = re.compile(
    rf"(?P<value>(?:{NAME_WORD}\s+){{1,3}}{SUFFIX})(?=[^!?\n]{{0,80}}\b(?<!everyone\s)(?<!anyone\s)(?<!anybody\s)(?<!people\s)(?<!residents\s)(?<!families\s)"
    r"(?:who|that|she|he|they)\s+lives?\s+"
    r"(?:there|on\s+it)\b)"
)
# "the 400 block of Elm Street": a block narrows a street as much as a house number.
BLOCK = re.compile(rf"(?P<value>\b\d{{2,5}}\s+block\s+of\s+(?:{NAME_WORD}\s+){{1,3}}{SUFFIX})")
# A ZIP code is found by its digits, then judged by what is written just before it (read backwards, anchored at
# the digits): a state ("Brookfield, IL 60513"), the word ZIP, a town someone is from, or its own ZIP+4 form.
ZIP_DIGITS = re.compile(r"\d(?<![\w-]\d)\d{4}(?:-\d{4})?(?![\w-])")  # as ROUTE: the lookbehind after a digit
STATE_BEFORE = re.compile(rf"(?:{TOWN},?\s+)?\b{STATE},?\s+$")
ZIP_WORD_BEFORE = re.compile(r"(?i:\bzip(?:\s*code)?|\bpostal\s+code|\bzipcode)\s*(?:is\s+)?[:#]?\s*$")
TOWN_BEFORE = re.compile(rf"(?i:\b(?:from|in|of|near|outside|lives\s+in)\s+)(?P<town>{TOWN}),?\s+$")
ZIP_LOOKBACK = 45
# "Maria, from Brookfield", "a resident of Oak Park", "lives in Maple Grove".
TOWN_FROM = re.compile(
    r"(?i:\b(?:from(?:\s+(?:up|down|out|over))?|(?:lives|living|lived)\s+(?:(?:over|out|up|down|right|just)\s+)?"
    # "still lives on her own in Spencer", "lives alone in Tuscola"
    r"(?:(?:on\s+(?:her|his|their)\s+own|alone|independently|by\s+(?:her|him|them)sel(?:f|ves))\s+)?in|resides\s+in|residing\s+in|resident\s+of|native\s+of"
    r"|hometown\s+of|hails\s+from|home\s+in|grew\s+up\s+in|moved\s+to|back\s+home\s+in|raised\s+in|born\s+in|near)\s+)"
    rf"(?:the\s+)?(?P<value>{TOWN})(?!'s|\w)"
)
# More ways to say where one person lives or goes home to: "heads home to Pachuta", "the folks back in Tuscola",
# "a farm outside of Quitman", "the whole town of Pachuta", and in Vietnamese and Spanish ("về Winooski", "ở
# Sunnyvale Heights", "vive en Laurel"; the matching copy has its accents folded). "home to" ties the town to
# whoever goes home with no person word needed ("Get that new knee home to Laurel soon!"), but not "X is home to".
# The workplaces, churches, schools and homes whose town names where one person works, prays or lives: "the co-op
# elevator in Sargent", "the Union Pacific roundhouse in North Platte", "St. Wenceslaus Church in Dodge Hollow",
# "her little house in Nokomis". One tuple, read by the pattern and by its lead-word gate.
TOWN_OF_NOUNS = (
    *("mill", "plant", "factory", "store", "shop", "farm", "ranch", "mine", "yard", "station", "bank", "diner"),
    *("restaurant", "cafe", "garage", "market", "elevator", "roundhouse", "refinery", "railroad", "depot"),
    *("warehouse", "feedlot", "dealership", "church", "parish", "chapel", "school", "house", "cabin", "trailer"),
    *("condo", "apartment"),
)
TOWN_MORE = re.compile(
    r"(?:(?i:(?P<home>(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bbe\s)\bhome\s+to)|\b(?:back|up|down|out)\s+in"
    r"|\boutside(?:\s+of)?|\b(?:town|village|hamlet|township)\s+of|\b(?:vive|vivia|vivio|viene|vino|es)\s+(?:de|en)"
    r"|\bdesde|\ben|\b(?:right\s+)?here\s+in|\b(?:goes|going|went|headed|heads|sent)\s+back\s+to"
    # where a patient is discharged or moved to: "pt dc'd 1 DEC 2026 1630 to Bethphage in Axtell"
    r"|\b(?:dc'?d|d/c'?d|discharged|transferred)\b[^.!?\n]{0,40}?\bto"
    # the town of a workplace: "retired from the paper mill in Pachuta"
    rf"|\b(?:{'|'.join(TOWN_OF_NOUNS)})"
    r"\s+(?:in|outside(?:\s+of)?|near))|\b(?:ve|o|tai))\s+"
    rf"(?:the\s+)?(?P<value>{TOWN})(?!'s|\w)"
)
TOWN_MORE_LEADS = frozenset(
    {"home", "back", "up", "down", "out", "outside", "town", "village", "hamlet", "township", "vive", "vivia"}
    | {"vivio", "viene", "vino", "es", "desde", "en", "ve", "o", "tai", "here", "right"}
    | {"goes", "going", "went", "headed", "heads", "sent", "dc", "d", "discharged", "transferred"}
    | {noun.split("-")[0] for noun in TOWN_OF_NOUNS}
)
# A greeting signed from one family's home town: "Grüße aus Bielefeld", "greetings from Tryon", "saludos desde Lima"
# (the matching copy folds accents: "Grüße" is read as "Gruße").
GREETING = re.compile(
    rf"(?i:\b(?:greetings|saludos|gru(?:ss|\u00df)e|gr\u00fc(?:ss|\u00df)e)\s+(?:from|desde|aus)\s+)(?P<value>{TOWN})(?!'s|\w)"
)
GREETING_WORDS = frozenset({"greetings", "saludos", "aus"})
# A rural route and box is a home's address by itself: "Rural Route 1, Merna", "Rural Route 2, Box 19".
RURAL_ROUTE = re.compile(
    rf"(?P<value>\b(?:[Rr]ural\s+[Rr]oute|RR|R\.R\.)\s*#?\s*\d{{1,3}}(?![\d-])(?:,?\s*[Bb]ox\s+\d{{1,5}})?"
    rf"(?:,\s*{TOWN}(?!'s|\w))?)"
)
RURAL_WORDS = frozenset({"rural", "rr", "r"})
# A named home with its unit: "Bayview Towers, apt 1106", "Sutherland Reservoir campground, site 14", "Lot 47, Heron
# Point Mobile Home Park": an apartment, a lot or a campsite is one household's address.
_UNIT_WORD = r"(?:[Aa]pt|APT|[Aa]partment|[Ll]ot|LOT|[Ss]pace|[Ss]ite)\.?\s*#?\s*\d{1,5}[A-Za-z]?(?![\w-])"
UNIT_PLACE = re.compile(
    rf"(?P<value>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,3}}(?:\s+(?:campground|park|apartments|towers|trailer\s+park))?,?"
    rf"\s+{_UNIT_WORD}|\b{_UNIT_WORD},\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,4}})"
)
UNIT_PLACE_WORDS = frozenset({"apt", "apartment", "lot", "space", "site"})
# Words that make a lot or a site the organization's or a public one: "Parking Lot 3", "Staff Lot B".
NOT_HOMES = frozenset({"parking", "staff", "visitor", "visitors", "overflow", "employee", "garage", "main"})
# A team and a player's number or age group: "Arapahoe Valley Warriors #22", "the Millbrook Thunder 14U goalie"
# name one child on one team.
# (an article or "our" opening the sentence is not the team's: "The Avonfield Owls 12U catcher")
TEAM_PLAYER = re.compile(
    r"(?P<value>\b(?!(?:The|Our|Go|Congrats|Congratulations)\s)(?:[A-Z][a-z]+\s+){1,3}?[A-Z][a-z]+)"
    r"(?=\s+(?:#\d{2}\b|\d{1,2}U\s+(?:[a-z]+\s+)?"
    r"(?:goalie|player|pitcher|catcher|quarterback|forward|defender|striker|keeper|shortstop|guard|center|wrestler"
    r"|swimmer|runner)\b))"
)
TEAM_POSITION = re.compile(r"\s+\d{1,2}U\s+(?:[a-z]+\s+)?[a-z]+")
# A location tag over a home visit or a patient's story: "📍 Palm Aire Villas".
LOCATION_TAG = re.compile(r"\U0001f4cd\ufe0f?\s*(?P<value>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4})")
# "Tuscola's own Jimmy", "Pachuta's own little slugger": a town owning one person.
TOWN_OWN = re.compile(
    rf"(?<![\w'])(?P<value>{TOWN})'s\s+own\s+(?=(?:little\s+|sweet\s+|brave\s+)?(?:[A-Z][a-z]+|grand\w+|mom|dad"
    r"|son|daughter|girl|boy|baby|teen|kid|veteran|patient)\b)"
)
# "the Hendricks family farm", "out at the Double R Ranch": a named farm, ranch or dairy (one family's home).
FAMILY_FARM = re.compile(
    r"\b(?:the|their|his|her)\s+(?P<value>(?:[A-Z][a-z]+\s+){1,3}(?:family\s+)?(?:farm|ranch|dairy|orchard|homestead))\b"
)
FARM_WORDS = frozenset({"farm", "ranch", "dairy", "orchard", "homestead"})
# "her class at St. Anne's", "his coworkers at the mill in Tolliver": the people one person studies, works or
# prays with, at a named place.
RELATION_AT = re.compile(
    r"\b(?:[Hh]er|[Hh]is|[Tt]heir|[a-z]+'s|(?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z][a-z]+'s"
    # one person's part in a group: "She's sung in the choir at Mount Zion AME", "bowls with the league at"
    r"|(?:sung|sang|sings?|singing|played|plays?|playing|bowls?|bowled|bowling)\s+(?:in|with|for)\s+the)"
    r"\s+(?:[a-z0-9-]+\s+)?(?:class|family|classmates|teammates|team|coworkers|co-workers"
    r"|colleagues|crew|buddies|friends|boss|students|teachers?|coach|church|congregation|parish|troop|squad|bosses"
    r"|kindergarten|school|job|work|shift|choir|band|league|club|lodge)"
    # a group's own name in between: "with his league, the Pin Pals at Starlite Lanes"
    r"(?:,\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})?\s+(?:at|from|of|with)\s+(?:the\s+)?"
    r"(?P<value>[A-Z][\w'&.-]*(?:(?:\s+(?:of|de|and|&|the|for))?\s+[A-Z][\w'&.-]*){0,5})"
)
RELATION_WORDS = frozenset(
    {"class", "classmates", "teammates", "team", "coworkers", "workers", "colleagues", "crew", "buddies"}
    | {"friends", "boss", "students", "teacher", "teachers", "coach", "church", "congregation", "parish", "troop"}
    | {"squad", "bosses", "kindergarten", "school", "job", "work", "shift", "family", "choir", "band", "league"}
    | {"club", "lodge"}
)
# "The Pachuta community rallied around her": a town's people around one person (a person must be in the sentence).
TOWN_FOLKS = re.compile(
    rf"\b(?:[Tt]he|[Oo]ur|[Hh]er|[Hh]is|[Tt]heir)\s+(?P<value>{TOWN})\s+(?:community|folks|neighbou?rs|church\s+family)\b"
)
FOLKS_WORDS = frozenset({"community", "folks", "neighbors", "neighbours", "church"})
# "a Brookfield grandmother", "the Oak Park teen": a town as a person's descriptor.
TOWN_DESCRIBES = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Oo]ur)\s+(?P<value>{TOWN})\s+(?=(?:grand(?:mother|father|ma|pa|son|daughter)|mother"
    r"|mom|father|dad|woman|man|teen|teenager|boy|girl|toddler|infant|baby|resident|native|family|couple|retiree"
    r"|widow|widower|kid|child|son|daughter|wife|husband|veteran|senior)\b)"
)
# "The Nguyen family", "our Johnson couple": a surname with a definite article, not a town (phi.name's job).
SURNAME_FAMILY = re.compile(r"\b(?:the|our|this)\s+[a-z'-]+\s+(?:family|couple|kids|twins|household)\b")
# "Brookfield resident Maria Lopez", "Oak Park native": news style, no article.
TOWN_RESIDENT = re.compile(rf"(?<![\w'])(?P<value>{TOWN})\s+(?:resident|native)\b(?!s)")
# A person named, then "of" and their town, news style: "Walt Hendry of Pellston Ridge", "Mrs. Opal Strickland of
# Imperial, TX", "Kenzie & Tyler Bauwens of Rigby". The first name is checked against the name lists (see
# _named_of): "Bank of America" and "Sisters of Mercy" name no one.
NAMED_OF = re.compile(
    r"(?<![\w'])(?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?(?P<first>[A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?[A-Z][a-z'-]+\s+of\s+"
    rf"(?P<value>{TOWN})(?!'s|\w)"
)
NEIGHBOURHOOD = re.compile(
    rf"(?P<value>\b{TOWN}\s+(?:neighborhood|neighbourhood|subdivision|apartments|township|trailer\s+park|projects)\b)"
)
COUNT_BEFORE = re.compile(
    r"(?:\bour|\btop|\ball|across|over|nearly|than|these|those|\bnew|\bmore|\bwith|about|around|\bsome|\bthe|\bof)\s+$"
)
YEAR_BEFORE = re.compile(
    r"(?:\bin|since|by|of|from|until|till|year|early|late|mid|spring|summer|fall|winter|\bthe|\bour|\bthis|last|next)\s+$"
)
ORG_PLACE_BEFORE = re.compile(
    r"(?:\b(?:our|the)\s+(?:[\w'&-]+\s+){0,5}(?:clinic|center|centre|campus|hospital|office|offices|lab|pharmacy"
    r"|location|building|facility|practice|institute|pavilion|tower|suite|wing|entrance)|located|visit us|find us"
    r"|join us|held|takes place|meet us|we(?:'re| are) (?:at|on)|founded|opened|built|established|headquartered"
    r"|based)\b[^.!?]{0,30}$"
)
# "The boy hit by a car on Fischer Rd": a street tied to a person in the sentence, with no number.
ON_STREET = re.compile(
    rf"\b(?:on|at|near|off|along)\s+(?:the\s+)?(?P<value>(?:{NAME_WORD}\s+){{1,3}}{SUFFIX}{ROAD_NUMBER})"
    r"(?!\s+(?:[A-Z][a-z]+\s+)?(?:Hospital|Clinic|Center|Centre|Health|Medical|Community|School|Church|Library|Mall))"
)
# "lives at the corner of 5th and Main": an intersection tied to a person.
CORNER = re.compile(
    rf"\bcorner\s+of\s+(?P<value>{NAME_WORD}(?:\s+{SUFFIX})?\s+(?:and|&)\s+{NAME_WORD}(?:\s+{SUFFIX})?)"
)
# "the accident at 5th and Main", "near Grant and 12th": a crossing of two streets, one of them an ordinal or a
# named street, tied to a person like a corner.
_CROSS_STREET = rf"(?:\d{{1,3}}(?:st|nd|rd|th)(?:\s+{SUFFIX})?|{NAME_WORD}\s+{SUFFIX})"
_ANY_STREET = rf"(?:{_CROSS_STREET}|[A-Z][a-z]+)"
# A crossing needs an ordinal ("5th" holds the letter run "th") or a street suffix.
CROSS_WORDS = frozenset({"st", "nd", "rd", "th"}) | SUFFIX_WORDS
INTERSECTION_PATTERN = (
    rf"\b(?:at|near|on)\s+(?:the\s+)?(?:intersection\s+of\s+)?(?P<value>(?:{_CROSS_STREET}\s+(?:and|&)\s+{_ANY_STREET}"
    rf"|{_ANY_STREET}\s+(?:and|&)\s+{_CROSS_STREET}))(?![\w-])"
)


@cache
def intersection() -> re.Pattern[str]:
    """The crossing pattern, compiled on first use: at ~25 kB (every street suffix, four times) it cost ~38 ms of
    every start-up, and only texts with a street word, a person and 'and' ever need it."""
    return re.compile(INTERSECTION_PATTERN)


# "a Kroger cashier", "the Riverside Middle School eighth grader": the employer or school written as a descriptor
# of one person's role (the role in lower case: "the Chief Nursing Officer" is a title, not a role at a place).
EMPLOYER_ROLES = frozenset(
    {"cashier", "clerk", "teacher", "student", "grader", "kindergartner", "freshman", "sophomore", "junior"}
    | {"senior", "employee", "worker", "driver", "mechanic", "janitor", "custodian", "barista", "server", "cook"}
    | {"waitress", "waiter", "bartender", "librarian", "coach", "principal", "lineman", "welder", "stocker"}
    | {"quarterback", "cheerleader", "athlete", "wrestler", "swimmer", "runner", "alum", "retiree", "greeter"}
)
EMPLOYER_DESCRIBES = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+(?P<value>[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*){0,3})\s+(?:[a-z0-9-]+\s+)?"
    r"(?:" + "|".join(sorted(EMPLOYER_ROLES)) + r")\b"
)
# Capitalised words before a role that name a subject or a kind of school, not a place: "a Math teacher".
NOT_EMPLOYERS = frozenset(
    {"math", "science", "english", "history", "art", "music", "pe", "special", "kindergarten", "preschool", "high"}
    | {"middle", "elementary", "substitute", "spanish", "french", "chemistry", "biology", "physics", "head", "star"}
    | {"honor", "honors", "ap", "ib", "varsity", "model", "top", "best", "proud"}
)
NOT_STREET_LEADS = frozenset({"the", "our", "your", "this", "that", "all", "us", "dr", "mr", "mrs", "ms"})
ON_WORDS = frozenset({"on", "at", "near", "off", "along"})
PLACE_PREFIXES = frozenset(
    {"new", "north", "south", "east", "west", "port", "fort", "mount", "lake", "saint", "san", "santa", "los", "las"}
    | {"el", "la", "glen", "grand", "great", "little", "old", "upper", "lower", "west"}
)
# A staff member's biography ("Dr. Patel, a Boston native, joins our team"): their town is not a patient's.
STAFF = re.compile(
    r"(?<![a-z])(?:dr|md|rn|np|pa-c|do|phd|physician|surgeon|nurse|doctor|chaplain|joins|joined|joining|hired|our\s+new"
    r"|spotlight|environmental\s+services|housekeeping|evs|employee\s+of\s+the\s+month|years\s+of\s+service"
    r"|specialist|residency|fellowship|medical\s+school|board[- ]certified"
    # a pharmacist's or a nurse's degree, a colleague, a title of ours: "Imani Okonkwo-Reyes, PharmD, our Pharmacy
    # Operations Manager", "our colleague Dennis Achterberg, a porter"
    r"|pharmd|dnp|crna|lpn|bsn|msn|our\s+(?:dear\s+|beloved\s+)?colleague"
    r"|our\s+(?:[a-z-]+\s+){0,3}(?:manager|director|supervisor|coordinator|officer|porter))(?![a-z])"
)
PATIENT = re.compile(
    r"(?<![a-z])(?:patient|patient's|admitted|discharged|diagnosed|recovering|surgery|(?:his|her) (?:[a-z-]+ )?"
    r"(?:gallbladder|appendix|chemo|bypass|transplant|stroke|cancer|fracture|rehab|surgery))(?![a-z])"
)
# "works at the Kroger on 5th", "a teacher at Lincoln Middle School", "attends Jefferson High": where one person
# works or studies. The place is the capitalised words after the lead (a branch "on 5th" included).
_PLACE_NAME = r"[A-Z][\w'&.-]*(?:(?:\s+(?:of|de|and|&|the|for))?\s+[A-Z][\w'&.-]*){0,5}"
WORKPLACE = re.compile(
    r"(?i:\b(?:works|worked|working|employed|teaches|taught|studies|studied|attends|attended|enrolled|volunteers"
    # "retired from", "retired as": not "retired Gen. Ann Dunwoody", a rank's adjective
    r"|retired(?=\s+(?:from|as|at)\b)|(?:drives|drove|driving)\s+(?:a\s+|the\s+)?(?:school\s+)?(?:bus|truck|van|cab|taxi|forklift)"
    r"|(?:teacher|student|cashier|manager|clerk|worker|employee|engineer|driver|mechanic|janitor|custodian"
    r"|coach|principal|librarian|pharmacist|barista|server|waitress|waiter|cook|chef|firefighter|officer|deputy"
    r"|carpenter|electrician|plumber|farmer|accountant|lawyer|professor|junior|senior|sophomore|freshman|graduate"
    r"|kindergartner|grader|bus driver|crossing guard|owner|aide|intern|nanny|bartender|hairstylist|lineman"
    r"|welder|trucker|foreman|housekeeper|caregiver|stocker|greeter|receptionist|bookkeeper|farmhand|miner|logger"
    r"|roofer|machinist|dishwasher|lifeguard|deacon|usher|elder|parishioner|congregant))"
    r"(?:\s+as\s+an?\s+[a-z-]+(?:\s+[a-z-]+)?(?=\s+(?:at|for|with)\b))?"
    # "teaches fourth grade at", "works nights at", "works the register at"
    r"(?:\s+(?:the\s+)?(?:[a-z0-9-]+\s+)?(?:grade|grades|class|classes|shifts?|nights|days|register|counter|floor"
    r"|line|desk|kitchen|full-time|part-time)(?=\s+(?:at|for|in)\b))?"
    r"(?:\s+(?:at|for|from|in|to|of|with))?\s+(?:the\s+)?)"
    rf"(?P<value>{_PLACE_NAME}(?:\s+on\s+(?:\d{{1,3}}(?:st|nd|rd|th)|[A-Z][a-z]+)(?:\s+{SUFFIX})?"
    r"(?:\s+\d{1,4}(?![\w-]))?)?(?:\s+in\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?)"
)
# A place's name that a full stop and a space end: "at Tri-County Pallet & Crate. This is why" ("St.Mary" goes on).
_NAME_WORD = r"[A-Z](?:[\w'&-]|\.(?!\s))*"
_PLACE_IN_SENTENCE = rf"{_NAME_WORD}(?:(?:\s+(?:of|de|and|&|the|for))?\s+{_NAME_WORD}){{0,5}}"
# Back at one's job or on one's team after care: "back behind the counter at Acoustic Java", "back on the floor at
# Harlan Cold Storage", "back running the saw line at Tri-County Pallet & Crate", "back on the field with the Fort
# Lisle Titans"; and a player's team: "goalie for the Port Alder Pirates", "running routes for the Oyster Point
# Mariners".
BACK_AT = re.compile(
    r"(?i:\b(?:back\s+(?:(?:at|to)\s+work\s+)?(?:(?:on|behind|running|driving|working|manning|in)\s+(?:the\s+)?"
    r"(?:[a-z0-9-]+\s+){0,2}?)?"
    r"|(?:goalie|pitcher|catcher|quarterback|qb|striker|keeper|shortstop|wrestler|swimmer|linebacker|captain"
    r"|running\s+routes|plays|played|playing)\s+)"
    r"(?:at|for|with|on)\s+(?:the\s+)?)"
    rf"(?P<value>{_PLACE_IN_SENTENCE})"
)
BACK_AT_LEADS = frozenset(
    {"back", "goalie", "pitcher", "catcher", "quarterback", "qb", "striker", "keeper", "shortstop", "wrestler"}
    | {"swimmer", "linebacker", "captain", "running", "plays", "played", "playing"}
)
WORKPLACE_LEADS = frozenset(
    {"works", "worked", "working", "employed", "teaches", "taught", "studies", "studied", "attends", "attended"}
    | {"enrolled", "volunteers", "retired", "teacher", "student", "cashier", "manager", "clerk", "worker"}
    | {"employee", "engineer", "driver", "mechanic", "janitor", "custodian", "coach", "principal", "librarian"}
    | {"pharmacist", "barista", "server", "waitress", "waiter", "cook", "chef", "firefighter", "officer", "deputy"}
    | {"carpenter", "electrician", "plumber", "farmer", "accountant", "lawyer", "professor", "junior", "senior"}
    | {"sophomore", "freshman", "graduate", "kindergartner", "grader", "bus", "crossing", "owner", "aide", "intern"}
    | {"nanny", "bartender", "hairstylist", "drives", "drove", "driving", "lineman", "welder", "trucker", "foreman"}
    | {"housekeeper", "caregiver", "stocker", "greeter", "receptionist", "bookkeeper", "farmhand", "miner", "logger"}
    | {"roofer", "machinist", "dishwasher", "lifeguard", "deacon", "usher", "elder", "parishioner", "congregant"}
)
# The leads that are a person's role, not a verb: the match names its person ("a sophomore from Mullen High School").
WORKPLACE_ROLE_LEADS = WORKPLACE_LEADS - {
    *("works", "worked", "working", "employed", "teaches", "taught", "studies", "studied", "attends", "attended"),
    *("enrolled", "volunteers", "retired", "drives", "drove", "driving", "bus", "crossing"),
}
# Capitalised words after a lead that are not a workplace: times, pronouns, the organization's words.
NOT_WORKPLACES = frozenset(
    {"the", "our", "your", "their", "his", "her", "this", "that", "home", "night", "nights", "day", "days", "it"}
    | {"christmas", "thanksgiving", "easter", "weekends", "monday", "tuesday", "wednesday", "thursday", "friday"}
    | {"saturday", "sunday", "i", "we", "he", "she", "they", "and", "or", "but", "covid", "er", "icu", "nicu"}
    | {"year", "month", "week"}  # "Pharmacist of the Year"
)
# A role noun right before capitalised words, with no "at"/"for"/"from" between, is a title before a name: "comms
# intern Josh Feeney", "Nurse Manager Patrice Dubois-Lang". The workplace comes after a preposition.
ROLE_TITLE_BEFORE = re.compile(r"(?i:\b(?:" + "|".join(sorted(WORKPLACE_ROLE_LEADS, key=len, reverse=True)) + r"))\s+$")
# A town's name that opens an organization's name: "a gift from the Hollis and June Fairbanks Foundation".
ORG_NAME_AFTER = re.compile(
    r"(?:\s+(?:and|&|of))?(?:\s+[A-Z][\w'.-]*){0,4}\s+(?:Foundation|Fund|Trust|Institute|Society|Association"
    r"|Endowment|Charitable)\b"
)
# Only a pronoun in the sentence: whose it is comes from the sentence before ("our new family doctor! She grew up in
# Caney Fork").
PRONOUNS_ONLY = frozenset({"she", "he", "her", "his", "him"})
# A single person in the sentence: what ties a town to a patient. Plural "patients" is a population, not one.
PERSON = re.compile(
    r"(?<![a-z])(?:patient|she|he|her|his|him|mom|mother|dad|father|son|daughter|baby|newborn|wife|husband"
    r"|grand(?:ma|mother|pa|father|son|daughter)|resident|veteran|toddler|teen|boy|girl|man|woman|mr|mrs|ms"
    r"|survivor|lives|born|admitted|discharged|diagnosed|grad|preemie|guy|kiddo|kid|champ|warrior|fighter|lady"
    r"|gentleman|neighbou?r|little|bac|ong|cu|lola|lolo|tito|tita|abuel[ao]|abuelit[ao]|senora|senor|dona|tonton|nana"
    # a chart's patient, one family, one of many patients: "Bay 2 pt from Dunning", "the family from Tryon"
    r"|pt|(?:the|this|a)\s+family|one\s+of\s+our\s+(?:[a-z]+\s+)?patients|\d{1,3}(?:\s+|-)years?(?:\s+|-)old"
    # a kin word, but not a shop's name made of one ("Auntie Anne's from Brookfield", "Nana's Kitchen")
    rf"|{KIN}(?!\s+[a-z]+'s\b))(?![a-z])"
)
EVENT = re.compile(
    r"(?<![a-z])(?:join us|event|fair|market|festival|5k|walk|run|registration|rsvp|open house|tickets|held|hosted"
    r"|memorial\s+service|all\s+(?:staff\s+)?(?:are\s+)?welcome"
    r"|hosting|booth|tent|parade|opening|ribbon|campus|location|clinic opens|now open)(?![a-z])"
)
# Capitalised words after "from" that are not places: people's titles, times, departments, the org's words.
NOT_TOWNS = frozenset(
    w.lower()
    for w in (
        *("The", "Our", "Your", "Their", "His", "Her", "This", "That", "These", "Dr", "Mr", "Mrs", "Ms", "Miss"),
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Tomorrow"),
        *("January", "February", "March", "April", "May", "June", "July", "August", "September", "October"),
        *("November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov"),
        *("Dec", "Spring", "Summer", "Fall", "Autumn", "Winter", "Christmas", "Thanksgiving", "Easter"),
        *("Hospital", "Health", "Medical", "Center", "Centre", "Clinic", "Cardiology", "Oncology", "Pediatrics"),
        *("Neurology", "Orthopedics", "Radiology", "Surgery", "Emergency", "Maternity", "Nursing", "Pharmacy"),
        *("Cancer", "Heart", "Children", "Women", "Family", "Community", "Foundation", "University", "College"),
        *("School", "Church", "County", "City", "State", "Town", "Village", "Home", "Work", "Day", "Night"),
        *("America", "United", "States", "USA", "US", "Canada", "Mexico", "Europe", "Africa", "Asia", "India"),
        *("China", "Japan", "Korea", "Vietnam", "Philippines", "Guatemala", "Honduras", "Cuba", "Haiti", "Ireland"),
        *("Italy", "Germany", "France", "Poland", "Ukraine", "Russia", "Nigeria", "Ghana", "Brazil", "Colombia"),
        *("Black", "White", "Hispanic", "Latino", "Latina", "Asian", "Native", "Catholic", "Christian", "Jewish"),
        *("Muslim", "Navy", "Army", "Marine", "Air", "Force", "Coast", "Guard", "National", "ICU", "NICU", "ER"),
        *("Stage", "Type", "COVID", "Covid", "Flu", "New", "Local", "Proud", "Brave", "Young", "Little", "Big"),
        *("Happy", "Thank", "Thanks", "Congratulations", "Welcome", "Meet", "Learn", "Check", "Click", "Visit"),
        *("Facebook", "Instagram", "Twitter", "LinkedIn", "YouTube", "TikTok", "Google", "Apple", "Amazon"),
        *("Olympic", "Olympics", "Special", "Boy", "Girl", "Scouts", "Rotary", "Lions", "Kiwanis", "YMCA"),
        *("Senior", "Chief", "Junior", "Staff", "Longtime", "Lifelong", "Former", "Current", "Fellow", "Single"),
        *("Working", "Expectant", "American", "African", "European", "Mexican", "Canadian", "Indigenous", "Alaska"),
        *("Hawaiian", "Pacific", "Islander", "Resident", "Native", "Medical", "Surgical", "Attending", "Medicine"),
        *("Internal", "Psychiatry", "Anesthesiology", "Dermatology", "Urology", "Obstetrics", "Gynecology", "OB"),
        *("Nephrology", "Gastroenterology", "Pathology", "Podiatry", "Dental", "Dentistry", "Physical", "Therapy"),
        *("Occupational", "Respiratory", "Neurosurgery", "Ophthalmology", "Optometry", "Rehab", "Rehabilitation"),
        *("All", "Us", "Of", "At", "In", "On", "And", "For", "With", "Everyone", "Every", "You", "We", "It", "Its"),
        *("Around", "Across", "Near", "Far", "Here", "There", "Where", "Near", "Both", "Each", "Many", "Some", "Any"),
        *("Apt", "Apartment", "Unit", "Suite", "Room", "Building", "Floor", "Bed", "Bay", "Lot", "Route", "Highway"),
        *("Interstate", "Exit"),
        *(STATES.split("|")),
    )
)


ROUTE_WORDS = frozenset({"route", "rte", "highway", "hwy", "road", "rd"})
LIVE_WORDS = frozenset(
    {"live", "lives", "living", "lived", "reside", "resides", "residing", "home", "house", "apartment", "up"}
    | {"moved", "moving", "stay", "stays", "staying", "address"}
)
TOWN_LEADS = frozenset({"from", "in", "of", "to", "near"})
PERSON_WORDS = frozenset(
    {"patient", "she", "he", "her", "his", "him", "mom", "mother", "dad", "father", "son", "daughter", "baby"}
    | {"newborn", "wife", "husband", "grandma", "grandmother", "grandpa", "grandfather", "grandson", "resident"}
    | {"granddaughter", "veteran", "toddler", "teen", "boy", "girl", "man", "woman", "mr", "mrs", "ms", "survivor"}
    | {"lives", "born", "admitted", "discharged", "diagnosed", "grad", "preemie", "guy", "kiddo", "kid", "champ"}
    | {"warrior", "fighter", "lady", "gentleman", "neighbor", "neighbour", "bac", "ong", "cu", "lola", "lolo", "tito"}
    | {"tita", "abuela", "abuelo", "abuelita", "abuelito", "senora", "senor", "dona", "tonton", "nana", "little"}
    | {"pt", "family", "patients"}
    | KIN_WORDS
)
DESCRIBED_WORDS = frozenset(
    {"grandmother", "grandfather", "grandma", "grandpa", "grandson", "granddaughter", "mother", "mom", "father"}
    | {"dad", "woman", "man", "teen", "teenager", "boy", "girl", "toddler", "infant", "baby", "resident", "native"}
    | {"family", "couple", "retiree", "widow", "widower", "kid", "child", "son", "daughter", "wife", "husband"}
    | {"veteran", "senior"}
)
NEIGHBOURHOOD_WORDS = frozenset(
    {"neighborhood", "neighbourhood", "subdivision", "apartments", "township", "park", "projects"}
)


STATE_CODES = frozenset(STATES_ABBR.split("|"))
CAPITAL = re.compile(r"[A-Z]")
# Three all-caps words in a row: the cheap sign of a post written in capitals (acronyms come alone).
SHOUTING = re.compile(r"[A-Z]{2,}[^A-Za-z0-9]+[A-Z]{2,}[^A-Za-z0-9]+[A-Z]{2,}")
LETTER = re.compile(r"[A-Za-z]")
# Words an ALL-CAPS post gets back in lower case, so that they are not read as names.
FUNCTION_WORDS = frozenset(
    {"on", "at", "in", "of", "from", "near", "off", "along", "to", "the", "a", "an", "and", "or", "for", "by"}
    | {"with", "is", "was", "who", "our", "her", "his", "their", "my", "lives", "living", "moved", "resident"}
    | {"native", "family", "patient", "boy", "girl", "man", "woman", "mom", "dad", "she", "he", "home", "house"}
    | {"all", "us", "we", "you", "your", "every", "everyone", "this", "that", "these", "those", "it", "its", "as"}
    | {"but", "not", "so", "be", "are", "were", "has", "have", "had", "will", "can", "team", "staff", "thank"}
)
# The words the lead-word patterns can start with (see _matches).
LEADS: dict[re.Pattern[str], frozenset[str]] = {
    LIVES_ON: frozenset(
        {"live", "lives", "living", "lived", "resides", "residing", "reside", "home", "house", "apartment", "grew"}
        | {"moved", "moving", "stay", "stays", "staying", "address"}
    ),
    WORKPLACE: WORKPLACE_LEADS,
    BACK_AT: BACK_AT_LEADS,
    TOWN_FROM: frozenset(
        {"from", "lives", "living", "lived", "resides", "residing", "resident", "native", "hometown", "hails"}
        | {"home", "grew", "moved", "back", "raised", "born", "near"}
    ),
    ON_STREET: frozenset({"on", "at", "near", "off", "along"}),
    TOWN_MORE: TOWN_MORE_LEADS,
}
# The same, looked up by the pattern object's identity: hashing a compiled pattern hashes its whole compiled code
# (not cached), ~14 us a lookup for these large patterns, and `_matches` looks one up for every pattern it runs.
LEADS_BY_ID: dict[int, frozenset[str]] = {id(pattern): leads for pattern, leads in LEADS.items()}


class AddressRule(PhiPatternRule):
    id = "phi.address"
    message = "Street address, ZIP code, or a town tied to a patient"
    tag = "[ADDRESS]"
    STREET_PATTERNS: ClassVar[tuple[re.Pattern[str], ...]] = (STREET, ROUTE, PO_BOX, LIVES_ON)
    PERSON_WINDOW: ClassVar[int] = 80
    # A text with this many addresses is blocked many times over; stop before the overlap checks grow quadratic.
    MAX_FINDINGS: ClassVar[int] = 200

    def __init__(self, settings: GuardrailSettings) -> None:
        super().__init__(settings)
        org = settings.organization
        self.own_streets: set[tuple[str, str]] = set()
        self.own_zips: set[str] = set()
        self.own_towns: set[str] = {t.strip().lower() for t in org.towns if t.strip()}
        self.own_street_names: set[str] = set()
        for address in org.addresses:
            self.own_streets.update(_street_keys(address))
            self.own_street_names.update(word for _number, word in _street_keys(address))
            self.own_zips.update(z[:5] for z in re.findall(r"\b\d{5}(?:-\d{4})?\b", address))
            self.own_zips.update(_postal_key(p) for p in POSTAL.findall(address))
            parts = [p.strip() for p in address.split(",")]
            self.own_towns.update(p.lower() for p in parts[1:] if p and not any(c.isdigit() for c in p))
        names = [org.name, *org.aliases, *(s.name for s in settings.staff)]
        self.org_words = frozenset(w.lower() for n in names for w in re.findall(r"[A-Za-z]+", n))
        self.org_phrases = tuple(p.strip().lower() for p in (*names, *org.towns, *org.addresses) if p.strip())
        self.not_towns = NOT_TOWNS | self.org_words | COUNTRIES
        self.patient_named = PatientNamed(settings)

    def scan(self, doc: Document) -> Iterator[Match]:
        text = matching_text(doc)
        words = word_set(doc)
        taken: list[tuple[int, int]] = []
        for pattern in self._candidates(doc, words):
            for found in _matches(doc, pattern):
                start, end = _trim(text, *found.span("value"))
                if (
                    _overlaps(taken, start, end)
                    or self.invalidate(text[start:end])
                    or (pattern is not BLOCK and _not_house_number(doc, start, end))
                ):
                    continue
                street_like = pattern is STREET or pattern is STREET_LED
                if street_like and (_organization_place(doc, start, end) or self._org_name(text, start, end)):
                    continue
                if street_like and staff_farewell(doc, start, end):
                    continue  # a staff member's funeral venue: "at First Methodist Church, 301 Walnut Street"
                if pattern is LIVES_ON and self._staff_only(doc, start, end):
                    continue
                if pattern is STREET_LIVED_ON and self._own_street_name(text, start, end):
                    continue
                if pattern is BLOCK and not self._person_block(doc, start, end):
                    continue
                taken.append((start, end))
                yield Match(start, end)
                if len(taken) >= self.MAX_FINDINGS:
                    return
        for start, end in _map_queries(doc) if doc.has_digits else ():
            if not _overlaps(taken, start, end) and not self.invalidate(text[start:end].replace("+", " ")):
                taken.append((start, end))
                yield Match(start, end)
        for start, end in _zip_spans(doc) if doc.has_digits else ():
            if not _overlaps(taken, start, end) and not self.invalidate(text[start:end]):
                taken.append((start, end))
                yield Match(start, end)
                if len(taken) >= self.MAX_FINDINGS:
                    return
        towns = []
        # a crossing first: "near Grant and 12th" is the crossing, not a town "Grant"
        if words & CROSS_WORDS and words & PERSON_WORDS and words & ON_WORDS and "and" in words:
            towns.append(intersection())
        if words & TOWN_LEADS:
            towns.append(TOWN_FROM)  # a name can be its person ("Olena Shevchuk arrived from Kharkiv")
        if words & DESCRIBED_WORDS:
            towns.append(TOWN_DESCRIBES)
        if "resident" in words or "native" in words:
            towns.append(TOWN_RESIDENT)
        if "of" in words and NAMED_OF_CARE.search(doc.lower) is not None:
            towns.append(NAMED_OF)  # only in a text about someone's care
        if words & NEIGHBOURHOOD_WORDS:
            towns.append(NEIGHBOURHOOD)
        if words & PERSON_WORDS and words & SUFFIX_WORDS and words & ON_WORDS:
            towns.append(ON_STREET)
        if "corner" in words and words & PERSON_WORDS:
            towns.append(CORNER)
        if words & WORKPLACE_LEADS and (words & PERSON_WORDS or words & WORKPLACE_ROLE_LEADS):
            towns.append(WORKPLACE)
        if words & BACK_AT_LEADS:
            towns.append(BACK_AT)
        if words & TOWN_MORE_LEADS and (words & PERSON_WORDS or "home" in words):
            towns.append(TOWN_MORE)
        if "own" in words:
            towns.append(TOWN_OWN)
        if words & FOLKS_WORDS and words & PERSON_WORDS:
            towns.append(TOWN_FOLKS)
        if words & FARM_WORDS:
            towns.append(FAMILY_FARM)
        if words & RELATION_WORDS:
            towns.append(RELATION_AT)
        if words & EMPLOYER_ROLES and words & PERSON_WORDS:
            towns.append(EMPLOYER_DESCRIBES)
        if words & GREETING_WORDS:
            towns.append(GREETING)
        if words & UNIT_PLACE_WORDS and doc.has_digits:
            towns.append(UNIT_PLACE)
        if words & RURAL_WORDS and doc.has_digits:
            towns.append(RURAL_ROUTE)
        if doc.has_digits and ("#" in text or "u" in words):
            towns.append(TEAM_PLAYER)
        if "\U0001f4cd" in text:
            towns.append(LOCATION_TAG)

        for pattern in towns:
            for found in _matches(doc, pattern):
                start, end = _trim(text, *found.span("value"))
                if _overlaps(taken, start, end) or not self._town_tied(doc, pattern, start, end):
                    continue
                taken.append((start, end))
                yield Match(start, end)
                if len(taken) >= self.MAX_FINDINGS:
                    return
        for start, end in related_places(doc, text, self.org_phrases, lambda: self.patient_named(doc)):
            if _teachers_class(doc, start, end):
                continue  # a teacher's class, not a patient's
            if not _overlaps(taken, start, end):
                taken.append((start, end))
                yield Match(start, end)
                if len(taken) >= self.MAX_FINDINGS:
                    return
        for start, end in self._named_patients_towns(doc, text):
            if not _overlaps(taken, start, end):
                taken.append((start, end))
                yield Match(start, end)
        for start, end in student_schools(doc, text, self.org_phrases, lambda: self.patient_named(doc)):
            if not _overlaps(taken, start, end):
                taken.append((start, end))
                yield Match(start, end)
                if len(taken) >= self.MAX_FINDINGS:
                    return

    def _candidates(self, doc: Document, words: frozenset[str]) -> list[re.Pattern[str]]:
        """The street and ZIP patterns worth running: a cheap word-set test skips most of them on most posts."""
        street = bool(words & SUFFIX_WORDS)
        out: list[re.Pattern[str]] = []
        if doc.has_digits:
            if street:
                out.append(STREET)
            if words & ROUTE_WORDS:
                out.append(ROUTE)
            if "box" in words:
                out.append(PO_BOX)
            if street and "block" in words:
                out.append(BLOCK)
            if not words.isdisjoint(STREET_LEAD_WORDS):
                out.append(STREET_LED)
        if street and words & LIVE_WORDS:
            out.append(LIVES_ON)
        if street and ("lives" in words or "live" in words) and words & {"there", "it"}:
            out.append(STREET_LIVED_ON)
        return out

    def _stop_word(self, words: list[str]) -> bool:
        """A capitalised word that is not a place ("from Dr", "from Cardiology"); "New Frederick" is judged by
        its second word, as "New", "North" or "Lake" start many town names."""
        head = words[1] if len(words) > 1 and words[0] in PLACE_PREFIXES else words[0]
        return head in self.not_towns or words[-1] in self.not_towns

    def _town_tied(self, doc: Document, pattern: re.Pattern[str], start: int, end: int) -> bool:
        town = doc.text[start:end].lower()
        words = town.split()
        if pattern is ON_STREET or pattern is CORNER or pattern is intersection():
            if words[0] in self.own_street_names or words[0] in self.org_words or words[0] in NOT_STREET_LEADS:
                return False
        elif pattern is WORKPLACE or pattern is RELATION_AT or pattern is BACK_AT:
            if words[0] in NOT_WORKPLACES or words[0] in self.org_words or town in self.not_towns:
                return False
            if pattern is WORKPLACE and ROLE_TITLE_BEFORE.search(doc.text, max(0, start - 30), start):
                return False  # a title before a name: "comms intern Josh Feeney"
        elif pattern is EMPLOYER_DESCRIBES:
            if words[0] in self.not_towns or words[0] in NOT_EMPLOYERS or words[0] in NOT_WORKPLACES:
                return False
            if _nationality(town) or words[0] in self.org_words:
                return False
        elif pattern is UNIT_PLACE or pattern is RURAL_ROUTE:
            if words[0] in NOT_HOMES or words[0] in self.org_words or self.invalidate(doc.text[start:end]):
                return False
            if PARKING.search(sentence_around(doc, start, end, self.PERSON_WINDOW)) is not None:
                return False  # "Lots 3 and 4 are closed; use Lot 5, Main Street": parking
        elif pattern is TEAM_PLAYER or pattern is LOCATION_TAG:
            if words[0] in self.not_towns or words[0] in self.org_words or town in self.own_towns:
                return False
        elif town in self.own_towns or town in self.not_towns or self._stop_word(words) or _nationality(town):
            return False
        if pattern is TOWN_FROM and ORG_NAME_AFTER.match(doc.text, end):
            return False  # the first words of a foundation's name
        window = sentence_around(doc, start, end, self.PERSON_WINDOW)
        household = pattern is RURAL_ROUTE or pattern is UNIT_PLACE  # a home's address, whoever is thanked near it
        if EVENT.search(window) or (STAFF.search(window) and not PATIENT.search(window)):
            return False
        if not household and outsider(doc, start, end):
            return False
        if pattern is TOWN_DESCRIBES and SURNAME_FAMILY.search(doc.lower, max(0, start - 5), end + 8):
            return False
        if pattern is RELATION_AT and _teachers_class(doc, start, end):
            return False  # "Mrs. Patel's 2nd-grade class at Ashby Elementary": a teacher's class, not a patient's
        if pattern is GREETING:
            # a family's greeting, not the organization's: a person somewhere in the text, none of our own words
            return PERSON.search(doc.lower) is not None and ORG_GREETING.search(window) is None
        if pattern is NAMED_OF:
            return _named_of(doc, start)
        if pattern in (TOWN_DESCRIBES, TOWN_RESIDENT, TOWN_OWN, RELATION_AT, UNIT_PLACE, RURAL_ROUTE):
            return True  # the pattern itself names the person or the home ("a Brookfield grandmother", "apt 1106")
        if pattern is TOWN_MORE and _going_home(doc, start):
            return True
        if pattern is TEAM_PLAYER and TEAM_POSITION.match(doc.text, end):
            return True  # "the Millbrook Thunder 14U goalie": the position is the person
        if pattern is BACK_AT and PERSON.search(window) is None:
            # who is back is often named only: "forklift operator Dwayne Ruckett is back on the floor at"
            return first_name_near(doc.text, start, end, self.org_phrases)
        if pattern is WORKPLACE and self._role_led(doc, start):
            # "a sophomore from Mullen High School": the role is the person, unless the pronoun's person is the
            # staff member of the sentence before ("...our Pharmacy Operations Manager. She started as a cashier at")
            return not self._staff_pronoun(doc, window, start)
        if pattern is LOCATION_TAG:
            return PATIENT.search(doc.lower, start, end + TAG_REACH) is not None
        if PERSON.search(window) is not None:
            return not self._staff_pronoun(doc, window, start)
        # a person named as the one who came from there, with no person word: "Olena Shevchuk arrived from Kharkiv"
        if pattern is TOWN_FROM and NAMED_ARRIVAL_BEFORE.search(doc.text, max(0, start - 60), start) is not None:
            return True
        return self._named_patients_town(doc, start, end)

    def _named_patients_towns(self, doc: Document, text: str) -> Iterator[tuple[int, int]]:
        """The town right after a name phi.name found (OF_TOWN_AFTER_NAME): phi.name has already judged the whole
        post and kept only patients and relatives (staff, donors, sponsors and public figures cleared), so "of" and a
        town after that name is where that person lives, in any post, with or without a word about care (NAMED_OF,
        which reads a name of its own, needs one). Not the organization's towns, a country, a department, nor a
        gift's or an event's sentence ("Gordon Ashworth of Fellbridge for his gift")."""
        candidates = list(OF_TOWN_AFTER_NAME.finditer(text))
        if not candidates:
            return  # phi.name's reading is asked only where a town could follow a name
        name_ends = set(self.patient_named.name_ends(doc))
        for found in candidates:
            if found.start() not in name_ends:
                continue
            start, end = found.span("value") if found.group("value") else found.span("signed")
            town = text[start:end].lower()
            if town in self.own_towns or town in self.not_towns or self._stop_word(town.split()) or _nationality(town):
                continue
            if WARD_AFTER.match(text, end) is not None:
                continue  # a unit with its bed after it: "Marisol Quintero from Peds bed 7"
            if RELATED_EVENT.search(sentence_around(doc, start, end, self.PERSON_WINDOW)) is not None:
                continue
            yield start, end

    def _named_patients_town(self, doc: Document, start: int, end: int) -> bool:
        """A town a town pattern found ("from", "in", "near" ...) with no person word in its sentence, in a post where
        phi.name found a patient or a relative (see patient_post) and a first name is in the town's sentence: "Does
        anyone know Gloria Pettaway from Oakdale? She came in by ambulance". Not the name itself ("a card from
        Hiroshi & Keiko Tanabe"), a unit with its bed after it ("from Peds bed 7") nor a shop ("Auntie Anne's from
        Brookfield")."""
        if WARD_AFTER.match(doc.text, end) is not None:
            return False
        if SHOP_BEFORE.search(doc.text, max(0, start - 12), start) is not None:
            return False
        return (
            first_name_near(doc.text, start, end, self.org_phrases)
            and self.patient_named(doc)
            and not self.patient_named.inside_name(doc, start, end)
        )

    def _staff_pronoun(self, doc: Document, window: str, start: int) -> bool:
        """The sentence's only person is a pronoun, and the sentence before introduces staff and no patient: "Welcome
        Dr. Eliza Mullins, our new family doctor! She grew up in Caney Fork" is the doctor's town."""
        people = {found.group() for found in PERSON.finditer(window)}
        if not people or not people <= PRONOUNS_ONLY:
            return False
        lower = doc.lower
        floor = max(0, start - self.PERSON_WINDOW)
        mark = max(lower.rfind(stop, floor, start) for stop in SENTENCE_MARKS)
        if mark <= 0:
            return False
        previous = sentence_around(doc, mark - 1, mark - 1, self.PERSON_WINDOW)
        return STAFF.search(previous) is not None and PATIENT.search(previous) is None

    def _role_led(self, doc: Document, start: int) -> bool:
        """Did WORKPLACE match on a role noun ("a sophomore from", "a deacon at") rather than a verb?"""
        lead = ROLE_LEAD_BEFORE.search(doc.lower, max(0, start - 40), start)
        return lead is not None and lead.group("role") in WORKPLACE_ROLE_LEADS

    def _own_street_name(self, text: str, start: int, end: int) -> bool:
        """A street of the organization's own addresses, or one of its words: no one's home."""
        first = text[start:end].split()[0].lower()
        return first in self.own_street_names or first in self.org_words or first in NOT_STREET_LEADS

    def _org_name(self, text: str, start: int, end: int) -> bool:
        """ "22 Granite Brook nursing students": a count before the organization's own name, whose last word
        happens to be a street suffix, is not a house number."""
        street = re.sub(r"^\S+\s+", "", text[start:end]).lower()
        return any(phrase.startswith(street) for phrase in self.org_phrases)

    def _person_block(self, doc: Document, start: int, end: int) -> bool:
        """ "She lives on the 400 block of Elm Street", not "the 400 block of Main Street will be closed": a block
        is a person's address only with a person in its sentence and no event."""
        window = sentence_around(doc, start, end, self.PERSON_WINDOW)
        if EVENT.search(window) or self._staff_only(doc, start, end):
            return False
        return PERSON.search(window) is not None

    def _staff_only(self, doc: Document, start: int, end: int) -> bool:
        """ "Our nurse Jenna grew up in Pine Hollow and joined us in 2019": where staff or an outsider grew up."""
        window = sentence_around(doc, start, end, self.PERSON_WINDOW)
        if STAFF.search(window) is not None and PATIENT.search(window) is None:
            return True
        return outsider(doc, start, end) or self._staff_pronoun(doc, window, start)

    def invalidate(self, text: str) -> bool:
        """The organization's own street addresses and ZIP codes (and a ZIP written with its own town)."""
        if _street_keys(text) & self.own_streets:
            return True
        zips = [z[:5] for z in re.findall(r"\d{5}(?:-\d{4})?(?!\d)", text)]
        zips += [_postal_key(p) for p in POSTAL.findall(text)]
        return bool(zips) and all(z in self.own_zips for z in zips) and not _street_keys(text)


# The role word WORKPLACE matched on, read back from the place: "a sophomore from ", "a deacon at the ".
ROLE_LEAD_BEFORE = re.compile(
    r"\b(?:an?|our|the|his|her|their)\s+(?P<role>[a-z]+)\s+(?:at|for|from|with|of)\s+(?:the\s+)?$"
)
# A bed, a room or a bay after a capitalised word makes it a unit of the hospital: "from Peds bed 7".
# A possessive right before the lead word names a shop, not a person: "Auntie Anne's from Brookfield", "Casey's in".
SHOP_BEFORE = re.compile(r"(?:'s|\u2019s)\s+(?:from|in|of|near|outside)\s+(?:the\s+)?$")
WARD_AFTER = re.compile(r"\s+(?i:bed|beds|room|rm|bay|pod|unit|floor|wing|suite)\b")
# A capitalised name right before an arrival verb and "from": "Olena Shevchuk arrived from", "Joe drove in from".
NAMED_ARRIVAL_BEFORE = re.compile(
    r"(?<![\w'])[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+)?\s+(?:arrived|came|moved|drove|flew|immigrated|relocated|fled"
    r"|transferred|walked)(?:\s+(?:here|in|over|up|down|to\s+us))?\s+from\s+(?:the\s+)?$"
)
TEACHERS_CLASS_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z][a-z]+'s\s+(?:[\w-]+\s+)?(?:class|students|kindergarten)\s+at\s+(?:the\s+)?$"
)
# ... unless the class is named for one of its own: "made 22 get-well cards for their classmate Gus".
CLASSMATE = re.compile(r"\bclassmates?\b|\btheir (?:friend|buddy|teammate|student|kid)\b")


def _named_of(doc: Document, start: int) -> bool:
    """Is the name before "of" a person's (a title, or a first name that is no everyday word: "Walt", "Amos"; not
    "Bank"), and the sentence no gift's, partner's or event's ("Gordon Ashworth of Fellbridge for his gift")?"""
    found = NAMED_OF_BEFORE.search(doc.text, max(0, start - 50), start)
    if found is None or RELATED_EVENT.search(sentence_around(doc, start, start, AddressRule.PERSON_WINDOW)):
        return False
    if found.group("title"):
        return True
    lists = name_lists()
    first = found.group("first").lower()
    return first in lists.forenames and first not in lists.words


NAMED_OF_BEFORE = re.compile(
    r"(?<![\w'])(?P<title>(?:Mr|Mrs|Ms|Miss)\.?\s+)?(?P<first>[A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?[A-Z][a-z'-]+\s+of\s+$"
)
# Right after a name phi.name found, the person's town, news style: "Tyler Nez of Dupuyer", "Josephine "Jo"
# Calabrese, 93, of Bellfountain", "Patty Gunderson of Big Timber" (an age may stand between), "Darlene from Bluestem
# Hollow"; or a signature's town ending the text: "- Joanne Whitley, Decatur".
OF_TOWN_AFTER_NAME = re.compile(
    rf",?(?:\s+\d{{1,3}},)?\s+(?:of|from)\s+(?P<value>{TOWN})(?!'s|\w)|,\s+(?P<signed>{TOWN})\s*$"
)
# What makes a text one about someone's care, where "Name of Town" is a patient's town.
NAMED_OF_CARE = re.compile(
    r"(?<![a-z])(?:patients?|admitted|discharged|diagnosed|recovering|surgery|rehab|heart attack|stroke|icu|nicu|er"
    r"|transplant|chemo|treatment|our care|born|delivered)(?![a-z])"
)


def _teachers_class(doc: Document, start: int, end: int) -> bool:
    """A teacher's class (title and surname owning it) with none of its own pupils as the patient."""
    if TEACHERS_CLASS_BEFORE.search(doc.text, max(0, start - 60), start) is None:
        return False
    return CLASSMATE.search(doc.lower, end, end + 120) is None


PARKING = re.compile(r"(?<![a-z])(?:parking|parked|lots|garage|valet|closed|shuttle|park\s+(?:in|at|on))(?![a-z])")
ORG_GREETING = re.compile(r"(?<![a-z])(?:clinic|hospital|team|staff|campus|center|centre|all of us)(?![a-z])")
# How far after a location tag the patient of its post is looked for.
TAG_REACH = 200


def _going_home(doc: Document, start: int) -> bool:
    """Did TOWN_MORE match on "home to" ("heads home to Pachuta")? Someone goes home there: a person."""
    return HOME_TO_BEFORE.search(doc.lower, max(0, start - 12), start) is not None


HOME_TO_BEFORE = re.compile(r"\bhome\s+to\s+(?:the\s+)?$")


def _nationality(town: str) -> bool:
    """ "Haitian-American", "South Sudanese": every word a country or a nationality."""
    parts = town.replace("-", " ").split()
    return all(part in COUNTRIES for part in parts) or " ".join(parts) in COUNTRIES


def _postal_key(code: str) -> str:
    return code.replace(" ", "").upper()


def _street_keys(address: str) -> set[tuple[str, str]]:
    """(house number, first street word) pairs: "1200 River Road" and "1200 River Rd." share one key."""
    return {(n, w.lower()) for n, w in re.findall(r"\b(\d{1,6})[A-Za-z]?\s+(?:[NSEW]\.?\s+)?([A-Za-z0-9]+)", address)}


def matching_text(doc: Document) -> str:
    """The text the address patterns read: an ALL-CAPS post in ordinary case ("THE BOY ... ON SHEA LN" reads
    "the Boy ... on Shea LN"), as the patterns tell names from words by their capital; same length, same offsets."""
    return doc.memo("phi.locations.text", lambda: _ordinary_case(doc.text))


def _ordinary_case(text: str) -> str:
    if SHOUTING.search(text) is None:
        return text
    capitals = len(CAPITAL.findall(text))
    if capitals < 10:
        return text
    if capitals < 0.7 * len(LETTER.findall(text)):
        return text
    cased = re.sub(r"[A-Za-z]+", _case_word, text)
    return cased if len(cased) == len(text) else text


def _case_word(found: re.Match[str]) -> str:
    word = found.group()
    lower = word.lower()
    if lower in FUNCTION_WORDS:
        return lower
    if len(word) == 2 and word in STATE_CODES:
        return word
    return word.capitalize()


# A map link's query is the place it points at: "maps.google.com/?q=18+Bayberry+Ct+Daphne+AL+36526",
# "google.com/maps/place/18+Bayberry+Ct". With a digit in it: a house number or a ZIP, not a business's name.
MAPS_QUERY = re.compile(
    r"(?i:\bmaps\.(?:google|apple)\.[a-z.]{2,8}/[^\s?]{0,40}\?(?:[^\s&#]{0,80}&){0,4}(?:q|query|address|daddr|destination)="
    r"|\bgoogle\.[a-z.]{2,8}/maps/(?:place|search|dir)/)(?P<value>(?=[^\s&#/]{0,120}\d)[^\s&#/]{4,120})"
)


def _map_queries(doc: Document) -> Iterator[tuple[int, int]]:
    """The address a map link points at (see MAPS_QUERY)."""
    if "maps" not in doc.words:
        return
    for found in MAPS_QUERY.finditer(doc.text):
        yield found.span("value")


# A bare ZIP code where a person is: "a patient in 78838", "the fire in the 98409 area", "from Oak Lawn (60453)".
ZIP_PLACED_BEFORE = re.compile(r"(?:\b(?:in|from|near|around|outside)\s+(?:the\s+)?|\b[A-Z][a-z]+\s+\()$")
ZIP_PLACED_AFTER = re.compile(r"(?:\s+area\b|\)|\s*[,.;:!?\u2014-]|\s*$)")


def _placed_zip(doc: Document, text: str, start: int, end: int, before: str) -> bool:
    """Five digits where a place goes ("in", "from", a town's bracket), ending there (no count's noun after), with a
    person in the sentence: a patient's ZIP code."""
    if ZIP_PLACED_BEFORE.search(before) is None or ZIP_PLACED_AFTER.match(text, end) is None:
        return False
    return PERSON.search(sentence_around(doc, start, end, AddressRule.PERSON_WINDOW)) is not None


def _zip_spans(doc: Document) -> Iterator[tuple[int, int]]:
    """ZIP codes that read as ZIP codes (see ZIP_DIGITS), with the town and state in front when written."""
    text = matching_text(doc)
    for found in ZIP_DIGITS.finditer(text):
        start, end = found.span()
        before = text[max(0, start - ZIP_LOOKBACK) : start]
        lead = STATE_BEFORE.search(before) or TOWN_BEFORE.search(before)
        if lead is not None:
            town = lead.groupdict().get("town")
            yield start - len(before) + (lead.start("town") if town else lead.start()), end
        elif ZIP_WORD_BEFORE.search(before) or "-" in found.group() or _placed_zip(doc, text, start, end, before):
            yield start, end
    for found in POSTAL.finditer(text):
        start, end = found.span()
        before = text[max(0, start - ZIP_LOOKBACK) : start]
        lead = STATE_BEFORE.search(before)
        yield (start - len(before) + lead.start() if lead is not None else start), end


def _matches(doc: Document, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """Every match of `pattern`; one that starts with a lead word is tried only where such a word starts."""
    leads = LEADS_BY_ID.get(id(pattern))
    if leads is None:
        yield from pattern.finditer(matching_text(doc))
        return
    end = -1
    for start, _word in word_starts(doc, leads):
        if start < end:
            continue
        found = pattern.match(matching_text(doc), start)
        if found is not None:
            end = found.end()
            yield found


def _organization_place(doc: Document, start: int, end: int) -> bool:
    """ "Our Cancer Center at 45 Oak Street", "Walk with a Doc at 2200 N Lake Shore Dr": a site or an event of the
    organization (one the configuration does not list), when no person is in the sentence."""
    before = doc.lower[max(0, start - 60) : start]
    window = doc.window(start, end, 80, 80)
    if PERSON.search(window):
        return False
    return ORG_PLACE_BEFORE.search(before) is not None or EVENT.search(window) is not None


def _not_house_number(doc: Document, start: int, end: int) -> bool:
    """ "In 2024 Main Street got a clinic", "our 3 Cancer Centers": a year or a count, not a house number. A
    street written with its town ("Ms. Mabry of 118 Martin Luther King Jr. Ave, Dossville") is an address."""
    before = doc.lower[max(0, start - 12) : start]
    if re.match(r"(?:19|20)\d\d(?!\d)", doc.text[start : start + 5]) and YEAR_BEFORE.search(before):
        return True
    if "," in doc.text[start:end]:
        return False
    return (
        re.match(r"\d{1,3}(?!\d)", doc.text[start : start + 4]) is not None and COUNT_BEFORE.search(before) is not None
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " ,.":
        end -= 1
    return start, end


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


RULES: tuple[type[Rule], ...] = (AddressRule,)
