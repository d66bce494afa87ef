"""The answering sentence is chosen across the top sections, leads the answer, and brings no filler along."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import AppConfig, PolicyConfig
from bot.service import CarePost

GUIDE = """# Rules

## Patient photos on social media

Patient photos on social media are popular with followers and show our teams at work.

## Consent

Get written consent before posting a patient photo, and keep the signed form in the secure drive.
Credit the photographer in the caption.

## Reviews

Reply to every online review within 24 hours. Thank the reviewer by first name only.
The marketing lead signs off on replies to one-star reviews. Our cafeteria reopens in May.
"""


@pytest.mark.parametrize(
    ("question", "lead", "absent"),
    [
        # the first section by its heading only repeats the question; the rule is in the runner-up
        ("Can we post patient photos on social media?", "Get written consent", "caption"),
        # a window asked for: the sentence with the time leads, the unrelated sentence is left out
        ("How fast should we reply to an online review?", "within 24 hours", "cafeteria"),
    ],
)
async def test_the_sentence_that_answers_leads_whatever_section_holds_it(
    tmp_path: Path, question: str, lead: str, absent: str
) -> None:
    path = tmp_path / "ours.md"
    path.write_text(GUIDE, encoding="utf-8")
    answer = await CarePost(AppConfig(policy=PolicyConfig(guide=[path]))).ask(question)
    assert answer.grounded
    assert lead in answer.answer.split(". ")[0]
    assert absent not in answer.answer
    assert all(c.quote in answer.answer for c in answer.citations)
