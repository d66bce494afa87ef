"""claims rules: no guaranteed outcomes, no unsourced superlatives, no fear tactics, no knocking competitors.

"cure" is a claim only when something is said to cure a disease or the reader ("cures arthritis", "cure
your back pain"); research toward a cure and "there is no cure" are not claims. "miracle" is a claim only
about a treatment or its results: the Children's Miracle Network and "our little miracle" are not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guardrails.model import Category, Severity
from guardrails.normalize import normalize
from guardrails.rules.base import Document, Match, Rule, finditer_at, occurrences
from guardrails.rules.health_terms import CONDITION, SYMPTOM, hits_in, phrases, token_set, words
from guardrails.settings import GuardrailSettings

GUARANTEE_RE = re.compile(
    r"\bguarantee(?:s|d)?\b|\b100\s?(?:%|percent|per cent)\s+(?:effective|safe|successful|success|cure[ds]?|"
    r"guaranteed|accurate|"
    r"painless|pain-free|recovery|results?|of (?:patients|people|the time))\b|\brisk-?free\b|"
    r"\bno risks?\b(?! of missing)|\bzero risk\b|\bno side[- ]effects?\b|\bwithout (?:any )?side[- ]effects?\b|"
    r"\bpainless\b|\bpain[- ]free\b|"
    r"\bworks? for (?:every(?:one|body)|every (?:single )?(?:patient|person|time|case)|all (?:patients|people))\b|"
    r"\b(?:sure|bound|certain) to (?:work|succeed|help|fix|cure|heal)\b|"
    r"\blasts? (?:a lifetime|forever|for life)\b|\b(?:flawless|perfect) (?:results?|outcomes?|recovery)\b|"
    r"\bzero downtime\b|\bno [a-z]+, ever\b|"
    r"\b(?:results?|outcomes?|success|recovery) (?:is|are) (?:certain|assured|a sure thing|a given)\b|"
    r"\b(?:will|'ll)\b[^.!?]{0,40}?\bwithout (?:any )?(?:pain|scars?|scarring|side effects|downtime)\b[.!,\s]{0,3}"
    r"(?:period|guaranteed|ever)\b|"
    r"\b(?:will|'ll) (?:definitely|certainly|always) (?:work|cure|heal|fix|succeed)\b|"
    r"\b(?:zero|no) (?:chance|possibility|risk) of (?:complications?|side effects|infections?|failure|scarring|pain)\b|"
    r"\b(?:will |'ll )?never (?:have|feel|suffer(?: from)?|experience|deal with|worry about|need)\b[^.!?]{0,40}?"
    r"\b(?:pain|aches?|migraines?|headaches?|symptoms?|glasses|contacts|surgery|insulin|medication)\b[^.!?]{0,30}?"
    r"\bagain\b|"
    r"\bcompletely safe\b|\bperfectly safe\b|\b(?:always|never) fails?\b|\bpermanent (?:cure|fix|results)\b|"
    r"\bmiracle (?:[a-z-]+ )?(?:cure|drug|treatment|pill|therapy|procedure|surgery|results?|fix|worker|diet|supplement|"
    r"shot|injection|cream|product|program|recover(?:y|ies)|healing|outcome|turnaround)s?\b|"
    r"\b(?:recovery|healing|outcome|results?)\b[^.!?]{0,30}\b(?:a|pure|real|true|medical)\s+miracle\b|"
    r"\bmiraculous\b|\bworks? miracles\b|\bmiracle\b(?=[^.!?]{0,30}\b(?:cure|heal))|"
    r"\b(?:zero|free of|free from) side[- ]effects?\b|\bworks every (?:single )?time\b|\bnever disappoints\b|"
    r"\b(?:reverses?|eliminates?|ends|fix(?:es)?|heals?|gets? rid of|erases?|(?:say )?goodbye to|banish(?:es)?|"
    r"no more|wipes? out|knocks? out|beats?|clears? up)\b[^.!?]{0,40}"
    r"\b(?:for good|forever|once and for all|permanently)\b|"
    r"\bzero (?:risk|complications)\b|\b(?:instant|overnight) (?:relief|results|cure)\b|\bpermanently (?:cures?|"
    r"fix(?:es)?|eliminates?)\b|\bcompletely cures?\b"
)
# "Everyone who finishes our program beats their diabetes": an outcome promised to all, about a condition.
EVERYONE_BEATS_RE = re.compile(
    r"\b(?:every(?:one|body)|every (?:single )?(?:patient|participant)|all (?:of )?(?:our )?(?:patients|participants))"
    r"\b(?!\s+(?:who|that)\s+(?:beats?|overcomes?|recovers?))"  # "every patient who beats cancer rings our bell"
    r"[^.!?]{0,40}?\b(?:beats?|cures?|reverses?|overcomes?|gets? rid of|(?:is|are|gets?) cured of|recovers? from)\b"
)
EVERYONE_TOKENS = words("everyone everybody every all")
GUARANTEE_EXCUSE_RE = re.compile(
    r"\b(?:no|not|can'?t|cannot|never|isn'?t|aren'?t|nothing is)\s+(?:\w+\s+){0,2}(?:guarantee|risk-?free|painless|"
    r"100\s?%|completely safe)|\b(?:nearly|almost|virtually|relatively|mostly|usually|often|largely)\s+"
    r"(?:painless|pain[- ]free)|\bguaranteed (?:parking|seating|appointment|same-day|a spot|a seat)|\bprice guarantee"
    # insurance and employment terms of art: "guaranteed issue" life insurance, a "guaranteed renewable" policy
    r"|\bguaranteed[- ](?:issue|renewable|acceptance|insurability|interview|hours|minimum|income)\b"
)
CURE_RE = re.compile(r"\bcure[sd]?\b|\bcuring\b")
CURE_EXCUSE_RE = re.compile(
    r"\b(?:no|not|isn'?t|without|toward|towards|search for|searching for|hope for|hopes for|find|finding|"
    r"found|research|researching|work(?:ing)? toward|race for|fight for|fund|funding|until there'?s|closer to|"
    r"potential|possible|there is no|there'?s no)\b[^.!?]{0,25}$"
)

SOURCE_RE = re.compile(
    r"\bu\.?s\.? news\b|\baccording to\b|\branked by\b|\brated by\b|\bnamed by\b|\brecogni[sz]ed by\b|"
    r"\bawarded by\b|\bleapfrog\b|\bhealthgrades\b|\bmagnet\b|\bnewsweek\b|\bpress ganey\b|\bcms\b|"
    r"\bsource:|\bsurvey\b|\bjoint commission\b|\bvizient\b|\bforbes\b|\bbecker'?s\b|\bstar rating\b|"
    r"\bnamed (?:one of|a|the)\b|\bawards?\b"
    # "ranked #1 in the state for cardiology": a ranking (unless the text says it is ours: SELF_SOURCE_RE)
    r"|(?<!-)\b(?:ranked|ranks)\b"
)
# "Ranked the best in the region - by us!": a ranking the organization gave itself is no source.
SELF_SOURCE_RE = re.compile(
    r"\bby (?:us|ourselves|me|our (?:own )?(?:staff|team|employees|nurses|doctors|patients)|our own)\b"
)
_ORG_NOUNS = (
    r"hospitals?|care|doctors?|docs?|physicians?|surgeons?|nurses?|nursing|team|teams|specialists?|experts?|"
    r"midwives|therapists?|pharmacists?|caregivers?|er|ed|emergency room|maternity|birthing|"
    r"providers?|health ?systems?|medical centers?|centers?|clinics?|programs?|outcomes|results|cancer care|"
    r"heart care|service|facility|facilities|technology|treatment|staff|institute|practice|experience"
)
_PLACES = (
    r"region|state|nation|country|world|city|area|town|county|midwest|business|valley|south|southwest|southeast|"
    r"northwest|northeast|north|west|east|tri-state|metro|universe|galaxy|land"
)
_RANKERS = r"the|our|we'?re the|region'?s|nation'?s|country'?s|world'?s|state'?s|city'?s|area'?s"
SUPERLATIVE_TOKENS = words(
    "top best leading top-rated top-ranked world-class unmatched unrivaled unrivalled unparalleled none trusted "
    "advanced finest best-in-class experienced highest-rated best-rated unbeatable better premier"
)
SUPERLATIVE_HINT_RE = re.compile(
    r"\b(?:top-rated|top-ranked|best-in-class|best-rated|highest-rated|best|top|leading|premier|number one|"
    r"world-class|unmatched|unrivall?ed|unparalleled|"
    r"second to none|most trusted|most advanced|finest|most experienced|"
    r"unbeatable|no one does it better|nobody does it better)\b|(?<![\w&])(?:#\s?1|no\.\s?1)\b"
)
# Superlatives in other words: "the safest hospital in the state", "the most skilled surgeons in the Midwest",
# "nobody delivers babies better than our team", "there's no better place to have your baby", "Best. Nurses. Ever."
# The first needs a claim about us: an organization noun between ("the safest hospital in the state") or, as a
# predicate, "our"/"we" before it ("our surgeons are the most skilled in the Midwest"); "the most common cancer in the
# country" and "the biggest killer in the state" are health facts.
PLACE_SUPERLATIVE_RE = re.compile(
    rf"\b(?:the|our|{_RANKERS})\s+(?!most (?:common|frequent|likely|important|people|cases|often)\b)"
    rf"(?:most [a-z]+|safest|fastest|greatest|highest|smartest|friendliest|kindest|"
    rf"strongest|brightest|finest|largest|biggest|best)\s+((?:[a-z-]+\s+){{0,3}}?)(?:in|around|anywhere in)\s+"
    rf"(?:the\s+)?(?:{_PLACES}|town)\b"
)
ORG_NOUN_RE = re.compile(rf"\b(?:{_ORG_NOUNS})\b")
OTHER_SUPERLATIVE_RE = re.compile(
    r"\b(?:nobody|no one|no other (?:hospital|team|clinic|program|center|doctor|surgeon))\s+(?:[a-z']+\s+){0,4}?"
    r"(?:better than|like (?:we do|us|our)|as well as (?:we|us|our))\b"
    r"|\bthere(?:'s| is) no better (?:place|hospital|team|care|choice|clinic)\b"
    r"|\bbest[.!]?\s+[a-z]+[.!]?\s+ever\b"
)
OTHER_SUPERLATIVE_TOKENS = words(
    "most safest fastest greatest highest smartest friendliest kindest strongest brightest finest largest biggest "
    "best nobody no ever"
)
# Nothing but a sentence's start before a word: an emoji, a bullet or a full stop, or the text's start.
SENTENCE_START_RE = re.compile(r"(?:^|[.!?\n])[^\w]*$")
BEST_IDIOM_AFTER_RE = re.compile(
    r"\s+(?:friends?|buddies|wishes|regards|practices?|of|way|ways|part|thing|things|moments?|day|days|night|time)\b"
)
BEST_BEFORE_RE = re.compile(rf"\b(?:{_RANKERS})\s+(?:very\s+)?$")
BEST_AFTER_RE = re.compile(rf"\s+(?:(?:[a-z-]+\s+){{0,2}}(?:{_ORG_NOUNS})\b|in\s+(?:the\s+)?(?:{_PLACES})\b)")
BEST_ALONE_AFTER_RE = re.compile(
    rf"\s+(?:(?:{_ORG_NOUNS})\s+(?:in|around|anywhere)\b|in\s+(?:the\s+)?(?:{_PLACES}|class)\b)"
)
BEST_AT_END_RE = re.compile(r"\s*(?:[.!]|$)")
WE_RE = re.compile(r"\b(?:our|we|we'?re|we are|us)\b")
TOP_AFTER_RE = re.compile(
    rf"\s+(?:(?:[a-z-]+\s+){{0,1}}(?:{_ORG_NOUNS})\s+in\s+(?:the\s+)?(?:{_PLACES})\b|(?:hospital|health system|"
    rf"medical center|cancer center|doctors?|surgeons?|choice)\b)"
)
LEADING_BEFORE_RE = re.compile(rf"\b(?:a|{_RANKERS}|industry|nationally|internationally|globally)[- ]$")
LEADING_AFTER_RE = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:{_ORG_NOUNS})\b")
LEADING_ALONE_AFTER_RE = re.compile(
    r"\s+(?:hospital|health system|provider|medical center|cancer center|heart center|experts?|specialists?|"
    r"surgeons?|physicians?)\b"
)
NUMBER_ONE_EXCUSE_RE = re.compile(r"\s+(?:cause|killer|reason|risk)")
LEADING_EXCUSE_RE = re.compile(r"\bleading (?:cause|causes|killer|risk)\b")

FEAR_RE = re.compile(
    r"\bbefore it'?s too late\b|\buntil it'?s too late\b|\bor it (?:will|may|could) be too late\b|"
    r"\byou (?:could|might|will|may|can) (?:die|be dead)\b|\b(?:could|will|might|can) kill you\b|"
    r"\bdon'?t let (?:\w+\s+){1,3}kill you\b|\byour life depends on it\b|\bdeadly mistake\b|"
    r"\btime is running out\b|\bticking time bomb\b|\byou'?ll regret\b|\bbefore you die\b|\bor you'?ll die\b|"
    r"\byou (?:could|might) (?:lose|never see) (?:your|everything)\b|\bdon'?t wait until it'?s too late\b|"
    r"\bcould be (?:your|the) last\b|\bdying (?:from|of) (?:ignorance|neglect)\b|"
    r"\b(?:you'?re|you are) risking your life\b|\brisk(?:ing)? your life\b|\b(?:might|may|could|will) not wake up\b|"
    r"\b(?:cancer|it|the tumou?r|the disease|the infection) (?:could|may|might) be (?:spreading|growing)\b|"
    r"\b(?:may|might|will|won'?t) (?:not |never )?get a second chance\b|\bdeadliest mistake\b|"
    r"\bevery (?:day|minute|hour|week) you (?:wait|delay)\b|\b(?:become|be) (?:just )?another statistic\b|"
    r"\bplaying (?:russian roulette|with (?:your )?(?:life|fire))\b|\bdeath sentence\b|\byou'?ll (?:die|regret it)\b|"
    r"\bcost (?:you )?(?:your|a) (?:life|lives)\b|\bgambl(?:e|es|ing) with your (?:life|health)\b|"
    r"\b(?:not|never) (?:live to )?see (?:your|the) (?:kids|children|grandkids|grandchildren|son|daughter)\b|"
    r"\b(?:make|leave|force) your (?:family|kids|children|loved ones) (?:\w+ ){0,2}(?:funeral|bury|grieve|mourn)|"
    r"\byour (?:own )?funeral\b|\bevery (?:second|minute|hour|day|week|month) you (?:put (?:it|this) off|ignore it|"
    r"hesitate)\b|\bcloser to winning\b|"
    r"\b(?:could|might|may|will|can) lose (?:a|your|both) (?:legs?|foot|feet|toes?|sight|vision|eyesight|kidneys?|"
    r"limbs?|breasts?)\b|\blast mistake\b|\b(?:become|be) (?:just )?another (?:name on|number|casualty|obituary)\b"
)

DISPARAGING_RE = re.compile(
    r"\b(?:worse|worst|inferior|bad|terrible|awful|horrible|poor|poorly|dangerous|unsafe|incompetent|sloppy|"
    r"dirty|subpar|sub-par|outdated|overpriced|botch(?:ed|es)?|mistakes?|negligent|negligence|failing|fails|"
    r"failed|can'?t|cannot|don'?t trust|never trust|avoid|unlike|better than|beats?|beat|instead of|"
    r"stay away|run from|run away|mediocre|second-rate|lousy|scam|butcher\w*|quacks?|careless|"
    r"infections?|lawsuits?|long waits?|waiting forever|wait (?:weeks|months|hours|forever)|cuts corners|cheap|rude|"
    r"slow|clueless|uncaring|"
    r"(?:don'?t|do not|doesn'?t|does not|never) (?:really )?care|lost my|lost your|we never would|"
    r"friends don'?t let friends|a joke|nightmare|horror|overrated|chaos|chaotic|disaster|a mess|overcrowded|"
    r"understaffed|filthy|neglect(?:ed|ful)?|keeps? (?:losing|forgetting|messing|getting \w+ wrong)|"
    r"wait (?:\w+ )?(?:weeks|months|hours|days)|still (?:be )?waiting|rush(?:es|ed)? you|outdated|"
    # a comparison that sends the reader away from them to us: "tired of waiting 6 hours at X?", "why drive to X
    # when ...", "don't settle for X", "skip the lines at X", "think twice before X", "left X for us"
    r"waiting (?:\w+ )?(?:weeks|months|hours|days)|tired of|sick of|fed up with|why (?:drive|go|wait|travel|settle|"
    r"pay)|settle for|skip (?:the|their)|think twice before|night and day|"
    r"left\b[^.!?]{0,40}\bfor (?:us|our)|(?:fewer|lower|shorter|faster|safer|cleaner) [a-z ]{0,20}than)\b"
)
# A named hospital that is not ours: "St. Mary's", "Mercy Hospital", "Lakeside Medical Center".
NAMED_HOSPITAL_RE = re.compile(
    r"\b(?:(?:St\.?|Saint|Mount|Mt\.?)\s+[A-Z][a-z]+(?:'s)?(?:\s+(?:Hospital|Medical Center|Health|Clinic))?"
    r"|(?:[A-Z][a-zA-Z'-]+\s+){1,3}(?:Hospital|Medical Center|Health System|Healthcare|Health Care|Clinic|"
    r"Medical Group|Regional|Memorial|General))\b"
)


# The words GUARANTEE_RE's alternatives each open on (after \b), as derived from its parse tree: it is tried only
# where one of them starts, or a "100" or an "'ll" (its two alternatives that open on no letter), where a search
# tried its ~40 alternatives at every word. A new alternative must add its first word here (the test of
# GuaranteeRule tries every alternative both ways).
GUARANTEE_LEADS = words(
    "always banish banishes beat beats bound certain clear clears completely eliminate eliminates ends erase erases "
    "fix fixes flawless free get gets goodbye guarantee guaranteed guarantees heal healing heals instant knock knocks "
    "last lasts miracle miraculous never no outcome outcomes overnight pain painless perfect perfectly permanent "
    "permanently recovery result results reverse reverses risk riskfree say success sure will wipe wipes without work "
    "works zero"
)
GUARANTEE_LITERAL_LEADS = ("100", "'ll")

# Token gates: a rule whose trigger words are all absent cannot match, so its patterns never run.
GUARANTEE_TRIGGERS = words(
    "guarantee guaranteed guarantees 100 risk-free risk risks side painless pain-free safe fail fails permanent "
    "miracle miracles miraculous cure cures cured curing riskfree zero works permanently completely disappoints "
    "reverse reverses eliminate eliminates ends fix fixes heal heals rid erase erases instant overnight "
    "pain work sure bound certain definitely certainly always chance possibility never goodbye banish banishes "
    "forever percent lasts lifetime flawless perfect downtime ever assured period wipe wipes knock knocks beat "
    "beats clear clears"
)
# Substrings every fear pattern contains: posts without any skip the pattern.
FEAR_HINTS: tuple[str, ...] = tuple(
    phrases(
        "too late|die|dead|kill|regret|running out|time bomb|depends on it|lose your|lose everything|never see|"
        "be your last|be the last|dying|risking|risk your life|wake up|playing|death sentence|be spreading|"
        "be growing|you wait|you delay|statistic|second chance|deadliest|cost you|cost your|cost a|gambl|not see|"
        "never see|live to see|funeral|put it off|put this off|ignore it|hesitate|closer to winning|lose a|"
        "lose your|lose both|last mistake|another name|another number|another casualty|another obituary"
    )
)
# Every fear pattern holds one of these tokens: a set lookup skips most posts before the substring hints.
FEAR_TOKENS = words(
    "late die dies dead kill kills killing regret running bomb depends lose everything never see last dying "
    "risking risk wake waking playing death spreading growing wait delay statistic chance deadliest cost costs "
    "gamble gambles gambling funeral put ignore hesitate winning another"
)
# A named other hospital contains one of these words (or its possessive, "Mercy Hospital's ER"); a configured
# competitor is looked for by name.
_HOSPITAL_WORDS = words(
    "hospital medical health clinic clinics healthcare regional memorial st saint mount mt center system group "
    "st. mary's general"
)
HOSPITAL_NAME_TOKENS = _HOSPITAL_WORDS | {word + "'s" for word in _HOSPITAL_WORDS}
# "despite the bad weather", "poor air quality": a harsh word about something other than a hospital.
BENIGN_AFTER_RE = re.compile(
    r"\s+(?:weather|news|luck|traffic|storms?|roads|flu season|air(?: quality)?|snow|rain|heat|cold snap|timing)\b"
)
DISPARAGING_TRIGGERS = words(
    "worse worst inferior bad terrible awful horrible poor poorly dangerous unsafe incompetent sloppy dirty subpar "
    "sub-par outdated overpriced botch botched botches mistake mistakes negligent negligence failing fails failed "
    "can't cannot trust avoid unlike better beat beats instead stay run mediocre second-rate lousy scam butcher "
    "butchers butchered quack quacks careless infection infections lawsuit lawsuits wait waits waiting corners "
    "cheap rude slow care lost friends would clueless uncaring joke nightmare horror overrated chaos chaotic "
    "disaster mess overcrowded understaffed filthy neglect neglected neglectful keep keeps waiting rush rushes "
    "rushed tired sick fed why settle skip lines line think night switch switched switching left fewer lower "
    "shorter faster safer cleaner"
)


def guarantee_starts(doc: Document) -> list[int]:
    """Where a match of GUARANTEE_RE can start (see GUARANTEE_LEADS), ascending."""
    starts = doc.run_starts(GUARANTEE_LEADS)
    for literal in GUARANTEE_LITERAL_LEADS:
        starts += occurrences(doc.lower, literal)
    return sorted(set(starts))


class GuaranteeRule(Rule):
    """Guaranteed or absolute outcomes: "guaranteed", "100% effective", "cures diabetes", "painless"."""

    id = "claims.guarantee"
    category = Category.CLAIMS
    severity = Severity.BLOCK
    message = "Guaranteed or absolute health outcomes are not allowed (FTC/FDA rules on health claims)"

    def scan(self, doc: Document) -> Iterator[Match]:
        lower = doc.lower
        if not token_set(doc) & GUARANTEE_TRIGGERS:
            return
        for found in finditer_at(GUARANTEE_RE, lower, guarantee_starts(doc)):
            window = lower[max(0, found.start() - 30) : found.end() + 20]
            if GUARANTEE_EXCUSE_RE.search(window):
                continue
            yield Match(found.start(), found.end())
        if "cur" in lower:
            yield from self._cures(doc)
        if token_set(doc) & EVERYONE_TOKENS:
            for found in EVERYONE_BEATS_RE.finditer(lower):
                if hits_in(doc, found.end(), found.end() + 40, frozenset({CONDITION, SYMPTOM})):
                    yield Match(found.start(), found.end())

    def _cures(self, doc: Document) -> Iterator[Match]:
        lower = doc.lower
        for found in CURE_RE.finditer(lower):
            before = lower[max(0, found.start() - 40) : found.start()]
            if CURE_EXCUSE_RE.search(before):
                continue
            disease = hits_in(doc, found.end(), found.end() + 40, frozenset({CONDITION, SYMPTOM}))
            before_disease = hits_in(doc, max(0, found.start() - 30), found.start(), frozenset({CONDITION}))
            if disease or (before_disease and found.group().startswith("cured")):
                yield Match(found.start(), found.end())


class SuperlativeRule(Rule):
    """Unsourced "best", "#1", "leading": fine with a source such as U.S. News in the same text."""

    id = "claims.superlative"
    category = Category.CLAIMS
    severity = Severity.WARN
    message = "Superlative claim without a source: name who ranked it (for example U.S. News) or soften it"

    def scan(self, doc: Document) -> Iterator[Match]:
        lower = doc.lower
        toks = token_set(doc)
        if not toks & (SUPERLATIVE_TOKENS | OTHER_SUPERLATIVE_TOKENS) and not any(h in lower for h in NUMBER_ONE_HINTS):
            return
        claims = [found.span() for found in SUPERLATIVE_HINT_RE.finditer(lower) if _is_claim(lower, found)]
        if token_set(doc) & OTHER_SUPERLATIVE_TOKENS:
            claims += [found.span() for found in OTHER_SUPERLATIVE_RE.finditer(lower)]
            claims += [found.span() for found in PLACE_SUPERLATIVE_RE.finditer(lower) if _about_us(lower, found)]
        if claims and (not SOURCE_RE.search(lower) or SELF_SOURCE_RE.search(lower)):
            for start, end in sorted(set(claims)):
                yield Match(start, end)


def _about_us(lower: str, found: re.Match[str]) -> bool:
    """Is "the <superlative> ... in the <place>" said of the organization (see PLACE_SUPERLATIVE_RE)?"""
    between = found.group(1)
    if between.strip():
        return ORG_NOUN_RE.search(between) is not None
    sentence_start = max(lower.rfind(".", max(0, found.start() - 80), found.start()), max(0, found.start() - 80))
    return WE_RE.search(lower, sentence_start, found.start()) is not None or found.group().startswith("our")


NUMBER_ONE_HINTS = ("#1", "# 1", "no. 1", "no.1", "number one")


def _is_claim(lower: str, found: re.Match[str]) -> bool:
    """Is this superlative word a claim about the organization (not "best practices", "leading cause")?"""
    word = found.group()
    start, end = found.span()
    before = lower[max(0, start - 30) : start]
    if word == "best" and BEST_BEFORE_RE.search(before) and BEST_AT_END_RE.match(lower, end):
        return WE_RE.search(lower, max(0, start - 60), start) is not None  # "our surgeons are simply the best."
    if word == "best":
        ranked = BEST_BEFORE_RE.search(before) or (  # "Best ACL surgeons on the coast", not "Best friends since"
            SENTENCE_START_RE.search(before) and not BEST_IDIOM_AFTER_RE.match(lower, end)
        )
        return bool((ranked and BEST_AFTER_RE.match(lower, end)) or BEST_ALONE_AFTER_RE.match(lower, end))
    if word == "top":
        return bool(BEST_BEFORE_RE.search(before) and TOP_AFTER_RE.match(lower, end))
    if word == "premier":  # "the region's premier heart program"; "Premier Health" is a name
        return bool(LEADING_BEFORE_RE.search(before) and LEADING_AFTER_RE.match(lower, end))
    if word == "leading":
        if LEADING_EXCUSE_RE.match(lower, start):
            return False
        return bool(
            (LEADING_BEFORE_RE.search(before) and LEADING_AFTER_RE.match(lower, end))
            or LEADING_ALONE_AFTER_RE.match(lower, end)
        )
    if word.startswith(("#", "no", "number")):
        return NUMBER_ONE_EXCUSE_RE.match(lower, end) is None
    return True


class FearRule(Rule):
    """Fear tactics: "before it's too late", "you could die"."""

    id = "claims.fear"
    category = Category.CLAIMS
    severity = Severity.WARN
    message = "Fear-based wording: say what to do and why without scaring people"

    def scan(self, doc: Document) -> Iterator[Match]:
        if not token_set(doc) & FEAR_TOKENS or not any(hint in doc.lower for hint in FEAR_HINTS):
            return
        for found in FEAR_RE.finditer(doc.lower):
            yield Match(found.start(), found.end())


class CompetitorRule(Rule):
    """Disparaging a named competitor (from guardrails.terms.competitors) or a clearly named other hospital."""

    id = "claims.competitor"
    category = Category.CLAIMS
    severity = Severity.BLOCK
    message = "Do not disparage or compare against a named competitor"

    def __init__(self, settings: GuardrailSettings) -> None:
        super().__init__(settings)
        # matched on the matching copy, where accents are folded: "Clínica Frontera" is looked for as "clinica frontera"
        names = [normalize(n.strip()).text for n in settings.terms.competitors if n.strip()]
        self.competitor_re = (
            re.compile(r"\b(?:" + "|".join(re.escape(n.lower()) for n in sorted(names, key=len, reverse=True)) + r")")
            if names
            else None
        )
        org = settings.organization
        own = [org.name, *org.aliases]
        self.own = tuple(normalize(n).text.lower() for n in own if n)

    def scan(self, doc: Document) -> Iterator[Match]:
        toks = token_set(doc)
        if not toks & DISPARAGING_TRIGGERS:
            return
        if not toks & HOSPITAL_NAME_TOKENS and (self.competitor_re is None or not self.competitor_re.search(doc.lower)):
            return
        for start, end in self._names(doc):
            # "Sick of the flu? Mercy General and our clinics offer shots": a question ends its sentence too
            floor = max(0, start - 300)
            sentence_start = max(*(doc.lower.rfind(c, floor, start) for c in ".!?"), floor)
            sentence_end_candidates = [i for i in (doc.lower.find(c, end) for c in ".!?") if i != -1]
            sentence_end = min(sentence_end_candidates) if sentence_end_candidates else len(doc.lower)
            if any(
                not BENIGN_AFTER_RE.match(doc.lower, found.end())
                for found in DISPARAGING_RE.finditer(doc.lower, sentence_start, sentence_end)
            ):
                yield Match(start, end)

    def _names(self, doc: Document) -> Iterator[tuple[int, int]]:
        seen: set[tuple[int, int]] = set()
        if self.competitor_re is not None:
            for found in self.competitor_re.finditer(doc.lower):
                seen.add(found.span())
                yield found.span()
        for found in NAMED_HOSPITAL_RE.finditer(doc.text):
            name = found.group().lower()
            if any(name in own or own in name for own in self.own) or any(s[0] <= found.start() < s[1] for s in seen):
                continue
            if name.split()[0] in ("our", "the", "your", "this", "a", "visit", "at", "join", "call", "new"):
                continue
            yield found.span()


RULES: tuple[type[Rule], ...] = (GuaranteeRule, SuperlativeRule, FearRule, CompetitorRule)
