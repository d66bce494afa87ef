"""The features the advice model reads from one sentence: the idea of the wording, not the wording.

The advice patterns know the phrasings they were tuned on; unseen phrasings say the same thing with other words
about other medicines. So the model sees a sentence with its lexicon members replaced by their class (`<drug>`,
`<condition>`, `<symptom>`, `<procedure>`, a body part, a kind of care, an amount with a dose unit, a dosing
frequency, a number), as lower-case unigrams and bigrams, plus cues that decide whether a sentence is advice at
all: spoken to someone (second person, a reply), an imperative or a modal first word, a question or the answer to
one, a quotation, a population or a study, a pointer to a clinician. Every view is one pass over the sentence, so
the cost grows with the text's length and nothing else.

The training script (scripts/train_advice_model.py) calls `sentence_features` too: train and run time read the
same features by construction.
"""

from __future__ import annotations

import re

from guardrails.rules.advice_discourage import CARE_RE
from guardrails.rules.advice_person import BODY_WORDS
from guardrails.rules.base import Document
from guardrails.rules.health_terms import hits_in, sentences, words

# A lexicon kind -> the class token that stands for any of its members.
KIND_TOKENS: dict[str, str] = {
    "drug": "<drug>",
    "condition": "<condition>",
    "symptom": "<symptom>",
    "procedure": "<procedure>",
    "screening": "<screening>",
    "topic": "<topic>",
}
_NUMBER = r"(?:\d+(?:[.,/]\d+)?(?:\s?(?:-|to)\s?\d+(?:\.\d+)?)?|one|two|three|four|five|six|half(?: an?)?|a half|an?)"
DOSE_RE = re.compile(
    rf"\b{_NUMBER}\s?-?\s?(?:mg|milligrams?|mcg|micrograms?|ug|g|grams?|ml|cc|iu|units?|tsp|teaspoons?|tbsp|"
    r"tablespoons?|tabs?|tablets?|pills?|caps|capsules?|drops?|puffs?|sprays?|doses?|gummies|gummy|chewables?|"
    r"packets?|patch(?:es)?|lozenges?|softgels?|capfuls?|scoops?|spoonfuls?|dropperfuls?)\b"
)
FREQUENCY_RE = re.compile(
    r"\bevery\s+(?:\d+|one|two|three|four|five|six|eight|twelve|few|couple of)(?:\s?(?:-|to)\s?\d+)?\s*"
    r"(?:hours?|hrs?|h)\b"
    r"|\b(?:once|twice|three times|four times|\d+\s?(?:x|times))\s+(?:a|per|each|every)\s+(?:day|night|week)\b"
    r"|\b(?:once|twice|\d+\s?x)\s+daily\b|\b(?:bid|tid|qid|prn|qhs|qd)\b"
    r"|\b(?:at bedtime|before bed|as needed|on an empty stomach|nightly|daily|a day|per day)\b"
    r"|\b(?:before|after|with) (?:each |every )?(?:meals?|breakfast|lunch|dinner|food)\b"
)
_TOKEN_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[?!\"“”]")
SECOND_PERSON_RE = re.compile(r"\b(?:you|your|yours|yourself|u|ur|ya|y'all|you're|youre|you've|you'll)\b")
FIRST_PERSON_RE = re.compile(r"\b(?:i|i'm|im|i've|my|me|we|our|us)\b")
KIN_RE = re.compile(
    r"\b(?:your|ur|his|her|their) (?:son|daughter|kid|kids|kiddo|baby|toddler|husband|wife|mom|dad|partner|boy|girl|"
    r"little one|mum|hubby)\b"
)
POPULATION_RE = re.compile(
    r"\b(?:adults|children(?!'s)|kids|teens|women|men|people|patients|seniors|infants|babies|everyone|anyone|"
    r"most|many|some)\b"
)
STUDY_RE = re.compile(
    r"\b(?:study|studies|trial|trials|researchers|research|guidelines?|recommends?|recommendations?|cdc|fda|"
    r"according to|experts?)\b"
)
ASK_CLINICIAN_RE = re.compile(
    r"\b(?:talk|speak|check|consult|ask|call|see)\w*\s+(?:to\s+|with\s+)?(?:your|a|the|our)\s+(?:doctor|dr|"
    r"provider|pharmacist|physician|care team|nurse|clinician|pediatrician|prescriber)s?\b|\bnurse line\b"
)
MODAL_RE = re.compile(r"\b(?:should|shouldn't|must|need to|needs to|have to|gotta|got to|ought to|better)\b")
NEGATION_RE = re.compile(r"\b(?:don't|dont|do not|never|no need|not|no)\b")
HEDGE_RE = re.compile(r"\b(?:can|may|might|could|often|usually|sometimes|if|when)\b")
QUOTE_CHARS = frozenset('"“”«»')
REPLY_RE = re.compile(r"^\s*(?:@\w+|replying to|re:|reply to)")
# Words that open an imperative or a verdict: the first word is a feature of its own.
OPENING_WORDS = words(
    "take try stop quit skip just give use start double cut switch keep drop avoid don't dont no sounds that's "
    "thats it's its definitely probably honestly"
)

# Class tokens that are joined with every cue of their sentence ("you" AND a `<drug>`).
CONJOINED_CLASSES = ("<drug>", "<condition>", "<symptom>", "<dose>", "<freq>", "<care>", "<body>", "<procedure>")


def _replacements(doc: Document, start: int, end: int) -> list[tuple[int, int, str]]:
    """Spans of the sentence (offsets relative to it) that a class token stands for, ascending, non-overlapping."""
    text = doc.lower[start:end]
    spans = [(h.start - start, h.end - start, KIND_TOKENS.get(h.kind, "<term>")) for h in hits_in(doc, start, end)]
    spans += [(m.start(), m.end(), "<dose>") for m in DOSE_RE.finditer(text)]
    spans += [(m.start(), m.end(), "<freq>") for m in FREQUENCY_RE.finditer(text)]
    spans += [(m.start(), m.end(), "<care>") for m in CARE_RE.finditer(text)]
    spans.sort(key=lambda span: (span[0], -span[1]))
    kept: list[tuple[int, int, str]] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def sentence_tokens(doc: Document, start: int, end: int) -> list[str]:
    """The sentence's words with lexicon members, amounts, schedules, numbers and body parts as class tokens."""
    text = doc.lower[start:end]
    spans = _replacements(doc, start, end)
    out: list[str] = []
    index = 0
    emitted = -1  # the span whose class token is already out: a span of several words gives one token
    for found in _TOKEN_RE.finditer(text):
        while index < len(spans) and spans[index][1] <= found.start():
            index += 1
        if index < len(spans) and spans[index][0] <= found.start():
            if emitted != index:
                out.append(spans[index][2])
                emitted = index
            continue
        word = found.group()
        if word in QUOTE_CHARS:
            word = '"'
        elif word[0].isdigit():
            word = "<num>"
        elif word in BODY_WORDS:
            word = "<body>"
        out.append(word)
    return out


def sentence_features(doc: Document, start: int, end: int, *, after_question: bool) -> set[str]:
    """Binary features of one sentence: class-abstracted unigrams and bigrams plus the advice cues."""
    toks = sentence_tokens(doc, start, end)
    text = doc.lower[start:end]
    feats = {f"u:{t}" for t in toks}
    feats.update(f"b:{a} {b}" for a, b in zip(["^", *toks], [*toks, "$"], strict=True))
    words_only = [t for t in toks if t not in ('"', "?", "!")]
    if words_only:
        first = words_only[0]
        feats.add(f"first:{first if first in OPENING_WORDS or first.startswith('<') else 'other'}")
    cues = (
        ("you", SECOND_PERSON_RE),
        ("i", FIRST_PERSON_RE),
        ("kin", KIN_RE),
        ("population", POPULATION_RE),
        ("study", STUDY_RE),
        ("ask_clinician", ASK_CLINICIAN_RE),
        ("modal", MODAL_RE),
        ("negation", NEGATION_RE),
        ("hedge", HEDGE_RE),
    )
    feats.update(f"c:{name}" for name, pattern in cues if pattern.search(text))
    if text.rstrip().endswith("?"):
        feats.add("c:question")
    if after_question:
        feats.add("c:answer")
    if any(c in QUOTE_CHARS for c in text):
        feats.add("c:quote")
    if REPLY_RE.search(doc.lower[: min(len(doc.lower), 40)]):
        feats.add("c:reply")
    # A linear model cannot join two features: who is spoken to AND what is spoken of are one feature here.
    classes = [t for t in CONJOINED_CLASSES if f"u:{t}" in feats]
    cues_on = [f for f in feats if f.startswith(("c:", "first:"))]
    feats.update(f"x:{cue}&{cls}" for cue in cues_on for cls in classes)
    return feats


def sentence_views(doc: Document) -> list[tuple[int, int, set[str]]]:
    """Every sentence of `doc` with its features: (start, end, features), in order."""
    views: list[tuple[int, int, set[str]]] = []
    after_question = False
    for start, end in sentences(doc):
        views.append((start, end, sentence_features(doc, start, end, after_question=after_question)))
        after_question = doc.lower[start:end].rstrip().endswith("?")
    return views
