"""The advice model's companion reading (advice.model_findings): in a paragraph where an advice pattern fired, the
other sentences, and the other kinds of advice of the sentence it fired on, are advice at the lower
`companion_threshold`; everywhere else the configured `threshold` holds. Issue #10 round 7: advice comes in runs
(a diagnosis, then a dose), and the second kind went unreported when no pattern knew its wording."""

from __future__ import annotations

import pytest

from guardrails import Engine
from guardrails.settings import AdviceModelSettings, GuardrailSettings

ENGINE = Engine()
# The companion bar set to the configured one: the model reads every sentence against one bar, as before round 7.
ONE_BAR = Engine(GuardrailSettings(advice_model=AdviceModelSettings(threshold=0.9, companion_threshold=0.9)))

# The verdict scores between the two bars (about 0.8 for a diagnosis): reported beside the dose, not alone. Its first
# wording, "Yep that's Lyme, you got bit.", is caught alone since the round-9 refit, so it proved no companion reading.
VERDICT = "That's probably Lyme."
LYME = f"@jo_runs that bullseye rash on your calf? {VERDICT} Ask for doxycycline, 100 mg twice a day for 10 days."


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        (LYME, "advice.diagnosis", True),  # the verdict beside a dose: the model's 0.8 for a diagnosis is enough there
        (LYME, "advice.dosage", True),  # the pattern's own finding stays
        (f"@jo_runs that bullseye rash on your calf? {VERDICT}", "advice.diagnosis", False),
        # (above) the same verdict with no pattern's finding beside it: the configured bar holds (a known miss)
        (
            "Take 2 Aleve with breakfast and dinner for a week. Our Tuesday walking group meets at 9 by the fountain.",
            "advice.diagnosis",
            False,
        ),  # a neighbour sentence that advises nothing stays clean beside the dose
        (
            "Take 2 Aleve with breakfast and dinner for a week. Our Tuesday walking group meets at 9 by the fountain.",
            "advice.medication",
            False,
        ),  # nor is it read as any other kind
    ],
)
def test_companion_reading(text: str, rule: str, expected: bool) -> None:
    assert (rule in ENGINE.check(text).rules) is expected


# Two kinds of advice in one sentence, the second in a clause of its own (issue #10 round 9: spent r3b, training r5 and
# r8): the model scores the sentence as a whole, where the dose's weight crowds out the verdict's; each clause of a
# sentence beside a pattern's finding is read on its own against the lower bar.
@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        (
            "If your daughter's ear hurts after swimming it's probably just swimmer's ear, put 3 drops of Ciprodex in "
            "twice a day.",
            "advice.diagnosis",
            True,
        ),  # a hedged verdict before the dose, one sentence: the verdict's clause is a diagnosis
        ("Your A1c of 6.2 is prediabetes, you can stop the metformin.", "advice.diagnosis", True),  # a lab read as a
        # verdict, then the change of medicine the pattern found
        (
            "Take 2 Aleve with breakfast and dinner for a week, our Tuesday walking group meets at 9 by the fountain.",
            "advice.diagnosis",
            False,
        ),  # a clause that advises nothing stays clean beside the dose
        (
            "Take 2 Aleve with breakfast and dinner for a week, our Tuesday walking group meets at 9 by the fountain.",
            "advice.discourage_care",
            False,
        ),  # nor is it read as any other kind
    ],
)
def test_each_clause_beside_advice_is_read(text: str, rule: str, expected: bool) -> None:
    assert (rule in ENGINE.check(text).rules) is expected


def test_one_bar_everywhere_reads_as_before() -> None:
    # with companion_threshold equal to threshold the verdict beside the dose is not reported
    assert "advice.diagnosis" not in ONE_BAR.check(LYME).rules


def test_a_question_beside_advice_keeps_the_configured_bar() -> None:
    # "that bullseye rash on your calf?" asks; only the verdict after it is reported, not the question
    found = [f for f in ENGINE.check(LYME).findings if f.rule == "advice.diagnosis"]
    assert [LYME[f.start : f.end] for f in found if f.start is not None] == [VERDICT]


def test_an_appended_paragraph_is_never_read_against_the_lower_bar() -> None:
    # a disclaimer paragraph after the advice is its own paragraph: the advice's paragraph does not lower its bar
    text = LYME + "\n\nWe share general information here, not a diagnosis. See your own doctor about your symptoms."
    report = ENGINE.check(text)
    paragraph = text.index("\n\n")
    assert not [f for f in report.findings if f.rule.startswith("advice.") and (f.start or 0) > paragraph]
