"""Four of phi.name's features read from the words around a candidate, not only the words right next to it.

The cues of people_names_score are phrases touching a name ("thanks to", ", 54,", ", our CNO"). Clean posts nobody
tuned on say who a person is further away: "Shoutout to Marcus on 4 West, who stayed past his shift to train our new
grads", "Alexander Fleming discovered penicillin in 1928", "Selamat Hari Raya to all who celebrate". A list of such
people's names would never end, but what is said around them is few kinds of talk. So these features look at a
bounded window around the candidate (its line, WINDOW characters each side: the work per candidate is bounded and
the rule stays linear in the text's length):

- care (+): a patient's care or condition is spoken of (discharged, chemo, NICU, rang the bell, recovering...);
- recognition (-): the window speaks of work, honours, giving or public life (a shift, colleagues, years of service,
  retiring, an award, the board, volunteers, a donation, a keynote) and of no one's care: what staff, board members,
  volunteers and donors are named for. A patient's post that thanks the team speaks of care too, and keeps its name;
- renown (-): what a historical or public figure is named for: the name did something for the world ("discovered",
  "invented", "pioneered", "won a Nobel", "has spoken openly about"), or the window dates it to another century;
- greeting (-): a holiday is greeted on the candidate's line ("Selamat Hari Raya Aidilfitri", "Maligayang Pasko",
  "Ciid Mubaarak"): the words of a greeting in another language look like names to the lists. Only festivals:
  a birthday or a get-well wish ("Maligayang kaarawan, Lolo Ambrosio!") greets a patient.

Their weights are fitted with the others (scripts/train_name_scorer); the three clearing ones weigh <= 0.
"""

from __future__ import annotations

import re

WINDOW = 120

# Every care word starts with a word character, so (?=\w) changes no match: it turns down the end of every word (where
# \b holds before a space) at once, where each alternative was tried there. phi.name reads CARE around most names.
CARE = re.compile(
    r"(?=\w)\b(?:discharg\w*|admitted|admission|surger(?:y|ies)(?! (?:residen|department|team|fellow|program|service))|"
    r"operation|chemo\w*|radiation|transplant\w*|diagnos\w*|"
    r"recover\w*|rang the bell|ring(?:s|ing)? the bell|went home|going home|heads? home|home today|is home|"
    r"back home|home (?:after|from)|bypass|in our care|"
    # not an office or a fund for patients: "our Patient Travel Fund", "our patient advocate"
    r"our patient(?! (?:[a-z]+ )?(?:funds?|council|portal|services|relations|experience|advocates?|navigators?|"
    r"safety|ambassadors?|liaisons?|access))|(?:nicu|picu|icu)(?! (?:nurses?|team|staff|doctors?|colleagues?))|"
    r"(?:her|his|their) (?:story|journey)|hospital bed|bedside|bed \d+|room \d+|treatments?|rehab|"
    r"dialysis|cancer|leukemia|tumou?r|stroke|injur(?:y|ies|ed)|burn unit|(?:hip|knee|joint|valve) replacement|"
    r"fractur\w*|ventilator|vent|intubat\w*|born at|"
    r"weeks? old|months? old|preemie|newborn|infusion|prayers?|praying|get well|healing|fight(?:ing|er)|warrior|"
    r"battl\w*|pneumonia|sepsis|seizures?|cardiac arrest|heart attack|coma|hospice|palliative|wound|scans?|biopsy|"
    r"accident|sick|illness|symptoms?|therapy session|pt session|appointment|crash\w*|(?:a|after|from) fall|fell|"
    r"ambulance|wheelchair|walker|breathing|cpr|911|labou?r|deliver(?:y|ed)|gave birth|born|pregnan\w*|baby|"
    r"pain|hospitali[sz]ed|(?:hospital|his|her|[a-z]+'s) stay|(?:in|to|at|through) (?:our|the) (?:ed|er|emergency "
    r"(?:room|department)))\b"
)
RECOGNITION = re.compile(
    # "honored to" is politeness ("we'd be honored to share Ethan's story"), not an honour
    r"\b(?:awards?|awarded|honou?ree?s?|honou?red(?! to\b)|nominat\w*|"
    r"years of (?:[a-z-]+ ){0,2}(?:service|support|experience)|"
    r"anniversary|retir(?:ing|ement|es)|promot(?:ed|ion)|hired|new hires?|joins|joined|welcome aboard|"
    # organ donation is no giving of money: "Donate Life Month", "our living donors", "a donor mom"
    r"residency|fellowship|board|trustees?|(?<!organ )(?<!living )donors?(?! (?:mom|dad|family|families))|"
    r"(?<!organ )donat\w*(?! life)|gifts?|estate|philanthrop\w*|"
    r"volunteer\w*|keynote|speakers?|webinar|lecture|seminar|(?<!case )conference|author|book signing|autographs?|"
    r"podcast|column|mayor|senator|governor|council\w*|ribbon|groundbreaking|scholarships?|endow\w*|luncheon|"
    r"gala|sponsor\w*|colleagues?|co-?workers?|employees?|(?:his|her|their|a|per|each) shift|career|new grads|"
    r"nursing school|team members?|spotlight|years (?:at|with|in|on) (?:our|the)|trained|training|mentor\w*|"
    # the unit as a team ("the whole unit cheered"), not a thing sent to it ("texted his social to the unit phone")
    r"(?<!to )(?:our|the) (?:whole |entire )?(?:unit|crew)(?! (?:phone|fridge|bed|email|inbox))|"
    r"unit clerk|gift shop|spoke (?:to|at|with)|students|"
    r"sign(?:ed|s|ing)? (?:footballs|jerseys|balls|books|copies|posters|helmets))\b"
)
# What a person is remembered for by the world: a deed right after the name ("Jonas Salk refused to patent"), or an
# era (a year before 1900, a decade of the last century), a legacy or public talk anywhere in the window.
RENOWN_AFTER = re.compile(
    r"(?:'s|')?(?:,[^,.;:!?]{1,50},)? (?:[a-z']+ ){0,2}(?:discovered|invented|pioneered|founded|developed the first|"
    r"created the|tested the first|refused to patent|won (?:[a-z]+ ){0,2}(?:nobel|pulitzer|oscar|grammy|olympic|"
    r"gold|grand slam)|showed (?:that|the world)|proved that|first described|coined|made it okay|"
    r"(?:has |have )?(?:spoken|talked|written) (?:openly|publicly)|talks? (?:about (?:it|this|her|his) )?openly|"
    r"went public|famously|started a (?:national|global) conversation|cells made|created (?:it|the|this) in \d{4})\b|"
    # a first for the world in apposition: "retired Gen. Ann Dunwoody, the first woman to earn four stars"
    r", (?:the|a) first (?:[a-z-]+ ){0,2}(?:woman|man|person|female|black|latina|latino|american) to\b"
)
RENOWN_NEAR = re.compile(
    # a year from 1500 ("Dorothy in 1206" is in a room)
    r"\b(?:(?:in|by|of|since|from) (?:the )?(?:1[5-8]\d\d|19\d0s|1[5-8]\d0s)|nobel|legacy|history|heroes|"
    r"learned about|century|(?:[2-9]\d|\d{3,}) years ago|scientists?|book club|novel|memoir|biography|"
    # "his famous pinakbet" is his cooking, no fame
    r"(?<!his )(?<!her )(?<!their )(?<!our )(?<!my )(?<!your )famous|"
    r"(?:national|global|public) conversation|medical breakthroughs?|"
    r"(?:spoken|spoke|speaks|talks?|talked|written|writes) (?:about (?:it|this|"
    r"her|his|their) [a-z]* ?)?(?:openly|publicly))\b"
)
# A holiday said as a time ("spent last Christmas in our burn unit") greets no one: not after these words.
GREETING = re.compile(
    r"\b(?<!last )(?<!this )(?<!next )(?<!since )(?<!over )(?<!during )(?<!until )(?<!before )(?<!after )"
    r"(?<!through )(?<!first )(?:christmas|navidad|no[eë]l|pasko|kerisimasi|new year(?!'s bab)|a[nñ]o nuevo|"
    r"nam moi|bon ane|bonne annee|lunar|"
    r"diwali|deepavali|hanukkah|chanukah|kwanzaa|ramadan|hari raya|aidilfitri|t[eế]t|shana tova|rosh hashanah|"
    r"gong xi|season'?s greetings|happy holidays|trung thu|mid-autumn|eid|ciid|mubaa?rak|juneteenth|reyes magos|"
    r"noche ?buena|vesak|nowruz|navruz|losar|songkran|holi|onam|pongal|vaisakhi|makahiki hou|mele kalikimaka)\b"
)


def window(lower: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of `lower` around [start, end) the features read: WINDOW characters each side, same line."""
    begin = max(0, start - WINDOW)
    line = lower.rfind("\n", begin, start)
    stop = lower.find("\n", end, end + WINDOW)
    return (line + 1 if line >= 0 else begin), (stop if stop >= 0 else min(len(lower), end + WINDOW))


def care_near(lower: str, start: int, end: int) -> bool:
    """A patient's care or condition is spoken of around the candidate."""
    begin, stop = window(lower, start, end)
    return CARE.search(lower, begin, stop) is not None


def recognition_near(lower: str, start: int, end: int) -> bool:
    """Work, honours, giving or public life are spoken of in the candidate's sentence, and no one's care around
    it: a patient's post that thanks the team speaks of the care too, and keeps its name."""
    begin, stop = window(lower, start, end)
    return RECOGNITION.search(lower, begin, stop) is not None and CARE.search(lower, begin, stop) is None


def renown_near(lower: str, start: int, end: int) -> bool:
    """The candidate did something for the world, or the words around it date it to another century."""
    if RENOWN_AFTER.match(lower, end) is not None:
        return True
    begin, stop = window(lower, start, end)
    return RENOWN_NEAR.search(lower, begin, stop) is not None


def greeting_near(lower: str, start: int, end: int) -> bool:
    """A holiday greeting stands on the candidate's line. Weaker than a person cue: "Chúc mừng năm mới, bác Lợi"
    greets a patient, and the kin title before the name outweighs it."""
    begin, stop = window(lower, start, end)
    return GREETING.search(lower, begin, stop) is not None
