"""The features the advice model reads from one sentence: the idea of the wording, not the wording.

The advice patterns know the phrasings they were tuned on; unseen phrasings say the same thing with other words
about other medicines. So the model sees a sentence with its lexicon members replaced by their class (`<drug>`,
`<condition>`, `<symptom>`, `<procedure>`, a body part, a kind of care, an amount with a dose unit, a dosing
frequency, a number), as lower-case unigrams and bigrams, plus cues that decide whether a sentence is advice at
all: spoken to someone (second person, a reply), an imperative or a modal first word, a question or the answer to
one, a quotation, a population or a study, a pointer to a clinician. Every view is one pass over the sentence, so
the cost grows with the text's length and nothing else.

The model reads every sentence no pattern fired on, so this is the suite's hottest path: each pattern of this module
is searched only in sentences that hold one of the words all its matches need (the *_GATE sets: whole letter runs,
see `letter_runs`; CARE_RE, which the advice rules extend, has none), and a sentence's features are a function of
`sentence_key` alone, so the re-check of a fixed text reuses those of the sentences it still holds (advice_base.py,
`model_findings`).

The training script (scripts/train_advice_model.py) calls `sentence_features` too: train and run time read the
same features by construction.
"""

from __future__ import annotations

import re
from typing import cast

from guardrails.rules.advice_discourage import CARE_RE
from guardrails.rules.advice_person import BODY_WORDS
from guardrails.rules.base import Document, letter_runs
from guardrails.rules.health_terms import hits_in, sentences, words

# A lexicon kind -> the class token that stands for any of its members.
KIND_TOKENS: dict[str, str] = {
    "drug": "<drug>",
    "condition": "<condition>",
    "symptom": "<symptom>",
    "procedure": "<procedure>",
    "screening": "<screening>",
    "topic": "<topic>",
}
_NUMBER = (
    r"(?:\d+(?:[.,/]\d+)?(?:\s?(?:-|to)\s?\d+(?:\.\d+)?)?|one|two|three|four|five|six|half(?: an?)?|a half|an?|"
    r"una?|dos|tres|cuatro|media)"  # Spanish: "dos tabletas", "media pastilla", "una capsula"
)
DOSE_RE = re.compile(
    rf"\b{_NUMBER}\s?-?\s?(?:mg|milligrams?|mcg|micrograms?|ug|g|grams?|ml|cc|iu|units?|tsp|teaspoons?|tbsp|"
    r"tablespoons?|tabs?|tablets?|pills?|caps|capsules?|drops?|puffs?|sprays?|doses?|gummies|gummy|chewables?|"
    r"packets?|patch(?:es)?|lozenges?|softgels?|capfuls?|scoops?|spoonfuls?|dropperfuls?|"
    # Spanish (accents folded): "2 capsulas", "10 unidades", "media pastilla", "5 gotas", "una cucharadita"
    r"tabletas?|pastillas?|capsulas?|gotas?|cucharaditas?|cucharadas?|unidades|pildoras?)\b"
)
FREQUENCY_RE = re.compile(
    r"\bevery\s+(?:\d+|one|two|three|four|five|six|eight|twelve|few|couple of)(?:\s?(?:-|to)\s?\d+)?\s*"
    r"(?:hours?|hrs?|h)\b"
    r"|\b(?:once|twice|three times|four times|\d+\s?(?:x|times))\s+(?:a|per|each|every)\s+(?:day|night|week)\b"
    r"|\b(?:once|twice|\d+\s?x)\s+daily\b|\b(?:bid|tid|qid|prn|qhs|qd)\b"
    r"|\b(?:at bedtime|before bed|as needed|on an empty stomach|nightly|daily|a day|per day)\b"
    r"|\b(?:before|after|with) (?:each |every )?(?:meals?|breakfast|lunch|dinner|food)\b"
    # Spanish (accents folded): "cada 6 horas", "tres veces al dia", "en ayunas", "antes de dormir", "diario"
    r"|\bcada\s+(?:\d+|una|dos|tres|cuatro|seis|ocho|doce)\s*(?:horas?|hrs?)\b|\bveces al dia\b|\bal dia\b"
    r"|\ben ayunas\b|\bantes de (?:dormir|acostarse|cada comida)\b|\bpor la (?:noche|manana)\b|\bdiario\b"
)
_TOKEN_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[?!\"“”]")
SECOND_PERSON_RE = re.compile(
    r"\b(?:you|your|yours|yourself|u|ur|ya|y'all|you're|youre|you've|you'll"
    # Spanish: "tu nino", "te toca", "usted", "si tienes diabetes", "puedes dejar la insulina"
    r"|tu|tus|te|ti|usted|ustedes|tienes|puedes|debes|sientes)\b"
)
# Dismissing a complaint as something minor or named: "that's just hormones", "probably a phase", "es solo
# gastritis", "sounds like strep". Joined with a condition or symptom, it is the shape of a lay diagnosis.
DISMISSIVE_RE = re.compile(
    r"\b(?:just|only|nothing but|probably|prob|likely|sounds like|sounds to me like|looks like|seems like|"
    # Spanish 'solo' only where it means "only" ("es solo", "solo es", "solo un"): "no esta sola ni solo" is "alone"
    r"es solo|solo es|solo son|son solo|solo una?|nomas|nada mas|seguro|seguramente|probablemente|lang)\b"
)
# A verb that starts, stops or changes something, English, Spanish and Tagalog ("uminom"): joined with a drug,
# a dose or a kind of care it is the shape of a medication instruction or of care waved off.
ACTION_RE = re.compile(
    r"\b(?:take|stop|skip|switch|double|hold off|wait|don't bother|dont bother|ditch|cut|taper|quit|drop|pause|"
    r"halve|try|toma|tome|tomate|tomese|tomar|deja|deje|dejen|dejar|suspende|suspenda|prueba|pruebe|pongase|ponga|"
    r"dale|dele|uminom|inumin)\b"
)
FIRST_PERSON_RE = re.compile(r"\b(?:i|i'm|im|i've|my|me|we|our|us)\b")
KIN_RE = re.compile(
    r"\b(?:your|ur|his|her|their) (?:son|daughter|kid|kids|kiddo|baby|toddler|husband|wife|mom|dad|partner|boy|girl|"
    r"little one|mum|hubby)\b"
)
POPULATION_RE = re.compile(
    r"\b(?:adults|children(?!'s)|kids|teens|women|men|people|patients|seniors|infants|babies|everyone|anyone|"
    r"most|many|some)\b"
)
STUDY_RE = re.compile(
    r"\b(?:study|studies|trial|trials|researchers|research|guidelines?|recommends?|recommendations?|cdc|fda|"
    r"according to|experts?)\b"
)
ASK_CLINICIAN_RE = re.compile(
    r"\b(?:talk|speak|check|consult|ask|call|see)\w*\s+(?:to\s+|with\s+)?(?:your|a|the|our)\s+(?:doctor|dr|"
    r"provider|pharmacist|physician|care team|nurse|clinician|pediatrician|prescriber)s?\b|\bnurse line\b"
)
MODAL_RE = re.compile(r"\b(?:should|shouldn't|must|need to|needs to|have to|gotta|got to|ought to|better)\b")
NEGATION_RE = re.compile(r"\b(?:don't|dont|do not|never|no need|not|no)\b")
HEDGE_RE = re.compile(r"\b(?:can|may|might|could|often|usually|sometimes|if|when)\b")
# The kinds of advice the spent held-out sets missed on first sight, round after round, each a cue: the model joins
# it with what the sentence speaks of ("totally fine" AND a `<drug>`), so a new wording of the kind is read alike.
# A sure verdict: "no doubt about it", "full stop", "plain and simple", "textbook".
SURE_RE = re.compile(
    r"\b(?:no doubt|no question|full stop|for sure|definitely|def|classic|textbook|plain and simple|guaranteed|"
    r"trust me|hands down|for certain|certainly|obviously|percent|seen it a hundred times|sin duda|seguro que)\b"
)
# A permission given on a medicine or a care team's limit: "it's perfectly okay to go without", "safe", "fair game".
PERMISSION_RE = re.compile(
    r"\b(?:fine|okay|ok|alright|all right|safe|no big deal|no biggie|fair game|no problem|no worries|plenty|"
    r"good to go|you're good|youre good|ur good|no pasa nada|esta bien|not a big deal|nothing to worry)\b"
)
# A care team's instruction or limit ("the limit they gave", "the leaflet", "the discharge sheet", "the physio said")
# and the words that set it aside ("ignore", "overcautious", "nobody follows that", "pfft").
ORDER_RE = re.compile(
    r"\b(?:limit|limits|restriction|restrictions|rule|rules|leaflet|label|discharge|instructions|orders|ordered|"
    r"prescribed|said|told you|lifelong|sheet)\b"
)
DEFY_RE = re.compile(
    r"\b(?:ignore|forget|disregard|overcautious|overkill|outdated|old school|nobody follows|no one follows|"
    r"don't listen|dont listen|don't let|dont let|pfft|nonsense|overrated|pointless|silly|paranoid)\b"
)
# A first person's counsel to the reader: "if I were you I'd", "I wouldn't", "my advice".
COUNSEL_RE = re.compile(
    r"\b(?:if i were you|were i you|i'd|id just|i would|i wouldn't|i wouldnt|my advice|i'd just|yo que tu|"
    r"yo que usted)\b"
)
# Someone told to act on another: "tell him to stop", "have her take", "make him".
PROXY_RE = re.compile(r"\b(?:tell|have|make|get)\s+(?:him|her|them|your\s+[a-z]+)\s+(?:to\s+)?[a-z]+")
QUOTE_CHARS = frozenset('"“”«»')
REPLY_RE = re.compile(r"^\s*(?:@\w+|replying to|re:|reply to)")
# Words that open an imperative or a verdict: the first word is a feature of its own.
OPENING_WORDS = words(
    "take try stop quit skip just give use start double cut switch keep drop avoid don't dont no sounds that's "
    "thats it's its definitely probably honestly"
)

# Cues that mean more together than apart: a care team's instruction AND words setting it aside or allowing past it.
JOINED_CUES = (("defy", "order"), ("permission", "order"))

# Class tokens that are joined with every cue of their sentence ("you" AND a `<drug>`).
CONJOINED_CLASSES = ("<drug>", "<condition>", "<symptom>", "<dose>", "<freq>", "<care>", "<body>", "<procedure>")

# Gates: every match of a pattern holds one of its gate's words as a whole letter run (between non-letters), so a
# sentence whose letter runs hold none of them cannot match and skips the search. A word of an alternative counts
# when \b, white space or a character that is no letter stands on both of its sides in every match (`do` of "do
# not", `don` of "don't", `y` of "y'all"). A new alternative needs its word here too: tests/test_advice_features.py
# fuzzes each gate with its pattern's words.
_DOSE_UNITS = words(
    "mg milligram milligrams mcg microgram micrograms ug g gram grams ml cc iu unit units tsp teaspoon teaspoons "
    "tbsp tablespoon tablespoons tab tabs tablet tablets pill pills caps capsule capsules drop drops puff puffs spray "
    "sprays dose doses gummies gummy chewable chewables packet packets patch patches lozenge lozenges softgel softgels "
    "capful capfuls scoop scoops spoonful spoonfuls dropperful dropperfuls tableta tabletas pastilla pastillas capsula "
    "capsulas gota gotas cucharadita cucharaditas cucharada cucharadas unidades pildora pildoras"
)
# A unit stands alone ("5 mg", "5mg": a digit is no letter) or glued to a number word ("twotabs", "halfmg").
DOSE_GATE = _DOSE_UNITS | {
    n + u
    for n in (
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "half",
        "a",
        "an",
        "un",
        "una",
        "dos",
        "tres",
        "cuatro",
        "media",
    )
    for u in _DOSE_UNITS
}
FREQUENCY_GATE = words(
    "every day night week daily bid tid qid prn qhs qd bedtime bed needed stomach nightly meal meals breakfast lunch "
    "dinner food cada hora horas hr hrs veces dia ayunas dormir acostarse comida noche manana diario"
)
SECOND_PERSON_GATE = words(
    "you your yours yourself u ur ya y youre tu tus te ti usted ustedes tienes puedes debes sientes"
)
DISMISSIVE_GATE = words(
    "just only nothing probably prob likely sounds looks seems solo nomas nada seguro seguramente probablemente lang"
)
ACTION_GATE = words(
    "take stop skip switch double hold wait bother ditch cut taper quit drop pause halve try toma tome tomate tomar "
    "deja deje dejen dejar suspende suspenda prueba pruebe pongase ponga dale dele uminom inumin tomese"
)
FIRST_PERSON_GATE = words("i im my me we our us")
KIN_GATE = words("son daughter kid kids kiddo baby toddler husband wife mom dad partner boy girl little mum hubby")
POPULATION_GATE = words(
    "adults children kids teens women men people patients seniors infants babies everyone anyone most many some"
)
STUDY_GATE = words(
    "study studies trial trials researchers research guideline guidelines recommend recommends recommendation "
    "recommendations cdc fda according expert experts"
)
ASK_CLINICIAN_GATE = words(
    "doctor doctors dr drs provider providers pharmacist pharmacists physician physicians care nurse nurses "
    "clinician clinicians pediatrician pediatricians prescriber prescribers"
)
MODAL_GATE = words("should shouldn must need needs have gotta got ought better")
NEGATION_GATE = words("don dont do never no not")
HEDGE_GATE = words("can may might could often usually sometimes if when")
SURE_GATE = words(
    "no doubt question full stop sure definitely def classic textbook plain simple guaranteed trust hands down certain "
    "certainly obviously percent seen hundred times sin seguro"
)
PERMISSION_GATE = words(
    "fine okay ok alright right safe deal biggie game problem worries plenty good nada bien nothing"
)
ORDER_GATE = words(
    "limit limits restriction restrictions rule rules leaflet label discharge instructions orders ordered prescribed "
    "said told lifelong sheet"
)
DEFY_GATE = words(
    "ignore forget disregard overcautious overkill outdated old nobody one don dont pfft nonsense overrated pointless "
    "silly paranoid"
)
COUNSEL_GATE = words("if were i d id would wouldn wouldnt my yo")
PROXY_GATE = words("tell have make get")
CUES: tuple[tuple[str, re.Pattern[str], frozenset[str]], ...] = (
    ("you", SECOND_PERSON_RE, SECOND_PERSON_GATE),
    ("i", FIRST_PERSON_RE, FIRST_PERSON_GATE),
    ("kin", KIN_RE, KIN_GATE),
    ("population", POPULATION_RE, POPULATION_GATE),
    ("study", STUDY_RE, STUDY_GATE),
    ("ask_clinician", ASK_CLINICIAN_RE, ASK_CLINICIAN_GATE),
    ("modal", MODAL_RE, MODAL_GATE),
    ("negation", NEGATION_RE, NEGATION_GATE),
    ("hedge", HEDGE_RE, HEDGE_GATE),
    ("dismissive", DISMISSIVE_RE, DISMISSIVE_GATE),
    ("action", ACTION_RE, ACTION_GATE),
    ("sure", SURE_RE, SURE_GATE),
    ("permission", PERMISSION_RE, PERMISSION_GATE),
    ("order", ORDER_RE, ORDER_GATE),
    ("defy", DEFY_RE, DEFY_GATE),
    ("counsel", COUNSEL_RE, COUNSEL_GATE),
    ("proxy", PROXY_RE, PROXY_GATE),
)

# What a sentence's features are computed from, and nothing else: its lower-cased text, its lexicon hits (offsets
# relative to it, and kind: a term can run across a sentence end, so they are not a function of the text), whether
# it follows a question, whether the post is a reply.
SentenceKey = tuple[str, tuple[tuple[int, int, str], ...], bool, bool]


# Document.pass_memo table: the CARE_RE spans of a sentence by its lower-cased text, which is all they depend on. The
# advice model's features and advice.discourage_care's reading (advice_care) both search a sentence for care: the
# second one to ask, in either pass of a check, reads the first one's spans.
CARE_SPANS = "advice.care_spans"
CareSpans = tuple[tuple[int, int], ...]


def care_spans(doc: Document, text: str) -> CareSpans:
    """Where CARE_RE matches in `text` (a sentence of `doc`, lower-cased), once per check for each text."""
    known = cast(dict[str, CareSpans], doc.pass_memo(CARE_SPANS))
    spans = known.get(text)
    if spans is None:
        spans = known[text] = tuple(m.span() for m in CARE_RE.finditer(text))
    return spans


def _replacements(key: SentenceKey, runs: frozenset[str], care: CareSpans | None) -> list[tuple[int, int, str]]:
    """Spans of the sentence (offsets relative to it) that a class token stands for, ascending, non-overlapping.
    `care`: CARE_RE's spans in the sentence when known (care_spans), else searched here."""
    text, hits = key[0], key[1]
    spans = [(start, end, KIND_TOKENS.get(kind, "<term>")) for start, end, kind in hits]
    if not runs.isdisjoint(DOSE_GATE):
        spans += [(m.start(), m.end(), "<dose>") for m in DOSE_RE.finditer(text)]
    if not runs.isdisjoint(FREQUENCY_GATE):
        spans += [(m.start(), m.end(), "<freq>") for m in FREQUENCY_RE.finditer(text)]
    if care is None:
        care = tuple(m.span() for m in CARE_RE.finditer(text))  # CARE_RE grows elsewhere: no gate
    spans += [(start, end, "<care>") for start, end in care]
    spans.sort(key=lambda span: (span[0], -span[1]))
    kept: list[tuple[int, int, str]] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _word_token(word: str) -> str:
    """A word of the sentence as the model sees it: quotes as one mark, numbers and body parts as their class."""
    if word in QUOTE_CHARS:
        return '"'
    if word[0].isdigit():
        return "<num>"
    if word in BODY_WORDS:
        return "<body>"
    return word


def _tokens(text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    """The words of `text`, a word starting inside a span given as the span's class token (once per span)."""
    if not spans:  # most sentences: every word as itself, without the walk over spans
        return [_word_token(word) for word in _TOKEN_RE.findall(text)]
    out: list[str] = []
    index = 0
    emitted = -1  # the span whose class token is already out: a span of several words gives one token
    count = len(spans)
    for found in _TOKEN_RE.finditer(text):
        at = found.start()
        while index < count and spans[index][1] <= at:
            index += 1
        if index < count and spans[index][0] <= at:
            if emitted != index:
                out.append(spans[index][2])
                emitted = index
            continue
        out.append(_word_token(found.group()))
    return out


def sentence_key(doc: Document, start: int, end: int, *, after_question: bool) -> SentenceKey:
    """Everything the features of the sentence [start, end) of `doc` are computed from (see SentenceKey)."""
    hits = tuple((h.start - start, h.end - start, h.kind) for h in hits_in(doc, start, end))
    return doc.lower[start:end], hits, after_question, replied(doc)


def replied(doc: Document) -> bool:
    """Does the post open as a reply (a handle, "replying to")? A cue of every sentence."""
    return doc.memo("advice.features.reply", lambda: REPLY_RE.search(doc.lower[: min(len(doc.lower), 40)]) is not None)


def sentence_tokens(doc: Document, start: int, end: int) -> list[str]:
    """The sentence's words with lexicon members, amounts, schedules, numbers and body parts as class tokens."""
    key = sentence_key(doc, start, end, after_question=False)
    return _tokens(key[0], _replacements(key, letter_runs(key[0]), None))


def sentence_features(doc: Document, start: int, end: int, *, after_question: bool) -> set[str]:
    """Binary features of one sentence: class-abstracted unigrams and bigrams plus the advice cues."""
    return key_features(sentence_key(doc, start, end, after_question=after_question))


def key_features(key: SentenceKey, care: CareSpans | None = None) -> set[str]:
    """The features of the sentence `key` stands for: a function of the key alone. `care`: CARE_RE's spans in the
    key's text when the caller has them (care_spans), a function of that text."""
    text, _hits, after_question, reply = key
    runs = letter_runs(text)
    toks = _tokens(text, _replacements(key, runs, care))
    feats = {f"u:{t}" for t in toks}
    feats.update(f"b:{a} {b}" for a, b in zip(["^", *toks], [*toks, "$"], strict=True))
    words_only = [t for t in toks if t not in ('"', "?", "!")]
    if words_only:
        first = words_only[0]
        feats.add(f"first:{first if first in OPENING_WORDS or first.startswith('<') else 'other'}")
    feats.update(f"c:{name}" for name, pattern, gate in CUES if not runs.isdisjoint(gate) and pattern.search(text))
    if text.rstrip().endswith("?"):
        feats.add("c:question")
    if after_question:
        feats.add("c:answer")
    if not QUOTE_CHARS.isdisjoint(text):
        feats.add("c:quote")
    if reply:
        feats.add("c:reply")
    # A linear model cannot join two features: who is spoken to AND what is spoken of are one feature here.
    classes = [t for t in CONJOINED_CLASSES if f"u:{t}" in feats]
    cues_on = [f for f in feats if f.startswith(("c:", "first:"))]
    feats.update(f"x:{cue}&{cls}" for cue in cues_on for cls in classes)
    feats.update(f"x:{a}&{b}" for a, b in JOINED_CUES if f"c:{a}" in feats and f"c:{b}" in feats)
    return feats


def sentence_views(doc: Document) -> list[tuple[int, int, set[str]]]:
    """Every sentence of `doc` with its features: (start, end, features), in order."""
    views: list[tuple[int, int, set[str]]] = []
    after_question = False
    for start, end in sentences(doc):
        views.append((start, end, sentence_features(doc, start, end, after_question=after_question)))
        after_question = doc.lower[start:end].rstrip().endswith("?")
    return views
