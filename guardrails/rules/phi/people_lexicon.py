"""The word lists phi.name reads, loaded once per process on first use.

The lists are large (some 375,000 names) so they are package data read lazily: `carepost check hello`
pays for them only when a check actually runs, and every Engine in the process shares one copy. Entries
are accent-folded and lower-cased exactly like the matching copy of a text (guardrails.normalize), so a
lookup is one set membership. scripts/build_name_lists.py builds the generated lists and names their sources.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from guardrails.normalize import normalize

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
NAMES_DIR = DATA_DIR / "names"

# A word as phi.name sees it: letters, with inner apostrophes and hyphens (O'Brien, Al-Fayed, Tay-Sachs).
WORD = re.compile(r"[A-Za-z]+(?:['-][A-Za-z]+)*")

Phrase = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NameLists:
    """first/last: names from names-dataset; words: common English words, and nationalities and everyday words
    of other languages that the name lists hold as names (other_words.txt); places: countries, states, cities."""

    first: frozenset[str]
    last: frozenset[str]
    words: frozenset[str]
    popular_first: frozenset[str]
    popular_last: frozenset[str]
    places: frozenset[str]
    forenames: frozenset[str]  # first names that are not everyday words, or popular: where a lower-case name starts


def word_set(text: str) -> frozenset[str]:
    """A constant set written as a block of words: easier to read and review than a list of quoted strings."""
    return frozenset(text.split())


def read_entries(*paths: Path) -> frozenset[str]:
    """One entry a line; lines starting with # are comments. The generated lists (hundreds of thousands of
    lines) have only a header, so they skip the per-line filter: load time counts for the CLI's cold start.
    Several files make one set (words.txt and the hand-kept other_words.txt)."""
    entries: set[str] = set()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        while text.startswith("#"):
            text = text.partition("\n")[2]
        lines = text.split("\n")
        if "\n#" in text:
            lines = [line for line in lines if not line.startswith("#")]
        entries.update(lines)
    entries.discard("")
    return frozenset(entries)


@cache
def name_lists() -> NameLists:
    """The lists, loaded on first use, then `gc.freeze()`: their 600,000 entries live as long as the process, and
    unfrozen every collection of the generation they sit in walks them all (the first one, inside the first check
    of a `carepost check`, costs ~0.1 s; a full collection later ~70 ms). Frozen, the collector skips them and
    whatever else is alive at that point, start-up state that lives as long anyway."""
    lists = _load_name_lists()
    gc.freeze()
    return lists


def _load_name_lists() -> NameLists:
    first = read_entries(NAMES_DIR / "first.txt")
    words = read_entries(NAMES_DIR / "words.txt", NAMES_DIR / "other_words.txt")
    popular_first = read_entries(NAMES_DIR / "popular_first.txt")
    places = read_entries(NAMES_DIR / "places.txt")
    return NameLists(
        first=first,
        last=read_entries(NAMES_DIR / "last.txt"),
        words=words,
        popular_first=popular_first,
        popular_last=read_entries(NAMES_DIR / "popular_last.txt"),
        places=places,
        forenames=(first - words - places) | popular_first,
    )


def phrase_key(text: str) -> Phrase:
    """The words of a term as lookup keys: folded, lower-cased, possessive dropped ("Bell's palsy" -> bell, palsy)."""
    folded = normalize(text).text.lower()
    return tuple(strip_possessive(w) for w in WORD.findall(folded))


def strip_possessive(word: str) -> str:
    if word.endswith("'s"):
        return word[:-2]
    return word


@cache
def data_terms(filename: str) -> tuple[Phrase, ...]:
    """A hand-kept term file (eponyms.txt, names/not_names.txt) as phrase keys."""
    entries = read_entries(DATA_DIR / filename)
    return tuple(key for key in (phrase_key(e) for e in entries) if key)


class PhraseIndex:
    """Multi-word terms looked up from their first word: `longest(keys, i)` is the length of the longest term
    that starts at word i, 0 if none. Single-word terms are a plain set."""

    def __init__(self, phrases: Iterable[Phrase]) -> None:
        self.single: set[str] = set()
        self.multi: dict[str, list[Phrase]] = {}
        for phrase in phrases:
            if len(phrase) == 1:
                self.single.add(phrase[0])
            elif phrase:
                self.multi.setdefault(phrase[0], []).append(phrase)
        for group in self.multi.values():
            group.sort(key=len, reverse=True)

    def longest(self, keys: list[str], index: int) -> int:
        key = keys[index]
        for phrase in self.multi.get(key, ()):
            if tuple(keys[index : index + len(phrase)]) == phrase:
                return len(phrase)
        return 1 if key in self.single else 0


@cache
def place_index() -> PhraseIndex:
    """Places of more than one word, as phrases: "san diego" is excluded as a whole, never read as San and Diego.

    The entries are folded already; one-word places stay in `name_lists().places`."""
    return PhraseIndex(tuple(WORD.findall(p)) for p in name_lists().places if " " in p)
