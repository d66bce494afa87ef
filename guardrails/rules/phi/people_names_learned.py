"""phi.name's learned context: the words around a candidate as features, with weights fitted, not picked by hand.

Why: the rule's cues (people_names_score, people_names_context) are phrases the rules were tuned with, and a fit
over them learns those phrasings, not the idea: each round lifted the training sets to ~1.0 and posts nobody tuned
on by a few points. These features are not chosen: every lower-cased word and word pair in a small window left and
right of the candidate, the candidate itself replaced by its shape (Xx, X., XX, x), where it stands in its
sentence, and the longer words of its line. Their weights are fitted with the rule's features by
scripts/train_name_scorer under a strong L2 penalty, so a word counts only when many labelled candidates agree on
it, and a word never seen in training weighs nothing.

The work per candidate is bounded (WINDOW characters each side, on its line), so the rule stays linear in the
text's length; the keys are a set, and the score is summed with math.fsum, so the same text gets the same score
in every process.
"""

from __future__ import annotations

import re

WINDOW = 60  # characters each side read for the adjacent words
WIDE = 100  # characters each side read for the line's longer words
NEAR = 3  # words each side kept as a bag
PREFIX = "ctx:"  # the keys' prefix in guardrails/data/name_weights.tsv

# Words (letters, digits, apostrophes inside) and the punctuation that says something about a name: a comma after a
# vocative, a colon after a heading, a parenthesis around a credential. No '#' (it starts a comment in the file).
TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?|[,.:;!?()\"\u2014\u2013-]")
LONG_WORD = re.compile(r"[^\W\d_]{4,}")
SENTENCE_END = ".!?:;\n"


def _line_before(lower: str, start: int, width: int) -> str:
    begin = max(0, start - width)
    line = lower.rfind("\n", begin, start)
    return lower[(line + 1 if line >= 0 else begin) : start]


def _line_after(lower: str, end: int, width: int) -> str:
    stop = lower.find("\n", end, end + width)
    return lower[end : stop if stop >= 0 else end + width]


def shape(text: str) -> str:
    """The candidate's words as shapes: "Dana Whitfield" -> Xx_Xx, "J. Okafor" -> X._Xx, "RASHIDA" -> XX."""
    shapes: list[str] = []
    for word in text.split()[:4]:
        letters = word.strip(".,'")
        if not letters:
            continue
        if len(letters) == 1 and word.endswith("."):
            shapes.append("X.")
        elif not letters[:1].isupper():
            shapes.append("x")
        elif len(letters) > 1 and letters.isupper():
            shapes.append("XX")
        else:
            shapes.append("Xx")
    return "_".join(shapes) or "none"


def context_keys(text: str, lower: str, start: int, end: int) -> frozenset[str]:
    """The learned features of the candidate at [start, end) of `text` (`lower`: its lower-cased copy, same
    offsets). Each key names where a word stands: l1/r1 right next to the candidate, lb/rb the pair of words next
    to it, l/r within NEAR words, w a longer word of its line, sh its shape, pos its place in the sentence."""
    left = TOKEN.findall(_line_before(lower, start, WINDOW))[-NEAR:]
    right = TOKEN.findall(_line_after(lower, end, WINDOW))[:NEAR]
    keys = {f"sh:{shape(text[start:end])}"}
    keys.add(f"l1:{left[-1]}" if left else "l1:^")
    keys.add(f"r1:{right[0]}" if right else "r1:$")
    if len(left) > 1:
        keys.add(f"lb:{left[-2]}_{left[-1]}")
    if len(right) > 1:
        keys.add(f"rb:{right[0]}_{right[1]}")
    keys.update(f"l:{w}" for w in left)
    keys.update(f"r:{w}" for w in right)
    before = lower[max(0, start - 8) : start].rstrip(" \"'([*")
    if (not before and start < 8) or (before and before[-1] in SENTENCE_END):
        keys.add("pos:first")
    wide = _line_before(lower, start, WIDE) + " " + _line_after(lower, end, WIDE)
    keys.update(f"w:{w}" for w in LONG_WORD.findall(wide))
    return frozenset(keys)
