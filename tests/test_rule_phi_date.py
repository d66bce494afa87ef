"""phi.date: a date tied to a person (birth, admission, discharge, surgery, death, visit), never an event's."""

from __future__ import annotations

import pytest

from guardrails import Engine, GuardrailSettings
from guardrails.model import FixKind, Severity
from tests.phi_rule_cases import spans

ENGINE = Engine(GuardrailSettings())


def dates(text: str) -> list[str]:
    """The original text of every phi.date finding, its offsets and redaction tag checked."""
    return spans("phi.date", text, ENGINE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the spec's birth date, numeric
        ("She was born 04/12/1961 in this very hospital.", ["04/12/1961"]),
        # the spec's admission date, with an ordinal
        ("He was admitted on March 3rd with chest pain.", ["March 3rd"]),
        # the spec's discharge date without a year
        ("Discharged 3/14 after a long stay in the ICU.", ["3/14"]),
        # the spec's DOB label with an ISO date
        ("DOB: 1961-04-12", ["1961-04-12"]),
        # a surgery date with a pronoun
        ("Her surgery on May 2, 2023 went well.", ["May 2, 2023"]),
        # a surgery date without one
        ("Update from the family: surgery on the 24th of January went well!", ["24th of January"]),
        # a date of death
        ("He passed away on January 5 surrounded by family.", ["January 5"]),
        # a month and a year of birth: a date element, unlike a year alone
        ("Born in March 1961, Rose still gardens every day.", ["March 1961"]),
        # a visit with a hyphenated word in between
        ("Reminder: your follow-up visit is on 10/24/76.", ["10/24/76"]),
        # the person event after the date
        ("We first met this brave girl on June 11, the day of her diagnosis.", ["June 11"]),
        # a European date with dots
        ("Her surgery on 27.10.2007 was the first of its kind here.", ["27.10.2007"]),
        # a birth label after the date
        ("Rose (04/12/1931 (DOB)) is our oldest volunteer.", ["04/12/1931"]),
        # full-width digits are folded for matching, the span still covers them
        (
            "Her surgery is on \uff11\uff19\uff13\uff13\uff0d\uff10\uff17\uff0d\uff12\uff13.",
            ["\uff11\uff19\uff13\uff13\uff0d\uff10\uff17\uff0d\uff12\uff13"],
        ),
        # ISO date after a surgery word
        ("Her surgery was 2024-07-09 and she is home now.", ["2024-07-09"]),
        # chart style day-month-year with no separators
        ("Admitted 09SEP24 with pneumonia, now home.", ["09SEP24"]),
        # chart style with dashes and a four-digit year
        ("Seen in clinic 12-MAR-2024 for follow-up.", ["12-MAR-2024"]),
        # a bare month/day after chart shorthand for diagnosed
        ("Dx'd 3/14 and already back at work.", ["3/14"]),
        # "admit" as a noun before a bare date, and the discharge after it
        ("Admit 3/14, discharged 3/20.", ["3/14", "3/20"]),
        # a clinical word written right before the date, chart style
        ("Surgery 3/14 went great.", ["3/14"]),
        # seen and delivered before a bare date
        ("Seen 3/14 in clinic and delivered 3/20 by our midwives.", ["3/14", "3/20"]),
        # ordinals with no month: the day of an admission and of going home
        ("She was admitted on the 4th and went home on the 9th.", ["the 4th", "the 9th"]),
        # a spelled ordinal with its month, the full stop left out of the span
        ("He had surgery on the fourteenth of March.", ["the fourteenth of March"]),
        # a spelled ordinal with no month
        ("He was admitted on the fourth and is doing great.", ["on the fourth"]),
        # a zero-width space inside an ISO date: removed for matching, the span covers it
        ("Her surgery on 2024-07-\u200b09 went well.", ["2024-07-\u200b09"]),
        # a zero-width space between month and day, with a zero-padded day
        ("Born May\u200b 02, 2005, our little fighter is back.", ["May\u200b 02, 2005"]),
        # a holiday with a year is a month and a day; the procedure is a word ending in -pass
        ("He had his bypass on Valentine's Day 2024 and still brings us roses.", ["Valentine's Day 2024"]),
        # an -ectomy is a procedure too
        ("Her mastectomy was on June 3 and she rang the bell in May.", ["June 3"]),
        # one person's surgery, however long the sentence runs before the date
        ("Mr. K's surgery went from scheduled to done on 2024-07-09.", ["2024-07-09"]),
        # walking out of the hospital is a discharge
        ("He was admitted on the 3rd and walked out on the 10th, cane and all.", ["the 3rd", "the 10th"]),
        # a chart label with "date" and a dash
        ("Surgery date - 3/14, and he's already golfing.", ["3/14"]),
        # one person's ER visit
        ("His ER visit on 7/4 ended with 6 stitches.", ["7/4"]),
        # Santa's visit is an event
        ("Santa's visit on 12/14 to the pediatric floor was magical.", []),
        # the person event right after the date: her new heart
        ("Five years ago today, on 6/12/2019, Lena got her new heart.", ["6/12/2019"]),
        # a birthday told as the age one turned on a date
        ("I turned 45 on 07/08/2023.", ["07/08/2023"]),
        # the clinic's anniversary is not a person's
        ("The clinic turned 5 on 3/14 and we celebrated.", []),
        # a clinician's milestone is not a patient's date
        ("Dr. Ortiz delivered her 1,000th baby on 3/14!", []),
        # a named baby's delivery is
        ("Dr. Ortiz delivered baby Ava on 3/14!", ["3/14"]),
        # seen on the news is not seen in clinic
        ("Dr. Nguyen was seen on CNN on 3/14 discussing flu season.", []),
        # the unit's birthday is the organization's
        ("Our NICU nurses celebrated the unit's 25th birthday on March 3rd.", []),
        # a child's birthday is hers
        ("Her 5th birthday is on March 3rd and she'll be home for it!", ["March 3rd"]),
        # free admission on a date is an event's
        ("Free admission on May 3 to our health fair.", []),
        # a holiday as a visit date is not tied to anyone without a person event
        ("Join us on Valentine's Day for free heart screenings.", []),
        # the 4th floor is a place, and the surgery team's move is not a person event
        ("Our surgery team moved to the 4th floor on the 3rd of June.", []),
        # free admission is an event's, not a patient's admission
        ("Free admission March 3 to the health fair.", []),
        # Independence Day is a holiday, not a person's date
        ("We celebrate the Fourth of July with our patients.", []),
        # a photo op and a walk are events
        ("Photo op March 3 with the NICU graduates! Stroke Walk May 3 at the park.", []),
        # the spec's event example: an event date and opening hours are not PHI
        ("Flu shots are available at our Main Street clinic this Saturday, Oct 12, 9am-1pm.", []),
        # an awareness month and an event date
        ("October is Breast Cancer Awareness Month. Join us Oct 12 for the walk.", []),
        # a publication date and a facility opening
        ("Published March 3, 2024. Our surgery center opens May 5.", []),
        # a year alone is not a date element Safe Harbor removes
        ("She was born in 1961 and still volunteers every week.", []),
        # a fraction and a score are not dates
        ("Only 1/3 of adults get enough sleep; our ratings are 4.8/5.", []),
        # an awareness day
        ("World Hand Hygiene Day is May 5: wash those hands!", []),
        # issue #10 round 3, the general test: a date in one sentence with a person's event and the person,
        # whatever the order of the words
        # a replacement, the date after the event and a name before it
        ("Mrs. Okafor's knee was replaced on 14/02/2024 and she is dancing again.", ["14/02/2024"]),
        # a diagnosis heard, the date first and a name as the only person
        ("On the 3rd of March Tomas Reyes learned he had leukemia; today he rang the bell.", ["3rd of March"]),
        # a fracture on a bare ordinal
        ("Our friend Sam broke his hip on the 9th and is already up walking.", ["the 9th"]),
        # 'p.m.' does not end the sentence, so the birth and the baby stay together
        ("Bed 4's baby was born at 2:14 p.m. on Oct. 6 weighing 8 lb.", ["Oct. 6"]),
        # a month and year of a stroke
        ("His stroke came in May 2023; this spring he ran a 10k.", ["May 2023"]),
        # a stay as a range, 'Dec' abbreviations inside the sentence
        ("Grandma Rosa spent Dec 2 through Dec 19 with us on the cardiac unit.", ["Dec 2", "Dec 19"]),
        # spaces around the separators of a birth date
        ("DOB 11 / 02 / 2017 on the consent form", ["11 / 02 / 2017"]),
        # one person's timeline: the second date needs only its event
        ("Admitted 3/2 at 24 weeks. Home 6/30 at 5 lb.", ["3/2", "6/30"]),
        # the organization's dates stay clear whatever event and person words they hold
        ("Join us on May 14th for a free blood pressure screening at our heart clinic.", []),  # an event
        ("Our cancer center opened its new wing on June 3, 2024 with a ribbon cutting.", []),  # an opening
        ("National Cancer Survivors Day is June 2: we celebrate every patient in our care.", []),  # awareness day
        ("Dr. Patel joined our surgery team on 9/1 and has already done 100 knee replacements.", []),  # a new hire
        ("Flu clinic dates: 10/3 and 10/10 for patients and families.", []),  # clinic days
        ("Our study of 200 heart attack patients, published 4/2/2024, found faster care saves lives.", []),  # a paper
        ("The ICU will be closed to visitors on Dec 24 for cleaning; patients stay in place.", []),  # a closure
        ("THREAD 2/5: his surgery went well.", []),  # a thread's count is no date
        ("Our patient got home just in time for Thanksgiving.", []),  # a holiday with no year is everyone's
        ("Our 1952 building was replaced on 3/4/1990 by the new tower.", []),  # a building's event, no person
        ("Teo rang the bell on Friday, Sept 6 after 30 rounds of radiation!", ["Sept 6"]),  # a name as the subject
        ("Remembering Ava, who earned her wings on 10/02/2022.", ["10/02/2022"]),  # a death said gently
        ("Our little fighter came into the world on the 3rd of June, 2024.", ["3rd of June, 2024"]),  # a birth
        ("Our NICU celebrated its 30th birthday on Oct 2, 2024!", []),  # the unit's birthday
        ("Our heart transplant program performed its 100th transplant on June 1, 2023.", []),  # a program's count
        ("Baby Friendly designation renewed on 3/3/2024 for our birth center!", []),  # an award
        ("Blood drive on 7/12: every donation helps a patient in our trauma center.", []),  # a drive
        ("Maria joined our oncology team on 6/1 after 10 years in Boston.", []),  # a new hire
        ("His surgery was in March of 2023.", ["March of 2023"]),  # a month 'of' a year
        ("She was discharged on Sat. 9/14.", ["9/14"]),  # a weekday's abbreviation does not end the sentence
        ("The hospital opened in May of 1952.", []),  # an opening's month and year
        # an event word earlier in the sentence makes even a person-event date the event's day
        ("Join our free class on joint replacement surgery on May 3 at 6 pm.", []),  # a class about surgery
        ("Our annual NICU reunion for babies born in our unit is on Sept 14.", []),  # a reunion of those born here
        ("Heart transplant survivors picnic is on Aug 3 at Riverside Park.", []),  # a picnic
        ("Mr. Diaz had his surgery on 5/3 and his story was published in our newsletter.", ["5/3"]),  # said after
        # issue #10 round 4: holidays, ordinals and ISO dates of one patient's event in more wordings
        ("since his Halloween admission", ["Halloween"]),  # a holiday before one person's event noun
        ("On Christmas Eve he was rushed in after a fall.", ["Christmas Eve"]),  # rushed in, right after the date
        ("Thanksgiving morning, Ray's heart stopped in our ER lobby.", ["Thanksgiving"]),  # a holiday opening it
        ("Tommy's been in since Halloween.", ["Halloween"]),  # a first name owning the stay, "since" a holiday
        ("She rang the bell on the twenty-first!", ["on the twenty-first"]),  # a spelled ordinal day
        ("Our patient Maria had her gallbladder out on 2024-06-11.", ["2024-06-11"]),  # an organ out, ISO date
        ("Last Tuesday the 9th, Ms. Dot finally walked the whole hallway.", ["the 9th"]),  # a recovery milestone
        ("Ruth's knee replacement on March 3 went perfectly.", ["March 3"]),  # a name's knee replacement
        ("Our patient Jenna had her baby on March 3!", ["March 3"]),  # a birth said as having a baby
        ("He came to us New Year's Eve after the crash on Route 9.", ["New Year's Eve"]),  # came to us
        # the story goes on: a later sentence about the same person needs no event word of its own
        (
            "The biopsy came back on March 1 for her. On Feb. 9, 2024, Dr. Lind sat with Marisol and her husband.",
            ["March 1", "Feb. 9, 2024"],
        ),
        # "two years ago today" and "his second chance": one person's transplant anniversary
        ("'Two years ago today (12.04.2024) my husband Lyle got his second chance.'", ["12.04.2024"]),
        # clean twins: a colleague's, a doctor's or the CEO's day, a crowd, the organization's holiday
        ("Remembering our colleague Nurse Ann, who passed away on March 2.", []),  # a staff memorial
        ("Happy birthday to our CEO, Jane Doe, who turns 50 on April 5!", []),  # a staff birthday
        ("Happy birthday to Dr. Ruiz, who turns 60 on the 14th!", []),  # a doctor's birthday
        ("In loving memory of Dr. Harold Greene, who died on June 9.", []),  # a doctor's death
        ("Dr. Lee performed the hospital's first robotic surgery on April 2, 2010.", []),  # a clinician's milestone
        ("Our maternity ward welcomed 14 babies on Valentine's Day!", []),  # a crowd of babies
        ("Dr. Lee performed her surgery on April 2 and she's already home.", ["April 2"]),  # but a patient's surgery
        ("On Christmas Eve our choir walked the halls singing carols.", []),  # a holiday event
        ("Julia's team walked the Heart Walk on May 3.", []),  # a walk event, a name's team
        ("The patient portal has been down since the 2nd; we're sorry.", []),  # the organization's outage
        ("Our ER admitted 47 patients on New Year's Day, a record.", []),  # a crowd of patients, no one person
        ("Patients can now book MRI appointments on Saturdays starting March 1.", []),  # the public, a service date
        ("We admitted 3 patients on March 1, and she was the first.", ["March 1"]),  # but one of them singled out
        # issue #10 round 5: a patient's day in more words, and days that are nobody's
        ("Our patient Dottie celebrated on her 90th birthday with the night shift.", ["on her 90th birthday"]),  # owned
        ("Grandpa Joe went home on his birthday!", ["on his birthday"]),  # a birthday names a month and a day
        ("Come celebrate on our 25th birthday!", []),  # the organization's birthday is no one's date of birth
        ("Her surgery was on 2024-03-14T08:30.", ["2024-03-14"]),  # an ISO date with its time glued on
        ("huge congrats to dylan who graduated drug court AND our IOP on 12/2!!", ["12/2"]),  # treatment completed
        ("He completed detox on May 3 and never looked back.", ["May 3"]),  # detox done: a discharge
        ("Nurse Ann graduated from our nurse residency program on May 3.", []),  # a residency graduates staff
        ("Congratulations to all 12 graduates who finished our IOP on May 3!", []),  # a crowd of graduates
        ("Charge nurse Jo's nanay had her knee replaced here on Nov 18.", ["Nov 18"]),  # a staff member's mother
        ("Santa visited our NICU on Christmas Eve and handed out stockings.", []),  # a hosted visit, nobody's day
        ("Our mascot stopped by Peds on Dec 3 to visit the kids.", []),  # a mascot's visit
        ("Santa visited Maria in the NICU on Christmas Eve, the night she was born.", ["Christmas Eve"]),  # her birth
        ("Holiday hours: our ER is open 24/7 at 95 Kamehameha Loop.", []),  # round the clock; a street is no name
        ("She was admitted on 24/7/2023 after the crash.", ["24/7/2023"]),  # but a full date starting 24/7 is one
        ("Mrs. D. came to us from Palm Manor on Aug. 14 and left walking.", ["Aug. 14"]),  # an initial's full stop
        ("One of our longtime patients was flown to Omaha on Sunday, Nov. 30.", ["Nov. 30"]),  # one of many, flown
        ("Our team cared for a sophomore after a rollover on Nov. 21.", ["Nov. 21"]),  # someone cared for, a crash
        ("Swipe: his foot wound on Sept 2 vs. today.", ["Sept 2"]),  # one person's wound on a day
        ("dc summary faxed. dc 2026-12-03, f/u 2026-12-17 w ortho.", ["2026-12-03", "2026-12-17"]),  # chart shorthand
        ("Unser Vater (92) wurde am 04.12.2026 entlassen.", ["04.12.2026"]),  # German: discharged
        ("A year ago he came in for a triple bypass the day after Easter.", ["Easter"]),  # a day counted from a holiday
        ("Join us the day after Easter for our egg hunt in the lobby.", []),  # an event's day
        ("Join us for a birthday party on the lawn, Saturday, April 4.", []),  # the organization's party
        ("Our ER sees 40 patients a day; the new wing came in under budget on March 3.", []),  # a building's day
        ("Admitted 141530ZDEC24 per the flight log, he was intubated en route.", ["141530ZDEC24"]),  # military DTG
        ("DOB 19610314.", ["19610314"]),  # ISO without separators after a birth label
        ("Order 20240314 shipped to the patient.", []),  # eight digits with no person event: an order number
        ("Our ER team took care of him after Friday's game.", ["Friday's"]),  # a weekday owned by its game
        ("we saw him in our ER after last Saturday's game", ["last Saturday's"]),  # last Saturday's
        ("Join us for Friday's game against the Hawks!", []),  # an event's weekday
        ("Friday's flu clinic is open to all patients.", []),  # a clinic day
        ("Our ER came in first place in the county's patient safety rankings on Nov. 3.", []),  # a ranking's day
        # issue #10 round 6: the event word after the date, other languages, other shapes, the clause decides
        ("Our patient Lula, born June 14, 1925, had a party.", ["June 14, 1925"]),  # the party is in another clause
        ("Join our webinar for parents whose baby was born early, on May 3.", []),  # the webinar's day
        ("Save the date: our picnic, for all who had heart surgery with us, is Aug 12.", []),  # the picnic's day
        ("Teo's party RSVPs so far: Ivy, the Sorensons, baby Teo (his first birthday is the 14th!)", ["the 14th"]),
        ("5 years ago tonight (Dec 5, 2021) our triplets were born. Come to the reunion!", ["Dec 5, 2021"]),  # after
        # the triplets' day: the reunion is in the same long sentence but not in the date's clause
        (
            "10 years ago tonight (Dec 5, 2016) our triplets Ada, Bo & Cy were born here ❄️ see you at the reunion!",
            ["Dec 5, 2016"],
        ),
        ("The 5K for kids with cancer is on June 7; her son ran it after his surgery.", []),  # the race's clause
        ("Mr. Lee presented 10/04/2026 with jaundice.", ["10/04/2026"]),  # a patient's presentation
        ("Case for rounds: 58F, presented on 3/2 with chest pain.", ["3/2"]),  # age-sex shorthand as the person
        ("Dr. Patel presented her research at the conference on May 3.", []),  # a clinician's talk
        ("CRI-22-1193-014 withdrew consent 11/30/26.", ["11/30/26"]),  # a study participant's step
        ("Enrollment for the prevention class opens 11/30/26.", []),  # a class opening, nobody's step
        ("Subject KTX-104-0031 was randomized on 2026-02-03.", ["2026-02-03"]),  # a participant randomized
        ("first pt i ever pronounced was mrs. ruiz, on the ninth of may.", ["the ninth of may"]),  # a death called
        ("my client due the twenty-third of December is so ready", ["the twenty-third of December"]),  # a due date
        ("Applications due March 1 for the nursing scholarship.", []),  # a deadline is no one's due date
        ("born 1 2 / 0 3 / 2 0 2 5 at 2 lb", ["1 2 / 0 3 / 2 0 2 5"]),  # every digit spaced out
        ("A pequena Luna nasceu dia 28 de novembro aqui.", ["28 de novembro"]),  # Portuguese: born
        ("Ipinanganak 3:10 ng madaling araw, Nobyembre 27, dito sa Birth Center.", ["Nobyembre 27"]),  # Tagalog
        ("Ilmaha oo dhashay 3da Oktoobar waa fiican yihiin.", ["3da Oktoobar"]),  # Somali: born on the 3rd
        ("Apre operasyon jenou li 14 oktòb, li retounen.", ["14 oktòb"]),  # Haitian Creole: after his operation
        ("Mr. Hale passed peacefully on our unit Thanksgiving morning.", ["Thanksgiving"]),  # a holiday's morning
        ("Come to our Thanksgiving morning 5K on Nov 26, everyone welcome.", []),  # a race on a holiday
        ("After Dad's spinal fusion on Nov 20 the whole crew came by.", ["Nov 20"]),  # a named procedure
        ("surgery set for Dec 9 w/ Dr. Tran, prayers up for our QB", ["Dec 9"]),  # with a doctor: care, not staff
        ("I had my baby here on the 2nd and the nurses were amazing.", ["the 2nd"]),  # my baby
        ("Florence Nightingale was born on May 12, 1820, and we honor her birthday.", []),  # history
        ("Notre patient M. Roy, opéré le 4 décembre, remercie l'équipe.", ["4 décembre"]),  # French: operated
        ("Madanm mwen te akouche 9 novanm lopital la.", ["9 novanm"]),  # Haitian Creole: gave birth
        ("Aabahay waxaa la qalay 5da Disembar.", ["5da Disembar"]),  # Somali: was operated on
        ("my frequent flyer signed out AMA on 2026-11-30, back by ambulance 2026-12-02", ["2026-11-30", "2026-12-02"]),
        ("Mamaw went to be with the Lord on the ninth of May.", ["the ninth of May"]),  # a death as families say it
        ("Thanksgiving morning hours: the ER is open as always; the lab is closed.", []),  # a holiday's hours
        ("1 DEC 2026: our new ambulance garage is officially open.", []),  # an ambulance that carried no one
        ("Ed Moss, our head of security for 20 years, passed away May 2.", []),  # a staff member's death
        ("Ed Moss, a patient of our dialysis unit for 9 years, passed away May 2.", ["May 2"]),  # a patient's
        # a funeral's arrangements name the previous sentence's person: here a founding physician
        ("We mourn Dr. Ana Ruiz, who founded our clinic. Visitation is Fri Dec 11 at the chapel.", []),
        ("Admission date: 12/27/1962. Discharge pending.", ["12/27/1962"]),  # a chart line: no farewell, no staff
        ("shes been on our unit since the 3rd and goes home tmrw", ["the 3rd"]),  # 'shes' without its apostrophe
        # no person, and an emoji does not end the clause: the reunion's day
        ("Join our reunion 🎉 for babies born in our NICU on May 3!", []),
        ("She's been with us since March 2019 as our unit secretary.", []),  # a staff member's start date
        (
            "On the Fourth of July, a 9-year-old came into our ER with burns.",
            ["the Fourth of July"],
        ),  # a holiday's injury
        # a person's initials do not end the sentence: the transplant and the pronoun are in it
        ("My favorite transplant call came for T.W. at 3 a.m. on Christmas morning, and he cried.", ["Christmas"]),
        # "when" opens the clause of what happened then: the donation word before it is not the date's
        ("We said yes to donation when we lost our daughter Mia on March 4, 2022.", ["March 4, 2022"]),
        # "and today" opens a new clause: the party is today's, not the date's
        ("Ivy has had dialysis here since May 5, 2023 and today the unit threw her a party.", ["May 5, 2023"]),
        # an organ donor is one patient, not a gift to the organization, where organs are spoken of
        ("Kidney transplant anniversary wall: Tom (2 yrs, Jan 8), both living donors beside him.", ["Jan 8"]),
        # a donation drive's donors still clear
        ("Thank you to our donors: the toy drive ends on Dec 12!", []),
        # a living donor's gift is one person's surgery, even to a coworker
        ("I gave a kidney to my coworker Abe Lund on 4/3/25 and we're both fine.", ["4/3/25"]),
        # a first name and an initial are a person
        ("Caption: Rhonda K., home hemo since 3/2/24.", ["3/2/24"]),
        # a capitalised pair before a place word is the place's name, not a person's
        ("Our physios run a free injury clinic evening on 16/12 at Moor Side Community Hospital.", []),
        # a list joined by middle dots is one sentence under its heading
        ("Transplant birthdays this week: Ann (Dec 2) · Big Lou (Dec 5)", ["Dec 2", "Dec 5"]),
        # one person's story told in another sentence ties a date in a sentence that holds the person
        ("I sat with an old man on the night of May 8. He asked for a hymn. He died at dawn.", ["May 8"]),
        # ...but not when the story's person is a staff member, named in the sentence before the pronoun
        (
            "Dr. Ann Holm, our first neonatologist, died on May 3. She built the NICU. "
            "A celebration of her life is on June 1.",
            [],
        ),
        # a staff member's death told with a pronoun: the role is in the sentence before
        ("Farewell to Jo Tate, RN, who cared for our dialysis patients for 20 years. She passed on May 9.", []),
        # a ceremony and a group's meeting are the organization's day
        ("Ribbon cutting for the Ada Kemp Transplant Wing: Tuesday, March 10, at 10 a.m.", []),
        ("NICU parents group meets on the 14th, 6 pm, in the family room.", []),
        # a lower-case first name as the subject of the story's event; not an everyday word that is also a name
        ("a year ago marisol was on dialysis. on june 6th she got the call.", ["june 6th"]),
        ("a year ago will was on the dialysis committee. on june 6th she got the call.", []),
        # a month and a year in digits, and a treatment one lives on
        ("Guest speaker: our patient Al Marsh, on oxygen since 5/2019 and still hunting.", ["5/2019"]),
        ("Our 3/2020 newsletter is online.", []),  # a month and a year with no one's event
        # one person's own event ties the story, whatever staff word is near; a course's last session is an event
        (
            "Happy retirement to Ruthie, who wasnt staff — she just got her kidney transplant!! last session was 11/20",
            ["11/20"],
        ),
        # a reply to a named reader about their own visit
        ("Hi Lorena, we're so sorry your visit to our emergency department on Nov 28 took so long.", ["Nov 28"]),
        ("Hi everyone, your ideas for the Nov 28 open house are welcome.", []),  # no one reader, an event
        # a capitalised pair ending on a building's part is a place, not a person
        ("The Orca Wing elevators will be replaced one at a time starting January 5.", []),
    ],
)
def test_date_findings(text: str, expected: list[str]) -> None:
    assert dates(text) == expected


def test_date_finding_blocks_and_redacts() -> None:
    report = ENGINE.check("DOB: 1961-04-12")
    finding = next(f for f in report.findings if f.rule == "phi.date")
    assert finding.severity is Severity.BLOCK
    assert finding.fix is FixKind.REDACT
    assert report.fixed_text == "DOB: [DATE]"
