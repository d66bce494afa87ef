"""The review queue: who may decide, which transitions are legal, and the advocacy library they feed.

    models.py    ReviewItem, AdvocacyItem, AuditEvent (what the service returns) and the write-side shapes
    desk.py      ReviewDesk: the rules (reviewers, own drafts, re-checks, legal transitions), synchronous
    inputs.py    ids, states, channels, identities as typed; the report as stored (no PHI anywhere in it)
    identity.py  reviewer and same-person matching (case-insensitive; a person's aliases)
    calls.py     the one way the service reaches the desk: a worker thread, outages as ReviewStoreError
    errors.py    ReviewRefusedError (exit 1), ReviewNotFoundError / ReviewInputError (exit 2), ReviewStoreError

`bot.service.CarePost` is the one async door into it; adapters never import the desk or the store.
States: submitted -> approved | rejected | changes_requested, and nothing else. Approving creates the
advocacy item in the same transaction; a second decision on the same item is refused, across instances.
"""
