"""What a rule is: a small class with a stable id that scans a Document and yields Matches.

Modelled on Presidio's recognizers: the patterns and context words are named class constants, `validate`
lets a rule confirm a candidate (a checksum, a real phone number) and `invalidate` lets it drop a known
harmless value (the organization's own number, a sample value). The engine turns Matches into Findings,
maps their offsets back to the original text and applies severities from the configuration.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from itertools import accumulate
from typing import ClassVar, TypeVar

from guardrails.model import Category, FixKind, Severity
from guardrails.normalize import Normalized
from guardrails.settings import GuardrailSettings, Platform

T = TypeVar("T")
_ASCII_DIGIT = re.compile(r"[0-9]")
# Every byte that is not an ASCII lower-case letter, as a space: `words` splits a translated UTF-8 copy on it.
_LETTERS_ONLY = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))


@dataclass(frozen=True, slots=True)
class Match:
    """A span found by a rule, in NORMALIZED coordinates. `start`/`end` None means the whole text."""

    start: int | None = None
    end: int | None = None
    message: str | None = None
    tag: str | None = None


@dataclass
class Document:
    """One text as the rules see it: the matching copy plus cheap derived views, computed once per check."""

    normalized: Normalized
    platform: Platform | None
    settings: GuardrailSettings
    _cache: dict[str, object] = field(default_factory=dict)
    # Views keyed by everything they are computed from, shared by the two passes of one check (the text and its
    # fixed copy, which mostly holds the same sentences): see `Engine.check`.
    across_passes: dict[str, dict[object, object]] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The normalized matching copy: match on this."""
        return self.normalized.text

    @property
    def original(self) -> str:
        return self.normalized.original

    @cached_property
    def lower(self) -> str:
        """Lower-cased matching copy with the same length (so offsets stay valid)."""
        lowered = self.text.lower()
        if len(lowered) == len(self.text):
            return lowered
        return "".join((c.lower()[:1] or c) for c in self.text)

    @cached_property
    def folded(self) -> str:
        """`lower` with the dotless i (U+0131) as i: what a literal prefilter for a re.IGNORECASE pattern searches.
        Under IGNORECASE U+0131 matches i (and the long s U+017F, the Kelvin sign U+212A and the dotted capital I
        U+0130 match s, k and i, but normalization has already made them ASCII), so a word the pattern needs appears
        here whenever the pattern can match."""
        return self.lower.replace("\u0131", "i") if "\u0131" in self.lower else self.lower

    @cached_property
    def words(self) -> frozenset[str]:
        """The letter runs ([a-z]+) of `lower`. A pattern on `lower` that needs a word between \\b's (or between any
        non-letters) finds it here as a whole run, so `doc.words & NEEDED` is a sound gate in front of it.

        Read from the UTF-8 bytes with every non-letter byte made a space (a non-ASCII character is all bytes of
        0x80 and above, so it splits runs as `re.findall("[a-z]+")` does): a third of the regex's cost."""
        return letter_runs(self.lower)

    def run_starts(self, words: frozenset[str]) -> list[int]:
        """Where a letter run of `lower` that is one of `words` starts, ascending. A pattern whose every match opens on
        a whole word of a known set (its alternatives each led by \\b and a word) can be tried there alone, with
        `finditer_at`: a run that the pattern's word boundaries accept is one of these (a boundary before a letter
        is a non-word character, so no letter, before it)."""
        lower = self.lower
        size = len(lower)
        starts: list[int] = []
        for word in words & self.words:
            index = lower.find(word)
            while index != -1:
                after = index + len(word)
                if (index == 0 or not "a" <= lower[index - 1] <= "z") and (
                    after == size or not "a" <= lower[after] <= "z"
                ):
                    starts.append(index)
                index = lower.find(word, index + 1)
        starts.sort()
        return starts

    def has_any(self, words: tuple[str, ...]) -> bool:
        """Does any of these lower-case words occur in `folded` (anywhere, even inside a longer word)? A few
        `str.find` calls: the cheap gate in front of a pattern that cannot match without one of them."""
        folded = self.folded
        return any(word in folded for word in words)

    @cached_property
    def has_digits(self) -> bool:
        # a regex scan is ~30x faster than a Python loop over a digit-less post; isdigit covers non-ASCII digits
        if _ASCII_DIGIT.search(self.text):
            return True
        return not self.text.isascii() and any(map(str.isdigit, self.text))

    def memo(self, key: str, factory: Callable[[], T]) -> T:
        """Share an expensive derived view between rules (for example a tokenization)."""
        if key not in self._cache:
            self._cache[key] = factory()
        return self._cache[key]  # type: ignore[return-value]

    def pass_memo(self, key: str) -> dict[object, object]:
        """A table shared with the other pass of the same check: only for values that are a function of their key
        alone (the key holds every input), so a value found on the text serves its fixed copy unchanged."""
        return self.across_passes.setdefault(key, {})

    def window(self, start: int, end: int, before: int = 40, after: int = 40) -> str:
        """Lower-cased text around a span: where context words are looked for."""
        return self.lower[max(0, start - before) : min(len(self.lower), end + after)]


def letter_runs(lower: str) -> frozenset[str]:
    """The letter runs ([a-z]+) of a lower-cased text (see `Document.words`): a word a pattern needs between \\b's
    (or between any non-letters) is one of them, so `letter_runs(text) & NEEDED` is a sound gate on a part of a text.
    """
    return frozenset(lower.encode("utf-8", "surrogatepass").translate(_LETTERS_ONLY).decode("ascii").split())


class Covered:
    """The positions that some spans cover: `pos in covered` costs log(spans), where a scan of every span for every
    candidate made a rule quadratic on texts with many candidates and many matches."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _end in ordered]
        self._reach = list(accumulate((end for _start, end in ordered), max))  # furthest end among spans so far

    @classmethod
    def of(cls, matches: Iterable[Match]) -> Covered:
        """The spans of matches that have one (whole-text matches cover nothing)."""
        return cls((m.start, m.end or 0) for m in matches if m.start is not None)

    def __contains__(self, pos: int) -> bool:
        index = bisect_right(self._starts, pos) - 1
        return index >= 0 and self._reach[index] > pos


class Claimed:
    """Characters a rule has already claimed for a match: overlap test and claim cost the span's length, where a
    list of claimed spans tested one by one made a rule quadratic on texts with many matches."""

    def __init__(self, length: int) -> None:
        self._mask = bytearray(length)

    def overlaps(self, start: int, end: int) -> bool:
        """Does [start, end) share a character with a claimed span?"""
        return self._mask.find(1, start, end) != -1

    def claim(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)


def positions_in(positions: list[int], start: int, end: int) -> list[int]:
    """The positions in [start, end) of a sorted list, found by bisection: rules ask once per sentence, and
    testing every position each time made them quadratic on long texts with many sentences."""
    return positions[bisect_left(positions, start) : bisect_left(positions, end)]


def occurrences(text: str, literal: str) -> list[int]:
    """Every position where `literal` starts in `text` (overlapping ones too), ascending."""
    found: list[int] = []
    index = text.find(literal)
    while index != -1:
        found.append(index)
        index = text.find(literal, index + 1)
    return found


def finditer_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that can only match where one of `starts` (ascending) is, and never
    matches empty: tried at those positions alone, where a search tried it at every character. A match found
    covers the starts inside it, as finditer goes on from a match's end. Word boundaries and lookbehinds see the
    characters before a start, as in a search."""
    resume = 0
    for start in starts:
        if start < resume:
            continue
        found = pattern.match(text, start)
        if found is not None:
            yield found
            resume = found.end()


# How far before its trailing words a pattern given to `search_before` may begin: its longest cue ("should not").
TAIL_CUE_CHARS = 40


def search_before(pattern: re.Pattern[str], text: str, end: int, words: int) -> re.Match[str] | None:
    """`pattern.search(text[:end])` for a pattern anchored at the end (`$`) that reaches back over at most `words`
    words and the white space around them, then a cue of at most TAIL_CUE_CHARS characters.

    It is searched from there, not from the start of the text: a sentence with many verbs was searched from its
    start once per verb (quadratic on long texts). Anchors and word boundaries see the same characters as in the slice.
    """
    low = end
    for step in range(words + 1):
        while low > 0 and text[low - 1].isspace():
            low -= 1
        if step < words:
            while low > 0 and (text[low - 1].isalnum() or text[low - 1] == "_"):
                low -= 1
    return pattern.search(text, max(0, low - TAIL_CUE_CHARS), end)


class Locality(StrEnum):
    """What the re-check of a fixed text may reuse of a rule's findings on the text (see `Rule.locality`)."""

    WHOLE_TEXT = "whole text"  # the rule runs again on every fixed text: the safe default for a new rule
    SENTENCES = "sentences"  # judged sentence by sentence: a paragraph appended after the text changes nothing in it


class Rule(ABC):
    """One guardrail. Subclasses set the class constants and implement `scan`."""

    id: ClassVar[str]
    category: ClassVar[Category]
    severity: ClassVar[Severity]
    message: ClassVar[str]
    fix: ClassVar[FixKind | None] = None
    tag: ClassVar[str | None] = None  # redaction tag for `redact` fixes, e.g. "[PHONE]"
    # Locality.SENTENCES promises: on `text + "\n\n" + appendix`, where the appendix is a disclaimer the engine
    # appended that gives the rule no finding alone, the rule finds exactly what it found on the text whenever
    # `keeps_findings` says so. The engine then reuses those findings instead of scanning the fixed text again
    # (Engine.check). A rule that reads the whole text in a way `keeps_findings` cannot vouch for (a count, the first
    # match only, a cue anywhere in the text) stays WHOLE_TEXT. Checked by tests/test_engine_locality.py over the
    # evaluation posts with every configured disclaimer, and by the 34,904 reports of benchmarks/guardrails_reports.py.
    locality: ClassVar[Locality] = Locality.WHOLE_TEXT

    def __init__(self, settings: GuardrailSettings) -> None:
        """Rules are built once per configuration: precompute allowlists and patterns here, not in scan."""
        self.settings = settings

    @abstractmethod
    def scan(self, doc: Document) -> Iterable[Match]:
        """Yield every match in `doc`. Must not raise on any input; the engine blocks the text if it does."""

    def keeps_findings(self, doc: Document, fixed: Document, appendix: Document) -> bool:
        """For a Locality.SENTENCES rule: do its findings on `doc` stand for `fixed`, which is doc's text, a blank line
        and `appendix` (alone, that gives the rule no finding)? False where the rule reads something of the whole text
        that the appendix changes (a cue anywhere in the text, how it ends) or a window after a sentence reaches into
        the appendix and could find something there. Default: True, for a rule that reads nothing outside the
        sentence around a candidate."""
        return True

    def validate(self, text: str) -> bool:
        """Confirm a candidate (checksum, real number). Default: every candidate stands."""
        return True

    def invalidate(self, text: str) -> bool:
        """True drops a candidate that is a known harmless value (allowlist, sample). Default: none."""
        return False

    def fix_text_for(self, doc: Document, match: Match) -> str | None:
        """The tag to redact with or the text to append; None when the rule's fix needs no text."""
        if self.fix is FixKind.REDACT:
            return match.tag or self.tag or "[REDACTED]"
        return None

    def apply_trim(self, text: str, platform: Platform | None) -> str:
        """Whole-text fix for `trim` rules: return a shortened text. Only platform rules override it."""
        return text


class PatternRule(Rule):
    """A rule made of regular expressions, optionally confirmed by context words near the match.

    PATTERNS are (name, compiled regex) pairs matched on the normalized text (group `value` if present,
    else the whole match, is the span). With CONTEXT set and CONTEXT_REQUIRED true, a candidate stands only
    when one of the context words occurs within CONTEXT_WINDOW characters.
    """

    PATTERNS: ClassVar[tuple[tuple[str, re.Pattern[str]], ...]] = ()
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    CONTEXT_REQUIRED: ClassVar[bool] = False
    CONTEXT_WINDOW: ClassVar[int] = 40
    NEEDS_DIGITS: ClassVar[bool] = False

    def scan(self, doc: Document) -> Iterator[Match]:
        if self.NEEDS_DIGITS and not doc.has_digits:
            return
        for _name, pattern in self.PATTERNS:
            for found in pattern.finditer(doc.text):
                group = "value" if "value" in pattern.groupindex and found.group("value") else 0
                start, end = found.span(group)
                value = doc.text[start:end]
                if not self.validate(value) or self.invalidate(value):
                    continue
                if self.CONTEXT_REQUIRED and not self.has_context(doc, start, end):
                    continue
                yield Match(start, end)

    def has_context(self, doc: Document, start: int, end: int) -> bool:
        window = doc.window(start, end, self.CONTEXT_WINDOW, self.CONTEXT_WINDOW)
        return any(word in window for word in self.CONTEXT)
