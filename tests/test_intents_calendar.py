"""Plain words and /calendar -> CalendarIntent (or the request they really are)."""

from __future__ import annotations

import pytest

from bot.intents import AskIntent, CalendarIntent, DraftIntent, InvalidIntent, parse
from guardrails.settings import Platform


@pytest.mark.parametrize(
    ("words", "command", "month", "platforms", "submit"),
    [
        ("plan March", None, "March", [], False),  # the terminal's example
        ("plan the content calendar for May 2027", None, "May 2027", [], False),  # a whole sentence
        ("calendar 2027-03 on facebook, twitter", None, "2027-03", [Platform.FACEBOOK, Platform.X], False),  # alias
        ("plan 2027-03 on linkedin and submit", None, "2027-03", [Platform.LINKEDIN], True),  # queue it in one step
        ("2027-03", "calendar", "2027-03", [], False),  # /calendar 2027-03
        ("march 2027, submit them for review", "calendar", "march 2027", [], True),  # another way to say submit
        ("next spring", "calendar", "next spring", [], False),  # the core says it is not a month, not the parser
    ],
)
def test_calendar_words(words: str, command: str | None, month: str, platforms: list[Platform], submit: bool) -> None:
    intent = parse(words, command)  # type: ignore[arg-type]  # None or a Command literal, as the surfaces pass
    assert intent == CalendarIntent(month=month, platforms=platforms, submit=submit)


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("plan a post about flu shots", AskIntent),  # "plan" without a month is not the calendar
        ("draft a post about March Madness safety", DraftIntent),  # a month name inside a draft stays a draft
    ],
)
def test_words_that_are_not_the_calendar(words: str, kind: type) -> None:
    assert isinstance(parse(words), kind)


@pytest.mark.parametrize(
    ("words", "says"),
    [
        ("", "which month"),  # /calendar with nothing after it
        ("march on tiktok", "tiktok"),  # a network CarePost has no profile for
    ],
)
def test_calendar_command_problems(words: str, says: str) -> None:
    intent = parse(words, "calendar")
    assert isinstance(intent, InvalidIntent) and says in intent.problem
