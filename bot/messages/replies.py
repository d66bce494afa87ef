"""Every sentence of replies to comments and reviews: the reply templates, escalation notes, response windows.

Templates never name the person, their care or anything they wrote: they thank, take the matter offline with
the organization's contact, and say nothing that confirms a care relationship (phi.patient_confirmation checks
every one). `{org}` is the organization's name, `{contact}` one of the CONTACT_* phrases below.
"""

from __future__ import annotations

# --- how to reach us, filled into every template
CONTACT_PHONE = "call us at {value}"
CONTACT_EMAIL = "email us at {value}"
CONTACT_OTHER = "reach us at {value}"
CONTACT_NONE = "send us a private message"
CONTACT_OR_MESSAGE = "{contact} or send us a private message"
# Review sites: future patients read the reply under the review.
REVIEW_OPENING = "We read every review."
# Instagram, TikTok, Threads: a thank-you closes warmly.
WARM_CLOSING = "💙"

# --- reply templates: several variants per sentiment, chosen by the comment (the same comment, the same reply)
POSITIVE = (
    "Thank you so much for the kind words! We'll share them with our team. If there is ever anything we can do, "
    "please {contact}. - {org}",
    "Thank you for taking the time to share this. Our team works hard to make a difference, and notes like yours "
    "mean a lot. Please {contact} any time. - {org}",
    "We appreciate you taking a moment to write. We'll pass your kind words along to our team. - {org}",
)
NEUTRAL = (
    "Thank you for reaching out. We'd like to help: please {contact} so we can talk with you directly. - {org}",
    "Thanks for your comment. We can't discuss personal details here, so please {contact} and our team will be "
    "glad to help. - {org}",
    "Thank you for your message. For anything personal, please {contact} so we can follow up privately. - {org}",
)
NEGATIVE = (
    "Thank you for your feedback. We take every concern seriously and would like to learn more. Please {contact} "
    "so we can talk privately. - {org}",
    "We're sorry to hear this was frustrating. We can't discuss personal details here, but we want to listen: "
    "please {contact} so our team can follow up directly. - {org}",
    "Thank you for letting us know. Feedback like this helps us improve, and we'd like to hear more. Please "
    "{contact} so we can discuss it privately. - {org}",
)
CRISIS = (
    "Thank you for reaching out. If you or someone you know is in crisis or thinking about self-harm, call or "
    "text 988 (Suicide & Crisis Lifeline) or call 911 now. For anything else, please {contact}. - {org}",
    "We want to make sure you get help right away. If you are in danger or thinking of harming yourself, call "
    "911 or call or text 988 any time. You can also {contact}. - {org}",
)
# X allows 280 weighted characters: short forms of the same replies.
SHORT = {
    "positive": (
        "Thank you for the kind words! We'll share them with our team. - {org}",
        "Thank you! Notes like yours mean a lot to our team. - {org}",
    ),
    "neutral": (
        "Thanks for reaching out. Please {contact} so we can help directly. - {org}",
        "Thank you for your message. For anything personal, please {contact}. - {org}",
    ),
    "negative": (
        "Thank you for your feedback. We'd like to learn more: please {contact} so we can talk privately. - {org}",
        "We're sorry this was frustrating. Please {contact} so our team can follow up directly. - {org}",
    ),
    "crisis": (
        "If you or someone you know is in crisis, call or text 988 or call 911 now. You can also {contact}. - {org}",
    ),
}

# --- response windows (the sources' figures; source files in ../shared/seeds/)
WINDOW_REVIEW = "within 24 hours"
WINDOW_COMMENT = "within 2-4 hours during business hours"
WINDOW_X = "within the first hour"
WINDOW_WHY_REVIEW = "respond to all reviews within 24 hours (source 001)"
WINDOW_WHY_COMMENT = "set response windows of 2-4 hours during business hours (source 001)"
WINDOW_WHY_X = "X is the real-time channel (source 001); 40% of people expect an answer within the first hour"
EXPECTATIONS = "40% of people expect an answer within the first hour, 79% within 24 hours (Sprout Social, source 000)"
WINDOW_CRISIS = "now: do not wait for the response window"

# --- escalation: what the team does, per kind (never quoting the comment: it may hold PHI)
ESCALATION_TITLE = "Escalate before replying"
ESCALATION = {
    "self_harm": "Self-harm or crisis words: answer now with crisis resources (988, 911) and alert the team lead "
    "and the on-call clinical contact.",
    "threat": "A threat: tell security and the team lead before anything else; keep a screenshot and do not argue "
    "in public.",
    "clinical": "A complaint about care: send it to patient relations or risk management; publicly, only take it "
    "offline.",
    "legal": "Legal words: send it to legal or risk management; post nothing beyond the offline reply.",
    "media": "The media are involved: the communications lead answers the press.",
}
ESCALATION_CUES = "Words that triggered it: {cues}."

# --- reply card (every surface lays these out)
CARD_TITLE = "Reply to a {source} on {channel}"
SOURCE_REVIEW = "review"
SOURCE_COMMENT = "comment"
SENTIMENT_LABEL = "Tone of the comment: {sentiment}"
RESPOND_WITHIN = "Respond {target}: {why}."
REPLY_HEADING = "Reply for {channel}"
ALTERNATIVE_HEADING = "Another wording"
BLOCKED_REPLY = "Not postable: the guardrails blocked this reply ({rules})."
NO_POSTABLE = "No reply could be offered that passes the guardrails: write one by hand and check it."
LLM_FELL_BACK = "The model's reply was not used ({reason}); these are the offline templates."
LLM_BLOCKED = "the guardrails blocked it: {rules}"
LLM_REASON_FAILED = "the model call failed: {reason}"
LLM_REASON_BAD_OUTPUT = "the model did not return a reply"
REMINDER = "Never confirm or deny that someone is a patient, and never answer medical questions in public."
ACK = "Drafting a reply to that comment..."

# --- errors (one line: what was wrong, how to fix it)
NO_COMMENT = "Paste the comment or review to reply to, for example: `/reply google: The staff were so kind!`"
EMPTY_COMMENT = "There is no comment to reply to: paste the comment or review text (or - to read it from stdin)."
COMMENT_TOO_LONG = (
    "The comment is {length:,} characters; replies are drafted for comments of at most {limit:,}: paste only the "
    "comment or review to answer."
)
UNKNOWN_CHANNEL = "Unknown channel {value!r}: use one of {known}."
CHANNEL_HELP = "Where the comment or review was posted (default: a reply for each main channel)."
