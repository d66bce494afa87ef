"""Sentences for `check` on every surface."""

from __future__ import annotations

HEADING = "Guardrail check{platform}"
NO_FINDINGS = "No findings: nothing flagged."
FIXED_TEXT = "Text after automatic fixes"
REDACTED_PREVIEW = "Redacted preview (NOT postable)"
REMAINING = "Still flagged after the fixes"
JSONL_BAD_LINE = "line {line}: {problem}"
JSONL_EMPTY = 'the text is empty: give the post to check in "text"'
JSONL_NOT_OBJECT = "not a JSON object with a string 'text'"
JSONL_BAD_JSON = "not valid JSON ({detail})"
JSONL_NOT_UTF8 = "not valid UTF-8 text"
JSONL_BAD_PLATFORM = '\'platform\' must be a platform name such as "x" or "facebook"'
HELP_RULES = "Rule ids (switch them off or change their severity under guardrails.rules in app.yaml): {rules}"
