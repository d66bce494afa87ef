"""The structure behind a patient story, for wordings no story pattern foresaw: a person, a health event, a telling.

A patient story is told about, or by, one person who went through care, whatever its words:
- one person: a first-person quotation ('I was terrified of the MRI...'), a patient referred to ("our patient
  Kenji", "a patient", "little Theo"), or a name that acts in the telling ("Marcus couldn't", "Lupe, who beat");
- a health event: a condition, symptom or procedure from the lexicon, a care event (surgery, stroke, chemo),
  or an outcome (lost 70 pounds, born at 26 weeks, walking again, alive because of you);
- a telling: past tense or a before/after ("couldn't ... later", "since", "today he ...").
A staff spotlight (a clinician named, no patient cue), an event for a group ("join our support group") and a
service announcement stay out. Each pattern is one bounded scan of the text: linear.
"""

from __future__ import annotations

import re

from guardrails.rules.health_terms import words

# A quotation that speaks as "I": single or double quotes, bounded so a stray apostrophe cannot run away.
QUOTED_FIRST_PERSON_RE = re.compile(
    r"(?:^|[\s(:])[\"'](?=[^\"'\n]{0,300}?\b(?:i|i'm|i've|i was|my|me)\b)[^\"\n]{3,300}?[.!?,]?[\"'](?=\s|$|[.,!?)-])"
)
# What a quotation must itself hold to be a patient's words: their care or its outcome.
QUOTED_CARE_RE = re.compile(
    r"\b(?:my|i had|i got|i was|i'?m)\s+(?:[\w-]+\s+){0,3}?(?:surgery|scan|mri|treatment|diagnosis|blockage|"
    r"tumou?r|cancer|stroke|heart attack|recovery|knee|hip|shoulder|back|baby|labor|delivery|infusion|chemo|"
    r"transplant|operation|procedure|biopsy|therapy|pain|terrified|scared|alive|cancer-free|home)\b"
    r"|\b(?:because of you|saved my|gave me my|i can (?:finally )?(?:breathe|walk|run|see|sleep))\b"
    r"|\b(?:surgery|operation|procedure)\b[^.!?]{0,40}\b(?:walking|running|back|home|dancing)\b"
)
PATIENT_REF_RE = re.compile(
    r"\b(?:our|a|one|this|the) (?:young |little |former |grateful )?patient,? (?:[a-z]+ )?(?=[a-z])"
    r"|\bpatient reviews?\b|\b(?:said|says|wrote|writes|shared|told us)\b[^.!?]{0,30}\ba patient\b"
    r"|[-\u2014]\s*(?:a|one of our) (?:[\w-]+ )?patients?\b"
)
# A name acting in the telling (original case): "Marcus couldn't", "Lupe, who beat", "little Theo was".
# The word before the name is lower case ("hit, Marcus couldn't"), or "Little"/"Meet": a capitalised run such as
# "Trellis Park Plaza had" is a place, not a person.
NAMED_ACTOR_RE = re.compile(
    r"(?:(?<![A-Za-z])(?:[a-z]+[,:]?|[Ll]ittle|[Mm]eet)\s+)(?!(?:Dr|Nurse|Team|Center|Centre|Hospital|Health|Clinic|"
    r"Unit|Program|Month|Week|Day|Foundation|Department|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][a-z]{2,}(?:,? who)?\s+(?:was|is|had|has|lost|beat|couldn'?t|could not|can now|celebrated|finished|ran|"
    r"walked|went|came|spent|got|underwent|survived|is now|was born|hasn'?t|no longer|just)\b"
)
CARE_EVENT_RE = re.compile(
    r"\b(?:surgery|stroke|heart attack|chemo|chemotherapy|transplant|replacement|diagnosis|diagnosed|treatment|"
    r"therapy|rehab|nicu|icu|cancer|tumou?r|[a-z]+(?:ectomy|otomy|plasty))\b"
    r"|\blost \d+ (?:pounds|lbs|kilos|kg)\b|\bborn (?:at|weighing) \d+\b|\b(?:walking|running|breathing) "
    r"(?:again|on (?:his|her|their) own)\b|\bquit (?:smoking|drinking)\b|\bhasn'?t had a (?:cigarette|drink)\b"
)
TELLING_RE = re.compile(
    r"\b(?:was|were|had|couldn'?t|could not|beat|lost|celebrated|finished|went|came|gave|caught|born|later|since|"
    r"again|survived|underwent|recovered|walked|ran|today|now)\b"
)
# A group event or a service: no one's story.
GROUP_EVENT_RE = re.compile(
    r"\b(?:support group|join us|join our|register|sign up|rsvp|classes|workshop|webinar|hiring|apply|"
    r"now open|book (?:now|online|through))\b"
)
STORY_TOKENS = words("was were had couldn't beat lost celebrated finished went came gave caught born later since")


def narrated_patient(lower: str, text: str, health_terms: bool) -> tuple[int, int] | None:
    """Span of the person in a patient story told in any words, or None. `text` is the original-case copy
    (same offsets); `health_terms`: the lexicon found a condition, symptom or procedure in the text."""
    if GROUP_EVENT_RE.search(lower):
        return None
    quote = QUOTED_FIRST_PERSON_RE.search(lower)
    if quote is not None and QUOTED_CARE_RE.search(lower, quote.start(), quote.end()):
        return quote.span()
    if not (health_terms or CARE_EVENT_RE.search(lower)) or TELLING_RE.search(lower) is None:
        return None
    person = PATIENT_REF_RE.search(lower) or NAMED_ACTOR_RE.search(text)
    return person.span() if person is not None else None


__all__ = ["narrated_patient"]
