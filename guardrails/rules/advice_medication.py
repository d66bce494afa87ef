"""advice.medication: starting, stopping, skipping or changing someone's medicine or treatment."""

from __future__ import annotations

import re
from collections.abc import Iterator

from guardrails.rules.advice_base import (
    CARE_ADVISORY_RE,
    EMULATE_RE,
    MEDICATION_KINDS,
    MEDICATION_RE,
    MY_CHANGE_RE,
    REPLY_RE,
    AdviceRule,
    is_treatment,
)
from guardrails.rules.advice_common import (
    ASKING_RE,
    IMPERATIVE_BEFORE_RE,
    NEGATED_RE,
    SECOND_PERSON_RE,
    answers_a_question,
    is_addressed,
    sentence_around,
)
from guardrails.rules.advice_dosage import (
    ALLOWED_BEFORE_RE,
    CARRY_CHARS,
    PRESCRIBER_DECIDES_RE,
    ROUTINE_RE,
    DosageRule,
    doubled_doses,
    paragraph_around,
)
from guardrails.rules.advice_shapes import (
    ADDED_ON_TOP_RE,
    APPROVAL_TOKENS,
    CHANGE_GERUNDS,
    OWNED_OBJECT_RE,
    SPANISH_STOP_TOKENS,
    SUPPLANT_TOKENS,
    approved_change,
    spanish_stop,
    supplanted,
)
from guardrails.rules.base import Document, Match, positions_in, search_before
from guardrails.rules.health_terms import (
    CONDITION,
    DRUG,
    GENERIC_DRUG_WORDS,
    PROCEDURE,
    SYMPTOM,
    hits_in,
    sentences,
    term_hits,
    token_set,
    words,
)

STOP_VERBS: frozenset[str] = words(
    "stop stopping quit quitting skip skipping discontinue double halve cut increase decrease lower raise "
    "reduce up switch change drop pause swap replace ditch come get go wean ween taper throw toss lay ease back give "
    "forget hold put scrap trade dump nix leave"
)
PAPERWORK_WORDS = words("prescription prescriptions generic generics refill refills")
# A population and a modal of possibility before the change: "many people can reduce or stop medication".
POPULATION_ABLE_RE = re.compile(
    r"\b(?:some|many|most|a lot of|plenty of|lots of)\s+(?:[\w'-]+\s+){0,2}?(?:people|patients|adults|women|men|kids|"
    r"children|folks|seniors|teens)\b[^.!?;]{0,60}?\b(?:are able to|were able to|can|may|might|could|manage to|"
    r"get to|eventually)\s+(?:\w+\s+(?:or|and)\s+)?$"
)
# Token gates: a rule whose trigger words are all absent cannot match, so its patterns never run.
MEDICATION_TRIGGERS = words(
    "stop stopping quit quitting skip skipping discontinue double halve cut increase decrease lower raise reduce up "
    "bump switch change come get go wean ditch drop pause hold swap replace don't dont not need start begin try taper "
    "take throw toss rid lay ease back give forget finish finishing put use without bump crank pop grab "
    "scrap trade dump nix refilling ween wean leave keep move wearing doing"
)
WARNING_AFTER_RE = re.compile(
    r"\b(?:can|could|may|might|is|are|was|were|raises|increases|puts|leads|causes|happens|happen|occurs)\b"
)
# "take your Eliquis to the pharmacy counter": taking a medicine somewhere brings it, it does not start it.
BRINGING_RE = re.compile(r"\b(?:to|into|in to|back to) (?:the|our|a|any|your|their)\b|\bwith you\b")
SUGGESTING_RE = re.compile(
    r"\b(?:you should|you could|you can|you need to|you have to|you might want to|you'?ll want to|you must|"
    r"i'?d|i would|why not|just|go ahead and|definitely|maybe|u should|u can|try to)\s+(?:\w+\s+)?$"
)
IMPLICIT_OBJECT_VERBS = frozenset({"go without", "do without"})
# A verb whose particle is the `up` of MEDICATION_VERBS: "pick up your Lipitor", "fill up", "stock up on".
# Medicines brought to be disposed of: "at the take-back box", "in our drop-off bin".
DISPOSAL_RE = re.compile(
    r"\b(?:take-?back|drop-?off|disposal|drug return|med return)\b|\b(?:at|in|into) (?:the|a|our|any) "
    r"(?:[a-z-]+ )?(?:box|bin|kiosk)\b"
)
# "for most colds", "in most cases": a need stated for a population of cases.
POPULATION_TAIL_RE = re.compile(r"\b(?:for|in|with) (?:most|many|nearly all|almost all|the vast majority of)\b")
PARTICLE_UP_BEFORE_RE = re.compile(
    r"\b(?:pick|picking|picked|stock|stocking|fill|filling|set|setting|sign|signing)\s+$"
)
# The person a medicine is handed to, right after the verb: "grab him an inhaler", "give your son some Zyrtec".
RECIPIENT_RE = re.compile(
    r"(?:him|her|them|the baby|the kids?|your (?:son|daughter|kid|kiddo|baby|toddler|husband|wife))\b"
)
# The care team's orders for a treatment set aside: "ignore the fluid limit they gave your husband", "disregard the
# leaflet", "ignore what your cardiologist said". A limit or a restriction is always a treatment's; the other
# orders need the care team or the medicine's own paper named with them.
DEFY_TOKENS = words("ignore disregard forget")
DEFIED_ORDERS_RE = re.compile(
    r"\b(?:ignore|disregard|forget(?: about)?)\s+(?:(?:the|your|his|her|their|that|those|these|this)\s+)"
    r"(?:(?:[\w'-]+\s+){0,3}?(?<!speed )(?<!word )(?<!character )(?<!credit )(?<!age )(?<!parking )"
    r"(?:limits?|restrictions?|leaflets?|package inserts?|dosing|dose)\b"
    r"|(?:[\w'-]+\s+){0,2}?(?:instructions|orders|advice|warnings?|labels?|plan)\s+(?:they|she|he|your|the|on|from)\s"
    r"(?:[\w'-]+\s+){0,2}?(?:gave|give|wrote|doctor|doc|nurse|pharmacist|cardiologist|nephrologist|surgeon|"
    r"specialist|box|bottle|packet|pharmacy|hospital|clinic|team))"
    r"|\b(?:ignore|disregard)\s+what\s+(?:your|the|his|her|their)\s+(?:[\w-]+\s+)?(?:doctor|doc|nurse|pharmacist|"
    r"specialist|surgeon|[a-z]+ologist|care team)\s+(?:said|says|told)\b"
)
# The same orders named, then waved off by a verdict after them: "the cardiologist's 'no lifting over 20 lb' rule is
# overcautious", "the discharge sheet says 3 months but honestly nobody follows that", "the physio said no running
# for 8 weeks?? pfft". The order is a limit, a rule, the medicine's paper or what a clinician said; the verdict
# calls it excessive, outdated or ignored by everyone.
_CLINICIANS = (
    r"doctor|doc|dr|cardiologist|surgeon|physio|physiotherapist|physical therapist|therapist|specialist|nurse|"
    r"pharmacist|[a-z]+ologist|care team|team|gp|ob|midwife"
)
ORDER_NAMED_RE = re.compile(
    r"\b(?:limits?|restrictions?|rules?|leaflets?|package inserts?|instructions|orders|discharge (?:sheets?|papers?)|"
    rf"(?:{_CLINICIANS})'?s?\s+(?:said|says|told you|wants you|gave you))\b"
)
CLINICIAN_RE = re.compile(rf"\b(?:{_CLINICIANS})\b")
ORDER_DISMISSED_RE = re.compile(
    r"\b(?:over-?cautious|overkill|outdated|out of date|old[- ]school|nonsense|silly|paranoid|a myth|for show|"
    r"(?:way |too |overly |super )+(?:cautious|careful|strict|conservative)|covering themselves|"
    r"(?:nobody|no one|no-one) (?:actually |really |ever )?(?:follows|sticks to|does) (?:that|it|them|this|those)|"
    r"pfft+|"
    r"(?:doesn'?t|don'?t|does not|do not) (?:really )?apply)\b"
)
ORDER_TOKENS = words(
    "limit limits restriction restrictions rule rules leaflet leaflets insert inserts instructions orders discharge "
    "said says told wants gave"
)
NEGATED_VERDICT_RE = re.compile(r"\b(?:isn'?t|aren'?t|wasn'?t|is not|are not|not|never|no longer)\b")
ORDER_CONTEXT_KINDS = frozenset({DRUG, CONDITION, SYMPTOM, PROCEDURE})
PAPER_ORDERS = words("limit restriction rule leaflet package instruction order discharge")
ORDER_GAP_CHARS = 90  # from the order to its verdict, across a sentence end ("...for 8 weeks?? pfft")
# "Some people think the fluid limit is overkill", "Myth: the 2-week rule is outdated": a belief reported or busted.
BELIEF_RE = re.compile(r"\b(?:think|thinks|believe|believes|feel|feels|assume|assumes|myths?|heard)\b")
# A population as the verb's own subject: "some people skip a week", "many patients stop it".
POPULATION_DOES_RE = re.compile(
    r"\b(?:some|many|most|a lot of|lots of)\s+(?:[\w'-]+\s+)?(?:people|patients|adults|folks|women|men|kids|parents)\s+"
    r"(?:\w+\s+)?$"
)
# A stretch of time off a medicine: "skip a couple of weeks", "stop for a few days", "pause the weekend".
PAUSE_VERBS = words("skip stop pause quit hold drop")
TIME_SPAN_RE = re.compile(
    r"(?:for )?(?:a|one|two|three|four|five|a few|a couple(?: of)?|several|\d+) (?:more )?(?:days?|nights?|weeks?|"
    r"months?|doses?)\b|(?:the|this) (?:weekend|week|month)\b"
)
BARE_OPENING_CHARS = 25
# A later dose of a vaccine series dropped: "skip the second one", "the booster isn't necessary", "one is plenty".
_SERIES_DOSE = (
    r"(?:the |your |their |his |her |that )?"
    r"(?:(?:second|2nd|third|3rd|last|final|next|other) (?:one|shot|dose|jab)s?|booster|the rest of the series)"
)
SERIES_CUT_RE = re.compile(
    rf"\b(?:skip|pass on|(?:don'?t|not|never) bother (?:with|getting)|forget(?: about)?|drop|"
    rf"(?:don'?t|do not|doesn'?t|does not|won'?t) (?:really |even |actually )?need|no need for)\s+{_SERIES_DOSE}\b"
    rf"|\b{_SERIES_DOSE}\s+(?:isn'?t|is not|is never|aren'?t|are not)\s+(?:really |actually |even )?"
    rf"(?:necessary|needed|worth it|worth getting)\b"
    r"|\bone (?:shot |dose |jab )?is (?:plenty|enough|all you need)\b(?! of\b)"
)
SERIES_TOKENS = words("second 2nd third 3rd last final next other booster one series")
VACCINE_RE = re.compile(
    r"\b(?:shots?|vaccines?|vaccinations?|jabs?|boosters?|doses?|shingrix|gardasil|mmr|hpv|"
    r"chickenpox|varicella|shingles|covid|flu|tetanus|tdap|hep(?:atitis)? [ab])\b"
)
ROUTINE_TOKENS = words("every each daily day good life now exceptions")
PRESCRIBED_RE = re.compile(r"\b(?:prescribed|prescriptions?|(?:doctor|provider|prescriber) (?:gave|started|ordered))\b")
BARE_CHANGE_VERBS = frozenset({"take half", "take less", "take more", "stop", "quit", "skip", "double", "halve"})
RAISED_OBJECT_RE = re.compile(r"(?:your|ur|my|his|her|their|the|that|this|it|them|to|\d)\b")
NEGATED_USE_VERBS = frozenset({"don't take", "dont take", "do not take"})
PAPERWORK_RE = re.compile(r"(?:a |an )?(?:prescription|rx|referral|doctor'?s (?:note|order))\b")
# "switch your prescriptions to our mail-order pharmacy": the paperwork moves to another pharmacy, the medicine
# stays the same (whereas "switch your prescription to the generic" changes what the person takes).
PRESCRIPTION_MOVE_RE = re.compile(
    r"(?:(?:all )?(?:of )?(?:your|ur|my|their|the) )?(?:[a-z-]+ )?(?:prescriptions?|refills?|rx|scripts?) (?:over )?"
    r"to\b(?! (?:the |a |an )?(?:generic|brand|cheaper|other|new|different|another)\b)"
    r"[^.!?]{0,40}?\b(?:pharmacy|pharmacies|mail[- ]order|home delivery|delivery)\b"
)
MOVING_VERBS = words("switch move transfer send change")
# "stop them", "skip it": a pronoun object stands for the medicine named just before it.
# "skip a cycle", "drop a round": a unit of the treatment named before stands for it too.
PRONOUN_OBJECT_RE = re.compile(
    r"(?:them|it|those|these|that|'em|(?:your|his|her|my|a) [a-z]+'s"
    r"|(?:a|one|the next|this|that|the|your) (?:cycle|round|session|infusion|dose|course))\b"
)
PUT_ON_RE = re.compile(
    r"(?:him|her|them|your (?:kid|son|daughter|child|baby|toddler|husband|wife|partner|mom|dad)) (?:back )?on\b"
)
# A daily medicine with no end: "a baby aspirin every day", "on a baby aspirin a day for good". A dose that stops
# ("every day for a week", "until the rash is gone") is a course, not a new regimen.
OPEN_ROUTINE_RE = re.compile(
    r"\b(?:(?:every|each) day|daily|a day|per day|for good|for life|from now on|no exceptions)\b"
)
COURSE_END_RE = re.compile(
    r"\b(?:until|till|til|for (?:a|an|one|two|three|four|five|six|seven|ten|the next|\d+) (?:more )?(?:days?|nights?|"
    r"weeks?|months?)|as needed|when(?:ever)? (?:you|it|the))\b"
)
FIRST_PERSON_WORDS = words("i i've i'm")
NARRATOR_BEFORE_RE = re.compile(
    r"\b(?:i|i'?ve|i have|i had|we|we'?ve)\s+(?:just\s+|finally\s+|already\s+|sometimes\s+|often\s+|usually\s+|"
    r"always\s+|routinely\s+|typically\s+|may\s+|might\s+|can\s+)?$"
    # the organization's staff speaking of their own practice: "our physical therapists can't change prescriptions"
    r"|\b(?:our|the) (?:[a-z]+ )?(?:therapists?|pharmacists?|nurses?|doctors?|teams?|staff|providers?|clinicians?|"
    r"surgeons?)\s+(?:can'?t|cannot|won'?t|will not|don'?t|do not|can|will|may|might|sometimes|often|usually)\s+$"
)
# "put the CPAP in the closet", "put the brace away": a treatment put out of use.
PUT_AWAY_RE = re.compile(
    r"\b(?:away|aside|down for good|on hold|in (?:the|a|your) (?:closet|drawer|cupboard|cabinet|garage|basement)|"
    r"on (?:the|a) shelf)\b"
)
SOMEONE_ELSES_RE = re.compile(r"(?:your|his|her|a) [a-z]+'s\b")
# "hold your metformin the morning of the scan": `hold` stops a medicine only for a time.
HOLD_TIME_RE = re.compile(
    r"\b(?:the (?:morning|night|day|evening) (?:of|before)|the day of|"
    r"for (?:a |\d+ |one |two |three |a few |a couple )|until|before (?:your|the|any|surgery)|tonight|today|"
    r"tomorrow|this (?:morning|week))\b"
)
# "take your insulin at night instead of the morning": a verb of use becomes a change with these words.
REGIMEN_CHANGE_RE = re.compile(
    r"\b(?:instead of|rather than|in place of|every other day|less often|more often|only (?:when|if|on)|"
    r"half as (?:much|often)|twice as (?:much|often)|as needed instead|double|triple|extra|half|less|more|smaller|"
    r"bigger|larger|someone else'?s|leftover|(?:husband|wife|partner|mom|dad|friend|sister|brother|roommate|"
    r"neighbou?r|kid|son|daughter)'s)(?![\w-])"
)
USE_VERBS: frozenset[str] = words("take use give pop grab")


def _about_care(doc: Document, start: int, end: int) -> bool:
    """Does the stretch name a medicine, a condition, a symptom, a procedure or a clinician (a rule there is a
    treatment's: "the surgeon's 'no lifting' rule")?"""
    if CLINICIAN_RE.search(doc.lower, start, end):
        return True
    return any(hit.kind in ORDER_CONTEXT_KINDS for hit in hits_in(doc, start, end))


def _carried_named(doc: Document, start: int) -> bool:
    """Does the sentence just before `start` name a medicine by name (not "pills", "meds")? What a pronoun or a bare
    verb at the start of the sentence at `start` stands for ("Got leftover amoxicillin? Start it.")."""
    hits = hits_in(doc, max(0, start - CARRY_CHARS), start, MEDICATION_KINDS)
    if PRESCRIBED_RE.search(doc.lower, max(0, start - CARRY_CHARS), start):
        return False  # "Prescribed amoxicillin? Start it the day you pick it up": the prescriber started it
    return any(h.term not in GENERIC_DRUG_WORDS for h in hits)


def _my_example(doc: Document, objects: list[int]) -> tuple[int, int] | None:
    """ "I stopped my Seroquel cold turkey, you should too": one's own change of medicine held up as the example
    to follow is a recommendation to make it. The change and the urging within one sentence or the next."""
    if not token_set(doc) & FIRST_PERSON_WORDS or EMULATE_RE.search(doc.lower) is None:
        return None
    for change in MY_CHANGE_RE.finditer(doc.lower):
        if positions_in(objects, change.end(), change.end() + 40) and EMULATE_RE.search(
            doc.lower, change.end(), change.end() + 160
        ):
            return change.span()
    return None


class MedicationRule(AdviceRule):
    """Starting, stopping, skipping or changing a medication or treatment, addressed to someone."""

    id = "advice.medication"
    message = "Telling someone to start, stop or change a medication or treatment is medical advice"

    def _scan(self, doc: Document) -> Iterator[Match]:
        found = list(self._changes(doc)) or doubled_doses(doc)  # "Missed your insulin? Just double up"
        if not found and ROUTINE_TOKENS & token_set(doc):
            found = self._regimen(doc)
        if not found and SERIES_TOKENS & token_set(doc):
            found = self._series_cut(doc)
        if not found and token_set(doc) & DEFY_TOKENS:
            found = self._defied(doc)
        if not found and token_set(doc) & ORDER_TOKENS:
            found = self._order_dismissed(doc)
        if not found and token_set(doc) & SPANISH_STOP_TOKENS:
            found = self._spanish_stops(doc)
        if found:
            yield from found
        elif token_set(doc) & SUPPLANT_TOKENS:
            for start, end in sentences(doc):
                span = self._supplanted(doc, doc.lower[start:end], start, end)
                if span is not None:
                    yield Match(*span)
                    return

    def _regimen(self, doc: Document) -> list[Match]:
        """ "A baby aspirin every day keeps the heart attack away", "he should be on a baby aspirin a day for good": a
        dose of a named medicine (advice.dosage's own finding) on a daily routine with no end starts a regimen."""
        if OPEN_ROUTINE_RE.search(doc.lower) is None:
            return []  # no daily routine with no end anywhere: advice.dosage's findings are not needed
        doses = DosageRule(self.settings).pattern_matches(doc)
        for start, end in sentences(doc):
            if not any(m.start is not None and start <= m.start < end for m in doses):
                continue
            sentence = doc.lower[start:end]
            named = [h for h in hits_in(doc, start, end, MEDICATION_KINDS) if h.term not in GENERIC_DRUG_WORDS]
            if CARE_ADVISORY_RE.search(sentence) or PRESCRIBER_DECIDES_RE.search(sentence):
                continue  # "your doctor may suggest a baby aspirin every day": the prescriber decides
            if named and OPEN_ROUTINE_RE.search(sentence) and not COURSE_END_RE.search(sentence):
                return [Match(named[0].start, end - (len(sentence) - len(sentence.rstrip())))]
        return []

    @staticmethod
    def _series_cut(doc: Document) -> list[Match]:
        """ "They can skip the second one", "the second shot isn't really necessary", "one is plenty": a dose of a
        vaccine series dropped for one person, said to them (the series is the treatment). Not negated ("don't skip
        the second dose") and only where a vaccine or a shot is named."""
        if SERIES_CUT_RE.search(doc.lower) is None or VACCINE_RE.search(doc.lower) is None:
            return []
        for start, end in sentences(doc):
            sentence = doc.lower[start:end]
            if sentence.rstrip().endswith("?") or CARE_ADVISORY_RE.search(sentence):
                continue  # a question asks; "ask your doctor whether you need the second dose" refers
            for found in SERIES_CUT_RE.finditer(sentence):
                if search_before(NEGATED_RE, sentence, found.start(), 1):
                    continue  # "never skip the second dose"
                allowed = ALLOWED_BEFORE_RE.search(sentence, max(0, found.start() - 40), found.start())
                imperative = search_before(IMPERATIVE_BEFORE_RE, sentence, found.start(), 0)
                if allowed or imperative or is_addressed(doc, start, end) or answers_a_question(doc, start):
                    return [Match(start + found.start(), start + found.end())]
        return []

    @staticmethod
    def _defied(doc: Document) -> list[Match]:
        """ "Darlene, ignore the fluid limit they gave your husband", "ignore the leaflet": the care team's orders
        for a treatment set aside, said to someone. Not when negated ("never ignore the label")."""
        for found in DEFIED_ORDERS_RE.finditer(doc.lower):
            if search_before(NEGATED_RE, doc.lower, found.start(), 1):
                continue  # "don't ignore the fluid limit" urges keeping it
            allowed = ALLOWED_BEFORE_RE.search(doc.lower, max(0, found.start() - 40), found.start())
            if allowed is not None or search_before(IMPERATIVE_BEFORE_RE, doc.lower, found.start(), 0):
                return [Match(*found.span())]
        return []

    @staticmethod
    def _order_dismissed(doc: Document) -> list[Match]:
        """ "The cardiologist's 'no lifting' rule is overcautious. You're 6 weeks out, load the bar like normal": the
        care team's order named, then called excessive, outdated or ignored by everyone, in a post spoken to someone
        (second person or a reply). Not when the verdict is negated ("isn't overkill"), asked ("Think the limit is
        overkill?"), reported as someone's belief or a myth, or sends the reader to their care team."""
        lower = doc.lower
        replied_to = REPLY_RE.search(lower) is not None
        for order in ORDER_NAMED_RE.finditer(lower):
            verdict = ORDER_DISMISSED_RE.search(lower, order.end(), order.end() + ORDER_GAP_CHARS)
            if verdict is None:
                continue
            # the order's paragraph alone is read: an appended paragraph never changes the finding (locality)
            first, last = paragraph_around(doc, order.start())
            if verdict.end() > last or not (replied_to or SECOND_PERSON_RE.search(lower, first, last)):
                continue
            if order.group().split(" ", 1)[0].rstrip("s") in PAPER_ORDERS and not _about_care(doc, first, last):
                continue  # "our visitor rules are strict": a rule is a treatment's only in a post about health
            start, end = sentence_around(doc, verdict.start())
            sentence = lower[start:end]
            between = lower[order.end() : verdict.start()]
            if sentence.rstrip().endswith("?") or NEGATED_VERDICT_RE.search(between):
                continue  # "Think the limit is overkill?" asks; "the rule isn't overkill" keeps it
            if BELIEF_RE.search(lower, max(start, order.start() - 60), verdict.start()) or CARE_ADVISORY_RE.search(
                sentence
            ):
                continue  # "some people think the limit is outdated", "if it feels too strict, ask your doctor"
            return [Match(order.start(), verdict.end())]
        return []

    @staticmethod
    def _spanish_stops(doc: Document) -> list[Match]:
        """ "Deja de tomar la pastilla de la presion": the first Spanish stop of a medicine, if any."""
        for start, end in sentences(doc):
            span = spanish_stop(doc.lower[start:end])
            if span is not None:
                return [Match(start + span[0], start + span[1])]
        return []

    def _changes(self, doc: Document) -> Iterator[Match]:
        """A verb of change (MEDICATION_RE) on a medicine, or a change held up as fine, addressed to someone."""
        objects = [h.start for h in term_hits(doc) if h.kind in MEDICATION_KINDS or is_treatment(h.term)]
        example = _my_example(doc, objects) if objects else None
        if example is not None:
            yield Match(*example)
            return
        if not objects or not token_set(doc) & (MEDICATION_TRIGGERS | CHANGE_GERUNDS):
            return
        carried = False  # the previous sentence named a medicine: "Taking fish oil? Stop it a week before."
        for start, end in sentences(doc):
            inside = [at - start for at in positions_in(objects, start, end)]
            sentence = doc.lower[start:end]
            if not inside and not carried:
                continue
            # "Thinking about stopping your birth control? Talk with your provider": the answer points to care
            answered = sentence.rstrip().endswith("?") and CARE_ADVISORY_RE.search(doc.lower, end, end + 80)
            asked = sentence.rstrip().endswith("?") and ASKING_RE.match(sentence) is not None
            if not CARE_ADVISORY_RE.search(sentence) and not answered and not asked:
                # the verb comes at most a few words before the medicine: search only that stretch
                low = max(0, inside[0] - 60) if inside else 0
                high = min(len(sentence), inside[-1] + 80) if inside else min(len(sentence), 60)
                for found in MEDICATION_RE.finditer(sentence, low, high):
                    if self._is_advice(doc, sentence, start, end, found, carried or bool(inside)):
                        yield Match(start + found.start(), start + found.end())
                        break
                else:
                    approved = self._approved(doc, sentence, start) if inside else None
                    if approved is not None:
                        yield Match(*approved)
            carried = bool(inside)

    @staticmethod
    def _supplanted(doc: Document, sentence: str, start: int, end: int) -> tuple[int, int] | None:
        """ "Instead of your prescribed cream, slather coconut oil on it", "ginger works way better than the pills
        they gave you": a remedy set in the place of someone's prescribed medicine, said to someone."""
        found = supplanted(sentence)
        if found is None or CARE_ADVISORY_RE.search(sentence):
            return None  # "... so ask your doctor about an update" sends the change through care
        objects = hits_in(doc, start + found.start("object"), start + found.end("object"))
        medicine = any(h.kind in MEDICATION_KINDS or is_treatment(h.term) for h in objects)
        prescribed = found.group("prescribed") or found.group("object").startswith(("prescribed", "prescription"))
        if not (medicine or prescribed):
            return None  # "instead of your usual soda": no medicine
        if not (is_addressed(doc, start, end) or IMPERATIVE_BEFORE_RE.search(sentence, 0, 0)):
            return None
        return start + found.start(), start + found.end()

    @staticmethod
    def _approved(doc: Document, sentence: str, start: int) -> tuple[int, int] | None:
        """ "Skipping the night dose is fine", "trading your Zoloft for fish oil is a great plan": a change of one
        person's medicine held up as fine (advice_shapes). The object must hold a medicine or a treatment and be
        someone's (owned, pointed at, or a named drug): "skipping a dose is usually fine" is education."""
        toks = token_set(doc)
        if not toks & CHANGE_GERUNDS or not toks & APPROVAL_TOKENS:
            return None
        found = approved_change(sentence)
        if found is None or found.group("object").startswith(("my ", "our ")):
            return None  # "dropping my statin was the best choice": one's own story (urged on others: _my_example)
        objects = hits_in(doc, start + found.start("object"), start + found.end("object"))
        medicines = [
            h for h in objects if (h.kind in MEDICATION_KINDS or is_treatment(h.term)) and h.term not in PAPERWORK_WORDS
        ]  # "switching your prescriptions to our mail-order pharmacy" moves paperwork, not a medicine
        named = any(h.term not in GENERIC_DRUG_WORDS for h in medicines)
        if not medicines or not (named or OWNED_OBJECT_RE.match(found.group("object"))):
            return None
        if found.re is ADDED_ON_TOP_RE and not (
            named and len(hits_in(doc, start, start + len(sentence), MEDICATION_KINDS)) > 1
        ):
            return None  # on top of a medicine the person takes: the sentence names both

        return start + found.start(), start + found.end()

    def _is_advice(
        self, doc: Document, sentence: str, start: int, end: int, found: re.Match[str], named_before: bool
    ) -> bool:
        if POPULATION_ABLE_RE.search(sentence, max(0, found.start() - 120), found.start()):
            return False  # "some people with type 2 diabetes are able to stop medication": what happens to many
        if POPULATION_DOES_RE.search(sentence, max(0, found.start() - 60), found.start()):
            return False  # "some people skip a week when traveling": what many do, told as a fact
        verb = found.group("verb")
        first_verb = verb.split()[0]
        if found.group("object") is None:
            # "if your blood pressure med makes you dizzy, take half.": the medicine was named before the verb
            return self._bare_change(doc, sentence, start, found, named_before)
        obj = found.group("object")
        obj_start = start + found.start("object")
        obj_end = start + found.end("object")
        objects = hits_in(doc, obj_start, obj_end)
        drug = any(h.kind in MEDICATION_KINDS for h in objects)
        named_in_object = any(h.kind in MEDICATION_KINDS and h.term not in GENERIC_DRUG_WORDS for h in objects)
        treatment = any(is_treatment(h.term) for h in objects)
        if verb in IMPLICIT_OBJECT_VERBS:
            drug = drug or named_before  # "Out of your pills? Just go without for the weekend."
        if not (drug or treatment) and (
            PRONOUN_OBJECT_RE.match(obj) or (first_verb in PAUSE_VERBS and TIME_SPAN_RE.match(obj))
        ):
            # "skip a few days": a stretch of time off the medicine named before it, like a pronoun for it
            # "stop them 3 days before": the pronoun stands for a medicine named before it
            drug = named_before and (
                any(h.kind in MEDICATION_KINDS for h in hits_in(doc, start, start + found.start()))
                or found.start() < 60
            )
        suggested = (
            verb in USE_VERBS
            and (
                SUGGESTING_RE.search(sentence, max(0, found.start() - 30), found.start()) is not None
                # "Pop a baby aspirin every morning": an imperative that puts a named medicine on a daily routine
                or (
                    search_before(IMPERATIVE_BEFORE_RE, sentence, found.start(), 0) is not None
                    and (ROUTINE_RE.search(sentence) is not None or RECIPIENT_RE.match(obj) is not None)
                    and "until" not in sentence
                )  # "grab him an albuterol inhaler": an imperative that hands one person a named medicine
            )
            and any(
                h.kind in MEDICATION_KINDS and h.term not in GENERIC_DRUG_WORDS and h.start < obj_start + 20
                for h in objects
            )
            and not BRINGING_RE.search(obj + " " + sentence[found.end("object") : found.end("object") + 20])
        )  # "you should take melatonin", "I'd give her Zyrtec": suggesting a named medicine starts it
        if not suggested and not self._verb_fits(verb, obj, sentence[found.end("object") :]):
            return False
        after_object = sentence[found.end("object") : found.end("object") + 60]
        if verb in ("up", "bump up") and not RAISED_OBJECT_RE.match(obj):
            return False  # "set up a pill organizer": 'up' raises only a dose or someone's medicine
        if verb == "up" and PARTICLE_UP_BEFORE_RE.search(sentence, max(0, found.start() - 12), found.start()):
            return False  # "pick up your Lipitor at our window": 'up' belongs to another verb
        if first_verb == "stop" and obj.startswith(("by ", "in ", "over ", "at ")):
            return False  # "stop by to pick up your metformin": a visit
        if verb in NEGATED_USE_VERBS and not named_in_object and not obj.startswith(("your ", "ur ", "my ")):
            return False  # "so you don't take two medicines with the same ingredient": a safety rule
        if PAPERWORK_RE.match(obj) and "need" in verb:
            return False  # "you don't need a prescription for our blood pressure checks" is about access
        if first_verb in MOVING_VERBS and PRESCRIPTION_MOVE_RE.match(obj):
            return False  # "switch your prescriptions to our mail-order pharmacy" moves paperwork, not a medicine
        if first_verb == "drop" and obj.startswith(("off ", "by ", "in ")):
            return False  # "drop off unused medications at our take-back bin"
        if first_verb in ("drop", "toss", "throw", "get") and DISPOSAL_RE.search(obj + " " + after_object):
            return False  # "drop unused pills at the take-back box in our main lobby": disposal, no stop
        if "need" in verb and POPULATION_TAIL_RE.search(obj + " " + after_object[:30]):
            return False  # "you don't need antibiotics for most colds": what most cases need
        if first_verb in ("start", "begin", "try"):
            named = any(h.kind in MEDICATION_KINDS and h.term not in GENERIC_DRUG_WORDS for h in objects)
            shared = drug and SOMEONE_ELSES_RE.match(obj) is not None  # "try your husband's": his medicine
            # "Got leftover amoxicillin? Start it for this sore throat": the pronoun is the medicine just named
            carried = drug and PRONOUN_OBJECT_RE.match(obj) is not None and _carried_named(doc, start)
            if not (named or shared or carried) or any(h.kind == PROCEDURE for h in objects):
                return False
        elif not (drug or treatment):
            return False
        if first_verb.endswith("ing") and WARNING_AFTER_RE.search(sentence, found.end("verb"), found.end("verb") + 60):
            return False  # "stopping some medicines suddenly can be dangerous" warns; it tells no one to stop
        if first_verb in STOP_VERBS and search_before(NEGATED_RE, sentence, found.start(), 1):
            return False  # "never stop taking antibiotics early" tells people to keep going
        if search_before(NARRATOR_BEFORE_RE, sentence, found.start(), 1):
            return False  # "I quit my Wellbutrin last month": one's own story (held up as an example: _my_example)
        if obj.startswith(("your ", "ur ", "my ", "from your ")) or search_before(
            IMPERATIVE_BEFORE_RE, sentence, found.start(), 0
        ):
            return True
        if ALLOWED_BEFORE_RE.search(sentence, max(0, found.start() - 40), found.start()):
            return True  # "Totally fine to start it": the change allowed to the reader
        return is_addressed(doc, start, end) or answers_a_question(doc, start)

    @staticmethod
    def _bare_change(doc: Document, sentence: str, start: int, found: re.Match[str], named_before: bool) -> bool:
        """A change verb with no object ('take half', 'stop', 'skip it' said as 'skip') after a named medicine: in
        its sentence, or in the sentence before when the verb opens its own ("Taking ibuprofen for that knee?
        Stop.", "Missed your statin? Skip it.")."""
        if found.group("verb") not in BARE_CHANGE_VERBS:
            return False
        earlier = bool(hits_in(doc, start, start + found.start(), MEDICATION_KINDS))
        opening = named_before and found.start() <= BARE_OPENING_CHARS and _carried_named(doc, start)
        return (earlier or opening) and (
            IMPERATIVE_BEFORE_RE.search(sentence, max(0, found.start() - 20), found.start()) is not None
        )

    @staticmethod
    def _verb_fits(verb: str, obj: str, after: str) -> bool:
        """Verbs that change a medicine only in some uses: `hold` for a time, `put` away, `take` instead of."""
        if verb == "hold":
            return HOLD_TIME_RE.search(obj + " " + after[:40]) is not None
        if verb in ("bump", "crank"):
            return re.search(r"\b(?:up|down)\b", obj) is not None
        if verb == "put" and PUT_ON_RE.match(obj):
            return True  # "put your kid on the leftover amoxicillin" starts someone on a medicine
        if verb == "put":
            return PUT_AWAY_RE.search(obj + " " + after[:30]) is not None
        if verb == "throw":
            return re.search(r"\b(?:out|away)\b", obj + " " + after[:20]) is not None  # "throw the pills out"
        if verb in USE_VERBS:
            return REGIMEN_CHANGE_RE.search(obj + " " + after[:60]) is not None
        return True
