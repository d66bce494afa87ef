"""phi.name, issue #10 round 7: the classes of misses and false flags of the spent round-6 held-out sets, each by a
feature or a context (not by its names), with the patient or clean twin that must keep its decision. The wording
here is new: no row is a copy of an eval item."""

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
        # donors thanked "for their gifts": the plural is a gift too
        ("Thank you to Mr. and Mrs. Arlen Voss for their gifts to our Patient Travel Fund.", []),
        # an amount in euros or pounds before the gift, as in dollars
        ("Our thanks to retired contractor Neville Prescott, whose €40,000 gift bought two new dialysis chairs.", []),
        ("Thank you to local grocer Wendell Ames, whose £12,500 gift paid for the garden.", []),
        # a grateful patient who gives stays a patient named
        (
            "Thank you to grateful patient Ruth Oyelaran for her gift after her knee surgery last spring.",
            ["Ruth Oyelaran"],
        ),
    ],
)
def test_round_7_donors_by_amount_and_plural(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a house number before a street named after a person: an address (phi.address's), no person
        ("The blood drive is at Grace Fellowship Hall, 1180 Whitaker Rd, from 9 to 3 on Saturday.", []),
        # a patient beside a room number keeps the name: the number is the room's, no street word follows
        ("Room 12 Maria Lopez went home today after her hip surgery.", ["Maria Lopez"]),
    ],
)
def test_round_7_a_house_number_before_a_street(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_round_7_a_stopword_in_a_team_hashtag() -> None:
    # "#MeetTheTeam": "The" beside "Team" is a word of the tag's phrase, not a first name the tag supports
    assert names("Say hello to our new evening receptionist! #MeetTheTeam #RiversideProud") == []
    # a first name beside "Team" still is one
    assert names("Three weeks in the PICU and still smiling. #TeamJayden") == ["TeamJayden"]  # whole (round 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role taken on: "takes over as unit manager", with no article
        ("Please welcome Nurse Colm Brennan, who takes over as unit manager on 4 East next week.", []),
        # a role word, then the job's own noun: "volunteer presenter", "volunteer driver"
        ("Tune in Sunday morning to volunteer presenter Bernadette Quigley on the hospital radio.", []),
        # a titled pair closed by their role in the plural: both are staff
        (
            "Mr. Farouk Adeyemi and Ms. Ines Carvalho, Consultant Orthopaedic Surgeons, cycled 100 miles for the "
            "appeal.",
            [],
        ),
        # a singular role after a pair is the last one's alone: the first is still a patient spoken to
        ("Mr. Tobin and Ms. Achebe-Lind, our patient advocate will call you both on Friday.", ["Mr. Tobin"]),
    ],
)
def test_round_7_staff_roles_taken_on_and_plural(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place said to be named for a person: its namesake (a rank before the name is a title)
        ("Our new rehab gym is named for Cpl. Dorian Whitlock, who grew up two streets from here.", []),
        # a baby named after a relative: the relative is a person named, no place is said
        ("Baby Rosalind was named after her grandma Pearl, who held her first.", ["Rosalind", "grandma Pearl"]),
        # a first for the world in apposition: a public figure
        (
            "Proud to hear from retired Adm. Celeste Marwood, the first woman to command a carrier strike group, at "
            "our veterans summit.",
            [],
        ),
        # abbreviated military ranks are titles, not names: "Sgt. Maj. (Ret.)"
        (
            "Thank you to the 150 veterans who work here, including Sgt. Maj. (Ret.) Lionel Petrakis, our director of "
            "facilities.",
            [],
        ),
    ],
)
def test_round_7_namesakes_firsts_and_ranks(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "honored to" is politeness, and Donate Life is organ donation, no giving of money: the story is a patient's
        ("We'd be honored to share Tobias's story this Donate Life Month. Could you DM us?", ["Tobias"]),
        # a few years ago is a patient's anniversary, not another era; a milestone of one's own ("got her new liver")
        (
            "Transplant-versary! 3 years ago today Marisela got her new liver from a donor family we will never "
            "forget.",
            ["Marisela"],
        ),
        ("Watch Delphine take her first steps on the new treadmill, six weeks after her hip surgery.", ["Delphine"]),
        # a pair's possessive with their children: both parents named
        (
            "Surprise! Priya and Tomas's girls arrived at 2:10 and 2:31 this morning on our birthing unit.",
            ["Priya", "Tomas"],
        ),
        # a generation ago is still an era: a pioneer's renown clears
        (
            "80 years ago Vivien Thomas helped develop the first blue baby operation at Johns Hopkins.",
            [],
        ),
    ],
)
def test_round_7_patients_by_their_own_story(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reply that opens with the name it speaks to, a "you" later in the clause
        ("Frank, based on what you're describing, please call your doctor's office today.", ["Frank"]),
        ("@lena_k Dolores, tell your mom we saved her a seat at the support group.", ["Dolores"]),
        # an everyday word opening the line is no one spoken to
        ("Meanwhile, your flu shot is ready at any of our pharmacies.", []),
        ("Yes, you can still get a flu shot at any of our pharmacies this week.", []),
    ],
)
def test_round_7_a_reply_that_opens_with_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case title before a surname, in a line the rule otherwise reads as another language
        ("shoutout to the mon-wed-fri crew, esp mr. oyelowo who turned 88 today", ["mr. oyelowo"]),
        # a lower-case first name that is no word, then an age, a patient's state or the text speaking to it
        ("new kidney who dis: tomasz (age 15) danced out of room 4102 this morning", ["tomasz"]),
        ("18 months ago anneliese was on dialysis three times a week. today she ran a 10k", ["anneliese"]),
        ("last night on the day shift, bartholomew, we'll miss you at 4am", ["bartholomew"]),
        # no name at all in lower case
        ("so proud of our team today, dialysis is hard work and you all make it look easy", []),
    ],
)
def test_round_7_lower_case_names_said_of_a_person(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a chart's "SURNAME, GIVEN" or "Surname, I." pasted by mistake
        ("Pasted from rounds by mistake: FENWICK, HAROLD J | bed 12 | d/c tomorrow", ["FENWICK, HAROLD J"]),
        ("Huddle note: Kessler, T. K 5.9 this am, renal aware", ["Kessler, T."]),
        # cities and their states, a shouted thanks: no chart name
        ("BOSTON, MA and DALLAS, TX are on our tour this fall.", []),
        ("THANK YOU, TEAM! Another record month for our blood drive.", []),
    ],
)
def test_round_7_chart_style_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a naval rank is no staff role: "Chief Petty Officer" before a resident of a veterans' home
        (
            "Rest easy, Chief Petty Officer Amos Vukovich (1931-2026), who lived with us at the CLC for four years.",
            ["Amos Vukovich"],
        ),
        # the same rank on a staff member with a role after the name stays staff
        ("Chief Petty Officer Delia Marsh, our new director of security, starts Monday.", []),
        # an army rank written without a stop names the person after it, initials too
        ("Welcome back to SFC D.W., home from his surgery and back on the 3rd floor.", ["D.W."]),
    ],
)
def test_round_7_military_ranks_before_a_patient(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role, then "a former ... patient" past a trailing initial: a patient named, whatever the role
        (
            "Our pet therapy volunteer Corinne T., a former lymphoma patient here, visited 6 North with her dog today.",
            ["Corinne T."],
        ),
        ("Our pet therapy volunteer Corinne T. and her dog Pickles visited 6 North today.", []),
        # called a patient in a parenthesis, the talk of the crew notwithstanding
        (
            "Walt (our favorite mail carrier and two-time cardiac rehab patient) brought donuts for the crew.",
            ["Walt"],
        ),
        ("Walt (our favorite mail carrier) brought donuts for the crew at the loading dock.", []),
        # a Mr./Mrs. placed on a unit is a patient there; a Dr. on the unit works there
        ("Mr. Abernathy on 5 East would love a visit from the therapy dogs today.", ["Mr. Abernathy"]),
        ("Dr. Abernathy on 5 East will answer your questions about heart failure at noon.", []),
        # a chart's age and sex after the name ("64F"); a case conference is care, not an event of work
        ("Draft from the case conference: pt R. Castellanos, 64F, NSTEMI. Great work, team!", ["R. Castellanos"]),
    ],
)
def test_round_7_patients_said_so_past_a_role(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Vietnamese given name after the middle name Thị is no weekday or month ("Thu", "May")
        ("Happy 90th birthday to Bà Nguyen Thi Thu, who turned 90 on 4 West today!", ["Bà Nguyen Thi Thu"]),
        ("Our patient Tran Thi May went home today.", ["Tran Thi May"]),
        ("Our volunteers meet Thu at noon in the Thi lounge.", []),
        # Spanish "y"/Portuguese "e" before "su"/"os" is "and his/the": no middle initial, the name stands alone
        ("todo el equipo rezando por mateo y su familia esta noche", ["mateo"]),
        ("Seguimos orando por Valentina y su familia.", ["Valentina"]),
        ("rezando por la paz del mundo esta noche", []),
        # an initial between two names is still one: "maria y lopez" keeps its surname
        ("get well soon maria y lopez", ["maria y lopez"]),
    ],
)
def test_round_7_vietnamese_middle_names_and_spanish_and(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # more street words after a house number or "at": "1200 Linden Parkway" is an address
        ("Tours on Saturday at 1200 Linden Parkway, Fennwick.", []),
        ("Mr. Linden went home today after his knee surgery.", ["Mr. Linden"]),
        # a town and its state's postal code: "from Gary, WV"
        ("Thank you to the line crews from Gary, WV who kept our lights on.", []),
        # a first name before a comma and no state stays a name
        ("Prayers for Gary, he had his bypass this morning.", ["Gary"]),
    ],
)
def test_round_7_streets_and_towns_with_their_state(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # called a patient right before the name: no talk of work around it nor a role after it makes staff of them
        (
            "Guest speaker at our support group: our COPD patient Arliss Tomczak, who still hunts every fall.",
            ["Arliss Tomczak"],
        ),
        (
            "Our patient Hector Saldivar, a retired RN himself, loved trading night-shift stories with the nurses.",
            ["Hector Saldivar"],
        ),
        # "patient advocate", "patient ambassador" are roles; "our patients, X" thanks staff for serving them
        ("Join our patient advocate Dana Whitfield for a talk on billing questions.", []),
        ("Thank you for 30 years of service to our patients, Maria Gonzalez!", []),
        # "pt" is the patient's shorthand only in lower case: "PT" before a name is a physical therapist
        ("my pt Jordan Pike walked to the nurses station today after the guest speaker talk", ["Jordan Pike"]),
        ("Our PT Maria Lopez leads the balance class every Tuesday.", []),
        # a holiday said as a time ("last Christmas") greets no one; a greeting still weighs against a name
        ("Leilani K. spent last Christmas in our burn unit and came back today to say hi.", ["Leilani K."]),
        ("Merry Christmas from Marites Dela Cruz and the whole 5 East crew!", []),
        # a reply's thanks closing on the name it speaks to
        ("Dr. Slone says thank you for the apple butter, Verlie Combs! Stay off the roads.", ["Verlie"]),
        # one of a pair with a first name that is nothing else: both named
        ("Keoni and Malia brought their baby girl back to meet the nurse who delivered her.", ["Keoni", "Malia"]),
        ("Salt and Pepper, our therapy cats, visit 4 West on Fridays.", []),
        ("Hope and Grace are what our chaplains bring to every room.", []),
    ],
)
def test_round_7_patients_called_so_thanked_or_paired(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # initials placed where a patient lies (a unit, a room, a chair), in capitals or in lower case
        ("Huge milestone for J.R. on 4 West: walked the whole hallway today.", ["J.R."]),
        ("night shift: 4 admits, 2 discharges, and j.m. in rm 214 finally slept thru the night", ["j.m."]),
        ("shoutout to m.g. in chair 4 who finished 500 dialysis sessions today", ["m.g."]),
        # abbreviations before a place are no initials; unplaced staff initials with a role stay clear
        ("Our clinic opens at 8 a.m. on weekdays, e.g. in the main lobby.", []),
        ("Our unit clerk A.J. on 4 West keeps us organized.", []),
    ],
)
def test_round_7_initials_placed_on_a_unit(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after an article, the whole run before an institution word names the place, however many words it has
        (
            "The new Harriet Lowe Fitzgerald Family Resource Center is open on the second floor! Named for the late "
            "Harriet Fitzgerald, a librarian.",
            [],
        ),
        ("Our renamed Oscar Delgado Memorial Library opens Monday.", []),
        # a patient named beside an institution's name keeps the name
        ("Get well soon to Marcus Bell from all of us at Mercy Hospital!", ["Marcus Bell"]),
    ],
)
def test_round_7_long_names_of_places_after_an_article(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the last item of a list the sentence heads with its sponsors, no colon: a giver
        (
            "Thank you to the sponsors of our Winter Gala 🎉 Delta Dental, Bayou Tire, and Dr. & Mrs. Raymond "
            "Comeaux. See you there!",
            [],
        ),
        # past the sentence that names the givers, a list of patients stays named
        (
            "Thank you to our donors! Our patients Ana, Bo, and Maria Lopez loved the new playroom after their "
            "surgeries.",
            ["Ana", "Maria Lopez"],
        ),
    ],
)
def test_round_7_a_sponsor_list_without_a_colon(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title before a single letter: the letter is all of the surname, no staff member's name
        ("Mrs. V has been with us so long she knows everyone's coffee order, and she goes home Friday.", ["Mrs. V"]),
        # a room's bare number after the name places a patient, and is no year of history
        ("Yes even Dorothy in 1206 with her crocheted octopus.", ["Dorothy"]),
        ("Joanna joined us in 2024 as a unit clerk.", []),
        # "our first New Year's baby" names a birth, greets no one; a New Year's greeting still weighs
        (
            "Meet baby Ottoline, our first New Year's baby, born at 12:04 am to Priya and Jonas Brandvold!",
            ["Ottoline", "Priya", "Jonas Brandvold"],
        ),
        ("Happy New Year from Marites Dela Cruz and the whole 5 East crew!", []),
    ],
)
def test_round_7_single_letters_room_numbers_and_new_years_babies(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case title before a first name that is also a word, placed on a unit: a patient there
        ("happy 100th birthday to miss ruby on 5 North!! she says the secret is cornbread", ["miss ruby"]),
        # unplaced, the word after a lower-case title stays a word
        ("miss green on the unit today", []),
    ],
)
def test_round_7_a_lower_case_title_placed_on_a_unit(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organ given to the person named next: a recipient, whatever the role the giver gives them
        (
            'A note from a living donor: "I gave a kidney to my coworker Greg Fairbanks at Osage Valley Credit Union."',
            ["Greg Fairbanks"],
        ),
        ("Nurse Kayla Brennan donated part of her liver to her brother Sam last spring.", ["Sam"]),
        # no one named after the organ: nothing to find
        ("Our transplant coordinator Dana Ruiz explains how to give a kidney to a stranger.", []),
    ],
)
def test_round_7_an_organ_given_to_a_named_person(text: str, expected: list[str]) -> None:
    assert names(text) == expected
