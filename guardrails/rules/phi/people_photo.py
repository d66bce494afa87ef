"""phi.photo: the text says a patient's photo or video is attached or shown, or offers before/after photos.

Full-face photographs are a Safe Harbor identifier; a text cannot hold one, but it can say one goes with it
("see the attached photo of Maria's scan", "before and after pics of our patient", "video of him in the ICU").
Nothing in the text can be redacted to fix that, so the finding blocks with no fix: a person must remove the
picture or confirm consent outside CarePost. Photos of a team, a building or an event are not flagged: the
media word must come with a patient cue in the same sentence.

Some texts show a patient without any media word: "a selfie with my patient" (the selfie holds the patient's
face whatever else it shows), "her before and after", "swipe to see her first steps", "watch him ring the
bell". And "see the pics of Maria" names the person pictured. Stock images, models and advice about photos
are not a patient's photo.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from guardrails.model import Category, Severity
from guardrails.rules.base import Document, Match, Rule
from guardrails.rules.health_terms import CONDITION, PROCEDURE, SYMPTOM, term_kinds
from guardrails.rules.patient_narrative import narrated_patient
from guardrails.rules.phi.patient_post import PatientNamed
from guardrails.rules.phi.people_photo_caption import captioned_person
from guardrails.rules.phi.people_photo_seen import seen_person
from guardrails.settings import GuardrailSettings

MEDIA = (
    r"(?:photo(?:graph)?s?|pictures?|pics?|images?|videos?|vids?|reels?|footage|selfies?|snapshots?|clips?|shots?"
    r"|x-rays?|scans?|boomerangs?|b-roll)"
)
_BEFORE_AFTER = r"before[- ]?(?:and|&|/|n|'n'|vs\.?|versus)[- ]?after"
BEFORE_AFTER = re.compile(
    rf"\b{_BEFORE_AFTER}\b(?:[ -]\w+){{0,3}}?[ -]{MEDIA}\b|\b{MEDIA} (?:\w+ ){{0,2}}(?:from )?before (?:and|&) after\b"
    rf"|\b(?:(?:this|these|a|our|the|his|her|their|my) )?(?P<noun>{_BEFORE_AFTER}s?)\b(?= (?:of|pics?|shots?)\b)"
    rf"|\b(?:this|these|a|our|the|his|her|their|my) (?P<noun2>{_BEFORE_AFTER}s?)\b(?= from\b)"
)
MEDIA_WORD = re.compile(rf"\b{MEDIA}\b")
# The text presents the media: it is attached, below, or the reader is told to look.
SHOWN = re.compile(
    r"\b(?:attached|attaching|attachment|enclosed|below|above|see|seen here|here's|here is|here are|check out|swipe|"
    r"watch|shown|showing|included|includes|posting|posted|sharing|shared|uploaded|caught on|captured|"
    r"this|these|(?:on|in) (?:our|my|the) (?:story|stories|page|feed|grid|comments)|link in bio)\b"
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
# Advice about photos ("never post patient images without consent") is not a photo of a patient, nor is a stock
# image or a model posing as one.
NEGATED = re.compile(
    r"\b(?:never|don't|do not|avoid|without (?:\w+ )?consent|no photos|not post|shouldn't|stock|models?|posed"
    r"|illustration|actors?|not (?:a|an|our) (?:real |actual )?patient)\b"
)
# A picture taken with a patient: the patient is in it.
WITH_PATIENT = re.compile(
    rf"\b(?P<media>{MEDIA}) (?:with|w/) (?:my|our|a|this|the|one of (?:my|our)) (?:[a-z]+ ){{0,2}}?"
    r"(?:patients?|kiddos?|nicu babies|nicu baby)\b"
)
# "her before and after", "swipe to see her first steps", "watch him ring the bell": media without the word.
SHOWN_PERSON = re.compile(
    rf"\b(?:his|her|their|my patient's|our patient's) (?P<ba>{_BEFORE_AFTER})\b"
    r"|\b(?P<swipe>swipe)(?: (?:left|right|up|through))?(?: to (?:see|watch|meet)| for)? "
    r"(?:(?:his|her|their|him|them)\b"
    r"|(?:our|this|my) (?:little )?(?:patient|baby|fighter|warrior))"
    r"|\b(?P<watch>watch) (?:him|her|them|our patient|this patient|baby \w+) (?:take|taking|walk|walking|ring|ringing"
    r"|leave|leaving|go home|going home|dance|dancing|stand|standing|meet|meeting|hug|hugging|blow|celebrate)\b"
)
# "see the pics of Maria": a picture of someone named (the capital read on the original text).
MEDIA_OF_NAME = re.compile(
    r"\b(?:[Pp]hoto(?:graph)?s?|[Pp]ictures?|[Pp]ics?|[Ii]mages?|[Vv]ideos?|[Ff]ootage|[Cc]lips?|[Ss]napshots?) of "
    r"(?P<name>[A-Z][a-z]+)\b(?!'s (?:new|team|staff|campus|building|lobby))"
)
NOT_A_PERSON_AFTER = re.compile(
    r" (?:[A-Z][a-z]+ )?(?:Hall|Center|Centre|Wing|Tower|Pavilion|Building|Campus|Hospital|Health|Clinic|Park|Street"
    r"|Lake|River|Garden|Gardens|Library|School|Church|Day|Month|Week|Walk|Run|Gala|Fair|Festival)\b"
)
# A picture of a named colleague: an award, a graduation, a retirement, an event of the staff.
STAFF_CUE = re.compile(
    r"\b(?:award\w*|graduat\w*|nursing (?:program|school)|residency|fellowship|retire\w*|promot\w*|staff|employee"
    r"|volunteer\w*|colleague\w*|team|our nurses?|dr|nurse|rn|md|conference|gala|ceremony|welcome|joins|joined)\b"
)
NOT_NAMES = frozenset(
    {"our", "the", "this", "that", "these", "those", "dr", "nurse", "doctor", "team", "staff", "everyone", "all"}
    | {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"last", "next", "each", "every", "some", "new", "old", "national", "world", "pink", "go", "team"}
)
# A picture shown without a media word: the reader is told to swipe, tap, scroll or look, or pointed to a reel or
# the story ("Swipe ➡️ to meet the little fighter", "look at that smile!", "caught on camera", "in the video").
PRESENTING = re.compile(
    r"\bswipe\b|\btap (?:to|and) (?:watch|see|meet|hear)\b|\bscroll (?:down|up|through|over)\b"
    r"|\bwatch (?:till|until|to) the end\b|\bcaptured the moment\b|\bsee (?:him|her|them) (?:below|above|here)\b"
    r"|\bclick (?:to|and) (?:watch|see)\b|\b(?:caught )?on (?:camera|video|film)\b|\blook at (?:that|this|those|these) "
    r"|\b(?:that|this|those|these) (?:little )?(?:smile|grin|face|smiles|grins|faces|cheeks|curls|toes)\b|\breels?\b"
    r"|\b(?:on|in|to|out|at) (?:our|my) (?:story|stories|feed|grid)\b|\bin the (?:video|clip|reel)\b"
)
PRESENTING_WORDS = frozenset(
    {"swipe", "tap", "scroll", "click", "camera", "video", "film", "look", "smile", "grin", "face", "smiles"}
    | {"captured", "cheeks", "curls", "toes", "grins", "faces", "reel", "reels", "story", "stories", "feed", "grid"}
    | {"clip"}
)
# Where a post's own pictures are, said as a gallery or a screen reader says them: "Slide 2 is her hands", "Image
# description: a teenage girl", "pic in the thread", "left: day 1 in the burn unit, right: today", "cut to the
# camera". A picture of the patient only in a post where phi.name found one (see _in_a_patient_story).
GALLERY = re.compile(
    r"\b(?:slide|pic|photo|image)\s+\d\b|\bimage\s+description\b|\balt\s+text\b|\bpictured\b"
    r"|\b(?:in|see)\s+(?:the\s+)?(?:thread|comments)\b|\bleft:[^\n]{1,80}\bright:|\bcut\s+to\b"
)
# Words that count only in a pair: "watch till the end", "see him below".
PRESENTING_PAIRS = (("watch", frozenset({"end"})), ("see", frozenset({"below", "above", "here"})))
# "Here's Tommy ringing the bell": a named person doing something, presented (the capital read on the original).
HERE_IS_NAME = re.compile(r"\b[Hh]ere(?:'s| is) (?:[Bb]aby |[Ll]ittle )?[A-Z][a-z]+ [a-z]+ing\b")
# What makes the person shown a patient: a patient, a care milestone, or his or her own care. A pronoun alone is
# not enough ("look at that smile! Dr. Lee ran her first marathon"), nor a disease named in a lesson.
SHOWN_PATIENT = re.compile(
    r"\bpatient\b(?! (?:portal|education|safety|experience|care|advocate|services|parking|rooms?|financial|access"
    r"|guide|information|navigat\w*|and family|family))"
    r"|\b(?:fighter|warrior|little one|nicu (?:grad|graduate|baby)|survivor|newborn)\b|\bbaby [a-z]+'s\b"
    r"|\bfirst steps\b|\b(?:ring(?:s|ing)?|rang) the bell\b|\b(?:go(?:es|ing)?|went|heading|headed)[ -]home\b"
    r"|\bway out\b|\bdischarged?\b|\bpost-?op\b|\bheal(?:ed|ing)\b|\bpounds lighter\b|\boff the ventilator\b"
    r"|\b(?:his|her|their|after the) (?:[\w-]+ )?(?:stroke|surgery|transplant|chemo|burns?|scars?|injur(?:y|ies)"
    r"|accident|recovery|treatment|diagnosis|donor(?:'s)?|new (?:leg|hip|knee|heart|kidney)|weight loss"
    r"|transformation)\b"
)
# "The before/after on this one is incredible", "Before vs. after: his burns...": before/after as a noun.
BEFORE_AFTER_NOUN = re.compile(
    rf"(?:^|[.!?:]\s*|\b(?:the|this|that|his|her|their|my|our|a)\s+)(?P<ba>{_BEFORE_AFTER}s?)"
    r"(?=\s*(?::|!|on\b|is\b|are\b|says\b|speaks\b))"
)
SHOWN_BEFORE, SHOWN_AFTER = 80, 160
# A picture announced by its emoji: camera, camera with flash, movie camera, video camera.
CAMERA = re.compile("[\U0001f4f7\U0001f4f8\U0001f3a5\U0001f4f9]")
SENTENCE = re.compile(r"[^.!?\n]+")
SENTENCE_REACH = 160


# "before and after of our lobby renovation": pictures of a place, when no person is named with it.
PLACE_AFTER = re.compile(
    r"[^.!?\n]{0,40}?\b(?:lobby|renovat\w*|remodel\w*|building|wing|campus|floor|garden|construction|space"
    r"|cafeteria|parking|kitchen|makeover|facility|entrance|landscaping|room|lounge|station|playroom|office)\b"
)
PERSON_AFTER = re.compile(r"[^.!?\n]{0,40}?\b(?:his|her|their|him|them|patient|patient's|[a-z]+'s (?!new\b))")


def _of_a_place(lower: str, end: int) -> bool:
    return PLACE_AFTER.match(lower, end) is not None and PERSON_AFTER.match(lower, end) is None


def _outside(cues: list[tuple[int, int]], captions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The captions and the visual cues outside them ("Pictured" is reported once, with its caption)."""
    starts = [start for start, _end in captions]  # in order, and apart: one caption per label
    kept = []
    for start, end in cues:
        index = bisect_right(starts, start) - 1
        if index < 0 or captions[index][1] < end:
            kept.append((start, end))
    return sorted({*kept, *captions})


def _sentence(lower: str, index: int) -> str:
    """The sentence holding `index`, at most SENTENCE_REACH characters either side."""
    left = max(lower.rfind(mark, max(0, index - SENTENCE_REACH), index) for mark in ".!?\n")
    found = SENTENCE.match(lower, left + 1)
    return found.group()[: SENTENCE_REACH * 2] if found else ""


class PhotoRule(Rule):
    id = "phi.photo"
    category = Category.PHI
    severity = Severity.BLOCK
    message = "The text says a patient's photo or video goes with it: remove it, or post only with written consent"
    fix = None
    tag = "[PHOTO]"

    TRIGGER = re.compile(
        r"photo|pic|image|vid|reel|footage|selfie|snapshot|clip|shot|x-ray|scan|after|swipe|watch|boomerang|b-roll"
    )

    def __init__(self, settings: GuardrailSettings) -> None:
        super().__init__(settings)
        org = settings.organization
        names = [org.name, *org.aliases, *org.towns, *(member.name for member in settings.staff)]
        self.org_words = NOT_NAMES | frozenset(w.lower() for n in names for w in re.findall(r"[A-Za-z]+", n))
        self.patient_named = PatientNamed(settings)

    def scan(self, doc: Document) -> Iterator[Match]:
        seen = seen_person(doc, self.org_words)
        captions = captioned_person(doc, self.org_words)
        if seen.spans or captions:
            yield from (Match(start, end) for start, end in _outside(seen.spans, captions))
            return
        if seen.cleared:
            return
        lower = doc.lower
        if not self.TRIGGER.search(lower):
            presented = self._presented(doc)
            if presented is not None:
                yield presented
            return
        for found in BEFORE_AFTER.finditer(lower) if "before" in lower else ():
            if _of_a_place(lower, found.end()):
                continue
            group = next((g for g in ("noun", "noun2") if found.group(g)), None)
            start, end = found.span(group) if group else found.span()
            yield Match(start, end)
            return
        match = self._without_shown(doc)
        if match is not None:
            yield match
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
        presented = self._presented(doc) or self._in_a_patient_story(doc)
        if presented is not None:
            yield presented

    def _in_a_patient_story(self, doc: Document) -> Match | None:
        """A picture announced anywhere in a patient's story: the cues of the patient are in the telling, not in
        the picture's sentence ("Amelia finished her last round of chemo today ... 📸 photo above", "... told
        Marcus he's way faster. 📸 swipe to see the two of them"). Needs both a picture presented (a camera emoji,
        or a media word with a presenting word in its sentence) and the structure of a patient story or a patient's
        name."""
        lower = doc.lower
        announced = CAMERA.search(doc.text) or GALLERY.search(lower) or PRESENTING.search(lower)
        if announced is None:
            for media in MEDIA_WORD.finditer(lower):
                sentence = _sentence(lower, media.start())
                if SHOWN.search(sentence) and not NEGATED.search(sentence):
                    announced = media
                    break
        if announced is None or NEGATED.search(lower):
            return None
        health = bool(term_kinds(doc) & {CONDITION, SYMPTOM, PROCEDURE})
        # phi.name found a patient or relative in the text: the picture the text announces is of them (read only
        # when a picture is announced)
        if narrated_patient(lower, doc.text, health) is None and not self.patient_named(doc):
            return None
        return Match(*announced.span())

    def _without_shown(self, doc: Document) -> Match | None:
        """A patient pictured with no "attached" or "see" word: a selfie with a patient, "her before and after",
        "swipe to see her", and a picture of someone named ("see the pics of Maria")."""
        lower = doc.lower
        patterns = []
        if " with " in lower or " w/ " in lower:
            patterns.append(WITH_PATIENT)
        if "before" in lower or "swipe" in lower or "watch" in lower:
            patterns.append(SHOWN_PERSON)
        for pattern in patterns:
            for found in pattern.finditer(lower):
                if NEGATED.search(lower, max(0, found.start() - 60), found.end() + 40):
                    continue
                group = next(g for g in ("media", "ba", "swipe", "watch") if found.groupdict().get(g))
                return Match(*found.span(group))
        for found in MEDIA_OF_NAME.finditer(doc.text) if " of " in lower else ():
            name = found.group("name")
            sentence = _sentence(lower, found.start())
            if name.lower() in self.org_words or NOT_A_PERSON_AFTER.match(doc.text, found.end()):
                continue
            if SHOWN.search(sentence) and not NEGATED.search(sentence) and not STAFF_CUE.search(sentence):
                return Match(found.start(), found.start() + found.group().index(" "))
        return None

    def _presented(self, doc: Document) -> Match | None:
        """A picture the text presents with no media word (swipe, tap to watch, look at that smile, a reel, our
        story, "here's Tommy ringing the bell", a bare before/after), when a patient or a care milestone is near."""
        lower = doc.lower
        found: list[tuple[int, int]] = []
        words = doc.words
        if words & PRESENTING_WORDS or any(first in words and words & second for first, second in PRESENTING_PAIRS):
            found.extend(m.span() for m in PRESENTING.finditer(lower))
        if "here" in words:
            found.extend((m.start(), m.start() + m.group().index(" ")) for m in HERE_IS_NAME.finditer(doc.text))
        if "before" in words:
            found.extend(m.span("ba") for m in BEFORE_AFTER_NOUN.finditer(lower) if not _of_a_place(lower, m.end()))
        for start, end in sorted(found):
            window = lower[max(0, start - SHOWN_BEFORE) : end + SHOWN_AFTER]
            if SHOWN_PATIENT.search(window) and not NEGATED.search(window):
                return Match(start, end)
        return None

    def fix_text_for(self, doc: Document, match: Match) -> str | None:
        """No fix, but a tag: the redacted preview shows [PHOTO] where the text announced the picture."""
        return self.tag
