"""phi.photo's general test: a picture shown (a visual cue) and a person in it (a person cue), close together.

Phrase lists of how a post shows a patient ("swipe to see her first steps", "look at that smile") generalised
badly: each new post finds a new phrasing. The idea under all of them is two things in the same sentence, or in
the sentence after it (a caption goes on: "Then -> now. Left: the day he came in..."):
- a visual cue: a visual medium named (photo, pic, video, clip, reel, selfie, screenshot, carousel, slides,
  mural, a camera emoji), a word that presents one (pictured, swipe, caught on camera, "tap play", "here's Bea",
  "look at this", "watch her", "this smile"), or a comparison that only a picture makes (before/after, then/now,
  "week 0 vs. week 16", "Left, 2019: ... Right, this summer: ...");
- a person cue: a patient, a little one, a relative's pet name or care tied to one person ("after his chemo",
  "her skin") is strong; a first name that is not a staff member's, or a pronoun, is weak.
A staff member, a team, a building, an event or a view in the window clears a weak cue (the smile is the lab
team's, the photos are of Maria's graduation, the view is the lounge's); stock images, models and advice about
photos clear everything.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from guardrails.rules.base import Document, letter_runs
from guardrails.rules.phi.kin import KIN
from guardrails.rules.phi.people_lexicon import name_lists

# A sentence: full stops after a title, "vs" or a digit run inside a number do not end it ("Mr. and Mrs. Diaz").
# A month's abbreviation does not end one either: "after her Aug. 9 ACL surgery".
SENTENCE = re.compile(
    r"(?:[^.!?\n]|(?<=\bmr)\.|(?<=\bmrs)\.|(?<=\bdr)\.|(?<=\bvs)\.|(?<=\bst)\.|\.(?=\w)"
    + "".join(rf"|(?<=\b{month})\." for month in ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept"))
    + "".join(rf"|(?<=\b{month})\." for month in ("oct", "nov", "dec"))
    + r")+[.!?]*"
)
# "Left, 2019: Priya in her hospital gown. Right, this summer: ...": the sides of a picture, captioned.
# A row of a group picture too: "Front row, blue hat: Walt, nine months out from his bypass".
SIDE_CAPTION = re.compile(
    r"[^a-z0-9]{0,6}(?P<side>(?:left|right|top|bottom|front row|back row|middle row|far left|far right)"
    r"(?:, [^:.!?\n]{1,20})?):"
)
_MEDIA = (
    r"photo(?:graph)?s?|pics?|pictures?|images?|videos?|vids?|clips?|reels?|footage|selfies?|snapshots?"
    r"|screenshots?|screen ?grabs?|carousel|slides?|gifs?|time-?lapse|livestream|murals?|portraits?"
    # a looping clip and a video's cutaway footage: "boomerang of him blowing out the candles", "B-roll of our patient"
    r"|boomerangs?|b-roll"
    # a shot named by what it shows ("Tray shot for the win: Mr. Banerjee's first real meal"), not a flu shot
    r"|(?:tray|action|group|candid|glam|bedside|hallway) ?shots?"
)
# The visual cues; each names the words a post must hold for it (checked on doc.words first).
VISUAL = re.compile(
    rf"\b(?:{_MEDIA})\b|\b(?:pictured|photographed|filmed|snap(?:ped)?(?= (?:her|him|them|a)\b))|\bswipe\b"
    r"|\b(?:on|off) camera\b"
    r"|\btap (?:play|to (?:watch|see|play|hear|listen))\b|\bglow-?up\b|\bside by side\b"
    rf"|\bbefore[- ]?(?:and|&|/|vs\.?|versus|n|to|->|→|➡)[- ]?after\b(?=s?\s*(?:$|[^\w\s]|(?:of|on|is|are|says|speaks"
    rf"|shows?|from|{_MEDIA})\b))|\bthen ?(?:and|&|/|vs\.?|versus|->|→|➡|to)? ?now\b"
    r"|\b(?:day|week|month|year)s? (?:\d{1,3}|one|zero) (?:vs\.?|versus|->|→|➡|to) (?:\w+ )?(?:\d{1,3}|today|now)\b"
    r"|\bvs\.? (?:today|now|yesterday|this (?:week|month|summer|year))\b"
    r"|\blook at(?= (?:this|that|these|those|her|him|them|our|my|the) )"
    r"|\bwatch(?= (?:her|him|them|this|the moment|till|until|to the end|baby|little|our (?:little|tiny|patient))\b)"
    r"|\b(?:this|that|these|those) (?:little |first |big |sweet )?(?:smiles?|grins?|face|cheeks|snuggles?|toes"
    r"|curls|moment|hug)\b"
    r"|\bhere(?:'s| is)(?= )|[\U0001f4f8\U0001f4f7\U0001f3a5\U0001f4f9\U0001f3ac\u25b6]"
    # a caption pointing at the one shown: "That's him with his favorite nurse", "that's her on the left"
    r"|\bthat's (?:him|her|them)(?= (?:with|on|in|at|holding|getting|ringing|hugging|walking|leaving)\b)"
    # "See him here", "📸 look who's feeding them again", "Whole series is on my page"
    r"|\bsee (?:him|her|them) (?:here|below|above)\b|\blook who(?:'s| is)\b"
    # "you can see the moment she goes out the door", a video's cut: "CUT TO: sam in the PT gym"
    r"|\bsee the moment\b|\bcut to:"
    r"|\bon my (?:page|profile|channel)\b",
)
COMPARISON = re.compile(r"(?:before|then)\b")
VISUAL_WORDS = frozenset(
    {"photo", "photos", "photograph", "photographs", "pic", "pics", "picture", "pictures", "image", "images"}
    | {"video", "videos", "vid", "vids", "clip", "clips", "reel", "reels", "footage", "selfie", "selfies"}
    | {"snapshot", "snapshots", "screenshot", "screenshots", "screen", "grab", "grabs", "carousel", "slide"}
    | {"slides", "gif", "gifs", "lapse", "timelapse", "livestream", "mural", "murals", "portrait", "portraits"}
    | {"pictured", "photographed", "filmed", "snap", "snapped", "swipe", "camera", "tap", "glow", "glowup", "side"}
    | {"before", "then", "vs", "versus", "left", "right", "top", "bottom", "look", "watch", "smile", "smiles"}
    | {"grin", "grins", "face", "cheeks", "snuggle", "snuggles", "toes", "curls", "moment", "hug", "here", "that"}
    | {"see", "page", "profile", "channel", "boomerang", "boomerangs", "roll", "shot", "shots", "row", "cut"}
)
VISUAL_CHARS = ("\U0001f4f8", "\U0001f4f7", "\U0001f3a5", "\U0001f4f9", "\U0001f3ac", "\u25b6")
# VISUAL is tried only in a sentence that can hold one of its cues (most sentences of a post with a visual word hold
# none). Each alternative needs one of these words as a whole letter run (the glued forms "screengrab" and "timelapse",
# the span of days of "week 0 to 16" too), or one of the cue words its alternative does not close with \b
# ("picturedx"), "before"/"then" also inside a run ("beforeandafter"), or a camera or play sign.
SENTENCE_VISUAL_WORDS = VISUAL_WORDS | {"screengrab", "screengrabs", "day", "days", "week", "weeks", "month", "months"}
SENTENCE_VISUAL_WORDS |= {"year", "years"}
VISUAL_INFIXES = ("pictured", "photographed", "filmed", "before", "then", *VISUAL_CHARS)
# A patient, a relative's pet name, a little one, or a body or care milestone that only a patient has.
STRONG_PERSON = re.compile(
    r"(?<!its first )(?<!every )(?<!each )(?<!any )(?<!next )"
    r"\bpatient\b(?!s| (?:portal|education|safety|experience|advocate|services|parking|rooms?|financial|access"
    r"|guide|information|navigat\w*|and family|family))"
    r"|\b(?:our|this|my) (?:little|tiniest|tiny|youngest|oldest|newest|favou?rite|sweet|brave) "
    r"|\bthis (?:guy|girl|gal|lady|kid|kiddo|man|woman|boy|champ|sweetheart|one)\b"
    r"|\b(?:baby|newborn|kiddo|fighter|warrior|survivor|nicu grad\w*|preemie|toddler|lady|gentleman|alum"
    r"|grand(?:ma|pa|mother|father|son|daughter)|mom|dad" + rf"|{KIN})\b"
    # a title, but not Santa's wife's: "Pictured: Santa and Mrs. Claus with child life specialist Bree"
    r"|\b(?:mr|mrs|ms|miss)\b(?!\.?\s+claus\b)"
    # one person's recovery milestone: "her 1-year coin", "90 days clean", "his 6-month chip"
    r"|\b(?:\d{1,3}|one|two|three|six|nine)[- ](?:day|month|year)[- ](?:coin|chip|medallion|token)\b"
    r"|\b\d{1,4} days (?:clean|sober)\b|\b(?:our|this|my) \d{2,3}-year-old\b"
    r"|\b(?:rang|ring|rings|ringing) the bell\b|\bfirst (?:steps|giggle|words|snuggle|breath|bath)\b"
    r"|\b(?:went|goes|going|heading|headed|came|come) (?:home|in)\b|\bdischarg\w*|\bpost-?op\b"
    # (a bedside thing is no one's: "on the bedside TV channel 3")
    r"|\b(?:hospital (?:bed|gown)|bedside(?! (?:tv|television|table|channel|cabinet|phone|radio|screen)s?\b)"
    r"|extubated|off the vent\w*)\b"
    r"|\b(?:ultrasound|sonogram|x-ray|mri|ct|scan)s? (?:photo|pic|picture|image|video|clip)s?\b"
    # care or a body tied to one person: "after his last round of chemo", "her skin", "during her dialysis"
    r"|\b(?:his|her|after|since|before|during|from|post|through) (?:[\w'.-]+ ){0,4}?(?:chemo\w*|surgery|transplant"
    r"|bypass|stroke|implant\w*|amputation|injury|accident|rehab|recovery|treatment|diagnosis|(?:hemo)?dialysis|radiation"
    r"|burns?|scars?|wounds?|ulcers?|incision|stitches|rash|skin|teeth|tumou?r|repair|replacement|fracture)\b"
)
WEAK_PERSON = re.compile(r"\b(?:she|he|her|him|his)\b")
# What says the person pictured is staff ...
STAFF_CONTEXT = re.compile(
    r"\b(?:(?:our|the|a|new) (?:[a-z-]+ )?(?:nurse|rn|np|tech|pharmacist|chaplain|secretary|clerk|receptionist)"
    r"|from our (?:[a-z-]+ ){0,2}(?:team|office|department|desk|lab|pharmacy)|passed (?:her|his) boards"
    r"|governor|mayor|senator|nursing|ribbon|dr|doctor|staff|colleagues?|volunteers?|residency|residents|class of"
    r"|orientation|onboarding|new hires?|hired|preceptor|(?:first|last|night|day) shift"
    r"|board|ceo|cno|award\w*|gala"
    # the organization's founder, a visiting author or guest: "Our founder ... her portrait still hangs in the lobby",
    # "Children's author Matt de la Peña ... to read from his picture books"
    r"|founder|founded|author|guest\s+(?:speaker|reader|author)|keynote"
    r"|ceremony|conference|graduat\w*|retire\w*|promot\w*|explains?|talks? about|walks you through|lead|leader"
    r"|manager|director|physician|surgeon|therapist|specialist|worker|educator|coordinator"
    r"|nursing (?:program|school))\b"
)
# ... or that the picture is of a group, a place, an event, a view or equipment.
NOT_A_PATIENT = re.compile(
    r"\b(?:nurses|team|crew|lobby|building|suites?|renovat\w*|wing|campus|view|sunrise|sunset|garden|lounge"
    r"|equipment|mri|machine|mascot|runners|highlights|tour|booth|llamas?|alpacas?|pupp(?:y|ies)"
    r"|therapy (?:dog|llama|alpaca|pony|horse|animal|pet)s?)\b"
)
# What makes a post about care: a weak person cue counts only in one.
CARE_HINT = re.compile(
    r"\b(?:patients?|surgery|surgeries|chemo\w*|transplant|rehab|recovery|recovering|treatment|therapy|diagnos\w*"
    r"|discharg\w*|nicu|picu|icu|hospital|hospice|(?:hemo)?dialysis|radiation|stroke|cancer|diabetes|tumou?r|injur\w*"
    r"|accident|burns?|scars?|wounds?|fracture|implant|ventilator|bypass|cardiac|heart attack|bell|first steps"
    r"|went home|going home|way home|in our care|bedside|care team|ward)\b"
)
# A visual cue that names a medium (a name right after it is the person shown); the rest only point.
MEDIA_CUE = re.compile(rf"(?:{_MEDIA}|pictured|photographed|filmed|[\U0001f4f8\U0001f4f7\U0001f3a5\U0001f4f9])")
POSSESSED = re.compile(r"(?<![a-z])(?:his|her) $")  # "her before and after", not "this video"
# "a photo of the card", "pics of the cake": the medium shows a thing, not a person.
THING_SHOWN = re.compile(
    r"[^.!?\n]{0,6}?\bof (?:the|a|an|this|that|these|those|our|their|his|her) (?:[a-z-]+ )?(?:card|cards|letter|note"
    r"|drawing|drawings|painting|gift|gifts|banner|sign|cake|flowers|quilt|hats|blankets?|donation|check|cheque"
    r"|plaque|menu|meal|view|room|rooms|space|building|lobby|mural)\b"
)
# "a snapshot of him", "the clip shows her": the medium's object is the person shown; so is a pronoun doing
# something after it ("swipe for his painting and him holding it up"), and the finding reaches over it.
PRONOUN_SHOWN = re.compile(r"[^.!?\n]{0,12}?\b(?:of|shows|showing|with|are|is) (?:him|her)\b")
PRONOUN_DOING = re.compile(r"[^.!?\n]{0,30}?\b(?:him|her|them) \w{2,}ing\b")
# Comparisons only a picture makes: before/after, then/now, "week 0 vs. week 16", a captioned side.
COMPARISON_CUE = re.compile(r"before|then|left|right|top|bottom|(?:day|week|month|year)s? |vs")
# A name this close after a visual cue is the person shown ("Here's Bea", "this clip shows Tomasz").
NAMED_REACH = 24
# A before/after of a place or a thing: a remodel, a kitchen, a parking lot.
THINGS = re.compile(
    r"\b(?:remodel\w*|construction|kitchen|parking|cafeteria|office|playroom|space|room|floor|entrance|unit|station"
    r"|landscaping|facility|site|clinic|hospital|center|centre|website|app|logo|menu|signs?|signage)\b"
)
# Stock images, models and advice about photos are not a patient's photo.
NEGATED = re.compile(
    r"\b(?:(?:never|don't|do not|avoid|shouldn't|not|no one should) (?:\w+ )?(?:post|shar|upload|publish|tak|us)\w*"
    r"|without (?:\w+ )?consent|no (?:photos|pictures|images|videos)|stock|models?|posed|illustration|actors?"
    r"|not (?:a|an|our) (?:real |actual )?patients?)\b"
)
CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
# Before a name: a title or a role that makes it a staff member's ("Dr. Lee", "our PT Rafael", "Chef Marcus").
STAFF_BEFORE_NAME = re.compile(
    r"\b(?:dr|doctor|nurse|rn|np|pt|ot|md|ceo|cno|chef|coach|chaplain|director|manager|lead|specialist|worker"
    r"|therapist|physician|surgeon|educator|coordinator|volunteer)\.?,? $"
)
NOT_FIRST_NAMES = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"grace", "hope", "faith", "joy", "sunny"}
)


class Seen(NamedTuple):
    """What the general test saw: the spans of the visual cues shown with a person, and whether it looked at a
    picture and cleared every one (of staff, a place, an event, a thing, or with a stock or advice word around it,
    from the sentence before to the sentence after), so the older phrase patterns must not flag it again ("Meet
    Priya, our new NICU nurse. Swipe for her favorite things!")."""

    spans: list[tuple[int, int]]
    cleared: bool


def seen_person(doc: Document, org_words: frozenset[str]) -> Seen:
    """Every window (a sentence and the one after it) that holds a visual cue and a person in it; one pass over
    the sentences, and none at all when the text has no visual word."""
    lower = doc.lower
    if doc.words.isdisjoint(VISUAL_WORDS) and not any(c in lower for c in VISUAL_CHARS):
        return Seen([], cleared=False)
    sentences = [m.span() for m in SENTENCE.finditer(lower)]
    spans: list[tuple[int, int]] = []
    looked, cleared = False, True
    for index, (start, end) in enumerate(sentences):
        cues = [m.span() for m in _visual_cues(lower, start, end) if _real_cue(doc, m.span())]
        side = SIDE_CAPTION.match(lower, start, end)
        if side is not None:
            cues.append(side.span("side"))
        if not cues:
            continue
        looked = True
        stop = sentences[index + 1][1] if index + 1 < len(sentences) else end
        begin = sentences[max(0, index - 1)][0]
        if (
            _person_pictured(doc, cues, start, stop, org_words, begin)
            or _captioned_story(lower, cues, begin, start, end)
            or _story_goes_on(lower, cues, begin, start, end)
            or _bare_comparison(doc, cues, start, stop)
        ):
            spans.extend(_reach(lower, cue) for cue in cues)
        elif cleared and not _cleared(lower, cues, begin, start, stop):
            cleared = False
    return Seen(spans, cleared=looked and cleared and not spans)


def _reach(lower: str, cue: tuple[int, int]) -> tuple[int, int]:
    """A cue followed by the person it shows doing something reaches over them: "swipe for his painting and him
    holding it up" is flagged over what the picture shows, not the swipe alone."""
    doing = PRONOUN_DOING.match(lower, cue[1])
    return (cue[0], doing.end()) if doing else cue


def _visual_cues(lower: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """VISUAL's matches in the sentence [start, end), searched only when the sentence can hold one."""
    sentence = lower[start:end]
    if letter_runs(sentence).isdisjoint(SENTENCE_VISUAL_WORDS) and not any(w in sentence for w in VISUAL_INFIXES):
        return iter(())
    return VISUAL.finditer(lower, start, end)


def _cleared(lower: str, cues: list[tuple[int, int]], begin: int, start: int, stop: int) -> bool:
    """The pictures of this sentence are of things, or staff, a place or an event is near and no patient is (the
    sentence before counts for both: "Amelia finished her chemo with Dr. Lee. 📸 photo above" is Amelia's)."""
    if all(THING_SHOWN.match(lower, cue_end) for _s, cue_end in cues):
        return True
    if STRONG_PERSON.search(lower, begin, stop):
        return False
    window = lower[begin:stop]
    return any(pattern.search(window) for pattern in (STAFF_CONTEXT, NOT_A_PATIENT, NEGATED))


# A caption's medium that names no one but the people of the story before it: "Photo of the couple attached",
# "pic of the two of them below".
OF_THE_STORY = re.compile(
    r"[^.!?\n]{0,6}?\bof (?:the (?:couple|two of them|pair|family|whole family|happy couple|twins|newlyweds)|them|us)\b"
)


def _captioned_story(lower: str, cues: list[tuple[int, int]], begin: int, start: int, end: int) -> bool:
    """A picture "of the couple" or "of them" with a patient in the sentence before it: the caption shows the
    story's people ("Our gentleman in CCU room 9 celebrated 60 years of marriage. Photo of the couple attached.")."""
    if begin == start or not any(OF_THE_STORY.match(lower, cue_end) for _s, cue_end in cues):
        return False
    window = lower[begin:end]
    return STRONG_PERSON.search(window) is not None and NEGATED.search(window) is None


# Cues that point at someone without naming them: "look who's back", "the whole series is on my page".
POINTING = re.compile(r"look who|on my ")


def _story_goes_on(lower: str, cues: list[tuple[int, int]], begin: int, start: int, end: int) -> bool:
    """The sentence before tells one patient's story and this one shows them with only a pronoun or a pointer:
    "our 102-year-old karaoke champion. She waves at the end of the clip", "our patient is back on the ranch.
    📸 look who's feeding them again". Staff, a place, a thing or advice in the picture's sentence clears it."""
    if begin == start or STRONG_PERSON.search(lower, begin, start) is None:
        return False
    sentence = lower[start:end]
    pointing = any(POINTING.match(lower, s, e) for s, e in cues) or _bare_media(lower, cues, start, end)
    if not (WEAK_PERSON.search(sentence) or pointing):
        return False
    clears = (STAFF_CONTEXT, NOT_A_PATIENT, NEGATED)
    return not any(p.search(sentence) for p in clears) and not all(THING_SHOWN.match(lower, e) for _s, e in cues)


# What a bare caption may hold beside its medium: signs, digits, and where the picture is.
BARE_REST = re.compile(r"[\W\d_]*(?:(?:below|above|here|up|down)[\W\d_]*)?")


def _bare_media(lower: str, cues: list[tuple[int, int]], start: int, end: int) -> bool:
    """The sentence is a medium named and nothing else ("...three weeks post-op and racing the physios. Reel ⬆️"),
    or a medium said to be attached or further on ("my dad's incision looks really red today?? pic attached",
    "pic in the thread ⬇️"): it shows the story before it."""
    for cue_start, cue_end in cues:
        if MEDIA_CUE.match(lower, cue_start, cue_end) is None:
            continue
        rest = lower[start:cue_start] + " " + lower[cue_end:end]
        if BARE_REST.fullmatch(rest) is not None or ATTACHED_AFTER.match(lower, cue_end) is not None:
            return True
    return False


# A medium said to come with the post: attached, below, in the thread.
ATTACHED_AFTER = re.compile(
    r"\s*(?:attached|below|above|enclosed|in (?:the )?(?:thread|comments|replies)"
    "|[\u2b07\u2b06\U0001f447\U0001f446])"
)


def _real_cue(doc: Document, span: tuple[int, int]) -> bool:
    """ "here's" counts before a capitalised word (read on the original case); the reader's own picture ("from your
    photo, that rash is...") is not one the text shows."""
    start, end = span
    cue = doc.lower[start:end]
    if cue.startswith("here"):
        return doc.text[end + 1 : end + 2].isupper()
    return not doc.lower.endswith(("your ", "your own "), max(0, start - 9), start)


def _bare_comparison(doc: Document, cues: list[tuple[int, int]], start: int, stop: int) -> bool:
    """ "Before and after 🦷✨", "Then -> now.": a comparison standing as a caption, of no place or thing, shows a
    body's change; a hospital's before/after of no building is a patient's."""
    lower = doc.lower
    if not any(COMPARISON.match(lower, s, e) and not lower[e:stop].lstrip()[:1].isalpha() for s, e in cues):
        return False
    window = lower[start:stop]
    clear = (STAFF_CONTEXT, NOT_A_PATIENT, THINGS, NEGATED)
    return not any(pattern.search(window) for pattern in clear)


def _person_pictured(
    doc: Document, cues: list[tuple[int, int]], start: int, stop: int, org_words: frozenset[str], begin: int
) -> bool:
    """A strong person cue in the window; a name right after a medium named, with no staff member near ("this clip
    shows Tomasz"); or a weak one (a pronoun, a name elsewhere) in a post about care (a patient, a treatment, a
    ward), with no staff, team, place or event near. A pronoun alone is anyone: "look at this cake! she baked it"."""
    lower = doc.lower
    window = lower[start:stop]
    if NEGATED.search(window) or all(THING_SHOWN.match(lower, end) for _s, end in cues):
        return False
    if STRONG_PERSON.search(window):
        return True
    staff = STAFF_CONTEXT.search(window) is not None
    # "her before and after", "his video": the picture is of him or her, unless the sentence before made them staff
    # ("Our founder Sister Mary Clare ... 100 years later, her portrait still hangs in the main lobby")
    staff_before = STAFF_CONTEXT.search(lower, begin, start) is not None
    if not staff and not staff_before and any(POSSESSED.search(lower, max(0, s - 5), s) for s, _end in cues):
        return True
    if not staff and any(lower.startswith("that's", s) for s, _end in cues):
        return True  # "That's him with his favorite nurse": the caption says who is shown
    # a name right after a medium, or after a swipe: "this clip shows Tomasz", "Swipe to see Kayla get her coin"
    media = [end for s, end in cues if MEDIA_CUE.match(lower, s, end) or lower.startswith("swipe", s)]
    if not staff and any(_first_name(doc, end, stop, org_words, end + NAMED_REACH) for end in media):
        return True
    if not staff and any(PRONOUN_SHOWN.match(lower, end) or PRONOUN_DOING.match(lower, end) for end in media):
        return True
    if staff or NOT_A_PATIENT.search(window):
        return False
    if not CARE_HINT.search(window) and not any(COMPARISON_CUE.match(lower, s, e) for s, e in cues):
        return False
    return WEAK_PERSON.search(window) is not None or _first_name(doc, start, stop, org_words)


# "Lucy the therapy llama", "Viktor the Viking", "Sparky the Fire Dog": a name given to an animal or a mascot.
CREATURE_AFTER = re.compile(
    r"\s+the\s+(?:[A-Z]|(?:[a-z-]+\s+){0,2}(?:llama|alpaca|dog|pup|puppy|horse|pony|cat|kitten|bunny|rabbit|goat"
    r"|mascot|bear|dragon|elf|reindeer|parrot|duck)s?\b)"
)


def _first_name(doc: Document, start: int, stop: int, org_words: frozenset[str], before: int | None = None) -> bool:
    """A capitalised first name in the window (starting before `before`, if given) that is not the organization's,
    a staff member's, or titled."""
    forenames = name_lists().forenames
    for found in CAPITALISED.finditer(doc.text, start, stop):
        if before is not None and found.start() >= before:
            return False
        word = found.group().lower()
        if word not in forenames or word in org_words or word in NOT_FIRST_NAMES:
            continue
        if STAFF_BEFORE_NAME.search(doc.lower, max(0, found.start() - 24), found.start()):
            continue
        if CREATURE_AFTER.match(doc.text, found.end()):
            continue
        return True
    return False
