"""Who is who: the one place identities are compared (reviewers, own drafts, reviewers' chats, authors).

Slack user ids, Teams AAD object ids (GUIDs) and e-mails are all compared case-insensitively: e-mails and
GUIDs are case-insensitive by definition and Slack ids are upper-case letters and digits, so nothing is
lost. A person is linked to their other identities only by what their surface tells (a Slack id and the
e-mail of its profile) or what the command line is given (--alias).
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


def same(one: str | None, other: str | None) -> bool:
    """The same identity, written either way (`U0ABC` / `u0abc`, `mailto:a@b.org` / `A@b.org`)."""
    return bool(one and other) and normalize_identity(one or "") == normalize_identity(other or "")


def acting_as(identity: str, aliases: Iterable[str], reviewers: Iterable[str]) -> str:
    """The identity a person decides as: their own, or the first alias listed as a reviewer when theirs is not."""
    listed = list(reviewers)
    if is_reviewer(identity, listed):
        return identity
    return next((alias for alias in aliases if alias and is_reviewer(alias, listed)), identity)
