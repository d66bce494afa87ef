"""phi.email: e-mail addresses, plain or disguised, that are not the organization's own."""

from __future__ import annotations

import pytest

from guardrails.engine import Engine
from guardrails.settings import GuardrailSettings, Organization
from tests.phi_rule_cases import spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Email jane.doe@gmail.com for photos", ["jane.doe@gmail.com"]),  # a personal address
        ("Contact: sam_smith+care@yahoo.co.uk.", ["sam_smith+care@yahoo.co.uk"]),  # plus tag, trailing stop out
        ("Write to jane [at] gmail [dot] com", ["jane [at] gmail [dot] com"]),  # bracketed disguise
        ("Write to jane (at) gmail.com", ["jane (at) gmail.com"]),  # half disguised
        ("reach me at bob at hotmail dot com", ["bob at hotmail dot com"]),  # spelled out
        ("Mail jane\u200b.doe@gmail.com", ["jane\u200b.doe@gmail.com"]),  # zero-width space inside
        ("Mail JANE@EXAMPLE.ORG now", ["JANE@EXAMPLE.ORG"]),  # upper case
        ("Send to media@riversidehealth.org.evil.com", ["media@riversidehealth.org.evil.com"]),  # look-alike domain
        # issue #10 round 5: more disguises
        ("email her: jane{at}gmail{dot}com", ["jane{at}gmail{dot}com"]),  # curly brackets
        ("email her: jane<at>gmail<dot>com", ["jane<at>gmail<dot>com"]),  # angle brackets
        ("email her: jane @ gmail . com", ["jane @ gmail . com"]),  # spaces around @ and the dot
        ("email her: jane @ gmail dot com", ["jane @ gmail dot com"]),  # spaced @, spelled dot
        ("email her: jane at gmail.com", ["jane at gmail.com"]),  # the word "at" before a mail provider
        ("her email: jane.doe [@] gmail.com", ["jane.doe [@] gmail.com"]),  # a bracketed @
        ("email: jane.doe@ gmail.com", ["jane.doe@ gmail.com"]),  # a space after @
        ("write to jane-doe [at] outlook [.] com", ["jane-doe [at] outlook [.] com"]),  # a bracketed dot
        ("email her janedoe at gmail", ["janedoe at gmail"]),  # no top-level domain, after a word for e-mail
        ("My email is jane.doe82 [at] gmail [dot] com", ["jane.doe82 [at] gmail [dot] com"]),  # dotted mailbox
        ("email her: jane.doe@gma\u0456l.com", ["jane.doe@gma\u0456l.com"]),  # a Cyrillic i in the domain
    ],
)
def test_email_found(text: str, expected: list[str]) -> None:
    assert spans("phi.email", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Questions? media@riversidehealth.org",  # the organization's configured address
        "Apply: careers@riversidehealth.org",  # any address at the organization's website domain
        "Press: press@news.riversidehealth.org",  # a subdomain of the organization's domain
        "Meet us at noon at the fair",  # "at" as a word is not an e-mail
        "Thanks @RiversideHealth for hosting",  # a handle, not an e-mail
        "Visit cdc.gov for more",  # a link, not an e-mail
        "Meet us at the dot com expo",  # "X at Y dot com" that is a sentence
        "Donate at gofundme dot com/f/help-sam",  # a spelled-out link, not an e-mail
        "She worked at Yahoo for 10 years.",  # a provider as an employer, no word for e-mail
        "Our mail room at Comcast Center",  # a short plain word before "at" a provider
        "Join us @ 5 pm . Come early",  # "@" as "at" before a time
        "Stay @ home . Com on",  # a sentence in the shape of a spaced address
        "RSVP to @ RiversideHealth . org",  # "to" is no mailbox
        "Questions? media [at] riversidehealth [dot] org",  # the org's own address, disguised
        "Questions? media @ riversidehealth.org",  # the org's own address, spaced
        "Email me at work",  # "me" and no provider
    ],
)
def test_email_not_found(text: str) -> None:
    assert spans("phi.email", text) == []


def test_extra_org_domain_is_allowed() -> None:
    # organization.domains adds owned domains: addresses there pass
    engine = Engine(GuardrailSettings(organization=Organization(domains=["riversidefoundation.org"])))
    assert spans("phi.email", "Give: gifts@riversidefoundation.org", engine) == []
