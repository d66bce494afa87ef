"""Questions about operating a tool or an account are not policy questions: the guide is not quoted for them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import AppConfig, PolicyConfig
from bot.policy.scope import asks_for_a_task, asks_for_live_data, asks_how_to_operate, names_only_unknown_platforms
from bot.service import CarePost


@pytest.mark.parametrize(
    "question",
    [
        "How do I schedule a post in Hootsuite?",  # a tool's feature: the guide only names Hootsuite as a tool
        "How do I change the hospital's Facebook profile picture?",  # an account setting, not a photo policy
        "How do I add a new admin to our LinkedIn page?",  # page roles
        "How do I get our Facebook page verified?",  # verification
        "How do I reset my email password?",  # a credential
        "Where do I update our Instagram bio?",
        "How do we change our Twitter handle?",  # the account's name
    ],
)
def test_how_to_operate_a_tool_or_an_account_is_recognised(question: str) -> None:
    assert asks_how_to_operate(question)


@pytest.mark.parametrize(
    "question",
    [
        "How do we remove a patient's comment that shows their diagnosis?",  # removing PHI: a policy step
        "How do we verify health claims before posting?",  # fact-checking, no setting
        "How do we add alt text to images?",  # accessibility, no setting
        "How do we set up a staff advocacy program?",  # a programme, not an account
        "Can we change a patient's details and post the case?",  # not a how-to question
        "Which analytics tools should we use, Hootsuite or Sprout Social?",  # choosing a tool is in the guide
        "How do we remove a rude comment and handle the complaint?",  # "handle" the verb, not a Twitter handle
    ],
)
def test_policy_questions_with_the_same_verbs_are_not(question: str) -> None:
    assert not asks_how_to_operate(question)


async def test_an_operating_question_is_not_grounded_even_when_the_guide_names_the_tool() -> None:
    # The built-in guide names Hootsuite among analytics tools; quoting that would not say how to schedule a post.
    answer = await CarePost(AppConfig()).ask("How do I schedule a post in Hootsuite?")
    assert not answer.grounded and not answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "How many likes did our last post get?",  # our numbers at a moment: no guide holds them
        "How many followers does our Instagram have right now?",
        "What's our Facebook ad budget this quarter?",  # this quarter's figure, not the guide's benchmark
        "How many comments did the flu clinic post get last week?",  # a post of ours, named without "our"
        "What is our budget for next year's TV ads?",  # a plan of ours for a coming moment: no guide holds it
    ],
)
def test_a_question_about_how_our_accounts_stand_now_is_recognised(question: str) -> None:
    assert asks_for_live_data(question)


@pytest.mark.parametrize(
    "question",
    [
        "Someone complained yesterday, what do we do?",  # a procedure asked about a recent event
        "What should we post this week?",  # asks what to do
        "What should we post next week?",  # a coming moment, still asking what to do
        "How many times a week should we post on Facebook next month?",  # a frequency from the guide
        "How many times this week should we post on LinkedIn?",  # a frequency from the guide
        "How many healthcare organizations currently use social media?",  # a statistic: 'currently' is nowadays
        "What percentage of patients check reviews today?",  # nowadays again, and not about us
        "How much should a mid-sized system spend on social media each month?",  # the guide's benchmark
    ],
)
def test_questions_that_only_mention_a_time_are_answered(question: str) -> None:
    assert not asks_for_live_data(question)


@pytest.mark.parametrize(
    "question",
    [
        "Can you write a caption for our Nurses Week post?",  # a job for the assistant: drafting has its own command
        "Translate hello into Spanish",
        "Can you book me a meeting room?",
        "Please draft a welcome post for our new surgeon",
        "Tell me a joke",  # something to entertain: no guide holds one
    ],
)
def test_a_request_to_produce_something_is_recognised(question: str) -> None:
    assert asks_for_a_task(question)


@pytest.mark.parametrize(
    "question",
    [
        "Can you tell me how often to post?",  # a question put politely
        "Tell me about the rules on humor",  # asks the guide, in an imperative
        "Give me a list of KPIs",
        "Can we write about a patient's recovery?",  # "we": a policy question about content
        "Please draft a reply to this review",  # the guide says how to reply to reviews: it is quoted
        "Write about our new MRI machine: can we say it is the best?",  # "write about": a content question
        "How do we write a good caption?",
    ],
)
def test_questions_about_writing_are_not_taken_for_a_task(question: str) -> None:
    assert not asks_for_a_task(question)


def guide(tmp_path: Path, text: str) -> AppConfig:
    path = tmp_path / "ours.md"
    path.write_text(text, encoding="utf-8")
    return AppConfig(policy=PolicyConfig(guide=[path]))


# A guide that names Facebook and Instagram and no other platform.
PLATFORM_GUIDE = (
    "# Rules\n\n## Posting frequency\n\nPost on Facebook 1-2 times per day and on Instagram 3-4 times per week.\n"
)


@pytest.mark.parametrize(
    "question",
    [
        "how many times a week should we post on tiktok?",  # the guide's figures are Facebook's and Instagram's
        "Should we be on Snapchat?",
        "How often should we post on TikTok and Pinterest?",  # every platform named is unknown to the guide
    ],
)
async def test_a_platform_the_guide_never_names_is_not_covered(tmp_path: Path, question: str) -> None:
    answer = await CarePost(guide(tmp_path, PLATFORM_GUIDE)).ask(question)
    assert not answer.grounded and not answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "How often should we post on Facebook?",  # a platform the guide names
        "Should we post on Instagram as often as on TikTok?",  # one of the platforms named is in the guide
        "How many times per week should we post?",  # no platform named
        "How do we handle long comment threads?",  # 'threads' is an ordinary word, not the platform
    ],
)
def test_questions_naming_a_platform_the_guide_knows_are_not_refused(question: str) -> None:
    assert not names_only_unknown_platforms(question, {"facebook", "instagram"}.__contains__)
