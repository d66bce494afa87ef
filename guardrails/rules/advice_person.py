"""The structure behind advice.diagnosis for wordings no lead phrase foresaw: a person, a verdict, a condition.

A diagnosis says what ONE person has. Whatever the words, it is built from three parts in one clause:
- who: the reader or someone close to them ("you", "your kiddo", "your dad", "what Kwame has"), or one person's
  symptom ("the numbness in your thumb", "the patches around her nose"), or "that/it" in a sentence that is
  spoken to someone (a vocative "Sweetie,", ", buddy", a reply);
- a present-tense verdict: a copula or possession ("is", "'s got", "=", "means", "you're having") followed only
  by words of certainty or degree ("just", "textbook", "almost certainly", "a classic case of");
- a condition: a name from the health lexicon, a word with a disease ending, or a condition adjective
  ("dehydrated", "allergic", "pre-diabetic", "underactive").
Education keeps one of the parts out: a modal ("can be a sign of"), a population ("adults who have"), a
conditional ("if you have"), a question, a definition ("an infection of the ..."), or the past tense of a
patient's story ("her scan was clear"). Each condition looks back over a bounded window only: linear time.
"""

from __future__ import annotations

import re

from guardrails.rules.health_terms import words

# A present-tense verdict that ends right before the words of certainty and the condition. "'s" is "is" only after a
# pronoun or pointer ("that's gout"); after a noun it is a possessive ("your baby's jaundice is usually harmless").
VERDICT_COPULA_RE = re.compile(
    r"(?:\b(?:is|are|'re|has|have|has got|'s got|'ve got|have got|got|means|is having|are having|'re having|"
    r"'s having|es|son|tiene|tienes)|=|"
    r"(?:(?<=\bthat)|(?<=\bit)|(?<=\bhe)|(?<=\bshe)|(?<=\bthis)|(?<=\bwhat)|(?<=\bwho)|(?<=\bthere))'s)\s+$"
)
# Words allowed between the verdict and the condition: certainty, degree, articles.
CERTAINTY_GAP_WORDS = words(
    "a an the just probably prob definitely def likely most almost certainly clearly obviously classic textbook "
    "typical totally simply only pure plain straight-up full-blown early mild bad severe case of touch bit some "
    "same 100% really honestly basically pretty much sure surely for you've mild-to-moderate little un una"
)
GAP_MAX_WORDS = 5
# After the condition: a definition, a risk or an observance, not what a person has.
NOT_VERDICT_AFTER_RE = re.compile(
    r"[\s-]+(?:of|that|which|where|in which|caused|when|season|awareness|month|week|day|shots?|vaccines?|"
    r"screenings?|clinic|program|support|research|walk|run|survivors?|risk|patients?|care|center|team|specialists?|"
    r"doctors?|-free|free)\b"
)
# The subject of the verdict: a person, someone's symptom or body part, or a pointer at what was described.
PERSON_WORDS = words(
    "you your ur u yours you're youre you've youve ya yourself kiddo kid kids baby toddler son daughter husband "
    "wife partner mom dad mother father grandpa grandma grandmother grandfather boyfriend girlfriend sister "
    "brother he she his her him tu tus su usted nino nina hijo hija tuyo tuya boy boys hubby spouse grandson "
    "granddaughter nephew niece aunt uncle cousin roommate mum mama papa fiance fiancee stepson stepdaughter"
)
BODY_WORDS = words(
    "head face eye eyes ear ears nose mouth throat tongue teeth tooth gums jaw neck shoulder shoulders arm arms "
    "elbow elbows wrist wrists hand hands palm palms thumb thumbs finger fingers chest breast breasts back spine "
    "stomach belly tummy gut hip hips knee knees leg legs shin shins calf calves ankle ankles foot feet heel heels "
    "toe toes skin scalp cheek cheeks lips lip thyroid heart lungs lung kidney kidneys liver bladder bowels "
    "joints joint muscle muscles tendon tendons ligament ligaments meniscus acl mcl hamstring hamstrings quad quads "
    "achilles cuff groin nail nails groin pelvis ribs rib sinuses sinus "
    "blood sugar sugars pressure iron levels"
)
HYPOTHESIS_OPENERS = words("when whenever if")
THIRD_PERSON = words("he she they him them he's she's they're")
HAS_WORDS = words("has have got describing describe described feel feels felt means mean")
# "that", "it", "this", "what you're describing": a pointer whose referent the sentence's person supplies.
POINTER_WORDS = words("that that's thats it it's its this what those these")
# Words that make a subject a group or a hypothesis: education, not a verdict on one person.
NOT_ONE_PERSON_WORDS = words(
    "if whether unless once can could may might would should will do does did anyone someone everyone people "
    "adults children many most some who risk risks chance chances odds sign signs symptom symptoms cause "
    "causes types kinds common what's whats goal job question"
)
# A hypothesis before the verdict: "if you have a cold, you have a virus" tells no one what they have.
# "When" counts only where it opens the sentence ("wheezing when you run" describes a symptom).
HYPOTHESIS_BEFORE_RE = re.compile(r"\b(?:if|whether|unless|in case)\b|^\s*(?:[a-z]+,?\s+)?(?:when|whenever)\b")
CLAUSE_BREAK_RE = re.compile(r"[,;:(]|\s-\s|\s—\s|\bbut\b|\bso\b")
SUBJECT_REACH_CHARS = 140
# The words a verdict needs (a copula, a person or a pointer): texts with none skip the structure.
STRUCTURE_TOKENS = PERSON_WORDS | POINTER_WORDS | words("is are has have got means es son tiene tienes 's 're 've")
# Condition adjectives: "you're dehydrated", "your thyroid is underactive", "he's allergic".
CONDITION_ADJECTIVES = words(
    "allergic anemic anaemic diabetic prediabetic pre-diabetic asthmatic hypothyroid hyperthyroid dehydrated "
    "underactive overactive deficient intolerant infected inflamed fractured sprained dislocated herniated torn "
    "pinched impacted concussed jaundiced constipated lactose-intolerant gluten-intolerant anorexic bulimic "
    "bipolar hypoglycemic hyperglycemic hypertensive out-of-shape"
)
CONDITION_ADJECTIVE_RE = re.compile(  # (?=\w): every adjective starts with a word character (see MEDICATION_RE)
    r"(?=\w)\b(?:allergic|anaemic|anemic|(?:pre-?)?diabetic|asthmatic|hyp(?:o|er)thyroid|dehydrated|(?:under|over)active|"
    r"deficient|(?:lactose[- ]|gluten[- ])?intolerant|infected|inflamed|fractured|sprained|dislocated|herniated|torn|"
    r"pinched|impacted|concussed|jaundiced|constipated|anorexic|bulimic|bipolar|hypo(?:glycemic)|hyperglycemic|"
    r"hypertensive|out of shape)\b"
)
ADJECTIVE_GATE = CONDITION_ADJECTIVES | words("shape lactose gluten pre hypo")
INJURY_VERBS = words(
    "tore torn broke broken fractured sprained pulled strained dislocated cracked ruptured herniated bruised "
    "slipped pinched twisted"
)
# "you tore your meniscus", "you've pulled a muscle": an injury said to have happened to the reader.
INJURY_RE = re.compile(
    r"\b(?:you|u|you've|youve|you have)\s+(?:(?:probably|definitely|likely|just|most likely|totally|prob)\s+)?"
    r"(?:tore|torn|broke|broken|fractured|sprained|pulled|strained|dislocated|cracked|ruptured|herniated|bruised|"
    r"slipped|pinched|twisted)\s+(?:your|ur|a|an)\s+(?:[a-z-]+\s+)?(?P<part>[a-z-]+)\b"
)
# A sentence spoken to one person: a vocative at its start ("Sweetie,", "Honestly Dolores,", "Mr. Abernathy,") or
# its end (", buddy."), or a greeting word of endearment.
ENDEARMENTS = (
    r"sweetie|sweetheart|hon|hun|honey|friend|my friend|buddy|bud|girl|girlfriend|mama|momma|dude|bro|sis|pal|babe|"
    r"love|my dear|dear|mate|man|fam|amiga|amigo|mija|mijo"
)
VOCATIVE_END_RE = re.compile(rf",\s*(?:{ENDEARMENTS})\s*[.!?]*\s*$")
VOCATIVE_START_RE = re.compile(
    rf"^\s*(?i:(?:honestly|ay|hey|hi|hello|oh|ok|okay|so|well|yes|yeah|aw+|lol|omg|ugh|listen)[,!]?\s+)?"
    rf"(?:(?P<endear>(?i:{ENDEARMENTS}))\b[,!]?|(?i:(?:mr|mrs|ms|miss|mx|dr)\.?\s+)?(?P<name>[A-Z][a-z'-]+),)"
)
# "Replying to the mom in the comments:", "Re: the guy in the thread", "Draft reply for the DM": a reply to one.
REPLY_LEAD_RE = re.compile(
    r"^\s*(?:@\w+|re:|replying to|reply to|draft reply|in reply to|dm reply|answering\b|@ the\b"
    # a reply addressed in words: "To the commenter asking about ...:", "To Jess in the comments:", "To all the
    # parents asking:"
    r"|to (?:the |a |all the |all |everyone |everybody )?(?:[\w'-]+ ){0,3}?(?:commenters?|comments|asking|who asked|"
    r"who dm'?d|who messaged|who wrote in)\b)"
)


def is_vocative(sentence_text: str, lexicon_word: bool) -> bool:
    """Is the sentence (original case) spoken to one person by a vocative? `lexicon_word`: the first capitalised
    word is a health or common term (then "Heartburn, ..." is no name)."""
    if VOCATIVE_END_RE.search(sentence_text.lower()):
        return True
    found = VOCATIVE_START_RE.match(sentence_text)
    if found is None:
        return False
    if found.group("endear"):
        return True
    return found.group("name") is not None and not lexicon_word


def verdict_before(sentence: str, at: int) -> int | None:
    """Where the verdict before position `at` (the condition's start) begins, or None: a copula, then at most
    GAP_MAX_WORDS words of certainty. Sentence-relative offsets; the window is bounded."""
    low = max(0, at - 70)
    window = sentence[low:at]
    end = len(window)
    for _ in range(GAP_MAX_WORDS + 1):
        copula = VERDICT_COPULA_RE.search(window, 0, end)
        if copula is not None:
            return low + copula.start()
        head = window[:end].rstrip()
        cut = max(head.rfind(" "), head.rfind("\n")) + 1
        if not head or head[cut:].strip(",") not in CERTAINTY_GAP_WORDS:
            return None
        end = cut
    return None


def subject_clause(sentence: str, copula_at: int) -> str:
    """The stretch of the sentence before the verdict back to the last clause break (bounded)."""
    low = max(0, copula_at - SUBJECT_REACH_CHARS)
    start = low
    for brk in CLAUSE_BREAK_RE.finditer(sentence, low, copula_at):
        start = brk.end()
    return sentence[start:copula_at]


def one_person_subject(subject: str, addressed: bool, symptom_inside: bool) -> bool:
    """Is the verdict's subject one person, one person's symptom or body part, or a pointer in a sentence spoken
    to someone? `symptom_inside`: a symptom term lies inside the subject."""
    toks = [t.strip("'\".!?") for t in subject.split()]
    if not toks or toks[0] in HYPOTHESIS_OPENERS or any(t in NOT_ONE_PERSON_WORDS for t in toks):
        return False  # "when" opening the subject is a hypothesis; inside it ("the click when you squat") it is not
    if len(toks) > 1 and toks[-2] in HYPOTHESIS_OPENERS:
        return False  # "a waste of time when it's just a cold": the pointer is a hypothesis
    if any(t.endswith("'s") and t[:-2] in PERSON_WORDS for t in toks):
        return True  # "your husband's snoring is", "your kid's rash is": what one person has
    owned = any(t in PERSON_WORDS or (t.endswith("'s") and t not in POINTER_WORDS) for t in toks)
    person_last = toks[-1] in PERSON_WORDS or toks[-1].endswith("'s")
    body = any(t in BODY_WORDS for t in toks) or symptom_inside
    if toks[0] == "the" and addressed:
        return True  # "Sweetie, the burning after meals is reflux": a definite thing in a sentence to one person
    if toks[0] == "what" and toks[-1] in HAS_WORDS:
        return True  # "what Kwame has is", "what you're describing is"
    if person_last and toks[-1] in THIRD_PERSON:
        return addressed  # "she has type 1 diabetes" in a patient's story; in a reply about her, a verdict
    if person_last and toks[-1] not in ("your", "ur", "his", "her", "tu", "tus", "su"):
        return True  # "you're", "your husband has", "what Kwame has", "your little one's"
    if owned and body:
        return True  # "the numbness in your thumb", "the patches around her nose", "your thyroid"
    if toks[0] in POINTER_WORDS or toks[-1] in POINTER_WORDS:
        return addressed or owned
    return addressed and body


__all__ = [
    "ADJECTIVE_GATE",
    "BODY_WORDS",
    "CONDITION_ADJECTIVES",
    "CONDITION_ADJECTIVE_RE",
    "HYPOTHESIS_BEFORE_RE",
    "INJURY_RE",
    "INJURY_VERBS",
    "NOT_VERDICT_AFTER_RE",
    "PERSON_WORDS",
    "REPLY_LEAD_RE",
    "STRUCTURE_TOKENS",
    "SUBJECT_REACH_CHARS",
    "is_vocative",
    "one_person_subject",
    "subject_clause",
    "verdict_before",
]
