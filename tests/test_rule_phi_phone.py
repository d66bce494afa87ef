"""phi.phone: phone numbers in any common format, not the organization's own, not dates or counts."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from guardrails.engine import Engine
from guardrails.settings import GuardrailSettings, Organization
from tests.phi_rule_cases import identifier_rules_hit, spans

# "5️⃣5️⃣5️⃣-3️⃣1️⃣2️⃣-4️⃣4️⃣7️⃣7️⃣": each digit a keycap emoji (digit, U+FE0F, U+20E3).
KEYCAP_NUMBER = "-".join("".join(d + "\ufe0f\u20e3" for d in group) for group in ("555", "312", "4477"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call Jenny at 555-867-5309 tonight", ["555-867-5309"]),  # dashed 555 number
        ("Her cell is (555) 123-4567.", ["(555) 123-4567"]),  # parenthesised area code
        ("Reach him on +1 555 444 2000", ["+1 555 444 2000"]),  # international prefix with spaces
        ("Text 555.867.5309 for updates", ["555.867.5309"]),  # dotted
        ("Number: 5558675309", ["5558675309"]),  # bare ten digits
        ("Call 555\u200b-867-5309 now", ["555\u200b-867-5309"]),  # zero-width space inside: offsets cover it
        (
            "Call \uff15\uff15\uff15-\uff18\uff16\uff17-\uff15\uff13\uff10\uff19",
            ["\uff15\uff15\uff15-\uff18\uff16\uff17-\uff15\uff13\uff10\uff19"],
        ),  # full-width
        ("Call 1-312-555-0199 ext. 12", ["1-312-555-0199 ext. 12"]),  # long-distance prefix with extension
        ("Call him at 001-656-686-4458x726", ["001-656-686-4458x726"]),  # odd exit code phonenumbers skips
        ("He left his number, +1-833-887-4084x6994", ["+1-833-887-4084x6994"]),  # toll-free, but his own
        ("Jenny: 867-5309", ["867-5309"]),  # seven-digit local number
        ("UK cousin: +44 20 7946 0958", ["+44 20 7946 0958"]),  # foreign number with country code
        ("reach me on whatsapp +52 1 55 1234 5678", ["+52 1 55 1234 5678"]),  # outdated format phonenumbers rejects
        ("Call (555) 010-2000 or her at 555-010-3000", ["555-010-3000"]),  # org number passes, the other not
        (
            "Call five five five, 0 one 0, 2 2 1 9 to reach her mom.",
            ["five five five, 0 one 0, 2 2 1 9"],
        ),  # spelled and spaced digits mixed: still a number to call
        ("Her dad's cell is 4 1 2 - 7 7 - 0 9 3 1.", ["4 1 2 - 7 7 - 0 9 3 1"]),  # one digit at a time
        ("His number: 412 five five five 0931.", ["412 five five five 0931"]),  # digit groups and digit words
        (
            "text me: (four one two) five five five - oh nine three one",
            ["(four one two) five five five - oh nine three one"],
        ),  # all words, "oh" for zero
        ("Call her mom at (555) 010-4477.", ["(555) 010-4477"]),  # on the org's exchange, but her mom's
        ("Our team: her cell is 312-555-0188.", ["312-555-0188"]),  # a label of ours, then someone's own cell
        ("Call our patient's daughter at 312-555-0133.", ["312-555-0133"]),  # "our" is not a department here
        ("Reach Jenny's family at (555) 010-4477 for updates.", ["(555) 010-4477"]),  # org's exchange, no service
        ("Call the family on 0161 496 0123 (UK) about visiting hours.", ["0161 496 0123"]),  # read as British
        ("Call me on 07700 900461.", ["07700 900461"]),  # a trunk 0 beside a phone word: read where 0 starts numbers
        (
            "wants a callback at three oh eight, five five five, oh one nine one before 5",
            ["three oh eight, five five five, oh one nine one"],
        ),  # all words, cued by "callback" (a phone word glued to "back")
        (
            "su celular: cinco cinco cinco tres uno dos cuatro cuatro siete siete",
            ["cinco cinco cinco tres uno dos cuatro cuatro siete siete"],
        ),  # Spanish digit words
        (
            "Llama a su hija al cinco cinco cinco, tres uno dos, cuarenta y cuatro, setenta y siete",
            ["cinco cinco cinco, tres uno dos, cuarenta y cuatro, setenta y siete"],
        ),  # Spanish, the last four said in pairs ("cuarenta y cuatro")
        (
            "her cell is 555 312 forty-four seventy-seven",
            ["555 312 forty-four seventy-seven"],
        ),  # digits, then tens said as words
        (
            "his cell: three twelve, five five five, forty four seventy seven",
            ["three twelve, five five five, forty four seventy seven"],
        ),  # tens and teens grouped 3-3-4 as a phone number is said
        ("dad's phone: five5five-3one2-4four7seven", ["five5five-3one2-4four7seven"]),  # digits glued to words
        (
            "reach his wife at fivefivefive threeonetwo fourfourseveneight",
            ["fivefivefive threeonetwo fourfourseveneight"],
        ),  # digit words glued together
        ("her cell 555-O1O-2OO7", ["555-O1O-2OO7"]),  # letter O for zero
        ("her cell is 555 3l2 4477", ["555 3l2 4477"]),  # letter l for one
        ("her cell is 555 312\n4477", ["555 312\n4477"]),  # a number broken over two lines
        ("her cell is 555-312-\n4477", ["555-312-\n4477"]),  # broken after its dash
        (
            "her cell is five five five\nthree one two\nfour four seven seven",
            ["five five five\nthree one two\nfour four seven seven"],
        ),  # spelled over three lines
        ("her cell: \u0665\u0665\u0665\u0663\u0661\u0662\u0664\u0664\u0667\u0667", None),  # Arabic-Indic digits
        (
            "her cell five\u2011five\u2011five\u2011three\u2011one\u2011two\u2011four\u2011four\u2011seven\u2011seven",
            None,
        ),
        # spelled and joined by non-breaking hyphens
        ("her cell 555 \u2022 312 \u2022 4477", ["555 \u2022 312 \u2022 4477"]),  # bullets between the groups
        ("her cell 555*312*4477", ["555*312*4477"]),  # asterisks
        ("her cell 555_312_4477", ["555_312_4477"]),  # underscores
        ("her cell 555|312|4477", ["555|312|4477"]),  # pipes
        (f"her cell: {KEYCAP_NUMBER}", None),  # keycap emoji digits
        ("her cell 555\u260e\ufe0f312\u260e\ufe0f4477", ["555\u260e\ufe0f312\u260e\ufe0f4477"]),  # emoji between groups
        ("her cell: " + "\U0001f539".join("5553124477"), None),  # an emoji between every digit
        ("Ligue para ela: cinco cinco cinco, tres um dois, quatro quatro sete sete", None),  # Portuguese words
        ("Tawagan si Lola: lima lima lima, tatlo isa dalawa, apat apat pito pito", None),  # Tagalog words
        ("Wac hooyadeed: shan shan shan saddex kow laba afar afar toddoba toddoba", None),  # Somali words
        ("Love you mom! #CallMe5553124477", ["5553124477"]),  # a number glued to a phone word in a hashtag
        # issue #10 round 7: trying someone at a number written with look-alike letters
        ("We tried him at 317-555-O4I8 but no answer.", ["317-555-O4I8"]),
    ],
)
def test_phone_found(text: str, expected: list[str] | None) -> None:
    # None: the whole number after the colon or the word "five" (where a disguise makes the span long to write)
    if expected is None:
        expected = [text[text.index(": ") + 2 :] if ": " in text else text[text.index("five") :]]
    assert spans("phi.phone", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Questions? Call (555) 010-2000.",  # the organization's own number
        "Questions? Call 555.010.2000 or +1 555 010 2000.",  # own number in other formats (E.164 compare)
        "Our hotline is 010-2000, or (555) 010-2000 ext. 4",  # own number without area code, with extension
        "We have served 2,000,000 patients since 1990.",  # a count with thousands separators
        "Over 2 000 000 meals served.",  # a count grouped by spaces
        "Clinic hours 9:00-17:00, Oct 12, 2024.",  # times and a date
        "Screenings on 2024-10-12 and 12/10/2024.",  # ISO and slashed dates
        "Take 1000 mg twice a day, 500-1000 ml of water.",  # dosages
        "Springfield, IL 62701-1234",  # ZIP+4
        "From 2019-2023 we grew 150%.",  # year ranges
        "Our $1 250 000 grant",  # money
        "MRN 5558675309 is on file",  # an MRN keyword gives phi.mrn, not a phone
        "Fax us at 555-867-5310",  # a fax is phi.fax, not phi.phone
        "Poison Control: 1-800-222-1222. Save it in your phone.",  # toll-free numbers belong to hotlines
        "She was admitted 4-12-2024.",  # a dashed date is phi.date's, not a phone
        "Order number 1234567 shipped.",  # seven bare digits are a count or a code
        "Apply by 11/30. Job ID: RN-2024-118.",  # digits inside a job code
        "NDC 0002-3227-30 is the insulin code",  # a drug code: no area code starts with 0
        "PO 4500012345 for the new beds",  # a purchase order number
        "Call our cardiology line at 312-555-2219.",  # labelled as one of our lines
        "Questions? Scheduling: (312) 555-3344. Billing: 312-555-9000.",  # department labels
        "Call us at 312-555-0101 to book.",  # "call us": the organization's own number
        "Call the front desk at 312-555-0160.",  # a department of ours, with "the"
        "For appointments call (555) 010-4477 or visit riversidehealth.org.",  # on the exchange of our main number
        "Steps 1, 2, 3, 4, 5, 6, 7 are in the guide: call if stuck.",  # counting, not a number
        "We won 3 - 2, 4 - 1 and 5 - 0 this season; call it a streak.",  # scores
        "Rated 5 5 5 4 5 5 5 stars by patients",  # spaced ratings with no phone word
        "Order 0123456789 shipped, call if late.",  # an order number with a leading 0
        "Questions? Call five five five, oh one oh, two thousand.",  # the org's own number said in words
        "Questions? Call (555)\u00a0010\u20112000.",  # own number with NBSP and a non-breaking hyphen
        "Questions? Call 5 5 5 0 1 0 2 0 0 0.",  # own number spaced digit by digit
        "Questions? Call 555 01 02 000.",  # own number grouped differently
        "Questions? Call 555 010\n2000.",  # own number broken over a line
        "acct number four four seven, nine two, one one zero. son wants a call back",  # an account number
        "Call-in hours: nine thirty, ten fifteen, eleven forty-five and noon",  # clock times said in tens
        "Our Ride for Life raised twenty five thousand, three hundred dollars. Call to give",  # an amount in words
        "Class of 2024\n2025 schedule: call the desk",  # two years on two lines: not 7, 10 or 11 digits
        "Cinco de Mayo fiesta: call 5 pm",  # "cinco" in a name of a day
        "Ratings 4*5*5*4*5*5*5 - call us",  # odd separators, but not grouped as a phone number
        "Scores: 7 5 6 8 9 7 6 today, call it a win",  # lone digits after "scores"
        "Our call center: 555_010_2000",  # the org's own number, underscored
        "Rooms 101\U0001f389202\U0001f389303, call us",  # emoji between room numbers, not grouped as a phone
        "Lima, Peru: a shan festival with isa and anim; call us",  # digit words of other languages, no run
        "Code #Recall5553124477 on the recall notice",  # "call" inside "Recall": a code, not a phone word
        # a year that ends a sentence and the number that opens the next
        "Our founder opened a 12-bed hospital in 1926. 100 years later, her portrait still hangs.",
    ],
)
def test_phone_not_found(text: str) -> None:
    assert spans("phi.phone", text) == []


def test_org_event_post_has_no_identifier_finding() -> None:
    # the spec's example: an event announcement with the organization's own number configured
    text = "Flu shots are available at our Main Street clinic this Saturday, Oct 12, 9am-1pm. Call (555) 010-2000."
    assert identifier_rules_hit(text) == []


def test_configured_prefix_is_a_department_line() -> None:
    # organization.phone_prefixes: a block the organization owns, even with a person's word beside the number
    engine = Engine(GuardrailSettings(organization=Organization(phone_prefixes=["(312) 555-01"])))
    assert spans("phi.phone", "Her nurse line is 312-555-0142", engine) == []
    assert spans("phi.phone", "Her cell is 312-555-0942", engine) == ["312-555-0942"]


@pytest.mark.parametrize(
    "prefix",
    [
        "555",  # an area code alone would let every patient in it through
        "call 555 010",  # words are not a number block
        "1234567890123",  # longer than any number
    ],
)
def test_phone_prefix_is_validated(prefix: str) -> None:
    with pytest.raises(ValidationError, match="is not a number block"):
        Organization(phone_prefixes=[prefix])


def test_configured_region_reads_local_numbers() -> None:
    # with phone_region GB a UK number without +44 is read as British; the org's own UK number passes
    settings = GuardrailSettings(organization=Organization(phone_region="GB", phones=["020 7946 0000"]))
    engine = Engine(settings)
    assert spans("phi.phone", "Ring her on 020 7946 0958", engine) == ["020 7946 0958"]
    assert spans("phi.phone", "Ring us on +44 20 7946 0000", engine) == []
