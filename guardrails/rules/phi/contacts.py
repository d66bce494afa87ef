"""phi rules: contacts: phone, fax, e-mail, URLs and social handles, IP addresses.

Each is a Safe Harbor identifier (45 CFR 164.514(b)(2)) unless it is the organization's own, which the
configuration lists. Phone and fax numbers are found by `phonenumbers` (Google's libphonenumber rules), run
only when a cheap regex has seen seven or more digits in a phone-like run, so a post without numbers costs
nothing. A number is a fax when "fax" is written just before or after it. Numbers written to slip past a digit
pattern ("five five five, 0 one 0, 2 2 1 9") are read by contacts_spelled.

The organization's department lines are its own too, though app.yaml cannot list them all: a number in one of
`organization.phone_prefixes`, a number labelled as ours ("call our cardiology line at", "Scheduling: ", "call us
at", "call the front desk at"), or a number on the exchange (area code and first three digits) of one of its
listed phones offered for a service ("For maternity tours, call ...") passes, unless a person's word (his, her,
mom, family, patient's) says it is someone's own. The exchange alone is not enough: patients' numbers share
exchanges with hospitals, and every fictional number shares 555.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import ClassVar

from guardrails.measure import GENERIC_TLDS, find_urls
from guardrails.rules.base import Document, Match, Rule
from guardrails.rules.phi.contacts_spelled import has_phone_cue, spaced_without_cue, spelled_numbers
from guardrails.rules.phi.identifiers import digit_count, keyed_overlaps
from guardrails.rules.phi.support import (
    PhiPatternRule,
    SpanSet,
    data_lines,
    domain_in,
    host_of,
    org_domains,
    org_handles,
    word_set,
    words_pattern,
)
from guardrails.settings import GuardrailSettings

# ---------------------------------------------------------------------------------------------- phone and fax

# Seven or more digits with only phone punctuation between them: the only texts worth handing to phonenumbers.
PHONE_HINT = re.compile(r"\d(?:[ ().\-+/]{0,3}\d){6,}")
# The digits a PHONE_HINT needs: a text with fewer in all (most posts: a year, a count) is not searched, where the
# search tried its repeat at every digit. The count is the identifier rules' shared one.
PHONE_HINT_DIGITS = 7
# "2 000 000", "1.250.000": digit groups of three after a short lead are a count, not a number to call.
THOUSANDS = re.compile(r"^\d{1,3}(?P<sep>[ ,.])\d{3}(?:(?P=sep)\d{3})*$")
FAX_WORD = re.compile(r"\b(?:fax(?:ed|ing)?|facsimile|e-?fax)\b")
FAX_LABEL = re.compile(r"\bf\s*[:.]\s*$")
PHONE_WORD = re.compile(r"\b(?:call|phone|tel|telephone|cell|mobile|text|ring|reach|dial|voicemail)\b")
FAX_AFTER = re.compile(r"^\s*[(\[]?\s*(?:fax|facsimile|f)\b")
NUMBER_CONTEXT_BEFORE = 60
# A code number, not a phone: "PO 4500012345", "NDC 0002-3227-30", "order #", "lot", "ISBN".
CODE_BEFORE = re.compile(
    r"(?:\bpo|p\.o\.|purchase\s+order|order|invoice|tracking|\bref|reference|confirmation|isbn|\bndc|\blot|batch"
    r"|\bsku|\bupc|item|part|catalog|\bein|tax\s+id|grant|award|project|protocol|irb|study|trial|nct)"
    r"\s*(?:number|no\.?|num|#|id|code)?\s*[:#]?\s*$"
)
# "4-12-2024", "2024.10.12": dates, which phonenumbers may read as a local number.
DATE_LIKE = re.compile(r"^(?:\d{1,2}[-./]\d{1,2}[-./](?:19|20)?\d\d|(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2})$")
# North American toll-free numbers belong to organizations and hotlines (Poison Control), unless PERSONAL says.
TOLL_FREE = re.compile(r"(?:\+?1[ .-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[ .-]?\d{3}[ .-]?\d{4}")
# Words that make even a toll-free number someone's own: "He left his number, +1-833-887-4084".
PERSONAL = re.compile(r"\b(?:his|her|my|he|she|him|me|mom|dad|son|daughter|wife|husband|patient)\b")
# A number the text labels as one of the organization's lines: "call our cardiology line at", "call us at",
# "Scheduling: ". Read at the end of the text before the number, on the same line.
DEPARTMENT_LABEL = re.compile(
    r"(?:\b(?:call|text|reach|contact|phone|ring|dial|fax) us\b|\b(?:our|call the|contact the|reach the) "
    r"(?:[\w&'/-]+ ){0,4}?(?:lines?|desk|office"
    r"|department|dept|clinic|center|centre|team|unit|hotline|helpline|numbers?|scheduling|schedulers|appointments?"
    r"|switchboard|pharmacy|lab|program|services|nurses?|operators?|front desk)\b"
    r"|\b(?:cardiology|oncology|radiology|imaging|scheduling|appointments|billing|pharmacy|lab|laboratory|registration"
    r"|admissions|patient relations|volunteer services|foundation|media relations|pediatrics|maternity"
    r"|behavioral health|nurse(?: advice)? line|main (?:line|number)|switchboard|front desk|information desk"
    r"|gift shop|careers|human resources|recruiting|security|spiritual care|financial counseling|medical records"
    r"|records)"
    r"(?: (?:line|desk|office|department|dept|team|services))?\s*[:(-])"
    r"(?P<gap>[^.!?\n]{0,25})$"
)
LABEL_LOOKBACK = 90
# Words in the gap between a label and the number that make the number someone's: "our team: her cell is".
GAP_PERSONAL = re.compile(
    r"\b(?:his|her|my|him|me|mom|dad|son|daughter|wife|husband|mother|father|grand\w+|cousin|aunt|uncle|brother"
    r"|sister|friend|neighbou?r|cell|personal|home|family|patient's|[a-z]+'s (?:cell|number|phone|mobile))\b"
)
# What a number on the organization's own exchange is offered for: a service, a department, "us". Without one
# (or with a person's word), a number that shares the exchange is judged like any other: fictional and real
# patients' numbers share exchanges with hospitals too.
SERVICE_CUE = re.compile(
    r"\b(?:us|our|we|questions?|info|information|appointments?|schedul\w+|book\w*|tours?|class(?:es)?|register"
    r"|registration|billing|records|imaging|lab|pharmacy|maternity|pediatrics|cardiology|oncology|radiology|clinic"
    r"|center|centre|office|line|desk|department|dept|unit|team|program|services|hotline|helpline|volunteer\w*"
    r"|donat\w+|careers?|jobs?|hr|recruit\w*|main|front|nurse line|switchboard|referrals?|orders?)\b"
)
NANP = re.compile(
    r"(?<!\d)(?:\+?0{0,2}1[ .-]?)?(?P<number>\(?[2-9]\d{2}\)?[ .-]?\d{3}[ .-]?\d{4})"
    r"(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?(?!\d)"
)
NANP_REGIONS = frozenset({"US", "CA"})
INTERNATIONAL = re.compile(r"\+[1-9]\d{0,2}(?:[ .-]?\(?\d{1,5}\)?){2,7}")
NANP_WHOLE = re.compile(
    r"(?:\+?1[ .-]?)?(?P<number>(?:\([2-9]\d{2}\)|[2-9]\d{2})[ .-]?[2-9]\d{2}[ .-]?\d{4})"
    r"(?:\s*,?\s*(?:x|ext\.?|extension)\s*\d{1,6})?"
)
# A country written beside a number: where a number the home region cannot read comes from.
COUNTRY_REGIONS = {
    "uk": "GB", "gb": "GB", "britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "london": "GB",
    "ireland": "IE", "canada": "CA", "mexico": "MX", "australia": "AU", "india": "IN", "germany": "DE",
    "france": "FR", "spain": "ES", "italy": "IT", "philippines": "PH", "nigeria": "NG", "brazil": "BR",
}  # fmt: skip
# Where a number written with a national trunk 0 and no country is most often from, in order.
TRUNK_ZERO_REGIONS = ("GB", "IE", "AU", "DE", "FR", "IN")
COUNTRY_BESIDE = re.compile(r"\b(?P<country>" + "|".join(COUNTRY_REGIONS).replace("uk", r"u\.?k\.?") + r")(?![a-z])")
# How far before a run of digits a "+" or "(" may start the number; an extension may follow it.
HINT_BEFORE = 3
EXTENSION = re.compile(r"\s*,?\s*(?:ext\.?|extension|x)\s*\d{1,6}")
# A unit right after the digits: "500-1000 mg" is a dose range, not a local number.
UNIT_AFTER = re.compile(
    r"^\s*(?:mg|mcg|µg|ml|cc|g|kg|lbs?|oz|iu|units?|mmol|mmhg|bpm|steps|people|patients|miles|km|%|percent)(?![a-z])"
)


@dataclass(frozen=True, slots=True)
class PhoneCandidate:
    start: int
    end: int
    e164: str
    is_fax: bool


def phone_candidates(doc: Document, region: str) -> list[PhoneCandidate]:
    """Every phone-like number in the text (the organization's own included), shared by phone and fax."""
    return doc.memo(f"phi.contacts.phones:{region}", lambda: _find_phones(doc, region))


def _find_phones(doc: Document, region: str) -> list[PhoneCandidate]:
    """phonenumbers reads only each run of seven or more digits (plus a lead "+(" and an extension)."""
    text = doc.text
    lower = doc.lower
    found: list[PhoneCandidate] = []
    hinted = doc.has_digits and digit_count(doc) >= PHONE_HINT_DIGITS
    for hint in PHONE_HINT.finditer(text) if hinted else ():
        base = max(0, hint.start() - HINT_BEFORE)
        while base < hint.start() and text[base] not in "+(":
            base += 1
        extension = EXTENSION.match(lower, hint.end())
        window = text[base : extension.end() if extension else hint.end()]
        numbers = _read_window(window, region) or _read_abroad(window, lower, base, hint.end())
        for rel_start, rel_end, e164 in numbers:
            start, end = base + rel_start, base + rel_end
            if _dropped(doc, start, end):
                continue
            before = lower[max(0, start - NUMBER_CONTEXT_BEFORE, found[-1].end if found else 0) : start]
            before = before[before.rfind("\n") + 1 :]
            found.append(PhoneCandidate(start, end, e164, _is_fax(before, lower[end : end + 12])))
    return found + _spelled_candidates(doc, region, found)


def _spelled_candidates(doc: Document, region: str, found: list[PhoneCandidate]) -> list[PhoneCandidate]:
    """Numbers spelled or spaced out (see contacts_spelled), where no written-together number was read."""
    lower = doc.lower
    out: list[PhoneCandidate] = []
    taken = SpanSet((c.start, c.end) for c in found)
    for number in spelled_numbers(doc):
        start, end = number.start, number.end
        if taken.overlaps(start, end) or keyed_overlaps(doc, start, end):
            continue
        if CODE_BEFORE.search(lower, max(0, start - 24), start) is not None:
            continue
        digits = number.digits
        e164 = "+" + digits if len(digits) == 11 and digits[0] == "1" else "+1" + digits
        if region not in NANP_REGIONS:
            e164 = "+" + digits
        before = lower[max(0, start - NUMBER_CONTEXT_BEFORE) : start]
        out.append(PhoneCandidate(start, end, e164, _is_fax(before[before.rfind("\n") + 1 :], lower[end : end + 12])))
    return out


def _read_window(window: str, region: str) -> tuple[tuple[int, int, str], ...]:
    """A plain North American number needs no parser (the common case, read by NANP_WHOLE); the rest goes to
    phonenumbers, and what it leaves out to the NANP pattern."""
    if region in NANP_REGIONS:
        whole = NANP_WHOLE.fullmatch(window)
        if whole is not None:
            digits = "".join(c for c in whole.group("number") if c.isdigit())
            return ((0, len(window), "+1" + digits),)
    return _read_numbers(window, region) or _read_nanp(window) or _read_international(window)


def _read_abroad(window: str, lower: str, start: int, end: int) -> tuple[tuple[int, int, str], ...]:
    """ "0161 496 0123 (UK)": a number the home region cannot read, read in the country written beside it."""
    found = COUNTRY_BESIDE.search(lower, max(0, start - 30), min(len(lower), end + 20))
    if found is not None:
        return _read_numbers(window, COUNTRY_REGIONS[found.group("country").replace(".", "")])
    digits = "".join(ch for ch in window if ch.isdigit())
    if not (digits.startswith("0") and 10 <= len(digits) <= 11 and has_phone_cue(lower, start, end)):
        return ()
    # "Call me on 07700 900461": a trunk 0 no North American number has, beside a phone word
    return next((read for region in TRUNK_ZERO_REGIONS if (read := _read_numbers(window, region))), ())


def _read_international(window: str) -> tuple[tuple[int, int, str], ...]:
    """ "+52 1 55 1234 5678": a number written with its country code that phonenumbers finds too long or
    outdated is still a number a person can be reached on."""
    found = INTERNATIONAL.search(window)
    if found is None:
        return ()
    digits = "".join(c for c in found.group() if c.isdigit())
    return ((found.start(), found.end(), "+" + digits),) if 8 <= len(digits) <= 15 else ()


def _read_nanp(window: str) -> tuple[tuple[int, int, str], ...]:
    """North American numbers phonenumbers leaves out, such as "001-656-686-4458x726" (an odd exit code)."""
    found = NANP.search(window)
    if found is None:
        return ()
    digits = "".join(c for c in found.group("number") if c.isdigit())
    return ((found.start(), found.end(), "+1" + digits),)


@lru_cache(maxsize=4096)
def _read_numbers(window: str, region: str) -> tuple[tuple[int, int, str], ...]:
    """What phonenumbers finds in one short window; cached, as the same numbers recur from post to post.

    phonenumbers is imported here, on the first window worth parsing: importing it costs some 75 ms, which
    `carepost check hello` (and every post without seven digits in a row) need not pay."""
    import phonenumbers
    from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher

    return tuple(
        (hit.start, hit.end, phonenumbers.format_number(hit.number, PhoneNumberFormat.E164))
        for hit in PhoneNumberMatcher(window, region, leniency=Leniency.POSSIBLE)
        if not _bad_nanp_area(hit.raw_string, hit.number.country_code)
    )


def _bad_nanp_area(raw: str, country_code: int | None) -> bool:
    """A ten-digit North American number never has an area code starting 0 or 1 ("0002-3227-30" is a drug code)."""
    if country_code != 1:
        return False
    digits = "".join(c for c in raw if c.isdigit())
    national = digits[1:] if len(digits) == 11 and digits[0] == "1" else digits
    national = national[2:] if len(digits) == 12 and digits.startswith("001") else national
    return len(national) == 10 and national[0] in "01"


# A year that ends a sentence and the number that opens the next: "in 1926. 100 years later" is no number to call.
YEAR_ENDS_SENTENCE = re.compile(r"(?:19|20)\d\d\.\s+\d{1,3}$")


def _dropped(doc: Document, start: int, end: int) -> bool:
    """Counts, amounts, doses, digits glued to a code, and numbers an identifier keyword claims."""
    text = doc.text
    raw = text[start:end]
    return (
        THOUSANDS.match(raw) is not None
        or DATE_LIKE.match(raw) is not None
        or (raw.isdigit() and len(raw) < 10)
        or _is_amount(text, start, end)
        or _glued(text, start, end)
        or UNIT_AFTER.match(doc.lower[end : end + 12]) is not None
        or keyed_overlaps(doc, start, end)
        or spaced_without_cue(doc.lower, start, end)
        or YEAR_ENDS_SENTENCE.match(raw) is not None
        or CODE_BEFORE.search(doc.lower, max(0, start - 24), start) is not None
        or (TOLL_FREE.match(text, start, end) is not None and not PERSONAL.search(doc.window(start, end, 50, 30)))
    )


def _is_fax(before: str, after: str) -> bool:
    """The word fax written before the number (after any phone word), or "(fax)" right after it."""
    if FAX_AFTER.match(after) or FAX_LABEL.search(before):
        return True
    fax = [m.end() for m in FAX_WORD.finditer(before)]
    if not fax:
        return False
    phone = [m.end() for m in PHONE_WORD.finditer(before)]
    return not phone or fax[-1] > phone[-1]


def _glued(text: str, start: int, end: int) -> bool:
    """Digits inside a longer code ("D123-4567-8901", "AB1234563", "RN-2024-118") belong to that code; digits glued
    to a phone word ("#call5553124477", "text5553124477") are the number it asks for."""
    if PHONE_WORD_GLUED.search(text, max(0, start - 12), start) is not None:
        return end < len(text) and text[end : end + 1].isalnum()
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    return (
        (before[-1:].isalnum() or before[-1:] in ("#", "/"))
        or (len(before) == 2 and before[1] in "-." and before[0].isalnum())
        or (after[:1].isalnum() or after[:1] == "/")
        or (len(after) == 2 and after[0] in "-" and after[1].isalnum())
    )


# A phone word right before the digits, glued on, as in a hashtag: "#CallMe5553124477", "#text5553124477".
PHONE_WORD_GLUED = re.compile(
    r"(?<![a-z])(?:call|text|txt|cell|phone|tel|dial|ring|whatsapp)(?:me|her|him|us|mom|dad)?$", re.IGNORECASE
)


def _is_amount(text: str, start: int, end: int) -> bool:
    """Money and percentages: "$1 250 000", "1 000 000%"."""
    return (start > 0 and text[start - 1] in "$€£") or (end < len(text) and text[end : end + 1] == "%")


def _e164_prefix(prefix: str, region: str) -> str:
    """A configured number block as the start of an E.164 number: "+44 20 7946" as written, "(555) 010" with the
    region's country code, a national trunk 0 dropped ("020 7946" in GB reads "+44207946")."""
    import phonenumbers  # imported on first use (see _read_numbers)

    digits = "".join(ch for ch in prefix if ch.isdigit())
    if prefix.strip().startswith("+"):
        return "+" + digits
    code = phonenumbers.country_code_for_region(region) or 1
    if code == 1 and len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    return f"+{code}{digits.lstrip('0') if code != 1 else digits}"


def _e164_set(numbers: list[str], region: str) -> frozenset[str]:
    import phonenumbers  # imported on first use (see _read_numbers)
    from phonenumbers import PhoneNumberFormat

    out: set[str] = set()
    for raw in numbers:
        try:
            out.add(phonenumbers.format_number(phonenumbers.parse(raw, region), PhoneNumberFormat.E164))
        except phonenumbers.NumberParseException:
            continue
    return frozenset(out)


class _NumberRule(Rule):
    """Phone and fax share one pass of phonenumbers and one allowlist of the organization's numbers."""

    WANT_FAX: ClassVar[bool] = False
    category = PhiPatternRule.category
    severity = PhiPatternRule.severity
    fix = PhiPatternRule.fix

    def __init__(self, settings: GuardrailSettings) -> None:
        super().__init__(settings)
        org = settings.organization
        self.region = org.phone_region.upper() or "US"

    @cached_property
    def own(self) -> frozenset[str]:
        """The organization's numbers as E.164, worked out on the first candidate (see _read_numbers)."""
        org = self.settings.organization
        return _e164_set([*org.phones, *org.faxes], self.region)

    @cached_property
    def own_local(self) -> frozenset[str]:
        """The last seven digits too: an organization often writes its own number without the area code."""
        return frozenset(number[-7:] for number in self.own if len(number) > 8)

    @cached_property
    def own_prefixes(self) -> tuple[str, ...]:
        """The configured number blocks as E.164 prefixes ("(555) 010" in the US reads "+1555010")."""
        return tuple(_e164_prefix(p, self.region) for p in self.settings.organization.phone_prefixes)

    @cached_property
    def own_exchanges(self) -> frozenset[str]:
        """Area code and exchange of each North American number of ours: "+1555010" for (555) 010-2000."""
        return frozenset(number[:8] for number in self.own if number.startswith("+1") and len(number) == 12)

    def scan(self, doc: Document) -> Iterator[Match]:
        for candidate in phone_candidates(doc, self.region):
            if candidate.is_fax is not self.WANT_FAX or self.invalidate(candidate.e164):
                continue
            if self._department_line(doc, candidate):
                continue
            yield Match(candidate.start, candidate.end)

    def _department_line(self, doc: Document, candidate: PhoneCandidate) -> bool:
        """One of the organization's lines it did not list (see the module docstring)."""
        e164 = candidate.e164
        if e164.startswith(self.own_prefixes) and self.own_prefixes:
            return True
        lower = doc.lower
        line_start = lower.rfind("\n", max(0, candidate.start - LABEL_LOOKBACK), candidate.start) + 1
        label = DEPARTMENT_LABEL.search(lower, max(line_start, candidate.start - LABEL_LOOKBACK), candidate.start)
        if label is not None and GAP_PERSONAL.search(label.group()) is None:
            return True
        if e164[:8] not in self.own_exchanges:
            return False
        window = doc.window(candidate.start, candidate.end, 60, 30)
        before = lower[max(line_start, candidate.start - 60) : candidate.start]
        if SERVICE_CUE.search(before) is None:
            return False
        return PERSONAL.search(window) is None and GAP_PERSONAL.search(window) is None

    def invalidate(self, text: str) -> bool:
        """The organization's own numbers, compared as E.164."""
        return text in self.own or (len(text) <= 9 and text[-7:] in self.own_local)


class PhoneRule(_NumberRule):
    id = "phi.phone"
    message = "Phone number that is not one of the organization's own"
    tag = "[PHONE]"


class FaxRule(_NumberRule):
    id = "phi.fax"
    message = "Fax number that is not one of the organization's own"
    tag = "[FAX]"
    WANT_FAX = True


# ---------------------------------------------------------------------------------------------------- e-mail

EMAIL = re.compile(
    r"(?<![\w.+\-])(?P<value>[A-Za-z0-9](?:[A-Za-z0-9._%+\-]{0,62}[A-Za-z0-9_])?"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![\w\-])"
)
# Free mail providers: "jane at gmail.com" and "janedoe at gmail" are addresses even without a spelled dot.
MAIL_PROVIDERS = (
    r"(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|msn|aol|icloud|protonmail|proton|gmx|comcast|verizon"
    r"|sbcglobal|bellsouth|earthlink)"
)
# The "@" disguised: bracketed "[at]", "{at}", "<at>", "(@)"; spaced " @ "; the word " at " before a spelled dot or
# a mail provider.
_EMAIL_AT = (
    r"(?:\s*[\[({<]\s*(?:at|@)\s*[\])}>]\s*|\s*@\s+|\s+@\s*"
    r"|\s+at\s+(?=[A-Za-z0-9\-]+\s*(?:[\[({<]\s*(?:dot|\.)\s*[\])}>]|\s+dot\s+))"
    rf"|\s+at\s+(?={MAIL_PROVIDERS}\b))"
)
# The dot disguised: "[dot]", "{.}", " dot ", or spaced " . ".
_EMAIL_DOT = r"(?:\s*[\[({<]\s*(?:dot|\.)\s*[\])}>]\s*|\s+dot\s+|\s?\.\s?)"
# "jane [at] gmail [dot] com", "jane (at) gmail.com", "jane at gmail dot com", "jane{at}gmail{dot}com",
# "jane @ gmail . com", "jane-doe [at] outlook [.] com": the usual disguises.
EMAIL_SPELLED = re.compile(
    rf"(?<![\w.])(?P<value>[A-Za-z0-9][A-Za-z0-9._+\-]{{0,62}}{_EMAIL_AT}"
    rf"[A-Za-z0-9\-]+(?:{_EMAIL_DOT}[A-Za-z0-9\-]+)*"
    rf"{_EMAIL_DOT}(?:com|org|net|edu|gov|us|io|co|info|me|biz))(?![\w\-/])",
    re.IGNORECASE,
)
# "email her: janedoe at gmail", "write to jane@yahoo": a mailbox at a mail provider, no top-level domain; read
# only after a word for e-mail (EMAIL_CUE), where "she worked at Yahoo" has none.
EMAIL_PROVIDER_ONLY = re.compile(
    rf"(?<![\w.@])(?P<value>[A-Za-z0-9][A-Za-z0-9._+\-]{{0,62}}(?:{_EMAIL_AT}|\s+at\s+|@){MAIL_PROVIDERS})"
    r"(?![\w\-@]|\s*(?:[\[({<]\s*(?:dot|\.)|\.\s?\w|\s+dot\s))",
    re.IGNORECASE,
)
EMAIL_CUE = re.compile(r"\b(?:e-?mail\w*|mail|inbox|write|correo|e-?mail address)\b")
EMAIL_CUE_BEFORE = 40
# What may make a text hold a disguised address: EMAIL_SPELLED and EMAIL_PROVIDER_ONLY run only when one is there.
EMAIL_HINTS = ("(at)", "[at]", "{at}", "<at>", "[@]", "(@)", "{@}", "<@>", " dot ", "[dot]", "(dot)", "[.]", "(.)")
EMAIL_SPACED_AT = re.compile(rf"\w\s*@\s|\w\s@|\s+at\s+{MAIL_PROVIDERS}\b", re.IGNORECASE)


# Words that make "X at Y dot com" a sentence rather than an address.
NOT_MAILBOX = frozenset(
    {"us", "me", "him", "her", "them", "you", "it", "we", "the", "a", "an", "our", "my", "your", "donate", "give"}
    | {"visit", "find", "see", "meet", "join", "shop", "order", "register", "apply", "learn", "read", "watch"}
    | {"follow", "sign", "call", "text", "email", "contact", "reach", "write", "look", "available", "online"}
    | {"to", "from", "with", "by", "for", "at", "in", "on", "and", "or", "thanks", "thank", "rsvp", "is", "work"}
    | {"works", "worked", "working", "job", "jobs", "career", "careers", "us!", "here", "there", "stay", "now"}
)


class EmailRule(PhiPatternRule):
    id = "phi.email"
    message = "E-mail address that is not one of the organization's own"
    tag = "[EMAIL]"
    PATTERNS = (("email", EMAIL), ("spelled", EMAIL_SPELLED), ("provider", EMAIL_PROVIDER_ONLY))

    def __init__(self, settings: GuardrailSettings) -> None:
        super().__init__(settings)
        self.own_emails = frozenset(e.strip().lower() for e in settings.organization.emails)
        self.own_domains = org_domains(settings)

    def scan(self, doc: Document) -> Iterator[Match]:
        lower = doc.lower
        spelled = any(hint in lower for hint in EMAIL_HINTS) or (
            (" at " in lower or "@" in lower) and EMAIL_SPACED_AT.search(lower) is not None
        )
        if "@" not in lower and not spelled:
            return
        taken = SpanSet()  # an address two patterns read is reported once
        for name, pattern in self.PATTERNS if spelled else self.PATTERNS[:1]:
            for found in pattern.finditer(doc.text):
                start, end = found.span("value")
                if taken.overlaps(start, end):
                    continue
                value = found.group("value")
                if name == "provider" and not self._cued(lower, start, end, value):
                    continue
                if (name == "provider" or self.validate(value)) and not self.invalidate(value):
                    taken.add(start, end)
                    yield Match(start, end)

    @staticmethod
    def _cued(lower: str, start: int, end: int, value: str) -> bool:
        """An address without its top-level domain ("janedoe at gmail") needs a word for e-mail just before it and
        a mailbox that looks like one: not a pronoun ("email me at gmail"), and long or with a digit or a dot."""
        mailbox = re.split(r"[\s\[({<@]", value.lower(), maxsplit=1)[0]
        if mailbox in NOT_MAILBOX:
            return False
        tld_after = re.match(r"\s+(?:com|net)\b", lower[end : end + 6]) is not None  # "jane at gmail com"
        if not (tld_after or len(mailbox) >= 6 or re.search(r"[\d._+-]", mailbox)):
            return False  # "our mail room at Comcast Center": a short plain word is no mailbox
        return EMAIL_CUE.search(lower, max(0, start - EMAIL_CUE_BEFORE), start) is not None

    def validate(self, text: str) -> bool:
        """A spelled-out address needs a real mailbox and domain: "us at the dot com" is a sentence."""
        return real_mailbox(text)

    def invalidate(self, text: str) -> bool:
        """The organization's own addresses and any address at one of its domains, however disguised."""
        address = canonical_email(text)
        if address in self.own_emails:
            return True
        return "@" in address and domain_in(address.rsplit("@", 1)[1], self.own_domains)


def canonical_email(text: str) -> str:
    """ "Media [at] RiversideHealth {dot} org" -> "media@riversidehealth.org": a disguised address as written."""
    address = re.sub(r"\s*[\[({<]\s*(?:at|@)\s*[\])}>]\s*", "@", text.lower())
    if "@" not in address:
        address = re.sub(r"\s+at\s+", "@", address, count=1)
    address = re.sub(r"\s*[\[({<]\s*(?:dot|\.)\s*[\])}>]\s*|\s+dot\s+", ".", address)
    return address.replace(" ", "")


def real_mailbox(text: str) -> bool:
    """A spelled-out address needs a real mailbox and domain: "us at the dot com" and "Stay @ home . Com" are
    sentences. The address is read back from its disguise first ("jane.doe82 [at] gmail [dot] com")."""
    if "@" in text and not any(ch.isspace() for ch in text):
        return True
    mailbox, _, domain = canonical_email(text).partition("@")
    words = [w for w in re.split(r"[^a-z0-9_+-]+", mailbox) if w]
    labels = domain.split(".")
    return bool(words) and words[-1] not in NOT_MAILBOX and len(labels) >= 2 and labels[0] not in NOT_MAILBOX


def spelled_email_spans(doc: Document) -> list[tuple[int, int]]:
    """Where the spelled-out e-mail addresses are ("bob at hotmail dot com"): never a defanged link too."""
    return doc.memo(
        "phi.contacts.spelled_emails",
        lambda: [m.span("value") for m in EMAIL_SPELLED.finditer(doc.text) if real_mailbox(m.group("value"))],
    )


def defanged_links(text: str) -> list[tuple[int, int]]:
    """Spans of links written so they are not clickable: "facebook[.]com/jane", "gofundme dot com/f/sam"."""
    spans: list[tuple[int, int]] = []
    for found in DEFANGED_TLD.finditer(text):
        host = DEFANGED_HOST.search(text, max(0, found.start() - DEFANGED_LOOKBACK), found.start())
        if host is not None and host.group().strip():
            spans.append((host.start(), found.end()))
        if len(spans) >= DEFANGED_MAX:
            break
    return spans


def email_spans(doc: Document) -> list[tuple[int, int]]:
    """Where the e-mail addresses are, so that phi.url never reports part of one."""
    if "@" not in doc.text:
        return []
    return doc.memo("phi.contacts.emails", lambda: [m.span() for m in EMAIL.finditer(doc.text)])


# ---------------------------------------------------------------------------------------------- URLs, handles

# Sites where a path or subdomain names a person: social networks, fundraisers, patient journals, blogs.
PERSONAL_HOSTS: frozenset[str] = frozenset(
    {
        *("facebook.com", "fb.com", "fb.me", "m.facebook.com", "instagram.com", "instagr.am", "twitter.com", "x.com"),
        *("tiktok.com", "linkedin.com", "youtube.com", "youtu.be", "threads.net", "snapchat.com", "pinterest.com"),
        *("reddit.com", "tumblr.com", "medium.com", "substack.com", "gofundme.com", "gofund.me", "caringbridge.org"),
        *("givesendgo.com", "fundly.com", "venmo.com", "cash.app", "paypal.me", "patreon.com", "mealtrain.com"),
        *("lotsahelpinghands.com", "carepages.com", "blogspot.com", "wordpress.com", "linktr.ee", "bsky.app"),
        *("mastodon.social", "twitch.tv", "vimeo.com", "flickr.com", "spotify.com", "giveforward.com", "youcaring.com"),
        *("wix.com", "wixsite.com", "squarespace.com", "weebly.com", "github.io", "about.me", "myshopify.com"),
    }
)
# "linktr.ee/jaxonstrong": a personal site's host with a path, written bare, where find_urls (which counts links
# as X does, by known top-level domains) sees no link.
BARE_HOSTS = sorted((h for h in PERSONAL_HOSTS if h.rsplit(".", 1)[1] not in GENERIC_TLDS), key=len, reverse=True)
BARE_PERSONAL = re.compile(
    r"(?<![\w@./-])(?:[a-z0-9-]+\.)?(?:" + "|".join(map(re.escape, BARE_HOSTS)) + r")/[^\s<>\"']*[\w/]",
    re.IGNORECASE,
)
# The words those hosts are made of ("linktr", "ee"): the pattern runs only on a text that has one.
BARE_HOST_WORDS = frozenset(word for host in BARE_HOSTS for word in re.findall(r"[a-z]+", host.rsplit(".", 1)[0]))
# First path segments on social sites that lead to content (a video, a search), not to someone's page.
CONTENT_PATHS = frozenset(
    {"watch", "playlist", "shorts", "embed", "live", "events", "event", "hashtag", "search", "explore", "results"}
    | {"channel", "c", "video", "videos", "trending", "feed", "topics", "help", "about", "legal", "policies"}
)
# Paths on any site that name a person.
PERSON_PATH = re.compile(r"/(?:~|@|u/|user/|users/|profile|people/|person/|member/|in/|fundraiser|donate/|campaign/)")
# Words near a generic link that say it is someone's page.
PERSON_CONTEXT = words_pattern(
    (
        *("her", "his", "their", "she", "he", "patient", "patient's", "family", "family's", "mom", "dad", "son"),
        *("daughter", "wife", "husband", "my", "grandma", "grandpa", "baby", "him", "me", "brother", "sister"),
    )
)
# Hosts that name an institution, not a person: "springfieldhospital.org", "lungassociation.org".
INSTITUTION_HOST = re.compile(
    r"(?:health|hospital|clinic|medical|medicine|foundation|society|association|institute|university|college"
    r"|school|county|city|state|news|times|post|tribune|journal|gazette|herald|radio|tv|church|ymca|museum)"
    r"|\.(?:edu|gov|mil|int)$"
)
HANDLE = re.compile(r"(?<![\w@./+\-&])@(?P<value>[A-Za-z0-9_](?:[A-Za-z0-9_.\-]{0,28}[A-Za-z0-9_])?)(?![\w@]|\.\w)")
# "facebook[.]com/jane", "gofundme dot com/f/sam": links written so that nothing makes them clickable.
DEFANG_HINT = re.compile(r"\[\.\]|\(\.\)|\[dot\]|\(dot\)|\sdot\s")
# Each of DEFANG_HINT's forms holds one of these: str.find first spares its scan (tried at every space) on most posts.
DEFANG_PARTS = ("[.]", "(.)", "dot")
DEFANG_DOT = re.compile(r"\s*(?:\[\.\]|\(\.\)|\[dot\]|\(dot\)|\s+dot\s+)\s*", re.IGNORECASE)
# Found from the spelled-out dot before the top-level domain, then the host read backwards from there: a
# single forward regex over chains of "a dot a dot ..." would cost quadratic time on hostile input.
DEFANGED_TLD = re.compile(
    r"(?:\[\.\]|\(\.\)|\[dot\]|\(dot\)| dot ) ?(?:com|org|net|me|ly|io|co|us|info|app|page|tv|social)(?![\w@-])"
    r"(?:/[^\s<>\"']*[\w/])?",
    re.IGNORECASE,
)
DEFANGED_HOST = re.compile(
    r"(?<![\w.@])(?:[a-z0-9-]{1,63} ?(?:\[\.\]|\(\.\)|\[dot\]|\(dot\)| dot |\.) ?){0,3}[a-z0-9-]{1,63} ?$",
    re.IGNORECASE,
)
DEFANGED_LOOKBACK = 80
DEFANGED_MAX = 20
# Handles of public bodies and institutions (a fire department, a county, a school), never a patient's.
ORG_HANDLE = re.compile(
    r"(?:gov|dept|county|cityof|police|sheriff|fire(?:dept|rescue)?$|hospital|foundation|news|ymca|library|schools?$"
    r"|university|univ|college|publichealth|healthdept|redcross|unitedway|^idph|^cdc|^nih|(?:fd|pd|ems)$)"
)
# "the @Patriots community team", "our friends at the @RedCross": a handle after "the" names an organization; a
# person's account is never "the @jane".
ORG_ARTICLE = re.compile(r"\bthe $")
# "@9am", "@ 10:30": the `@` as "at" before a time or a common word, not a handle.
NOT_HANDLE = re.compile(r"^(?:\d{1,2}(?::\d\d)?(?:am|pm)?|\d+|home|noon|midnight|night|work|school|everyone|here|all)$")


class UrlRule(Rule):
    id = "phi.url"
    category = PhiPatternRule.category
    severity = PhiPatternRule.severity
    fix = PhiPatternRule.fix
    message = "Link or social handle that points at a person"
    tag = "[URL]"
    TRUSTED_DOMAINS_FILE: ClassVar[str] = "trusted_domains.txt"
    TRUSTED_HANDLES_FILE: ClassVar[str] = "trusted_handles.txt"
    TRUSTED_TLDS: ClassVar[tuple[str, ...]] = ("gov", "mil")

    def __init__(self, settings: GuardrailSettings) -> None:
        super().__init__(settings)
        self.own_domains = org_domains(settings)
        self.own_handles = org_handles(settings)
        extra = {host_of(d) for d in settings.terms.trusted_domains if d.strip()}
        self.trusted = data_lines(self.TRUSTED_DOMAINS_FILE) | frozenset(extra)
        self.trusted_handles = data_lines(self.TRUSTED_HANDLES_FILE)
        self.staff_handles = staff_handle_forms(settings)

    def scan(self, doc: Document) -> Iterator[Match]:
        text = doc.text
        if "@" in text:
            yield from self._handles(doc)
        if "." in text:
            emails = email_spans(doc)
            links = find_urls(text)
            for start, end in links:
                if any(s <= start < e or start <= s < end for s, e in emails):
                    continue
                if self._points_at_person(doc, start, end):
                    yield Match(start, end)
            if "/" in text and not BARE_HOST_WORDS.isdisjoint(word_set(doc)):
                yield from self._bare_personal(doc, links)
        if any(part in doc.lower for part in DEFANG_PARTS) and DEFANG_HINT.search(doc.lower):
            spelled = spelled_email_spans(doc)
            for start, end in defanged_links(doc.text):
                if any(s < end and start < e for s, e in spelled):
                    continue
                url = DEFANG_DOT.sub(".", doc.text[start:end])
                if self._points_at_person(doc, start, end, url=url):
                    yield Match(start, end)

    def _bare_personal(self, doc: Document, links: list[tuple[int, int]]) -> Iterator[Match]:
        """Personal sites written bare with a TLD find_urls does not count ("linktr.ee/jaxonstrong")."""
        for found in BARE_PERSONAL.finditer(doc.text):
            start, end = found.span()
            if any(s < end and start < e for s, e in links):
                continue
            if self._points_at_person(doc, start, end):
                yield Match(start, end)

    def _handles(self, doc: Document) -> Iterator[Match]:
        for found in HANDLE.finditer(doc.text):
            name = found.group("value").lower()
            if NOT_HANDLE.match(name) or ORG_HANDLE.search(name) or self.invalidate("@" + name):
                continue
            if ORG_ARTICLE.search(doc.lower, max(0, found.start() - 12), found.start()):
                continue  # "Thanks to the @Patriots community relations team": a team's or a company's account
            yield Match(*found.span())

    def _points_at_person(self, doc: Document, start: int, end: int, url: str | None = None) -> bool:
        """`url` is the link as read (a defanged "facebook[.]com/x" with its dots back); the span is where it is."""
        url = url if url is not None else doc.text[start:end]
        host = host_of(url)
        if self.invalidate(url):
            return False
        rest = url.split("://", 1)[-1]
        path = rest[len(rest.split("/", 1)[0]) :] if "/" in rest else ""
        path = path.split("?", 1)[0].split("#", 1)[0].strip("/")
        if domain_in(host, PERSONAL_HOSTS):
            base = next((d for d in PERSONAL_HOSTS if host == d or host.endswith("." + d)), host)
            subdomain = host[: -len(base)].rstrip(".") if host != base else ""
            if subdomain and subdomain not in ("m", "mobile", "web", "en", "business", "help", "about", "support"):
                return True
            first = path.split("/", 1)[0].lstrip("@").lower()
            if first in CONTENT_PATHS:
                return PERSON_CONTEXT.search(doc.window(start, end, 50, 30)) is not None
            return bool(first) and first not in self.own_handles
        if PERSON_PATH.search("/" + path + "/"):
            return True
        # Any other site: someone's page when the sentence says whose ("Follow her journey at samstrong.org").
        return PERSON_CONTEXT.search(doc.window(start, end, 50, 30)) is not None and not INSTITUTION_HOST.search(host)

    def invalidate(self, text: str) -> bool:
        """The organization's own site and handles, trusted health sites and health bodies' handles."""
        if text.startswith("@"):
            name = text[1:].lower()
            squeezed = re.sub(r"[^a-z0-9]", "", name)
            return (
                name in self.own_handles
                or name in self.trusted_handles
                or any(
                    squeezed.startswith(form) and STAFF_HANDLE_TAIL.fullmatch(squeezed[len(form) :]) is not None
                    for form in self.staff_handles
                )
            )
        host = host_of(text)
        if host.rsplit(".", 1)[-1] in self.TRUSTED_TLDS:
            return True
        return domain_in(host, self.own_domains) or domain_in(host, self.trusted)


# What may follow a staff member's name in their handle: "@DrSarahChen", "@sarah_chen_md", "@drchen2".
STAFF_HANDLE_TAIL = re.compile(r"(?:md|rn|do|np|phd|pa|dds|\d{0,4})")


def staff_handle_forms(settings: GuardrailSettings) -> frozenset[str]:
    """How a staff member's own handle starts: first + last ("sarahchen"), dr + first + last, or dr + last."""
    forms: set[str] = set()
    for member in settings.staff:
        parts = [re.sub(r"[^a-z0-9]", "", p) for p in member.name.lower().split()]
        parts = [p for p in parts if p and p not in ("dr", "md", "rn", "do")]
        if len(parts) >= 2:
            forms.update((parts[0] + parts[-1], "dr" + parts[0] + parts[-1], "dr" + parts[-1]))
    return frozenset(f for f in forms if len(f) >= 6)


# ------------------------------------------------------------------------------------------------------- IPs

# A space may stand on either side of each dot, as people write an address to slip past a filter: "73 . 162 . 44 . 209".
IPV4 = re.compile(r"(?<![\w.])(?P<value>(?:\d{1,3} ?(?:\.|\[\.\]|\(\.\)) ?){3}\d{1,3})(?![\w]|\.\d| \. ?\d)")
IPV6 = re.compile(
    r"(?<![\w:.])(?P<value>(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?)(?![\w:])"
)
IP_HINT = re.compile(
    r"\d(?:\.|\[\.\]|\(\.\))\d{1,3}(?:\.|\[\.\]|\(\.\))\d|\d \. \d{1,3} \. \d|[0-9A-Fa-f]:[0-9A-Fa-f]{0,4}:"
)
# IP_HINT needs a digit right before ".", "[." or "(." (v4), or two colons (v6): this opens on a digit, so it is
# skipped to.
IP_V4_START = re.compile(r"\d ?[.\[(]")
VERSION_BEFORE = re.compile(
    r"(?:version|ver\.?|\bv|release|firmware|build|update|ios|android|app|section|sec\.?|chapter|§|step|table|figure)\s*$"
)


class IpRule(PhiPatternRule):
    id = "phi.ip"
    message = "IP address"
    tag = "[IP]"
    PATTERNS = (("ipv4", IPV4), ("ipv6", IPV6))

    def scan(self, doc: Document) -> Iterator[Match]:
        possible = doc.text.count(":") >= 2 or (doc.has_digits and IP_V4_START.search(doc.text) is not None)
        if not possible or IP_HINT.search(doc.text) is None:
            return
        for match in super().scan(doc):
            assert match.start is not None
            if VERSION_BEFORE.search(doc.lower[max(0, match.start - 12) : match.start]):
                continue
            yield match

    def validate(self, text: str) -> bool:
        """A real IPv4 or IPv6 address by the stdlib's reading (so 999.1.1.1 and 10:30:00 are not)."""
        if ":" in text and (text.count(":") < 2 or not any(c.isalnum() for c in text)):
            return False
        if " " in text and sum(len(part.strip()) > 1 for part in re.split(r"\[\.\]|\(\.\)|\.", text)) < 2:
            return False  # spaced out, as an address is to dodge a filter, not "3 . 5 . 7 . 9"
        try:
            ipaddress.ip_address(text.replace("[.]", ".").replace("(.)", ".").replace(" ", ""))
        except ValueError:
            return False
        return True


RULES: tuple[type[Rule], ...] = (PhoneRule, FaxRule, EmailRule, UrlRule, IpRule)
