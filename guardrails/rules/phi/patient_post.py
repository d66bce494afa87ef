"""Does the post name a patient? The post-level reading the detail rules (phi.date, phi.address) share with phi.photo.

A date or a place is PHI when it belongs to one patient. The detail rules look for that person next to the
detail ("her surgery on May 3", "the man in room 412"); an unseen post often names the patient in one sentence and
gives the detail in another, with no cue of its own ("Thank you for caring for my dad, Walt Hendry. ... the night
nurses on Monday the 23rd"). phi.name already decides, over the whole post, whether a capitalised or lower-case
name is a patient's or a relative's: it clears staff, donors, sponsors, public figures and the organization's own
names. So when phi.name finds someone, the post tells an identifiable person's story, and a detail in a sentence
that holds a person or a care event is that person's. A post where phi.name finds no one (an event, a job post,
facility news) gets no such help, and the date rule's own cruder reading of a person (two capitalised words in a
row: "Cedar Ridge Rotary") counts there for no one.

The search is the one the engine's phi.name makes of the same text (NameRule.scan keeps its matches per text), so
asking costs nothing once phi.name has run; a rule asks only where the answer could change its decision.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from guardrails.rules.base import Document
from guardrails.settings import GuardrailSettings

if TYPE_CHECKING:
    from guardrails.rules.phi.people_names import NameRule


class PatientNamed:
    """Asks phi.name, with the rule's own settings, whether the post names a patient or a relative."""

    def __init__(self, settings: GuardrailSettings) -> None:
        self.settings = settings

    def __call__(self, doc: Document) -> bool:
        """phi.name found a patient or a relative in the text (its staff, donor and public-figure cues cleared the
        others)."""
        return any(True for _ in self._names.scan(doc))

    def inside_name(self, doc: Document, start: int, end: int) -> bool:
        """Does [start, end) overlap a name phi.name found? Then it is that person, not their place ("a card from
        Hiroshi & Keiko Tanabe")."""
        return any(
            found.start is not None and found.end is not None and found.start < end and start < found.end
            for found in self._names.scan(doc)
        )

    def name_ends(self, doc: Document) -> list[int]:
        """Where the names phi.name found end: what follows a patient's name ("Tyler Nez of Dupuyer") is said of
        that person."""
        return sorted({found.end for found in self._names.scan(doc) if found.end is not None})

    @cached_property
    def _names(self) -> NameRule:
        from guardrails.rules.phi.people_names import NameRule  # built on first need, not with every engine

        return NameRule(self.settings)


__all__ = ["PatientNamed"]
