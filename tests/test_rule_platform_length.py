"""platform.length: over the platform's limit, counted its way; trimmed to fit, or blocked when it cannot be."""

from __future__ import annotations

import pytest

from guardrails import Engine, GuardrailSettings, Verdict
from guardrails.measure import post_length
from guardrails.settings import Platform, PlatformLimits

RULE = "platform.length"
ENGINE = Engine()
X = GuardrailSettings().limits_for(Platform.X)
SHORT = GuardrailSettings().disclaimers.short

LONG_NEWS = (
    "Our Main Street clinic is moving to a bigger home across town this spring. The new building has more "
    "exam rooms, a bright waiting area, free parking right by the door and a pharmacy on the ground floor. "
    "Our whole team is moving with us, so you will see the same friendly faces. We can't wait to welcome you!"
)


@pytest.mark.parametrize(
    ("text", "platform", "expected"),
    [
        ("Free parking at our new garage!", "x", False),  # short
        ("a" * 280, "x", False),  # exactly at the limit
        ("a " * 141, "x", True),  # 282 characters
        ("\u65e5" * 141, "x", True),  # 141 CJK characters weigh 282
        ("\u65e5" * 140, "x", False),  # 140 CJK characters weigh exactly 280
        ("Read more: https://www.riversidehealth.org/" + "a" * 300 + " " + "b" * 200, "x", False),  # URL counts 23
        ("a " * 141, "facebook", False),  # Facebook allows 63,206
        ("a " * 300, "threads", True),  # Threads allows 500
        ("a " * 141, None, False),  # no platform: no length rule
    ],
)
def test_platform_length(text: str, platform: str | None, expected: bool) -> None:
    found = ENGINE.detect(text, Platform(platform) if platform else None)
    assert (RULE in [f.rule for f in found]) is expected


def test_an_x_post_over_280_is_trimmed_to_fit() -> None:
    # verdict fix; the trimmed text fits, ends at a word or sentence boundary
    report = ENGINE.check(LONG_NEWS, "x")
    assert report.verdict is Verdict.FIX
    assert post_length(report.fixed_text, X) <= 280
    assert LONG_NEWS.startswith(report.fixed_text.rstrip("\u2026"))
    assert report.remaining == []


def test_trimming_keeps_the_appended_disclaimer_and_hashtags() -> None:
    # health information on X: the short disclaimer is appended and kept, the body is cut, tags survive
    text = (
        "Heart disease is the leading cause of death for women in the US, yet many women do not know the signs. "
        "Chest pain is common, but women are more likely to have shortness of breath, nausea, back or jaw pain. "
        "Know your numbers and your family history. #HeartMonth #GoRed"
    )
    report = ENGINE.check(text, "x")
    assert report.verdict is Verdict.FIX
    assert post_length(report.fixed_text, X) <= 280
    assert report.fixed_text.endswith(SHORT)
    assert report.fixed_text.count(SHORT) == 1
    assert "#HeartMonth #GoRed" in report.fixed_text
    assert report.fixed_text.startswith("Heart disease is the leading cause of death")


def test_a_disclaimer_that_pushes_a_fitting_post_over_is_trimmed_too() -> None:
    # 270 characters fit X, the appended disclaimer would not: the body is cut so that both fit
    text = "Diabetes affects the way your body uses sugar. " * 5 + "Learn the signs."
    assert post_length(text, X) <= 280
    report = ENGINE.check(text, "x")
    assert report.verdict is Verdict.FIX
    assert report.fixed_text.endswith(SHORT)
    assert post_length(report.fixed_text, X) <= 280


def test_a_text_that_cannot_be_made_to_fit_is_blocked() -> None:
    # a 30-character limit cannot hold a body and the disclaimer: the finding remains, verdict block
    limits = PlatformLimits(max_chars=30, counting="x_weighted", max_hashtags=2)
    engine = Engine(GuardrailSettings(platforms={"x": limits}))
    report = engine.check("Parkinson's disease affects movement. Learn the early signs today.", "x")
    assert report.verdict is Verdict.BLOCK
    assert RULE in [f.rule for f in report.remaining]
    assert not report.postable


def test_a_single_unbreakable_word_is_blocked_not_cut() -> None:
    # no word boundary to cut at: nothing sensible to keep, so the text is blocked
    report = ENGINE.check("a" * 300, "x")
    assert report.verdict is Verdict.BLOCK


def test_cjk_text_without_spaces_is_cut_between_characters() -> None:
    # Japanese has no spaces: the cut falls between characters, at a sentence end when one is close
    text = "\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8" * 30  # 240 characters that weigh 480
    report = ENGINE.check(text, "x")
    assert report.verdict is Verdict.FIX
    assert post_length(report.fixed_text, X) <= 280
    assert report.fixed_text.endswith("\u2026")
    sentences = "\u75c5\u6c17\u3067\u3059\u3002" * 40  # "it is an illness." repeated, 200 characters
    cut = ENGINE.check(sentences, "x").fixed_text
    assert cut.endswith("\u3002")
    assert post_length(cut, X) <= 280
