"""The shape of one labelled evaluation item, and reading a set from JSON lines.

An item says which rules MUST fire (`expect`, optionally pinned to `spans` of the text), which must NOT
(`forbid`), or that the text is `clean`: no block or warn finding at all beyond what it expects.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError


class EvalSetError(ValueError):
    """A set or organizations file that cannot be read, as one line naming the file and line."""


class Span(BaseModel):
    """Where a planted value sits in the ORIGINAL text: a finding of `rule` must overlap it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    rule: str
    start: int = Field(ge=0)
    end: int = Field(gt=0)


class EvalItem(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    text: str
    platform: str | None = None
    config: str | None = Field(default=None, description="Organization id in the set's orgs.yaml; None = defaults.")
    expect: list[str] = Field(default_factory=list)
    forbid: list[str] = Field(default_factory=list)
    clean: bool = False
    spans: list[Span] = Field(default_factory=list)
    kind: str = Field(default="", description="What the generator made, e.g. phi.phone or negative.eponym.")
    note: str | None = None


def read_items(path: Path) -> Iterator[EvalItem]:
    """Yield the items of one JSONL file; a bad line is an EvalSetError naming file and line."""
    try:
        handle = path.open(encoding="utf-8")
    except FileNotFoundError:
        raise EvalSetError(f"{path}: no such set (pass an existing JSONL file to --set)") from None
    except OSError as exc:
        raise EvalSetError(f"{path}: cannot read the set ({exc.__class__.__name__})") from None
    with handle:
        try:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield _parse(path, number, line)
        except UnicodeDecodeError:
            raise EvalSetError(f"{path}: not UTF-8 text (save the set as UTF-8)") from None


def _parse(path: Path, number: int, line: str) -> EvalItem:
    try:
        return EvalItem.model_validate(json.loads(line))
    except (json.JSONDecodeError, ValidationError) as exc:
        detail = str(exc).splitlines()[0]
        raise EvalSetError(f"{path}:{number}: not a valid eval item ({detail})") from None


def write_items(path: Path, items: list[EvalItem]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item.model_dump(mode="json", exclude_defaults=True), ensure_ascii=False) + "\n")
