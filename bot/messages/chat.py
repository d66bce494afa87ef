"""Sentences for every chat surface (Slack, Teams, the terminal): help, acknowledgements, errors, labels."""

from __future__ import annotations

# --- acknowledgements: sent at once, before the slow work starts ---
ACK_DRAFT = "Drafting for {platforms}..."
ACK_DRAFT_DEFAULT = "Drafting for your usual platforms..."
ACK_CHECK = "Checking your text..."
ACK_ASK = "Looking that up in the social media policy..."
ACK_REVIEW = "Working on the review queue..."
ACK_ADVOCACY = "Looking for approved posts to share..."
ACK_SUBMIT = "Submitting the {platform} draft for review..."

# --- problems with what the person typed: say what was wrong and how to fix it ---
DRAFT_NO_TOPIC = "Give me a topic to draft about, for example: `/draft education flu shots on instagram, linkedin`."
CHECK_NO_TEXT = "Give me the text to check, for example: `/check Join us for our 5K on Saturday!`"
ASK_NO_QUESTION = (
    "Ask me a question about the social media policy, for example: `/policy can I share a patient's photo?`"
)
UNKNOWN_PLATFORM = "I don't know the platform {name!r}; use one of: {valid}."
REVIEW_NEEDS_ID = "Say which review item, for example: `{action} 12`."
NOT_UNDERSTOOD = "I didn't understand {text!r}. Type `help` to see what I can do."

# --- failures on our side: the person always hears about them ---
DRAFT_FAILED = "Sorry, drafting failed ({kind}) and nothing was posted. Please try again in a moment."
ASK_FAILED = "Sorry, I could not answer from the policy guide ({kind}). Please try again in a moment."
INTERNAL_ERROR = "Sorry, something went wrong on my side ({kind}) and nothing was posted. Please try again."
GUARDRAIL_REFUSED = "The guardrails could not check this text: {detail}"
SERVICE_NOT_READY = "This part of CarePost is not available yet ({what}). Please try again later."
DRAFT_EXPIRED = "That draft is no longer available here; draft it again and submit the new version."

# --- help ---
HELP_TITLE = "What CarePost can do"
HELP_INTRO = "Talk to me in plain words, in a DM, by mentioning me, or with the slash commands."
HELP_ROWS: list[tuple[str, str]] = [
    (
        "draft [pillar] <topic> [on <platform>, <platform>]",
        "Draft one post per platform (pillars: education, community, promotion, thought-leadership), "
        "every draft checked by the guardrails.",
    ),
    ("draft an instagram post about heat stroke", "The same, in plain words."),
    ("check this: <text>", "Check a text you wrote for PHI, medical advice, claims, disclaimers and length."),
    ("can I share a patient's photo?", "Ask about the social media policy; answers cite the guide."),
    ("review list / approve 12 / reject 12: reason", "Work the review queue (reviewers only for decisions)."),
    ("give me something to share on LinkedIn", "Approved posts staff may share on their own profiles."),
    (
        "plan March [on facebook, x] [and submit]",
        "A month of checked posts on the month's health observances, with the calendar file (.ics).",
    ),
    (
        "reply to this review on google: <the comment>",
        "HIPAA-safe replies to a comment or review, with its tone, how soon to answer and what to escalate.",
    ),
]

# --- labels the renderers lay out ---
LENGTH = "{length}/{limit} characters"
LENGTH_NO_LIMIT = "{length} characters"
LENGTH_OVER = "{length}/{limit} characters: over the limit"
FINDING = "{rule}: {message}"
NO_FINDINGS = "No findings."
REDACTED_PREVIEW = "Redacted preview (NOT postable, rewrite what is flagged):"
FIXED_NOTE = "Shown after the automatic fixes."
ALT_TEXT = "Alt text: {alt_text}"
TITLE = "Title: {title}"
VISUAL = "Visual idea: {visual}"
FREQUENCY = "Posting rhythm: {frequency}"
HASHTAGS = "Hashtags: {hashtags}"
DRAFT_TITLE = "{pillar} post about {topic}"
DRAFT_TITLE_NO_PILLAR = "Posts about {topic}"
CHECK_TITLE = "Guardrail check{platform}"
ANSWER_NOT_GROUNDED = "The policy guide does not cover this; ask the communications team."
CITATION = '{source} / {section}: "{quote}"'
CITATION_NO_QUOTE = "{source} / {section}"
REVIEW_ITEM_TITLE = "Review item {id}: {platform} ({state})"
REVIEW_REQUESTED = "{who} asks for a review of this {platform} post."
REVIEW_DECIDED = "Item {id} is now {state}{by}."
DECIDED_BY = " by {who}"
REVIEW_SUBMITTED = "Submitted item {id} for review; a reviewer will decide."
REVIEW_LIST_TITLE = "Review queue{state}"
REVIEW_LIST_EMPTY = "The review queue is empty{state}."
REVIEW_COMMENT = "Comment: {comment}"
ADVOCACY_TITLE = "Approved posts to share{platform}"
ADVOCACY_EMPTY = "Nothing approved to share yet{platform}."
ADVOCACY_ITEM = "#{id} {platform}, approved by {approved_by}"

# --- buttons ---
BUTTON_REGENERATE = "Regenerate {platform}"
BUTTON_SUBMIT = "Submit {platform} for review"
BUTTON_SWITCH_PILLAR = "Switch pillar"
BUTTON_APPROVE = "Approve"
BUTTON_REJECT = "Reject"
BUTTON_CHANGES = "Request changes"
COMMENT_MODAL_TITLE = "Your comment"
COMMENT_MODAL_LABEL = "What should change? (the author will see this)"
COMMENT_MODAL_SUBMIT = "Send"

# --- terminal ---
TERMINAL_WELCOME = "CarePost chat. Type `help` for what I can do, `quit` to leave."
TERMINAL_PROMPT = "you> "
TERMINAL_BYE = "Bye."

# --- carepost serve ---
TEAMS_NOT_AVAILABLE = (
    "the Teams adapter is not available in this build (bot.adapters.teams.attach); run without --teams"
)
SERVE_NOTHING = "nothing to serve: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN), or pass --teams"
SERVE_LISTENING = "CarePost listening on http://{host}:{port} ({what}); /healthz for liveness. Ctrl-C stops."
SERVE_SOCKET_MODE = "Slack Socket Mode connected."
TERMINAL_FOLLOW_UPS = "Next: `submit {platform}`, `regenerate {platform}`, `switch to <pillar>`, or a new request."
TERMINAL_NO_DRAFT = "There is no draft yet to act on: start with `draft <topic>`."
TERMINAL_NO_SUCH_DRAFT = "There is no {name!r} draft in the last result; the drafts shown are: {shown}."
TERMINAL_UNKNOWN_PILLAR = "I don't know the pillar {name!r}; use education, community, promotion or thought-leadership."
TERMINAL_BLOCKED_SUBMIT = (
    "The {platform} draft is blocked by the guardrails: regenerate it or rewrite it before review."
)
ADVOCACY_SHARE_HINT = (
    "Copy the text as it is and share it on your own profile: do not add patient details, and say you work here."
)
