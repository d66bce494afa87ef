"""The content calendar in Teams over real HTTP: a Bot Framework activity ("plan March 2027") POSTed to
/api/messages, acknowledged at once, then the calendar card through the local connector; its "Queue for review"
button plans the same month again and queues it in one step."""

from __future__ import annotations

import pytest

from tests.test_teams_bot import AUTHOR, Teams, actions_of, card_text
from tests.test_teams_bot import teams as teams  # the running server and fake connector (a pytest fixture)

pytestmark = pytest.mark.usefixtures("fresh_stores")
PERSONAL = "a:personal-aad-author"


async def test_plan_march_is_acknowledged_then_answered_with_a_calendar_card(teams: Teams) -> None:
    assert await teams.say(AUTHOR, "plan March 2027 on linkedin") in (200, 201)
    acknowledgement = await teams.connector.wait_for(1)
    assert "Planning the content calendar" in acknowledgement[0].text
    card = await teams.next_card(PERSONAL, 1)
    text = card_text(card)
    assert "Content calendar for March 2027" in text
    assert "Colorectal Cancer Awareness Month (all month)" in text and "World Kidney Day (Thu 11 Mar)" in text
    assert "Week of 01 Mar" in text and "LinkedIn" in text
    assert "carepost calendar --month 2027-03 --ics carepost-2027-03.ics" in text  # how to get the file


async def test_the_card_button_queues_the_month_for_review(teams: Teams) -> None:
    await teams.say(AUTHOR, "plan 2027-03 on linkedin")
    card = await teams.next_card(PERSONAL, 1)
    (queue,) = [a for a in actions_of(card) if a.get("title") == "Queue for review"]
    await teams.click(AUTHOR, queue["data"])
    queued = await teams.next_card(PERSONAL, 2)
    assert "Queued 14 slot(s) for review" in card_text(queued)
    assert not actions_of(queued)  # nothing left to queue
    items = await teams.service.review.list_items("submitted")
    assert len(items) == 14 and {i.submitted_by for i in items} == {"aad-author"}


async def test_a_bad_month_in_teams_is_one_line(teams: Teams) -> None:
    await teams.say(AUTHOR, "plan 2027-13")
    card = await teams.next_card(PERSONAL, 1)
    assert "is not a month" in card_text(card)


async def test_a_second_click_on_the_card_queues_nothing_more(teams: Teams) -> None:
    await teams.say(AUTHOR, "plan 2027-03 on linkedin")
    card = await teams.next_card(PERSONAL, 1)
    (queue,) = [a for a in actions_of(card) if a.get("title") == "Queue for review"]
    await teams.click(AUTHOR, queue["data"])
    await teams.next_card(PERSONAL, 2)
    await teams.click(AUTHOR, queue["data"])  # Teams sends every click as a new activity
    again = await teams.next_card(PERSONAL, 3)
    assert "14 slot(s) were already waiting for review" in card_text(again)
    assert len(await teams.service.review.list_items("submitted")) == 14
