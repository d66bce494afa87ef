"""Sentences in another language written in Latin letters ("Los dolores de cabeza frecuentes no son normales.",
"Bác sĩ, y tá và nhân viên chúc quý vị..."): their capitalised and unknown words are everyday words the English
name lists happen to hold (Esperanza, Bác, cabeza), so phi.name reads names there only beside a person cue.

A sentence is foreign when enough of its words are function words of Spanish, Portuguese, French, Tagalog,
Vietnamese, Haitian Creole, Somali or German, or carry letters English does not use (más, días, năm): the English
word list cannot tell, since it holds many loanwords (para, todos, salud). One pass over the text.
"""

from __future__ import annotations

import re
from functools import cache

from guardrails.normalize import Normalized
from guardrails.rules.phi.people_lexicon import NAMES_DIR, read_entries, word_set

# Function words of the languages the hospital posts in, none of them an English word ("no", "son", "do" are not).
FOREIGN_WORDS = word_set(
    """de del la las los el y en para por con su sus una un unos unas este esta estos estas todos todas que es al
    más muy nuestro nuestra nuestros ustedes usted tiene hable si feliz salud gracias
    da das dos em com uma não nosso nossa você
    le les des du et est une pour avec dans sur au aux nous vous
    ang ng mga sa ay naman po ito ya
    và của các những là có không một cho với được người chúc năm mới vui
    nan ak yo yon pou mwen nou ki anpil mesi fanmi swete jodi
    aming kayo nang kami tayo sila na mula maligayang manigong bagong taon ating natin namin ninyo kanyang
    waxay iyo oo ee dhammaan ayaa waa soo ayuu waxaa aan ugu loo lagu haddii walba doona karaan tahay yahay maanta
    und der ist ein eine nicht zu wir unser unsere wurde vielen wieder auch sehr danke euch
    ap gen ou klas chak rele kesyon pale kijan swiv bezwen randevou vaksen ofri lakay tanpri moun manje ansanm
    fet bon dyabet gratis tout"""
)
# Everyday words of Spanish, Portuguese, French, Filipino and Vietnamese that are not common in English
# (foreign_words.txt, built by scripts/build_foreign_words.py from wordfreq): "muchas veces se puede", "lalo na
# kung". Read only where the text writes them in lower case: capitalised, many are surnames as well (Vega, Luna).
EVERYDAY_FILE = NAMES_DIR / "foreign_words.txt"
# Vietnamese courtesy titles as written with their marks. The matching copy folds "có" (has), "cơ" and "cô" (Miss)
# to one "co": a folded title is a title only where the original is this spelling or plain ASCII.
VIETNAMESE_TITLES = word_set("ông bà bác cô anh chị em chú")
FOLDED_VIETNAMESE = word_set("ong ba bac co anh chi em chu")
# Titles and kin words of those languages, accents folded as in the matching copy: a name after one is a person's.
FOREIGN_TITLES = word_set(
    """senora senor sra sr srta dona don paciente abuela abuelo tia tio nino nina hermano hermana
    ong ba bac co anh chi em chu lola lolo tita tito madame monsieur mme"""
)
SENTENCE = re.compile(r"[^.!?¡¿\n]+")
WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 3
MIN_MARKERS = 2
MIN_SHARE = 0.25


def foreign_sentences(normalized: Normalized) -> list[tuple[int, int]]:
    """The spans (in the matching copy) of the sentences that read as another language. The matching copy folds
    accents away (más -> mas), so a word's letters are read in the original. A short line that follows a foreign
    sentence is foreign too when it holds a marker ("Buscamos promotoras de salud. Tiempo completo, con
    beneficios."). Each sentence is decided by itself and the sentence before it, never by what follows: text
    appended to a post (the engine's disclaimer, in any language) cannot change how its sentences read, which keeps
    phi.name local (Rule.locality)."""
    text, original = normalized.text, normalized.original
    everyday = everyday_words()
    out: list[tuple[int, int]] = []
    previous = False  # whether the last sentence with words was foreign
    for sentence in SENTENCE.finditer(text):
        spans = [w.span() for w in WORD.finditer(text, sentence.start(), sentence.end())]
        if not spans:
            continue
        words = [text[a:b] for a, b in spans]
        # a word's letters lie inside its sentence's: an ASCII sentence has no word to map back and test one by one
        plain = _ascii(original, normalized.to_original(*sentence.span()))
        markers = sum(
            1
            for index, word in enumerate(words)
            if (word.islower() and word in everyday)
            or (not plain and not _ascii(original, normalized.to_original(*spans[index])))
            or _marker(words, index, word)
        )
        own = len(words) >= MIN_WORDS and markers >= MIN_MARKERS and markers >= MIN_SHARE * len(words)
        previous = own or (previous and markers > 0)
        if previous:
            out.append(sentence.span())
    return out


@cache
def everyday_words() -> frozenset[str]:
    """foreign_words.txt, read on the first foreign test (after the name lists: only a text with a name candidate
    asks). A missing file fails the rule, which blocks the text."""
    return read_entries(EVERYDAY_FILE)


def greeting_first(found: str) -> bool:
    """A run of capitalised words that starts with a function word of another language ("Feliz Dia das Mães", "Bòn
    Fèt Endepandans"): a greeting, not a full name, though each word is capitalised."""
    first = WORD.search(found)
    return first is not None and first.group().lower() in FOREIGN_WORDS


def not_foreign(text: str, sentences: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether text[start:end], a name found inside a foreign sentence, is no word of that language: capitalised
    inside the sentence, none of its words an everyday or function word ("¡Bienvenida al mundo, Valentina!"), or
    led by a kin title of that language ("Ingat ka palagi Tita Baby!"). A sentence's first word is capitalised
    whatever it is ("Esperanza, paz y salud"), so it does not count as written so."""
    words = [w.lower() for w in WORD.findall(text, start, end)]
    if not words or not text[start].isupper():
        return False
    if words[0] in FOREIGN_TITLES and (len(words) > 1 or text[end + 1 : end + 2].isupper()):
        return True  # "Tita Baby", even where the run was cut after the title
    begin = next((a for a, b in sentences if a <= start < b), start)
    if not any(c.isalpha() for c in text[begin:start]):
        return False
    everyday = everyday_words()
    return not any(w in everyday or w in FOREIGN_WORDS or w in FOREIGN_TITLES for w in words)


def foreign_title_before(normalized: Normalized, word: str, start: int) -> bool:
    """Whether `word`, the word that ends one space before `start` in the matching copy, is a kin or courtesy title
    of another language. A Vietnamese title counts only as written ("cô Lan", or plain "co Lan"): "có" (has) and
    "cơ" fold to the same letters ("có nguy cơ cao hơn" names no one)."""
    key = word.rstrip(".")
    if key not in FOREIGN_TITLES:
        return False
    if key not in FOLDED_VIETNAMESE:
        return True
    begin = start - 1 - len(word)
    written = normalized.original[slice(*normalized.to_original(begin, begin + len(key)))]
    return written.isascii() or written.lower() in VIETNAMESE_TITLES


def _marker(words: list[str], index: int, word: str) -> bool:
    """A foreign function word; a particle between two capitalised words is
    part of a name ("Maria de la Cruz"), not a sign of the language."""
    if word.lower() not in FOREIGN_WORDS:
        return False
    before = next((w for w in reversed(words[max(0, index - 2) : index]) if w.lower() not in FOREIGN_WORDS), "")
    after = next((w for w in words[index + 1 : index + 3] if w.lower() not in FOREIGN_WORDS), "")
    return not (before[:1].isupper() and after[:1].isupper())  # two words each side at most: linear time


def _ascii(original: str, span: tuple[int, int]) -> bool:
    return original[span[0] : span[1]].isascii()


def inside(spans: list[tuple[int, int]], start: int) -> bool:
    """Whether `start` falls in one of `spans` (few: a post has a handful of sentences)."""
    return any(begin <= start < end for begin, end in spans)
