"""The deterministic fixes: redact spans, append texts. Trimming belongs to the platform rule that measures.

They work on the ORIGINAL text with the findings' original offsets, so the person's wording, emoji and
line breaks survive everywhere the guardrails had nothing to say.
"""

from __future__ import annotations

from collections.abc import Iterable

from guardrails.model import Finding, FixKind
from guardrails.normalize import INVISIBLE


def redact(text: str, findings: Iterable[Finding]) -> str:
    """Replace each finding's span with its tag. Overlapping spans merge and keep the first span's tag.

    Invisible characters right before a span go with it: a bidi override that opened inside the identifier
    (U+202E before "555-...") would otherwise outlive it and turn the rest of the preview around.
    """
    spans = sorted(
        (_with_leading_invisibles(text, f.start), f.end, f.fix_text or "[REDACTED]")
        for f in findings
        if f.start is not None and f.end is not None and f.end > f.start
    )
    merged: list[tuple[int, int, str]] = []
    for start, end, tag in spans:
        if merged and start < merged[-1][1]:
            last_start, last_end, last_tag = merged[-1]
            merged[-1] = (last_start, max(last_end, end), last_tag)
        else:
            merged.append((start, end, tag))
    out: list[str] = []
    cursor = 0
    for start, end, tag in merged:
        out.append(text[cursor:start])
        out.append(tag)
        cursor = end
    out.append(text[cursor:])
    return "".join(out)


def _with_leading_invisibles(text: str, start: int) -> int:
    while start > 0 and text[start - 1] in INVISIBLE:
        start -= 1
    return start


def append(text: str, additions: Iterable[str]) -> str:
    """Add each text once, after a blank line, unless the text already holds it. Nothing to add: unchanged
    (trailing white space included, so that piped input does not read as "fixed")."""
    result = text
    for addition in dict.fromkeys(a.strip() for a in additions if a and a.strip()):
        if addition.lower() in result.lower():
            continue
        result = f"{result.rstrip()}\n\n{addition}" if result.strip() else addition
    return result


def redactions(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.fix is FixKind.REDACT]


def appendices(findings: Iterable[Finding]) -> list[str]:
    return [f.fix_text for f in findings if f.fix is FixKind.APPEND and f.fix_text]
