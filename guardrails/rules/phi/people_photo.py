"""phi.photo: the text says a patient's photo or video is attached or shown, or offers before/after photos.

Full-face photographs are a Safe Harbor identifier; a text cannot hold one, but it can say one goes with it
("see the attached photo of Maria's scan", "before and after pics of our patient", "video of him in the ICU").
Nothing in the text can be redacted to fix that, so the finding blocks with no fix: a person must remove the
picture or confirm consent outside CarePost. Photos of a team, a building or an event are not flagged: the
media word must come with a patient cue in the same sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guardrails.model import Category, Severity
from guardrails.rules.base import Document, Match, Rule

MEDIA = (
    r"(?:photo(?:graph)?s?|pictures?|pics?|images?|videos?|footage|selfies?|snapshots?|clips?|shots?|x-rays?|scans?)"
)
_BEFORE_AFTER = r"before[- ]?(?:and|&|/|n|'n')[- ]?after"
BEFORE_AFTER = re.compile(
    rf"\b{_BEFORE_AFTER}\b(?:[ -]\w+){{0,3}}?[ -]{MEDIA}\b|\b{MEDIA} (?:\w+ ){{0,2}}(?:from )?before (?:and|&) after\b"
    rf"|\b(?:this|these|a|our|the|his|her|their|my) (?P<noun>{_BEFORE_AFTER}s?)\b(?= (?:of|from|pics?|shots?)\b)"
)
MEDIA_WORD = re.compile(rf"\b{MEDIA}\b")
# The text presents the media: it is attached, below, or the reader is told to look.
SHOWN = re.compile(
    r"\b(?:attached|attaching|attachment|enclosed|below|above|see|seen here|here's|here is|here are|check out|swipe|"
    r"watch|shown|showing|included|includes|posting|posted|sharing|shared|uploaded|caught on|captured|"
    r"this|these)\b"
)
# The media is of a patient: a patient, a body, a bed, or one person's scan or wound.
PATIENT_CUE = re.compile(
    r"\b(?:(?:our|this|a|the|my) (?:[a-z]+ ){0,2}patient\b|(?:ultrasound|sonogram|x-ray|mri|ct) (?:photo|pic|"
    r"picture|image|video)|(?:photo|pic|picture|image|video|footage|clip)s? of (?:his|her) |parents sent|"
    r"of (?:him|her|them)\b|of (?:the|a|this|that) (?:wound|scar|"
    r"incision|tumou?r|rash|burns?|stitches|injury|injuries|x-ray|scan|mri)\b|(?:his|her) (?:scan|x-ray|mri|wound|scar|"
    r"incision|tumou?r|surgery|recovery|treatment|face|injury|injuries|rash|burns?|stitches|bed|room|stay|transformation|"
    r"results?|procedure)|[a-z]+'s (?:scan|x-ray|mri|wound|scar|incision|tumou?r|surgery|face|injury|rash|"
    r"burns?|stitches|recovery|procedure|results?)|in (?:the|his|her|their) (?:icu|nicu|picu|er|ed|hospital bed|"
    r"recovery room|or)\b|bedside|hospital bed|on the ward|in surgery|on the operating table|during (?:his|her|"
    r"their) (?:treatment|surgery|stay|recovery|procedure))"
)
# Advice about photos ("never post patient images without consent") is not a photo of a patient.
NEGATED = re.compile(r"\b(?:never|don't|do not|avoid|without (?:\w+ )?consent|no photos|not post|shouldn't)\b")
SENTENCE = re.compile(r"[^.!?\n]+")


class PhotoRule(Rule):
    id = "phi.photo"
    category = Category.PHI
    severity = Severity.BLOCK
    message = "The text says a patient's photo or video goes with it: remove it, or post only with written consent"
    fix = None
    tag = "[PHOTO]"

    TRIGGER = re.compile(r"photo|pic|image|video|footage|selfie|snapshot|clip|shot|x-ray|scan|after")

    def scan(self, doc: Document) -> Iterator[Match]:
        lower = doc.lower
        if not self.TRIGGER.search(lower):
            return
        for found in BEFORE_AFTER.finditer(lower):
            start, end = found.span("noun") if found.group("noun") else found.span()
            yield Match(start, end)
            return
        for sentence in SENTENCE.finditer(lower):
            start, end = sentence.span()
            media = MEDIA_WORD.search(lower, start, end)
            if media is None:
                continue
            if (
                SHOWN.search(lower, start, end)
                and PATIENT_CUE.search(lower, start, end)
                and not NEGATED.search(lower, start, end)
            ):
                yield Match(media.start(), media.end())
                return

    def fix_text_for(self, doc: Document, match: Match) -> str | None:
        """No fix, but a tag: the redacted preview shows [PHOTO] where the text announced the picture."""
        return self.tag
