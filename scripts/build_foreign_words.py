"""Build guardrails/data/names/foreign_words.txt: everyday words of the languages US hospitals post in, for
people_names_foreign's test of whether a sentence is in another language. A developer tool, never run in CI.

    .venv/bin/pip install wordfreq==3.1.1      # in the [train] extra
    .venv/bin/python scripts/build_foreign_words.py

Source: wordfreq 3.1.1 (Robyn Speer et al.; code Apache-2.0, word frequency data CC BY-SA 4.0). For each of
Spanish, Portuguese, French, Filipino and Vietnamese, the TOP most frequent words of three letters or more (the
hand-kept function words of people_names_foreign cover the shorter ones with care), kept when the word is at
least MARGIN more frequent (Zipf scale: a factor of ten a unit) in that language than in English. The margin is
what tells a word from a name: English text names Maria, Juan and Valentina about as often as Spanish text does
(margins 0.5-1.3), but seldom writes calle, tres or mahal (2.3-2.7); and "no", "me", "son" or "pain" are English
words first. Entries are folded like the guardrails' matching copy (accents off, lower case). Haitian Creole and
Somali, which wordfreq lacks, keep their hand-kept words in people_names_foreign.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "guardrails" / "data" / "names" / "foreign_words.txt"
LANGUAGES = ("es", "pt", "fr", "fil", "vi")
TOP = 5000
MARGIN = 1.8


def main() -> int:
    try:
        import wordfreq
    except ImportError:
        sys.exit("wordfreq is not installed: .venv/bin/pip install -e '.[train]'")
    sys.path.insert(0, str(ROOT))
    from guardrails.normalize import normalize

    def fold(word: str) -> str:
        return normalize(word).text.lower()

    words: set[str] = set()
    for language in LANGUAGES:
        for raw in wordfreq.top_n_list(language, TOP):
            word = fold(raw)
            margin = wordfreq.zipf_frequency(raw, language) - wordfreq.zipf_frequency(raw, "en")
            if len(word) > 2 and word.isalpha() and margin >= MARGIN:
                words.add(word)
    header = (
        "# Everyday words of Spanish, Portuguese, French, Filipino and Vietnamese, none common in English: built by\n"
        "# scripts/build_foreign_words.py from wordfreq 3.1.1 (data CC BY-SA 4.0). Do not edit by hand.\n"
    )
    OUT.write_text(header + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(words)} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
