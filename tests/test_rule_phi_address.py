"""phi.address: street addresses, ZIP codes and towns tied to a patient; never the organization's own."""

from __future__ import annotations

import pytest

from guardrails.engine import Engine
from guardrails.settings import GuardrailSettings, Organization
from tests.phi_rule_cases import identifier_rules_hit, spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She lives at 1423 Elm Ave, Brookfield, IL 60513.", ["1423 Elm Ave, Brookfield, IL 60513"]),  # full address
        ("Drop it at 1423 Elm Ave today", ["1423 Elm Ave"]),  # street address alone
        ("Maria lives on Elm Ave with her cat.", ["Elm Ave"]),  # spec: street someone lives on, no number
        ("Jayden, 7, from Brookfield, 60513 beat leukemia.", ["Brookfield, 60513"]),  # spec: town and ZIP
        ("Meet our patient Maria from Oak Park, who had surgery.", ["Oak Park"]),  # town tied to a patient
        ("He was admitted from Maple Grove last week.", ["Maple Grove"]),  # town tied by "admitted"
        ("A Brookfield grandmother ran 5 miles after surgery.", ["Brookfield"]),  # borderline: town as descriptor
        ("Her ZIP code is 60513.", ["60513"]),  # ZIP with keyword
        ("Mail to P.O. Box 1234, Brookfield, IL 60513.", ["P.O. Box 1234, Brookfield, IL 60513"]),  # PO box
        ("Apt at 22B Baker St, Apt 4", ["22B Baker St, Apt 4"]),  # house letter and unit
        (
            "He lives in Apt 4B, 221 Baker Street, London NW1 6XE.",
            ["Apt 4B, 221 Baker Street, London NW1 6XE"],
        ),  # unit first
        ("Lives at 77 W 5th Ave", ["77 W 5th Ave"]),  # direction and ordinal street
        ("Lives at 1423\u200b Elm Ave", ["1423\u200b Elm Ave"]),  # zero-width space inside: offsets cover it
        ("Lives at \uff11\uff14\uff12\uff13 Elm Ave", ["\uff11\uff14\uff12\uff13 Elm Ave"]),  # full-width digits
        ("Reply to 60513-1234", ["60513-1234"]),  # ZIP+4 stands on its own
        ("His postal code is P6B 3C5.", ["P6B 3C5"]),  # a Canadian postal code
        (
            "She lives at 576 Sandoval Falls, North Katherine, PW 25330.",
            ["576 Sandoval Falls, North Katherine, PW 25330"],
        ),  # a territory code (Palau) after the town
        ("Her flat: 10 Downing Street, London SW1A 2AA.", ["10 Downing Street, London SW1A 2AA"]),  # UK postcode
        ("The boy hit by a car on Fischer Rd is out of surgery.", ["Fischer Rd"]),  # a street tied to a boy
        ("Prayers for the little girl from New Noahfurt.", ["New Noahfurt"]),  # "New" starts a town name
        ("Please send get-well cards to 5087 Andrea Groves.", ["5087 Andrea Groves"]),  # a USPS suffix
        ("Brookfield resident Maria Lopez, 72, thanks our ICU team.", ["Brookfield"]),  # news-style town descriptor
        ("The patient lives at the corner of 5th and Main.", ["5th and Main"]),  # an intersection tied to a patient
        ("THE BOY HIT BY A CAR ON SHEA LN IS OUT OF SURGERY.", ["SHEA LN"]),  # an all-caps post
        ("The boy hit by a car on Little Ln is out of surgery.", ["Little Ln"]),  # a street named like a stop word
        ("SHE LIVES AT 1423 ELM AVE, BROOKFIELD, IL 60513.", ["1423 ELM AVE, BROOKFIELD, IL 60513"]),  # all caps
        ("Our patient, a teacher at Lincoln Middle School, rang the bell.", ["Lincoln Middle School"]),  # employer
        ("He works at the Kroger on 5th and came in with chest pain.", ["Kroger on 5th"]),  # a store branch
        ("Maria, a cashier at Walmart, was diagnosed in May.", ["Walmart"]),  # a role at an employer
        ("She attends Jefferson High and was discharged Friday.", ["Jefferson High"]),  # a patient's school
        ("Our patient, a 7th grader at Roosevelt Middle, beat leukemia.", ["Roosevelt Middle"]),  # a grade at a school
        (
            "He's the owner of Rosie's Diner on Main and was back at work a week after his bypass.",
            ["Rosie's Diner on Main"],
        ),  # a business he owns
        ("Our patient, who lives over in Cedar Heights, got home Friday.", ["Cedar Heights"]),  # lives + adverb + in
        ("He was hurt in the accident at 5th and Main and walked out of rehab.", ["5th and Main"]),  # a crossing
        ("Found near Grant and 12th, he spent 9 days in our ICU.", ["Grant and 12th"]),  # ordinal second
        ("A Kroger cashier, she noticed the lump during a break.", ["Kroger"]),  # employer as a descriptor
        ("The Brookside Middle School eighth grader collapsed and his coach called 911.", ["Brookside Middle School"]),
        ("She drives a bus for Carver County Schools and was back after surgery.", ["Carver County Schools"]),
        ("She works as a nurse aide at Sunrise Senior Living and had her gallbladder out.", ["Sunrise Senior Living"]),
        ("The teen hurt in the crash near Millbrook is walking again.", ["Millbrook"]),  # near a town, a person
        # issue #10 round 3: a place-like name (its head word says school, workplace or neighbourhood) tied to a person
        # a restaurant named by its head word, a waitress with her surgery, no "works at"
        (
            "She waits tables at the Blue Heron Grill and was back on shift a week after her gallbladder surgery.",
            ["Blue Heron Grill"],
        ),
        # a neighbourhood by its head word, with a pronoun in the sentence
        ("Everyone from the Willow Creek Estates came to see her ring the bell.", ["Willow Creek Estates"]),
        # a neighbourhood word leading the name, a Spanish lead and a person
        ("Todos en Barrio San Miguel rezaron por la señora Ruiz.", ["Barrio San Miguel"]),
        # a numbered route where a patient was hurt
        ("He was hit by a truck on Route 30 and spent six weeks with us.", ["Route 30"]),
        # "past" and "runs" relate a place to a person as "from" and "works at" do
        (
            "He lives out past the Cedar Bluff Trailer Park and drove himself in with chest pain.",
            ["Cedar Bluff Trailer Park"],
        ),
        ("Mrs. Lin, who runs the Golden Dragon Restaurant on Main, is cancer-free!", ["Golden Dragon Restaurant"]),
        # a town told by its generic last word, with the patient in the sentence
        ("From the orchards of Cedar Bend to the finish line, two years after his transplant!", ["Cedar Bend"]),
        # a diner by its head word, the patient's job in the sentence
        ("Our patient, a cook at the Silver Spoon Diner, is back on the line.", ["Silver Spoon Diner"]),
        # a lower-case street after "from", a person in the sentence
        (
            "the man from maple court who walks his dog past our ER every morning got his new hip today",
            ["maple court"],
        ),
        # issue #10 round 4: a patient's employer, school, town, farm or road in wording the lead words missed
        # "home to" a town: whoever goes home there is a person, no person word needed
        ("Get that new knee home to Laurel soon!", ["Laurel"]),
        ("he heads home to Pachuta tomorrow with about 40 signatures", ["Pachuta"]),
        # "outside of", "the whole town of", "back in": more ways to say where one person lives
        ("He farms outside of Quitman and drove himself in with chest pains.", ["Quitman"]),
        ("The whole town of Pachuta showed up for his homecoming.", ["Pachuta"]),
        ("Everyone back in Pachuta is praying for little Mae.", ["Pachuta"]),
        # a town owning one person
        ("Tuscola's own Jimmy rang the bell today!", ["Tuscola"]),
        # Vietnamese and Spanish leads (the matching copy has its accents folded), with a kin word as the person
        ("Cả khoa chúc bác Lợi mau khỏe để kịp về Winooski ăn Tết.", ["Winooski"]),
        ("La señora vive en Quitman y ya está en casa.", ["Quitman"]),
        # the people one patient studies, works or prays with, at a named place
        ("Her class at St. Anne's made her a giant card while she was in the PICU.", ["St. Anne's"]),
        ("Our patient's coworkers at the Piggly Wiggly threw her a welcome-back party.", ["Piggly Wiggly"]),
        ("Ms. Dot's church family at Mt. Olive Baptist sent 200 cards.", ["Mt. Olive Baptist"]),
        # a grade or a shift between the lead and the place
        ("He teaches fourth grade at Roosevelt and is back in class.", ["Roosevelt"]),
        # a blue-collar role at an employer
        ("He's a lineman for Dixie Electric and fell from a pole.", ["Dixie Electric"]),
        # a store branch on a numbered route, number included
        (
            "Our patient works at the Dollar General on Route 9 and was back at work in a week.",
            ["Dollar General on Route 9"],
        ),
        # a named family farm and a ranch
        ("Our patient grew up on the Hendricks family farm and is back on the tractor.", ["Hendricks family farm"]),
        ("Mr. Earl lives out on the Double R Ranch and hasn't missed a rehab session.", ["Double R Ranch"]),
        # a numbered county road, number included
        ("He lives off County Road 12 and his neighbors brought him in.", ["County Road 12"]),
        # a street with a generational suffix, written with its town after "of" (not a count)
        (
            "Please keep Ms. Mabry of 118 Martin Luther King Jr. Ave, Dossville, in your prayers.",
            ["118 Martin Luther King Jr. Ave, Dossville"],
        ),
        # a NICU graduate is one person
        ("Our NICU grad from Pine Hollow is one today!", ["Pine Hollow"]),
        # the town a street is in, after the street
        ("Rosa grew up on Calle Jacinto in East Pilsen, near her father's store.", ["Calle Jacinto", "East Pilsen"]),
        # a residential place someone is from, the patient in the next sentence
        ("Who else is from the Northside Flats?? Our patient says the whole block showed up.", ["Northside Flats"]),
        # a block of a street, with a person
        ("She lives on the 400 block of Elm Street.", ["400 block of Elm Street"]),
        # more prepositions after "lives": at the end of, just off
        ("He lives at the end of Miller Road.", ["Miller Road"]),
        # the town of a workplace, and a store branch's town kept with it
        ("He retired from the paper mill in Pachuta and now fights lung cancer.", ["Pachuta"]),
        ("He's the manager at Pizza Hut in Quitman and is recovering from a heart attack.", ["Pizza Hut in Quitman"]),
        # a church named by its denomination
        ("Everyone at Quitman First Baptist has been praying for Miss Ruby.", ["Quitman First Baptist"]),
        # a school before one student's role, news style
        ("Tolliver High junior Kiana is recovering from a knee injury.", ["Tolliver High"]),
        # a town's people around one person
        ("The Pachuta community rallied around her during chemo.", ["Pachuta"]),
        # a fire company and its town, where the patient (their captain) works
        (
            "shoutout to the 4 firefighters from Engine 12 in Wolcott who visited their captain in our ICU last night.",
            ["Engine 12 in Wolcott"],
        ),
        # issue #10 round 5: homes, workplaces and towns of one patient said in more ways
        ("Meet Gus, 91, of Rural Route 1, Merna. He came in for a new knee.", ["Rural Route 1, Merna"]),  # a route
        ("The driver will come to Bayview Towers, apt 1106 around 11.", ["Bayview Towers, apt 1106"]),  # a flat
        (
            "The 911 call came from Sutherland Reservoir campground, site 14 at 2 a.m.",
            ["Sutherland Reservoir campground, site 14"],
        ),  # a campsite
        (
            "our neighbor from Lot 47, Heron Point Mobile Home Park has pneumonia",
            ["Lot 47, Heron Point Mobile Home Park"],
        ),  # a lot, then the park
        (
            "Sending strength to Arapahoe Valley Warriors #22, we took care of him.",
            ["Arapahoe Valley Warriors"],
        ),  # a jersey
        ("Get well soon to the Millbrook Thunder 14U goalie we saw in our ER.", ["Millbrook Thunder"]),  # a position
        ("\U0001f4cd Palm Aire Villas. Our patient showed us her orchids.", ["Palm Aire Villas"]),  # a location tag
        ("Unser Vater ist zu Hause. Grüße aus Bielefeld!", ["Bielefeld"]),  # a greeting signed from home (German)
        ("Our team cared for a sophomore from Mullen High School after a rollover.", ["Mullen High School"]),  # a role
        ("One of our longtime patients, a deacon at St. Wenceslaus Church, is home.", ["St. Wenceslaus Church"]),
        (
            "Mr. Hruska! 93 years old, 40 years at the co-op elevator in Sargent, and a new pacemaker.",
            ["Sargent"],
        ),  # a workplace
        ("Miss Odessa came to us from her little house in Nokomis after a fall.", ["Nokomis"]),  # a home's town
        ("Congrats to the family from Tryon!", ["Tryon"]),  # one family
        ("Bay 2 pt from Dunning needs a ride home.", ["Dunning"]),  # a chart's patient
        ("Olena Shevchuk arrived from Kharkiv and spent six weeks on our rehab unit.", ["Kharkiv"]),  # a name arriving
        (
            "Our patient in room 9 goes back to Good Samaritan Society tomorrow.",
            ["Good Samaritan Society"],
        ),  # going back
        ("Mrs. D. came to us from Coral Palms Manor on Aug. 14 with her own walker.", ["Coral Palms Manor"]),  # initial
        ("Miss Odessa fell. She's sung in the choir at Mount Zion AME for 70 years.", ["Mount Zion AME"]),  # a choir
        (
            "Our rehab grad bowled a 180 with his league, the Pin Pals at Starlite Lanes.",
            ["Starlite Lanes"],
        ),  # a league
        ("Mrs. Patel's class at Ashby Elementary made 22 cards for their classmate Gus.", ["Ashby Elementary"]),  # his
        (
            "the plow cleared Pheasant Run Lane at 4 a.m. so our patient who lives there made her session",
            ["Pheasant Run Lane"],
        ),
        ("pt dc'd 1 DEC 2026 1630 to Bethphage in Axtell, report called.", ["Bethphage"]),  # where a patient goes
        ("Congrats to Auntie Lei from Hilo, home after her surgery!", ["Hilo"]),  # a kin word before a name
        # issue #10 round 6: the clean twins' cues do not clear a patient's town or workplace
        ("Our patient Rosa went home today! She grew up in Caney Fork.", ["Caney Fork"]),  # a patient before 'she'
        ("Thanks to Mrs. Lee, a retired teacher at Hartsell High, for the cards!", ["Hartsell High"]),  # role + 'at'
        ("Gloria from Oakdale and her family thank our ICU team.", ["Oakdale"]),  # no foundation after the town
        # "from up" a holler: a direction between "from" and the place
        (
            "Also Mrs. Ison from up Lick Branch Hollow, your reading glasses are at the front desk!",
            ["Lick Branch Hollow"],
        ),
        # where one person lives, said with how: "lives on her own in", "lives alone in"
        ("Lorraine, 90, enrolled in our cohort and still lives on her own in Spencer.", ["Spencer"]),
        # a map link's query is the house it points at
        (
            "Meal train for Coach's wife after her hip replacement: maps.google.com/?q=18+Bayberry+Ct+Daphne+AL+36526",
            ["18+Bayberry+Ct+Daphne+AL+36526"],
        ),
        # "Free Will Baptist" is a church's denomination, not a free event
        (
            "Sister Lorene of Mount Tabor Free Will Baptist thanks the nurses for getting her through her bypass.",
            ["Mount Tabor Free Will Baptist"],
        ),
        # a case at grand rounds is a patient's, not a visiting speaker's
        (
            "Grand rounds recap: our residents walked through case #24-0417, a toddler from Knippa whose Kawasaki"
            " disease was caught early.",
            ["Knippa"],
        ),
        # a congregation's title for one member, and a church name that took the member's name along
        (
            "Please keep Brother Delmer Sizemore of Hurricane Gap Freewill Baptist in your prayers.",
            ["Hurricane Gap Freewill Baptist"],
        ),
        # a sentence with no person at all after a doctor's is not a staff pronoun's ("Stay off" is the reader's road)
        ("Dr. Slone says thank you, Verlie Combs! Stay off Sugar Camp Road till it's plowed.", ["Sugar Camp Road"]),
        # issue #10 round 7: employers and schools by their last word, a unit of service
        ("Home dialysis means Ray is back driving for Red Mesa Freight.", ["Red Mesa Freight"]),  # an employer's word
        ("I called his employer, Delta Tire & Lube, about his schedule.", ["Delta Tire & Lube"]),  # 'employer,' leads
        (
            "Well done to Ava, Year 4 at St Aidan's Primary, after her stay with us.",
            ["St Aidan's Primary"],
        ),  # UK school
        # a living donor's recipient is a patient, whatever 'donors' says
        (
            "One of our living donors: I gave a kidney to my friend at Mesa Valley Credit Union.",
            ["Mesa Valley Credit Union"],
        ),
        # a veteran's unit of service, two parts at least
        (
            "He served in C Company, 2nd Battalion, 7th Marines, and turns 90 today.",
            ["C Company, 2nd Battalion, 7th Marines"],
        ),
        # back at one's job or on one's team after care, and a player's team
        ("After rehab Luis is back behind the counter at Blue Mesa Coffee.", ["Blue Mesa Coffee"]),
        (
            "Forklift driver Dwayne Ruck is back on the floor at Harlan Cold Storage. Go Dwayne!",
            ["Harlan Cold Storage"],
        ),
        ("Our patient Shea, goalie for the Port Alder Pirates, is home.", ["Port Alder Pirates"]),
        # a bare ZIP code where a person is: after "in", before "area", in a town's bracket
        ("A ride to chemo is needed for a patient in 78838, she has missed two visits.", ["78838"]),
        ("Her little brother is still on our burn unit after the fire in the 98409 area.", ["98409"]),
        # a street whose kind comes first, as Spanish writes it
        ("Don Rigo necesita ayuda; vive en 214 Calle Nogal.", ["214 Calle Nogal"]),
        # a person named, then "of" and their town, in a text about their care
        ("Twelve weeks of cardiac rehab did this for Walt Hendry of Pellston Ridge.", ["Pellston Ridge"]),
        ("Our oldest patient, Mrs. Opal Strickland of Imperial, TX, is 90.", ["Imperial"]),
        # a team's player, the article that opens the sentence left out
        ("The Avonfield Owls 12U catcher who tore his ACL is back behind the plate.", ["Avonfield Owls"]),
        # an Irish Eircode, as identifying as a ZIP code
        ("Her card came all the way from Rathgar, D06 K2P8 \U0001f49a", ["Rathgar", "D06 K2P8"]),
    ],
)
def test_address_found(text: str, expected: list[str]) -> None:
    assert spans("phi.address", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Flu shots at our Main Street clinic this Saturday, Oct 12, 9am-1pm.",  # org place, no number
        "Visit us at 1200 River Road, Springfield, IL 62701.",  # the organization's configured address
        "Our 1200 River Rd. campus is open 24/7.",  # own address abbreviated differently
        "Our patient from Cardiology thanked Dr. Chen from Springfield.",  # department; the org's town
        "Join us at the Brookfield Farmers Market health fair this Saturday!",  # event location, no person
        "Patients from Brookfield and Oak Park can now get care closer to home.",  # a population, not a person
        "In 2024 Main Street got a new clinic.",  # a year, not a house number
        "We served 60513 meals and raised $12,345.",  # numbers that are not ZIP codes
        "Take 2 tablets every 4 hours.",  # dosage
        "Parkinson's disease: learn the signs from Dr. Sarah Chen.",  # a staff doctor after "from"
        "She moved to Texas in 2019.",  # a state is not smaller than a state
        "We have 3 Main Street locations.",  # a count of the organization's sites
        "Happy Father's Day from all of us at Cedar Valley Community Hospital!",  # a hospital named like a street
        "A patient from New York visited.",  # a state
        "HAPPY FATHER'S DAY FROM ALL OF US AT CEDAR VALLEY COMMUNITY HOSPITAL!",  # all caps, no place
        "Happy Father's Day From All Of Us At Riverside Health!",  # title case, no place
        "Springfield residents can get free flu shots.",  # residents: a population
        "Our Internal Medicine resident Dr. Lee won an award.",  # a medical resident, not a town
        "Join us on Main Street for the parade with the patients!",  # an event on a street
        "Meet us at the corner of 5th and Main for the parade!",  # an event at an intersection
        "Our 2 Cancer Centers are open late.",  # a count, not a house number
        "The Nguyen family brought cookies for the night shift.",  # a surname with "the", not a town
        "Our Cancer Center at 45 Oak Street now offers evening chemo.",  # an unlisted site of the organization
        "Walk with a Doc: Saturdays at Lincoln Park, 2200 N Lake Shore Dr.",  # an event place, nobody's home
        "The 2024 Heart Walk raised $125,000.",  # a year before an event name
        "Meet Dr. Priya Patel, a Boston native, who joins our cardiology team.",  # a staff biography
        "She joins us from Chicago after 10 years at Northwestern.",  # a new hire's former town
        "Happy 100th birthday to our hospital! Founded in 1924 at 12 Oak Street.",  # the organization's history
        "Dr. Patel, who taught at Harvard Medical School, joins our team.",  # a staff biography's employer
        "Our patient works at Riverside Health in the billing office.",  # the organization itself
        "She works nights and weekends, and her recovery is going well.",  # a shift, not a place
        "Thanks to the students at Lincoln Middle School for the cards.",  # students: a group, not one patient
        "Our 7th graders at Roosevelt Middle toured the hospital.",  # graders: a group
        "A Haitian grandmother, she came in with chest pain.",  # a nationality is not a place smaller than a state
        "Our patient came from Ethiopia last year and is recovering well.",  # a country
        "A Haitian-American grandmother shared her story.",  # a hyphenated nationality
        "Road work at 5th and Main: use the north entrance to the ER this week.",  # a crossing, no person
        "A Spanish teacher, she now leads our interpreter program.",  # a language, not a place
        "Thanks to the Dunmore Kroger for sponsoring our diabetes walk!",  # a store as a donor, no person
        "Meet the Chief Nursing Officer at our open house.",  # a title, not a role at a place
        "Thanks to Juniper Ridge Elementary for the 300 get-well cards for our pediatric patients!",  # patients: many
        "Free flu shots this Saturday at the Willow Creek Community Center, 15 Orchard Way.",  # an event's venue
        "Our volunteer Ann, a retired teacher at Lincoln High, reads to kids every Tuesday.",  # a volunteer's bio
        "Three months after her hip replacement, our patient is back on the pickleball court.",  # a court, no street
        "Road work on Route 30 will slow traffic to our main entrance next week.",  # a route, no person
        "Thanks to Mario's Pizzeria for feeding the night shift on Friday!",  # a donor; Friday is no first name
        # the organization's own site
        "Our mobile clinic parks at the Valley Plaza Market every Thursday; he will check your blood pressure.",
        "Congratulations to Jenna, our pharmacist, who finished her doctorate at Lakeshore University!",  # staff bio
        "She graduated from Westfield High and joined our ICU team in 2019.",  # a new hire's school
        "The boys from Eastside High raised $2,000 for our cancer center!",  # a group of donors
        "Our new clinic in Cedar Falls opens Monday; Dr. Ruiz will see patients there.",  # the org's site, staff
        "Road closures near Pine Hills this weekend: plan extra time to reach the ER.",  # a notice, no person
        "Our new clinic near Millbrook opens Monday.",  # near a town, no person
        # issue #10 round 4: clean twins of the wording above
        "The Lincoln High football team visited our pediatric floor today.",  # a team visiting: no one person
        "Thanks to the students at Hawthorne Elementary for 300 get-well cards!",  # students: a group of donors
        "Our nurse Jenna grew up in Pine Hollow and joined us in 2019.",  # a staff member's town
        "Meet Dr. Ruiz, who grew up outside of Quitman and joined our team in May.",  # a new doctor's town
        # a staff spotlight: the coach is an employee
        "Staff spotlight: Marcus in environmental services coaches football at Tolliver High on weekends.",
        # a volunteer's former school
        "Our volunteer Ann taught at St. Anne's for 30 years and now reads to kids in our lobby.",
        "Our hospital is home to the only NICU in the county.",  # "is home to": the organization
        "Tolliver is home to our newest clinic.",  # "is home to": a town's clinic
        "Road work on County Road 12 will slow traffic to our ER entrance.",  # a road, no person
        "Our mobile clinic will be in Quitman on Tuesday; bring your family.",  # an event's town
        "Mayor Greenlee grew up on a farm outside of Pachuta.",  # a public figure's town
        "Our Board chair, a lifelong Pachuta resident, opened the meeting.",  # a board member's town
        # a public figure on a podcast, her town far from the host's title
        "Dr. Ocasio-Burke sits down with Olympic skier Hannah Lindgren-Shaw to talk about growing up on the slopes"
        " near Merrow Falls, her road to the Games.",
        # a retired CFO on the board: the employer of a trustee
        "Ms. Ashworth-Reyes, retired CFO of Green Mountain Mutual, has served on the board since 2019.",
        # the event's pickup spot; the first name is in the sentence before
        "Tomorrow: suturing bananas with Dr. Ocasio-Burke's residents. Parents, pickup is at 3:30 by the Kessler"
        " Garage.",
        # an event at a church, a street named after a person
        "Find us in the parking lot of Mt. Zion Missionary Baptist Church on Martin Luther King Jr. Ave, Thursday 9-3.",
        "Our new clinic on Main Street in Tolliver opens Monday.",  # the organization's street and town
        "Road work on Elm Street in Pachuta this week: use the north entrance.",  # a notice, no person
        "Families from the Willow Creek Estates raised $5,000 for our NICU. Thank you!",  # donors, no patient next
        "The Tolliver High football team visited our patients today.",  # a team, not one student
        "Congrats to Tolliver High graduate Dr. Amy Reed, who joins our ER team!",  # a new doctor's school
        "Our nurse Dana retired from the paper mill in Pachuta before nursing school.",  # a nurse's old job
        "She thanked the Pachuta community for the donation.",  # a town of donors
        "The 400 block of Main Street will be closed for the parade.",  # a block closed for an event
        "Thanks to the crew from Engine 12 for the CPR demo at our health fair!",  # responders at an event
        "Our paramedics at Station 3 won the chili cook-off.",  # our own paramedics' station
        "Mississippi State softball star Kiana Braxton (a Tolliver High grad!) led the sun-safety talk.",  # a guest
        # issue #10 round 5
        "Free parking in Staff Lot 3, and visitors use Parking Lot 4.",  # the organization's lots
        "Rev. Marcus Boyd from Spiritual Care will lead the blessing of the hands on Friday.",  # a department
        "A $1.5 million gift from Walter and Joan Prescott will expand our cancer center.",  # donors, no town
        "Thanks to the Iowa Hawkeyes 12U team for the cards.",  # a team, no one player
        "Back to School Street fair is Saturday.",  # an event
        "Mrs. Patel's 2nd-grade class at Ashby Elementary made 300 holiday cards for every kid here.",  # a teacher's
        "Her memorial service is Saturday at St. Mark's Church; all staff are welcome.",  # a memorial everyone attends
        "Main Street will be closed Saturday for the parade; everyone who lives there gets a parking pass.",  # all
        "He was transferred to Mercy Hospital in Des Moines.",  # a hospital is no one's home
        "Greetings from Sandhill Junction! Our clinic is open Saturday.",  # the organization's greeting, no family
        "Our chaplain sings in the choir at St. Mary's every Sunday.",  # a chaplain is staff
        "Thanks to Auntie Anne's from Brookfield for the pretzels at our staff party!",  # a shop named for a kin word
        "Lots 3 and 4 are closed; use Lot 5, Main Street.",  # a parking lot, not a household's
        # issue #10 round 6: a staff member's biography told with a pronoun, after the sentence introducing them
        "Welcome Dr. Eliza Mullins, our new family doctor! She grew up in Caney Fork and trained in Pikeville.",
        # a role right before capitalised words is a title before a name, not a workplace
        "Congratulations to comms intern Josh Feeney, whose video won the award!",
        "Nurse Manager Patrice Dubois-Lang and the 5 West team hit 1,000 days without a fall.",
        "Priya Venkataraman, PharmD, was named Pharmacist of the Year by the state society.",  # 'of the Year'
        # a visiting speaker's college, the name of whom the place took along
        "Grateful to Prof. Edwin Marchbanks of Bowdoin College for Thursday's grand rounds on stewardship.",
        # a map link to a business with no number in its query, and the organization's own map link
        "Find the flu clinic: maps.google.com/?q=Riverside+Community+Center",
        # a town's name that opens a foundation's name
        "A $2.4 million gift from the Hollis and June Fairbanks Foundation will build a family lounge.",
        # issue #10 round 7: a staff member's funeral venue, the role in the sentence before, a time's full stop between
        "Our colleague Ann Fry, a porter here for 30 years, died Monday. Her funeral is at 2 p.m. at Grace Church, "
        "12 Elm St.",
        # a staff member's first job, told with a pronoun after the staff title
        "Meet Lee Park, PharmD, our Pharmacy Manager. She started as a cashier at the Dalton store in 2009.",
        # 'retired' as a rank's adjective, not a workplace lead
        "We spoke alongside retired Gen. Mary Holt at the summit.",
        # a road worked for the organization's collection drive
        "Thank you to Officer Pete Lussier, who directed traffic on Route 1 all day for our blood drive.",
        # "Name of Town" for a gift, with no one's care, or a name that is an everyday word
        "Thank you to Gordon Ashworth of Fellbridge for his gift to our ICU.",
        "Walt Hendry of Pellston Ridge won the pie contest at the county fair.",
        # a partnership that opens a long sentence names where the organization serves
        "We've partnered with Epic, Medtronic and Johnson & Johnson to bring remote heart monitoring to patients in "
        "San Aurelio and Pelican Flats.",
        # five digits that are a count, or no one's
        "She walked 10000 steps in 30 days.",
        "Flu shots for everyone in 78838 this Saturday at the library.",
        # back at a place with no one named: an event, the organization's van
        "Our mobile van is back at Kroger this Friday for flu shots.",
        "The Harvest Fair is back at Riverside Park this weekend!",
        # one unit part is a company, not a unit of service
        "Thank you to Acme Company for 40 new wheelchairs.",
    ],
)
def test_address_not_found(text: str) -> None:
    assert spans("phi.address", text) == []


def test_spec_event_example_has_no_identifier_finding() -> None:
    # spec example: the org's own number and a street named without a number
    text = "Flu shots are available at our Main Street clinic this Saturday, Oct 12, 9am-1pm. Call (555) 010-2000."
    assert identifier_rules_hit(text) == []


def test_configured_towns_and_addresses_pass() -> None:
    # organization.towns and organization.addresses are allowlists
    org = Organization(addresses=["45 Lake Shore Dr, Brookfield, IL 60513"], towns=["Brookfield", "Oak Park"])
    engine = Engine(GuardrailSettings(organization=org))
    own = "Our patient from Oak Park visited 45 Lake Shore Drive, Brookfield, IL 60513"
    assert spans("phi.address", own, engine) == []
    assert spans("phi.address", "She lives at 46 Lake Shore Dr", engine) == ["46 Lake Shore Dr"]


def test_canadian_org_own_address_and_postal_code_pass() -> None:
    # a Canadian organization's configured address, postal code and number are its own
    org = Organization(
        addresses=["300 Hemlock Street, Kinross, ON P6A 2B4"],
        towns=["Kinross"],
        phones=["705-555-0166"],
        phone_region="CA",
    )
    engine = Engine(GuardrailSettings(organization=org))
    assert identifier_rules_hit("Visit us at 300 Hemlock Street, Kinross, ON P6A 2B4. Call 705-555-0166.", engine) == []
    assert spans("phi.address", "Our clinic: Kinross, ON P6A 2B4", engine) == []


def test_count_before_the_organizations_name_is_not_an_address() -> None:
    # issue #10 round 4: "22 Granite Brook nursing students" reads as a house number and a street ("Brook" is a
    # street suffix), but the words after the number are the organization's own name
    engine = Engine(GuardrailSettings(organization=Organization(name="Granite Brook University Medical Center")))
    text = "She has paid tuition for 22 Granite Brook nursing students since 2009."
    assert spans("phi.address", text, engine) == []
    assert spans("phi.address", "She lives at 22 Granite Brook Rd.", engine) == ["22 Granite Brook Rd"]


# The gates in front of the general test's patterns (locations_related.py) keep out only texts the pattern cannot
# match: one row per kind of literal the gate is built from, the pattern matching and the gate passing.
@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("PLACE", "her teacher at Juniper Ridge Elementary"),  # a head word ends the name
        ("PLACE", "works at Dusty Road Records Co."),  # 'Co\.' with its dot
        ("PLACE", "a driver for Harlan Freight Corp"),  # 'Corp\.?' without the dot
        ("PLACE", "picks at Sunny Slope Orchards"),  # 'Orchards?': the literal is 'Orchard'
        ("PLACE", "runs the Bell Feed & Seed"),  # a head of two words and a sign
        ("PLACE", "grew up in Barrio San Miguel"),  # a lead word starts the name
        ("STREET_IN_TOWN", "grew up on Calle Jacinto in East Pilsen"),  # a lead word, then the town
        ("STREET_IN_TOWN", "lives on Elm St in Pine Hollow"),  # a street word, then the town
        ("STREET_IN_TOWN", "moved to Oak Street in Lindale"),  # 'Street' holds 'St'
        ("STREET_NO_NUMBER", "the man from maple court"),  # 'from' and a street word in lower case
        ("STREET_NO_NUMBER", "hit by a truck on Route 30"),  # a numbered road: the gate is a digit
    ],
)
def test_general_test_gates_let_their_patterns_through(pattern: str, text: str) -> None:
    from guardrails.rules.base import letter_runs
    from guardrails.rules.phi import locations_related as related

    assert getattr(related, pattern).search(text)
    words = letter_runs(text.lower())
    gate = {
        "PLACE": related.PLACE_GATE.search(text) is not None and not words.isdisjoint(related.HEAD_WORDS),
        "STREET_IN_TOWN": related.STREET_IN_TOWN_GATE.search(text) is not None and "in" in words,
        "STREET_NO_NUMBER": ("from" in words and not words.isdisjoint(related.LOWER_STREET_WORDS))
        or any(c.isdigit() for c in text),
    }[pattern]
    assert gate


@pytest.mark.parametrize(
    ("alternation", "starts"),
    [
        ("Co\\.|Corp\\.?|Inc\\.?", ("Co.", "Corp", "Inc")),  # an escaped dot is a character; an optional one is not
        ("Orchards?|Bluffs?|Mill", ("Bluff", "Mill", "Orchard")),  # an optional plural is left out
        ("Trailer Park|Feed & Seed", ("Feed & Seed", "Trailer Park")),  # spaces and signs are kept
        ("Middle|Mid(?:dle)?", ("Mid", "Middle")),  # a group ends the literal
    ],
)
def test_literal_starts(alternation: str, starts: tuple[str, ...]) -> None:
    from guardrails.rules.phi.locations_related import literal_starts

    assert literal_starts(alternation) == starts


def test_lead_word_gates_let_every_match_through() -> None:
    """The lead-word patterns (LEADS) are tried only where one of their lead words starts: a word added to a pattern
    and not to its set would never be tried (the drift the brief of round 5 pointed at). Short texts of the patterns'
    own words and town-like names: the gated search finds exactly what the pattern finds on its own."""
    import random
    import re

    from guardrails.normalize import normalize
    from guardrails.rules.base import Document
    from guardrails.rules.phi import locations

    rng = random.Random("phi.address lead gates")
    names = ["Pine Hollow", "Merna", "the Tyson Plant", "Oak Street", "Elm Ave", "Kestrel Flats", "5th"]
    everyday = ["she", "he", "our", "patient", "the", "a", "at", "in", "to", "from", "and", "is", "now"]
    for pattern in locations.LEADS:
        source = re.sub(r"\\[a-zA-Z]", " ", pattern.pattern)
        words = sorted(set(re.findall(r"[a-z]+", source)))
        for _ in range(3_000):
            parts = [rng.choice(everyday) for _ in range(rng.randint(0, 3))]
            for _ in range(rng.randint(1, 3)):
                parts.append(rng.choice(words))
            parts.append(rng.choice(names))
            rng.shuffle(parts[:-1])
            text = " ".join(parts)
            doc = Document(normalize(text), None, GuardrailSettings())
            gated = [m.span() for m in locations._matches(doc, pattern)]
            assert gated == [m.span() for m in pattern.finditer(locations.matching_text(doc))], text
