"""platform rules: a post fits its platform (length counted the platform's way, hashtag count).

Both measure the ORIGINAL text with guardrails.measure, the same functions the drafter uses, so a draft the
drafter thinks fits is never trimmed here. Trimming keeps what must survive: the disclaimers the engine
appended and, where there is room, the closing hashtags; the body is cut at a sentence end when that keeps
most of it, else at a word boundary with an ellipsis.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from guardrails.measure import find_hashtags, post_length
from guardrails.model import Category, FixKind, Severity
from guardrails.rules.base import Document, Match, Rule
from guardrails.settings import GuardrailSettings, Platform, PlatformLimits

ELLIPSIS = "\u2026"
# Cut at a sentence end when it keeps at least this share of what a word-boundary cut would keep.
SENTENCE_CUT_MIN_SHARE = 0.6
# A body shorter than this after trimming says nothing: such a text cannot be fixed by trimming.
MIN_BODY_CHARS = 20
_TRAILING_TAGS_RE = re.compile(r"(?:\s*[#\uff03][^\s#\uff03]+)+\s*$")
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s)|[\u3002\uff01\uff1f]")
# Where a body may be cut: white space, or after any CJK character (those scripts put no spaces between words).
_WORD_GAP_RE = re.compile(r"\s+|(?<=[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef])")
# The same on ASCII text, where no CJK character can be: the lookbehind tried at every character was most of its cost.
_SPACE_RUN_RE = re.compile(r"\s+")
# Lengths a LengthRule remembers (see LengthRule.length); cleared whole when full.
REMEMBERED_LENGTHS = 64

Measure = Callable[[str], int]


class LengthRule(Rule):
    """Over the platform's character limit (X: weighted, URLs count 23)."""

    id = "platform.length"
    category = Category.PLATFORM
    severity = Severity.FIX
    fix = FixKind.TRIM
    message = "Longer than the platform allows"

    def __init__(self, settings: GuardrailSettings) -> None:
        super().__init__(settings)
        d = settings.disclaimers
        tails = {d.default, d.short, d.testimonial, *d.platforms.values()}
        self.tails = tuple(sorted((t.strip() for t in tails if t.strip()), key=len, reverse=True))
        self._lowered_tails = tuple((tail, tail.lower()) for tail in self.tails)
        self._lengths: dict[tuple[str, Platform], int] = {}

    def length(self, text: str, platform: Platform, limits: PlatformLimits) -> int:
        """post_length, remembered for the last texts measured: one check on X measures the same text up to three
        times (the scan, the trim's first test, the re-check of the trimmed text), and measuring is most of what
        a trim costs. A plain dict: a lost race between threads only measures a text twice."""
        key = (text, platform)
        length = self._lengths.get(key)
        if length is None:
            if len(self._lengths) >= REMEMBERED_LENGTHS:
                self._lengths.clear()
            length = self._lengths[key] = post_length(text, limits)
        return length

    def scan(self, doc: Document) -> Iterator[Match]:
        if doc.platform is None:
            return
        limits = self.settings.limits_for(doc.platform)
        length = self.length(doc.original, doc.platform, limits)
        if length > limits.max_chars:
            yield Match(message=f"{length} characters where {doc.platform.value} allows {limits.max_chars}")

    def apply_trim(self, text: str, platform: Platform | None) -> str:
        """The text cut to fit, or the text unchanged when it fits or cannot be made to fit."""
        if platform is None:
            return text
        limits = self.settings.limits_for(platform)

        def measure(candidate: str) -> int:
            return self.length(candidate, platform, limits)

        if measure(text) <= limits.max_chars:
            return text
        body, tail = self._split_tail(text)
        tags_found = _TRAILING_TAGS_RE.search(body)
        if tags_found is not None and tags_found.start() > 0:
            with_tags = _fit(body[: tags_found.start()], " " + tags_found.group().strip() + tail, limits, measure)
            if with_tags is not None:
                return with_tags
            body = body[: tags_found.start()]
        return _fit(body, tail, limits, measure) or text

    def _split_tail(self, text: str) -> tuple[str, str]:
        """Split off the disclaimers appended at the end (they must survive a trim)."""
        body = text.rstrip()
        tail = ""
        found = True
        while found and body:
            found = False
            lowered = body.lower()  # once per round, not once per configured tail
            for addition, lowered_addition in self._lowered_tails:
                if lowered.endswith(lowered_addition):
                    piece = body[len(body) - len(addition) :]
                    body = body[: len(body) - len(addition)]
                    gap = body[len(body.rstrip()) :]
                    body = body.rstrip()
                    tail = (gap or ("\n\n" if body else "")) + piece + tail
                    found = True
                    break
        return body, tail


def _fit(body: str, tail: str, limits: PlatformLimits, measure: Measure) -> str | None:
    """The longest cut of `body` that fits with `tail` after it, or None when none keeps enough of it."""
    if measure(body + tail) <= limits.max_chars:
        return body + tail
    word_cuts = [m.start() for m in (_SPACE_RUN_RE if body.isascii() else _WORD_GAP_RE).finditer(body)]
    best_word = _longest_fitting(body, word_cuts, ELLIPSIS + tail, limits, measure)
    sentence_cuts = [m.end() for m in _SENTENCE_END_RE.finditer(body)]
    best_sentence = _longest_fitting(body, sentence_cuts, tail, limits, measure)
    if best_sentence is not None and (best_word is None or best_sentence >= SENTENCE_CUT_MIN_SHARE * best_word):
        return body[:best_sentence].rstrip() + tail
    if best_word is not None:
        return body[:best_word].rstrip(" ,;:-") + ELLIPSIS + tail
    return None


def _longest_fitting(body: str, cuts: list[int], suffix: str, limits: PlatformLimits, measure: Measure) -> int | None:
    """Binary search over increasing cut points for the last one that fits (length grows with the cut)."""
    low, high = 0, len(cuts) - 1
    best: int | None = None
    while low <= high:
        mid = (low + high) // 2
        cut = cuts[mid]
        if measure(body[:cut].rstrip() + suffix) <= limits.max_chars:
            best = cut
            low = mid + 1
        else:
            high = mid - 1
    if best is None or len(body[:best].strip()) < MIN_BODY_CHARS:
        return None
    return best


class HashtagsRule(Rule):
    """More hashtags than the platform profile allows."""

    id = "platform.hashtags"
    category = Category.PLATFORM
    severity = Severity.WARN
    message = "More hashtags than the platform profile allows"

    def scan(self, doc: Document) -> Iterator[Match]:
        if doc.platform is None:
            return
        limits = self.settings.limits_for(doc.platform)
        if doc.text.count("#") + doc.text.count("\uff03") <= limits.max_hashtags:
            return
        count = len(find_hashtags(doc.text))
        if count > limits.max_hashtags:
            yield Match(message=f"{count} hashtags where {doc.platform.value} allows {limits.max_hashtags}")


RULES: tuple[type[Rule], ...] = (LengthRule, HashtagsRule)
