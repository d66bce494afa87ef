"""Linear time: doubling an adversarial input must roughly double the work of every rule and of the engine.

Work is counted, not timed: the number of Python and built-in calls made while a rule scans (sys.setprofile
events), which is deterministic for a given text once caches are warm. A rule that loops over its tokens and
searches the list again for each one (the `tokens.index` that made 99k characters take 46 s in phi.name) shows
up as a ratio near 4. Work done inside one regex call is invisible to this count, so the fuzz rows run
100,000-character inputs of every shape through `check`: a regex that backtracks catastrophically never
returns, which the suite shows as a hang. Each row says why its shape is adversarial.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest

from guardrails import Engine, GuardrailSettings, Report
from guardrails.normalize import Normalized, normalize
from guardrails.registry import RULE_CLASSES
from guardrails.rules.base import Document, Rule
from guardrails.settings import Platform

# work(2n) <= RATIO * work(n) + SLACK: a linear rule gives 2 (2.2 for n log n); a quadratic one gives 4.
RATIO = 2.6
SLACK = 400
SIZE = 2_000  # characters at n; 2n is twice that
FUZZ_SIZE = 100_000

SHAPES: dict[str, str] = {
    # runs of capitalised words: phi.name groups adjacent capitalised words into one candidate run
    "capitalised": "Maria Gonzalez Jayden Okafor Precious Jackson Little Sky River Fairweather ",
    # capitalised words no dictionary knows, all one run: every word of it is part of one candidate name
    "unknown_capitalised": "Zorvak Quellin Brastow Mirefel Tandrio Velkash Orune Pazzeli ",
    # a shouted line: capitals take phi.name's shouted-name path
    "capitals": "THANK YOU DESHAWN AND KEISHA RASHIDA JEFFERSON ",
    # one endless CamelCase hashtag: names are read out of hashtags (#PrayersForKaylee) word by word
    "camel_case": "#PrayersForKayleeAndJaydenOkafor",
    # initials and dotted abbreviations: J.R., Priya S., Dr., a title's full stop is no sentence end
    "initials": "J.R. Priya S. A.B.C. Dr. Mx. van Holland St. ",
    # lower-case name pairs: phi.name's lower-case path looks two words at a time
    "lower_names": "get well soon maria gonzalez and jayden okafor ",
    # one unbroken digit run: identifier, phone and date windows slide over digits
    "digits": "0123456789",
    # spaced and dashed digits: phone numbers spelled out digit by digit, ids with separators
    "spaced_digits": "4 1 2 - 7 7 - 0 9 3 1 five five five 0 one 0 ",
    # numbers said in words, glued, with look-alike letters and over lines: contacts_spelled reads each token once
    "spelled_numbers": "forty four seventy-seven five hundred fifty five fivefivefive 3l2 O1O\n4477 cinco y ",
    # dates and ages in a row: phi.date and phi.age look for a person cue near each one
    "dates": "born 04/12/1961, admitted 3/14, dx'd 09SEP24 on the 4th, aged 101, ",
    # ages said in passing: each "at N", "for N", "N and still" looks for a person in a bounded window
    "ages_in_passing": "at 90. not bad for 92! 9 4 years old 96M with Ninety and still the big 9-0 ",
    # the same health terms again and again: term scans, advice and disclaimer decisions per hit
    "health_terms": "diabetes cancer flu shot aspirin 81 mg ibuprofen stop taking metformin ",
    # amounts in one endless sentence: advice.dosage judged the sentence again for every amount (77 s at 50k)
    "dosing": "5 mg ",
    # advice shapes in one endless sentence (advice_shapes): each pill, verdict, change or care looks back or ahead
    # a bounded window, and the once-per-sentence lookups (a dosing verb, a hedge, a guideline) are not redone
    "advice_shapes": (
        "one of the white ones, this chest pain is not your heart, he's not autistic, those numbers are fine, "
        "skipping the night dose, instead of your prescribed cream, the colonoscopy can wait, "
    ),
    # Chinese and Japanese: no spaces between words, every character heavy on X, trims cut after any character
    "cjk": "\u65e5\u672c\u8a9e\u306e\u60a3\u8005\u3055\u3093\u3078\u3002\u7530\u4e2d\u3055\u3093 ",
    # numbered points with no words: dots after digits look like decimals, versions, dates and list items
    "digit_dots": "1.",
    # the same word repeated: n-gram and phrase lookups over a run with no boundary
    "repeated_word": "patient ",
    # emoji sequences: X's weighted length walks ZWJ sequences, skin tones and flags
    "emoji": "\U0001f600\U0001f44d\U0001f3fd\U0001f468\u200d\U0001f469\u200d\U0001f467\U0001f1fa\U0001f1f8 ",
    # punctuation and hashtags: sentence splitting, hashtag and URL scanners
    "punctuation": "!?.,;:-#@/()[]\"' #tag#tag ## @@ ... ",
    # white space only: normalization collapses runs, tokenizers find nothing
    "whitespace": " \n\t  \u00a0\u3000",
    # zero-width characters inside words: normalization removes them and maps offsets back
    "zero_width": "M\u200ba\u200cr\u200di\u2060a 5\u200b5\u200b5 \u202e",
    # links and addresses: URL, e-mail and handle scanners
    "links": "www.example.com/jane.doe jane@doe.org @sam_recovers 12 Elm Ave 60513 ",
    # disguised addresses: brackets, spaced @ and dots, "at" before a provider, each read in one bounded pass
    "email_disguises": "email jane{at}gmail{dot}com bo @ yahoo . com x at hotmail [.] com janedoe at gmail ",
    # a realistic post with every kind of finding, repeated
    "mixed": (
        "Thank you to Maria Gonzalez (MRN 0048213), 94, admitted on March 3rd! Call 555-867-5309. "
        "Take 2 tablets of ibuprofen every 4 hours; no need to see a doctor. Best hospital in the state. "
    ),
}


def _sized(shape: str, size: int) -> str:
    """The shape repeated to about `size` characters; twice `size` gives the same text twice, so that what a rule
    finds at the end of the text (a run cut in the middle) is the same at n and 2n."""
    unit = SHAPES[shape]
    return unit * max(1, round(size / len(unit)))


def _count_calls(action: Callable[[], object]) -> int:
    """Python and built-in calls made by `action`: a deterministic measure of work (no clock)."""
    calls = 0

    def profiler(_frame: FrameType, event: str, _arg: Any) -> None:
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(profiler)
    try:
        action()
    finally:
        sys.setprofile(None)
    return calls


def _doubling(work: Callable[[int], int]) -> list[int]:
    """Work at n and 2n, and at 4n too when 2n did more than RATIO times n's: a rule that switches something on
    above a length (a run too long to be a phone number at n, cut into numbers at 2n) jumps once and is linear
    after it, where quadratic work jumps again."""
    counts = [work(SIZE), work(2 * SIZE)]
    if counts[1] > RATIO * counts[0] + SLACK:
        counts.append(work(4 * SIZE))
    return counts


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(GuardrailSettings())


@pytest.fixture(scope="module")
def warmed(engine: Engine) -> Callable[[str, int], Normalized]:
    """The normalized text of a shape at a size, checked once first: lazy imports, lru caches and remembered
    lengths are then warm, as in a running service, and the counts that follow are the same on every run."""
    done: dict[tuple[str, int], Normalized] = {}

    def warm(shape: str, size: int) -> Normalized:
        if (shape, size) not in done:
            text = _sized(shape, size)
            engine.check(text, Platform.X)
            done[shape, size] = normalize(text)
        return done[shape, size]

    return warm


def _rule(engine: Engine, rule_class: type[Rule]) -> Rule:
    built = [rule for rule, _severity in engine.rules if isinstance(rule, rule_class)]
    return built[0] if built else rule_class(engine.settings)


def _scan_work(rule: Rule, normalized: Normalized) -> int:
    """Work of one rule's scan on a fresh Document, so that the shared views it asks for are counted too."""
    return _count_calls(
        lambda: list(rule.scan(Document(normalized=normalized, platform=Platform.X, settings=rule.settings)))
    )


# Every shape against every rule; X counts its own way (weighted length, trims), so rules see that platform.
@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("rule_class", RULE_CLASSES, ids=[cls.id for cls in RULE_CLASSES])
def test_every_rule_does_linear_work(
    rule_class: type[Rule], shape: str, engine: Engine, warmed: Callable[[str, int], Normalized]
) -> None:
    rule = _rule(engine, rule_class)
    counts = _doubling(lambda size: _scan_work(rule, warmed(shape, size)))
    assert counts[-1] <= RATIO * counts[-2] + SLACK, f"{rule_class.id} on {shape}: calls at n, 2n(, 4n): {counts}"


# The whole engine (detect, fixes, trim, re-check) on every shape, with and without a platform limit.
@pytest.mark.parametrize("platform", [Platform.X, None], ids=["x", "no-platform"])
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_the_engine_does_linear_work(shape: str, platform: Platform | None, engine: Engine) -> None:
    def work(text: str) -> int:
        engine.check(text, platform)
        return _count_calls(lambda: engine.check(text, platform))

    counts = _doubling(lambda size: work(_sized(shape, size)))
    assert counts[-1] <= RATIO * counts[-2] + SLACK, f"engine on {shape}: calls at n, 2n(, 4n): {counts}"


# 100,000 characters of each shape (the most `check` accepts): a catastrophic regex would never return.
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_hundred_thousand_characters_of_each_shape_are_checked(shape: str, engine: Engine) -> None:
    text = _sized(shape, FUZZ_SIZE)[:FUZZ_SIZE]
    report = engine.check(text, Platform.X)
    assert isinstance(report, Report)
    assert report.text == text
