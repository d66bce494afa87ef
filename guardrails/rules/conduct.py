"""conduct rules: no politics, consent for patient stories, and the organization's own banned words.

`conduct.banned_words` (warn) is an addition to the spec: it flags every word or phrase listed in
`guardrails.terms.banned` in app.yaml (whole words, case-insensitive), so an organization can keep slang,
old brand names or sensitive terms out of its posts without code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guardrails.model import Category, Severity
from guardrails.rules.base import Document, Match, Rule
from guardrails.rules.health_terms import token_set, words
from guardrails.rules.patient_story import patient_story_span
from guardrails.rules.phi.support import sentence_around
from guardrails.settings import GuardrailSettings

POLITICAL_RE = re.compile(
    r"\b(?:democrats?|democratic party|republicans?|gop|libertarian party|green party|maga|"
    r"trump|biden|kamala harris|obama|obamacare|pelosi|desantis|aoc|"
    r"re-?elect\w*|elections?|election day|midterms?|primaries|ballots?|polling (?:place|station)s?|"
    r"vot(?:e|es|ing|ed|ers?)\s+(?:for|against|yes|no|blue|red|democrat|republican|in|on|early|this)|"
    r"go vote|get out the vote|register to vote|"
    r"congress(?:man|woman|ional)?|senators?|the senate|state legislat\w+|lawmakers|legislators|"
    r"(?:support|oppose|repeal|pass|stop|defeat|fight)\s+(?:the\s+)?(?:bill|act|measure|proposition|prop|amendment|"
    r"hb|sb|h\.r\.)\b|"
    r"(?:hb|sb|h\.r\.)\s?\d+|proposition \d+|prop \d+|"
    r"pro-?life|pro-?choice|abortion ban|roe v\.? wade|gun control|second amendment|immigration reform|"
    r"left-wing|right-wing|liberals|conservatives|leftists?|partisan|campaign (?:rally|trail)|"
    r"candidates? for (?:mayor|governor|senate|congress|office|president|city council)|"
    r"vote (?:him|her|them) out|call your (?:representative|senator|congressman|congresswoman|legislator)s?|"
    r"contact your (?:lawmakers|legislators|representatives?)|medicare for all|affordable care act|woke|(?:this|the "
    r"current|the last|the [a-z]+) administration'?s?|immigration|"
    r"deportations?|ice raids|(?:conservative|liberal) (?:majority|justices|agenda|media|lawmakers)|supreme court|"
    r"justices|governor'?s?|(?:medicaid|medicare|funding|budget) cuts|"
    r"political|politicians?|politics)\b"
)
POLITICAL_TRIGGERS = words(
    "democrat democrats democratic republican republicans gop libertarian green maga trump biden kamala harris obama "
    "obamacare pelosi desantis aoc re-elect reelect re-elected reelected re-election reelection election elections "
    "midterm midterms primaries ballot ballots polling vote votes voting voted voter voters congress congressman "
    "congresswoman congressional senator senators senate legislature legislative lawmakers legislators bill "
    "measure amendment hb sb proposition prop pro-life prolife pro-choice prochoice abortion roe gun h.r "
    "immigration left-wing right-wing liberals conservatives leftist leftists partisan campaign party raids "
    "candidate candidates political politician politicians politics administration administration's deportation "
    "deportations representative representatives woke affordable supreme justices governor governor's medicaid "
    "medicare funding budget conservative liberal"
)
# An Election Day notice about opening hours is operations, not politics.
OPERATIONS_RE = re.compile(r"\b(?:hours|open|closed|clinics?|schedule|parking|appointments?)\b")
# Expert testimony or a briefing before a legislature informs it; it takes no side.
TESTIMONY_BEFORE_RE = re.compile(
    r"\b(?:testif(?:y|ied|ies|ying)|testimony|gave evidence|spoke|speaking|presented|briefed|briefing)\b"
    r"(?:\s+[\w'-]+){0,3}\s+(?:before|to|in front of|at)\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,2}$"
)
CONFERENCE_RE = re.compile(
    r"\b(?:world|international|european|annual|national|global|medical|scientific) congress\b"
    r"|\bcongress (?:of|on|for)\b"
)
# An office held, used as a person's title in a courtesy visit: "Thank you to State Senator Camille Durand for touring
# our new unit", "Governor JB Pritzker toured", "Thank you, Senator, for your support". The title names who came,
# like "Dr."; a stance, a party or an election in the same text is still found by the other patterns.
OFFICE_TITLES = frozenset({"senator", "governor", "congressman", "congresswoman"})
TITLE_NAME_AFTER_RE = re.compile(r"\s+(?:[A-Z][\w'.-]*|[A-Z]{2})\b|\s*,")
COURTESY_REACH = 200
COURTESY_VISIT_RE = re.compile(
    r"\b(?:tour(?:s|ed|ing)?|visit(?:s|ed|ing)?|welcom(?:e|ed|ing)|thank(?:s| you)?|honou?red|met|meeting|"
    r"stopped by|joined|ribbon)\b"
)
# "vote for us in the Best of Springfield awards" is a popularity contest, not politics.
POLITICAL_EXCUSE_RE = re.compile(
    r"\b(?:best of|readers'? choice|awards?|people'?s choice|contest|nominate|nominated|favorite|favourite)\b"
)


class PoliticalRule(Rule):
    """Partisan or political content: candidates, parties, elections, "vote for", stances on legislation."""

    id = "conduct.political"
    category = Category.CONDUCT
    severity = Severity.WARN
    message = "Political or partisan content: the organization's accounts stay out of politics"

    def scan(self, doc: Document) -> Iterator[Match]:
        lower = doc.lower
        if not token_set(doc) & POLITICAL_TRIGGERS:
            return
        for found in POLITICAL_RE.finditer(lower):
            word = found.group()
            if word.startswith(("vot", "governor")) and POLITICAL_EXCUSE_RE.search(lower):
                continue
            if word in OFFICE_TITLES and _courtesy_title(doc, found.start(), found.end()):
                continue
            if TESTIMONY_BEFORE_RE.search(lower, max(0, found.start() - 40), found.start()):
                continue  # "testified before the state legislature": expert testimony takes no side
            if word.startswith("congress") and CONFERENCE_RE.search(lower, max(0, found.start() - 30), found.end() + 4):
                continue  # "the World Congress of Cardiology" is a medical conference
            if word.startswith("election") and (
                OPERATIONS_RE.search(lower) or lower.startswith((" season", " stress", " anxiety"), found.end())
            ):
                continue
            yield Match(found.start(), found.end())
            return


def _courtesy_title(doc: Document, start: int, end: int) -> bool:
    """An office used as a title (a name or a vocative comma after it) in a sentence about a visit or thanks. The
    sentence is read at most COURTESY_REACH characters either side, so many titles in one long run stay linear."""
    if TITLE_NAME_AFTER_RE.match(doc.text, end) is None:
        return False
    return COURTESY_VISIT_RE.search(sentence_around(doc, start, end, COURTESY_REACH)) is not None


class TestimonialConsentRule(Rule):
    """A patient story: the person posting must confirm written consent is on file."""

    id = "conduct.testimonial_consent"
    category = Category.CONDUCT
    severity = Severity.WARN
    message = "Patient story: confirm the patient's written consent (HIPAA authorization) is on file before posting"

    def scan(self, doc: Document) -> Iterator[Match]:
        span = patient_story_span(doc)
        if span is not None:
            yield Match(span[0], span[1])


class BannedWordsRule(Rule):
    """Words and phrases the organization listed in guardrails.terms.banned (whole words)."""

    id = "conduct.banned_words"
    category = Category.CONDUCT
    severity = Severity.WARN
    message = "A word on the organization's banned list"

    def __init__(self, settings: GuardrailSettings) -> None:
        super().__init__(settings)
        words = sorted({w.strip().lower() for w in settings.terms.banned if w.strip()}, key=len, reverse=True)
        self.pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)") if words else None

    def scan(self, doc: Document) -> Iterator[Match]:
        if self.pattern is None:
            return
        for found in self.pattern.finditer(doc.lower):
            yield Match(found.start(), found.end())


RULES: tuple[type[Rule], ...] = (PoliticalRule, TestimonialConsentRule, BannedWordsRule)
