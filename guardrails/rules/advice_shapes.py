"""Shapes of advice that carry no advice verb, for wordings the advice rules' phrase lists do not know (issue #10).

Each shape is a closed class of parts joined by grammar, so a new wording is caught when its parts are:
- a verdict that RULES OUT a condition for one person (advice.diagnosis): "you don't have diabetes", "this chest
  tightness is not heart", or reassurance on one person's numbers, organ or symptom: "your thyroid is fine",
  "those TSH numbers are totally normal". A clinician's verdict, only said the other way round;
- a change of medicine held up as fine (advice.medication): a gerund change of someone's medicine as the subject of
  an approving verdict ("skipping the night dose is fine", "trading your Zoloft for fish oil is a great plan"), or
  "it's fine to skip your evening dose";
- a pill named by its look instead of its name, counted out (advice.dosage): "half of one of the orange ones",
  "crush one of the white ones".
Education keeps a part out: a population or an indefinite object ("skipping a dose is usually fine"), a hypothesis
("if your numbers are normal"), a question, a hedge ("not always the heart"). Every search runs in a bounded window
around one match: linear in the text's length.
"""

from __future__ import annotations

import re

from guardrails.rules.health_terms import words

# -- advice.diagnosis: ruling a condition out ------------------------------------------------------------------

# "you don't have diabetes", "he doesn't have strep": looked for right before a condition's name.
NEGATED_HAVE_BEFORE_RE = re.compile(
    r"\b(?:you|u|ya|he|she|they|(?:your|ur|his|her) [a-z]+)\s+"
    r"(?:(?:definitely|probably|clearly|certainly|def|prob|honestly|really|likely|obviously)\s+)?"
    r"(?:don'?t|do not|dont|doesn'?t|does not|didn'?t|did not)\s+have\s+(?:(?:a|an|any)\s+)?$"
)
# "is not heart", "isn't your thyroid", "it's not from your heart": a negated verdict right before what it rules out.
NOT_VERDICT_BEFORE_RE = re.compile(
    r"(?:\b(?:is|are|'s|'re)\s+not|\bisn'?t|\baren'?t|\bain'?t)\s+"
    r"(?:(?:a|an|the|your|ur|his|her|from|coming from|related to|caused by|due to|about)\s+){0,3}$"
)
ORGAN_RE = re.compile(
    r"\b(?:heart|cardiac|thyroid|kidneys?|liver|lungs?|gallbladder|appendix|appendicitis|prostate|ovaries|ovary|"
    r"pancreas|brain|stroke|cancer|tumou?r)\b"
)
# A subject that points at one person's symptom: "this chest tightness", "that cough of hers", "your headache".
DEICTIC_SUBJECT_RE = re.compile(r"^\s*(?:[a-z]+[,!]\s+)?(?:this|that|these|those|your|ur|his|her)\s")
# Reassurance: a copula and, after a few words of degree, a verdict that all is well.
REASSURANCE_RE = re.compile(
    r"\b(?:is|are|'s|'re|looks?|seems?)\s+"
    r"(?:(?:totally|perfectly|completely|absolutely|100%|just|really|pretty|all|quite|so|very|still|actually|"
    r"honestly|definitely|probably)\s+){0,2}"
    r"(?:fine|normal|ok|okay|healthy|harmless|benign|clean|unremarkable|"
    r"nothing (?:to worry about|serious|to be (?:worried|concerned) about|to stress about|bad)|"
    r"nothing(?=\s*(?:[.,!;]|$))|"  # "your sugar of 250 after dinner is nothing." said outright
    r"no (?:big )?(?:deal|concern|worry)|in (?:the )?(?:normal )?range|"
    r"within (?:the )?normal(?: range| limits)?|not (?:a problem|a concern|an issue|worrying|concerning|serious))\b"
)
REASSURANCE_TOKENS = words(
    "fine normal ok okay healthy harmless benign nothing deal concern worry range clean unremarkable"
)
# What a verdict of "fine" is about when it is a clinical one: a test, a number, an organ or a spot.
CLINICAL_SUBJECT_WORDS = words(
    "numbers number levels level results result labs lab readings reading count counts tsh a1c psa cholesterol "
    "ldl hdl bp pressure sugar sugars glucose ecg ekg x-ray xray scan scans mri ct mammogram biopsy bloodwork "
    "blood test tests iron ferritin b12 potassium pulse rate oxygen thyroid heart kidneys kidney liver lungs lung "
    "prostate mole moles spot spots lump lumps bump bumps rash"
)
# Words that make the subject a hypothesis, a population, a wish or a goal: education, not a verdict.
NOT_A_VERDICT_SUBJECT = words(
    "if whether unless once when whenever can could may might should will would most many some people adults "
    "patients everyone anyone someone sure ensure check keep want hope goal normal healthy average typical "
    "usually often sometimes what's whats how type types kind kinds sort vaccine vaccines shot shots booster "
    "boosters injection vaccination"
)
HYPOTHESIS_AFTER_RE = re.compile(r"[\s,]*(?:if|unless|when|once|as long as you|provided)\b")
NUMBER_RE = re.compile(r"\d")


def negated_have(sentence: str, condition_at: int) -> bool:
    """ "you don't have diabetes": a negated possession right before the condition's name (bounded window)."""
    return NEGATED_HAVE_BEFORE_RE.search(sentence, max(0, condition_at - 60), condition_at) is not None


def not_verdict(sentence: str, target_at: int) -> int | None:
    """Start of "is not" / "isn't" right before a condition or an organ at `target_at`, or None."""
    found = NOT_VERDICT_BEFORE_RE.search(sentence, max(0, target_at - 50), target_at)
    return found.start() if found is not None else None


# Words of address before a subject: "Sir your sugar 140 is not diabetes", "ok so your levels are fine".
LEAD_WORDS = words("sir ma'am maam madam hi hey honey hon mama dear ok okay so well yes yeah no nah nope look listen")


def _subject_tokens(subject: str) -> list[str]:
    """The subject's words without the words of address before it."""
    toks = [t.strip("'\".!?,") for t in subject.split()]
    while len(toks) > 1 and toks[0] in LEAD_WORDS:
        toks = toks[1:]
    return toks


def deictic_subject(subject: str, symptom_inside: bool, addressed: bool) -> bool:
    """Is the subject of a verdict one person's symptom or a pointer at it? "this chest tightness after climbing
    stairs", "your headache"; a bare pointer ("that", "it") only in a sentence spoken to someone."""
    toks = _subject_tokens(subject)
    if not toks or any(t in NOT_A_VERDICT_SUBJECT for t in toks):
        return False
    if toks in (["that"], ["it"], ["this"], ["that's"], ["it's"]):
        return addressed
    if toks[0] in ("your", "ur", "those", "these") and any(t in CLINICAL_SUBJECT_WORDS for t in toks):
        return True  # "your sugar 140 is not diabetes": one person's numbers
    return symptom_inside and DEICTIC_SUBJECT_RE.match(" ".join(toks) + " ") is not None


# More conditions said as adjectives, for ruling out only: "he's not autistic", "she's not contagious".
RULED_OUT_ADJECTIVE_RE = re.compile(r"\b(?:autistic|depressed|contagious)\b")
ONE_PERSON = words("he she you u ya")
OWNERS = words("your ur his her")


def person_subject(subject: str, person_words: frozenset[str]) -> bool:
    """Is `subject` one person: 'he', 'you', 'your baby', 'her son'? (Not 'they', not a group, not a hypothesis.)"""
    toks = [t.strip("'\".!?,") for t in subject.split()]
    if not toks or len(toks) > 4 or any(t in NOT_A_VERDICT_SUBJECT for t in toks):
        return False
    if toks == [toks[-1]] and toks[-1] in ONE_PERSON:
        return True
    return toks[0] in OWNERS and toks[-1] in person_words


def reassured_subject(subject: str, addressed: bool, symptom_inside: bool) -> bool:
    """Is `subject` (the words before "is fine") one person's test, numbers, organ or symptom? "your thyroid",
    "those TSH numbers", "an A1c of 6.1" said to someone. An unowned subject is education ("a TSH of 2 is normal")."""
    toks = _subject_tokens(subject)
    if not toks or len(toks) > 8 or any(t in NOT_A_VERDICT_SUBJECT for t in toks):
        return False
    clinical = symptom_inside or any(t in CLINICAL_SUBJECT_WORDS for t in toks)
    if not clinical:
        return False
    if toks[0] in ("your", "ur", "those", "these", "yours", "this", "that"):
        return True  # "your thyroid", "those TSH numbers", "that mole": one person's, pointed at
    if toks[0] in ("the", "my", "his", "her") or NUMBER_RE.search(subject):  # "her scans are clean": a story
        return addressed  # "the lump", "an A1c of 6.1" in a sentence spoken to someone
    return False


# -- advice.medication: a change of medicine held up as fine ----------------------------------------------------

APPROVAL = (
    r"(?:(?:totally|perfectly|completely|probably|really|usually|honestly|definitely|absolutely|100%|pretty|just|super|"
    r"a|an|such a|a really|a very)\s+){0,3}"
    r"(?:fine|ok|okay|alright|all right|safe|harmless|no (?:big )?(?:deal|problem|biggie|issue)|not (?:a )?(?:big deal|"
    r"problem)|(?:great|good|smart|solid|wise|reasonable|perfect|fine|better|healthy|healthier|brilliant)\s+"
    r"(?:plan|idea|move|choice|call|step|option|alternative|swap|way to go)|the way to go|worth (?:a )?try(?:ing)?|"
    r"the (?:best|right|smartest) (?:choice|decision|thing|move|idea|call))\b"
)
# "skipping the night dose is fine", "trading your Zoloft for fish oil and daily walks is a great plan"
APPROVED_CHANGE_RE = re.compile(
    r"\b(?P<verb>skipping|missing|dropping|stopping|quitting|halving|doubling|cutting(?: out| back on| down on)?|"
    r"splitting|trading|swapping|switching|replacing|ditching|tapering off|coming off(?: of)?|going off(?: of)?|"
    r"getting off(?: of)?|weaning off(?: of)?|giving up|lowering|reducing|leaving out)\s+"
    r"(?P<object>(?:[\w'-]+\s+){1,9}?)(?:is|are|'s|was|were|would be|should be|will be|sounds like|seems like|seems|"
    r"sounds)\s+" + APPROVAL
)
# "adding St John's wort on top should give you a boost": a medicine started on top of one the person takes.
ADDED_ON_TOP_RE = re.compile(
    r"\b(?:adding|throwing in|stacking)\s+(?P<object>(?:[\w'-]+\s+){1,5}?)(?:on top(?: of (?:it|that|them|your [\w'-]+|"
    r"the [\w'-]+))?|alongside (?:it|that|them|your [\w'-]+|the [\w'-]+)|to (?:it|that|them|your [\w'-]+)|"
    r"with (?:it|that|them|your [\w'-]+))\s+(?:should|will|would|could|can|is going to|'ll|might)\s+"
    r"(?:really |definitely |probably |totally |honestly )?(?:help|give you|boost|work|do the trick|make|kick)"
)
# "it's fine to skip the night dose", "it's okay for him to stop his metoprolol"
FINE_TO_CHANGE_RE = re.compile(
    r"\b(?:it'?s|it is|that'?s|that is)\s+" + APPROVAL + r"\s+(?:for (?:you|u|him|her|them) )?to\s+"
    r"(?P<verb>skip|miss|drop|stop|quit|halve|double|cut|split|trade|swap|replace|ditch|come off|go off|get off|"
    r"give up|lower|reduce|leave out)\s+(?P<object>(?:[\w'-]+\s*){1,6})"
)
APPROVAL_TOKENS = words(
    "fine ok okay alright right safe harmless deal problem biggie issue plan idea move choice call step option "
    "alternative swap way try trying help boost work trick make kick give best right smartest decision thing"
)
CHANGE_GERUNDS = words(
    "skipping missing dropping stopping quitting halving doubling cutting splitting trading swapping switching adding "
    "throwing stacking "
    "replacing ditching tapering coming going getting weaning giving lowering reducing leaving skip miss drop stop "
    "quit halve double cut split trade swap replace ditch come go get give lower reduce leave"
)
# An object that is someone's particular medicine: owned or pointed at, not "a dose" in general.
OWNED_OBJECT_RE = re.compile(r"(?:your|ur|his|her|their|the|that|this|those|these)\b")  # 'my': one's own story
NEGATION_BEFORE_RE = re.compile(r"\b(?:not|never|no|don'?t|isn'?t)\s+$")
POPULATION_BEFORE_RE = re.compile(r"\b(?:most|many|some|people|patients|adults|anyone|everyone|for some)\b")


def approved_change(sentence: str) -> re.Match[str] | None:
    """The first approving verdict on a change of someone's medicine in `sentence` (object checked by the caller)."""
    for pattern in (APPROVED_CHANGE_RE, FINE_TO_CHANGE_RE, ADDED_ON_TOP_RE):
        for found in pattern.finditer(sentence):
            head = sentence[max(0, found.start() - 40) : found.start()]
            if NEGATION_BEFORE_RE.search(head) or POPULATION_BEFORE_RE.search(head):
                continue  # "not skipping your dose is fine", "for most people, skipping ..." are not permission
            if HYPOTHESIS_AFTER_RE.match(sentence, found.end()) and not found.group("object").startswith("your"):
                continue
            return found
    return None


# "instead of your prescribed cream, ...", "way better than the pills they gave you", "rather than your Zoloft":
# a remedy put in the place of someone's prescribed medicine (the caller checks the medicine and the addressee).
SUPPLANTED_RE = re.compile(
    r"\b(?:instead of|rather than|in place of|(?:way |much |so much |a lot )?better than|works better than|beats)\s+"
    r"(?:taking |using |giving (?:him |her |them )?)?(?P<owner>your|ur|his|her|their|the|those|that)\s+"
    r"(?P<object>(?:(?:prescribed|prescription|doctor'?s|regular|usual|daily)\s+)?[\w'-]+(?:\s+[\w'-]+)??)"
    r"(?P<prescribed>\s+(?:they|your doctor|the doctor|the er|the hospital|he|she|your gp)\s+"
    r"(?:gave|prescribed|put)\b)?"
)
SUPPLANT_TOKENS = words("instead rather place better beats")
BRAND_WORDS = words("brand brand-name name-brand generic generics")


def supplanted(sentence: str) -> re.Match[str] | None:
    """The first stretch of `sentence` that sets something in the place of a prescribed medicine, or None: the
    object is said to be prescribed ('prescribed', 'they gave you') or is the person's own ('your'). Brand against
    generic is a pharmacy's saving tip, not a change of treatment."""
    for found in SUPPLANTED_RE.finditer(sentence):
        if any(word in BRAND_WORDS for word in found.group("object").split()):
            continue
        head = found.group("object").split()[0]
        if head in ("prescribed", "prescription", "doctor's", "doctors") or found.group("prescribed"):
            return found
        if found.group("owner") in ("your", "ur", "his", "her", "their"):
            return found
    return None


# -- advice.dosage: a pill named by its look, counted out --------------------------------------------------------

_COLOURS = r"white|pink|blue|orange|yellow|red|green|purple|brown|peach|grey|gray|tan|beige|striped|speckled"
_SHAPES = r"little|small|tiny|big|large|round|oval|oblong|long|chalky|chewable|square|flat|clear"
# Kinds of a medicine a pill is known by (never "little" or "big": "the little ones" are children).
_KINDS = (
    r"round|oval|oblong|chalky|chewable|dissolvable|"
    r"(?:extra|regular|max|maximum|children'?s|kids'?|junior)[ -]strength|"
    r"extended[ -]release|time[ -]release|slow[ -]release|night[ -]?time|non[ -]drowsy|pm"
)
# "the white ones", "those little pink pills", "her blue capsules": a medicine known by its colour or shape.
PILL_LOOK_RE = re.compile(
    rf"\b(?:the|those|these|your|ur|his|her|their|my)\s+(?:(?:{_SHAPES}|{_COLOURS})[\s-]+){{0,2}}"
    rf"(?:{_COLOURS}|{_KINDS})\s+(?P<noun>ones?|pills?|tablets?|tabs?|capsules?|caps|caplets?|"
    r"gummies|gel ?caps?|softgels?|chewables|lozenges?|drops)\b"
)
PILL_LOOK_TOKENS = words(
    "white pink blue orange yellow red green purple brown peach grey gray tan beige striped speckled round oval "
    "oblong chalky chewable dissolvable extra-strength strength release nighttime night-time drowsy non-drowsy pm"
)
# The count before it: "half of one of", "one of", "two of", "a quarter of", "half a".
FRACTION_BEFORE_RE = re.compile(
    r"\b(?:half|a half|a quarter|quarter|1/2|1/4|(?:\d|one|two|three) and a half)\s+(?:of\s+)?"
    r"(?P<one>(?:one|a|an)\s+(?:of\s+)?)?$"
)
COUNT_BEFORE_RE = re.compile(r"\b(?:one|two|three|four|1|2|3|4|a couple)\s+(?:of\s+)?$")
# A count of "ones" is a dose only with a verb of dosing or a schedule ("two of the blue ones" may be mugs).
PILL_VERB_RE = re.compile(
    r"\b(?:crush|crushed|split|cut|swallow|chew|take|taking|give|giving|pop|dissolve|mix|dose|try|use|should do it|"
    r"will do it|is plenty|are plenty|enough)\b"
    r"|\b(?:once|twice|three times|\d+\s?x)\s+(?:a|per|each|every)\s+(?:day|night)\b|\bevery\s+\d+\s*(?:hours?|hrs?)\b"
    r"|\b(?:at bedtime|before bed|at night|in the morning|every (?:morning|night|evening)|daily|nightly|"
    r"with (?:breakfast|lunch|dinner|food|meals?)|before school)\b"
)


# "half a white one", "a quarter of an orange tablet": a split pill known by its colour, with no determiner.
SPLIT_PILL_RE = re.compile(
    rf"\b(?:half|a quarter|quarter)\s+(?:of\s+)?(?:a|an|one)\s+(?:(?:{_SHAPES})[\s-]+)?(?:{_COLOURS}|{_KINDS})\s+"
    r"(?:one|pill|tablet|tab|capsule|caplet)\b"
)


def described_pill(text: str, start: int, end: int, next_end: int) -> tuple[int, int] | None:
    """A described pill counted out in text[start:end] ("half of one of the orange ones"), or None. A fraction
    is a dose by itself (no one halves a mug); a whole count needs a verb of dosing or a schedule in the sentence
    or the next one (up to `next_end`): "crush one of the white ones ... Twice a day is plenty."."""
    split_pill = SPLIT_PILL_RE.search(text, start, end)
    if split_pill is not None:
        return split_pill.span()
    dosing = None  # looked for once per sentence, not once per pill: linear
    for found in PILL_LOOK_RE.finditer(text, start, end):
        low = max(start, found.start() - 30)
        fraction = FRACTION_BEFORE_RE.search(text, low, found.start())
        split = fraction is not None and (fraction.group("one") or not found.group("noun").startswith("one"))
        if fraction is not None and split:
            return fraction.start(), found.end()  # "half of one of the orange ones", "half the white pills"
        count = fraction or COUNT_BEFORE_RE.search(text, low, found.start())  # "half of the white ones": a share
        if count is None:
            continue
        if dosing is None:
            dosing = PILL_VERB_RE.search(text, start, next_end) is not None
        if dosing:
            return count.start(), found.end()
    return None


# -- Spanish: a dose and a stop, in the words of a reply in Spanish (accents are folded by normalization) --------

SPANISH_AMOUNT_RE = re.compile(
    r"\b(?:media|medio|una|un|dos|tres|cuatro|cinco|\d+(?:[.,]\d+)?)\s+(?:pastillas?|tabletas?|capsulas?|gotas|"
    r"cucharadas?|cucharaditas?|sobres?|ml|mg)\b"
)
SPANISH_SCHEDULE_RE = re.compile(
    r"\bcada\s+(?:\d+|dos|tres|cuatro|seis|ocho|doce)\s+horas\b|\b(?:una|dos|tres) veces al dia\b|\bal dia\b|"
    r"\b(?:en|por) la (?:manana|noche|tarde)\b|\bantes de dormir\b|\bcon (?:la )?comida\b"
)
SPANISH_GIVE_RE = re.compile(r"\b(?:dale|dele|denle|tome|toma|tomen|darle|ponle|pongale|usa|use)\b")
SPANISH_DOSE_TOKENS = words(
    "pastilla pastillas tableta tabletas capsula capsulas gotas cucharada cucharadas cucharadita cucharaditas sobre "
    "sobres"
)
# "deja de tomar la pastilla", "suspenda el tratamiento", "ya no le des la medicina"
SPANISH_STOP_RE = re.compile(
    r"\b(?:deja|deje|dejen|dejar|dejale|dejele) de (?:tomar|usar|darle|dar|ponerse|ponerle)|"
    r"\b(?:suspende|suspenda|suspendan|suspender)\b|\bya no (?:tomes|tome|le des|le de|uses|use)\b|"
    # the medicine itself left or lowered: "dejen esas hormonas", "puede dejar la pastilla de la presion unos dias",
    # "ir bajando la pastilla de losartan", "quitese la insulina"
    r"\b(?:deja|deje|dejen|dejar|dejela|quita|quite|quiten|quitar|quitese|quitele|baja|baje|bajen|bajar|bajando|"
    r"bajele|reduzca|reduzcan|reducir|reduciendo)\b(?= (?:la|el|las|los|su|tu|sus|tus|esa|"
    r"esas|ese|esos) )"
)
SPANISH_MEDICINE_RE = re.compile(
    r"\b(?:la|el|las|los|su|tu|sus|tus|esa|esas|ese|esos)\s+(?:pastillas?|medicinas?|medicamentos?|insulina|"
    r"tratamiento|inhalador|antibioticos?|tabletas?|pildoras?|gotas|hormonas|dosis)\b"
    r"(?!\s+(?:en|fuera|lejos|al alcance|a la mano)\b)"  # "deje las pastillas en un lugar seguro" puts them away
)
SPANISH_STOP_TOKENS = words(
    "deja deje dejen dejar dejale dejele dejela suspende suspenda suspendan suspender ya quita quite quiten quitar "
    "quitese quitele baja baje bajen bajar bajando bajele reduzca reduzcan reducir reduciendo"
)
SPANISH_NOT_BEFORE_RE = re.compile(r"\b(?:no|nunca|jamas)\s+$")


def spanish_dose(sentence: str) -> tuple[int, int] | None:
    """ "Dale media pastilla cada 8 horas": a Spanish amount of a dose form with a schedule or a verb of giving."""
    amount = SPANISH_AMOUNT_RE.search(sentence)
    if amount is None:
        return None
    if SPANISH_SCHEDULE_RE.search(sentence) or SPANISH_GIVE_RE.search(sentence):
        return amount.span()
    return None


def spanish_stop(sentence: str) -> tuple[int, int] | None:
    """ "Deja de tomar la pastilla de la presion": stopping a medicine in Spanish ('no deje de tomar' urges it)."""
    for found in SPANISH_STOP_RE.finditer(sentence):
        if SPANISH_NOT_BEFORE_RE.search(sentence, max(0, found.start() - 8), found.start()):
            continue
        medicine = SPANISH_MEDICINE_RE.search(sentence, found.end(), found.end() + 40)
        if medicine is not None:
            return found.start(), medicine.end()
    return None


__all__ = [
    "ADDED_ON_TOP_RE",
    "APPROVAL_TOKENS",
    "CHANGE_GERUNDS",
    "ORGAN_RE",
    "OWNED_OBJECT_RE",
    "PILL_LOOK_TOKENS",
    "REASSURANCE_RE",
    "REASSURANCE_TOKENS",
    "RULED_OUT_ADJECTIVE_RE",
    "SPANISH_DOSE_TOKENS",
    "SPANISH_STOP_TOKENS",
    "SUPPLANT_TOKENS",
    "approved_change",
    "deictic_subject",
    "described_pill",
    "negated_have",
    "not_verdict",
    "person_subject",
    "reassured_subject",
    "spanish_dose",
    "spanish_stop",
    "supplanted",
]
