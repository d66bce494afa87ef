"""The shapes policy Q&A hands out: an Answer with its Citations, and the guide's Sections."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Citation(BaseModel):
    """Where a piece of an answer comes from: the guide file, its section heading, the words quoted."""

    model_config = ConfigDict(frozen=True)

    source: str
    section: str
    quote: str


class Answer(BaseModel):
    """What `ask` returns. `grounded` is false when the guide does not answer; then `citations` is empty.

    `declined` marks a medical question that CarePost will not answer, whatever the guide holds.
    `notices` are short remarks for the person (a fallback from the LLM, a redaction by the guardrails).
    """

    model_config = ConfigDict(frozen=True)

    answer: str
    grounded: bool
    citations: list[Citation] = Field(default_factory=list)
    declined: bool = False
    notices: list[str] = Field(default_factory=list)

    def payload(self) -> dict[str, Any]:
        """The `carepost ask --json` shape (interface.md), with `declined` and `notices` added."""
        return self.model_dump(mode="json")


class Section(BaseModel):
    """One citation unit of the guide: a heading and the text under it (one chunk of it if it is long)."""

    model_config = ConfigDict(frozen=True)

    source: str
    heading: str
    parents: tuple[str, ...] = ()
    text: str
    order: int = 0
