"""Names written in another script inside a post in Latin letters: "Thank you Иван Петров", "王伟's family".

The name lists are romanized, so a name in Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, Chinese,
Japanese or Korean script would pass them untouched. In an English-language hospital post such a word next
to a person cue (thanks, patient, family, welcome, Mr....) is almost always a person's name; without a cue it
may be a translated phrase in a bilingual post ("Flu shots / 流感疫苗"), which is left alone. Posts written
mostly in another script are not judged here: the rules read English.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from guardrails.normalize import CONFUSABLES
from guardrails.rules.base import Document, Match
from guardrails.rules.phi.people_names_context import GREETING

# Letters of the scripts above, run together with spaces and joining marks: one candidate per run.
OTHER_SCRIPT_LETTER = (
    "\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u097f\u0e00-\u0e7f"
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
)
OTHER_SCRIPT_RUN = re.compile(
    rf"[{OTHER_SCRIPT_LETTER}](?:[{OTHER_SCRIPT_LETTER}\u064b-\u065f'\-]|\s(?=[{OTHER_SCRIPT_LETTER}]))*"
)
LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
PERSON_CUE = re.compile(
    r"\b(?:thanks?|thank you|patients?|mr|mrs|ms|miss|mx|dr|family|families|son|daughter|mom|mother|dad|father|"
    r"husband|wife|baby|little|grand(?:ma|pa|mother|father|son|daughter)|sister|brother|welcome|congrat\w*|"
    r"birthday|meet|named|name is|story|journey|recovery|recovering|memory of|passed away|rip|get well|"
    r"prayers?|shout ?out|survivor|who|her|his|she|he)\b",
    re.IGNORECASE,
)
WINDOW = 60


def other_script_names(doc: Document) -> Iterator[Match]:
    """Runs of another script beside a person cue, as Matches in the normalized text's coordinates."""
    original = doc.original
    if original.isascii():
        return
    runs = [run for run in OTHER_SCRIPT_RUN.finditer(original) if _a_word_of_its_own(original, run)]
    if not runs:
        return
    other = sum(len(run.group()) for run in runs)
    if other > len(LATIN_LETTER.findall(original)):
        return  # a post written in another script: not ours to judge
    for run in runs:
        if not _name_cased(run.group()):
            continue
        start, end = run.span()
        if _greeted_beside(original, start, end):
            continue  # "عيد مبارك! Eid Mubarak to all our patients": a holiday greeted in two scripts, no one's name
        around = original[max(0, start - WINDOW) : start] + " " + original[end : end + WINDOW]
        if PERSON_CUE.search(around):
            yield Match(*_to_normalized(doc, start, end))


# The saint words of Cyrillic and Greek (svyatoho, svyatyi, ..., agios): "Svyatoho Mykolaia" (of Saint Nicholas) names
# a feast day, a church or a town, as in English.
SAINT_WORDS = frozenset(
    (
        "\u0441\u0432\u044f\u0442\u043e\u0433\u043e",
        "\u0441\u0432\u044f\u0442\u0438\u0439",
        "\u0441\u0432\u044f\u0442\u0430",
        "\u0441\u0432\u044f\u0442\u043e\u0457",
        "\u0441\u0432\u044f\u0442\u043e\u0439",
        "\u0441\u0432\u044f\u0442\u0430\u044f",
        "\u0441\u0432\u044f\u0442\u044b\u0445",
        "\u03ac\u03b3\u03b9\u03bf\u03c2",
        "\u03b1\u03b3\u03af\u03bf\u03c5",
        "\u03b1\u03b3\u03af\u03b1",
    )
)


def _greeted_beside(original: str, start: int, end: int) -> bool:
    """A holiday greeted in Latin letters on the run's line, just after or before it (people_names_context.GREETING:
    "Eid Mubarak", "Ramadan Kareem", "Happy Diwali"): the run is the greeting in its own script."""
    line_start = original.rfind("\n", max(0, start - WINDOW), start) + 1 or max(0, start - WINDOW)
    line_end = original.find("\n", end, end + WINDOW)
    beside = original[line_start:start] + " " + original[end : line_end if line_end >= 0 else end + WINDOW]
    return GREETING.search(beside.lower()) is not None


def _name_cased(run: str) -> bool:
    """In a script with capitals (Cyrillic, Greek), a name's every word starts with one ("Taras Shevchenko" in
    Cyrillic); a phrase has lower-case words after its first ("Laskavo prosymo", welcome). A saint's name is a feast
    or a place. Scripts without capitals (Arabic, Hebrew, Chinese) say nothing here."""
    words = run.split()
    if words and words[0].lower() in SAINT_WORDS:
        return False
    return all(w[0].isupper() or w[0].lower() == w[0].upper() for w in words)


def _a_word_of_its_own(original: str, run: re.Match[str]) -> bool:
    """At least two letters that are not Latin look-alikes, and not letters swapped into a Latin word (an
    evasion such as "Sarah" spelled with a Cyrillic a, which normalization already folds for the other rules)."""
    start, end = run.span()
    if (start > 0 and LATIN_LETTER.match(original, start - 1)) or LATIN_LETTER.match(original, end):
        return False
    return sum(1 for ch in run.group() if not ch.isspace() and ch not in CONFUSABLES) >= 2


def _to_normalized(doc: Document, start: int, end: int) -> tuple[int, int]:
    starts = doc.normalized.starts
    if starts is None:
        return start, end
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end)
    return first, max(last, first + 1)
