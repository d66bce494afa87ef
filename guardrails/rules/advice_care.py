"""advice.discourage_care: telling someone they need no doctor, test or emergency care."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import cast

from guardrails.rules.advice_base import (
    CARE_ALTERNATIVE_RE,
    EMERGENCY_SIGNS_RE,
    NAMED_CARE_POINTER_RE,
    PARAGRAPH_BREAK_RE,
    AdviceRule,
    paragraph_starts,
)
from guardrails.rules.advice_common import IMPERATIVE_BEFORE_RE, NEGATED_RE, is_addressed, sentence_around
from guardrails.rules.advice_discourage import (
    HEAD_INJURY_TOKENS,
    SPECIALIST_RE,
    cleared_to_play,
    discouraging_span,
    may_discourage_care,
)
from guardrails.rules.advice_features import care_spans
from guardrails.rules.base import Document, Match, search_before
from guardrails.rules.health_terms import (
    CONDITION,
    SYMPTOM,
    phrases,
    sentences,
    term_kinds,
    token_set,
    words,
)

DISCOURAGE_TRIGGERS = words(
    "no don't dont won't wont skip avoid forget bother point stay instead waste overrated useless unnecessary "
    "pointless worth tough wait ride sleep not save reason staying rather put postpone delay cancel"
)
# Every DISCOURAGE_RE alternative contains one of these: sentences without any are skipped.
DISCOURAGE_HINTS: tuple[str, ...] = tuple(
    phrases(
        "no need|no reason|no point|not necessary|not worth|don't|dont|do not|won't|wont|will not|skip|avoid|forget|"
        "bother|stay|instead of|waste|overrated|useless|unnecessary|pointless|it out|save your|rather than|put off|"
        "postpone|cancel|needed|necessary|required|no er|no e.r.|no emergency|no doctor|no dr|no hospital|no urgent|"
        "no pediatrician|no specialist"
    )
)
# The hints as one pattern: one scan of the text instead of one per hint.
DISCOURAGE_HINT_RE = re.compile("|".join(re.escape(hint) for hint in DISCOURAGE_HINTS))

CARE_PLACES = (
    r"doctors?|dr|physicians?|er|e\.r\.|emergency room|emergency department|ed|urgent care|hospitals?|clinic|"
    r"specialists?|providers?|pediatricians?|dentists?|gp|primary care|nurse|911|an ambulance|ambulance|"
    r"therapists?|counselors?|ortho|[a-z]+(?:ologists?|iatrists?|pedists?|icians?)"
)
CARE_CHECKS = r"appointment|checkup|check-up|screenings?|mammograms?|colonoscopy|follow-up|visit"
DISCOURAGE_RE = re.compile(
    rf"\bno need (?:to|for)\s+(?:(?:see|visit|call|go to|go in to|go|run to|bother|make|book|get|have)\s+)?"
    rf"(?:(?:a|an|the|your|that|it)\s+)?(?:{CARE_PLACES}|{CARE_CHECKS}|checked|looked at|seen|professional)\b"
    rf"|\b(?:you\s+)?(?:don'?t|do not|dont|won'?t|will not|wont)\s+(?:really\s+)?(?:need|have)\s+to\s+"
    rf"(?:see|visit|call|go to|go in to|run to|bother (?:with|going to))\s+(?:(?:a|an|the|your)\s+)?(?:{CARE_PLACES})\b"
    rf"|\b(?:you\s+)?(?:don'?t|do not|dont)\s+need\s+(?:(?:a|an|the|to see a|to see the|to see your)\s+)"
    rf"(?:{CARE_PLACES})\b"
    rf"|\b(?:skip|avoid|forget|don'?t bother with|don'?t bother going to|no point (?:in )?going to|stay out of|"
    rf"stay away from|don'?t go to|do not go to|don'?t run to|"
    rf"(?:instead of|rather than) (?:going to|seeing|calling|visiting)|put off|postpone|cancel)\s+"
    rf"(?:(?:a|an|the|your|this year'?s|that)\s+)?(?:[a-z-]+\s+)?(?:{CARE_PLACES}|{CARE_CHECKS})\b"
    rf"|\b(?:{CARE_PLACES})\s+(?:are|is|will|would|'ll)\s+(?:just\s+)?(?:be\s+)?(?:a\s+)?"
    rf"(?:waste|overrated|useless|unnecessary|pointless)\b"
    rf"|\b(?:no need|no reason|no point|not worth it)\s+(?:in\s+)?(?:seeing|going to|calling|visiting|getting)\s+"
    rf"(?:(?:a|an|the|your)\s+)?(?:[a-z-]+\s+)?(?:{CARE_PLACES}|{CARE_CHECKS}|it checked|it looked at)\b"
    rf"|\bnot worth (?:seeing|going to|calling|a trip to)\s+(?:(?:a|an|the|your)\s+)?(?:{CARE_PLACES})\b"
    rf"|\bno need to get (?:it|that|this|them) (?:checked|looked at|seen)\b"
    rf"|\bno need to (?:bring|take) (?:her|him|them|it|the baby|the kids?|your (?:[a-z]+ )?[a-z]+) "
    rf"(?:in|to (?:the |a )?(?:{CARE_PLACES}))\b"
    rf"|\b(?:there'?s |there is )?(?:no need|no reason|no point|not necessary|not worth it)\s+(?:to|for|in)\s+"
    rf"(?:(?:you|u)\s+(?:to\s+)?)?(?:come in|go in|coming in|going in|see (?:a|an|the|your|anyone|someone)|"
    rf"seeing (?:a|an|the|your)|visit|call (?:a|the|your)|"
    rf"get (?:it|that|this|them|yourself) (?:checked|looked at|seen)|"
    rf"getting (?:it|that|this|them) (?:checked|looked at)|make an appointment|book an appointment|be seen)\b"
    rf"|\bdon'?t bother (?:getting|going|seeing|calling|coming|booking|making|with|to)\b"
    rf"|\bsave (?:yourself|your money|your time)(?: the)? (?:a )?(?:trip|visit|copay|co-pay|hassle|money|time)\b"
    rf"|\b(?:don'?t|do not|no need to) waste (?:your |a |the )?(?:money|time|copay|co-pay|trip|visit) "
    rf"(?:on|at|with|going|seeing|to)\b"
    rf"|\b(?:you )?(?:don'?t|do not|dont) (?:really )?need to (?:get (?:it|that|this|them) (?:looked at|checked|seen)|"
    rf"come in|go in|be seen|see anyone|see someone)\b"
    rf"|\b(?:stay|staying) home instead of (?:going|seeing|calling)\b"
    rf"|\bno (?:doctor|er|hospital|doctor'?s visit|(?:office |er |clinic )?visit|trip to the (?:er|doctor|hospital)|"
    rf"specialist)s? "
    rf"(?:needed|necessary|required)\b"
    rf"|\b(?:tough|wait|ride|sleep) it out\b(?=[^.!?]*\binstead\b)"
    # "Nah, no ER, just a cool bath": care waved off, a home remedy put in its place
    rf"|\bno (?:er|e\.r\.|emergency room|doctor|doctors|dr|hospital|urgent care|pediatrician|specialist)"
    rf"\s*[,:;\u2014\u2013-]+\s*"
    rf"(?:just|only|simply|instead)\b(?!\s+(?:(?:an?|our|the|a quick)\s+)?(?:nurse|np|pa|physician|urgent|telehealth|"
    rf"virtual|video|clinic|pharmacist|call|visit))"
)
DISCOURAGE_EXCUSE_RE = re.compile(
    r"^\s*(?:wait|waits|waiting|line|lines|waiting room|trip|drive|referral|first|bill)\b"
    r"|^\s*(?:for (?:a|your) referral|first)\b"
)
# "Skip your screening and you could ...": the cost of skipping care, said to encourage it.
CONDITIONAL_CONSEQUENCE_RE = re.compile(
    r"[^.!?;]{0,40}?\band (?:you(?:'re|'ll| are| will| could| might| may)?\s+(?:could|might|may|risk|risking|gambling|"
    r"regret|miss|pay|end up|be sorry|lose)|it (?:could|might|may) (?:be|spread|get|grow))\b"
)
POPULATION_SUBJECT_RE = re.compile(
    r"\b(?:most|many|some|lots of|plenty of|a lot of)\s+(?:[\w-]+\s+){0,2}?(?:people|patients|adults|kids|children|"
    r"cases|colds|cuts|sprains|bruises|infections|women|men|americans|folks|families|parents|seniors|teens|"
    r"fevers|rashes|headaches|injuries)\b[^.!?,;]*$"
)
CONSEQUENCE_VERB_RE = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:is|are|can|could|may|might|puts?|raises?|increases?|means?|leads?|lets?)\b"
)
SAFETY_SEASON_RE = re.compile(r"\s*(?:this|by|with|over|during|:)")
NEGATIVE_ANSWER_RE = re.compile(
    r"\?[\"']?\s+(?:(?:please\s+)?(?:don'?t|do not|no|nope|never|not so fast)\s*[.!,]"
    r"|please (?:reschedule|rebook|book|call|schedule|come|keep|make)\b|(?:reschedule|rebook) (?:it|now|today)\b)"
)
# "If you've been putting off that check-up, make the appointment": the clause after the care urges it.
IF_BEFORE_RE = re.compile(r"\bif (?:you'?ve|you have|you'?re|you are|you)\b[^.!?,]{0,30}$")
URGED_AFTER_RE = re.compile(
    r"\s*[,;:\u2014-]\s*(?:please |now |just |go )?(?:(?:make|book|schedule|reschedule) (?:the|an|your|it|one|that)\b|"
    r"call (?:us|our|your)\b|come in\b|get (?:it|one|checked|seen|screened)\b)"
)
# "they'll just tell you to go to urgent care": an alternative named as what care would uselessly do.
DISMISSED_BEFORE_RE = re.compile(r"\b(?:tell|send|make|refer|point)s? (?:you|u|her|him|them)\b[^.!?|]{0,20}$")
# Waiting instead of care, said to someone: "I'd sleep on it", "just ride it out", "give it a few days".
WAIT_OUT_RE = re.compile(
    r"\b(?:sleep on it|wait it out|ride it out|tough it out|wait and see|sit tight|"
    # "you can ride out a kidney stone at home": the symptom itself waited out
    r"(?:ride|wait|tough|sweat) out (?:a|an|the|your|this|that) [a-z-]+(?: [a-z-]+)?(?= at home\b)|"
    r"give it (?:a few|a couple(?: of)?|another|a|one|two|three) (?:more )?(?:days?|weeks?|nights?))\b"
)
WAIT_OUT_TOKENS = words("sleep wait ride tough sit give")
# Care raised, not waved off: "... call 911", "go straight to the ER".
ESCALATION_RE = re.compile(
    r"\b(?:call|dial|ring|phone) (?:911|999|112|an ambulance)\b|\bgo (?:straight |right )?to (?:the )?(?:er|e\.r\.|"
    r"emergency room|emergency department|a&e|nearest emergency)\b"
)


def _offers_alternative(text: str) -> bool:
    """Does the text offer other care ("our urgent care is open"), not just mention it dismissively ("they'll
    just tell you to go to urgent care")? Each alternative looks back a bounded window: linear."""
    for alternative in CARE_ALTERNATIVE_RE.finditer(text):
        if not DISMISSED_BEFORE_RE.search(text, max(0, alternative.start() - 40), alternative.start()):
            return True
    return False


# Document.pass_memo table: `discouraging_span`'s answer by its two arguments, the sentence and whether the text names
# a specialist. It reads nothing else, so the re-check of a fixed text reuses the answer for every sentence it still
# holds, and the disclaimers' sentences are read once per engine (Engine._add_disclaimer_views).
DISCOURAGING_SPANS = "advice.discourage_care.spans"


def _discouraging_span(doc: Document, sentence: str, specialists: bool) -> tuple[int, int] | None:
    """`discouraging_span(sentence, specialists=specialists)`, once per check for each pair. Without a specialist it
    reads the kinds of care the advice model's features found in the same sentence (care_spans), and the other way
    round: CARE_RE is searched once per sentence for both."""
    known = cast(dict[tuple[str, bool], tuple[int, int] | None], doc.pass_memo(DISCOURAGING_SPANS))
    key = (sentence, specialists)
    if key not in known:
        care = None if specialists else care_spans(doc, sentence)
        known[key] = discouraging_span(sentence, specialists=specialists, care=care)
    return known[key]


class DiscourageCareRule(AdviceRule):
    """Telling someone not to see a doctor or go to the ER (redirecting to other care is fine)."""

    id = "advice.discourage_care"
    message = "Telling someone not to seek care is medical advice"

    def _scan(self, doc: Document) -> Iterator[Match]:
        lower = doc.lower
        toks = token_set(doc)
        phrases_possible = bool(toks & DISCOURAGE_TRIGGERS) and DISCOURAGE_HINT_RE.search(lower) is not None
        structure_possible = may_discourage_care(toks, lower)
        wait_possible = bool(toks & WAIT_OUT_TOKENS) and bool(term_kinds(doc) & {SYMPTOM, CONDITION})
        if toks & HEAD_INJURY_TOKENS:
            returned = self._returned(doc)
            if returned is not None:
                yield Match(*returned)
                return
        if not phrases_possible and not structure_possible and not wait_possible:
            return
        if wait_possible and not NAMED_CARE_POINTER_RE.search(lower):
            waiting = self._waiting(doc)
            if waiting is not None:
                yield Match(*waiting)
                return
        spans = sentences(doc)
        covered = 0  # a question read with its answer already reported what the answer says
        for index, (start, end) in enumerate(spans):
            sentence = lower[start:end]
            found = self._phrase(doc, sentence, start, end) if phrases_possible else None
            if found is None and structure_possible:
                # a question and its answer read as one: "Mammograms in your 40s? Totally unnecessary."
                stop = spans[index + 1][1] if sentence.rstrip().endswith("?") and index + 1 < len(spans) else end
                found = self._structure(doc, lower[start:stop], start, stop)
            if found is not None and start + found[1] > covered:
                covered = start + found[1]
                yield Match(start + found[0], start + found[1])

    @staticmethod
    def _returned(doc: Document) -> tuple[int, int] | None:
        """ "Got your bell rung? Shake it off and get back in the game": a player sent back after a head injury, said
        to someone (second person, a reply or an imperative in the return's sentence)."""
        span = None
        for first in paragraph_starts(doc):  # one paragraph at a time: an appended one never changes the finding
            last = PARAGRAPH_BREAK_RE.search(doc.lower, first)
            found = cleared_to_play(doc.lower[first : last.start() if last else len(doc.lower)])
            if found is not None:
                span = first + found[0], first + found[1]
                break
        if span is None:
            return None
        start, end = sentence_around(doc, span[0])
        if is_addressed(doc, start, end) or search_before(IMPERATIVE_BEFORE_RE, doc.lower, span[0], 0):
            return span
        return None

    @staticmethod
    def _waiting(doc: Document) -> tuple[int, int] | None:
        """ "I'd sleep on it", "just ride it out": telling someone with a symptom to wait instead of seeking care."""
        for start, end in sentences(doc):
            found = WAIT_OUT_RE.search(doc.lower, start, end)
            if found is None:
                continue
            if POPULATION_SUBJECT_RE.search(doc.lower, max(start, found.start() - 60), found.start()):
                continue  # "most colds you can ride it out" speaks of a population
            if search_before(NEGATED_RE, doc.lower, found.start(), 1):
                continue  # "don't wait it out: call your doctor" urges care
            if is_addressed(doc, start, end) or search_before(IMPERATIVE_BEFORE_RE, doc.lower, found.start(), 0):
                return found.span()
        return None

    def _phrase(self, doc: Document, sentence: str, start: int, end: int) -> tuple[int, int] | None:
        """A discouraging phrase from the known wordings (DISCOURAGE_RE), or None."""
        if DISCOURAGE_HINT_RE.search(sentence) is None:
            return None
        for found in DISCOURAGE_RE.finditer(sentence):
            if DISCOURAGE_EXCUSE_RE.match(sentence, found.end()):
                continue
            if not self._excused(doc, sentence, start, end, found.span()):
                return found.span()
        return None

    def _structure(self, doc: Document, sentence: str, start: int, end: int) -> tuple[int, int] | None:
        """A cue joined to a kind of care (advice_discourage), for wordings the phrases do not know."""
        specialists = doc.memo("advice.specialists", lambda: SPECIALIST_RE.search(doc.lower) is not None)
        span = _discouraging_span(doc, sentence, specialists)
        if span is None or self._excused(doc, sentence, start, end, span):
            return None
        return span

    @staticmethod
    def _excused(doc: Document, sentence: str, start: int, end: int, span: tuple[int, int]) -> bool:
        """Encouraging care ("don't skip your checkup") or redirecting to other care is not discouraging it."""
        text = sentence[span[0] : span[1]]
        if text.startswith(
            ("skip", "avoid", "forget", "put", "postpone", "cancel", "pass", "stay")
        ) and NEGATED_RE.search(sentence[: span[0]]):
            return True  # "don't skip your checkup" encourages care
        if POPULATION_SUBJECT_RE.search(sentence, max(0, span[0] - 60), span[0]):
            return True  # "most colds don't need a doctor", "many people skip follow-ups": about a population
        if NEGATIVE_ANSWER_RE.search(sentence, span[1], span[1] + 40):
            return True  # "Skipping your mammogram? Don't." / "Please reschedule": the answer urges care
        if IF_BEFORE_RE.search(sentence, max(0, span[0] - 40), span[0]) and URGED_AFTER_RE.match(sentence, span[1]):
            return True  # "If you've been putting off that check-up, make the appointment" urges the care
        if CONDITIONAL_CONSEQUENCE_RE.match(sentence, span[1]):
            return True  # "skip your colonoscopy and you could..." warns of the cost of skipping care
        if text.startswith(("skipping", "putting off", "avoiding", "cancelling", "canceling")) and (
            CONSEQUENCE_VERB_RE.match(sentence, span[1])
        ):
            return True  # "skipping screenings is one of the biggest risks": the subject of a warning
        if text.startswith("stay") and SAFETY_SEASON_RE.match(sentence, span[1]):
            return True  # "stay out of the ER this Fourth of July: handle fireworks safely" is injury prevention
        if ESCALATION_RE.search(doc.lower, start + span[1], end + 80):
            return True  # "urgent care isn't the place for chest pain: call 911" sends the reader to more care
        around = sentence[: span[0]] + " | " + doc.lower[start + span[1] : end + 80]
        # "skip the ER wait: our urgent care is open" redirects to care; ER symptoms are never redirected
        return _offers_alternative(around) and not EMERGENCY_SIGNS_RE.search(doc.lower)
