"""phi.url: links and handles that point at a person; not the organization's, not trusted health sites."""

from __future__ import annotations

import pytest

from guardrails.engine import Engine
from guardrails.settings import GuardrailSettings, Terms
from tests.phi_rule_cases import spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@kelly_runs42 sounds like shin splints", ["@kelly_runs42"]),  # spec example: a commenter's handle
        ("Follow @sam_recovers for updates", ["@sam_recovers"]),  # a patient's handle
        ("@drchenfan loves her nurse", ["@drchenfan"]),  # a fan's handle only starts like a staff handle
        ("See facebook.com/jane.doe", ["facebook.com/jane.doe"]),  # a person's profile
        ("Donate at gofundme.com/f/help-sam!", ["gofundme.com/f/help-sam"]),  # fundraiser; trailing ! out
        ("https://www.caringbridge.org/visit/samsmith", ["https://www.caringbridge.org/visit/samsmith"]),  # journal
        ("Pics on instagram.com/x", ["instagram.com/x"]),  # a short profile path
        ("Read janedoe.blogspot.com", ["janedoe.blogspot.com"]),  # a personal blog subdomain
        ("Follow her journey at janesjourney.com/updates", ["janesjourney.com/updates"]),  # person context
        ("See example.net/~jdoe", ["example.net/~jdoe"]),  # home-directory path on any site
        ("Follow @\u200bsam_recovers", ["@\u200bsam_recovers"]),  # zero-width space after @: offsets cover it
        ("youtube.com/watch?v=abc123 shows her surgery", ["youtube.com/watch?v=abc123"]),  # a video link
        ("pay him at venmo @sam-smith", ["@sam-smith"]),  # hyphen inside a payment handle
        ("Follow her journey at samstrong.org", ["samstrong.org"]),  # a bare site said to be hers
        ("Read my blog at janedoe.net", ["janedoe.net"]),  # "my" makes it the writer's own site
        ("Her page facebook[.]com/jane.doe", ["facebook[.]com/jane.doe"]),  # a defanged link
        ("Donate at gofundme dot com/f/help-sam please", ["gofundme dot com/f/help-sam"]),  # spelled-out dot
        ("Follow linktr.ee/jaxonstrong for updates on his transplant.", ["linktr.ee/jaxonstrong"]),  # bare, odd TLD
    ],
)
def test_url_found(text: str, expected: list[str]) -> None:
    assert spans("phi.url", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Learn more at https://www.riversidehealth.org/flu",  # the organization's website
        "Follow @RiversideHealth and facebook.com/RiversideHealth",  # the organization's handle and page
        "Flu facts: cdc.gov/flu and who.int/news",  # trusted health sites
        "Guidance: https://www.medlineplus.gov/ency/article/000001.htm",  # trusted site with a path
        "Any state site: www.dph.illinois.gov/covid",  # every .gov host is public
        "Tagging our partners @CDCgov and @AmericanHeart",  # health bodies' handles
        "Great Q&A with @DrSarahChen today!",  # a staff member's own handle (Sarah Chen is on the staff list)
        "Thanks to the @Patriots community relations team for the visit",  # "the @X": an organization's account
        "Follow @sarah_chen_md for heart tips",  # the same, with a credential
        "#sam_recovers #FluSeason",  # hashtags are not handles
        "Email jane.doe@gmail.com",  # an e-mail belongs to phi.email
        "Like us on facebook.com",  # the site itself, no person
        "See cdc[.]gov/flu for more",  # a defanged trusted site
        "reach me at bob at hotmail dot com",  # a spelled-out e-mail belongs to phi.email
        "Read more at nytimes.com/2024/health/flu-season",  # a news link with no person context
        "Doors open @ 9am, see you @noon",  # @ as "at"
        "Thanks to our partners @SpringfieldFD and @IDPH for the safety fair!",  # public bodies' handles
        "Watch 3 videos at youtube.com/playlist?list=PL123 from our team.",  # a playlist, not a person's page
        "Read her story at nytimes.com/2024/10/12/health/flu.html",  # a newspaper is an institution
        "Donate blood at vitalant.org this week",  # "donate" alone does not make a site someone's
        "Follow us at springfieldmarathon.com/register for the 5K",  # "follow us": the organization's own voice
        "Our links: linktr.ee/RiversideHealth",  # the organization's own page on a link site
    ],
)
def test_url_not_found(text: str) -> None:
    assert spans("phi.url", text) == []


def test_configured_trusted_domain_is_allowed() -> None:
    # terms.trusted_domains extends the built-in list
    engine = Engine(GuardrailSettings(terms=Terms(trusted_domains=["https://www.localhealthcoalition.org"])))
    assert spans("phi.url", "Her story at localhealthcoalition.org/stories/ana", engine) == []
