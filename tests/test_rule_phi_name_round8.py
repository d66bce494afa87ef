"""phi.name, issue #10 round 8: classes of misses and false flags seen in three or more of the spent held-out rounds
(r2-r6 pooled), each by a feature or a context, with the twin that must keep its decision. The wording here is new:
no row is a copy of an eval item."""

from __future__ import annotations

import pytest

from guardrails import Engine, GuardrailSettings
from tests.phi_rule_cases import spans

ENGINE = Engine(GuardrailSettings())  # staff: Sarah Chen; organization: Riverside Health, Springfield


def names(text: str) -> list[str]:
    """The original text of every phi.name finding, its offsets and tag checked."""
    return spans("phi.name", text, ENGINE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare first name after the full name found earlier is the same patient (r2a, r3a, r4b, r6a, r6b)
        (
            "Congrats to Bernadette Ostrowski on finishing rehab today! Bernadette walked the full hallway.",
            ["Bernadette Ostrowski", "Bernadette"],
        ),
        # its short form too: Reg for Reginald
        (
            "Wheeling Mr Reginald Potts down to X-ray today and he sang the whole way. Never change Reg!",
            ["Mr Reginald Potts", "Reg"],
        ),
        # a first name that is also a word, trimmed off the full name, echoes where the name was found
        (
            "Our volunteer of the month is April Kowalski, back after her own knee surgery. April walked the whole "
            "unit with us today.",
            ["April", "Kowalski", "April"],
        ),
        # a cleared staff member's later mention stays cleared: no echo of a name not found
        ("Nurse Evelyn Hartwell trained our nurses for 30 years. Evelyn, we'll miss you.", []),
        # an everyday word at the head of a sentence, before a pronoun or "to", is the word
        (
            "Prayers for Hope Castellano after her surgery. Hope to see you all at the walk.",
            ["Hope Castellano"],
        ),
        # an order: "Mark your calendars"
        (
            "Cheering on Mark Brown after his bypass! Mark your calendars for his welcome-home party.",
            ["Mark Brown"],
        ),
        # a nickname in quotes inside the full name echoes too (r3a)
        (
            "Congratulations to Harriet 'Bitsy' Okonjo, who turned 95 on our rehab floor. Bitsy, the cake was on us.",
            ["Harriet", "Bitsy", "Okonjo", "Bitsy"],
        ),
        # a month with a number after it is a date, not the patient June
        ("Get well soon, June Okafor! June 12 is the fundraiser.", ["June Okafor"]),
    ],
)
def test_round_8_bare_mentions_of_a_name_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # initials with a description only a person takes after them (r2a, r3a, r5a, r5b, r6a: the writer would
        # not name a patient, so wrote initials)
        ("From our grand rounds: D.W.K., a 78-year-old retired welder, came in with chest pain.", ["D.W.K."]),
        # an id or a bed in brackets after them
        ("Quick note for the morning team: B.N. (bed 14) needs her walker adjusted.", ["B.N."]),
        # a verb after them, and a patient word before
        ("Big day for my patient R.M. who finally ate a full breakfast after the feeding tube came out.", ["R.M."]),
        # a staff member's initials: the role around them still clears them
        ("Thanks to J.R., our night charge nurse, for the pizza.", []),
        ("Our speaker P.J., an ICU nurse for 20 years, shared her story.", []),
        # common abbreviations before a bracket are no one's initials
        ("We met at 9 a.m. (in the lobby) to start the walk.", []),
        ("The U.S. (and Canada) both celebrate.", []),
    ],
)
def test_round_8_initials_with_a_person_after_them(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name found in lower case echoes in lower case (r6a): the first mention had no cue, the second did
        (
            "the night crew knows otis by his whistle before he is through the door. see you next week, otis, "
            "we'll save you a pudding",
            ["otis", "otis"],
        ),
        # in lower case an everyday word never echoes: "will" the name and "will" the verb
        ("so proud of will today, and will you all sign his card?", []),
    ],
)
def test_round_8_lower_case_mentions_of_a_name_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kin title with its generations before it is the kin title (r2a: "Great-Grandma" read as no title)
        ("Great-Aunt Vi is home after her hip surgery!", ["Great-Aunt Vi"]),
        ("Our Great-Grandpa Lou turned 100 on 3 West today", ["Great-Grandpa Lou"]),
        # the title alone names no one
        ("Great job, team! Grandma would be proud.", []),
    ],
)
def test_round_8_kin_titles_with_generations(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing sent to the unit is no team's recognition (r4b: "to the unit phone" cleared a patient's name)
        ("omg delete this, Dashiell's mom sent his insurance card to the unit phone", ["Dashiell"]),
        # the unit as a team still recognises its staff
        ("The whole unit cheered for Dashiell Okafor, our new grad, on his first shift", []),
    ],
)
def test_round_8_the_unit_as_a_place_things_are_sent(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name's letters split by a repeated emoji or symbol to slip past a filter (r3b, r6b; adversarial posts)
        ("Welcome home, K❤️A❤️Y❤️L❤️E❤️E! 40 days in our PICU", ["K❤️A❤️Y❤️L❤️E❤️E"]),
        ("Welcome home, J*A*Y*D*E*N!", ["J*A*Y*D*E*N"]),
        # a name with digits for letters, and its surname so written (r6b)
        ("Big hugs to M0rg4n Ch4ng, home after 3 weeks on 5 West", ["M0rg4n Ch4ng"]),
        # emoji between words, and words that mix letters and digits, are no name
        ("We ❤️ our nurses ❤️ so much", []),
        ("Get your N95s, B12 shots and A1c checks at the 2nd floor clinic", []),
        ("Room 4B and 3C are open, 12th floor", []),
    ],
)
def test_round_8_names_written_to_slip_past_a_filter(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname before a family's children or kin names the family (r3a, r4b, r5b)
        ("Welcome home to the Adeyemi triplets, 62 days in our NICU!", ["Adeyemi"]),
        ("A big thank-you card from the Kowalczyk kids for the nurses who cared for their dad.", ["Kowalczyk"]),
        # an age, a size or a number before "children" says which children, not whose, though the surname lists
        # hold it (an offline draft's "Young children can drown..." was blocked)
        ("Young children can drown in just a few inches of water.", []),
        ("Little kids and older children both need car seats.", []),
        # a surname ending in one of those words is still a family's ("Hall", "Maxwell")
        ("Prayers for the Maxwell kids, their dad is in our ICU.", ["Maxwell"]),
        # and "la familia", "a família" before it
        ("Hoy visitamos a la familia Quispe para revisar la presión de la abuela.", ["Quispe"]),
        # an everyday word, a town or the organization before "kids" names no family
        ("Happy kids and happy nurses at the Springfield picnic!", []),
        ("The Riverside kids choir sang in the lobby.", []),
    ],
)
def test_round_8_a_family_by_its_surname(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title inside a hashtag makes the first name after it a person's (r2a "#PapaX", r5a "#HappyBirthdayMissX")
        ("Sending love to #UncleRay tonight, his surgery went well", ["UncleRay"]),
        # a title before an everyday word is a phrase
        ("Happy #MothersDay to every mama out there! #MamaBear", []),
        # a name found in the text echoes in its hashtags, possessive "s" and all (r3a)
        (
            "Big cheers for Marisol today, home after 40 days on 4 West! #MarisolsComeback",
            ["Marisol", "MarisolsComeback"],
        ),
        # but not as an everyday word
        ("Get well soon, Hope Abara! #HopeFloats", ["Hope Abara"]),
    ],
)
def test_round_8_names_in_hashtags(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a courtesy title says the person is one of the public: talk of volunteers, training or a legacy around
        # them speaks of the hospital's work and clears no one (r3a, r4b, r5a twice, r5b)
        (
            "Book club note: our volunteers will read to Mrs. Okonkwo-Baptiste on Tuesday mornings while she "
            "recovers on 5 North.",
            ["Mrs. Okonkwo-Baptiste"],
        ),
        (
            "The volunteer office is hiring for spring; Mr. Haverford, your umbrella is at the front desk.",
            ["Mr. Haverford"],
        ),
        # a clinician's title in the same talk is staff, as before
        ("Thank you to Dr. Lindqvist for 30 years of service to our cardiology team.", []),
        # a title before an everyday word in that talk is a character
        ("Miss Piggy and Kermit (two very committed volunteers in costume) led story hour today", []),
    ],
)
def test_round_8_courtesy_titles_and_the_talk_around_them(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first name joined by "and" to a name found is the other of the pair, even a word (r4b, r5b)
        (
            "Welcome to the world, twins Ivy and Rosalind Okafor-Lindqvist! Mom is resting on 3 South.",
            ["Ivy", "Rosalind Okafor-Lindqvist"],
        ),
        # no name found, no partner: a doctor at work and a colleague
        ("Thanks to Dr. Lee and Grace from pharmacy for the flu clinic.", []),
    ],
)
def test_round_8_the_partner_of_a_name_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a holiday greeted in another script beside its greeting in Latin letters names no one (r4b; r4 training)
        ("عيد مبارك! Eid Mubarak to all our patients and families celebrating today 🌙", []),
        ("رمضان كريم 🌙 Ramadan Kareem from our whole team! The prayer room for patients is open all night.", []),
        # a name in another script beside a person cue is still a name
        ("Thank you to our patient أحمد محمود for the lovely card", ["أحمد محمود"]),
    ],
)
def test_round_8_greetings_in_another_script(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a volunteer or staff member the post says is now a patient: the role names who they were (r3a, r4a)
        (
            "Everyone knows volunteer Marguerite Osei from the front desk. This week she is on the other side of "
            "the bed, recovering on 4 West after a fall.",
            ["Marguerite Osei"],
        ),
        # with no such turn the role clears, as before
        ("Thanks to volunteer Marguerite Osei for 20 years at the front desk!", []),
    ],
)
def test_round_8_staff_now_a_patient(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case first name right after a noun for a person, as staff write a patient in a quick post
        # (r3a "kid b...", r4a "frequent flyer j...")
        ("ok this kid ravi on peds has signed every cast on the floor", ["ravi"]),
        # or in brackets after a patient's place (r3a)
        ("Pt in bay 4 (dolores) is asking for more blankets", ["dolores"]),
        # the nouns before everyday words name no one
        ("the patient portal is down again", []),
        ("this guy never stops smiling", []),
        ("Bed 4 (left side) is clean", []),
    ],
)
def test_round_8_lower_case_names_after_a_person_noun(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name with a letter the matching copy cannot fold (ł, ø, đ) is read with its plain letter (r3a)
        ("Cheering for Team Nowak! Bogusław had a triple bypass here last month.", ["Team Nowak", "Bogusław"]),
        ("Get well soon, Søren Dahl!", ["Søren Dahl"]),
        # the whole name, not the part before the stroked word
        ("Prayers for Radosław Kowalczyk tonight", ["Radosław Kowalczyk"]),
    ],
)
def test_round_8_names_with_stroked_letters(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the surname after a first name and a quoted nickname is the person's: the quote cut the run, and the
        # surname alone had no cue (redacted whole now; r2a, r5b, r6a)
        ("Happy birthday to Eleanor 'Dutch' Vandermeer, 95 today on 3 West!", ["Eleanor", "Dutch", "Vandermeer"]),
        # the quoted nickname between the two is redacted too, of any length or case (r4a, r6a, r6b)
        ("Prayers for Jimmy 'the Hat' Rourke, recovering on 4 West", ["Jimmy", "the Hat", "Rourke"]),
        # a public figure or a staff member cleared with the first name clears the nickname and the surname too
        (
            "Three-time All-Star shortstop Rafael 'Smoke' Delgado stopped by the pediatric floor with signed caps",
            [],
        ),
        ('We love our longtime L&D nurse Patricia "Patty" Ellison. Patty retires Friday.', []),
    ],
)
def test_round_8_full_names_with_a_quoted_nickname(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kin title goes into the span with the name, as a Mr. does: the labels of every round mark "Nana Bea",
        # "Abuela Carmen", "Uncle Sonny Kamakau" whole (r2a, r4a, r4b, r6a), and a title left beside [NAME] says who
        ("Abuela Carmen went home today after her surgery", ["Abuela Carmen"]),
        ("Prayers for Uncle Sonny Kamakau tonight in the ICU", ["Uncle Sonny Kamakau"]),
        # a role before the name stays outside it (and here clears it)
        ("Nurse Jackie Okafor is amazing", []),
    ],
)
def test_round_8_kin_titles_redacted_with_the_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hashtag about a person is redacted whole, as the labels mark it (r2a, r3a three times, r4a twice):
        # "#[NAME]Strong" would keep whose fight it is
        ("Day 40 and still smiling #DeclanStrong", ["DeclanStrong"]),
        # a name found in the tag still echoes in the text ("#teambubba ... bubba's big sister")
        ("#teamotis is 100 days off treatment! otis's big sister made the poster", ["teamotis", "otis"]),
        # a tag with no name stays
        ("Proud of our nurses! #NursesWeek #TeamRiverside", []),
    ],
)
def test_round_8_hashtags_redacted_whole(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kin or affection word before a lower-case name goes into the span too (r6a "Big M...", training)
        ("big otis from bed 9 just beat me at cards again", ["big otis"]),
        ("Everybody knows Big Otis on 4 West, home today after his bypass", ["Big Otis"]),
        # a size word that only describes stays outside
        ("swipe to see baby amara's first bath", ["amara"]),
    ],
)
def test_round_8_kin_and_affection_words_redacted_with_the_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a chart's "Surname, I." whose surname the runs found: the initial is redacted too (r4a, r4b, training)
        ("Rounds list: Castillo, J. in 4W-12 needs a consult", ["Castillo", "J."]),
        # found whole by the chart reading, one span as before
        ("Rm 5N-22: Pruitt, E. K 6.1", ["Pruitt, E."]),
    ],
)
def test_round_8_chart_initials_after_a_surname_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname that is also an everyday word, after a first name that is nothing else, is kept in the span
        # (r4b, r6a, training: "[NAME] Seals" was left)
        ("Our dialysis tech's neighbor Bobby Seals needs a living kidney donor.", ["Bobby Seals"]),
        # a day after a first name is no surname
        ("Prayers for Maria Sunday", ["Maria"]),
    ],
)
def test_round_8_everyday_surnames_after_a_first_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name a line break cut: the other half on the next line, or at the end of the line before (r5b, r6b)
        ("Welcome to proud parents Kenzie & Tyler\nBauwens of Rigby, 8 lb even.", ["Kenzie", "Tyler", "Bauwens"]),
        ("Get well soon, Philomena\nO'Shaughnessy!", ["Philomena", "O'Shaughnessy"]),
        # an everyday word opening the next line is no surname
        ("Prayers for Maria Lopez\nThe whole unit is rooting for her", ["Maria Lopez"]),
    ],
)
def test_round_8_names_cut_by_a_line_break(text: str, expected: list[str]) -> None:
    assert names(text) == expected
