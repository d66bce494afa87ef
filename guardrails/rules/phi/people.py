"""phi rules: people (see ../shared/spec/guardrails.md): names, dates tied to a person, ages over 89, photos.

Each rule lives in its own people_*.py module; this one is the list the registry reads.
"""

from __future__ import annotations

from guardrails.rules.base import Rule
from guardrails.rules.phi.people_ages import AgeRule
from guardrails.rules.phi.people_dates import DateRule
from guardrails.rules.phi.people_names import NameRule
from guardrails.rules.phi.people_photo import PhotoRule

RULES: tuple[type[Rule], ...] = (NameRule, DateRule, AgeRule, PhotoRule)
