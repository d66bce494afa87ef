"""phi.name in lower case, as commenters type names: "get well soon maria gonzalez", "prayers for kaylee",
"ms. dawson in 5b", "christel kohl, who walked out". Mixed into NameRule (people_names), which holds the lists and
the exclusions these read; kept apart so each module reads as one kind of candidate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from guardrails.rules.base import Covered, Document, Match
from guardrails.rules.phi.people_lexicon import NameLists, PhraseIndex, strip_possessive, word_set
from guardrails.rules.phi.people_names_patterns import (
    DAYS,
    KIN_NAMED,
    KIN_SIZES,
    KIN_TITLED,
    LOWER_CUE,
    LOWER_CUE_NEEDS,
    LOWER_CUE_WORDS,
    LOWER_INITIAL,
    LOWER_INITIAL_AFTER,
    LOWER_PAIR,
    LOWER_SINGLE,
    LOWER_TITLED,
    MONTHS,
    PERSON_AFTER,
    PERSON_BEFORE,
    PERSON_BEFORE_LAST,
    STOPWORDS,
    STRONG_HONORIFICS,
    THANKED_FOR,
    UNKNOWN_PERSON_AFTER,
    VOCATIVE_AFTER,
    cue_starts_word,
    lower_word_spans,
    lower_words,
    previous_word,
    remember,
)

# What the lists say about a lower-case word: (the word without its possessive, that key is no everyday word nor a
# stopword, the word is a first name, the key is one).
LowerKind = tuple[str, bool, bool, bool]


def _lower_kind(lists: NameLists, word: str) -> LowerKind:
    key = word[:-2] if word.endswith("'s") else word  # strip_possessive
    return key, key not in lists.words and key not in STOPWORDS, word in lists.forenames, key in lists.forenames


class LowerCaseNames:
    """Lower-case name candidates, and the person cue before a name that the capitalised runs read too."""

    BEFORE_WINDOW: ClassVar[int] = 30
    _lower_kinds: dict[str, LowerKind]  # a lower-case word -> what the lists say about it (bounded, per rule)
    hard: PhraseIndex  # organization, eponyms, not_names: never a name
    staff: list[frozenset[str]]
    staff_words: frozenset[str]

    def _before(self, lower: str, start: int, prev: str | None = None) -> bool:
        """A person context just before: looked for only when the previous word can end one (most cannot).
        `prev`: previous_word(lower, start) when the caller has read it."""
        word = previous_word(lower, start) if prev is None else prev
        if word.endswith(",") and THANKED_FOR.search(lower, max(0, start - 2 * self.BEFORE_WINDOW), start):
            return True  # "thank you for the apple butter, Verlie Combs!"
        if word.rstrip(",:") not in PERSON_BEFORE_LAST:
            return False
        return PERSON_BEFORE.search(lower, max(0, start - self.BEFORE_WINDOW), start) is not None

    def _lower_pairs(self, doc: Document, lists: NameLists, found: list[Match]) -> Iterator[Match]:
        """ "get well soon, maria gonzalez": two lower-case words in a row, a first name then a surname (or a word
        no dictionary knows), neither an everyday word."""
        text = doc.text
        cued = list(self._lower_after_cue(doc, lists, found))
        cued += self._lower_titled(doc, lists, found)
        cued += self._lower_kin(doc, lists, found + cued)
        cued += self._lower_initial(doc, lists, found + cued)
        cued += self._lower_placed(doc, lists, found + cued)
        cued += self._kin_named(doc, found + cued)
        yield from cued
        found = found + cued
        words = lower_words(text)  # the spans only when a loop below needs them (a few posts in three)
        # What the lists say about each word, remembered per word: a small dict the post's common words keep warm,
        # where each word's questions to the large lists (hundreds of thousands of entries) missed the cache.
        kinds = self._lower_kinds
        keys: list[str] = []
        unknown: set[str] = set()
        named = False  # a word that is a first name: a pair may start at one
        starts: list[int] = []  # the words whose key is a first name
        for index, word in enumerate(words):
            kind = kinds.get(word)
            if kind is None:
                kind = _lower_kind(lists, word)
                remember(kinds, word, kind)
            key, no_word, forename, key_forename = kind
            keys.append(key)
            if no_word:
                unknown.add(key)
            if forename:
                named = True
            if key_forename:
                starts.append(index)
        matches: list[tuple[int, int]] | None = None
        if len(unknown) >= 2:
            matches = lower_word_spans(text)
            more = list(self._lower_unknown(doc, lists, matches, keys, found, unknown))
            yield from more
            found = found + more
        if not named:
            return
        if matches is None:
            matches = lower_word_spans(text)
        pairs = list(self._forename_pairs(doc, lists, matches, keys, starts, Covered.of(found)))
        yield from pairs
        said = [i for i in starts if keys[i] in unknown and len(keys[i]) > 2]
        if said:
            yield from self._lower_said(doc, matches, keys, said, Covered.of(found + pairs))

    def _lower_said(
        self, doc: Document, matches: list[tuple[int, int]], keys: list[str], said: list[int], covered: Covered
    ) -> Iterator[Match]:
        """ "kiki (age 14) danced", "marisol was on dialysis", "happy switch to the day shift, gus, we'll miss you":
        a lower-case first name that is no everyday word, then a person's context (an age, a story, a patient's
        state) or the text speaking to it. `said`: the indexes of such words in `keys`."""
        lower = doc.lower
        for index in said:
            key = keys[index]
            start = matches[index][0]
            end = start + len(key)
            if (
                start in covered
                or key in MONTHS
                or key in DAYS
                or key in self.staff_words
                or self.hard.longest([key], 0)
            ):
                continue
            if PERSON_AFTER.match(lower, end) or VOCATIVE_AFTER.match(lower, end):
                yield Match(start, end)

    def _forename_pairs(
        self,
        doc: Document,
        lists: NameLists,
        matches: list[tuple[int, int]],
        keys: list[str],
        starts: list[int],
        covered: Covered,
    ) -> Iterator[Match]:
        """A first name and the word straight after it: only the words that are first names start a pair (few
        in a post: `starts`), and a word that ended a pair starts none."""
        text = doc.text
        taken = -1  # the index of the last pair's second word
        for index in [i for i in starts if i < len(keys) - 1]:
            if index == taken:
                continue
            first_start, first_end = matches[index]
            start = matches[index + 1][0]
            key = keys[index + 1]
            if (
                first_end + 1 == start
                and text[first_end] == " "
                and self._lower_pair(
                    lists, keys[index], key, PERSON_AFTER.match(doc.lower, start + len(key)) is not None
                )
                and first_start not in covered
            ):
                yield Match(first_start, start + len(key))
                taken = index + 1

    def _lower_unknown(
        self,
        doc: Document,
        lists: NameLists,
        matches: list[tuple[int, int]],
        keys: list[str],
        found: list[Match],
        unknown: set[str],
    ) -> Iterator[Match]:
        """ "balloons for dalili owuor", "christel kohl, who walked out": two lower-case words in a row that no
        dictionary knows, both known names, or one a known name and a person context around them. `keys`: the
        words of `matches` without a possessive; only the unknown ones are read further."""
        text, lower = doc.text, doc.lower
        covered: Covered | None = None  # made for the first pair found (few posts have one)
        previous: tuple[int, str] | None = None
        for index, key in enumerate(keys):
            if key not in unknown:
                previous = None
                continue
            start = matches[index][0]
            if previous is not None and text[start - 1 : start] == " " and previous[0] + len(previous[1]) + 1 == start:
                first, pos = previous[1], previous[0]
                if not self._unknown_pair(lists, lower, first, key, pos, start + len(key)):
                    previous = (start, key)
                    continue
                if covered is None:
                    covered = Covered.of(found)
                if pos not in covered:
                    yield Match(pos, start + len(key))
                    previous = None
                    continue
            previous = (start, key)

    def _unknown_pair(self, lists: NameLists, lower: str, first: str, second: str, start: int, end: int) -> bool:
        if second in STRONG_HONORIFICS:
            return False  # "esp mr. oyelowo": the title of the name after it, no surname
        if first in MONTHS or first in DAYS or second in MONTHS or second in DAYS or second in lists.places:
            return False
        keys = [first, second]
        if self.hard.longest(keys, 0) or self.hard.longest(keys, 1):
            return False
        namey = [k in lists.first or k in lists.last for k in keys]
        if all(namey):
            return True
        if not any(namey):  # two unknown words ("atrial fibrillation is diagnosed"): only a person-only context
            return bool(UNKNOWN_PERSON_AFTER.match(lower, end))
        return bool(PERSON_AFTER.match(lower, end) or VOCATIVE_AFTER.match(lower, end) or self._before(lower, start))

    def _lower_after_cue(self, doc: Document, lists: NameLists, found: list[Match]) -> Iterator[Match]:
        """ "party for haruto sato", "thank u sung-min cho": after a person cue, two lower-case words that are
        not everyday words are a name even when the lists do not know them; else one first name that is nothing
        else ("prayers for kaylee"). One pass over the cues."""
        lower = doc.lower
        needed = doc.words & LOWER_CUE_WORDS
        if not needed or not any(literal in lower for word in needed for literal in LOWER_CUE_NEEDS[word]):
            return  # most posts: no cue's words, no scan
        cues = [cue.end() for cue in LOWER_CUE.finditer(lower) if cue_starts_word(lower, cue.start())]
        if not cues:
            return
        taken = {m.start for m in found}
        covered = Covered.of(found)
        for at in cues:
            match = self._cued_pair(doc, lists, at, taken) or self._cued_single(doc, lists, at, covered)
            if match is not None:
                yield match

    def _lower_titled(self, doc: Document, lists: NameLists, found: list[Match]) -> list[Match]:
        """ "ms. dawson in 5b": a title in lower case before a word that is a name and no everyday word, or a word
        of letters no list knows ("esp mr. delacruz who turned 91": a surname written as one word)."""
        text = doc.text
        out: list[Match] = []
        titles = list(LOWER_TITLED.finditer(text))
        if not titles:
            return out
        covered = Covered.of(found)
        for titled in titles:
            key = strip_possessive(titled.group(1))
            if titled.start() and text[titled.start() - 1].isalpha():
                continue  # inside a word: "forms brown"
            if titled.start() in covered or key in STOPWORDS:
                continue
            if key in lists.words and not (
                key in lists.first and LOWER_ON_UNIT.match(text, titled.start(1) + len(key))
            ):
                continue  # "ms. green" may be a colour; "miss ruby on 5 North" is a patient placed on a unit
            if (
                (key in lists.first or key in lists.last or _unlisted_surname(key))
                and key not in self.staff_words
                and not self.hard.longest([key], 0)
            ):
                out.append(Match(titled.start(), titled.start(1) + len(key)))
        return out

    def _lower_kin(self, doc: Document, lists: NameLists, found: list[Match]) -> list[Match]:
        """ "grandpa joe in rehab", "big mike from bed 12": a kin or affectionate word names the person after it,
        when that word is a first name and nothing else (after big, little, lil, baby: no everyday word at all)."""
        text = doc.text
        out: list[Match] = []
        covered: Covered | None = None
        for kin in KIN_TITLED.finditer(text):
            start = kin.start()
            if start and (text[start - 1].isalpha() or text[start - 1] in "'-"):
                continue  # inside a word: "cola joe", "spanish lola"
            key = strip_possessive(kin.group(1))
            word = text[start : kin.start(1) - 1]
            if key not in lists.forenames or key in STOPWORDS or key in MONTHS or key in DAYS:
                continue
            if word in KIN_SIZES and (key in lists.words or key in lists.popular_first or key in lists.places):
                continue
            if key in self.staff_words or self.hard.longest([key], 0):
                continue
            if covered is None:
                covered = Covered.of(found)
            if kin.start(1) not in covered:  # the kin word with the name ("big mike" -> [NAME]), not "baby", "little"
                out.append(Match(kin.start(1) if word in KIN_OUTSIDE else start, kin.start(1) + len(key)))
        return out

    def _lower_placed(self, doc: Document, lists: NameLists, found: list[Match]) -> list[Match]:
        """ "bea in bed 12", "mary from room 5N-12", "tommy's cast": a lower-case first name that is nothing else,
        then a patient's bed or room, or a cast, a chart, a discharge of theirs: a patient."""
        text = doc.text
        out: list[Match] = []
        covered: Covered | None = None
        for hit in LOWER_PLACED.finditer(text):
            start = hit.start(1)
            if start and (text[start - 1].isalnum() or text[start - 1] in "@#/.'_-"):
                continue  # inside a word, a handle, a hashtag or a path
            key = hit.group(1)
            if key not in lists.first or key in lists.words or key in STOPWORDS or key in MONTHS or key in DAYS:
                continue
            if key in self.staff_words or self.hard.longest([key], 0):
                continue
            if covered is None:
                covered = Covered.of(found)
            if start not in covered:
                out.append(Match(start, start + len(key)))
        return out

    def _lower_person_noun(self, doc: Document, lists: NameLists, found: list[Match]) -> list[Match]:
        """ "this kid brayden on peds", "our favorite frequent flyer jimbo", "pt in bay 6 (wanda)": a lower-case
        first name that is nothing else right after a noun for a person, or in brackets after a patient's place:
        how staff write a patient's name in a quick post. Read after the pairs ("pt maria lopez" is one name)."""
        text = doc.text
        out: list[Match] = []
        if doc.words.isdisjoint(PERSON_NOUNS):
            return out  # most posts: none of the nouns, no scan
        covered: Covered | None = None
        for hit in LOWER_PERSON_NOUN.finditer(text):
            group = 1 if hit.group(1) else 2
            start = hit.start(group)
            key = strip_possessive(hit.group(group))
            if not key.islower():
                continue  # a capitalised name is the runs' to judge, with their cues ("our patient advocate Maria")
            if key not in lists.first or key in lists.words or key in STOPWORDS or key in MONTHS or key in DAYS:
                continue
            if key in lists.places or key in self.staff_words or self.hard.longest([key], 0):
                continue
            if covered is None:
                covered = Covered.of(found)
            if start not in covered:
                out.append(Match(start, start + len(key)))
        return out

    def _lower_initial(self, doc: Document, lists: NameLists, found: list[Match]) -> list[Match]:
        """ "pt k. oyelaran wants to say hi": a patient cue, an initial and a surname that is no everyday word,
        then a person's doing."""
        text = doc.text
        out: list[Match] = []
        for hit in LOWER_INITIAL.finditer(text):
            start = hit.start(1)
            if hit.start() and text[hit.start() - 1].isalpha():
                continue  # inside a word: "adapt k. ..."
            key = strip_possessive(hit.group(2))
            if key in lists.words or key in STOPWORDS or key in MONTHS or key in DAYS or key in lists.places:
                continue
            if not LOWER_INITIAL_AFTER.match(text, hit.start(2) + len(key)):
                continue  # no person's doing after it: "pt e. coli results"
            if key in self.staff_words or self.hard.longest([key], 0) or start in Covered.of(found):
                continue
            out.append(Match(start, hit.start(2) + len(key)))
        return out

    def _kin_named(self, doc: Document, found: list[Match]) -> list[Match]:
        """ "ông Bảy waving at his grandkids": a lower-case kin title before a capitalised word names a relative."""
        text, lower = doc.text, doc.lower
        out: list[Match] = []
        for hit in KIN_NAMED.finditer(text):
            if hit.start() and (text[hit.start() - 1].isalpha() or text[hit.start() - 1] in "'-"):
                continue  # inside a word: "long Bay", "strong Will"
            start = hit.start(1)
            key = strip_possessive(lower[start : hit.end(1)])
            if key in STOPWORDS or key in MONTHS or key in DAYS or key in self.staff_words:
                continue
            if self.hard.longest([key], 0) or start in Covered.of(found):
                continue
            out.append(Match(start, start + len(key)))
        return out

    def _cued_pair(self, doc: Document, lists: NameLists, at: int, taken: set[int | None]) -> Match | None:
        pair = LOWER_PAIR.match(doc.text, at)
        if pair is None:
            return None
        first, second = pair.group(1), strip_possessive(pair.group(2))
        if first in STOPWORDS or second in STOPWORDS or pair.start() in taken:
            return None
        if pair.group(2) in CONJOINED and doc.text[pair.end(1) : pair.start(2)].strip() in CONJUNCTIONS:
            return None  # "rezando por mateo y su familia": "y" is "and", no initial; the single name is read next
        if first in MONTHS or first in DAYS or second in MONTHS or second in DAYS:
            return None
        vouched = PERSON_AFTER.match(doc.lower, pair.start(2) + len(second)) is not None  # "earl pettigrew's family"
        if not vouched and (
            (first in lists.words and first not in lists.popular_first)
            or (second in lists.words and second not in lists.popular_last)
        ):
            return None
        keys = [first, second]
        if self.hard.longest(keys, 0) or self.hard.longest(keys, 1):
            return None
        return Match(pair.start(), pair.start(2) + len(second))

    def _cued_single(self, doc: Document, lists: NameLists, at: int, covered: Covered) -> Match | None:
        """ "prayers for kaylee", "happy birthday jayden": one lower-case first name after a person cue, when it
        is nothing else (no word, place or popular name that is also a word: "keep will", "prayers for hope")."""
        word = LOWER_SINGLE.match(doc.text, at)
        if word is None or word.start() in covered:
            return None
        key = strip_possessive(word.group(1))
        if (
            len(key) > 3
            and key in lists.forenames
            and key not in lists.popular_first
            and key not in self.staff_words
            and not self.hard.longest([key], 0)
        ):
            return Match(word.start(), word.start() + len(key))
        return None

    def _lower_pair(self, lists: NameLists, first: str, second: str, vouched: bool) -> bool:
        """`vouched`: a person context follows ("christel kohl, who"), so the surname may be a word or a town."""
        if second in MONTHS or second in DAYS or second in STOPWORDS:
            return False
        if not vouched and second in lists.words and (second not in lists.popular_last or len(first) < 4):
            return False  # a popular surname that is a word after a real first name: "william gray", not "min read"
        if first in lists.words and (second in lists.words or _compound_word(lists, second)):
            return False  # "will park", "grace hill", "will co-host": two everyday words
        if first in MONTHS or first in DAYS or (second in lists.places and not vouched):
            return False
        keys = [first, second]
        if self.hard.longest(keys, 0) or self.hard.longest(keys, 1):
            return False
        pair = {first, second}
        return not (pair <= self.staff_words and any(pair <= member for member in self.staff))


def _unlisted_surname(key: str) -> bool:
    """A word of letters (an apostrophe or a hyphen inside) that no list knows, after a title: "mr. delacruz",
    "mr. o'shaughnessy"."""
    return len(key) > 3 and key.replace("'", "").replace("-", "").isalpha()


def _compound_word(lists: NameLists, word: str) -> bool:
    """ "co-host", "follow-up": a hyphenated word whose parts are everyday words or prefixes."""
    parts = [p for p in word.split("-") if p]
    return len(parts) > 1 and all(p in lists.words or p in PREFIXES for p in parts)


# Spanish and Portuguese "and"/"or" between a name and a word that opens what follows it ("mateo y su familia",
# "ana e os filhos"): no middle initial, and the word after it no surname.
CONJUNCTIONS = frozenset({"y", "e", "o", "u"})
CONJOINED = frozenset(
    {
        "su",
        "sus",
        "la",
        "las",
        "el",
        "los",
        "mi",
        "mis",
        "tu",
        "tus",
        "os",
        "as",
        "o",
        "a",
        "seu",
        "sua",
        "seus",
        "suas",
    }
)
PREFIXES = frozenset({"co", "re", "pre", "non", "self", "ex", "post", "anti", "multi", "semi", "sub", "mid"})


# A unit, a room or a bed right after a lower-case titled name: "miss ruby on 5 North", "mr. hope in 4B".
LOWER_ON_UNIT = re.compile(
    r" (?:on|in) (?:\d{1,2}[a-z]?(?: (?:west|east|north|south))?\b|[1-9][a-z]\b|(?:rm|room|bed|bay) ?\d)",
    re.IGNORECASE,
)
# The size words of KIN_TITLED that stay outside the name's span ("baby Fern", "little Mateo": a description, not
# a title the family calls the person by).
KIN_OUTSIDE = word_set("baby little")
# A noun for a person, then a lower-case word ("this kid brayden", "frequent flyer jimbo", "my pt wanda"), or a word in
# brackets after a patient's place ("Pt in bay 6 (wanda)"): people_names_lower's _lower_person_noun checks the word is
# a first name and nothing else. Its hint, one of the nouns as a word, is looked for first.
LOWER_PERSON_NOUN = re.compile(
    r"(?<![a-z])(?:kid|boy|girl|guy|lady|gentleman|dude|fella|flyer|regular|pt|patient|preemie|toddler|teen|"
    r"bestie|buddy) ([a-z][a-z'-]{2,20})(?![a-z])|"
    r"(?:bay|bed|room|rm|pod) [0-9][0-9a-z-]* \(([a-z][a-z'-]{2,20})\)",
    re.IGNORECASE,
)
# Its gate: the nouns as whole letter runs of the post (Document.words), a set test instead of a scan.
PERSON_NOUNS = word_set(
    """kid boy girl guy lady gentleman dude fella flyer regular pt patient preemie toddler teen bestie buddy bay bed
    room rm pod"""
)
# A lower-case word, then a patient's bed or room, or a thing of a patient's ("tommy's cast"): people_names_lower's
# _lower_placed checks that the word is a first name and nothing else.
LOWER_PLACED = re.compile(
    r"([a-z][a-z-]{1,20})(?: (?:in|from) (?:bed|room|rm) [0-9]|'s (?:cast|stitches|iv|picc|chart|discharge|"
    r"bedside|incision|scar|wheelchair|walker|hospital bed|room \d))"
)
