"""phi.name, issue #10 round 9: false flags first. Classes decided by the KIND of person a post names (a staff
member off the list, a donor, a public figure) and how the post says so, seen in the spent held-out rounds (r2-r7)
and the clean training sets, each with the twin that must keep its decision. The wording here is new: no row is a
copy of an eval item."""

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
        # a staff role later in the post clears the earlier mentions of the same person, the echo the other way
        # round (r7a, train_r4_clean twice): the nickname first, the full name and the role after
        ("Rest easy, Papa Lou. Louis Ferrante ran our loading dock for 30 years.", []),
        ("Miss you already, Delphine! Delphine Okoro ran our front desk for 20 years.", []),
        # a two-letter short form of the cleared name ("Jo" for Josefina) is the same person
        ("Rest easy, Aunt Jo. Josefina Ruiz ran our front desk for 22 years.", []),
        # a name found with a patient's cue is someone else, whoever the staff member is
        ("Rosa, 7, went home today! Thanks to nurse Rosa Delgado for the send-off.", ["Rosa"]),
        ("Prayers for Tomas as he recovers. Tomas Varga, our chaplain, will visit.", ["Tomas"]),
        # another person's words are not cleared: the patient keeps his name
        ("Welcome home, Desmond Achebe! Thanks to nurse Maria Chen for the balloons.", ["Desmond Achebe"]),
    ],
)
def test_round_9_a_role_anywhere_in_the_post_is_the_same_person(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pair of givers and the relative clause after the pair (r7a): the list ends at the surname, where
        # ", whose gift" is read
        (
            "Thank you to Gerald and Mae Lindqvist, whose gift of $50,000 bought a new powered cot for our ambulance.",
            [],
        ),
        # the pair with no gift stays two names
        ("Get well soon to Walter and Irene Pasko, who are both on 4 West.", ["Walter", "Irene Pasko"]),
    ],
)
def test_round_9_a_pair_of_donors_before_a_relative_clause(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role of behavioural health: a counselor, a peer recovery coach (r7a)
        ("In memory of counselor Bettina Oyelaran, who passed away this week.", []),
        ("I'm Marisol, one of the peer recovery coaches here.", []),
        # a plural role in apposition before the names (r7a): the list after it is cleared with its first item
        ("Please welcome our newest paramedics, Corbin Alvarado and Lise Hartmann.", []),
        # the organization's name as the possessive before a leading role (r7b)
        ("We're thrilled to welcome Priyanka Dasgupta as Lakeview's new Chief Nursing Officer.", []),
        # a staff member who became a patient is named (spent r3a): whatever she was before
        (
            "We lost one of our longtime volunteers, Mrs. Odalys Ferrer, who became our patient last spring.",
            ["Mrs. Odalys Ferrer"],
        ),
        # a shift lead at a plant is no one's staff role here: the injured worker is named
        ("All three workers, including shift lead Dario Pruitt, went home today.", ["Dario Pruitt"]),
    ],
)
def test_round_9_staff_roles_in_apposition(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a public figure by what the post calls them: a sport's or a league's mark before an agent noun, a team's
        # position (r7a, r4 training twice), a cause spoken for in public, a speaker billed for an event (r7a)
        ("Paralympic swimmer Josefine Abernathy-Cole visited our rehab gym today.", []),
        ("Olympic skier Wren Castellanos talks about growing up on the slopes.", []),
        ("Broncos tackle Tavion Mbeki signed casts in the lobby this morning.", []),
        ("Mark your calendars: recovery advocate Corinne Vasquez-Lind speaks at our banquet.", []),
        (
            "Save the date: author and recovery advocate Corinne Vasquez-Lind will be the keynote speaker at our "
            "Alumni Banquet on Saturday.",
            [],
        ),
        # a survivor who speaks for a cause speaks of her own care: named
        ("Cancer survivor and mental health advocate Jenna Price shared her story.", ["Jenna Price"]),
        # care our staff gave a public figure makes a patient of them, whatever the office (r4a, r4 training twin)
        (
            "We were privileged to care for former state senator Augustin Pelletier after his stroke.",
            ["Augustin Pelletier"],
        ),
        (
            "Olympic skier Wren Castellanos talks about the ACL reconstruction Dr. Ocasio performed here last winter.",
            ["Wren Castellanos"],
        ),
        # a public figure who visits a unit with its care words around is not cared for: cleared (r2a, r6a, r7a)
        ("Olympic gold medalist Lorna Pryce toured our NICU and met the nurses.", []),
    ],
)
def test_round_9_public_figures_by_what_the_post_calls_them(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a song, a singer or a book performed for a patient is the work, not a person (r6b, r7b, training three
        # times): the patient stays named
        ("Mr. Tobin Ashworth sang the whole of Danny Boy on the way to X-ray.", ["Mr. Tobin Ashworth"]),
        ("The lady in 4B sings Loretta Lynn at 3 am.", []),
        # the name before a thing given is the person read to: named
        ("Our volunteer read Marisela a story before her surgery.", ["Marisela"]),
    ],
)
def test_round_9_a_work_performed_is_not_a_person(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a credit or a byline names who made the post, not whom it is about (a probe of new wording: the spent
        # sets' bylines were cleared by a role after them)
        ("Photo by Hannah Kim, Marketing.", []),
        ("Illustration by Sophie Tran.", []),
        # a caption's subject is named
        ("Photo: Maria Lopez rings the bell after her last chemo.", ["Maria Lopez"]),
        # the press and the hosts of an event at work in public
        ("KARE 11 reporter Danielle Ross interviewed our chief of surgery.", []),
        ("Special thanks to our event hosts, Carla Mendes and DJ Rico!", []),
        ("Emceed by Bill Tran of KTVB.", []),
        # a crew listed after a colon is staff; a shift's report lists its patients
        ("Props to the night crew: Becky, Jorge, Tam and Lou.", []),
        ("Night shift: 4 admits, and j.m. in rm 214 finally slept.", ["j.m."]),
        # a named building in the plural (INSTITUTION_WORDS)
        ("The Ortiz Family Suites are now open.", []),
    ],
)
def test_round_9_credits_hosts_and_crews(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence in Somali or German is not read for names (spent r5b, training: its grammar words are names in
        # the lists, and lower-case pairs of them were flagged)
        ("Dadka da'doodu ka weyn tahay 65 sano waxay heli karaan tallaalka hargabka oo bilaash ah.", []),
        ("Vielen Dank an das ganze Team, wir sind sehr dankbar und wurden gut betreut.", []),
        # a full name in such a sentence still stands
        ("Mahadsanid, waxaa maanta guriga yimid Abdiwali Hassan Farah iyo qoyskiisa.", ["Abdiwali Hassan Farah"]),
    ],
)
def test_round_9_somali_and_german_sentences(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym in the plural is a unit or a role (spent r4a 'EDs')
        ("Our EDs and ICUs were full all week.", []),
        ("Both ORs reopen Monday.", []),
        # a firm named for its founders: a word joined by "&" to itself or to an everyday word (spent r2a)
        ("We partnered with Smith & Nephew and Johnson & Johnson on the new joint program.", []),
        # two people joined by "&" stay two names
        ("Prayers for Jamal & Keisha Brown.", ["Jamal", "Keisha Brown"]),
        # a motto of another language (spent r6a, not_names.txt)
        ("Semper Fi, Marines! Thank you for your service.", []),
        # a lower-case finding that opens with a function word of the sentence's language (spent r2a, training)
        ("Maligayang Pasko at Manigong Bagong Taon mula sa aming pamilya!", []),
        ("Tingnan ninyo si Lolo Ben na sumasayaw sa kanyang kaarawan sa 6 West!", ["Lolo Ben"]),
    ],
)
def test_round_9_acronyms_firms_and_grammar_words(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a public event dated by its year after a possessive (spent r7b twice): an athlete's, not a patient's
        ("Why Dustin Kowalczyk's 2021 comeback still matters for ACL rehab.", []),
        # a patient's is told by its month or its day: named
        ("Dustin Kowalczyk's surgery last March went well.", ["Dustin Kowalczyk"]),
        # a rank between "led by" and the name; a department of the hospital after the name; the host of a series
        ("Firefighters from Station 9, led by Captain Rosa Gomez, installed car seats.", []),
        ("Shoutout to Marisol in Patient Access for going above and beyond!", []),
        ("Our Wellness Wednesday host Jen Ortiz shares a smoothie recipe.", []),
    ],
)
def test_round_9_public_events_ranks_departments_hosts(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first name that is also a word, out of surgery or the ICU: a patient (spent r7a)
        ("Good news: Chase is out of surgery and already asking for pizza.", ["Chase"]),
        ("Update: Hope is back from the ICU!", ["Hope"]),
        # the word alone stays a word
        ("Chase your dreams, not your symptoms.", []),
    ],
)
def test_round_9_a_patient_out_of_surgery(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wing of a floor after its number names a unit, with the words after it (spent r4a)
        ("Now hiring: Unit Secretary, 4 West Med-Surg (0.9 FTE, evenings).", []),
        ("Welcome to 6 North Cardiac Stepdown!", []),
        # a patient placed on the unit is still named
        ("Prayers for Ruthanne Okafor on 4 West tonight.", ["Ruthanne Okafor"]),
    ],
)
def test_round_9_a_wing_after_a_floor_number(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # staff off the list by what the post says of their work (probes of new wording, not eval items): a
        # committee, a vendor, boards passed, a retirement wished
        ("Huge thanks to Jenna from the Wellness Committee for organizing the walk.", []),
        ("Thanks to our vendor Kim Lee of Stryker.", []),
        ("Congrats to Kevin Diaz on passing his boards!", []),
        ("Best of luck in retirement, Judy! 38 years in Labor & Delivery.", []),
        # a graduation from a patients' program is a patient's
        ("Congrats to Kevin Diaz on his graduation from our cardiac rehab program!", ["Kevin Diaz"]),
    ],
)
def test_round_9_staff_by_their_work(text: str, expected: list[str]) -> None:
    assert names(text) == expected
