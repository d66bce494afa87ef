"""Sentences for Microsoft Teams (errors, the advocacy channel, card labels)."""

from __future__ import annotations

BAD_APP_TYPE = "MICROSOFT_APP_TYPE is {value!r}; use one of: {valid}"
MISSING_PASSWORD = "MICROSOFT_APP_ID is set but MICROSOFT_APP_PASSWORD is empty: set both, or neither for emulator mode"
MISSING_APP_ID = "MICROSOFT_APP_PASSWORD is set but MICROSOFT_APP_ID is empty: set both, or neither for emulator mode"
BLANK_VARIABLE = (
    "{name} holds only spaces: set it to its real value, or unset it (app id and password both unset = emulator mode)"
)
MISSING_TENANT = "MICROSOFT_APP_TYPE is SingleTenant: set MICROSOFT_APP_TENANT_ID to your Azure AD tenant id"

TURN_ERROR = "Sorry, something went wrong on my side and nothing was posted. Please try again in a moment."
WELCOME = (
    'Hi, I\'m CarePost. Ask me to draft a post ("draft an instagram post about heat stroke"), check a text '
    '("check this: ..."), or ask about our social media policy. Type **help** for everything I can do.'
)
ADVOCACY_CHANNEL_SET = "This channel is now CarePost's advocacy channel: approved posts will appear here."
ADVOCACY_CHANNEL_ONLY_IN_CHANNEL = "Run this in a team channel, not in a personal chat."
DRAFT_NOT_YOURS = (
    "This draft is {owner}'s: only they can submit it, regenerate it or switch its pillar. Mention me with "
    '"draft ..." for a draft of your own.'
)
ADVOCACY_NEW_ITEM = "New approved post to share"
ADVOCACY_SHARE_GUIDANCE = (
    "Approved by {approved_by}. Copy the text below and share it on your own {platform} profile as it is: "
    "do not add patient details, and say you work for {organization}."
)
ADVOCACY_COPY_LABEL = "Text to copy"
FACT_SUBMITTED_BY = "Submitted by"
FACT_REVIEWED_BY = "Reviewed by"
BAD_ACTIVITY = "The request body is not a Bot Framework activity (JSON with a type)."
UNAUTHORIZED = "The request does not carry a valid Bot Framework token for this app."
