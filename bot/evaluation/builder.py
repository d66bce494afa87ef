"""The machinery every generator shares: seeded choices, names from many traditions, templates that record
where a planted value landed, evasions that keep those spans right, and a platform that suits the text.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from faker import Faker

from bot.evaluation import vocab
from bot.evaluation.items import EvalItem, Span
from bot.evaluation.org_profiles import ORGS, org_value

T = TypeVar("T")

# Latin-script Faker locales: names and streets from many countries.
NAME_LOCALES: tuple[str, ...] = (
    "en_US", "en_GB", "en_IE", "en_IN", "en_NG", "en_KE", "en_PK", "es_MX", "es_ES", "es_CO", "pt_BR",
    "fr_FR", "fr_CA", "de_DE", "it_IT", "pl_PL", "nl_NL", "vi_VN", "tr_TR", "yo_NG", "ig_NG", "ha_NG",
    "tw_GH", "zu_ZA", "sw", "id_ID", "cs_CZ", "hu_HU", "ro_RO", "sv_SE", "fi_FI", "ga_IE",
)  # fmt: skip

SLOT = re.compile(r"\{(\w+)\}")
# Decorations around a template: how posts and replies really start and end (emoji, line breaks, hashtags).
PREFIXES = ("", "📣 ", "UPDATE: ", "Replying to {orghandle}: ", "{emoji} ", "Quick note from the {town} team:\n\n",
            "From our comments:\n", "{emoji}{emoji2} ", "ICYMI - ")  # fmt: skip
SUFFIXES = ("", " {emoji}", "\n\n{deco}", " {deco}", "\n-\n{org}", " 💙💙", "\n\n{deco} {deco2}", " (more in comments)")
PLATFORMS: tuple[str | None, ...] = (None, "facebook", "instagram", "linkedin", "x", "threads", "youtube")
# Conservative caps for clean items: the platform rules must have nothing to say about them.
HASHTAG_CAP = {"facebook": 3, "x": 2, "instagram": 10, "linkedin": 5, "threads": 1, "youtube": 15}
LENGTH_CAP = {"facebook": 60000, "x": 230, "instagram": 2100, "linkedin": 2900, "threads": 450, "youtube": 4900}
DECO_TAGS = ("#CommunityFirst", "#TeamWork", "#ProudToServe", "#NurseLife", "#ThankfulThursday", "#OneTeam",
             "#HometownProud", "#WeAreHiring", "#GoodNews", "#Grateful")  # fmt: skip
HASHTAG = re.compile(r"(?<![\w&])#\w+")

ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
BIDI = ("\u200e", "\u200f", "\u202a", "\u202c", "\u2066", "\u2069")
LOOKALIKE = {
    "a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443",
    "i": "\u0456", "A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397", "K": "\u039a", "M": "\u041c",
    "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422", "X": "\u0425", "N": "\u039d",
}  # fmt: skip


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in text)


class Gen:
    """One seeded source of everything random in a set: the same seed gives the same items."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self._fakers: dict[str, Faker] = {}
        self.seed = seed
        self.counter: dict[str, int] = {}

    # --- random helpers ---

    def pick(self, options: Sequence[T]) -> T:
        return options[self.rng.randrange(len(options))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int, first_nonzero: bool = False) -> str:
        out = "".join(str(self.rng.randrange(10)) for _ in range(n))
        if first_nonzero and out[0] == "0":
            out = str(self.rng.randrange(1, 10)) + out[1:]
        return out

    def letters(self, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.pick(alphabet) for _ in range(n))

    def faker(self, locale: str | None = None) -> Faker:
        key = locale or self.pick(NAME_LOCALES)
        if key not in self._fakers:
            fake = Faker(key)
            fake.seed_instance(self.seed + len(self._fakers) * 7919)
            self._fakers[key] = fake
        return self._fakers[key]

    # --- people ---

    def person(self) -> tuple[str, str]:
        """(first, last): two thirds from Faker's many locales, a third hand-written."""
        if self.chance(0.33):
            return self.pick(vocab.HAND_NAMES)
        fake = self.faker()
        return fake.first_name(), fake.last_name()

    def name_form(self) -> str:
        first, last = self.person()
        roll = self.rng.random()
        if roll < 0.55:
            return f"{first} {last}"
        if roll < 0.7:
            return f"{self.pick(('Mr.', 'Mrs.', 'Ms.', 'Miss', 'Mx.', 'Mr', 'Mrs'))} {last}"
        if roll < 0.8:
            return f"{first} {self.pick('ABCDEFGHJKLMNPRSTVW')}. {last}"
        if roll < 0.9:
            return f"{first} {last}".upper() if self.chance(0.3) else f"{first} {last}".lower()
        return f"{self.pick(vocab.WORDLIKE_FIRST)} {last}"

    def staff_name(self, org: str | None) -> str:
        member = self.pick(org_value(org, "staff"))
        name = str(member["name"])
        title = str(member.get("title", ""))
        if ("MD" in title or "DO" in title) and self.chance(0.6):
            return f"Dr. {name}" if self.chance(0.5) else f"Dr. {name.split()[-1]}"
        return name

    # --- organizations and surroundings ---

    def org(self) -> str | None:
        return None if self.chance(0.15) else self.pick(list(ORGS))

    def common(self, org: str | None) -> dict[str, str]:
        """Every slot a template may use besides the planted values."""
        fake = self.faker("en_US")
        return {
            "org": str(org_value(org, "name")),
            "town": self.pick(org_value(org, "towns")),
            "orgphone": self.pick(org_value(org, "phones")),
            "orgemail": self.pick(org_value(org, "emails")),
            "orgsite": str(org_value(org, "website")),
            "orghandle": self.pick(org_value(org, "handles")),
            "orgaddress": self.pick(org_value(org, "addresses")),
            "staff": self.staff_name(org),
            "emoji": self.pick(vocab.EMOJI),
            "emoji2": self.pick(vocab.EMOJI),
            "service": self.pick(vocab.SERVICES),
            "condition": self.pick(vocab.CONDITIONS),
            "eponym": self.pick(vocab.EPONYMS),
            "brand": self.pick(vocab.BRANDS),
            "holiday": self.pick(vocab.HOLIDAYS),
            "job": self.pick(vocab.JOB_TITLES),
            "weekday": self.pick(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")),
            "month": self.pick(("January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December")),
            "day": str(self.rng.randint(1, 28)),
            "hour": str(self.rng.randint(7, 11)),
            "pm": str(self.rng.randint(1, 6)),
            "n": str(self.rng.randint(3, 60)),
            "year": str(self.rng.randint(2019, 2027)),
            "company": fake.company(),
            "site": self.pick(vocab.PUBLIC_SITES),
            "drug": self.pick(vocab.DRUGS)[0],
            "medclass": self.pick(vocab.MED_CLASSES),
            "deco": self.pick(DECO_TAGS),
            "deco2": self.pick(DECO_TAGS),
        }  # fmt: skip

    # --- items ---

    def next_id(self, kind: str) -> str:
        self.counter[kind] = self.counter.get(kind, 0) + 1
        return f"{kind}-{self.counter[kind]:04d}"

    def item(
        self,
        kind: str,
        template: str,
        *,
        org: str | None,
        planted: Mapping[str, tuple[str, str]] | None = None,
        fills: Mapping[str, str] | None = None,
        expect: Sequence[str] = (),
        forbid: Sequence[str] = (),
        clean: bool = False,
        platform: str | bool | None = True,
        evasion: Callable[[str], str] | None = None,
        evasion_name: str = "",
        pin: bool = True,
    ) -> EvalItem:
        """Render `template`; planted slots become spans of their rule. platform True = choose a suitable one."""
        values = {**self.common(org), **(fills or {})}
        planted = dict(planted or {})
        if evasion is not None:
            planted = {k: (rule, evasion(v)) for k, (rule, v) in planted.items()}
        if platform is True and self.chance(0.45):
            template = self.pick(PREFIXES) + template + self.pick(SUFFIXES)
        text, spans = render(template, values, planted)
        if not clean and self.chance(0.04) and len(text.upper()) == len(text):
            text = text.upper()
        chosen = self.suitable_platform(text, expect) if platform is True else platform or None
        return EvalItem(
            id=self.next_id(kind + (f"+{evasion_name}" if evasion_name else "")),
            text=text,
            platform=chosen,
            config=org,
            expect=list(dict.fromkeys(expect)),
            forbid=[r for r in dict.fromkeys(forbid) if r not in expect],
            clean=clean,
            spans=spans if pin else [],
            kind=kind + (f"+{evasion_name}" if evasion_name else ""),
        )

    def suitable_platform(self, text: str, expect: Sequence[str]) -> str | None:
        """A platform whose limits the text keeps (with room for an appended disclaimer), or None."""
        size = sum(1 if ord(c) < 0x1100 else 2 for c in text) + (60 if "disclaimer.missing" in expect else 0)
        tags = len(HASHTAG.findall(text))
        options = [p for p in PLATFORMS if p is None or (size <= LENGTH_CAP[p] and tags <= HASHTAG_CAP[p])]
        return self.pick(options)

    # --- evasions: each keeps what the value means once normalized ---

    def evasion(self) -> tuple[str, Callable[[str], str]]:
        kinds: list[tuple[str, Callable[[str], str]]] = [
            ("zw", self.zero_width),
            ("fullwidth", self.fullwidth_some),
            ("lookalike", self.lookalike),
            ("nbsp", self.nbsp),
            ("bidi", self.bidi),
        ]
        return self.pick(kinds)

    def zero_width(self, value: str) -> str:
        chars = list(value)
        for _ in range(self.rng.randint(1, 3)):
            chars.insert(self.rng.randint(1, max(1, len(chars) - 1)), self.pick(ZERO_WIDTH))
        return "".join(chars)

    def fullwidth_some(self, value: str) -> str:
        return fullwidth(value) if self.chance(0.7) else "".join(fullwidth(c) if c.isdigit() else c for c in value)

    def lookalike(self, value: str) -> str:
        if not any(c in LOOKALIKE for c in value):
            return self.zero_width(value)
        return "".join(LOOKALIKE[c] if c in LOOKALIKE and self.chance(0.6) else c for c in value)

    def nbsp(self, value: str) -> str:
        if " " not in value and "-" not in value:
            return self.zero_width(value)
        space = self.pick(("\u00a0", "\u202f", "\u2009"))
        return value.replace(" ", space).replace("-", self.pick(("\u2011", "\u2013")))

    def bidi(self, value: str) -> str:
        return self.pick(BIDI[2:4]) + value[:1] + self.pick(BIDI[:2]) + value[1:] + BIDI[3]


def render(template: str, values: Mapping[str, str], planted: Mapping[str, tuple[str, str]]) -> tuple[str, list[Span]]:
    """Fill `{slot}`s; a planted slot's value is recorded as a span of its rule."""
    out: list[str] = []
    spans: list[Span] = []
    length = 0
    cursor = 0
    for found in SLOT.finditer(template):
        literal = template[cursor : found.start()]
        out.append(literal)
        length += len(literal)
        key = found.group(1)
        if key in planted:
            rule, value = planted[key]
            spans.append(Span(rule=rule, start=length, end=length + len(value)))
        elif key in values:
            value = values[key]
        else:
            raise KeyError(f"template slot {{{key}}} has no value: {template!r}")
        out.append(value)
        length += len(value)
        cursor = found.end()
    out.append(template[cursor:])
    return "".join(out), spans
