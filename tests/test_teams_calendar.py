"""The content calendar in Teams over real HTTP: a Bot Framework activity ("plan March 2027") POSTed to
/api/messages, acknowledged at once, then the calendar card through the local connector; its "Queue for review"
button plans the same month again and queues it in one step."""

from __future__ import annotations

import csv
import io
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from bot.adapters.teams import TEAMS_KEY
from bot.adapters.teams.calendar_links import links_from
from bot.config import ConfigError, config_from_mapping
from tests.test_teams_bot import AUTHOR, Teams, actions_of, card_text, serving
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


# --- signed .ics and CSV links (teams.public_url): Teams users have no command line and bots cannot attach files


@pytest.fixture
async def linked(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Teams]:
    """The same running server with teams.public_url set and a link secret in the environment."""
    monkeypatch.setenv("CAREPOST_LINK_SECRET", "a-test-secret")
    monkeypatch.delenv("MICROSOFT_APP_PASSWORD", raising=False)
    async with serving(config_from_mapping({"teams": {"public_url": "https://carepost.example.org/"}})) as running:
        yield running


def local(url: str) -> str:
    """The link's path and query, to fetch it from the test server instead of the public address."""
    assert url.startswith("https://carepost.example.org/calendar/")  # the configured base, trailing slash dropped
    return url.removeprefix("https://carepost.example.org")


async def test_the_card_links_to_the_months_ics_and_csv(linked: Teams) -> None:
    await linked.say(AUTHOR, "plan 2027-03 on linkedin")
    card = await linked.next_card(PERSONAL, 1)
    urls = {a["title"]: a["url"] for a in actions_of(card) if a.get("type") == "Action.OpenUrl"}
    assert set(urls) == {"Open in Outlook or Google Calendar (.ics)", "Download as a spreadsheet (CSV)"}
    assert "carepost calendar --month" not in card_text(card)  # the command-line hint gives way to the buttons
    async with aiohttp.ClientSession() as session:
        async with session.get(linked.server.make_url(local(urls["Open in Outlook or Google Calendar (.ics)"]))) as r:
            assert r.status == 200 and r.content_type == "text/calendar"
            assert 'filename="carepost-2027-03.ics"' in r.headers["Content-Disposition"]
            ics = await r.text()
        async with session.get(linked.server.make_url(local(urls["Download as a spreadsheet (CSV)"]))) as r:
            assert r.status == 200 and r.content_type == "text/csv"
            csv_text = await r.text()
    assert ics.startswith("BEGIN:VCALENDAR") and ics.count("BEGIN:VEVENT") == 14  # the month the card showed
    rows = list(csv.reader(io.StringIO(csv_text)))
    assert len(rows) == 1 + 14 and rows[0][0] == "date"  # a header and one row per slot (texts span lines)


@pytest.mark.parametrize(
    ("tamper", "status"),
    [
        (lambda q: q.replace("linkedin", "facebook"), 403),  # another platform under the same signature
        (lambda q: q.replace("sig=", "sig=0"), 403),  # a forged signature
        (lambda q: q.split("&sig=")[0], 403),  # no signature at all
    ],
)
async def test_a_tampered_link_is_refused_in_one_line(linked: Teams, tamper: Any, status: int) -> None:
    links = linked.server.app[TEAMS_KEY].links
    assert links is not None
    url = local(links.for_month("2027-03", ["linkedin"], time.time())["ics"])
    path, query = url.split("?")
    async with aiohttp.ClientSession() as session, session.get(linked.server.make_url(f"{path}?{tamper(query)}")) as r:
        assert r.status == status
        assert (await r.text()).startswith("This calendar link is not valid")


async def test_an_expired_link_says_how_to_get_a_fresh_one(linked: Teams) -> None:
    links = linked.server.app[TEAMS_KEY].links
    assert links is not None
    old = links.for_month("2027-03", ["linkedin"], time.time() - 8 * 86_400)["csv"]  # a week's lifetime, 8 days ago
    async with aiohttp.ClientSession() as session, session.get(linked.server.make_url(local(old))) as r:
        assert r.status == 410
        assert "expired" in await r.text()


async def test_without_public_url_there_is_no_file_route(teams: Teams) -> None:
    async with aiohttp.ClientSession() as session, session.get(teams.server.make_url("/calendar/2027-03.ics")) as r:
        assert r.status == 404  # nothing served that nobody configured


@pytest.mark.parametrize(
    "value",
    [
        "carepost.example.org",  # no scheme: Teams would open a relative link
        "ftp://carepost.example.org",  # not a web address
        "https://carepost.example.org/?a=1",  # a query would be mangled by the link's own
    ],
)
def test_a_bad_public_url_names_the_key(value: str) -> None:
    with pytest.raises(ConfigError, match=r"teams\.public_url"):
        config_from_mapping({"teams": {"public_url": value}})


def test_without_a_secret_links_still_work_until_a_restart() -> None:
    config = config_from_mapping({"teams": {"public_url": "https://carepost.example.org"}})
    first, second = links_from(config, {}), links_from(config, {})
    assert first is not None and second is not None and first.secret != second.secret  # random per process
    url = first.for_month("2027-03", [], 1_000.0)["ics"]
    query = dict(part.split("=") for part in url.split("?")[1].split("&"))
    assert first.check("2027-03", "", query["expires"], query["sig"], 1_000.0) is None
    assert second.check("2027-03", "", query["expires"], query["sig"], 1_000.0) is not None
