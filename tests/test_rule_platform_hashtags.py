"""platform.hashtags: more hashtags than the platform profile allows."""

from __future__ import annotations

import pytest

from guardrails import Engine, Severity

RULE = "platform.hashtags"
ENGINE = Engine()


@pytest.mark.parametrize(
    ("text", "platform", "expected"),
    [
        ("Get your flu shot! #FluSeason #PublicHealth", "x", False),  # 2 tags: X allows 2
        ("Get your flu shot! #FluSeason #PublicHealth #Vaccines", "x", True),  # 3 tags on X
        ("Get your flu shot! #FluSeason #PublicHealth #Vaccines", "instagram", False),  # Instagram allows 10
        ("Get your flu shot! #FluSeason #PublicHealth", "threads", True),  # Threads allows 1
        ("We're #1 in #1 things #1", "threads", False),  # #1 is not a hashtag
        ("Get your flu shot! #FluSeason #PublicHealth #Vaccines", None, False),  # no platform, no limit
        ("#Flu #Flu #Flu", "x", True),  # repeats count
    ],
)
def test_platform_hashtags(text: str, platform: str | None, expected: bool) -> None:
    assert (RULE in ENGINE.check(text, platform).rules) is expected


def test_too_many_hashtags_is_a_warning_with_the_count() -> None:
    # warn, not block; the message says how many and the limit
    report = ENGINE.check("Flu shots today! #Flu #Vaccines #Health", "x")
    finding = next(f for f in report.findings if f.rule == RULE)
    assert finding.severity is Severity.WARN
    assert "3" in finding.message and "2" in finding.message
