"""Properties over arbitrary input: no rule raises, every offset is valid, normalization maps back in order.

Bounded example counts keep CI fast; the strategies mix risky fragments (numbers, names, URLs, evasion
characters, emoji) with arbitrary Unicode so that the rules' regular expressions meet odd neighbours.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guardrails import Engine, GuardrailSettings, Report
from guardrails.engine import FAILED_MESSAGE
from guardrails.normalize import normalize
from guardrails.settings import Platform

FRAGMENTS = [
    "555-867-5309", "(312) 555-0143", "+44 20 7946 0958", "MRN 0048213", "SSN 219-09-9999", "DOB 04/12/1961",
    "a 94-year-old", "aged 101", "Maria Gonzalez", "Mr. Okafor", "little Jayden", "jane.doe@gmail.com",
    "facebook.com/jane.doe", "@sam_recovers", "https://www.cdc.gov/flu", "192.168.0.1", "2001:db8::1",
    "VIN 1HGCM82633A004352", "room 4B", "123 Elm Ave, Brookfield, IL 60513", "take 400 mg every 6 hours",
    "stop your blood thinner", "sounds like you have strep", "no need to see a doctor", "100% effective",
    "the best hospital", "#1", "before it's too late", "Vote YES", "photo attached", "#Health", "#",
    "Parkinson's", "Dr. Sarah Chen", "(555) 010-2000", "Individual results may vary.", "\u200b", "\u202e",
    "\u00a0", "\uff15", "\u0430", "\u0391", "\ufb01", "\U0001f600", "\u200d\U0001f9d1", "\n", "\t", "  ", "'", "`",
    "\u0301", "\u00e9", "\ufe0f", "\U0001f1fa\U0001f1f8", "://", "@", ".", "-", "/", "(", ")", "$", "%", "\\",
]  # fmt: skip

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=25).map(" ".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=40).map("".join),
)
platforms = st.sampled_from([None, *Platform])

ENGINE = Engine(GuardrailSettings())
CONFIG = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_offsets(text: str, report: Report) -> None:
    for finding in [*report.findings]:
        assert finding.message != FAILED_MESSAGE, f"rule {finding.rule} raised on {text!r}"
        if finding.start is None:
            assert finding.end is None
            continue
        assert finding.end is not None
        assert 0 <= finding.start < finding.end <= len(text), (finding, text)
        assert text[finding.start : finding.end] == finding.text


@CONFIG
@given(text=texts, platform=platforms)
def test_no_rule_raises_and_offsets_are_valid(text: str, platform: Platform | None) -> None:
    report = ENGINE.check(text, platform)
    check_offsets(text, report)
    assert isinstance(report.fixed_text, str)
    if any(f.severity.value == "block" for f in report.findings):
        assert report.verdict.value == "block"
    for finding in report.remaining:
        assert finding.message != FAILED_MESSAGE, f"rule {finding.rule} raised on the fixed text of {text!r}"


@CONFIG
@given(text=texts)
def test_safe_dump_never_raises_and_hides_phi(text: str) -> None:
    report = ENGINE.check(text)
    dump = report.safe_dump()
    assert dump["text"] == report.redacted_text
    for finding in report.findings:
        if finding.is_phi:
            assert finding.redacted().text in (None, finding.fix_text or "[REDACTED]")


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_normalization_offsets_are_monotonic_and_in_range(text: str) -> None:
    n = normalize(text)
    if n.identical:
        assert n.text == text
        return
    assert n.starts is not None and n.ends is not None
    assert len(n.starts) == len(n.ends) == len(n.text)
    previous_start = previous_end = 0
    for start, end in zip(n.starts, n.ends, strict=True):
        assert 0 <= start < end <= len(text)
        assert start >= previous_start and end >= previous_end
        previous_start, previous_end = start, end
    if n.text:
        assert n.to_original(0, len(n.text))[1] <= len(text)


@settings(max_examples=300, deadline=None)
@given(text=texts, a=st.integers(-5, 400), b=st.integers(-5, 400))
def test_to_original_always_gives_a_valid_span(text: str, a: int, b: int) -> None:
    start, end = normalize(text).to_original(min(a, b), max(a, b))
    assert 0 <= start <= end <= len(text)


def test_same_findings_from_many_threads_as_from_one() -> None:
    """The engine is shared by the service's threads: a check must not depend on what another thread checks."""
    from concurrent.futures import ThreadPoolExecutor

    posts = [f"{a} {b}" for a in FRAGMENTS[:30] for b in FRAGMENTS[30:45]]
    expected = [ENGINE.check(p, "x").model_dump() for p in posts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda p: ENGINE.check(p, "x").model_dump(), posts))
    assert got == expected


@CONFIG
@given(text=texts, platform=platforms)
def test_checking_is_deterministic(text: str, platform: Platform | None) -> None:
    assert ENGINE.check(text, platform) == ENGINE.check(text, platform)
    assert Engine(GuardrailSettings()).check(text, platform) == ENGINE.check(text, platform)
