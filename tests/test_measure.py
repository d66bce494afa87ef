"""guardrails.measure: lengths counted the platform's way, hashtags and links found as X finds them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from guardrails.measure import _fast_units, _weighted_units, find_hashtags, find_urls, post_length
from guardrails.settings import PlatformLimits

X = PlatformLimits(max_chars=280, counting="x_weighted", max_hashtags=2, url_length=23)
FACEBOOK = PlatformLimits(max_chars=63206, max_hashtags=3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello", 5),  # plain ASCII weighs 1 a character
        ("", 0),  # empty text is empty
        ("日本語", 6),  # CJK weighs 2 each
        ("안녕", 4),  # Hangul weighs 2 each
        ("café", 4),  # Latin-1 accents are in the light range
        ("cafe\u0301", 4),  # NFC first: e + combining acute is one character
        ("Привет", 6),  # Cyrillic is below U+10FF: light
        ("\u2014", 1),  # em dash is in the light punctuation range
        ("\u2026", 2),  # the ellipsis character is outside the light ranges
        ("👍", 2),  # one emoji weighs 2
        ("👍🏽", 2),  # a skin tone belongs to its emoji
        ("👨\u200d👩\u200d👧", 2),  # a ZWJ family is one emoji
        ("🇺🇸", 2),  # a flag (two regional indicators) is one emoji
        ("❤️", 2),  # heart + VS16 is one emoji, not 2 + 2
        ("1️⃣", 2),  # a keycap sequence is one emoji
        ("Get your flu shot 💉!", 21),  # mixed: 19 light characters + an emoji
        ("https://example.com", 23),  # a URL weighs 23 whatever its length
        ("see https://www.riversidehealth.org/a/very/long/path/to/the/flu/clinic/page", 27),  # long URL: 23
        ("see t.co", 27),  # a short bare link is still 23
        ("see riversidehealth.org.", 28),  # trailing full stop is not part of the link
        ("write media@riversidehealth.org", 31),  # an e-mail address is not a link
        ("日本 https://example.com", 28),  # CJK and a URL together
    ],
)
def test_x_weighted_length(text: str, expected: int) -> None:
    assert post_length(text, X) == expected


def test_x_url_length_comes_from_limits() -> None:
    # url_length is configurable (X has changed it before)
    limits = PlatformLimits(max_chars=280, counting="x_weighted", max_hashtags=2, url_length=30)
    assert post_length("https://example.com", limits) == 30


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello", 5),  # characters
        ("日本語", 3),  # no weighting outside X
        ("https://example.com/long/path", 29),  # links count in full outside X
    ],
)
def test_other_platforms_count_characters(text: str, expected: int) -> None:
    assert post_length(text, FACEBOOK) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Get vaccinated! #FluSeason #PublicHealth", ["#FluSeason", "#PublicHealth"]),  # ordinary tags
        ("We are #1 in the region", []),  # digits alone are not a hashtag
        ("#2024Goals are set", ["#2024Goals"]),  # digits with a letter are
        ("email a#b or &#39;", []),  # # glued to a word or an HTML entity is not a tag
        ("#café #ñandú", ["#café", "#ñandú"]),  # letters beyond ASCII
        ("#heart_health!", ["#heart_health"]),  # underscore belongs, punctuation ends the tag
        ("no tags here", []),  # nothing to find
        ("#Flu #Flu", ["#Flu", "#Flu"]),  # repeats are kept (they count against the limit)
        ("\uff03\u5168\u89d2", ["\uff03\u5168\u89d2"]),  # full-width hash sign
    ],
)
def test_find_hashtags(text: str, expected: list[str]) -> None:
    assert find_hashtags(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Visit https://www.riversidehealth.org/flu today", ["https://www.riversidehealth.org/flu"]),  # scheme
        ("Visit www.riversidehealth.org.", ["www.riversidehealth.org"]),  # www, trailing dot dropped
        ("See cdc.gov/flu for more", ["cdc.gov/flu"]),  # bare domain with a known TLD
        ("Write media@riversidehealth.org", []),  # an e-mail is not a link
        ("U.S. News, e.g. 3.5 mg at 9 a.m.", []),  # abbreviations and decimals are not links
        ("(see https://example.com/a_(b))", ["https://example.com/a_(b)"]),  # balanced parenthesis kept
        ("(see https://example.com)", ["https://example.com"]),  # closing parenthesis of the sentence dropped
        ("hello.world", []),  # unknown TLD without a scheme
    ],
)
def test_find_urls(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in find_urls(text)] == expected


EMOJI_ALPHABET = [
    *"ab 1#*.",
    "\u65e5",  # CJK
    "\u2014",  # em dash (light)
    "\u2026",  # ellipsis (heavy)
    "\ufe0f",  # variation selector 16
    "\u20e3",  # keycap
    "\u200d",  # zero-width joiner
    "\U0001f44d",  # thumbs up
    "\U0001f3fd",  # skin tone
    "\U0001f468",  # man
    "\U0001f1fa",  # regional indicator U
    "\u2764",  # heart
    "\U000e0067",  # tag
]


@given(st.text(alphabet=st.sampled_from(EMOJI_ALPHABET), max_size=40))
def test_fast_weighting_matches_the_reference_loop(text: str) -> None:
    # the regex-based count must agree with the character-by-character reference on any mix of emoji parts
    assert _fast_units(text) == _weighted_units(text, 0, len(text))
