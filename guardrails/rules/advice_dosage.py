"""advice.dosage: a dose or an amount of a medicine recommended to someone (see advice.py's docstring)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache

from guardrails.rules.advice_base import (
    CARE_ADVISORY_RE,
    DIGIT_AMOUNT_RE,
    DOSE_UNITS,
    DRUG_FORM_UNITS,
    LABEL_SAYS_RE,
    MEASURE_WORDS,
    NUMBER_WORDS,
    TENS,
    UNITS_1_TO_9,
    AdviceRule,
    paragraph_starts,
)
from guardrails.rules.advice_common import (
    DOSING_VERBS,
    IMPERATIVE_BEFORE_RE,
    IMPERATIVE_DOSING_RE,
    NEGATED_RE,
    is_addressed,
)
from guardrails.rules.advice_shapes import (
    PILL_LOOK_TOKENS,
    SPANISH_DOSE_TOKENS,
    described_pill,
    spanish_dose,
)
from guardrails.rules.base import Document, Match, positions_in, search_before
from guardrails.rules.health_terms import (
    DRUG,
    GENERIC_DRUG_WORDS,
    hits_in,
    sentences,
    term_hits,
    token_set,
    words,
)

# Amounts in words: "sixty-four hundred IU", "twenty-five mg", "two thousand units". A count up to ten stays as it
# was (NUMBER_WORDS); a tens word, a teen or a hundred is rarely anything but an amount next to a dose unit.
_WORDED_NUMBER = (
    rf"(?:(?:{TENS.replace(' ', '|')})(?:-(?:{UNITS_1_TO_9.replace(' ', '|')}))?|seven|nine|eleven|twelve|fifteen|"
    rf"(?:{UNITS_1_TO_9.replace(' ', '|')}|ten))(?:\s(?:hundred|thousand))?"
)
_NUMBER = (
    r"(?:\d+(?:[.,/]\d+)?(?:\s?(?:-|to)\s?\d+(?:\.\d+)?)?"
    rf"|{_WORDED_NUMBER}|half(?: an?)?|a half|1/2|(?:a )?quarter(?: of an?)?|1/4)"
)
AMOUNT_RE = re.compile(rf"\b{_NUMBER}\s?-?\s?(?P<unit>{DOSE_UNITS})\b")
# A child's or a person's weight beside a liquid amount: the amount is dosed by weight.
BODY_WEIGHT_RE = re.compile(
    r"\b\d+\s?-?\s?(?:pounds?|lbs?|kg|kilos?)\b(?:[\s-]+(?:old\s+)?)?(?:toddler|baby|kid|child|infant|boy|girl|son|"
    r"daughter|kiddo|little one|one)?"
)
# Units of a medicine's strength, and the loose schedules that make such an amount a dose.
MEDICINE_UNITS = words("mg milligram milligrams mcg microgram micrograms ug iu")
DAILY_RE = re.compile(r"\b(?:nightly|daily|a day|per day|each day|every day|at night|before bed)\b")
FREQUENCY_RE = re.compile(
    r"\bevery\s+(?:\d+|one|two|three|four|five|six|eight|twelve|few|couple of)"
    r"(?:\s?(?:-|to)\s?\d+)?\s*(?:hours?|hrs?|h)\b"
    r"|\b(?:once|twice|three times|four times|\d+\s?(?:x|times))\s+(?:a|per|each|every)\s+(?:day|night|week)\b"
    r"|\b(?:once|twice|three times|four times|\d+\s?x)\s+daily\b"
    r"|\b(?:bid|tid|qid|q\d+h|prn|qhs|qd)\b|\b(?:in|per|within|every) 24 (?:hours|hrs|h)\b"
    r"|\bat bedtime\b|\bbefore bed\b|\b(?:before|after|with) (?:each |every )?meals?\b|\bon an empty stomach\b"
    r"|\bas needed\b|\bwith (?:breakfast|lunch|dinner|food)\b|\b(?:every|each) (?:morning|night|evening)\b"
)
# "two Advil", "a baby aspirin": a count of a named drug is a dose even without a unit.
COUNT_WORDS = r"(?:\d+|one|two|three|four|a couple(?: of)?|a few|an extra|another|half an?|an|a)"
DOSING_VERB_RE = re.compile(rf"\b(?:{DOSING_VERBS}|takes|gives|dosed)\b")
ARTICLE_COUNTS = words("a an another")
# "Magnesium, 400 a night": a number on a schedule beside a named medicine, its unit left out.
BARE_NUMBER_SCHEDULE_RE = re.compile(r"\b\d{1,4}(?:\.\d+)?\s+(?:a|per|every|each)\s+(?:day|night|morning|evening)\b")
TAKING_RE = re.compile(r"\b(?:take|taking|takes|pop|popping|swallow|chew|have|give|giving|try|grab)\b")
COUNT_BEFORE_RE = re.compile(
    rf"(?<!-)\b{COUNT_WORDS}(?:\s+or\s+{COUNT_WORDS})?\s+(?:of\s+(?:the|your|those|these|his|her)\s+)?(?:extra\s+)?$"
)  # "two Advil", "3 or 4 of the Advil"
# "just double up", "you can double up tomorrow": a missed dose made up by doubling the next one.
DOUBLE_UP_RE = re.compile(
    r"\b(?:double|triple) up\b(?!\s+on\s+(?:water|fluids|fiber|protein|veggies|vegetables))"
    # a missed dose made up in other words: "take two this morning to catch up", "take both tonight"
    r"|\btake (?:two|2|both|them both|a double dose)\b(?=[^.!?]{0,40}\bcatch up\b)|\btake both\b"
)
DOUBLE_UP_TOKENS = words("double triple catch both")
# A missed dose made up by taking more with the next, after the miss is named ("Forgot your pill last night? Just pop
# two this morning", "Skipped your evening Eliquis? Take it with your morning one, both together"): a count or both
# taken at once, or the missed one taken with the next. Read only after a miss is named (MISSED_DOSE_RE).
CATCH_UP_RE = re.compile(
    r"\b(?:take|pop|have|swallow)\s+(?:(?:two|2|both|them both|the two|an extra|a second)\b"
    r"(?=[^.!?]{0,50}\b(?:together|at once|at the same time|catch up|make up|this morning|tonight|today|now)\b)"
    r"|(?:it|them|the missed one)\s+(?:with|alongside|along with)\s+(?:your|the|tonight'?s|this morning'?s)\s+"
    r"(?:next|morning|evening|night|other|usual|regular)\s+(?:one|dose|pill|tablet))"
)
MISSED_DOSE_RE = re.compile(r"\b(?:missed|miss|forgot|forget|forgotten|skipped|didn'?t take|left off)\b")
CATCH_UP_TOKENS = words("take pop have swallow")
DOSE_WORD_RE = re.compile(r"\b(?:doses?|pills?|tablets?|meds|medicines?|medications?|insulin|shots?)\b")
# Permission said to the reader before the verb: "you can", "it's fine to", "go ahead and".
ALLOWED_BEFORE_RE = re.compile(
    r"\b(?:you|u|they|she|he)\s+(?:can|could|should|may|might as well)\s+(?:just\s+|always\s+)?$"
    r"|(?:\b(?:it'?s|its|it is)\s+|^\s*|[.!?;:,]\s*)(?:totally |perfectly |)(?:fine|ok|okay|safe)\s+to\s+$"
    r"|\bgo ahead and\s+$"
)
# A question that names the reader's situation ("Taking a blood thinner?", "Missed a dose of your statin?"): it
# asks who the post is for, and its article counts no dose. A count in digits ("Taking 2 Advil?") still does.
SITUATION_QUESTION_RE = re.compile(
    r"^\s*(?:(?:are you|been|if you'?re|you)\s+)?(?:taking|missed|missing|on|using|started|starting|forgot|"
    r"stopped|skipped|prescribed|new to)\b[^?!.]*\?\s*$"
)
# Units of donated blood: "our blood drive collected 112 units", "40 units of platelets".
BLOOD_UNITS = words("unit units")
BLOOD_PRODUCT_RE = re.compile(r"\b(?:blood|plasma|platelets|donors?|donations?|donated|drives?)\b")
# "a teaspoon of children's Motrin": a household measure of a named medicine.
MEASURE_OF_RE = re.compile(
    r"\b(?:an?|one|half an?)\s+(?:teaspoons?|tablespoons?|tsp|tbsp|tablets?|pills?|capsules?|caps|dropperful|"
    r"capful|spoonful|dose)\s+of\b"
)
# A household measure of something to swallow: "a capful of the powder", "a shot of vinegar", "a spoon of honey".
HOUSEHOLD_MEASURE_RE = re.compile(
    r"\b(?:an?|one|two|three|half an?)\s+(?:shots?|capfuls?|scoops?|spoonfuls?|spoons?|teaspoons?|tablespoons?|tsp|"
    r"tbsp|dropperfuls?|squirts?|sachets?)\s+of\b"
)
DOSING_SCHEDULE_RE = re.compile(
    r"\b(?:once|twice|three times|four times|\d+\s?(?:x|times))\s+(?:a|per|each|every)\s+day\b"
    r"|\bevery\s+(?:\d+|two|three|four|six|eight|twelve)(?:\s?(?:-|to)\s?\d+)?\s*(?:hours?|hrs?|h)\b"
    r"|\b(?:before|after) (?:each |every )?meals?\b"
)
# "double up on your insulin", "triple the dose": a dose changed by a factor.
MULTIPLIER_RE = re.compile(
    r"\b(?:double|triple|halve|quadruple)(?: up)?(?: on)?\s+(?:your|ur|the|his|her|their|a|that)\b"
)
# A sentence about a population or a study reports; it does not prescribe.
POPULATION_RE = re.compile(
    r"\b(?:adults|children(?!'s)|kids|teens|adolescents|women|men|people|patients|seniors|infants|babies|"
    r"everyone|anyone|participants|pregnant)\b"
)
STUDY_RE = re.compile(
    r"\b(?:study|studies|trial|trials|participants|researchers|were given|received|took)\b"
    r"|\b(?:is|are) (?:usually |typically |often |commonly |generally )?(?:taken|given|prescribed|used|dosed)\b"
    r"|\b(?:is|are) (?:about |up to |over |nearly |highly |very )?(?:\d+ ?% )?effective\b"
)
# A public body or a study speaking about a population: education, not advice.
ATTRIBUTION_RE = re.compile(
    r"\b(?:cdc|fda|who|nih|aap|aha|ada|acog|uspstf|acs|usda|surgeon general|guidelines?|experts?|studies|study|"
    r"research(?:ers)?|the american [a-z ]+|the national [a-z ]+)\s+(?:\w+\s+)?(?:recommends?|suggests?|"
    r"advises?|says?|shows?|found|recommended|urges?)\b|\baccording to\b|\brecommendations?\b"
)
NUTRIENT_RE = re.compile(
    r"\b(?:sodium|salt|sugars?|fiber|fibre|protein|fats?|carbs?|carbohydrates?|calories|water|caffeine|alcohol|"
    r"cholesterol|servings?|cups?|glasses|ounces|oz)\b"
)
# How far back a medicine is carried to the next sentence's pronoun or bare verb, and how far into that sentence the
# bare verb may stand ("Taking ibuprofen for that knee? Just stop.").
CARRY_CHARS = 160
PRESCRIBER_DECIDES_RE = re.compile(
    r"\b(?:doctor|provider|prescriber|cardiologist|care team|clinician|physician|pharmacist)s? (?:may|might|can|could|"
    r"will|would|should) (?:\w+ )?(?:suggest|recommend|prescribe|advise|start|want)\b"
)
# An open-ended daily routine: taking a medicine on it starts a regimen ("every 6 hours until..." only doses).
ROUTINE_RE = re.compile(
    r"\b(?:every|each) (?:morning|night|evening|day)\b|\b(?:nightly|daily)\b|\bat bedtime\b|\bat night\b|\bbefore bed\b"
)


def paragraph_around(doc: Document, at: int) -> tuple[int, int]:
    """The paragraph of `doc` (blank lines part them) that holds the position `at`."""
    starts = paragraph_starts(doc)
    index = bisect_right(starts, at)
    end = starts[index] if index < len(starts) else len(doc.lower)
    return starts[index - 1], end


def doubled_doses(doc: Document) -> list[Match]:
    """ "Missed last night's insulin? Go ahead and double up": a dose doubled, said to someone, with a medicine
    or a dose named before it or in its sentence (never after: an appended paragraph cannot change the finding).
    Not when negated ("never double up"). Both a dose (advice.dosage) and a change of the person's regimen
    (advice.medication): one reading for both rules, memoized."""
    return doc.memo("advice.doubled", lambda: list(_doubled_up(doc)))


def _doubling_wordings(doc: Document) -> Iterator[re.Match[str]]:
    """Each wording of a doubled dose, in order: "double up", and a catch-up after a missed dose is named."""
    yield from DOUBLE_UP_RE.finditer(doc.lower)
    missed = MISSED_DOSE_RE.search(doc.lower)
    if missed is not None:  # in the miss's paragraph: an appended paragraph never adds a catch-up (locality)
        yield from CATCH_UP_RE.finditer(doc.lower, missed.end(), paragraph_around(doc, missed.start())[1])


def _doubled_up(doc: Document) -> Iterator[Match]:
    """The first doubled dose said to someone (see doubled_doses)."""
    if not token_set(doc) & (DOUBLE_UP_TOKENS | CATCH_UP_TOKENS):
        return
    ends = [end for _start, end in sentences(doc)]
    drug_at = [h.start for h in term_hits(doc) if h.kind == DRUG]
    for found in _doubling_wordings(doc):
        upto = next((end for end in ends if end > found.start()), len(doc.lower))
        if not positions_in(drug_at, 0, upto) and DOSE_WORD_RE.search(doc.lower, 0, upto) is None:
            continue  # "our classes double up on Saturdays": nothing to dose
        if search_before(NEGATED_RE, doc.lower, found.start(), 1):
            continue  # "don't double up" is the safe instruction
        allowed = ALLOWED_BEFORE_RE.search(doc.lower, max(0, found.start() - 40), found.start())
        if allowed is not None or search_before(IMPERATIVE_BEFORE_RE, doc.lower, found.start(), 0):
            yield Match(*found.span())
            return


class DosageRule(AdviceRule):
    """An amount, frequency or schedule of a drug or supplement, addressed to the reader or a person."""

    id = "advice.dosage"
    message = "Dosing instructions (an amount or schedule of a medicine) are medical advice"

    def _scan(self, doc: Document) -> Iterator[Match]:
        described = [*self._described_pills(doc), *doubled_doses(doc)]
        yield from described
        described_at = [m.start for m in described if m.start is not None]
        for found in self._dose_matches(doc):
            if found.start is not None and not positions_in(described_at, found.start - 200, found.start + 1):
                yield found

    @staticmethod
    def _described_pills(doc: Document) -> Iterator[Match]:
        yield from DosageRule._pills_by_look(doc)
        if token_set(doc) & SPANISH_DOSE_TOKENS:
            for start, end in sentences(doc):
                found = spanish_dose(doc.lower[start:end])
                if found is not None:
                    yield Match(start + found[0], start + found[1])
                    return

    @staticmethod
    def _pills_by_look(doc: Document) -> Iterator[Match]:
        """ "Half of one of the orange ones should do it": a pill known by its look, counted out, is a dose of a
        medicine whoever it is said to (advice_shapes.described_pill); a study or a population is not."""
        if not token_set(doc) & PILL_LOOK_TOKENS:
            return
        spans = sentences(doc)
        for index, (start, end) in enumerate(spans):
            next_end = spans[index + 1][1] if index + 1 < len(spans) else end
            found = described_pill(doc.lower, start, end, next_end)
            sentence = doc.lower[start:end]
            if found is None or sentence.rstrip().endswith("?") or STUDY_RE.search(sentence):
                continue
            if POPULATION_RE.search(sentence) or ATTRIBUTION_RE.search(sentence):
                continue
            yield Match(*found)
            return

    def _dose_matches(self, doc: Document) -> Iterator[Match]:
        """Amounts and schedules of a named medicine or a dose form, said to someone or as a recommendation."""
        drug_at = [h.start for h in term_hits(doc) if h.kind == DRUG]
        amount_at = [m.start() for m in DIGIT_AMOUNT_RE.finditer(doc.lower)] if doc.has_digits else []
        toks = token_set(doc)
        if not amount_at and toks & NUMBER_WORDS and (drug_at or toks & DRUG_FORM_UNITS):
            amount_at = [m.start() for m in AMOUNT_RE.finditer(doc.lower)]  # "one chewable every 4 hrs"
        if toks & MEASURE_WORDS:
            amount_at = sorted(amount_at + [m.start() for m in HOUSEHOLD_MEASURE_RE.finditer(doc.lower)])
        if not amount_at and not drug_at:
            return
        for start, end in sentences(doc):
            if not positions_in(amount_at, start, end) and not positions_in(drug_at, start, end):
                continue
            found = self._dose_span(doc, start, end)
            if found is None:
                continue
            sentence = doc.lower[start:end]
            if ATTRIBUTION_RE.search(sentence) and not IMPERATIVE_DOSING_RE.search(sentence):
                continue
            if PRESCRIBER_DECIDES_RE.search(sentence) and not IMPERATIVE_DOSING_RE.search(sentence):
                continue  # "your doctor may suggest a baby aspirin every day": what a prescriber may decide
            if LABEL_SAYS_RE.search(sentence) and CARE_ADVISORY_RE.search(
                doc.lower, start, min(len(doc.lower), end + 240)
            ):
                continue  # "some labels say to take it with food ... a question for your pharmacist": a fact, referred
            if not is_addressed(doc, start, end) and not self._bare_recommendation(doc, start, end, sentence):
                continue
            yield Match(start + found[0], start + found[1])

    def _bare_recommendation(self, doc: Document, start: int, end: int, sentence: str) -> bool:
        """A dose of a named medicine spoken to nobody in particular ("Best trick: 400 mg ibuprofen at bedtime")
        is still a recommendation, unless it is about a population or reports a study."""
        if STUDY_RE.search(sentence):
            return False
        if AMOUNT_RE.search(sentence) and FREQUENCY_RE.search(sentence):
            return True  # an amount on a schedule is a dosing instruction whoever it is for
        if HOUSEHOLD_MEASURE_RE.search(sentence) and _dosing_schedule(sentence) and not POPULATION_RE.search(sentence):
            return True  # "a spoonful of honey twice a day": a remedy measured out on a schedule
        named = [h for h in hits_in(doc, start, end, frozenset({DRUG})) if h.term not in GENERIC_DRUG_WORDS]
        units = {m.group("unit") for m in AMOUNT_RE.finditer(sentence)}
        forms = bool(units & DRUG_FORM_UNITS) or (bool(units & MEDICINE_UNITS) and _scheduled(sentence))
        return (bool(named) or forms) and not POPULATION_RE.search(sentence)

    def _dose_span(self, doc: Document, start: int, end: int) -> tuple[int, int] | None:
        """The dose expression in a sentence (sentence-relative), or None."""
        sentence = doc.lower[start:end]
        # asked once per sentence, not once per amount or medicine: per amount it was quadratic on long sentences
        scheduled = cache(lambda: _scheduled(sentence))
        nutrient = cache(lambda: NUTRIENT_RE.search(sentence) is not None)
        taking = cache(lambda: TAKING_RE.search(sentence) is not None)
        weighed = cache(lambda: BODY_WEIGHT_RE.search(sentence) is not None)
        drugs = hits_in(doc, start, end, frozenset({DRUG}))
        named = [h for h in drugs if h.term not in GENERIC_DRUG_WORDS]
        verb = DOSING_VERB_RE.search(sentence) is not None
        amounts = AMOUNT_RE.finditer(sentence) if _may_count(sentence) else iter(())
        for amount in amounts:
            unit = amount.group("unit")
            if unit in ("g", "gram", "grams", "ml", "cc") and not drugs and not verb and not weighed():
                continue  # "30 ml of water"; but "for a 30-pound toddler, 7.5 mL" doses by the child's weight
            if (
                unit in BLOOD_UNITS
                and not drugs
                and BLOOD_PRODUCT_RE.search(doc.lower, max(0, start - CARRY_CHARS), end)
            ):
                continue  # "our blood drive collected 112 units", "... the blood drive. 61 units!": donated blood
            if unit in DRUG_FORM_UNITS or drugs or (weighed() and not nutrient()):
                return amount.span()
            if verb and not nutrient():
                return amount.span()
            if unit in MEDICINE_UNITS and scheduled() and not nutrient():
                return amount.span()  # "50mg nightly": milligrams on a schedule measure a medicine
        situation = SITUATION_QUESTION_RE.match(sentence) is not None
        for hit in named:
            before = sentence[max(0, hit.start - start - 24) : hit.start - start]
            count = COUNT_BEFORE_RE.search(before)
            if count is not None and count.group().strip() in ARTICLE_COUNTS and not (taking() or scheduled()):
                continue  # "never stop a blood thinner": an article, not a count, without taking or a schedule
            if count is not None and count.group().strip() in ARTICLE_COUNTS and situation:
                continue  # "Taking an antidepressant and just got a positive test?" asks who the post is for
            if count is not None:
                return hit.start - start - len(before.split()[-1]) - 1, hit.end - start
        if named and not situation:
            measure = MEASURE_OF_RE.search(sentence) or BARE_NUMBER_SCHEDULE_RE.search(sentence)
            if measure is not None:
                return measure.span()  # "a teaspoon of Motrin", "magnesium, 400 a night"
        if drugs:
            multiplied = MULTIPLIER_RE.search(sentence)
            if multiplied is not None and not search_before(NEGATED_RE, sentence, multiplied.start(), 1):
                return multiplied.span()  # "double up on your insulin": a dose changed by a factor
        measure = HOUSEHOLD_MEASURE_RE.search(sentence)
        if measure is not None and _dosing_schedule(sentence):
            return measure.span()  # "a shot of vinegar three times a day": a remedy measured out on a schedule
        if not named and not (drugs and verb):
            return None
        frequency = FREQUENCY_RE.search(sentence)
        return frequency.span() if frequency is not None else None


def _dosing_schedule(sentence: str) -> bool:
    """A schedule of doses, not of meals: times a day, every N hours, a daily routine, before or after meals."""
    return DOSING_SCHEDULE_RE.search(sentence) is not None or ROUTINE_RE.search(sentence) is not None


def _scheduled(sentence: str) -> bool:
    return FREQUENCY_RE.search(sentence) is not None or DAILY_RE.search(sentence) is not None


def _may_count(sentence: str) -> bool:
    """Can this sentence hold an amount at all (a digit or a number word)? Cheaper than the amount pattern."""
    return _DIGIT_RE.search(sentence) is not None or any(word in sentence for word in _NUMBER_HINTS)


_DIGIT_RE = re.compile(r"\d")
_NUMBER_HINTS = ("one", "two", "three", "four", "five", "six", "eight", "ten", "half", "quarter", "ty", "hundred")
