"""Words for retrieval: one tokenizer for the guide and the question, so that both meet on the same terms.

Staff ask in their own words ("how often", "tweet", "patient info") while the guide says "frequency",
"X (Twitter)", "PHI". Phrases are folded to a canonical word first, then single words are stemmed lightly
and mapped through a synonym table. The same function runs over the guide and over the question, so a
synonym only has to be listed once.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

# Multi-word phrases -> the canonical word(s) that stand for them. Applied to lower-cased text before
# tokenizing. Order matters only where one phrase contains another: longer first.
PHRASES: tuple[tuple[str, str], ...] = (
    ("protected health information", "phi"),
    ("protected healthcare information", "phi"),
    ("personal health information", "phi"),
    ("patient information", "phi patient"),
    ("patient info", "phi patient"),
    ("patient data", "phi patient"),
    ("patient details", "phi patient"),
    ("patient's details", "phi patient"),
    ("medical record number", "mrn"),
    ("1-star", "negative review"),
    ("one-star", "negative review"),
    ("one star", "negative review"),
    ("low rating", "negative review"),
    ("better than", "compare"),
    ("worse than", "compare"),
    ("another hospital", "competitor"),
    ("other hospitals", "competitor"),
    ("across town", "competitor"),
    ("e-mail", "email"),
    ("how often", "frequency"),
    ("talk about", "post"),
    ("cdc", "health organizations partners"),
    ("nih", "health organizations partners"),
    ("verbally agree", "consent"),
    ("verbal consent", "consent"),
    ("verbal permission", "consent"),
    ("verbally", "consent"),
    ("how long until", "time"),
    ("medical details", "phi"),
    ("health details", "phi"),
    ("personal details", "phi"),
    ("types of posts", "content perform"),
    ("kinds of posts", "content perform"),
    ("types of content", "content perform"),
    ("kinds of content", "content perform"),
    ("type of content", "content perform"),
    ("posting schedule", "frequency post"),
    ("posting frequency", "frequency post"),
    ("new law", "politics"),
    ("first name", "name"),
    ("last name", "name"),
    ("full name", "name"),
    ("direct message", "message"),
    ("private message", "message"),
    ("pr crisis", "crisis"),
    ("public relations", "communication"),
    ("counts as", " "),
    ("count as", " "),
    ("considered", " "),
    ("how frequently", "frequency"),
    ("how many times", "frequency"),
    ("how many posts", "frequency post"),
    ("how many tweets", "frequency twitter"),
    ("times per week", "times per week frequency"),
    ("times per day", "times per day frequency"),
    ("posts per week", "posts per week frequency"),
    ("posts per day", "posts per day frequency"),
    ("tweets per day", "tweets per day frequency"),
    ("a week", "per week"),
    ("a day", "per day"),
    ("every single day", "daily"),
    ("each and every day", "daily"),
    ("every day", "daily"),  # "checked every day" is what the guide does "daily" (a rate, not a day)
    ("first step", "start"),  # "the first step of a strategy" is what the guide says to "start with"
    ("response time", "respond responsetime"),
    ("response window", "respond responsetime"),
    ("how fast", "responsetime"),
    ("how quickly", "responsetime"),
    ("how soon", "responsetime"),
    ("how long do we have", "responsetime"),
    ("turnaround", "responsetime"),
    ("success story", "testimonial story"),
    ("success stories", "testimonial story"),
    ("patient story", "testimonial story"),
    ("patient stories", "testimonial story"),
    ("take down", "delete"),
    ("come out of", "delete"),
    ("get rid of", "delete"),
    ("key performance indicator", "kpi"),
    ("key performance indicators", "kpi"),
    ("return on investment", "roi"),
    ("click-through rate", "ctr"),
    ("click through rate", "ctr"),
    ("click thru rate", "ctr"),  # chat's spelling
    ("click-thru rate", "ctr"),
    ("food and drug administration", "fda"),
    ("linked in", "linkedin"),
    ("you tube", "youtube"),
    ("fake news", "misinformation"),
    ("false information", "misinformation"),
    ("health myths", "misinformation"),
    ("brand ambassador", "advocacy"),
    ("brand ambassadors", "advocacy"),
    ("employee advocacy", "advocacy"),
    ("content mix", "mix"),
    ("friend request", "befriend"),
    ("friend a", "befriend"),
    ("friend my", "befriend"),
    ("friend our", "befriend"),
    ("friend patients", "befriend patients"),
    ("be friends with", "befriend"),
    ("add as a friend", "befriend"),
    ("60/25/15", "mix 60 25 15"),
    ("share of", "percent"),  # "what share of posts": a proportion, not sharing a post
    ("breaking news", "news emerging"),  # the guide's calendar says "emerging topics"
    # What a post or an account should hold, and how it is doing: content and performance in the guide's words.
    ("be about", "content"),
    ("what to post", "content"),
    ("what to tweet", "twitter content"),
    ("pays off", "roi"),  # "when does social pay off": the return on investment
    ("pay off", "roi"),
    ("paid off", "roi"),
    ("worth the money", "roi"),
    ("worth the investment", "roi"),
    ("over and over", "repetitive"),
    ("again and again", "repetitive"),
    ("get back to", "respond"),
    ("goes dark", "dormant"),
    ("go dark", "dormant"),
    ("went dark", "dormant"),
    ("ask me anything", "q&a"),
    ("bad press", "crisis"),
    ("pr disaster", "crisis"),
    ("marketing firm", "agency"),
    ("media firm", "agency"),
    ("outside firm", "agency"),
    ("pr firm", "agency"),
    ("saved replies", "template"),
    ("saved responses", "template"),
    ("date of birth", "birth date"),
    ("check-ins", "checkin location"),  # a location check-in, however it is spelled
    ("check-in", "checkin location"),
    ("checking in", "checkin location"),
    ("check in", "checkin location"),
    ("down the road", "competitor"),  # "the hospital down the road": a competitor
    ("across the street", "competitor"),
    ("nearby hospital", "competitor"),
    ("other hospital", "competitor"),
    ("competing hospital", "competitor"),
    ("editorial calendar", "calendar"),
    ("posting plan", "calendar"),
    ("reply time", "respond responsetime"),
    ("ugc", "user-generated content"),
    ("after hours", "business hours"),  # "do we answer after hours / at weekends": the guide's business hours
    ("after-hours", "business hours"),
    ("clap back", "argue"),
    ("fight back", "argue"),
    ("fire back", "argue"),
    ("hit back", "argue"),
    ("bringing in patients", "acquire patients"),  # the cost per patient acquired
    ("bring in patients", "acquire patients"),
    ("brings in patients", "acquire patients"),
    ("green light", "approve"),  # getting a post approved, in everyday idiom
    ("green-light", "approve"),
    ("run it by", "review approve"),
    ("run it past", "review approve"),
    ("hot-button", "sensitive"),
    ("hot button", "sensitive"),
    # Posting one thing again and again: the guide's repetitive promotions (spam).
    ("keep reposting", "repetitive post"),
    ("keep posting the same", "repetitive post"),
    ("reposting the same", "repetitive post"),
    ("repost the same", "repetitive post"),
    ("same promo", "repetitive promot"),
    ("same ad", "repetitive promot"),
    ("on repeat", "repetitive"),
    # Content someone else made: whether we hold the rights to it.
    ("someone else's", "rights"),
    ("somebody else's", "rights"),
    ("other people's", "rights"),
    ("we found online", "rights"),
    ("we found on", "rights"),
    ("we didn't make", "rights"),
    ("we didn't create", "rights"),
    ("from the internet", "rights"),
    ("from google images", "rights"),
    ("say about us", "listening"),  # what people say about us online is what social listening hears
    ("saying about us", "listening"),
    ("scare tactics", "fear"),
    ("hard sell", "pressure"),
    ("the same content", "identical content"),  # "same" is a stopword: the phrase keeps what it means
    ("the same thing", "identical content"),
    ("the same post", "identical post"),
    ("the same message", "identical message"),
    ("is doing", "performance"),
    ("are doing", "performance"),
    ("doing well", "performance"),
    # Asking whether something is acceptable: "is it fine to" is not a HIPAA fine.
    ("ok 2", " ok to "),  # chat's "2" for "to": "is it ok 2 post", not a figure
    ("okay 2", " ok to "),
    ("how 2", " how to "),
    ("is it fine", " ok "),
    ("it's fine", " ok "),
    ("is that fine", " ok "),
    ("be fine", " ok "),
    ("fine to", " ok to "),
    ("fine if", " ok if "),
    # Watching, in everyday idiom: what the guide calls monitoring.
    ("keep an eye on", "monitor"),
    ("keep tabs on", "monitor"),
    ("keep track of", "monitor"),
    ("stay on top of", "monitor"),
    # Removing a post or a review, in everyday idiom.
    ("taken down", "delete"),
    ("taken off", "delete"),
    ("take it down", "delete"),
    ("take it off", "delete"),
    ("pull down", "delete"),
    ("made up", "fraud"),
    ("made-up", "fraud"),
    # Compounds written as one word that the guide writes as two.
    ("clickbait", "click bait"),
    ("livestream", "live stream"),
    ("live-stream", "live stream"),
    ("co-worker", "colleague"),
    ("pre-written", "template"),
    ("stock replies", "template"),
    ("stock responses", "template"),
    ("sign off", "approve"),
    ("signs off", "approve"),  # "who signs off on what we post?": the verb's other forms too
    ("signing off", "approve"),
    ("sign-off", "approve"),
    ("signed off", "approve"),
    ("take part in", "participate"),
    ("poor eyesight", "accessibility"),
    ("poor vision", "accessibility"),
    ("visually impaired", "accessibility"),
    ("low vision", "accessibility"),
    ("hard of hearing", "accessibility"),
    ("star rating", "review"),
    ("works every time", "guarantee"),
    ("always works", "guarantee"),
    # Round 5 (issue #12 item 4): staff words for what the guide says otherwise.
    ("under the influence", "intoxicated"),  # the guide's phrase; "influence" alone is the influence of media
    ("a couple drinks", "intoxicated"),
    ("a couple of drinks", "intoxicated"),
    ("a few drinks", "intoxicated"),
    ("watch out for", "dont"),  # what to be careful of is what to avoid, not something to monitor
    ("look out for", "dont"),
    ("be careful", "dont"),
    ("in the shot", "photo background"),  # what else is in the picture: its background
    ("in the frame", "photo background"),
    ("in frame", "photo background"),
    ("in the picture", "photo background"),
    ("own personal account", "personal account"),  # staff's own accounts: the guide's personal social media
    ("own account", "personal account"),
    ("social chatter", "listening"),  # what people say online, heard by social listening
    # What happened at someone's visit is their patient details ("explain what happened at their appointment").
    ("their appointment", "phi patient"),
    ("her appointment", "phi patient"),
    ("his appointment", "phi patient"),
    ("their visit", "phi patient"),
    ("her visit", "phi patient"),
    ("his visit", "phi patient"),
    # Replying to someone who says they were treated here: whether we may confirm they were a patient.
    ("former patient", "confirm patient status"),
    ("past patient", "confirm patient status"),
    ("was a patient", "confirm patient status"),
    ("were a patient", "confirm patient status"),
    ("treated here", "confirm patient status"),
    ("their stay", "confirm patient status"),
    ("your stay", "confirm patient status"),
    ("her stay", "confirm patient status"),
    ("his stay", "confirm patient status"),
    ("sign-up", "signup"),  # email sign-ups are leads, not signing a consent form
    ("sign up", "signup"),
    ("form submission", "submission"),  # a contact form sent in, not a consent form
    ("kind of post", "content perform"),  # the singular forms of "kinds of posts"
    ("type of post", "content perform"),
    ("sort of post", "content perform"),
    ("kind of content", "content perform"),
    ("sort of content", "content perform"),
    ("post a lot", "post quantity"),  # how much to post: the guide's quality over quantity
    ("posting a lot", "post quantity"),
    ("post less", "post quantity"),
    ("posting less", "post quantity"),
    ("looks like", " "),  # appearance: "like" is not liking a post
    ("look like", " "),
    ("online chatter", "listening"),
)

# word -> canonical word. Keys are plain words; they are stemmed when the table is built.
SYNONYMS: dict[str, str] = {
    "percentage": "percent",
    "consultant": "consulting",  # one word family the suffix rules leave apart
    "grow": "increase",  # "expected to grow" is "expected to increase"
    "growth": "increase",
    "individuals": "people",
    "consultancy": "consulting",
    "compliant": "compliance",
    "troll": "negative",
    "trolls": "negative",
    "rude": "negative",
    "abusive": "negative",
    "hostile": "negative",
    "accessible": "accessibility",
    "disagree": "agree",
    "disagreement": "agree",
    "differ": "agree",
    "conflict": "agree",
    "examples": "example",
    "younger": "young",
    "regularly": "frequency",
    "update": "post",
    "updates": "post",
    "complaint": "negative",
    "complaints": "negative",
    "recognize": "recognition",
    "recognise": "recognition",
    "reward": "recognition",
    "rewards": "recognition",
    "preventive": "prevent",
    "prevention": "prevent",
    "preventative": "prevent",
    "checked": "review",
    "vetted": "review",
    "approved": "approve",
    "approval": "approve",
    "approvals": "approve",
    "tag": "name",
    "tagging": "name",
    "watch": "monitor",
    "diagnose": "diagnosis",
    "stats": "statistic",
    "statistics": "statistic",
    "figures": "statistic",
    "shouldn't": "dont",
    "don't": "dont",
    "don'ts": "dont",
    "never": "dont",
    "avoid": "dont",
    "mention": "post",
    "mentions": "post",
    "dm": "message",
    "dms": "message",
    "inbox": "message",
    "publicly": "public",
    "keep": "store",
    "storing": "store",
    "documentation": "document",
    "paperwork": "document",
    "form": "document",
    "used": "use",
    "uses": "use",
    "using": "use",
    "diagnoses": "diagnosis",
    "bad": "negative",
    "poor": "negative",
    "angry": "negative",
    "unhappy": "negative",
    "critical": "negative",
    "site": "platform",
    "website": "platform",
    "smaller": "small",
    "big": "large",
    "bigger": "large",
    "larger": "large",
    "tweet": "twitter",
    "tweeting": "twitter",
    "retweet": "twitter",
    "x": "twitter",
    "fb": "facebook",
    "ig": "instagram",
    "insta": "instagram",
    "reel": "instagram",
    "phi": "phi",
    "hipaa": "hipaa",
    "rating": "review",
    "ratings": "review",
    "yelp": "review",
    "comment": "review",
    "feedback": "review",
    "publish": "post",
    "share": "post",
    "posting": "post",
    "repost": "post",
    "reshare": "post",  # "can we just reshare it?": sharing again is reposting
    "cadence": "frequency",
    "frequently": "frequency",
    "often": "frequency",
    "daily": "frequency",
    "weekly": "frequency",
    "fined": "fine",
    "penalty": "fine",
    "penalties": "fine",
    "remove": "delete",
    "strip": "delete",
    "stripped": "delete",
    "anonymize": "delete",
    "anonymise": "delete",
    "redact": "delete",
    "scrub": "delete",  # "anything we need to scrub first?": what to remove
    "scrubbed": "delete",
    "erase": "delete",
    "hide": "delete",
    "permission": "consent",
    "authorization": "consent",
    "release": "consent",
    "picture": "photo",
    "image": "photo",
    "photograph": "photo",
    "selfie": "photo",
    "testimony": "testimonial",
    "reply": "respond",
    "replies": "respond",
    "response": "respond",
    "answer": "respond",
    "window": "time",
    "political": "politics",
    "legislation": "politics",
    "government": "politics",
    "president": "politics",
    "congress": "politics",
    "senator": "politics",
    "governor": "politics",
    "abortion": "politics",
    "immigration": "politics",
    "serious": "sensitive",
    "election": "politics",
    "partisan": "politics",
    "politician": "politics",
    "vote": "politics",
    "physician": "doctor",
    "clinician": "doctor",
    "employee": "staff",
    "ambassador": "advocacy",
    "advocate": "advocacy",
    "metric": "kpi",
    "kpis": "kpi",
    "measure": "kpi",
    "track": "kpi",
    "hashtags": "hashtag",
    "crises": "crisis",
    "emergency": "crisis",
    "humour": "humor",
    "joke": "humor",
    "funny": "humor",
    "meme": "humor",
    "rumor": "misinformation",
    "myth": "misinformation",
    "advertise": "promot",
    "advertising": "promot",
    "ad": "promot",
    "ads": "promot",
    "promotional": "promot",
    "promotion": "promot",
    "promote": "promot",
    "selling": "promot",
    "competition": "competitor",
    "comparison": "compare",
    "comparing": "compare",
    "rival": "competitor",
    "ratio": "mix",
    "proportion": "mix",
    "split": "mix",
    "pillar": "pillar",
    "theme": "pillar",
    "schedule": "calendar",
    "observance": "calendar",
    "cost": "budget",
    "spend": "budget",
    "price": "budget",
    "questionnaire": "survey",
    "identifier": "identifier",
    "identifying": "identifier",
    "identifiable": "identifier",
    "disclaim": "disclaimer",
    "video": "video",
    "vlog": "video",
    "footage": "video",
    # Everyday words for what the guide names otherwise.
    "kept": "store",  # "where should releases be kept": "keep" is "store" already
    "canned": "template",
    "boilerplate": "template",
    "scripted": "template",
    "quiet": "dormant",
    "inactive": "dormant",
    "abandoned": "dormant",
    "eyesight": "accessibility",
    "blind": "accessibility",
    "deaf": "accessibility",
    "disability": "accessibility",
    "disabilities": "accessibility",
    "disabled": "accessibility",
    "graphic": "visual",
    "graphics": "visual",
    "stuff": "content",
    "upset": "emotional",
    "emotion": "emotional",
    "emotions": "emotional",
    "frustrated": "emotional",
    "promo": "promot",
    "promos": "promot",
    "coworker": "colleague",
    "coworkers": "colleague",
    "fake": "fraud",
    "bogus": "fraud",
    "fraudulent": "fraud",
    "pic": "photo",
    "pics": "photo",
    "snapshot": "photo",
    "headshot": "photo",
    "pick": "choose",
    "select": "choose",
    "choosing": "choose",
    "copyright": "rights",
    "copyrighted": "rights",
    "viral": "trend",
    "trending": "trend",
    "join": "participate",
    "participation": "participate",
    "stars": "review",
    "rant": "negative",
    "rants": "negative",
    "haters": "negative",
    "misleading": "misinformation",
    "unproven": "misinformation",
    "pushy": "pressure",
    "salesy": "promot",
    "scare": "fear",
    "scary": "fear",
    "lawsuit": "liability",
    "sued": "liability",
    "sue": "liability",
    "liable": "liability",
    "incident": "crisis",
    "hiring": "recruit",
    "careers": "recruit",
    "endorsing": "endors",
    "champion": "advocacy",
    "champions": "advocacy",
    "creator": "influencer",
    "creators": "influencer",
    "sla": "responsetime",
    "leak": "breach",
    "leaked": "breach",
    "leaking": "breach",
    "religion": "sensitive",
    "religious": "sensitive",
    "sarcasm": "humor",
    "sarcastic": "humor",
    "defend": "defensive",
    "defending": "defensive",
    "block": "delete",
    "ban": "delete",
    "freelancer": "agency",
    "freelancers": "agency",
    "okr": "goal",
    "okrs": "goal",
    "educational": "educate",  # "educational posts" and "educate patients": the stemmer keeps "-al"
    "acquisition": "acquire",  # "cost per patient acquisition" and "cost per patient acquired"
    "controversy": "controversial",
    "controversies": "controversial",
    "asap": "responsetime",
    "complicated": "complex",  # "complicated medical topics": "complex medical concepts"
    "refresher": "train",  # a privacy refresher is training
    "refreshers": "train",
    "onboarding": "train",
    "birthday": "birth",
    "birthdays": "birth",
    "dob": "birth",
    "geotag": "location",
    "geotagging": "location",
    "geotagged": "location",
    "discussion": "discuss",  # the stemmer leaves "-ssion" alone ("mission" is not "miss")
    "discussions": "discuss",
    "talk": "discuss",  # "talk with a patient about their condition": "talk about" (post) is folded first
    "talking": "discuss",
    "spammy": "spam",
    "spamming": "spam",
    "hoax": "misinformation",
    "hoaxes": "misinformation",
    "vendor": "agency",
    "vendors": "agency",
    "contractor": "agency",
    "contractors": "agency",
    "outsource": "agency",
    "outsourcing": "agency",
    "selection": "choose",
    "disaster": "crisis",
    "scandal": "crisis",
    "backlash": "crisis",
    "surgeon": "doctor",
    "surgeons": "doctor",
    "sponsored": "paid",
    "silent": "dormant",
    "nasty": "negative",
    "harsh": "negative",
    "hateful": "negative",
    "waiver": "consent",
    "script": "template",
    "scripts": "template",
    "rhythm": "frequency",
    "app": "tool",
    "apps": "tool",
    "software": "tool",
    "doc": "doctor",
    "docs": "doctor",
    "weaker": "quality",  # weaker content, filler: posts of lower quality
    "filler": "quality",
    "mediocre": "quality",
    "volume": "quantity",
    "verbal": "consent",  # "a verbal ok", "verbal agreement": consent that is not written
    "drunk": "intoxicated",
    "tipsy": "intoxicated",
    "alcohol": "intoxicated",
    "drinking": "intoxicated",
}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS: frozenset[str] = _words(
    """a about above after again against all am an and any are as at be because been before being below
    between both but by could did do does doing down during each few for from further had has have having he
    her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor
    not now of off on once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours yourself yourselves
    can may might must shall also get got let lets us okay ok please tell know want need ever something
    anything thing things go going say says said s t d ll m re ve someone somebody anyone anybody left leave
    leaves wrote write writes writing matter matters really actually just lot lots kind sort fight combat tackle counter
    deal ideal recommended recommend exactly every
    formula calculate calculated compute define definition meaning
    expect expected many much bring find include includes contain similar give list
    wants wanted first new just really got gets somebody whether upcoming tells
    idea ideas won't can't cannot isn't aren't doesn't didn't wouldn't couldn't wasn't weren't we'll we're i'm
    i've we've they're you're
    hey hi hello lol lmao haha btw fyi pls plz thx tbh imo imho idk omg
    wat wut whats u ur r rn tho thru ya yall y'all gonna wanna gotta kinda sorta smh ngl"""
)

# Words that appear in almost any question to CarePost and say nothing about which rule is meant. They
# still count for ranking, but not when deciding whether the guide really answers the question.
GENERIC: frozenset[str] = _words(
    """social media hospital guide policy rule organization team allow ok best good way right use using do
    make okay account page platform network online healthcare health care used uses still general time apply
    applies role roles purpose point handle handling normal typical usual show
    shows tell explain work working worth benefit benefits useful aim aiming
    happen happens happened hit hits goes went gone come comes coming seem seems try trying tries look
    looking bother bothering"""
)

# Who or where a question is about, not what it asks: "can I friend a patient on Facebook?" is about
# befriending; a section that only shares "patient" and "Facebook" with it does not answer it.
CONTEXT: frozenset[str] = _words(
    """patient patients facebook twitter instagram linkedin youtube tiktok post posts staff doctor doctors nurse
    nurses physician physicians employee employees clinic practice hospital hospitals people someone"""
)

_TOKEN = re.compile(r"[a-z0-9]+(?:['\u2019][a-z]+)?")
_WS = re.compile(r"\s+")


# Words the suffix rules would merge with an unrelated word ("rating" with "rate", "dose" with "dos").
_IRREGULAR: dict[str, str] = {
    "rating": "rating",
    "ratings": "rating",
    "dose": "dose",
    "doses": "dose",
    "dosing": "dose",
    "dosage": "dose",
    "rights": "rights",  # image rights, usage rights: not the generic "right" of "the right way"
    "state": "state",  # a state's law, to state: not the "stat" of "stats" (a statistic)
    "states": "state",
    "stated": "state",
    "statement": "statement",  # a mission statement is no statistic either
    "statements": "statement",
}


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A light suffix stripper: enough to meet plurals and -ing/-ed forms, never so much as to merge words."""
    w = word
    if w.endswith(("'s", "\u2019s")):
        w = w[:-2]
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3 or w.isdigit():
        return w
    for suffix, repl, min_len in (
        ("ies", "y", 5),
        ("ysis", "yz", 6),  # "analysis" meets "analyzed" and "analyse" (the z/s spellings meet below)
        ("yses", "yz", 6),
        ("sses", "ss", 5),
        ("ness", "", 7),
        ("ments", "", 10),
        ("ment", "", 9),
        ("ation", "at", 8),
        ("ing", "", 6),
        ("ed", "", 5),
        ("s", "", 4),
    ):
        if w.endswith(suffix) and len(w) >= min_len and not (suffix == "s" and w.endswith(("ss", "us", "is"))):
            w = w[: -len(suffix)] + repl
            if suffix in ("ing", "ed") and _short_syllable(w):
                w += "e"  # "caring", "rated", "hoping" meet "care", "rate", "hope", which keep their e
            break
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "slz" and not w[-1].isdigit():
        w = w[:-1]
    if len(w) > SHORT_WORD and w.endswith("e") and not w.endswith("ee"):
        w = w[:-1]  # "handle" and "handling" meet at "handl"
    return w[:-2] + "yz" if w.endswith("ys") else w  # British and American spellings: "analys" is "analyz"


# A word of this many letters keeps its final e: without it "cute" is "cut", "care" is "car", "hope" is "hop",
# "note" is "not" and "fire" is "fir", other words. Its -ing and -ed forms get the e back (_short_syllable).
SHORT_WORD = 4
_VOWELS = "aeiouy"


def _short_syllable(stem_: str) -> bool:
    """Whether what is left of an -ing or -ed word is one short syllable that lost its e ("car" of "caring",
    "rat" of "rated"): consonant, vowel, consonant (not w, x or y, which never end a silent-e word: "fixed",
    "saying"). A doubled consonant ("cutting", "tagged") is not: there was no e."""
    return (
        len(stem_) == SHORT_WORD - 1
        and stem_[0] not in _VOWELS
        and stem_[1] in _VOWELS
        and stem_[2] not in _VOWELS + "wx"
        and stem_.isalpha()
    )


@lru_cache(maxsize=1)
def _synonym_table() -> dict[str, str]:
    table = {stem(k): stem(v) for k, v in SYNONYMS.items()}
    for word, canonical in thesaurus_words():
        term = table.get(stem(canonical), stem(canonical))
        table.setdefault(stem(word), term)  # the table in this file wins where both list a word
    return table


THESAURUS = Path(__file__).with_name("thesaurus.txt")


@lru_cache(maxsize=1)
def _thesaurus() -> tuple[tuple[str, str], ...]:
    """(word or phrase, canonical word) pairs of the thesaurus data file (its header says what belongs there)."""
    pairs: list[tuple[str, str]] = []
    for line in THESAURUS.read_text(encoding="utf-8").splitlines():
        canonical, sep, words = line.partition(":")
        if line.startswith("#") or not sep:
            continue
        pairs += [(w.strip().lower(), canonical.strip().lower()) for w in words.split(",") if w.strip()]
    return tuple(pairs)


def thesaurus_words() -> list[tuple[str, str]]:
    """The thesaurus's single words, each with its canonical word."""
    return [(w, c) for w, c in _thesaurus() if " " not in w and "-" not in w]


@lru_cache(maxsize=1)
def all_phrases() -> tuple[tuple[str, str], ...]:
    """PHRASES, then the thesaurus's phrases (a space or hyphen inside) longest first: the hand-ordered phrases
    of this file fold first, so a thesaurus phrase never splits one of them."""
    extra = sorted(((w, c) for w, c in _thesaurus() if " " in w or "-" in w), key=lambda p: -len(p[0]))
    return (*PHRASES, *extra)


# A stated response window ("within 24 hours", "within the first hour", "within a day") is what "how fast"
# asks for.
_WINDOW = re.compile(r"\bwithin (?:the )?(?:first )?(?:\d+(?:-\d+)? |an? |one )?(?:hours?|minutes?|days?)\b")
# A stated rate in the guide ("quarterly training") is what "how often" asks for. Guide side only: a question
# that says "quarterly revenue" is not asking how often.
_RATE = re.compile(r"\b(?:quarterly|monthly|annually|every (?:day|week|month|quarter|year))\b")


# "... from the clinic account, fine?": a trailing ask for leave, not a penalty (the phrases need a word's edge
# before them, and a comma follows a word).
_TRAILING_LEAVE = re.compile(r",\s*(?:fine|alright|all right)\?\s*$")


# "nobody has posted since.", "since then": since as an adverb, a time of the story with nothing after it (not
# "since 2013", "since what year", which name the time asked about).
_SINCE_THEN = re.compile(r"\bsince(?: then)?(?=\s*(?:[.,;:!?]|$))")


# "people keep asking", "we keep posting": keep as go on doing, not keep as store (the synonym table's keep).
_KEEP_DOING = re.compile(r"\bkeeps? (?=[a-z]+ing\b)")


def fold_phrases(text: str) -> str:
    low = _WS.sub(" ", text.lower().replace("\u2019", "'").replace("%", " percent "))
    low = _WINDOW.sub(lambda m: f"{m.group(0)} responsetime", low)  # before "a day" is read as a rate
    low = _TRAILING_LEAVE.sub(" ok?", low)
    low = _SINCE_THEN.sub(" ", low)
    for phrase, repl in all_phrases():
        if phrase in low:
            low = re.sub(rf"(?<![a-z0-9]){re.escape(phrase)}(?:s|es)?(?![a-z0-9])", f" {repl} ", low)
    return _KEEP_DOING.sub("", low)  # after the phrases: "keep posting the same" is a phrase of its own


def tokens(text: str, *, keep_stopwords: bool = False, guide: bool = False) -> list[str]:
    """Canonical terms of a text, in order, stopwords dropped. `guide` marks the guide's own text, where a
    stated rate also counts as a frequency."""
    table = _synonym_table()
    out: list[str] = []
    folded = fold_phrases(text)
    if guide:
        folded = _RATE.sub(lambda m: f"{m.group(0)} frequency", folded)
    for found in _TOKEN.findall(folded):
        raw = found[:-2] if found.endswith("'s") else found
        if not keep_stopwords and raw in STOPWORDS:
            continue
        s = stem(raw)
        if not keep_stopwords and s in _stopword_stems():
            continue  # "defined", "defining": the forms of a stopword ("define") are stopwords too
        out.append(table.get(s, s))
    return out


@lru_cache(maxsize=1)
def _stopword_stems() -> frozenset[str]:
    """The stems of the longer stopwords (a short one's stem would catch unrelated words: "us" is not "use")."""
    return frozenset(stem(w) for w in STOPWORDS if len(w) > 4)


@lru_cache(maxsize=1)
def _generic_terms() -> frozenset[str]:
    table = _synonym_table()
    return frozenset(table.get(stem(w), stem(w)) for w in GENERIC)


@lru_cache(maxsize=1)
def _context_terms() -> frozenset[str]:
    table = _synonym_table()
    return frozenset(table.get(stem(w), stem(w)) for w in CONTEXT)


def is_context(term: str) -> bool:
    """Whether a canonical term names who or where a question is about (a patient, a platform, staff)."""
    return term in _context_terms()


def is_generic(term: str) -> bool:
    """Whether a canonical term (as `tokens` gives it) says nothing about which rule is meant."""
    return term in _generic_terms()


@lru_cache(maxsize=1)
def _concepts() -> frozenset[str]:
    """The canonical terms staff words are folded to (the synonym table's and the phrases' targets): the
    domain's own concepts, which a guide uses for its rules ("quiet" and "inactive" are "dormant")."""
    table = _synonym_table()
    phrased = {t for _, repl in all_phrases() for t in tokens(repl)}
    return frozenset(set(table.values()) | phrased) - _generic_terms() - _context_terms()


def is_concept(term: str) -> bool:
    """Whether a canonical term is one the synonym table or a phrase folds staff words to."""
    return term in _concepts()
