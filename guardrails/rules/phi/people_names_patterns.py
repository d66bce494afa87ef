"""phi.name's patterns and word sets: what stands before, inside and after a person's name in a post.

Kept apart from the rule so the rule reads as the decision it makes; every constant here is named in it.
"""

from __future__ import annotations

import re
from typing import TypeVar

from guardrails.rules.phi.people_lexicon import word_set

_K = TypeVar("_K")
_V = TypeVar("_V")
MEMO_SIZE = 16384


def remember(memo: dict[_K, _V], key: _K, value: _V) -> None:
    """Keep `value` in one of phi.name's memos of what depends on the words alone (the same words come back post
    after post). Bounded: a stream of distinct words cannot grow a memo without end; it is cleared when full."""
    if len(memo) >= MEMO_SIZE:
        memo.clear()
    memo[key] = value


# A run of capitalised words, allowing lower-case particles inside (José de la Cruz, Ludwig van Beethoven)
# and a possessive at the end. Newlines and punctuation end a run.
_CAP = r"[A-ZĐØŁÞÆŒ][^\W\d_]*(?:['-][^\W\d_]+)*"  # letters a normalizer cannot fold stay (the l-stroke of Mlocek)
_PARTICLE = r"(?:de|da|del|della|di|du|van|von|der|den|le|la|al|el|bin|ibn|bint|binti|ben|dos|das|y)"
# No look-behind in front (it is tried at every position and keeps the scan from skipping to capitals, ~4x slower):
# runs() checks the character before a match and searches again from the next position, which finds the same runs.
RUN = re.compile(rf"{_CAP}(?:(?: {_PARTICLE})* (?:[A-Z]\.(?= (?:{_PARTICLE} )*[A-Z])|{_CAP}))*'?")
# A run after a character that may stand before one (not a letter, a digit, or one of '#@_/.-): the character is
# consumed, so one finditer finds every run (a run right after another starts after a letter or an apostrophe, never
# after a character of its own). The run at the start of the text is matched apart.
RUN_AFTER = re.compile(rf"[^'#@_/.\-A-Za-z0-9]({RUN.pattern})")


# Latin letters with a stroke that the matching copy keeps (NFKD does not take them apart): a name's key is read with
# their plain letters, as the name lists write them ("Stanisław" -> stanislaw, "Đặng" -> dang, "Søren" -> soren).
# Only the key changes, letter for letter (so a token's end, read from the key's length, stays the text's); the
# ligatures (æ, œ, ß), which would need two letters, stay.
STROKES = str.maketrans("łøđ\u0131ħŧð", "lodihtd")


def fold_strokes(key: str) -> str:
    """A lower-cased word with its stroked letters and ligatures written plain (STROKES); most words have none."""
    return key.translate(STROKES) if not key.isascii() else key


def runs(text: str) -> list[tuple[int, int]]:
    """The spans of RUN in `text` that do not start inside a word, a handle, a hashtag or a path."""
    spans: list[tuple[int, int]] = []
    position = 0
    first = RUN.match(text)
    if first is not None:
        spans.append(first.span())
        position = first.end()
    spans += [found.span(1) for found in RUN_AFTER.finditer(text, position)]
    return spans


def cue_starts_word(lower: str, start: int) -> bool:
    """What \b would have said before a LOWER_CUE match: no letter, digit or underscore just before it."""
    return start == 0 or not (lower[start - 1].isalnum() or lower[start - 1] == "_")


PARTICLES = frozenset(_PARTICLE[3:-1].split("|"))

# Abbreviations take a full stop ("Dr. Patel"); words do not ("see a doctor. When" is no honorific).
ABBREVIATED_HONORIFICS = word_set("mr mrs ms mx dr dra prof rev mme mlle sra srta enf")
STRONG_HONORIFICS = ABBREVIATED_HONORIFICS | word_set("miss mister doctor professor reverend sir dame madam herr frau")
WEAK_HONORIFICS = word_set(
    """nurse baby little aunt auntie uncle grandma grandpa granny nana papa mama coach officer pastor father
    sister brother captain sgt sergeant chaplain tonton tati tatie lolo abuela abuelo
    ssg sfc spc pfc cpl pvt cpt ltc msg sgm""",  # the military ranks a veterans' hospital writes: "SSG R.T."
)

# Words just before a name that say it is a person's (lower-cased, end of the text before the run).
PERSON_BEFORE = re.compile(
    r"(?:^|[^a-z])(?:patient|resident|survivor|veteran|thanks? (?:you )?to|thank you,?|thanks,?|congrats(?: to)?,?"
    r"|congratulations(?: to)?,?|congratulating|celebrating|welcome(?: home| back)?,?|welcoming|meet|"
    r"in (?:loving )?memory of|props to|kudos to|hugs to|"
    r"remembering|honou?ring|cheering (?:on|for)|sending (?:love|prayers|hugs) to|love to|party for|care for|"
    r"visitors? for|keep|visiting|visited|visit from|"
    r"say hi to|shout-?out to|prayers? for|praying for|pray for|happy birthday,?(?: to)?|get well(?: soon)?,?|"
    r"named|name is|(?:family|mom|mum|mother|dad|father|parents|wife|husband|son|daughter) of|son|daughter|"
    r"(?:la |a |the )famil(?:ia|ía|le|y)|"  # "la familia Cárdenas", "a família Cardoso": the family of that name
    r"husband|wife|partner|fianc[eé]e?|mom|mum|mother|dad|father|brother|sister|grandson|granddaughter|"
    r"grand(?:mother|father|ma|pa)|niece|nephew|cousin|friend|neighbou?r|boy|girl|toddler|newborn|infant|champ|"
    r"nanay|tatay|inay|itay|hooyo|aabo|abuela|abuelo|abuelita|abuelito|mam[aá]|pap[aá]|mami|papi|nonna|nonno|"
    r"oma|opa|babcia|dziadek|tutu|kupuna|"
    r"warrior|hero|little|sweet|brave|mrs?|ms|dr|proud of|fundraiser for|raising money for|thank u|ty|wish|"
    r"known as|hi|hey|hello|dear|"
    r"rezando por|rezamos por|orando por|oraciones (?:por|para)|"  # Spanish and Portuguese prayers for someone
    r"belonging to|name|patient name)[:,]? $"
)
# A reply's thanks that closes on the name it speaks to: "thank you for the apple butter, Verlie Combs!".
THANKED_FOR = re.compile(r"(?:^|[^a-z])thank(?:s| you) for [^.!?,]{1,40}, $")
# The last word of every PERSON_BEFORE phrase: the cheap test that decides whether to run the regex.
PERSON_BEFORE_LAST = word_set(
    """patient resident survivor veteran to you thank thanks congrats congratulations congratulating celebrating
    welcome welcoming meet on keep visiting visited from u ty name
    of remembering honoring honouring for birthday well soon named is son daughter husband wife partner fiance
    fiancee fiancé fiancée mom mum mother dad father brother sister grandson granddaughter grandmother
    grandfather grandma grandpa niece nephew cousin friend neighbor neighbour boy girl toddler newborn infant
    champ warrior hero little sweet brave mr mrs ms dr wish as home back hi hey hello dear nanay tatay inay itay
    hooyo aabo abuela abuelo abuelita abuelito mama mamá papa papá mami papi nonna nonno oma opa babcia dziadek tutu
    kupuna por para familia família famille family"""
)


def previous_word(lower: str, start: int) -> str:
    """The word just before `start` (one space apart), without opening punctuation: "(mr." -> "mr."."""
    if start < 2 or lower[start - 1] != " ":
        return ""
    begin = lower.rfind(" ", 0, start - 1) + 1
    return lower[begin : start - 1].lstrip("(\"'[*-")


# What follows a name and says it is a person's: a possessive with a person noun (a pair's too: "Jade and Connor's
# boys"), an age, a verb of a story, a milestone of one's own ("Hollis got his new kidney", "Grace take her first
# unaided steps").
# Words before "kids" or "children" that say which children, not whose: each a surname too (see PERSON_AFTER).
NOT_A_BROOD_SURNAME = "".join(
    f"(?<!\\b{word})"
    for word in ("young", "younger", "old", "older", "small", "little", "big", "many", "most", "all", "sick", "well")
)
PERSON_AFTER = re.compile(
    r"(?:(?: (?:and|&) [a-z][a-z'-]*)?(?:'s|s'|') (?:family|household|twins|mom|mum|mother|dad|father|parents|wife|"
    r"husband|son|daughter|boys|girls|baby|babies|"
    r"kids|children|sister|brother|grandma|grandpa|story|journey|recovery|surgery|diagnosis|treatment|transplant|"
    r"battle|fight|care team|caregivers?|room|bedside|birthday|smile|courage|progress|condition|nurses?|"
    r"doctors?|scan|x-ray|wound|(?:medical )?bills|fundraiser|gofundme|memorial|funeral|obituary)\b|"
    r" (?:family|household|twins|[\u02bb'\u2018]?ohana|[\u02bb'\u2018]?aiga|wh[a\u0101]nau|familia|famille|pamilya)\b|"
    # a surname before a family's children or kin ("the Ostrowski kids", "the Oyelaran triplets"); not an age, a
    # size or a number that the surname lists also hold ("Young children can drown", "Little kids", "Most kids")
    rf"{NOT_A_BROOD_SURNAME} (?:kids|children|triplets|quadruplets|quads|cousins|siblings|grandkids|clan)\b|"
    r"(?:, [a-z]\.)?,? (?:dob|d\.o\.b\.?|date of birth|mrn)\b|"  # a chart line: "Hennessey, R. DOB 3/14/1988"
    r", \d{1,3}(?:,| years)|, age \d|,? \((?:1[01]\d|[1-9]?\d)\)(?! ?\d)|,? \(age \d|"
    r", \d{1,3} ?(?:m|f|yo|y/o|y\.o\.)(?=[ ,.;)])|"  # a chart's age and sex: "pt L. Beaudoin, 71M, STEMI"
    r" (?:got|gets|get|took|takes|take|had|has|made|makes|celebrated|marked) (?:his|her|their) (?:new|first)\b|"
    r",? (?:aged?|who is|who was) \d|, who\b|, (?:our|a|the|this) (?:[\w,-]+ ){0,3}(?:patient|survivor|mom|dad|"
    r"grand\w+|veteran|warrior|champ|hero)\b|(?:,? who)? (?:shared|shares|says|said|told|tells|wrote|"
    r"writes|thanked|asked|wants|wanted|sent|"
    r"(?:is|was|has been) on (?:dialysis|a ventilator|the vent|the transplant list|oxygen)|"
    # placed in a room by its bare number: "Dorothy in 1206 with her crocheted octopus" (not a year: "in 2024")
    r"in (?!(?:19|20)\d\d\b)\d{3,4}[a-z]?(?![\d:,.])(?! (?:am|pm|a\.m|p\.m))|"
    # out of surgery or the ICU: "Wade is out of surgery in Great Falls" (not "in bed 4", which "Pt in bay 4" says)
    r"is (?:out of|still in|back from) (?:surgery|the icu|icu|the or|recovery)|"
    r"was diagnosed|is diagnosed|was admitted|was discharged|was born|underwent|is recovering|recovered|"
    r"has recovered|passed away|died|celebrated|celebrates|rang|rings|fought|beat|survived|spent|arrived|"
    r"came to us|went home|is home|and (?:his|her) \w+|a (?:very )?happy (?:\d+(?:st|nd|rd|th) )?birthday|"
    r"(?:is|was|became) (?:our|a|the) (?:[\w,-]+ ){0,3}"
    r"(?:patient|survivor|baby|graduate))\b)"
)
UNKNOWN_PERSON_AFTER = re.compile(
    r"(?:'s? (?:family|mom|dad|parents|twins|story|journey|recovery|medical bills)\b|, who\b|"
    r",? (?:we're|we are) so sorry)"
)
# Saints, and the mountains and forts that name places too ("Mt. Zion Church", "Mount Sinai", "Ft. Worth").
SAINTS = word_set("st. st saint ste. ste sainte san santa sao mt. mount ft. fort")
# A name the text speaks to: "Maxim, we're so sorry", "Ana, thank you". Read like a context before.
VOCATIVE_AFTER = re.compile(r"(?:'s?)?,? (?:we're|we are|we|thank you|thanks|you're|you are|your|sorry|so sorry)\b")
# A reply that opens with the name it speaks to, a "you" further on in its clause: "Frank, based on what you're
# describing ...", "Mary, tell your dad to ...". Read only for a name that opens its line (people_names).
VOCATIVE_LEAD = re.compile(r",(?: [^.!?\n]{0,60}?)? (?:you|your|you're|you've|you'll|you'd)\b")
# Function words: never a name without an honorific, whatever the name lists (built from public profiles) say.
STOPWORDS = word_set(
    """the a an and or but nor so yet our your their his her its my we you they he she it i me us them this that
    these those there here new all any some each every no not to of in on at for with from by as into onto about
    is are was were be been being has have had do does did can could should would must shall if then than when
    what who whom whose which where why how just also very more most less our ours hi hey hello"""
)
# An institution or place word after (or inside) a run: the run names a thing, not a person.
INSTITUTION_WORDS = word_set(
    """hospital hospitals clinic clinics center centre centers institute foundation university college school
    academy street st avenue ave road rd boulevard blvd lane ln drive way park county parish hall building
    pavilion wing tower campus award awards prize fund scholarship lecture fellowship memorial library church
    cathedral chapel community health healthcare medical medicine cancer heart club society association council
    committee team group department services auxiliary network alliance coalition program programme project
    initiative campaign walk run gala festival fair day week month year house home lodge village apartments
    trust inc llc corp company co bank airport station stadium arena mall market river lake mountain valley
    bridge square plaza court highway freeway expressway unit units ward wards lab labs laboratory pharmacy office
    suite services service department division practice network elementary preschool montessori cup trophy
    bowl marathon tournament invitational garage deck entrance lobby cafeteria cafe atrium auditorium annex gym
    suites rooms gardens lounges halls""",  # plural: "the Ortiz Family Suites", "the Hendricks Resource Rooms"
)
# A word after a run that makes it a disease, test or procedure named after someone (Kawasaki disease).
EPONYM_HEADS = word_set(
    """disease diseases syndrome syndromes palsy sarcoma lymphoma tumor tumour test tests sign score scale
    maneuver manoeuvre procedure reflex phenomenon disorder dystrophy anomaly criteria classification method
    technique operation repair fracture cyst ulcer virus chart exercises exercise""",
)
MONTHS = word_set(
    """january february march april may june july august september october november december jan feb mar apr jun
    jul aug sep sept oct nov dec""",
)
# with their plurals: "Our support groups meet Thursdays" names a day, not a person after "meet"
DAYS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays "
    "saturdays sundays mon tue tues wed thu thur thurs fri sat sun"  # "rep coming Mon.", "Thu Jan 21"
)


# A lower-case word, not inside a word, a handle, a hashtag or a path (nothing of [A-Za-z0-9@#/.'_-] before it).
# The character before is consumed by LOWER_WORD_AFTER rather than looked behind at every position (a word right
# after another would start after a letter, never after a character of its own); the word at the start apart.
_LOWER_WORD = r"[a-z][a-z'-]*[a-z](?![A-Za-z0-9@/_-]|\.[a-z])"
LOWER_WORD = re.compile(_LOWER_WORD)
LOWER_WORD_AFTER = re.compile(rf"[^A-Za-z0-9@#/.'_-]({_LOWER_WORD})")


def lower_words(text: str) -> list[str]:
    """Every lower-case word of `text` (see LOWER_WORD_AFTER)."""
    first = LOWER_WORD.match(text)
    if first is None:
        return LOWER_WORD_AFTER.findall(text)
    return [first.group(), *LOWER_WORD_AFTER.findall(text, first.end())]


def lower_word_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `lower_words(text)`, in the same order."""
    first = LOWER_WORD.match(text)
    position = 0
    spans: list[tuple[int, int]] = []
    if first is not None:
        spans.append(first.span())
        position = first.end()
    spans += [found.span(1) for found in LOWER_WORD_AFTER.finditer(text, position)]
    return spans


# Person cues that commenters type in lower case, and the two words after one (an "o'"/"ó" may sit between).
# Factored by first letter and with no \b in front (either makes the scan try every alternative at every position,
# ~3x slower); the rule checks that a cue starts a word (cue_starts_word).
LOWER_CUE = re.compile(
    r"(?:t(?:hank (?:u|you)(?: to)?|hanks to)|s(?:hout-?out to|ending (?:love|prayers|hugs|thoughts) to)|"
    r"p(?:arty for|rayers for|raying for|ray for|roud of|rops to)|f(?:undraiser for|amily of)|keep|"
    r"love to|c(?:ongratulating|ongrats(?: to)?)|get well soon,?|h(?:appy birthday(?: to)?,?|ugs (?:to|for))|"
    r"rip|in memory of|welcome home,?|"
    # Spanish and Portuguese prayers for someone: "rezando por mateo", "orando por", "oraciones por"
    r"rezando por|rezamos por|orando por|oraciones (?:por|para)) "
)
# What a match of LOWER_CUE cannot lack: for a word of each alternative that stands between non-letters there (a
# whole letter run of the post: thank, shout and shoutout, soon, birthday, memory, home...), the literal text the
# alternative holds around it. A post whose letter runs hold none of the words, or whose text holds none of their
# literals, has no cue and is not scanned (most posts thank someone or are proud of something, few "thank you X").
LOWER_CUE_NEEDS: dict[str, tuple[str, ...]] = {
    "thank": ("thank u ", "thank you "),
    "thanks": ("thanks to ",),
    "shout": ("shout-out to ",),
    "shoutout": ("shoutout to ",),
    "sending": ("sending ",),
    "party": ("party for ",),
    "prayers": ("prayers for ",),
    "praying": ("praying for ",),
    "pray": ("pray for ",),
    "proud": ("proud of ",),
    "props": ("props to ",),
    "fundraiser": ("fundraiser for ",),
    "family": ("family of ",),
    "keep": ("keep ",),
    "love": ("love to ",),
    "congratulating": ("congratulating ",),
    "congrats": ("congrats ",),
    "soon": ("get well soon",),
    "birthday": ("happy birthday",),
    "hugs": ("hugs to ", "hugs for "),
    "rip": ("rip ",),
    "memory": ("in memory of ",),
    "home": ("welcome home",),
    "rezando": ("rezando por ",),
    "rezamos": ("rezamos por ",),
    "orando": ("orando por ",),
    "oraciones": ("oraciones por ", "oraciones para "),
}
LOWER_CUE_WORDS = frozenset(LOWER_CUE_NEEDS)
LOWER_PAIR = re.compile(r"([a-z][a-z'-]*[a-z]) (?:[a-z] )?([a-z][a-z'-]*[a-z])(?![A-Za-z0-9@/_-]|\.[a-z])")

# "nicknamed Bubba", "goes by JoJo", "aka Peanut": a person's nickname follows.
NICKNAME_BEFORE = re.compile(
    r"(?:nicknamed|goes by|go by|aka|a\.k\.a\.|(?<![a-z])(?:all )?calls? "
    r"(?:him|her|them)),? [\"'\u201c\u2018]?$"
)
# The word before a title that says the titled person is a patient all the same ("patient Dr. Ray Hill").
PATIENT_WORDS = word_set("patient patients resident")
NICKNAME_LAST = word_set("nicknamed by aka a.k.a. him her them")
# Abbreviated public and military titles: "Sen." or "Sgt. Maj. (Ret.)" before a name is the title, not a name.
PUBLIC_ABBREVIATIONS = word_set(
    "sen rep gov hon lt sec amb supt pres atty maj gen col capt cpl pvt sgt ssg sfc adm cmdr ret spc"
)
# An initial before a surname ("J. Okafor", "J.R. Okafor") or after a first name ("Priya S.").
LEADING_INITIAL = re.compile(r"(?<![A-Za-z.])[A-Z]\.(?: ?[A-Z]\.)? $")
TRAILING_INITIAL = re.compile(r"( [A-Z]\.)(?=[\s,;:!?)]|$)")
# One lower-case word after a person cue, ending there ("prayers for kaylee!", "thank u jayden's mom").
LOWER_SINGLE = re.compile(r"([a-z][a-z'-]*[a-z])(?![A-Za-z0-9@/_-]|\.[a-z])")
# Particles between capitalised words ("Mare van den Brink", "Rosa de la Cruz"): the words are a name's.
PARTICLE_INSIDE = re.compile(rf" {_PARTICLE} ")
# Titles of a clinician or chaplain: what they do as staff (a talk, advice) clears them (people_names_score).
# Spanish and Portuguese too: "la Dra. Lucía Benavides", "Enf. Rosa Díaz" (enfermera, a nurse).
CLINICAL_TITLES = word_set("dr dra doctor doctora prof professor rev reverend enf")
# After a titled name, the contexts that still say patient ("Dr. Ray Hill, 70, went home"), not ", who" or "said".
PATIENT_AFTER = re.compile(
    r"(?:, \d{1,3}(?:,| years)|,? \(\d{1,3}\)|,? (?:was|is|has been) (?:diagnosed|admitted|discharged)|"
    r",? (?:underwent|is recovering|recovered|went home|is home|rang the bell|passed away|died)|"
    r"(?:'s|') (?:family|recovery|surgery|diagnosis|treatment|transplant|battle|fight|bedside|room|care team))"
)
# Middle names after which the next word is the given name, whatever else it is ("Nguyen Thi Thu": Thu, no day).
MIDDLE_NAMES = word_set("thi")
# Relatives' titles: a capitalised word after one is a relative's name even when it is a word ("Nana Pearl").
# (and of other languages: Haitian Creole tonton, tati; Tagalog lolo; Spanish abuela, abuelo)
RELATION_TITLES = word_set("aunt auntie uncle grandma grandpa granny nana tonton tati tatie lolo abuela abuelo")
# The generations before a kin title: "Great-Grandma Pearl", "great-great-grandpa Joe", "Great-Aunt Vi".
GENERATIONS = "great-"


def kin_title(word: str) -> str:
    """The kin title without the generations before it ("great-grandma" -> "grandma"); any other word as it is."""
    while word.startswith(GENERATIONS):
        word = word[len(GENERATIONS) :]
    return word


# A title in lower case before a lower-case word, as commenters type it ("ms. dawson in 5b").
# Starts with a literal "m" (a look-behind first costs a try at every position): the character before is checked
# by the rule.
LOWER_TITLED = re.compile(r"m(?:r|rs|s|x|iss)\.? ([a-z][a-z'-]*[a-z])(?![A-Za-z0-9@/_-]|\.[a-z])")

# A kin or affectionate word in lower case before a lower-case first name ("grandpa joe", "big mike", "lil dre"):
# how commenters name a patient they know. Starts with a character class; the character before is checked by the rule.
KIN_TITLED = re.compile(
    r"(?:grandpa|grandma|granny|nana|abuela|abuelo|lola|lolo|tito|tita|tio|tia|uncle|aunt|auntie|big|little|lil|"
    r"baby) ([a-z][a-z'-]*[a-z])(?![A-Za-z0-9@/_-]|\.[a-z])"
)
# "pt k. oyelaran": a patient cue in lower case, an initial and a surname, as staff shorthand writes a patient.
LOWER_INITIAL = re.compile(r"(?:pt|patient|pts|mbr|member) ([a-z])\.? ([a-z][a-z'-]*[a-z])(?![A-Za-z0-9@/_-]|\.[a-z])")
# After such a name, what a person does ("pt k. oyelaran wants..."), which "pt e. coli results" lacks.
LOWER_INITIAL_AFTER = re.compile(
    r"(?:'s\b|,| (?:is|was|who|wants|wanted|says|said|went|had|has|asked|asks|loves|loved|got|made|rang|walked)\b)"
)
# A kin title in lower case before a capitalised word ("grandpa Joe", "ông Bảy", folded "ong Bay"): the word is
# the relative's name even when it is an everyday word, as after a capitalised title (RELATION_TITLES).
KIN_NAMED = re.compile(
    r"(?:grandpa|grandma|granny|nana|abuela|abuelo|lola|lolo|tito|tita|tio|tia|ong|uncle|aunt|auntie) "
    r"([A-Z][a-z'-]*[a-z])(?![A-Za-z0-9@/_-]|\.[a-z])"
)
# Of those, the words that also say big or small of a thing ("little rock", "baby steps"): the name after them must
# be no everyday word.
KIN_SIZES = word_set("big little lil baby")
