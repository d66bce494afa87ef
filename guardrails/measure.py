"""How long a post is, the way each platform counts it, and where its hashtags and links are.

X counts by twitter-text v3 rules (the published `v3.json` configuration): text is NFC-normalized, every
code point in the light ranges weighs 1 and any other weighs 2, an emoji sequence (ZWJ joins, skin tones,
flags, keycaps, variation selectors) weighs 2 in all, and every URL weighs `limits.url_length` whatever its
own length. No well-kept PyPI package implements this (the candidates were last released years ago), so the
published ranges are implemented here. Other platforms count code points.

Drafting, trimming and the platform rules all call these functions, so a post is never measured two ways.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from guardrails.settings import PlatformLimits

# twitter-text v3: code point ranges (inclusive) that weigh 1; everything else weighs 2.
X_LIGHT_RANGES: tuple[tuple[int, int], ...] = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))
X_SCALE = 100
X_LIGHT_WEIGHT = 100
X_DEFAULT_WEIGHT = 200

# Code point ranges that start an emoji (Extended_Pictographic in practice, plus the regional indicators).
_EMOJI_RANGES: tuple[tuple[int, int], ...] = (
    (0x1F000, 0x1FAFF),
    (0x2600, 0x27BF),
    (0x2300, 0x23FF),
    (0x2B00, 0x2BFF),
    (0x2190, 0x21FF),
    (0x2100, 0x214F),
    (0x25A0, 0x25FF),
    (0x2934, 0x2935),
    (0x3030, 0x3030),
    (0x303D, 0x303D),
    (0x3297, 0x3299),
    (0x203C, 0x203C),
    (0x2049, 0x2049),
)
_HEAVY_RE = re.compile("[^\u0000-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]")
_EMOJI_CLASS = (
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2300-\u23ff\u2b00-\u2bff\u2190-\u21ff\u2100-\u214f"
    "\u25a0-\u25ff\u2934\u2935\u3030\u303d\u3297-\u3299\u203c\u2049]"
)
_MODIFIER_CLASS = "[\ufe0f\ufe0e\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]"
_EMOJI_SEQUENCE_RE = re.compile(
    f"[0-9#*][\ufe0f\u20e3]{_MODIFIER_CLASS}*"
    "|[\U0001f1e6-\U0001f1ff]{1,2}"
    f"|(?:{_EMOJI_CLASS}|[^\x00-\x7f](?=\ufe0f)){_MODIFIER_CLASS}*(?:\u200d{_EMOJI_CLASS}{_MODIFIER_CLASS}*)*"
)
# What can make an emoji sequence longer than one character, besides the joiner U+200D: modifiers and regional
# indicators (all of them heavy). Without any of them every sequence is one heavy character of the emoji class,
# which already weighs the 2 it counts as.
_SEQUENCE_PARTS: frozenset[str] = frozenset(
    "\ufe0f\ufe0e\u20e3"
    + "".join(chr(c) for c in range(0x1F3FB, 0x1F400))
    + "".join(chr(c) for c in range(0xE0020, 0xE0080))
    + "".join(chr(c) for c in range(0x1F1E6, 0x1F200))
)
_ZWJ = 0x200D
_VS16 = 0xFE0F
_VS15 = 0xFE0E
_KEYCAP = 0x20E3
_SKIN_TONES = (0x1F3FB, 0x1F3FF)
_TAGS = (0xE0020, 0xE007F)
_REGIONAL = (0x1F1E6, 0x1F1FF)

# Top-level domains a link without a scheme may end in. twitter-text knows every TLD; these are the ones a
# hospital post plausibly names, and a scheme (https://) or `www.` always makes a link whatever the TLD.
GENERIC_TLDS: frozenset[str] = frozenset(
    {
        *("com", "org", "net", "gov", "edu", "mil", "int", "info", "biz", "io", "co", "us", "uk", "ca", "au"),
        *("de", "fr", "es", "it", "nl", "eu", "in", "me", "ly", "tv", "app", "dev", "health", "care", "clinic"),
        *("hospital", "doctor", "news", "blog", "shop", "online", "site", "link", "page", "ai", "gl", "gg", "fm"),
    }
)

_URL_RE = re.compile(
    r"""
    (?<![A-Za-z0-9@$#\uff20\uff03.\-_/])                  # not inside a word, an e-mail, a handle or a cashtag
    (?:
        (?:https?://)[^\s<>"']+                   # with a scheme: anything up to white space
      | (?:www\.)[^\s<>"']+                       # www. without a scheme
      | (?:[a-z0-9](?:[a-z0-9\-]{0,62}[a-z0-9])?\.)+(?P<tld>[a-z]{2,12})(?![a-z0-9\-@])(?:[/?#][^\s<>"']*)?
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
_URL_TRAILING = ".,;:!?'\")]}>"

_HASHTAG_RE = re.compile(
    r"(?<![\w&#\uff03])[#\uff03](?![\ufe0f\u20e3])(?>[\w\u0300-\u036f\u200c\u200d]*[^\W\d_][\w\u0300-\u036f\u200c\u200d]*)"
    r"(?![#\uff03]|://)"
)


def find_urls(text: str) -> list[tuple[int, int]]:
    """Spans (start, end exclusive) of the links in `text`, as X would link them.

    A bare `name.tld` counts only for a known TLD, and a link preceded by `@` (an e-mail) never counts.
    Trailing punctuation belongs to the sentence, not the link.
    """
    if not _may_have_url(text):
        return []
    spans: list[tuple[int, int]] = []
    for found in _URL_RE.finditer(text):
        tld = found.group("tld")
        if tld is not None and tld.lower() not in GENERIC_TLDS:
            continue
        start, end = found.span()
        while end > start and text[end - 1] in _URL_TRAILING:
            if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
                break
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def _may_have_url(text: str) -> bool:
    """Cheap test run first: a link needs a scheme or a dot between two word characters (`site.org`)."""
    if "://" in text:
        return True
    dot = text.find(".")
    last = len(text) - 1
    while dot != -1:
        if 0 < dot < last and text[dot - 1].isalnum() and text[dot + 1].isalpha():
            return True
        dot = text.find(".", dot + 1)
    return False


def find_hashtags(text: str) -> list[str]:
    """The hashtags in `text`, `#` included, in order of appearance (repeats kept).

    As on X: a tag needs at least one letter (`#1` is not a hashtag), and a `#` glued to a word is not one.
    """
    if "#" not in text and "\uff03" not in text:
        return []
    return [found.group(0) for found in _HASHTAG_RE.finditer(text)]


def post_length(text: str, limits: PlatformLimits) -> int:
    """The length of `text` as the platform counts it against `limits.max_chars`."""
    if limits.counting == "x_weighted":
        return x_weighted_length(text, limits.url_length)
    return len(text)


def x_weighted_length(text: str, url_length: int = 23) -> int:
    """twitter-text v3 weighted length (see the module docstring)."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    urls = find_urls(text)
    if text.isascii():
        return len(text) - sum(end - start for start, end in urls) + url_length * len(urls)
    total = 0
    cursor = 0
    for start, end in urls:
        total += _fast_units(text[cursor:start])
        total += url_length * X_SCALE
        cursor = end
    total += _fast_units(text[cursor:])
    return total // X_SCALE


def _fast_units(text: str) -> int:
    """The same weight as `_weighted_units`, counted with regexes (C speed) instead of a loop per character.

    Every character weighs 1 plus 1 more when it is heavy; each emoji sequence then gets its own characters'
    weight replaced by the 2 it counts as.
    """
    heavy_chars = _HEAVY_RE.findall(text)
    total = (len(text) + len(heavy_chars)) * X_LIGHT_WEIGHT
    if not heavy_chars or ("\u200d" not in text and _SEQUENCE_PARTS.isdisjoint(heavy_chars)):
        return total  # no sequence of two or more: skip the scan (~25 us a post: its regex has no literal to seek)
    # A sequence starts on a heavy character or one before it (a keycap digit, a light character before U+FE0F):
    # the scan starts there, not at the beginning of the post.
    first_heavy = _HEAVY_RE.search(text)
    for found in _EMOJI_SEQUENCE_RE.finditer(text, max(0, first_heavy.start() - 1) if first_heavy else 0):
        sequence = found.group()
        total += X_DEFAULT_WEIGHT - (len(sequence) + len(_HEAVY_RE.findall(sequence))) * X_LIGHT_WEIGHT
    return total


def _weighted_units(text: str, start: int, end: int) -> int:
    """Weight of text[start:end] in X's scaled units (100 = one character): the reference `_fast_units` matches."""
    total = 0
    i = start
    while i < end:
        cp = ord(text[i])
        if cp < 0x80:
            nxt = ord(text[i + 1]) if i + 1 < end else 0
            if nxt in (_VS16, _KEYCAP) and text[i] in "0123456789#*":
                i = _skip_emoji_tail(text, i + 1, end)
                total += X_DEFAULT_WEIGHT
                continue
            total += X_LIGHT_WEIGHT
            i += 1
            continue
        if _is_emoji_start(cp) or (i + 1 < end and ord(text[i + 1]) == _VS16):
            i = _emoji_end(text, i, end)
            total += X_DEFAULT_WEIGHT
            continue
        total += _char_weight(cp)
        i += 1
    return total


def _emoji_end(text: str, i: int, end: int) -> int:
    """Index just past the emoji sequence that starts at i."""
    cp = ord(text[i])
    i += 1
    if _REGIONAL[0] <= cp <= _REGIONAL[1]:
        if i < end and _REGIONAL[0] <= ord(text[i]) <= _REGIONAL[1]:
            i += 1
        return i
    i = _skip_emoji_tail(text, i, end)
    while i + 1 < end and ord(text[i]) == _ZWJ and _is_emoji_start(ord(text[i + 1])):
        i = _skip_emoji_tail(text, i + 2, end)
    return i


def _skip_emoji_tail(text: str, i: int, end: int) -> int:
    """Skip the modifiers that belong to the emoji before i: variation selectors, skin tones, keycap, tags."""
    while i < end:
        cp = ord(text[i])
        if cp in (_VS16, _VS15, _KEYCAP) or _SKIN_TONES[0] <= cp <= _SKIN_TONES[1] or _TAGS[0] <= cp <= _TAGS[1]:
            i += 1
            continue
        break
    return i


@lru_cache(maxsize=8192)
def _is_emoji_start(cp: int) -> bool:
    return any(low <= cp <= high for low, high in _EMOJI_RANGES)


@lru_cache(maxsize=8192)
def _char_weight(cp: int) -> int:
    if any(low <= cp <= high for low, high in X_LIGHT_RANGES):
        return X_LIGHT_WEIGHT
    return X_DEFAULT_WEIGHT
