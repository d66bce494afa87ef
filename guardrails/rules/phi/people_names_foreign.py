"""Sentences in another language written in Latin letters ("Los dolores de cabeza frecuentes no son normales.",
"Bác sĩ, y tá và nhân viên chúc quý vị..."): their capitalised and unknown words are everyday words the English
name lists happen to hold (Esperanza, Bác, cabeza), so phi.name reads names there only beside a person cue.

A sentence is foreign when enough of its words are function words of Spanish, Portuguese, French, Tagalog,
Vietnamese, Haitian Creole or Somali, or carry letters English does not use (más, días, năm): the English word list
cannot tell, since it holds many loanwords (para, todos, salud). One pass over the text.
"""

from __future__ import annotations

import re

from guardrails.normalize import Normalized
from guardrails.rules.phi.people_lexicon import word_set

# Function words of the languages the hospital posts in, none of them an English word ("no", "son", "do" are not).
FOREIGN_WORDS = word_set(
    """de del la las los el y en para por con su sus una un unos unas este esta estos estas todos todas que es al
    más muy nuestro nuestra nuestros ustedes usted tiene hable si feliz salud gracias
    da das dos em com uma não nosso nossa você
    le les des du et est une pour avec dans sur au aux nous vous
    ang ng mga sa ay naman po ito ya
    và của các những là có không một cho với được người chúc năm mới vui
    nan ak yo yon pou mwen nou ki anpil mesi fanmi swete jodi
    aming kayo nang kami tayo sila na
    waxay iyo oo ee dhammaan"""
)
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
    accents away (más -> mas), so a word's letters are read in the original."""
    text, original = normalized.text, normalized.original
    out: list[tuple[int, int]] = []
    for sentence in SENTENCE.finditer(text):
        spans = [w.span() for w in WORD.finditer(text, sentence.start(), sentence.end())]
        if len(spans) < MIN_WORDS:
            continue
        words = [text[a:b] for a, b in spans]
        accented = [not _ascii(original, normalized.to_original(a, b)) for a, b in spans]
        markers = sum(1 for index, word in enumerate(words) if accented[index] or _marker(words, index, word))
        if markers >= MIN_MARKERS and markers >= MIN_SHARE * len(words):
            out.append(sentence.span())
    return out


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
