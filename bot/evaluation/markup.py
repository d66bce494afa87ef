"""Hand-written evaluation items with their PHI marked inline, turned into items with pinned spans.

A person writing a labelled post by hand should not count character offsets. They write
`Thanks to [[phi.name|Maria Gonzalez]] for ...` and this module removes the marks, pins each marked value
as a span of its rule in the plain text, and adds the rule to `expect`. Everything else on the line
(id, platform, config, expect, forbid, clean, kind, note) passes through unchanged.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from bot.evaluation.items import EvalItem, EvalSetError, write_items

MARK = re.compile(r"\[\[([a-z_]+\.[a-z_]+)\|(.+?)\]\]", re.DOTALL)


def unmark(text: str) -> tuple[str, list[dict[str, object]]]:
    """The plain text and one span per mark, with offsets into the plain text."""
    plain: list[str] = []
    spans: list[dict[str, object]] = []
    position = 0
    length = 0
    for match in MARK.finditer(text):
        before = text[position : match.start()]
        plain.append(before)
        length += len(before)
        rule, value = match.group(1), match.group(2)
        spans.append({"rule": rule, "start": length, "end": length + len(value)})
        plain.append(value)
        length += len(value)
        position = match.end()
    plain.append(text[position:])
    result = "".join(plain)
    if "[[" in result or "]]" in result:
        raise ValueError("an unclosed or malformed [[rule|value]] mark")
    return result, spans


def convert_line(line: str) -> EvalItem:
    """One marked-up JSON line -> an EvalItem whose marked rules are expected and pinned."""
    data = json.loads(line)
    text, spans = unmark(str(data["text"]))
    expect = list(data.get("expect", []))
    for span in spans:
        if span["rule"] not in expect:
            expect.append(span["rule"])
    data.update(text=text, spans=spans, expect=expect)
    return EvalItem.model_validate(data)


def convert_file(source: Path, target: Path) -> int:
    """Convert a marked-up JSONL file; a bad line is an EvalSetError naming file and line."""
    items: list[EvalItem] = []
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            items.append(convert_line(line))
        except (ValueError, KeyError) as exc:
            raise EvalSetError(f"{source}:{number}: {exc}") from None
    ids = [item.id for item in items]
    if len(ids) != len(set(ids)):
        raise EvalSetError(f"{source}: duplicate ids")
    write_items(target, items)
    return len(items)
