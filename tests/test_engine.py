"""The engine's contract, with stand-in rules: verdict order, fail-closed, fixes, settings switches, offsets."""

from __future__ import annotations

import logging
import re

import pytest

from guardrails import Engine, GuardrailSettings, Severity, Verdict
from guardrails.engine import FAILED_MESSAGE
from guardrails.model import Category, UnknownPlatformError
from guardrails.registry import RULE_CLASSES, UnknownRuleError, build_rules
from guardrails.settings import RuleSetting
from tests import fake_rules


@pytest.fixture
def engine(monkeypatch: pytest.MonkeyPatch) -> Engine:
    fake_rules.install(monkeypatch)
    return Engine(GuardrailSettings())


def settings_with(**rules: RuleSetting) -> GuardrailSettings:
    return GuardrailSettings(rules={rule_id.replace("__", "."): s for rule_id, s in rules.items()})


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Lovely day at the lobby.", Verdict.PASS),  # nothing fires
        ("The best lobby.", Verdict.WARN),  # warn only
        ("Our health tips.", Verdict.FIX),  # fix only, and the fix works
        ("The best health tips.", Verdict.FIX),  # fix beats warn
        ("The best health SECRET.", Verdict.BLOCK),  # block beats fix and warn
        ("SECRET", Verdict.BLOCK),  # block alone
    ],
)
def test_verdict_order(engine: Engine, text: str, verdict: Verdict) -> None:
    assert engine.check(text).verdict is verdict


def test_pass_leaves_the_text_alone(engine: Engine) -> None:
    report = engine.check("Lovely day at the lobby.")
    assert report.findings == []
    assert report.fixed_text == report.text
    assert report.postable


def test_fix_appends_and_rechecks(engine: Engine) -> None:
    report = engine.check("Our health tips.")
    assert report.fixed_text == "Our health tips.\n\nNot medical advice."
    assert report.remaining == []  # the re-check of the fixed text found nothing
    assert report.postable


def test_block_stays_block_after_redaction(engine: Engine) -> None:
    report = engine.check("Our health SECRET is out")
    assert report.verdict is Verdict.BLOCK
    assert not report.postable
    secret = next(f for f in report.findings if f.rule == "phi.secret")
    assert secret.severity is Severity.BLOCK
    # fixed_text is the redacted preview: the span is replaced by its tag and the disclaimer appended
    assert report.fixed_text == "Our health [SECRET] is out\n\nNot medical advice."
    assert report.redacted_text == "Our health [SECRET] is out"
    assert "SECRET is" not in str(report.safe_dump())


def test_fix_that_does_not_remove_its_finding_blocks(engine: Engine) -> None:
    report = engine.check("A stubborn text")
    assert report.verdict is Verdict.BLOCK
    assert [f.rule for f in report.remaining] == ["platform.stubborn"]


def test_fix_finding_that_changes_nothing_blocks(engine: Engine) -> None:
    report = engine.check("A noop text")
    assert report.fixed_text == report.text
    assert report.verdict is Verdict.BLOCK


def test_a_rule_that_raises_blocks_under_its_own_id(engine: Engine, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="carepost.guardrails"):
        report = engine.check("boom goes the best rule")
    failed = [f for f in report.findings if f.rule == "conduct.boom"]
    assert len(failed) == 1
    assert failed[0].severity is Severity.BLOCK  # whatever the rule's own severity (warn)
    assert failed[0].message == FAILED_MESSAGE
    assert failed[0].start is None
    assert report.verdict is Verdict.BLOCK
    assert "claims.best" in report.rules  # the other rules still ran
    assert "conduct.boom" in caplog.text
    assert "boom goes" not in caplog.text  # the text itself is never logged


def test_severity_override_from_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_rules.install(monkeypatch)
    engine = Engine(settings_with(claims__best=RuleSetting(severity=Severity.BLOCK)))
    report = engine.check("The best lobby.")
    assert report.findings[0].severity is Severity.BLOCK
    assert report.verdict is Verdict.BLOCK


def test_rule_switched_off_from_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_rules.install(monkeypatch)
    engine = Engine(settings_with(claims__best=RuleSetting(enabled=False)))
    assert engine.check("The best lobby.").verdict is Verdict.PASS
    assert "claims.best" not in {rule.id for rule, _ in engine.rules}


def test_unknown_rule_id_is_an_error_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_rules.install(monkeypatch)
    with pytest.raises(UnknownRuleError, match=r"claims\.bestest"):
        Engine(settings_with(claims__bestest=RuleSetting(enabled=False)))


def test_turning_a_phi_rule_off_warns_loudly(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    fake_rules.install(monkeypatch)
    with caplog.at_level(logging.WARNING, logger="carepost.guardrails"):
        engine = Engine(settings_with(phi__secret=RuleSetting(enabled=False)))
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert any("phi.secret" in r.getMessage() and "OFF" in r.getMessage() for r in warnings)
    assert engine.check("SECRET").verdict is Verdict.PASS


def test_switching_a_non_phi_rule_off_is_quiet(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    fake_rules.install(monkeypatch)
    with caplog.at_level(logging.WARNING, logger="carepost.guardrails"):
        Engine(settings_with(claims__best=RuleSetting(enabled=False)))
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_offsets_point_into_the_original_text(engine: Engine) -> None:
    text = "Call 555-\u200b867-5309 or \uff33ECRET now"
    report = engine.check(text)
    by_rule = {f.rule: f for f in report.findings}
    phone, secret = by_rule["phi.fakephone"], by_rule["phi.secret"]
    assert phone.text == "555-\u200b867-5309" == text[phone.start : phone.end]
    assert secret.text == "\uff33ECRET" == text[secret.start : secret.end]
    assert report.fixed_text == "Call [PHONE] or [SECRET] now"


def test_findings_sorted_by_position_whole_text_last(engine: Engine) -> None:
    report = engine.check("SECRET health 555-867-5309 best")
    positions = [f.start for f in report.findings]
    assert positions[-1] is None  # disclaimer.fake is a whole-text finding
    assert positions[:-1] == sorted(p for p in positions if p is not None)


def test_platform_names_and_aliases(engine: Engine) -> None:
    assert engine.check("hello", "Twitter").platform == "x"
    assert engine.check("hello", " Instagram ").platform == "instagram"
    with pytest.raises(UnknownPlatformError, match="myspace"):
        engine.check("hello", "myspace")


def test_text_must_be_a_string(engine: Engine) -> None:
    with pytest.raises(TypeError):
        engine.check(b"bytes")  # type: ignore[arg-type]  # the point of the test


def test_real_registry_ids_are_unique_and_well_formed() -> None:
    ids = [cls.id for cls in RULE_CLASSES]
    assert len(ids) == len(set(ids))
    for cls in RULE_CLASSES:
        assert re.fullmatch(r"[a-z]+\.[a-z_]+", cls.id), cls.id
        assert cls.id.split(".")[0] == cls.category.value, cls.id
        if cls.category is Category.PHI:
            assert cls.severity is Severity.BLOCK, cls.id


def test_real_registry_builds_with_default_settings() -> None:
    built = build_rules(GuardrailSettings())
    assert [rule.id for rule, _ in built] == [cls.id for cls in RULE_CLASSES]


def test_trailing_white_space_alone_is_not_a_fix() -> None:
    # piped input ends with a newline: nothing was fixed, so the verdict must not say so
    report = Engine().check("hello  \n")
    assert report.verdict.value == "pass"
    assert report.fixed_text == "hello  \n"


def test_safe_dump_never_keeps_phi_that_had_no_redaction_fix() -> None:
    # phi.photo blocks without a redact fix, so fixed_text still holds the name as written
    report = Engine().check("See the attached photo of our patient Maria Lopez before her surgery.")
    assert report.verdict.value == "block"
    dumped = report.safe_dump()
    assert "Maria" not in str(dumped["fixed_text"])
    assert "Maria" not in str(dumped["text"])
