"""CarePost.ask: grounded extractive answers with citations, plain refusals, guardrails on the answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import AppConfig, PolicyConfig
from bot.policy.answer import EmptyQuestionError
from bot.policy.index import index_for
from bot.policy.models import Answer
from bot.service import CarePost


def guide(tmp_path: Path, text: str, name: str = "ours.md") -> AppConfig:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return AppConfig(policy=PolicyConfig(guide=[path]))


async def test_linkedin_frequency_is_answered_with_the_figure_and_a_citation() -> None:
    answer = await CarePost().ask("how often should we post on LinkedIn?")
    assert answer.grounded and not answer.declined
    assert "2-3 times per week" in answer.answer
    citation = answer.citations[0]
    assert citation.source == "builtin/01-posting-frequency.md"
    assert citation.section == "How often to post on LinkedIn"
    assert citation.quote in answer.answer


async def test_where_sources_disagree_the_answer_gives_both_figures_with_their_sources() -> None:
    answer = await CarePost().ask("How often should we post on Facebook?")
    assert "1-2 times per day" in answer.answer and "3-4" in answer.answer
    assert "Social Media Marketing in Healthcare" in answer.answer and "Sociallyin" in answer.answer


async def test_every_quote_is_the_guides_own_text() -> None:
    answer = await CarePost().ask("What do we do with a negative review?")
    sections = {(s.source, s.heading): s.text for s in index_for(AppConfig()).sections}
    for citation in answer.citations:
        words = citation.quote.split()
        text = " ".join(sections[(citation.source, citation.section)].replace("- ", " ").split())
        assert " ".join(words[:6]) in text


@pytest.mark.parametrize(
    "question",
    [
        "What's the cafeteria menu today?",  # hospital life, not social media policy
        "Who won the game last night?",  # nothing to do with the hospital
        "Where can visitors park?",  # a hospital question the guide does not answer
    ],
)
async def test_a_question_the_guide_does_not_answer_is_not_grounded_and_cites_nothing(question: str) -> None:
    answer = await CarePost().ask(question)
    assert not answer.grounded and not answer.declined
    assert answer.citations == []
    assert "doesn't cover" in answer.answer


async def test_a_question_about_the_advice_policy_is_answered_from_the_guide() -> None:
    answer = await CarePost().ask("Can we give medical advice in replies?")
    assert answer.grounded and not answer.declined
    assert "medical advice" in answer.answer.lower()


async def test_a_blank_question_is_refused() -> None:
    with pytest.raises(EmptyQuestionError):
        await CarePost().ask("   ")


async def test_an_organizations_own_guide_replaces_the_builtin_one(tmp_path: Path) -> None:
    config = guide(
        tmp_path, "# Riverside social media rules\n\n## Posting cadence\n\nPost on LinkedIn every Tuesday.\n"
    )
    service = CarePost(config)
    answer = await service.ask("How often should we post on LinkedIn?")
    assert answer.grounded and "every Tuesday" in answer.answer
    assert answer.citations[0].section == "Posting cadence"
    assert not (await service.ask("What are the HIPAA fines?")).grounded


async def test_a_plain_text_guide_is_answered_by_paragraph(tmp_path: Path) -> None:
    text = "Review Replies\n\nAnswer every review within one business day.\n\nCafeteria\n\nThe menu changes daily.\n"
    answer = await CarePost(guide(tmp_path, text, "rules.txt")).ask("How fast must we answer reviews?")
    assert answer.grounded
    assert answer.citations[0].section == "Review Replies"
    assert "one business day" in answer.answer


async def test_a_rate_beside_one_of_the_questions_words_does_not_answer_how_often(tmp_path: Path) -> None:
    text = (
        "# Rules\n\n## HIPAA training for staff\n\nStaff learn the rules before they post. "
        "HIPAA fines reach $1.5 million per year.\n\n## Checklist\n\nHold HIPAA training for staff quarterly.\n"
    )
    answer = await CarePost(guide(tmp_path, text)).ask("How often should staff get HIPAA training?")
    assert answer.citations[0].section == "Checklist"
    assert "quarterly" in answer.answer


async def test_a_length_question_is_answered_by_the_length_not_by_long_form_content(tmp_path: Path) -> None:
    # "how long should the caption be" asks for a length: "long" is not the topic (long-form articles), and the
    # sentence that says "same thing with links" is quoted with the rule it repeats.
    text = (
        "# Rules\n\n## LinkedIn\n\nLinkedIn captions can run long: use it for long-form articles and long reads.\n\n"
        "## Quick content\n\nUse clean images. If you use text posts, keep them brief. "
        "Same thing with commenting on a link you share.\n"
    )
    answer = await CarePost(guide(tmp_path, text)).ask("How long should the caption be when we share a link?")
    assert answer.citations[0].section == "Quick content"
    assert "brief" in answer.answer


async def test_a_step_that_says_agree_is_quoted_it_is_no_note_that_the_sources_disagree(tmp_path: Path) -> None:
    # "agree on response windows" is a step of the protocol; only a note that the sources disagree is held back
    # from answers that are not about that point.
    text = (
        "# Rules\n\n## Response protocol\n\nBuild a response system: agree on response windows, keep templates, "
        "and define escalation paths for urgent complaints. Each reply should feel personal.\n"
    )
    answer = await CarePost(guide(tmp_path, text)).ask("How do we escalate urgent complaints?")
    assert "escalation paths" in answer.answer


async def test_a_question_asking_who_is_answered_by_the_sentence_that_names_them(tmp_path: Path) -> None:
    # "who are the audiences" asks for several groups: the sentence that names them answers, not the one that
    # only repeats the word "audience".
    text = (
        "# Rules\n\n## Target audiences\n\nWe speak to current patients, people comparing treatment options, "
        "clinicians elsewhere, and community partners. Each group behaves differently: build audience personas.\n"
    )
    answer = await CarePost(guide(tmp_path, text)).ask("Who are the audiences we should be writing for?")
    assert answer.answer.startswith("We speak to current patients")


async def test_phi_in_a_guide_is_redacted_from_the_answer_and_its_quote(tmp_path: Path) -> None:
    text = "## Escalations\n\nEscalate complaints about billing to the desk on 555-867-5309 within a day.\n"
    answer = await CarePost(guide(tmp_path, text)).ask("Where do we escalate billing complaints?")
    assert answer.grounded
    assert "555-867-5309" not in answer.answer
    assert "555-867-5309" not in answer.citations[0].quote
    assert any("redacted" in n for n in answer.notices)


async def test_advice_in_a_guide_is_withheld_rather_than_quoted(tmp_path: Path) -> None:
    text = "## Headache replies\n\nTell followers with a headache to take 800 mg ibuprofen every 4 hours.\n"
    answer = await CarePost(guide(tmp_path, text)).ask("What do we tell followers about headache replies?")
    assert "800 mg" not in answer.answer
    assert any("withheld" in n for n in answer.notices)


def test_the_index_is_built_once_per_process_for_a_guide_configuration() -> None:
    assert index_for(AppConfig()) is index_for(AppConfig())


def test_the_answer_payload_has_the_interface_shape() -> None:
    payload = Answer(answer="a", grounded=False).payload()
    assert {"answer", "grounded", "citations"} <= set(payload)
    assert payload["citations"] == []
