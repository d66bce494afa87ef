"""phi.address: the school a patient goes to, read from the relation a student has to it, in a post about a patient.

A school names where one child or young adult spends every weekday, and in a small town it and a grade or a
position ("the Hartsell High QB", "a junior at Lakeview Christian Academy", "Our No. 14 from Cedar Point Academy")
narrow a patient to one person. The place-name reading of locations_related needs a person word in the sentence and
no event, staff or public-figure word; the posts that missed (spent r3a to r7b: "physicals" for the team, the
"school nurse" who caught the ear infection, an "episode" of a podcast, a "softball" player) were all a student's
school cleared by a word about someone else. So the tie is read from what only a student has to a school: a
student's role right before or after it (a grade, a class year, a position or a jersey number), or a verb of
attending ("goes to", "attends"); and the post must be about a patient: phi.name found a patient or a relative in
it (see patient_post), or a relative is the student ("my daughter goes to Choteau Elementary").

Not a tie: a school in a sentence about staff and no one's care ("Dana Miller, Cedar Ridge High alum, on joining
our nursing team"), a staff member's or a visitor's school with no patient named (a nurse's biography, nursing
students on rotation: plural roles are a group, not one person), and the organization's own names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from guardrails.rules.base import Document
from guardrails.rules.phi.kin import KIN
from guardrails.rules.phi.locations_related import CARED_FOR, REACH, STAFF
from guardrails.rules.phi.support import sentence_around

_CAP = r"(?:St\.|[A-Z][\w'&-]*)"
# The words a school's name ends with: "Eastbank Elementary", "Franklin Community High School", "Ledgemont
# Vocational Tech", "Coastal Gulf University".
SCHOOL_HEADS = (
    r"(?:High\s+School|Middle\s+School|Elementary(?:\s+School)?|High|School|Academy|College|University|Prep"
    r"|Tech|Primary|Montessori|Junior\s+High)"
)
SCHOOL = rf"(?P<value>(?:{_CAP}\s+){{1,4}}{SCHOOL_HEADS})(?![\w'-])"
# One student's role: a class year, a grade, a position, a number on a jersey, a relative, a child.
STUDENT_ROLE = (
    r"(?:junior|senior|sophomore|freshman|student|kindergartner|pupil|\w+[- ]grader|grader|quarterback|qb|player"
    r"|pitcher|catcher|goalie|striker|wrestler|cheerleader|athlete|point\s+guard|linebacker|no\.\s?\d{1,2}|\#\d{1,2}"
    rf"|kid|girl|boy|son|daughter|grandson|granddaughter|niece|nephew|{KIN})"
)
# "a junior at Lakeview Christian Academy", "Our No. 14 from Cedar Point Academy", "one of our patients at X".
ROLE_BEFORE = re.compile(
    rf"(?i:(?<![\w-])(?:{STUDENT_ROLE}|one\s+of\s+our\s+patients)\s+(?:at|from|of|for)\s+(?:the\s+)?)$"
)
# "goes to Choteau Elementary", "attends Eastside Middle", "plays for Bayou Clement High".
ATTENDS_BEFORE = re.compile(
    r"(?i:(?<![\w-])(?:goes|go|going|went|attends|attend|attended|attending|enrolled|studies|studying|plays|played"
    r"|playing|transferred)\s+(?:to|at|in|for)\s+(?:the\s+)?)$"
)
# "the Hartsell High QB", "Franklin Community High School JV wrestling team ... Brayden", "Coastal Gulf University
# softball": a school and right after it one student's role or a school team of a named patient's.
ROLE_AFTER = re.compile(
    r"\s+(?:(?:JV|varsity|girls'?|boys'?)\s+)?(?i:junior|senior|sophomore|freshman|student|kindergartner|grad|alum"
    r"|\w+-grader|quarterback|qb|cheerleader|athlete|standout|pitcher|catcher|goalie|wrestler|wrestling|linebacker"
    r"|point\s+guard|softball|baseball|football|basketball|volleyball|soccer|track|swim(?:mer|ming)?|family)(?![\w-])"
)
SCHOOL_PATTERN = re.compile(SCHOOL)
LEAD_REACH = 40
# The head words as the document's word set holds them: the gate in front of the pattern.
HEAD_WORDS = frozenset(
    {"high", "school", "elementary", "middle", "academy", "college", "university", "prep", "tech", "primary"}
    | {"montessori"}
)


def student_schools(
    doc: Document, text: str, org_phrases: tuple[str, ...], named: Callable[[], bool]
) -> Iterator[tuple[int, int]]:
    """Spans (on `text`, the address rule's matching copy) of schools a student's role or an attending verb ties to
    one student, in a post about a patient (`named`: phi.name found a patient or a relative; a relative as the
    student needs no name)."""
    if doc.words.isdisjoint(HEAD_WORDS):
        return
    for found in SCHOOL_PATTERN.finditer(text):
        start, end = _school_start(text, found.start("value"), found.end("value"))
        if start >= end or any(text[start:end].lower() in phrase for phrase in org_phrases):
            continue
        floor = max(0, start - LEAD_REACH)
        tied_before = ROLE_BEFORE.search(text, floor, start) or ATTENDS_BEFORE.search(text, floor, start)
        if tied_before is None and ROLE_AFTER.match(text, end) is None:
            continue
        if _relative(text, start):
            yield start, end  # a family's child: no staff word clears it ("your school nurse caught her infection")
        elif not _staff_sentence(doc, start, end) and named():
            yield start, end


NOT_SCHOOL_STARTS = frozenset(
    {"the", "our", "your", "their", "his", "her", "this", "that", "a", "an", "at", "from", "of", "for", "to", "in"}
    | {"go", "goes", "congrats", "congratulations", "welcome", "thanks", "thank", "prayers", "proud", "our", "my"}
)


def _school_start(text: str, start: int, end: int) -> tuple[int, int]:
    """Skip capitalised words that open a sentence or a greeting, not the school's name ("Congrats Eastside High")."""
    while start < end:
        word = re.match(r"[\w'&.-]+", text[start:end])
        if word is None or word.group().lower() not in NOT_SCHOOL_STARTS:
            return start, end
        start += word.end()
        while start < end and text[start].isspace():
            start += 1
    return start, end


def _staff_sentence(doc: Document, start: int, end: int) -> bool:
    """Is the school's sentence about staff and no one's care ("Congratulations to Dana Miller, Cedar Ridge High
    alum, on joining our nursing team")? A staff member's school, whatever phi.name made of the name."""
    sentence = sentence_around(doc, start, end, REACH)
    return STAFF.search(sentence) is not None and CARED_FOR.search(sentence) is None


RELATIVE = re.compile(rf"(?i:(?<![\w-])(?:son|daughter|grandson|granddaughter|niece|nephew|{KIN})(?![\w-]))")


def _relative(text: str, start: int) -> bool:
    """Is the student a relative ("my daughter lily goes to", "his granddaughter, a junior at")? A family's post
    tells that child's story by itself."""
    return RELATIVE.search(text, max(0, start - LEAD_REACH), start) is not None
