"""phi.name: names of people who are not on the staff list, found with deterministic signals only.

No statistical model: a run of capitalised words is read as a person's name when
  1. an honorific stands before it ("Mr. Okafor", "Dr. Patel" not on the staff list, "little Jayden"), or
  2. a person context stands around it ("patient Ana", "thanks to X", "X, 54,", "X's family", "X shared"), or
  3. it is a "First Last" pair with one part a known name that is not an everyday word and the other part a name
     or a capitalised non-word ("Dana Whitfield", "Priya Raghunathan", "Zhang Wei"), or two popular names that
     are also words ("Mark Brown"), or two capitalised words no dictionary knows ("Aroha Ngata"), or
  4. it is a single known first name that is not an everyday word ("so proud of Jayden").
Never a name: the staff in any form, eponyms (Parkinson's, Down syndrome), the organization, its towns, places,
months, days, holidays, brands and drugs, the organization's not_names, words before an institution word
("Grant Park", "Mercy Hospital"). Signals 1-2 outrank the softer exclusions (places, months, everyday words);
nothing outranks the hard ones (staff, eponyms, organization, not_names).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from guardrails.model import Category, FixKind, Severity
from guardrails.rules.base import Document, Match, Rule
from guardrails.rules.phi.people_lexicon import (
    WORD,
    NameLists,
    Phrase,
    PhraseIndex,
    data_terms,
    name_lists,
    phrase_key,
    place_index,
    strip_possessive,
    word_set,
)
from guardrails.settings import GuardrailSettings

# A run of capitalised words, allowing lower-case particles inside (José de la Cruz, Ludwig van Beethoven)
# and a possessive at the end. Newlines and punctuation end a run.
_CAP = r"[A-Z][A-Za-z]*(?:['-][A-Za-z]+)*"
_PARTICLE = r"(?:de|da|del|della|di|du|van|von|der|den|le|la|al|el|bin|ibn|bint|binti|ben|dos|das|y)"
RUN = re.compile(rf"(?<![A-Za-z0-9'-]){_CAP}(?:(?: {_PARTICLE})* {_CAP})*'?")
PARTICLES = frozenset(_PARTICLE[3:-1].split("|"))

STRONG_HONORIFICS = word_set(
    "mr mrs ms miss mx mister dr doctor prof professor rev reverend sir dame madam mme mlle sra srta herr frau",
)
WEAK_HONORIFICS = word_set(
    """nurse baby little aunt auntie uncle grandma grandpa granny nana papa mama coach officer pastor father
    sister brother captain sgt sergeant chaplain""",
)
HONORIFIC_BEFORE = re.compile(
    r"(?:^|[^a-z])(?:(" + "|".join(sorted(STRONG_HONORIFICS, key=len, reverse=True)) + r")\.?"
    r"|(" + "|".join(sorted(WEAK_HONORIFICS, key=len, reverse=True)) + r")) $"
)

# Words just before a name that say it is a person's (lower-cased, end of the text before the run).
PERSON_BEFORE = re.compile(
    r"(?:^|[^a-z])(?:patient|resident|survivor|veteran|thanks? (?:you )?to|thank you,?|thanks,?|congrats(?: to)?,?"
    r"|congratulations(?: to)?,?|welcome,?|welcoming|meet|in (?:loving )?memory of|remembering|honou?ring|"
    r"say hi to|shout-?out to|prayers? for|praying for|pray for|happy birthday,?(?: to)?|get well(?: soon)?,?|"
    r"named|name is|(?:family|mom|mum|mother|dad|father|parents|wife|husband|son|daughter) of|son|daughter|"
    r"husband|wife|partner|fianc[eé]e?|mom|mum|mother|dad|father|brother|sister|grandson|granddaughter|"
    r"grand(?:mother|father|ma|pa)|niece|nephew|cousin|friend|neighbou?r|boy|girl|toddler|newborn|infant|champ|"
    r"warrior|hero|little|sweet|brave|mrs?|ms|dr) $"
)
# What follows a name and says it is a person's: a possessive with a person noun, an age, a verb of a story.
PERSON_AFTER = re.compile(
    r"(?:'s?|s')? ?(?:(?:family|household|twins|mom|mum|mother|dad|father|parents|wife|husband|son|daughter|"
    r"kids|children|sister|brother|grandma|grandpa|story|journey|recovery|surgery|diagnosis|treatment|transplant|"
    r"battle|fight|care team|caregivers?|room|bedside|birthday|smile|courage|progress|condition|nurses?|"
    r"doctors?|scan|x-ray|wound)\b|, \d{1,3}(?:,| years)|, age \d|,? \(\d{1,3}\)|,? (?:aged?|who is|who was) \d|"
    r" (?:shared|shares|says|said|told|tells|wrote|writes|thanked|thanks|was diagnosed|is diagnosed|"
    r"was admitted|was discharged|was born|underwent|is recovering|recovered|has recovered|passed away|died|"
    r"celebrated|celebrates|rang|rings|fought|beat|survived|spent|arrived|came to us|went home|is home|"
    r"and (?:his|her|their) (?:family|wife|husband|mom|dad|parents))\b)"
)
# An institution or place word after (or inside) a run: the run names a thing, not a person.
INSTITUTION_WORDS = word_set(
    """hospital hospitals clinic clinics center centre centers institute foundation university college school
    academy street st avenue ave road rd boulevard blvd lane ln drive way park county parish hall building
    pavilion wing tower campus award awards prize fund scholarship lecture fellowship memorial library church
    cathedral chapel community health healthcare medical medicine cancer heart club society association council
    committee team group department services auxiliary network alliance coalition program programme project
    initiative campaign walk run gala festival fair day week month year house home lodge village apartments
    trust inc llc corp company co bank airport station stadium arena mall market river lake mountain valley
    bridge square plaza court highway freeway expressway""",
)
# A word after a run that makes it a disease, test or procedure named after someone (Kawasaki disease).
EPONYM_HEADS = word_set(
    """disease diseases syndrome syndromes palsy sarcoma lymphoma tumor tumour test tests sign score scale
    maneuver manoeuvre procedure reflex phenomenon disorder dystrophy anomaly criteria classification method
    technique operation repair fracture cyst ulcer virus chart exercises exercise""",
)
MONTHS = word_set(
    """january february march april may june july august september october november december jan feb mar apr jun
    jul aug sep sept oct nov dec""",
)
DAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")


@dataclass(slots=True)
class Token:
    start: int
    end: int  # without the possessive
    key: str  # folded, lower-cased


class NameRule(Rule):
    id = "phi.name"
    category = Category.PHI
    severity = Severity.BLOCK
    message = "Name of a person who is not on the staff list: a patient's, a relative's or a commenter's"
    fix = FixKind.REDACT
    tag = "[NAME]"

    EPONYM_FILE: ClassVar[str] = "eponyms.txt"
    NOT_NAMES_FILE: ClassVar[str] = "names/not_names.txt"

    def __init__(self, settings: GuardrailSettings) -> None:
        super().__init__(settings)
        terms = settings.terms
        org = settings.organization
        self.staff: list[frozenset[str]] = []
        for member in settings.staff:
            keys = frozenset(k for k in phrase_key(member.name.split(",")[0]) if k not in STRONG_HONORIFICS)
            if keys:
                self.staff.append(keys)
        self.staff_words: frozenset[str] = frozenset().union(*self.staff) if self.staff else frozenset()
        hard: list[Phrase] = [*data_terms(self.EPONYM_FILE), *data_terms(self.NOT_NAMES_FILE)]
        hard += [phrase_key(t) for t in (*terms.eponyms, *terms.not_names)]
        own = [phrase_key(t) for t in (org.name, *org.aliases, *org.towns)]
        hard += own
        hard += [(k,) for phrase in own for k in phrase]  # "Riverside" alone is still the organization
        self.hard = PhraseIndex(p for p in hard if p)

    def scan(self, doc: Document) -> Iterator[Match]:
        text = doc.text
        if not any("A" <= c <= "Z" for c in text):
            return
        lists = name_lists()
        lower = doc.lower
        for found in RUN.finditer(text):
            yield from self._run(doc, lower, lists, found.start(), found.end())

    def _run(self, doc: Document, lower: str, lists: NameLists, start: int, end: int) -> Iterator[Match]:
        tokens = self._tokens(doc.text, lower, start, end)
        if not tokens:
            return
        # Fast path: one everyday word (the first word of most sentences) with nothing before it.
        if (
            len(tokens) == 1
            and tokens[0].key in lists.words
            and tokens[0].key not in lists.popular_first
            and not HONORIFIC_BEFORE.search(lower, max(0, start - 12), start)
            and not PERSON_BEFORE.search(lower, max(0, start - 30), start)
        ):
            return
        following = [strip_possessive(w) for w in WORD.findall(lower, tokens[-1].end, tokens[-1].end + 40)[:3]]
        keys = [t.key for t in tokens] + following
        if any(k in INSTITUTION_WORDS for k in keys[: len(tokens) + 1]):
            return
        keep = self._excluded(keys, len(tokens))
        segment: list[Token] = []
        for token, kept in zip(tokens, keep, strict=True):
            if kept:
                segment.append(token)
            elif segment:
                yield from self._segment(doc, lower, lists, segment)
                segment = []
        if segment:
            yield from self._segment(doc, lower, lists, segment)

    def _tokens(self, text: str, lower: str, start: int, end: int) -> list[Token]:
        """The run's words without particles. A possessive ends the name (what follows it is not read), and so
        does an acronym (ROI, ICU, GDPR): names are not written in capitals in posts."""
        tokens: list[Token] = []
        position = start
        for word in lower[start:end].split(" "):
            word_end = position + len(word)
            if word and word not in PARTICLES:
                if len(word) > 1 and text[position:word_end].isupper():
                    if tokens:
                        break
                    position = word_end + 1
                    continue
                key = strip_possessive(word.rstrip("'"))
                tokens.append(Token(position, position + len(key), key))
                if key != word:
                    break
            position = word_end + 1
        return tokens

    def _excluded(self, keys: list[str], count: int) -> list[bool]:
        """For each of the run's `count` words: True if it may be part of a name (no hard exclusion)."""
        keep = [True] * count
        index = 0
        while index < count:
            length = max(self.hard.longest(keys, index), self._place(keys, index))
            if length:
                for j in range(index, min(index + length, count)):
                    keep[j] = False
                index += length
                continue
            if keys[index] in STRONG_HONORIFICS or keys[index] in WEAK_HONORIFICS:
                keep[index] = False
            index += 1
        if count < len(keys) and keys[count] in EPONYM_HEADS:
            keep[count - 1] = False
        return keep

    def _place(self, keys: list[str], index: int) -> int:
        """Multi-word places are excluded outright (San Diego); one-word places only weaken a name."""
        length = place_index().longest(keys, index)
        return length if length > 1 else 0

    def _segment(self, doc: Document, lower: str, lists: NameLists, tokens: list[Token]) -> Iterator[Match]:
        if self._is_staff(tokens):
            return
        start = tokens[0].start
        end = tokens[-1].end
        signal = self._honorific(lower, start)
        if signal is None and PERSON_AFTER.match(lower, end):
            signal = "after"
        if signal is None and PERSON_BEFORE.search(lower, max(0, start - 30), start):
            signal = "before"
        name = self._name_span(lists, tokens, signal)
        if name is not None:
            yield Match(name[0].start, name[-1].end)

    def _is_staff(self, tokens: list[Token]) -> bool:
        keys = {t.key for t in tokens}
        if not keys <= self.staff_words:
            return False
        return any(keys <= member for member in self.staff)

    def _honorific(self, lower: str, start: int) -> str | None:
        found = HONORIFIC_BEFORE.search(lower, max(0, start - 12), start)
        if found is None:
            return None
        return "strong" if found.group(1) else "before"

    def _name_span(self, lists: NameLists, tokens: list[Token], signal: str | None) -> list[Token] | None:
        """The tokens that make the name, or None.

        `signal`: "strong" (Mr., Dr.) takes any capitalised word; "after" (", 54,", "shared her story") takes a
        known name even when it is also a word (Hope, Faith); "before" (thanks to, little, patient) takes a
        known name that is not an everyday word, a popular name, or a capitalised word no dictionary knows.
        """
        soft = [self._soft(lists, t.key) for t in tokens]
        namey = [self._namey(lists, t.key) for t in tokens]
        word = [t.key in lists.words for t in tokens]
        if signal == "strong":
            return tokens
        popular = [t.key in lists.popular_first or t.key in lists.popular_last for t in tokens]
        if signal == "after" and any(namey[i] or not word[i] for i in range(len(tokens))) and not all(soft):
            return tokens
        if signal == "before" and any(
            (namey[i] and (not word[i] or popular[i])) or not (word[i] or soft[i]) for i in range(len(tokens))
        ):
            return tokens
        # Without a signal: trim everyday words and soft words from both ends.
        first, last = 0, len(tokens)
        while first < last and self._weak_edge(lists, tokens[first].key, soft[first], word[first], namey[first]):
            first += 1
        while last > first and self._weak_edge(lists, tokens[last - 1].key, soft[last - 1], word[last - 1], False):
            last -= 1
        core = tokens[first:last]
        if not core:
            return None
        strong_name = [namey[i] and not word[i] and not soft[i] for i in range(first, last)]
        if len(core) >= 2:
            plain = [namey[i] or not word[i] for i in range(first, last)]
            if any(strong_name) and all(plain):
                return core
            if core[0].key in lists.popular_first and core[-1].key in lists.popular_last:
                return core
            if not any(word[first:last]) and not any(soft[first:last]):
                return core  # two capitalised words no dictionary knows: Aroha Ngata
            return None
        if core[0].key in lists.first and strong_name[0]:
            return core
        return None

    def _weak_edge(self, lists: NameLists, key: str, soft: bool, word: bool, namey: bool) -> bool:
        if soft:
            return True
        return word and key not in lists.popular_first and key not in lists.popular_last

    def _soft(self, lists: NameLists, key: str) -> bool:
        return key in MONTHS or key in DAYS or key in lists.places

    def _namey(self, lists: NameLists, key: str) -> bool:
        if key in lists.first or key in lists.last:
            return True
        if "-" in key:
            return any(part in lists.first or part in lists.last for part in key.split("-") if part not in PARTICLES)
        return False
