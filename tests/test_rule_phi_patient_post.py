"""The post-level reading the detail rules share (guardrails/rules/phi/patient_post.py): a post where phi.name finds
a patient or a relative tells that person's story, so a date or a school/workplace name in a sentence about a
person is theirs even with no cue of its own; a post where phi.name finds no one (or clears the name as staff)
gets no such help."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from guardrails import Engine, GuardrailSettings
from guardrails.rules.base import Document, Match
from tests.phi_rule_cases import spans

ENGINE = Engine(GuardrailSettings())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a patient named, then a date in a sentence that holds her (a pronoun) but no event word: hers
        (
            "Bea Whitfield went home this morning! She says the pancakes on Tuesday the 14th were the best in town.",
            ["the 14th"],
        ),
        # the date opens the next sentence about the named patient
        (
            "Gus Amundsen went home this morning. On December 2 he taught the whole unit to play cribbage.",
            ["December 2"],
        ),
        # the same sentences about a staff member phi.name clears: no one's story, the date stays
        ("Our nurse manager Ellen Park went home early. On December 2 she taught the whole unit to play cribbage.", []),
        # no one named at all (a crowd of volunteers): the date stays
        ("Our volunteers went home tired after the toy drive. On December 2 he taught the unit to play cribbage.", []),
        # facility news with a pronoun and no name: the date stays
        ("The lobby cafe reopens on November 12 with a new menu, and she says the soup is back.", []),
        # a capitalised pair is the date's person only if phi.name found someone: a club is no one
        ("Huge thanks to Cedar Ridge Rotary, who toured our new infusion suite on May 3.", []),
        # ... and a person phi.name found is
        ("Today Grace Howell toured the dialysis unit with us on May 3.", ["May 3"]),
        # a player by position is one person, whatever capitalised team is near
        (
            "Get well soon to the Millbrook Thunder 14U goalie we saw in our ER after last Saturday's game.",
            ["last Saturday's"],
        ),
    ],
)
def test_a_date_in_a_named_patients_post(text: str, expected: list[str]) -> None:
    assert spans("phi.date", text, ENGINE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a school written after the patient's name, no relation word ("at", "of") before it: a school narrows a
        # patient to a building as a town does
        ("Jaylen Brooks, Cedar Ridge High #7, is back on the field after his knee surgery.", ["Cedar Ridge High"]),
        # in parentheses, with the grade after it
        ("Tommy Reyes (Millbrook Middle, 7th grade) rang the bell today after his last chemo.", ["Millbrook Middle"]),
        # no one named: a school the team covers is no one's
        (
            "Our sports medicine team covers every Cedar Ridge High home game, and she says the student section is "
            "the loudest around.",
            [],
        ),
        # a staff member phi.name clears: her employer's games are no patient's
        (
            "Our athletic trainer Dana Miller covers every Cedar Ridge High home game; she says the student section "
            "is the loudest around.",
            [],
        ),
        # with no relation word the place is read whole: "POST. Transport" is a sentence's end and a capital, no name
        ("Jaylen Brooks went home today. INTERNAL, DO NOT POST. Transport for him: Tuesday 0630, wheelchair van.", []),
    ],
)
def test_a_school_or_workplace_in_a_named_patients_post(text: str, expected: list[str]) -> None:
    assert spans("phi.address", text, ENGINE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town after the named patient with no person word in its sentence (the pronoun is in the next one)
        (
            "Does anyone know Marisol Quintero from Fenwick? She came in by ambulance last night and we are trying "
            "to reach her family.",
            ["Fenwick"],
        ),
        # a unit of the hospital, its bed after it, is no town
        ("Happy discharge day to Marisol Quintero from Peds bed 7! Go home and be a kid again.", []),
        # the capitalised word after "from" is the named person, not a place
        ("Pls post to the thank-you wall: a card from Tomas & Ilse Brandt. They wrote that we saved his life.", []),
        # no first name in the town's sentence: the town is the well-wishers', not the patient's
        ("Marisol Quintero went home today. We thank everyone in Fenwick who sent cards.", []),
        # a possessive before "from" names a shop, whatever phi.name reads in it
        ("Thanks to Auntie Anne's from Brookfield for the pretzels! Marisol Quintero went home today.", []),
        # staff: phi.name clears the name, so the post names no patient
        (
            "Our charge nurse Ellen Park from Fenwick ran the Turkey Trot on Thursday. She says the hills were brutal.",
            [],
        ),
    ],
)
def test_a_town_in_a_named_patients_post(text: str, expected: list[str]) -> None:
    assert spans("phi.address", text, ENGINE) == expected


def test_the_name_search_the_detail_rules_read_is_phi_names_own(monkeypatch: pytest.MonkeyPatch) -> None:
    """phi.date and phi.address ask whether a patient is named; phi.name's search fills the text's memos of cleared
    names, so a second search of the same text could start from the first one's. One search per text, whoever asks
    first."""
    from guardrails.rules.phi.people_names import NameRule

    calls: list[str] = []
    find = NameRule._find

    def counted(self: NameRule, doc: Document) -> Iterator[Match]:
        calls.append(doc.text)
        return find(self, doc)

    monkeypatch.setattr(NameRule, "_find", counted)
    report = ENGINE.check("Jaylen Brooks, Cedar Ridge High #7, went home today. On December 2 he threw a touchdown.")
    assert {f.rule for f in report.findings} >= {"phi.name", "phi.date", "phi.address"}
    assert len(calls) == len(set(calls))  # the text and its fixed copy once each: never one text twice
