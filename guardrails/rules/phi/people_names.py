"""phi.name: names of people who are not on the staff list, by a scored decision over deterministic features.

No statistical model. Candidates: runs of capitalised words (trimmed of everyday words at their edges, cut at
institution words, exclusions and case changes), lower-case pairs and cued single names, and the shapes of
people_names_shapes (hashtag parts, initials, spelled-out names). Each candidate gets features and a score
(people_names_score: the weight table and why) and is a name when the score reaches guardrails.names.threshold:
  - its shape: a "First Last" pair with a known name that is no everyday word ("Dana Whitfield", "Zhang Wei"), two
    popular names that are also words ("Mark Brown"), two words no dictionary knows ("Aroha Ngata"), a first
    name that is nothing else ("so proud of Jayden"), a plural surname after "the" (the Hendersons), a name in
    capitals of two words ("RASHIDA JEFFERSON") stand alone; weaker shapes need a cue;
  - a title (Mr., Dr.: any capitalised word), person cues before ("patient Ana", "thanks to X", "little", "nicknamed")
    and after ("X, 54,", "X's family", "X shared");
  - cues that clear it: a staff role ("Dr. Alvarez, our chief of cardiology", "Nurse Manager Kim Lee", a Dr., Prof.
    or Rev. with no patient cue: "patient Dr. Ray Hill" and "Dr. Hill, 70," stay names), a public figure (Mayor,
    Sen.), a donor ("a gift from"), a building or a program named after a person ("at Whitman Hall", "a Dr. Seuss
    read-along");
  - the talk around it (people_names_context): a patient's care (+), work, honours or giving with no care (-), a deed
    for the world or another century (-), a holiday greeting (-). A name cleared once stays cleared in the text,
    after the cue and before it: "Nurse Evelyn Hartwell, who trained our nurses ... Rest easy, Evelyn" and "Rest easy,
    Mama Jo. Josephine Tillman ran our front desk" name one staff member twice (not a name found with a patient's
    cue: "Rosa, 7, ... nurse Rosa Delgado" names two people).
Lower-case names need a known first name and surname ("maria gonzalez"), a person cue before them ("party for haruto
sato", "prayers for kaylee") or a person-only context after them ("folu ogindan, who..."). A title and a trailing
initial go into the span (Mrs. Le -> [NAME], "Priya S." -> [NAME]).
Never a name, whatever the score: the staff list in any form, eponyms (Parkinson's, Down syndrome), the organization
and its towns, the organization's and the built-in not_names; multi-word places; words before an institution word
("Grant Park", "Mercy Hospital"). One-word places, months, days and everyday words only weaken a shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import ClassVar

from guardrails.model import Category, FixKind, Severity
from guardrails.normalize import normalize
from guardrails.rules.base import Covered, Document, Locality, Match, Rule
from guardrails.rules.phi.people_lexicon import (
    WORD,
    NameLists,
    Phrase,
    PhraseIndex,
    data_terms,
    name_lists,
    phrase_key,
    place_index,
    strip_possessive,
)
from guardrails.rules.phi.people_names_context import care_near, window
from guardrails.rules.phi.people_names_echo import (
    echoes,
    mentions,
    name_words,
    nicknames_between,
    partners,
    wrapped,
)
from guardrails.rules.phi.people_names_foreign import (
    FOREIGN_WORDS,
    foreign_sentences,
    foreign_title_before,
    greeting_first,
    inside,
    not_foreign,
)
from guardrails.rules.phi.people_names_learned import context_keys
from guardrails.rules.phi.people_names_lower import LowerCaseNames, LowerKind
from guardrails.rules.phi.people_names_patterns import (
    ABBREVIATED_HONORIFICS,
    CLINICAL_TITLES,
    DAYS,
    EPONYM_HEADS,
    INSTITUTION_WORDS,
    LEADING_INITIAL,
    MIDDLE_NAMES,
    MONTHS,
    NICKNAME_BEFORE,
    NICKNAME_LAST,
    PARTICLE_INSIDE,
    PARTICLES,
    PATIENT_AFTER,
    PATIENT_WORDS,
    PERSON_AFTER,
    PERSON_BEFORE,
    PERSON_BEFORE_LAST,
    PUBLIC_ABBREVIATIONS,
    RELATION_TITLES,
    SAINTS,
    STOPWORDS,
    STRONG_HONORIFICS,
    TRAILING_INITIAL,
    VOCATIVE_AFTER,
    VOCATIVE_LEAD,
    WEAK_HONORIFICS,
    fold_strokes,
    kin_title,
    previous_word,
    remember,
    runs,
)
from guardrails.rules.phi.people_names_score import (
    BUILDING_WORDS,
    LIST_ROLES_AFTER,
    Feature,
    before_window,
    clearing_cues,
)
from guardrails.rules.phi.people_names_shapes import COMMON_INITIALS, TagName, Vetting, has_shapes, shaped_names
from guardrails.rules.phi.people_names_weights import WEIGHTS_FILE, shipped_weights
from guardrails.rules.phi.people_scripts import SAINT_WORDS, other_script_names
from guardrails.settings import GuardrailSettings


@dataclass(slots=True)
class Token:
    start: int
    end: int  # without the possessive
    stop: int  # with it
    key: str  # folded, lower-cased
    caps: bool  # written in capitals (ROI, RASHIDA)


# A nickname in quotes inside a full name, and the surname after it: 'Kathleen "Kitty" Moynihan', "Rafael 'Smoke'
# Delgado".
QUOTED_NICKNAME = re.compile(
    r" (?:[\"\u201c][^\"\u201d]{1,20}[\"\u201d]|['\u2018][a-z][a-z -]{0,18}['\u2019]) [a-z][a-z'-]+"
)
# A word of that nickname, cleared with the name it stands in ('Patricia "Patty" Ellison ... Patty cared for').
NICKNAME_WORD = re.compile(r"[a-z][a-z'-]+")
# A wish for someone's recovery just before the name: whatever role the name has, it is a patient's.
WISHED = re.compile(
    r"(?:get well(?: soon)?|speedy recovery|prayers? for|praying for|pray for|feel better(?: soon)?),? "
    r"(?:to )?$"
)
# A patient's state said of the name right after it ("Ms. Darlene is recovering on 4 West", "Aunty Pua was admitted
# Tuesday"): whatever role the person has at work, here they are a patient, as after a wish for recovery. Not a death
# (a staff memorial says "died" too).
RECOVERING_AFTER = re.compile(
    r"(?:'s)?,? (?:is|was|has been|is now|was just) (?:recovering|admitted|hospitali[sz]ed|discharged|in (?:the |our )?"
    r"(?:icu|picu|nicu|hospital|er|ed|emergency room))\b|"
    # Spanish: "la Dra. Lucía Benavides está en la UCI", "sigue recuperándose"
    r" (?:est[aá]|sigue) (?:recuper[aá]ndose|hospitalizad[ao]|internad[ao]|en (?:la |el )?(?:uci|hospital))\b|"
    # "Marjorie Plante is on the other side of the bed this week", "is trading scrubs for a hospital gown"
    r" is (?:[a-z]+ ){0,3}(?:on the other side of the bed|(?:for|in) a hospital gown)|"
    # "Nurse Callie Dunmore from 3 North is a patient on 4 West": said to be a patient, wherever she works
    r"(?: (?:from|on|in|of) [^,.;!?]{1,20}?)? is (?:now |currently )?(?:a|our) patient (?:on|in|at|here|of)\b|"
    # "Kerry D., a former leukemia patient here": called a patient of ours, whatever the role before
    r",? (?:a|an) (?:former |past )?(?:(?!of |for |in )[a-z-]+ ){0,2}patient\b(?! (?:experience|relations|"
    r"advocate|access|safety|services|navigator|liaison|ambassador|care|family|portal|favou?rite))|"
    # "Mrs. Evangelina 'Vangie' Soriano, who became our patient in her final year": whatever she was before
    r",? who (?:later |then |eventually )?(?:became|has become) (?:a|our) patient\b|"
    # "Gus (our favorite lobsterman and three-time cath lab patient)": called one in a parenthesis
    r" \((?:a|an|our) (?:(?!of |for |in )[a-z-]+ ){0,6}patient\)"
)
# A unit right after the name: "Mrs. Farnsworth on 4 West", "Mr. Oyler in 5B". Said of a Mr./Mrs./Ms./Miss (not
# of a Dr., who works there), it places a patient.
ON_UNIT_AFTER = re.compile(
    r" (?:on|in) (?:\d{1,2}[a-z]?(?: (?:west|east|north|south|[a-z]))?|[1-9][a-z]|the (?:icu|ccu|"
    r"picu|nicu|step-?down unit))\b"
)
# An organ or marrow given to the person named next: the recipient is a patient, whatever they are to the giver
# ("I gave a kidney to my coworker Greg Fairbanks", "donated part of her liver to her brother Sam").
ORGAN_GIVEN_TO = re.compile(
    r"(?:gave|give|gives|giving|donated|donate|donates|donating) (?:a |an |her |his |my |their |one |part of "
    r"(?:a |an |her |his |my |their )?)?(?:kidney|liver|lung|bone marrow|marrow|stem cells) to (?:[a-z'-]+ ){0,3}$"
)
# A relative right after the name, in a post about someone's care: "Board member Susan Caldwell's granddaughter Lily
# spent a long night in our ED". Whatever the person's role, naming them names the patient's family.
KIN_AFTER = re.compile(
    r"(?:'s|') (?:grand)?(?:son|daughter|child|children|kids?|baby|babies|twins|granddaughter|grandson|mom|dad|mother|"
    r"father|husband|wife|sister|brother|niece|nephew)\b"
)
# The word right before a name that calls it a patient: no talk around it nor a role after it ("our patient Hector
# Saldivar, a retired RN himself", "Guest speaker: our COPD patient Arliss Tomczak") makes staff of the person.
# Not "resident" (a medical resident works here).
NAMED_PATIENT = frozenset(("patient", "patients", "pt"))
# The cues that make a patient of a titled clinician ("our patient Dr. Ray Hill", "Dr. Hill, 70, went home"): with
# none of them, a Dr., Prof. or Rev. in a hospital's post is one of its clinicians, chaplains or speakers.
PATIENT_CUES = frozenset((Feature.PERSON_BEFORE, Feature.PERSON_AFTER, Feature.NICKNAME, Feature.RELATION))
# The clearing cues that clear a lower-case name on their own (a role, an office, a gift, a place), not the talk
# around it (recognition, renown, a greeting), which only weighs against a capitalised name's score.
DECISIVE_CUES = frozenset((Feature.STAFF_ROLE, Feature.PUBLIC_FIGURE, Feature.DONOR, Feature.BUILDING))
# The clearing cues read from the talk around a name, not from words touching it (people_names_context): a shift, a
# board, a legacy around "Mr. Abernathy" or "Mrs. Ison" speak of the hospital's work, while the courtesy title says the
# person is one of the public it serves. They still clear a Dr., Prof. or Rev. (a clinician at work) and a title
# before an everyday word ("Miss Piggy" at story hour); a role, a gift, an office or a place next to the name clears
# any title.
TALK_CUES = frozenset((Feature.RECOGNITION, Feature.RENOWN))
# The kin titles that go into the span with the name after them, as a Mr. or a Dr. does ("Nana Bea" -> [NAME]): with
# a first name, a grandmother's title says who she is to the family (a role, a rank or "Nurse" stay outside).
KIN_TITLES = RELATION_TITLES | frozenset(("papa", "mama", "tita", "tito", "lola", "tio", "tia", "big", "lil"))
# A post that says someone of the staff or a volunteer is now a patient: "This week she's on the other side of the
# bed", "our oldest volunteer-turned-patient", "he's actually a patient now in 218". There the role and the work talk
# around a name (staff_role, recognition) say who the person was, not who they are in the post: they clear no one
# but a titled clinician. Read once per text (TURNED_MEMO).
TURNED = re.compile(
    r"\b(?:(?:on )?the other side of the (?:bed|bedrail|stretcher|gown)|[a-z]+-turned-patient|turned patient|"
    r"(?:is|was|now|'s) (?:actually |now |currently )*(?:a|our) patient(?: now)? (?:here|in|on|at)\b|"
    r"(?:became|becomes|has become) (?:a|our) patient\b|"
    r"a patient (?:here )?now|trading (?:her|his|their) scrubs for a (?:hospital )?gown)"
)
TURNED_CUES = frozenset((Feature.STAFF_ROLE, Feature.RECOGNITION))
TURNED_MEMO = "phi.name.turned"
# Care given to the titled person just before the title: "Grateful to have cared for Prof. Edwin Marchbanks".
CARED_FOR = re.compile(r"(?:cared for|caring for|care for|took care of|taking care of) $")
# Document.memo key: the learned context keys of each candidate (people_names_learned), by span.
CONTEXT_KEYS = "phi.name.context_keys"
# Document.memo key: the words of the names found in this text, whose bare mentions are names too (people_names_echo).
ECHO_WORDS = "phi.name.echo_words"
# Document.memo key: the rule's matches in this text (NameRule.scan).
MATCHES = "phi.name.matches"
# Document.memo key: where the names found with a patient's cue start ("Sofia, 6,", "patient X", a wish for recovery,
# a patient's care around it): a staff member cleared later in the text who shares their words is someone else.
BOUND = "phi.name.bound"
# Document.memo key: the words of the names cleared as a kind of person (PERSON_KINDS), whose earlier mentions are
# cleared too (_not_cleared_later); not a work, a building or a place named after someone ("read Mary Poppins ...
# mary from room 12" names a patient).
PEOPLE_CLEARED = "phi.name.people_cleared"
PERSON_KINDS = frozenset((Feature.STAFF_ROLE, Feature.PUBLIC_FIGURE, Feature.DONOR))
# The features that tie a name found to a patient (with the overrides of NameRule._patient_named).
BOUND_CUES = frozenset((Feature.PERSON_AFTER, Feature.NICKNAME, Feature.CARE))
# Document.memo key: where the last name a clearing cue cleared ends (a list item after it is cleared with it).
LAST_CLEARED = "phi.name.last_cleared"
# Between two items of a list: a parenthesis (a school, a unit), then a comma or "and".
LIST_GAP = re.compile(r"(?: \([^()]{0,30}\))?(?:,| and| &|, and|, &) ")
# The rest of a list after its first item: up to six items of one or two words, none a group ("and the team from
# our pharmacy" names no one) nor a relative clause ("Harold and Bev Strand, whose gift": the list ends at Strand,
# where the cue after it is read).
LIST_REST = re.compile(
    r"(?:(?: \([^()]{0,30}\))?(?:,| and| &|, and|, &) (?!(?:the|our|your|their|all|every\w*|who|whose|which|that)\b)"
    r"[a-z][\w'-]*"
    r"(?: (?!and\b)[a-z][\w'-]*)?){1,6}"
    r"(?: \([^()]{0,30}\))?"
)
# An article (and "new", "renamed") right before a run that ends in an institution word: the run names the thing.
THING_ARTICLE = re.compile(r"(?:^|[^a-z])(?:the|our|a|an|this|its|their)(?: new| newly renamed| renamed)? $")
# A small number just before a word ("3 Makai"), and the word before the number when it makes the number a room's,
# a bed's or an age ("bed 4 Maria").
NUMBER_BEFORE = re.compile(
    r"(?:(?:^|[^\w.,:/$#-])(room|rm|bed|bay|pod|age|ages|aged|cot|crib|stall) )?(?<![\w.,:/$#-])\d{1,2} $"
)
# people_scripts' saint words of Cyrillic and Greek as the rule reads them, after normalization has folded their Latin
# look-alike letters: "Svyatoho Mykolaia" (of Saint Nicholas) names a feast day.
OTHER_SAINTS = frozenset(normalize(word).text.lower() for word in SAINT_WORDS)
# A number after a word: "Medic 2", "Engine 12".
NUMBERED = re.compile(r" \d")
# Document.memo key: the words of the names a clearing cue cleared in this text (a later mention of them is the same
# staff member, donor or public figure: "Rest easy, Evelyn").
CLEARED = "phi.name.cleared"
# The words before a capitalised word that make it titled: every honorific, the abbreviated ones with their stop too.
HONORIFIC_WORDS = STRONG_HONORIFICS | WEAK_HONORIFICS | frozenset(f"{h}." for h in ABBREVIATED_HONORIFICS)
# What follows a verb used as an order: "Mark your calendars", "Bill the insurer", "Pat yourself on the back".
IMPERATIVE_OBJECT = re.compile(r" (?:your|yours|yourself|our|the|this|these|those|it|them|up|down)\b")


def _nicknamed(lower: str, start: int, prev: str | None = None) -> bool:
    """ "nicknamed Peanut", "goes by Tank", "aka Big J": the regex only when the word before can end such a cue.

    `prev`: previous_word(lower, start) when the caller has it already (it is not read twice)."""
    if (previous_word(lower, start) if prev is None else prev).rstrip(",") not in NICKNAME_LAST:
        return False
    return NICKNAME_BEFORE.search(before_window(lower, start, 24)) is not None


def _grammar_word_first(text: str, lower: str, start: int, end: int) -> bool:
    """A finding in lower case inside a foreign sentence that opens with a function word of that language ("sa aming
    pamilya": 'aming', "na sumasayaw"): a word of the sentence, whatever cue stands around it."""
    first = lower[start:end].split(" ", 1)[0]
    return text[start : start + 1].islower() and first in FOREIGN_WORDS


def _full_name(found: str) -> bool:
    """Two capitalised words or more: a full name, which no sentence of another language writes by chance."""
    words = found.split()
    return len(words) > 1 and sum(1 for word in words if word[:1].isupper()) > 1


def _decided(
    text: str, name: list[Token], titled_from: int | None, initial: re.Match[str] | None, tokens: list[Token]
) -> tuple[list[Token], int | None, int]:
    """A name found: its tokens, where its title or leading initial starts, where it ends (over a trailing
    initial: "Priya S.")."""
    if initial is not None and name[0] is tokens[0]:
        titled_from = initial.start()
    stop = name[-1].end
    trailing = TRAILING_INITIAL.match(text, stop) if text[stop + 2 : stop + 3] == "." else None
    return name, titled_from, trailing.end(1) if trailing else name[-1].end


def _with_short_forms(keys: Iterable[str]) -> Iterator[str]:
    """The words of a cleared name and their short forms of three letters or more ("walter" -> "walt"): a later
    "Walt" is the same person. Bounded by each word's length."""
    for key in keys:
        yield key
        yield from (key[:size] for size in range(3, len(key)))


def _unit_word(text: str, lists: NameLists, token: Token) -> bool:
    """A unit's shorthand glued to a slash ("Med/Surg": a name is not written so), or a word with a number that
    names a crew or a place ("Medic 2", "Engine 12"; not a first name: "Kayla 2")."""
    if "/" in text[token.start - 1 : token.stop + 1]:
        return True
    forename = token.key in lists.first and token.key not in lists.words
    return NUMBERED.match(text, token.stop) is not None and not forename


# The wing of a floor after its number: "4 West Med-Surg", "6 North Tower" (the whole run is the unit's name).
COMPASS = frozenset(("north", "south", "east", "west", "mauka", "makai"))
# An acronym in the plural: "EDs", "ICUs", "ORs", "CNAs".
ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
# The other half of a pair joined by "&" right after the word, and right before it.
FIRM_AFTER = re.compile(r" & ([A-Z][a-z]+)\b")
FIRM_BEFORE = re.compile(r"\b([A-Z][a-z]+) & $")


def _acronym_or_firm(text: str, lists: NameLists, token: Token) -> bool:
    """An acronym in the plural ("EDs"), or a firm named for its founders: one word joined by "&" to itself
    ("Johnson & Johnson") or to an everyday word that is no first name ("Smith & Nephew", "Procter & Gamble"). Two
    people joined by "&" are two names ("Kenzie & Tyler"); a person is never paired with a word so."""
    if ACRONYM_PLURAL.fullmatch(text, token.start, token.end):
        return True
    other = FIRM_AFTER.match(text, token.stop) if text.startswith(" & ", token.stop) else None
    if other is None and text.endswith(" & ", 0, token.start):
        other = FIRM_BEFORE.search(text, max(0, token.start - 24), token.start)
    if other is None:
        return False
    key = other.group(1).lower()
    firm_word = key in lists.words and key not in lists.first
    return key == token.key or (firm_word and token.key not in lists.popular_first)


def _numbered_unit(lower: str, start: int) -> bool:
    """A word right after a floor or unit number ("4 West", "3 Makai"), not after a room, a bed or an age ("bed 4
    Maria"): a unit's name, not a person's."""
    found = NUMBER_BEFORE.search(lower, max(0, start - 16), start)
    return found is not None and found.group(1) is None


def _list_cues(lower: str, head: int, end: int) -> list[Feature]:
    """The clearing cues after the list the name opens ("Tammy, Rodney and Big Mike in the lab"), or the plural role
    of the whole list ("Mr. Hamish Caldwell and Ms. Yetunde Bakare, Consultant Colorectal Surgeons, ran": a singular
    role there is the last item's alone, "Mr. Obuya and Ms. Ferreira-Lam, our patient advocate will call you")."""
    listed = LIST_REST.match(lower, end)
    cues = clearing_cues(lower, head, listed.end(), building=False) if listed else []
    if not cues and LIST_ROLES_AFTER.match(lower, end):
        cues.append(Feature.STAFF_ROLE)
    return cues


# "X and Y", "X & Y": the capitalised word after the pair's "and" (people_names: _paired_with_forename).
PAIRED = re.compile(r" (?:and|&) ([A-Z][a-z'-]+)\b")


def _paired_with_forename(lists: NameLists, text: str, end: int) -> bool:
    """A word that may be a name, paired by "and" or "&" with a first name that is nothing else ("Keoni and Malia",
    "twins Wren and Ellis", "Asher, Beckett & Cora"): both are people. Not "Salt and Pepper", "Hope and Grace"."""
    paired = PAIRED.match(text, end)
    if paired is None:
        return False
    key = paired.group(1).lower()
    return key in lists.first and key not in lists.words and key not in lists.places and key not in DAYS


def _called_patient(text: str, lower: str, head: int) -> bool:
    """The word right before the name calls it a patient (NAMED_PATIENT); "pt" only as written in lower case, the
    patient's shorthand ("my pt T.R."), not "PT", a physical therapist ("Our PT Maria Lopez leads the class")."""
    word = previous_word(lower, head)
    if word not in NAMED_PATIENT:
        return False
    return word != "pt" or text[head - 3 : head - 1] == "pt"


# A first name and a nickname in quotes just before a word: "Eleanor 'Dutch' Vandermeer" (the run stops at the quote).
NICKNAME_BEFORE_SURNAME = re.compile(r"(?<![a-z])[a-z][a-z'-]+ ['\"\u2018\u201c][a-z][a-z -]{0,18}['\"\u2019\u201d] $")
QUOTES = frozenset("'\"\u2019\u201d")


def _after_nickname(lower: str, start: int) -> bool:
    """The word after a first name and a quoted nickname is the surname of a person ("Eleanor 'Dutch' Vandermeer"):
    the quote cut the run, and the surname alone would be read with no cue."""
    if start < 4 or lower[start - 2] not in QUOTES:
        return False
    return NICKNAME_BEFORE_SURNAME.search(lower, max(0, start - 48), start) is not None


def _surname_after(lists: NameLists, before: Token, feats: Features, token: Token) -> bool:
    """ "Luis Paredes", "Bobby Seals", "Verlie Combs": an everyday word the surname list knows, right after a first
    name that is nothing else, is the surname, not an edge to trim (which left it beside the redacted first name)."""
    if before.key not in lists.first or not feats.strong or token.key not in lists.last:
        return False
    return token.key not in MONTHS and token.key not in DAYS and token.key not in lists.places


def _uncovered_tail(text: str, found: list[Match], start: int, end: int) -> Match | None:
    """The part of a shaped name [start, end) after the finding that covers its start, from its next letter: a
    chart's "Surname, I." whose surname the runs found ("Ramirez, J." -> "J."). None when nothing is left. `found`
    is read once per such name (a chart line or two in a post)."""
    reach = max((m.end or 0 for m in found if m.start is not None and m.start <= start < (m.end or 0)), default=end)
    while reach < end and not text[reach].isalnum():
        reach += 1
    return Match(reach, end) if reach < end else None


def _kin_start(prev: str, edge: Token | None, start: int) -> int | None:
    """Where a kin title right before a name starts (KIN_TITLES), so the title is redacted with the name: the word
    trimmed off the run's head (`edge`) or, with none, the word before the run (`prev`, lower-cased)."""
    if edge is not None:
        return edge.start if kin_title(edge.key) in KIN_TITLES else None
    return start - len(prev) - 1 if prev and kin_title(prev) in KIN_TITLES else None


def _patient_named(text: str, lower: str, head: int, end: int, features: list[Feature]) -> bool:
    """What makes a patient of the name at [head, end) whatever role the text gives it: called a patient right
    before it, a wish for recovery, an organ given to it, a patient's state after it, a relative of it in a post
    about care."""
    trailing = TRAILING_INITIAL.match(text, end) if text[end + 2 : end + 3] == "." else None
    return bool(
        _called_patient(text, lower, head)  # "our COPD patient Arliss Tomczak" (not "our patients, X")
        or WISHED.search(before_window(lower, head, 40))
        or ORGAN_GIVEN_TO.search(before_window(lower, head, 64))  # "gave a kidney to my coworker Greg Fairbanks"
        or RECOVERING_AFTER.match(lower, trailing.end() if trailing else end)  # "Kerry D., a former ... patient"
        or (KIN_AFTER.match(lower, end) and Feature.CARE in features)
    )


# A word of any script, with its inner apostrophes and hyphens ("Tomás", "O'Neil", "Dizon-Pratt").
LETTERS = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
# A name's words that say nothing of who the person is: titles and kin words ("Mama Jo", "Mr. Alvin").
TITLE_WORDS = HONORIFIC_WORDS | KIN_TITLES


def _cleared_word(key: str, cleared: set[str]) -> bool:
    """A word of a cleared name: the word itself, a short form of three letters or more (in `cleared` already), or
    a two-letter short form of a cleared word ("Jo" for Josephine). Linear in the cleared words."""
    return key in cleared or (len(key) == 2 and any(word.startswith(key) for word in cleared if len(word) > 3))


def _not_cleared_later(doc: Document, found: list[Match]) -> list[Match]:
    """The names found, but those a clearing cue later in the text speaks of: a person given a staff role, a gift
    or an office anywhere in the post is the same person at every mention, before it as after it ("Rest easy, Mama
    Jo. Josephine Tillman ran our front desk for 22 years"; the forward half is NameRule._decide's CLEARED test).
    Not a name found with a patient's cue (BOUND): "Sofia, 6, went home ... thanks to nurse Sofia Ruiz" names two.
    One pass over the names found, each read once."""
    cleared: set[str] = doc.memo(PEOPLE_CLEARED, set)
    if not cleared or not found:
        return found
    bound: set[int] = doc.memo(BOUND, set)
    kept: list[Match] = []
    for match in found:
        start, end = match.start or 0, match.end or 0
        keys = [strip_possessive(w) for w in LETTERS.findall(doc.lower, start, end)]
        words = [k for k in keys if len(k) > 1 and k not in TITLE_WORDS and kin_title(k) not in TITLE_WORDS]
        if (
            words
            and all(_cleared_word(fold_strokes(k), cleared) for k in words)
            and not any(start <= b < end for b in bound)
        ):
            continue
        kept.append(match)
    return kept


# Care said to be ours, around a public figure: "We were honored to care for former county commissioner Wendell
# Oakes", "the ACL reconstruction Dr. Ocasio-Burke performed here". A mayor, a skier or a sheriff who visits, judges
# or speaks is not named for their care (the care words of a NICU fundraiser or a transplant post are no one's); one
# our staff gave them is told of a patient.
OUR_CARE = re.compile(
    r"\b(?:(?:honou?red|privileged|proud|grateful|blessed) to (?:have )?(?:care|cared|caring) for|(?:performed|done) "
    r"here|(?:we|our (?:[a-z-]+ )?team) (?:cared for|treated|operated on))\b"
)


def _cared_for_here(lower: str, start: int, end: int) -> bool:
    """Care our staff gave is told around the candidate (OUR_CARE), on its line, within people_names_context's
    window each side."""
    begin, stop = window(lower, start, end)
    return OUR_CARE.search(lower, begin, stop) is not None


def _care(lower: str, start: int, end: int) -> list[Feature]:
    """The positive feature of people_names_context: a patient's care spoken of around the candidate."""
    return [Feature.CARE] if care_near(lower, start, end) else []


def candidate_keys(doc: Document, start: int, end: int) -> frozenset[str]:
    """people_names_learned's keys of the candidate at [start, end), kept in the text's memo (one entry per
    candidate the text holds): the positive part and the full decision read the same keys once."""
    memo: dict[tuple[int, int], frozenset[str]] = doc.memo(CONTEXT_KEYS, dict)
    keys = memo.get((start, end))
    if keys is None:
        keys = memo[(start, end)] = context_keys(doc.text, doc.lower, start, end)
    return keys


def _foreign_title(doc: Document, start: int, prev: str) -> bool:
    """A kin or courtesy title of another language in lower case just before the name ("bác Lợi", "doña Chayo"):
    written in lower case it is a title, not the start of a run of capitalised words."""
    begin = start - 1 - len(prev)
    return bool(prev) and begin >= 0 and doc.text[begin].islower() and foreign_title_before(doc.normalized, prev, start)


# How far before a name its line's handles may reach (a reply to two or three people).
HANDLES_WIDTH = 80


def _opens_line(lower: str, start: int) -> bool:
    """Nothing but handles before `start` on its line: where a reply puts the name it speaks to ("@kim_b Frank,
    ...")."""
    line = lower.rfind("\n", max(0, start - HANDLES_WIDTH), start) + 1
    if line == 0 and start > HANDLES_WIDTH:
        return False  # more than a few handles before it on its line
    return all(word.startswith("@") for word in lower[line:start].split())


def _starts_sentence(lower: str, start: int) -> bool:
    before = lower[:start].rstrip()
    return not before or before[-1] in ".!?:;\n-*"


class NameRule(LowerCaseNames, Rule):
    id = "phi.name"
    category = Category.PHI
    severity = Severity.BLOCK
    message = "Name of a person who is not on the staff list: a patient's, a relative's or a commenter's"
    fix = FixKind.REDACT
    tag = "[NAME]"
    # Judged run by run, with the words around a run; the names the text clears only ever drop a later candidate.
    locality = Locality.SENTENCES

    EPONYM_FILE: ClassVar[str] = "eponyms.txt"
    NOT_NAMES_FILE: ClassVar[str] = "names/not_names.txt"
    WEIGHTS_FILE: ClassVar[str] = WEIGHTS_FILE  # in guardrails/data/: the fitted weights (people_names_weights)

    def __init__(self, settings: GuardrailSettings) -> None:
        super().__init__(settings)
        terms = settings.terms
        org = settings.organization
        self.threshold = settings.names.threshold
        self._tags: dict[str, list[TagName]] = {}  # people_names_shapes' memo of hashtag bodies (bounded)
        # Bounded memos of what depends on the words alone, not on the text around them: the same words (Monday,
        # ICU, the organization's name, common names) come back post after post. Each is cleared when full.
        self._plans: dict[tuple[str, str], RunPlan] = {}
        self._feature_memo: dict[str, Features] = {}
        self._word_kinds: dict[str, WordKind] = {}
        self._lower_kinds: dict[str, LowerKind] = {}
        self._exclusions: dict[tuple[tuple[str, ...], int, bool], tuple[bool, ...]] = {}
        self._shapes: dict[tuple[tuple[str, ...], tuple[bool, ...], bool, bool], tuple[Feature, tuple[int, ...]]] = {}
        self.staff: list[frozenset[str]] = []
        for member in settings.staff:
            keys = frozenset(k for k in phrase_key(member.name.split(",")[0]) if k not in STRONG_HONORIFICS)
            if keys:
                self.staff.append(keys)
        self.staff_words: frozenset[str] = frozenset().union(*self.staff) if self.staff else frozenset()
        hard: list[Phrase] = [*data_terms(self.EPONYM_FILE), *data_terms(self.NOT_NAMES_FILE)]
        hard += [phrase_key(t) for t in (*terms.eponyms, *terms.not_names)]
        own = [phrase_key(t) for t in (org.name, *org.aliases, *org.towns)]
        hard += own
        hard += [(k,) for phrase in own for k in phrase]  # "Riverside" alone is still the organization
        # Runs drop particles ("Cinco de Mayo" is read as cinco, mayo), so the terms do too.
        self.hard = PhraseIndex(tuple(k for k in p if k not in PARTICLES) for p in hard if p)

    def scan(self, doc: Document) -> Iterator[Match]:
        """Once per text, whoever asks first: phi.photo asks too, and the search fills the text's memos of cleared
        names (CLEARED, LAST_CLEARED), so a second search of the same text would start from the first one's."""
        yield from doc.memo(MATCHES, lambda: list(self._find(doc)))

    def _find(self, doc: Document) -> Iterator[Match]:
        text = doc.text
        capitals = any("A" <= c <= "Z" for c in text)
        if not capitals and " " not in text.strip() and "#" not in text:
            yield from other_script_names(doc)
            return  # one lower-case word ("hello") cannot be read as a name: no need to load the lists
        lists = name_lists()
        found: list[Match] = []
        if capitals:
            lower = doc.lower
            for start, end in runs(text):
                if self._plain_word(lists, text, lower, start, end):
                    continue
                found.extend(self._run(doc, lists, start, end))
        found.extend(m for m in self._lower_pairs(doc, lists, found) if not self._lower_cleared(doc, m))
        found.extend(m for m in self._lower_person_noun(doc, lists, found) if not self._lower_cleared(doc, m))
        found = self._outside_foreign(doc, found)
        found = _not_cleared_later(doc, found)
        found.extend(self._shaped(doc, lists, found))
        yield from found
        yield from self._echoed(doc, lists, found)
        yield from other_script_names(doc)

    def keeps_findings(self, doc: Document, fixed: Document, appendix: Document) -> bool:
        """The findings stand for the text with a disclaimer appended unless the disclaimer holds a word of a name
        found in the text: that word would be a bare mention of it there (people_names_echo)."""
        list(self.scan(doc))
        known: set[str] = doc.memo(ECHO_WORDS, set)
        if not self._turned(doc) and TURNED.search(appendix.lower):
            return False  # the appendix would make the text's staff read as a patient: read it again
        return not mentions(appendix.text, known)

    @staticmethod
    def _turned(doc: Document) -> bool:
        """Whether the text says a staff member or a volunteer is now a patient (TURNED), read once per text."""
        return doc.memo(TURNED_MEMO, lambda: TURNED.search(doc.lower) is not None)

    def _echoed(self, doc: Document, lists: NameLists, found: list[Match]) -> Iterator[Match]:
        """The bare mentions of a name found elsewhere in the text (people_names_echo): "June Kowalski ... June
        started volunteering" names her twice. Not a word the text cleared (a staff member's) nor the staff list's."""
        if not found:
            return
        cleared: set[str] = doc.memo(CLEARED, set)
        words = name_words(doc.text, found, lists, lambda key: key in cleared or self._excluded_word(key))
        known: set[str] = doc.memo(ECHO_WORDS, set)
        known.update(words)
        lower = doc.lower
        paired = list(partners(doc.text, found, lists, lambda key: key in cleared or self._excluded_word(key)))
        paired += nicknames_between(doc.text, found)
        paired += wrapped(doc.text, found + paired, lists, lambda key: key in cleared or self._excluded_word(key))
        yield from paired
        yield from echoes(doc.text, found + paired, words, lists, lambda start: _starts_sentence(lower, start))

    @staticmethod
    def _lower_cleared(doc: Document, match: Match) -> bool:
        """A name in lower case with a clearing cue around it, read as for a capitalised one: "keisha montgomery-bell
        our CNA on 3", "dr. tran minh khoa, residente del año" (a titled clinician with no patient cue). A wish for
        recovery or a patient's state after it keeps it a name ("get well soon, maria gonzalez")."""
        if match.start is None or match.end is None:
            return False
        lower, start, end = doc.lower, match.start, match.end
        if WISHED.search(before_window(lower, start, 40)) or RECOVERING_AFTER.match(lower, end):
            return False
        title = previous_word(lower, start)
        clinical = title.endswith(".") and title[:-1] in CLINICAL_TITLES
        head = start - len(title) - 1 if clinical else start
        if clinical and not (
            PATIENT_AFTER.match(lower, end) or previous_word(lower, head).rstrip(",:") in PATIENT_WORDS
        ):
            return True  # "dr. tran minh khoa": a clinician at work, as "Dr. Tran" is
        cues = clearing_cues(lower, head, end, building=False, titled=clinical)
        return not DECISIVE_CUES.isdisjoint(cues)  # not the talk around it alone: "thanks to bobby and carla"

    def _outside_foreign(self, doc: Document, found: list[Match]) -> list[Match]:
        """A sentence in another language (people_names_foreign) holds everyday words the name lists know: a
        finding there stands only as a full name in capitals ("Mucho ánimo a Luis Rodríguez") or beside a person
        cue (a title, a context before or after), and never when it opens in lower case with a function word of the
        language ("mula sa aming pamilya": a cue around a word of the sentence is the grammar's, not a person's)."""
        if not found:
            return found
        spans = foreign_sentences(doc.normalized)
        if not spans:
            return found
        lower = doc.lower
        return [
            m
            for m in found
            if m.start is None
            or m.end is None
            or not inside(spans, m.start)
            or (
                not _grammar_word_first(doc.text, lower, m.start, m.end)
                and self._stands_in_foreign(doc, spans, m.start, m.end)
            )
        ]

    def _stands_in_foreign(self, doc: Document, spans: list[tuple[int, int]], start: int, end: int) -> bool:
        """Whether a finding at [start, end) inside a foreign sentence stands: see _outside_foreign."""
        lower = doc.lower
        return bool(
            not_foreign(doc.text, spans, start, end)
            or (_full_name(doc.text[start:end]) and not greeting_first(doc.text[start:end]))
            or self._honorific(lower, start) is not None
            or lower[start:end].split(" ", 1)[0] in HONORIFIC_WORDS  # "esp mr. delacruz": titled in the span
            or foreign_title_before(doc.normalized, previous_word(lower, start), start)
            or self._before(lower, start)
            or PERSON_AFTER.match(lower, end) is not None
        )

    def _shaped(self, doc: Document, lists: NameLists, found: list[Match]) -> Iterator[Match]:
        """Hashtag parts, initials and spelled-out names (people_names_shapes) that no other finding covers."""
        text = doc.text
        if not has_shapes(text):
            return  # most posts: no hashtag, CamelCase, initials or spelled letters, nothing to set up

        def vet(start: int, end: int, shape: Feature, extra: tuple[Feature, ...]) -> bool:
            return self._vet(doc, start, end, shape, extra)

        covered = Covered.of(found)
        for match in shaped_names(text, Vetting(lists, self._excluded_word, vet, self._tags)):
            start, end = match.start or 0, match.end or 0
            if end - 1 in covered:
                continue  # a name found already
            if start in covered:
                tail = _uncovered_tail(text, found, start, end)  # "Ramirez, J." found as "Ramirez": the ", J." too
                if tail is not None:
                    yield tail
                continue
            yield match

    def _plain_word(self, lists: NameLists, text: str, lower: str, start: int, end: int) -> bool:
        """Fast path: one everyday word (the first word of most sentences) with no honorific or context before."""
        key = fold_strokes(lower[start:end])
        kind = self._word_kinds.get(key)
        if kind is None:
            kind = _word_kind(lists, key)
            remember(self._word_kinds, key, kind)
        spaced, listed, plural, plain = kind
        if spaced:
            return False
        if listed and IMPERATIVE_OBJECT.match(lower, end) and _starts_sentence(lower, start):
            return True  # "Mark your calendars", "Grace our halls": a verb at the head of a sentence
        prev = previous_word(lower, start)
        if prev == "the" and plural:
            return False  # "the Hendersons": a family
        if not plain or PERSON_AFTER.match(lower, end):
            return False
        if lower.startswith((" and ", " & "), end) and _paired_with_forename(lists, text, end):
            return False  # "Keoni and Malia": one of a pair with a first name
        if not prev:
            return True  # the first word of the text or of a line: no honorific, no cue before
        if prev in PARTICLES:
            return not self._honorific(lower, start)  # "Mx. van Holland": the title stands further back
        if kin_title(prev) in HONORIFIC_WORDS:
            return False  # Mr., Dr. (with its stop), Miss, Nurse, Aunt...
        cue = prev.rstrip(",:")
        if cue in PERSON_BEFORE_LAST and PERSON_BEFORE.search(lower, max(0, start - self.BEFORE_WINDOW), start):
            return False
        return prev.rstrip(",") not in NICKNAME_LAST or not _nicknamed(lower, start, prev)

    # -- capitalised runs -------------------------------------------------------------------------------------

    def _run(self, doc: Document, lists: NameLists, start: int, end: int) -> Iterator[Match]:
        plan = self._plan(doc.text, doc.lower, start, end)
        for group in plan:
            tokens = [Token(start + s, start + e, start + p, k, c) for s, e, p, k, c in group]
            yield from self._group(doc, lists, tokens)

    def _plan(self, text: str, lower: str, start: int, end: int) -> RunPlan:
        """The run's groups of tokens (offsets from its start), read once per distinct run and remembered: they
        depend on the run's characters alone. Groups: words of one case (a shouted name is read apart from the
        words around it); an honorific inside the run ("Miss Park", "Nurse Jackie") ends a group and vouches for
        the next."""
        key = (text[start:end], lower[start:end])
        plan = self._plans.get(key)
        if plan is not None:
            return plan
        tokens = self._tokens(text, lower, start, end)
        groups: list[tuple[TokenPlan, ...]] = []
        group: list[Token] = []
        caps = tokens[0].caps if tokens else False
        for token in tokens:
            if token.key in STRONG_HONORIFICS or token.key in WEAK_HONORIFICS:
                if group:
                    groups.append(_relative(group, start))
                group = []
                continue
            if group and not (
                len(token.key) == 1 or token.caps == caps or (len(group[-1].key) == 1 and len(group) == 1)
            ):
                groups.append(_relative(group, start))
                group = []
            group.append(token)
            if len(token.key) > 1:
                caps = token.caps
        if group:
            groups.append(_relative(group, start))
        plan = tuple(groups)
        remember(self._plans, key, plan)
        return plan

    def _tokens(self, text: str, lower: str, start: int, end: int) -> list[Token]:
        """The run's words without particles. A possessive ends the name: what follows it is not read."""
        tokens: list[Token] = []
        position = start
        for word in text[start:end].split(" "):
            word_end = position + len(word)
            if word and word not in PARTICLES:
                lowered = lower[position:word_end].rstrip(".")
                bare = strip_possessive(lowered.rstrip("'"))
                key = fold_strokes(bare)  # "Stanisław" is read as stanislaw, letter for letter
                caps = len(key) > 1 and word[: len(key)].isupper()  # "MEHTA's" is shouted too
                tokens.append(Token(position, position + len(key), position + len(lowered), key, caps))
                if bare != lowered:
                    break
            position = word_end + 1
        return tokens

    def _group(self, doc: Document, lists: NameLists, tokens: list[Token]) -> Iterator[Match]:
        lower = doc.lower
        prev = previous_word(lower, tokens[0].start)
        if prev in SAINTS or tokens[0].key in OTHER_SAINTS:
            return  # "St. Jude", "Saint Mary", "Svyatoho Mykolaia": a saint names a feast, a church, a town
        honorific = self._honorific(lower, tokens[0].start, prev)
        titled = honorific == "strong"
        lead = (tokens[0].start, prev, honorific)  # read once: the segments and the decision starting here reuse it
        if len(tokens) == 1 and tokens[0].caps and not titled:
            return  # an acronym: ROI, ICU
        if len(tokens) == 1 and not titled and _unit_word(doc.text, lists, tokens[0]):
            return
        if (len(tokens) == 1 or tokens[0].key in COMPASS) and not titled and _numbered_unit(lower, tokens[0].start):
            return  # "2 Mauka and 3 Makai reopen", "4 West Med-Surg": a unit named after its floor number
        if len(tokens) == 1 and not titled and _acronym_or_firm(doc.text, lists, tokens[0]):
            return  # "EDs", "Johnson & Johnson", "Smith & Nephew": units and firms, no one's name
        if titled and self.hard.longest([prev.rstrip("."), tokens[0].key], 0) == 2:
            return  # "Mrs. Claus", "Dr Pepper": a character or a brand with a title (not_names.txt)
        scored: Scored | None = None
        if len(tokens) == 1:
            # One word (most runs) is its own segment or none: the exclusions below can only drop it, so the ones
            # that need no following word (a stopword, a one-word term) and a score under the threshold end it
            # here, and a score above it is handed on, not computed twice.
            key = tokens[0].key
            if (key in STOPWORDS and len(key) > 1) or (not titled and key in self.hard.single):
                return
            scored = self._scored(doc, lists, tokens, [self._features(lists, tokens[0].key)], (prev, honorific))
            if scored is None:
                return
        stop = tokens[-1].stop
        after = WORD.findall(doc.text, stop, stop + 40)[:3]
        following = [strip_possessive(w.lower()) for w in after]
        keys = [t.key for t in tokens] + following
        memo_key = (tuple(keys), len(tokens), titled)
        known = self._exclusions.get(memo_key)
        if known is None:
            known = tuple(self._excluded(keys, len(tokens), titled))
            remember(self._exclusions, memo_key, known)
        keep = list(known)
        for index, token in enumerate(tokens):
            if ACRONYM_PLURAL.fullmatch(doc.text, token.start, token.end):
                keep[index] = False  # "Our EDs", "Both ORs": an acronym in the plural inside a longer run
        # Only a capitalised word straight after the run can close an institution's name.
        follows = after and after[0][0].isupper() and not tokens[0].caps and doc.text[stop : stop + 1] == " "
        limit = len(tokens) + (1 if follows else 0)
        named_thing = None  # whether an article stands before the run (read at the first institution word)
        for index in range(1, limit):
            if keys[index] in INSTITUTION_WORDS and not self._surname_after_forename(lists, keys, index):
                # "Mercy Hospital", "Cedar Valley Community Hospital": up to three words before an institution
                # word name the institution, not a person; after an article, every word of the run before it does
                # ("The new Harriet Lowe Fitzgerald Family Resource Center is open").
                if named_thing is None:
                    named_thing = THING_ARTICLE.search(before_window(lower, tokens[0].start, 24)) is not None
                for j in range(0 if named_thing else max(0, index - 3), min(index + 1, len(tokens))):
                    keep[j] = False
        segment: list[Token] = []
        for token, kept in zip(tokens, keep, strict=True):
            if kept:
                segment.append(token)
            elif segment:
                yield from self._segment(doc, lists, segment, lead)
                segment = []
        if segment:
            yield from self._segment(doc, lists, segment, lead, scored)

    def _surname_after_forename(self, lists: NameLists, keys: list[str], index: int) -> bool:
        """ "Jun-ho Park", "Mary Hall": an institution word that is a surname, after a first name that is nothing
        else, is the surname (but "Grant Park", "Central Park" are places)."""
        before = keys[index - 1]
        word = keys[index]
        if word not in lists.last or (word in lists.words and word not in lists.popular_last):
            return False  # "Morrison Garage": an everyday word that some list holds as a surname
        return before not in lists.popular_first and self._features(lists, before).strong

    def _excluded(self, keys: list[str], count: int, titled: bool) -> list[bool]:
        """For each of the run's `count` words: True if it may be part of a name (no hard exclusion).

        After Mr./Mrs./Dr. a one-word term is a surname (Miss Mesa, Mr. Parkinson); phrases still exclude."""
        keep = [True] * count
        index = 0
        while index < count:
            length = max(self.hard.longest(keys, index), self._place(keys, index))
            if length == 1 and titled and index == 0:
                length = 0
            if length:
                for j in range(index, min(index + length, count)):
                    keep[j] = False
                index += length
                continue
            key = keys[index]
            if key in STRONG_HONORIFICS or key in WEAK_HONORIFICS or (key in STOPWORDS and len(key) > 1):
                keep[index] = False  # never inside a name: "FUNDRAISER FOR BRINDA" is two runs
            index += 1
        if count < len(keys) and keys[count] in EPONYM_HEADS:
            keep[count - 1] = False
        return keep

    def _place(self, keys: list[str], index: int) -> int:
        """Multi-word places are excluded outright (San Diego); one-word places only weaken a name."""
        length = place_index().longest(keys, index)
        return length if length > 1 else 0

    def _segment(
        self, doc: Document, lists: NameLists, tokens: list[Token], lead: Lead, scored: Scored | None = None
    ) -> Iterator[Match]:
        """`lead`: the word before the group and its honorific, (start, previous word, honorific). `scored`: the
        score of a one-word group, read by the group already."""
        feats = [self._features(lists, t.key) for t in tokens]
        # Everyday words at the edges (Meet, Join, The) are not part of a name; one word always stays.
        lower = doc.lower
        at, prev, honorific = lead
        if tokens[0].start != at:
            prev = previous_word(lower, tokens[0].start)
            honorific = self._honorific(lower, tokens[0].start, prev)
        first, last = 0, len(tokens)
        while last - first > 1 and feats[first].weak_edge and not self._forename(lists, tokens, first):
            first += 1
        # "Adweta Ravel's family": a person context after the run vouches for its last word too.
        while (
            last - first > 1
            and feats[last - 1].weak_edge
            and tokens[last - 2].key not in MIDDLE_NAMES  # "Nguyen Thi Thu": a given name after Thị, not Thursday
            and not PERSON_AFTER.match(lower, tokens[-1].end)
            and not _surname_after(lists, tokens[last - 2], feats[last - 2], tokens[last - 1])
        ):
            last -= 1
        if (
            honorific == "strong"
            or (first and self._before(lower, tokens[0].start, prev))
            or (first and _nicknamed(lower, tokens[0].start, prev))
        ):
            first = 0  # "Mrs. June Carter", "thank you to Precious Jackson": the words after it are the name
        edge = tokens[first - 1] if first else None  # a word trimmed off the run's head ("Great-Grandma")
        tokens, feats = tokens[first:last], feats[first:last]
        decided = self._decide(doc, lists, tokens, feats, None if first else (prev, honorific), scored)
        if decided is None:
            return
        name, titled_from, end = decided
        if titled_from is None and name[0] is tokens[0]:
            titled_from = _kin_start(prev, edge, tokens[0].start)  # "Nana Bea", "Great-Grandma Pearl": redacted whole
        # One match per run of adjacent words (a shouted line may hold two names apart). A title goes with the
        # name it stands before: "Mx. van Holland" is redacted whole, as [NAME].
        position = {token.start: i for i, token in enumerate(tokens)}  # a dict, not tokens.index: linear time
        chunk = [name[0]]
        for token in name[1:]:
            if position[token.start] != position[chunk[-1].start] + 1:
                yield Match(titled_from if titled_from is not None else chunk[0].start, chunk[-1].end)
                titled_from = None
                chunk = []
            chunk.append(token)
        yield Match(titled_from if titled_from is not None else chunk[0].start, max(end, chunk[-1].end))

    def _decide(
        self,
        doc: Document,
        lists: NameLists,
        tokens: list[Token],
        feats: list[Features],
        lead: tuple[str, str | None] | None = None,
        scored: Scored | None = None,
    ) -> tuple[list[Token], int | None, int] | None:
        """The candidate's score (people_names_score): the name's tokens, where its title starts and where the
        name ends (over a trailing initial: "Priya S."), or None when the score stays under the threshold.
        `lead`: the word before the first token and its honorific, when the caller has read them; `scored`: the
        positive score, when the caller has computed it for these tokens."""
        if scored is None:
            scored = self._scored(doc, lists, tokens, feats, lead)
            if scored is None:
                return None
        lower, text = doc.lower, doc.text
        start, end = tokens[0].start, tokens[-1].end
        features, contexts, shape, name, titled_from, initial = scored
        cleared: set[str] = doc.memo(CLEARED, set)
        if cleared and all(t.key in cleared for t in name if len(t.key) > 1):
            return None  # "Nurse Evelyn Hartwell, who cared for our NICU babies ... Rest easy, Evelyn": the same person
        last: list[int] = doc.memo(LAST_CLEARED, list)
        if last and not contexts and Feature.CARE not in features and LIST_GAP.fullmatch(lower, last[0], start):
            last[0] = end  # "Priya Raman (Tufts), Jonah Feldstein (UVM)": the next item of a cleared list, no cue of
            return None  # its own: one of the same residents, sponsors or finalists
        head = titled_from if titled_from is not None else start
        if shape is Feature.ALONE and contexts:
            name = tokens  # a context vouches for every word of the run, not only the name-like ones
        building = len(tokens) > 1 and tokens[-1].key in BUILDING_WORDS and tokens[-2].key not in lists.popular_first
        clinical = titled_from is not None and lower[titled_from:start].split(".")[0].strip() in CLINICAL_TITLES
        positive = len(features)
        over = None
        # A wish for recovery right before it ("Get well soon, Mayor Loretta Greenlee!") makes a patient of any role:
        # no clearing cue is read.
        patient = _patient_named(text, lower, head, end, features)
        if not patient:
            over = QUOTED_NICKNAME.match(lower, end)  # 'Kathleen "Kitty" Moynihan, RN': the cues follow the surname
            cue_end = over.end() if over else end
            cues = clearing_cues(lower, head, cue_end, building, titled=clinical)
            if titled_from is not None and not clinical and shape is not Feature.WORDS:
                cues = [c for c in cues if c not in TALK_CUES]  # "read the paper to Mr. Abernathy": a patient
            features += cues
            if clinical and not PATIENT_CUES.intersection(features):
                features.append(Feature.STAFF_ROLE)  # a Dr./Prof./Rev. with no patient cue works here
            features += _list_cues(lower, head, cue_end)
            for index in (1, 2)[: len(tokens) - 1]:  # "Governor Patrick Shaw", "Councilmember Yusuf Demir": a title
                if feats[index - 1].strong:  # inside the run, before the name
                    break
                features += clearing_cues(lower, tokens[index].start, cue_end, building=False)
            if Feature.PUBLIC_FIGURE in features and _cared_for_here(lower, head, end):
                # "honored to care for former commissioner X": our patient, whatever the office
                features = features[:positive] + [c for c in features[positive:] if c is not Feature.PUBLIC_FIGURE]
            if not clinical and self._turned(doc):  # "volunteer Pua ... on the other side of the bed": a patient
                features = features[:positive] + [c for c in features[positive:] if c not in TURNED_CUES]
        if len(features) > positive and not self._reaches(features, doc, start, end):
            words = set(_with_short_forms(t.key for t in name if len(t.key) > 1))
            if over:  # 'nurse Patricia "Patty" Ellison ... Patty cared for': the nickname and the surname are hers
                words.update(NICKNAME_WORD.findall(lower, end, over.end()))  # and the surname after it
            cleared.update(words)
            if not PERSON_KINDS.isdisjoint(features[positive:]):  # a staff member, a giver, a public figure
                people: set[str] = doc.memo(PEOPLE_CLEARED, set)
                people.update(words)
            last[:] = [] if titled_from is not None else [end]  # "Dr. Lee and Kayla": a patient may follow a doctor
            return None
        if self._is_staff(name) and not (len(name) == 1 and PATIENT_AFTER.match(lower, end)):
            return None  # a staff member; but "Baby Hope went home today" is a patient who shares a nurse's first name
        if patient or not BOUND_CUES.isdisjoint(features):
            bound: set[int] = doc.memo(BOUND, set)
            bound.add(name[0].start)  # a patient's name: no staff member cleared later is this person
        return _decided(text, name, titled_from, initial, tokens)

    def _scored(
        self,
        doc: Document,
        lists: NameLists,
        tokens: list[Token],
        feats: list[Features],
        lead: tuple[str, str | None] | None,
    ) -> Scored | None:
        """The positive part of the decision: shape and person cues, or None when they stay under the threshold."""
        lower, text = doc.lower, doc.text
        start, end = tokens[0].start, tokens[-1].end
        if len(tokens) == 1 and tokens[0].key in PUBLIC_ABBREVIATIONS and text[end : end + 1] == ".":
            return None  # "Sen." and "Rep." are titles of the name after them, not names
        if lead is None:
            prev = previous_word(lower, start)
            lead = (prev, self._honorific(lower, start, prev))
        features, titled_from = self._context(lower, start, end, lead)
        if not features and _foreign_title(doc, start, lead[0]):
            features.append(Feature.RELATION)  # "chúc bác Lợi mau khỏe", "anh Tuấn": a kin title of another language
        head = titled_from if titled_from is not None else start
        initial = None
        if titled_from is None and head > 2 and text[head - 2] == ".":  # the regex only after "X. "
            initial = LEADING_INITIAL.search(text, max(0, head - 8), head)
        if initial is not None and initial.group().strip().lower() in COMMON_INITIALS:
            initial = None  # "P.S. Don't forget": an abbreviation, not a person's initials
        article = lead[0] == "the"
        shape, name = self._remembered_shape(lists, tokens, feats, initial is not None, article)
        if shape in (Feature.WEAK, Feature.WORDS) and PARTICLE_INSIDE.search(text, start, end):
            shape = Feature.CUED  # "Mare van den Brink": particles join a name's words
        if shape is Feature.CUED and not features and _paired_with_forename(lists, text, end):
            features.append(Feature.PERSON_AFTER)  # "Keoni and Malia brought their baby girl": one of a pair
        contexts = features
        features = [shape, *contexts, *_care(lower, start, end)]
        if not self._reaches(features, doc, start, end):
            return None
        return features, contexts, shape, name, titled_from, initial

    def _context(
        self, lower: str, start: int, end: int, lead: tuple[str, str | None] | None = None
    ) -> tuple[list[Feature], int | None]:
        """The person cues around lower[start:end] and where its title (Mr., Dr.) starts, if it has one.

        `lead`: the word before `start` and its honorific, when the caller has read them."""
        if lead is None:
            prev = previous_word(lower, start)
            honorific = self._honorific(lower, start, prev)
        else:
            prev, honorific = lead
        features: list[Feature] = []
        if honorific == "strong":
            features.append(Feature.TITLE)
        elif honorific and kin_title(prev) in RELATION_TITLES:
            features.append(Feature.RELATION)  # "Nana Pearl", "Aunt Joy": a relative's name, even a word
        elif (
            honorific
            or self._before(lower, start, prev)
            or VOCATIVE_AFTER.match(lower, end)
            or (VOCATIVE_LEAD.match(lower, end) and _opens_line(lower, start))
            or _after_nickname(lower, start)
        ):
            features.append(Feature.PERSON_BEFORE)
        if PATIENT_AFTER.match(lower, end) if honorific == "strong" else PERSON_AFTER.match(lower, end):
            features.append(Feature.PERSON_AFTER)  # after a title only a patient's context counts ("Dr. Hill, 70,")
        elif honorific == "strong" and ON_UNIT_AFTER.match(lower, end) and prev.rstrip(".") not in CLINICAL_TITLES:
            features.append(Feature.PERSON_AFTER)  # "Mrs. Farnsworth on 4 West is asking": a patient placed on a unit
        titled_from = self._title_start(lower, start) if honorific == "strong" else None
        head = titled_from if titled_from is not None else start
        if _nicknamed(lower, head, prev if head == start else None):
            features.append(Feature.NICKNAME)
        elif titled_from is not None and (
            previous_word(lower, head).rstrip(",:") in PATIENT_WORDS or CARED_FOR.search(lower, max(0, head - 24), head)
        ):
            features.append(Feature.PERSON_BEFORE)  # "patient Dr. Ray Hill": a title does not make staff of him
        return features, titled_from

    def _vet(self, doc: Document, start: int, end: int, shape: Feature, extra: tuple[Feature, ...] = ()) -> bool:
        """Whether a candidate read by people_names_shapes (hashtag part, initials, spelled-out name) is a name."""
        lower = doc.lower
        features = [shape, *extra, *self._context(lower, start, end)[0], *_care(lower, start, end)]
        if not self._reaches(features, doc, start, end):
            return False
        return self._reaches(features + clearing_cues(lower, start, end, building=False), doc, start, end)

    def _reaches(self, features: list[Feature], doc: Document, start: int, end: int) -> bool:
        """Whether the candidate at [start, end) of the text with these features is a name: the one place every
        decision is taken, so scripts/train_name_scorer can read each candidate's features where the rule reads
        them. The learned context keys (people_names_learned) are read only when the weights file has any (the
        shipped one has none: see scripts/train_name_scorer --protocol). The weights are read on the first check,
        not at start-up: a broken file fails this rule, which blocks the text (fails closed), with a one-line error
        naming the file."""
        weights = shipped_weights(self.WEIGHTS_FILE)
        keys = candidate_keys(doc, start, end) if weights.context else frozenset()
        return weights.score(features, keys) >= self.threshold

    def _excluded_word(self, key: str) -> bool:
        """A word that is never a name here: the organization, its staff, eponyms, not_names."""
        return key in self.staff_words or bool(self.hard.longest([key], 0))

    @staticmethod
    def _title_start(lower: str, start: int) -> int | None:
        """Where the Mr./Mrs./Dr. before `start` begins (over particles: "Mx. van Holland"), if it is one."""
        word = previous_word(lower, start)
        while word in PARTICLES:
            start -= len(word) + 1
            word = previous_word(lower, start)
        if word.rstrip(".") not in STRONG_HONORIFICS:
            return None
        return start - 1 - len(word)

    def _is_staff(self, tokens: list[Token]) -> bool:
        keys = {t.key for t in tokens if len(t.key) > 1}
        if not keys or not keys <= self.staff_words:  # "Mrs. V": a letter alone is no staff member's name
            return False
        return any(keys <= member for member in self.staff)

    @staticmethod
    def _honorific(lower: str, start: int, prev: str | None = None) -> str | None:
        """ "strong" after Mr./Dr., "before" after a weak title (Nurse, Aunt), else None. `prev`: the word before
        `start` when the caller has read it already."""
        word = previous_word(lower, start) if prev is None else prev
        while word in PARTICLES:  # "Mx. van Holland"
            start -= len(word) + 1
            word = previous_word(lower, start)
        if not word:
            return None
        if word.endswith("."):
            return "strong" if word[:-1] in ABBREVIATED_HONORIFICS else None
        if word in STRONG_HONORIFICS:
            return "strong"
        return "before" if kin_title(word) in WEAK_HONORIFICS else None

    def _remembered_shape(
        self, lists: NameLists, tokens: list[Token], feats: list[Features], initial: bool, article: bool
    ) -> tuple[Feature, list[Token]]:
        """`_shape`, remembered by the words, their case and the two context flags it reads (nothing else)."""
        key = (tuple(t.key for t in tokens), tuple(t.caps for t in tokens), initial, article)
        known = self._shapes.get(key)
        if known is None:
            shape, name = self._shape(lists, tokens, feats, initial, article)
            index = {id(t): i for i, t in enumerate(tokens)}
            known = (shape, tuple(index[id(t)] for t in name))
            remember(self._shapes, key, known)
        return known[0], [tokens[i] for i in known[1]]

    def _shape(
        self, lists: NameLists, tokens: list[Token], feats: list[Features], initial: bool, article: bool
    ) -> tuple[Feature, list[Token]]:
        """How much the words look like a name by themselves, and the tokens that make it.

        ALONE: a name with no help (the tokens may be fewer: a shouted line keeps its names); CUED: a known name
        that is not an everyday word, a popular name, a capitalised word no dictionary knows; WEAK: a known name
        that is also a word (Hope, Faith), months and places with a name; WORDS: nothing name-like. An initial
        before a surname ("J. Okafor") makes a cued name stand alone.
        """
        alone = self._alone(lists, tokens, feats, article)
        if alone:
            return Feature.ALONE, alone
        if any((f.namey and (not f.word or f.popular)) or not (f.word or f.soft) for f in feats):
            return (Feature.ALONE if initial else Feature.CUED), tokens
        if any(f.namey or not f.word for f in feats) and not all(f.soft and not f.namey for f in feats):
            return Feature.WEAK, tokens
        return Feature.WORDS, tokens

    def _alone(self, lists: NameLists, tokens: list[Token], feats: list[Features], article: bool) -> list[Token] | None:
        """The tokens that are a name with no context: a "First Last" pair with a known name that is not a word,
        two popular names, two words no dictionary knows, a first name that is nothing else, a plural surname
        after "the" (the Hendersons), a name in capitals; None if the words need help."""
        if tokens[0].caps:
            return self._shouted(tokens, feats)
        core = tokens
        words = [f for f, t in zip(feats, core, strict=True) if len(t.key) > 1]
        if len(words) >= 2:
            if not all(f.plain for f in words):
                return None
            if all(f.soft for f in words):
                # two place names: a person only as forename + surname, neither a word (Salvador Valenzuela)
                named = core[0].key in lists.first and core[-1].key in lists.last
                return core if named and not any(f.word for f in words) else None
            if any(f.strong or (f.namey and f.soft) for f in words) or core[0].key in lists.popular_first:
                return core
            if not any(f.word or f.soft for f in words[:-1]) and not words[-1].word:
                return core  # capitalised words no dictionary knows: Aroha Ngata (a town's name last: Corlu)
            return None
        if len(core) == 1 and len(core[0].key) > 2 and core[0].key in lists.first and words[0].strong:
            return core
        if len(core) == 1 and article and words and (words[0].plural or _plural_surname(lists, core[0].key)):
            return core
        return None

    @staticmethod
    def _forename(lists: NameLists, tokens: list[Token], index: int) -> bool:
        """A first name that is also a word, before a surname that is nothing else: River Fairweather.

        The surname is looked for over initials ("Jan S. Tichy"), three words at most: a run of single letters
        must not make the trim of a long run's edge quadratic."""
        if tokens[index].key not in lists.first:
            return False
        after = next((t.key for t in tokens[index + 1 : index + 4] if len(t.key) > 1), None)
        if after is None:
            return False
        if after in lists.words or after in DAYS or after in MONTHS:
            return False
        return (after in lists.last and after not in lists.first) or (
            after not in lists.first and after not in lists.places
        )

    def _shouted(self, tokens: list[Token], feats: list[Features]) -> list[Token] | None:
        """A name in capitals (RASHIDA JEFFERSON): two or more words, none an everyday word, one a known name.

        In a longer shouted line (THANK YOU DESHAWN AND KEISHA) a known first name that is nothing else stands
        alone too; two-letter and three-letter words in capitals are acronyms far more often than names.
        """
        words = [(t, f) for t, f in zip(tokens, feats, strict=True) if len(t.key) > 1]
        names: list[Token] = []
        run: list[tuple[Token, Features]] = []
        for token, f in [*words, (tokens[-1], Features(False, True, False, False))]:
            if f.plain and (not f.word or f.popular):
                run.append((token, f))
                continue
            if len(run) >= 2 and any(g.strong or (g.namey and g.soft) for _t, g in run):
                names.extend(t for t, _g in run)
            elif len(run) == 1 and len(words) >= 3 and run[0][1].strong and len(run[0][0].key) > 3:
                names.append(run[0][0])
            run = []
        return names or None

    def _features(self, lists: NameLists, key: str) -> Features:
        """What the lists say about one word, remembered: a word's features depend on the word alone."""
        feats = self._feature_memo.get(key)
        if feats is None:
            feats = self._read_features(lists, key)
            remember(self._feature_memo, key, feats)
        return feats

    def _read_features(self, lists: NameLists, key: str) -> Features:
        if key in STOPWORDS:
            return STOPWORD_FEATURES
        namey = key in lists.first or key in lists.last
        word = key in lists.words
        if not namey and ("-" in key or "'" in key):
            parts = [p for p in re.split(r"['-]", key) if len(p) > 2 and p not in PARTICLES]
            namey = any((p in lists.first or p in lists.last) and p not in lists.words for p in parts)
            word = not namey and all(p in lists.words for p in parts)
        calendar = key in MONTHS or key in DAYS
        word = word or calendar or (not namey and _demonym(lists, key))
        soft = calendar or key in lists.places
        popular = key in lists.popular_first or key in lists.popular_last
        plural = not (namey or word or soft) and _plural_surname(lists, key)
        return Features(namey, word, soft, popular, plural)


@dataclass(frozen=True, slots=True)
class Features:
    """What the lists say about one word. The three derived flags are set once, when the features are made (they
    are read many times per candidate, and a word's features are remembered)."""

    namey: bool  # in the first-name or surname list
    word: bool  # an everyday English word
    soft: bool  # a month, a day or a place: a name only with help (months and days count as words too)
    popular: bool  # a popular name that is also a word (Mark, Rose, Young)
    plural: bool = False  # a surname in the plural, for a family (Hendersons, Okonjo-Whitfields)
    plain: bool = field(init=False)  # may stand in a name without help: a known name, or not a word at all
    strong: bool = field(init=False)  # a known name that is nothing else
    weak_edge: bool = field(init=False)  # an everyday word at the edge of a run (Meet, Join, Our): trimmed off

    def __post_init__(self) -> None:
        object.__setattr__(self, "plain", self.namey or not self.word)
        object.__setattr__(self, "strong", self.namey and not self.word and not self.soft)
        object.__setattr__(self, "weak_edge", self.word and not self.popular)


STOPWORD_FEATURES = Features(namey=False, word=True, soft=False, popular=False)


# What the fast path asks about a run's lower-cased text: (two words or a hyphen, an everyday word, a plural surname,
# a plain word: an everyday word that is no popular first name, or a word in no name list, like MyChart or ICU).
WordKind = tuple[bool, bool, bool, bool]


def _word_kind(lists: NameLists, key: str) -> WordKind:
    """The fast path's questions about a word that depend on the word alone (remembered per word)."""
    listed = key in lists.words
    word = listed and key not in lists.popular_first
    # one word that is in no name list (MyChart, ICU) is a name only with an honorific or a context either
    unnamed = "'" not in key and key not in lists.first and key not in lists.last
    return (" " in key or "-" in key), listed, _plural_surname(lists, key.rstrip("'")), word or unnamed


def _demonym(lists: NameLists, key: str) -> bool:
    """ "iowans", "texans", "hawaiians", "floridians": the people of a place, a word, not a person's name."""
    if not key.endswith("ns") or len(key) < 6:
        return False
    bases = (key[:-2], key[:-3], key[:-2] + "s", key[:-3] + "a", key[:-4] + "a")
    return any(base in lists.places for base in bases)


def _plural_surname(lists: NameLists, key: str) -> bool:
    """ "hendersons", "okonjo-whitfields": a known surname that is no word with a plural -s or -es (a town's name
    too: Henderson; the plural places, the Carolinas and the Rockies, are in not_names.txt)."""
    head, _sep, tail = key.rpartition("-")
    for base in (tail[:-2] if tail.endswith("es") else "", tail[:-1] if tail.endswith("s") else ""):
        if len(base) > 2 and base in lists.last and base not in lists.words:
            return not any(p in lists.words for p in head.split("-") if p)
    return False


# A candidate's positive score: (shape and cues, the cues alone, shape, the name's tokens, where its title starts,
# its leading initial).
Scored = tuple[list[Feature], list[Feature], Feature, list[Token], int | None, re.Match[str] | None]
# The word before a group and its honorific: (start, previous word, honorific).
Lead = tuple[int, str, str | None]
# A token of a remembered run: (start, end, stop) from the run's start, key, caps.
TokenPlan = tuple[int, int, int, str, bool]
RunPlan = tuple[tuple[TokenPlan, ...], ...]


def _relative(tokens: list[Token], start: int) -> tuple[TokenPlan, ...]:
    return tuple((t.start - start, t.end - start, t.stop - start, t.key, t.caps) for t in tokens)
