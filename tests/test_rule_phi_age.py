"""phi.age: one person's age over 89. Ages up to 89, population statements and the ages of things pass.

"people over 90", "adults 90 and older", "ages 90+" are population statements and are themselves Safe Harbor's
"90 or older" aggregate, so they are not flagged.
"""

from __future__ import annotations

import pytest

from guardrails import Engine, GuardrailSettings
from guardrails.model import FixKind, Severity
from tests.phi_rule_cases import spans

ENGINE = Engine(GuardrailSettings())


def ages(text: str) -> list[str]:
    """The original text of every phi.age finding, its offsets and redaction tag checked."""
    return spans("phi.age", text, ENGINE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the spec's example: the number is the span
        ("Our 97-year-old patient celebrated her birthday on the cardiac ward, room 4B.", ["97"]),
        # the spec's "a 94-year-old patient"
        ("A 94-year-old patient walked out of the ICU today.", ["94"]),
        # the spec's "aged 101"
        ("Rose, aged 101, still does her crossword every morning.", ["101"]),
        # turning an age
        ("Walter turns 92 on Sunday!", ["92"]),
        # "our 100-year-old" with no noun after it
        ("Happy birthday to our 100-year-old!", ["100"]),
        # a name, then the age between commas
        ("Rose, 94, thanked her nurses.", ["94"]),
        # an ordinal birthday
        ("She celebrated her 103rd birthday in our rehab gym.", ["103rd"]),
        # ages in words
        ("This ninety-three-year-old veteran got his flu shot with us today.", ["ninety-three"]),
        # a hundred and one in words
        ("Our oldest patient ever: a one hundred and one-year-old great-grandmother!", ["one hundred and one"]),
        # "96yo" as people type it
        ("A patient, 96yo, completed cardiac rehab this week.", ["96"]),
        # "at 94," at the start of a sentence
        ("At 94, Ruthie still beats our therapists at checkers.", ["94"]),
        # a person's "who is 104"
        ("Happy birthday to our patient Edna, who is 104 today!", ["104"]),
        # a centenarian tied to a person
        ("Meet our centenarian patient, a retired teacher.", ["centenarian"]),
        # a Cyrillic o inside "yo" and full-width digits: folded, offsets on the original
        ("Our patient is \uff11\uff10\uff16\u0443\u043e and still walks two miles a day.", ["\uff11\uff10\uff16"]),
        # 89 is allowed by Safe Harbor
        ("An 89-year-old patient rang the bell today.", []),
        # the spec's population range
        ("Adults 65 and older should get a flu shot.", []),
        # people over 90: a population statement, the Safe Harbor aggregate itself
        ("People over 90 should ask about a high-dose vaccine. Adults 90 and older, too.", []),
        # ages 90+ and a plural
        ("Ages 90+ welcome at the seniors' lunch. Centenarians share their secrets.", []),
        # the age of a building and of the organization
        ("Our 100-year-old building gets a new roof. Riverside Health turns 100 this year!", []),
        # a building named after a person has birthdays too
        ("Happy 100th birthday, Whitman Hall! Built in 1926 and still serving patients.", []),
        # a fund's birthday
        ("Happy 100th birthday to our founder's legacy fund!", []),
        # a hall as the subject
        ("Whitman Hall turns 100 this year!", []),
        # a person's 100th birthday with a title
        ("Happy 100th birthday, Mrs. Ames! Our nurses threw her a party.", ["100th"]),
        # a patient in a wing still has her own age
        ("Our patient in the Whitman wing turns 100 today!", ["100"]),
        # a number that is not an age
        ("Over 95 volunteers joined the 5K, and 120 runners finished.", []),
        # Spanish words before "años" (read without the accent)
        ("Nuestra paciente de noventa y tres años ya está en casa.", ["noventa y tres"]),
        # Vietnamese digits before "tuổi"
        ("Bà cụ 95 tuổi đã xuất viện khỏe mạnh.", ["95"]),
        # a Spanish age between commas, a hospital later in the sentence: the señora is the person
        ("La señora, de 96 años, salió del hospital caminando.", ["96"]),
        # a Spanish population ("older than 90 years"): the Safe Harbor aggregate
        ("Los pacientes mayores de 90 años reciben visitas en casa.", []),
        # "now a hundred and one" between commas after a name
        ("Grandma Rose, now a hundred and one, went home after pneumonia.", ["a hundred and one"]),
        # an age in brackets after a name
        ("Ruth (98) went home from our ICU on Friday.", ["98"]),
        # an age still to come is one person's age too
        ("Our patient, who will be 91 next month, is walking again.", ["91"]),
        # "ninety-five percent" is a share, not an age
        ("Ninety-five percent of our families would recommend our NICU.", []),
        # "Doña" is a person: the hospital after the age is where, not whose
        ("Doña Carmen cumplió cien años en nuestro hospital.", ["cien"]),
        # issue #10 round 3: any age over 89 of one person, however it is said
        # the age as the complement of "is", a relative just before it, in words
        ("Great-grandpa Walt is ninety-four and still beats the whole PT team at cards.", ["ninety-four"]),
        # "was 97 when": the clause ends after the number
        ("My aunt was 97 when she finally agreed to hearing aids.", ["97"]),
        # 89 is allowed, said the same way
        ("Our volunteer grandma is 89 and counting!", []),
        # an ordinal owned by one person with no "birthday"
        ("Her 101st came with a cake shaped like a walker.", ["101st"]),
        # a decade over 89 said of one person
        ("Mom is in her mid-90s and sharp as ever, thanks to your home care team.", ["90s"]),
        # "the late 90s" is an era, not an age
        ("Hits from the late 90s on the radio all day in rehab.", []),
        # a building's age as a complement: no person before it
        ("Our hospital is 95 this year, and we are still growing.", []),
        # the hundred emoji as years, the person in the next sentence
        ("\U0001f4af years young! Our friend Ruth went home from 3 West today.", ["\U0001f4af"]),
        # the hundred emoji as "totally", no years
        ("\U0001f4af agree with this advice: get your flu shot.", []),
        # Tagalog "taon" (years)
        ("Salamat, Lola! 96 taon and still dancing.", ["96"]),
        # a score as a complement, no person
        ("The survey score is 94 and rising.", []),
        # a population's decade
        ("People in their 90s need their vaccines too.", []),
        # a reading after "is"/"was", even one of hers: a measurement, not an age
        ("Her oxygen level was 94 and climbing.", []),
        ("His score is 92.", []),
        # a weight after the number
        ("She was 95 pounds at admission.", []),
        # "her 100th" that counts deliveries, not years
        ("Congrats to midwife Ana on her 100th delivery!", []),
        # "his 90th" on its own is his birthday
        ("He celebrated his 90th with the whole floor.", ["90th"]),
        # issue #10 round 4: ages over 89 said in more ways and languages
        ("Happy 102nd to our patient Mrs. Lee!", ["102nd"]),  # "happy" and an ordinal, a person near
        ("She's a spry 93.", ["93"]),  # an adjective before the number
        ("He has been alive for 99 years and says the secret is buttermilk.", ["99"]),  # alive for N years
        ("A 90-something grandmother walked out on her own.", ["90-something"]),  # a decade over 89 of one person
        ("Mrs. Ruiz, who just celebrated her century, went home today.", ["century"]),  # turned 100
        ("Our 92-y/o patient went home.", ["92"]),  # y/o after a hyphen
        ("He'll be 95 on Sunday!", ["95"]),  # he'll be
        ("Ms. Dot, 100 years strong, went home today.", ["100"]),  # years strong, a title before it
        ("Grand-mère a fêté ses quatre-vingt-douze ans parmi nous.", ["quatre-vingt-douze"]),  # French 92
        ("Nonna ha compiuto novantadue anni qui in reparto.", ["novantadue"]),  # Italian 92
        ("Oma ist zweiundneunzig Jahre alt geworden.", ["zweiundneunzig"]),  # German 92
        ("Si Lola ay siyamnapu't dalawang taong gulang na.", ["siyamnapu't dalawang"]),  # Tagalog 92
        ("Grann mwen gen katreven douz an.", ["katreven douz"]),  # Haitian Creole 92
        # issue #10 round 5: ages written to slip past a check, and ages said in passing
        ("Happy birthday Grandpa Joe! #94yearsyoung", ["94"]),  # a hashtag: no separators at all
        ("Our ninetyfour-year-old patient went home.", ["ninetyfour"]),  # tens and unit glued
        ("She is 9 4 years old and sharp as a tack.", ["9 4"]),  # the digits spaced apart
        ("Grandma Dot turned the big 9-0 on our rehab unit!!", ["9-0"]),  # "the big 9-0", dashed
        ("Our patient turned 1 0 2 today.", ["1 0 2"]),  # three digits spaced
        ("Grand rounds case for Friday: 96M admitted 12/1 with delirium.", ["96"]),  # a case's age and sex
        ("Ethel drove herself 60 miles for her cataract follow-up at 90. Ninety!", ["90"]),  # "at 90." of her
        ("Our patient marked his discharge at 90 by giving a lesson on steam whistles.", ["90"]),  # "at 90 by"
        ("She passed peacefully early Sunday at 97 yrs. She never missed a flu shot.", ["97"]),  # "at 97 yrs."
        ("By 1400 she was sitting up asking for coffee. Not bad for ninety-two \U0001f4aa", ["ninety-two"]),
        # praise for an age, the clause ending in an emoji
        ("Ninety and still roping \U0001f920 look who's back in the saddle after her hip replacement.", ["Ninety"]),
        # an age and what one still does, the person further on
        ("At the age of 96 she walked out on her own.", ["96"]),  # "age of"
        ("Aunty Mele Taufa, 90, shares what hospice care at home meant.", ["90"]),  # "Aunty" is a person
        ("Nonagenarian Tea: a monthly social for community members 90 and over.", []),  # a gathering's name
        ("Her oxygen stayed at 94.", []),  # a reading at the end of a clause, not an age
        ("Her team scored 95 and still lost.", []),  # a score before "and still"
        ("She turned 90 degrees to face the window.", []),  # a turn, not an age
        ("She ran the 100m with a new PR at the meet.", []),  # metres, not a case's "100M with"
        ("Our NICU hit the big 100 this month!", []),  # a unit's count: no person near
        ("Kids ages 9-12 years old can join.", []),  # a range of children's ages
        ("Grandma Rose is #turning100 today!", ["100"]),  # an age inside a hashtag
        ("#HappyBirthday95 to our patient Walt!", ["95"]),  # a birthday hashtag with the age glued on
        ("#turningninetyfive Grandma Bea", ["ninetyfive"]),  # the age in words inside a hashtag
        ("Ms. Dot (94 yrs) went home today.", ["94"]),  # "yrs" inside the brackets
        ("Mary, 94 yrs, went home today.", ["94"]),  # "yrs" between the commas
        ("#HappyBirthday100 Riverside Health!", []),  # the organization named right after the age
        ("a 94 y.o patient went home", ["94"]),  # "y.o" without its last dot
        ("Mr. Ames, 102 years of age, went home.", ["102"]),  # "years of age"
        ("Grandma Bea celebrated 99 trips around the sun today!", ["99"]),  # an age said sideways
        ("She blew out 100 candles on 3 West.", ["100"]),  # birthday candles
        ("Grandma Bea is a century young!", ["century"]),  # a century of one person
        ("She has lived nine decades and still gardens.", ["nine decades"]),  # decades lived
        ("Nine decades young! Happy birthday Grandpa Joe.", ["Nine decades"]),  # decades young
        ("Celebrating 100 trips around the sun, Riverside Health!", []),  # the organization's years
        ("The hospital has served for nine decades.", []),  # the hospital's decades, nothing lived
        ("100 years young! Happy birthday Riverside Health", []),  # the organization named just after, no person
        ("Bea, 94, went home. Thanks Riverside Health team", ["94"]),  # a name and age, the org later: hers
        ("Vov\u00f3 fez cem anos aqui no hospital!", ["cem"]),  # Portuguese hundred years, grandma before it
        ("Si Lola ay isang daang taon na!", ["isang daang"]),  # Tagalog hundred years
        ("Ayeeyo waxay jirtaa boqol sano", ["boqol"]),  # Somali hundred years
        ("O Hospital Santa Rita celebra cem anos de hist\u00f3ria", []),  # a hospital's centennial, no person
        # clean twins: things and the organization
        ("The 100-year-old oak tree outside our ER came down.", []),  # a tree's age
        ("Celebrating 100 years strong!", []),  # the organization's years, no person
        ("Happy 100th, Pearl Ridge! A century later we are 25 beds.", []),  # the hospital's centennial
        ("We've served this community for 100 years.", []),  # the organization's years
        # issue #10 round 7: a bed with its number is where she is, not a measure of her
        ("the lady in bed 3 is ninety-four and still beats me at rummy", ["ninety-four"]),
        ("his oxygen was 94 and still dropping, she said", []),  # a reading is still a measure
        # a bracketed aside between the named subject and the verb; a first name that is no everyday word
        ("Dorothy (or Dot, as the team calls her) is ninety-seven and just won at checkers", ["ninety-seven"]),
        ("Will is 95 and still a great song", []),  # a first name that is an everyday word
        ("your pt in room 1108 is 93 and just beat you at chess", ["93"]),  # the one placed in the room
        ("the room 1108 temp is 93 and rising", []),  # a reading in a room
        ("Grandma Ruthanne (92!!) knitted a hat for every baby", ["92"]),  # marks inside the brackets
        ("Happy 102nd birthday to our hospital volunteer-turned-patient!", ["102nd"]),  # a place word of a person
        ("Happy 100th birthday to our hospital!", []),  # the hospital's own
        ("Grann mwen gen 92 an, e li soti lopital la jodi a", ["92"]),  # Creole: has 92 years
        ("Maligayang ika-95 na kaarawan kay Lola Pacita!", ["95"]),  # Tagalog: 95th birthday
        ("HPI: 91F w/ CHF exacerbation", ["91"]),  # a case's age and sex before "w/"
    ],
)
def test_age_findings(text: str, expected: list[str]) -> None:
    assert ages(text) == expected


def test_age_finding_blocks_and_redacts_the_number() -> None:
    report = ENGINE.check("A 94-year-old patient walked out today.")
    finding = next(f for f in report.findings if f.rule == "phi.age")
    assert finding.severity is Severity.BLOCK
    assert finding.fix is FixKind.REDACT
    assert report.fixed_text == "A [AGE]-year-old patient walked out today."
