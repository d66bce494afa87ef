"""PHI rules: the HIPAA Safe Harbor identifiers, one class each, grouped by what they look for.

people: names, dates tied to a person, ages over 89, photos. contacts: phone, fax, e-mail, URLs and
handles, IP addresses. identifiers: SSN, MRN, health plan, account, licence, vehicle, device, other ids.
locations: street addresses, ZIP codes, towns tied to a patient. patient_confirmation: a reply that confirms the
reader was a patient ("sorry about your stay last week"), which is PHI though it holds no identifier.
"""

from __future__ import annotations

from guardrails.rules.base import Rule
from guardrails.rules.phi import contacts, identifiers, locations, people
from guardrails.rules.phi.patient_confirmation import PatientConfirmationRule

RULES: tuple[type[Rule], ...] = (
    *people.RULES,
    *contacts.RULES,
    *identifiers.RULES,
    *locations.RULES,
    PatientConfirmationRule,
)
