"""The advice model's features: the gates in front of its patterns are sound, and a sentence's features (and so its
score) are a function of its key, which lets the re-check of a fixed text reuse them.

A gate may let a sentence through that the pattern then does not match; it must never keep out one the pattern
would match, or the model would read other features than it was trained on. The fuzz builds sentences out of the
patterns' own words glued by the characters that decide word boundaries (apostrophes, hyphens, dots, digits,
accented letters), which is where a gate's reading of "a whole word" could part from the regex's \\b.
"""

from __future__ import annotations

import random
import re

import pytest

from guardrails import Engine, GuardrailSettings
from guardrails.normalize import normalize
from guardrails.rules import advice_base
from guardrails.rules import advice_features as features
from guardrails.rules.base import Document, letter_runs
from guardrails.rules.health_terms import sentences
from guardrails.settings import Platform

GATED: dict[str, tuple[re.Pattern[str], frozenset[str]]] = {
    "dose": (features.DOSE_RE, features.DOSE_GATE),
    "frequency": (features.FREQUENCY_RE, features.FREQUENCY_GATE),
    **{name: (pattern, gate) for name, pattern, gate in features.CUES},
}
GLUE = [" ", " ", " ", "", "'", "-", ".", ". ", "\n", "é", "5", "_", "/", ",", "'s "]


def _passes(name: str, text: str) -> bool:
    runs = letter_runs(text)
    return not runs.isdisjoint(GATED[name][1])


def _pattern_words(pattern: re.Pattern[str]) -> list[str]:
    """The words the pattern spells (escapes such as \\b and \\s are no letters of a word), not its gate's: the
    gate is what is tested."""
    return sorted(set(re.findall(r"[a-z]+", re.sub(r"\\[a-zA-Z]", " ", pattern.pattern))))


EVERYDAY = [
    "the",
    "a",
    "your",
    "with",
    "in",
    "to",
    "x",
    "s",
    "her",
    "pain",
    "4",
    "12",
    "1.5",
    "every",
    "day",
    "is",
    "of",
]


@pytest.mark.parametrize("name", GATED)
def test_a_gate_never_keeps_out_a_sentence_its_pattern_matches(name: str) -> None:
    """Short sentences of everyday words with one to four of the pattern's own words glued in: the gate must pass
    every one the pattern matches in, whichever word it matched on."""
    pattern, _gate = GATED[name]
    own = _pattern_words(pattern)
    rng = random.Random(f"gate {name}")
    matched = 0
    for _ in range(30_000):
        parts = [rng.choice(EVERYDAY) for _ in range(rng.randint(0, 4))]
        for _ in range(rng.randint(1, 4)):
            parts.insert(rng.randint(0, len(parts)), rng.choice(own))
        text = "".join(part + rng.choice(GLUE) for part in parts).strip()
        if pattern.search(text):
            matched += 1
            assert _passes(name, text), f"{name}: the gate keeps out {text!r}, which the pattern matches"
    assert matched >= 10  # the fuzz reaches the pattern (a long one like ask_clinician least often)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("dose", "take 5mg at night"),  # a unit glued to digits: "mg" is a letter run of its own
        ("dose", "twotabs now"),  # a unit glued to a number word: the run is number word + unit
        ("dose", "half anmg"),  # 'half an' then a unit with no space: the run is 'an' + unit
        ("dose", "1.5-ml"),  # a hyphen between amount and unit
        ("frequency", "twice a day"),  # the schedule's last word is the one the gate needs
        ("frequency", "3x daily"),  # digits glued to x: 'daily' is still a word of its own
        ("you", "y'all should rest"),  # 'y' of y'all
        ("negation", "don't wait"),  # 'don' of don't
        ("modal", "you shouldn't"),  # 'shouldn' of shouldn't
        ("population", "children do better"),  # children, not children's
        ("ask_clinician", "check with your care team"),  # 'care' of care team
        ("kin", "your little one"),  # 'little' of little one
    ],
)
def test_gate_rows(name: str, text: str) -> None:
    pattern = GATED[name][0]
    assert pattern.search(text)
    assert _passes(name, text)


def _doc(text: str) -> Document:
    return Document(normalized=normalize(text), platform=Platform.X, settings=GuardrailSettings())


def _keys(text: str) -> list[features.SentenceKey]:
    doc = _doc(text)
    return [features.sentence_key(doc, s, e, after_question=False) for s, e in sentences(doc)]


def test_features_are_a_function_of_the_key() -> None:
    """The same sentence in two posts, after other sentences, has the same key and so the same features."""
    first = _doc("Hi all. Take 2 tablets of ibuprofen every 4 hours.")
    second = _doc("Great news today! Take 2 tablets of ibuprofen every 4 hours. Thanks all")
    (a_start, a_end), (b_start, b_end) = sentences(first)[1], sentences(second)[1]
    key_first = features.sentence_key(first, a_start, a_end, after_question=False)
    assert key_first == features.sentence_key(second, b_start, b_end, after_question=False)
    assert key_first[1]  # the drug and the amount are in the key
    assert features.key_features(key_first) == features.sentence_features(second, b_start, b_end, after_question=False)


def test_a_term_across_a_sentence_end_is_part_of_the_key() -> None:
    """Lexicon hits come from the whole text: 'high. Blood pressure' is read as one term that starts in the first
    sentence, so the second holds no term, where the same words alone hold 'blood pressure checks'. The keys
    differ, as the features do."""
    after = _keys("Numbers are high. Blood pressure checks matter.")[1]
    alone = _keys("Blood pressure checks matter.")[0]
    assert after[0].strip() == alone[0].strip()
    assert after[1] == () and alone[1] != ()
    assert features.key_features(after) != features.key_features(alone)


def test_the_recheck_of_a_fixed_text_reuses_the_scores_of_its_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    """A post that gets a disclaimer appended is checked twice; its sentences are scored once."""
    engine = Engine(GuardrailSettings())
    text = "Flu season is here. Rest, fluids and sleep help most colds pass in a week. Stay well, friends!"
    calls: list[features.SentenceKey] = []

    def counting(key: features.SentenceKey, care: features.CareSpans | None = None) -> set[str]:
        calls.append(key)
        return features.key_features(key, care)

    monkeypatch.setattr(advice_base, "key_features", counting)
    report = engine.check(text, "x")
    assert report.fixed_text != text  # the re-check ran
    assert calls and len(calls) == len(set(calls))  # no sentence was scored twice
