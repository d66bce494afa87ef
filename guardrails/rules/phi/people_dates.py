"""phi.date: a date tied to a person (birth, admission, discharge, surgery, death, visit).

A date alone is not PHI: posts are full of event dates, awareness days and opening hours. Under HIPAA's Safe
Harbor a date is an identifier when it is an element of a date "directly related to an individual", so a
date stands only when a person-event word comes just before it in the same sentence ("born 04/12/1961",
"admitted on March 3rd", "DOB: 1961-04-12", "her surgery on May 2", "dx'd 3/14", "Surgery 3/14") or a birth
label just after it ("04/12/1961 (DOB)"). A year alone is never flagged (Safe Harbor allows years); a month
with a year is. Dates are read in the forms people and charts write them: numeric, ISO, "May 02, 2005",
chart style "09SEP24", and ordinals with no month ("admitted on the 4th") or spelled out ("the fourteenth of
March"); zero-width characters inside a date are removed by the matching copy (guardrails.normalize) first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from guardrails.model import Category, FixKind, Severity
from guardrails.rules.base import Claimed, Document, Match, Rule, finditer_at
from guardrails.rules.phi import people_dates_events as events
from guardrails.rules.phi.patient_post import PatientNamed
from guardrails.rules.phi.people_lexicon import word_set as word_block
from guardrails.rules.phi.support import word_set, word_starts
from guardrails.settings import GuardrailSettings

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_MES = r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# Month names of the languages patients' families post in, beside English and Spanish: Portuguese ("28 de
# novembro"), Tagalog ("Nobyembre 27"), Somali ("1da Disembar") and Haitian Creole ("14 oktòb"). Creole's "mas",
# "me", "jen" and "out" are English words too and are left out. Written without accents: the matching copy has
# none ("março" is read as "marco", "oktòb" as "oktob").
_FOREIGN_MONTH = (
    r"(?:janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro"
    r"|pebrero|marso|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre"
    r"|janaayo|febraayo|maarso|abriil|maajo|juun|luulyo|agoosto|sebtembar|oktoobar|nofembar|disembar"
    r"|janvye|fevriye|avril|jiye|septanm|oktob|novanm|desanm)"
)
# French months are read after their day only ("le 2 décembre"): "Mai 3" is as likely a name and a number. "mars"
# is a planet too and is left out.
_MOIS = r"(?:janvier|fevrier|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"
# A Somali day carries its ordinal ending: "1da", "3aad".
_FOREIGN_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:da|aad|st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_MON3 = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"
_ORD_UNITS = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
# The spelled ordinals a day of the month can be: "fourteenth", "twenty-first", "thirtieth".
_SPELLED_DAY = (
    rf"(?:{_ORD_UNITS}|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    rf"|nineteenth|twentieth|twenty[- ]?{_ORD_UNITS}|thirtieth|thirty[- ]?first)"
)
# "on the 4th floor", "the 3rd time": an ordinal that is not a day of the month.
_NOT_A_DAY = (
    r"(?![ -](?:floor|fl\b|grade|graders?|time|times|try|attempt|round|day|days|week|weeks|month|months|year|years"
    r"|annual|anniversary|birthday|place|dose|cycle|session|level|stor(?:e?y|ies)|percentile|street|st\b|ave"
    r"|avenue|generation|child|baby|patient|person|one|trimester|stage|inning|quarter|period|annual|edition))"
)

DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "2024-03-14", and with its time glued on the ISO way: "2024-03-14T08:30"
    ("iso", re.compile(rf"\b{_YEAR}[-/.](?:0?[1-9]|1[0-2])[-/.](?:[12]\d|3[01]|0?[1-9])(?:\b|(?=t\d))")),
    ("numeric", re.compile(r"\b(?:[12]\d|3[01]|0?[1-9])[/.-](?:[12]\d|3[01]|0?[1-9])(?:[/.-](?:\d{4}|\d{2}))?\b")),
    ("month_day", re.compile(rf"\b{_MONTH} (?:the )?{_DAY}\b(?:,? {_YEAR}\b)?")),
    ("chart", re.compile(rf"\b(?:[12]\d|3[01]|0?[1-9])-?{_MON3}-?(?:\d{{4}}|\d{{2}})\b")),
    ("day_month", re.compile(rf"\b{_DAY} (?:of )?{_MONTH}(?:,? {_YEAR}\b)?")),
    ("month_year", re.compile(rf"\b{_MONTH},? {_YEAR}\b")),
    ("spanish", re.compile(rf"\b{_DAY} de {_MES}(?: de {_YEAR})?\b")),
    ("foreign_day_month", re.compile(rf"\b{_FOREIGN_DAY} (?:de |ng )?{_FOREIGN_MONTH}(?:,? (?:de )?{_YEAR})?\b")),
    ("french", re.compile(rf"\b(?:1er|{_DAY}) {_MOIS}(?: {_YEAR})?\b")),
    ("foreign_month_day", re.compile(rf"\b{_FOREIGN_MONTH} {_FOREIGN_DAY}\b(?:,? {_YEAR}\b)?")),
    ("ordinal", re.compile(rf"\bthe (?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b{_NOT_A_DAY}")),
    # a military date-time group, day hour minute zone month year: "141530ZDEC24"
    ("dtg", re.compile(rf"\b(?:[12]\d|3[01]|0[1-9])(?:[01]\d|2[0-3])[0-5]\d[a-z]{_MON3}\d{{2}}\b")),
    # ISO written without separators, as forms and exports do: "DOB 19610314" (tied like any other date)
    ("compact", re.compile(r"\b(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b")),
    # a month and a year in digits, a date element as "May 2019" is: "on oxygen since 5/2019"
    ("month_year_numeric", re.compile(r"\b(?:0?[1-9]|1[0-2])/(?:19|20)\d\d(?![\d/])")),
)
# Dates with no digit at all: "the fourteenth of March", "March the fourteenth", "on the fourth".
SPELLED_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("spelled_day_month", re.compile(rf"\b(?:the )?{_SPELLED_DAY} of {_MONTH}(?:,? {_YEAR}\b)?")),
    ("spelled_month_day", re.compile(rf"\b{_MONTH} (?:the )?{_SPELLED_DAY}\b(?:,? {_YEAR}\b)?")),
    ("spelled_ordinal", re.compile(rf"\bon the {_SPELLED_DAY}\b{_NOT_A_DAY}(?! of )")),
    # One person's birthday is their month and day of birth: "on her 90th birthday", "on Ray's birthday".
    (
        "birthday",
        re.compile(
            r"\bon (?:his|her|their|my|[a-z]+'s) (?:(?:\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?) )?(?:birthday|bday)\b"
        ),
    ),
    # A weekday owned by what happened on it names one day: "took care of him after Friday's game", "after last
    # Saturday's game" (a bare weekday, "closed Friday", is every week's and is not read).
    (
        "weekday_owned",
        re.compile(r"\b(?:last |this past )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)'s\b"),
    ),
    # A holiday is a month and a day: "had his bypass on Valentine's Day 2024".
    (
        "holiday",
        re.compile(
            r"\b(?:new year's (?:eve|day)|valentine's day|christmas(?: eve| day)?|thanksgiving(?: day)?|halloween"
            r"|easter(?: sunday)?|st\.? patrick's day|mother's day|father's day|labor day|memorial day"
            r"|(?:the )?fourth of july|independence day|juneteenth)"
            rf"(?:,? {_YEAR}\b)?"
        ),
    ),
)
# The words a pattern cannot match without (read from the text's shared word set): most posts skip most patterns.
MONTH_WORDS = word_block(
    """jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october
    nov november dec december"""
)
MES_WORDS = frozenset(_MES[3:-1].split("|"))
FOREIGN_MONTH_WORDS = frozenset(_FOREIGN_MONTH[3:-1].split("|"))
MOIS_WORDS = frozenset(_MOIS[3:-1].split("|"))
ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})
SPELLED_WORDS = word_block(
    """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth
    fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty thirtieth thirty"""
)
HOLIDAY_WORDS = frozenset(
    {"year", "valentine", "christmas", "thanksgiving", "halloween", "easter", "patrick", "mother", "father", "labor"}
    | {"memorial", "july", "independence", "juneteenth"}
)
BIRTHDAY_WORDS = frozenset({"birthday", "bday"})
WEEKDAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# Per pattern: does it need a digit, and one of which words (None: no word needed).
NEEDS: dict[str, tuple[bool, frozenset[str] | None]] = {
    "iso": (True, None),
    "numeric": (True, None),
    "month_day": (False, MONTH_WORDS),
    "chart": (True, MONTH_WORDS),
    "day_month": (False, MONTH_WORDS),
    "month_year": (True, MONTH_WORDS),
    "spanish": (True, MES_WORDS),
    "foreign_day_month": (True, FOREIGN_MONTH_WORDS),
    "foreign_month_day": (True, FOREIGN_MONTH_WORDS),
    "french": (True, MOIS_WORDS),
    "ordinal": (True, ORDINAL_ENDS),
    "dtg": (True, None),
    "compact": (True, None),
    "month_year_numeric": (True, None),
    "spelled_day_month": (False, SPELLED_WORDS),
    "spelled_month_day": (False, SPELLED_WORDS),
    "spelled_ordinal": (False, SPELLED_WORDS),
    "holiday": (False, HOLIDAY_WORDS),
    "birthday": (False, BIRTHDAY_WORDS),
    "weekday_owned": (False, WEEKDAY_WORDS),
}
# "iso", "numeric" and "month_year_numeric" cannot match without a digit, a separator and a digit ("3/14", "2024-07",
# "5/2019"): one scan for that shape (its leading digit class lets the engine skip ahead) spares their slower scans
# on most posts with numbers.
SEPARATED_DIGITS = re.compile(r"\d[-/.]\d")
NEEDS_SEPARATED = frozenset({"iso", "numeric", "month_year_numeric"})
# Every match of these starts with a month written as a whole letter run ("may 2", "march, 2024", "may the fifth"):
# they are tried only where one starts, where a search tried every word of the text.
MONTH_LED = frozenset({"month_day", "month_year", "spelled_month_day"})
# How far before its first separated digits ("2024-07" holds "4-0" three characters in) or its first month run
# ("09sep24") a match of these can start: the search begins there.
LEAD_CHARS = {"iso": 3, "numeric": 1, "chart": 3, "month_year_numeric": 1}
# A person event just before the date, in the same sentence (searched at the end of the text before it).
PERSON_EVENT_BEFORE = re.compile(
    r"(?:\b(?:born|birth(?:day|date)?|date of birth|d\.?o\.?b\.?|b\.|admitted|admission date|admit date|discharged|"
    r"discharge(?: date)?|(?:had|underwent|undergoes|his|her|their|my|your|scheduled for|date of) (?:[\w-]+ )?"
    r"(?:surgery|procedure|operation|transplant|visit|appointment|delivery|c-section|amputation|biopsy|bypass|stent|"
    r"(?:knee|hip|valve) replacement|\w+ectomy|\w+otomy|\w+plasty|\w+oscopy)|"
    r"(?:surgery|operation|procedure|transplant|amputation|biopsy|c-section|accident|crash|injury|stroke|"
    r"heart attack|diagnosis|(?<!free )(?<!general )admission|discharge) (?:was |is |took place |happened )?"
    r"(?:on|dated)|"
    r"(?:chemo\w*|radiation|dialysis|infusion|surgery|operation|procedure|appointment|check-?up|follow-?up|"
    r"biopsy|scan|mri|c-section|induction|transplant)\b(?! (?:team|center|centre|department|unit|staff|clinic|"
    r"program|wing|suite|floor|services|schedulers?))[^.!?\n]{0,20}\b(?:is|was|on|for|to|dated)|"
    r"(?:came|brought|rushed|checked|went) in(?: on)?|came to us(?: on)?|"
    r"(?:nacio|nacieron|naci|operad[oa]|ingres[oa]d?[oa]?|dad[oa] de alta|fallecio|murio|cita|cirugia|parto)"
    r"(?: el| en)?|"
    # born, operated, died in Portuguese, Tagalog, Somali and Haitian Creole ("nasceu dia 28 de novembro",
    # "oo dhashay 1da Disembar", "apre operasyon jenou li 14 oktòb")
    rf"{events.FOREIGN_EVENT}|"
    # one person's due date: "my client due the twenty-third of December", "she's due March 3" (not "due to")
    r"(?:she|he|i|we|you|they|client|patient|mom|mama|wife|daughter|sister)(?:'s| is| was| are| were|'re|'m)? due"
    r"(?! to\b)|"
    r"operated on|died|passed away|passed|death|deceased|date of death|d\.?o\.?d\.?|visited|"
    r"(?:was )?seen(?! (?:on|in) (?:tv|television|cnn|fox|nbc|abc|cbs|pbs|npr|the news|local news|air))|"
    r"diagnosed|delivered|hospitali[sz]ed|injured|date of service|dos|treated|arrived|came home|went home|"
    r"welcomed|baptized|buried|funeral|admit|re-?admitted|dx'?d|d/c'?d|s/p|status post|intubated|"
    r"extubated|coded|due date|walked out|sent home|released|transferred|(?:she|he|i|they|who) turn(?:s|ed) \d{1,3}"
    rf"|{events.TREATMENT_DONE})"
    r"\b[^.!?\n]{0,25}|"
    # one person's procedure, however the sentence goes on: "Mr. K's surgery went from scheduled to done on"
    r"\b(?:his|her|their|[a-z]+'s) (?:[\w-]+ )?(?:surgery|procedure|operation|transplant|biopsy|delivery|c-section"
    r"|diagnosis|admission|discharge|stroke|accident|injury|amputation|(?:knee|hip|shoulder|valve) replacement"
    r"|bypass|\w+ectomy|\w+plasty)\b[^.!?\n]{0,45}|"
    r"\b(?:dob|d\.o\.b\.|born|birth):? ?|"
    # a clinical word written right before the date, chart style: "Surgery 3/14", "dx: 3/14", "biopsy - 3/14"
    r"\b(?:surgery|surg|operation|procedure|transplant|biopsy|chemo|c-section|amputation|dx|diagnosis|discharge|dc|f/u|"
    r"delivery|injury|accident|stroke|adm|d/c|(?:er|ed|clinic|office|hospital|icu|nicu|urgent care) visit)"
    r"(?: date)? ?(?:[:-] ?|on |dated |was |is )?"
    r"(?:the )?)$"
)
PERSON_EVENT_AFTER = re.compile(
    r" ?\((?:dob|d\.o\.b\.?|date of birth|born|birth|admitted|discharged|dod)\)|[^.!?\n]{0,12}\b(?:(?:the day|the date|"
    r"when|the morning|the night) (?:of |that |when )?(?:she|he|they|her|his|their|i|we|you|my|our)\b[^.!?\n]{0,20}"
    r"\b(?:born|admitted|discharged|diagnos\w+|surgery|birth|arrived|died|passed|transplant|accident|crash|stroke|"
    r"heart attack|delivered|injured)|(?:she|he|they) (?:was|were) (?:born|admitted|discharged|diagnosed|rushed|brought"
    r"|airlifted|flown|transferred|transported|intubated|induced|hurt|injured|found)"
    r"|(?:she|he) (?:died|passed|arrived|came in|went into labou?r|coded|fell|collapsed"
    r"|had (?:her|his) (?:stroke|surgery|baby|heart attack)))"
    # "on 6/12/2019, Lena got her new heart": one person's transplant or diagnosis right after the date
    r"|[^.!?\n]{0,25}\b(?:got|received|had|heard) (?:her|his|their) (?:new |first |last )?(?:heart|kidney|liver"
    r"|lungs?|transplant|diagnosis|surgery|chemo\w*|stem cells|bone marrow)\b"
)
# A person-event word that is about the organization or a clinician's milestone, not a patient: "the unit's 25th
# birthday on", "our 50th birthday", "Dr. Ortiz delivered her 1,000th baby on".
NOT_A_PATIENTS = re.compile(
    r"\b(?:(?:unit|hospital|clinic|center|centre|building|foundation|program|department|wing|practice|campus|team"
    r"|organi[sz]ation)'s|our|its) (?:\d+(?:st|nd|rd|th) |[a-z]+ )?birthday\b"
    r"|\b(?:dr\.?|doctor|nurse|midwife|its|our (?:\w+ )?(?:team|nurses|doctors|surgeons|midwives|staff|program|unit"
    r"|hospital|center)) [^.!?\n]{0,30}"
    r"\b(?:\d{1,3}(?:,\d{3})*(?:st|nd|rd|th)|hundredth|thousandth) (?:[a-z]+ )?"
    r"(?:baby|babies|patient|patients|surgery|surgeries"
    r"|transplant|transplants|procedure|procedures|delivery|deliveries|case)\b"
)
# "since his Halloween admission", "her March 3 surgery": the date names one person's event (owner before it,
# the event's noun right after it).
OWNER_BEFORE = re.compile(r"(?<![a-z])(?:his|her|their|[a-z]+'s)\s+$")
EVENT_NOUN_AFTER = re.compile(
    r"\s+(?:admission|surgery|delivery|birth|diagnosis|discharge|transplant|accident|crash|stroke|heart attack"
    r"|arrival|c-section|operation|fall|injury|amputation|bypass|biopsy)(?![a-z])"
)
MONTH_START = re.compile(_MONTH)
# A year before 1900 in the date's sentence is history: no one alive was born, admitted or treated then.
HISTORIC_YEAR = re.compile(rf"(?:,|\b(?:in|of)|\b{_MONTH}) 18\d\d(?!\d)")
# A full date (day, month and year) in the forms a memorial writes it, and two of them joined by a dash right after a
# name: a life span ("Winifred Larsen, March 2, 1931 - November 19, 2026", "(14.02.1933 - 01.12.2026)").
_FULL_DATE = (
    rf"(?:{_MONTH} {_DAY},? {_YEAR}|{_DAY} (?:of )?{_MONTH},? {_YEAR}"
    r"|(?:[12]\d|3[01]|0?[1-9])[/.-](?:[12]\d|3[01]|0?[1-9])[/.-](?:1[89]|20)\d\d)"
)
LIFESPAN = re.compile(rf",?\s*\(?\s*(?P<born>{_FULL_DATE})\s*(?:-|\u2013|\u2014|to)\s*(?P<died>{_FULL_DATE})")
LIFESPAN_GATE = re.compile(r"(?:1[89]|20)\d\d\)?\s*(?:-|\u2013|\u2014|to)\s*\w")
# "open 24/7", "24/7/365": round the clock, never a day and a month.
ROUND_THE_CLOCK = re.compile(r"24/7(?:/365)?(?![\d/])")
# A cheap first look: some stem of a PERSON_EVENT_BEFORE/AFTER word must be in the text at all. Plain substrings
# (a few `str.find` calls, the likeliest first) where one regex of ~80 alternatives tried each at every character;
# the four stems that need a word boundary keep a small regex.
EVENT_HINT_STEMS = (
    "turn", "heart", "treat", "visit", "surg", "came", "went", "die", "seen", "born", "birth", "deliver", "passed",
    "admi", "scan", "stroke", "diagnos", "procedure", "operat", "operad", "appointment", "chemo", "radiation", "death",
    "injur", "arriv", "brought", "rushed", "checked in", "welcomed", "baptiz", "buried", "funeral", "checkup",
    "check-up", "followup", "follow-up", "dialysis", "infusion", "mri", "induction", "accident", "crash", "transplant",
    "amputat", "biops", "c-section", "discharg", "deceas", "dob", "d.o.b", "dod", "d.od", "do.d", "d.o.d",
    "hospitali", "naci", "nasc", "lich hen", "referr", "saving", "saved", "ipinanganak", "isinilang", "dhashay",
    "qalay", "akouche", "cirurgia", "recibio", "opere", "signed", "ambulance",
    "operasyon", "faleceu", "ingres", "alta", "fallec", "murio", "cita", "cirugia", "parto", "date of", "d/c", "s/p",
    "status post", "intubat", "extubat", "due", "bypass", "stent", "replacement", "ectomy", "otomy", "plasty",
    "oscopy", "ostomy", "kidney", "liver", "lung", "marrow", "stem cell",
)  # fmt: skip
EVENT_HINT_BOUNDED = re.compile(r"\bd(?:os\b|x)|\bcoded|\badm\b|\bama\b")


def event_hinted(lower: str) -> bool:
    """Is some person-event stem in the text at all? Without one no date can be tied to a person."""
    return any(stem in lower for stem in EVENT_HINT_STEMS) or EVENT_HINT_BOUNDED.search(lower) is not None


class DateRule(Rule):
    id = "phi.date"
    category = Category.PHI
    severity = Severity.BLOCK
    message = "Date tied to a person (birth, admission, discharge, surgery, visit or death)"
    fix = FixKind.REDACT
    tag = "[DATE]"

    CONTEXT_WINDOW = 60
    TRIGGER = re.compile(r"\d")

    def __init__(self, settings: GuardrailSettings) -> None:
        super().__init__(settings)
        self.patient_named = PatientNamed(settings)

    def scan(self, doc: Document) -> Iterator[Match]:
        lower = doc.lower
        hinted: bool | None = None
        taken = Claimed(len(lower))
        for start, end in self._lifespans(doc):
            taken.claim(start, end)
            yield Match(start, end)
        timeline = False  # a date of this text is tied to a person: later ones need only an event
        for found in chain(self._candidates(doc), events.more_dates(lower)):
            if hinted is None:
                hinted = event_hinted(lower) or events.event_possible(doc.words)
            if not hinted:
                return  # no person-event word anywhere: no date here can be tied to a person
            start, end = found.span()
            if lower[end - 1] == ".":
                end -= 1  # "the 14th of Mar." at a sentence's end: the full stop is not the date's
            if taken.overlaps(start, end) or ROUND_THE_CLOCK.match(lower, start) is not None:
                continue
            if HISTORIC_YEAR.search(lower, *events.sentence_bounds(lower, start, end)) is not None:
                continue  # "Florence Nightingale was born on May 12, 1820 ... on her birthday": history
            cue = self._person_cue(lower, start, end)
            if cue is not None:
                if events.event_day(lower, start, end, since=min(cue, start)):
                    continue  # "Join our class on knee surgery on May 3": the organization's day
            elif not self._tied_in_sentence(doc, start, end, timeline):
                continue
            if events.staff_or_crowd(lower, start, end):
                continue  # a colleague's memorial, the CEO's birthday, "14 babies on Valentine's Day"
            timeline = True
            taken.claim(start, end)
            yield Match(start, end)

    def _lifespans(self, doc: Document) -> Iterator[tuple[int, int]]:
        """A birth date and a death date joined by a dash right after a name phi.name kept ("Winifred Larsen, March
        2, 1931 - November 19, 2026", "Henrike Voss (14.02.1933 - 01.12.2026)"): one person's life span, whatever
        the post says around it (a memorial's words, "celebrating the life of", vary without end). Years alone stay
        (Safe Harbor allows them)."""
        lower = doc.lower
        if not doc.has_digits or LIFESPAN_GATE.search(lower) is None:
            return
        for name_end in self.patient_named.name_ends(doc):
            found = LIFESPAN.match(lower, name_end)
            if found is not None:
                yield found.span("born")
                yield found.span("died")

    def _candidates(self, doc: Document) -> Iterator[re.Match[str]]:
        """Every match of the patterns whose digits and words the text has at all, pattern after pattern in their
        order of precedence: exactly `pattern.finditer(lower)` each, searched only from where a match can start."""
        lower = doc.lower
        words = word_set(doc)
        separated = -2  # where the first digits with a separator between start (-1: none; -2: not looked for)
        months: list[int] | None = None
        for name, pattern in (*DATE_PATTERNS, *SPELLED_PATTERNS):
            digits, needed = NEEDS[name]
            if (digits and not doc.has_digits) or (needed is not None and needed.isdisjoint(words)):
                continue
            if name in NEEDS_SEPARATED:
                if separated == -2:
                    first = SEPARATED_DIGITS.search(lower)
                    separated = -1 if first is None else first.start()
                if separated >= 0:
                    yield from pattern.finditer(lower, max(0, separated - LEAD_CHARS[name]))
            elif needed is MONTH_WORDS and name != "day_month":
                if months is None:
                    months = [start for start, _word in word_starts(doc, MONTH_WORDS)]
                if name in MONTH_LED:
                    yield from finditer_at(pattern, lower, months)
                elif months:
                    yield from pattern.finditer(lower, max(0, months[0] - LEAD_CHARS[name]))
            else:
                yield from pattern.finditer(lower)

    def _tied_in_sentence(self, doc: Document, start: int, end: int, timeline: bool) -> bool:
        """The general test (people_dates_events), with a clinician's milestone still not a patient's."""
        lower = doc.lower
        if NOT_A_PATIENTS.search(lower, max(0, start - self.CONTEXT_WINDOW), start) is not None:
            return False
        # one person's story told elsewhere in the text may tie it, read only where that could change the answer: a
        # sentence that tells one person's event, or a patient or relative phi.name found in the post
        return events.tied_in_sentence(
            doc.text,
            lower,
            start,
            end,
            timeline=timeline,
            story=lambda: doc.memo("phi.date.story", lambda: events.persons_story(lower) or self.patient_named(doc)),
            names_found=lambda: self.patient_named(doc),
        )

    def _person_cue(self, lower: str, start: int, end: int) -> int | None:
        """Where the person-event word that ties the date starts (None: no such word next to it). The event-day
        test reads from that word's clause on."""
        before = max(0, start - self.CONTEXT_WINDOW)
        if lower.endswith(("birthday", "bday"), start, end):
            # "on her 90th birthday" names its owner; "our 50th birthday" (a unit's) does not match the pattern
            return start if NOT_A_PATIENTS.search(lower, before, end) is None else None
        cue = PERSON_EVENT_BEFORE.search(lower, before, start)
        if cue is not None:
            return cue.start() if NOT_A_PATIENTS.search(lower, before, start) is None else None
        owner = OWNER_BEFORE.search(lower, max(0, start - 20), start)
        if owner is not None and EVENT_NOUN_AFTER.match(lower, end):
            return owner.start()
        return end if PERSON_EVENT_AFTER.match(lower, end) else None
