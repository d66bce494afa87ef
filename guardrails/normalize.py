"""The matching copy of a text, and the way back to the original's offsets.

Rules match on a normalized copy so that a zero-width space inside a phone number, full-width or Arabic-Indic
digits, a non-breaking hyphen or a Cyrillic a (U+0430) in a name cannot slip past them; findings are then
reported against the text the person wrote. Plain ASCII text with single spaces, by far the common case, is its
own matching copy and costs nothing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Invisible characters that people (or tools) put inside words: zero-width, joiners, bidi controls,
# soft hyphen, variation selectors, word joiner, BOM.
INVISIBLE: frozenset[str] = frozenset(
    [chr(c) for c in range(0x200B, 0x2010)]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2060, 0x2065)]
    + [chr(c) for c in range(0x2066, 0x206A)]
    + [chr(c) for c in range(0xFE00, 0xFE10)]
    + ["\ufeff", "\u00ad", "\u180e", "\u034f", "\u061c"]
    # Hangul fillers, Khmer inherent vowels, interlinear annotation marks and musical formatting: default-ignorable
    # characters that render as nothing
    + ["\u115f", "\u1160", "\u3164", "\uffa0", "\u17b4", "\u17b5", "\ufff9", "\ufffa", "\ufffb"]
    + [chr(c) for c in range(0x1D173, 0x1D17B)]
)
# Line and paragraph separators and NEL: line breaks by another name.
LINE_BREAKS: frozenset[str] = frozenset("\u2028\u2029\u0085")

# Letters from other scripts that look like Latin letters, and typographic punctuation with a plain twin.
CONFUSABLES: dict[str, str] = {
    "\u0430": "a",  # Cyrillic Small Letter A
    "\u0435": "e",  # Cyrillic Small Letter Ie
    "\u043e": "o",  # Cyrillic Small Letter O
    "\u0440": "p",  # Cyrillic Small Letter Er
    "\u0441": "c",  # Cyrillic Small Letter Es
    "\u0443": "y",  # Cyrillic Small Letter U
    "\u0445": "x",  # Cyrillic Small Letter Ha
    "\u0456": "i",  # Cyrillic Small Letter Byelorussian-Ukrainian I
    "\u0458": "j",  # Cyrillic Small Letter Je
    "\u0455": "s",  # Cyrillic Small Letter Dze
    "\u0501": "d",  # Cyrillic Small Letter Komi De
    "\u04bb": "h",  # Cyrillic Small Letter Shha
    "\u04cf": "l",  # Cyrillic Small Letter Palochka
    "\u051b": "q",  # Cyrillic Small Letter Qa
    "\u051d": "w",  # Cyrillic Small Letter We
    "\u0578": "n",  # Armenian Small Letter Vo
    "\u057d": "u",  # Armenian Small Letter Seh
    "\u0261": "g",  # Latin Small Letter Script G
    "\u028f": "y",  # Latin Letter Small Capital Y
    "\u0410": "A",  # Cyrillic Capital Letter A
    "\u0412": "B",  # Cyrillic Capital Letter Ve
    "\u0415": "E",  # Cyrillic Capital Letter Ie
    "\u041a": "K",  # Cyrillic Capital Letter Ka
    "\u041c": "M",  # Cyrillic Capital Letter Em
    "\u041d": "H",  # Cyrillic Capital Letter En
    "\u041e": "O",  # Cyrillic Capital Letter O
    "\u0420": "P",  # Cyrillic Capital Letter Er
    "\u0421": "C",  # Cyrillic Capital Letter Es
    "\u0422": "T",  # Cyrillic Capital Letter Te
    "\u0425": "X",  # Cyrillic Capital Letter Ha
    "\u0423": "Y",  # Cyrillic Capital Letter U
    "\u0406": "I",  # Cyrillic Capital Letter Byelorussian-Ukrainian I
    "\u0408": "J",  # Cyrillic Capital Letter Je
    "\u0405": "S",  # Cyrillic Capital Letter Dze
    "\u0500": "D",  # Cyrillic Capital Letter Komi De
    "\u050c": "G",  # Cyrillic Capital Letter Komi Sje
    "\u04c0": "I",  # Cyrillic Letter Palochka
    "\u04ae": "Y",  # Cyrillic Capital Letter Straight U
    "\u051c": "W",  # Cyrillic Capital Letter We
    "\u0391": "A",  # Greek Capital Letter Alpha
    "\u0392": "B",  # Greek Capital Letter Beta
    "\u0395": "E",  # Greek Capital Letter Epsilon
    "\u0396": "Z",  # Greek Capital Letter Zeta
    "\u0397": "H",  # Greek Capital Letter Eta
    "\u0399": "I",  # Greek Capital Letter Iota
    "\u039a": "K",  # Greek Capital Letter Kappa
    "\u039c": "M",  # Greek Capital Letter Mu
    "\u039d": "N",  # Greek Capital Letter Nu
    "\u039f": "O",  # Greek Capital Letter Omicron
    "\u03a1": "P",  # Greek Capital Letter Rho
    "\u03a4": "T",  # Greek Capital Letter Tau
    "\u03a5": "Y",  # Greek Capital Letter Upsilon
    "\u03a7": "X",  # Greek Capital Letter Chi
    "\u03bf": "o",  # Greek Small Letter Omicron
    "\u03bd": "v",  # Greek Small Letter Nu
    "\u03b9": "i",  # Greek Small Letter Iota
    "\u03ba": "k",  # Greek Small Letter Kappa
    "\u03c1": "p",  # Greek Small Letter Rho
    "\u03c5": "u",  # Greek Small Letter Upsilon
    "\u03b1": "a",  # Greek Small Letter Alpha
    "\u03f2": "c",  # Greek Lunate Sigma Symbol
    "\u03f3": "j",  # Greek Letter Yot
    # Latin small capitals, IPA and Armenian, Greek and Cyrillic letters, and Cherokee capitals that read as Latin
    # letters (small-capital "jane", a Cherokee M in "Maria"); NFKC leaves them alone (issue #10 round 5)
    "\u0131": "i",  # Latin Small Letter Dotless I
    "\u0251": "a",  # Latin Small Letter Alpha
    "\u0269": "i",  # Latin Small Letter Iota
    "\u0585": "o",  # Armenian Small Letter Oh
    "\u03c7": "x",  # Greek Small Letter Chi
    "\u0475": "v",  # Cyrillic Small Letter Izhitsa
    "\u1d00": "a",  # Latin Letter Small Capital A
    "\u0299": "b",  # Latin Letter Small Capital B
    "\u1d04": "c",  # Latin Letter Small Capital C
    "\u1d05": "d",  # Latin Letter Small Capital D
    "\u1d07": "e",  # Latin Letter Small Capital E
    "\u0262": "g",  # Latin Letter Small Capital G
    "\u029c": "h",  # Latin Letter Small Capital H
    "\u026a": "i",  # Latin Letter Small Capital I
    "\u1d0a": "j",  # Latin Letter Small Capital J
    "\u1d0b": "k",  # Latin Letter Small Capital K
    "\u029f": "l",  # Latin Letter Small Capital L
    "\u1d0d": "m",  # Latin Letter Small Capital M
    "\u0274": "n",  # Latin Letter Small Capital N
    "\u1d0f": "o",  # Latin Letter Small Capital O
    "\u1d18": "p",  # Latin Letter Small Capital P
    "\u0280": "r",  # Latin Letter Small Capital R
    "\ua731": "s",  # Latin Letter Small Capital S
    "\u1d1b": "t",  # Latin Letter Small Capital T
    "\u1d1c": "u",  # Latin Letter Small Capital U
    "\u1d20": "v",  # Latin Letter Small Capital V
    "\u1d21": "w",  # Latin Letter Small Capital W
    "\u1d22": "z",  # Latin Letter Small Capital Z
    "\u13aa": "A",  # Cherokee Letter Go
    "\u13f4": "B",  # Cherokee Letter Yv
    "\u13df": "C",  # Cherokee Letter Tli
    "\u13ac": "E",  # Cherokee Letter Gv
    "\u13bb": "H",  # Cherokee Letter Mi
    "\u13ab": "J",  # Cherokee Letter Gu
    "\u13e6": "K",  # Cherokee Letter Tso
    "\u13de": "L",  # Cherokee Letter Tle
    "\u13b7": "M",  # Cherokee Letter Lu
    "\u13e2": "P",  # Cherokee Letter Tlv
    "\u13da": "S",  # Cherokee Letter Du
    "\u13a2": "T",  # Cherokee Letter I
    "\u13d9": "V",  # Cherokee Letter Do
    "\u13b3": "W",  # Cherokee Letter La
    "\u13c3": "Z",  # Cherokee Letter No
    "\u2010": "-",  # Hyphen
    "\u2011": "-",  # Non-Breaking Hyphen
    "\u2012": "-",  # Figure Dash
    "\u2013": "-",  # En Dash
    "\u2014": "-",  # Em Dash
    "\u2015": "-",  # Horizontal Bar
    "\u2212": "-",  # Minus Sign
    "\ufe63": "-",  # Small Hyphen-Minus
    "\uff0d": "-",  # Fullwidth Hyphen-Minus
    "\u2018": "'",  # Left Single Quotation Mark
    "\u2019": "'",  # Right Single Quotation Mark
    "\u201b": "'",  # Single High-Reversed-9 Quotation Mark
    "\u2032": "'",  # Prime
    "\u02bc": "'",  # Modifier Letter Apostrophe
    "\u0060": "'",  # Grave Accent
    "\u201c": '"',  # Left Double Quotation Mark
    "\u201d": '"',  # Right Double Quotation Mark
    "\u201e": '"',  # Double Low-9 Quotation Mark
    "\u2033": '"',  # Double Prime
    "\u2022": "*",  # Bullet
    "\u00b7": ".",  # Middle Dot
    "\u2024": ".",  # One Dot Leader
    "\u2027": ".",  # Hyphenation Point
    "\u2026": "...",  # Horizontal Ellipsis
}

# Horizontal spaces, the Braille blank among them (it renders as one).
_HSPACE = frozenset(" \t\u00a0\u1680\u202f\u205f\u3000\u2800" + "".join(chr(c) for c in range(0x2000, 0x200B)))


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """The matching form of one character: NFKC, accents and enclosing marks dropped, look-alikes folded, other
    scripts' digits read as ASCII, invisibles removed."""
    if ch in INVISIBLE:
        return ""
    if ch in LINE_BREAKS:
        return "\n"
    if ch in CONFUSABLES:
        return CONFUSABLES[ch]
    nfkc = unicodedata.normalize("NFKC", ch)
    out = []
    for part in unicodedata.normalize("NFKD", nfkc):
        if unicodedata.category(part) in ("Mn", "Me") or part in INVISIBLE:
            continue  # combining marks, enclosing ones too: the keycap of "5\ufe0f\u20e3" and the circle of "5\u20dd"
        out.append(CONFUSABLES.get(part, _ascii_digit(part)))
    return "".join(out)


def _ascii_digit(ch: str) -> str:
    """Decimal digits of other scripts as ASCII (Arabic-Indic or Devanagari five read "5"): NFKC keeps them, and a phone
    number or an age written in Arabic-Indic or Devanagari digits is as much an identifier as in ASCII ones."""
    if ch.isascii():
        return ch
    value = unicodedata.decimal(ch, None)
    return ch if value is None else str(value)


@dataclass(frozen=True, slots=True)
class Normalized:
    """A matching copy. `starts[i]`/`ends[i]` give the original span that produced normalized char i.

    Both are None when the copy is the original itself (the fast path).
    """

    original: str
    text: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    @property
    def identical(self) -> bool:
        return self.starts is None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span [start, end) to the smallest original span that produced it."""
        if self.starts is None or self.ends is None:
            # same clamping as below, so a rule's stray offset can never point outside the text
            start = min(max(start, 0), len(self.text))
            return start, min(max(end, start), len(self.text))
        if not self.text:
            return 0, 0
        start = min(max(start, 0), len(self.text) - 1)
        end = min(max(end, start + 1), len(self.text))
        return self.starts[start], self.ends[end - 1]


# Words of printable ASCII (but the backtick) joined by single spaces: ordinary text, kept as it is.
_WORD = r"[\x21-\x5f\x61-\x7e]+"
_PLAIN_RUN = re.compile(rf"(?P<plain>{_WORD}(?: {_WORD})* ?)|.", re.DOTALL)
# Everything that might need folding: any non-ASCII character or a backtick.
_SPECIAL = re.compile(r"[^\x00-\x5f\x61-\x7f]")


def normalize(text: str) -> Normalized:
    """Build the matching copy of `text` (see the module docstring)."""
    if "  " not in text and "\t" not in text and _folds_to_itself(text):
        return Normalized(original=text, text=text)
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    previous_space = False
    for token in _PLAIN_RUN.finditer(text):
        run = token.group()
        index = token.start()
        if token.lastgroup == "plain":
            # words of ordinary ASCII with single spaces: copied whole (the common case, kept fast)
            chars.append(run)
            starts.extend(range(index, index + len(run)))
            ends.extend(range(index + 1, index + len(run) + 1))
            previous_space = run[-1] == " "
            continue
        previous_space = _fold_into(run, index, chars, starts, ends, previous_space)
    return Normalized(original=text, text="".join(chars), starts=tuple(starts), ends=tuple(ends))


def _folds_to_itself(text: str) -> bool:
    """True when no character needs folding (plain ASCII, or emoji and other characters NFKC leaves alone)."""
    if text.isascii():
        return "`" not in text
    return all(fold_char(ch) == ch and ch not in _HSPACE for ch in set(_SPECIAL.findall(text)))


def _fold_into(ch: str, index: int, chars: list[str], starts: list[int], ends: list[int], previous_space: bool) -> bool:
    """Append the matching form of one original character; returns whether the copy now ends in a space."""
    if ch in _HSPACE:
        if previous_space:
            ends[-1] = index + 1
            return True
        chars.append(" ")
        starts.append(index)
        ends.append(index + 1)
        return True
    folded = ch if ch.isascii() and ch != "`" else fold_char(ch)
    if not folded:
        # An invisible character: extend the previous char's span so that spans covering it stay whole.
        if ends:
            ends[-1] = index + 1
        return previous_space
    for part in folded:
        chars.append(part)
        starts.append(index)
        ends.append(index + 1)
    return False
