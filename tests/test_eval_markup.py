"""Marked-up hand-written items: offsets are computed, not counted by hand."""

import pytest

from bot.evaluation.markup import convert_line, unmark


@pytest.mark.parametrize(
    ("marked", "plain", "spans"),
    [
        # one mark: the span covers exactly the value
        ("Thanks [[phi.name|Ana Ruiz]]!", "Thanks Ana Ruiz!", [("phi.name", 7, 15)]),
        # two marks: the second offset counts the first value, not its markup
        (
            "[[phi.name|Jo]] MRN [[phi.mrn|123]]",
            "Jo MRN 123",
            [("phi.name", 0, 2), ("phi.mrn", 7, 10)],
        ),
        # no mark: nothing pinned
        ("Flu shots Saturday.", "Flu shots Saturday.", []),
        # a zero-width character inside the value stays in the text and in the span
        ("call [[phi.phone|555\u200b0101]]", "call 555\u200b0101", [("phi.phone", 5, 13)]),
    ],
)
def test_unmark(marked: str, plain: str, spans: list[tuple[str, int, int]]) -> None:
    text, found = unmark(marked)
    assert text == plain
    assert [(s["rule"], s["start"], s["end"]) for s in found] == spans


def test_convert_line_adds_marked_rules_to_expect() -> None:
    # the marked rule is expected once, beside what the writer listed
    item = convert_line('{"id": "a", "text": "[[phi.name|Li]] and [[phi.name|Bo]]", "expect": ["conduct.x_y"]}')
    assert item.expect == ["conduct.x_y", "phi.name"]
    assert item.text == "Li and Bo"


def test_unclosed_mark_is_refused() -> None:
    # a typo in the markup must not become a silently unlabelled post
    with pytest.raises(ValueError, match="malformed"):
        unmark("Thanks [[phi.name|Ana")
