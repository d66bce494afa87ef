"""The matching copy and its way back to the original offsets."""

from __future__ import annotations

import pytest

from guardrails.normalize import fold_char, normalize


def test_plain_ascii_is_its_own_matching_copy() -> None:
    n = normalize("Call us at 555-010-2000 today.")
    assert n.identical
    assert n.text == n.original
    assert n.to_original(5, 7) == (5, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5\u200b5\u200c5", "555"),  # zero-width space and non-joiner removed
        ("a\u200db\u2060c\ufeffd\u00ade", "abcde"),  # ZWJ, word joiner, BOM, soft hyphen removed
        ("\u202eabc\u202c", "abc"),  # bidi override and pop removed
        ("\u2066x\u2069", "x"),  # bidi isolates removed
        ("\uff15\uff15\uff15", "555"),  # full-width digits
        ("\uff2d\uff32\uff2e", "MRN"),  # full-width letters
        ("M\u0430ri\u0430", "Maria"),  # Cyrillic a
        ("\u041c\u0420\u041d", "MPH"),  # Cyrillic capitals fold to their Latin twins (Em, Er, En)
        ("\u039f\u03ba", "Ok"),  # Greek omicron and kappa
        ("Jos\u00e9 M\u00fcller", "Jose Muller"),  # accents dropped
        ("a\u00a0b\u202fc\u2009d", "a b c d"),  # NBSP, narrow NBSP, thin space
        ("a   b\t\tc", "a b c"),  # runs of spaces and tabs collapse
        ("555\u2011867\u2013", "555-867-"),  # non-breaking hyphen, en dash
        ("\u201cquoted\u201d it\u2019s", '"quoted" it\'s'),  # typographic quotes
        ("it`s", "it's"),  # a backtick as an apostrophe
        ("\ufb01ne", "fine"),  # a ligature expands to two letters
        ("\u0665\u0665\u0665", "555"),  # Arabic-Indic digits read as ASCII digits
        ("\u096f\u096a", "94"),  # Devanagari digits
        ("\U0001d7d7\U0001d7d2", "94"),  # mathematical bold digits (NFKC)
        ("\u2079\u2074", "94"),  # superscript digits (NFKC)
        ("5\ufe0f\u20e35\ufe0f\u20e3", "55"),  # keycap digits: variation selector and enclosing keycap dropped
        ("5\u20dd1", "51"),  # an enclosing circle mark dropped
        ("\u1d0a\u1d00\u0274\u1d07", "jane"),  # Latin small capitals
        ("\u13b7aria", "Maria"),  # a Cherokee letter that looks like M
        ("I\u0131k", "Iik"),  # dotless i
        ("J\u3164o\u115fhn", "John"),  # Hangul fillers render as nothing
        ("a\u2028b\u2029c", "a\nb\nc"),  # line and paragraph separators are line breaks
        ("5\u28005", "5 5"),  # the Braille blank is a space
        ("", ""),  # empty text
    ],
)
def test_folding(text: str, expected: str) -> None:
    assert normalize(text).text == expected


def test_invisible_characters_stay_inside_the_span_that_covers_them() -> None:
    text = "call 555\u200b-867-5309"
    n = normalize(text)
    start = n.text.index("555")
    assert n.to_original(start, start + len("555-867-5309")) == (5, len(text))


def test_expanded_character_maps_both_halves_to_the_one_original() -> None:
    n = normalize("x\ufb01y")
    assert n.text == "xfiy"
    assert n.to_original(1, 2) == (1, 2)
    assert n.to_original(2, 3) == (1, 2)
    assert n.to_original(1, 3) == (1, 2)


def test_collapsed_spaces_map_to_the_whole_run() -> None:
    n = normalize("a \u00a0 b")
    assert n.text == "a b"
    assert n.to_original(1, 2) == (1, 4)


def test_to_original_clamps_out_of_range_spans() -> None:
    n = normalize("Jos\u00e9")
    assert n.to_original(-5, 99) == (0, 4)
    assert normalize("\u200b").to_original(0, 1) == (0, 0)  # nothing left after folding


def test_fold_char_of_plain_ascii_is_itself() -> None:
    assert all(fold_char(c) == c for c in "AZaz09-.@ ")
