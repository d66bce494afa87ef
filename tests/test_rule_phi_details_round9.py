"""Issue #10 round 9: the PHI detail rules (phi.id, phi.address, phi.age) by the kind of post, not the phrasing.

One row per class, with its clean twin: a detail the post ties to the patient it names is PHI whatever word leads
it; the same detail in a post that names no patient, or that a thing owns, is not.
"""

from __future__ import annotations

import pytest

from tests.phi_rule_cases import spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an identifier-shaped code in a post that names a patient is that patient's, whatever word leads it
        # (round 7's "study ID CRO-24-0391", "tribal enrollment number (ABT-004127)"): spent r3a, r7a, r7b
        ("Huge thanks to Rosalind Okafor (screening no. KT-24-0391) for her patience today.", ["KT-24-0391"]),
        ("Thanks Marvin Spotted Horse! Please take your badge (ZB-004127) off the photo.", ["ZB-004127"]),
        ("Case HCH-SW-2026-0413 (Mr. Alcindor) needs a follow-up call today.", ["HCH-SW-2026-0413"]),
    ],
)
def test_a_code_in_a_named_patients_post(text: str, expected: list[str]) -> None:
    assert spans("phi.id", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the same code in a post that names no patient: a program's or a trial's, left to the keyword rules
        "Our rural telehealth program runs on code GA1RH26-04417 through 2029.",
        "The PANC-2 trial reached enrollment goal KT-24-0391 this week.",
        # a thing's code in a post that names a patient: a grant, a form, a protocol own it
        "Thank you Rosalind Okafor for helping us win HRSA grant GA1RH26-04417!",
        "Rosalind Okafor filled in form W-1099-22 for our volunteers.",
        # fewer than three digits: a drug class, a disease, a training year
        "Rosalind Okafor asked about GLP-1 pens and COVID-19 boosters.",
    ],
)
def test_no_code_without_a_named_patient(text: str) -> None:
    assert spans("phi.id", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a student's role right before the school, in a post that names the patient (spent r7b: 'an episode'
        # of a podcast had cleared it as a public figure's)
        (
            "Episode 12: the night Nora Vance, a sophomore at Pine Hollow Academy, collapsed at practice.",
            ["Pine Hollow Academy"],
        ),
        # a student's role or a school sport right after it (spent r4a 'the Hartsell High QB', r5b, r6b)
        (
            "Is it OK to post that the Millbrook High QB was treated here? His parents (Dale Pickett) said fine.",
            ["Millbrook High"],
        ),
        ("Internal: Amaya Petitjean (Gulf Coast University softball) needs prior auth.", ["Gulf Coast University"]),
        # a relative attends it: a family's note tells the child's story with no name phi.name finds (spent r7a:
        # the 'school nurse' had cleared it as staff)
        (
            "A note from a mom: my son goes to Willow Creek Elementary and your nurse caught his strep, thank you!",
            ["Willow Creek Elementary"],
        ),
    ],
)
def test_a_students_school_in_a_patients_post(text: str, expected: list[str]) -> None:
    assert spans("phi.address", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no patient named and no relative: a group's school (students on rotation, a team's visit)
        "Welcome to the nursing students from Pine Hollow University joining us this spring!",
        "The Millbrook High football team visited our pediatric floor with cards.",
        # a school with no student's relation to it, in a patient's post: an event's venue
        "Nora Vance thanks everyone who came to the blood drive at Millbrook High School.",
        # a school in a sentence about staff and no one's care, whatever phi.name made of the name
        "Congratulations to Dana Miller, Cedar Ridge High alum, on joining our nursing team!",
        # a staff member's school: phi.name clears staff, so no patient is named
        "Welcome Dr. Eliza Mullins, our new pediatrician, a former student at Pine Hollow University.",
    ],
)
def test_no_school_without_a_student_in_a_patients_post(text: str) -> None:
    assert spans("phi.address", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'of' and a town right after a name phi.name found: that person's town, with no word about care (spent
        # r5b 'Bauwens of Rigby', r7a 'Tyler Nez of Dupuyer', 'Patty Gunderson of Big Timber')
        ("Congrats to Wendell Oyelaran of Pruitt Falls, our 5,000th visitor this year!", ["Pruitt Falls"]),
        # an age between the name and the town (spent r7b 'Calabrese, 93, of Bellfountain')
        ("In loving memory of Ruth Okonkwo, 88, of Harlan Creek, who died on Thursday.", ["Harlan Creek"]),
        # 'from' and a town, and a signature's town ending the post (spent r3a 'Darlene from Bluestem Hollow', r2a
        # '- Joanne Whitley, Decatur')
        (
            "Want to thank Darlene Moss from Pruitt Falls (pt in bed 14 last week) for the cards.",
            ["Pruitt Falls"],
        ),
        (
            "Thank you for saving my husband Gary. We will never forget you. - Joanne Whitley, Harlan Creek",
            ["Harlan Creek"],
        ),
    ],
)
def test_a_named_patients_town(text: str, expected: list[str]) -> None:
    assert spans("phi.address", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a name phi.name clears as staff: no patient's town
        "Welcome our new nurse manager Ellen Park of Pruitt Falls!",
        # a gift's sentence: a donor's town
        "Thank you to Gordon Ashworth of Pruitt Falls for his generous gift to the foundation.",
        # no name at all before 'of'
        "The Bank of Pruitt Falls sponsored our 5K.",
        # a staff member's signature: phi.name clears her, so no patient's town
        "Questions about the flu clinic? Call us. - Dr. Ellen Park, Pruitt Falls",
    ],
)
def test_no_town_after_a_name_not_a_patients(text: str) -> None:
    assert spans("phi.address", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the person is when the age is said is no thing that has the age: a unit, a ward, a care center
        # after "on", "in", "at" (spent r7a 'j.b. turned 90 on the rehab unit' read the unit as turning 90)
        ("Walt turned 91 on the cardiac unit today and beat us all at cribbage.", ["91"]),
        ("Ruth turned 95 in the dialysis unit this week.", ["95"]),
    ],
)
def test_an_age_said_where_the_person_is(text: str, expected: list[str]) -> None:
    assert spans("phi.age", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a building's or the organization's age is still a thing's
        "Happy 100th birthday, Whitman Hall!",
        "Our hospital turns 100 in the new wing this spring.",
        "Celebrating 100 years young: the Cedar Pavilion!",
    ],
)
def test_a_things_age_stays_a_things(text: str) -> None:
    assert spans("phi.age", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age over 89 right after a name phi.name kept, however the clause goes on (the 'name, 93,' pattern
        # needed a second comma): in words and in digits
        ("Grandpa Joe, ninety-three and sharp as ever, went home today.", ["ninety-three"]),
        ("We said goodbye to Mabel Ferris, 97 and still singing hymns on the way out.", ["97"]),
    ],
)
def test_an_age_right_after_a_patients_name(text: str, expected: list[str]) -> None:
    assert spans("phi.age", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a number after a name that is no age: a count, a share, a score
        "Congrats to Tom Reyes, 100 percent of his goal!",
        "Thanks to Tom Reyes, 95 pounds of food donated.",
        # under 90: Safe Harbor lets it stand
        "Grandpa Joe, eighty-nine and sharp as ever, went home today.",
    ],
)
def test_no_age_after_a_name_that_is_none(text: str) -> None:
    assert spans("phi.age", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a birth date and a death date joined by a dash right after a name phi.name kept: one person's life span,
        # whatever the memorial's words (spent r7b: 'Celebrating the life of' tied neither date)
        (
            "Celebrating the life of Agnes Thornbury, April 4, 1929 - December 1, 2026. Thank you to her nurses.",
            ["April 4, 1929", "December 1, 2026"],
        ),
        ("Remembering Henrike Voss (14.02.1933 - 01.12.2026) with love.", ["14.02.1933", "01.12.2026"]),
    ],
)
def test_a_life_span_after_a_patients_name(text: str, expected: list[str]) -> None:
    assert spans("phi.date", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # years alone: Safe Harbor allows them
        "Remembering Agnes Thornbury (1929 - 2026) with love.",
        # no name phi.name keeps before it: a building's or a program's span of dates
        "The Thornbury Wing, April 4, 1929 - December 1, 2026, served our town well.",
    ],
)
def test_no_life_span_without_a_patients_name(text: str) -> None:
    assert spans("phi.date", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post's own pictures said as a gallery or a screen reader says them, in a post that names the patient
        # (spent r3a 'pic in the thread', r7a 'Image description:')
        ("Image description: a boy in a cast holding a trophy. Get well soon Mateo!", ["Image description"]),
        ("The Abernathy twins came back to visit us today! Pic in the thread.", ["in the thread"]),
    ],
)
def test_a_gallery_in_a_named_patients_post(text: str, expected: list[str]) -> None:
    assert spans("phi.photo", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the same gallery words in a post that names no patient: the team's or the building's pictures
        "Image description: our new lobby with the healing garden in the background.",
        "Slide 2 is the whole night shift in their ugly sweaters!",
        "Details about the flu clinic are in the comments.",
    ],
)
def test_no_gallery_without_a_named_patient(text: str) -> None:
    assert spans("phi.photo", text) == []
