"""disclaimer rules: health information carries the configured disclaimer, patient stories a results caveat.

Whether a text "gives health information" is decided from the health vocabulary (guardrails/data) and the
kind of post. Naming a condition, symptom or medicine is health information, unless the post is plainly a
job ad, an event or service announcement, staff recognition, facility news or a greeting AND says nothing
explanatory about health. Naming a service (a flu shot, a mammogram) or a wellness topic is health
information only with an explanatory cue ("lowers your risk", "signs of", "1 in 8 women").

Two more decisions: a text blocked for medical advice (health information whatever words it uses) or for
PHI still gets its disclaimer finding, so the writer learns everything the rewrite needs in one round (the
verdict stays block whatever a disclaimer adds); and a patient story gets the results caveat
(disclaimer.testimonial) rather than the medical disclaimer unless it also explains something about health.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guardrails.model import Category, FixKind, Severity
from guardrails.normalize import normalize
from guardrails.rules.advice import ADVICE_RULES, is_advice
from guardrails.rules.base import Document, Match, Rule
from guardrails.rules.disclaimer_cues import (
    SPANISH_NON_HEALTH_WORDS,
    body_tip,
    care_instruction,
    group_outcome_in_words,
    nutrition_statement,
    spanish_health_statement,
)
from guardrails.rules.health_terms import (
    CONDITION,
    DRUG,
    GENERIC_DRUG_WORDS,
    PROCEDURE,
    SCREENING,
    SYMPTOM,
    TOPIC,
    TermHit,
    sentences,
    term_hits,
    token_set,
    words,
)
from guardrails.rules.patient_story import patient_story_span
from guardrails.settings import GuardrailSettings

STRONG_KINDS = frozenset({CONDITION, SYMPTOM, DRUG})
WEAK_KINDS = frozenset({PROCEDURE, SCREENING, TOPIC, DRUG})  # DRUG here: generic words such as 'medications'

# Words and phrases that explain something about health: what makes a mention of a service or a topic
# "information". Single words are looked up in the text's token set; phrases need the regex.
INFO_CUE_WORDS = words(
    "symptom symptoms signs risk risks cause causes caused beats fights kills blocks affects affect prevent prevents "
    "prevention "
    "preventable preventing reduce reduces reducing lower lowers lowering protect protects protecting "
    "linked increases increase helps treatment treatments explains explain misunderstood understand "
    "understanding means treat treats treatable manage managing diagnosis diagnosed diagnose percent tip "
    "tips detect detects detected detection spread spreads contagious immune heal heals healing myth "
    "myths fact facts condition conditions disease diseases should recommend recommends recommended "
    "recommendation chances survival outcomes serious severe complications chronic boost boosts "
    "strengthen strengthens improve improves ease eases easing relieve relieves relief soothe soothes normal abnormal"
)
INFO_CUE_RE = re.compile(
    r"\b(?:did you know|how to|learn (?:the|about|how|more about|what)|know the|side effects|"
    r"what (?:to|you) (?:know|need)|can cause|may cause|don'?t ignore|watch for|look out for|pay attention|"
    r"if you (?:have|notice|experience|feel)|get (?:screened|checked|tested|vaccinated|your)|saves? lives|"
    r"catch(?:es)? (?:it|them|cancer|problems) early|keeps? your|raises? your|can lead to|what (?:is|are)|"
    r"how (?:does|do|is|are|can|it)|can help (?:you )?(?:lower|reduce|prevent|protect|manage|ease|relieve|improve)|"
    r"(?:is|are) an? (?:[\w-]+ )?(?:surgery|procedure|treatment|test|condition|disease|disorder|infection|"
    r"screening|scan|therapy|vaccine|medicine|medication)|\d+ (?:months|years) and (?:older|up|over)|"
    r"(?:adults|kids|children|women|men|seniors|people|teens) (?:\w+ ){0,3}(?:should|can|need))\b"
    r"|\b(?!100\s?%)\d{1,2}(?:\.\d+)?\s?%|\b(?:1|one) in (?:\d+|two|three|four|five|six|eight|ten)\b"
    r"|\bevery \d+ (?:seconds|minutes)\b"
    # an explainer: "Sunscreen 101:", "here's how to make it easier", "what does 'every 4 hours' mean?"
    r"|\b101\s*[:!\u2014-]|\bhere(?:'s| is) (?:how|what|why)\b|\bways to\b|\bwhat (?:does|do)\b[^.!?]{0,60}\bmean\b"
    # guidance by age or by how a treatment works: "works best when given at age 11 or 12", "starting at age 45"
    r"|\bworks? best\b|\b(?:at|by|from|after|before|starting at|beginning at) ages? \d+"
    r"|\b\d[\d,]* ?(?:mg|milligrams|grams|g|calories) of (?:sodium|sugar|added sugar|fat|saturated fat|caffeine|"
    r"protein|fiber|fibre|cholesterol)\b"
)
OUTCOME_HINTS = words("most many half majority one two three four five six seven eight nine twice")
# An outcome claimed for a group of patients ("lost an average of 38 pounds", "90% of our knee patients walk the
# same day"): a health claim that needs the disclaimer whatever kind of post carries it.
_GROUP = (
    r"(?:patients|people|participants|graduates|members|moms|mothers|babies|kids|children|clients|women|men|adults|"
    r"seniors|athletes|runners)"
)
_OUTCOME_VERB = (
    r"walk|walked|walking|lost|lose|losing|go home|went home|going home|are back|were back|back on|back to|return|"
    r"returned|recover|recovered|see better|saw|feel|felt|improved?|improves|reduced?|cut|survived?|"
    r"survives|pain[- ]free|off (?:their|insulin|medications?|blood pressure)|kept off|keep off|regain(?:ed)?|"
    r"no longer need"
)
# Without a count or share in front, only verbs that can only be a health outcome.
_STRICT_OUTCOME_VERB = (
    r"lost|shed|walked out|walk out|went home|recovered|survived|are pain[- ]free|were pain[- ]free|kept off|"
    r"no longer need|got off|came off|are off|saw (?:\d|their)|lowered|reduced|improved|"
    r"(?:go|went|are sent) home (?:the same day|the next day|within|in (?:\d|one|two|a))|walk (?:the same day|within)"
)
OUTCOME_RE = re.compile(
    r"\baverage of \d[\d,.]* ?(?:pounds|lbs?|kilos|kg|points|inches)\b"
    r"|\b(?:lost|lose|shed|dropped|kept off)\b[^.!?]{0,30}?\b\d[\d,.]* ?(?:pounds|lbs|kilos|kg)\b"
    rf"|\b(?:\d{{1,3}}(?:\.\d)? ?(?:%|percent)|(?:\d+|one|two|three|four|five|six|seven|eight|nine) (?:out of|in) "
    rf"(?:\d+|two|three|four|five|ten)|most|many|nearly all|almost all|half|the majority)\s+(?:of\s+)?"
    rf"(?:our|the|these|those)?\s*(?:[\w'-]+\s+){{0,2}}{_GROUP}\b[^.!?]{{0,60}}?\b(?:{_OUTCOME_VERB})\b"
    rf"|\b{_GROUP}\s+(?:in|on|from|of|with|at|after|who)\s+(?:[\w'-]+\s+){{0,4}}?(?:{_STRICT_OUTCOME_VERB})\b"
    rf"|\b(?:our|these|those)\s+(?:[\w'-]+\s+){{0,3}}?{_GROUP}\s+(?:now\s+|often\s+|usually\s+|typically\s+)?"
    rf"(?:{_STRICT_OUTCOME_VERB})\b"
    rf"|\b{_GROUP}\b[^.!?]{{0,80}}\bon average\b"
    # a comparative outcome: "were twice as likely to be smoke-free", "3 times more likely to quit"
    r"|\b(?:twice|three times|four times|\d+(?:\.\d+)? ?(?:times|x)) (?:as|more|less) likely to\b"
)
# Letter runs OUTCOME_RE cannot match without (a group word may be glued to "our"/"the"): its cheap gate.
OUTCOME_WORDS = frozenset(
    {"average", "lost", "lose", "shed", "dropped", "kept", "likely"}
    | {lead + group for group in _GROUP[3:-1].split("|") for lead in ("", "our", "the", "these", "those")}
)
# An imperative health tip ("Bring a list of your medications..."), behind the words it needs.
IMPERATIVE_TIP_WORDS = words(
    "bring ask keep talk never always don't dont make store wash follow remember tell know see thinking if when "
    "avoid limit protect stay eat drink quit exercise wear walk move choose sleep"
)
_TIP_VERBS = (
    r"(?:bring|ask|keep|talk|never|always|don'?t|make sure|store|wash|follow|remember|tell|know|see a|thinking about|"
    r"if your|when in doubt|avoid|limit|protect|stay|eat|drink|quit|exercise|wear|walk|move|choose|sleep)(?![\w-])"
)
IMPERATIVE_TIP_RE = re.compile(r"(?:^|[^\w\s,']\s*)" + _TIP_VERBS)
# The same verbs at a sentence's first word, past spaces, emoji and bullets ("\n\n📣 Bring a list ...").
IMPERATIVE_START_RE = re.compile(r"[\W_]*" + _TIP_VERBS)
SECOND_PERSON_WORDS = words("you your you're you'll yourself")
# Kinds of post that need no disclaimer when they explain nothing about health (jobs, events, services,
# recognition, facility news, greetings), again as single words and a few patterns.
NON_HEALTH_CONTEXT_WORDS = words(
    "hiring hire apply application applications career careers position positions opening openings job jobs "
    "join register registration rsvp tickets available walk-in walk-ins event events 5k festival fair opens "
    "reopen reopens hours parking construction visitor visitors visiting cafeteria entrance renovation "
    "congratulations congrats congratulate thank thanks welcome welcoming award awards honored honoured "
    "recognized recognised recognition celebrate celebrates celebrating celebrated celebration proud shout-out "
    "shoutout milestone milestones achieved earned won awarded welcomed "
    "anniversary retire retirement retiring appreciation kudos spotlight meet happy merry holiday holidays "
    "donate donation donations volunteer volunteers schedule book appointment appointments monday tuesday "
    "wednesday thursday friday saturday sunday today tomorrow tonight joined partnered partner partners sponsor "
    "sponsored grant expand expansion donor gift fundraiser gala service open grand wing building"
)
NON_HEALTH_CONTEXT_RE = re.compile(
    r"\d(?::\d\d)?\s?(?:am|pm)\b"
    # a unit's safety milestone: "500 days without a bloodstream infection", "1,000 days with zero falls"
    r"|\b\d[\d,]* (?:straight |consecutive )?(?:days|months|years) (?:without|free of|with (?:zero|no))\b"
)
NON_HEALTH_ANY_LANGUAGE = NON_HEALTH_CONTEXT_WORDS | SPANISH_NON_HEALTH_WORDS
# "cancer care", "Stroke Center", "diabetes support group": a condition naming a service or an observance.
SERVICE_NAME_RE = re.compile(
    r"(?:[\s-]+[a-z]+)?(?: and [a-z]+)?[\s-]+(?:care|center|centre|shots?|vaccines?|vaccinations?|institute|"
    r"program|programs|team|unit|ward|department|clinic|services?|"
    r"specialists?|doctors?|surgeons?|nurses?|support|awareness|walk|run|5k|month|week|day|foundation|society|"
    r"association|research|survivors?|education|classes|class|gym|suite|infusion)\b"
)
EQUIVALENT_RE = re.compile(
    r"\bnot (?:intended (?:as|to be) |meant (?:as|to be) |to be taken as |a substitute for |)?(?:professional )?"
    r"medical advice\b|\b(?:general )?(?:informational|information|educational) (?:purposes )?only\b|"
    r"\bnot a substitute for\b|\bdoes not (?:replace|constitute)\b|\bnot (?:a )?replace(?:ment)? for\b|"
    r"\bconsult (?:your|a) (?:doctor|physician|health ?care (?:provider|professional)) (?:for|about|before) "
    r"(?:personal|your own|individual|medical advice|any)\b|\btalk to your (?:doctor|provider) about your own\b"
)
# A post that passes on another organization's content: its disclaimer is that organization's.
REPOST_RE = re.compile(
    r"\b(?:reposted|re-posted|reposting|cross-posted|republished|repost|originally posted by|courtesy of|"
    r"from our friends at)\b|\bsource:|\bvia @|\b(?:shared|sharing) (?:this |a |the |their )?(?:post |message |"
    r"reminder |tip |tips |graphic |video )?from\b"
)
# An organization named in original case: "Lakeshore Heart Institute", "Mayo Clinic", "American Heart Association".
OTHER_ORG_RE = re.compile(
    r"\b(?:[A-Z][\w'&.-]*\s+){1,4}(?:Health|Hospital|Hospitals|Institute|Clinic|Clinics|Center|Centre|Medical|"
    r"Society|Association|Foundation|Network|Partners|Group|Healthcare|System|College|University|Academy|Nurse Line|"
    r"Hotline|Helpline)\b"
)
RESULTS_VARY_RE = re.compile(
    r"\b(?:individual )?results (?:may|can|will|do) (?:vary|differ)\b|\bresults vary\b|\bindividual results\b|"
    r"\bevery (?:patient|person|body) is different\b|\boutcomes? (?:may|can) (?:vary|differ)\b|\bnot typical\b|"
    r"\byour results may\b|\bexperiences? (?:may|can) (?:vary|differ)\b"
)


class MissingDisclaimerRule(Rule):
    """Health information without the configured disclaimer (or a clear equivalent)."""

    id = "disclaimer.missing"
    category = Category.DISCLAIMER
    severity = Severity.FIX
    fix = FixKind.APPEND
    message = "Health information needs the not-medical-advice disclaimer"

    def __init__(self, settings: GuardrailSettings) -> None:
        super().__init__(settings)
        texts = {settings.disclaimers.default, settings.disclaimers.short, *settings.disclaimers.platforms.values()}
        # matched on the matching copy, where accents and curly quotes are folded: fold the configured text alike
        self.configured = tuple(sorted({normalize(t.strip()).text.lower() for t in texts if t.strip()}))
        org = settings.organization
        self.own_names = tuple(normalize(n).text.lower() for n in (org.name, *org.aliases) if n.strip())
        self.advice_rules = [cls(settings) for cls in ADVICE_RULES]

    def scan(self, doc: Document) -> Iterator[Match]:
        # The disclaimer first: a text the engine appended it to is re-checked, and finding it there is a few
        # substring searches, where deciding health information reads every sentence (and the advice rules' findings).
        if self.has_disclaimer(doc):
            return
        # advice is about someone's health by definition, whether or not it names a term we know
        if gives_health_information(doc) or is_advice(doc, self.advice_rules):
            yield Match()

    def has_disclaimer(self, doc: Document) -> bool:
        """Our configured text; with disclaimers.accept_equivalents, also a clear equivalent that is not another
        organization's (a reposted post's "Lakeshore Heart content is not medical advice" disclaims for Lakeshore,
        not for us)."""
        if any(text in doc.lower for text in self.configured):
            return True
        if not self.settings.disclaimers.accept_equivalents:
            return False
        found = EQUIVALENT_RE.search(doc.lower)
        return found is not None and not self._someone_elses(doc, found.start(), found.end())

    def _someone_elses(self, doc: Document, start: int, end: int) -> bool:
        if REPOST_RE.search(doc.lower) is not None:
            return True
        window = doc.text[max(0, start - 120) : end + 80]
        for name in OTHER_ORG_RE.finditer(window):
            lowered = name.group().lower()
            if not any(own in lowered or lowered in own for own in self.own_names):
                return True
        return False

    def fix_text_for(self, doc: Document, match: Match) -> str | None:
        return self.settings.disclaimers.for_platform(doc.platform)


class TestimonialDisclaimerRule(Rule):
    """A patient story without "individual results may vary"."""

    id = "disclaimer.testimonial"
    category = Category.DISCLAIMER
    severity = Severity.FIX
    fix = FixKind.APPEND
    message = "A patient story needs the 'individual results may vary' disclosure"

    def __init__(self, settings: GuardrailSettings) -> None:
        super().__init__(settings)
        self.configured = settings.disclaimers.testimonial.strip().lower()

    def scan(self, doc: Document) -> Iterator[Match]:
        if patient_story_span(doc) is None:
            return
        if (self.configured and self.configured in doc.lower) or RESULTS_VARY_RE.search(doc.lower):
            return
        yield Match()

    def fix_text_for(self, doc: Document, match: Match) -> str | None:
        return self.settings.disclaimers.testimonial


# Words that name a condition by their ending ("tendinitis", "scoliosis", "Ewing sarcoma").
CONDITION_SUFFIX_RE = re.compile(r"[a-z](?:itis|osis|algia|emia|opathy|sarcoma|carcinoma|lymphoma)\b")
# "family medicine", "sports medicine": a field of practice, not a medicine.
FIELD_BEFORE_RE = re.compile(
    r"\b(?:family|internal|sports|emergency|nuclear|preventive|integrative|lifestyle|sleep|pulmonary|critical care|"
    r"addiction|travel|functional|osteopathic|regenerative|hospital|pediatric|adolescent|rural|academic)\s+$"
)


def _is_field(doc: Document, start: int) -> bool:
    return FIELD_BEFORE_RE.search(doc.lower, max(0, start - 20), start) is not None


def _non_health_context(doc: Document, toks: frozenset[str]) -> bool:
    if toks & NON_HEALTH_ANY_LANGUAGE:  # a Spanish welcome or job ad too ("¡Bienvenida!", "Estamos contratando")
        return True
    return doc.has_digits and NON_HEALTH_CONTEXT_RE.search(doc.lower) is not None


def _explains(doc: Document, toks: frozenset[str], hits: list[TermHit]) -> bool:
    if INFO_CUE_RE.search(doc.lower):
        return True
    if not toks & IMPERATIVE_TIP_WORDS or IMPERATIVE_TIP_RE.search(doc.lower) is None:
        return False
    if not _non_health_context(doc, toks):
        return True
    return _imperative_health_sentence(doc, hits)


def _imperative_health_sentence(doc: Document, hits: list[TermHit]) -> bool:
    """In a post that also announces something, the tip must be a sentence of its own: an instruction with a health
    word and no job, event or facility word ("Bring the family to our Heart Walk on Saturday!" is the event;
    "Keep your eyes on our page" and "Stay tuned" are no tips). One pass over sentences and ordered hits: linear."""
    lower = doc.lower
    index = 0
    asked = False  # "Kidney stone? Drink ...": a question naming the term opens the tip after it
    for start, end in sentences(doc):
        inside = asked
        while index < len(hits) and hits[index].start < end:
            inside = inside or hits[index].start >= start
            index += 1
        asked = inside and lower[start:end].rstrip().endswith("?")
        if not inside or asked or IMPERATIVE_IDIOM_RE.search(lower, start, end):
            continue
        sentence = lower[start:end]
        if set(_WORD_RE.findall(sentence)) & ANNOUNCEMENT_WORDS or NON_HEALTH_CONTEXT_RE.search(sentence):
            continue
        if IMPERATIVE_START_RE.match(lower, start) or IMPERATIVE_TIP_RE.search(lower, start, end) is not None:
            return True
    return False


# The words of an announcement itself; "bring a list of your medications to every appointment" and "sit in the ER
# for 6 hours" are still about one's care.
ANNOUNCEMENT_WORDS = NON_HEALTH_ANY_LANGUAGE - words(
    "appointment appointments hours today tomorrow tonight schedule book service available open milestone "
    "milestones meet"
)
IMPERATIVE_IDIOM_RE = re.compile(r"stay tuned|keep (?:your|an) eyes? (?:on|out)|keep (?:up|in touch)")


def _says_health_apart(doc: Document, hits: list[TermHit]) -> bool:
    """Does a sentence name a condition, symptom or medicine with no job, event, recognition or facility word in
    that same sentence? A post's opening hours do not make its health sentence an announcement. One pass over the
    sentences and the (ordered) hits: linear."""
    strong = [
        h
        for h in hits
        if h.kind in STRONG_KINDS and h.term not in GENERIC_DRUG_WORDS and not SERVICE_NAME_RE.match(doc.lower, h.end)
    ]
    index = 0
    previous = 0
    for start, end in sentences(doc):
        # "Welcome, Dr. Haddad, to our asthma clinic!": a title's full stop does not end the sentence
        opened = previous if TITLE_END_RE.search(doc.lower, max(previous, start - 8), start) else start
        previous = opened
        inside = False
        while index < len(strong) and strong[index].start < end:
            inside = inside or strong[index].start >= start
            index += 1
        if not inside or doc.lower[start:end].rstrip().endswith("?"):
            continue  # "Living with Crohn's? Our group meets Monday": a question only opens the announcement
        sentence = doc.lower[opened:end]
        if not (set(_WORD_RE.findall(sentence)) & NON_HEALTH_ANY_LANGUAGE) and not NON_HEALTH_CONTEXT_RE.search(
            sentence
        ):
            return True
    return False


TITLE_END_RE = re.compile(r"\b(?:dr|mr|mrs|ms|mx|st|prof|jr|sr)\.\s*$")
_WORD_RE = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


def gives_health_information(doc: Document) -> bool:
    """The decision behind disclaimer.missing (see the module docstring)."""

    def decide() -> bool:
        outcome_possible = (doc.has_digits or token_set(doc) & OUTCOME_HINTS) and doc.words & OUTCOME_WORDS
        if outcome_possible and OUTCOME_RE.search(doc.lower):
            return True  # an outcome claimed for a group of patients
        hits = [h for h in term_hits(doc) if not _names_no_care(doc, h)]
        toks = token_set(doc)
        strong = (
            any(
                h.kind in STRONG_KINDS
                and h.term not in GENERIC_DRUG_WORDS
                and not SERVICE_NAME_RE.match(doc.lower, h.end)
                for h in hits
            )
            or CONDITION_SUFFIX_RE.search(doc.lower) is not None
        )
        if care_instruction(doc, strong):
            return True  # "if your child swallows a magnet, take them to the ER": where to go about one's health
        if _health_in_other_words(doc):
            return True
        weak = any(
            h.kind in WEAK_KINDS and not (h.term in GENERIC_DRUG_WORDS and _is_field(doc, h.start)) for h in hits
        )
        if not strong and not weak:
            return False
        if _info_cues(doc, toks, hits):
            return True
        if strong and patient_story_span(doc) is None and _says_health_apart(doc, hits):
            return True  # "Heartburn more than twice a week may be GERD." beside "Open Monday to Friday."
        if patient_story_span(doc) is None and not _non_health_context(doc, toks):
            if strong:
                return True  # a condition or medicine named outside a job ad, event, recognition or facility news
            if toks & SECOND_PERSON_WORDS:
                return True  # a health topic put to the reader ("UV rays reach you through clouds") is a tip
        # the story gets its own caveat (disclaimer.testimonial); other contexts need an explanatory cue
        return _explains(doc, toks, hits)

    return doc.memo("disclaimer.health_information", decide)


# "a certified therapy dog", "pet therapy animals": a visitor with four legs, not a treatment.
# "medicina familiar", "medicina interna": a Spanish field of practice, named after its noun.
NOT_CARE_AFTER_RE = re.compile(
    r"[\s-]+(?:dogs?|pups?|puppy|puppies|animals?|pets?|horses?|ponies|pony|llamas?)\b"
    # "the new surgery tower", "seven treatment spaces": a place in the building, not a treatment
    r"|[\s-]+(?:towers?|wings?|buildings?|pavilions?|floors?|lobby|lobbies|garage|spaces|rooms|bays|areas|suites?)\b"
    r"|\s+(?:familiar|interna|deportiva|preventiva|integrativa|nuclear)\b"
)


# A capitalised word or two, then a street or landmark word, after a capitalised term: "Sugar Camp Road", "Heart
# Lake Trail". Read in the original case: "the flu shot drive-thru" is about the flu.
PLACE_NAME_AFTER_RE = re.compile(
    r"(?: [A-Z][a-z]+){0,2} (?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Boulevard|Blvd|Highway|Hwy|Pike|Trail|"
    r"Creek|Hollow|Branch|Bridge|Park|Lake|Ridge|Mountain|Valley)\b"
)


def _names_no_care(doc: Document, hit: TermHit) -> bool:
    """A health word that names something else by what follows it: an animal, a place in the building or a field
    (NOT_CARE_AFTER_RE: "therapy dogs", "the surgery tower"), or, capitalised, a road or a place ("Sugar Camp Road
    is closed")."""
    if NOT_CARE_AFTER_RE.match(doc.lower, hit.end):
        return True
    return doc.text[hit.start : hit.start + 1].isupper() and PLACE_NAME_AFTER_RE.match(doc.text, hit.end) is not None


def _info_cues(doc: Document, toks: frozenset[str], hits: list[TermHit]) -> bool:
    """An explanatory word of the text's own, not one inside a term's name ("patients with heart disease" names a
    condition, it explains nothing), a "fun fact" or a "healing garden". Masking the term spans is one pass: linear."""
    cues = toks & INFO_CUE_WORDS
    if not cues or not (cues & NAME_PART_CUES or NOT_A_CUE_RE.search(doc.lower)):
        return bool(cues)
    lower = doc.lower
    parts: list[str] = []
    cursor = 0
    for hit in hits:
        if hit.start >= cursor and " " in hit.term:  # "heart disease"; a lone "treatments" is the cue itself
            parts.append(lower[cursor : hit.start])
            cursor = hit.end
    parts.append(lower[cursor:])
    rest = NOT_A_CUE_RE.sub(" ", " ".join(parts))
    return bool(cues & set(_WORD_RE.findall(rest)))


# Cue words that are also the last word of a term's name ("heart disease", "skin condition", "flu symptoms").
NAME_PART_CUES = words("disease diseases condition conditions symptom symptoms infection treatment treatments")
# A cue word that is part of a name or a feature: "healing garden", "fun fact".
NOT_A_CUE_RE = re.compile(
    r"\bhealing (?:garden|gardens|space|spaces|environment|arts|center|centre|room|music|touch|hands|walk|trail)\b"
    r"|\bfun facts?\b"
)


def _health_in_other_words(doc: Document) -> bool:
    """Health information the (English) vocabulary cannot see: a Spanish health statement, a body or wellness tip,
    a group outcome in plain words. A patient story is left to disclaimer.testimonial."""
    if patient_story_span(doc) is not None:
        return False
    return (
        spanish_health_statement(doc)
        or body_tip(doc, NON_HEALTH_ANY_LANGUAGE)
        or nutrition_statement(doc, NON_HEALTH_ANY_LANGUAGE)
        or group_outcome_in_words(doc)
    )


RULES: tuple[type[Rule], ...] = (MissingDisclaimerRule, TestimonialDisclaimerRule)
