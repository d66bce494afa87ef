"""advice rules: no medical advice on the organization's account (see ../shared/spec/guardrails.md).

Medical advice tells the reader, or one particular person, what to do about their own health. So every rule
here needs two things in one sentence: the advice itself (a dose, a change of medication, a diagnosis, a
reason not to seek care) AND someone it is addressed to: an imperative, `you`/`your`, a reply to a handle,
`give her`. Population statements ("adults should get..."), what a public body or a study recommends,
"talk to your doctor" and emergency guidance are education, not advice. One exception: a dose of a named
medicine, or an amount on a schedule, is a recommendation even when it names no reader ("Best trick for
cramps: 400 mg ibuprofen at bedtime"), unless it reports a study or speaks of a population.

Every rule first checks cheap token gates (a medicine, a condition, a trigger word) and then runs its
patterns only on the sentences, or the stretch of a sentence, where a match is possible: the whole suite
has a budget of a few hundred microseconds per post.
"""

from __future__ import annotations

import re
from abc import abstractmethod
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import cache
from typing import cast

from guardrails.model import Category, Severity
from guardrails.rules.advice_discourage import (
    HEAD_INJURY_TOKENS,
    SPECIALIST_RE,
    cleared_to_play,
    discouraging_span,
    may_discourage_care,
)
from guardrails.rules.advice_features import SentenceKey, key_features, replied, sentence_key
from guardrails.rules.advice_model import CLASSES, NONE_CLASS, load_model
from guardrails.rules.advice_person import (
    ADJECTIVE_GATE,
    BODY_WORDS,
    CONDITION_ADJECTIVE_RE,
    HYPOTHESIS_BEFORE_RE,
    INJURY_RE,
    INJURY_VERBS,
    NOT_VERDICT_AFTER_RE,
    PERSON_WORDS,
    REPLY_LEAD_RE,
    STRUCTURE_TOKENS,
    SUBJECT_REACH_CHARS,
    is_vocative,
    one_person_subject,
    subject_clause,
    verdict_before,
)
from guardrails.rules.advice_shapes import (
    ADDED_ON_TOP_RE,
    APPROVAL_TOKENS,
    CHANGE_GERUNDS,
    CLINICAL_SUBJECT_WORDS,
    ORGAN_RE,
    OWNED_OBJECT_RE,
    PILL_LOOK_TOKENS,
    PILL_VERB_RE,
    REASSURANCE_RE,
    REASSURANCE_TOKENS,
    RULED_OUT_ADJECTIVE_RE,
    SPANISH_DOSE_TOKENS,
    SPANISH_STOP_TOKENS,
    SUPPLANT_TOKENS,
    approved_change,
    deictic_subject,
    described_pill,
    negated_have,
    not_verdict,
    person_subject,
    reassured_subject,
    spanish_dose,
    spanish_stop,
    supplanted,
)
from guardrails.rules.base import Document, Locality, Match, Rule, positions_in, search_before
from guardrails.rules.health_terms import (
    CONDITION,
    DRUG,
    GENERIC_DRUG_WORDS,
    PROCEDURE,
    SYMPTOM,
    TermHit,
    hits_in,
    phrases,
    sentences,
    term_hits,
    term_kinds,
    token_set,
    words,
)
from guardrails.settings import GuardrailSettings

TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
UNITS_1_TO_9 = "one two three four five six seven eight nine"
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
AMOUNT_RE = re.compile(rf"\b{_NUMBER}\s?-?\s?(?P<unit>{DOSE_UNITS})\b")
# The same for amounts written in digits: starting with \d lets the regex engine skip to digits quickly, and
# never inside a run of digits (which made a long digit run quadratic).
DIGIT_AMOUNT_RE = re.compile(
    rf"(?<![\d.,])\d+(?:[.,/]\d+)?(?:\s?(?:-|to)\s?\d+(?:\.\d+)?)?\s?-?\s?(?P<unit>{DOSE_UNITS})\b"
)
# A child's or a person's weight beside a liquid amount: the amount is dosed by weight.
BODY_WEIGHT_RE = re.compile(
    r"\b\d+\s?-?\s?(?:pounds?|lbs?|kg|kilos?)\b(?:[\s-]+(?:old\s+)?)?(?:toddler|baby|kid|child|infant|boy|girl|son|"
    r"daughter|kiddo|little one|one)?"
)
# Units of a medicine's strength, and the loose schedules that make such an amount a dose.
MEDICINE_UNITS = words("mg milligram milligrams mcg microgram micrograms ug iu")
DAILY_RE = re.compile(r"\b(?:nightly|daily|a day|per day|each day|every day|at night|before bed)\b")
NUMBER_WORDS = words(f"one two three four five six eight ten half quarter {TENS} hundred thousand") | frozenset(
    f"{tens}-{unit}" for tens in TENS.split() for unit in UNITS_1_TO_9.split()
)
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
DOSING_VERBS = (
    r"mix|dissolve|stir|take|taking|give|giving|try|use|pop|swallow|chew|double|start|add|alternate|up|load up on|"
    r"stick to|stick with|go with|grab|dose|have"
)
CLAUSE_START = (
    r"(?:^\s*|[.!?;:,\n(-]\s*|\b(?:and|then|just|so|also|simply|or|but|maybe|definitely|never|always|only)\s+)"
)
IMPERATIVE_BEFORE_RE = re.compile(
    r"(?:^\s*|[.!?;:,\n(-]\s*|\b(?:and|then|just|so|also|simply|or|but|maybe|definitely|honestly|please|now)\s+"
    r"|\blet (?:him|her|them|your [a-z]+)\s+"  # "let him skip his seizure meds": an imperative for someone else
    r"|\b(?:tell|ask|have|get|make) (?:him|her|them|your [a-z]+) (?:to )?)$"  # "tell him to pause the blood thinner"
)
IMPERATIVE_DOSING_RE = re.compile(rf"{CLAUSE_START}(?:{DOSING_VERBS})\b")
DOSING_VERB_RE = re.compile(rf"\b(?:{DOSING_VERBS}|takes|gives|dosed)\b")
SECOND_PERSON_RE = re.compile(
    r"\b(?:you|your|yours|yourself|u|ur|ya|y'all)\b|\bi'?d\b|\bi would\b|\bi recommend\b|\bi suggest\b"
    r"|\bgive (?:her|him|them|the baby|the kids?|your)\b|\b(?:my|our) (?:son|daughter|kid|baby|husband|wife|mom|dad)\b"
)
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
MEASURE_WORDS = words(
    "shot shots capful capfuls scoop scoops spoonful spoonfuls spoon spoons teaspoon teaspoons tablespoon "
    "tablespoons tsp tbsp dropperful dropperfuls squirt squirts sachet sachets"
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
REPLY_RE = re.compile(r"^\s*@\w+|\s@\w+\s*$")
# What a label or a package says, reported: "which is why some labels say to take it with food".
LABEL_SAYS_RE = re.compile(
    r"\b(?:labels?|packages?|packets?|package inserts?|inserts?|packaging|leaflets?|the box|the bottle|boxes|bottles|"
    r"manufacturers?|instructions|directions)\s+(?:\w+\s+)?(?:says?|tells?|recommends?|suggests?|advises?|directs?|lists?|reads?)\b"
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
STOP_VERBS: frozenset[str] = words(
    "stop stopping quit quitting skip skipping discontinue double halve cut increase decrease lower raise "
    "reduce up switch change drop pause swap replace ditch come get go wean ween taper throw toss lay ease back give "
    "forget hold put scrap trade dump nix leave"
)
NEGATED_RE = re.compile(r"\b(?:don'?t|do not|never|dont|not|shouldn'?t|should not|avoid)\s+(?:\w+\s+)?$")
MEDICATION_KINDS = frozenset({DRUG})
PAPERWORK_WORDS = words("prescription prescriptions generic generics refill refills")
# A population and a modal of possibility before the change: "many people can reduce or stop medication".
POPULATION_ABLE_RE = re.compile(
    r"\b(?:some|many|most|a lot of|plenty of|lots of)\s+(?:[\w'-]+\s+){0,2}?(?:people|patients|adults|women|men|kids|"
    r"children|folks|seniors|teens)\b[^.!?;]{0,60}?\b(?:are able to|were able to|can|may|might|could|manage to|"
    r"get to|eventually)\s+(?:\w+\s+(?:or|and)\s+)?$"
)
TREATMENT_WORDS: frozenset[str] = words(
    "chemo chemotherapy dialysis treatment treatments therapy radiation inhaler insulin cpap bipap nebulizer brace "
    "splint sling boot stockings aid aids"
)

DIAGNOSIS_LEAD_RE = re.compile(
    r"\b(?:sounds|looks|seems|sound|look)\s+(?:to me\s+)?(?:(?:a lot|a little|a bit|just|exactly|very much|pretty much|"
    r"kinda|kind of|so much|more)\s+)?like\b"
    r"|\b(?:sounds|looks|seems)(?!\s+(?:to me\s+)?like)\s"
    r"|\b(?:that'?s|that is|it'?s|it is|this is|you'?ve got|you have|you'?ve|u have|you got|you'?re having|"
    r"you are having|you probably have|you definitely have|you likely have|i think (?:you have|it'?s)|"
    r"i bet (?:you have|it'?s)|i'?d bet(?: on)?|my money'?s on|"
    r"my guess is|my guess(?=:)|pretty sure (?:you have|it'?s|that'?s)|"
    r"you'?re describing|you are describing)\b"
    r"|\b(?:that|this|your|ur) (?:[\w-]+'s )?(?:rash|bump|lump|cough|pain|spot|mole|swelling|headache|fever|sore|"
    r"redness|ache|stiffness|wheezing|itching|numbness)(?: [\w']+){0,3}? (?:is|are|means|sounds like|looks like)\b"
    r"|\b(?:those|these) (?!who\b)(?:[\w-]+ ){0,5}?are\b|\bthey'?re\b|\bthey are\b"
    r"|\b(?:kiddo|kid|baby|little one|toddler|lo) (?:has|has got|'s got)\b"
    r"|^\s*(?:(?:yep|yup|yeah|yes|nah|ok|okay|honestly|so)[,!.]?\s+)?"
    r"(?:probably|most likely|definitely|almost certainly)(?:\s+just)?\b"
    r"|\b(?:your|ur) (?:son|daughter|child|kid|baby|little one|husband|wife|partner|mom|dad|mother|father)"
    r"(?: \w+){0,2}? (?:has|has got|'s got|is having)\b"
    r"|\b(?:points?|pointing) to\b"
    r"|\b(?:symptoms?|[a-z]+)\s+you(?:'ve| have| are|'re)?\s+(?:mentioned|described|describe|have|had|having|"
    r"been having|get|keep getting)\s+(?:is|are|sounds? like|means?|could be|looks? like|points? to)\b"
    r"|\b(?:your|ur) (?:[\w'-]+ ){1,4}?(?:means|is a sign of|is a symptom of|comes from|is from|is caused by)\b"
    r"|\b(?:your|ur) (?:\w+'s )?(?:[\w-]+ ){0,4}(?:is|are) (?:probably|definitely|likely|just|most likely|clearly|"
    r"almost certainly|obviously)\b"
    r"|\b(?:your|ur) (?:\w+'s )(?:[\w-]+ ){0,2}(?:is|are)\b"
)
ASIDE_RE = re.compile(r"\s*\([^()]{1,160}\)")
CAUSE_OF_BEFORE_RE = re.compile(r"\b(?:cause|causes|reason|reasons|culprit|source|type|kind)s? of\s+(?:\w+\s+){0,2}$")
# "a higher risk of stroke", "one sign of diabetes": the condition is not what the person has.
NOT_A_DIAGNOSIS_TAIL_RE = re.compile(
    r"\s*(?:(?:a|an|the|one|higher|greater|lower|increased|bigger|more|most|common|early|first|main)\s+){0,3}"
    r"(?:signs?|symptoms?|risks?|chances?|odds|likelihood|causes?|types?|forms?)\s+of\b"
)
OBSERVANCE_AFTER_RE = re.compile(
    r"[\s-]+(?:[a-z]+\s+)?(?:season|awareness|month|week|day|shots?|vaccines?|vaccination|screenings?|clinic|"
    r"program|support|research|walk|run|survivors?)\b"
)
# "That's ringworm." right after a question about the reader's symptom: the answer names the condition at once.
ARTICLE_ONLY_RE = re.compile(
    r"\s+(?:(?:a|an|just|only|probably|likely|classic|textbook|most likely|early|mild|severe|full-blown)\s+){0,2}"
)
CARE_POINTER_RE = re.compile(
    r"\b(?:test|tests|tested|testing|checked|screened|see (?:us|a|your|our)|call|book|schedule|visit|our [a-z]+ "
    r"(?:clinic|team|doctors|center)|can help)\b"
)
BARE_ANSWER_PREFIX_RE = re.compile(
    r"\s*(?:a:\s*)?(?:(?:classic|textbook|definitely|probably|prob|def|totally|just|yep|yup|yeah|easy|sounds like|"
    r"that'?s|likely|most likely|almost certainly|honestly)"
    r"[,:]?\s+){0,2}(?:a |an )?"
)
# A symptom's link to what it is: a few words ("at night", "when you stand up"), then is/are/means.
LINK_SYMBOLS = ("=", "->", "\u2192")
SYMPTOM_IS_RE = re.compile(
    r"(?:\s+[\w'-]+){0,5}?\s+(?:is|are|means|=|->|\u2192)\s+(?:(?:just|probably|definitely|clearly|classic|textbook|simply)\s+)?"
    r"(?:an?\s+)?"
)
# One modifier may stand before the condition's name: "Ganglion cyst, easy.", "Seasonal allergies."
MODIFIER_GAP_RE = re.compile(r"(?:[a-z-]+ )?")
# The question names someone: the asker ("my heel") or one other person ("he woke up with it").
FIRST_PERSON_RE = re.compile(r"\b(?:my|i|i'?m|i'?ve|he|she|his|her|him)\b")
BARE_ANSWER_REST_RE = re.compile(
    r"\s*(?:,?\s*(?:every time|for sure|100%|no doubt|obviously|classic)|,\s*[a-z%']+(?: [a-z%']+){0,2})?[.!\s]*"
)
# A sentence that opens with its certainty names a condition outright: "Probably just a pulled muscle."
SURE_LEAD_RE = re.compile(r"\s*(?:\w+[,!.]?\s+)?(?:probably|most likely|definitely|almost certainly)\b")
SYMPTOM_LEAD_RE = re.compile(r"(?:that|this) [a-z]+ (?:is|are|means|sounds like|looks like)$")
CERTAINTY_RE = re.compile(
    r"\b(?:definitely|probably|likely|clearly|obviously|certainly|almost certainly|most likely|just|only|simply|"
    r"totally|for sure|classic|textbook|typical|bet|no doubt|surely|i think|i'?m sure|i'?m pretty sure|yep|yup|"
    r"yeah|every time|nothing to do with|for sure|"
    # slang and set phrases of a sure verdict: "thats prob shingles tbh", "a UTI, plain and simple"
    r"prob|def|defo|deffo|tbh|ngl|plain and simple|nothing more|no question|hands down|"
    r"based on (?:the|your|that) (?:photo|pic|picture|description|symptoms)|from (?:the|your) "
    r"(?:photo|pic|picture|description)|from what you(?:'ve)? (?:describe|described|said))\b"
    r"|, not (?:a |an |your )?[a-z]|\b100%"  # '%' ends no word: a `\b` after it would need a letter
)
CONDITIONAL_RE = re.compile(
    r"\b(?:if|when|whether|do|does|did|(?:anyone|people|those|someone|kids|adults|children) (?:who|with)|who|"
    r"could|may|might|can|symptoms? of|signs? of|risk of|know|think you|worried)\b[^.!?]*$"
)
MEDICAL_SUFFIX_RE = re.compile(
    r"\b[a-z]+(?:itis|osis|algia|emia|aemia|opathy|oma|ectomy)\b|\b(?:infection|syndrome|disorder|disease|"
    r"deficiency|fracture|sprain|strain|virus|allergy|allergies|tear|splints?|concussion|flu|cold|"
    r"viral|bacterial|infected|fractured|sprained|dislocated)\b"
    r"|\b(?:thyroid|heart|kidney|liver|lung|stomach|bladder|prostate|hormone|hormonal|sinus|gallbladder|nerve)\s+"
    r"(?:problem|issue|condition|infection|disorder)s?\b"
)

ORGANS = words("thyroid heart kidney liver lung stomach bladder prostate hormone hormonal sinus gallbladder nerve")
# "def sounds viral": a verdict adjective names what someone has as surely as a condition's name.
VERDICT_WORDS = words("viral bacterial infected fractured sprained dislocated")
VERDICT_AFTER_RE = re.compile(r"(?:[a-z]+\s+)?(?:viral|bacterial|infected|fractured|sprained|dislocated)\b")
# A condition's name the lexicon lacks, ending in a medical word: "patellofemoral pain syndrome", "de quervain's
# tenosynovitis" (up to two words before it).
SUFFIX_NAMED_RE = re.compile(rf"(?:[a-z'-]+\s+){{0,2}}?(?:{MEDICAL_SUFFIX_RE.pattern})")
MEDICAL_SUFFIX_TOKEN_RE = re.compile(r"[a-z](?:itis|osis|algia|emia|opathy|oma|infection|syndrome|disorder|splints)\b")
# Token gates: a rule whose trigger words are all absent cannot match, so its patterns never run.
MEDICATION_TRIGGERS = words(
    "stop stopping quit quitting skip skipping discontinue double halve cut increase decrease lower raise reduce up "
    "bump switch change come get go wean ditch drop pause hold swap replace don't dont not need start begin try taper "
    "take throw toss rid lay ease back give forget finish finishing put use without bump crank pop grab "
    "scrap trade dump nix refilling ween wean leave keep move wearing doing"
)
# "those symptoms point to", "his cough points to": the symptoms belong to someone.
OWNER_BEFORE_RE = re.compile(r"\b(?:those|these|your|ur|his|her|their|[a-z]+'s)\b")
OWNED_IS_RE = re.compile(r"(?:your|ur) \w+'s (?:[\w-]+ ){0,2}(?:is|are)")
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
# How far back a medicine is carried to the next sentence's pronoun or bare verb, and how far into that sentence the
# bare verb may stand ("Taking ibuprofen for that knee? Just stop.").
CARRY_CHARS = 160
BARE_OPENING_CHARS = 25
PRESCRIBER_DECIDES_RE = re.compile(
    r"\b(?:doctor|provider|prescriber|cardiologist|care team|clinician|physician|pharmacist)s? (?:may|might|can|could|"
    r"will|would|should) (?:\w+ )?(?:suggest|recommend|prescribe|advise|start|want)\b"
)
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
# "Why can't you just stop an antidepressant?", "Can I skip a dose?": a question someone asks, not an instruction.
ASKING_RE = re.compile(
    r"\s*(?:why (?:can'?t|cannot|can|should|shouldn'?t|do|does|is|are)|can|could|should|is it|are|do|does|what happens|"
    r"how (?:do|does|can|long|should)|when (?:can|should|do)|wondering|think|worried)\b"
)
# "likely a cold if there's no fever": a condition with its condition after it is a hypothesis, not a verdict.
HYPOTHESIS_AFTER_RE = re.compile(r"[\s,]*(?:if|unless|as long as|provided)\b")
# An open-ended daily routine: taking a medicine on it starts a regimen ("every 6 hours until..." only doses).
ROUTINE_RE = re.compile(
    r"\b(?:every|each) (?:morning|night|evening|day)\b|\b(?:nightly|daily)\b|\bat bedtime\b|\bat night\b|\bbefore bed\b"
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
MY_CHANGE_RE = re.compile(
    r"\bi(?:'ve| have)? (?:just )?(?:stopped|quit|ditched|dropped|came off|weaned (?:myself )?off|tapered off|"
    r"skipped|switched|cut out|gave up|threw out|doubled|halved|started)\b"
)
EMULATE_RE = re.compile(
    r"\b(?:you should (?:too|do the same|try it)|do the same|you can too|you could too|just do it|highly recommend|"
    r"i recommend it|try it yourself|worth a try|follow my lead)\b"
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
DIAGNOSIS_TRIGGERS = words(
    "sounds looks seems sound look that's thats that it's its it this you've you u ur got guess sure bet think your "
    "point points pointing describing you're those these they they're probably definitely likely means mentioned "
    "kiddo kid baby toddler lo "
    "described"
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
# Symptoms that belong in the ER: sending them anywhere else is discouraging care, whatever the alternative.
EMERGENCY_SIGNS_RE = re.compile(
    r"\b(?:chest pain|chest pressure|stroke|heart attack|can'?t breathe|trouble breathing|difficulty breathing|"
    r"shortness of breath|severe bleeding|unconscious|seizures?|suicidal|overdose|slurred speech|face drooping)\b"
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
# Care the text itself points to by name: then waiting is a threshold for it, not instead of it.
NAMED_CARE_POINTER_RE = re.compile(
    r"\b(?:call|see|contact|visit|go to|get to|head to|message)\s+(?:your|a|the|our)\s+(?:doctor|provider|"
    r"pediatrician|nurse line|er|clinic|care team|gp)\b|\b(?:call|dial) 911\b"
)
# Care raised, not waved off: "... call 911", "go straight to the ER".
ESCALATION_RE = re.compile(
    r"\b(?:call|dial|ring|phone) (?:911|999|112|an ambulance)\b|\bgo (?:straight |right )?to (?:the )?(?:er|e\.r\.|"
    r"emergency room|emergency department|a&e|nearest emergency)\b"
)
CARE_ALTERNATIVE_RE = re.compile(
    r"\b(?:urgent care|telehealth|virtual|video visit|e-?visit|nurse line|walk-?ins?|walk in|book|schedule|"
    r"primary care|911|our (?:clinic|clinics|app|nurses|doctors|team|pharmacy|pharmacies|pharmacists)|"
    r"any of our [a-z]+|call us|call our|online"
    # Spanish: "llame a nuestra linea de enfermeria", "llamenos", "haga una cita", "telemedicina"
    r"|linea de enfermeria|llame a nuestr[oa]s?|llamenos|telemedicina|consulta virtual|haga una cita|agende)\b"
)


def _offers_alternative(text: str) -> bool:
    """Does the text offer other care ("our urgent care is open"), not just mention it dismissively ("they'll
    just tell you to go to urgent care")? Each alternative looks back a bounded window: linear."""
    for alternative in CARE_ALTERNATIVE_RE.finditer(text):
        if not DISMISSED_BEFORE_RE.search(text, max(0, alternative.start() - 40), alternative.start()):
            return True
    return False


def _addressed(doc: Document, start: int, end: int) -> bool:
    """Is this sentence spoken to someone: an imperative, second person, `give her`, or a reply to a handle?"""
    spoken = doc.memo("advice.spoken_to", lambda: dict[tuple[int, int], bool]())  # once per sentence, not per verb
    if (start, end) not in spoken:
        sentence = doc.lower[start:end]
        spoken[start, end] = bool(SECOND_PERSON_RE.search(sentence) or IMPERATIVE_DOSING_RE.search(sentence))
    if spoken[start, end]:
        return True
    return bool(doc.memo("advice.reply", lambda: bool(REPLY_RE.search(doc.lower))))


def _about_care(doc: Document, start: int, end: int) -> bool:
    """Does the stretch name a medicine, a condition, a symptom, a procedure or a clinician (a rule there is a
    treatment's: "the surgeon's 'no lifting' rule")?"""
    if CLINICIAN_RE.search(doc.lower, start, end):
        return True
    return any(hit.kind in ORDER_CONTEXT_KINDS for hit in hits_in(doc, start, end))


def _paragraph_around(doc: Document, at: int) -> tuple[int, int]:
    """The paragraph of `doc` (blank lines part them) that holds the position `at`."""
    starts = _paragraph_starts(doc)
    index = bisect_right(starts, at)
    end = starts[index] if index < len(starts) else len(doc.lower)
    return starts[index - 1], end


def _sentence_around(doc: Document, at: int) -> tuple[int, int]:
    """The sentence of `doc` that holds the position `at` (the text's end when none does)."""
    for start, end in sentences(doc):
        if start <= at < end:
            return start, end
    return at, len(doc.lower)


def _answers_a_question(doc: Document, start: int) -> bool:
    """Does the sentence at `start` follow a question put to the reader ("Red ring on your arm? That's ...")?"""
    before = doc.lower[max(0, start - 120) : start].rstrip()
    if not before.endswith("?"):
        return False
    question = before[max(before.rfind("."), before.rfind("!"), before[:-1].rfind("?")) + 1 :]
    return SECOND_PERSON_RE.search(question) is not None


def _carried_named(doc: Document, start: int) -> bool:
    """Does the sentence just before `start` name a medicine by name (not "pills", "meds")? What a pronoun or a bare
    verb at the start of the sentence at `start` stands for ("Got leftover amoxicillin? Start it.")."""
    hits = hits_in(doc, max(0, start - CARRY_CHARS), start, MEDICATION_KINDS)
    if PRESCRIBED_RE.search(doc.lower, max(0, start - CARRY_CHARS), start):
        return False  # "Prescribed amoxicillin? Start it the day you pick it up": the prescriber started it
    return any(h.term not in GENERIC_DRUG_WORDS for h in hits)


def _bare_answer(doc: Document, sentence: str, start: int) -> tuple[int, int] | None:
    """ "Swollen, hot big toe? Gout." A short sentence that is only a condition, answering a question about
    someone's symptoms, names what they have. Returns the condition's span (sentence-relative) or None."""
    if len(sentence) > 60 or sentence.rstrip().endswith("?"):
        return None
    prefix = BARE_ANSWER_PREFIX_RE.match(sentence)
    if prefix is None:
        return None
    hits = hits_in(doc, start + prefix.end(), start + len(sentence), frozenset({CONDITION}))
    if not hits or not MODIFIER_GAP_RE.fullmatch(doc.lower, start + prefix.end(), hits[0].start):
        return None
    rest = sentence[hits[0].end - start :]
    if not BARE_ANSWER_REST_RE.fullmatch(rest):
        return None
    before = doc.lower[max(0, start - 120) : start].rstrip()
    if not before.endswith("?"):
        return None
    question_start = max(before.rfind("."), before.rfind("!"), before[:-1].rfind("?")) + 1
    question = (max(0, start - 120) + question_start, max(0, start - 120) + len(before))
    asked = before[question_start:]
    if (
        not hits_in(doc, question[0], question[1], frozenset({SYMPTOM}))
        and not SECOND_PERSON_RE.search(asked)
        and not FIRST_PERSON_RE.search(asked)
    ):
        return None  # a quiz ("the most common cancer in men? Prostate cancer.") asks about no one's symptoms
    after = doc.lower[start + len(sentence) : start + len(sentence) + 80]
    if CARE_POINTER_RE.search(after):
        return None  # "Sore throat? Strep! Get tested at our clinic" sends the reader to be tested
    return hits[0].start - start, hits[0].end - start


def _symptom_named(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """ "Tingling fingers at night is carpal tunnel": a symptom said to BE a condition, to someone or for sure,
    names what they have. Each symptom looks at the next few terms only: linear in the sentence."""
    hits = hits_in(doc, start, end, frozenset({CONDITION, SYMPTOM}))
    for index, symptom in enumerate(hits):
        if symptom.kind != SYMPTOM:
            continue
        link = SYMPTOM_IS_RE.match(doc.lower, symptom.end, end)
        if link is None:
            continue
        named_end = _named_condition_end(doc, hits[index + 1 : index + 4], link.end(), end)
        if named_end is None:
            continue
        if CONDITIONAL_RE.search(doc.lower, start, symptom.start):
            continue  # "if your chest pain is angina, ..."
        if CAUSE_OF_BEFORE_RE.search(doc.lower, max(start, symptom.start - 40), symptom.start):
            continue  # "the most common cause of your heel pain is plantar fasciitis" is education
        if CERTAINTY_RE.search(doc.lower, start, end) or _addressed(doc, start, end):
            return symptom.start, named_end
    return None


def _named_condition_end(doc: Document, following: list[TermHit], at: int, end: int) -> int | None:
    """Where the condition named at `at` ends: a lexicon condition right there (one modifier allowed), or a name the
    lexicon lacks that ends in a medical word ("= patellofemoral pain syndrome"); None when no condition is named
    there ("is a common sign of carpal tunnel": the condition is not what the symptom is)."""
    condition = next((h for h in following if h.start >= at), None)
    if (
        condition is not None
        and condition.kind == CONDITION
        and MODIFIER_GAP_RE.fullmatch(doc.lower, at, condition.start)
    ):
        return condition.end
    if NOT_A_DIAGNOSIS_TAIL_RE.match(doc.lower, at, end):
        return None
    named = SUFFIX_NAMED_RE.match(doc.lower, at, end)
    return named.end() if named is not None else None


def _condition_adjectives(doc: Document, toks: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of condition adjectives ("dehydrated", "out of shape") in the text, behind a token gate."""
    if not toks & ADJECTIVE_GATE:
        return []
    return [m.span() for m in CONDITION_ADJECTIVE_RE.finditer(doc.lower)]


def _spoken_to_one(doc: Document, sentence_start: int, end: int) -> bool:
    """Is the sentence spoken to someone: second person, an imperative, a vocative, or a reply to one person?"""
    if _addressed(doc, sentence_start, end):
        return True
    if doc.memo("advice.reply_lead", lambda: REPLY_LEAD_RE.match(doc.lower) is not None):
        return True
    original = doc.text[sentence_start:end]
    first = original.lstrip().split(" ", 1)[0].strip(",!").lower()
    return is_vocative(original, bool(hits_in(doc, sentence_start, sentence_start + len(first) + 4)))


def _person_verdict(
    doc: Document, sentence: str, start: int, end: int, adjectives: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """A verdict on one person's condition, built from its parts (advice_person), for wordings no lead knows."""
    if sentence.rstrip().endswith("?"):
        return None  # a question asks; it does not tell
    conditions = [(h.start - start, h.end - start) for h in hits_in(doc, start, end, frozenset({CONDITION}))]
    suffixes = (
        [m.span() for m in MEDICAL_SUFFIX_RE.finditer(sentence)] if MEDICAL_SUFFIX_TOKEN_RE.search(sentence) else []
    )
    for at, stop in sorted(conditions + adjectives + suffixes):
        copula = verdict_before(sentence, at)
        if copula is None or NOT_VERDICT_AFTER_RE.match(sentence, stop):
            continue
        if HYPOTHESIS_BEFORE_RE.search(sentence, max(0, copula - SUBJECT_REACH_CHARS), copula):
            continue  # "if you have a cold, you have a virus": a hypothesis, not a verdict
        subject = subject_clause(sentence, copula)
        subject_at = copula - len(subject)
        symptom = bool(hits_in(doc, start + subject_at, start + copula, frozenset({SYMPTOM})))
        if one_person_subject(subject, _spoken_to_one(doc, start, end), symptom):
            return start + max(subject_at, copula - 40), start + stop
    injury = INJURY_RE.search(sentence) if adjectives else None
    if (
        injury is not None
        and injury.group("part") in BODY_WORDS
        and not HYPOTHESIS_BEFORE_RE.search(subject_clause(sentence, injury.start()))
    ):
        return start + injury.start(), start + injury.end()
    return None


NEGATED_TOKENS = words("not isn't aren't ain't don't dont doesn't didn't")
# "That's Little League elbow, 100%.", "That's a swollen lymph node from the shot, nothing more.", "Those are Braxton
# Hicks, mama, not real labor": a short name said to BE what someone has, sealed by a sure marker. The lexicon need
# not know the name: the shape and the marker say it is a verdict.
SURE_ANSWER_RE = re.compile(
    r"\s*(?:(?:yep|yup|yeah|oh|ok|okay|honestly|so|nope|nah)[,!.]?\s+)?(?:that'?s|thats|it'?s|those are|these are|"
    r"they'?re)\s+(?:(?:definitely|totally|classic|textbook|just|only|almost certainly|100%)\s+)?"
    r"(?P<name>(?:an? )?[a-z][a-z'-]*(?:(?:,? and |, | |-)[a-z][a-z'-]*){0,5}?)"
    r"(?P<vocative>,\s*(?:mama|mamas|hon|honey|friend|babe|dear|love|mate|buddy|sweetie|girl|bro)\b)?"
    r"(?P<sure>,?\s*(?:100%|for sure|nothing more|nothing else|no doubt|plain and simple|guaranteed|"
    r"not (?:a |an |real |true |actual )?[a-z'-]+)|\s+(?:from|after) (?:the|your|that) [a-z-]+,\s*nothing more)"
    r"(?=\s*[.!,]|\s*$)"
)
# A symptom waved off as something minor: "it's just tension", "that's just crystals in your inner ear", "blood in
# your pee after a long run is just from the run", "that's just the Suboxone": a verdict on what causes it.
DISMISSED_RE = re.compile(
    r"\b(?:that'?s|thats|it'?s|is|are|they'?re)\s+(?:(?:probably|literally|definitely|most likely|likely|honestly|"
    r"totally|prob)\s+)?(?:just|only|nothing but)\s+(?P<name>(?:an? |the |your |from (?:the |your )?)?[a-z][a-z'-]*"
    r"(?: [a-z][a-z'-]*){0,4})"
)
DISMISS_TOKENS = words("just only")
# A person's body part: "your knee", "grandma's feet", "his left ankle".
PERSON_BODY_RE = re.compile(
    rf"\b(?:your|ur|his|her|their|[a-z]+'s)\s+(?:[a-z]+\s+)?(?:{'|'.join(sorted(BODY_WORDS, key=len, reverse=True))})\b"
)
# After "just": what is no cause of a symptom ("it's just a reminder", "that's just one of the ways we help").
NOT_A_CAUSE_RE = re.compile(
    r"(?:an? |the |your )?(?:reminder|one|part|how|what|why|a way|way|start|beginning|first|tip|few|couple|minutes?|"
    r"days?|weeks?|hours?|me|us|you|our|my|like|as|so|too|fine|ok|okay|normal|common|the way|because|about|"
    r"in time|around|here|there|right|better|worse|getting|going|coming|started|\d)\b"
)
# Spanish (accents folded): "es solo gastritis", "es nomas de las almorranas", "es de los nervios", "si le arde al
# orinar es infeccion": a condition, or a minor cause after solo / nomas / puro, said to be what someone has.
SPANISH_VERDICT_RE = re.compile(
    r"\b(?:es|son)\s+(?P<dismissive>(?:solo|nomas|nada mas|puro|pura|seguro|seguramente|definitivamente)\s+)?"
    r"(?:de (?:los|las|la|el) |del |un |una )?(?P<name>[a-z]+(?: [a-z]+){0,2})"
)
SPANISH_FOLK_CAUSES = words("nervios coraje susto empacho aire frio calor estres gases")
# Spanish words that speak to the reader or hold a symptom the lexicon lacks ("le arde", "le sale sangre", "mijo").
SPANISH_ADDRESS_RE = re.compile(r"\b(?:le|les|usted|ustedes|te|tu|tus|su|sus|mijo|mija|senora|senoras|amigo|amiga)\b")
SPANISH_SYMPTOM_RE = re.compile(
    r"\b(?:dolor|duele|duelen|arde|ardor|pica|pican|sangre|sangrado|fiebre|tos|mareo|mareos|comezon|picazon|torcedura|"
    r"diarrea|vomito|vomitos|nausea|nauseas|ronchas|granos|hinchazon|hinchado|hinchada|calentura|gripa|gripe)\b"
)
NOT_A_SPANISH_NAME_RE = re.compile(
    r"(?:importante|normal|comun|bueno|buena|mejor|necesario|necesaria|hora|tiempo|gratis|nuestro|nuestra|para|por|"
    r"que|muy|mas|facil|seguro|posible|un buen|una buena|el mejor|la mejor|todo|nada)\b"
)
SPANISH_VERDICT_TOKENS = words("es son")
# A symptom put down to a medicine: "sound like they're from your birth control", "dizzy from the dose".
DRUG_BLAMED_RE = re.compile(
    r"\b(?:(?:sounds?|looks?|seems?) like (?:they'?re|it'?s|they are|it is|that'?s) (?:probably |just |all )?"
    r"(?:from|caused by|because of|due to)|(?:getting|feeling|is|are|'s|'re) [a-z]+ (?:from|because of|due to))\s+"
    r"(?P<cause>(?:your|his|her|their|the|that|those|these) (?:new |daily |nightly |morning )?[a-z][a-z'-]*"
    r"(?: [a-z][a-z'-]*)?)"
)
DOSE_CAUSE_RE = re.compile(r"(?:your|his|her|their|the|that) (?:new |higher |bigger |extra )?(?:dose|pills?|meds)\b")
SYMPTOM_VERB_RE = re.compile(r"\b(?:dizzy|jittery|nauseous|queasy|tired|foggy|itchy|bloated|shaky|drowsy|sleepy)\b")
BLAME_TOKENS = words("from caused because due")
SURE_LEAD_TOKENS = words("that's thats it's those these they're theyre")
SURE_MARK_TOKENS = words("sure nothing doubt plain guaranteed not")
SURE_MARKS = SURE_MARK_TOKENS | words("definitely totally classic textbook certainly")  # before the name too
# What follows "that's" in a post that is no verdict on a condition: an offer, a pointer, a reassurance.
NOT_A_NAME_RE = re.compile(
    r"(?:an? )?(?:our|what|where|why|how|when|who|the (?:best|worst|time|way|reason|place|one|spot|team|number)|"
    r"(?:a )?(?:sign|reason|great|good|big|common|normal|fine|ok|okay|expected|totally normal|nothing|no|why|"
    r"free|open|here|true|right|wrong|it|all|us|you|me|him|her|them)\b)"
)


def _dismissed(doc: Document) -> list[Match]:
    """A symptom waved off as a minor cause (DISMISSED_RE), with the symptom in the sentence or in the question
    before it, said to someone. One finding per text."""
    if token_set(doc).isdisjoint(DISMISS_TOKENS) or DISMISSED_RE.search(doc.lower) is None:
        return []
    kinds = frozenset({SYMPTOM, CONDITION})
    for start, end in sentences(doc):
        sentence = doc.lower[start:end]
        if sentence.rstrip().endswith("?") or CONDITIONAL_RE.search(sentence, 0, 40):
            continue  # a question asks; "if your teen is just moody" is a hypothesis
        if CARE_POINTER_RE.search(sentence) or CARE_ALTERNATIVE_RE.search(sentence):
            continue  # "it's just a short form to sign up for our headache clinic" points to care
        for found in DISMISSED_RE.finditer(sentence):
            if NOT_A_CAUSE_RE.match(found.group("name")) or " to " in found.group("name"):
                continue  # "it's just a reminder", "just a form to fill out": no cause of a symptom
            asked = _question_before(doc, start)
            symptom = hits_in(doc, start, end, kinds) or (asked is not None and hits_in(doc, asked, start, kinds))
            # "Grandma's feet going numb with her sugar? That's just old age": a person's body part asked about
            owned_body = asked is not None and PERSON_BODY_RE.search(doc.lower, asked, start) is not None
            if (symptom or owned_body) and (asked is not None or _spoken_to_one(doc, start, end)):
                return [Match(start + found.start(), start + found.end())]
    return []


def _spanish_verdicts(doc: Document) -> list[Match]:
    """A Spanish verdict (SPANISH_VERDICT_RE) on a symptom said to the reader: a condition of the lexicon right after
    'es', or a minor or folk cause ('es solo un esguince', 'es de los nervios'). One finding per text."""
    if token_set(doc).isdisjoint(SPANISH_VERDICT_TOKENS) or SPANISH_VERDICT_RE.search(doc.lower) is None:
        return []
    for start, end in sentences(doc):
        sentence = doc.lower[start:end]
        if sentence.rstrip().endswith("?"):
            continue
        asked = _question_before(doc, start)
        scope = doc.lower[asked if asked is not None else start : end]
        symptom = bool(hits_in(doc, asked if asked is not None else start, end, frozenset({SYMPTOM})))
        if not (symptom or SPANISH_SYMPTOM_RE.search(scope)):
            continue
        if not (asked is not None or SPANISH_ADDRESS_RE.search(sentence)):
            continue
        for found in SPANISH_VERDICT_RE.finditer(sentence):
            name = found.group("name")
            if NOT_A_SPANISH_NAME_RE.match(name):
                continue
            at = start + found.start("name")
            condition = [
                h for h in hits_in(doc, at, start + found.end("name"), frozenset({CONDITION})) if h.start == at
            ]
            folk = name.split(" ", 1)[0] in SPANISH_FOLK_CAUSES
            if condition or folk or found.group("dismissive"):
                return [Match(start + found.start(), start + found.end())]
    return []


def _drug_blamed(doc: Document) -> list[Match]:
    """ "your migraines sound like they're from your birth control", "he may be getting dizzy from the dose": one
    person's symptom put down to their medicine (DRUG_BLAMED_RE) is a verdict on its cause, said to someone."""
    if token_set(doc).isdisjoint(BLAME_TOKENS) or DRUG_BLAMED_RE.search(doc.lower) is None:
        return []
    kinds = frozenset({SYMPTOM, CONDITION})
    for start, end in sentences(doc):
        for found in DRUG_BLAMED_RE.finditer(doc.lower, start, end):
            owned = found.start("cause")
            medicine = bool(hits_in(doc, owned, found.end("cause") + 1, MEDICATION_KINDS))
            if not (medicine or DOSE_CAUSE_RE.match(doc.lower, owned)):
                continue  # "from your screen time": no medicine blamed
            symptom = hits_in(doc, start, found.start(), kinds) or SYMPTOM_VERB_RE.search(doc.lower, start, owned)
            if not symptom:
                continue
            if CONDITIONAL_RE.search(doc.lower, start, min(found.start(), start + 40)) and not _addressed(
                doc, start, end
            ):
                continue
            if _spoken_to_one(doc, start, end):
                return [Match(found.start(), found.end())]
    return []


def _question_before(doc: Document, start: int) -> int | None:
    """Where the question just before `start` begins ("Headache for a week? It's just tension."), or None."""
    before = doc.lower[max(0, start - 120) : start].rstrip()
    if not before.endswith("?"):
        return None
    return max(0, start - 120) + max(before.rfind("."), before.rfind("!"), before[:-1].rfind("?")) + 1


def _sure_answers(doc: Document) -> list[Match]:
    """A short name sealed by a sure marker (SURE_ANSWER_RE), said to someone: the answer to a question put to the
    reader, a reply, or a sentence spoken to one person. One finding per text."""
    toks = token_set(doc)
    if toks.isdisjoint(SURE_LEAD_TOKENS) or (toks.isdisjoint(SURE_MARKS) and "100%" not in doc.lower):
        return []  # token gates: most texts hold no lead or no marker
    for start, end in sentences(doc):
        found = _sure_answer_in(doc, start, end)
        if found is None or NOT_A_NAME_RE.match(found.group("name")) or CARE_POINTER_RE.search(doc.lower, start, end):
            continue
        if found.group("vocative") or _answers_a_question(doc, start) or _spoken_to_one(doc, start, end):
            return [Match(found.start("name"), found.end("sure"))]
        if found.start() > start and ADDRESSEE_RE.match(doc.lower, start, found.start()):
            return [Match(found.start("name"), found.end("sure"))]  # "To the dad asking ...: that's ..., for sure"
    return []


# Who a reply is for, then a colon, then the verdict: "To the dad asking about his son's elbow: that's Little League
# elbow for sure", "@ the parent who DM'd us the rash: that's definitely hand, foot and mouth".
ADDRESS_COLON_RE = re.compile(r"[^:]{3,120}?:(?=\s)")
# An opening before the colon that names who the answer is for: "To the dad", "@ the parent", "Reply to Keisha".
ADDRESSEE_RE = re.compile(
    r"\s*(?:@|to (?:the|our|all|everyone|you|whoever|[a-z]+\b(?=[^:]{0,40}(?:asking|asked|wondering|who)))|"
    r"repl(?:y|ying)\b|answering\b|re:|dear |hi |hey |for (?:the|everyone|all) [^:]{0,40}(?:asking|asked|wondering))"
)


# The sure marker before the name: "that's definitely hand, foot and mouth", "it's 100% runner's knee". Without a
# marker after it to seal the name, the name must be a condition's: a condition of the lexicon, a medical ending or
# a body part in it (`_medical_name`), so "that's definitely worth a visit" is no verdict.
SURE_BEFORE_RE = re.compile(
    r"\s*(?:(?:yep|yup|yeah|oh|ok|okay|honestly|so)[,!.]?\s+)?(?:that'?s|thats|it'?s|those are|these are|"
    r"they'?re)\s+(?:definitely|totally|classic|textbook|almost certainly|100%|for sure|without a doubt)\s+"
    r"(?P<name>(?:an? )?[a-z][a-z'-]*(?:(?:,? and |, | |-)[a-z][a-z'-]*){0,5}?)(?P<vocative>)(?P<sure>)"
    r"(?=\s*[.!,]|\s*$)"
)


def _sure_answer_in(doc: Document, start: int, end: int) -> re.Match[str] | None:
    """A sure verdict (SURE_ANSWER_RE, or SURE_BEFORE_RE on a medical name) at the sentence's start, or right after
    the colon that ends the sentence's address to someone (up to 120 characters naming who the answer is for)."""
    address = ADDRESS_COLON_RE.match(doc.lower, start, end)
    for at in (start, address.end()) if address is not None else (start,):
        found = SURE_ANSWER_RE.match(doc.lower, at, end)
        if found is not None:
            return found
        found = SURE_BEFORE_RE.match(doc.lower, at, end)
        if found is not None and _medical_name(doc, found.start("name"), found.end("name")):
            return found
    return None


def _medical_name(doc: Document, start: int, end: int) -> bool:
    """Does the stretch name a condition: a condition of the lexicon, a medical ending ('-itis') or a body part?"""
    name = doc.lower[start:end]
    if MEDICAL_SUFFIX_TOKEN_RE.search(name) or not BODY_WORDS.isdisjoint(name.replace(",", " ").split()):
        return True
    return any(hit.kind == CONDITION for hit in hits_in(doc, start, end))


def _ruled_out(doc: Document) -> Iterator[Match]:
    """A verdict that rules a condition out for one person, or reassures them on their numbers, organ or symptom
    ("you don't have diabetes", "this chest tightness is not heart", "your thyroid is fine"): the same clinical
    judgement as naming a condition (advice_shapes). Token gates first; one finding per text."""
    toks = token_set(doc)
    negated = bool(toks & NEGATED_TOKENS)
    reassured = bool(toks & REASSURANCE_TOKENS) and (bool(toks & CLINICAL_SUBJECT_WORDS) or SYMPTOM in term_kinds(doc))
    if not negated and not reassured:
        return
    for start, end in sentences(doc):
        sentence = doc.lower[start:end]
        if sentence.rstrip().endswith("?"):
            continue
        found = _ruling_out(doc, sentence, start, end) if negated else None
        if found is None and reassured:
            found = _reassurance(doc, sentence, start, end)
        if found is not None:
            yield Match(*found)
            return


def _ruling_out(doc: Document, sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """ "you don't have diabetes", "this chest tightness is not heart": a condition or an organ ruled out."""
    conditions = [(h.start - start, h.end - start) for h in hits_in(doc, start, end, frozenset({CONDITION}))]
    for at, stop in conditions:
        if negated_have(sentence, at) and not NOT_VERDICT_AFTER_RE.match(sentence, stop):
            clause = subject_clause(sentence, at)
            if not HYPOTHESIS_BEFORE_RE.search(clause) and not HYPOTHESIS_AFTER_RE.match(sentence, stop):
                return start + max(0, at - 40), start + stop
    adjectives = [m.span() for m in CONDITION_ADJECTIVE_RE.finditer(sentence)]
    adjectives += [m.span() for m in RULED_OUT_ADJECTIVE_RE.finditer(sentence)]
    targets = sorted(conditions + [m.span() for m in ORGAN_RE.finditer(sentence)] + adjectives)
    education = EDUCATION_BEFORE_RE.search(sentence) if targets else None  # once per sentence: linear
    for at, stop in targets:
        copula = not_verdict(sentence, at)
        if copula is None or NOT_VERDICT_AFTER_RE.match(sentence, stop):
            continue
        subject = subject_clause(sentence, copula)
        subject_at = copula - len(subject)
        if (at, stop) in adjectives:
            if person_subject(subject, PERSON_WORDS) and not RULED_OUT_TAIL_RE.match(sentence, stop):
                return start + subject_at + len(subject) - len(subject.lstrip()), start + stop
            continue  # "he's not autistic", "your baby is not jaundiced": a person ruled out of a condition
        symptom = bool(hits_in(doc, start + subject_at, start + copula, frozenset({SYMPTOM})))
        if HYPOTHESIS_AFTER_RE.match(sentence, stop) or (education is not None and education.end() <= subject_at + 1):
            continue  # "your sore throat isn't strep unless ...", "usually, that pain is not your heart"
        if deictic_subject(subject, symptom, _spoken_to_one(doc, start, end)):
            return start + subject_at + len(subject) - len(subject.lstrip()), start + stop
    return None


def _reassurance(doc: Document, sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """ "your thyroid is fine", "those TSH numbers are totally normal": one person's results judged healthy."""
    education = EDUCATION_BEFORE_RE.search(sentence)  # once per sentence: linear
    for verdict in REASSURANCE_RE.finditer(sentence):
        if REASSURANCE_TAIL_RE.match(sentence, verdict.end()) or HYPOTHESIS_AFTER_RE.match(sentence, verdict.end()):
            continue  # "is normal to feel", "is normal for most adults", "is fine if ..."
        subject = subject_clause(sentence, verdict.start())
        subject_at = verdict.start() - len(subject)
        if education is not None and education.end() <= subject_at + 1:
            continue  # "most of the time, your child's fever is nothing to worry about", "within a year of quitting"
        symptom = bool(hits_in(doc, start + subject_at, start + verdict.start(), frozenset({SYMPTOM})))
        if reassured_subject(subject, _spoken_to_one(doc, start, end), symptom):
            return start + subject_at + len(subject) - len(subject.lstrip()), start + verdict.end()
    return None


# After a ruled-out adjective: a time course or a condition, education ("not contagious after 24 hours").
RULED_OUT_TAIL_RE = re.compile(r"[\s,]*(?:if|unless|when|once|after|until|while|anymore|yet|to\b|enough)\b")
# After "is normal": an infinitive, a population, a threshold or a time course makes it education ("is normal to
# feel", "for most adults", "is healthy below 200", "is normal again").
REASSURANCE_TAIL_RE = re.compile(
    r"\s+(?:to\b(?! me\b| us\b)|"
    r"for (?:most|many|some|all|adults|kids|children|people|babies|newborns|teens|women|men|everyone)\b|"
    r"after (?:a|an|the|your|any|most) (?:shot|vaccine|vaccination|booster|dose|surgery|procedure)\b|again\b|"
    r"(?:below|under|above|over|between|less than|more than|up to|within|during|when|in most)\b|(?:at|from) \d|"
    # "is normal and fades within days", "is normal and closes by 18 months": the usual course of a common finding
    r"and (?:usually |typically |often |will |should )?(?:fades?|goes away|go away|closes?|pass(?:es)?|disappears?|"
    r"resolves?|clears?|heals?|gets? better|improves?|settles?|shrinks?)\b)"
)
# Before the subject: a hedge or a time course, education about what usually happens to anyone.
EDUCATION_BEFORE_RE = re.compile(
    r"\b(?:most of the time|in most cases|usually|often|generally|typically|normally|for most|within|"
    r"after (?:quitting|you quit|stopping|giving up)|once you|by the time|in time|over time)\b"
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
    objects = [h for h in term_hits(doc) if h.kind in MEDICATION_KINDS or _treatment(h.term)]
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
    if any(h.kind in MEDICATION_KINDS or _treatment(h.term) for h in term_hits(appendix)):
        return True
    spans = sentences(appendix)
    if not spans:
        return False
    first = appendix.lower[spans[0][0] : spans[0][1]]
    return CARE_ADVISORY_RE.search(first) is None and MEDICATION_RE.search(first, 0, 60) is not None


def _reply_cues(doc: Document) -> bool:
    """Is the text a reply, by its first or last words (what `_addressed`, `_spoken_to_one` and the model read)?"""
    reply = bool(doc.memo("advice.reply", lambda: bool(REPLY_RE.search(doc.lower))))
    return reply or replied(doc) or doc.memo("advice.reply_lead", lambda: REPLY_LEAD_RE.match(doc.lower) is not None)


def _named_specialist(doc: Document) -> bool:
    return doc.memo("advice.specialists", lambda: SPECIALIST_RE.search(doc.lower) is not None)


# A blank line ends a paragraph: a companion reading stays inside the paragraph of a pattern's finding, so an
# appended paragraph (a disclaimer) is never read with the lower bar (the rules' locality contract).
PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n")


def _paragraph_starts(doc: Document) -> list[int]:
    """Where each paragraph of the text starts (the first at 0), ascending."""
    return doc.memo("advice.paragraphs", lambda: [0, *(m.end() for m in PARAGRAPH_BREAK_RE.finditer(doc.lower))])


def model_findings(doc: Document, settings: GuardrailSettings) -> dict[str, list[Match]]:
    """Score every sentence of the text; one finding per sentence whose best advice class reaches its bar, under
    that class's rule. The bar is the configured threshold on a sentence of a paragraph no advice pattern fired in.
    In a paragraph where a pattern found advice, the other sentences and the other kinds of advice of the sentence
    it fired on are read against `companion_threshold`: advice comes in runs ("Yep that's Lyme. Ask for doxycycline,
    100 mg twice a day"), and a pattern's finding is evidence that the sentences beside it advise too. A sentence
    only reads the classes no pattern already reported on it. Raises if the weights cannot be read (fail closed)."""
    model = load_model()
    threshold = settings.advice_model.threshold
    companion = settings.advice_model.companion_threshold
    fired = [
        (cls.id, m.start, m.end or m.start)
        for cls in ADVICE_RULES
        for m in cls(settings).pattern_matches(doc)
        if m.start is not None
    ]
    paragraphs = _paragraph_starts(doc) if fired else [0]
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
            probs = scored[key] = model.probabilities(key_features(key))
        rule_id, score = max(
            ((CLASSES[i], probs[i]) for i in range(1, len(CLASSES)) if CLASSES[i] not in reported),
            key=lambda pair: pair[1],
            default=(NONE_CLASS, 0.0),
        )
        if score >= bar:
            text = doc.text[start:end]
            left = start + len(text) - len(text.lstrip())
            right = end - (len(text) - len(text.rstrip()))
            message = MODEL_MESSAGE.format(message=messages[rule_id], score=score)
            found.setdefault(rule_id, []).append(Match(left, right, message))
    return found


def is_advice(doc: Document, rules: Iterable[AdviceRule]) -> bool:
    """Does any advice rule match `doc`? Cheap after the engine ran them (their results are memoized)."""
    return any(rule.scan(doc) for rule in rules)


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
        yield from CATCH_UP_RE.finditer(doc.lower, missed.end(), _paragraph_around(doc, missed.start())[1])


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
            if not _addressed(doc, start, end) and not self._bare_recommendation(doc, start, end, sentence):
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


def _dosing_schedule(sentence: str) -> bool:
    """A schedule of doses, not of meals: times a day, every N hours, a daily routine, before or after meals."""
    return DOSING_SCHEDULE_RE.search(sentence) is not None or ROUTINE_RE.search(sentence) is not None


def _treatment(term: str) -> bool:
    """A treatment one can start or stop: "physical therapy" and "radiation treatment" by their last word."""
    return term in TREATMENT_WORDS or term.rsplit(" ", 1)[-1] in TREATMENT_WORDS


def _scheduled(sentence: str) -> bool:
    return FREQUENCY_RE.search(sentence) is not None or DAILY_RE.search(sentence) is not None


def _may_count(sentence: str) -> bool:
    """Can this sentence hold an amount at all (a digit or a number word)? Cheaper than the amount pattern."""
    return _DIGIT_RE.search(sentence) is not None or any(word in sentence for word in _NUMBER_HINTS)


_DIGIT_RE = re.compile(r"\d")
_NUMBER_HINTS = ("one", "two", "three", "four", "five", "six", "eight", "ten", "half", "quarter", "ty", "hundred")


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
                if allowed or imperative or _addressed(doc, start, end) or _answers_a_question(doc, start):
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
            first, last = _paragraph_around(doc, order.start())
            if verdict.end() > last or not (replied_to or SECOND_PERSON_RE.search(lower, first, last)):
                continue
            if order.group().split(" ", 1)[0].rstrip("s") in PAPER_ORDERS and not _about_care(doc, first, last):
                continue  # "our visitor rules are strict": a rule is a treatment's only in a post about health
            start, end = _sentence_around(doc, verdict.start())
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
        objects = [h.start for h in term_hits(doc) if h.kind in MEDICATION_KINDS or _treatment(h.term)]
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
        medicine = any(h.kind in MEDICATION_KINDS or _treatment(h.term) for h in objects)
        prescribed = found.group("prescribed") or found.group("object").startswith(("prescribed", "prescription"))
        if not (medicine or prescribed):
            return None  # "instead of your usual soda": no medicine
        if not (_addressed(doc, start, end) or IMPERATIVE_BEFORE_RE.search(sentence, 0, 0)):
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
            h for h in objects if (h.kind in MEDICATION_KINDS or _treatment(h.term)) and h.term not in PAPERWORK_WORDS
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
        treatment = any(_treatment(h.term) for h in objects)
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
        return _addressed(doc, start, end) or _answers_a_question(doc, start)

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


class DiagnosisRule(AdviceRule):
    """Telling a person what condition they have."""

    id = "advice.diagnosis"
    message = "Diagnosing a person is medical advice"

    def _scan(self, doc: Document) -> Iterator[Match]:
        named = (
            list(self._named(doc))
            or _sure_answers(doc)
            or _dismissed(doc)
            or _spanish_verdicts(doc)
            or _drug_blamed(doc)
        )
        yield from named
        ends = sorted(m.end or 0 for m in named)
        for found in _ruled_out(doc):
            if found.start is not None and not positions_in(ends, found.start - 400, found.end or found.start):
                yield found

    def _named(self, doc: Document) -> Iterator[Match]:
        """A condition named as what one person has, by a lead phrase, a bare answer or the verdict structure."""
        toks = token_set(doc)
        # "knee pain on stairs = patellofemoral pain syndrome": a symbol for `is` links a symptom to its verdict
        leads_possible = bool(toks & DIAGNOSIS_TRIGGERS) or any(symbol in doc.lower for symbol in LINK_SYMBOLS)
        structure_possible = bool(toks & STRUCTURE_TOKENS)
        if not leads_possible and not structure_possible and "?" not in doc.lower:
            return
        anchors = [h.start for h in term_hits(doc) if h.kind in (CONDITION, SYMPTOM)]
        if toks & ORGANS or toks & VERDICT_WORDS or MEDICAL_SUFFIX_TOKEN_RE.search(doc.lower):
            anchors = sorted(anchors + [m.start() for m in MEDICAL_SUFFIX_RE.finditer(doc.lower)])
        adjectives = _condition_adjectives(doc, toks) if structure_possible else []
        if toks & INJURY_VERBS and toks & PERSON_WORDS:
            adjectives = sorted(adjectives + [(m.start(), m.end()) for m in INJURY_RE.finditer(doc.lower)])
        if not anchors and not adjectives:
            return
        for start, end in sentences(doc):
            inside = [at - start for at in positions_in(anchors, start, end)]
            adjective_spans = [(a - start, b - start) for a, b in adjectives if start <= a and b <= end]
            if not inside and not adjective_spans:
                continue
            sentence = doc.lower[start:end]
            if sentence.rstrip().endswith("?") and ASKING_RE.match(sentence):
                continue  # "Think you have the flu?" asks; the answer (a bare answer) is read on its own
            found = self._named_by_lead(doc, sentence, start, end, inside, leads_possible) if inside else None
            if found is None and structure_possible:
                found = _person_verdict(doc, sentence, start, end, adjective_spans)
            if found is not None and not HYPOTHESIS_AFTER_RE.match(doc.lower, found[1]):
                yield Match(*found)

    def _named_by_lead(
        self, doc: Document, sentence: str, start: int, end: int, inside: list[int], leads_possible: bool
    ) -> tuple[int, int] | None:
        """A diagnosis in one of the known shapes: a bare answer, a symptom said to be a condition, a lead."""
        answer = _bare_answer(doc, sentence, start)
        if answer is not None:
            return start + answer[0], start + answer[1]
        if not leads_possible:
            return None
        named = _symptom_named(doc, start, end)
        if named is not None:
            return named
        # the lead comes shortly before the condition: search only that stretch
        reach = 70 + sum(len(aside.group()) for aside in ASIDE_RE.finditer(sentence, 0, inside[0]))
        for lead in DIAGNOSIS_LEAD_RE.finditer(sentence, max(0, inside[0] - reach), inside[-1]):
            span = self._diagnosis(doc, sentence, start, lead)
            if span is not None:
                return start + lead.start(), start + span
        return None

    def _diagnosis(self, doc: Document, sentence: str, start: int, lead: re.Match[str]) -> int | None:
        """End (sentence-relative) of the diagnosed condition after `lead`, or None when it is no diagnosis."""
        # "what you're describing (burning when you pee, going every twenty minutes) is a UTI": an aside in
        # parentheses between the lead and the verdict is read past
        aside = ASIDE_RE.match(sentence, lead.end())
        reach = aside.end() if aside is not None else lead.end()
        tail = sentence[reach : reach + 64]
        words = tail.split()[:9]
        window_end = reach + (len(" ".join(words)) + 2 if words else 0)
        conditions = [
            h
            for h in hits_in(doc, start + reach, start + window_end, frozenset({CONDITION, SYMPTOM}))
            if h.kind == CONDITION or h.term in ("cold", "flu")
        ]
        suffix = MEDICAL_SUFFIX_RE.search(sentence, reach, window_end)
        if not conditions and suffix is None:
            return None
        end = conditions[0].end - start if conditions else suffix.end() if suffix else lead.end()
        lead_text = lead.group()
        bare_verb = lead_text.startswith(("sounds ", "looks ", "seems ")) and not lead_text.endswith("like")
        if bare_verb and not VERDICT_AFTER_RE.match(sentence, lead.end()):
            return None  # "looks great": without `like` only a verdict adjective follows a diagnosis
        before = sentence[sentence.rfind(",", 0, lead.start()) + 1 : lead.start()]  # the lead's own clause
        if CONDITIONAL_RE.search(before) or NOT_A_DIAGNOSIS_TAIL_RE.match(tail):
            return None
        if lead_text.split(" ", 1)[0] in ("you", "you've", "youve", "u") and HYPOTHESIS_BEFORE_RE.search(
            sentence, max(0, lead.start() - SUBJECT_REACH_CHARS), lead.start()
        ):
            return None  # "if you have a cold, you have a virus": a hypothesis in an earlier clause
        if lead_text.startswith(("sound", "look", "seem")) or SURE_LEAD_RE.match(lead_text):
            return end
        if lead_text.startswith("point") and not (
            OWNER_BEFORE_RE.search(before) or _addressed(doc, start, start + len(sentence))
        ):
            return None  # "sneezing that lasts for weeks points to allergies" describes a pattern, not a person
        if lead_text.startswith(
            ("that", "it", "this", "those", "these", "they", "kid", "baby", "little", "toddler", "lo ")
        ):
            if SYMPTOM_LEAD_RE.match(lead_text):
                return end  # "that rash is ringworm" speaks of one person's symptom
            if OBSERVANCE_AFTER_RE.match(sentence, end):
                return None  # "it's flu season", "this is Eating Disorders Awareness Week"
            certain = CERTAINTY_RE.search(sentence)
            if certain or doc.memo("advice.reply", lambda: bool(REPLY_RE.search(doc.lower))):
                return end
            first = conditions[0].start - start if conditions else suffix.start() if suffix else -1
            prefix = ARTICLE_ONLY_RE.match(sentence, lead.end())
            named_at_once = prefix is not None and prefix.end() == first
            return end if named_at_once and _answers_a_question(doc, start) else None
        if lead_text in ("you have", "u have", "you got") and re.match(r"\s*(?:a\s+)?(?:history|family)\b", tail):
            return None
        if OWNED_IS_RE.fullmatch(lead_text):
            # "your mom's memory problems are early Alzheimer's": the condition follows at once
            prefix = ARTICLE_ONLY_RE.match(sentence, lead.end())
            first = conditions[0].start - start if conditions else suffix.start() if suffix else -1
            return end if prefix is not None and prefix.end() == first else None
        return end


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
        for first in _paragraph_starts(doc):  # one paragraph at a time: an appended one never changes the finding
            last = PARAGRAPH_BREAK_RE.search(doc.lower, first)
            found = cleared_to_play(doc.lower[first : last.start() if last else len(doc.lower)])
            if found is not None:
                span = first + found[0], first + found[1]
                break
        if span is None:
            return None
        start, end = _sentence_around(doc, span[0])
        if _addressed(doc, start, end) or search_before(IMPERATIVE_BEFORE_RE, doc.lower, span[0], 0):
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
            if _addressed(doc, start, end) or search_before(IMPERATIVE_BEFORE_RE, doc.lower, found.start(), 0):
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
        span = discouraging_span(sentence, specialists=specialists)
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


ADVICE_RULES: tuple[type[AdviceRule], ...] = (DosageRule, MedicationRule, DiagnosisRule, DiscourageCareRule)
RULES: tuple[type[Rule], ...] = ADVICE_RULES

__all__ = [
    "ADVICE_RULES",
    "RULES",
    "AdviceRule",
    "DiagnosisRule",
    "DiscourageCareRule",
    "DosageRule",
    "MedicationRule",
    "is_advice",
]
