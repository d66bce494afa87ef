"""Sentences shared by every surface: verdict badges, generic errors."""

from __future__ import annotations

from guardrails import Verdict

VERDICT_BADGE: dict[Verdict, str] = {
    Verdict.PASS: "PASS: ready to post",
    Verdict.WARN: "WARN: postable, read the warnings first",
    Verdict.FIX: "FIXED: postable after the automatic fixes shown",
    Verdict.BLOCK: "BLOCKED: not postable, rewrite what is flagged",
}

VERDICT_EMOJI: dict[Verdict, str] = {
    Verdict.PASS: "✅",
    Verdict.WARN: "⚠️",
    Verdict.FIX: "🛠️",
    Verdict.BLOCK: "⛔",
}

INTERNAL_ERROR = "CarePost hit an internal error ({kind}); nothing was posted. Set CAREPOST_DEBUG=1 for details."
EMPTY_TEXT = "{what} is empty: give the text to check (or - to read it from standard input)"
CONFIG_ERROR = "config error: {detail}"
NOT_UTF8 = "{what} is not valid UTF-8 text: save or type it as UTF-8 and try again"
