"""Telling a request for medical advice from a question about the policy on medical advice.

"Should I stop my blood thinner?" asks for advice and is declined, whatever the guide says. "Can we give
medical advice in replies?" and "A follower asked how much ibuprofen to take: what do we reply?" ask about
our policy and are answered from the guide. The rule: advice-seeking wording declines, unless the question
is plainly about what we post or how we reply on social media.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_DRUG_WORDS = (
    r"(?:medication|medicine|meds|drug|pill|tablet|dose|dosage|insulin|antibiotic|ibuprofen|tylenol|"
    r"acetaminophen|paracetamol|aspirin|advil|motrin|amoxicillin|metformin|statin|warfarin|blood thinner|"
    r"steroid|prednisone|inhaler|vaccine|shot|supplement|vitamin|antidepressant|opioid|painkiller|"
    r"prescription|chemo(?:therapy)?|treatment)s?"
)

ADVICE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\b(?:how (?:much|many)|what (?:dose|dosage|amount))\b.*\b(?:take|give|use|mg|milligrams?|"
        + _DRUG_WORDS
        + r")\b",
        r"\b\d+\s*(?:mg|mcg|ml|milligrams?|micrograms?|units?)\b",
        r"\b(?:dose|dosage|dosing|overdose)\b",
        r"\b(?:should|can|could|may|do) (?:i|he|she|they|my \w+) (?:stop|start|skip|quit|double|halve|"
        r"increase|decrease|mix|combine|keep taking|stop taking|come off)\b.*" + _DRUG_WORDS,
        r"\b(?:should|can|could|may|do) (?:i|he|she|they|my \w+) take\b(?! (?:a |the |some )?(?:photo|picture|"
        r"video|selfie|break|part|over|the lead|a look)s?\b)",
        r"\b(?:stop|start|quit|skip|double|halve|come off|wean off) (?:taking )?(?:my|his|her|their|your|the)\b.*"
        + _DRUG_WORDS,
        r"\b(?:is it|is this|are these|could it be|could this be|does this mean|do i have|does (?:he|she) have)\b"
        r".*\b(?:normal|serious|cancer|infection|dangerous|symptom|sign of|heart attack|stroke|covid|flu|"
        r"diabetes|pregnan\w*)\b",
        r"\bwhat (?:does|do|could|might) (?:my|this|these|his|her|a|the) .*\b(?:symptom|pain|rash|lump|fever|"
        r"cough|headache|bleeding|swelling|result|test|reading|number)s?\b.*\bmean\b",
        r"\b(?:i|my (?:\w+ )?(?:child|son|daughter|baby|mom|mother|dad|father|wife|husband|partner|friend))"
        r" (?:have|has|had|am having|is having|feel|feels|get|gets|keep getting)\b.*\b(?:pain|ache|fever|rash|"
        r"cough|dizzy|dizziness|bleeding|symptoms?|headache|nausea|vomiting|swelling|lump|infection|"
        r"short(?:ness)? of breath)\b",
        # whether, or when, to seek care, for oneself or someone in one's care ("when do we go to urgent care?")
        r"\b(?:should|do|does|when (?:do|does|should|to)) (?:i|we|he|she|they|my \w+) (?:need to )?(?:see|call|go to|"
        r"visit|take (?:him|her|them|my \w+) to) (?:a |an |the |my )?(?:doctor|er|emergency|hospital|gp|urgent care|"
        r"walk-in|pediatrician)\b(?! (?:gift|shop|cafeteria|parking|lobby|website|page|account|event|party|booth))",
        r"\b(?:side effects?|interactions?|interact) (?:of|with|between)\b",
        r"\bis (?:it )?safe (?:for me|to take|to mix|to combine|during pregnancy|while pregnant)\b",
        r"\bhow (?:do|can|should) i (?:treat|cure|get rid of|manage)\b",
        r"\b(?:diagnose|diagnosis for) (?:me|my)\b",
        r"\bwhat (?:should|can) i take\b",
        r"\b(?:elevated|high|low|positive|abnormal|raised)\b.*\bmean\b",
        r"\b(?:take|taking|mix|mixing|combine|combining)\s+(?:\w+\s+){0,2}" + _DRUG_WORDS + r"\b",
    )
)

# Wording that puts the question about our social media practice, not about someone's own health.
POLICY_CONTEXT = re.compile(
    r"\b(?:post|posts|posting|posted|reply|replies|replying|respond|responding|response|comment|comments|"
    r"follower|followers|page|feed|tweet|dm|direct message|social media|facebook|instagram|linkedin|twitter|"
    r"youtube|threads|online|publicly|in public|our (?:policy|guide|rules)|policy|allowed to|are we allowed|"
    r"can we (?:give|offer|provide|share)|should we (?:give|offer|provide|share)|medical advice|share|sharing|"
    r"publish|publishing|story|stories|testimonial|testimonials|campaign|content|hashtags?|awareness|caption|"
    r"humou?r|joke|write about|writing about|talk about|talking about|mention|calendar|pillar|audience|brand|"
    r"marketing|engagement|platform|channel|video|videos|blog|newsletter|infographic|promote|promotion|promos?|advertis\w*|"
    r"ads?|event|events|agency|kpi|metrics?|hipaa|phi|fda|consent|crisis plan|review|reviews|rating|survey|surveys|"
    r"discuss|discussing|cover|covering|feature|featuring|highlight|spotlight|tiktok|snapchat|pinterest|reddit|"
    r"someone asks|someone asked|a patient asks|a patient asked|patients ask|people ask|user asks|user asked)\b",
    re.IGNORECASE,
)

# A health matter tied to one person: "my", "I have", "my mom is", "she keeps".
PERSONAL = re.compile(
    r"\b(?:i|i'm|im|i've|ive|i'd|me|my|myself|mine)\b|"
    r"\b(?:his|her|their|our)\s+(?:\w+\s+)?(?:mom|mother|dad|father|son|daughter|child|kid|baby|wife|husband|"
    r"partner|friend|brother|sister|grandma|grandpa|grandmother|grandfather|parent|aunt|uncle|neighbou?r)s?\b|"
    r"\b(?:he|she|they)\s+(?:has|have|had|is|are|was|keeps|feels|took|takes|gets)\b",
    re.IGNORECASE,
)
# A health term with one of these asks what to make of it: "is chest pain after a vaccine serious?"
WORRY = re.compile(
    r"\b(?:serious|dangerous|normal|contagious|an emergency|worried|worry|safe|what (?:should|can|do) (?:i|we|she|he)"
    r" do|should (?:i|she|he|they))\b",
    re.IGNORECASE,
)
INJURY = re.compile(
    r"\b(?:i|my \w+|he|she)\s+(?:think|thinks|might|may)\b.*\b(?:broke|broken|sprain\w*|fractur\w*|infect\w*|"
    r"pregnant|sick|ill|allergic|overdos\w*|poison\w*)\b",
    re.IGNORECASE,
)
# A part of one's own body ("my knee's been clicking, should I ice it?"): a health matter of one person, though
# no condition or symptom is named.
OWN_BODY = re.compile(
    r"\bmy (?:left |right |lower |upper )?(?:knee|ankle|wrist|elbow|shoulder|hip|neck|back|spine|foot|feet|toe|"
    r"finger|thumb|leg|arm|chest|stomach|belly|tummy|throat|ear|eye|tooth|teeth|gum|jaw|skin|scalp|joint|"
    r"muscle|hamstring|calf|heel|knuckle)s?(?:'s)?\b",
    re.IGNORECASE,
)
STAFF_VOICE = re.compile(r"\b(?:we|our|us|we're|we've)\b", re.IGNORECASE)

# Clinical words beyond the term lists: with no social media context, a question about these is medical.
CLINICAL = re.compile(
    r"\b(?:symptoms?|diagnos\w*|treat|treating|treatment|cure|surgery|blood (?:pressure|sugar|test|work)|"
    r"pain|painful|hurts?|aches?|swallow\w*|injur\w*|wound|burns?|mole|a1c|cholesterol|glucose|white blood cell|"
    r"x-?ray|urgent care|emergency room|the er|side effects?|pregnan\w*|breastfeed\w*|contagious|"
    r"infect\w*|sick|virus|tumou?r|heart attack|stroke|allerg\w*|xanax|melatonin|lab results?|test results?|"
    r"temperature|sprain\w*|fractur\w*|bruis\w*|concussion|stitches)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
HEALTH_TERM_FILES = (
    "health_conditions.txt",
    "health_symptoms.txt",
    "health_drugs.txt",
    "health_procedures.txt",
    "health_screenings.txt",
)


@lru_cache(maxsize=1)
def health_terms() -> frozenset[str]:
    """Conditions, symptoms and drugs: the guardrails' own term lists (guardrails/data), lower case."""
    root = resources.files("guardrails") / "data"
    terms: set[str] = set()
    for name in HEALTH_TERM_FILES:
        for line in (root / name).read_text(encoding="utf-8").splitlines():
            line = line.strip().lower()
            if line and not line.startswith("#"):
                terms.add(line)
                terms.add(line.replace("-", " "))  # questions are read word by word: "c-section" is "c section"
    return frozenset(terms)


def mentions_health_term(question: str) -> bool:
    words = [w[:-2] if w.endswith("'s") else w for w in _WORD.findall(question.lower())]
    terms = health_terms()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            gram = " ".join(words[i : i + size])
            if gram in terms or (gram.endswith("s") and gram[:-1] in terms):
                return True
    return False


def asks_for_medical_advice(question: str) -> bool:
    """True for a request for medical advice; False for anything else, including questions about the
    policy on medical advice. Advice wording (a dose, stopping a drug, what a symptom means) or a health
    matter tied to one person ("my", "I have", "my mom is") declines, unless the question is plainly about
    what we post or how we reply."""
    if POLICY_CONTEXT.search(question):
        return False
    if any(p.search(question) for p in ADVICE_PATTERNS) or INJURY.search(question):
        return True
    if STAFF_VOICE.search(question) and not PERSONAL.search(question):
        return False  # "should we cover the measles outbreak?" asks what the team does
    return mentions_health_term(question) or bool(CLINICAL.search(question) or OWN_BODY.search(question))


def names_health_matter(question: str) -> bool:
    """Whether the question names a condition, a symptom, a drug or a clinical matter (whoever it is about)."""
    return mentions_health_term(question) or CLINICAL.search(question) is not None


def health_words(question: str) -> frozenset[str]:
    """The words of the conditions, procedures, symptoms and drugs a question names ("knee replacement"), as
    they are written (lower case): what a post is about, not which rule of the guide is asked for."""
    words = [w[:-2] if w.endswith("'s") else w for w in _WORD.findall(question.lower())]
    terms = health_terms()
    out: set[str] = set()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            gram = " ".join(words[i : i + size])
            if gram in terms or (gram.endswith("s") and gram[:-1] in terms):
                out.update(words[i : i + size])
    return frozenset(out)
