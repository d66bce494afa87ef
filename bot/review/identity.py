"""Who is who: reviewer identities from app.yaml compared the way people write them.

Slack user ids, Teams AAD object ids (GUIDs) and e-mails are all compared case-insensitively: e-mails and
GUIDs are case-insensitive by definition and Slack ids are upper-case letters and digits, so nothing is
lost. A person known under two identities (a Slack id and an e-mail) is not linked: see the README.
"""

from __future__ import annotations

from collections.abc import Iterable


def normalize_identity(identity: str) -> str:
    value = identity.strip()
    if value.lower().startswith("mailto:"):
        value = value[len("mailto:") :]
    return value.casefold()


def is_reviewer(identity: str, reviewers: Iterable[str]) -> bool:
    wanted = normalize_identity(identity)
    return bool(wanted) and any(normalize_identity(r) == wanted for r in reviewers)


def overlap(mine: Iterable[str], theirs: Iterable[str]) -> bool:
    """True when one person's identities and another's share one: the same person under two names."""
    wanted = {normalize_identity(i) for i in mine} - {""}
    return any(normalize_identity(i) in wanted for i in theirs)
