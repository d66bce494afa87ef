"""advice rules: no medical advice on the organization's account (see ../shared/spec/guardrails.md).

Medical advice tells the reader, or one particular person, what to do about their own health. So every rule
here needs two things in one sentence: the advice itself (a dose, a change of medication, a diagnosis, a
reason not to seek care) AND someone it is addressed to: an imperative, `you`/`your`, a reply to a handle,
`give her`. Population statements ("adults should get..."), what a public body or a study recommends,
"talk to your doctor" and emergency guidance are education, not advice. One exception: a dose of a named
medicine, or an amount on a schedule, is a recommendation even when it names no reader ("Best trick for
cramps: 400 mg ibuprofen at bedtime"), unless it reports a study or speaks of a population.

Every rule first checks cheap token gates (a medicine, a condition, a trigger word) and then runs its
patterns only on the sentences, or the stretch of a sentence, where a match is possible: the whole suite
has a budget of a few hundred microseconds per post.

Each rule is a module of its own (advice_dosage, advice_medication, advice_diagnosis, advice_care) on a shared base
(advice_base: the class, the advice model's reading of the sentences no pattern fired on, the contract for the
re-check of a text with an appended disclaimer) and advice_common (what several rules read alike). This module
lists them, in the order the registry and the advice model read them.
"""

from __future__ import annotations

from guardrails.rules.advice_base import AdviceRule, is_advice, model_findings
from guardrails.rules.advice_care import DiscourageCareRule
from guardrails.rules.advice_diagnosis import DiagnosisRule
from guardrails.rules.advice_dosage import DosageRule
from guardrails.rules.advice_medication import MedicationRule
from guardrails.rules.base import Rule

ADVICE_RULES: tuple[type[AdviceRule], ...] = (DosageRule, MedicationRule, DiagnosisRule, DiscourageCareRule)
RULES: tuple[type[Rule], ...] = ADVICE_RULES

__all__ = [
    "ADVICE_RULES",
    "RULES",
    "AdviceRule",
    "DiagnosisRule",
    "DiscourageCareRule",
    "DosageRule",
    "MedicationRule",
    "is_advice",
    "model_findings",
]
