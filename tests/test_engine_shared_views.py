"""Engine._add_disclaimer_views: the re-check of a fixed text that holds a configured disclaimer starts with the views
that the disclaimers give as an appended paragraph (Document.pass_memo, where a value is a function of its key alone).
It then reads the disclaimer's sentences from there instead of scoring them again, and the report is the one that
tables starting empty give.
"""

from __future__ import annotations

import pytest

from guardrails import Engine, GuardrailSettings
from guardrails.rules import advice_base
from guardrails.rules.advice_features import CareSpans, SentenceKey, key_features
from tests.test_engine_locality import org_settings, posts

# Too long for X once the disclaimer is appended: the fixed text is trimmed, so it is re-checked in full.
LONG_TIP = "Flu season is here. Washing your hands lowers your risk of catching it. " * 5
OTHER_TIP = "Cold season is here. Resting and drinking water help you get over it sooner. " * 5


def scored_sentences(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sentences the advice model works out features for from now on (a score not found in the tables)."""
    scored: list[str] = []
    real = key_features  # what advice_base.model_findings calls, replaced there

    def counted(key: SentenceKey, care: CareSpans | None = None) -> set[str]:
        scored.append(key[0])
        return real(key, care)

    monkeypatch.setattr(advice_base, "key_features", counted)
    return scored


def test_the_disclaimer_is_not_scored_again(monkeypatch: pytest.MonkeyPatch) -> None:
    # a tip trimmed to fit X with the disclaimer after it: the body's last sentence changed and is scored again, the
    # disclaimer's sentences were scored once for the engine
    engine = Engine(GuardrailSettings())
    engine.check(OTHER_TIP, "x")  # the first disclaimer appended: the engine works out the disclaimers' views
    scored = scored_sentences(monkeypatch)
    report = engine.check(LONG_TIP, "x")
    appended = report.fixed_text.rsplit("\n\n", 1)[1].lower()
    assert report.fixed_text != report.text and appended == engine.settings.disclaimers.short.lower()
    assert scored, "the text's sentences are scored"
    assert not [s for s in scored if s.strip() and s.strip() in appended]


def test_a_check_keeps_what_it_adds_to_itself() -> None:
    # a check copies the engine's entries into its own tables: the text's sentences never reach the engine's views
    # (they could not change a report, but the views would grow with every post)
    engine = Engine(GuardrailSettings())
    engine.check(OTHER_TIP, "x")
    before = {name: dict(table) for name, table in (engine._disclaimer_views or {}).items()}
    assert before, "the disclaimers' sentences are scored once"
    engine.check(LONG_TIP, "x")
    assert engine._disclaimer_views == before


def test_a_text_needing_no_disclaimer_does_not_work_them_out() -> None:
    # the first check of `carepost check hello` stays as cheap as it was: no disclaimer is read for it
    engine = Engine(GuardrailSettings())
    engine.check("hello", "x")
    engine.check("Call Dana at 617-555-0142 to book.", "facebook")  # fixed (a redaction), but with no disclaimer
    assert engine._disclaimer_views is None


@pytest.mark.parametrize(("name", "settings"), org_settings()[:3], ids=lambda v: v if isinstance(v, str) else "")
def test_reports_are_the_same_with_tables_that_start_empty(name: str, settings: GuardrailSettings) -> None:
    seeded, plain = Engine(settings), Engine(settings)
    plain._disclaimer_views = {}  # every re-check starts from the check's own tables, as before the views were kept
    for text, where in posts()[::2]:
        for platform in {where, "x"}:
            assert seeded.check(text, platform) == plain.check(text, platform), (name, text, platform)
