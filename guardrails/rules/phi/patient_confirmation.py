"""phi.patient_confirmation: a reply that confirms or hints that the person it answers is or was a patient.

Answering a review or a comment, a hospital may not confirm that the writer was treated there: that a person
received care is itself protected health information (the HHS settlements over review replies were about
exactly this). "We're glad your surgery with Dr. X went well", "sorry about your stay last week", "we've looked
into your visit on the 3rd" and "during your time in our ER" all say so, though no Safe Harbor identifier is
in them. Nothing can be redacted out of such a sentence, so the finding blocks with no fix: the reply must be
rewritten (thank them, take it offline).

The cue is a care event or a care-giver that belongs to the reader ("your surgery", "your nurse") together with
a word that makes it theirs in fact: past tense or a date ("went well", "last week", "on the 3rd"), a feeling
about it ("sorry", "glad", "hope"), our place or our clinician ("in our ER", "with Dr. Chen"), or a look at
their record ("we've looked into your visit"). Ordinary posts speak to the reader about care in general ("talk
to your doctor", "schedule your mammogram", "before your visit, bring your insurance card", "our ER is open
24/7"): an instruction or a future or conditional with no past or feeling cue is not a confirmation. A
patient's story told in the third person is phi.name's, phi.photo's and conduct.testimonial_consent's job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guardrails.model import Category, Severity
from guardrails.rules.base import Document, Match, Rule
from guardrails.rules.phi.support import sentence_bounds_around

# Care events a person has: the nouns a reply must never make the reader's own.
CARE_EVENTS = (
    r"(?:surgery|surgeries|operation|procedure|stay|visit|appointment|admission|discharge|hospitali[sz]ation"
    r"|delivery|labou?r|birth|c-section|treatment|chemo(?:therapy)?|radiation|infusion|recovery|care|exam"
    r"|scan|test results|results|diagnosis|wait|check-?up|physical|mammogram|colonoscopy|biopsy|transplant"
    r"|replacement|er visit|(?:er|icu|nicu|hospital) stay|time|experience|bill|room|bed)"
)
# Care-givers who are the reader's own only if the reader was a patient.
ASSIGNED_STAFF = r"(?:nurses?|surgeons?|midwife|midwives|anesthesiologists?|attending|discharge nurse|care team)"
GENERAL_STAFF = r"(?:doctors?|physicians?|providers?|therapists?|specialists?|dr\.?)"
# "your local nurses", "your community pharmacists": the organization's staff offered to a community, no one's own.
COMMUNITY_WORDS = r"(?:local|community|neighbou?rhood|hometown|friendly|trusted)"
FAMILY = r"(?:mother|mom|father|dad|son|daughter|husband|wife|partner|child|baby|parents?|grand\w+|sister|brother)"

# "your surgery", "your recent knee replacement", "your mom's stay": at most two words between. Both patterns open on
# the literal "your" and test the word boundary before it after it (a lookbehind over the "your" and one character):
# the engine seeks a literal fast, where a leading \b is tried at every character. The same matches as \byour.
YOUR_CARE = re.compile(rf"your(?<!\wyour) (?:{FAMILY}'s )?(?:[a-z-]+ ){{0,2}}?(?P<noun>{CARE_EVENTS})\b")
YOUR_STAFF = re.compile(
    rf"your(?<!\wyour) (?!{COMMUNITY_WORDS} )(?:[a-z-]+ )?(?P<staff>{ASSIGNED_STAFF}|{GENERAL_STAFF})(?![a-z])"
)
# Nouns that are the reader's in every ordinary post unless a place or a clinician makes them ours.
WEAK_NOUNS = frozenset({"time", "experience", "care", "bill", "room", "bed", "results"})

# Words that make the care event the reader's in fact.
PAST = re.compile(
    r"\b(?:went|was|were|had|has been|have been|got|received|came|spent|enjoyed|experienced|underwent|felt"
    r"|last (?:week|night|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|time)"
    r"|yesterday|earlier (?:today|this \w+)|recent(?:ly)?|this (?:morning|past \w+)|ago|the other day"
    r"|on the \d{1,2}(?:st|nd|rd|th)?|back in|is going|going well|went well|turned out)\b"
)
# A time that dates one person's event: a question with one ("Did your surgery go well last week?") asks about care
# we know of; without one ("When was your last physical?") it asks every reader.
WHEN_IT_WAS = re.compile(
    r"\b(?:last (?:week|night|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)|yesterday"
    r"|earlier (?:today|this \w+)|recent(?:ly)?|this (?:morning|past \w+)|ago|the other day|on the \d{1,2}"
    r"(?:st|nd|rd|th)?)\b"
)
FEELING = re.compile(
    r"\b(?:sorry|apologi[sz]e|apologies|glad|happy|pleased|delighted|hope|hoping|wish|wishing|grateful"
    r"|congratulations|congrats|welcome back|sad|regret|thank you for (?:choosing|trusting)|thanks for (?:choosing"
    r"|trusting))\b"
)
OUR_PLACE = re.compile(
    r"\b(?:(?:in|at|from|on|to) our (?:[a-z-]+ )?(?:er|ed|icu|nicu|picu|hospital|clinic|unit|ward|floor|facility"
    r"|emergency (?:room|department)|center|centre|office|practice|care)|with us|here at|with dr\.? ?[a-z]+"
    r"|with our (?:team|staff|doctors?|nurses?|surgeons?))\b"
)
# An ordinary post's instruction, plan or condition: "talk to your doctor", "before your visit", "if your".
GENERIC_BEFORE = re.compile(
    r"(?:\b(?:talk to|talk with|ask|tell|call|check with|speak to|speak with|consult|consult with|see|let|contact"
    r"|discuss (?:\w+ )?with|work with|reach|schedule|book|plan|prepare for|before|after|if|when|whether|tips for"
    # what an app or a checklist tells everyone to do: "message your care team", "bring your discharge paperwork"
    r"|message|email|e-mail|text|page|pay|view|access|reach out to|bring"
    r"|bring (?:\w+ )?to|make|get|keep|protect|track|thank|celebrate|honou?r|tag|nominate|follow|trust|choose"
    r"|find|meet|is|are|be|of|every|any|between|until|ahead of|starts?|at)\s+)$"
)
FUTURE = re.compile(
    r"\b(?:will|upcoming|next|future|plan|planning|prepare|schedule|book|bring|what to expect|make sure|if|when"
    r"|whether|every|any|can|may|should|ready)\b"
)
# A what-if, not an event: "we'll never make you feel like your visit was a waste of time".
HYPOTHETICAL = re.compile(r"\b(?:never|would|could|might|feel like)\b")
# On their own these say we know the reader's record or chose us for their care.
RECORD_LOOK = re.compile(
    r"\b(?:looked into|look into|looking into|reviewed|reviewing|checked|pulled|investigated|looked at|went over"
    r"|gone over|looked up|found)\s+(?:your|the) (?:[a-z]+ ){0,2}?(?:visit|chart|records?|file|case|care|stay|account"
    r"|bill|claim|results|treatment|appointment|admission|surgery|procedure)\b"
    r"|\b(?:our|your) (?:records|chart|medical record|file|system) (?:show|shows|indicate|indicates|say|says)\b"
    r"|\baccording to (?:our|your) (?:records|chart|file)\b"
)
CHOSE_US = re.compile(
    rf"\b(?:choosing|chose|trusting|trusted|choose|trust) us (?:for|with) your (?:[a-z-]+ ){{0,2}}?"
    rf"(?:{CARE_EVENTS}|health|baby|little one)\b"
)
# "sorry you had to wait in our ER", "glad you're feeling better after your stay": the reader as a patient.
YOU_WERE_CARED_FOR = re.compile(
    r"\b(?:sorry|glad|happy|hope|hoping|pleased|wish|wishing)(?: that)? you(?:'re| are| were| had| got| felt"
    r"| waited| spent| received| went through| left)\b"
)
RECOVERING = re.compile(
    r"\b(?:you(?:'re| are)|you'?re now) (?:feeling better|recovering|healing|back home|home now|doing better)\b"
)

ASSIGNED = re.compile(ASSIGNED_STAFF)
# The papers and tools of a care event that every patient gets: "your discharge paperwork", "your visit summary".
EVENT_PAPERS_AFTER = re.compile(
    r" (?:paperwork|papers|instructions|forms?|summary|packet|checklist|portal|app|card|bag|kit)(?![a-z])"
)
ANY_CARE_EVENT = re.compile(rf"\b{CARE_EVENTS}\b")
DURING = re.compile(r"\bduring\s+$")
SENTENCE_REACH = 200


# Every alternative of RECORD_LOOK holds one of these (looked into/at/up: "look"; reviewed: "review"; records and
# medical record: "record"; "according to"...); CHOSE_US holds " us " and "your ".
RECORD_LOOK_WORDS = (
    "look", "review", "check", "pull", "investigat", "went over", "gone over", "found", "record", "chart", "file",
    "system", "according to",
)  # fmt: skip


# Literals each alternative of a pattern holds (one a pattern at least): a few `str.find` calls rule it out, where the
# pattern itself, led by a word boundary and dozens of alternatives, is tried at every word of the text.
FEELING_WORDS = (
    "sorry", "apologi", "glad", "happy", "pleased", "delighted", "hope", "hoping", "wish", "grateful", "congrat",
    "welcome back", "sad", "regret", "thank",
)  # fmt: skip
OUR_PLACE_WORDS = ("our ", "with us", "here at", "with dr")  # "in our ER", "with our team": both hold "our "
RECOVERING_WORDS = ("feeling better", "recovering", "healing", "back home", "home now", "doing better")
CARED_FOR_WORDS = ("sorry", "glad", "happy", "hope", "hoping", "pleased", "wish")  # "wishing" holds "wish"


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    return any(word in text for word in words)


def _feeling(text: str) -> bool:
    return _holds_any(text, FEELING_WORDS) and FEELING.search(text) is not None


def _our_place(text: str) -> bool:
    return _holds_any(text, OUR_PLACE_WORDS) and OUR_PLACE.search(text) is not None


def _record_look_possible(lower: str) -> bool:
    return any(word in lower for word in RECORD_LOOK_WORDS)


def _chose_us_possible(lower: str) -> bool:
    return " us " in lower and "your " in lower


def _sentence_bounds(lower: str, index: int) -> tuple[int, int]:
    """The sentence holding `index`, at most SENTENCE_REACH characters either side (keeps the rule linear): the PHI
    rules' one bounded sentence finder, whose titles and abbreviations ("Dr. Patel", "Aug. 14") end no sentence."""
    return sentence_bounds_around(lower, index, index, SENTENCE_REACH)


class PatientConfirmationRule(Rule):
    id = "phi.patient_confirmation"
    category = Category.PHI
    severity = Severity.BLOCK
    message = (
        "The text confirms or hints that the person was a patient: thank them and take it offline, "
        "without naming their care"
    )
    fix = None
    tag = "[PATIENT REFERENCE]"

    TRIGGER = re.compile(r"your|you|us\b|record|chart")

    def scan(self, doc: Document) -> Iterator[Match]:
        lower = doc.lower
        if not self.TRIGGER.search(lower):
            return
        # Each pattern below needs a literal its gate looks for first (str.find is far cheaper than a regex
        # that has no fixed start): the gates only skip searches that could not have matched.
        has_your = "your " in lower
        for gate, pattern in ((_record_look_possible, RECORD_LOOK), (_chose_us_possible, CHOSE_US)):
            found = pattern.search(lower) if gate(lower) else None
            if found is not None:
                yield Match(*found.span())
                return
        # A care event is the reader's only with a past, a feeling or our place somewhere: without one in the
        # whole text there is nothing to look for around each "your ..." (cheap on long texts of instructions).
        # (looked for only when some "your ..." care event is there to be cued)
        cares = list(YOUR_CARE.finditer(lower)) if has_your else []
        cued = bool(cares) and (PAST.search(lower) is not None or _feeling(lower) or _our_place(lower))
        for found in cares if cued else ():
            if self._confirms_event(lower, found.start(), found.end(), found.group("noun")):
                yield Match(*found.span())
                return
        for found in YOUR_STAFF.finditer(lower) if has_your else ():
            if self._confirms_staff(lower, found.start(), found.end(), found.group("staff")):
                yield Match(*found.span())
                return
        match = self._reader_as_patient(lower) if "you" in lower else None
        if match is not None:
            yield match

    def _confirms_event(self, lower: str, start: int, end: int, noun: str) -> bool:
        """The reader's own care event, made real by a past, a feeling or our place, and not a plan or an
        instruction. A paper or a tool named after the event is everyone's ("your discharge paperwork")."""
        if EVENT_PAPERS_AFTER.match(lower, end) is not None:
            return False
        s_start, s_end = _sentence_bounds(lower, start)
        sentence = lower[s_start:s_end]
        if GENERIC_BEFORE.search(lower, max(s_start, start - 30), start) and not PAST.search(sentence):
            return False
        place = _holds_any(lower, OUR_PLACE_WORDS) and OUR_PLACE.search(lower, end, min(s_end, end + 60)) is not None
        past, feeling = PAST.search(sentence) is not None, _feeling(sentence)
        if noun in WEAK_NOUNS:
            during = DURING.search(lower, max(s_start, start - 10), start) is not None
            return place and (past or feeling or (during and not FUTURE.search(sentence)))
        if not (past or feeling or place) or (HYPOTHETICAL.search(sentence) and not feeling):
            return False
        if not (feeling or place) and lower.startswith("?", s_end) and not WHEN_IT_WAS.search(sentence):
            return False  # "When was your last physical?": a question to every reader, not a record of one
        return past or not FUTURE.search(sentence)

    def _confirms_staff(self, lower: str, start: int, end: int, staff: str) -> bool:
        """ "your nurse" is the reader's own nurse; "your doctor" is everyone's unless a past or our place says
        otherwise. An instruction ("ask your nurse", "talk to your doctor") is ordinary advice."""
        s_start, s_end = _sentence_bounds(lower, start)
        sentence = lower[s_start:s_end]
        if GENERIC_BEFORE.search(lower, max(s_start, start - 30), start):
            return False
        past, feeling = PAST.search(sentence) is not None, _feeling(sentence)
        if ASSIGNED.fullmatch(staff) and staff != "care team":
            return past or feeling or not FUTURE.search(sentence)
        return past or _our_place(sentence)

    def _reader_as_patient(self, lower: str) -> Match | None:
        """ "sorry you had to wait in our ER", "glad you're feeling better": a feeling about the reader's care."""
        recovering = RECOVERING.search(lower) if _holds_any(lower, RECOVERING_WORDS) else None
        if recovering is not None:
            return Match(*recovering.span())
        if not _holds_any(lower, CARED_FOR_WORDS):
            return None  # YOU_WERE_CARED_FOR cannot match: the tests below would decide nothing
        if not (_our_place(lower) or (ANY_CARE_EVENT.search(lower) and PAST.search(lower))):
            return None
        for found in YOU_WERE_CARED_FOR.finditer(lower):
            s_start, s_end = _sentence_bounds(lower, found.start())
            sentence = lower[s_start:s_end]
            if _our_place(sentence) or (ANY_CARE_EVENT.search(sentence) and PAST.search(sentence)):
                return Match(*found.span())
        return None

    def fix_text_for(self, doc: Document, match: Match) -> str | None:
        """No fix, but a tag: the redacted preview shows where the reply named the reader's care."""
        return self.tag
