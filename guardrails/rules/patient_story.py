"""Is this text a patient story? Shared by disclaimer.testimonial and conduct.testimonial_consent.

A patient story names or speaks as one person who went through care ("her knee replacement journey",
"I was diagnosed", "a stroke survivor"). A staff spotlight ("Dr. Chen's journey into medicine") is not one,
and neither is a service description ("our patients can now book online").
"""

from __future__ import annotations

import re

from guardrails.rules.base import Document
from guardrails.rules.health_terms import CONDITION, PROCEDURE, SYMPTOM, hits_in, term_kinds, token_set, words
from guardrails.rules.patient_narrative import narrated_patient

HEALTH_KINDS = frozenset({CONDITION, SYMPTOM, PROCEDURE})

_CARE_EVENT = (
    r"surgery|diagnosis|treatment|transplant|replacement|stroke|heart attack|chemo|chemotherapy|procedure|"
    r"accident|injury|delivery|birth|operation|amputation|cancer|recovery|rehab|fall|crash|surgeries|battle|"
    r"[a-z]+(?:ectomy|otomy|plasty|scopy)"
)
_KIN = (
    r"(?:mom|dad|mother|father|parent|parents|son|daughter|baby|family|grandmother|grandfather|grandma|grandpa|husband"
    r"|wife)"
)
# Words given to one unnamed patient or a relative: "a patient shared:", "says a mom in our NICU", "one of our lung
# cancer patients told us", "a patient who had her gallbladder removed wrote to us". Staff speakers do not count.
_SPEAKER = (
    rf"(?:(?:a|one|our|this)\s+(?:[\w-]+\s+){{0,2}}?(?:patient|survivor|{_KIN})"
    r"|one of our\s+(?:[\w-]+\s+){0,3}?(?:patients|families|moms|dads|parents|survivors))\b"
    r"(?:\s+(?:in|on|at|from|of)\s+(?:our|the)\s+[\w-]+)?"
)
_SAYS = r"(?:says|said|told (?:us|me|our [\w-]+)|tells us|shared|shares|wrote(?: to us)?|writes|put it|recalls)\b"
_ATTRIBUTED = re.compile(
    rf"\b{_SPEAKER}(?:,?\s+who\s+[^.!?\"]{{0,60}}?|,\s+[^,.!?]{{1,40}},)?,?\s+{_SAYS}"
    rf"|\b(?:says|said|shares|shared|writes|wrote|recalls)\s+{_SPEAKER}"
)
# Strong signs of a patient story, each behind the words it needs (the token gate keeps most posts cheap).
STRONG_STORY_PATTERNS: tuple[tuple[frozenset[str], re.Pattern[str]], ...] = (
    (
        words("patient patients"),
        re.compile(
            r"\bpatient (?:story|stories|spotlight|testimonial|testimonials|journey)\b"
            r"|\b(?:grateful|former|recovered|longtime|young|brave|amazing|incredible) (?:little |[a-z]{2,5} )?"
            r"patients?\b"
        ),
    ),
    (
        words("survivor survivors"),
        re.compile(
            r"\b(?:cancer|stroke|heart attack|transplant|covid|covid-19|burn|trauma|sepsis|overdose|"
            r"suicide attempt) survivors?\b"
            # "our cancer survivors' picnic", "Stroke Survivors Day", "Cancer survivors, ...": an event for or a
            # greeting to survivors is no one's story
            r"(?!'|s'|(?<=s),|(?<=s) and (?:their|families|caregivers|loved)"
            r"| (?:picnic|day|walk|run|celebration|luncheon|event|group|reunion|network|month|week|"
            r"dinner|"
            r"gala|program|support|class|classes|retreat|brunch|breakfast))"
        ),
    ),
    (words("after"), re.compile(rf"\bafter (?:her|his|their|my) (?:[\w-]+\s+){{0,2}}(?:{_CARE_EVENT})\b")),
    (
        words("i i've i'm i'll my me"),
        re.compile(
            r"\bi was diagnosed\b|\bi'?ve been diagnosed\b"
            r"|\bmy (?:surgeon|oncologist|cardiologist|care team|nurses|surgery|treatment|diagnosis|recovery|chemo|"
            r"transplant|knee|knees|hip|shoulder|bypass|stroke|cancer|tumou?r|c-section|heart attack"
            r"|new (?:knee|hip|heart)|[a-z]+ectomy|physical therapist|biopsy|mammogram|scan|test results|symptoms)\b"
            r"|\bmy (?:son|daughter|baby|twins|grandson|granddaughter) (?:was|were) born\b"
            r"|\bi (?:couldn't|could not|can't|could barely) (?:walk|climb|breathe|stand|lift|move|play"
            r"|get out of bed)\b"
            r"|\bpost-?op (?:and|&) i'?m\b"
            r"|\b(?:saved|saving|changed) my (?:life|mom's life|dad's life|son's life|daughter's life|baby's life)\b"
            r"|\bgave me (?:my life|hope|a second chance|my \w+ back)\b"
            r"|\bi can (?:walk|run|breathe|see|hear|dance) again\b"
            # "my gallbladder surgery went perfectly", "my first infusion": one's own care, whatever its name
            r"|\bmy (?:first |last |second |third |new |recent )?(?:[\w-]+ )?(?:surgery|infusion|chemo|treatment|"
            r"operation|procedure|transplant|replacement|diagnosis|recovery|c-section|delivery|dialysis|radiation)\b"
            r"|\bi (?:had|underwent|received|got) (?:my |a |an )?(?:[\w-]+\s+){0,2}(?:surgery|replacement|"
            r"transplant|treatment|procedure|operation)\b"
        ),
    ),
    (
        words("she he they she's he's they're cancer-free i'm i"),
        re.compile(
            r"\b(?:she|he|they|i)(?:'s| is| are|'m| am)? (?:now )?(?:cancer-free|in remission|walking again|"
            r"running again|back on (?:her|his|their) feet)\b|\b(?:\d+|one|two|three|five|ten) years? cancer-free\b"
        ),
    ),
    (
        words("home"),
        re.compile(
            r"\b(?:went|goes|going|headed|heading|came|coming|is going) home (?:\w+ )?(?:after|from)\b"
            r"|\b(?:she|he|they|baby [a-z]+) (?:finally )?(?:went|goes|is going|gets to go|got to go) home\b"
            r"|\b(?:is|'s|are) (?:now )?home (?:and|&) (?:thriving|doing great|doing well|healthy|growing)\b"
        ),
    ),
    (
        words("after spent spending"),
        re.compile(
            r"\b(?:after|spent|spending) (?:\d+|a few|several|one|two|three|four|five|six) (?:days|weeks|months) "
            r"(?:in|with|on) (?:our|the) "
            r"(?:nicu|icu|picu|cvicu|sicu|micu|cicu|ccu|hospital|burn unit|rehab|trauma unit|step-down unit|"
            r"rehab unit)\b(?! (?:training|orienting|precepting|working|teaching|learning|covering))"
        ),
    ),
    (
        words("walked left came"),
        re.compile(
            r"\b(?:she|he|they) (?:walked|left|went) out (?:on (?:her|his|their) own|of (?:the|our) hospital)\b"
            r"|\bcame in unable to (?:walk|breathe|talk|speak|see|stand)\b"
        ),
    ),
    (
        words("own words testimonial testimonials"),
        re.compile(r"\bin (?:her|his|their) (?:own )?words\b|\btestimonials?\b"),
    ),
    # round 5: one person's milestone of recovery or treatment, whatever the words around it
    (
        words("clean sober off remission post-transplant"),
        re.compile(
            r"\b(?:\d+|one|two|three|four|five|six|ten|a) (?:days?|weeks?|months?|years?) (?:clean|sober|"
            r"off (?:treatment|chemo|dialysis|oxygen|the vent)|in remission|post-transplant)\b"
        ),
    ),
    (words("hit reached"), re.compile(r"\b(?:hit|reached) \d+ days\b(?=[^.!?]{0,80}\b(?:chip|coin|sober|clean)\b)")),
    # a story shared with its person's (or family's) permission: "he gave me permission to write this",
    # "Reese's mom asked us to share", "(she said I could share!!)", "shared with her permission", "approved by family"
    (
        words("permission share approved"),
        re.compile(
            r"\bgave (?:me|us) (?:her|his|their )?permission to (?:share|write|post|tell)\b"
            r"|\basked (?:us|me) to share\b"
            r"|\bsaid (?:i|we) could share\b|\bwith (?:her|his|their|the family'?s?) (?:family'?s )?permission\b"
            r"|\bapproved by (?:the |her |his |their )?family\b"
        ),
    ),
    (
        words("received got came beat born"),
        re.compile(
            r"\b(?:received|got) (?:her|his|their) new (?:kidney|heart|liver|lungs?|knee|hip|cornea|pancreas)\b"
            r"|\b(?:came|was brought|were brought) (?:to us|in|into (?:our|the) [a-z ]{1,20}?|through (?:our|the) "
            r"[a-z ]{1,20}?)\b[^.!?]{0,60}?\b(?:after|with) (?:a |an |his |her |their )?"
            r"(?:[a-z-]+ ){0,2}?(?:stroke|fall(?! semester| season| term| festival| fair| session| classes)|"
            r"overdose|heart attack|crash|accident|injury|burns?|seizure|sepsis)\b"
            r"|\bwas born (?:at \d+ weeks|weighing|\d+ weeks early|premature|prematurely)\b"
            r"|\b(?:she|he|they) beat (?:[a-z-]+ ){0,2}?(?:sepsis|cancer|covid|covid-19|leukemia|lymphoma|the odds)\b"
        ),
    ),
    (
        words("finished completed finishing completing"),
        re.compile(
            r"\b(?:finished|completed|finishing|completing) (?:all |her |his |their )?(?:\d+ |[a-z]+ )?(?:sessions|"
            r"rounds|weeks|months) of (?:[a-z-]+ ){0,2}?(?:rehab|chemo|chemotherapy|radiation|therapy|treatment|"
            r"dialysis|infusions?)\b"
            r"|\b(?:finished|completed) (?:our|the|her|his|their) (?:\d+-(?:week|day|month) )?(?:[a-z-]+ )?"
            r"(?:outpatient|inpatient|recovery|rehab|detox|iop|residential) (?:program|treatment)\b"
        ),
    ),
    (
        words("returned back"),
        re.compile(
            r"\b(?:returned|is back|was back|got back|went back)\b[^.!?]{0,60}\b(?:months|weeks|days) after "
            r"(?:her |his |their |an? )?(?:[a-z-]+ ){0,2}?(?:surgery|reconstruction|replacement|repair|transplant)\b"
        ),
    ),
    (words("tell tells told"), re.compile(r"\btells? us what it was like to\b|\btold us what it was like to\b")),
    # the end of one person's treatment: "DONE WITH CHEMO", "4 rounds DONE", "two surgeries down", "her 1-year coin",
    # "finished cardiac rehab today", "graduated drug court AND our IOP"
    (
        words("done down coin chip finished completed graduated"),
        re.compile(
            r"\bdone with (?:chemo|chemotherapy|radiation|treatment|dialysis)\b"
            r"|\b(?:\d+|one|two|three|four|five|six|eight|twelve) (?:rounds|surgeries|treatments) "
            r"(?:down|done)\b"
            r"|\b(?:\d+|one|two|three|five|ten)[- ](?:year|month|day) (?:coin|chip)\b"
            r"|\b(?:finished|completed|graduated from|graduated) (?:her |his |their )?(?:cardiac |pulmonary |physical |"
            r"stroke )?(?:rehab|chemo|chemotherapy|radiation|physical therapy|detox|iop|drug court)\b"
        ),
    ),
    # one person's care named by its owner: "after Papa Sione's bypass", "since his amputation", "had her knee
    # replaced here", "patient of the month", "our wonderful patient Bashir"
    (
        words("after since had patient"),
        re.compile(
            r"\b(?:after|since) (?!today|tomorrow|yesterday|this|last|next)(?:(?:[a-z]+ )?[a-z]+'s|her|his|their) "
            r"(?:[\w-]+ ){0,2}?(?:bypass|surgery|transplant|replacement|stroke|heart attack|chemo|diagnosis|"
            r"amputation|[a-z]+ectomy)\b"
            r"|\bhad (?:her|his|their|my) [a-z]+ (?:replaced|removed|repaired|amputated|reconstructed)\b"
            r"|\bpatient of the (?:month|week|year)\b"
            r"|\bour (?:wonderful|favou?rite|sweet|strong|tough|newest|youngest|tiniest|bravest) (?:little )?patient\b"
        ),
    ),
    # the person's or family's consent named: "his mom okayed the pic", "family consent on file"
    (
        words("okayed consent approved"),
        re.compile(
            r"\b(?:okayed|ok'?d|approved|signed off on) (?:the|this|our) (?:pic|photo|post|story|video)\b"
            r"|\b(?:family |patient |written )?consent on file\b"
        ),
    ),
    (
        words("thank thanks grateful review note card letter message stars rating feedback words"),
        re.compile(
            r"\b(?:thank you|thanks) for (?:saving|taking (?:such )?(?:good |great |wonderful |amazing |excellent )?"
            rf"care of) (?:me|my|us|our {_KIN})\b|\bfrom a grateful (?:patient|{_KIN})\b"
            rf"|\b(?:review|note|card|letter|message|stars|rating|feedback|words) from (?:a|one|our) (?:[\w-]+ )?"
            rf"(?:patient|{_KIN})\b"
            # "thank you to the patient who let us share this": one patient's words
            r"|\b(?:thank you|thanks) to (?:the|our|a|one) (?:[\w-]+ )?patient\b(?!s)"
        ),
    ),
    (words("says said told tells shared shares wrote writes put recalls"), _ATTRIBUTED),
)
# "her knee replacement journey": found from the head noun, then the owner looked for just before it.
STORY_HEAD_RE = re.compile(
    r"\b(?:journey|road to recovery|recovery|story|battle with|fight against|fight with|experience with)\b"
)
STORY_OWNER_RE = re.compile(r"\b(?:her|his|their|my|[a-z]+'s)\s+(?:[\w-]+\s+){0,3}$")
STORY_HEAD_TRIGGERS = words("journey recovery story battle fight experience")
# Weaker signs, each behind the words it needs; they count only with a patient cue and no staff-only cue.
WEAK_STORY_PATTERNS: tuple[tuple[frozenset[str], re.Pattern[str]], ...] = (
    (
        words("share shares shared sharing"),
        re.compile(
            r"\bshar(?:e|es|ed|ing)\s+(?:her|his|their|my|[a-z]+'s)\s+(?:[\w-]+\s+){0,3}"
            r"(?:story|journey|experience|testimony)\b"
        ),
    ),
    (words("thanks thank"), re.compile(r"\bthanks? (?:you )?to [a-z]+(?: [a-z]+)? for (?:sharing|trusting us)\b")),
    (
        words("patient patients"),
        re.compile(r"\bone of our (?:\w+ )?patients\b|\bour patient,? [a-z]+ (?:is|was|has|had|shared|says)\b"),
    ),
    (
        words("patient patients"),
        re.compile(r"\"[^\"]{5,}\"\s*-\s*[a-z]+"),
    ),
    (
        words("says said shares shared"),
        # a quotation (double or single quotes, bounded) and its speaker: "'I have my weekends back,' she says"
        re.compile(
            r"\"[^\"]{3,}[,.!?]?\"\s*,?\s*(?:(?:she|he|they|[a-z]+) )?(?:says|said|shares|shared)\b"
            # single quotes: only words said as "I" (a patient's voice; staff and the organization say "we")
            r"|(?<![a-z])'(?=[^'\n]{0,300}?\b(?:i|i'm|i've|my|me)\b)[^'\n]{3,300}?[,.!?]'\s*,?\s*"
            r"(?:(?:she|he|they|[a-z]+) )?(?:says|said|shares|shared)\b"
        ),
    ),
    (
        words("back"),
        re.compile(
            r"\b(?:is|'s|was) (?:now )?back (?:to|on|at|in) (?:\w+ing|work|school|the field|the court|"
            r"her feet|his feet|their feet|normal|life|the ice)\b"
        ),
    ),
    (words("feel"), re.compile(r"\bi feel (?:\d+|ten|twenty) years younger\b")),
    (
        words("new"),
        re.compile(r"\bthanks to (?:her|his|their|my) new (?:knee|hip|heart|kidney|liver|lungs?|shoulder)\b"),
    ),
)
STAFF_CUE_RE = re.compile(
    r"\b(?:dr\.?|doctor|nurse|physician|surgeon|our team|staff|employee|volunteer|colleague|rn|md|"
    r"years of service|joined|welcome|residency|medical school|career)\b"
)
PATIENT_CUE_RE = re.compile(
    r"\b(?:patient|survivor|diagnosed|treated|recovery|recovering|treatment|surgery|replacement|new (?:knee|hip)|"
    r"cancer-free|remission)"
)


# "rang the bell": a patient's last treatment, unless it is a count ("rang the bell 300 times this year").
STAFF_CAREER_RE = re.compile(
    r"\b(?:fellowship|residency|retire|retires|retired|retirement|last (?:day|shift) (?:of|at|on|as)|years of service|"
    r"farewell|graduat\w+ (?:from )?(?:nursing|medical) school)\b"
)
RANG_BELL_RE = re.compile(r"\brang the (?:\w+ )?bell\b(?! \d[\d,]* times)")


# A quotation: double quotes, or single quotes that open before a letter and close after one (apostrophes inside
# words, "didn't", stay inside). Bounded, on one line, so a stray quote mark costs a bounded look.
QUOTATION_RE = re.compile(
    r"\"(?P<double>[^\"\n]{12,400})\"|(?<![\w'])'(?P<single>[a-z0-9](?:[^'\n]|(?<=[a-z])'(?=[a-z])){10,400}?)'(?![a-z])"
)
# The speaker's own care inside the quotation: "my asthma", "I came in with chest pain", "I was on dialysis".
FIRST_PERSON_RE = re.compile(r"\b(?:i|i'm|i'd|i've|i'll|my|me)\b")
# A quotation said by staff: "'I love watching my patients heal,' says Dr. Brandt", "..." - Maria, RN.
SPEAKER_IS_STAFF_RE = re.compile(
    r"^[\s,.!?-]{0,4}(?:\w+\s+){0,3}?(?:says|said|shares|writes)?\s*(?:our\s+)?(?:dr\.?|doctor|nurse|"
    r"physician|surgeon|rn|md|np|pa|therapist|dietitian|pharmacist|chaplain|coordinator|manager|director|staff)\b"
)
PATIENTS_WORD_RE = re.compile(r"\bpatients\b")  # "I love watching my patients heal": a clinician speaking


def _first_person_care_quote(doc: Document) -> tuple[int, int] | None:
    """A quotation in which the speaker tells of their own care: first person and a health term inside it, not
    followed by a staff speaker. What a testimonial is, whatever words it uses."""
    lower = doc.lower
    for found in QUOTATION_RE.finditer(lower):
        start, end = found.span()
        inner = found.group("double") or found.group("single") or ""
        if FIRST_PERSON_RE.search(inner) is None or PATIENTS_WORD_RE.search(inner) is not None:
            continue
        if not hits_in(doc, start, end, HEALTH_KINDS):
            continue
        if SPEAKER_IS_STAFF_RE.search(lower[end : end + 60]) is not None:
            continue
        return start, end
    return None


def _owned_story(lower: str) -> tuple[int, int] | None:
    """Span from the owner to the head noun of "her knee replacement journey", or None."""
    for head in STORY_HEAD_RE.finditer(lower):
        owner = STORY_OWNER_RE.search(lower, max(0, head.start() - 45), head.start())
        if owner is not None:
            return owner.start(), head.end()
    return None


def _weak_story(lower: str, toks: frozenset[str]) -> tuple[int, int] | None:
    span = _owned_story(lower) if toks & STORY_HEAD_TRIGGERS else None
    if span is not None:
        return span
    for triggers, pattern in WEAK_STORY_PATTERNS:
        found = pattern.search(lower) if toks & triggers else None
        if found is not None:
            return found.span()
    return None


def patient_story_span(doc: Document) -> tuple[int, int] | None:
    """The phrase that makes `doc` a patient story (normalized coordinates), or None."""

    def find() -> tuple[int, int] | None:
        lower = doc.lower
        toks = token_set(doc)
        for triggers, pattern in STRONG_STORY_PATTERNS:
            strong = pattern.search(lower) if toks & triggers else None
            if strong is not None:
                return strong.span()
        if '"' in lower or "'" in lower:
            quoted = _first_person_care_quote(doc)
            if quoted is not None:
                return quoted
        weak = _weak_story(lower, toks)
        patient_cue = PATIENT_CUE_RE.search(lower) is not None
        staff_cue = STAFF_CUE_RE.search(lower) is not None
        bell = RANG_BELL_RE.search(lower) if "rang" in toks else None
        if bell is not None and (patient_cue or STAFF_CAREER_RE.search(lower) is None):
            return bell.span()  # the bell rung for a fellow's last day is a staff celebration
        health = bool(term_kinds(doc) & {CONDITION, SYMPTOM, PROCEDURE})
        if not patient_cue and not staff_cue and health:
            patient_cue = True  # someone quoted about their migraines, with no staff in sight, is a patient
        if not patient_cue and staff_cue:
            return None  # a staff spotlight
        if weak is not None and STAFF_CUE_RE.search(lower, weak[1], weak[1] + 40):
            weak = None  # "'I love seeing patients heal,' says Dr. Brandt": the speaker is staff
        if weak is not None:
            phrase = lower[weak[0] : weak[1]]
            if patient_cue or "journey" in phrase or "recover" in phrase:
                return weak
        # a person, a health event and a telling, in words no pattern above knows
        return narrated_patient(lower, doc.text, health)

    return doc.memo("patient_story.span", find)
