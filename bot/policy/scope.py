"""Questions about operating a tool or an account, which no policy guide answers.

"How do I change the Facebook profile picture?", "How do I schedule a post in Hootsuite?" or "How do I add an
admin to our LinkedIn page?" share words with the guide (Facebook, post, photo, Hootsuite, page), so retrieval
finds a confident-looking section about them; but the guide says what to post and why, never which buttons to
press. Such a question asks how to *do something to an account or a tool's settings*: an operating verb and the
setting it acts on. A policy question that uses the same verbs ("how do we remove a patient's comment?", "how do
we verify health claims?") names no setting and is answered as before.
"""

from __future__ import annotations

import re

# How to do something, asked of oneself or the team.
_HOW_TO = re.compile(r"\b(how (do|can|would|should) (i|we)|where do (i|we)|how to)\b")
# A verb that operates a tool or an account...
_OPERATE = re.compile(
    r"\b(change|update|add|remove|reset|set ?up|verify|verified|log ?in|sign ?in|access|upload|connect|link|"
    r"download|export|schedule|install|transfer|rename|recover|unlock|edit)\b"
)
# ...and the setting, credential or tool it acts on.
_SETTING = re.compile(
    r"\b(profile (picture|photo|pic)|cover (photo|image)|avatar|admins?|administrators?|passwords?|logins?|"
    r"credentials|settings|username|user ?name|handle|bio|verification|verified|blue (check|tick)|"
    r"two-factor|2fa|hootsuite|sprout social|canva|buffer|scheduler|scheduling tool|page roles?|business manager|"
    r"ad account|pixel)\b"
)


def asks_how_to_operate(question: str) -> bool:
    """Whether the question asks how to operate a tool or change an account's settings (not a policy question)."""
    low = question.lower().replace("\u2019", "'")
    return bool(_HOW_TO.search(low) and _OPERATE.search(low) and _SETTING.search(low))
