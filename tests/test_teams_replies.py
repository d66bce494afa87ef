"""Replies to comments and reviews in Teams over real HTTP: a Bot Framework activity ("reply to: ...") POSTed
to /api/messages, acknowledged at once, then the reply card through the local connector."""

from __future__ import annotations

import pytest

from tests.test_teams_bot import AUTHOR, Teams, card_text
from tests.test_teams_bot import teams as teams  # the running server and fake connector (a pytest fixture)

pytestmark = pytest.mark.usefixtures("fresh_stores")
PERSONAL = "a:personal-aad-author"


async def test_reply_to_in_plain_words_gets_the_reply_card(teams: Teams) -> None:
    said = "reply to this review on google: The ER staff ignored me for hours, rude and careless."
    assert await teams.say(AUTHOR, said) in (200, 201)
    acknowledgement = await teams.connector.wait_for(1)
    assert "Drafting a reply" in acknowledgement[0].text
    card = await teams.next_card(PERSONAL, 1)
    text = card_text(card)
    assert "Reply to a review on Google" in text and "Tone of the comment: negative" in text
    assert "within 24 hours" in text and "40% of people expect" in text
    assert "Reply for Google" in text and "Another wording" in text
    assert "ignored" not in text.split("Reply for Google")[1]  # nothing of the comment is copied back


async def test_a_threat_is_escalated_on_the_card(teams: Teams) -> None:
    await teams.say(AUTHOR, "reply to: I'm going to burn it down, you'll pay")
    card = await teams.next_card(PERSONAL, 1)
    text = card_text(card)
    assert "Escalate before replying" in text and "security" in text and "now" in text
