"""PHI rules: the HIPAA Safe Harbor identifiers, one class each, grouped by what they look for.

people: names, dates tied to a person, ages over 89, photos. contacts: phone, fax, e-mail, URLs and
handles, IP addresses. identifiers: SSN, MRN, health plan, account, licence, vehicle, device, other ids.
locations: street addresses, ZIP codes, towns tied to a patient.
"""

from __future__ import annotations

from guardrails.rules.base import Rule
from guardrails.rules.phi import contacts, identifiers, locations, people

RULES: tuple[type[Rule], ...] = (*people.RULES, *contacts.RULES, *identifiers.RULES, *locations.RULES)
