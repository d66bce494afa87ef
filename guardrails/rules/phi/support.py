"""Shared pieces of the PHI identifier rules: the common class constants, checksums, allowlist helpers.

The identifier rules (contacts, identifiers, locations) all block and redact with a type tag, and several
need the same checksum or the same way of comparing a domain with the organization's own. Keeping those
here means one rule's allowlist can never disagree with another's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import ClassVar

from guardrails.model import Category, FixKind, Severity
from guardrails.rules.base import Document, PatternRule
from guardrails.settings import GuardrailSettings

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "data"


class PhiPatternRule(PatternRule):
    """A HIPAA identifier: always `block`, fixed by redacting the span with the rule's tag."""

    category: ClassVar[Category] = Category.PHI
    severity: ClassVar[Severity] = Severity.BLOCK
    fix: ClassVar[FixKind | None] = FixKind.REDACT


def luhn_ok(digits: str) -> bool:
    """The Luhn mod-10 check (IMEI, NPI with its 80840 prefix, card numbers)."""
    if not digits.isdigit():
        return False
    total = 0
    for index, ch in enumerate(reversed(digits)):
        value = int(ch)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def only_alnum(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum()).upper()


def host_of(url: str) -> str:
    """The lower-case host of a URL written with or without a scheme, without `www.` and port."""
    rest = url.split("://", 1)[1] if "://" in url else url
    host = re.split(r"[/?#]", rest, maxsplit=1)[0].lower()
    host = host.rsplit("@", 1)[-1].split(":", 1)[0].rstrip(".")
    return host.removeprefix("www.")


def domain_in(host: str, domains: Iterable[str]) -> bool:
    """True when `host` is one of `domains` or a subdomain of one."""
    return any(host == d or host.endswith("." + d) for d in domains)


def org_domains(settings: GuardrailSettings) -> frozenset[str]:
    """The organization's web domains: its website's, the configured extra ones, and its e-mail domains."""
    org = settings.organization
    found = {host_of(org.website)} if org.website else set()
    found.update(host_of(d) for d in org.domains if d.strip())
    found.update(e.rsplit("@", 1)[1].lower() for e in org.emails if "@" in e)
    return frozenset(d for d in found if d)


def org_handles(settings: GuardrailSettings) -> frozenset[str]:
    """The organization's social handles, lower-case, without the `@`."""
    return frozenset(h.strip().lstrip("@").lower() for h in settings.organization.handles if h.strip())


@lru_cache(maxsize=8)
def data_lines(name: str) -> frozenset[str]:
    """A term list from guardrails/data: one entry a line, `#` starts a comment, compared lower-case."""
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(e for e in entries if e)


def word_starts(doc: Document, words: frozenset[str]) -> list[tuple[int, str]]:
    """Where the given words start as whole letter runs, as (start, word) in order: keyword rules try their regex
    only there. The word set says which of them occur at all, so this is a few `str.find` calls on most posts."""
    lower = doc.lower
    starts: list[tuple[int, str]] = []
    for word in words & word_set(doc):
        size = len(word)
        index = lower.find(word)
        while index != -1:
            after = index + size
            if (index == 0 or not lower[index - 1].isalpha()) and (after == len(lower) or not lower[after].isalpha()):
                starts.append((index, word))
            index = lower.find(word, index + 1)
    starts.sort()
    return starts


def word_set(doc: Document) -> frozenset[str]:
    """The lower-case letter runs of the text: a cheap "could this rule match at all?" test."""
    return doc.words


SENTENCE_MARKS = ("!", "?", "\n", ". ")
# Full stops that end no sentence: a title, a title's initial ("Mrs. D. came to us"), a month's abbreviation ("Aug.").
# An initial counts only after a title: "Lot A." and "Plan B." end their sentences.
ABBREVIATION = re.compile(
    r"(?<![a-z])(?:(?:mr|mrs|ms|mx|dr|miss)\.?\s[a-z]|mr|mrs|ms|mx|dr|st|jr|sr|rev|prof|rm|no|pt|jan|feb|mar|apr|jun"
    r"|jul|aug|sept?|oct|nov|dec)$"
)
# At most this many such full stops are stepped over on each side: the window stays bounded.
MAX_ABBREVIATIONS = 3


def sentence_around(doc: Document, start: int, end: int, reach: int) -> str:
    """The lower-case sentence holding [start, end), at most `reach` characters either side: a signature line or
    the next paragraph ("Cedar Valley Community Hospital") says nothing about this room. The full stop of a title,
    an initial or a month's abbreviation does not end it ("Mr. Jones in room 4B", "Mrs. D. came to us from Coral
    Palms Manor on Aug. 14 ... with her own walker")."""
    left, right = sentence_bounds_around(doc.lower, start, end, reach)
    return doc.lower[left:right]


def sentence_bounds_around(lower: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """The offsets of sentence_around's sentence in `lower`, for a rule that reads what comes right after it (a
    question mark) as well as the sentence itself. The one bounded sentence finder of the PHI rules."""
    floor = max(0, start - reach)
    left = max(lower.rfind(mark, floor, start) for mark in SENTENCE_MARKS)
    for _ in range(MAX_ABBREVIATIONS):
        if left <= 0 or lower[left] != "." or not ABBREVIATION.search(lower, max(0, left - 8), left):
            break
        left = max(lower.rfind(mark, floor, left) for mark in SENTENCE_MARKS)
    ceiling = min(len(lower), end + reach)
    right = _sentence_end(lower, end, ceiling)
    for _ in range(MAX_ABBREVIATIONS):
        if right >= ceiling or lower[right] != "." or not ABBREVIATION.search(lower, max(0, right - 8), right):
            break
        right = _sentence_end(lower, right + 1, ceiling)
    return max(left + 1, floor), right


def _sentence_end(lower: str, begin: int, ceiling: int) -> int:
    """Where the first sentence mark in [begin, ceiling) is, or `ceiling`."""
    found = [i for i in (lower.find(mark, begin, ceiling) for mark in SENTENCE_MARKS) if i != -1]
    return min(found) if found else ceiling


def words_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """A lower-case regex matching any of `words` as whole words (longest first)."""
    ordered = sorted(set(words), key=len, reverse=True)
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(w) for w in ordered) + r")(?![a-z0-9])")


class SpanSet:
    """Non-overlapping spans kept sorted by start, so "does [start, end) overlap one?" is a binary search: a check
    against every span found so far costs quadratic time on a text with thousands of identifiers."""

    __slots__ = ("ends", "starts")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in spans:
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_right(self.starts, start)
        if index > 0 and self.ends[index - 1] > start:
            return True
        return index < len(self.starts) and self.starts[index] < end

    def add(self, start: int, end: int) -> None:
        """Add a span that overlaps none already in the set (callers test `overlaps` first)."""
        index = bisect_right(self.starts, start)
        self.starts.insert(index, start)
        self.ends.insert(index, end)
