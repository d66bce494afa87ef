"""Phone numbers written so that a digit pattern misses them: spelled, spaced, or both.

"five five five, 0 one 0, 2 2 1 9", "4 1 2 - 7 7 - 0 9 3 1", "412 five five five 0931": a person who writes a
number this way still hands it out. phonenumbers reads only digits written together, so this reader turns a
run of digit tokens (digits or digit words) into its digits. It stands only when the run is disguised (a digit
word, or three digits standing alone) and reads as a number to call: 7 to 15 digits, not a count ("1 2 3 4 5 6
7"), and either a phone word near it or digit words mixed with digits, which nobody writes for anything else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from guardrails.rules.base import Document
from guardrails.rules.phi.support import word_set

DIGIT_WORDS: dict[str, str] = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_WORDS = "zero|one|two|three|four|five|six|seven|eight|nine|oh|o"  # "o" last: "one" starts with it
_TOKEN = rf"(?:\d{{1,4}}|{_WORDS})"
_SEP = r"(?:[ \t]*[-.,/][ \t]*|[ \t]+)"
# A run of four or more tokens; each separator is bounded, so a run is read in one pass.
RUN = re.compile(rf"(?<![\w+#$])\(?{_TOKEN}(?:\)?{_SEP}\(?{_TOKEN}){{3,}}(?![\w%])")
TOKEN = re.compile(_TOKEN)
# Cheap first look: a digit word in the text's word set, or two lone digits in a row.
# The lookbehinds of these two (and of the identifier patterns in identifiers.py) come after the first character
# and read it with the one before: a pattern that opens on a digit lets the engine skip to a digit, where one that
# opens on a lookbehind is tried at every character. The same matches as with the lookbehind first.
LONE_PAIR = re.compile(r"\d(?<!\d\d)[ ,.-]{1,3}\d(?!\d)")
PHONE_CUE = re.compile(
    r"\b(?:call|calling|phone|tel|telephone|cell|mobile|text|texting|ring|reach|dial|voicemail|number|num|digits"
    r"|contact|whatsapp|signal|line|ph|fax|pager|beeper|reached)\b|#"
)
LONE_DIGIT = re.compile(r"\d(?<!\d\d)(?!\d)")
CUE_BEFORE = 60
CUE_AFTER = 30


@dataclass(frozen=True, slots=True)
class SpelledNumber:
    start: int
    end: int
    digits: str


def spelled_numbers(doc: Document) -> list[SpelledNumber]:
    """Every disguised number in the text that reads as a phone number (see the module docstring)."""
    lower = doc.lower
    if DIGIT_WORDS.keys().isdisjoint(word_set(doc)) and LONE_PAIR.search(lower) is None:
        return []
    found: list[SpelledNumber] = []
    for run in RUN.finditer(lower):
        tokens = TOKEN.findall(run.group())
        digits = "".join(DIGIT_WORDS.get(token, token) for token in tokens)
        if not 7 <= len(digits) <= 15 or _counting(digits):
            continue
        words = sum(token[0].isalpha() for token in tokens)
        lone = sum(len(token) == 1 and token.isdigit() for token in tokens)
        if words == 0 and lone < 3:
            continue  # digits written together: phonenumbers' job
        mixed = 0 < words < len(tokens)
        start, end = run.span()
        if not mixed and not has_phone_cue(lower, start, end):
            continue
        if lower[start] == "(" and ")" not in run.group():
            start += 1
        found.append(SpelledNumber(start, end, digits))
    return found


def has_phone_cue(lower: str, start: int, end: int) -> bool:
    """A phone word near [start, end): what a run of lone digits needs before it is read as a number to call."""
    return PHONE_CUE.search(lower, max(0, start - CUE_BEFORE), min(len(lower), end + CUE_AFTER)) is not None


def spaced_without_cue(lower: str, start: int, end: int) -> bool:
    """ "Rated 5 5 5 4 5 5 5": three or more lone digits and no phone word near, a rating or a score."""
    return len(LONE_DIGIT.findall(lower, start, end)) >= 3 and not has_phone_cue(lower, start, end)


def _counting(digits: str) -> bool:
    """ "1 2 3 4 5 6 7", "9 8 7 6 5 4 3": counting up or down, not a number to call."""
    steps = {int(b) - int(a) for a, b in pairwise(digits)}
    return steps in ({1}, {-1})
