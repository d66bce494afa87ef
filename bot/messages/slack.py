"""Sentences for Slack only: setup errors naming the variable to set, and Slack-specific labels."""

from __future__ import annotations

MISSING_VARIABLE = "{name} is not set: {why}"
WHY_SIGNING_SECRET = "copy the Signing Secret from your Slack app's Basic Information page"
WHY_BOT_TOKEN = "install the app to your workspace and copy the Bot User OAuth Token (xoxb-...)"
BAD_APP_TOKEN = "SLACK_APP_TOKEN must be an app-level token starting with xapp-"

REVIEWER_NOTICE = "New post waiting for review"
REVIEWER_NOTICE_GROUP = "<!subteam^{group}> a new post is waiting for review"
DRAFT_NOT_YOURS = (
    "This draft is {owner}'s: only they can submit it, regenerate it or switch its pillar. Mention me with "
    '"draft ..." for a draft of your own.'
)
DECISION_NOTICE = "Your {platform} post (item {id}) is now {state}{by}."

REQUEST_REFUSED = "The request is not signed by Slack with this app's signing secret, or is too old."
REQUEST_UNREADABLE = "The request body is not a Slack payload this app can read."
