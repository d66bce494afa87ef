"""The advice rules' base class and the contract for the re-check of a text with an appended disclaimer."""

from __future__ import annotations

import re
from abc import abstractmethod
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import cast

from guardrails.model import Category, Severity
from guardrails.rules.advice_discourage import (
    SPECIALIST_RE,
    may_discourage_care,
)
from guardrails.rules.advice_features import SentenceKey, care_spans, key_features, replied, sentence_key
from guardrails.rules.advice_model import CLASSES, NONE_CLASS, load_model
from guardrails.rules.advice_person import (
    REPLY_LEAD_RE,
)
from guardrails.rules.advice_shapes import (
    PILL_VERB_RE,
)
from guardrails.rules.base import Document, Locality, Match, Rule
from guardrails.rules.health_terms import (
    DRUG,
    sentences,
    term_hits,
    term_kinds,
    token_set,
    words,
)
from guardrails.settings import GuardrailSettings

TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
UNITS_1_TO_9 = "one two three four five six seven eight nine"
DOSE_UNITS = (
    r"mg|milligrams?|mcg|micrograms?|ug|g|grams?|ml|milliliters?|millilitres?|cc|iu|units?|tsp|teaspoons?|"
    r"tbsp|tablespoons?|tabs?|tablets?|pills?|caps|capsules?|drops?|puffs?|sprays?|doses?|gummies|gummy|"
    r"chewables?|packets?|patch(?:es)?|squirts?|lozenges?|softgels?"
)
# Units that can only measure a medicine (grams of fiber or mg of sodium are nutrition, not a dose; "caps" are
# also what volunteers knit).
DRUG_FORM_UNITS: frozenset[str] = words(
    "tab tabs tablet tablets pill pills capsule capsules puff puffs spray sprays dose doses gummies "
    "gummy chewable chewables softgel softgels lozenge lozenges iu unit units drop drops"
)
# The same for amounts written in digits: starting with \d lets the regex engine skip to digits quickly, and
# never inside a run of digits (which made a long digit run quadratic).
DIGIT_AMOUNT_RE = re.compile(
    rf"(?<![\d.,])\d+(?:[.,/]\d+)?(?:\s?(?:-|to)\s?\d+(?:\.\d+)?)?\s?-?\s?(?P<unit>{DOSE_UNITS})\b"
)
NUMBER_WORDS = words(f"one two three four five six eight ten half quarter {TENS} hundred thousand") | frozenset(
    f"{tens}-{unit}" for tens in TENS.split() for unit in UNITS_1_TO_9.split()
)
MEASURE_WORDS = words(
    "shot shots capful capfuls scoop scoops spoonful spoonfuls spoon spoons teaspoon teaspoons tablespoon "
    "tablespoons tsp tbsp dropperful dropperfuls squirt squirts sachet sachets"
)
REPLY_RE = re.compile(r"^\s*@\w+|\s@\w+\s*$")
# What a label or a package says, reported: "which is why some labels say to take it with food".
LABEL_SAYS_RE = re.compile(
    r"\b(?:labels?|packages?|packets?|package inserts?|inserts?|packaging|leaflets?|the box|the bottle|boxes|bottles|"
    r"manufacturers?|instructions|directions)\s+(?:\w+\s+)?(?:says?|tells?|recommends?|suggests?|advises?|directs?|lists?|reads?)\b"
)
CARE_ADVISORY_RE = re.compile(
    r"\b(?:talk|speak|check|consult|ask)\w*\s+(?:to\s+|with\s+)?(?:your|a|the|our)\s+(?:doctor|dr|provider|"
    r"prescriber|pharmacist|physician|care team|nurse|clinician|health ?care provider|pediatrician)\b"
    r"|\bwithout (?:talking|checking|consulting|asking|first)\b|\bas (?:prescribed|directed)\b|\bunless your\b"
    # the prescriber decides: "your prescriber can tell you how to come off it", "talk to yours first"
    r"|\b(?:your|a|the|our) (?:prescriber|doctor|provider|pharmacist|care team|clinician|physician|nurse|"
    r"specialist|pediatrician)s? (?:can|will|may|should|could|is the one to) (?:\w+ )?(?:tell|help|answer|advise|"
    r"explain|decide|guide|adjust|plan|review|talk|change|taper|switch)\b|\btalk (?:to|with) yours\b"
    r"|\b(?:don'?t|do not|never)\b[^.!?]{0,60}\bon (?:your|their) own\b"
    # "call us before you stop them": the change goes through the care team
    r"|\b(?:call|ask|check with|talk to|tell|message|contact)\b[^.!?]{0,40}\bbefore (?:you )?"
    r"(?:stop|change|skip|switch|quit|start|adjust)"
    r"|\bquestions? for (?:your|a|the|our) (?:doctor|prescriber|provider|care team|clinician|physician|pharmacist|"
    r"pharmacy|nurse)"
    # the prescriber decides: "that decision is made together with the doctor who prescribes it"
    r"|\b(?:decision|choice|call|change)s? (?:is|are|should be|needs? to be|must be|gets?|has to be) made "
    r"(?:together |jointly )?(?:with|by) (?:the|your|a|their) (?:doctor|prescriber|provider|care team|clinician|"
    r"physician|specialist|pharmacist)\b|\btogether with (?:the|your|a|their) (?:doctor|prescriber|provider|"
    r"care team|clinician|physician)\b"
    # the organization does it as a service: "our pharmacy can switch your prescription to mail order"
    r"|\b(?:our|the) (?:pharmacy|pharmacists?|team|doctors?|nurses?|clinic|providers?|care team|staff)\s+"
    r"(?:can|will|may|could|is happy to|are happy to)\b|\bwe(?:'ll| can| will)\b"
)

MEDICATION_VERBS = (
    r"(?:don'?t|do not|dont|no need to|never) (?:really |even )?(?:have to |need to |got to )?keep "
    r"(?:taking|using|giving|on)|(?:wean|ween|taper|ease) (?:yourself |him |her |them )?(?:down )?off(?: of)?|"
    r"(?:get|take|switch|move|keep) (?:him|her|them|yourself|the baby|the kids?) (?:off(?: of)?|over to|onto)|"
    r"stop wearing|quit wearing|stop doing|quit doing|"
    r"(?:wean|ween)(?= yourself)|"
    r"leave off|leave out|go back to|switch back to|switch back|"
    r"don'?t refill|do not refill|stop refilling|take an extra|take extra|take half of|take half|take less|take more|"
    r"throw out|throw away|get rid of|toss|lay off of|lay off|ease off of|ease off|back off on|back off|give up|"
    r"no need to finish|don'?t (?:need|have) to finish|don'?t bother finishing|forget about|forget|"
    r"wean yourself off|no need to keep taking|no need to continue|"
    r"no need to take|skip a dose of|start taking|come off of|cut back on|cut down on|"
    r"discontinue|do not need|do not take|don'?t need|don'?t take|doesn'?t need|does not need|hold off on|"
    r"no need for|quit taking|"
    r"skip taking|stop taking|get off of|quit using|stop using|dont need|go off of|taper off|come off|"
    r"decrease|increase|quitting|skipping|stopping|wean off|bump up|get off|replace|change|double|go off|"
    r"reduce|switch|begin|ditch|halve|lower|pause|raise|start|drop|quit|skip|stop|swap|cut|try|up|hold|put|take|use|throw|"
    r"give|go without|do without|bump|crank|pop|grab|scrap|trade|dump|nix|don'?t bother refilling"
)
# An object word: not a conjunction, so "lay off the greens and skip your dose" leaves 'skip' to be read.
_OBJECT_WORD = r"(?!(?:and|or|then|but)\b)[a-z0-9'-]+"
# Every medication verb starts with a word character, so (?=\w) changes no match: it turns down the end of every word
# at once, where each alternative was tried there (advice_discourage._CARE_START).
MEDICATION_RE = re.compile(
    rf"(?=\w)\b(?P<verb>{MEDICATION_VERBS})"
    rf"(?:\s+(?P<object>{_OBJECT_WORD}(?:[ \t]+{_OBJECT_WORD}){{0,6}})|(?P<bare>(?=\s*[.!,;]|\s*$)))"
)
MEDICATION_KINDS = frozenset({DRUG})
TREATMENT_WORDS: frozenset[str] = words(
    "chemo chemotherapy dialysis treatment treatments therapy radiation inhaler insulin cpap bipap nebulizer brace "
    "splint sling boot stockings aid aids"
)
CARE_POINTER_RE = re.compile(
    r"\b(?:test|tests|tested|testing|checked|screened|see (?:us|a|your|our)|call|book|schedule|visit|our [a-z]+ "
    r"(?:clinic|team|doctors|center)|can help)\b"
)
MY_CHANGE_RE = re.compile(
    r"\bi(?:'ve| have)? (?:just )?(?:stopped|quit|ditched|dropped|came off|weaned (?:myself )?off|tapered off|"
    r"skipped|switched|cut out|gave up|threw out|doubled|halved|started)\b"
)
EMULATE_RE = re.compile(
    r"\b(?:you should (?:too|do the same|try it)|do the same|you can too|you could too|just do it|highly recommend|"
    r"i recommend it|try it yourself|worth a try|follow my lead)\b"
)
# Symptoms that belong in the ER: sending them anywhere else is discouraging care, whatever the alternative.
EMERGENCY_SIGNS_RE = re.compile(
    r"\b(?:chest pain|chest pressure|stroke|heart attack|can'?t breathe|trouble breathing|difficulty breathing|"
    r"shortness of breath|severe bleeding|unconscious|seizures?|suicidal|overdose|slurred speech|face drooping)\b"
)
# Care the text itself points to by name: then waiting is a threshold for it, not instead of it.
NAMED_CARE_POINTER_RE = re.compile(
    r"\b(?:call|see|contact|visit|go to|get to|head to|message)\s+(?:your|a|the|our)\s+(?:doctor|provider|"
    r"pediatrician|nurse line|er|clinic|care team|gp)\b|\b(?:call|dial) 911\b"
)
CARE_ALTERNATIVE_RE = re.compile(
    r"\b(?:urgent care|telehealth|virtual|video visit|e-?visit|nurse line|walk-?ins?|walk in|book|schedule|"
    r"primary care|911|our (?:clinic|clinics|app|nurses|doctors|team|pharmacy|pharmacies|pharmacists)|"
    r"any of our [a-z]+|call us|call our|online"
    # Spanish: "llame a nuestra linea de enfermeria", "llamenos", "haga una cita", "telemedicina"
    r"|linea de enfermeria|llame a nuestr[oa]s?|llamenos|telemedicina|consulta virtual|haga una cita|agende)\b"
)


# What a person reads on a finding of the advice model: the rule's own message, then where it came from.
MODEL_MESSAGE = "{message} (found by the advice model, score {score:.2f})"


class AdviceRule(Rule):
    """Base of the advice rules: results are memoized per text, so disclaimer.missing can ask for them."""

    category = Category.ADVICE
    severity = Severity.BLOCK
    locality = Locality.SENTENCES  # with the exceptions `appendix_changes_nothing` lists

    def keeps_findings(self, doc: Document, fixed: Document, appendix: Document) -> bool:
        return fixed.memo("advice.keeps_findings", lambda: appendix_changes_nothing(doc, fixed, appendix))

    def scan(self, doc: Document) -> list[Match]:
        return doc.memo(f"{self.id}.matches", lambda: [*self.pattern_matches(doc), *self._model_matches(doc)])

    def pattern_matches(self, doc: Document) -> list[Match]:
        """What the rule's own patterns find (the advice model's teacher in training)."""
        return doc.memo(f"{self.id}.patterns", lambda: list(self._scan(doc)))

    def _model_matches(self, doc: Document) -> list[Match]:
        """The advice model's findings for this rule: sentences no advice pattern fired on (advice_model.py)."""
        if not self.settings.advice_model.enabled:
            return []
        found = doc.memo("advice.model", lambda: model_findings(doc, self.settings))
        return found.get(self.id, [])

    @abstractmethod
    def _scan(self, doc: Document) -> Iterator[Match]:
        """Yield the rule's matches (called once per text)."""


# What an appended paragraph must not hold for the advice rules' findings on a text to stand for the text with the
# paragraph after it: cues they read anywhere in the text (an emergency sign, care pointed to by name, a specialist,
# an amount or the words that let one count) and cues a window after a sentence reads in the next one (care pointed
# to or offered, an urging to follow one's example, a dosing verb). The token gates in front of patterns that look
# inside one sentence (MEDICATION_TRIGGERS, the Spanish words) may open on the paragraph's words: they are not here.
APPENDIX_CUES: tuple[re.Pattern[str], ...] = (
    SPECIALIST_RE,
    EMERGENCY_SIGNS_RE,
    NAMED_CARE_POINTER_RE,
    CARE_POINTER_RE,
    CARE_ALTERNATIVE_RE,
    EMULATE_RE,
    MY_CHANGE_RE,
    PILL_VERB_RE,
    DIGIT_AMOUNT_RE,
)
APPENDIX_CUE_TOKENS = NUMBER_WORDS | DRUG_FORM_UNITS | MEASURE_WORDS


def appendix_changes_nothing(doc: Document, fixed: Document, appendix: Document) -> bool:
    """Do the advice rules find on `fixed` (doc's text, a blank line, then the appendix, which alone they find nothing
    in) exactly what they found on `doc`? Not when a reply cue is read (the start or the end of the whole text
    decides it for every sentence), when the text ends in a question (the appendix would answer it) or in a sentence
    naming a medicine (the appendix's first sentence would carry it), when the appendix holds a cue of APPENDIX_CUES,
    a counting word or a medicine, or advises care where a question or a label's words in the text look for that
    advice in the sentences after them."""
    if _reply_cues(doc) or _reply_cues(fixed) or _reply_cues(appendix):
        return False
    text, added = doc.lower, appendix.lower
    if text.rstrip().endswith("?") or token_set(appendix) & APPENDIX_CUE_TOKENS or DRUG in term_kinds(appendix):
        return False
    if any(pattern.search(added) for pattern in APPENDIX_CUES):
        return False
    objects = [h for h in term_hits(doc) if h.kind in MEDICATION_KINDS or is_treatment(h.term)]
    # "Thinking about stopping your birth control? Talk with your provider": a question about a medicine is answered
    # by care advised within 80 characters after it, a label's words by care advised within 240
    if CARE_ADVISORY_RE.search(added) and ((objects and "?" in text[-100:]) or LABEL_SAYS_RE.search(text)):
        return False
    spans = sentences(doc)
    if objects and spans and objects[-1].start >= spans[-1][0] and _takes_a_carried_medicine(appendix):
        return False  # "Taking fish oil? Stop it a week before.": a medicine carries over to the next sentence
    # a specialist named in the text lets the appendix's sentences be read as discouraging a kind of care
    return not (may_discourage_care(token_set(appendix), added) and _named_specialist(doc))


def _takes_a_carried_medicine(appendix: Document) -> bool:
    """Could the appendix's first sentence be read as a change of the medicine the sentence before it named? Only
    with a verb of change in its first 60 characters (where `_changes` looks when the medicine is carried) and no care
    advised in it, or with a medicine or treatment of its own."""
    if any(h.kind in MEDICATION_KINDS or is_treatment(h.term) for h in term_hits(appendix)):
        return True
    spans = sentences(appendix)
    if not spans:
        return False
    first = appendix.lower[spans[0][0] : spans[0][1]]
    return CARE_ADVISORY_RE.search(first) is None and MEDICATION_RE.search(first, 0, 60) is not None


def _reply_cues(doc: Document) -> bool:
    """Is the text a reply, by its first or last words (what `is_addressed`, `_spoken_to_one` and the model read)?"""
    reply = bool(doc.memo("advice.reply", lambda: bool(REPLY_RE.search(doc.lower))))
    return reply or replied(doc) or doc.memo("advice.reply_lead", lambda: REPLY_LEAD_RE.match(doc.lower) is not None)


def _named_specialist(doc: Document) -> bool:
    return doc.memo("advice.specialists", lambda: SPECIALIST_RE.search(doc.lower) is not None)


# A blank line ends a paragraph: a companion reading stays inside the paragraph of a pattern's finding, so an
# appended paragraph (a disclaimer) is never read with the lower bar (the rules' locality contract).
PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n")


def paragraph_starts(doc: Document) -> list[int]:
    """Where each paragraph of the text starts (the first at 0), ascending."""
    return doc.memo("advice.paragraphs", lambda: [0, *(m.end() for m in PARAGRAPH_BREAK_RE.finditer(doc.lower))])


def model_findings(doc: Document, settings: GuardrailSettings) -> dict[str, list[Match]]:
    """Score every sentence of the text; one finding per sentence whose best advice class reaches its bar, under
    that class's rule. The bar is the configured threshold on a sentence of a paragraph no advice pattern fired in.
    In a paragraph where a pattern found advice, the other sentences and the other kinds of advice of the sentence
    it fired on are read against `companion_threshold`: advice comes in runs ("Yep that's Lyme. Ask for doxycycline,
    100 mg twice a day"), and a pattern's finding is evidence that the sentences beside it advise too; there each
    clause of a sentence is read on its own as well (`_clause_findings`). A sentence only reads the classes no pattern
    already reported on it. Raises if the weights cannot be read (fail closed)."""
    from guardrails.rules.advice import ADVICE_RULES  # the rules' own modules import this one: read when called

    model = load_model()
    threshold = settings.advice_model.threshold
    companion = settings.advice_model.companion_threshold
    fired = [
        (cls.id, m.start, m.end or m.start)
        for cls in ADVICE_RULES
        for m in cls(settings).pattern_matches(doc)
        if m.start is not None
    ]
    paragraphs = paragraph_starts(doc) if fired else [0]
    advised = {bisect_right(paragraphs, start) for _rule, start, _end in fired}
    messages = {cls.id: cls.message for cls in ADVICE_RULES}
    found: dict[str, list[Match]] = {}
    # A sentence's scores are a function of its key: the re-check of a fixed text reuses the first pass's.
    scored = cast(dict[SentenceKey, tuple[float, ...]], doc.pass_memo("advice.model.probabilities"))
    after_question = False
    for start, end in sentences(doc):
        asked, after_question = after_question, doc.lower[start:end].rstrip().endswith("?")
        reported = {rule for rule, at, stop in fired if at < end and stop > start} if fired else set()
        beside = bool(fired) and bisect_right(paragraphs, start) in advised
        # the lower bar beside a pattern's finding, never on a question: a question asks, the answer advises
        lowered = beside and not after_question
        if reported and not lowered:
            continue  # a pattern spoke on this sentence, and its other kinds are read only against the lower bar
        bar = min(companion, threshold) if lowered else threshold
        key = sentence_key(doc, start, end, after_question=asked)
        probs = scored.get(key)
        if probs is None:
            probs = scored[key] = model.probabilities(key_features(key, care_spans(doc, key[0])))
        rule_id, score = max(
            ((CLASSES[i], probs[i]) for i in range(1, len(CLASSES)) if CLASSES[i] not in reported),
            key=lambda pair: pair[1],
            default=(NONE_CLASS, 0.0),
        )
        if score >= bar:
            found.setdefault(rule_id, []).append(_model_match(doc, start, end, messages[rule_id], score))
        if lowered:
            told = reported | ({rule_id} if score >= bar else set())
            for kind, match in _clause_findings(doc, start, end, asked, told, bar, scored, messages):
                found.setdefault(kind, []).append(match)
    return found


def _model_match(doc: Document, start: int, end: int, message: str, score: float) -> Match:
    """The model's finding on [start, end) of the text, its white space trimmed."""
    text = doc.text[start:end]
    left = start + len(text) - len(text.lstrip())
    right = end - (len(text) - len(text.rstrip()))
    return Match(left, right, MODEL_MESSAGE.format(message=message, score=score))


# Where a sentence's clauses part: a comma or a semicolon and the space after it, or a dash between spaces.
CLAUSE_BREAK_RE = re.compile(r"[,;]\s+|\s+[-\u2013\u2014]+\s+")


def _clause_findings(
    doc: Document,
    start: int,
    end: int,
    asked: bool,
    told: set[str],
    bar: float,
    scored: dict[SentenceKey, tuple[float, ...]],
    messages: dict[str, str],
) -> Iterator[tuple[str, Match]]:
    """The kinds of advice the clauses of a sentence beside a pattern's finding give, that nothing reported on the
    sentence yet (`told`), at the lower bar. One sentence often holds two kinds ("take an extra 10 mg of the morphine,
    the hospice nurse won't mind"; "it's probably just allergies, give them Zyrtec 5 mg"): the model scores a sentence
    as a whole, one kind's weight crowds out the other's, and the second kind went unreported in rounds 3, 5 and 8."""
    text = doc.lower[start:end]
    cuts = [0, *(m.end() for m in CLAUSE_BREAK_RE.finditer(text)), len(text)]
    if len(cuts) < 3:
        return
    model = load_model()
    for left, right in pairwise(cuts):
        if not text[left:right].strip():
            continue
        key = sentence_key(doc, start + left, start + right, after_question=asked)
        probs = scored.get(key)
        if probs is None:
            probs = scored[key] = model.probabilities(key_features(key))
        kind, score = max(
            ((CLASSES[i], probs[i]) for i in range(1, len(CLASSES)) if CLASSES[i] not in told),
            key=lambda pair: pair[1],
            default=(NONE_CLASS, 0.0),
        )
        if score >= bar:
            told.add(kind)
            yield kind, _model_match(doc, start + left, start + right, messages[kind], score)


def is_advice(doc: Document, rules: Iterable[AdviceRule]) -> bool:
    """Does any advice rule match `doc`? Cheap after the engine ran them (their results are memoized)."""
    return any(rule.scan(doc) for rule in rules)


def is_treatment(term: str) -> bool:
    """A treatment one can start or stop: "physical therapy" and "radiation treatment" by their last word."""
    return term in TREATMENT_WORDS or term.rsplit(" ", 1)[-1] in TREATMENT_WORDS
