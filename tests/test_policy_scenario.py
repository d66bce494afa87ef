"""A scenario question tells a situation, then asks: the ask decides the answer's kind and the story's own words
do not count against the guide covering it (bot/policy/question.py split_ask)."""

from __future__ import annotations

import pytest

from bot.policy.question import Kind, question_kind, read_question, split_ask, story_terms


@pytest.mark.parametrize(
    ("question", "story", "ask"),
    [
        # a plain question is all ask: nothing before it tells a story
        ("How often should we post on LinkedIn?", "", "How often should we post on LinkedIn?"),
        # two sentences: the first tells, the last asks
        (
            "A mom tagged us in her post about her son's surgery. Can we reshare it?",
            "A mom tagged us in her post about her son's surgery.",
            "Can we reshare it?",
        ),
        # inside one sentence, a comma before a question's opening word starts the ask
        (
            "angry guy in the comments yelling about ER wait times, how should we reply",
            "angry guy in the comments yelling about ER wait times",
            "how should we reply",
        ),
        # an ask of stop words only ("what do we do", chat's "wat do") has no term of its own: the whole question
        # is the ask
        (
            "angry guy in the comments yelling about ER wait times, what do we do",
            "",
            "angry guy in the comments yelling about ER wait times, what do we do",
        ),
        (
            "angry guy in the comments yelling about ER wait times, wat do",
            "",
            "angry guy in the comments yelling about ER wait times, wat do",
        ),
        # a clause that opens with a question's word is the question itself, not a story
        (
            "is replying to reviews worth it, any numbers",
            "",
            "is replying to reviews worth it, any numbers",
        ),
    ],
)
def test_split_ask(question: str, story: str, ask: str) -> None:
    assert split_ask(question) == (story, ask)


def test_story_terms_are_the_words_only_the_story_holds() -> None:
    # "post" is in both parts, so it is asked about; "surgery" is only told
    terms = story_terms("A mom shared a post about her son's surgery. Can we share the post?")
    assert "surgery" in terms
    assert "post" not in terms


def test_a_plain_question_has_no_story_terms() -> None:
    # nothing is discounted when the question tells no situation
    assert story_terms("Can staff friend patients on Facebook?") == frozenset()


def test_a_question_is_read_once_and_passed_down() -> None:
    # read_question splits the question and reads its kind once; retrieval, ranking and extraction are given the
    # read question and do not split it again (a read question passed back in is returned as it is)
    text = "A mom tagged us in her post about her son's surgery. Can we reshare it?"
    read = read_question(text)
    assert (read.story, read.ask) == split_ask(text)
    assert read.kind is question_kind(text) is Kind.PERMISSION
    assert read_question(read) is read
    assert story_terms(read) == story_terms(text)
