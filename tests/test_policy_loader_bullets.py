"""Plain-text guides: a short bullet between paragraphs of prose heads the prose after it (web articles list
platforms as "• YouTube Marketing for Clinics"), while the items of a real list stay items."""

from __future__ import annotations

import pytest

from bot.policy.loader import parse_plain_text

PROSE = (
    "YouTube is a video sharing network that streams billions of videos every day; "
    "a short video explains prevention better than a long leaflet."
)


@pytest.mark.parametrize(
    ("text", "headings"),
    [
        # a bullet between two paragraphs of prose is the heading of the second
        (f"Which platforms to use.\n• YouTube Marketing for Clinics\n{PROSE}", ["YouTube Marketing for Clinics"]),
        # lower-case words after the first do not stop it ("Instagram marketing for the clinic")
        (f"Intro text here.\n• Instagram marketing for the clinic\n{PROSE}", ["Instagram marketing for the clinic"]),
        # the last item of a real list, followed by prose, stays an item of that list
        (f"Do this:\n- Post often\n- Keep it short\n{PROSE}", []),
        # a bullet that is a sentence (ends with a full stop) is an item, not a heading
        (f"Intro text here.\n• Never post patient photos.\n{PROSE}", []),
        # a bullet followed by a short line is not a heading: the prose must follow it
        ("Intro text here.\n• Patient Data Privacy\nShort line.", []),
    ],
)
def test_bullet_headings(text: str, headings: list[str]) -> None:
    sections = parse_plain_text(text, "article.txt")
    found = [s.heading for s in sections if s.heading not in ("article", "Do this")]
    assert found == headings
