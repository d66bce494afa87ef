"""phi.name candidates that are not runs of capitalised words, each scored like the runs (people_names_score).

- Names inside hashtags and CamelCase: #PrayersForKaylee, #TeamJayden, #prayersforkaylee, KayleeStrong. A first
  name that is nothing else (no word, no place) beside a person cue of the tag (Prayers, Team, Strong, Journey)
  is a name; a first name and a surname together (#JaydenMartinez) are one with no cue.
- Initials standing for a person: "J.R. went home today", "thanks to J.R.": a person cue needed, and the common
  abbreviations (U.S., A.M., E.R., M.D.) are never read.
- Names spelled out letter by letter: "K-A-Y-L-E-E", "j a y d e n": a known name that is no word (with dots,
  "K.E.N.D.R.I.C.K.", a person cue too: A.D.A.M. is an encyclopedia); split by a repeated emoji or symbol
  ("J*A*Y*D*E*N"), a name with no help.
- Names with digits for letters ("J4ck50n P3rry"): read with the letters the digits stand for.

Every pattern is a single left-to-right scan of the text; each candidate looks at a bounded window around it, so the
work grows with the length of the text, never with its square.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from guardrails.rules.base import Match
from guardrails.rules.phi.people_lexicon import NameLists, word_set
from guardrails.rules.phi.people_names_patterns import STOPWORDS
from guardrails.rules.phi.people_names_score import Feature

# Each scan starts with a character class, not a look-behind (a look-behind first is tried at every position of
# the text, ~15 us a post); the character before a match is checked in Python instead, and the rarer shapes are
# looked for only after a cheap hint (CAMEL_HINT, INITIALS_HINT, SPELLED_HINT) has found one in the text.
HASHTAG = re.compile(r"#([A-Za-z][A-Za-z0-9]*)")
CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+(?![\w-])")
CAMEL_HINT = re.compile(r"[A-Z][a-z]+[A-Z]")  # starts at a capital: ~3x quicker than a scan from lower case
NOT_BEFORE_TAG = frozenset("&/")
NOT_BEFORE_CAMEL = frozenset("#@/.'-")
PART = re.compile(r"[A-Z][a-z]*|[a-z]+|[0-9]+")
# Parts of a hashtag that say it is about a person.
TAG_CUES = word_set(
    """prayers prayer pray praying for 4 team strong stronger warrior warriors army nation fights fight fighting
    love loves legacy journey miracle brave bravery tough hero support stand with get well soon welcome home go
    rip forever fighter fighters remember remembering memory of in honor honoring justice bring back find missing
    kick beat"""
)
# All-lower-case tags cannot be split at capitals: these cues are tried at their start and end.
TAG_PREFIXES = (
    "prayersfor",
    "prayers4",
    "prayfor",
    "pray4",
    "praying4",
    "prayingfor",
    "justicefor",
    "getwellsoon",
    "getwell",
    "welcomehome",
    "team",
    "love",
    "rip",
)
TAG_SUFFIXES = (
    "strong",
    "warrior",
    "fighter",
    "army",
    "nation",
    "journey",
    "legacy",
    "fights",
    "tough",
    "miracle",
    "forever",
)
# Support words that name the person right beside them, even a first name that is also a word (#MilesStrong,
# #TeamHunter), unless that word is one such tags praise as a group or a thing (#NurseStrong, #HopeStrong).
TAG_SUPPORT = word_set("strong warrior warriors fighter army tough forever team for")
# Titles inside a tag that make the part after them a person's name, even a word: "#PapaLuis", "#MissLula",
# "#NanaPearl", "#UncleRay" (a title of a tag says who the tag is about, as "Team" does).
TAG_TITLES = word_set(
    """mr mrs ms miss mister papa mama nana grandma grandpa granny gramma grampa aunt auntie uncle lolo lola tito tita
    abuela abuelo abuelita abuelito nonna nonno pop pops mamaw papaw meemaw"""
)
TAG_NOT_PERSON = word_set(
    """mom moms mommy dad dads daddy mama papa nurse nurses baby babies heart hearts hope love faith family kid kids
    girl girls boy boys nicu picu rn md doc doctor staff team army navy marine hospital health care mother father
    sister brother survivor cancer pink blue gold"""
)

# A chart's "SURNAME, GIVEN" (in capitals, a middle initial after it) or "Surname, I." pasted from a census, a
# huddle board or a rounds list: "HOLLOWAY, CURTIS J | MRN ...", "Rm 5N-22: Pruitt, E. K 6.1", "OKAFOR-BRIGGS,
# DENNIS — 4W-12". Not "Smith, J. Brown" (an initial before a name) nor "BOSTON, MA" (two letters).
CHART_NAME = re.compile(
    r"(?<![\w'-])(?:([A-Z][A-Z'-]+), ([A-Z][A-Z'-]{2,})(?: [A-Z]\.?)?(?![\w'-])|"
    r"([A-Z][a-z'-]+), ([A-Z])\.(?! ?[A-Z][a-z])(?![\w]))"
)
CHART_HINT = re.compile(r", [A-Z](?:\.|[A-Z]{2})")
# Initials placed where a patient lies: a unit, a room, a bed, a chair ("J.R. on 4 West", "j.m. in rm 214", "m.g. in
# chair 4"). Staff initials are rarely placed so; with the place, even lower-case initials are a person's.
PLACED_AFTER = re.compile(
    r" (?:on|in) (?:\d{1,2}[a-z]?(?: (?:west|east|north|south|[a-z]))?\b|[1-9][a-z]\b|"
    r"(?:rm|room|bed|bay|chair|pod|station) ?[0-9][0-9a-z-]*\b)",
    re.IGNORECASE,
)
LOWER_INITIALS = re.compile(r"(?<![\w.@/])[a-z]\.(?:[a-z]\.){1,2}(?= (?:on|in) )")
INITIALS = re.compile(r"[A-Z]\.(?:[A-Z]\.){1,2}(?![\w]|\.\w| [A-Z][a-z]|'s [A-Z])")  # not B.J.'s Restaurant
# Just before initials that are also a common abbreviation: the word that makes them a person's.
PATIENT_BEFORE = re.compile(r"(?:[Pp]atient|[Pp]t\.?|[Mm]ember|[Cc]lient|[Rr]esident) $")
PERSON_NEXT = re.compile(r",| \(| (?:is|was|who|had|has|said|says|went)\b")
INITIALS_HINT = re.compile(r"[A-Za-z]\.[A-Za-z]\.")
COMMON_INITIALS = word_set(
    """u.s. u.k. u.n. e.u. d.c. l.a. n.y. a.m. p.m. e.r. o.r. i.v. m.d. r.n. b.s. m.s. b.a. m.a. n.p. p.a. d.o.
    e.g. i.e. a.d. b.c. p.s. r.i.p. a.k.a. q.a. t.v. u.s.a. w.h.o. c.d.c. f.d.a. n.i.h. p.t. o.t. a.a. n.a. b.p.
    h.r. p.r. i.d. o.k. s.o.s. c.e.o. v.p. u.c. s.f. n.j. n.c. s.c. n.h. d.r. g.i. e.m.s. e.m.t. a.s.a.p. h.e.b.
    p.s. c.n.a. l.p.n. b.b.q. a.l.s. s.t.a.r."""
)
SPELLED = re.compile(r"(?<![\w'-])[A-Za-z](?:(?:[-. ]|\. )[A-Za-z]){2,}\.?(?![\w'-])")
# Two hints, not one "[-. ]..." class: a pattern led by a literal space is searched for quicker.
SPELLED_HINT = re.compile(r"[-.][A-Za-z]\.?[-. ][A-Za-z](?![A-Za-z])")
SPELLED_SPACED_HINT = re.compile(r" [A-Za-z]\.?[-. ][A-Za-z](?![A-Za-z])")
LETTER = re.compile(r"[A-Za-z]")
# Letters of a name split by one repeated symbol or emoji, to slip past a filter: "T🎉E🎉D🎉D🎉Y",
# "M🌸a🌸i🌸r🌸e🌸a🌸d", "J*A*Y*D*E*N". Not a space, a dot or a hyphen (SPELLED reads those) nor
# punctuation a sentence uses between words.
SYMBOL_SPELLED = re.compile(r"[A-Za-z](?P<sep>[^\w\s.,;:!?'\"()\[\]/@#&-]{1,2})[A-Za-z](?:(?P=sep)[A-Za-z])+")
# Its hint: one letter between two such symbols (led by the symbol: a scan led by a letter class costs twice as much).
SYMBOL_HINT = re.compile(r"[^\w\s.,;:!?'\"()\[\]/@#&-][A-Za-z][^\w\s.,;:!?'\"()\[\]/@#&-]")
# A name with digits for some of its letters ("J4ck50n P3rry"): a word that starts with a letter and mixes letters and
# digits, read with the digits a writer puts for letters. Its hint: a digit before a letter (a quick scan; LEET_WORD
# then reads the few posts that have one).
LEET_WORD = re.compile(r"(?<![\w@#/.$-])[A-Za-z][A-Za-z0-9]*[0-9][A-Za-z0-9]*(?![\w-])")
LEET_HINT = re.compile(r"[0-9][A-Za-z]")
LEET_LETTERS = str.maketrans("4310578", "aeiostb")
LEET_ONE_AS_L = str.maketrans("4310578", "aelostb")  # 1 stands for l as often as for i ("A1ex", "Mi11er")
LEET_MIN = 4  # letters and digits together: "B12s" and "A1c" are no one's name
# The word after a name with digits for letters that is its surname, written so too or plainly ("J4ck50n P3rry").
NEXT_WORD = re.compile(r" ([A-Za-z][A-Za-z0-9'-]*)(?![\w-])")


@dataclass(frozen=True, slots=True)
class Vetting:
    """What the rule lends these scans: its lists, its exclusions and its scoring of a candidate in context."""

    lists: NameLists
    excluded: Callable[[str], bool]  # staff, organization, eponyms, not_names
    vet: Callable[[int, int, Feature, tuple[Feature, ...]], bool]  # (start, end, shape, extra) -> a name?
    # hashtag body -> its name parts, read apart from any context (start, end in the body, shape, cued by the tag):
    # the same tags come back post after post (#ProudToServe), so the rule keeps one of these per instance
    tags: dict[str, list[TagName]]


TagName = tuple[int, int, Feature, bool]
TAG_MEMO_SIZE = 4096


def has_shapes(text: str) -> bool:
    """The cheap test first: any of the shapes' hints in the text."""
    return (
        "#" in text
        or CAMEL_HINT.search(text) is not None
        or INITIALS_HINT.search(text) is not None
        or _spelled_hint(text)
        or SYMBOL_HINT.search(text) is not None
        or LEET_HINT.search(text) is not None
        or CHART_HINT.search(text) is not None
    )


def _spelled_hint(text: str) -> bool:
    return SPELLED_HINT.search(text) is not None or SPELLED_SPACED_HINT.search(text) is not None


def shaped_names(text: str, v: Vetting) -> Iterator[Match]:
    """Every candidate of the three shapes above that its score makes a name."""
    if "#" in text or CAMEL_HINT.search(text):
        yield from _tag_names(text, v)
    if INITIALS_HINT.search(text):
        yield from _initials(text, v)
    if _spelled_hint(text):
        yield from _spelled(text, v)
    if SYMBOL_HINT.search(text):
        yield from _symbol_spelled(text, v)
    if LEET_HINT.search(text):
        yield from _leet_names(text, v)
    if CHART_HINT.search(text):
        yield from _chart_names(text, v)


def _chart_names(text: str, v: Vetting) -> Iterator[Match]:
    """A chart's "SURNAME, GIVEN" or "Surname, I.": the surname no everyday word, the given name a first name that
    is none either (or a bare initial), scored like a name of its own in its context."""
    for found in CHART_NAME.finditer(text):
        surname, given = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), None)
        parts = [p for p in surname.lower().split("-") if p]
        if not parts or any(p in v.lists.words or p in STOPWORDS or v.excluded(p) for p in parts):
            continue
        if given is None:
            if not any(p in v.lists.last for p in parts):
                continue
        elif not _forename(v, given.lower()):
            continue
        start, end = found.span()
        if v.vet(start, end, Feature.ALONE, ()):
            yield Match(start, end)


def _word_start(text: str, start: int, forbidden: frozenset[str]) -> bool:
    """Nothing word-like just before `start`: a letter, a digit, an underscore or one of `forbidden`."""
    if start == 0:
        return True
    before = text[start - 1]
    return not (before.isalnum() or before == "_" or before in forbidden)


def _forename(v: Vetting, key: str) -> bool:
    lists = v.lists
    return (
        len(key) > 2
        and key in lists.first
        and key not in lists.words
        and key not in lists.places
        and not v.excluded(key)
    )


def _surname(v: Vetting, key: str) -> bool:
    return len(key) > 1 and key in v.lists.last and key not in v.lists.words and not v.excluded(key)


def _tag_names(text: str, v: Vetting) -> Iterator[Match]:
    bodies = [(m.start(1), m.group(1)) for m in HASHTAG.finditer(text) if _word_start(text, m.start(), NOT_BEFORE_TAG)]
    bodies += [(m.start(), m.group()) for m in CAMEL.finditer(text) if _word_start(text, m.start(), NOT_BEFORE_CAMEL)]
    for offset, body in bodies:
        names = v.tags.get(body)
        if names is None:
            names = _tag_parts(v, _parts(body))
            if len(v.tags) >= TAG_MEMO_SIZE:
                v.tags.clear()  # bounded: a stream of distinct tags cannot grow it without end
            v.tags[body] = names
        for start, end, shape, cued in names:
            if v.vet(offset + start, offset + end, shape, (Feature.HASHTAG,) if cued else ()):
                # the whole tag is redacted: "#MateoStrong" and "#TeamKenjiNakagawa" are about the person, and the
                # labels mark the tag whole ("#[NAME]Strong" would still say whose fight it is)
                yield Match(offset, offset + len(body))
                break


def _parts(body: str) -> list[tuple[int, str]]:
    """A tag's words, split at capitals, or at a cue when it is all in one case; offsets in the body."""
    parts = [(p.start(), p.group().lower()) for p in PART.finditer(body)]
    return _split_lower(0, body.lower()) if len(parts) == 1 else parts


def _split_lower(offset: int, body: str) -> list[tuple[int, str]]:
    """ "prayersforkaylee" -> prayersfor + kaylee; "kayleestrong" -> kaylee + strong; else the body whole."""
    for prefix in TAG_PREFIXES:
        if body.startswith(prefix) and len(body) > len(prefix) + 2:
            return [(offset, "for"), (offset + len(prefix), body[len(prefix) :])]
    for suffix in TAG_SUFFIXES:
        if body.endswith(suffix) and len(body) > len(suffix) + 2:
            return [(offset, body[: -len(suffix)]), (offset + len(body) - len(suffix), "strong")]
    return [(offset, body)]


def _tag_parts(v: Vetting, parts: list[tuple[int, str]]) -> list[TagName]:
    """The parts that are a first name (with the surname after it, if one follows), in context-free terms."""
    cued = any(key in TAG_CUES or key in TAG_TITLES for _start, key in parts)
    names: list[TagName] = []
    index = 0
    while index < len(parts):
        start, key = parts[index]
        if key in TAG_TITLES and index + 1 < len(parts):
            index += 1  # "#NanaRuth": the title of the name after it, no name itself
            continue
        supported = _supported(v, key, parts, index)
        name = key[:-1] if key.endswith("s") and not supported and not _forename(v, key) else key  # #JaydensJourney
        if not (supported or _forename(v, name)):
            index += 1
            continue
        end = start + len(name)
        following = parts[index + 1][1] if index + 1 < len(parts) else ""
        full = bool(following) and _surname(v, following)
        if full:
            end = parts[index + 1][0] + len(following)
        names.append((start, end, Feature.ALONE if full else Feature.CUED, cued))
        index += 2 if full else 1
    return names


def _supported(v: Vetting, key: str, parts: list[tuple[int, str]], index: int) -> bool:
    """ "#MilesStrong": a first name that is also a word stands for a person beside a support word of the tag;
    after a title of the tag ("#PapaLuis", "#MissLula") so does any first name."""
    if index > 0 and parts[index - 1][1] in TAG_TITLES:
        lists = v.lists
        named = key in lists.first and (key not in lists.words or key in lists.popular_first)  # not "#MamaBear"
        return len(key) > 1 and named and key not in STOPWORDS and not v.excluded(key)
    beside = {parts[i][1] for i in (index - 1, index + 1) if 0 <= i < len(parts)}
    return (
        bool(beside & TAG_SUPPORT)
        and len(key) > 2
        and key not in STOPWORDS  # "#MeetTheTeam": "The" beside "Team" is a word of the phrase, no one's name
        and key in v.lists.first
        and key not in TAG_NOT_PERSON
        and key not in TAG_CUES
        and key not in v.lists.places
        and not v.excluded(key)
    )


def _initials(text: str, v: Vetting) -> Iterator[Match]:
    for found in INITIALS.finditer(text):
        letters = found.group()
        start, end = found.span()
        if not _word_start(text, start, frozenset(".")):
            continue
        if letters.lower() in COMMON_INITIALS and not (
            PATIENT_BEFORE.search(text, max(0, start - 12), start) and PERSON_NEXT.match(text, end)
        ):
            continue  # "a.m." is a time, "patient E.R. visits" a department, but "our patient A.M., a teacher" a person
        if v.vet(start, end, Feature.CUED, _initials_cues(text, start, end)):
            yield Match(start, end)
    for found in LOWER_INITIALS.finditer(text):
        start, end = found.span()
        if found.group() in COMMON_INITIALS or not PLACED_AFTER.match(text, end):
            continue  # "e.g. in", "a.m. on": abbreviations; initials need a patient's place after them
        if v.vet(start, end, Feature.CUED, (Feature.PERSON_AFTER,)):
            yield Match(start, end)


def _initials_cues(text: str, start: int, end: int) -> tuple[Feature, ...]:
    """The person cues of initials that are no common abbreviation: a place where a patient lies after them ("J.R. on
    4 West"), or what only a person takes after them, a description, an id in brackets or a verb ("K.L.M., a
    91-year-old woman", "J.T. (MRN ...) needs", "T.R. who finally walked"), and a patient word before them ("my pt
    T.R."). Initials in a post stand for someone the writer will not name: a patient far more often than a staff
    member, whom a role around them still clears."""
    after = PLACED_AFTER.match(text, end) is not None or PERSON_NEXT.match(text, end) is not None
    before = PATIENT_BEFORE.search(text, max(0, start - 12), start) is not None
    return (Feature.PERSON_AFTER,) * after + (Feature.PERSON_BEFORE,) * before


def _spelled(text: str, v: Vetting) -> Iterator[Match]:
    for found in SPELLED.finditer(text):
        letters = LETTER.findall(found.group())
        key = "".join(letters).lower()
        if len(letters) < 3 or not (_forename(v, key) or _surname(v, key)):
            continue
        start, end = found.span()
        # dotted capitals are an acronym as often as a name (A.D.A.M., M.O.M.): they need a person cue
        shape = Feature.CUED if "." in found.group() else Feature.ALONE
        if v.vet(start, end, shape, ()):
            yield Match(start, end)


def _symbol_spelled(text: str, v: Vetting) -> Iterator[Match]:
    """A first name or a surname the lists know, its letters split by one repeated symbol or emoji: no acronym is
    written so, so it is a name with no help (scored in its context, which may still clear it)."""
    for found in SYMBOL_SPELLED.finditer(text):
        key = "".join(LETTER.findall(found.group())).lower()
        if len(key) < 3 or not (_forename(v, key) or _surname(v, key)):
            continue
        start, end = found.span()
        if v.vet(start, end, Feature.ALONE, ()):
            yield Match(start, end)


def _unleet(word: str) -> tuple[str, str]:
    lowered = word.lower()
    return lowered.translate(LEET_LETTERS), lowered.translate(LEET_ONE_AS_L)


def _leet_key(v: Vetting, word: str) -> bool:
    """A word with digits for letters that, read as letters, is a first name or a surname the lists know."""
    if len(word) < LEET_MIN or sum(c.isalpha() for c in word) < 2:
        return False
    return any(_forename(v, key) or _surname(v, key) for key in _unleet(word))


def _leet_names(text: str, v: Vetting) -> Iterator[Match]:
    """ "J4ck50n P3rry": a name written with digits for letters, with the word after it when that is a surname too
    (so written or plain); two such words stand alone as a name, one needs a cue."""
    taken = -1
    for found in LEET_WORD.finditer(text):
        start, end = found.span()
        if start < taken or not _leet_key(v, found.group()):
            continue
        after = NEXT_WORD.match(text, end)
        full = after is not None and after.group(1)[:1].isupper() and _leet_surname(v, after.group(1))
        if full and after is not None:
            end = after.end(1)
        taken = end
        if v.vet(start, end, Feature.ALONE if full else Feature.CUED, ()):
            yield Match(start, end)


def _leet_surname(v: Vetting, word: str) -> bool:
    if any(c.isdigit() for c in word):
        return _leet_key(v, word)
    return _surname(v, word.lower())
