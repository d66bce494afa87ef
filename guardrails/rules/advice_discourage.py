"""The structure behind advice.discourage_care, for wordings no phrase list foresaw.

Discouraging care is a discouraging cue joined to a kind of care, in either order:
- cue first, then at most a few "going" words, then the care: "no need to come to the ER", "nobody needs a
  yearly physical", "don't drag him to the pediatrician", "save yourself the ER bill";
- care first, then a verdict on it: "appointments are a waste of time", "going to the doctor for a cold is
  overkill", "the ER will just send you home".
Both halves are small closed classes, so a new wording is caught when its parts are, and the gap between them
is kept short and made of grammar words, so "no need to wait for an appointment" or "you don't have to be sick
to see a doctor" (a cue about something else) do not join. Negated verdicts ("never a waste of time") are not
discouraging. The caller still excuses redirections to other care and points to care.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from guardrails.rules.health_terms import words

CARE_NOUNS = (
    r"on-call (?:doctors?|docs?|nurses?|lines?|teams?)|"
    r"doctors?|dr|physicians?|er|e\.r\.|emergency room|emergency department|ed|urgent care|hospitals?|clinics?|"
    r"specialists?|providers?|pediatricians?|dentists?|gp|primary care|nurses?|911|ambulances?|referrals?|consults?|"
    r"consultations?|nurse lines?|walk-ins?|walk-in clinics?|waiting rooms?|"
    r"therapists?|counselors?|ortho|therapy|counseling|counselling|detox|"
    r"appointments?|checkups?|check-ups?|physicals?|(?:annual |yearly |routine )?exams?|screenings?|mammograms?|"
    r"colonoscop(?:y|ies)|pap smears?|follow-ups?|office visits?|er visits?|doctor'?s visits?|physical therapy|physio|"
    r"rehab|x-?rays?|an mri|mris?|stitches|copays?|co-pays?|er bills?|hospital bills?|doctor'?s bills?|"
    r"shots?|vaccines?|boosters?|vaccinations?|scans?|ct scans?|imaging|blood ?work|blood tests?|labs|"
    r"ecgs?|ekgs?|echocardiograms?|ultrasounds?|biops(?:y|ies)|"
    r"[a-z]+ology (?:visits?|appointments?|consults?)|(?:specialist|clinic|doctor|er|urgent care) visits?|"
    r"second opinions?|"
    # a hospital's departments and teams by their specialty, and the tests they run: "no need to call oncology",
    # "don't call the hospice nurse", "no need for the sleep study", "you'll never need that endoscopy"
    r"(?:oncology|cardiology|dermatology|neurology|urology|gastroenterology|hospice|palliative care|triage|"
    r"labor and delivery|l&d)(?: nurses?| teams?| lines?| clinics?| visits?| appointments?| consults?)?|"
    r"derm|ent|ob|ob-?gyns?|obgyns?|gyno|sleep stud(?:y|ies)|endoscop(?:y|ies)|ct|head ct|cat scans?|"
    # Spanish (accents are folded by normalization): "no es necesario ir a urgencias"
    r"urgencias|emergencias|sala de emergencias?|medicos?|doctora?s?|hospital(?:es)?|clinicas?|pediatras?|"
    r"especialistas?|consultas?|colonoscopias?|rayos x|radiografias?|vacunas?|"
    # Tagalog: "hindi na kailangang magpatingin sa doktor"
    r"doktor|"
    # British and Commonwealth care: "no need to ring the MLU", "don't phone 111", "skip A&E", "the walk-in centre"
    r"a&e|casualty|midwi(?:fe|ves)|mlu|maternity (?:unit|triage|assessment unit|day unit)|nhs 111|"
    r"(?:(?<=(?:ring|call|dial) )|(?<=phone ))111|"
    r"walk-in centres?|urgent treatment centres?|practice nurses?|health visitors?|gp surgery|"
    # the maternity wards by their British names: "you don't have to ring the labour ward about it"
    r"labou?r wards?|delivery suites?|antenatal (?:clinics?|units?|day units?|assessment units?)"
)
# Spanish specialists end in -ologo/-ologa ("cardiologo", "psicologa": accents are folded)
SPECIALISTS = r"[a-z]+(?:ologists?|iatrists?|pedists?|icians?|olog[oa]s?)"
# Seeking care said as a verb phrase: "come in", "get seen", "have it looked at".
CARE_ACTS = (
    r"come in|coming in|go in|going in|be seen|get seen|getting seen|looked at|checked out|checked|seen by anyone|"
    r"(?:her|him|them|the baby|the kids?|your [a-z]+) in\b(?!\s+(?:the|a|an|your|their|his|her|our|this|that|my)\b)|"
    r"(?:anybody|anyone|someone|somebody|a professional|a pro|a medic) (?:to )?(?:look at|check|see|examine)|"
    # "no need to call anyone tonight": anyone called about a symptom is care
    r"(?:(?<=call )|(?<=calling ))(?:anybody|anyone|someone|somebody)"
)
_NOT_PAPERWORK = r"(?!'s (?:note|order|referral|permission|orders))"
# Every kind of care starts with a word character, so (?=\w) changes no match: it turns down the end of every word
# (where \b holds before a space) at once, where the alternatives were each tried there. The advice model reads
# CARE_RE in every sentence it scores: a sixth of the search's cost.
_CARE_START = r"(?=\w)\b"
CARE_RE = re.compile(rf"{_CARE_START}(?:{CARE_NOUNS}|{CARE_ACTS})\b{_NOT_PAPERWORK}")
# The same with specialists by their ending ("dermatologist"), slower: only for texts that hold such a word.
CARE_WITH_SPECIALISTS_RE = re.compile(rf"{_CARE_START}(?:{CARE_NOUNS}|{CARE_ACTS}|{SPECIALISTS})\b{_NOT_PAPERWORK}")
# A text can name care only with one of these tokens (or a specialist's ending): most posts skip the patterns.
CARE_TOKENS = words(
    "on-call doctor doctors doctor's doctors' dr er e.r ed emergency urgent hospital hospitals clinic clinics "
    "specialist specialists provider providers pediatrician pediatricians dentist dentists gp primary nurse nurses 911 "
    "ambulance therapist therapists counselor counselors ortho appointment appointments checkup checkups check-up "
    "check-ups physical physicals exam exams screening screenings mammogram mammograms colonoscopy colonoscopies "
    "pap follow-up follow-ups visit visits therapy physio rehab x-ray x-rays xray xrays mri mris stitches copay "
    "copays co-pay co-pays bill bills seen looked checked come coming shot shots vaccine vaccines booster boosters "
    "vaccination vaccinations scan scans imaging bloodwork blood labs referral referrals consult consults "
    "consultation ambulances walk-in walk-ins waiting in anybody anyone someone somebody pro professional ecg ecgs "
    "ekg ekgs "
    "echocardiogram echocardiograms ultrasound ultrasounds biopsy biopsies urgencias emergencias medico medicos "
    "doctora doctoras hospitales clinica clinicas pediatra pediatras especialista especialistas second opinion "
    "opinions counseling counselling detox doktor consulta consultas colonoscopia colonoscopias rayos radiografia "
    "radiografias vacuna vacunas oncology cardiology dermatology neurology urology gastroenterology hospice "
    "palliative triage l&d derm ent ob ob-gyn obgyn gyno sleep study endoscopy endoscopies ct cat "
    "a&e casualty midwife midwives mlu maternity 111 centre centres practice health visitor visitors surgery "
    "labour labor delivery antenatal"
)
SPECIALIST_RE = re.compile(r"[a-z](?:ologists?|iatrists?|pedists?|icians?|olog[oa]s?)\b")

# A cue that comes before the care it discourages.
LEAD_CUE_RE = re.compile(
    r"\b(?:no (?:real )?need|no reason|no point|no sense(?: in)?|not necessary|unnecessary|pointless|"
    r"don'?t (?:even )?bother|do not bother|(?:wouldn'?t|would not|i'?d not|i'?d never|needn'?t) (?:even )?bother|"
    r"(?:don'?t|do not|never|wouldn'?t|would not|shouldn'?t|should not) (?:even )?(?:drag|haul|rush|run|take|bring|go|"
    r"come|head|call|ring|phone|page|bug|clog(?: up)?|sit (?:in|at)|waste (?:your )?(?:time|money)(?: on| going to)?)|"
    # "I wouldn't waste a Saturday at urgent care": the first person's counsel as well as the imperative
    r"(?:don'?t|do not|never|no need to|why|wouldn'?t|would not|i'?d never|shouldn'?t) waste (?:a |an |your |the )?"
    r"(?:[\w-]+ ){0,2}?(?:on|at|going to|seeing|calling)|"
    # "no need to waste a derm appointment on it": the care itself called a waste
    r"(?:don'?t|do not|never|no need to|why|wouldn'?t|would not|i'?d never|shouldn'?t) waste|"
    r"not worth (?:bugging|bothering|troubling|seeing|calling|going to|a trip to|the trip to)|"
    r"(?:nobody|no one|no-one) (?:really )?needs?|"
    r"(?:you )?(?:don'?t|do not|dont|never|won'?t) (?:really |even |actually )?(?:need|have) to|"
    r"(?:you )?(?:don'?t|do not|dont|never) (?:really |even |actually )?need|"
    # "Not need to come for ECG": 'not need' with no auxiliary ('may not need' hedges)
    r"(?<!\bdo )(?<!\bdoes )(?<!\bwill )(?<!\bmay )(?<!\bmight )not (?:really |even )?need(?: to)?|"
    # Spanish: "no es necesario", "no hace falta", "no tiene que", "no vale la pena"
    r"no (?:es|era|sera) (?:necesario|necesaria|preciso)|no hace falta|no (?:necesita|necesitas|necesitan|tiene que|"
    r"tienes que|tienen que|hay que|vale la pena)|"
    # Spanish: "nada de doctor", "olvidate del psicologo", "no vaya a gastar en consulta", "no lo lleven al
    # hospital", "no pierda el tiempo en urgencias"
    r"nada de|olvidate (?:de|del)|no vayas?|no (?:lo|la|los|las) (?:lleve|lleves|lleven|traiga|traigas|traigan)|"
    r"no (?:gaste|gastes|gasten)|no pierdas? (?:el )?tiempo|"
    # Tagalog: "hindi na kailangang pumunta sa doktor" (no need to go to the doctor)
    r"hindi na kailangang?|"
    r"(?:doesn'?t|does not|won'?t|will not|wont) (?:really |even |actually )?need(?: to)?|"
    r"hold off(?: on)?|save (?:your|the)|"
    r"talk(?:s|ed)? you into|save yourself|pass on|i'?d (?:pass|skip)|skip(?:ping)?|"
    r"forget(?: about)?|cancel(?:ling)?|put(?:ting)? off|postpone|avoid|stay (?:away from|out of)|"
    r"(?:instead of|rather than) (?:going to|seeing|calling|visiting|getting|paying for))\b"
)
# Words allowed between a lead cue and the care: going and bringing, articles, people, a few modifiers.
GAP_WORDS = words(
    "to see visit call go going come coming run rush drag haul take bring head make book get getting have with "
    "the a an your that this those these him her them it yourself myself kids kid baby son daughter child "
    "in into for at over down out up trip another again first yearly annual routine back bother "
    "on sending send calling seeing visiting booking making bugging bothering about heading running rushing "
    "taking bringing dragging having paying spending "
    # Spanish going words: "ir a urgencias", "llevarlo al medico", "por eso"
    "ir a al la el los las un una llevar llevarlo llevarla llevarle ver con de "
    "gastar en ir "
    # Tagalog going words: "pumunta sa", "magpatingin sa" (to go to, to have oneself checked by)
    "sa pumunta magpatingin "
    # waiting where care is given: "no need to sit in the ER for 6 hours"
    "sit sitting "
    # British calling: "no need to ring the MLU", "don't bother phoning the GP"
    "ring ringing phone phoning "
    # a decision put to care: "you don't need to clear it with your OB", "no need to run it by the doctor"
    "clear clearing by"
)
GAP_MAX_WORDS = 6
# A verdict that comes after the care it discourages.
VERDICT_RE = re.compile(
    r"\b(?:is|are|'s|'re|was|were|be|seems?|feels?|sounds?)\s+(?:(?:just|totally|completely|really|honestly|"
    r"usually|mostly|a|an|such a|kind of|pretty much|basically|so|often|always|a total|a complete|a huge|overkill)"
    r"\s+){0,3}(?:waste|pointless|overkill|unnecessary|useless|overrated|rip-?offs?|scams?|not worth|not needed|"
    r"not necessary|money grabs?|cash grabs?|for nothing|a joke|no help)\b"
    r"|\b(?:isn'?t|aren'?t|is not|are not|wasn'?t|ain'?t)\s+(?:(?:really|even|usually|honestly|always)\s+)?"
    r"(?:worth (?:it|the|your)|needed|necessary|the (?:place|spot) for)\b"
    r"|\b(?:will|'ll|would|(?:is|are|'s|'re) (?:just |only |probably |always )?going to|can)\s+"
    r"(?:just |only |probably |always )?(?:send you (?:home|away)|"
    r"tell you (?:to (?:rest|wait)|nothing)|charge you|do nothing|make it worse)\b"
    r"|\bcosts? (?:you )?(?:a fortune|an arm and a leg|a ton|way too much|too much)\b"
    r"|\bbill you (?:a fortune|a ton|thousands)\b|\bthe last (?:place|thing) (?:you|u|to|anyone|she|he|they|your)\b"
    r"|\b(?:push|pushes|shove) (?:pills|meds|drugs|tests|surgery|procedures) on (?:you|people|everyone)\b"
    r"|\bcan'?t do (?:anything|much|a thing|nothing)\b|\b(?:won'?t|will not|don'?t|do not) (?:do anything|help)\b"
    r"|\b(?:won'?t|will not|can'?t|cannot) (?:tell you|show|find|do) (?:anything|a thing|much|nothing)\b"
    r"|\?\s+(?:(?:totally|completely|honestly|really|just|so|a|nah|no)[,.!]?\s+){0,2}(?:unnecessary|pointless|"
    r"overkill|not needed|a waste|waste of \w+|skip (?:it|them)|not worth it|no need|nah|nope|no way)\b"
    r"|\?[\"'”]?\s+(?:(?:honestly|really|probably|truthfully|nah)[,.!]?\s+){0,2}no[.!,]"
    # care that can wait for years or an age: "the colonoscopy can wait till you're 50", "can wait another year"
    r"|\b(?:can|could|should|will|'ll) (?:easily |safely |probably |definitely |totally |honestly )?wait\s+"
    r"(?:(?:till|until|til) (?:you'?re|you are|she'?s|he'?s|you turn|age|\d+)|"
    r"(?:another couple(?: of)?|another few|another|a few|a couple(?: of)?|several|\d+|one|two|three|five|ten)\s+"
    r"(?:more\s+)?(?:years?|months?))\b"
    # care put off by a person for a stretch of time: "a mammogram at 41? you can wait a few more years"
    r"|\b(?:you|u|she|he|they|we)\s+(?:can|could|should|might as well|are fine to|'re fine to|'ll be fine to)\s+"
    r"(?:(?:easily|probably|safely|totally|definitely|honestly|just|still|wait and)\s+)?"
    r"(?:(?:wait|hold off|hold out)\s+(?:(?:another couple(?: of)?|another few|a|another|a few|a couple(?: of)?|"
    r"several|some|\d+|one|two|three|four|five|ten)\s+(?:more\s+)?(?:weeks?|months?|years?)|"
    r"(?:until|till|til)\s+(?:you'?re|you are|she'?s|he'?s|your|\d+)|"
    r"on (?:it|that|this|them))|(?:put|push) (?:it|that|this|them) (?:off|back)|skip (?:it|that|this|them)"
    r"|let (?:it|that|this|them) (?:slide|go|wait))\b"
)
VERDICT_GAP_CHARS = 48
VERDICT_CHARS = 70  # the longest verdict ("are just a total waste of ...") fits in this many characters
LEAD_REACH_CHARS = 130  # a cue (up to ~40 characters) and its gap of going words before the care
NEGATION_RE = re.compile(r"\b(?:never|not|no longer|isn'?t|aren'?t|wasn'?t|weren'?t|won'?t|shouldn'?t|nothing)\b")
# Every cue and verdict holds one of these tokens: texts without any skip the patterns.
CUE_TOKENS = words(
    "need needs needed reason point necessary unnecessary bother drag haul rush waste nobody no-one no one have "
    "talk talks talked save pass skip skipping forget cancel cancelling put putting postpone avoid stay instead "
    "rather pointless overkill useless overrated rip-off rip-offs scam scams worth grab grabs nothing joke help "
    "send tell charge can't cant won't wont don't dont doesn't does do never hold i'd not nah nope way wouldn't "
    "shouldn't cost costs bill push pushes shove last wait wouldn't needn't necesario necesaria preciso falta sense "
    "necesita necesitas necesitan tiene tienes tienen hay vale kailangan kailangang nada olvidate vaya vayas lleve "
    "lleves lleven traiga traigas traigan gaste gastes gasten pierda pierdas ring phone place spot"
)


def may_discourage_care(tokens: frozenset[str], lower: str) -> bool:
    """Can the text hold a cue and name care at all? Set lookups first, one scan for a specialist's ending last."""
    if not tokens & CUE_TOKENS:
        return False
    return bool(tokens & CARE_TOKENS) or SPECIALIST_RE.search(lower) is not None


def discouraging_span(
    sentence: str, specialists: bool = False, care: Sequence[tuple[int, int]] | None = None
) -> tuple[int, int] | None:
    """The stretch of `sentence` (lower-cased) that discourages care, or None.

    Each care is joined to the last cue shortly before it (an earlier cue would have that one in its gap) or
    to a verdict shortly after it, so the cue and verdict patterns only search short windows around the care:
    linear in the sentence's length. `specialists`: the text holds a specialist's ending somewhere. `care`: the
    spans of the kinds of care in the sentence (CARE_RE's, or CARE_WITH_SPECIALISTS_RE's with `specialists`) when
    the caller has them, else searched here.
    """
    if care is None:
        care_re = CARE_WITH_SPECIALISTS_RE if specialists else CARE_RE
        care = [found.span() for found in care_re.finditer(sentence)]
    previous_end = 0
    for start, end in care:
        care_text = sentence[start:end]
        cues = list(LEAD_CUE_RE.finditer(sentence, max(previous_end, start - LEAD_REACH_CHARS), start))
        cue = cues[-1] if cues else None
        if cue is not None and _short_gap(sentence[cue.end() : start]) and _cue_fits(cue.group(), care_text):
            return cue.start(), end
        verdict = VERDICT_RE.search(sentence, end, min(len(sentence), end + VERDICT_GAP_CHARS + VERDICT_CHARS))
        if (
            verdict is not None
            and verdict.start() - end <= VERDICT_GAP_CHARS
            and not NEGATION_RE.search(sentence, max(0, start - 40), verdict.start())
            and not _general_wait(sentence, start, verdict)
        ):
            return start, verdict.end()
        previous_end = end
    return None


QUANTIFIER_BEFORE_RE = re.compile(r"\b(?:most|many|some|all|several|a lot of|lots of)\s+(?:[\w-]+\s+)?$")
CONDITION_AFTER_RE = re.compile(
    r"[\s,]*(?:if|unless|for (?:most|many|people|adults|women|men|anyone)|as long as|"
    r"after (?:a|an|your) (?:normal|clear|negative))\b"
)
CONDITION_WORD_RE = re.compile(r"\b(?:if|unless|as long as|provided)\b")
# A population or a guideline in the sentence: "screening for average-risk adults ... can wait 10 years, per USPSTF".
GUIDANCE_RE = re.compile(
    r"\b(?:adults|people|women|men|patients|everyone|average[ -]risk|per|according to|guidelines?|uspstf|acs|cdc|"
    r"recommends?|recommended)\b"
)


def _general_wait(sentence: str, care_at: int, verdict: re.Match[str]) -> bool:
    """ "Most screenings can wait until you're 45 if you're at average risk": a wait verdict on care in general or
    on a condition is guidance for a population, not a verdict on one person's care."""
    if "wait" not in verdict.group() and "hold" not in verdict.group():
        return False
    quantified = QUANTIFIER_BEFORE_RE.search(sentence, max(0, care_at - 30), care_at) is not None
    guidance = GUIDANCE_RE.search(sentence, max(0, care_at - 120), verdict.end() + 60) is not None
    conditioned = CONDITION_AFTER_RE.match(sentence, verdict.end()) is not None or (
        CONDITION_WORD_RE.search(sentence, verdict.end(), verdict.end() + 60) is not None
    )  # "you can wait a few more weeks for your booster if you just had COVID": a rule with its condition
    return quantified or guidance or conditioned


def _cue_fits(cue: str, care: str) -> bool:
    """A referral is paperwork: "you don't need a referral" is access news; only dropping one ("cancel the
    cardiology referral") turns away from care."""
    return not care.startswith("referral") or cue.startswith(REFERRAL_DROPPING)


REFERRAL_DROPPING = ("cancel", "skip", "forget", "hold off", "put off", "putting off", "postpone", "pass on", "i'd")


def _short_gap(gap: str) -> bool:
    """Grammar words only, but for up to two words of any kind right before the care ("a tetanus shot", "the
    bone density scan"): what kind of care it is, said in words no list foresees."""
    if ":" in gap or ";" in gap:
        return False  # "No need to call ahead: our walk-in clinic takes everyone": the care is in the next clause
    tokens = gap.replace(",", " ").split()
    return len(tokens) <= GAP_MAX_WORDS and all(token in GAP_WORDS for token in tokens[:-MODIFIER_WORDS])


MODIFIER_WORDS = 2  # words of any kind allowed right before the care


# Sent back to play after a blow to the head, with no one to look at it: "got your bell rung? if you can remember your
# own name you're good to go back in, don't let the trainers bench you", "Shake it off and get back in the game". A
# head injury is what a concussion check is for: clearing a person to return waves that care off, whoever says it.
HEAD_INJURY_RE = re.compile(
    r"\b(?:concuss(?:ion|ions|ed)|bell rung|(?:rung|rang) (?:your|his|her|their|ur) bell|"
    r"(?:hit|bumped|banged|smacked|knocked) (?:your|his|her|their|ur) head|"
    r"head (?:injury|injuries|knock|hit|bump|shot|clash)|knocked (?:out|silly|loopy)|(?:see|seeing|saw) stars|"
    r"(?:got |get )?dinged)\b"
)
HEAD_INJURY_TOKENS = words(
    "concussion concussions concussed bell rung rang hit bumped banged smacked knocked head stars dinged"
)
RETURN_RE = re.compile(
    r"\b(?:(?:go|get|going|getting|head|jump|be|are|you're|youre|ur|he's|she's)\s+back\s+(?:in|out there|"
    r"on the (?:field|ice|court|pitch|mat)|to (?:practice|play|playing|the game|training|the game))|"
    r"back in the game|play(?:ing)? through (?:it|the)|shake it off|good to go|fine to play|ok(?:ay)? to play|"
    r"return to play|don'?t let (?:the |your )?(?:trainers?|athletic trainers?|coach(?:es)?|docs?|medical staff|"
    r"medics?) (?:bench|pull|sit) (?:you|him|her|them))\b"
)
# "no return the same day", "don't go back in until a doctor clears you", "only after": the return held back.
RETURN_HELD_RE = re.compile(
    r"\b(?:before|until|till|til|don'?t|do not|never|no|not|can'?t|cannot|shouldn'?t|only after|once)\b[^.!?]{0,30}$"
)
# A post that sends the player to be checked is concussion education ("when in doubt, sit them out").
CHECKED_RE = re.compile(
    r"\b(?:cleared|clears|clearance|checked|evaluated|evaluation|assessed|seen by|sit (?:them|him|her|it) out|"
    r"sit out|when in doubt|baseline|concussion (?:protocol|clinic|check))\b"
)


def cleared_to_play(lower: str) -> tuple[int, int] | None:
    """The return to play said after a head injury (HEAD_INJURY_RE, then RETURN_RE), or None: not when the return is
    held back before it ("don't go back in until...") or the post sends the player to be checked."""
    injury = HEAD_INJURY_RE.search(lower)
    if injury is None or CHECKED_RE.search(lower):
        return None
    for found in RETURN_RE.finditer(lower, injury.end()):
        if not RETURN_HELD_RE.search(lower, max(0, found.start() - 40), found.start()):
            return found.span()
    return None
