"""Answers that answer: a passage that shares only the question's context is no answer, the sentence that
answers leads, and the note that the sources disagree appears only when the question is about that point."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import AppConfig, PolicyConfig
from bot.messages import policy as msg
from bot.service import CarePost


@pytest.mark.parametrize(
    "question",
    [
        "can i friend a patient on facebook",  # shares "patient" and "Facebook" with the guide, not "friend"
        "Can a nurse accept a friend request from a patient?",  # a friend request is no section's topic
        "Should I befriend patients on Instagram?",  # the same question with the verb spelled out
    ],
)
async def test_context_alone_is_not_an_answer(question: str) -> None:
    answer = await CarePost().ask(question)
    assert not answer.grounded and not answer.citations
    assert answer.answer == msg.NOT_COVERED


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("How often should we post on LinkedIn?", "2-3 times per week"),  # the figure comes first
        ("Which platform has the largest user base?", "Facebook has the most users"),  # the fact, not a preface
        ("How fast should we answer online reviews?", "24 hours"),  # the window, in the first sentence
    ],
)
async def test_the_sentence_that_answers_leads(question: str, lead: str) -> None:
    answer = await CarePost().ask(question)
    assert answer.grounded
    first = answer.answer.split(". ")[0]
    assert lead in first


@pytest.mark.parametrize(
    ("question", "noted"),
    [
        ("How often should we post on Instagram?", True),  # the sources disagree on exactly this figure
        ("Do the sources agree on how often to post?", True),  # the question is about the disagreement
        ("What is Facebook for?", False),  # a frequency section may be quoted, its disagreement is beside the point
    ],
)
async def test_disagreement_note_only_on_the_point(question: str, noted: bool) -> None:
    answer = await CarePost().ask(question)
    assert answer.grounded
    assert ("disagree" in answer.answer) is noted


GUIDE = """# Staff conduct

## Personal accounts

Staff may not connect with patients from personal accounts. Keep professional boundaries on every platform.

## Photos

Get written consent before posting a photo of a patient. Credit the photographer in the caption.
"""


@pytest.mark.parametrize(
    ("question", "fact", "absent"),
    [
        ("Do we need consent for a patient photo?", "written consent", "caption"),  # yes/no: the credit line is filler
        ("Can staff connect with patients from personal accounts?", "may not connect", "consent"),  # other section
    ],
)
async def test_a_yes_no_question_gets_no_filler(tmp_path: Path, question: str, fact: str, absent: str) -> None:
    path = tmp_path / "ours.md"
    path.write_text(GUIDE, encoding="utf-8")
    answer = await CarePost(AppConfig(policy=PolicyConfig(guide=[path]))).ask(question)
    assert answer.grounded and fact in answer.answer
    assert absent not in answer.answer


def test_the_section_holding_a_rare_term_of_the_question_is_among_the_candidates() -> None:
    # BM25 fills the candidates with sections that repeat the question's common words ("reply", "comments");
    # the one long section that says "under the influence" once (what "after a couple drinks" asks about) is
    # brought in because only it holds that term.
    from bot.policy.index import GuideIndex
    from bot.policy.models import Section

    reply = "Reply to comments within a day. Reply to comments politely. Comments get a reply."
    long_section = " ".join(f"word{n}" for n in range(400)) + " Avoid posting while emotional or under the influence."
    sections = [Section(source="g", heading=f"Replies {n}", text=reply) for n in range(6)]
    sections += [
        Section(source="g", heading=f"Plans {n}", text="Plan the calendar around awareness months.") for n in range(6)
    ]
    sections.append(Section(source="g", heading="Conduct", text=long_section))
    hits = GuideIndex(sections).search("is it ok to reply to comments after a couple drinks")
    assert "Conduct" in [h.section.heading for h in hits]
    assert len(hits) == 5  # one of the BM25 candidates made room for it


def test_a_procedure_the_guide_never_names_does_not_sink_a_question_about_its_post() -> None:
    # "knee replacement technique" is what the post is about; the guide is asked about disclaimers. Unknown to
    # the guide, "knee" and "replacement" weighed most in the coverage and the question was not answered.
    from bot.policy.index import GuideIndex
    from bot.policy.models import Section

    sections = [
        Section(source="g", heading="Legal", text="Posts about medical treatments carry a clear disclaimer."),
        Section(source="g", heading="Reviews", text="Reply to every review within a day."),
        Section(source="g", heading="Calendar", text="Plan posts around awareness months."),
    ]
    hits = GuideIndex(sections).search(
        "writing a post about our new knee replacement technique, does it need a disclaimer?"
    )
    assert hits[0].section.heading == "Legal"
    assert hits[0].confident(0.5)


CONCEPT_GUIDE = """# Rules

## Mistakes to avoid

Do not let accounts go dormant or post inconsistently. Our life on the wards is busy.

## Reviews

Reply to every review within a day. Plan posts around awareness months.
"""


@pytest.mark.parametrize(
    ("question", "grounded"),
    [
        # one word of the question, folded to a concept of the guide ("quiet" is "dormant"), in an untitled
        # section: the guide answers it
        ("What happens if our page goes quiet for a few months?", True),
        ("What if our page goes inactive?", True),
        # one rare word the guide holds, but no concept staff words are folded to: not a policy question
        ("What is the meaning of life?", False),
    ],
)
async def test_a_one_word_question_is_answered_when_its_word_is_a_concept_of_the_guide(
    tmp_path: Path, question: str, grounded: bool
) -> None:
    path = tmp_path / "ours.md"
    path.write_text(CONCEPT_GUIDE, encoding="utf-8")
    answer = await CarePost(AppConfig(policy=PolicyConfig(guide=[path]))).ask(question)
    assert answer.grounded is grounded


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Can we joke about hospital food?", "humor"),  # the food is context; joking is a rule's topic
        ("is it ok to post memes about the cafeteria", "humor"),  # memes are humor (thesaurus), the cafeteria context
    ],
)
async def test_asking_leave_to_do_what_a_rule_covers_is_answered(question: str, fact: str) -> None:
    # A yes/no "may we?" whose focus term is a concept of the guide is answered though the rest of the
    # question is context the guide never names, which weighed most in the coverage.
    answer = await CarePost().ask(question)
    assert answer.grounded and fact in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Who won the election?",  # a concept of the guide, but a fact asked, not leave
        "Can you recommend a good pizza place nearby?",  # a request to the assistant, not leave to do something
        "Can I bring my dog to work?",  # leave asked, but about nothing the guide has a rule on
    ],
)
async def test_leave_about_nothing_the_guide_rules_on_is_not_answered(question: str) -> None:
    answer = await CarePost().ask(question)
    assert not answer.grounded


def test_a_figure_the_asker_states_does_not_sink_the_coverage() -> None:
    # "8-10 times a day" is the asker's own number; unknown to the guide, "8" weighed as its rarest word.
    from bot.policy.index import GuideIndex
    from bot.policy.models import Section

    sections = [
        Section(source="g", heading="Cadence", text="Tweet 3-5 times per day on X (Twitter)."),
        Section(source="g", heading="Reviews", text="Reply to every review within a day."),
        Section(source="g", heading="Calendar", text="Plan posts around awareness months."),
    ]
    index = GuideIndex(sections)
    with_figure = index.search("is tweeting 8 times a day too much?")[0]
    without = index.search("is tweeting many times a day too much?")[0]
    assert with_figure.section.heading == "Cadence"
    assert with_figure.coverage == without.coverage


def test_where_a_story_happened_weighs_less_in_ranking_than_what_it_asks_about() -> None:
    # The story names Instagram (context) and a dormant account (what it is about); the ask only asks for a
    # verdict. The sections that name Instagram most do not answer; the one about dormant accounts does.
    from bot.policy.index import GuideIndex
    from bot.policy.models import Section

    sections = [
        Section(source="g", heading="Instagram", text="Instagram suits photos. Instagram stories show the team."),
        Section(source="g", heading="Instagram reels", text="Reels on Instagram reach young people on Instagram."),
        Section(source="g", heading="Neglect", text="Do not let accounts go dormant or post inconsistently."),
        Section(source="g", heading="Calendar", text="Plan posts around awareness months."),
        Section(source="g", heading="Fit", text="Choose what suits the audience."),
    ]
    index = GuideIndex(sections)
    told = "Our Instagram has gone quiet since the intern left. Is that a problem?"
    assert index.search(told)[0].section.heading == "Neglect"
    # asked about Instagram itself, the platform is what the question is about and keeps its weight
    assert index.search("What suits Instagram?")[0].section.heading.startswith("Instagram")
    # a lead of a few words names the topic; it tells no story
    short_lead = index.search("quick one: instagram, what suits it?")
    assert [h.section.heading for h in short_lead[:2]] == ["Instagram", "Instagram reels"]


def test_a_story_word_the_guide_says_in_a_related_word_is_not_unknown() -> None:
    # "guaranteed" is no word of this guide, but its related word "exaggerate" is (related.py): the word finds
    # that section at the related weight, and it is not dropped from the coverage as a word the guide never uses
    from bot.policy.index import GuideIndex
    from bot.policy.models import Section

    sections = [
        Section(source="g", heading="Oversell", text="Do not exaggerate treatments or outcomes in ads."),
        Section(source="g", heading="Performance", text="Review results weekly and run monthly reports."),
        Section(source="g", heading="Calendar", text="Plan posts around awareness months."),
    ]
    hits = GuideIndex(sections).search("our ad copy says guaranteed results for the knee clinic, ok to post it?")
    assert hits[0].section.heading == "Oversell"
    assert hits[0].coverage > max(h.coverage for h in hits[1:])  # "guaranteed" counts, at the related weight


def test_leave_asked_for_a_topic_a_heading_names_is_answered_by_that_rule() -> None:
    # The story around it is words no guide uses (the mayor's tour, the wing, the unit manager); the staff words
    # fold to the guide's concept ("reelection" is politics), which names a section's heading: that rule answers.
    from bot.policy.index import GuideIndex
    from bot.policy.models import Section

    sections = [
        Section(source="g", heading="No politics", text="Do not post or share anything on political topics."),
        Section(source="g", heading="Reviews", text="Reply to every review within a day."),
        Section(source="g", heading="Calendar", text="Plan posts around awareness months."),
    ]
    index = GuideIndex(sections)
    asked = "The mayor toured our new wing today and the unit manager wants to post that we back his governor run. ok?"
    top = index.search(asked)[0]
    assert top.section.heading == "No politics" and top.confident(0.5)
    # the same concept in a question that asks no leave is no more confident than before
    state = index.search("is the governor touring our new wing and meeting the unit manager today")[0]
    assert not state.confident(0.5)


def test_leave_asked_for_what_a_rule_forbids_is_answered_by_that_rule() -> None:
    # a guide whose headings do not name the topic (an article's: "Engage in Unprofessional Behavior") still
    # answers leave asked to do what one of its prohibitions names ("Don't engage in political debates")
    from bot.policy.index import GuideIndex
    from bot.policy.models import Section

    sections = [
        Section(source="g", heading="Behavior", text="Be kind to commenters. Don't engage in political debates."),
        Section(source="g", heading="Reviews", text="Reply to every review within a day."),
        Section(source="g", heading="Calendar", text="Plan posts around awareness months."),
    ]
    index = GuideIndex(sections)
    asked = "The mayor toured our new wing today and the unit manager wants to post that we back his governor run. ok?"
    top = index.search(asked)[0]
    assert top.section.heading == "Behavior" and top.confident(0.5)
