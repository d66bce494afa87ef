"""disclaimer rules: health information carries the configured disclaimer, patient stories a results caveat.

Whether a text "gives health information" is decided from the health vocabulary (guardrails/data) and the
kind of post. Naming a condition, symptom or medicine is health information, unless the post is plainly a
job ad, an event or service announcement, staff recognition, facility news or a greeting AND says nothing
explanatory about health. Naming a service (a flu shot, a mammogram) or a wellness topic is health
information only with an explanatory cue ("lowers your risk", "signs of", "1 in 8 women").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guardrails.model import Category, FixKind, Severity
from guardrails.rules.advice import ADVICE_RULES, is_advice
from guardrails.rules.base import Document, Match, Rule
from guardrails.rules.health_terms import (
    CONDITION,
    DRUG,
    GENERIC_DRUG_WORDS,
    PROCEDURE,
    SCREENING,
    SYMPTOM,
    TOPIC,
    term_hits,
)
from guardrails.rules.patient_story import patient_story_span
from guardrails.settings import GuardrailSettings

STRONG_KINDS = frozenset({CONDITION, SYMPTOM, DRUG})
WEAK_KINDS = frozenset({PROCEDURE, SCREENING, TOPIC, DRUG})  # DRUG here: generic words such as 'medications'

# Sentences that explain something about health: what makes a mention of a service or a topic "information".
INFO_CUE_RE = re.compile(
    r"\b(?:symptoms?|signs? of|warning signs|early signs|risks?|risk factors?|causes?|caused by|affects?|"
    r"prevent(?:s|ion|able|ing)?|reduces?|reducing|lowers?|lowering|raises? your|protects?|protecting|linked to|"
    r"leading cause|can lead to|increases?|helps?|treats?|treated|treatable|treatment options|manage|managing|"
    r"diagnos(?:is|ed|e)|percent|did you know|tips?|how to|learn (?:the|about|how|more about|what)|know the|"
    r"early detection|detect(?:s|ed|ion)?|side effects|spreads?|contagious|immune|heal(?:s|ing)?|myths?|facts?|"
    r"what (?:to|you) (?:know|need)|can cause|may cause|condition|disease|don'?t ignore|watch for|look out for|"
    r"pay attention|if you (?:have|notice|experience|feel)|get (?:screened|checked|tested|vaccinated|your)|"
    r"saves? lives|catch(?:es)? (?:it|them|cancer|problems) early|should|recommend(?:s|ed|ation)?|important|"
    r"chances?|survival|outcomes?|benefits?|boosts?|strengthens?|improves?|keeps? your|healthy|healthier)\b"
    r"|\b(?!100\s?%)\d{1,2}(?:\.\d+)?\s?%|\b(?:1|one) in (?:\d+|two|three|four|five|six|eight|ten)\b"
    r"|\bevery \d+ (?:seconds|minutes)\b"
)
# Kinds of post that need no disclaimer when they explain nothing about health.
NON_HEALTH_CONTEXT_RE = re.compile(
    r"\b(?:hiring|join our (?:\w+ )?team|apply|applications?|careers?|positions?|openings?|jobs?|sign-on bonus|"
    r"now hiring|we'?re looking for|join us|register|registration|rsvp|tickets|available|walk-ins?|open house|"
    r"event|5k|fun run|festival|fair|grand opening|ribbon|opens|opening|now open|reopen|hours|parking|"
    r"construction|visitors?|visiting|cafeteria|entrance|renovation|new (?:wing|building|location|suite|unit|"
    r"center|clinic)|congrat\w*|thank you|thanks|welcome|awards?|honou?red|recogni[sz]\w*|celebrat\w*|"
    r"proud|shout-?out|anniversary|retire\w*|nurses week|appreciation|kudos|spotlight|meet|happy|merry|"
    r"season'?s greetings|holiday|donat\w*|volunteer\w*|blood drive|schedule|book|appointments?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?::\d\d)?\s?(?:am|pm))\b"
)
EQUIVALENT_RE = re.compile(
    r"\bnot (?:intended (?:as|to be) |meant (?:as|to be) |to be taken as |a substitute for |)?(?:professional )?"
    r"medical advice\b|\b(?:general )?(?:informational|information|educational) (?:purposes )?only\b|"
    r"\bnot a substitute for\b|\bdoes not (?:replace|constitute)\b|\bnot (?:a )?replace(?:ment)? for\b|"
    r"\bconsult (?:your|a) (?:doctor|physician|health ?care (?:provider|professional)) (?:for|about|before) "
    r"(?:personal|your own|individual|medical advice|any)\b|\btalk to your (?:doctor|provider) about your own\b"
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
        self.configured = tuple(sorted({t.strip().lower() for t in texts if t.strip()}))
        self.advice_rules = [cls(settings) for cls in ADVICE_RULES]

    def scan(self, doc: Document) -> Iterator[Match]:
        if not gives_health_information(doc) or self.has_disclaimer(doc):
            return
        if is_advice(doc, self.advice_rules):
            return  # advice is blocked: a disclaimer cannot make it postable, so none is offered
        yield Match()

    def has_disclaimer(self, doc: Document) -> bool:
        return any(text in doc.lower for text in self.configured) or EQUIVALENT_RE.search(doc.lower) is not None

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


def gives_health_information(doc: Document) -> bool:
    """The decision behind disclaimer.missing (see the module docstring)."""

    def decide() -> bool:
        hits = term_hits(doc)
        kinds = {h.kind for h in hits}
        strong = any(h.kind in STRONG_KINDS and h.term not in GENERIC_DRUG_WORDS for h in hits)
        if not strong and not kinds & WEAK_KINDS:
            return False
        informative = INFO_CUE_RE.search(doc.lower) is not None
        if informative:
            return True
        if not strong:
            return False
        if patient_story_span(doc) is not None:
            return False  # the story gets its own caveat (disclaimer.testimonial)
        return NON_HEALTH_CONTEXT_RE.search(doc.lower) is None

    return doc.memo("disclaimer.health_information", decide)


RULES: tuple[type[Rule], ...] = (MissingDisclaimerRule, TestimonialDisclaimerRule)
