"""phi.photo's caption test: a picture described, not named, under a caption label.

Carousels, alt text and video scripts describe the picture instead of naming a medium: "Slide 5: Amara blowing
out her candle", "Alt text: a nurse wraps a quilt around an older man in a wheelchair", "0:05 B-roll: our patient
crossing the finish line", "[cut to: him holding up the board, grinning]", "Pictured: him and his dog". The label
says a picture goes with the post; the caption after it says who is in it. Two things make it a patient's:
- a person in the caption: a lay person described ("a woman in a pink headscarf", "an older man") anywhere in a
  description label's caption (alt text, pictured, b-roll, cut to), or a person the caption opens with (a first
  name that is no staff member's, a pronoun, "our patient");
- a post about care (a patient, a treatment, a ward, a care milestone), so that a mural's artist or a lobby's
  visitors are not read as patients.
A slide is often text ("Slide 2: Grace was 29 when she found the lump"), so a slide's caption counts only when it
reads as a picture: the person it opens with is doing something or is with someone ("Amara blowing", "Grace and
Tomasz with her care team"). The finding spans the label and its caption: the caption is what the picture shows.
"""

from __future__ import annotations

import re

from guardrails.rules.base import Document
from guardrails.rules.phi.people_lexicon import name_lists

# A caption label: at a line's start, after "[" or a timestamp, or capitalised after a non-word ("🏡 Pictured: ...").
LABEL = re.compile(
    r"\b(?:\d{1,2}:\d{2}[ \t]*)?(?P<label>alt[- ]?text|(?:image|photo|video) description|slide \d{1,2}(?:/\d{1,2})?"
    r"|pictured(?: above| below| left| right| here)?|b-?roll|cut to|scene|photo|pic|picture|image|video|clip|shot"
    r"|frame|thumbnail|cover(?: photo| image)?)(?:[ ,][^:\n\]]{0,16})?:[ \t]*(?P<caption>[^\n\]]{3,200})"
)
# Labels whose caption is always a picture's description (a slide's may be text).
DESCRIBING = (
    *("alt", "image", "photo", "video", "pictured", "b-roll", "broll", "cut", "scene", "pic", "clip", "shot"),
    *("thumbnail", "cover"),
)
_LAY = (
    r"(?:patient|man|woman|girl|boy|child|kid|kiddo|baby|infant|toddler|teen|teenager|veteran|couple|mom|mother|dad"
    r"|father|grandma|grandpa|grandmother|grandfather|family|twins|triplets|newborn|gentleman|lady|son|daughter|wife"
    r"|husband)(?:s|es)?"
)
# A lay person described anywhere in a description's caption: "a woman in a pink headscarf", "an older man".
LAY_PERSON = re.compile(rf"\b(?:a|an|the|our|one|two|this|his|her|their) (?:[\w-]+ ){{0,3}}?{_LAY}\b")
# The caption opens with a person: a pronoun, a title or a lay person ("him holding up the board", "Mr. Oyler giving a
# thumbs-up", "our patient crossing").
OPENS_WITH_PERSON = re.compile(
    rf"(?:him|her|them|he|she)\b|(?:mr|mrs|ms|miss)\.? [a-z]|(?:(?:our|the|a|an|this|one) (?:[\w-]+ ){{0,3}}?)?{_LAY}\b"
)
# What a picture's subject does in a caption: an -ing verb, or with/and someone, or somewhere.
DOING = re.compile(r"(?:\s+[A-Z][\w'-]*){0,2}\s+(?:\w+ing|with|and|on|in|at)\b")
FIRST_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
# Care the post is about: a person in a caption is a patient only in one.
CARE = re.compile(
    r"\b(?:patients?|surgery|chemo\w*|transplant|rehab|recovery|treatment|therapy|diagnos\w*|discharg\w*|nicu|picu"
    r"|icu|hospital|hospice|dialysis|radiation|stroke|cancer|tumou?r|injur\w*|wheelchair|walker|bedside|care team"
    r"|ward|unit|swing[- ]beds?|first steps|the bell|went home|going home|heading home|born at|weeks? early"
    r"|(?:room|bed|bay) \d+)\b"
)
# A staff member, a stock image or advice: the caption is not of a patient.
CLEARS = re.compile(
    r"^(?:dr|doctor|nurse|our (?:nurses|team|staff|volunteers)|the team|chaplain|chef|coach)\b"
    r"|\b(?:stock|models?|posed|illustration|actors?)\b"
)
LABEL_INDENT = 8  # spaces looked back over before a label
MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december"}
)


def captioned_person(doc: Document, org_words: frozenset[str]) -> list[tuple[int, int]]:
    """The captions, under a caption label, that describe a person in a post about care."""
    lower = doc.lower
    if ":" not in lower or CARE.search(lower) is None:
        return []
    spans: list[tuple[int, int]] = []
    for found in LABEL.finditer(lower):
        if not _label_stands(doc, found.start()):
            continue
        start, end = found.span("caption")
        caption = lower[start:end]
        if CLEARS.search(caption):
            continue
        describing = found.group("label").startswith(DESCRIBING)
        if _shows_person(doc, start, end, org_words, describing):
            spans.append((found.start("label"), end))
    return spans


def _label_stands(doc: Document, index: int) -> bool:
    """The label starts a line, follows "[" or a timestamp, or is capitalised after a non-word ("🏡 Pictured:")."""
    text = doc.text
    left = index - 1
    while left >= max(0, index - LABEL_INDENT) and text[left] in " \t":
        left -= 1
    if left < 0 or text[left] in "\n[":
        return True
    return text[index].isupper() and not text[left].isalnum() and text[left] not in ",;'\u2019"


def _shows_person(doc: Document, start: int, end: int, org_words: frozenset[str], describing: bool) -> bool:
    """A lay person anywhere in a description's caption; else a person the caption opens with, doing something."""
    lower = doc.lower
    if describing and LAY_PERSON.search(lower, start, end):
        return True
    opener = OPENS_WITH_PERSON.match(lower, start) or _first_name(doc, start, org_words)
    if opener is None:
        return False
    return describing or DOING.match(doc.text, opener.end(), end) is not None


def _first_name(doc: Document, start: int, org_words: frozenset[str]) -> re.Match[str] | None:
    """The caption opens with a first name that is no staff member's, the organization's or a month."""
    found = FIRST_WORD.match(doc.text, start)
    if found is None:
        return None
    word = found.group().lower()
    if word in org_words or word in MONTHS or word not in name_lists().forenames:
        return None
    return found
