"""phi.age: an age over 89 of one person ("a 94-year-old patient", "aged 101", "turns 92", "a centenarian").

Safe Harbor lets ages up to 89 stand and folds older ages into one "90 or older" category. So:
- an age of 89 or under is never flagged;
- a population statement is not one person's age and is itself that aggregate: "people over 90 should...",
  "adults 90 and older", "ages 90+", "centenarians" (plural) are not flagged;
- an age that belongs to a thing is not a person's: "our 100-year-old building", "Riverside Health turns 100",
  "Happy 100th birthday, Whitman Hall!" (a building named after a person is still a building).
The span is the number ("a [AGE]-year-old patient"), or the word for "centenarian" and the like.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from guardrails.model import Category, FixKind, Severity
from guardrails.rules.base import Document, Match, Rule
from guardrails.rules.phi.patient_post import PatientNamed
from guardrails.rules.phi.people_lexicon import name_lists, phrase_key, word_set
from guardrails.settings import GuardrailSettings

_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_UNITS_TH = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
# 90-129 in digits or in words ("ninety-three", "one hundred and one", "a hundred").
_N = (
    rf"(?P<value>(?<![\d.,])(?:9\d|1[0-2]\d)(?![\d,.]\d)|ninety(?:[- ]?{_UNITS})?|"
    rf"(?:(?:one|a)[- ])?hundred(?:[- ](?:and[- ])?(?:{_UNITS}|{_TEENS}))?)"
)
_NTH = (
    rf"(?P<value>(?<![\d.,])(?:9\d|1[0-2]\d)(?:st|nd|rd|th)|ninetieth|ninety[- ]{_UNITS_TH}|"
    rf"(?:(?:one|a)[- ])?hundredth|(?:(?:one|a)[- ])?hundred[- ](?:and[- ])?{_UNITS_TH})"
)
# 90-129 with its digits spaced or dashed apart, as people write to slip past a check ("9 4 years old", "the big
# 9-0", "1 0 2"): read only where the words around it say age.
_N_SPACED = r"(?P<value>(?<![\d.,])(?<![\d.,] )(?:9[- ]\d|1[- ][0-2][- ]\d)(?![- ]?\d))"
_NOT_TURN = r"(?! ?(?:degrees?|\u00b0|percent|%|times|laps))"
# "94 yrs", "94yo", "94 y/o old": what may follow the number between commas or in brackets.
_YEARS_UNIT = r"(?: ?(?:yrs?|years?|y/?o|y\.o\.|yo)(?: old)?)?"
# 90-129 inside a hashtag, glued to the word before it.
_N_GLUED = rf"(?P<value>(?:9\d|1[0-2]\d)(?!\d)|ninety(?:{_UNITS})?|(?:one)?hundred(?:and)?(?:{_UNITS})?)"
_BIG = r"\b(?:hit|hits|hitting|reach\w*|celebrat\w+|made it to) the big "
# 90-129 in Spanish, Portuguese or Vietnamese words, or in digits, before the word for "years" in those languages
# and French, German, Italian, Romanian or Polish ("noventa y tres años", "95 tuổi", "97 ans"); the rules read
# the text with its accents dropped ("anos", "tuoi").
# What "her 100th" counts when it is not her age: a delivery, a game, a visit.
COUNTED = (
    "year|anniversary|time|visit|day|floor|street|game|race|marathon|patient|baby|babies|delivery|surgery|case"
    "|procedure|shift|transplant|save|win|goal|point|book|session|class|percentile|week|month"
)
_N_ABROAD = (
    r"(?P<value>(?<![\d.,])(?:9\d|1[0-2]\d)(?![\d,.]\d)|\bnoventa(?: [ye] [a-z]+)?|\bcien(?:to)?(?: [ye]? ?[a-z]+)?"
    r"|\bchin muoi(?: [a-z]+)?|\bmot tram(?: [a-z]+)?"
    # French, Italian, German, Tagalog and Somali words for 90-99 (issue #10 round 4; their words for a hundred
    # years, "cent ans", "cento anni", "hundert Jahre", are as often a hospital's centennial)
    r"|\bquatre[- ]vingt[- ](?:dix|onze|douze|treize|quatorze|quinze|seize)(?:[- ](?:sept|huit|neuf))?"
    r"|\bnovant[a-z]*|\b[a-z]*neunzig|\bsiyamnapu[a-z']*(?: [a-z]+)?"
    r"|\bsagaashan(?: iyo [a-z]+)?)"
)
# Haitian Creole: "katreven douz an" (92 years), "katreven-dis lane".
_N_KREYOL = r"(?P<value>\bkatreven[- ](?:dis|onz|douz|trez|katoz|kenz|sez|diset|dizwit|diznef))"
AGE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "94-year-old", "#94yearsyoung", "94yrold": the separators may be left out, as in a hashtag
    ("years_old", re.compile(rf"{_N}[- ]?(?:years?|yrs?|yr)\.?(?:[- ]?(?:old|young)| of age)\b")),
    ("years_old_spaced", re.compile(rf"{_N_SPACED}[- ]?(?:years?|yrs?|yr)\.?[- ]?(?:old|young)\b")),
    # "Ms. Dot, 100 years strong": a person must be just before it ("Celebrating 100 years strong!" is a hospital's)
    ("years_strong", re.compile(rf"{_N}[- ]?(?:years?|yrs?)[- ](?:strong|wise)\b")),
    ("yo", re.compile(rf"{_N}[- ]?(?:y/?o|y\.o\.?|yo)(?![a-z])")),
    ("aged", re.compile(rf"\b(?:aged?|age:|age of) ?{_N}\b")),
    # "turned 90 degrees" is a turn, not an age
    ("turns", re.compile(rf"\bturn(?:s|ed|ing)? (?:the big )?{_N}\b{_NOT_TURN}")),
    ("turns_spaced", re.compile(rf"\bturn(?:s|ed|ing)? (?:the big )?{_N_SPACED}{_NOT_TURN}")),
    # "the big 9-0", "hit the big ninety": a round age said the way birthdays are
    ("big", re.compile(rf"{_BIG}{_N}\b")),
    ("big_spaced", re.compile(rf"{_BIG}{_N_SPACED}")),
    # "96M admitted with delirium", "102 y/o F with CHF": a case presentation's age and sex
    (
        "case",
        re.compile(
            r"(?:^|(?<=[:;.(\n])\s?|\b(?:a|an|pt|patient|case|our|this)\s)"
            r"(?P<value>9\d|1[0-2]\d) ?(?:y/?o ?|yo ?|y\.o\. ?)?[mf]\b"
            r"(?= (?:admitted|admit|presenting|presents|presented|with|w/|s/p|h/o|hx|pmh|c/o|pt|who|brought"
            # "91F w/ CHF": "w/" ends on a slash, where \b does not hold before a space
            r"|transferred|found|seen|status post|history)(?![a-z]))"
        ),
    ),
    ("birthday", re.compile(rf"{_NTH} birthday\b")),
    ("name_comma", re.compile(rf"(?<=[a-z]), (?:now |just )?{_N}{_YEARS_UNIT},")),
    # "Ruth (98) went home": the age in brackets after a word.
    # "Grandma Ruthanne (92!!)": marks of surprise inside the brackets too
    ("bracket", re.compile(rf"(?<=[a-z]) \({_N}{_YEARS_UNIT}[!?.]*\)")),
    # "#turning100", "#HappyBirthday95", "#turningninetyfive": an age inside a hashtag after the word that says so
    (
        "hashtag",
        re.compile(rf"#(?:turn(?:s|ed|ing)?|happy(?:birthday|bday)?|hbd|aged?){_N_GLUED}(?:st|nd|rd|th)?(?![a-z\d])"),
    ),
    (
        "abroad",
        re.compile(
            rf"{_N_ABROAD} ?(?:anos|ans|tuoi|jahre|jahren|jahrige[nr]?|anni|ani|lat|taon|taong|jaar|jir|sano)(?!\w)"
        ),
    ),
    ("kreyol", re.compile(rf"{_N_KREYOL} (?:an|lane)\b")),
    # the same in digits, and "has N years" as Creole says an age ("Grann mwen gen 92 an", "li gen 100 an jodi a");
    # Tagalog's ordinal birthday ("ika-95 na kaarawan")
    ("kreyol_digits", re.compile(r"\bgen (?P<value>9\d|1[0-2]\d) (?:an|lane)\b")),
    ("kaarawan", re.compile(r"\bika-?(?P<value>9\d|1[0-2]\d) na kaarawan\b")),
    # a hundred years in Portuguese, Tagalog and Somali ("cem anos", "isang daang taon", "boqol sano"): as often a
    # hospital's centennial, so a person must be near (PERSON_AROUND)
    (
        "abroad_hundred",
        re.compile(
            r"(?P<value>\bcem|\bcento e [a-z]+|\b(?:isang )?daang|\bboqol(?: iyo [a-z]+)?) "
            r"(?:anos|taon|taong|sano|jir)(?!\w)"
        ),
    ),
    # "Happy 102nd to our patient", "a spry 93", "alive for 99 years", "a 90-something grandmother", "celebrated her
    # century": an age said without the words the patterns above need.
    ("happy_nth", re.compile(rf"\bhappy {_NTH}(?! (?:{COUNTED}|birthday|bday|b-day))\b")),
    (
        "spry",
        re.compile(rf"\ban? (?:spry|sprightly|feisty|sharp|lively|youthful|young|fabulous|vibrant|active) {_N}\b"),
    ),
    ("alive_for", re.compile(rf"\b(?:alive|on this earth|on earth|lived|living) (?:for )?{_N} years\b")),
    (
        "ninety_something",
        re.compile(r"\b(?P<value>(?:9\d|ninety)[- ](?:something|odd))(?:[- ]year[- ]old)?\b"),
    ),
    # "99 trips around the sun", "blew out 100 candles", "a century young", "lived nine decades": a person's years
    # said sideways; a person must be near (PERSON_AROUND)
    ("around_sun", re.compile(rf"{_N} (?:trips|laps|spins|orbits|times) around the sun\b")),
    ("candles", re.compile(rf"\b(?:blew|blow|blows|blowing) out (?:all |her |his )?{_N} (?:birthday )?candles\b")),
    ("century_young", re.compile(r"\b(?:a|one) (?P<value>century) (?:young|old)\b")),
    ("decades", re.compile(r"\b(?:lived|living|spanning|after) (?P<value>(?:nine|9|ten|10) decades)\b")),
    ("decades_young", re.compile(r"\b(?P<value>(?:nine|9|ten|10) decades) (?:young|old)\b")),
    (
        "century",
        re.compile(r"\b(?:celebrat\w+|reach\w*|hit|hits|made it to|turn\w*) (?:her|his|a) (?P<value>century)\b"),
    ),
    ("at_age", re.compile(rf"\bat {_N}, (?!\d)")),
    # "her follow-up at 90.", "his discharge at 90 by giving", "passed at 97 yrs.": a person must be near and no
    # measure just before ("her sats at 94.")
    (
        "at_age_end",
        re.compile(
            rf"\bat {_N}(?: ?(?:yrs?|years?)(?: old| of age)?)?(?=[.!?;]|$| by | with | and | when | she | he )"
        ),
    ),
    # "Not bad for ninety-two 💪": praise for an age, the clause ending after it
    (
        "for_age",
        re.compile(rf"\b(?:not bad|pretty good|good|great|amazing|impressive|sharp|spry) for {_N}(?=\s*(?:[^\w\s]|$))"),
    ),
    # "Ninety and still roping": an age and what one still does
    # (at the start of a clause or after "is", "at": "her team scored 95 and still lost" is a score)
    (
        "and_still",
        re.compile(rf"(?:^|(?<=[^\w\s,'])\s?|\b(?:is|was|'s|at|now)\s){_N}(?: years? (?:old|young))? and still\b"),
    ),
    (
        "is_age",
        re.compile(
            r"\b(?:who is|who's|she is|he is|she's|he's|is now|who was|will be|who'll be|she'll be|he'll be"
            r"|would (?:have been|be)) "
            rf"{_N}(?: years)?(?: old)?\b"
        ),
    ),
    # "Nonagenarian Tea", "the centenarian club": a gathering named for an age group is no one's age
    (
        "word",
        re.compile(
            r"\b(?P<value>(?:super)?centenarian|nonagenarian)\b(?!s)(?! (?:tea|club|social|society|group|program"
            r"|luncheon|party|parties|gathering|brunch|lunch|breakfast|choir|class|circle|series|study|studies"
            r"|research|population|day|month|week)\b)"
        ),
    ),
    # "in her late nineties", "his mid-90s": a decade over 89 said of one person (not "the late 90s", an era).
    ("decade", re.compile(r"\b(?:her|his) (?:early |mid-?|late )?(?P<value>nineties|90'?s)\b")),
    # "her 101st", "his ninety-fifth": an ordinal age owned by one person, birthday or not.
    (
        "ordinal",
        re.compile(rf"\b(?:her|his) {_NTH}(?! (?:{COUNTED}))\b"),
    ),
    # "grandma is ninety-six and", "she was 97 when": a number over 89 as the complement of "is", "was" or
    # "turns", ending its clause; a person must be named just before (see _population).
    (
        "complement",
        re.compile(
            rf"\b(?:is|was|'s|turns|turning|now) {_N}(?=[ ]?(?:[,.!?;)]|$| and | but | when "
            r"| now | today | this | going | years))"
        ),
    ),
    # "💯 years and 2 days!": the hundred emoji as a number of years.
    ("emoji", re.compile(r"(?P<value>\U0001f4af) ?(?:years?|yrs?)\b")),
)
# Right after a name, a comma and an age over 89 ending its clause: "Grandpa Joe, ninety-three and sharp as ever",
# "Ruth Abbot, 101, went home" (the gate: a comma and such a number anywhere).
AGE_AFTER_NAME = re.compile(
    rf",\s+(?:now\s+|just\s+|age\s+|aged\s+)?{_N}(?:\s*(?:years?|yrs?)(?:\s+(?:old|young))?)?"
    r"(?=\s*(?:[,;:!.)]|$)|\s+(?:and|but|who|is|was|still|went|came|walked|says|said|finished|celebrated)\b)"
)
AGE_AFTER_COMMA = re.compile(
    r",\s+(?:now\s+|just\s+|age\s+|aged\s+)?(?:9\d|1[0-2]\d|ninety|one hundred|a hundred|hundred)"
)
# What else a number after "is"/"was" measures: a reading, a score, a count, a place.
MEASURES = re.compile(
    r"\b(?:levels?|score|saturation|sats?|sugar|glucose|pressure|rate|count|temp\w*|weight|reading|oxygen|o2|bpm"
    r"|a1c|iq|grade|number|room|bed|floor|unit|ward|percent\w*|pulse|heart|fever|bp)\b"
)
# Patterns whose number reads as an age only with a person just before it ("grandma bea is ninety-six").
SIDEWAYS = frozenset({"around_sun", "candles", "century_young", "decades", "decades_young"})
PERSON_NEEDED = (
    frozenset(
        {"complement", "emoji", "years_strong", "happy_nth", "at_age_end", "for_age", "and_still", "big", "big_spaced"}
    )
    | SIDEWAYS
    | {"abroad_hundred"}
)
# Ways of saying an age that an organization's anniversary shares ("100 years young! Happy birthday Riverside
# Health"): the organization named in the 60 characters after makes the age its own when no person is near.
ANNIVERSARY = frozenset({"years_old", "years_strong", "birthday", "happy_nth", "hashtag", "around_sun"})
# Of those, the ones whose person may stand anywhere near ("her follow-up at 90"), not just before a verb.
PERSON_AROUND = frozenset({"at_age_end", "for_age", "and_still", "big", "big_spaced", "abroad_hundred"}) | SIDEWAYS
# "over 90", "90 and older", "90+": a population, and the Safe Harbor aggregate itself.
POPULATION_BEFORE = re.compile(
    r"(?:over|above|older than|at least|beyond|past|ages|between|from|mayores de|mas de|mais de|plus de|uber|tren"
    r"|hon|tu) $"
)
POPULATION_AFTER = re.compile(r"(?:\+| ?(?:and|or) (?:older|over|above|up|beyond)| ?plus\b|s\b| to \d|-\d)")
# Things that have ages too.
THING_NOUNS = word_set(
    """building hospital hospitals institution tradition church tree house home company organization organisation
    oak maple elm pine quilt piano organ bell clock painting portrait photo photograph recipe bible barn farmhouse
    mill car truck tractor ship statue mural fountain
    clinic program programme bridge school library campus facility center centre foundation system practice
    ward wing business brand network university college department unit society association charity
    partnership legacy history anniversary"""
)
THING_SUBJECT = re.compile(
    r"\b(?:we|we're|we are|our (?:hospital|clinic|center|centre|foundation|system|organi[sz]ation|building|"
    r"campus|program|practice|network|team|department)|hospital|clinic|center|centre|foundation|institution|"
    r"building|campus|program|hall|pavilion|tower|wing|chapel|library|school|church|annex)\b[^.!?\n]{0,30}$"
)
# "Happy 100th birthday, Whitman Hall!", "turns 100: our Cedar Pavilion": a building named right after the age.
# (not where the person is when it happens: "turned 90 on the rehab unit", "is 93 in our care center")
THING_AFTER = re.compile(
    r"[ ,:!-]*(?!(?:on|in|at|inside|into|from) )(?:to |of |for )?(?:our |the )?(?:[a-z'.&-]+ ){0,3}"
    r"(?:hall|building|center|centre|wing|tower|pavilion"
    r"|library|church|school|hospital|campus|clinic|foundation|institution|house|chapel|auditorium|annex|fund|program"
    r"|tradition|campaign|auxiliary|guild|society|association|unit|department|ward|gala)\b"
    # the place's word used of a person: "to our longest-serving hospital volunteer-turned-patient"
    r"(?![ -](?:volunteer|patient|employee|worker|nurse|chaplain|family|families)\b)"
)
PERSON_WORDS = re.compile(
    r"\b(?:she|he|her|his|patient|woman|man|lady|gentleman|grand(?:mother|father|ma|pa)|mom|dad|mother|father|"
    r"veteran|resident|friend|wife|husband|neighbou?r|great-grand\w*|senora|senor|paciente|abuel[ao]|patiente?|frau"
    r"|herr|nonn[ao]|ong|cu|dona|abuelit[ao]|aunt|aunty|auntie|great-aunt|uncle|lol[ao]|tit[ao]|nana|papa|grand(?:ma|pa)|pt"
    r"|granny|gran|kupuna|elder|vovo|avo|ayeeyo|awoowe|hooyo|aabo|lolo|grann|granpapa)\b"
)


TITLE = re.compile(r"\b(?:mr|mrs|ms|miss|mx)\b")
# A locator and its number just before the verb: "in room 1108 is 93".
LOCATED = re.compile(r"\b(?:room|rm|bed|bay|chair)\s+\d{1,4}[a-z]? $")
# A bracketed aside between the subject and the verb: "Dorothy (or Dot, as the team calls her) is ninety-seven".
ASIDE = re.compile(r"\s*\([^()]{0,80}\)\s*$")


def _first_name(words: str) -> bool:
    """A first name that is no everyday word ("dorothy is ninety-seven"; not "hazel", "will")."""
    lists = name_lists()
    return any(word in lists.forenames and word not in lists.words for word in re.findall(r"[a-z]+", words))


def _subject_side(lower: str, start: int) -> str:
    """The 40 characters before the verb, a bracketed aside right before it stepped over."""
    before = lower[max(0, start - 120) : start]
    aside = ASIDE.search(before)
    if aside is not None:
        before = before[: aside.start()] + " "
    return before[-40:]


# A locator's number right after a measure word: "the lady in bed 3 is ninety-four" names where she is, not a reading.
LOCATOR_NUMBER = re.compile(r"\s*#?\s*\d")


def _measured(lower: str, low: int, high: int) -> bool:
    """Is a measure word in [low, high) that is not a locator with its number ("bed 3", "room 12")?"""
    return any(LOCATOR_NUMBER.match(lower, found.end()) is None for found in MEASURES.finditer(lower, low, high))


class AgeRule(Rule):
    id = "phi.age"
    category = Category.PHI
    severity = Severity.BLOCK
    message = "Age over 89 of a person (Safe Harbor allows ages up to 89, or '90 or older')"
    fix = FixKind.REDACT
    tag = "[AGE]"

    # An age over 89 needs a number from 90 to 129 standing alone, or one of these words. The number's pattern
    # opens on the digit class [19] so the regex engine can skip to those digits (a lookbehind first made it try
    # every position), then checks what the plain `(?<!\d)(?:9\d|1[0-2]\d)(?!\d)` does, with a space or dash
    # allowed between the digits ("9 4 years old", "the big 9-0").
    TRIGGER_WORDS: ClassVar[tuple[str, ...]] = (
        *("ninet", "hundred", "centenarian", "nonagenarian", "noventa", "cien ", "ciento", "chin muoi", "mot tram"),
        *("quatre", "novant", "neunzig", "siyamnapu", "sagaashan", "katreven", "century"),
        *("90s", "90's", "\U0001f4af", "#turn", "#happy", "#hbd", "#age", "decades", "cem ", "cento", "daang"),
        *("boqol",),
    )
    TRIGGER_NUMBER = re.compile(r"[19](?<!\d[19])(?:(?<=9)[- ]?\d|(?<=1)[- ]?[0-2][- ]?\d)(?!\d)")

    def __init__(self, settings: GuardrailSettings) -> None:
        super().__init__(settings)
        self.patient_named = PatientNamed(settings)
        org = settings.organization
        names = [" ".join(phrase_key(n)) for n in (org.name, *org.aliases) if phrase_key(n)]
        self.org_subject = (
            re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b[^.!?\n]{0,30}$") if names else None
        )
        self.org_named = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b") if names else None
        # "#HappyBirthday100 Riverside Health!": the organization named right after the age
        self.org_after = (
            re.compile(r"[ ,:!-]*(?:to |of |for )?(?:our |the )?(?:" + "|".join(re.escape(n) for n in names) + r")\b")
            if names
            else None
        )

    def scan(self, doc: Document) -> Iterator[Match]:
        lower = doc.lower
        if not any(word in lower for word in self.TRIGGER_WORDS) and not self.TRIGGER_NUMBER.search(lower):
            return
        taken: set[int] = set()  # start offsets found already: the same age matched by two patterns counts once
        for name, pattern in AGE_PATTERNS:
            for found in pattern.finditer(lower):
                start, end = found.span("value")
                if start in taken:
                    continue
                if self._population(lower, name, found.start(), found.end()):
                    continue
                if name != "word" and self._thing(lower, name, found.start(), found.end()):
                    continue
                if name in PERSON_NEEDED and not self._person_near(lower, name, found.start(), found.end()):
                    continue
                taken.add(start)
                yield Match(start, end)
        for start, end in self._after_a_name(doc):
            if start not in taken:
                taken.add(start)
                yield Match(start, end)

    def _after_a_name(self, doc: Document) -> Iterator[tuple[int, int]]:
        """An age over 89 in apposition right after a name phi.name kept as a patient's or a relative's ("Grandpa
        Joe, ninety-three and sharp as ever", "Ruth Abbot, 101 and counting"): phi.name has judged the whole post
        (staff, donors and public figures cleared), so the number after that name is that person's age, however
        the clause goes on, where "name_comma" needs a second comma after it."""
        lower = doc.lower
        if AGE_AFTER_COMMA.search(lower) is None:
            return
        for name_end in self.patient_named.name_ends(doc):
            found = AGE_AFTER_NAME.match(lower, name_end)
            if found is not None:
                yield found.span("value")

    def _person_near(self, lower: str, name: str, start: int, end: int) -> bool:
        """A person just before the number ("grandma bea is ninety-six"); for a bare "💯 years" caption, the person
        may come in the sentence after it. After "is"/"was" the subject is one of the two words before the verb,
        and no measurement ("her oxygen level was 94 and", "his score is 92.")."""
        if name == "emoji":
            return bool(
                PERSON_WORDS.search(lower, max(0, start - 60), start) or PERSON_WORDS.search(lower, end, end + 120)
            )
        if name in PERSON_AROUND:
            return self._person_around(lower, start, end, 120 if name == "and_still" else 60)
        if name in ("years_strong", "happy_nth"):
            near = lower[max(0, start - 40) : end + (60 if name == "happy_nth" else 0)]
            return PERSON_WORDS.search(near) is not None or TITLE.search(near) is not None
        before = _subject_side(lower, start)
        subject = re.search(r"(?:[\w'-]+ ){1,2}$", before)
        if subject is None or _measured(subject.group(), 0, len(subject.group())):
            return False
        if LOCATED.search(subject.group()) is not None:
            # "your pt in room 1108 is 93": the subject is the one placed in the locator
            subject = re.search(r"(?:[\w'-]+ ){1,2}(?=in (?:[\w'-]+ ){1,2}$)", before)
            if subject is None:
                return False
        return PERSON_WORDS.search(subject.group()) is not None or _first_name(subject.group())

    @staticmethod
    def _person_around(lower: str, start: int, end: int, after: int) -> bool:
        """A person in the 80 characters before or the `after` after ("her follow-up at 90", "at 97 yrs. She never
        missed"; a caption's "Ninety and still roping" names her further on), and no measure in the 30 before
        ("her sats at 94.")."""
        if _measured(lower, max(0, start - 30), start):
            return False
        near = lower[max(0, start - 80) : end + after]
        return PERSON_WORDS.search(near) is not None or TITLE.search(near) is not None

    def _population(self, lower: str, name: str, start: int, end: int) -> bool:
        if name == "word":
            return False
        return bool(POPULATION_BEFORE.search(lower, max(0, start - 14), start) or POPULATION_AFTER.match(lower, end))

    def _thing(self, lower: str, name: str, start: int, end: int) -> bool:
        """An age that belongs to a building, the organization or a program, not to a person."""
        if name == "years_old":
            following = re.match(r"[ -]?([a-z]+)", lower[end : end + 20])
            if following and following.group(1) in THING_NOUNS:
                return True
            if following and following.group(1) not in ("and", "or", "in", "on", "at", "this", "today"):
                return False
        before = lower[max(0, start - 50) : start]
        if PERSON_WORDS.search(before) or PERSON_WORDS.search(lower, end, end + 30):
            return False
        if THING_SUBJECT.search(before) or THING_AFTER.match(lower, end):
            return True
        if self.org_after and self.org_after.match(lower, end):
            return True
        if name in ANNIVERSARY and self.org_named and self.org_named.search(lower, end, end + 60):
            return True  # "100 years young! Happy birthday Riverside Health": no person near, the organization is
        return bool(self.org_subject and self.org_subject.search(before))
