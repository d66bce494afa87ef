"""Sentences for the review queue and the advocacy library, on every surface."""

from __future__ import annotations

# Refusals: say what was wrong and how to go on.
NOT_A_REVIEWER = (
    "{who} is not a reviewer, so cannot {action} item {id}; "
    "ask an administrator to add this identity under review.reviewers in app.yaml"
)
OWN_DRAFT = "{who} submitted item {id} and cannot {action} it; ask another reviewer to decide"
OWN_DRAFT_OTHER_NAME = (
    "{submitter} submitted item {id}, so {who} cannot {action} it (the same person); ask another reviewer to decide"
)
BLOCKED_AT_SUBMISSION = (
    "item {id} was blocked by the guardrails when it was submitted ({rules}) and can never be approved; "
    "rewrite the text and submit it again"
)
BLOCKED_NOW = (
    "item {id} is blocked by the guardrails as configured now ({rules}), so it cannot be {done}; "
    "rewrite the text and submit it again"
)
NOT_QUEUED = (
    "the guardrails block this text ({rules}), so it was not put in the review queue; "
    "rewrite what is flagged and submit it again"
)
ILLEGAL_TRANSITION = "item {id} is already {state}{by}, so it cannot be {done}; only submitted items can be decided"
DECIDED_MEANWHILE = "item {id} was {state}{by} a moment ago, so it cannot be {done} as well"
COMMENT_REQUIRED = (
    "a comment is required to {action} item {id}: say what should change, in chat as "
    "`{action} {id}: please remove the patient's first name`, on the command line with --comment"
)
UNKNOWN_ITEM = 'there is no review item {id}; say "queue" to see the items waiting for review'
UNKNOWN_ITEM_CLI = "there is no review item {id}; list the queue with `carepost review list`"
UNKNOWN_ADVOCACY_ITEM = "there is no advocacy item {id}; list the library with `carepost advocacy list`"
UNKNOWN_CHANNEL = "unknown channel {channel!r}; use one of: {valid}"
UNKNOWN_STATE = "unknown review state {state!r}; use one of: {valid}"
EMPTY_IDENTITY = "say who is acting (--by WHO): an e-mail, a Slack user id or a Teams object id"
PUBLISH_WHERE_EMPTY = "say where the item was published (for example linkedin)"
BAD_DATABASE_URL = (
    "CAREPOST_DATABASE_URL cannot be used ({detail}); "
    "use sqlite:////path/to/carepost.db or postgresql+psycopg://user:password@host:5432/dbname"
)
STORE_UNAVAILABLE = "the review database is not reachable ({kind}); check CAREPOST_DATABASE_URL and try again"
BATCH_BUSY = "another CarePost instance has been queuing for two minutes; try again in a minute"
MIGRATION_BUSY = (
    "another CarePost instance has been upgrading the database schema for two minutes; check that it is still "
    "running (its log says so), then try again"
)
STORE_UNREADABLE = (
    "the review database cannot be used ({kind}): it is not a CarePost database or it is damaged; "
    "check CAREPOST_DATABASE_URL (or CAREPOST_DATA_DIR) or restore it from a backup"
)
DATA_DIR_UNUSABLE = (
    "the data folder {folder} cannot be made ({problem}); "
    "set CAREPOST_DATA_DIR or storage.data_dir in app.yaml to a folder CarePost may write to"
)

# Verbs used inside the sentences above.
ACTION_VERB = {"approve": "approve", "reject": "reject", "changes": "request changes on", "publish": "publish"}
DONE_VERB = {"approve": "approved", "reject": "rejected", "changes": "sent back for changes", "publish": "published"}
BY = " by {who}"

# Audit details for refused steps and failed publishing attempts.
AUDIT_REFUSED = "{action} refused: {reason}"
AUDIT_PUBLISH_BLOCKED = "attempt {attempt} of {limit}: blocked by the guardrails as configured now ({rules})"
AUDIT_PUBLISH_FAILED = "attempt {attempt} of {limit}: could not be posted ({kind})"

# Terminal rendering.
QUEUE_TITLE = "Review queue{state}"
QUEUE_EMPTY = "The review queue is empty{state}."
ITEM_TITLE = "Review item {id} ({state})"
SUBMITTED = "Submitted item {id} for review ({verdict})."
DECIDED = "Item {id} is now {state}."
LIBRARY_TITLE = "Advocacy library{platform}"
LIBRARY_EMPTY = "Nothing approved to share yet{platform}."
PICKED = "Approved to share on {platform} (item {id}, approved by {approved_by}):"
PUBLISHED = "Advocacy item {id} marked as published on {where}."
COLUMN_ID = "id"
COLUMN_STATE = "state"
COLUMN_PLATFORM = "platform"
COLUMN_TEXT = "text"
COLUMN_BY = "submitted by"
COLUMN_REVIEWER = "reviewed by"
COLUMN_APPROVED_BY = "approved by"
COLUMN_APPROVED_AT = "approved at"
COLUMN_PUBLISHED = "published"
LABEL_VERDICT = "verdict at submission"
LABEL_PILLAR = "pillar"
LABEL_TOPIC = "topic"
LABEL_COMMENT = "comment"
LABEL_FINDINGS = "findings"
AUDIT_TITLE = "Audit trail"
COLUMN_AT = "when (UTC)"
COLUMN_WHO = "who"
COLUMN_ACTION = "what"
COLUMN_CHANNEL = "from"
COLUMN_DETAIL = "detail"
