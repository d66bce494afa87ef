"""The input guard: a topic goes through the guardrails before any drafter (or LLM) sees it.

PHI is redacted and the person is told what kind of detail was removed; the redaction tags are then taken
out so that no post is written "about [NAME]". A topic that asks for medical advice or a guaranteed outcome
is refused with the reason: no wording of the post could make such a request compliant.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from bot.drafting.content import DraftingInputError
from bot.messages import drafting as msg
from guardrails import Category, Engine, Severity
from guardrails.rules.health_terms import load_terms

MAX_TOPIC_CHARS = 300
_TAG = re.compile(r"\[[A-Z][A-Z_]*\](?:'s|-years?-old)?")
# Words that only made sense next to what was removed ("call [PHONE]", "for our [AGE]-year-old patient in [ID]").
DANGLING_WORDS = [
    "for",
    "in",
    "at",
    "of",
    "on",
    "with",
    "from",
    "to",
    "and",
    "our",
    "the",
    "a",
    "an",
    "by",
    "room",
    "bed",
    "patient",
    "patients",
    "mrn",
    "chart",
    "record",
    "id",
    "number",
    "no",
    "phone",
    "call",
    "email",
    "ssn",
    "dob",
    "born",
]
_DANGLING = re.compile(r"(?:\s+(?:" + "|".join(DANGLING_WORDS) + r"))+$", re.I)
# Words that say nothing about a subject once a person's details are gone ("thank you to the family of [NAME]"):
# a topic left with only these and DANGLING_WORDS held nothing but the person, so there is nothing to draft.
_FILLER_WORDS = frozenset(
    [w.lower() for w in DANGLING_WORDS]
    + [
        "thank",
        "thanks",
        "you",
        "your",
        "congrats",
        "congratulations",
        "welcome",
        "wishing",
        "wish",
        "happy",
        "family",
        "families",
        "his",
        "her",
        "their",
        "them",
        "him",
        "she",
        "he",
        "they",
        "is",
        "was",
        "went",
        "home",
        "today",
        "this",
        "week",
        "story",
    ]
)
_WORD = re.compile(r"[^\W_]+", re.U)

# Requests for advice to one person: dosing, changing a treatment, a diagnosis, skipping care.
ADVICE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "dosing",
        re.compile(r"\b(dosage|dosing|doses?\s+(of|for)|how\s+(much|many|often)\b.{0,40}\b(take|give|use))\b", re.I),
    ),
    ("dosing", re.compile(r"\b\d+(\.\d+)?\s?(mg|mcg|ml|iu|tablets?|pills?)\b", re.I)),
    (
        "changing a medication",
        re.compile(
            r"\b(stop|quit|skip|double|halve|increase|decrease|switch|come\s+off)\s+(taking\s+)?"
            r"(your|my|his|her|their|the)?\s*(\w+\s+){0,2}(medication|medicine|meds|insulin|pills?|dose|"
            r"blood\s+thinners?|antibiotics?|statins?|treatment|chemo)\b",
            re.I,
        ),
    ),
    (
        "a diagnosis",
        re.compile(r"\b(do\s+(i|you|they)\s+have|diagnose\s+(me|my|him|her)|is\s+it\s+(cancer|a\s+stroke))\b", re.I),
    ),
    (
        "what one person should do",
        re.compile(
            r"\b(what|which)\s+(medication|medicine|drug|pills?)\s+should\b|\bshould\s+(i|my\s+\w+)\s+take\b", re.I
        ),
    ),
    (
        "skipping care",
        re.compile(
            r"\b(no\s+need\s+to\s+see\s+a\s+doctor|instead\s+of\s+(seeing\s+)?a\s+doctor|avoid\s+the\s+er)\b", re.I
        ),
    ),
)

# Requests for a guaranteed or absolute outcome (claims.guarantee): the request itself is the problem.
GUARANTEE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\bguarantee[ds]?\b", re.I),
    re.compile(r"\b100\s?%\s*(effective|success|successful|safe|results?|cure)", re.I),
    re.compile(r"(?<!\ba\s)(?<!\bthe\s)\bcur(e|es|ed)\b(?!\s+(research|search))", re.I),
    re.compile(r"\b(miracle|risk[- ]free|no\s+side\s+effects|painless|never\s+fails|always\s+works)\b", re.I),
)


class GuardedTopic(BaseModel):
    model_config = ConfigDict(frozen=True)

    topic: str = Field(description="Safe to draft from and to send to an LLM: PHI removed.")
    removed: list[str] = Field(default_factory=list, description="Rule ids of the PHI that was removed.")
    notices: list[str] = Field(default_factory=list)
    refused: str | None = None


def guard_topic(raw: str, engine: Engine) -> GuardedTopic:
    """Raises DraftingInputError for an empty or oversized topic; otherwise returns the safe topic or a refusal."""
    text = " ".join(raw.split())
    if not text:
        raise DraftingInputError(msg.EMPTY_TOPIC)
    if len(text) > MAX_TOPIC_CHARS:
        raise DraftingInputError(msg.TOPIC_TOO_LONG.format(length=len(text), limit=MAX_TOPIC_CHARS))
    report = engine.check(text)
    phi = [f for f in report.findings if f.category is Category.PHI]
    redacted = report.redacted_text if phi else text
    removed = list(dict.fromkeys(f.rule for f in phi))
    notices = [msg.PHI_REMOVED.format(kinds=", ".join(msg.PHI_KINDS.get(r, r) for r in removed))] if removed else []
    topic = _without_person(redacted) if removed else text
    refusal = _refusal(topic, [f.rule for f in report.findings if f.severity is Severity.BLOCK and not f.is_phi])
    if refusal is None and (not topic or (removed and _only_filler(topic))):
        raise DraftingInputError(msg.TOPIC_ONLY_PHI)
    return GuardedTopic(topic=topic or redacted, removed=removed, notices=notices, refused=refusal)


# The keyword that named an identifier ("MRN 7730021", "member id: W123", "acct no. 5551"): the guardrails redact
# the value only, so the label is taken out with the tag, or "MRN" is left in the topic and its hashtags.
_ID_LABEL = (
    r"(?:medical\s+record|health\s+plan|social\s+security|e-?mail|mrn|record|chart|member|subscriber|policy|plan|"
    r"insurance|beneficiary|id|acct|account|a/c|room|rm|bed|case|claim|ssn|license|licence|lic|dl|passport|serial|"
    r"device|vin|plate|certificate|cert|phone|tel|telephone|call|fax|cell|mobile|ip|url|no|nr|number|num|in|at)"
)
_ID_TAGS = r"MRN|PLAN_ID|ACCOUNT|ID|SSN|LICENSE|DEVICE|VEHICLE|PHONE|FAX|EMAIL|IP|URL"
_LABELS = re.compile(
    r"(?:(?<![\w-])" + _ID_LABEL + r"\b\.?[\s:#\-]*)+(?=\[(?:" + _ID_TAGS + r")\])"
    r"|(?:(?<![\w-])(?:dob|d\.o\.b\.|date\s+of\s+birth|born)\b\.?[\s:#\-]*)+(?=\[DATE\])",
    re.I,
)

# "Maria Gonzalez's recovery after her stroke": once the name goes, "her" still makes the post about one patient.
_PERSON_PRONOUN = re.compile(r"\b(?:his|her|their)\s+(?=\w)", re.I)


def _without_person(redacted: str) -> str:
    """The redacted topic without the tags, the labels that named them, the words left dangling and the pronouns
    that pointed at the person."""
    topic = " ".join(_PERSON_PRONOUN.sub("", _TAG.sub(" ", _LABELS.sub("", redacted))).split())
    return _DANGLING.sub("", topic).strip(" ,;:-")


def _only_filler(topic: str) -> bool:
    """Left after removing PHI: only the words that framed the person ("our", "thank you to the family of")."""
    return all(word.lower() in _FILLER_WORDS for word in _WORD.findall(topic))


# "how much tylenol for a fever": a question of amount or frequency about a named medicine asks for a dose,
# even without "take" or "give" (ADVICE_PATTERNS needs one of those).
_HOW_MUCH = re.compile(r"\bhow\s+(?:much|many|often|long)\b(.{0,60})", re.I | re.S)
_TOKEN = re.compile(r"[a-z0-9][a-z0-9-]*")


# Nutrients: "how much calcium do adults need" is population nutrition education, not a dose for one person.
_NUTRIENTS = frozenset(
    ["vitamin", "vitamins", "calcium", "iron", "zinc", "magnesium", "potassium", "folate", "fiber", "protein"]
)


@lru_cache(maxsize=1)
def _drug_words() -> frozenset[str]:
    """Single-word medicines and supplements from the guardrails' own list (tylenol, ibuprofen, melatonin)."""
    return frozenset(t for t in load_terms("health_drugs.txt") if " " not in t and t not in _NUTRIENTS)


def _asks_dose_of_a_drug(topic: str) -> bool:
    found = _HOW_MUCH.search(topic)
    return found is not None and not _drug_words().isdisjoint(_TOKEN.findall(found.group(1).lower()))


def _refusal(topic: str, blocking_rules: list[str]) -> str | None:
    for what, pattern in ADVICE_PATTERNS:
        if pattern.search(topic):
            return msg.REFUSED_ADVICE.format(what=what)
    if _asks_dose_of_a_drug(topic):
        return msg.REFUSED_ADVICE.format(what="dosing")
    for pattern in GUARANTEE_PATTERNS:
        found = pattern.search(topic)
        if found:
            return msg.REFUSED_GUARANTEE.format(what=found.group(0))
    advice = [r for r in blocking_rules if r.startswith("advice.")]
    if advice:
        return msg.REFUSED_ADVICE.format(what=", ".join(advice))
    if "claims.guarantee" in blocking_rules:
        return msg.REFUSED_GUARANTEE.format(what="claims.guarantee")
    if blocking_rules:
        return msg.REFUSED_BLOCKED.format(rules=", ".join(dict.fromkeys(blocking_rules)))
    return None
