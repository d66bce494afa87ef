"""Plain words -> one request: the same parser behind Slack, Teams and the terminal."""

from __future__ import annotations

import pytest

from bot.intents import (
    AdvocacyIntent,
    AskIntent,
    CheckIntent,
    DraftIntent,
    HelpIntent,
    Intent,
    InvalidIntent,
    ReviewIntent,
    canonical_pillar,
    parse,
)
from bot.messages import chat as msg
from guardrails.settings import Platform

NO_TOPIC = InvalidIntent(problem=msg.DRAFT_NO_TOPIC)

IG, LI, X, FB, TH, YT = (
    Platform.INSTAGRAM,
    Platform.LINKEDIN,
    Platform.X,
    Platform.FACEBOOK,
    Platform.THREADS,
    Platform.YOUTUBE,
)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # The slash command's grammar: [pillar] <topic> [on <platform>, <platform>].
        (
            "education flu shots on instagram, linkedin",
            DraftIntent(topic="flu shots", pillar="education", platforms=[IG, LI]),
        ),
        # No pillar and no platform: both come from defaults later (education, app.yaml's platforms).
        ("heat stroke", DraftIntent(topic="heat stroke")),
        # Pillar aliases: "promo" is promotion; "and" joins platforms; "twitter" is X.
        (
            "promo new MRI suite on facebook and twitter",
            DraftIntent(topic="new MRI suite", pillar="promotion", platforms=[FB, X]),
        ),
        # The two-word pillar, written with a space.
        (
            "thought leadership AI in radiology on linkedin",
            DraftIntent(topic="AI in radiology", pillar="thought-leadership", platforms=[LI]),
        ),
        # "pillar:" label form.
        ("pillar: community 5K fun run", DraftIntent(topic="5K fun run", pillar="community")),
        # Short platform names people type: ig, fb, yt.
        ("stroke signs on ig/fb/yt", DraftIntent(topic="stroke signs", platforms=[IG, FB, YT])),
        # A lone pillar word is the topic, not a pillar with no topic ("draft community" = a post about community).
        ("community", DraftIntent(topic="community")),
        # "on" inside the topic is not a platform list: "talk on x-rays" keeps its words.
        ("a talk on x-rays", DraftIntent(topic="a talk on x-rays")),
        # Nothing to draft about: the person is told what to type.
        ("", NO_TOPIC),
        ("education on instagram", DraftIntent(topic="education", platforms=[IG])),
    ],
)
def test_the_draft_command(words: str, expected: Intent) -> None:
    assert parse(words, "draft") == expected


@pytest.mark.parametrize(
    ("words", "named"),
    [
        ("flu shots on tiktok", "tiktok"),  # a network CarePost has no profile for is reported, not drafted
        ("flu shots on instagram, Pinterest", "pinterest"),  # also inside a list of known platforms
    ],
)
def test_an_unknown_network_is_named(words: str, named: str) -> None:
    result = parse(words, "draft")
    assert isinstance(result, InvalidIntent)
    assert repr(named) in result.problem and "instagram" in result.problem


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # The issue's own example: platform named before "post", topic after "about".
        ("draft an instagram post about heat stroke", DraftIntent(topic="heat stroke", platforms=[IG])),
        # The Slack mention is stripped before parsing.
        (
            "<@U0CAREPOST> draft community 5k fun run on facebook and x",
            DraftIntent(topic="5k fun run", pillar="community", platforms=[FB, X]),
        ),
        # Other verbs people use; the pillar may trail ("as education").
        ("write a post about stroke signs as education", DraftIntent(topic="stroke signs", pillar="education")),
        # Two platforms before "posts".
        (
            "please create linkedin and threads posts about nurse week",
            DraftIntent(topic="nurse week", platforms=[LI, TH]),
        ),
        # A tweet is an X post.
        ("draft a tweet about flu season", DraftIntent(topic="flu season", platforms=[X])),
        # A bare verb with nothing to draft.
        ("draft", NO_TOPIC),
    ],
)
def test_drafts_in_plain_words(words: str, expected: Intent) -> None:
    assert parse(words) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # "check this:" is the documented form; the text keeps its case and punctuation.
        ("check this: Call 555-867-5309 now!", CheckIntent(text="Call 555-867-5309 now!")),
        # A platform makes the length count against that platform's limit.
        ("check this for x: Our 5K is Saturday", CheckIntent(text="Our 5K is Saturday", platform=X)),
        # Other ways to ask for a check.
        ("is this ok: Join us Saturday", CheckIntent(text="Join us Saturday")),
        ("can I post this - Happy Nurses Week!", CheckIntent(text="Happy Nurses Week!")),
        # "check" followed straight by the text.
        ("check Happy Nurses Week from all of us", CheckIntent(text="Happy Nurses Week from all of us")),
        # Slack's link markup is undone so the guardrails see the URL as typed.
        ("check this: see <https://example.com/jane|example.com/jane>", CheckIntent(text="see example.com/jane")),
        # Slack escapes &, < and > in message text.
        ("check this: Q&amp;A at 5 &gt; 4", CheckIntent(text="Q&A at 5 > 4")),
    ],
)
def test_checks(words: str, expected: Intent) -> None:
    assert parse(words) == expected


def test_the_check_command_takes_everything_as_the_text() -> None:
    # /check has no grammar: even "draft ..." is the text to check.
    assert parse("draft: we cure cancer", "check") == CheckIntent(text="draft: we cure cancer")
    assert isinstance(parse("   ", "check"), InvalidIntent)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # The example: a question about the policy.
        ("can I share a patient's photo?", AskIntent(question="can I share a patient's photo?")),
        # Question words without a question mark.
        ("how often should we post on LinkedIn", AskIntent(question="how often should we post on LinkedIn")),
        # "ask" as a verb is dropped.
        ("ask who approves our posts", AskIntent(question="who approves our posts")),
        # A statement of three words or more goes to the policy guide, which says when it has no answer.
        ("posting frequency for facebook", AskIntent(question="posting frequency for facebook")),
    ],
)
def test_questions(words: str, expected: Intent) -> None:
    assert parse(words) == expected


@pytest.mark.parametrize("command", ["policy", "ask"])
def test_policy_and_its_alias_take_the_whole_question(command: str) -> None:
    # /policy draft rules? is a question, not a draft request.
    assert parse("draft rules for TikTok?", command) == AskIntent(question="draft rules for TikTok?")  # type: ignore[arg-type]
    assert isinstance(parse("", command), InvalidIntent)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("review list", ReviewIntent(action="list")),  # the queue
        ("queue", ReviewIntent(action="list")),  # shorter
        ("approve 12", ReviewIntent(action="approve", item_id=12)),
        # An optional "#" and "item"; a comment after "because".
        (
            "reject #12 because the name is there",
            ReviewIntent(action="reject", item_id=12, comment="the name is there"),
        ),
        ("decline item 3: off brand", ReviewIntent(action="reject", item_id=3, comment="off brand")),
        ("request changes on 4: shorten it", ReviewIntent(action="changes", item_id=4, comment="shorten it")),
        ("send back 4 - add the hours", ReviewIntent(action="changes", item_id=4, comment="add the hours")),
        ("show 7", ReviewIntent(action="show", item_id=7)),
        # A decision with no item number says which number is missing.
        ("approve", InvalidIntent(problem="Say which review item, for example: `approve 12`.")),
    ],
)
def test_review_words(words: str, expected: Intent) -> None:
    assert parse(words) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # The example, with the platform picked out.
        ("give me something to share on LinkedIn this week", AdvocacyIntent(platform=LI, pick=True)),
        # "give me a post" asks for one item too; "show me posts" for the list.
        ("give me a post to share", AdvocacyIntent(pick=True)),
        ("show me posts to share on x", AdvocacyIntent(platform=X)),
        ("advocacy linkedin", AdvocacyIntent(platform=LI)),
        ("advocacy", AdvocacyIntent()),
        ("what can I share on instagram?", AdvocacyIntent(platform=IG)),
        ("anything to share", AdvocacyIntent()),
    ],
)
def test_advocacy(words: str, expected: Intent) -> None:
    assert parse(words) == expected


@pytest.mark.parametrize(
    "words",
    [
        "help",  # the obvious one
        "HELP",  # case does not matter
        "?",  # a lone question mark
        "what can you do?",  # the way people ask
        "hi",  # a greeting deserves the menu, not a policy search
        "<@U0CAREPOST>",  # a bare mention
        "",  # an empty DM
    ],
)
def test_help(words: str) -> None:
    assert parse(words) == HelpIntent()


@pytest.mark.parametrize("command", ["draft", "check", "policy", "ask", "review", "advocacy"])
def test_help_after_any_command_is_the_menu(command: str) -> None:
    # `/draft help` is someone asking how /draft works, not a post about help.
    assert parse("help", command) == HelpIntent()  # type: ignore[arg-type]


def test_carepost_command_reads_plain_words_and_help_command_is_help() -> None:
    assert parse("help", "carepost") == HelpIntent()
    assert parse("approve 5", "carepost") == ReviewIntent(action="approve", item_id=5)
    assert parse("anything", "help") == HelpIntent()


def test_short_unclear_words_say_how_to_get_help() -> None:
    result = parse("banana")
    assert isinstance(result, InvalidIntent)
    assert "help" in result.problem


@pytest.mark.parametrize(
    ("word", "pillar"),
    [
        ("Education", "education"),  # case
        ("educational", "education"),  # our chat alias
        ("engagement", "community"),  # an alias from the drafting content model (content.yaml)
        ("Thought Leadership", "thought-leadership"),  # spaces
        ("thought_leadership", "thought-leadership"),  # underscores
        ("promo", "promotion"),
        ("banana", None),  # not a pillar
    ],
)
def test_pillar_aliases(word: str, pillar: str | None) -> None:
    assert canonical_pillar(word) == pillar


@pytest.mark.parametrize(
    ("words", "platform", "pillar"),
    [
        ("advocacy linkedin community", "linkedin", "community"),  # both filters, in either order
        ("advocacy thought leadership", None, "thought-leadership"),  # a two-word pillar, typed with a space
        ("advocacy events on facebook", "facebook", "community"),  # an alias of a pillar
        ("give me something to share on LinkedIn this week", "linkedin", None),  # no pillar named: any
    ],
)
def test_advocacy_filters_by_platform_and_pillar(words: str, platform: str | None, pillar: str | None) -> None:
    intent = parse(words)
    assert isinstance(intent, AdvocacyIntent)
    assert (intent.platform.value if intent.platform else None) == platform
    assert intent.pillar == pillar
