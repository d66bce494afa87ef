"""What kind of answer a question wants, from its opening words: a figure (how often, how fast, how much,
which), a yes or no (can we, is it ok, should we), or a procedure (what do we do, how do we handle).

A question that wants a figure or a yes/no is answered by the sentences that hold its terms; anything else
in the section is filler. A question that wants a procedure is answered by the steps, which rarely repeat
the question's words, so a short section is quoted whole (led by the sentence that matches best).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from bot.policy.medical import names_health_matter
from bot.policy.text import tokens


class Kind(StrEnum):
    FREQUENCY = "frequency"
    LENGTH = "length"
    SPEED = "speed"
    AMOUNT = "amount"
    EFFECT = "effect"  # "does replying to reviews change our rating?": whether it makes a difference, with the evidence
    PICK = "pick"  # "which platform has the most users": one thing, the best or the most of something
    WHICH = "which"
    PERMISSION = "permission"
    PROCEDURE = "procedure"
    OTHER = "other"


# A verdict asked on what the question told ("big deal?", "is that bad?", "harmless right?", "thoughts?", "good
# idea?"): a yes or no on whether the plan or the situation is all right, in chat's words. The words ask for a
# verdict and name no topic: "bad" is no negative review, "problem" no rule of the guide.
_VERDICT_WORDS = (
    r"big deal|(?:a |any |an )?(?:(?:policy|compliance|legal|hipaa|real|big|huge) )?(?:problems?|issues?|concerns?)|"
    r"bad|ok|okay|fine|cool|alright|all right|"
    r"(?:a )?(?:good|bad|smart|dumb) (?:idea|move|look)|harmless|allowed|kosher|legit|smart|wise|risky|safe|"
    r"(?:hurt|harm) us|(?:a )?no-go|thoughts|yay or nay|good or bad|acceptable|appropriate|matter"
)
_VERDICT = (
    rf"(?:so |but |and )?(?:(?:is|would|does|will|could|can) (?:that|this|it) (?:be )?)?(?:a |such a |really a )?"
    rf"(?:{_VERDICT_WORDS})(?: right| or not| or no| though| tho)?\s*[?!.]*$"
)
_VERDICT_ASK = re.compile(f"^{_VERDICT}")
# ...closing the question, as its own sentence or after a comma or a dash (when the split found no ask: "does
# that matter?" has no term of its own)
_VERDICT_TAIL = rf"(?:^|[.!?,;:]\s+|\s[-\u2013\u2014]\s+){_VERDICT}"
# "wat do", "what's the playbook", "what's supposed to happen now": asking for the steps, in chat's words.
_STEPS_ASK = (
    r"\b(?:wat|wut|what) do\s*[?!.]*$|\bwhat is the (?:playbook|plan|protocol|move|drill|process)\b|"
    r"\bsupposed to (?:happen|do)\b|\bnext steps?\b"
)
# "... The coordinator wants to reply with what she'd do. Should she?": leave asked in a closing sentence of its own.
_LEAVE_TAIL = r"[.!?]\s+(?:can|could|may|should|must) (?:she|he|they|we|i|it|you)\b[^.!?]*\?\s*$"
# "fine to run?", "we good to repost it?", "ok 2 post?": leave asked in chat's words.
_CHAT_LEAVE = r"^\s*(?:(?:are|r) )?(?:we|i) good to\b|^\s*(?:fine|cool|safe|alright|good) to\b"

# "Does replying to reviews actually change our star rating?", "what's the payoff if we answer reviews?": whether
# doing something makes a difference is answered by the evidence that it does (a figure: "a 4.5-star average"),
# not by the rules on doing it, though the question opens like a yes/no.
_OUTCOME = (
    r"(?:rating|ratings|stars?|scores?|engagement|satisfaction|reach|followers|bookings|appointments|trust|results|roi)"
)
_EFFECT_ASK = (
    r"^\s*(?:does|do|did|will|would)\b.*\b(?:change|move|affect|impact|improve|boost|raise|lift|hurt)s?"
    rf"(?: \w+){{0,2}} (?:{_OUTCOME}|numbers|anything|much)\b|"
    rf"\bmatters? (?:for|to) (?:\w+ ){{0,2}}{_OUTCOME}\b|"  # "data showing it actually matters for our star rating"
    r"\b(?:payoff|pay-off|pay off|pays off|make (?:a|any) difference)\b"
)

# First match wins: "how often" before the "how do/should" of a procedure.
_PATTERNS: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    (
        Kind.FREQUENCY,
        re.compile(r"\b(how often|how frequently|how many (times|posts|tweets)|cadence|per (day|week))\b"),
    ),
    (
        Kind.LENGTH,  # "how long should the caption be": a length, not a time ("how long do we have")
        re.compile(
            r"\bhow (long|short) (should|can|must|would|could|is|are) (the |a |an |our |my |their )?"
            r"[\w-]+( [\w-]+)? be\b"
            r"|\bhow (long|short) (is|are) (the |a |an |our )?(good |ideal |typical |best )?(post|caption|video|tweet|"
            r"reel|clip|title|headline|text|blog|article|story|stories|bio|hashtag)s?\b"
            r"|\bhow many (characters|words)\b|\b(character|word) (limit|count)\b"
        ),
    ),
    (Kind.SPEED, re.compile(r"\b(how (fast|quickly|soon|long)|response (time|window)|within)\b")),
    (
        Kind.PICK,  # before AMOUNT: "which platform has the largest user base" names one thing, no figure
        re.compile(r"^\s*(which|who)\b.*\b(most|least|best|worst|biggest|largest|smallest|highest|lowest|top|main)\b"),
    ),
    (Kind.EFFECT, re.compile(_EFFECT_ASK)),  # before AMOUNT: its "any data" is about the difference a thing makes
    (
        Kind.AMOUNT,
        re.compile(
            r"\b(how (much|many|large|big)|what ([\w-]+ ){0,2}(percentage|percent|share|proportion|rating|number|"
            r"figure|score|budget|cost|rate|fine|fines|penalty|penalties|fee|fees|price|ratio|mix|split|breakdown)|"
            r"normal|typical|average|any (?:numbers|data|stats|statistics|figures|evidence)|"
            r"(?:is|are) there (?:any )?(?:numbers|data|stats|statistics|evidence|research)|"
            r"benchmark|smallest|largest|highest|lowest|minimum|maximum)\b"
        ),
    ),
    (Kind.WHICH, re.compile(r"^\s*(which|who)\b")),
    (
        Kind.PROCEDURE,
        re.compile(rf"\b(what (do|should|can) (we|i)|how (do|should|can) (we|i)|what now|what to do)\b|{_STEPS_ASK}"),
    ),
    (
        Kind.PERMISSION,
        re.compile(
            r"^\s*(can|could|may|should|is it|are we|do we|does|must|is|are)\b|\b(allowed|ok|okay)\b|"
            r",\s*(fine|alright|all right)\?\s*$|"  # "... from the clinic account, fine?"
            rf"{_CHAT_LEAVE}|{_VERDICT_TAIL}|{_LEAVE_TAIL}"
        ),
    ),
)


@dataclass(frozen=True, slots=True)
class Question:
    """A question read once (read_question): its text, the story it tells and what it asks (split_ask), and the
    kind of answer it wants. Retrieval, ranking and extraction each need the split; reading it once and passing
    it down keeps them reading the same split and does the work once a question."""

    text: str
    story: str
    ask: str
    kind: Kind
    verdict: bool = False  # the ask only asks for a verdict on the story ("big deal?"): its words are no terms


# Either a question already read or its text: the functions below read the text when they are given one.
Asked = Question | str


def read_question(question: Asked) -> Question:
    """The question split into its story and its ask, with the kind of answer it wants (read from its ask first:
    a scenario's story, "A mom tagged us in her post.", does not say it; its closing question, "Can we reshare
    it?", does. The whole question decides when the ask alone does not tell)."""
    if isinstance(question, Question):
        return question
    story, ask = split_ask(question)
    kind = _kind_of(ask)
    verdict = bool(story) and _VERDICT_ASK.match(_chat_lower(ask)) is not None
    return Question(question, story, ask, _kind_of(question) if story and kind is Kind.OTHER else kind, verdict)


def question_kind(question: Asked) -> Kind:
    """The kind of answer the question wants (read_question)."""
    return read_question(question).kind


def _chat_lower(text: str) -> str:
    return text.lower().replace("\u2019", "'").replace("what's", "what is").strip()


def _kind_of(text: str) -> Kind:
    low = _chat_lower(text)
    for kind, pattern in _PATTERNS:
        if pattern.search(low):
            return kind
    return Kind.OTHER


# A scenario question tells a situation, then asks: "A mom tagged us in her post about her son's surgery. Can we
# reshare it?", "angry guy in the comments yelling about ER wait times, wat do". The story's words say what
# happened, in words no guide uses ("yelling", "wait times"); the ask says what is wanted. A sentence ends at
# . ! ? or a line break; inside the last sentence an ask may follow a comma, a dash or a colon, opened by the
# words that open a question.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=\S)|\n+")
_TAIL_ASK = re.compile(
    r"(?:,|\s[-\u2013\u2014]|:)\s+(?=(?:is|are|can|could|may|should|do|does|did|would|will|what|wat|whats|how|who|"
    r"which|when|where|any|anything|thoughts|ok|okay|fine|allowed|problem|good idea|right|big deal|cool|harmless|"
    r"bad idea|we good|yay or nay|legit|kosher)\b)",
    re.IGNORECASE,
)
# ...but only after a statement: a clause that opens with a question's word or a subordinator ("is replying to
# reviews worth it, any numbers", "before a survey comment goes up, which details come out") is the question.
_NOT_A_STORY = re.compile(
    r"^\s*(?:is|are|can|could|may|should|do|does|did|would|will|what|how|who|which|when|where|why|if|before|after|"
    r"once|while|for|to|in|on)\b",
    re.IGNORECASE,
)
MIN_ASK_TERMS = 1  # an ask with no term of its own ("Should she?", "Problem?") takes the sentence before it


def split_ask(question: str) -> tuple[str, str]:
    """(story, ask): the situation a question tells and what it asks, as parts of the question's own text. A
    plain question is all ask."""
    text = question.strip()
    cuts = [m.end() for m in _SENTENCE_BREAK.finditer(text)]
    last = cuts[-1] if cuts else 0
    if not _NOT_A_STORY.match(text[last:]):
        cuts += [last + m.start() for m in _TAIL_ASK.finditer(text[last:])]
    for cut in sorted(cuts, reverse=True):
        if len(tokens(text[cut:])) >= MIN_ASK_TERMS:
            return text[:cut].strip(), text[cut:].strip(" ,:-\u2013\u2014")
    return "", text


def story_terms(question: Asked) -> frozenset[str]:
    """The terms only the story of a scenario question holds, not its ask (empty for a plain question)."""
    read = read_question(question)
    return frozenset(tokens(read.story)) - frozenset(tokens(read.ask)) if read.story else frozenset()


def wants_steps(question: Asked) -> bool:
    """Whether the answer is a procedure (or of a kind we cannot tell), so a short section is quoted whole."""
    return question_kind(question) in (Kind.PROCEDURE, Kind.OTHER)


# What a sentence that answers each kind of question holds: a rate, a time, a figure.
_ANSWER_SHAPES: dict[Kind, re.Pattern[str]] = {
    Kind.FREQUENCY: re.compile(
        r"\b(daily|weekly|monthly|quarterly|annually|yearly|twice|once|per (day|week|month|year)|"
        r"\d+(-\d+)? (times|posts|tweets)|a (day|week|month))\b",
        re.IGNORECASE,
    ),
    Kind.SPEED: re.compile(r"\b(within|\d+(-\d+)? (hours?|minutes?|days?)|first hour|immediately)\b", re.IGNORECASE),
    Kind.AMOUNT: re.compile(r"\d"),
    # The difference it makes: a figure set against another or a rise ("a 4.5-star average against 3 stars", "a
    # 2.7% increase"), not any figure ("within 24 hours" says how fast, not what answering changes).
    Kind.EFFECT: re.compile(
        r"\d[^.;]*\b(?:against|compared|versus|vs|than|increases?|increased|higher|lower|rose|more likely)\b|"
        r"\b(?:increases?|increased|higher|lower|rose|more likely)\b[^.;]*\d",
        re.IGNORECASE,
    ),
    # "Which sites", "who are our audiences": the answer names several things, so it enumerates them.
    Kind.WHICH: re.compile(r",[^,]+,|;|\bsuch as\b|\be\.g\."),
    Kind.LENGTH: re.compile(
        r"\b(\d+(-\d+)? (characters?|words?|seconds?|minutes?)|brief|short|shorter|concise|to the point|long-form|"
        r"bite-sized)\b",
        re.IGNORECASE,
    ),
}


def has_answer_shape(kind: Kind, sentence: str) -> bool:
    """Whether a sentence holds what this kind of question asks for (a rate, a time, a figure)."""
    pattern = _ANSWER_SHAPES.get(kind)
    return pattern is not None and pattern.search(sentence) is not None


# The words that say which kind of answer is wanted rather than what it is about: in "how long should the
# caption be" the topic is the caption, and "long" would only pull in passages about long-form articles.
_ASKING_WORDS: dict[Kind, str] = {
    Kind.LENGTH: "long short length",
    # "does it move our rating": "move" is no topic ("move the conversation offline" does not answer it)
    Kind.EFFECT: "change move affect impact improve boost raise lift hurt payoff pay off difference",
}
_MEDICAL = tokens("medical")[0]
# Someone asking us, in a comment or a message: the health matter is their question, not our content.
_ASKED = re.compile(r"\b(ask\w*|questions?|comments?|repl\w*|respond\w*|answer\w*|dms?|messages?|inbox)\b", re.I)


# A story can tell an act the guide names in other words; the act's pattern brings in the guide's terms for it.
# Someone asking us whether a person is, or was, here ("asked whether their neighbour was brought into our ER",
# "wants to know if her coworker is staying on our cardiac floor", a comment saying "my dad is on your 4th floor,
# how is he doing?"): the guide's rule is never to confirm or deny that someone is a patient, whatever the story's
# words. An asking word or a comment addressed to us ("your floor") is needed: "if patients are in the room, can
# we film?" asks about filming, not about anyone's status.
_PLACE = r"(?:er|ed|icu|nicu|floor|ward|unit|hospital|clinic|emergency room|wing|room|beds?)"
_ASKS_IF_HERE = (
    r"\b(?:ask\w*|wants? to know|wondering|know)\s+(?:us\s+)?(?:whether|if)\s+(?:[\w']+\s+){1,3}"
    r"(?:is|was|were|are|has been|had been|got)\s+(?:still\s+)?(?:in|on|at|into|staying|admitted|brought|being|seen)\b"
    rf"[^.?!]*?\b(?:our|your|the)\s+(?:[\w-]+\s+){{0,2}}{_PLACE}\b|"
    rf"\b(?:my|his|her|their)\s+[\w-]+\s+(?:is|was)\s+(?:still\s+)?(?:in|on|at)\s+your\s+(?:[\w-]+\s+){{0,2}}{_PLACE}\b"
)
# Staff sharing the organization's content from their own accounts ("doctors and nurses to share our stuff from
# their own accounts", "clinicians to share hospital content from their own profiles"): what the guide calls staff
# advocacy (brand ambassadors), not staff's personal use of social media.
_SHARES_OURS_FROM_OWN = (
    r"\bshar\w* (?:our|the hospital'?s?|hospital|the clinic'?s?|clinic|the system'?s?) (?:[\w-]+ ){0,2}?"
    r"(?:stuff|content|posts?|updates|news|articles?)\b[^.?!]*?\b(?:from|on|to|via|with) "
    r"(?:their|his|her|your|my) own\b"
)
# Which numbers go in a report ("what numbers should go in the monthly social report", "putting together the
# monthly report, which numbers should be in it?"): the metrics to report are the guide's KPIs.
_NUMBERS = r"(?:which|what) (?:[\w-]+ ){0,2}?(?:numbers|stats|statistics|figures|metrics)"
_REPORT = r"(?:report|dashboard|deck)s?"
_REPORT_NUMBERS = rf"\b{_NUMBERS}\b[^.?!]*\b{_REPORT}\b|\b{_REPORT}\b[^?]*\b{_NUMBERS}\b"
# A case told with its details changed ("if I swap the patient's name and age, can I write up an unusual case",
# "a patient she treated, with the name changed"): the guide's rule on discussing specific cases, even with
# details changed, whatever the story's case is.
_DETAILS_CHANGED = (
    r"\b(?:chang\w*|swap\w*|alter\w*|disguis\w*|anonymi[sz]\w*)\b (?:[\w']+ ){0,3}?(?:names?|ages?|genders?|details?|"
    r"identity|initials)\b|\b(?:names?|ages?|genders?|details?)\b (?:[\w']+ ){0,2}?(?:changed|swapped|altered)\b"
)
# The whole feed given to promotion ("every post this month to push the new MRI suite", "basically every post is an
# ad for our new MRI suite"): the guide's rule against over-promotion, whatever the service.
_ALL_PROMOTION = (
    r"\b(?:every|all|each|only|nothing but)\b (?:[\w-]+ ){0,3}?(?:posts?|tweets?|content|feed)\b[^.?!]*?"
    r"\b(?:ads?|adverts?|advertis\w*|promo\w*|push\w*|plug\w*|sell\w*)\b"
)
# An agreement given by word of mouth ("a verbal OK from the patient", "the patient said out loud it's fine"):
# whether it is enough is answered by the rule that consent is written.
_SPOKEN_CONSENT = r"\b(?:verbal(?:ly)?|out loud|aloud|over the phone|by word of mouth)\b"
# Reposting what a person posted themselves ("a mom tagged us in her own post ... can we just reshare it?", "share
# his video ... we good to repost it?", "repost a patient's public Facebook post"): the rule is not to assume that
# what a patient shared publicly may be reposted ('assume' is the rule's own word in the guides). A re-share verb
# and a person's own post, video or story are both needed ("share our stuff from their own accounts" is advocacy).
_RESHARE = r"\b(?:repost\w*|reshar\w*|retweet\w*|regram\w*)\b"
_THEIR_POST = (
    r"\b(?:her|his|their|a patient'?s|the patient'?s)\s+(?:own\s+)?(?:public\s+)?(?:[\w-]+\s+)?"
    r"(?:post|video|story|photo|pic|tweet|reel)s?\b"
)
# Telling a patient's care in a reply to a review ("can I reply to a review and mention that we remember treating her
# knee?", "when I answer a bad review, can I mention the date they came in?"): the rule is never to include patient
# details in a reply to a review. A reply to a review and a detail of the visit are both needed.
_ANSWERING = r"\b(?:repl\w*|respon\w*|answer\w*)\b"
_REVIEW_REPLY = rf"{_ANSWERING}[^.?!]*\breviews?\b|\breviews?\b[^.?!]*{_ANSWERING}"
_VISIT_DETAIL = (
    r"\b(?:mention\w*|say|said|include|bring up|reference|explain|confirm|tell)\b[^.?!]*\b(?:treat\w*|came in|"
    r"visit\w*|appointment|admission|stay|diagnos\w*|procedure|surgery|what happened)\b"
)
# Something going wrong in public and a question what to have ready or who approves ("A water main burst and the ER
# is diverting ambulances ... nobody knows who signs off. What should we have had ready?", "a story about our ER
# went viral ... what's the playbook?"): the crisis communication plan (pre-approved templates, an approval chain).
_INCIDENT = (
    r"\b(?:went viral|gone viral|going viral|viral|burst|outage|breach|rumou?rs?|emergency|disaster|diverting|"
    r"lockdown|evacuat\w*|outbreak|shooting|explosion|scandal|lawsuit|recall)\b"
)
_READY_ASK = (
    r"\b(?:ready|prepared|on hand|in place|lined up|playbook|protocol)\b|\bsigns? off\b|\bsign-off\b|"
    r"\bwho (?:approves|okays|decides)\b"
)
# Someone hostile in our comments and a question how to answer ("angry guy in the comments yelling about ER wait
# times, wat do", "someone is trashing us in the comments ... how do we handle it?", "a grandma is flaming us on
# facebook, how should we reply"): the guides' steps for handling negative comments.
_HOSTILE = (
    r"\b(?:yell\w*|scream\w*|trash\w*|bash\w*|slam\w*|flam\w*|rant\w*|rag\w*|attack\w*|curs\w*|swear\w*|"
    r"angry|furious|irate|livid|hostile|troll\w*)\b"
)
_WHERE_SAID = r"\b(?:comments?|replies|thread|page|wall|facebook|instagram|twitter|x|online|us)\b"
_HOW_TO_ANSWER = (
    r"\b(?:wat do|what do we do|handle|how (?:do|should) we (?:reply|respond|answer)|"
    r"best way to (?:reply|answer|respond))\b"
)
_A_CASE = re.compile(r"\b(?:case|cases|patient|patients|patient's)\b", re.IGNORECASE)
# (pattern, the guide's words for what it tells, whether a patient or a case must be named too)
_TOLD_ACTS: tuple[tuple[re.Pattern[str], tuple[str, ...], bool], ...] = (
    (re.compile(rf"^(?=[\s\S]*{_RESHARE})(?=[\s\S]*{_THEIR_POST})", re.IGNORECASE), tuple(tokens("assume")), False),
    (re.compile(_ASKS_IF_HERE, re.IGNORECASE), tuple(tokens("is a patient")), False),
    (re.compile(_SHARES_OURS_FROM_OWN, re.IGNORECASE), tuple(tokens("staff advocacy")), False),
    (re.compile(_REPORT_NUMBERS, re.IGNORECASE), tuple(tokens("kpi")), False),
    (re.compile(_DETAILS_CHANGED, re.IGNORECASE), tuple(tokens("specific cases")), True),
    (re.compile(_ALL_PROMOTION, re.IGNORECASE), tuple(tokens("self-promotion")), False),
    (
        re.compile(rf"^(?=[\s\S]*{_HOSTILE}[^.?!]*{_WHERE_SAID})(?=[\s\S]*{_HOW_TO_ANSWER})", re.IGNORECASE),
        tuple(tokens("handling negative comments")),
        False,
    ),
    (
        re.compile(rf"^(?=[\s\S]*{_INCIDENT})(?=[\s\S]*(?:{_READY_ASK}))", re.IGNORECASE),
        tuple(tokens("crisis plan")),
        False,
    ),
    (
        re.compile(rf"^(?=[\s\S]*(?:{_REVIEW_REPLY}))(?=[\s\S]*{_VISIT_DETAIL})", re.IGNORECASE),
        tuple(tokens("patient details")),
        False,
    ),
    (re.compile(_SPOKEN_CONSENT, re.IGNORECASE), tuple(tokens("written consent")), True),
)


def _told_act_terms(text: str) -> list[str]:
    """The guide's terms for the acts a question tells in its own words (_TOLD_ACTS)."""
    out: list[str] = []
    for pattern, terms, needs_case in _TOLD_ACTS:
        if pattern.search(text) and (not needs_case or _A_CASE.search(text)):
            out += [t for t in terms if t not in out]
    return out


@lru_cache(maxsize=8)
def _asking_terms(kind: Kind) -> frozenset[str]:
    return frozenset(tokens(_ASKING_WORDS.get(kind, "")))


def question_terms(question: Asked) -> list[str]:
    """The question's terms for retrieval, without the words that only say what kind of answer it wants. A
    question that names a symptom, a condition or a drug ("a 'should I worry about this mole' comment") is
    about a medical question when someone asks it of us, which is how the guide names it: the term "medical"
    joins it. (A patient's post about their surgery is not: that one is about reposting.) An act the
    question tells in its own words brings in the guide's terms for it (_TOLD_ACTS): someone asking us whether a
    person is here asks us to confirm that they are a patient."""
    read = read_question(question)
    asking = _asking_terms(read.kind) | _verdict_terms(read)
    terms = [t for t in tokens(read.text) if t not in asking]
    if _MEDICAL not in terms and _ASKED.search(read.text) and names_health_matter(read.text):
        terms.append(_MEDICAL)
    terms += [t for t in _told_act_terms(read.text) if t not in terms]
    return terms


def _verdict_terms(read: Question) -> frozenset[str]:
    """The words of an ask that only asks for a verdict on the story ("big deal?", "is that bad?"), which the story
    itself does not use: they say a yes or no is wanted, not what about."""
    return frozenset(tokens(read.ask)) - frozenset(tokens(read.story)) if read.verdict else frozenset()


# A request to the assistant ("can you recommend a pizza place?") is no question whether we may do something.
_TO_THE_ASSISTANT = re.compile(r"^\s*(?:can|could|would|will) you\b")
# "Is the gift shop hiring?", "are the flu shots in yet?": a yes/no about how things are, not leave, unless a word
# of leave or a verdict is asked too ("is the new logo ok?"). An act opening it is judged ("is venting about a
# rough shift ... a problem"): that asks leave.
_STATE_OPENER = re.compile(r"^\s*(?:is|are|does|do) (?!it\b|we\b|i\b|that\b|this\b|there\b|our\b|my\b|[a-z]+ing\b)")
_LEAVE_WORD = re.compile(
    rf"\b(?:ok|okay|allowed|fine|cool|alright|all right|kosher|legit|appropriate|acceptable)\b|{_VERDICT_TAIL}"
)


def asks_leave(question: Asked) -> bool:
    """Whether the question asks if we may do something ("can we joke about hospital food?", "is it ok to tag
    the location?"): a yes/no that a rule answers, so a rule on what it asks about answers it though the rest
    of the question is context the guide never names (the food, the location)."""
    read = read_question(question)
    low = read.text.lower().replace("\u2019", "'")
    if read.kind is not Kind.PERMISSION or _TO_THE_ASSISTANT.search(low) is not None:
        return False
    return _STATE_OPENER.search(low) is None or _LEAVE_WORD.search(low) is not None
