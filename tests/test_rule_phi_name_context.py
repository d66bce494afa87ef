"""phi.name on clean staff and community posts (issue #10): who a person is, said by the talk around the name
(people_names_context: care, recognition, renown, greeting) and by roles, not by lists of their names; and the
patients in the same wording, who must still be caught."""

from __future__ import annotations

import pytest

from guardrails import Engine, GuardrailSettings
from guardrails.normalize import normalize
from guardrails.rules.phi.people_names_context import care_near, greeting_near, recognition_near, renown_near
from tests.phi_rule_cases import spans

ENGINE = Engine(GuardrailSettings())  # staff: Sarah Chen; organization: Riverside Health, Springfield


def names(text: str) -> list[str]:
    """The original text of every phi.name finding, its offsets and tag checked."""
    return spans("phi.name", text, ENGINE)


@pytest.mark.parametrize(
    "text",
    [
        # titled staff not on the staff list: joining "as our new director" is a role, wherever the org's name sits
        "Dr. Amara Nwosu has joined Riverside Health as our new director of maternal-fetal medicine.",
        # a titled clinician in a post about work (years of experience, a clinic): a new hire, not a patient
        "Welcome aboard, Dr. Felix Brandt! He brings 12 years of sports medicine experience to our orthopedics clinic.",
        # joining a division is joining the staff, like joining a team
        "Welcome to Dr. Amara Fitzgerald-Osei, who joins our Division of Pediatric Cardiology after her fellowship "
        "in Boston.",
        # a mentor thanked with a credential and a title: staff in a staff member's own news
        "Thank you to my mentors Carla Jimenez, MSN, RN, and Dr. Raymond Osei, who pushed me to finish my master's.",
    ],
)
def test_titled_staff_not_on_the_list(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a job title before a first name ("pharmacy tech") is a role like "nurse" or "chaplain"
        "Our pharmacy tech Joaquin built the new med-room labeling system. Nurses say it saves them 10 minutes a "
        "shift.",
        # "led by" a person who leads a crew: a staff leader, untitled
        "When the power went out, our facilities crew, led by Dmitri Volkov, had the generators humming in 90 seconds.",
        # first names in a team post: a shift and the unit around them, no one's care
        "Night shift on 5 North: Kayla, Deshawn and Priya kept the coffee going and the unit calm. Thank you, team!",
        # "started as a unit clerk": a career; the later "Imani" is the same person, cleared once
        "Five years ago Imani Brooks started as a unit clerk. Today she graduates from nursing school. We are so "
        "proud of you, Imani!",
    ],
)
def test_staff_by_job_title_or_first_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # "whose estate gift": a donor, with a word between "whose" and "gift"
        "We are grateful to Winifred Ashby, whose estate gift will fund nursing scholarships for a decade.",
        # welcomed "to our Board of Trustees": a board member
        "Please welcome Adaeze Obi to our Board of Trustees. She is a CPA and a lifelong Springfield resident.",
        # "trustee" is a role; "nine years of service" says so too
        "Thank you to outgoing trustee Miriam Feldstein for nine years of service on our board.",
        # "volunteers like X": one of a staff plural
        "Our gift shop is run by volunteers like Doreen Fitzgerald, who knitted 300 hats for newborns this year.",
        # a therapy dog's handler: a role before the name
        "Therapy dog handler Consuelo Ibarra and her golden retriever visit our rehab unit every Friday.",
    ],
)
def test_donors_board_members_and_volunteers(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a celebrity who "has spoken openly" about a condition: a public figure in an education post
        "Serena Williams has spoken openly about the blood clots she developed after giving birth. Know the warning "
        "signs.",
        # the same, said a clause later ("he talks about it openly")
        "Tom Hanks has type 2 diabetes, and he talks about it openly. Here is what you should know about screening.",
        # an athlete named by his sport's role ("NFL lineman")
        "Former NFL lineman Terrell Owensby will sign autographs at the Heart Walk finish line.",
        # "Author" before the name; "Thursdays" after "meet" is a day in the plural, not a person
        "Author Brené Brown says vulnerability is the birthplace of courage. Our support groups meet Thursdays.",
    ],
)
def test_public_figures(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a discovery right after the name and a year of another century
        "Alexander Fleming discovered penicillin by accident in 1928. Antibiotics still only work on bacteria, not "
        "viruses.",
        # what the person did for the world ("refused to patent")
        "Jonas Salk refused to patent the polio vaccine. Is your child up to date on their shots?",
        # a title does not make a patient of a pioneer of the 1940s with a legacy
        "Dr. Charles Drew pioneered blood banking in the 1940s. Honor his legacy: donate blood this month.",
        # a Nobel prize: renown, though the post speaks of cancer therapy
        "Marie Curie won two Nobel Prizes. Her work on radiation made modern cancer therapy possible.",
    ],
)
def test_famous_scientists_in_education_posts(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Tagalog Christmas and New Year wishes: capitalised words the name lists hold (Pasko, Bagong)
        "Maligayang Pasko at Manigong Bagong Taon sa lahat!",
        # a Diwali greeting: "Shubh Deepavali" is no person
        "Happy Diwali! Shubh Deepavali from all of us at Riverside Health.",
        # Samoan Christmas wishes beside the English ones
        "Manuia le Kerisimasi ma le Tausaga Fou! Merry Christmas to our Samoan community.",
        # the Somali spelling of Eid Mubarak
        "Ciid Mubaarak! Eid Mubarak from all of us!",
    ],
)
def test_holiday_greetings_in_other_languages(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a read-along named after a pen name, with an article before it
        "Join us for a Dr. Seuss read-along in the pediatric lobby on March 2. Green eggs optional!",
        # a challenge named after a TV host
        "The Mr. Rogers Kindness Challenge starts Monday: one kind act a day for a week.",
        # a camp named after an athlete
        "Our Tom Brady Fitness Camp for teens is full, but the waitlist is open.",
    ],
)
def test_programs_named_after_people(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a memorial for a colleague: "our EVS colleague of 22 years" is a role after the name
        "Today we planted a tree in the healing garden in honor of Bernard Osei, our EVS colleague of 22 years.",
        # "trained half of our ICU nurses": work, and "ICU nurses" is staff, not a patient's care
        "Rest in peace, Lorraine. You trained half of our ICU nurses and we will miss your laugh.",
    ],
)
def test_memorials_for_staff(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title and a patient's care: the care keeps the name whatever else the post says
        (
            "Patient update: Mr. Okonkwo is off the ventilator and asked for pancakes. Thank you, ICU team!",
            ["Mr. Okonkwo"],
        ),
        # the team-post wording, about a patient in a bed after chemo
        ("Shoutout to Marcus in bed 12, who finished his last round of chemo today!", ["Marcus"]),
        # "shared her story": a patient's story, though "volunteers" is a work word
        ("Faith Okonkwo shared her story with our volunteers.", ["Faith Okonkwo"]),
        # a lower-case Vietnamese kin title before the name in a New Year greeting: a patient greeted
        ("Chúc mừng năm mới! Cả khoa 4 West chúc bác Lợi mau khỏe để kịp về nhà ăn Tết với con cháu.", ["Lợi"]),
        # a birthday wish is no holiday greeting: a patient's name stays ("Lolo", grandpa, is a kin title)
        (
            "Maligayang kaarawan, Lolo Ambrosio! 95 taon and still walking to our clinic every Tuesday.",
            ["Lolo Ambrosio"],  # the kin title with the name (round 8)
        ),
        # an Eid wish to one patient and her family, after her surgery
        (
            "Happy Eid to Fatima and her family, who celebrated on our pediatric floor this year after her surgery.",
            ["Fatima"],
        ),
        # a memorial for a patient: age and care, not work
        (
            "In loving memory of Jacob Rosen, 16, who fought leukemia with grace in our care. Rest easy, buddy.",
            ["Jacob Rosen"],
        ),
        # a famous name worn by a six-year-old patient: his age, no deed for the world
        ("Louis Pasteur Jr., 6, got his flu shot today and didn't even cry! Brave boy.", ["Louis Pasteur Jr"]),
        # a 5K named after a patient is no program named after a public person
        ("Join the Dana Whitfield 5K on Saturday: Dana is fighting leukemia in our care.", ["Dana Whitfield", "Dana"]),
        # a gift in the post, but the name got a wheelchair: care
        ("Thanks to a gift from the Harlow Foundation, Lucia Montoya got her new wheelchair.", ["Lucia Montoya"]),
        # a retired firefighter home after his bypass: "retired" describes patients too
        ("Retired firefighter Gus Alvarado is home after his bypass, thank you 4 West!", ["Gus Alvarado"]),
        # a donation in the sentence before, a relative's stay in the name's: the care wins
        (
            "Many thanks to the local businesses who donated toys this year. Nikki Takkelenburg, we're so sorry about "
            "your dad's stay.",
            ["Nikki Takkelenburg"],
        ),
    ],
)
def test_patients_in_the_same_wording(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a new hires' list: a role or a department after a dash
        "Help us welcome our newest faces! Tobias Oyelaran, RT(R) \u2013 Radiology. Esperanza Villatoro \u2013 Patient "
        "Registration. Dr. Wyatt Cheng \u2013 hospitalist, starting in January.",
        # "practiced anesthesiology at": a specialty between the verb and the place is still a career
        "It is with heavy hearts that we share that Dr. Walter Brennan-Lacroix, who practiced anesthesiology at "
        "Riverside for 33 years, passed away this weekend.",
        # thanked "for donating" a thing: donors
        "A big thank-you to Mr. and Mrs. Dewayne Holloway of Holloway Farm Supply for donating a new ice machine for "
        "the ER family room.",
        # a titled clinician of a century ago: renown clears a title too
        "100 years ago this month, Dr. Josiah Whitlock opened a six-bed infirmary above the drugstore on Main Street.",
        # a story time named after a character, at the start of the post
        "Mary Poppins story time is back in the family library every Tuesday at 10:30.",
        # "Med/Surg": a unit's shorthand glued to a slash is no name
        "Please welcome Widlene Joseph, RN, to our Med/Surg team.",
        # Haitian Creole: its function words (yo, yon, nan, pou, anpil) mark the sentence as another language
        "Pearl Ridge swete tout fanmi ayisyen yo yon bèl ane 2027. Mèsi anpil nan kafeterya a pou soup la!",
        # "will co-host": an everyday word and a hyphenated one are no lower-case name
        "Our Chief Nursing Officer and the Vice President for Research will co-host Tuesday's town hall.",
    ],
)
def test_more_staff_and_community_wording(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # "Mt." before a word names a place, as a saint does ("Mt. Zion", "Mount Sinai")
        "Find us in the parking lot of Mt. Zion Missionary Baptist Church on Thursday, 9-3.",
        # "ran our front desk": a job, like "leads our"
        "Rest easy. Josephine Tillman ran our front desk for 22 years and knew every family in town by name.",
        # "at the unit clerk desk": where staff work
        "12 yrs on this floor and shoutout to Bri at the unit clerk desk who knows where every wheelchair is.",
        # "Harold and Bea gave the lead gift": donors named as a pair; the first Harold names the building
        "The Harold and Bea Lundquist Center turns 10 this spring! When Harold and Bea gave the lead gift in 2016 "
        "they asked for windows.",
        # "athletic trainer" is a role; a fieldhouse is a building
        "Catch athletic trainer Jess Moreau on the sideline at Gutterson Fieldhouse this Saturday.",
        # "surgery residency" is training, not a patient's surgery: the residency's news clears its residents
        "MATCH DAY! Our orthopaedic surgery residency matched Priya Raman (Tufts) and Jonah Feldstein (UVM)!",
        # a nickname in quotes inside the name: the credential after the surname still says staff
        'Our NICU lost one of its brightest lights. Kathleen "Kitty" Moynihan, RN, cared for our tiniest babies for '
        "29 years.",
        # "Walt" is the short form of the Walter cleared before it: the same person
        "Dr. Walter Brennan-Lacroix, who practiced anesthesiology at Riverside for 33 years, passed away. Walt taught "
        "generations of residents.",
        # the same mayor at a ribbon cutting: a public figure
        "Mayor Loretta Greenlee cut the ribbon on the new clinic today.",
        # a staff member on the list wished well stays unflagged
        "Get well soon, Sarah Chen! The whole 2nd floor misses you.",
        # a retirement ("hanging up her stethoscope"), then a career begun "at Pearl Ridge as a nurse aide"
        "After 41 years, Miss Hattie Pruitt is hanging up her stethoscope. Miss Hattie started at Pearl Ridge as a "
        "nurse aide in 1984.",
        # "our recruiter": a job title before the name
        "Questions? Message our recruiter Tanisha Brooks-Whitaker here on LinkedIn.",
        # a list whose last item has the staff cue ("in the lab"): every item is staff
        "Lab week recap: Tammy, Rodney, Quinesha and Big Mike in the lab ran 1,400 tests.",
        # the items after a cleared one in a list ("(Tufts), ..."): the same residents
        "MATCH DAY! Our orthopaedic surgery residency matched Priya Raman (Tufts), Jonah Feldstein (UVM), Camila "
        "Restrepo (Ponce) and Theo Marchetti (Michigan)!",
        # "Medic 2": a word with a number names an ambulance crew
        "Proud of Medic 2! Paramedic Javon Ellis and EMT Sadie Crain both passed their critical care exams.",
    ],
)
def test_places_units_and_second_mentions(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a room with no first name before it
        "we will see you in room 4 at 9 am for the class",
        # "Hello" greets a town, which is no person
        "Hello Springfield! Our new clinic opens Monday.",
        # an everyday word before a bed is no lower-case name
        "our grace in bed 4 moments series continues",
    ],
)
def test_greetings_and_rooms_without_a_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case first name before a bed: a patient, as a nurse types it
        ("12 hrs and the thing i'll remember is bea in bed 12 asking me to braid her hair.", ["bea"]),
        # before a room, beside a program's name
        ("story time was extra special today: mary from room 5N-12 read to the whole hallway", ["mary"]),
        # a patient's cast signed by the floor
        ("big thanks to everyone who signed tommy's cast on 2nd floor yesterday!!", ["tommy"]),
        # a Haitian Creole kin title ("Tonton", uncle) before a capitalised name: a relative's name, a patient here
        ("Bòn fèt Tonton Jacques! Get that new knee home soon!", ["Tonton Jacques"]),
        # "Hi X!" greets a commenter by name, whose mother was our patient
        ("Hi Sharonda! So glad your mama is feeling better.", ["Sharonda"]),
        # "calls him Pawpaw": a nickname, whoever calls him so; the everyday word (a fruit) is his name here
        (
            "Everybody on the swing bed unit calls him Pawpaw. Mr. Ellis Boone has been with us since his stroke.",
            ["Pawpaw", "Mr. Ellis Boone"],
        ),
        # "patient ambassador" is no public office: a patient who speaks for others
        (
            "Our patient ambassador Tess Albrecht, diagnosed with Crohn's at 14, will lead Saturday's walk.",
            ["Tess Albrecht"],
        ),
        # a recovery wish right before the name: the mayor is a patient, her title clears nothing
        ("Get well soon, Mayor Loretta Greenlee! The whole 2nd floor is rooting for you.", ["Mayor Loretta Greenlee"]),
        # a patient after a doctor in a list: a titled staff member does not clear the next item
        ("Thanks to Dr. Lee and Kayla for the smiles today.", ["Kayla"]),
        # a list ending in a group ("the team from our pharmacy") gives its members no staff cue
        ("Thank you Kayla, Deshawn and the team from our pharmacy for the party!", ["Kayla", "Deshawn"]),
        # a patient who started at a clinic as a new patient is no employee: "as a patient" is no role
        ("Dana Whitfield started at our clinic as a patient in 2019 after her stroke.", ["Dana Whitfield"]),
        # a first name before a number is still a name: "Kayla 2 weeks after"
        ("Kayla 2 weeks after her heart surgery: walking the halls!", ["Kayla"]),
        # an athlete wished well after surgery here is a patient: no athlete's role clears a name
        (
            "Go Catamounts! Get well soon to UVM goalie Emma Szabo, who had her ACL repaired this morning.",
            ["Emma Szabo"],
        ),
        # "donating her time" to tell her cancer story: a patient, not a donor
        (
            "Thank you to Dana Whitfield for donating her time to tell her cancer story after her surgery.",
            ["Dana Whitfield"],
        ),
    ],
)
def test_more_patients_in_the_same_wording(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def _where(text: str, name: str) -> tuple[str, int, int]:
    lower = normalize(text).text.lower()
    start = lower.index(name.lower())
    return lower, start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name", "care", "recognition"),
    [
        # a shift and a team, no care: recognition
        ("Shoutout to Marcus on 4 West, who stayed past his shift to train our new grads.", "Marcus", False, True),
        # the same wording about chemo: care, and then no recognition
        ("Shoutout to Marcus, who finished chemo today and thanked his shift nurses.", "Marcus", True, False),
        # "ICU nurses" names staff, not a patient's care
        ("You trained half of our ICU nurses, Lorraine.", "Lorraine", False, True),
    ],
)
def test_care_and_recognition_windows(text: str, name: str, care: bool, recognition: bool) -> None:
    lower, start, end = _where(text, name)
    assert care_near(lower, start, end) is care
    assert recognition_near(lower, start, end) is recognition


@pytest.mark.parametrize(
    ("text", "name", "renown", "greeting"),
    [
        ("Jonas Salk refused to patent the polio vaccine.", "Jonas Salk", True, False),  # a deed for the world
        ("Kayla refused her breakfast today.", "Kayla", False, False),  # a patient's refusal is no deed
        ("Selamat Hari Raya Aidilfitri to all who celebrate!", "Aidilfitri", False, True),  # a festival on the line
        ("Maligayang kaarawan, Lolo Ambrosio!", "Ambrosio", False, False),  # a birthday is no festival
    ],
)
def test_renown_and_greeting(text: str, name: str, renown: bool, greeting: bool) -> None:
    lower, start, end = _where(text, name)
    assert renown_near(lower, start, end) is renown
    assert greeting_near(lower, start, end) is greeting


@pytest.mark.parametrize(
    "text",
    [
        # Santa and Mrs. Claus visit every December: characters, not people (a title does not make one of Mrs. Claus)
        "Santa and Mrs. Claus are stopping by the pediatric lobby on Saturday with cocoa for everyone.",
        # a mascot named with what it is ("X the Hawk", "X the Fire Dog"), visiting a unit
        "Rusty the Bulldog and Sparky the Fire Dog made the rounds on 3 West this afternoon.",
        # an athlete introduced by his fame: "Hall of Famer", "<sport> legend" (fields beyond the big leagues)
        "Thank you to Hall of Famer Marcus Delaney for talking with our staff about resilience.",
        "Rodeo legend Casey Birchfield signed autographs in the cafeteria today.",
        # a brand that carries a title
        "Dr Pepper sent 20 cases to the night shift. Thank you!",
        "Dr. Pepper sent 20 cases to the night shift. Thank you!",
        # a staff member thanked in Vietnamese with her role after the comma (head nurse)
        "Chúc mừng chị Trần Thị Mai, điều dưỡng trưởng khoa Nội, vừa nhận giải thưởng!",
        # a staff memorial: the role and the years of service after the name, without "our"
        "We are heartbroken. Dr. Kwame Asante, cardiologist at our Eastside clinic for 22 years, died on Friday.",
        # a unit named after its floor number, not a person
        "Renovation update: 2 Mauka and 3 Makai are done and reopen Monday.",
        # the people of a state are no person
        "About 1 in 5 Nebraskans had a flu shot by November.",
        # a New Year's greeting in Hawaiian
        "Hau\u02bboli Makahiki Hou! Our clinics close at noon on Dec 31.",
        # a phrase in Cyrillic (welcome), and a saint's feast day, beside a person cue: no name
        "He joins us from Lviv. \u041b\u0430\u0441\u043a\u0430\u0432\u043e \u043f\u0440\u043e\u0441\u0438\u043c\u043e!",
        "\u0417 \u0434\u043d\u0435\u043c "
        "\u0421\u0432\u044f\u0442\u043e\u0433\u043e \u041c\u0438\u043a\u043e\u043b\u0430\u044f!"
        " Our own Sarah Chen hands out gingerbread at the front desk.",
    ],
)
def test_round_5_clean_look_alikes(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a staff member who is now a patient: "is recovering" right after the name outweighs the role before it
        ("Our beloved unit secretary Ms. Loretta is recovering on 4 West after a fall.", ["Ms. Loretta"]),
        # "unit secretary" is a job on the unit, not a Secretary of State
        ("Unit secretary Ms. Loretta was admitted to 4 West last night.", ["Ms. Loretta"]),
        # a family called by the word of its own language ("the Kahale ohana" with its okina, "the Tuilagi 'aiga")
        (
            "Mahalo to the Kahalewai \u02bbohana for the musubi after Grandpa Leo's surgery.",
            ["Kahalewai", "Grandpa Leo"],
        ),
        # a kin word of another language before the name: nanay (Tagalog), hooyo (Somali)
        ("His nanay, Florentina, had her hip replaced here last week.", ["Florentina"]),
        # a chart line: surname, initial and a date of birth
        # (round 8: the chart's initial after the surname is redacted too)
        ("pasting for huddle: Marchetti, R. DOB 3/14/1988, step-down pending", ["Marchetti", "R."]),
        # "his famous pinakbet" is his cooking, no fame: the patient is still named
        ("Thanks to program grad Rodel Alcantara, who brought his famous pinakbet to class.", ["Rodel Alcantara"]),
        # a person in Cyrillic, every word capitalised, beside a person cue, is still a name
        (
            "\u0422\u0430\u0440\u0430\u0441 \u0428\u0435\u0432\u0447\u0435\u043d\u043a\u043e"
            " went home today, his family says.",
            ["\u0422\u0430\u0440\u0430\u0441 \u0428\u0435\u0432\u0447\u0435\u043d\u043a\u043e"],
        ),
    ],
)
def test_round_5_patients_in_new_wording(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a team of two words after "from our", an office after "in": where staff work
        "Marco from our Case Management office answers billing questions Friday at noon.",
        "Questions? Ask Delia Fontaine in Volunteer Services.",
        # a former trainee back as staff: "who trained here", "has returned as our new <role>"
        "Dr. Imani Brooks, who trained here in 2012, has returned as our new chief of surgery. Welcome home!",
        # a staff role in Spanish after the name
        "Felicidades a la Dra. Carmen Ruiz, nuestra nueva jefa de Pediatría.",
        # a clinician with a team whose name has a slash
        "Warm wishes from Dr. Owen Hartley and the whole hem/onc team.",
        # medical residents listed after a colon (a home's residents are not staff, a hospital's surgical ones are)
        "Welcome to our incoming surgical residents: Dr. Lena Park, Dr. Omar Haddad and Dr. Ruth Bell.",
        # an artist's work: a possessive and a quoted title
        'Dolly Parton\'s "9 to 5" is the most-requested song at our staff karaoke night.',
        # animals named with what they are, after or before the name
        "Lucy the therapy llama visited our rehab gym today.",
        "Our NICU families met therapy dogs Pepper & Scout this week.",
        # a character and who played it
        "Frosty, played by our own IT director Kevin Marsh, led the holiday parade.",
        # a visiting athlete signing things, a speaker to students
        "Peyton Manning stopped by to sign footballs for our night shift.",
        "Mae Jemison spoke to our nursing students about curiosity.",
        # an author with a title, as the holiday names him
        "Dr. Seuss's birthday is Read Across America Day!",
        # 'our director of patient experience' is a role, not 'our patient'
        "Tanisha Moore, our director of patient experience, answers your questions live at noon.",
    ],
)
def test_round_5_staff_and_visitors(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # staff or volunteers who are patients now: the idioms right after the name outweigh the role before it
        (
            "Our longtime Tuesday volunteer Gloria Banks is on the other side of the bed this week after hip surgery.",
            ["Gloria Banks"],
        ),
        ("Our ED tech Andre Wallace is trading scrubs for a hospital gown this week.", ["Andre Wallace"]),
        # called a patient of ours right after the name
        ("Our gift shop volunteer Kerry Dunne, a former lymphoma patient here, visited today.", ["Kerry Dunne"]),
    ],
)
def test_round_5_staff_who_are_patients(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town after "in" or "near" is a place (a person is not written "in Arthur")
        ("Our mobile clinic now stops in Arthur and Hyannis the first Tuesday of every month.", []),
        ("The flight team got him home to his daughter's farm near Anselmo.", []),
        # 'our patient' after a town's name is the next phrase, not the town's apposition
        ("Retired after 44 years at the roundhouse in North Platte, our patient marked his discharge today.", []),
        # "Mon." is a weekday
        ("The device rep is coming Mon. to check the pump.", []),
        # a possessive after "in" is a person's room: still a name
        ("A card arrived in Mrs. Alvarez's room on 4 West after her surgery.", ["Mrs. Alvarez"]),
    ],
)
def test_round_5_towns_and_weekdays(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a patient who shares a listed staff member's first name (Sarah Chen): "went home" says patient
        ("Baby Sarah went home today after 90 days in our NICU.", ["Sarah"]),
        # the staff member herself, named with no patient's state after her, stays cleared
        ("Sarah stayed late to help the night shift.", []),
        # a board member's grandchild in our care: the relative right after the name names the patient's family
        (
            "Board member Ellen Marsh's grandson Theo spent a long night in our ED, and Ellen wrote to thank the team.",
            ["Ellen Marsh", "Theo", "Ellen"],
        ),
        # a staff member's wife bringing cookies is no one's care: the role still clears him
        ("Our CNO Daniel Price's wife brought cookies for the night shift.", []),
    ],
)
def test_round_5_staff_names_of_patients_and_their_families(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural possessive right before the name: a team's player
        ("The Kansas City Chiefs' Travis Kelce stopped by the playroom today.", []),
        # a business named after its owner, with what it sells
        ("Shoutout to Big Mike's Deli for feeding the night shift during the storm.", []),
        ("Thank you to Rosa's Bakery for the conchas!", []),
        # nurses named after the word "nurses" in a team's list
        ("Our Team of the Year: nurses Lex, Pam and Joelle on 5 West!", []),
        # a staff member introduced in Spanish ("our promotora", a community health worker)
        ("Este sábado nuestra promotora Lupe Ochoa dará una charla sobre lactancia.", []),
        # a scale's inventor dated by what she created
        ("The score honors Virginia Apgar, who created it in 1952.", []),
        # a patient who thanks with a count of things stays a name (no donor is read from "for 300 paper cranes")
        ("Dear Ignatius, thank you for the 300 paper cranes you folded during your chemo.", ["Ignatius"]),
    ],
)
def test_round_5_teams_businesses_and_staff_lists(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # donors thanked for "their gift" later in the sentence: a couple's first name too
        ("Thank you to Harold and June Pettersen for their $250,000 gift to build four new NICU family suites.", []),
        ("Walter and June Halvorsen joined us at the gala, and their gift of $250,000 will renovate the lounge.", []),
        # a namesake "whose children funded it": a donor family's, not a patient's
        ("Named for the late Harriet Fitzgerald, a librarian whose children funded it, the room opens today.", []),
        # a donor who is named as a patient stays a patient: "grateful patient" before the name
        (
            "Thank you to grateful patient Ruth Oyler for her generous gift after her knee surgery on 4 West!",
            ["Ruth Oyler"],
        ),
        ("A $5,000 gift from grateful patient Ruth Oyler after her surgery will fund a recliner.", ["Ruth Oyler"]),
    ],
)
def test_round_6_donors(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare role closing each item of a list ("X, cardiac sonographer;"): staff introduced one by one
        (
            "Left to right: Dr. Priya Venkataraman, cardiologist; Jordan Pike, cardiac sonographer; and Renata Oduya, "
            "cath lab RN.",
            [],
        ),
        # a credential of a licensed vocational nurse, like RN
        ("Welcome to our newest nurses: Ramón Ybarra, RN; and Oscar Leal, LVN! They start Monday.", []),
        # an intern is staff, like a tech or an aide
        ("Congratulations to comms intern Josh Feeney, whose video won the award!", []),
        # "our head of housekeeping": a head of a department is a role
        ("We share that Arthur Lindgren, our head of housekeeping for 31 years, passed away Nov 28.", []),
        # co-authors listed after the word: the paper's authors, not patients
        ("Congrats to Dr. Ada Farrell and co-authors Sun, Oyelowo, Brandt & Keane on their paper out today.", []),
        # a role after the name does not clear a wish for recovery
        ("Get well soon, Jordan Pike, cardiac sonographer and friend!", ["Jordan Pike"]),
        # nor a retired nurse who is our patient
        ("Our patient Tom Riley, a retired nurse, went home today.", ["Tom Riley"]),
    ],
)
def test_round_6_staff_roles_after_the_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Spanish clinical titles (Dra., Enf.) are titles of clinicians, like Dr.
        ("Este sábado la Dra. Lucía Benavides dará una charla sobre lactancia.", []),
        ("Gracias a la Enf. Rosa Díaz por su charla sobre vacunas.", []),
        # ... unless the text makes her the patient, in Spanish too
        ("La Dra. Lucía Benavides está en la UCI después de su cirugía.", ["Dra. Lucía Benavides"]),
    ],
)
def test_round_6_spanish_clinical_titles(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a position with a professional's mark: a star athlete's visit
        ("Three-time All-Star shortstop Rafael 'Smoke' Delgado stopped by the pediatric floor today.", []),
        ("Special visitor today: former Spurs guard Manu Ginóbili signed casts with our child life team!", []),
        # a race's winners with their times: public results
        ("Congrats to overall winners Aidan Shaw (17:02) and Rosa Mbeki (19:44). See you next year!", []),
        # a thing named after a person: merchandise, an endowed chair
        ("Lost & found: a set of car keys with a Dolly Parton keychain is at the front desk.", []),
        ("She is the inaugural holder of the Margaret and Thomas Keough Endowed Chair in Cancer Research.", []),
        # a student athlete wished well stays a patient (no professional's mark on "UVM goalie")
        ("Get well soon to UVM goalie Emma Szabo, who had her ACL repaired this morning.", ["Emma Szabo"]),
    ],
)
def test_round_6_public_figures_and_named_things(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # first names in a trend of baby names are words, not babies
        ("Our most popular baby names of 2026: Girls: Olivia, Amara, Luna. Boys: Liam, Theo, Mateo.", []),
        ("Top baby names at our birth center this year: Sofía, Isabella, Mateo, Liam and Camila.", []),
        # therapy dogs named as a pair after what they are
        ("Our NICU families met twin therapy dogs Nora & Nate (golden retrievers) this week.", []),
        # a staff member's quoted nickname is cleared with her full name
        (
            'We share the passing of longtime L&D nurse Patricia "Patty" Ellison. Patty trained half of our team.',
            [],
        ),
        # a baby named in a birth announcement stays a name: no trend of names around it
        ("Welcome to the world, baby Amara! Born at 3:12 am on 4 West.", ["Amara"]),
    ],
)
def test_round_6_names_that_are_not_people(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a staff role right after a lower-case name clears it, as it clears a capitalised one
        ("shoutout to keisha montgomery-bell our CNA on 3 who stayed 2 hrs past shift last night", []),
        # a lower-case "dr." with no patient cue is a clinician at work, as "Dr." is
        ("todo el equipo de la UCI celebrando al dr. tran minh khoa, residente del año", []),
        # ... but a wish for recovery keeps a lower-case name a patient's
        ("get well soon, keisha montgomery-bell our CNA on 3", ["keisha montgomery-bell"]),
        # and the talk around it alone (thanks, a binder they made) does not clear parents named in lower case
        (
            "special thanks to bobby and carla nguyen-tate (their son was in 3W-11 all october) who put it together",
            ["bobby", "carla nguyen-tate"],
        ),
    ],
)
def test_round_6_lower_case_names_with_a_role(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # care given to a titled person just before the title makes the professor a patient, not staff
        (
            "Grateful to have cared for Prof. Edwin Marchbanks, emeritus chemist at Bowdoin, through his hip "
            "replacement.",
            ["Prof. Edwin Marchbanks"],
        ),
        # a burn unit is care: the board's talk around the name does not clear the patient it gives news of
        (
            "Board chair Graciela Montemayor opened the meeting with an update on Benny Salas, the lineman hurt in "
            "the storm who is still in our burn unit.",
            ["Benny Salas"],
        ),
        # no care in "no one was hurt": a staff member's deed stays recognition
        (
            "Kudos to our security officer Lester Bynum, who spotted smoke in the parking deck Saturday and got "
            "everyone out before the fire crew arrived. No one was hurt.",
            [],
        ),
    ],
)
def test_round_6_patients_named_beside_work(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # said to be a patient right after the name: a nurse who is our patient is a patient
        (
            "One of our own: Nurse Callie Dunmore from 3 North is a patient on 4 West after her car accident.",
            ["Callie Dunmore"],
        ),
        # a business named after a pair, nothing owned after the possessive: a brand, not two people
        ("Big thanks to Krispy Kreme for the donuts. Ben & Jerry's, you're next", []),
        ("Thank you to Ben & Jerry's for the pint drop in the NICU family lounge!", []),
        # a pair with something of theirs after the possessive stays two people
        ("Mia & Leo's mom brought cookies after Leo's surgery.", ["Mia", "Leo", "Leo"]),
    ],
)
def test_round_6_patients_said_so_and_pair_businesses(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a child's age right after the name outweighs the gala's talk of gifts: a patient named at an event
        (
            "Tonight's Snowflake Gala raised $410,000! A special moment: Lily Marchand, 9, who spent last winter on "
            "our pediatric floor, read her thank-you letter.",
            ["Lily Marchand"],
        ),
        ("Tonight's gala raised $410,000! Lily Marchand (9) read her thank-you letter.", ["Lily Marchand"]),
    ],
)
def test_round_6_a_child_named_at_an_event(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a family thanked "for making it possible" (a wing opened in their name) gave it: donors
        ("The new sports wing is open! Thank you to the Guidry family for making it possible.", []),
        # a patient's family thanked for something else stays named
        ("Thank you to the Guidry family for trusting us with Lena's care after her surgery.", ["Guidry", "Lena"]),
    ],
)
def test_round_6_a_family_that_made_it_possible(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_round_6_a_spanish_prayer_for_a_lower_case_name() -> None:
    # "rezando por" is "praying for": a lower-case first name after it is a patient's, as after "praying for".
    # "y su" is "and his": no middle initial and surname, so the span is the name alone (round 7)
    found = names("todo el equipo de la UCI rezando por mateo y su familia esta noche 🙏 #fuerzamateo")
    assert found == ["mateo"]
    # a prayer for peace names no one
    assert names("rezando por la paz del mundo esta noche") == []
