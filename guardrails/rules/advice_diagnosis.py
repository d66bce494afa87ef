"""advice.diagnosis: naming what one particular person has, surely, from what they describe."""

from __future__ import annotations

import re
from collections.abc import Iterator

from guardrails.rules.advice_base import CARE_ALTERNATIVE_RE, CARE_POINTER_RE, MEDICATION_KINDS, REPLY_RE, AdviceRule
from guardrails.rules.advice_common import ASKING_RE, SECOND_PERSON_RE, answers_a_question, is_addressed
from guardrails.rules.advice_person import (
    ADJECTIVE_GATE,
    BODY_WORDS,
    CONDITION_ADJECTIVE_RE,
    HYPOTHESIS_BEFORE_RE,
    INJURY_RE,
    INJURY_VERBS,
    NOT_VERDICT_AFTER_RE,
    PERSON_WORDS,
    REPLY_LEAD_RE,
    STRUCTURE_TOKENS,
    SUBJECT_REACH_CHARS,
    is_vocative,
    one_person_subject,
    subject_clause,
    verdict_before,
)
from guardrails.rules.advice_shapes import (
    CLINICAL_SUBJECT_WORDS,
    ORGAN_RE,
    REASSURANCE_RE,
    REASSURANCE_TOKENS,
    RULED_OUT_ADJECTIVE_RE,
    deictic_subject,
    negated_have,
    not_verdict,
    person_subject,
    reassured_subject,
)
from guardrails.rules.base import Document, Match, positions_in
from guardrails.rules.health_terms import (
    CONDITION,
    SYMPTOM,
    TermHit,
    hits_in,
    sentences,
    term_hits,
    term_kinds,
    token_set,
    words,
)

DIAGNOSIS_LEAD_RE = re.compile(
    r"\b(?:sounds|looks|seems|sound|look)\s+(?:to me\s+)?(?:(?:a lot|a little|a bit|just|exactly|very much|pretty much|"
    r"kinda|kind of|so much|more)\s+)?like\b"
    r"|\b(?:sounds|looks|seems)(?!\s+(?:to me\s+)?like)\s"
    r"|\b(?:that'?s|that is|it'?s|it is|this is|you'?ve got|you have|you'?ve|u have|you got|you'?re having|"
    r"you are having|you probably have|you definitely have|you likely have|i think (?:you have|it'?s)|"
    r"i bet (?:you have|it'?s)|i'?d bet(?: on)?|my money'?s on|"
    r"my guess is|my guess(?=:)|pretty sure (?:you have|it'?s|that'?s)|"
    r"you'?re describing|you are describing)\b"
    r"|\b(?:that|this|your|ur) (?:[\w-]+'s )?(?:rash|bump|lump|cough|pain|spot|mole|swelling|headache|fever|sore|"
    r"redness|ache|stiffness|wheezing|itching|numbness)(?: [\w']+){0,3}? (?:is|are|means|sounds like|looks like)\b"
    r"|\b(?:those|these) (?!who\b)(?:[\w-]+ ){0,5}?are\b|\bthey'?re\b|\bthey are\b"
    r"|\b(?:kiddo|kid|baby|little one|toddler|lo) (?:has|has got|'s got)\b"
    r"|^\s*(?:(?:yep|yup|yeah|yes|nah|ok|okay|honestly|so)[,!.]?\s+)?"
    r"(?:probably|most likely|definitely|almost certainly)(?:\s+just)?\b"
    r"|\b(?:your|ur) (?:son|daughter|child|kid|baby|little one|husband|wife|partner|mom|dad|mother|father)"
    r"(?: \w+){0,2}? (?:has|has got|'s got|is having)\b"
    r"|\b(?:points?|pointing) to\b"
    r"|\b(?:symptoms?|[a-z]+)\s+you(?:'ve| have| are|'re)?\s+(?:mentioned|described|describe|have|had|having|"
    r"been having|get|keep getting)\s+(?:is|are|sounds? like|means?|could be|looks? like|points? to)\b"
    r"|\b(?:your|ur) (?:[\w'-]+ ){1,4}?(?:means|is a sign of|is a symptom of|comes from|is from|is caused by)\b"
    r"|\b(?:your|ur) (?:\w+'s )?(?:[\w-]+ ){0,4}(?:is|are) (?:probably|definitely|likely|just|most likely|clearly|"
    r"almost certainly|obviously)\b"
    r"|\b(?:your|ur) (?:\w+'s )(?:[\w-]+ ){0,2}(?:is|are)\b"
)
ASIDE_RE = re.compile(r"\s*\([^()]{1,160}\)")
CAUSE_OF_BEFORE_RE = re.compile(r"\b(?:cause|causes|reason|reasons|culprit|source|type|kind)s? of\s+(?:\w+\s+){0,2}$")
# "a higher risk of stroke", "one sign of diabetes": the condition is not what the person has.
NOT_A_DIAGNOSIS_TAIL_RE = re.compile(
    r"\s*(?:(?:a|an|the|one|higher|greater|lower|increased|bigger|more|most|common|early|first|main)\s+){0,3}"
    r"(?:signs?|symptoms?|risks?|chances?|odds|likelihood|causes?|types?|forms?)\s+of\b"
)
OBSERVANCE_AFTER_RE = re.compile(
    r"[\s-]+(?:[a-z]+\s+)?(?:season|awareness|month|week|day|shots?|vaccines?|vaccination|screenings?|clinic|"
    r"program|support|research|walk|run|survivors?)\b"
)
# "That's ringworm." right after a question about the reader's symptom: the answer names the condition at once.
ARTICLE_ONLY_RE = re.compile(
    r"\s+(?:(?:a|an|just|only|probably|likely|classic|textbook|most likely|early|mild|severe|full-blown)\s+){0,2}"
)
BARE_ANSWER_PREFIX_RE = re.compile(
    r"\s*(?:a:\s*)?(?:(?:classic|textbook|definitely|probably|prob|def|totally|just|yep|yup|yeah|easy|sounds like|"
    r"that'?s|likely|most likely|almost certainly|honestly)"
    r"[,:]?\s+){0,2}(?:a |an )?"
)
# A symptom's link to what it is: a few words ("at night", "when you stand up"), then is/are/means.
LINK_SYMBOLS = ("=", "->", "\u2192")
SYMPTOM_IS_RE = re.compile(
    r"(?:\s+[\w'-]+){0,5}?\s+(?:is|are|means|=|->|\u2192)\s+(?:(?:just|probably|definitely|clearly|classic|textbook|simply)\s+)?"
    r"(?:an?\s+)?"
)
# One modifier may stand before the condition's name: "Ganglion cyst, easy.", "Seasonal allergies."
MODIFIER_GAP_RE = re.compile(r"(?:[a-z-]+ )?")
# The question names someone: the asker ("my heel") or one other person ("he woke up with it").
FIRST_PERSON_RE = re.compile(r"\b(?:my|i|i'?m|i'?ve|he|she|his|her|him)\b")
BARE_ANSWER_REST_RE = re.compile(
    r"\s*(?:,?\s*(?:every time|for sure|100%|no doubt|obviously|classic)|,\s*[a-z%']+(?: [a-z%']+){0,2})?[.!\s]*"
)
# A sentence that opens with its certainty names a condition outright: "Probably just a pulled muscle."
SURE_LEAD_RE = re.compile(r"\s*(?:\w+[,!.]?\s+)?(?:probably|most likely|definitely|almost certainly)\b")
SYMPTOM_LEAD_RE = re.compile(r"(?:that|this) [a-z]+ (?:is|are|means|sounds like|looks like)$")
CERTAINTY_RE = re.compile(
    r"\b(?:definitely|probably|likely|clearly|obviously|certainly|almost certainly|most likely|just|only|simply|"
    r"totally|for sure|classic|textbook|typical|bet|no doubt|surely|i think|i'?m sure|i'?m pretty sure|yep|yup|"
    r"yeah|every time|nothing to do with|for sure|"
    # slang and set phrases of a sure verdict: "thats prob shingles tbh", "a UTI, plain and simple"
    r"prob|def|defo|deffo|tbh|ngl|plain and simple|nothing more|no question|hands down|"
    r"based on (?:the|your|that) (?:photo|pic|picture|description|symptoms)|from (?:the|your) "
    r"(?:photo|pic|picture|description)|from what you(?:'ve)? (?:describe|described|said))\b"
    r"|, not (?:a |an |your )?[a-z]|\b100%"  # '%' ends no word: a `\b` after it would need a letter
)
CONDITIONAL_RE = re.compile(
    r"\b(?:if|when|whether|do|does|did|(?:anyone|people|those|someone|kids|adults|children) (?:who|with)|who|"
    r"could|may|might|can|symptoms? of|signs? of|risk of|know|think you|worried)\b[^.!?]*$"
)
MEDICAL_SUFFIX_RE = re.compile(
    r"\b[a-z]+(?:itis|osis|algia|emia|aemia|opathy|oma|ectomy)\b|\b(?:infection|syndrome|disorder|disease|"
    r"deficiency|fracture|sprain|strain|virus|allergy|allergies|tear|splints?|concussion|flu|cold|"
    r"viral|bacterial|infected|fractured|sprained|dislocated)\b"
    r"|\b(?:thyroid|heart|kidney|liver|lung|stomach|bladder|prostate|hormone|hormonal|sinus|gallbladder|nerve)\s+"
    r"(?:problem|issue|condition|infection|disorder)s?\b"
)

ORGANS = words("thyroid heart kidney liver lung stomach bladder prostate hormone hormonal sinus gallbladder nerve")
# "def sounds viral": a verdict adjective names what someone has as surely as a condition's name.
VERDICT_WORDS = words("viral bacterial infected fractured sprained dislocated")
VERDICT_AFTER_RE = re.compile(r"(?:[a-z]+\s+)?(?:viral|bacterial|infected|fractured|sprained|dislocated)\b")
# A condition's name the lexicon lacks, ending in a medical word: "patellofemoral pain syndrome", "de quervain's
# tenosynovitis" (up to two words before it).
SUFFIX_NAMED_RE = re.compile(rf"(?:[a-z'-]+\s+){{0,2}}?(?:{MEDICAL_SUFFIX_RE.pattern})")
MEDICAL_SUFFIX_TOKEN_RE = re.compile(r"[a-z](?:itis|osis|algia|emia|opathy|oma|infection|syndrome|disorder|splints)\b")
# "those symptoms point to", "his cough points to": the symptoms belong to someone.
OWNER_BEFORE_RE = re.compile(r"\b(?:those|these|your|ur|his|her|their|[a-z]+'s)\b")
OWNED_IS_RE = re.compile(r"(?:your|ur) \w+'s (?:[\w-]+ ){0,2}(?:is|are)")
# "likely a cold if there's no fever": a condition with its condition after it is a hypothesis, not a verdict.
HYPOTHESIS_AFTER_RE = re.compile(r"[\s,]*(?:if|unless|as long as|provided)\b")
DIAGNOSIS_TRIGGERS = words(
    "sounds looks seems sound look that's thats that it's its it this you've you u ur got guess sure bet think your "
    "point points pointing describing you're those these they they're probably definitely likely means mentioned "
    "kiddo kid baby toddler lo "
    "described"
)


def _bare_answer(doc: Document, sentence: str, start: int) -> tuple[int, int] | None:
    """ "Swollen, hot big toe? Gout." A short sentence that is only a condition, answering a question about
    someone's symptoms, names what they have. Returns the condition's span (sentence-relative) or None."""
    if len(sentence) > 60 or sentence.rstrip().endswith("?"):
        return None
    prefix = BARE_ANSWER_PREFIX_RE.match(sentence)
    if prefix is None:
        return None
    hits = hits_in(doc, start + prefix.end(), start + len(sentence), frozenset({CONDITION}))
    if not hits or not MODIFIER_GAP_RE.fullmatch(doc.lower, start + prefix.end(), hits[0].start):
        return None
    rest = sentence[hits[0].end - start :]
    if not BARE_ANSWER_REST_RE.fullmatch(rest):
        return None
    before = doc.lower[max(0, start - 120) : start].rstrip()
    if not before.endswith("?"):
        return None
    question_start = max(before.rfind("."), before.rfind("!"), before[:-1].rfind("?")) + 1
    question = (max(0, start - 120) + question_start, max(0, start - 120) + len(before))
    asked = before[question_start:]
    if (
        not hits_in(doc, question[0], question[1], frozenset({SYMPTOM}))
        and not SECOND_PERSON_RE.search(asked)
        and not FIRST_PERSON_RE.search(asked)
    ):
        return None  # a quiz ("the most common cancer in men? Prostate cancer.") asks about no one's symptoms
    after = doc.lower[start + len(sentence) : start + len(sentence) + 80]
    if CARE_POINTER_RE.search(after):
        return None  # "Sore throat? Strep! Get tested at our clinic" sends the reader to be tested
    return hits[0].start - start, hits[0].end - start


def _symptom_named(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """ "Tingling fingers at night is carpal tunnel": a symptom said to BE a condition, to someone or for sure,
    names what they have. Each symptom looks at the next few terms only: linear in the sentence."""
    hits = hits_in(doc, start, end, frozenset({CONDITION, SYMPTOM}))
    for index, symptom in enumerate(hits):
        if symptom.kind != SYMPTOM:
            continue
        link = SYMPTOM_IS_RE.match(doc.lower, symptom.end, end)
        if link is None:
            continue
        named_end = _named_condition_end(doc, hits[index + 1 : index + 4], link.end(), end)
        if named_end is None:
            continue
        if CONDITIONAL_RE.search(doc.lower, start, symptom.start):
            continue  # "if your chest pain is angina, ..."
        if CAUSE_OF_BEFORE_RE.search(doc.lower, max(start, symptom.start - 40), symptom.start):
            continue  # "the most common cause of your heel pain is plantar fasciitis" is education
        if CERTAINTY_RE.search(doc.lower, start, end) or is_addressed(doc, start, end):
            return symptom.start, named_end
    return None


def _named_condition_end(doc: Document, following: list[TermHit], at: int, end: int) -> int | None:
    """Where the condition named at `at` ends: a lexicon condition right there (one modifier allowed), or a name the
    lexicon lacks that ends in a medical word ("= patellofemoral pain syndrome"); None when no condition is named
    there ("is a common sign of carpal tunnel": the condition is not what the symptom is)."""
    condition = next((h for h in following if h.start >= at), None)
    if (
        condition is not None
        and condition.kind == CONDITION
        and MODIFIER_GAP_RE.fullmatch(doc.lower, at, condition.start)
    ):
        return condition.end
    if NOT_A_DIAGNOSIS_TAIL_RE.match(doc.lower, at, end):
        return None
    named = SUFFIX_NAMED_RE.match(doc.lower, at, end)
    return named.end() if named is not None else None


def _condition_adjectives(doc: Document, toks: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of condition adjectives ("dehydrated", "out of shape") in the text, behind a token gate."""
    if not toks & ADJECTIVE_GATE:
        return []
    return [m.span() for m in CONDITION_ADJECTIVE_RE.finditer(doc.lower)]


def _spoken_to_one(doc: Document, sentence_start: int, end: int) -> bool:
    """Is the sentence spoken to someone: second person, an imperative, a vocative, or a reply to one person?"""
    if is_addressed(doc, sentence_start, end):
        return True
    if doc.memo("advice.reply_lead", lambda: REPLY_LEAD_RE.match(doc.lower) is not None):
        return True
    original = doc.text[sentence_start:end]
    first = original.lstrip().split(" ", 1)[0].strip(",!").lower()
    return is_vocative(original, bool(hits_in(doc, sentence_start, sentence_start + len(first) + 4)))


def _person_verdict(
    doc: Document, sentence: str, start: int, end: int, adjectives: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """A verdict on one person's condition, built from its parts (advice_person), for wordings no lead knows."""
    if sentence.rstrip().endswith("?"):
        return None  # a question asks; it does not tell
    conditions = [(h.start - start, h.end - start) for h in hits_in(doc, start, end, frozenset({CONDITION}))]
    suffixes = (
        [m.span() for m in MEDICAL_SUFFIX_RE.finditer(sentence)] if MEDICAL_SUFFIX_TOKEN_RE.search(sentence) else []
    )
    for at, stop in sorted(conditions + adjectives + suffixes):
        copula = verdict_before(sentence, at)
        if copula is None or NOT_VERDICT_AFTER_RE.match(sentence, stop):
            continue
        if HYPOTHESIS_BEFORE_RE.search(sentence, max(0, copula - SUBJECT_REACH_CHARS), copula):
            continue  # "if you have a cold, you have a virus": a hypothesis, not a verdict
        subject = subject_clause(sentence, copula)
        subject_at = copula - len(subject)
        symptom = bool(hits_in(doc, start + subject_at, start + copula, frozenset({SYMPTOM})))
        if one_person_subject(subject, _spoken_to_one(doc, start, end), symptom):
            return start + max(subject_at, copula - 40), start + stop
    injury = INJURY_RE.search(sentence) if adjectives else None
    if (
        injury is not None
        and injury.group("part") in BODY_WORDS
        and not HYPOTHESIS_BEFORE_RE.search(subject_clause(sentence, injury.start()))
    ):
        return start + injury.start(), start + injury.end()
    return None


NEGATED_TOKENS = words("not isn't aren't ain't don't dont doesn't didn't")
# What every match of NEGATED_HAVE_BEFORE_RE and NOT_VERDICT_BEFORE_RE (advice_shapes) holds, as a plain substring:
# "do not", "is not" hold "not"; "don't", "isn't" hold "n't"; the forms written without an apostrophe are listed.
# `_ruling_out` finds nothing in a sentence without one of them, so a sentence is read only when it holds one: the
# text's tokens open the gate for every sentence, and an appended "Not medical advice" opened it on every re-check.
NEGATION_SUBSTRINGS = ("not", "n't", "dont", "doesnt", "didnt", "isnt", "arent", "aint")
# "That's Little League elbow, 100%.", "That's a swollen lymph node from the shot, nothing more.", "Those are Braxton
# Hicks, mama, not real labor": a short name said to BE what someone has, sealed by a sure marker. The lexicon need
# not know the name: the shape and the marker say it is a verdict.
SURE_ANSWER_RE = re.compile(
    r"\s*(?:(?:yep|yup|yeah|oh|ok|okay|honestly|so|nope|nah)[,!.]?\s+)?(?:that'?s|thats|it'?s|those are|these are|"
    r"they'?re)\s+(?:(?:definitely|totally|classic|textbook|just|only|almost certainly|100%)\s+)?"
    r"(?P<name>(?:an? )?[a-z][a-z'-]*(?:(?:,? and |, | |-)[a-z][a-z'-]*){0,5}?)"
    r"(?P<vocative>,\s*(?:mama|mamas|hon|honey|friend|babe|dear|love|mate|buddy|sweetie|girl|bro)\b)?"
    r"(?P<sure>,?\s*(?:100%|for sure|nothing more|nothing else|no doubt|plain and simple|guaranteed|"
    r"not (?:a |an |real |true |actual )?[a-z'-]+)|\s+(?:from|after) (?:the|your|that) [a-z-]+,\s*nothing more)"
    r"(?=\s*[.!,]|\s*$)"
)
# A symptom waved off as something minor: "it's just tension", "that's just crystals in your inner ear", "blood in
# your pee after a long run is just from the run", "that's just the Suboxone": a verdict on what causes it.
DISMISSED_RE = re.compile(
    r"\b(?:that'?s|thats|it'?s|is|are|they'?re)\s+(?:(?:probably|literally|definitely|most likely|likely|honestly|"
    r"totally|prob)\s+)?(?:just|only|nothing but)\s+(?P<name>(?:an? |the |your |from (?:the |your )?)?[a-z][a-z'-]*"
    r"(?: [a-z][a-z'-]*){0,4})"
)
DISMISS_TOKENS = words("just only")
# A person's body part: "your knee", "grandma's feet", "his left ankle".
PERSON_BODY_RE = re.compile(
    rf"\b(?:your|ur|his|her|their|[a-z]+'s)\s+(?:[a-z]+\s+)?(?:{'|'.join(sorted(BODY_WORDS, key=len, reverse=True))})\b"
)
# After "just": what is no cause of a symptom ("it's just a reminder", "that's just one of the ways we help").
NOT_A_CAUSE_RE = re.compile(
    r"(?:an? |the |your )?(?:reminder|one|part|how|what|why|a way|way|start|beginning|first|tip|few|couple|minutes?|"
    r"days?|weeks?|hours?|me|us|you|our|my|like|as|so|too|fine|ok|okay|normal|common|the way|because|about|"
    r"in time|around|here|there|right|better|worse|getting|going|coming|started|\d)\b"
)
# Spanish (accents folded): "es solo gastritis", "es nomas de las almorranas", "es de los nervios", "si le arde al
# orinar es infeccion": a condition, or a minor cause after solo / nomas / puro, said to be what someone has.
SPANISH_VERDICT_RE = re.compile(
    r"\b(?:es|son)\s+(?P<dismissive>(?:solo|nomas|nada mas|puro|pura|seguro|seguramente|definitivamente)\s+)?"
    r"(?:de (?:los|las|la|el) |del |un |una )?(?P<name>[a-z]+(?: [a-z]+){0,2})"
)
SPANISH_FOLK_CAUSES = words("nervios coraje susto empacho aire frio calor estres gases")
# Spanish words that speak to the reader or hold a symptom the lexicon lacks ("le arde", "le sale sangre", "mijo").
SPANISH_ADDRESS_RE = re.compile(r"\b(?:le|les|usted|ustedes|te|tu|tus|su|sus|mijo|mija|senora|senoras|amigo|amiga)\b")
SPANISH_SYMPTOM_RE = re.compile(
    r"\b(?:dolor|duele|duelen|arde|ardor|pica|pican|sangre|sangrado|fiebre|tos|mareo|mareos|comezon|picazon|torcedura|"
    r"diarrea|vomito|vomitos|nausea|nauseas|ronchas|granos|hinchazon|hinchado|hinchada|calentura|gripa|gripe)\b"
)
NOT_A_SPANISH_NAME_RE = re.compile(
    r"(?:importante|normal|comun|bueno|buena|mejor|necesario|necesaria|hora|tiempo|gratis|nuestro|nuestra|para|por|"
    r"que|muy|mas|facil|seguro|posible|un buen|una buena|el mejor|la mejor|todo|nada)\b"
)
SPANISH_VERDICT_TOKENS = words("es son")
# A symptom put down to a medicine: "sound like they're from your birth control", "dizzy from the dose".
DRUG_BLAMED_RE = re.compile(
    r"\b(?:(?:sounds?|looks?|seems?) like (?:they'?re|it'?s|they are|it is|that'?s) (?:probably |just |all )?"
    r"(?:from|caused by|because of|due to)|(?:getting|feeling|is|are|'s|'re) [a-z]+ (?:from|because of|due to))\s+"
    r"(?P<cause>(?:your|his|her|their|the|that|those|these) (?:new |daily |nightly |morning )?[a-z][a-z'-]*"
    r"(?: [a-z][a-z'-]*)?)"
)
DOSE_CAUSE_RE = re.compile(r"(?:your|his|her|their|the|that) (?:new |higher |bigger |extra )?(?:dose|pills?|meds)\b")
SYMPTOM_VERB_RE = re.compile(r"\b(?:dizzy|jittery|nauseous|queasy|tired|foggy|itchy|bloated|shaky|drowsy|sleepy)\b")
BLAME_TOKENS = words("from caused because due")
SURE_LEAD_TOKENS = words("that's thats it's those these they're theyre")
SURE_MARK_TOKENS = words("sure nothing doubt plain guaranteed not")
SURE_MARKS = SURE_MARK_TOKENS | words("definitely totally classic textbook certainly")  # before the name too
# What follows "that's" in a post that is no verdict on a condition: an offer, a pointer, a reassurance.
NOT_A_NAME_RE = re.compile(
    r"(?:an? )?(?:our|what|where|why|how|when|who|the (?:best|worst|time|way|reason|place|one|spot|team|number)|"
    r"(?:a )?(?:sign|reason|great|good|big|common|normal|fine|ok|okay|expected|totally normal|nothing|no|why|"
    r"free|open|here|true|right|wrong|it|all|us|you|me|him|her|them)\b)"
)


def _dismissed(doc: Document) -> list[Match]:
    """A symptom waved off as a minor cause (DISMISSED_RE), with the symptom in the sentence or in the question
    before it, said to someone. One finding per text."""
    if token_set(doc).isdisjoint(DISMISS_TOKENS) or DISMISSED_RE.search(doc.lower) is None:
        return []
    kinds = frozenset({SYMPTOM, CONDITION})
    for start, end in sentences(doc):
        sentence = doc.lower[start:end]
        if sentence.rstrip().endswith("?") or CONDITIONAL_RE.search(sentence, 0, 40):
            continue  # a question asks; "if your teen is just moody" is a hypothesis
        if CARE_POINTER_RE.search(sentence) or CARE_ALTERNATIVE_RE.search(sentence):
            continue  # "it's just a short form to sign up for our headache clinic" points to care
        for found in DISMISSED_RE.finditer(sentence):
            if NOT_A_CAUSE_RE.match(found.group("name")) or " to " in found.group("name"):
                continue  # "it's just a reminder", "just a form to fill out": no cause of a symptom
            asked = _question_before(doc, start)
            symptom = hits_in(doc, start, end, kinds) or (asked is not None and hits_in(doc, asked, start, kinds))
            # "Grandma's feet going numb with her sugar? That's just old age": a person's body part asked about
            owned_body = asked is not None and PERSON_BODY_RE.search(doc.lower, asked, start) is not None
            if (symptom or owned_body) and (asked is not None or _spoken_to_one(doc, start, end)):
                return [Match(start + found.start(), start + found.end())]
    return []


def _spanish_verdicts(doc: Document) -> list[Match]:
    """A Spanish verdict (SPANISH_VERDICT_RE) on a symptom said to the reader: a condition of the lexicon right after
    'es', or a minor or folk cause ('es solo un esguince', 'es de los nervios'). One finding per text."""
    if token_set(doc).isdisjoint(SPANISH_VERDICT_TOKENS) or SPANISH_VERDICT_RE.search(doc.lower) is None:
        return []
    for start, end in sentences(doc):
        sentence = doc.lower[start:end]
        if sentence.rstrip().endswith("?"):
            continue
        asked = _question_before(doc, start)
        scope = doc.lower[asked if asked is not None else start : end]
        symptom = bool(hits_in(doc, asked if asked is not None else start, end, frozenset({SYMPTOM})))
        if not (symptom or SPANISH_SYMPTOM_RE.search(scope)):
            continue
        if not (asked is not None or SPANISH_ADDRESS_RE.search(sentence)):
            continue
        for found in SPANISH_VERDICT_RE.finditer(sentence):
            name = found.group("name")
            if NOT_A_SPANISH_NAME_RE.match(name):
                continue
            at = start + found.start("name")
            condition = [
                h for h in hits_in(doc, at, start + found.end("name"), frozenset({CONDITION})) if h.start == at
            ]
            folk = name.split(" ", 1)[0] in SPANISH_FOLK_CAUSES
            if condition or folk or found.group("dismissive"):
                return [Match(start + found.start(), start + found.end())]
    return []


def _drug_blamed(doc: Document) -> list[Match]:
    """ "your migraines sound like they're from your birth control", "he may be getting dizzy from the dose": one
    person's symptom put down to their medicine (DRUG_BLAMED_RE) is a verdict on its cause, said to someone."""
    if token_set(doc).isdisjoint(BLAME_TOKENS) or DRUG_BLAMED_RE.search(doc.lower) is None:
        return []
    kinds = frozenset({SYMPTOM, CONDITION})
    for start, end in sentences(doc):
        for found in DRUG_BLAMED_RE.finditer(doc.lower, start, end):
            owned = found.start("cause")
            medicine = bool(hits_in(doc, owned, found.end("cause") + 1, MEDICATION_KINDS))
            if not (medicine or DOSE_CAUSE_RE.match(doc.lower, owned)):
                continue  # "from your screen time": no medicine blamed
            symptom = hits_in(doc, start, found.start(), kinds) or SYMPTOM_VERB_RE.search(doc.lower, start, owned)
            if not symptom:
                continue
            if CONDITIONAL_RE.search(doc.lower, start, min(found.start(), start + 40)) and not is_addressed(
                doc, start, end
            ):
                continue
            if _spoken_to_one(doc, start, end):
                return [Match(found.start(), found.end())]
    return []


def _question_before(doc: Document, start: int) -> int | None:
    """Where the question just before `start` begins ("Headache for a week? It's just tension."), or None."""
    before = doc.lower[max(0, start - 120) : start].rstrip()
    if not before.endswith("?"):
        return None
    return max(0, start - 120) + max(before.rfind("."), before.rfind("!"), before[:-1].rfind("?")) + 1


def _sure_answers(doc: Document) -> list[Match]:
    """A short name sealed by a sure marker (SURE_ANSWER_RE), said to someone: the answer to a question put to the
    reader, a reply, or a sentence spoken to one person. One finding per text."""
    toks = token_set(doc)
    if toks.isdisjoint(SURE_LEAD_TOKENS) or (toks.isdisjoint(SURE_MARKS) and "100%" not in doc.lower):
        return []  # token gates: most texts hold no lead or no marker
    for start, end in sentences(doc):
        found = _sure_answer_in(doc, start, end)
        if found is None or NOT_A_NAME_RE.match(found.group("name")) or CARE_POINTER_RE.search(doc.lower, start, end):
            continue
        if found.group("vocative") or answers_a_question(doc, start) or _spoken_to_one(doc, start, end):
            return [Match(found.start("name"), found.end("sure"))]
        if found.start() > start and ADDRESSEE_RE.match(doc.lower, start, found.start()):
            return [Match(found.start("name"), found.end("sure"))]  # "To the dad asking ...: that's ..., for sure"
    return []


# Who a reply is for, then a colon, then the verdict: "To the dad asking about his son's elbow: that's Little League
# elbow for sure", "@ the parent who DM'd us the rash: that's definitely hand, foot and mouth".
ADDRESS_COLON_RE = re.compile(r"[^:]{3,120}?:(?=\s)")
# An opening before the colon that names who the answer is for: "To the dad", "@ the parent", "Reply to Keisha".
ADDRESSEE_RE = re.compile(
    r"\s*(?:@|to (?:the|our|all|everyone|you|whoever|[a-z]+\b(?=[^:]{0,40}(?:asking|asked|wondering|who)))|"
    r"repl(?:y|ying)\b|answering\b|re:|dear |hi |hey |for (?:the|everyone|all) [^:]{0,40}(?:asking|asked|wondering))"
)


# The sure marker before the name: "that's definitely hand, foot and mouth", "it's 100% runner's knee". Without a
# marker after it to seal the name, the name must be a condition's: a condition of the lexicon, a medical ending or
# a body part in it (`_medical_name`), so "that's definitely worth a visit" is no verdict.
SURE_BEFORE_RE = re.compile(
    r"\s*(?:(?:yep|yup|yeah|oh|ok|okay|honestly|so)[,!.]?\s+)?(?:that'?s|thats|it'?s|those are|these are|"
    r"they'?re)\s+(?:definitely|totally|classic|textbook|almost certainly|100%|for sure|without a doubt)\s+"
    r"(?P<name>(?:an? )?[a-z][a-z'-]*(?:(?:,? and |, | |-)[a-z][a-z'-]*){0,5}?)(?P<vocative>)(?P<sure>)"
    r"(?=\s*[.!,]|\s*$)"
)


def _sure_answer_in(doc: Document, start: int, end: int) -> re.Match[str] | None:
    """A sure verdict (SURE_ANSWER_RE, or SURE_BEFORE_RE on a medical name) at the sentence's start, or right after
    the colon that ends the sentence's address to someone (up to 120 characters naming who the answer is for)."""
    address = ADDRESS_COLON_RE.match(doc.lower, start, end)
    for at in (start, address.end()) if address is not None else (start,):
        found = SURE_ANSWER_RE.match(doc.lower, at, end)
        if found is not None:
            return found
        found = SURE_BEFORE_RE.match(doc.lower, at, end)
        if found is not None and _medical_name(doc, found.start("name"), found.end("name")):
            return found
    return None


def _medical_name(doc: Document, start: int, end: int) -> bool:
    """Does the stretch name a condition: a condition of the lexicon, a medical ending ('-itis') or a body part?"""
    name = doc.lower[start:end]
    if MEDICAL_SUFFIX_TOKEN_RE.search(name) or not BODY_WORDS.isdisjoint(name.replace(",", " ").split()):
        return True
    return any(hit.kind == CONDITION for hit in hits_in(doc, start, end))


def _ruled_out(doc: Document) -> Iterator[Match]:
    """A verdict that rules a condition out for one person, or reassures them on their numbers, organ or symptom
    ("you don't have diabetes", "this chest tightness is not heart", "your thyroid is fine"): the same clinical
    judgement as naming a condition (advice_shapes). Token gates first; one finding per text."""
    toks = token_set(doc)
    negated = bool(toks & NEGATED_TOKENS)
    reassured = bool(toks & REASSURANCE_TOKENS) and (bool(toks & CLINICAL_SUBJECT_WORDS) or SYMPTOM in term_kinds(doc))
    if not negated and not reassured:
        return
    for start, end in sentences(doc):
        sentence = doc.lower[start:end]
        if sentence.rstrip().endswith("?"):
            continue
        found = _ruling_out(doc, sentence, start, end) if negated and may_rule_out(sentence) else None
        if found is None and reassured:
            found = _reassurance(doc, sentence, start, end)
        if found is not None:
            yield Match(*found)
            return


def may_rule_out(sentence: str) -> bool:
    """Can `_ruling_out` find anything in this sentence? Only with a negation in it (NEGATION_SUBSTRINGS): a few
    substring tests, where the reading costs a search for conditions, organs and adjectives."""
    return any(negation in sentence for negation in NEGATION_SUBSTRINGS)


def _ruling_out(doc: Document, sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """ "you don't have diabetes", "this chest tightness is not heart": a condition or an organ ruled out."""
    conditions = [(h.start - start, h.end - start) for h in hits_in(doc, start, end, frozenset({CONDITION}))]
    for at, stop in conditions:
        if negated_have(sentence, at) and not NOT_VERDICT_AFTER_RE.match(sentence, stop):
            clause = subject_clause(sentence, at)
            if not HYPOTHESIS_BEFORE_RE.search(clause) and not HYPOTHESIS_AFTER_RE.match(sentence, stop):
                return start + max(0, at - 40), start + stop
    adjectives = [m.span() for m in CONDITION_ADJECTIVE_RE.finditer(sentence)]
    adjectives += [m.span() for m in RULED_OUT_ADJECTIVE_RE.finditer(sentence)]
    targets = sorted(conditions + [m.span() for m in ORGAN_RE.finditer(sentence)] + adjectives)
    education = EDUCATION_BEFORE_RE.search(sentence) if targets else None  # once per sentence: linear
    for at, stop in targets:
        copula = not_verdict(sentence, at)
        if copula is None or NOT_VERDICT_AFTER_RE.match(sentence, stop):
            continue
        subject = subject_clause(sentence, copula)
        subject_at = copula - len(subject)
        if (at, stop) in adjectives:
            if person_subject(subject, PERSON_WORDS) and not RULED_OUT_TAIL_RE.match(sentence, stop):
                return start + subject_at + len(subject) - len(subject.lstrip()), start + stop
            continue  # "he's not autistic", "your baby is not jaundiced": a person ruled out of a condition
        symptom = bool(hits_in(doc, start + subject_at, start + copula, frozenset({SYMPTOM})))
        if HYPOTHESIS_AFTER_RE.match(sentence, stop) or (education is not None and education.end() <= subject_at + 1):
            continue  # "your sore throat isn't strep unless ...", "usually, that pain is not your heart"
        if deictic_subject(subject, symptom, _spoken_to_one(doc, start, end)):
            return start + subject_at + len(subject) - len(subject.lstrip()), start + stop
    return None


def _reassurance(doc: Document, sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """ "your thyroid is fine", "those TSH numbers are totally normal": one person's results judged healthy."""
    education = EDUCATION_BEFORE_RE.search(sentence)  # once per sentence: linear
    for verdict in REASSURANCE_RE.finditer(sentence):
        if REASSURANCE_TAIL_RE.match(sentence, verdict.end()) or HYPOTHESIS_AFTER_RE.match(sentence, verdict.end()):
            continue  # "is normal to feel", "is normal for most adults", "is fine if ..."
        subject = subject_clause(sentence, verdict.start())
        subject_at = verdict.start() - len(subject)
        if education is not None and education.end() <= subject_at + 1:
            continue  # "most of the time, your child's fever is nothing to worry about", "within a year of quitting"
        symptom = bool(hits_in(doc, start + subject_at, start + verdict.start(), frozenset({SYMPTOM})))
        if reassured_subject(subject, _spoken_to_one(doc, start, end), symptom):
            return start + subject_at + len(subject) - len(subject.lstrip()), start + verdict.end()
    return None


# After a ruled-out adjective: a time course or a condition, education ("not contagious after 24 hours").
RULED_OUT_TAIL_RE = re.compile(r"[\s,]*(?:if|unless|when|once|after|until|while|anymore|yet|to\b|enough)\b")
# After "is normal": an infinitive, a population, a threshold or a time course makes it education ("is normal to
# feel", "for most adults", "is healthy below 200", "is normal again").
REASSURANCE_TAIL_RE = re.compile(
    r"\s+(?:to\b(?! me\b| us\b)|"
    r"for (?:most|many|some|all|adults|kids|children|people|babies|newborns|teens|women|men|everyone)\b|"
    r"after (?:a|an|the|your|any|most) (?:shot|vaccine|vaccination|booster|dose|surgery|procedure)\b|again\b|"
    r"(?:below|under|above|over|between|less than|more than|up to|within|during|when|in most)\b|(?:at|from) \d|"
    # "is normal and fades within days", "is normal and closes by 18 months": the usual course of a common finding
    r"and (?:usually |typically |often |will |should )?(?:fades?|goes away|go away|closes?|pass(?:es)?|disappears?|"
    r"resolves?|clears?|heals?|gets? better|improves?|settles?|shrinks?)\b)"
)
# Before the subject: a hedge or a time course, education about what usually happens to anyone.
EDUCATION_BEFORE_RE = re.compile(
    r"\b(?:most of the time|in most cases|usually|often|generally|typically|normally|for most|within|"
    r"after (?:quitting|you quit|stopping|giving up)|once you|by the time|in time|over time)\b"
)


class DiagnosisRule(AdviceRule):
    """Telling a person what condition they have."""

    id = "advice.diagnosis"
    message = "Diagnosing a person is medical advice"

    def _scan(self, doc: Document) -> Iterator[Match]:
        named = (
            list(self._named(doc))
            or _sure_answers(doc)
            or _dismissed(doc)
            or _spanish_verdicts(doc)
            or _drug_blamed(doc)
        )
        yield from named
        ends = sorted(m.end or 0 for m in named)
        for found in _ruled_out(doc):
            if found.start is not None and not positions_in(ends, found.start - 400, found.end or found.start):
                yield found

    def _named(self, doc: Document) -> Iterator[Match]:
        """A condition named as what one person has, by a lead phrase, a bare answer or the verdict structure."""
        toks = token_set(doc)
        # "knee pain on stairs = patellofemoral pain syndrome": a symbol for `is` links a symptom to its verdict
        leads_possible = bool(toks & DIAGNOSIS_TRIGGERS) or any(symbol in doc.lower for symbol in LINK_SYMBOLS)
        structure_possible = bool(toks & STRUCTURE_TOKENS)
        if not leads_possible and not structure_possible and "?" not in doc.lower:
            return
        anchors = [h.start for h in term_hits(doc) if h.kind in (CONDITION, SYMPTOM)]
        if toks & ORGANS or toks & VERDICT_WORDS or MEDICAL_SUFFIX_TOKEN_RE.search(doc.lower):
            anchors = sorted(anchors + [m.start() for m in MEDICAL_SUFFIX_RE.finditer(doc.lower)])
        adjectives = _condition_adjectives(doc, toks) if structure_possible else []
        if toks & INJURY_VERBS and toks & PERSON_WORDS:
            adjectives = sorted(adjectives + [(m.start(), m.end()) for m in INJURY_RE.finditer(doc.lower)])
        if not anchors and not adjectives:
            return
        for start, end in sentences(doc):
            inside = [at - start for at in positions_in(anchors, start, end)]
            adjective_spans = [(a - start, b - start) for a, b in adjectives if start <= a and b <= end]
            if not inside and not adjective_spans:
                continue
            sentence = doc.lower[start:end]
            if sentence.rstrip().endswith("?") and ASKING_RE.match(sentence):
                continue  # "Think you have the flu?" asks; the answer (a bare answer) is read on its own
            found = self._named_by_lead(doc, sentence, start, end, inside, leads_possible) if inside else None
            if found is None and structure_possible:
                found = _person_verdict(doc, sentence, start, end, adjective_spans)
            if found is not None and not HYPOTHESIS_AFTER_RE.match(doc.lower, found[1]):
                yield Match(*found)

    def _named_by_lead(
        self, doc: Document, sentence: str, start: int, end: int, inside: list[int], leads_possible: bool
    ) -> tuple[int, int] | None:
        """A diagnosis in one of the known shapes: a bare answer, a symptom said to be a condition, a lead."""
        answer = _bare_answer(doc, sentence, start)
        if answer is not None:
            return start + answer[0], start + answer[1]
        if not leads_possible:
            return None
        named = _symptom_named(doc, start, end)
        if named is not None:
            return named
        # the lead comes shortly before the condition: search only that stretch
        reach = 70 + sum(len(aside.group()) for aside in ASIDE_RE.finditer(sentence, 0, inside[0]))
        for lead in DIAGNOSIS_LEAD_RE.finditer(sentence, max(0, inside[0] - reach), inside[-1]):
            span = self._diagnosis(doc, sentence, start, lead)
            if span is not None:
                return start + lead.start(), start + span
        return None

    def _diagnosis(self, doc: Document, sentence: str, start: int, lead: re.Match[str]) -> int | None:
        """End (sentence-relative) of the diagnosed condition after `lead`, or None when it is no diagnosis."""
        # "what you're describing (burning when you pee, going every twenty minutes) is a UTI": an aside in
        # parentheses between the lead and the verdict is read past
        aside = ASIDE_RE.match(sentence, lead.end())
        reach = aside.end() if aside is not None else lead.end()
        tail = sentence[reach : reach + 64]
        words = tail.split()[:9]
        window_end = reach + (len(" ".join(words)) + 2 if words else 0)
        conditions = [
            h
            for h in hits_in(doc, start + reach, start + window_end, frozenset({CONDITION, SYMPTOM}))
            if h.kind == CONDITION or h.term in ("cold", "flu")
        ]
        suffix = MEDICAL_SUFFIX_RE.search(sentence, reach, window_end)
        if not conditions and suffix is None:
            return None
        end = conditions[0].end - start if conditions else suffix.end() if suffix else lead.end()
        lead_text = lead.group()
        bare_verb = lead_text.startswith(("sounds ", "looks ", "seems ")) and not lead_text.endswith("like")
        if bare_verb and not VERDICT_AFTER_RE.match(sentence, lead.end()):
            return None  # "looks great": without `like` only a verdict adjective follows a diagnosis
        before = sentence[sentence.rfind(",", 0, lead.start()) + 1 : lead.start()]  # the lead's own clause
        if CONDITIONAL_RE.search(before) or NOT_A_DIAGNOSIS_TAIL_RE.match(tail):
            return None
        if lead_text.split(" ", 1)[0] in ("you", "you've", "youve", "u") and HYPOTHESIS_BEFORE_RE.search(
            sentence, max(0, lead.start() - SUBJECT_REACH_CHARS), lead.start()
        ):
            return None  # "if you have a cold, you have a virus": a hypothesis in an earlier clause
        if lead_text.startswith(("sound", "look", "seem")) or SURE_LEAD_RE.match(lead_text):
            return end
        if lead_text.startswith("point") and not (
            OWNER_BEFORE_RE.search(before) or is_addressed(doc, start, start + len(sentence))
        ):
            return None  # "sneezing that lasts for weeks points to allergies" describes a pattern, not a person
        if lead_text.startswith(
            ("that", "it", "this", "those", "these", "they", "kid", "baby", "little", "toddler", "lo ")
        ):
            if SYMPTOM_LEAD_RE.match(lead_text):
                return end  # "that rash is ringworm" speaks of one person's symptom
            if OBSERVANCE_AFTER_RE.match(sentence, end):
                return None  # "it's flu season", "this is Eating Disorders Awareness Week"
            certain = CERTAINTY_RE.search(sentence)
            if certain or doc.memo("advice.reply", lambda: bool(REPLY_RE.search(doc.lower))):
                return end
            first = conditions[0].start - start if conditions else suffix.start() if suffix else -1
            prefix = ARTICLE_ONLY_RE.match(sentence, lead.end())
            named_at_once = prefix is not None and prefix.end() == first
            return end if named_at_once and answers_a_question(doc, start) else None
        if lead_text in ("you have", "u have", "you got") and re.match(r"\s*(?:a\s+)?(?:history|family)\b", tail):
            return None
        if OWNED_IS_RE.fullmatch(lead_text):
            # "your mom's memory problems are early Alzheimer's": the condition follows at once
            prefix = ARTICLE_ONLY_RE.match(sentence, lead.end())
            first = conditions[0].start - start if conditions else suffix.start() if suffix else -1
            return end if prefix is not None and prefix.end() == first else None
        return end
