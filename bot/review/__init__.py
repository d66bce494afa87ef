"""The review queue: who may decide, which transitions are legal, the advocacy library they feed, publishing.

    models.py      ReviewItem, AdvocacyItem, AuditEvent (what the core returns) and the write-side shapes
    desk.py        ReviewDesk (`service.review`, one per CarePost): the async door, each call in a worker thread
    rules.py       the synchronous rules under it (reviewers, own drafts, comments, re-checks, legal transitions)
    publishing.py  approved items out to the conversations CarePost may post to: claimed per attempt, re-checked,
                   retried a bounded number of times, every attempt an audit row (`service.publishing`)
    notify.py      whom to tell about a step (reviewers on submission, the author on a decision)
    inputs.py      ids, states, channels, identities as typed; the report as stored (no PHI anywhere in it)
    identity.py    the one place identities are compared (reviewers, own drafts, reviewers' chats, authors)
    calls.py       the one way the core reaches the store: a worker thread, outages as ReviewStoreError
    errors.py      ReviewRefusedError and SubmissionBlockedError (exit 1), ReviewNotFoundError / ReviewInputError
                   (exit 2), ReviewStoreError (exit 3)

Surfaces reach all of it through `bot.service.CarePost.handle`; they never import the desk or the store.
States: submitted -> approved | rejected | changes_requested, and nothing else. A text the guardrails block is
never queued. Approving creates the advocacy item in the same transaction; a second decision on the same item
is refused, across instances.
"""
