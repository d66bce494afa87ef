"""Phone numbers written so that a digit pattern misses them: spelled, spaced, glued, look-alike, or split.

"five five five, 0 one 0, 2 2 1 9", "4 1 2 - 7 7 - 0 9 3 1", "412 five five five 0931", "cinco cinco cinco",
"three twelve, five five five, forty-four seventy-seven", "five5five", "555-O1O-2OO7", "555 312 / 4477" over
two lines: a person who writes a number this way still hands it out. phonenumbers reads only digits written
together, so this reader turns a run of digit tokens (digits, digit words in English, Spanish or Portuguese, tens
and teens, "two thousand") into its digits. It stands only when the run is disguised (a digit word, three digits
standing alone, a letter O or l among digits, a line break) and reads as a number to call: 7 to 15 digits, not a
count ("1 2 3 4 5 6 7"), and either a phone word near it or digit words mixed with digits, which nobody writes
for anything else. A run read with tens or teens ("nine thirty, ten fifteen") must also be grouped as a phone
number is, since clock times and years are said that way too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from guardrails.rules.base import Document
from guardrails.rules.phi.support import word_set

# Single digits as words. Spanish and Portuguese too ("cinco cinco cinco", Brazil's "meia" for six), Tagalog and
# Somali (the languages of outreach posts); the rules read text with its accents dropped. Portuguese "um" (one) is
# an English filler too: "call me at, um, five five five..." reads one digit more, still a number to call.
DIGIT_WORDS: dict[str, str] = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9",
    "cero": "0", "uno": "1", "una": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6",
    "siete": "7", "ocho": "8", "nueve": "9", "um": "1", "dois": "2", "quatro": "4", "meia": "6", "sete": "7",
    "oito": "8", "nove": "9",
    "isa": "1", "dalawa": "2", "tatlo": "3", "apat": "4", "lima": "5", "anim": "6", "pito": "7", "walo": "8",
    "siyam": "9", "sero": "0",
    "eber": "0", "kow": "1", "laba": "2", "saddex": "3", "afar": "4", "shan": "5", "lix": "6", "toddoba": "7",
    "siddeed": "8", "sagaal": "9",
}  # fmt: skip
# Two-digit words: "forty-four seventy-seven", "tres uno dos, cuarenta y cuatro". Spanish "once" (11) is left
# out: it is an English word.
TEEN_WORDS: dict[str, str] = {
    "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15",
    "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19", "diez": "10", "doce": "12",
    "trece": "13", "catorce": "14", "quince": "15", "dieciseis": "16", "diecisiete": "17", "dieciocho": "18",
    "diecinueve": "19", "veinte": "20",
}  # fmt: skip
TENS_WORDS: dict[str, str] = {
    "twenty": "2", "thirty": "3", "forty": "4", "fourty": "4", "fifty": "5", "sixty": "6", "seventy": "7",
    "eighty": "8", "ninety": "9", "treinta": "3", "cuarenta": "4", "cincuenta": "5", "sesenta": "6",
    "setenta": "7", "ochenta": "8", "noventa": "9",
}  # fmt: skip
NUMBER_WORDS = frozenset(DIGIT_WORDS) | frozenset(TEEN_WORDS) | frozenset(TENS_WORDS)


def _alternation(words: Iterable[str]) -> str:
    """Longest first, so that "one" is tried before "o" and "sete" before "seis" never matters."""
    return "|".join(sorted(words, key=len, reverse=True))


_UNIT = _alternation(DIGIT_WORDS)
_TEEN = _alternation(TEEN_WORDS)
_TENS = _alternation(TENS_WORDS)
_UNIT_NONZERO = _alternation(w for w, d in DIGIT_WORDS.items() if d != "0")
# One token: a number of hundreds or thousands said as such ("two thousand", "eight hundred"); tens with or without
# their unit ("forty-four", "cuarenta y cuatro", "veintidos"); a teen; digits with a letter O, l or I among them
# ("O1O", "3l2"); or digits and digit words glued together ("5five5", "fivefivefive").
_TOKEN = (
    rf"(?:(?:{_UNIT_NONZERO})[- ]hundred"
    rf"(?:[- ](?:and[- ])?(?:(?:{_TENS})(?:[- ](?:{_UNIT_NONZERO}))?|{_TEEN}|{_UNIT}))?"
    rf"|(?:{_UNIT_NONZERO})[- ]thousand"
    rf"|(?:{_TENS})(?:[- ](?:{_UNIT_NONZERO})|(?<=a) y (?:{_UNIT_NONZERO}))?(?![a-z])"
    rf"|veinti(?:{_UNIT_NONZERO})"
    rf"|(?:{_TEEN})(?![a-z])"
    rf"|(?=[oil]{{0,3}}\d)[\doil]{{2,6}}(?![\da-z])"
    rf"|(?:\d|{_UNIT}){{1,15}})"
)
# Between tokens: spaces, phone punctuation, or one line break ("555 312\n4477"); or a character no phone number
# is written with, put there to break a digit pattern ("555*312*4477", "555 • 312 • 4477" with the bullet folded to
# "*", "555_312_4477", "555|312|4477", "555~312~4477").
# Symbols and emoji between the groups count too ("555\u260e312\u260e4477", "555\U0001f539312\U0001f5394477").
_ODD = "*_|~\u2600-\u27bf\U0001f300-\U0001faff"
ODD_SEPARATOR = re.compile(f"[{_ODD}]")
_SEP = rf"(?:[ \t]?[-.,/{_ODD}][ \t]?\n?[ \t]?|[ \t]?\n[ \t]?|[ \t]+)"
RUN = re.compile(rf"(?<![\w+#$])\(?{_TOKEN}(?:\)?{_SEP}\(?{_TOKEN})*(?![\w%])")
TOKEN = re.compile(_TOKEN)
# What may make a run worth reading: two lone digits in a row, digits broken by a line or an odd separator, a
# letter O/l/I beside a digit, or digit words glued to a digit or to each other. Number words standing alone are
# found in the word set.
# The lookbehind comes after the first character and reads it with the one before: a pattern that opens on a digit
# lets the engine skip to a digit, where one that opens on a lookbehind is tried at every character.
LONE_PAIR = re.compile(r"\d(?<!\d\d)[ ,.-]{1,3}\d(?!\d)")
HINT = re.compile(
    rf"\d(?:[ \t]?[-.,/]?[ \t]?\n[ \t]?\(?\d| ?[{_ODD}] ?\d|[oil]\d|\d?(?:{_UNIT}))|[oil]\d"
    rf"|(?:{_UNIT_NONZERO})(?:{_UNIT_NONZERO})"
)
PHONE_CUE = re.compile(
    r"\b(?:call\w*|phone|tel|telephone|cell|cellphone|mobile|text|texting|ring|reach|dial|voicemail|number|num"
    r"|digits|contact|whatsapp|signal|line|ph|fax|pager|beeper|reached|llam\w+|telefon\w*|celular|cel|numero|movil"
    r"|ligue|ligar|marca|marque|zap|tawag\w*|wac|lambar\w*|taleefan\w*|rele|nimewo"
    # trying someone at a number: "We tried him at 317-555-O4I8"
    r"|tr(?:y|ied|ying)\s+(?:him|her|them|you|me|us)\s+(?:at|on))\b|#"
)
# Digits standing alone after these are scores or ratings, whatever phone word follows.
SCORES_BEFORE = re.compile(r"\b(?:scores?|scored|rated|ratings?|stars|votes|tally|results?|points)\b")
LONE_DIGIT = re.compile(r"\d(?<!\d\d)(?!\d)")
CUE_BEFORE = 60
CUE_AFTER = 30
# A number an identifier's keyword claims, read spelled: "acct number four four seven, nine two, one one zero".
KEY_BEFORE = re.compile(
    r"\b(?:(?:acct|account|a/c|mrn|policy|claim|ssn|social security|license|licence|plate|serial|invoice"
    r"|confirmation)\s*(?:number|no\.?|num|#|id)?|(?:medical record|record|chart|member|case|badge|employee"
    r"|student|patient|room|bed|ticket|order|ref|reference)\s*(?:number|no\.?|num|#|id))"
    r"\s*(?:is|was)?\s*[:#]?\s*$"
)
KEY_LOOKBACK = 30
# Separators that end a group of digits ("312-555", "three one two, five five five").
GROUP_BREAK = re.compile(f"[-.,/\n{_ODD}]")
# How a number said with tens or teens is grouped: 3-4 (local), 3-3-4, 1-3-3-4; or not broken at all.
PHONE_GROUPS = frozenset({(3, 4), (3, 3, 4), (1, 3, 3, 4), (3, 3, 2, 2)})
NANP_LENGTHS = frozenset({7, 10, 11})


@dataclass(frozen=True, slots=True)
class SpelledNumber:
    start: int
    end: int
    digits: str


@dataclass(frozen=True, slots=True)
class _Reading:
    """A run's digits and how it was written."""

    digits: str
    words: bool  # a number word
    digit_tokens: bool  # digits written as digits
    lone: int  # digits standing alone
    lookalike: bool  # a letter O, l or I among digits
    counted: bool  # tens, teens, hundreds: a way of saying numbers that times and years share
    groups: tuple[int, ...]  # digits per group, groups broken by - . , / or a line break
    broken_line: bool
    odd: bool  # a separator no phone number is written with


def spelled_numbers(doc: Document) -> list[SpelledNumber]:
    """Every disguised number in the text that reads as a phone number (see the module docstring)."""
    lower = doc.lower
    if NUMBER_WORDS.isdisjoint(word_set(doc)) and LONE_PAIR.search(lower) is None and HINT.search(lower) is None:
        return []
    found: list[SpelledNumber] = []
    for run in RUN.finditer(lower):
        start, end = run.span()
        reading = _read(run.group())
        if reading is None or not _phone_like(reading, lower, start, end):
            continue
        if KEY_BEFORE.search(lower, max(0, start - KEY_LOOKBACK), start) is not None:
            continue
        if lower[start] == "(" and ")" not in run.group():
            start += 1
        found.append(SpelledNumber(start, end, reading.digits))
    return found


def _read(run: str) -> _Reading | None:
    """The digits of one run of tokens; None when the run is plainly not a number to call."""
    if run.isdigit():
        return None  # one group of digits: phonenumbers' job
    digits: list[str] = []
    groups: list[int] = []
    group = 0
    words = digit_tokens = lookalike = counted = broken_line = odd = False
    lone = 0
    previous_end = 0
    for token in TOKEN.finditer(run):
        between = run[previous_end : token.start()]
        if GROUP_BREAK.search(between) and group:
            groups.append(group)
            group = 0
        broken_line = broken_line or "\n" in between
        odd = odd or ODD_SEPARATOR.search(between) is not None
        previous_end = token.end()
        text = token.group()
        value, kind = token_digits(text)
        if value is None:
            return None
        words = words or kind in ("word", "counted", "glued")
        digit_tokens = digit_tokens or kind in ("digits", "glued", "lookalike")
        lookalike = lookalike or kind == "lookalike"
        counted = counted or kind == "counted"
        lone += kind == "digits" and len(text) == 1
        digits.append(value)
        group += len(value)
    groups.append(group)
    joined = "".join(digits)
    return _Reading(joined, words, digit_tokens, lone, lookalike, counted, tuple(groups), broken_line, odd)


def token_digits(token: str) -> tuple[str | None, str]:
    """One token's digits and its kind: digits, word, glued (digits and words), lookalike (O/l among digits),
    counted (tens, teens, hundreds)."""
    if token.isdigit():
        return token, "digits"
    if token in DIGIT_WORDS:
        return DIGIT_WORDS[token], "word"
    if any(c.isdigit() for c in token) and set(token) <= set("0123456789oil"):
        return token.translate(_LOOKALIKE), "lookalike"
    parts = re.split(r"[- ]+", token)
    if "hundred" in parts or "thousand" in parts:
        return _scaled(parts), "counted"
    if parts[0] in TENS_WORDS or parts[0].startswith("veinti") or parts[0] in TEEN_WORDS:
        return _tens(parts), "counted"
    glued = _GLUED_PART.findall(token)
    if "".join(glued) != token:
        return None, "word"
    return "".join(DIGIT_WORDS.get(part, part) for part in glued), "glued"


_LOOKALIKE = str.maketrans("oil", "011")
_GLUED_PART = re.compile(rf"\d|{_UNIT}")


def _tens(parts: list[str]) -> str | None:
    """ "forty-four" -> 44, "forty" -> 40, "cuarenta y cuatro" -> 44, "veintidos" -> 22, "twelve" -> 12."""
    head = parts[0]
    if head in TEEN_WORDS:
        return TEEN_WORDS[head]
    if head.startswith("veinti"):
        return "2" + DIGIT_WORDS.get(head[len("veinti") :], "0")
    tail = [p for p in parts[1:] if p != "y"]
    return TENS_WORDS[head] + (DIGIT_WORDS.get(tail[0], "0") if tail else "0")


def _scaled(parts: list[str]) -> str | None:
    """ "two thousand" -> 2000, "eight hundred" -> 800, "five hundred fifty-five" -> 555."""
    head = DIGIT_WORDS.get(parts[0])
    if head is None:
        return None
    if parts[1] == "thousand":
        return head + "000"
    rest = [p for p in parts[2:] if p != "and"]
    if not rest:
        return head + "00"
    if rest[0] in DIGIT_WORDS:
        return head + "0" + DIGIT_WORDS[rest[0]]
    return head + (_tens(rest) or "00")


def _phone_like(reading: _Reading, lower: str, start: int, end: int) -> bool:
    """A disguised run that reads as a number to call (see the module docstring)."""
    digits = reading.digits
    if not 7 <= len(digits) <= 15 or _counting(digits):
        return False
    disguised = reading.words or reading.lone >= 3 or reading.lookalike or reading.broken_line or reading.odd
    if not disguised:
        return False  # digits written together: phonenumbers' job
    if (reading.broken_line or reading.odd) and not reading.words and len(digits) not in NANP_LENGTHS:
        return False
    digit_by_digit = set(reading.groups) == {1} and len(digits) in (10, 11)  # "5🔹5🔹5🔹3🔹1🔹2🔹4🔹4🔹7🔹7"
    if reading.odd and not reading.words and reading.groups not in PHONE_GROUPS and not digit_by_digit:
        return False  # "4*5*5*4*5*5*5" is a row of ratings; "555*312*4477" is grouped as a number to call
    if reading.counted and not (
        reading.groups in PHONE_GROUPS or (len(reading.groups) == 1 and len(digits) in NANP_LENGTHS)
    ):
        return False
    if reading.lone >= 3 and not reading.words and SCORES_BEFORE.search(lower, max(0, start - 30), start):
        return False  # "Scores: 7 5 6 8 9 7 6 today, call it a win"
    mixed = reading.words and reading.digit_tokens and not reading.broken_line and not reading.counted
    return mixed or has_phone_cue(lower, start, end)


def has_phone_cue(lower: str, start: int, end: int) -> bool:
    """A phone word near [start, end): what a run of lone digits needs before it is read as a number to call."""
    return PHONE_CUE.search(lower, max(0, start - CUE_BEFORE), min(len(lower), end + CUE_AFTER)) is not None


def spaced_without_cue(lower: str, start: int, end: int) -> bool:
    """ "Rated 5 5 5 4 5 5 5": three or more lone digits and no phone word near, or a word for scores just before
    ("Scores: 7 5 6 8 9 7 6 today, call it a win"): a rating or a score."""
    if len(LONE_DIGIT.findall(lower, start, end)) < 3:
        return False
    return not has_phone_cue(lower, start, end) or SCORES_BEFORE.search(lower, max(0, start - 30), start) is not None


def _counting(digits: str) -> bool:
    """ "1 2 3 4 5 6 7", "9 8 7 6 5 4 3": counting up or down, not a number to call."""
    steps = {int(b) - int(a) for a, b in pairwise(digits)}
    return steps in ({1}, {-1})
