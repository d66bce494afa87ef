"""Replies to comments and reviews, offline: tone, escalation, windows, and every reply safe to post."""

from __future__ import annotations

import pytest

from bot.config import AppConfig, config_from_mapping
from bot.messages import replies as msg
from bot.responder.compose import ReplyInputError, contact_phrase, parse_channel, reply_to
from bot.responder.lexicon import read_comment
from bot.responder.models import MAIN_CHANNELS, Channel, Sentiment
from bot.responder.offline import LONG
from guardrails import Engine, Verdict

CONFIG = AppConfig()
ENGINE = Engine(CONFIG.guardrail_settings())


@pytest.mark.parametrize(
    ("comment", "sentiment"),
    [
        # praise for the staff
        ("The nurses were amazing, thank you so much!", Sentiment.POSITIVE),
        # a complaint about waiting and rudeness
        ("Waited 6 hours and the staff were rude. Worst hospital ever.", Sentiment.NEGATIVE),
        # a negated positive word is negative
        ("Not happy with the front desk at all.", Sentiment.NEGATIVE),
        # a negated negative word is positive
        ("Honestly not bad at all, very helpful people.", Sentiment.POSITIVE),
        # a plain question: no tone ('hours' is not a complaint)
        ("What are your visiting hours on Sunday?", Sentiment.NEUTRAL),
        # self-harm words make it a crisis whatever else it says
        ("Thanks for nothing. I want to end my life.", Sentiment.CRISIS),
        # a threat is a crisis too
        ("You'll pay for this, watch your back.", Sentiment.CRISIS),
        # a clinical complaint is negative even with no negative word
        ("They misdiagnosed my mother.", Sentiment.NEGATIVE),
        # curly apostrophes read like straight ones
        ("I don\u2019t recommend this place.", Sentiment.NEGATIVE),
    ],
)
def test_the_tone_of_a_comment(comment: str, sentiment: Sentiment) -> None:
    assert read_comment(comment).sentiment is sentiment


@pytest.mark.parametrize(
    ("comment", "kinds"),
    [
        # self-harm words
        ("I can't go on, I want to die", ["self_harm"]),
        # a threat
        ("I'm going to bring a gun next time", ["threat"]),
        # a complaint about care
        ("They gave my dad the wrong medication and he got an infection", ["clinical"]),
        # legal words
        ("My attorney is preparing a lawsuit", ["legal"]),
        # the media
        ("I'm calling a reporter at the local news", ["media"]),
        # several at once, in a fixed order
        ("Botched surgery. My lawyer and the local news will hear about it.", ["clinical", "legal", "media"]),
        # nothing to escalate
        ("Parking was a nightmare but the staff were kind", []),
    ],
)
def test_escalation_kinds(comment: str, kinds: list[str]) -> None:
    assert read_comment(comment).kinds == kinds


async def test_a_reply_for_each_main_channel_when_none_is_named() -> None:
    result = await reply_to(CONFIG, ENGINE, "The staff were so kind to us.")
    assert [r.channel for r in result.replies] == list(MAIN_CHANNELS)
    assert all(r.postable and r.verdict is not Verdict.BLOCK for r in result.replies)
    assert result.escalation is None and result.source == "offline"


async def test_a_named_channel_gets_the_reply_and_another_wording() -> None:
    result = await reply_to(CONFIG, ENGINE, "Terrible experience, rude staff.", Channel.YELP)
    assert [r.channel for r in result.replies] == [Channel.YELP, Channel.YELP]
    assert result.replies[0].text != result.replies[1].text
    assert result.respond_within.target == msg.WINDOW_REVIEW  # a review site: within 24 hours


async def test_the_same_comment_gets_the_same_reply() -> None:
    first = await reply_to(CONFIG, ENGINE, "Rude staff and a long wait.", Channel.FACEBOOK)
    again = await reply_to(CONFIG, ENGINE, "Rude staff and a long wait.", Channel.FACEBOOK)
    assert first == again


@pytest.mark.parametrize(
    ("channel", "target"),
    [
        # reviews: within 24 hours (source 001)
        (Channel.GOOGLE, msg.WINDOW_REVIEW),
        # comments: 2-4 hours in business hours (source 001)
        (Channel.INSTAGRAM, msg.WINDOW_COMMENT),
        # X is the real-time channel: the first hour
        (Channel.X, msg.WINDOW_X),
    ],
)
async def test_response_windows(channel: Channel, target: str) -> None:
    result = await reply_to(CONFIG, ENGINE, "Is the cafeteria open late?", channel)
    assert result.respond_within.target == target
    assert "40%" in result.respond_within.expectations and "79%" in result.respond_within.expectations


async def test_a_crisis_is_answered_now_with_crisis_resources_and_an_urgent_note() -> None:
    result = await reply_to(CONFIG, ENGINE, "I don't want to live anymore, I'm going to kill myself", Channel.X)
    assert result.sentiment is Sentiment.CRISIS
    assert result.respond_within.target == msg.WINDOW_CRISIS
    assert result.escalation is not None and result.escalation.urgent
    assert all("988" in (r.text or "") for r in result.replies)


async def test_nothing_of_the_comment_is_copied_back() -> None:
    # PHI in the comment: a name, a procedure, a room, a date, a phone number
    comment = "I'm Dana Whitfield, my knee replacement on 3/14 in room 4B was botched. Call me at 555-867-5309."
    result = await reply_to(CONFIG, ENGINE, comment)
    for option in result.replies:
        assert option.text is not None
        for piece in ("Dana", "Whitfield", "knee", "3/14", "4B", "867"):
            assert piece not in option.text
    assert result.escalation is not None and "clinical" in result.escalation.kinds
    assert "Dana" not in " ".join(result.escalation.cues)  # cues are lexicon words only


@pytest.mark.parametrize("sentiment", list(Sentiment))
@pytest.mark.parametrize("channel", list(Channel))
async def test_every_template_passes_the_guardrails_on_every_channel(sentiment: Sentiment, channel: Channel) -> None:
    # every wording, long and short, must be postable: no patient confirmation, no advice, within the limit
    from bot.responder.compose import guarded
    from bot.responder.offline import offline_replies

    for text in offline_replies("x", sentiment, channel, CONFIG.organization.name, contact_phrase(CONFIG), 9):
        option, report = guarded(ENGINE, channel, text)
        assert option.postable, (text, [f.rule for f in report.findings])
        assert not [f for f in report.findings if f.category.value == "phi"]


@pytest.mark.parametrize(
    "comment",
    [
        "Dr. Patel was wonderful, thank you!!",  # praise: the case staff answer most
        "Waited 4 hours in your ER, terrible and rude",  # a complaint: calm on every channel, never one text pasted
    ],
)
async def test_each_channel_gets_a_reply_shaped_for_it(comment: str) -> None:
    result = await reply_to(CONFIG, ENGINE, comment)
    texts = {r.channel: r.text or "" for r in result.replies}
    assert len(set(texts.values())) >= 4  # six channels, not one reply pasted six times
    for channel in (Channel.GOOGLE, Channel.YELP):  # future patients read the reply under a review
        assert texts[channel].startswith(msg.REVIEW_OPENING)
    for channel in (Channel.FACEBOOK, Channel.INSTAGRAM, Channel.LINKEDIN):  # people can message the page there
        assert "call us at" not in texts[channel] or "or send us a private message" in texts[channel]
    assert any("or send us a private message" in texts[c] for c in (Channel.FACEBOOK, Channel.LINKEDIN))
    assert "private message" not in texts[Channel.GOOGLE]  # Google reviews cannot be answered privately
    assert len(texts[Channel.X]) <= 280 and not texts[Channel.X].startswith(msg.REVIEW_OPENING)


async def test_only_a_thank_you_closes_warmly_on_instagram() -> None:
    praise = await reply_to(CONFIG, ENGINE, "Dr. Patel was wonderful, thank you!!", Channel.INSTAGRAM)
    complaint = await reply_to(CONFIG, ENGINE, "Waited 4 hours in your ER, terrible and rude", Channel.INSTAGRAM)
    assert all((r.text or "").endswith(msg.WARM_CLOSING) for r in praise.replies)
    assert not any(msg.WARM_CLOSING in (r.text or "") for r in complaint.replies)  # no emoji on a complaint


def test_templates_have_several_variants_per_sentiment() -> None:
    # variety: the same words on every reply read as a bot
    assert all(len(pool) >= 2 for pool in LONG.values())


@pytest.mark.parametrize(
    ("replies", "expected"),
    [
        # replies.contact wins, a phone
        ({"contact": "(555) 010-3000"}, "call us at (555) 010-3000"),
        # an e-mail
        ({"contact": "patientrelations@riversidehealth.org"}, "email us at patientrelations@riversidehealth.org"),
        # a page
        ({"contact": "riversidehealth.org/feedback"}, "reach us at riversidehealth.org/feedback"),
        # no replies.contact: the organization's first phone
        ({}, "call us at (555) 010-2000"),
    ],
)
def test_the_contact_comes_from_app_yaml(replies: dict[str, str], expected: str) -> None:
    assert contact_phrase(config_from_mapping({"replies": replies})) == expected


def test_no_phone_and_no_email_asks_for_a_private_message() -> None:
    config = config_from_mapping({"organization": {"phones": [], "emails": []}})
    assert contact_phrase(config) == msg.CONTACT_NONE


async def test_the_configured_contact_reaches_the_reply_and_passes() -> None:
    config = config_from_mapping(
        {"organization": {"phones": ["(555) 010-3000"]}, "replies": {"contact": "(555) 010-3000"}}
    )
    result = await reply_to(config, Engine(config.guardrail_settings()), "Awful parking.", Channel.GOOGLE)
    assert all("(555) 010-3000" in (r.text or "") for r in result.replies)


def test_an_unknown_key_under_replies_is_an_error() -> None:
    from bot.config import ConfigError

    with pytest.raises(ConfigError, match="replies"):
        config_from_mapping({"replies": {"contacts": "x"}})


@pytest.mark.parametrize(
    ("value", "channel"),
    [
        # a plain name
        ("google", Channel.GOOGLE),
        # an alias
        ("Twitter", Channel.X),
        # blank: every main channel
        ("  ", None),
    ],
)
def test_channel_names(value: str, channel: Channel | None) -> None:
    assert parse_channel(value) is channel


def test_an_unknown_channel_names_the_known_ones() -> None:
    with pytest.raises(ReplyInputError, match=r"myspace.*google"):
        parse_channel("myspace")


async def test_an_empty_comment_is_refused() -> None:
    with pytest.raises(ReplyInputError):
        await reply_to(CONFIG, ENGINE, "   ")
