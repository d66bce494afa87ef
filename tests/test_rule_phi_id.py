"""phi.id: other ids tied to a person: room and bed, wristband, case and accession numbers."""

from __future__ import annotations

import pytest

from tests.phi_rule_cases import spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our 97-year-old patient celebrated her birthday on the cardiac ward, room 4B.", ["room 4B"]),  # spec
        ("She is recovering in room 412, bed 2", ["room 412, bed 2"]),  # room and bed together
        ("Mr. Ames in bed 12 says thanks", ["bed 12"]),  # bed with a person
        ("Wristband 88213 scanned", ["Wristband 88213"]),  # wristband number, keyword and all
        ("Bracelet code 4471 for the patient", ["Bracelet code 4471"]),  # "code" as the marker
        ("case number 2023-0045", ["case number 2023-0045"]),  # case number
        ("accession # S24-1187", ["accession # S24-1187"]),  # lab accession number
        ("patient ID: 55213", ["patient ID: 55213"]),  # patient id
        ("ID 5558675309 on file", ["ID 5558675309"]),  # an ID keyword wins over the phone shape
        ("Please update claim #CL-0125415", ["claim #CL-0125415"]),  # insurance claim number
        ("The patient with encounter 314714498 says hi", ["encounter 314714498"]),  # encounter number without a marker
        ("The gentleman in ICU bed 12 wants to thank the nurses", ["ICU bed 12"]),  # a bed tied to a man, with its unit
        ("Mr. Okafor in 4B says thanks for the jello", ["4B"]),  # bare room code after a person
        ("Bed 3 in the PICU is our superhero of the week!", ["Bed 3"]),  # the bed stands for its patient
        ("The gentleman in bed 13 wants to thank the nurses.\n-\nCedar Valley Community Hospital", ["bed 13"]),  # sig
        ("Bring balloons to the girl in \uff52\uff4f\uff4f\uff4d 634", ["\uff52\uff4f\uff4f\uff4d 634"]),  # full-width
        ("Visit Mr. Jones in room 4B.", ["room 4B"]),  # a title's full stop does not end the sentence
        ("Our patient in chair 7 in infusion rang the bell today.", ["chair 7"]),  # an infusion chair
        ("Patient in trauma bay 2 was transferred.", ["trauma bay 2"]),  # a trauma bay, with its unit word
        ("Patient in PACU slot 5 is waking up.", ["PACU slot 5"]),  # a recovery slot
        ("The baby in isolette 4 is our tiniest fighter.", ["isolette 4"]),  # a NICU isolette holds one baby
        ("The baby in bassinet 3 has the best hair on the unit.", ["bassinet 3"]),  # a bassinet too
        ("Our friend in room 512 just walked a full lap of the unit!", ["room 512"]),  # a friend is a person
        ("The girl in su\u0131te 12 says thanks", ["su\u0131te 12"]),  # a dotless i is an i to the room pattern
        ("The baby in \u0131solette 4 is our tiniest fighter.", ["\u0131solette 4"]),  # its place gate folds it too
        ("Mr. Ames in BED 12 says thanks", ["BED 12"]),  # capitals: the place gate reads the lower-case copy
        # issue #10 round 3: the idea, not the phrasing (a person placed in it, the locator for its occupant,
        # the next sentence about one person, locators the room pattern did not know)
        ("The lady in Recovery Suite 3 asked for her knitting.", ["Recovery Suite 3"]),  # placed in: suite no venue
        ("Mrs. Lind in room 803 taught the sixth floor to knit.", ["room 803"]),  # a named person outweighs 'floor'
        ("Whoever left the quilt at chair 9: thank you. He slept at last.", ["chair 9"]),  # next sentence, one man
        ("Bay 4 on the ED just delivered a healthy boy!", ["Bay 4"]),  # the bay stands for the mother
        ("Stretcher 5's blood pressure finally came down.", ["Stretcher 5"]),  # a stretcher's body is a person's
        ("The woman in Isolation 2 went home today.", ["Isolation 2"]),  # an isolation room
        ("Trauma 3 just woke up and asked for a burger.", ["Trauma 3"]),  # a trauma room for its occupant
        ("Glasses left in locker 12 of pre-op. They belong to the patient in the blue cap.", ["locker 12"]),  # owner
        ("The patient holding ticket #C42 at the lab window waited an hour.", ["ticket #C42"]),  # a queue ticket
        ("Patient property bag #PB-2210 is at security.", ["property bag #PB-2210"]),  # a belongings bag
        ("Please blur the wristband in the photo, it reads 4471-0923-AB.", ["4471-0923-AB"]),  # its number later
        ("Room 12/bed B patient says thanks", ["Room 12/bed B"]),  # room and bed written with a slash
        ("CSN 118834201 - patient wants to thank nurse Ana", ["CSN 118834201"]),  # an encounter's serial number
        ("enc# 5521093 is the patient from the ED story", ["enc# 5521093"]),  # encounter abbreviated
        # issue #10 round 4: bare room numbers with a person in them, floor-and-unit codes, ids in parentheses
        ("Shout-out to Marcus in 214!! He finally beat Nurse Patrice at checkers.", ["214"]),  # a first name in 214
        ("I keep thinking about Mr. Abernathy in 412 who wanted one more Saints game.", ["412"]),  # a title + surname
        ("Happy birthday to the lady in 1204!", ["1204"]),  # a person noun in a four-digit room, not a year
        ("mary from room 5N-12 read Mary Poppins to the whole hallway.", ["room 5N-12"]),  # lower-case name, 5N-12
        ("Jaylen (bed 14) is our Lego champion.", ["bed 14"]),  # a name with its bed in parentheses
        ("photo w/ the senator at bedside of Darnell Yates (rollover, rm 6, MRN 40021877)", ["rm 6"]),  # bedside
        ("His locker number is 42 and his stuff is still there.", ["locker number is 42"]),  # "number is" filler
        ("Our little fighter in pod B-12 is off CPAP today!", ["pod B-12"]),  # a NICU pod with a dash
        # a NICU pod with a letter, and spots listed with "and"
        (
            "The twins from NICU Pod A spots 11 and 12 (summer 2022) just started kindergarten.",
            ["NICU Pod A", "spots 11 and 12"],
        ),
        ("Our patient's wristband read 00482211.", ["wristband read 00482211"]),  # "read" between band and number
        ("Room 7 on 3 West just went home!", ["Room 7"]),  # the room stands for its occupant, unit in between
        # issue #10 round 5: lettered locators in texts with no digit, floor-wing-room codes, kin words
        ("The baby in Pod A is finally breathing on his own.", ["Pod A"]),  # no digit in the text: still a locator
        ("Our little guy in Bay C says thanks for the stickers!", ["Bay C"]),  # a lettered bay holding one boy
        ("admitted my dad on Monday, he's in 5N-22. the night nurses were angels.", ["5N-22"]),  # floor 5, wing N
        ("Lola Remedios is resting in Room 312, send her your prayers", ["Room 312"]),  # a Tagalog honorific
        ("Salamat po sa adobo! Magpagaling po kayo diyan sa Room 312", ["Room 312"]),  # a get-well wish (Tagalog)
        ("Get well soon, bay 6! We miss the jokes.", ["bay 6"]),  # a get-well wish to the bay's occupant
        ("Our patient advocate will call your dad's room, 5S-14, this afternoon.", ["room, 5S-14"]),  # a comma
        ("moved my sweet lady from the hall up to a real room (418) after 30 hrs", ["room (418"]),  # in parentheses
        ("Felicidades a doña Carmen, que cumplió 101 años en la habitación 512-A", ["habitación 512-A"]),  # Spanish
        ("Bà nội tôi, 95 tuổi, nằm phòng 5S-22, đã về nhà hôm nay.", ["phòng 5S-22"]),  # Vietnamese, an age as cue
        ("a gentleman admitted Christmas morning to ICU 14B waltzed with his wife", ["ICU 14B"]),  # a unit and a bed
        ("bed ahead: age 99, fall at home, to ED 12 then probably Sandpiper.", ["ED 12"]),  # an age as the person
        ("transfer ready: 2N-07A to Lincoln, ambulance at 1400.", ["2N-07A"]),  # a floor-wing-room code, a transfer
        ("dc summary for bed 2 faxed. pls confirm", ["bed 2"]),  # a discharge summary is one patient's
        ("the bill for the 94-year-old in 6C went out in error. Fix it before the meeting.", ["6C"]),  # an age in it
        ("Our patient in Wing C, room 9 goes back to the nursing home tomorrow.", ["room 9"]),  # a unit, a comma
        ("Sending strength to Arapahoe Valley Warriors #22, we took care of him.", ["#22"]),  # a player's number
        # issue #10 round 6: one person placed in it (a person noun, an age, initials, a pronoun) ties it even with
        # an event word near ("drive", "parking"); "doing great" before "in"; the posts' languages place people too
        ("the only thing keeping me going is the 101 y/o in bay 6 who asks if i'm old enough to drive", ["bay 6"]),
        ("a diaper bag in the parking lot belongs to the mom in room 418", ["room 418"]),  # parking near: the mom's
        ("The whole floor sang to her in room 3N-14 today", ["room 3N-14"]),  # a pronoun placed, a floor near
        ("and j.m. in rm 214 finally slept thru the night", ["rm 214"]),  # initials stand for one patient
        ("twins arrived today, mom doing great in Birth Suite 6", ["Suite 6"]),  # a suite, a mom doing great in it
        ("Bonne fête à Mme Thibodeau, notre patiente de la chambre 308", ["chambre 308"]),  # French: "de la"
        ("Ekip nou an te vizite Grann Mesilia nan chanm 612", ["chanm 612"]),  # Haitian Creole room, "nan" (in)
        ("pt Hollister, Gwen, bed 9 ICU, family meeting at 3", ["bed 9"]),  # a family meeting is one patient's care
        ("Special thanks to participant PANC2-060, a retired teacher", ["participant PANC2-060"]),  # a study code
        ("DSMB prep: CRI-22-1193-014 withdrew consent, pls pull the data", ["CRI-22-1193-014"]),  # code as subject
        # issue #10 round 7
        ("Your refill for Rx# 5512093-01 is ready for pickup.", ["Rx# 5512093-01"]),  # a prescription number
        ("SMITH, JOHN   RX 8821043   READY", ["RX 8821043"]),  # a pharmacy queue screen's prescription
        ("The lad on trolley 4 in majors waited all night.", ["trolley 4"]),  # a British ED trolley, a lad on it
        ("he left his cane in chair 9 after his session", ["chair 9"]),  # one patient's session is no venue
        ("Rm 4S-18: Okafor, T. NPO after midnight", ["Rm 4S-18"]),  # a board's roster entry on the room's line
        ("The whole unit sang to her. Bay 12 has never been louder.", ["Bay 12"]),  # the sentence before's person
        ("Delivery Suite 2 welcomed a baby girl at dawn.", ["Suite 2"]),  # a birth in the room
        ("After 3 weeks in room 214, he's headed home with a new puppy waiting.", ["room 214"]),  # 'waiting', a verb
        ("huddle board: NGATA, ROSE — 4W-12 — fall precautions", ["4W-12"]),  # a roster entry beats 'board'
        ("he's actually a patient now in 218, never mind", ["218"]),  # an adverb between the person and "in"
        ("Love to Hannah up in room 412 tonight!", ["room 412"]),  # "up in"
        ("his room is Peds 4 and his dad is with him", ["Peds 4"]),  # a children's ward and its number
        ("Found in the lobby: a patient wristband reading PC-WB-220918.", ["PC-WB-220918"]),  # 'reading' its number
        ("Subject 04-B3-017 had a complete response at week 12", ["Subject 04-B3-017"]),  # a study subject's code
        ("La participante ALBA-112 completó hoy su última visita", ["participante ALBA-112"]),  # Spanish participant
        ("APS case 26-04417 for the lady on 3 West is open", ["case 26-04417"]),  # a case number without a marker
    ],
)
def test_id_found(text: str, expected: list[str]) -> None:
    assert spans("phi.id", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Join us in Conference Room 4B for a diabetes seminar on Oct 12.",  # an event room, no person
        "We added 12 beds in 2024 and room 4B is the new lactation room.",  # facility news
        "The study ID NCT01234567 is public",  # a trial registry id
        "Member ID: W123-456-789",  # a health plan id is phi.health_plan
        "Bring a photo ID 2 weeks before",  # keyword with a short number
        "Room 210 hosts the support group every Tuesday",  # a room for a group, not a patient
        "Watch her story in 3D at the science fair",  # 3D is not a room
        "Room 101 is closed for cleaning.",  # a room with no one in it
        "Raffle ticket #1234 wins a free massage.",  # a ticket is not tied to a patient
        "Apply by Nov 30. Job ID: RN-2024-118.",  # a job posting id
        "Visit: 1200 River Road, Springfield",  # a house number after "Visit:"
        "Case: 2024 was a record year",  # a year after "Case:"
        "Sample: 1000 people surveyed",  # a count after "Sample:"
        "Our new infusion center has 24 chairs; chair 7 faces the garden.",  # facility news, no patient
        "Our renovated unit has private rooms; room 12 is the new family lounge.",  # a lounge for families
        "Meet the patient of the week in Conference Room B at noon.",  # a conference room is the organization's
        "Visit us at 100 Main St, Suite 200.",  # a suite in the organization's address
        "Locker 14 in the staff lounge is broken. He said facilities will fix it.",  # a lounge's locker, no one in it
        "Ticket #5521 for the gala goes to the winner. She will be notified.",  # a gala ticket is an event's
        "CPR class in Room 4C: the gentleman in charge is our chaplain.",  # a class room, whoever is named
        "Valet ticket 4471 is free for patients in the garage.",  # parking
        "Trauma 1 drills run every Tuesday in the ED.",  # a trauma room with no one in it
        "Staff lockers 1-120 get new locks on the 15th.",  # lockers counted, not one person's
        # issue #10 round 4: clean twins of "Marcus in 214"
        "Marcus in 2019 joined our team.",  # a year, not a room
        "Our team finished in 214 days what usually takes a year.",  # a count of days
        "Mary in 300 words explains why she became a nurse.",  # a count of words
        "Join Maria in 101 for the CPR class.",  # a class room
        "Meet Dr. Patel in 214 for the staff meeting.",  # a meeting room; a doctor
        "We saw 1,204 patients in 2024.",  # a count and a year
        "Thanks to everyone in 4 West!",  # a unit, no number for one person
        "Our patient found a spot 5 minutes from the door.",  # a parking spot's distance, not a locator
        "Room A is our new family lounge. It opened 2 weeks ago.",  # a lettered room with no one in it
        # issue #10 round 5
        "Pod B got new recliners for parents this week.",  # a lettered pod with no one in it, no digit in the text
        "This is the bed I slept in as a resident.",  # "I" after a place word is a pronoun, not a lettered bed
        "Bay 3 and Bay 4 in our ED now have new monitors, thanks to everyone who came to the Gala.",  # thanks to all
        "Bed 1 through Bed 16 on 2 Mauka got new call lights.",  # beds counted through, no one in them
        "Bay 3 and Bay 4 now have ceiling lifts, so our team can move patients safely.",  # patients: everyone
        "Our ER is open 24/7 and ED 2 is for kids.",  # a unit's bay for a population
        "Our new wing has 20 rooms; room 9 is the family lounge.",  # a unit word, no one placed in it
        "Go Iowa Hawkeyes #1 in our hearts! Our nurses cheered them on.",  # a ranking, no one player
        "Patients 90 years old and older can get a free ride to Bay 2.",  # a population's age, not one person's
        "The baby-friendly Pod C is now open for tours.",  # a lettered pod with no one placed in it
        "Transfer center staff: 4W-12 and 4W-14 are closed for cleaning today.",  # the transfer center's rooms
        "Our PT team moved into Room 5 this week.",  # physical therapy, not a patient
        # issue #10 round 6: clean twins of this round's cues
        "Join her in Room 140 for the staff meeting.",  # a pronoun placed in a meeting room: the event wins
        "Our trial just reached 60 participants! Participant 12 of 60 signed up in May.",  # a count, not a code
        "COVID-19 admitted fewer patients this winter.",  # a disease's name, not a code with a person's verb
        "The family meeting room 4B has new chairs.",  # a family meeting room with no one in it
        # issue #10 round 7: clean twins
        "Rx BIN 610014 and PCN ADV are on the back of the card.",  # a plan's BIN is no prescription number
        "Rx 2024: our pharmacy year in review.",  # a year, not a prescription number
        "Our trainer ran the session in Room 12 for all new hires.",  # a session that is no one patient's
        "Thank you, she was wonderful. Room 4 is our new quiet room.",  # the room opens a sentence of facility news
        "SHE MOVED TO 12 OAK STREET SUITE 723, SPRINGFIELD, IL AFTER HER STROKE.",  # a shouted address, no roster
        "The waiting room 3 has new chairs for families.",  # a waiting room is a facility
        "Subject: Q3-report draft for the board",  # an e-mail's subject line, no code with three digits
        "COVID case counts 2021-2022 fell again.",  # a span of years after "case"
        "Questions? HR Benefits is in Room 140 of the Whitman building.",  # an office placed in a room is no person
    ],
)
def test_id_not_found(text: str) -> None:
    assert spans("phi.id", text) == []
