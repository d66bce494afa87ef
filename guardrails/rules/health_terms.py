"""The health vocabulary the advice, disclaimer and claims rules share, and the per-text views built from it.

Term lists live in guardrails/data/health_*.txt so that clinicians can extend them without touching code.
A text is tokenized once per check (memoized on the Document) and looked up in plain sets: far cheaper than
one regex alternation of seven hundred terms, and it matches `Parkinson's`, plurals and hyphenated forms alike.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from guardrails.rules.base import Document

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

CONDITION = "condition"
SYMPTOM = "symptom"
DRUG = "drug"
PROCEDURE = "procedure"
SCREENING = "screening"
TOPIC = "topic"

TERM_FILES: dict[str, str] = {
    CONDITION: "health_conditions.txt",
    SYMPTOM: "health_symptoms.txt",
    DRUG: "health_drugs.txt",
    PROCEDURE: "health_procedures.txt",
    SCREENING: "health_screenings.txt",
    TOPIC: "health_topics.txt",
}


def words(text: str) -> frozenset[str]:
    """A word list written as one string: easier to read and extend than a column of quoted words."""
    return frozenset(text.split())


def phrases(text: str) -> list[str]:
    """A phrase list written as one `|`-separated string."""
    return text.split("|")


# Words that only say "some medicine": they make a sentence about medication, but they name no drug.
GENERIC_DRUG_WORDS: frozenset[str] = words(
    "medication medications medicine medicines meds med pill pills tablet tablets capsule capsules "
    "prescription prescriptions dose doses dosage supplement supplements vitamin vitamins generic generics"
)

_TOKEN_RE = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_SENTENCE_END_RE = re.compile(r"[.!?;]+(?=\s|$)|\n+")


@dataclass(frozen=True, slots=True)
class TermHit:
    """One health term found in the lower-cased matching copy."""

    start: int
    end: int
    kind: str
    term: str


def _key(token: str) -> str:
    """The lookup form of a token: `Parkinson's` -> `parkinson`, `don't` -> `dont`."""
    if token.endswith("'s"):
        token = token[:-2]
    return token.replace("'", "")


class Lexicon:
    """Term -> kind, looked up by token n-grams. Built once per process (see `lexicon()`).

    `index` holds every raw token that can start a term (with its plural and possessive forms), so a text
    is mostly filtered by one set lookup per token; only candidates are examined further.
    """

    def __init__(self, terms: dict[str, list[str]]) -> None:
        self.kinds: dict[str, str] = {}
        sizes: dict[str, set[int]] = {}
        for kind, words in terms.items():
            for word in words:
                tokens = [_key(t) for t in _TOKEN_RE.findall(word.lower())]
                if not tokens:
                    continue
                key = " ".join(tokens)
                self.kinds.setdefault(key, kind)
                first = tokens[0]
                forms = [first, first + "'s", first + "s'"]
                if len(tokens) == 1:
                    forms += [first + "s", first + "es"]
                    if first.endswith("y") and len(first) > 3:
                        forms.append(first[:-1] + "ies")  # cavity -> cavities, allergy -> allergies
                for form in forms:
                    sizes.setdefault(form, set()).add(len(tokens))
        # raw token -> the term lengths (in tokens) that can start with it, longest first
        self.index: dict[str, tuple[int, ...]] = {
            form: tuple(sorted(lengths, reverse=True)) for form, lengths in sizes.items()
        }

    def lookup(self, key: str) -> str | None:
        """Kind of a term, trying the singular of a plural too."""
        kind = self.kinds.get(key)
        if kind is None and len(key) > 3 and key.endswith("s"):
            kind = self.kinds.get(key[:-1])
            if kind is None and key.endswith("es"):
                kind = self.kinds.get(key[:-2])
            if kind is None and key.endswith("ies"):
                kind = self.kinds.get(key[:-3] + "y")
        return kind

    def scan(self, lower: str, raw: list[str] | None = None) -> list[TermHit]:
        """Every term in `lower`, longest match first, left to right. `raw` is its token list if known."""
        raw = raw if raw is not None else _TOKEN_RE.findall(lower)
        index = self.index
        candidates = [i for i, token in enumerate(raw) if token in index]
        if not candidates:
            return []
        count = len(raw)
        keys = [_key(t) for t in raw] if "'" in lower else raw
        found: list[tuple[int, int, str, str]] = []  # (first token, last token, kind, key)
        skip_to = 0
        for i in candidates:
            if i < skip_to:
                continue
            for size in index[raw[i]]:
                if i + size > count:
                    continue
                key = " ".join(keys[i : i + size]) if size > 1 else keys[i]
                kind = self.lookup(key)
                if kind is not None:
                    found.append((i, i + size - 1, kind, key))
                    skip_to = i + size
                    break
        if len(found) > _FIND_EACH_AT_MOST:  # many hits: locate every token once (finding each is quadratic)
            spans = [m.span() for m in _TOKEN_RE.finditer(lower)]
            return [TermHit(spans[f][0], spans[e][1], k, t) for f, e, k, t in found]
        hits: list[TermHit] = []
        for first, end, kind, key in found:
            start = _token_start(lower, raw, first)
            stop = _token_start(lower, raw, end)
            if start < 0 or stop < 0:  # cannot happen with one tokenizer; stay correct if it ever does
                spans = [m.span() for m in _TOKEN_RE.finditer(lower)]
                return [TermHit(spans[f][0], spans[e][1], k, t) for f, e, k, t in found]
            hits.append(TermHit(start, stop + len(raw[end]), kind, key))
        return hits


_FIND_EACH_AT_MOST = 8
_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _token_start(lower: str, raw: list[str], index: int) -> int:
    """Offset of token `index`: the n-th whole-token occurrence of its text, n counted in `raw`.

    Cheaper than locating every token of the post when only a few of them are health terms.
    """
    token = raw[index]
    remaining = raw[:index].count(token)
    size = len(token)
    pos = lower.find(token)
    while pos != -1:
        if _whole_token(lower, pos, pos + size):
            if remaining == 0:
                return pos
            remaining -= 1
        pos = lower.find(token, pos + 1)
    return -1


def _whole_token(lower: str, start: int, end: int) -> bool:
    """Is lower[start:end] a whole token of _TOKEN_RE (not part of `heart-healthy` or `x-ray's`)?"""
    if start > 0:
        before = lower[start - 1]
        if before in _TOKEN_CHARS or (before in "-'" and start > 1 and lower[start - 2] in _TOKEN_CHARS):
            return False
    if end < len(lower):
        after = lower[end]
        if after in _TOKEN_CHARS or (after in "-'" and end + 1 < len(lower) and lower[end + 1] in _TOKEN_CHARS):
            return False
    return True


def tokens(doc: Document) -> list[str]:
    """The raw word tokens of the lower-cased matching copy, computed once per check."""
    return doc.memo("health_terms.tokens", lambda: _TOKEN_RE.findall(doc.lower))


def token_set(doc: Document) -> frozenset[str]:
    """The distinct tokens: rules test their trigger words against it before running any regex."""
    return doc.memo("health_terms.token_set", lambda: frozenset(tokens(doc)))


def load_terms(name: str) -> list[str]:
    """One data file's terms: one a line, `#` starts a comment."""
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.strip().lower() for line in lines if line.strip() and not line.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon({kind: load_terms(name) for kind, name in TERM_FILES.items()})


def term_hits(doc: Document) -> list[TermHit]:
    """The health terms of `doc`, computed once per check and shared by every rule."""
    return doc.memo("health_terms.hits", lambda: lexicon().scan(doc.lower, tokens(doc)))


def term_kinds(doc: Document) -> frozenset[str]:
    return doc.memo("health_terms.kinds", lambda: frozenset(hit.kind for hit in term_hits(doc)))


def sentences(doc: Document) -> list[tuple[int, int]]:
    """Sentence spans of the matching copy: the unit the advice rules judge a statement by."""

    def split() -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        cursor = 0
        for found in _SENTENCE_END_RE.finditer(doc.lower):
            if found.end() > cursor and doc.lower[cursor : found.start()].strip():
                spans.append((cursor, found.end()))
            cursor = found.end()
        if doc.lower[cursor:].strip():
            spans.append((cursor, len(doc.lower)))
        return spans

    return doc.memo("health_terms.sentences", split)


def hits_in(doc: Document, start: int, end: int, kinds: frozenset[str] | None = None) -> list[TermHit]:
    """The term hits inside [start, end), optionally of some kinds only.

    Hits come in order of position and are never empty, so only those starting in [start, end) are looked at: the
    advice rules ask once per sentence and per verb, which scanning every hit made quadratic on long texts."""
    hits = term_hits(doc)
    starts = doc.memo("health_terms.hit_starts", lambda: [h.start for h in hits])
    inside = hits[bisect_left(starts, start) : bisect_left(starts, end)]
    return [h for h in inside if h.end <= end and (kinds is None or h.kind in kinds)]
