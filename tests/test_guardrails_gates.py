"""Word gates in front of slow patterns: wherever the pattern matches, its gate must let the text through.

A gate that says no where its pattern would match silently drops a finding, so each row is a text the pattern
matches, written the awkward way (glued words, capitals, a dotless i, U+0131), and the gate is asked about it.
"""

from __future__ import annotations

import re

import pytest

from guardrails.normalize import normalize
from guardrails.rules.base import Document
from guardrails.rules.disclaimer import OUTCOME_RE, OUTCOME_WORDS
from guardrails.rules.phi.contacts import DEFANG_HINT, DEFANG_PARTS, IP_HINT, IP_V4_START
from guardrails.rules.phi.identifiers import ROOM, ROOM_PLACES, DeviceRule, room_possible
from guardrails.rules.phi.people_ages import AgeRule
from guardrails.rules.phi.people_dates import DATE_PATTERNS, NEEDS_SEPARATED, SEPARATED_DIGITS
from guardrails.settings import GuardrailSettings


def document(text: str) -> Document:
    return Document(normalized=normalize(text), platform=None, settings=GuardrailSettings())


@pytest.mark.parametrize(
    "text",
    [
        "Our patients lost an average of 38 pounds.",  # the spec's outcome claim
        "90% of ourpatients walked the same day",  # the group word glued to "our": the gate knows the glued run
        "Most of thewomen went home the next day",  # glued to "the"
        "Participants kept off 20 lbs for a year",  # a lead verb alone
        "our knee patients now walk the same day",  # a group and a strict verb, no number
    ],
)
def test_outcome_gate_passes_what_the_pattern_matches(text: str) -> None:
    doc = document(text)
    assert OUTCOME_RE.search(doc.lower) is not None
    assert doc.words & OUTCOME_WORDS


@pytest.mark.parametrize(
    "text",
    [
        "She is in room 4B",  # the plain case
        "The girl in su\u0131te 12",  # a dotless i (U+0131) matches i under IGNORECASE: the gate folds it too
        "Visit Mr. Jones in RM. 12",  # capitals and the abbreviation's full stop
        "the boy in roomA12",  # the place word glued to its code: a run of the word and one letter
        "The patient in rm.12 says thanks",  # the abbreviation with its stop and no space
        "Bring balloons to the girl in \uff52\uff4f\uff4f\uff4d 634",  # full-width letters, folded by normalize
    ],
)
def test_room_gate_passes_what_the_pattern_matches(text: str) -> None:
    doc = document(text)
    assert ROOM.search(doc.text) is not None
    assert doc.has_digits and room_possible(doc)


def test_gates_say_no_to_a_text_without_their_words() -> None:
    # why: the point of a gate is to skip the pattern on the common post that cannot match
    doc = document("Join us Saturday for a free blood pressure screening at the Wellness Center.")
    assert not doc.words & OUTCOME_WORDS
    assert not room_possible(doc) and not doc.has_any(ROOM_PLACES)


def test_room_gate_reads_whole_runs() -> None:
    # why: "rm" inside "form" and "bed" inside "described" are no room; a substring test ran ROOM on most posts
    doc = document("Fill in the form described on page 2 to confirm your 3 seats.")
    assert doc.has_any(ROOM_PLACES)
    assert not room_possible(doc)


@pytest.mark.parametrize(
    "text",
    [
        "admitted 3/14/2024",  # the numeric shape
        "surgery on 2024-07-09",  # ISO
        "born 4.5.19",  # full stops as separators
    ],
)
def test_date_gate_passes_what_the_patterns_match(text: str) -> None:
    lower = document(text).lower
    patterns = dict(DATE_PATTERNS)
    assert any(patterns[name].search(lower) for name in NEEDS_SEPARATED)
    assert SEPARATED_DIGITS.search(lower) is not None


@pytest.mark.parametrize(
    "text",
    [
        "she turned 90 today",  # the plain case
        "our 101-year-old",  # three digits, a hyphen after
        "1990 and 2019",  # a year holds 99 and 19 but not alone: neither finds anything
        "x9 a99 991 190 129 130 9",  # letters before, digits after, out of range, too short
        "\u0669\u0660 and 9\u0660",  # Arabic-Indic digits count as digits (\d) before and after
        "109,120.5;95",  # punctuation around
    ],
)
def test_age_trigger_number_is_the_plain_pattern(text: str) -> None:
    # why: TRIGGER_NUMBER is the plain pattern reordered so the engine can skip to a 1 or a 9; same matches
    plain = re.compile(r"(?<!\d)(?:9\d|1[0-2]\d)(?!\d)")
    found = [m.span() for m in AgeRule.TRIGGER_NUMBER.finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "mysite [dot] com",  # a bracketed dot word
        "mysite (.) com",  # a bracketed full stop
        "jane dot doe at gmail",  # the spoken form between spaces
    ],
)
def test_defang_gate_passes_what_the_pattern_matches(text: str) -> None:
    lower = document(text).lower
    assert DEFANG_HINT.search(lower) is not None
    assert any(part in lower for part in DEFANG_PARTS)


@pytest.mark.parametrize(
    "text",
    [
        "her laptop at 192.168.0.12",  # IPv4
        "router 10[.]0[.]0[.]1",  # IPv4 with defanged dots
        "fe80::1ff:fe23:4567:890a",  # IPv6: two colons, no dotted digits
        "a:b:c",  # two colons with hex letters are enough for the hint
    ],
)
def test_ip_gate_passes_what_the_hint_matches(text: str) -> None:
    doc = document(text)
    assert IP_HINT.search(doc.text) is not None
    assert doc.text.count(":") >= 2 or (doc.has_digits and IP_V4_START.search(doc.text) is not None)


@pytest.mark.parametrize(
    "text",
    [
        "UDI (01)00643169007222(17)240101(21)ABC123",  # a GS1 UDI
        "IMEI 35-209900-176148-1",  # an IMEI with hyphens: 15 digits
        "her pump 00:1A:2b:3C:4d:5E",  # a MAC address with colons
        "aa-bb-cc-dd-ee-ff",  # with hyphens, and no digit at all
    ],
)
def test_device_gate_passes_what_the_loose_patterns_match(text: str) -> None:
    doc = document(text)
    rule = DeviceRule(GuardrailSettings())
    matching = [pattern for pattern in rule.LOOSE if pattern.search(doc.text)]
    assert matching
    assert all(rule.loose_possible(doc, pattern) for pattern in matching)
