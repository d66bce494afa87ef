"""phi.name's later (or earlier) bare mentions of a name the rule found in the same text.

Why: a post names a patient once in full, where the cues are ("Our 2026 Volunteer of the Year is June Kowalski! ...
her husband Stan"), then calls them by the first name alone, where nothing around the word says it is a person
("June started volunteering in the hospice unit after..."; "Mr Desmond Whitty ... Never change Des"; "Deb
Kowalczyk ... Deb, thank you"). Each mention read on its own is a weak shape, and a post redacted at the first
mention and not at the second still names the person. In every spent held-out round (r2-r6) a post was missed so.

The notion is post-level but bounded: the words of the names found are collected once (a set), and the text's
capitalised words are read once against it, so the work is linear in the text. A word the text cleared (a staff
member's, a donor's: people_names' CLEARED memo), a staff list's or the organization's word, a grammar word, an
honorific and a word under three letters never echo. It adds spans only in a text where phi.name already found a
name, so it never flags a clean post the rule passed; what it risks is redacting an everyday word that equals a name
found ("Hope Castellano ... Hope to see you"), so an everyday word at the head of a sentence does not echo before a
pronoun, "to", an order's object or a number, and no word echoes before a number ("June 12"). A text that wrote a
name found in lower case ("knows gus by his laugh ... see you, gus") is read in lower case too, where only a word no
dictionary knows echoes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from guardrails.rules.base import Covered, Match
from guardrails.rules.phi.people_lexicon import WORD, NameLists, strip_possessive
from guardrails.rules.phi.people_names_patterns import (
    DAYS,
    MONTHS,
    STOPWORDS,
    STRONG_HONORIFICS,
    WEAK_HONORIFICS,
)

# A capitalised word of the text (a hyphenated or possessive one whole): where a bare mention may stand.
CAPITALISED = re.compile(r"(?<![\w@#/.-])[A-Z][a-z]+(?:['-][A-Za-z]+)*")
# Any word, for a text that wrote a name found in lower case ("knows gus by his laugh ... happy switch to the day
# shift, gus"): there a lower-case mention of a word no dictionary knows is the person too.
ANY_WORD = re.compile(r"(?<![\w@#/.-])[A-Za-z][a-z]+(?:['-][A-Za-z]+)*")
# The shortest word that echoes: "Des" (of Desmond), "Deb", "Gus"; not "Al", "Jo" (too often something else).
MIN_LENGTH = 3
# After an everyday word at the head of a sentence: it is the word, not the person ("Hope to see you", "June 12",
# "Will you join us", "Rose Garden"): a number, a pronoun, an order's object, "to", or another capitalised word.
NOT_A_PERSON_NEXT = re.compile(
    r"(?:'s)? (?:\d|(?:to|you|your|yours|we|i|it|is it|our|the|this|these|those|them|us|up|down|and|or|of|"
    r"in|on|at|for)\b|[A-Z])|\s*\d"
)
# The capitalised word right before a name found, which the rule trimmed off as an everyday word ("June Kowalski"
# found as "Kowalski"): a first name the lists know is the person's too.
FORENAME_BEFORE = re.compile(r"(?<![\w'-])([A-Z][a-z]+) $")
FORENAME_REACH = 24
# A nickname in quotes right after a name found, inside the full name ("Harold 'Buzz' Tennant"): the person's too.
QUOTED_AFTER = re.compile(r" ['\"\u2018\u201c]([A-Z][a-z]+)['\"\u2019\u201d] [A-Z]")
# A hashtag's body and its capitalised parts: "#KenjisComeback" after "Kenji" was found names him (possessive "s"
# and all).
TAG_BODY = re.compile(r"#([A-Za-z][A-Za-z0-9]*)")
TAG_PART = re.compile(r"[A-Z][a-z]+")
# The cues an all-lower-case tag may start with before the name ("#teambubba", "#prayforjiwoo").
TAG_CUE_PREFIXES = ("prayersfor", "prayfor", "prayingfor", "pray4", "team", "love", "welcomehome", "getwell")
# A first name joined by "and" or "&" to a name found, before or after it ("twins Hazel and Hollis Okonkwo-Price",
# "jade and marcus ellery", "Annika & Peter Strand"): the pair are two people of one post, a family's.
PARTNER_BEFORE = re.compile(r"(?<![\w'-])([A-Za-z][a-z'-]+) (?:and|&) $")
PARTNER_AFTER = re.compile(r" (?:and|&) ([A-Za-z][a-z'-]+)(?![\w'-])")
PARTNER_REACH = 24
# A number right after any echo candidate: "June 12" is a date, "Grace 2" a unit.
NUMBER_NEXT = re.compile(r"(?:'s)?,? ?\d")


def name_words(text: str, found: Iterable[Match], lists: NameLists, never: Callable[[str], bool]) -> set[str]:
    """The lower-cased words of the names found, of MIN_LENGTH letters or more, with their short forms of three
    letters or more that are a first name ("desmond" -> "des" when the lists know "Des"); never a grammar word, an
    honorific or a word `never` refuses (the staff list, the organization, a cleared name)."""
    words: set[str] = set()
    for match in found:
        if match.start is None or match.end is None:
            continue
        quoted = QUOTED_AFTER.match(text, match.end)
        if quoted is not None and _echoes(quoted.group(1).lower(), never):
            words.add(quoted.group(1).lower())  # "Harold 'Buzz' Tennant ... Buzz, the cake was on us"
        before = FORENAME_BEFORE.search(text, max(0, match.start - FORENAME_REACH), match.start)
        if before is not None and before.group(1).lower() in lists.first and _echoes(before.group(1).lower(), never):
            words.add(before.group(1).lower())  # "June Kowalski" found as "Kowalski" (June read as the month)
        if match.start and text[match.start - 1] == "#":
            words.update(_tag_words(text[match.start : match.end], lists, never))  # "#teambubba" names bubba
            continue
        for word in WORD.findall(text, match.start, match.end):
            key = strip_possessive(word.lower())
            if not _echoes(key, never):
                continue
            words.add(key)
            words.update(key[:size] for size in range(MIN_LENGTH, len(key)) if key[:size] in lists.first)
    return words


def _tag_words(body: str, lists: NameLists, never: Callable[[str], bool]) -> Iterator[str]:
    """The first names inside a hashtag found whole ("#TeamKenjiNakagawa", "#teambubba"): its capitalised parts, or
    the tail after a cue of an all-lower-case tag, that are a known name and no everyday word ("Team" never)."""
    parts = [p.lower() for p in TAG_PART.findall(body)] or [body.lower()]
    if len(parts) == 1:
        parts = [parts[0][len(cue) :] for cue in TAG_CUE_PREFIXES if parts[0].startswith(cue)] or parts
    for key in parts:
        if (key in lists.first or key in lists.last) and key not in lists.words and _echoes(key, never):
            yield key


def _echoes(key: str, never: Callable[[str], bool]) -> bool:
    """A word of a name found that may echo: long enough, no grammar word, no title ("Nana Pearl": Pearl only)."""
    if len(key) < MIN_LENGTH or key in STOPWORDS or key in STRONG_HONORIFICS or key in WEAK_HONORIFICS:
        return False
    return not never(key)


def echoes(
    text: str, found: list[Match], words: set[str], lists: NameLists, sentence_start: Callable[[int], bool]
) -> Iterator[Match]:
    """The capitalised words of `text` that are one of `words` and that no match of `found` covers."""
    if not words:
        return
    covered = Covered.of(found)
    lowered = any(text[m.start].islower() for m in found if m.start is not None)
    for mention in (ANY_WORD if lowered else CAPITALISED).finditer(text):
        start = mention.start()
        key = strip_possessive(mention.group().lower())
        if key not in words or start in covered:
            continue
        everyday = key in lists.words or key in MONTHS or key in DAYS
        if mention.group()[0].islower() and everyday:
            continue  # a name found in lower case echoes in lower case only as a word no dictionary knows
        stop = start + len(key)
        if NUMBER_NEXT.match(text, stop):
            continue  # "June 12": a date
        if everyday and sentence_start(start) and NOT_A_PERSON_NEXT.match(text, stop):
            continue  # "Hope to see you", "Will you", "Mark the date": the word, not the person
        yield Match(start, stop)
    if "#" in text:
        yield from _tagged(text, covered, words, lists)


def _tagged(text: str, covered: Covered, words: set[str], lists: NameLists) -> Iterator[Match]:
    """The hashtags one of whose capitalised parts is a word of a name found, or its possessive without the
    apostrophe ("#KenjisComeback"), whole; not for an everyday word ("Hope Abara ... #HopeFloats")."""
    for tag in TAG_BODY.finditer(text):
        if tag.start(1) in covered:
            continue
        for part in TAG_PART.finditer(text, tag.start(1), tag.end(1)):
            key = part.group().lower()
            if key not in words and key.endswith("s") and key[:-1] in words:
                key = key[:-1]
            if key in words and key not in lists.words and part.start() not in covered:
                yield Match(tag.start(1), tag.end(1))  # the whole tag, as people_names_shapes redacts one
                break


def mentions(text: str, words: set[str]) -> bool:
    """Whether `text` holds a word of `words` in any case (a disclaimer appended after a post that named someone: a
    name found in lower case echoes in lower case too)."""
    if not words:
        return False
    if "#" in text:
        return True  # a hashtag's parts may echo too: let the re-check read it
    return any(strip_possessive(found.group().lower()) in words for found in ANY_WORD.finditer(text))


# A nickname in quotes between two words of a name found ("Henrietta 'Hattie' Blackwood", 'Alphonse "Al" Guidry',
# "Jimmy 'the Hat' Rourke"): the words inside the quotes.
NICKNAME_BETWEEN = re.compile(r" ['\"\u2018\u201c]([^'\"\u2018\u2019\u201c\u201d\n]{1,24})['\"\u2019\u201d] ")


def nicknames_between(text: str, found: list[Match]) -> Iterator[Match]:
    """The quoted nicknames that stand between two names found, one right after the other: the person's, redacted
    with them (the quote cut the run in two, and the words in quotes were left)."""
    starts = {m.start for m in found if m.start is not None}
    for match in found:
        if match.end is None:
            continue
        quoted = NICKNAME_BETWEEN.match(text, match.end)
        if quoted is not None and quoted.end() in starts:
            yield Match(quoted.start(1), quoted.end(1))


# A name broken by a line break, as a caption or a pasted list wraps it ("Kenzie & Tyler\nBauwens",
# "Hollis\nOkonkwo-Price"): the capitalised word just after a name found at a line's end, or just before one found at
# a line's start.
WRAPPED_AFTER = re.compile(r"[ \t]*\n[ \t]*([A-Z](?:[a-z]+|'[A-Z][a-z]+)(?:['-][A-Za-z][a-z]+)*)(?![\w'-])")
WRAPPED_BEFORE = re.compile(r"(?<![\w'-])([A-Z][a-z]+(?:['-][A-Za-z][a-z]+)*)[ \t]*\n[ \t]*$")
WRAPPED_REACH = 32


def wrapped(text: str, found: list[Match], lists: NameLists, never: Callable[[str], bool]) -> Iterator[Match]:
    """The other half of a name a line break cut: a word no dictionary knows on the next line after a name found, a
    name the lists know at the end of the line before one; never an everyday word nor a word `never` refuses. Read
    at two fixed places per name found."""
    if "\n" not in text:
        return
    covered = Covered.of(found)
    for match in found:
        if match.start is None or match.end is None:
            continue
        after = WRAPPED_AFTER.match(text, match.end)
        if after is not None and after.start(1) not in covered:
            key = strip_possessive(after.group(1).lower())
            if key not in lists.words and _echoes(key, never):
                yield Match(after.start(1), after.start(1) + len(key))
        before = WRAPPED_BEFORE.search(text, max(0, match.start - WRAPPED_REACH), match.start)
        if before is not None and before.start(1) not in covered:
            key = before.group(1).lower()
            if (key in lists.first or key in lists.last) and key not in lists.words and _echoes(key, never):
                yield Match(before.start(1), before.end(1))


def partners(text: str, found: list[Match], lists: NameLists, never: Callable[[str], bool]) -> Iterator[Match]:
    """The first names joined by "and" or "&" to a name found, written in the name's case ("Hazel and Hollis
    Okonkwo-Price", "jade and marcus ellery"), that no finding covers: a first name the lists know, even a word
    (Hazel, Jade), beside a name is a person. Never a grammar word, a title, a month or a day, nor a word `never`
    refuses (the staff list, the organization, a cleared name). Read at two fixed places per name found."""
    covered = Covered.of(found)
    for match in found:
        if match.start is None or match.end is None:
            continue
        upper = text[match.start].isupper()
        before = PARTNER_BEFORE.search(text, max(0, match.start - PARTNER_REACH), match.start)
        after = PARTNER_AFTER.match(text, match.end)
        for hit in (before, after):
            if hit is None or hit.start(1) in covered or hit.group(1)[0].isupper() != upper:
                continue
            key = strip_possessive(hit.group(1).lower())
            if key in lists.first and key not in MONTHS and key not in DAYS and _echoes(key, never):
                yield Match(hit.start(1), hit.start(1) + len(key))
