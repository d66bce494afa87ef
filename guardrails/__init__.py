"""CarePost's guardrails: deterministic checks that stand between any draft and a hospital's social account.

    from guardrails import check
    report = check("Call me at 555-867-5309", platform="x")
    report.verdict, report.findings, report.fixed_text

A library of its own: it imports nothing from the bot and makes no network call.
"""

from __future__ import annotations

from functools import lru_cache

from guardrails.engine import Engine
from guardrails.model import (
    Category,
    Finding,
    FixKind,
    GuardrailError,
    InputTooLargeError,
    Report,
    Severity,
    UnknownPlatformError,
    Verdict,
)
from guardrails.settings import GuardrailSettings, Platform

__all__ = [
    "Category",
    "Engine",
    "Finding",
    "FixKind",
    "GuardrailError",
    "GuardrailSettings",
    "InputTooLargeError",
    "Platform",
    "Report",
    "Severity",
    "UnknownPlatformError",
    "Verdict",
    "check",
    "engine_for",
]


_ENGINES: dict[str, Engine] = {}


def engine_for(settings: GuardrailSettings) -> Engine:
    """One engine per configuration: building the rules costs far more than a check."""
    key = settings.model_dump_json()
    engine = _ENGINES.get(key)
    if engine is None:
        if len(_ENGINES) >= 8:
            _ENGINES.clear()
        engine = _ENGINES[key] = Engine(settings)
    return engine


def check(text: str, platform: str | Platform | None = None, config: GuardrailSettings | None = None) -> Report:
    return engine_for(config or _default_settings()).check(text, platform)


@lru_cache(maxsize=1)
def _default_settings() -> GuardrailSettings:
    return GuardrailSettings()
