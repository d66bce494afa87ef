"""phi.date, the general test: a date in the same sentence as one person's clinical or life event.

The older test in people_dates reads an event word right before the date ("admitted on", "DOB:"). People
write the same fact in any order: "Kofi received his new kidney on 2023-09-14", "the wait your father had when he
came through the ED on Saturday, October 5", "On the 14th of September Ruth Ann Bellweather heard ... cancer". So
here a date is tied to a person when its sentence holds three things: an event from a closed class (born, admitted,
discharged, surgery, transplant, diagnosed, chemo, died, delivered, NICU, visit, scan, a fall, a stroke... and the
chart shorthand dx, adm, d/c, s/p), a reference to one person (a pronoun, a relative, "patient", a title, a
name), and none of the words that make a date the organization's own (an event, a clinic day, an awareness
day, a publication, an opening, a deadline). Once one date of a text is tied, a later sentence that carries
an event needs no person of its own ("Born Sept 14 at 1 lb 9 oz. Home Dec 20 at 5 lb.": one baby's timeline).

Sentences end at . ! ? and line breaks, but not after a title, a month's abbreviation or a.m./p.m.
("arrived at 12:07 a.m. on January 1", "from Nov. 2 to Nov. 17").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from guardrails.rules.phi.kin import KIN
from guardrails.rules.phi.people_lexicon import name_lists
from guardrails.rules.phi.people_lexicon import word_set as word_block

# Finishing a course of treatment is a discharge in the words of recovery programs: "graduated drug court AND our
# IOP", "completed detox", "finished residential". A class, a school or a residency graduates staff, not patients.
TREATMENT_DONE = (
    r"(?:graduated|completed|finished)\s+(?:from\s+)?(?:(?:our|the|his|her|their)\s+)?(?:[a-z'-]+\s+){0,4}?"
    r"(?:iop|php|detox|rehab|residential|outpatient\s+program|inpatient\s+program|treatment|drug\s+court"
    r"|recovery\s+court|mat\s+program|recovery\s+program)"
)
# Born, operated, died in Portuguese, Tagalog, Somali, Haitian Creole, French and Spanish: "nasceu dia 28 de
# novembro", "Ipinanganak ... Nobyembre 27", "oo dhashay 1da Disembar", "la qalay 2da Disembar", "apre operasyon
# jenou li 14 oktòb", "te akouche 14 novanm", "opéré le 2 décembre", "recibió su nuevo riñón el 3 de noviembre".
FOREIGN_EVENT = (
    r"(?:nasceu|nasceram|nascid[oa]|internad[oa]|faleceu|cirurgia|ipinanganak|isinilang|dhashay|qalay|operasyon"
    r"|akouche|opere|recibio\s+su\s+nuevo"
    # Vietnamese, read without its accents: an appointment ("lịch hẹn ngày 15/12")
    r"|lich\s+hen)"
)
# A procedure as its name says it: any -ectomy, -otomy, -ostomy, -plasty or -oscopy, and the common ones that are
# not ("spinal fusion", "ACL reconstruction", "ablation").
PROCEDURE_NAME = (
    r"[a-z]+(?:ectomy|otomy|ostomy|plasty|oscopy)|fusion|reconstruction|ablation|angioplasty|catheteri[sz]ation"
)
# A study participant's own events (the participant is one person, named by a code: "CRI-22-1193-014 withdrew
# consent 11/30/26").
PARTICIPANT_EVENT = r"withdr[ae]w(?:n)?\s+(?:consent|from)|consented|enrolled|randomi[sz]ed|dosed"
# A living donor's gift, one donor's and one recipient's surgery: "gave a kidney to", "donated part of her liver".
LIVING_GIFT = (
    r"(?:gave|donated|gives|donates)\s+(?:(?:a|my|her|his|their|one)\s+|part\s+of\s+(?:my|her|his|their)\s+)"
    r"(?:kidney|liver|lung|bone\s+marrow|stem\s+cells)"
)
# The event class: a person's clinical or life event.
EVENT = re.compile(
    r"(?<![a-z])(?:born|birth|births|birthday|bday|b-day|admitted|admission|admit|adm|discharged?|d/c|dc'd"
    r"|surgery|surgeries|surg|operation|operated|procedure|transplant(?:ed)?|diagnos(?:ed|is)|dx|chemo\w*"
    r"|radiation|infusion|dialysis|passed|died|death|deceased|funeral|we\s+lost|delivered|delivery|labou?r"
    r"|water\s+broke|c-section|nicu|picu|icu|cvicu|er|ed|emergency|trauma|visit|visited|scan|mri|ct|x-ray"
    r"|ultrasound|mammogram|imaging|biopsy|stroke|heart\s+attack|mi|cancer|tumou?r|fracture|crash|accident"
    r"|injury|injuries|injured|coded|arrived|home|rang\s+the\s+bell|treatment|rehab|hospitali[sz]ed|spent|stayed"
    r"|(?:was|were|been|stayed)\s+with\s+us|amputation|amputated|intubated|extubated|seizure|s/p|status\s+post"
    r"|(?:his|her|their|my|your|a|the)\s+fall|new\s+(?:hip|knee|heart|kidney|liver|lungs?|valve)|replaced|replacement"
    r"|broke\s+(?:his|her|their|my|your|a)\s+[a-z]+|into\s+the\s+world|said\s+goodbye|earned\s+(?:his|her|their)\s+wings"
    r"|remembering|in\s+(?:loving\s+)?memory\s+of|turn(?:s|ed)\s+\d{1,3}"
    # a transplant or a recovery as people say it, and one person's anniversary of it: "got his second chance",
    # "two years ago today (12.04.2024) my husband..."
    r"|second\s+chance|new\s+lease|ago\s+to(?:day|night)|had\s+(?:her|their|a|my|our)\s+baby|gave\s+birth"
    # a living donor's gift: "I gave a kidney to my coworker Greg Fairbanks ... on 9/9/25"
    rf"|{LIVING_GIFT}"
    r"|welcome(?:d)?\s+(?:baby|little)"
    # a stay that began on the date, a life saved, a referral, care that was one person's: "she's been there since
    # Thanksgiving", "saving my husband Gary on Nov. 9th", "her referral ... was faxed on 12/01/2026", "who was our
    # patient back in March 2024"
    r"|been\s+(?:there|on\s+(?:our|the|this)\s+[a-z]+|with\s+us)|sav(?:ed|ing)\s+(?:my|his|her|their|our)"
    r"|referral|referred|(?:was|were|been)\s+(?:our|a)\s+patient"
    # a death as families say it, leaving against advice, an ambulance ride
    r"|went\s+to\s+be\s+with\s+(?:the\s+lord|jesus|god)|signed\s+(?:out|herself\s+out|himself\s+out)|ama|(?:by|via|in\s+an?)\s+ambulance"
    # a patient's presentation, a death pronounced, a study participant's step, a named procedure
    r"|presented(?=\s+(?:[\d(]|on\s|with\s|to\s+(?:the\s+|our\s+)?(?:er|ed|clinic|hospital|emergency|urgent|triage)))"
    r"|pronounced(?=\s+(?:dead|deceased|at|on|was|him|her))"
    rf"|{PARTICIPANT_EVENT}|{PROCEDURE_NAME}|{FOREIGN_EVENT}"
    # one patient's recovery milestones and an organ out: "walked the whole hallway", "had her gallbladder out"
    r"|walked|first\s+steps|woke\s+up|sat\s+up|off\s+the\s+vent|been\s+(?:in|here)|heart\s+stopped"
    # a course of treatment's first or last day: "last session was friday 11/20"
    r"|(?:last|first|final)\s+(?:session|round|infusion|treatment)"
    # a treatment one lives on: "on oxygen since 5/2019"
    r"|on\s+(?:home\s+)?oxygen"
    r"|had\s+(?:her|his|their)\s+[a-z]+\s+(?:out|removed|taken\s+out|repaired|replaced)"
    # the end of one person's treatment: "graduated drug court and our IOP on 12/2", "completed detox on May 3"
    rf"|{TREATMENT_DONE}"
    # how a patient arrives or is moved, and crashes as the news says them: "came to us from Coral Palms Manor on
    # Aug. 14", "was flown to Omaha on Sunday, Nov. 30", "after a rollover on Nov. 21"
    r"|came\s+to\s+us|came\s+into|came\s+in(?!\s+(?:first|second|third|last|under|over|at|on\s+budget|\d))|brought\s+in|flown|airlifted|life-?flighted|transported|transferred|rollover|wreck"
    r"|collision|bypass|stent|pacemaker|(?:his|her|their)\s+(?:[a-z-]+\s+)?(?:wound|ulcer|burns?|incision)"
    # German: entlassen, aufgenommen, geboren, operiert, gestorben (discharged, admitted, born, operated, died)
    r"|entlassen|aufgenommen|geboren|operiert|gestorben)(?![a-z])"
)
# One person: a pronoun, a relative, a patient, a title, an age, "named".
PERSON = re.compile(
    r"(?<![a-z])(?:he|she|hes|shes|him|her|his|hers|pt|baby"
    # a patient, not the patients' services: "patient safety rankings", "patient portal"
    r"|patient(?!\s+(?:safety|experience|portal|satisfaction|education|access|advocates?|services|parking))|mom|mother|mum|dad|father|son|daughter|wife|husband"
    r"|grandma|grandpa|grandmother|grandfather|grandson|granddaughter|grandkids|abuela|abuelo|sister|brother"
    r"|aunt|uncle|friend|gentleman|lady|man|woman|boy|girl|kid|kiddo|child|toddler|teen|twins|parents|mr|mrs|ms"
    r"|miss|sgt|named|\d{1,3}-year-old|triplets|quadruplets|quads|client"
    # an age and sex or an age in chart shorthand ("67M", "97 y/o"), a record number, a study participant's code
    r"|(?<!\d)\d{1,3}(?:yo\s?)?[mf]|(?<!\d)\d{1,3}\s?(?:y/?o|yrs?\s+old)|mrn|participant|subject"
    r"|[a-z]{2,5}-\d{2,4}-\d{3,5}(?:-\d{2,4})?"
    r"|fighter|warrior|champ|hero|superhero|preemie|newborn|infant|little\s+one"
    r"|mamaw|papaw|meemaw|memaw|pawpaw|frequent\s+flyer"
    # one player, by the position or the sport they play: "the Millbrook Thunder 14U goalie we saw in our ER"
    r"|goalie|pitcher|catcher|quarterback|qb|linebacker|point\s+guard|player|athlete|wrestler|gymnast|swimmer"
    # one patient among many, or someone cared for: "One of our longtime patients", "cared for a sophomore"
    r"|one\s+of\s+our\s+(?:[a-z]+\s+)?patients|(?:cared\s+for|took\s+care\s+of)\s+(?:a|an|him|her)"
    rf"|{KIN})(?![a-z])"
)
# The date is the organization's: an event, a clinic day, an awareness day, a publication, an opening, a deadline,
# a staff milestone.
CLEARS = re.compile(
    r"(?<![a-z])(?:reunion|save\s+the\s+date|rsvp|register|registration|sign\s+up|(?:heart|charity|fun|memory|annual"
    r"|community|awareness)\s+walk|walkathon|5k|race|gala|fundraiser|events?|class|classes|workshop|seminar|webinar"
    r"|(?:flu|vaccine|vaccination|shot|free|walk-in|pop-up|mobile|community)\s+clinic|clinic\s+(?:dates?|days?|hours)"
    r"|opened|opens|opening|open\s+house|launch(?:ed|es)?|published|publication|journal|study|awareness"
    r"|(?:national|world|international)\s+(?:[a-z'-]+\s+){1,3}(?:day|week|month)|nominations?|deadline|enrollment"
    r"|(?:new|opening|visiting|clinic|office|holiday|morning|evening|weekend|summer|winter)\s+hours|closed|closes|joined\s+(?:us|our\s+(?:[a-z]+\s+)?(?:team|staff))|hired|retire\w*|promoted"
    r"|years\s+of\s+service|its|hospital's|designation|award|accredit\w*|certified|certification|recogni[sz]ed"
    r"|ranked|(?:blood|food|toy|coat)\s+drive|(?P<gift>donations?|donate|donors?)|picnic|parade|festival|party|join\s+us"
    # a ceremony or a group's meeting is the organization's day: "Ribbon cutting for the ... Wing: Tuesday, January
    # 12", "NICU parents group meets again on the 14th"
    r"|ribbon[- ]cutting|groundbreaking|dedication\s+(?:ceremony|of\s+(?:the|our))|unveiling|(?<!family\s)meeting"
    r"|(?:group|club|council|committee|board)\s+meets)(?![a-z])"
)
# An organ's gift is one patient's event, not a gift to the organization: "said yes to donation when we lost our son",
# "both donors, 8 yrs, Dec 4" on a transplant anniversary wall. Where the sentence speaks of organs or a transplant,
# donors and donation do not clear it.
ORGAN_GIFT = re.compile(
    r"(?<![a-z])(?:transplant\w*|kidneys?|livers?|lungs?|hearts?|organs?|corneas?|bone\s+marrow|stem\s+cells"
    r"|living\s+donors?|recipients?|waitlist)(?![a-z])"
)


def cleared(part: str) -> bool:
    """Does `part` hold a word that makes its dates the organization's (CLEARS)? Donors and donation do not
    where organs are spoken of (ORGAN_GIFT)."""
    organ: bool | None = None
    for found in CLEARS.finditer(part):
        if found.group("gift") is None:
            return True
        if organ is None:
            organ = ORGAN_GIFT.search(part) is not None
        if not organ:
            return True
    return False


# Two capitalised words in a row, neither a calendar or organization word: a person's name ("Ruth Ann
# Bellweather").
NAME_PAIR = re.compile(r"(?<![\w'])([A-Z][a-z]+(?:-[A-Z][a-z]+)?) (?=([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w']))")
NAME_SUBJECT = re.compile(
    r"(?<![\w'])([A-Z][a-z]+) (?:rang|received|underwent|had|got|was|came|went|turned|celebrated|finished|delivered"
    r"|gave|arrived|passed|died)\b"
)
NAME_POSSESSIVE = re.compile(r"(?<![\w'])([A-Z][a-z]+)(?:'s|\u2019s)(?![a-z])")
NOT_NAME = word_block(
    """january february march april may june july august september october november december sept jan feb mar
    apr jun jul aug sep oct nov dec monday tuesday wednesday thursday friday saturday sunday center centre
    hospital health medical regional clinic unit team foundation day week month night morning program society
    institute university college school church park road street lane avenue county city state national world
    awareness cancer heart kidney walk run reunion graduate journal the our a an happy thank thanks
    congratulations welcome draft story post reply comment patient update care services imaging women children
    emergency trauma surgery birth new year eve christmas thanksgiving valentine easter memorial labor veterans
    family families hall north south east west this that it there today tonight yesterday everyone everything
    nobody someone who what when where which our their your my we they you i he she his her rehab radiology
    oncology cardiology pediatrics maternity security pharmacy lab parking registration admissions santa claus
    rudolph frosty grinch cupid wing tower pavilion building annex campus lobby atrium garden"""
)
# The second word of a capitalised pair that makes it a street or road, never a person's name.
STREET_ENDS = word_block("street avenue ave road rd boulevard blvd loop highway hwy parkway pkwy trail circle")
# A full stop with a space before it is a list's separator (a middle dot or a bullet reads as " . " once
# normalized): "this week: Nora (1 yr, Dec 1) · Big Mike (3 yrs, Dec 3)" is one list under one heading.
SENTENCE_END = re.compile(r"(?:(?<!\s)\.|[!?])[.!?]*(?=\s|$)|\n")
NO_END_BEFORE = re.compile(
    # a title's initial: "Mrs. D. came to us from Coral Palms Manor on Aug. 14" (but "Lot A." ends a sentence)
    # and a person's initials: "when the call came for J.R. (waitlist id ...) on Thanksgiving morning"
    r"(?<![a-z])(?:(?:mr|mrs|ms|mx|dr|miss)\.?\s[a-z]|[a-z]\.[a-z]|mr|mrs|ms|mx|dr|st|jr|sr|sgt|rev|prof|rm|no|pt|vs|a\.m|p\.m"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?"
    r"|oct|nov|dec|approx|ext|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$"
)
REACH = 200


def sentence_bounds(lower: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding [start, end), at most REACH characters either side."""
    left = max(0, start - REACH)
    for found in SENTENCE_END.finditer(lower, left, start):
        if not _abbreviation(lower, found.start()):
            left = found.end()
    right = min(len(lower), end + REACH)
    for found in SENTENCE_END.finditer(lower, end, right):
        if not _abbreviation(lower, found.start()):
            right = found.start()
            break
    return left, right


def _abbreviation(lower: str, mark: int) -> bool:
    return lower[mark] == "." and NO_END_BEFORE.search(lower, max(0, mark - 8), mark) is not None


# The letter runs EVENT cannot match without: a text holding none of them has no event for the general test.
EVENT_RUNS = word_block(
    """born birth births birthday bday admitted admission admit adm discharged discharge dc surgery surgeries surg
    operation operated procedure transplant transplanted diagnosed diagnosis dx chemo chemotherapy radiation
    infusion dialysis passed died death deceased funeral lost delivered delivery labor labour water section nicu
    picu icu cvicu er ed emergency trauma visit visited scan mri ct ray ultrasound mammogram imaging biopsy stroke
    attack mi cancer tumor tumour fracture crash accident injury injured coded arrived home rang treatment rehab
    hospitalized hospitalised spent stayed with amputation amputated intubated extubated seizure s status fall
    new replaced replacement broke into said earned remembering memory turns turned chance lease ago baby walked
    steps woke sat vent been stopped out removed repaired graduated completed finished came brought flown
    airlifted flighted transported transferred rollover wreck collision bypass stent pacemaker wound ulcer burn burns
    incision entlassen aufgenommen geboren operiert gestorben withdrew withdrawn consented enrolled randomized
    randomised dosed presented pronounced fusion reconstruction ablation angioplasty catheterization catheterisation
    welcome tonight nasceu nasceram nascido nascida internado internada faleceu ipinanganak isinilang dhashay
    operasyon opere lich hen cirurgia qalay akouche recibio went signed ama ambulance referral referred saved saving
    patient gave donated gives donates session round oxygen"""
)


def event_possible(words: frozenset[str]) -> bool:
    return not EVENT_RUNS.isdisjoint(words)


# A date with neither digits nor a month is a holiday or a bare spelled ordinal: without a year it is every
# family's day ("home in time for Thanksgiving"), so the general test leaves it to the older one.
MONTH_IN = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
DIGIT = re.compile(r"\d")
# A holiday as the day something happened, or a day counted from one: "the day after Easter", "the Tuesday before
# Thanksgiving".
DAY_LEAD = re.compile(
    r"(?:^|[.!?\n:]|\bon|\bsince|\blast|\bthis\s+past|\bthe\s+(?:day|morning|night|evening|week|weekend|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:before|after))\s*$"
)
# A holiday's part of the day names the day something happened: "passed peacefully ... Thanksgiving morning".
HOLIDAY_TIME = re.compile(
    r"\s+(?:morning|afternoon|evening|night)(?![a-z])(?!\s+(?:hours|schedule|service|services|brunch|breakfast|5k|run"
    r"|walk|parade|worship|mass))"
)
# "1/3" with no year: a thread's part, a page, a fraction, unless nothing says so.
DAY_MONTH_ONLY = re.compile(r"\d{1,2}([/.-])\d{1,2}")
NUMBERED_BEFORE = re.compile(r"(?:thread|part|tweet|slide|page|step|chapter|episode|pic|photo|video|no\.?|#|score)\W*$")
FRACTION_AFTER = re.compile(r"\s+(?:of|cups?|teaspoons?|tsp|tbsp|miles?|inch(?:es)?|lbs?|oz)\b")


def date_shaped(lower: str, start: int, end: int) -> bool:
    """Can the general test take this candidate as a date at all? A holiday needs its year, "1.5" and "3-5" are
    a decimal and a range, "thread 1/3" a count."""
    value = lower[start:end]
    if DIGIT.search(value) is None:
        if MONTH_IN.search(value) is not None or value.endswith("day's"):
            return True  # a month, or a weekday owned by what happened on it ("after Friday's game")
        # a holiday or "the twenty-first" as the day something happened: "On Christmas Eve he was rushed in",
        # "Thanksgiving morning, Ray's heart stopped" (not "home in time for Thanksgiving")
        return (
            value.startswith("on the ")
            or DAY_LEAD.search(lower, max(0, start - 14), start) is not None
            or HOLIDAY_TIME.match(lower, end) is not None
        )
    short = DAY_MONTH_ONLY.fullmatch(value)
    if short is None:
        return True
    if short.group(1) != "/":
        return False
    before = NUMBERED_BEFORE.search(lower, max(0, start - 12), start)
    return before is None and FRACTION_AFTER.match(lower, end) is None


# The organization's own gatherings and papers: said before the date ("our class on knee surgery on May 3", "the
# survivors picnic is on Aug 3") they make it the event's day even when a person-event word is right before it.
EVENT_DAY = re.compile(
    r"(?<![a-z])(?:reunion|save\s+the\s+date|rsvp|register|registration|sign\s+up|class|classes|workshop|seminar"
    r"|webinar|picnic|parade|festival|gala|fundraiser|awareness|published|publication|open\s+house|party|join\s+us"
    r"|(?:heart|charity|fun|memory|annual|community|awareness)\s+walk|walkathon)(?![a-z])"
)
EVENT_DAY_AFTER = 15


# Where a clause ends: a comma, a semicolon, a bracket or a dash between spaces.
# Where a clause ends: a comma, a semicolon or a dash. Not a bracket: "10 years ago tonight (Dec 5, 2016) our
# triplets" is one clause. Not an emoji either: "Join our reunion 🎉 for babies born here on May 3" is one.
# Where a clause ends: a comma, a semicolon or a dash; before "when", which opens the clause of what happened then
# ("our family said yes to donation when we lost our son Caleb on October 9, 2023"); before "and" with a new time
# ("since June 2, 2024 and today the whole unit wore party hats for her": the party is today's).
CLAUSE_BREAK = re.compile(
    r"[,;]|\s[\u2013\u2014-]\s|\u2014|\s(?=when\s)"
    r"|\s(?=(?:and|but)\s+(?:today|tonight|now|yesterday|this\s+(?:week|morning|afternoon|evening|month))(?![a-z]))"
)


def clause_bounds(lower: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding [start, end) inside its sentence. The date's own commas ("June 14, 1925") do not count."""
    left, right = sentence_bounds(lower, start, end)
    for found in CLAUSE_BREAK.finditer(lower, left, start):
        left = found.end()
    after = CLAUSE_BREAK.search(lower, end, right)
    return left, right if after is None else after.start()


def event_day(lower: str, start: int, end: int, since: int) -> bool:
    """Is the date an event's day: an event word earlier in its sentence or just after it? When the person-event
    word (at `since`) is in the date's own clause, only that clause counts: in "a party for our patient Miss Lula,
    born June 14, 1925" the party is not on the birth date; in "our webinar for parents whose baby was born early,
    on May 3" and "our survivors picnic, for everyone who had heart surgery with us, is August 12" it is."""
    left, right = clause_bounds(lower, start, end)
    if since < left:
        left, right = sentence_bounds(lower, start, end)
    return EVENT_DAY.search(lower, left, min(right, end + EVENT_DAY_AFTER)) is not None


# A staff member's or the organization's milestone, or a crowd: "our colleague Nurse Ann, who passed away on March
# 2", "our CEO, who turns 50 on April 5", "welcomed 14 babies on Valentine's Day". Cleared unless the sentence also
# speaks of a patient's care.
STAFF_OR_CROWD = re.compile(
    r"(?<![a-z])(?:dr|doctor|nurse|rn|md|colleague|co-?worker|ceo|cfo|coo|cno|president|director|manager|supervisor|employee|staff\s+member"
    r"|team\s+member|volunteer|work\s+anniversary|years\s+of\s+service|(?:joined|joins)\s+(?:us|our)|hired|retir\w+"
    r"|founded|founder|head\s+of|practiced|(?:our|the)\s+(?:own\s+)?(?:[a-z-]+\s+)?(?:nurses?|doctors?|physicians?|surgeons?|chaplain"
    r"|pharmacist|therapist|midwife|midwives|educator|technician|secretary|clerk|receptionist|housekeeper|scheduler"
    r"|coordinator|tech))(?![a-z])"
)
# Many people or the public, with no one person: "admitted 47 patients on New Year's Day", "Patients can now book
# MRI appointments on Saturdays starting March 1".
CROWD = re.compile(
    r"(?<![a-z])(?:\d[\d,]*\s+(?:[a-z-]+\s+)?(?:babies|patients|people|births|deliveries|surgeries|transplants|families"
    r"|kids|children|moms|injuries|visits|cases|graduates|grads|clients|participants|alumni)|(?:patients|families|visitors|everyone|parents|members)\s+(?:can|may"
    r"|will|should|must|are\s+(?:invited|welcome)))(?![a-z])"
)
ONE_PERSON = re.compile(r"(?<![a-z])(?:she|he|his|her|him|mr|mrs|ms|miss)(?![a-z])")
CARE = re.compile(
    r"(?<![a-z])(?:patient|patients'|pt|admitted|discharged|diagnosed|in\s+our\s+care|treated|baby|newborn|preemie"
    r"|(?:his|her|their)\s+(?:[a-z-]+\s+)?(?:surgery|transplant|chemo\w*|delivery|birth|diagnosis|admission|stroke"
    r"|accident|crash|injury|fall|recovery|treatment|operation|procedure|reconstruction|replacement|rehab|stay|scan"
    r"|biopsy|heart\s+attack|seizure)|performed\s+here|treated\s+here|seen|by\s+(?:our|the|dr)|dob|d\.o\.b|date\s+of\s+birth|son|daughter|wife|husband|mom|dad|grand\w+|mr|mrs|ms|miss|went\s+home"
    r"|sent\s+home|rang\s+the\s+bell|our\s+care|(?:with|w/)\s*dr|twins|triplets|quadruplets|icu|nicu|picu|little|boy|girl|kiddo"
    # one person's procedure as families say it: "his nanay had her knee replaced here"
    r"|had\s+(?:her|his|their)\s+[a-z]+\s+(?:out|removed|taken\s+out|repaired|replaced|fixed|done)"
    # a patient transplanted: "transplanted nov 24 and already bossing the nurses"
    rf"|transplanted(?!\s+\d)|{LIVING_GIFT}|{KIN})(?![a-z])"
)


# A visit the organization hosts: Santa, a mascot, a team or a celebrity comes to a unit ("Santa visited our NICU on
# Christmas Eve", "the Hawkeyes cheer squad stopped by Peds on Dec 3"). The day is the visit's, whichever unit they
# saw, unless the sentence also tells one patient's own event.
VISITOR = re.compile(
    r"(?<![a-z])(?:santa(?:\s+claus)?|mrs\.?\s+claus|st\.?\s+nick(?:olas)?|elves|reindeer|easter\s+bunny|tooth\s+fairy"
    r"|mascots?|cheerleaders?|cheer\s+squad|players|therapy\s+dogs?|firefighters|superheroes|princess(?:es)?|carol(?:l)?ers"
    r"|choir|marching\s+band|the\s+grinch|celebrit(?:y|ies))(?![a-z])"
)
OWN_EVENT = re.compile(
    r"(?<![a-z])(?:born|admitted|discharged|diagnosed|died|passed\s+away|delivered|transplant|(?:his|her|their)\s+"
    r"(?:[a-z-]+\s+)?(?:surgery|birth|diagnosis|admission|stroke|accident|injury|fall|operation|procedure))(?![a-z])"
)


# A funeral's arrangements, which name the person of the sentence before.
FAREWELL = re.compile(
    r"(?<![a-z])(?:visitation|service|services|funeral|memorial|celebration\s+of\s+(?:(?:her|his|their)\s+)?life|wake"
    r"|viewing|burial)(?![a-z])"
)


# A sentence that opens on a pronoun as its subject.
PRONOUN_SUBJECT = re.compile(r"\s*(?:she|he|they)(?![a-z])")


def staff_or_crowd(lower: str, start: int, end: int) -> bool:
    """Is the date's sentence about a staff member's or the organization's milestone, a crowd or a hosted visit,
    and not about one patient's care? Then the date is not PHI ("Nurse Ann, our colleague, passed away on March
    2", "Santa visited our NICU on Christmas Eve")."""
    left, right = sentence_bounds(lower, start, end)
    sentence = lower[left:start] + " " + lower[end:right]
    if CROWD.search(sentence) is not None and ONE_PERSON.search(sentence) is None:
        return True
    if VISITOR.search(sentence) is not None and OWN_EVENT.search(sentence) is None:
        return True
    if left > 0 and FAREWELL.search(sentence) is not None and PERSON.search(sentence) is None:
        # a funeral's arrangements with no one named: their person is the previous sentence's ("Sharing the
        # obituary of Dr. Garza, who founded our clinic. Visitation is Fri Dec 11")
        before, _ = sentence_bounds(lower, left - 1, left - 1)
        sentence = lower[before:left] + sentence
    elif left > 0 and PRONOUN_SUBJECT.match(lower, left) is not None:
        # "Rest in peace, Carol Ann Whitlow, RN, who cared for ... patients for 31 years. She passed on November 29":
        # a sentence that opens on a pronoun is about the previous sentence's person
        before, _ = sentence_bounds(lower, left - 1, left - 1)
        sentence = lower[before:left] + sentence
    return STAFF_OR_CROWD.search(sentence) is not None and CARE.search(sentence) is None


def sentences(lower: str) -> list[tuple[int, int]]:
    """The text's sentences as (start, end), split as `sentence_bounds` splits them."""
    spans: list[tuple[int, int]] = []
    left = 0
    for found in SENTENCE_END.finditer(lower):
        if not _abbreviation(lower, found.start()):
            spans.append((left, found.start()))
            left = found.end()
    spans.append((left, len(lower)))
    return [(a, b) for a, b in spans if lower[a:b].strip()]


# An event owned by one person: "her kidney transplant", "his surgery".
POSSESSED_EVENT = re.compile(
    r"(?<![a-z])(?:his|her)\s+(?:[a-z-]+\s+)?(?:surgery|transplant|diagnosis|admission|stroke|operation|procedure"
    r"|chemo\w*|delivery|amputation|bypass)(?![a-z])"
)


def persons_story(lower: str) -> bool:
    """Does some sentence of the text tell one person's clinical or life event ("He died just before dawn", "We don't
    want to discuss his visit here")? Then the text is that person's story: a date in a sentence that holds the person
    or an event is theirs ("I sat with a 93-year-old Navy veteran on the night of November 28"), as a date after a
    tied one is. Not where the sentence is the organization's, a staff member's or a crowd's."""
    spans = sentences(lower)
    for index, (left, right) in enumerate(spans):
        sentence = lower[left:right]
        if POSSESSED_EVENT.search(sentence) is not None:
            return (
                True  # one person's own event, whatever else is near ("happy retirement to Ruthie ... her transplant")
            )
        if EVENT.search(sentence) is None or cleared(sentence):
            continue
        if ONE_PERSON.search(sentence) is None and not _lower_name_subject(sentence):
            continue
        if index and PRONOUN_SUBJECT.match(sentence) is not None:
            # "Dr. Ilse Brandvold ... died on January 3. She fought for the NICU's first family sleep rooms": the
            # pronoun's person is the sentence before's
            sentence = lower[spans[index - 1][0] : right]
        if STAFF_OR_CROWD.search(sentence) is None:
            return True
    return False


# A first name written in lower case as the subject of what happened: "18 months ago marisol was on dialysis".
LOWER_SUBJECT = re.compile(r"(?<![\w'])([a-z]{3,}) (?:was|is|had|got|has|went|came)(?![a-z])")


def _lower_name_subject(sentence: str) -> bool:
    """Is a first name that is no everyday word ("marisol", not "will" or "rose") the subject of a verb?"""
    lists = name_lists()
    for found in LOWER_SUBJECT.finditer(sentence):
        word = found.group(1)
        if word in lists.forenames and word not in lists.words and word not in NOT_NAME:
            return True
    return False


# A post that opens by addressing one reader by name: a reply ("Hi Lorena,", "@dale_h", "Replying to Dale Hutchins:").
ADDRESSED = re.compile(
    r"\s*(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Tt]hanks|[Tt]hank you)\s+(?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][a-z]+\b"
    r"|@\w+|[Rr]eplying to\s)"
)
YOU = re.compile(r"(?<![a-z])(?:you|your|you're|you've|you'd)(?![a-z])")


def tied_in_sentence(
    text: str,
    lower: str,
    start: int,
    end: int,
    *,
    timeline: bool = False,
    story: Callable[[], bool] | None = None,
    names_found: Callable[[], bool] | None = None,
) -> bool:
    """Does the date's sentence hold a person's event and the person, and nothing that makes it the
    organization's? `timeline`: a date of this text is already tied, so the event alone is enough; `story`, asked
    only where it could change the answer: does another sentence tell one person's story (see persons_story)?"""
    if not date_shaped(lower, start, end):
        return False
    left, right = sentence_bounds(lower, start, end)
    sentence = lower[left:start] + " " + lower[end:right]
    if cleared(sentence) and not _event_outweighs(lower, start, end):
        return False
    event = EVENT.search(sentence) is not None
    if event and YOU.search(sentence) is not None and ADDRESSED.match(text) is not None:
        return True  # a reply to a named reader about their own event: "Hi Lorena, ... your visit ... on Nov 28"
    if timeline and event:
        return True
    person = PERSON.search(sentence) is not None or _named(text, left, right, names_found)
    if event and person:
        return True
    if not (event or person):
        return False
    # one patient's story goes on: "The biopsy came back two days later. On Feb. 9, 2024, Dr. Lindqvist sat with
    # Marisol and her husband" (a date of the text is tied, and this sentence is about a person or an event)
    return timeline or (story is not None and story())


def _event_outweighs(lower: str, start: int, end: int) -> bool:
    """An organization's word elsewhere in the sentence does not clear a date whose own clause holds a person's
    event and none of those words: "10 years ago tonight (Dec 5, 2016) our triplets Asher, Beckett & Cora Lindahl
    were born ... are bringing cocoa to the reunion" is the triplets' day, "our survivors picnic, for everyone who
    had heart surgery with us, is August 12" the picnic's."""
    left, right = clause_bounds(lower, start, end)
    clause = lower[left:start] + " " + lower[end:right]
    return not cleared(clause) and EVENT.search(clause) is not None


def _named(text: str, left: int, right: int, names_found: Callable[[], bool] | None = None) -> bool:
    """Two capitalised words in a row that are no calendar or organization words, not opening the sentence; or
    one such word as the subject of a person's verb ("Teo rang the bell", "Lena received"); or a first name that
    owns something ("Ray's heart stopped", "Tommy's been in"). `names_found`: did phi.name, which tells staff,
    donors, clubs and events from patients, find anyone in the post? A capitalised pair alone is a person only then
    ("Huge thanks to Cedar Ridge Rotary, who toured our new infusion suite on May 3" names no one)."""
    for found in NAME_POSSESSIVE.finditer(text, left, right):
        word = found.group(1).lower()
        if word not in NOT_NAME and word in name_lists().forenames:
            return True
    for found in NAME_SUBJECT.finditer(text, left, right):
        if found.group(1).lower() not in NOT_NAME:
            return True
    for found in NAME_INITIAL.finditer(text, left, right):
        word = found.group(1).lower()
        if word not in NOT_NAME and word in name_lists().forenames:
            return True
    for found in NAME_PAIR.finditer(text, left, right):
        first, second = found.group(1).lower(), found.group(2).lower()
        if second in STREET_ENDS:
            continue  # "open 24/7 at 95 Kamehameha Loop": a street, not a person
        if _place_goes_on(text, found.end() + len(found.group(2))):
            continue  # "at Ashby Moor Community Hospital": the start of a place's name
        if text[left : found.start()].strip() and first not in NOT_NAME and second not in NOT_NAME:
            return names_found is None or names_found()
    return False


# A first name and an initial, the way posts shorten a patient's name: "Lower third: Darnell W., home hemo since
# 4/21/25".
NAME_INITIAL = re.compile(r"(?<![\w'])([A-Z][a-z]+) [A-Z]\.(?![\w.])")
NEXT_CAPITAL = re.compile(r" ([A-Z][a-z]+)(?![\w'])")


def _place_goes_on(text: str, end: int) -> bool:
    """Is a capitalised pair followed by an organization's or a place's word ("Ashby Moor Community Hospital")?"""
    found = NEXT_CAPITAL.match(text, end)
    return found is not None and (found.group(1).lower() in NOT_NAME or found.group(1).lower() in PLACE_WORDS)


# The words that carry a place's or an organization's name on: "Ashby Moor Community Hospital".
PLACE_WORDS = word_block(
    """community general memorial hospital hospitals infirmary center centre clinic health medical school academy
    college university church chapel parish library museum hall stadium arena park credit union bank inn hotel"""
)


# Numbers written with spaces around their separators: "03 / 22 / 2019".
SPACED_NUMERIC = re.compile(
    r"(?<![\d/.-])(?:[12]\d|3[01]|0?[1-9]) ?([/.-]) ?(?:[12]\d|3[01]|0?[1-9]) ?\1 ?(?:\d{4}|\d{2})(?![\d/.-])"
)


# Every digit spaced out, as people do to slip past filters: "1 2 / 0 3 / 2 0 2 5". Kept only when the digits
# without their spaces are a day, a month and a year.
SPACED_DIGITS = re.compile(r"(?<![\d/.-])\d(?: ?\d)? ?([/.-]) ?\d(?: ?\d)? ?\1 ?\d(?: ?\d){1,3}(?![\d/.-])")
PLAIN_NUMERIC = re.compile(r"(?:[12]\d|3[01]|0?[1-9])([/.-])(?:[12]\d|3[01]|0?[1-9])\1(?:\d{4}|\d{2})")
DIGIT_SPACE_DIGIT = re.compile(r"\d \d")


def _spaced_digits(lower: str) -> list[re.Match[str]]:
    """ "1 2 / 0 3 / 2 0 2 5": a date once its spaces are gone (with a space between two digits: SPACED_NUMERIC
    reads the rest)."""
    return [
        one
        for one in SPACED_DIGITS.finditer(lower)
        if DIGIT_SPACE_DIGIT.search(one.group()) is not None
        and PLAIN_NUMERIC.fullmatch(one.group().replace(" ", "")) is not None
    ]


# A month and year with "of" between: "in March of 2023".
MONTH_OF_YEAR = re.compile(
    r"(?<![a-z])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? of (?:1[89]\d\d|20\d\d)(?!\d)"
)


def more_dates(lower: str) -> list[re.Match[str]]:
    """Date shapes the date patterns do not read: spaces around the separators ("03 / 22 / 2019"; the patterns
    read "3/22/2019" only) and a month "of" a year ("March of 2023")."""
    found: list[re.Match[str]] = []
    if " / " in lower or " - " in lower or " . " in lower:
        found += [one for one in SPACED_NUMERIC.finditer(lower) if " " in one.group()]
        found += _spaced_digits(lower)
    if " of 1" in lower or " of 2" in lower:
        found += list(MONTH_OF_YEAR.finditer(lower))
    return found
