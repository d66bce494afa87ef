"""phi rules: identifiers: SSN, MRN, health plan, account, licence, vehicle, device and other ids.

Most of these are only recognisable by the word in front of them ("MRN 0048213", "member ID W123-456"),
so the usual pattern is KEYWORD, optional filler ("number", "#", "is", ":"), then an id token that holds at
least one digit; the span reported is the id itself (for phi.id, keyword and id: "case number 8161-50399").
Where an identifier carries its own checksum (DEA, NPI, VIN, IMEI, card numbers) `validate` lets it stand
without a keyword. A keyword written right in front is
strong evidence on its own: a value after "SSN" is blocked even when it falls outside the issued ranges.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from string import ascii_lowercase
from typing import ClassVar

from guardrails.rules.base import Document, Match, Rule
from guardrails.rules.phi import identifiers_places as places
from guardrails.rules.phi.kin import KIN
from guardrails.rules.phi.patient_post import PatientNamed
from guardrails.rules.phi.support import (
    PhiPatternRule,
    SpanSet,
    luhn_ok,
    only_alnum,
    sentence_around,
    word_set,
    word_starts,
)
from guardrails.settings import GuardrailSettings

DIGIT = re.compile(r"\d")
YEAR = re.compile(r"(?:19|20)\d\d")
COUNT_AFTER = re.compile(
    r"\s*(?:%|percent|people|patients|members|visitors|participants|babies|families|residents|years|days|hours"
    r"|times|steps|miles|meals|volunteers|nurses|staff|employees|beds|donors)\b"
)
# "Billing: 555-010-9000", "billing office (555) 010-9000": a department's phone number after the word billing.
PHONE_SHAPE = re.compile(r"\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}")
BILLING_LINE = re.compile(r"\bbilling(?: (?:office|department|dept|line|questions?|team))?\s*[:-]?\s*(?:call\s+)?\(?$")
STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way)\b"
)
# Words between a keyword and its value: "number", "no.", "#", "is", ":", "-".
FILLER = (
    r"(?i:(?:\s*(?:\#|no\.?|nos?\b|num(?:ber)?\b|nr\b\.?|id\b|code\b|is\b|was\b|of\b|ending(?:\s+(?:in|with))?\b|reads?\b|says\b|said\b"
    r"|:|=|-|\.|,|\(|\[|\)|\]))*\s*)"
)
# Keywords that need an explicit marker ("#", "no.", "number", "id", ":") before the value.
MARKER = r"(?i:\s*(?:\#|no\.|number\b|num\b|id\b|code\b|:))"
# An id: letters and digits, maybe with inner dashes, at least 4 characters, at least one digit.
# An id read aloud or typed to dodge a digit pattern: "zero zero seven seven three one five", "four four seven, nine
# two, one one zero" (six digit words at least, with spaces, commas or hyphens between).
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
SPELLED_DIGITS = rf"(?i:{_DIGIT_WORD}(?:(?:,?\s+|-){_DIGIT_WORD}){{5,19}})(?![A-Za-z])"
DIGIT_WORDS = frozenset(_DIGIT_WORD[3:-1].split("|"))
ID_TOKEN = (
    r"(?:\d{2,6}(?: \d{2,6}){1,4}(?![A-Za-z0-9])"  # digit groups separated by spaces: "5727 8068 2757"
    r"|\d(?: \d){5,19}(?![A-Za-z0-9])"  # single digits spaced out: "0 0 4 8 8 1 2 7"
    rf"|{SPELLED_DIGITS}"
    r"|(?:[A-Z]{1,3}[ -](?=\d{3}))?(?=[A-Za-z0-9-]*\d)[A-Za-z0-9](?:[A-Za-z0-9]|[-/.](?=[A-Za-z0-9])){3,24}"
    r"(?![A-Za-z0-9]))"
)
# A longer id for keywords that are also everyday words ("account"): at least six characters.
LONG_ID_TOKEN = rf"(?:{SPELLED_DIGITS}|(?=[A-Z0-9 -]{{6}}){ID_TOKEN})"
# A plate-like value: "249 GNR", "ABC-1234", "7XYZ123".
PLATE_VALUE = r"(?=[A-Z0-9 -]*\d)[A-Z0-9]{1,4}[- ]?[A-Z0-9]{1,5}(?![A-Za-z0-9])"


def keyed(keywords: str, value: str = ID_TOKEN, *, marker: bool = False) -> re.Pattern[str]:
    """KEYWORD [filler] VALUE, the keyword case-insensitive, the value as written (ids are upper case)."""
    needs = MARKER if marker else ""
    return re.compile(rf"(?i:(?<![A-Za-z0-9])(?:{keywords}){needs}){FILLER}(?P<value>{value})")


class KeyedRule(PhiPatternRule):
    """An identifier found by its keyword (KEYED) or, for self-checking formats, by itself (LOOSE).

    When two rules' keywords lead to the same value ("member ID: W123" is both "member ID" and "ID"), the
    one whose keyword starts earliest (the longest, most specific lead) owns it: see `keyed_winners`. A LOOSE
    match must pass `validate` and never overlaps a keyed one.
    """

    NEEDS_DIGITS = True
    KEYED: ClassVar[tuple[re.Pattern[str], ...]] = ()
    # The first word (lower-case letter run) of every keyword: KEYED patterns are tried only where one starts.
    HINTS: ClassVar[frozenset[str]] = frozenset()
    LOOSE: ClassVar[tuple[re.Pattern[str], ...]] = ()
    # The fewest digits a LOOSE value can have (SSN 9, card 13...): most posts have too few to try them at all.
    LOOSE_MIN_DIGITS: ClassVar[int] = 1
    # Report the keyword with the value ("case number 8161-50399"): for ids whose keyword says whose it is.
    SPAN_FROM_KEYWORD: ClassVar[bool] = False

    def scan(self, doc: Document) -> Iterator[Match]:
        if not doc.has_digits:
            # a value in words only ("acct number four four seven, nine two, one one zero"): keyed ids only
            for rule_id, lead, start, end in keyed_winners_with_leads(doc):
                if rule_id == self.id and not self.invalidate(doc.text[start:end]):
                    yield Match(lead if self.SPAN_FROM_KEYWORD else start, end)
            return
        winners = keyed_span_set(doc)
        for rule_id, lead, start, end in keyed_winners_with_leads(doc):
            if rule_id == self.id and not self.invalidate(doc.text[start:end]):
                yield Match(lead if self.SPAN_FROM_KEYWORD else start, end)
        for start, end in self.loose_spans(doc):
            if not winners.overlaps(start, end):
                yield Match(start, end)

    def loose_spans(self, doc: Document) -> Iterator[tuple[int, int]]:
        if digit_count(doc) < self.LOOSE_MIN_DIGITS:
            return
        for pattern in self.LOOSE:
            if not self.loose_possible(doc, pattern):
                continue
            for found in pattern.finditer(doc.text):
                value = found.group("value")
                if self.validate(value) and not self.invalidate(value):
                    yield found.span("value")

    def loose_possible(self, doc: Document, pattern: re.Pattern[str]) -> bool:
        """Can `pattern` match at all? A cheap necessary test a rule may give, so a slow scan is skipped."""
        return True


def digit_count(doc: Document) -> int:
    return doc.memo("phi.identifiers.digits", lambda: len(DIGIT.findall(doc.text)))


def keyed_winners(doc: Document) -> list[tuple[str, int, int]]:
    """Every keyword-led identifier value as (rule id, start, end), one owner per value (see KeyedRule)."""
    return doc.memo(
        "phi.identifiers.keyed",
        lambda: [(rule, start, end) for rule, _lead, start, end in keyed_winners_with_leads(doc)],
    )


def keyed_winners_with_leads(doc: Document) -> list[tuple[str, int, int, int]]:
    """The same as (rule id, keyword start, value start, value end)."""
    return doc.memo("phi.identifiers.keyed_leads", lambda: _keyed_winners(doc))


def spelled_possible(doc: Document) -> bool:
    """Could a keyword's value be digits in words? Six digit words at least are needed (SPELLED_DIGITS)."""
    return not doc.words.isdisjoint(DIGIT_WORDS) and SPELLED_RUN.search(doc.lower) is not None


SPELLED_RUN = re.compile(SPELLED_DIGITS)


def _keyed_winners(doc: Document) -> list[tuple[str, int, int, int]]:
    if not doc.has_digits and not spelled_possible(doc):
        return []
    found: list[tuple[int, int, int, int, str]] = []
    text = doc.text
    all_starts = word_starts(doc, ALL_HINTS)
    for order, cls in enumerate(KEYED_RULES):
        starts = [i for i, word in all_starts if word in cls.HINTS]
        for pattern in cls.KEYED:
            for lead in starts:
                hit = pattern.match(text, lead)
                if hit is not None and not _not_an_id(doc, cls.id, *hit.span("value")):
                    start, end = hit.span("value")
                    found.append((lead, order, start, -end, cls.id))  # the longest value of a lead first
    found.sort()
    winners: list[tuple[str, int, int, int]] = []
    taken = SpanSet()
    for lead, _order, start, negative_end, rule_id in found:
        end = -negative_end
        if not taken.overlaps(start, end):
            taken.add(start, end)
            winners.append((rule_id, lead, start, end))
    return winners


def keyed_span_set(doc: Document) -> SpanSet:
    """The keyword-led identifier values as a SpanSet, for the overlap tests of loose matches and phone numbers."""
    return doc.memo("phi.identifiers.keyed_spans", lambda: SpanSet((s, e) for _r, s, e in keyed_winners(doc)))


def _not_an_id(doc: Document, rule_id: str, start: int, end: int) -> bool:
    """ "Case: 2024 was a record year", "Sample: 1000 people", "Visit: 1200 River Road": a year, a count or a
    house number after a keyword-looking word (SSN keeps its last four, which may look like a year)."""
    value = doc.text[start:end]
    if rule_id != "phi.ssn" and YEAR.fullmatch(value):
        return True
    if rule_id == "phi.account" and _billing_line(doc, start, value):
        return True
    return COUNT_AFTER.match(doc.lower, end) is not None or STREET_AFTER.match(doc.text, end) is not None


def _billing_line(doc: Document, start: int, value: str) -> bool:
    """ "Billing: 555-010-9000" is the billing office's phone line, which phi.phone judges, not an account."""
    return (
        PHONE_SHAPE.fullmatch(value) is not None
        and BILLING_LINE.search(doc.lower, max(0, start - 40), start) is not None
    )


def keyed_overlaps(doc: Document, start: int, end: int) -> bool:
    """True when a keyword-led identifier (MRN, account...) covers part of [start, end): it is the better label."""
    return keyed_span_set(doc).overlaps(start, end)


# -------------------------------------------------------------------------------------------------------- SSN

SSN_KEYWORDS = r"ssn|ss\#|ss\s+no\.?|social\s+security(?:\s+(?:number|no\.?|#|card))?|social"
SSN_DASHED = re.compile(
    r"(?P<value>(?P<area>\d(?<![\d-]\d)\d{2})(?P<sep>[- ])(?P<group>\d{2})(?P=sep)(?P<serial>\d{4}))(?![\d-])"
)


class SsnRule(KeyedRule):
    id = "phi.ssn"
    message = "Social security number"
    tag = "[SSN]"
    HINTS = frozenset({"ssn", "ss", "social"})
    KEYED = (keyed(SSN_KEYWORDS, r"(?:\d{3}|[*xX#]{3})[-. ]?(?:\d{2}|[*xX#]{2})[-. ]?\d{4}(?!\d)|\d{4}(?![\d-])"),)
    LOOSE = (SSN_DASHED,)
    LOOSE_MIN_DIGITS = 9
    CONTEXT_WINDOW = 60

    def loose_spans(self, doc: Document) -> Iterator[tuple[int, int]]:
        """Issued-range SSNs anywhere, and any nine digits in SSN shape when the sentence says SSN before them
        ("The form asked for my SSN so I wrote 206.62.6173")."""
        seen = set(super().loose_spans(doc))
        yield from sorted(seen)
        if digit_count(doc) < self.LOOSE_MIN_DIGITS or not (word_set(doc) & self.HINTS):
            return
        for found in (*SSN_ANY.finditer(doc.text), *SSN_SPACED.finditer(doc.text)):
            span = found.span("value")
            before = doc.lower[max(0, span[0] - self.CONTEXT_WINDOW) : span[0]]
            before = before[max(before.rfind(mark) for mark in SENTENCE_ENDS) + 1 :]
            if span not in seen and SSN_CONTEXT.search(before):
                seen.add(span)
                yield span

    def validate(self, text: str) -> bool:
        """Issued ranges: area not 000, 666 or 900-999; group not 00; serial not 0000."""
        digits = only_alnum(text)
        if len(digits) != 9 or not digits.isdigit():
            return False
        area, group, serial = digits[:3], digits[3:5], digits[5:]
        return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


SSN_ANY = re.compile(r"(?P<value>\d(?<![\d.-]\d)\d{2}(?P<sep>[-. ]?)\d{2}(?P=sep)\d{4})(?![\d-]|\.\d)")
# Its digits spaced out one by one to slip past a filter: "4 1 9 - 3 3 - 8 0 2 7".
SSN_SPACED = re.compile(r"(?P<value>\d(?<![\d.-]\d) \d \d ?[-.] ?\d \d ?[-.] ?\d \d \d \d)(?![\d-]| \d)")
SENTENCE_ENDS = (". ", "!", "?", "\n")
SSN_CONTEXT = re.compile(r"\b(?:ssn|ss\#|social\s+security|social(?=\s+(?:is|was|number|no|\#)))")


# -------------------------------------------------------------------------------------------------------- MRN

MRN_KEYWORDS = (
    r"mrn|m\.r\.n\.?|m\s+r\s+n|mr\s*\#|medical\s+rec\.?(?:\s+(?:number|no\.?|#))?|emr(?:\s+(?:id|number|no\.?))?|medical[\s-]+record(?:s)?(?:\s+(?:number|no\.?|#|id))?|med[\s.]*rec(?:ord)?\.?"
    r"|hospital\s+(?:number|no\.?|#|id)|patient\s+record|health\s+record(?:\s+number)?|ehr\s*(?:#|id|number)"
    # the British hospital number, shortened: "hosp no. FG4401927"
    r"|hosp\.?\s+(?:number|no\.?|#|id)"
)
MRN_MARKED = r"chart|record|file"


class MrnRule(KeyedRule):
    id = "phi.mrn"
    message = "Medical record number"
    tag = "[MRN]"
    HINTS = frozenset(
        {
            *("mrn", "m", "mr", "emr", "medical", "med", "hospital", "hosp", "patient", "health", "ehr"),
            *("chart", "record", "file"),
        }
    )
    KEYED = (keyed(MRN_KEYWORDS), keyed(MRN_MARKED, marker=True), keyed(r"record", LONG_ID_TOKEN))


# ------------------------------------------------------------------------------------------------ health plan

PLAN_KEYWORDS = (
    r"member(?:ship)?\s*(?:id|\#|no\.?|number|num)|subscriber\s*(?:id|\#|no\.?|number)"
    r"|beneficiary(?:\s*(?:id|\#|no\.?|number))?|mbi|hicn|medicare\s+beneficiary\s+identifier"
    r"|(?:insurance|insurer|health\s+plan|plan|policy|group|medicare|medicaid|coverage|benefits?)"
    r"(?:\s+(?:recipient|member|beneficiary|subscriber|policy|plan|card|insurance|client))?\s*"
    r"(?:id|\#|no\.?|number|num|card\s*(?:\#|number|no\.?)?)"
    r"|policy\s+holder\s*(?:id|\#|number)|rx\s*(?:bin|pcn|grp|group)\s*(?:\#|:)?"
    r"|(?:bcbs|aetna|cigna|humana|uhc|unitedhealthcare|united\s+healthcare|anthem|kaiser|tricare|molina|centene"
    r"|blue\s+cross(?:\s+blue\s+shield)?|blue\s+shield)(?:\s+(?:member|subscriber|insurance|plan|health))?"
    r"\s*(?:id|\#|no\.?|number|num|card)"
    # national health numbers: the UK's NHS number, Ontario's OHIP, a health card
    r"|(?:nhs|chi|ohip|health\s+card|medical\s+card|personal\s+health)\s*(?:number|no\.?|\#|num)?"
)
# The Medicare Beneficiary Identifier layout (CMS): 11 characters, no S, L, O, I, B, Z.
MBI = re.compile(
    r"(?P<value>[1-9](?<![A-Za-z0-9][1-9])[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?"
    r"[AC-HJKMNP-RT-Y]{2}\d{2})(?![A-Za-z0-9])"
)


# Insurers print ids as a letter prefix and digit groups: "XYP 847 221 065", "HMX 552 019 387".
# "XQB 442 18 903": groups of two to four digits.
SPACED_PLAN_ID = r"[A-Z]{2,4} \d{2,4}(?: \d{2,4}){1,3}(?![A-Za-z0-9])"
# Its characters spaced out one by one, dashes between groups: "W 8 8 3 - 2 0 1 - 7 7 4".
SPACED_SINGLES = r"(?:[A-Z] )?\d(?:(?: | ?- ?)\d){5,19}(?![A-Za-z0-9])"
PLAN_VALUE = f"{SPACED_PLAN_ID}|{SPACED_SINGLES}|{ID_TOKEN}"
# "policy" alone is also a staff policy ("per policy NUR-104", "policy 2024-11"): its id needs seven digits.
POLICY_ID = r"(?=(?:[A-Za-z-]*\d){7})" + ID_TOKEN


SAID_GAP = r"(?:\s+[a-z]+){1,3}\s*[,:]"
SAID_VALUE = r"(?=[A-Z0-9]{8})(?=(?:[A-Z]*\d){6})[A-Z0-9]{8,16}(?![A-Za-z0-9])"


class HealthPlanRule(KeyedRule):
    id = "phi.health_plan"
    message = "Health plan beneficiary, member, policy or group number"
    tag = "[PLAN_ID]"
    HINTS = frozenset(
        {
            *("member", "membership", "subscriber", "beneficiary", "mbi", "hicn", "medicare", "medicaid", "insurance"),
            "recipient",
            *("bcbs", "aetna", "cigna", "humana", "uhc", "unitedhealthcare", "united", "anthem", "kaiser", "tricare"),
            *("molina", "centene", "blue"),
            *("insurer", "health", "plan", "policy", "group", "coverage", "benefit", "benefits", "rx", "grp"),
            *("mbr", "ins", "insur"),
            *("nhs", "chi", "ohip", "medical", "personal"),
        }
    )
    KEYED = (
        keyed(PLAN_KEYWORDS, PLAN_VALUE),
        keyed(r"member|subscriber|beneficiary|recipient", LONG_ID_TOKEN),
        keyed(r"grp\.?", f"{SPACED_PLAN_ID}|{LONG_ID_TOKEN}"),
        keyed(r"(?:mbr|ins\.?|insur\.?)\s*(?:id|\#|no\.?|num(?:ber)?)", PLAN_VALUE),
        keyed(r"policy", f"{SPACED_PLAN_ID}|{POLICY_ID}"),
        # a few words between a member id and its value, when the value is unmistakably one (eight characters, six
        # digits at least): "read her whole member ID out loud, XKW884213907"
        keyed(rf"(?:member(?:ship)?|subscriber|policy)\s*(?:id|\#|number){SAID_GAP}", SAID_VALUE),
    )
    LOOSE = (MBI,)
    LOOSE_MIN_DIGITS = 5


# ---------------------------------------------------------------------------------------------------- account

ACCOUNT_KEYWORDS = (
    r"acct\.?|account|billing(?:\s+(?:account|id|code|reference|ref\.?))?|invoice|statement"
    r"|bank\s+account|routing|iban|patient\s+account|guarantor|receipt|reference|ref\.?|payment\s+plan"
    r"|(?:credit|debit)\s+card|card"
)
ACCOUNT_STRONG = r"acct\.?|iban|routing\s+(?:number|no\.?|#)|(?:account|card)\s+ending(?:\s+(?:in|with))?"
ACCOUNT_LOOSE = r"(?:billing\s+|bank\s+|patient\s+|checking\s+|savings\s+)?account|invoice|receipt"
# An IBAN ("GB82 WEST 1234 5698 7654 32"): country, two check digits, then the account, confirmed by mod 97.
IBAN_AFTER_LETTERS = r"\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])"
IBAN_VALUE = rf"[A-Z]{{2}}{IBAN_AFTER_LETTERS}"
IBAN = re.compile(rf"(?P<value>[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]{IBAN_AFTER_LETTERS})")
# Card numbers: 13-19 digits, optionally grouped by 4, with a Luhn check digit.
CARD = re.compile(r"(?P<value>\d(?<![\d-]\d)\d{3}(?:[ -]?\d{4}){2}[ -]?\d{1,7})(?![\d-])")


# Staff shorthand for a visit's financial number ("FIN 40029913", "HAR 5500217841"), an encounter's contact serial
# number ("CSN 118834201", "enc# 5521093"): short keywords that are also words ("fin"), so six digits at least.
STAFF_NUMBER = r"(?=(?:[A-Za-z-]*\d){6})" + ID_TOKEN


class AccountRule(KeyedRule):
    id = "phi.account"
    message = "Account, billing or card number"
    tag = "[ACCOUNT]"
    HINTS = frozenset(
        {
            *("acct", "account", "billing", "invoice", "statement", "bank", "routing", "iban"),
            *("patient", "guarantor", "receipt", "reference", "ref", "payment", "credit", "debit", "card"),
            *("checking", "savings", "fin", "har"),
        }
    )
    KEYED = (
        keyed(r"iban", IBAN_VALUE),
        keyed(ACCOUNT_STRONG),
        keyed(ACCOUNT_KEYWORDS, marker=True),
        keyed(ACCOUNT_LOOSE, LONG_ID_TOKEN),
        keyed(r"fin|har", STAFF_NUMBER),
    )
    LOOSE = (IBAN, CARD)
    LOOSE_MIN_DIGITS = 8

    def validate(self, text: str) -> bool:
        """A card number without a keyword must pass Luhn and be 13 to 19 digits long; an IBAN, its mod-97 check."""
        digits = only_alnum(text)
        if digits[:2].isalpha():
            return 15 <= len(digits) <= 34 and iban_ok(digits)
        return 13 <= len(digits) <= 19 and luhn_ok(digits)


def iban_ok(code: str) -> bool:
    """ISO 13616: the first four characters moved to the end, letters as 10-35, the number mod 97 is 1."""
    moved = code[4:] + code[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


# ---------------------------------------------------------------------------------------------------- licence

LICENSE_KEYWORDS = (
    r"driver'?s?\s+licen[cs]e|cdl|lic\.|driving\s+licen[cs]e|\bdl|d\.l\.|licen[cs]e(?!\s*plate)|dea(?:\s+registration)?"
    r"|npi|certificate|certification|cert\.?|permit|registration\s+(?:number|no\.?|#)|state\s+id|passport|green\s+card"
)
# DEA registration: two letters (registrant type, surname initial or 9) and seven digits, the last a check digit.
DEA = re.compile(r"(?P<value>[ABCDEFGHJKLMPRSTUX](?<![A-Za-z0-9][A-Z])[A-Z9]\d{7})(?![A-Za-z0-9])")
# A bare NPI: ten digits starting with 1 (no North American phone number does), confirmed by Luhn in `validate`.
NPI = re.compile(r"(?P<value>1(?<![\w.-]1)\d{9})(?![\w-]|\.\d)")


SPACED_GROUPS = r"[A-Z]{1,3} \d{2,4}(?: \d{2,4}){1,3}(?![A-Za-z0-9])"


class LicenseRule(KeyedRule):
    id = "phi.license"
    message = "Licence or certificate number (driver's licence, DEA, NPI, state licence)"
    tag = "[LICENSE]"
    HINTS = frozenset(
        {
            *("driver", "drivers", "driving", "dl", "cdl", "d", "license", "licence", "dea", "lic"),
            *("npi", "certificate", "certification", "cert", "permit", "registration", "state", "passport", "green"),
        }
    )
    # "DEA # BK 481 9205": a registration written in groups
    KEYED = (keyed(LICENSE_KEYWORDS, f"{SPACED_GROUPS}|{ID_TOKEN}"),)
    LOOSE = (DEA, NPI)
    LOOSE_MIN_DIGITS = 7

    def validate(self, text: str) -> bool:
        """DEA check digit: (d1 + d3 + d5) + 2 * (d2 + d4 + d6), last digit equals d7. NPI: Luhn over 80840+id."""
        value = only_alnum(text)
        if len(value) == 9 and value[2:].isdigit():
            return dea_ok(value)
        if len(value) == 10 and value.isdigit():
            return npi_ok(value)
        return True


def dea_ok(value: str) -> bool:
    d = [int(c) for c in value[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def npi_ok(value: str) -> bool:
    return value[0] in "12" and luhn_ok("80840" + value)


# ---------------------------------------------------------------------------------------------------- vehicle

# "tag" of a thing that is no vehicle ("the bag tag", "a name tag") is no plate; "reg" is the British plate's word
# ("reg NX19 KTB").
NOT_A_PLATE_TAG = r"(?<!bag\s)(?<!name\s)(?<!luggage\s)(?<!price\s)(?<!gift\s)(?<!dog\s)(?<!ear\s)(?<!id\s)"
PLATE_KEYWORDS = (
    rf"licen[cs]e\s+plates?|plates?|{NOT_A_PLATE_TAG}tag|registration\s+plate|number\s+plate|reg(?:istration)?\.?"
)
# A plate's value never opens on another identifier's keyword: "tag reads SN 40-7731-A992" is a device's serial.
NOT_ANOTHER_KEYWORD = r"(?!(?i:sn|s/n|serial|imei|mrn|id|rx)\b)"
VIN_KEYWORDS = r"vin|vehicle\s+identification(?:\s+number)?|chassis\s+(?:number|no\.?)"
VIN = re.compile(r"(?P<value>[A-HJ-NPR-Z0-9](?<![A-Za-z0-9][A-Z0-9])[A-HJ-NPR-Z0-9]{16})(?![A-Za-z0-9])")
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_VALUES = {
    **{str(n): n for n in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}


class VehicleRule(KeyedRule):
    id = "phi.vehicle"
    message = "Vehicle identifier (licence plate, VIN)"
    tag = "[VEHICLE]"
    HINTS = frozenset(
        {"plate", "plates", "tag", "license", "licence", "registration", "number", "vin", "vehicle", "chassis", "reg"}
    )
    KEYED = (
        keyed(PLATE_KEYWORDS, f"{NOT_ANOTHER_KEYWORD}(?:{PLATE_VALUE}|{ID_TOKEN})"),
        keyed(VIN_KEYWORDS, f"{ID_TOKEN}|{PLATE_VALUE}"),
    )
    LOOSE = (VIN,)
    LOOSE_MIN_DIGITS = 5

    def validate(self, text: str) -> bool:
        """The VIN check digit (position 9) of North American VINs; letters and digits both present."""
        value = text.upper()
        if len(value) != 17 or value.isdigit() or value.isalpha():
            return False
        total = sum(VIN_VALUES.get(c, -100) * w for c, w in zip(value, VIN_WEIGHTS, strict=True))
        if total < 0:
            return False
        check = total % 11
        return value[8] == ("X" if check == 10 else str(check))


# ----------------------------------------------------------------------------------------------------- device

DEVICE_KEYWORDS = (
    r"serial(?:\s+(?:number|no\.?|#|num))?|s/n|sn\b|imei|meid|esn|udi|device\s+(?:id|identifier|number|#|serial)"
    r"|(?:pacemaker|implant|defibrillator|icd|pump|insulin\s+pump|cgm|hearing\s+aid|monitor|sensor|stimulator"
    r"|transmitter|receiver|device|glucose\s+monitor|cochlear\s+implant|port|wheelchair|ventilator|cpap)"
    r"(?:\s+(?:transmitter|receiver|sensor|device|unit|generator))?\s+(?:serial|id|identifier|number|#|s/n)(?:\s+(?:number|no\.?|#))?|mac\s+address|model\s*/\s*serial"
)
# "her Dexcom transmitter 8GK4PZ": a device named, then a code of capitals and digits with no "serial" between.
DEVICE_NOUNS = (
    r"pacemaker|implant|defibrillator|icd|pump|cgm|hearing\s+aid|sensor|stimulator|transmitter|receiver"
    r"|cochlear\s+implant|ventilator|cpap|bipap|lvad|vad|port"
)
DEVICE_CODE = r"(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{4,19}(?![A-Za-z0-9])"
IMEI = re.compile(r"(?P<value>\d(?<![\d-]\d)\d[- ]?\d{6}[- ]?\d{6}[- ]?\d)(?![\d-])")
# GS1 UDI: (01) and a 14-digit GTIN, then optional application identifiers (expiry, lot, serial).
UDI = re.compile(r"(?P<value>\(01\)\d{14}(?:\((?:10|11|17|21)\)[A-Za-z0-9]{1,20})*)")
MAC = re.compile(
    r"(?P<value>[0-9A-Fa-f](?<![\w:-][0-9A-Fa-f])[0-9A-Fa-f](?P<sep>[:-])(?:[0-9A-Fa-f]{2}(?P=sep)){4}[0-9A-Fa-f]{2})(?![\w:-])"
)
IMEI_DIGITS = 15
MAC_SEPARATORS = 5


class DeviceRule(KeyedRule):
    id = "phi.device"
    message = "Device identifier or serial number (implant serial, IMEI, UDI)"
    tag = "[DEVICE]"
    HINTS = frozenset(
        {
            *("serial", "s", "sn", "imei", "meid", "esn", "udi", "device", "pacemaker"),
            *("implant", "defibrillator", "icd", "pump", "insulin", "cgm", "hearing", "monitor", "sensor"),
            *("stimulator", "mac", "model", "transmitter", "receiver", "glucose", "cochlear", "port", "wheelchair"),
            *("ventilator", "cpap", "bipap", "lvad", "vad"),
        }
    )
    KEYED = (keyed(DEVICE_KEYWORDS), keyed(DEVICE_NOUNS, DEVICE_CODE))
    LOOSE = (UDI, IMEI, MAC)
    LOOSE_MIN_DIGITS = 2

    def loose_possible(self, doc: Document, pattern: re.Pattern[str]) -> bool:
        """A UDI opens on "(01)", an IMEI holds 15 digits, a MAC address 5 colons or 5 hyphens: both scans open
        on a lookbehind, which the regex engine tries at every character."""
        text = doc.text
        if pattern is UDI:
            return "(01)" in text
        if pattern is IMEI:
            return digit_count(doc) >= IMEI_DIGITS
        return pattern is not MAC or text.count(":") >= MAC_SEPARATORS or text.count("-") >= MAC_SEPARATORS

    def validate(self, text: str) -> bool:
        """A UDI and a MAC address stand by their shape; an IMEI without a keyword needs 15 digits and Luhn."""
        if text.startswith("(01)") or MAC.fullmatch(text):
            return True
        digits = only_alnum(text)
        return len(digits) == 15 and luhn_ok(digits)


# --------------------------------------------------------------------------------------------------- other ids

# "ID" alone, except where it names something that is not a person's ("study ID", "job ID", "order ID").
ID_WORD = (
    r"(?<!study\s)(?<!trial\s)(?<!version\s)(?<!product\s)(?<!model\s)(?<!course\s)(?<!event\s)(?<!tax\s)"
    r"(?<!job\s)(?<!order\s)(?<!req\s)(?<!posting\s)(?<!wi-fi\s)(?<!wifi\s)(?<!meeting\s)(?<!zoom\s)id"
)
ID_KEYWORDS = (
    r"wrist\s*band|bracelet|case|accession|specimen|sample|patient|pt\.?|visit|encounter|admission|claim"
    rf"|episode|identification|ident\.?|{ID_WORD}"
)
ID_STRONG = (
    r"wrist\s*band|accession|case\s+file|patient\s+id|pt\.?\s+id|id\s+card|claim|encounter|admission|visit\s+id"
    rf"|{ID_WORD}"
)
# "room 4B", "rm 312", "bed 12", "room 412, bed 2", "chair 7", "trauma bay 2", "PACU slot 5": where a patient
# is, when the text ties it to a person.
# The place words a room needs: ROOM is only run on a text holding one of them (Document.has_any).
ROOM_PLACES = (
    *("room", "rm", "bed", "bay", "suite", "cubicle", "pod", "chair", "slot", "stall", "crib", "isolette"),
    *("incubator", "station", "bassinet", "stretcher", "gurney", "cot", "recliner", "spot", "spots"),
    # a room in the languages of the posts (accents folded): "habitación 512-A", "Kwarto 6B", "phòng 5S-22", "chanm 612"
    *("habitacion", "cuarto", "kwarto", "silid", "phong", "zimmer", "chambre", "chanm"),
    # a British emergency department's trolley is a bed: "the gent on trolley 9 in majors"
    "trolley",
)
# The letter runs of a text where ROOM can match: a place word alone or with the one letter of a code glued on
# ("roomA12"); the lookbehind keeps a letter from coming before it.
ROOM_RUNS = frozenset(ROOM_PLACES) | {place + letter for place in ROOM_PLACES for letter in ascii_lowercase}
ROOM_PLACE = "|".join(place if place != "rm" else r"rm\.?" for place in ROOM_PLACES)
ROOM = re.compile(
    r"(?P<value>(?i:(?<![A-Za-z0-9])(?:(?:icu|nicu|picu|ccu|pacu|er|ed|trauma|resus|triage|infusion|recovery)\s+)?"
    rf"(?:{ROOM_PLACE}))"
    # "room 5S-14", and "room, 5S-14" or "room (418)" when the code is unmistakably one
    r"(?:,\s*(?=[0-9]{1,2}[A-Za-z]-[0-9])|\s*\(\s*(?=[0-9]{3,4}\))|\s*\#?\s*)"
    r"(?:[0-9]{1,2}[A-Za-z]-[0-9]{1,3}[A-Za-z]?|[0-9]{1,4}-[A-Za-z]|[0-9]{1,4}[A-Za-z]?|[A-Za-z]-?[0-9]{1,4}"
    r"|[0-9]{1,2}-?[A-Za-z]|[A-Z])(?![A-Za-z0-9])"
    r"(?:(?:,?\s*|\s*/\s*)(?i:bed|bay)\s*\#?\s*[0-9A-Za-z]{1,3}(?![A-Za-z0-9]))?"
    # "isolettes 4 and 5", "spots 11 and 12": more of the same locator
    r"(?:\s*(?:and|&)\s*[0-9]{1,4}[A-Za-z]?(?![A-Za-z0-9]))?)"
)
# "Bed 3 in the PICU is our superhero of the week!": the bed stands for the person in it.
ROOM_AS_PERSON = re.compile(
    r"(?:\s+(?:in|on)\s+(?:the\s+)?(?:[a-z0-9]{1,10}\s+)?[a-z]{2,10})?\s+(?:just\s+|finally\s+)?(?:says|said|wants|wanted|thanks|thanked|loves|loved|celebrated"
    r"|celebrates|turned|went\s+home|is\s+going\s+home|got\s+to\s+go\s+home|is\s+(?:our|a|the)\s+(?:little\s+)?"
    r"(?:superhero|hero|warrior|champion|champ|star|fighter|inspiration|rock\s*star))\b"
)
UNIT_AFTER = re.compile(
    r"\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|miles?|feet|ft|steps|times|percent|%)(?![a-z])"
)
# A unit and a number name one bed or bay: "admitted Christmas morning to ICU 14B", "to ED 12 then Sandpiper"; and a
# floor-wing-room code needs no place word at all: "transfer ready: 2N-07A to Lincoln".
UNIT_LOCATOR = re.compile(
    # (and a children's ward's: "his room is Peds 4")
    r"(?P<value>(?i:(?<![A-Za-z0-9])(?:icu|nicu|picu|ccu|cvicu|pacu|ed|er|triage|peds))\s+[0-9]{1,3}[A-Z]?(?![\w/.:-])"
    r"|(?<![\w-])[0-9]{1,2}[NSEW]{1,2}-[0-9]{1,3}[A-Z]?(?![\w-]))"
)
# A player's number after a team's name: "Sending strength to Arapahoe Valley Warriors #22 ... took care of him".
JERSEY = re.compile(r"\b(?:[A-Z][a-z]+\s+){1,3}[A-Z][a-z]+\s+(?P<value>\#\d{1,2})(?![\w,.]\d|\d)")
UNIT_LOCATOR_WORDS = frozenset({"icu", "nicu", "picu", "ccu", "cvicu", "pacu", "ed", "er", "triage", "peds"})
UNIT_CODE_SHAPE = re.compile(r"\d[NSEW]{1,2}-\d")
# "Mr. Okafor in 4B": a bare room code after "in" (not 2D/3D/4D/4K, which are formats).
# "he's in 5N-22": a floor, a wing and a room, the way units number their rooms.
BARE_ROOM = re.compile(
    r"in(?<![A-Za-z0-9]in)\s+(?P<value>(?!\dD\b|\dK\b)\d{1,4}[A-H]|\d{1,2}[NSEW]{1,2}-\d{1,3})(?![A-Za-z0-9-])"
)
# A lettered locator's letter that is a word: "the bed I slept in", "a spot I love".
LETTER_ONLY_NOT_A_CODE = re.compile(r"\sI$")
PERSON_WORDS = re.compile(
    r"(?<![a-z])(?:patient|she|he|her|his|him|they|mom|mother|dad|father|son|daughter|baby|newborn|wife"
    r"|husband|grandma|grandmother|grandpa|grandfather|grandson|granddaughter|resident|veteran|toddler|teen"
    r"|boy|girl|man|woman|gentleman|lady|guy|gent|chap|bloke|fella|lad|lass|kid|child|admitted|recovering|stayed|staying|born|birthday|celebrated"
    r"|visited|family|mr|mrs|ms|miss|mx|grandparent|wants|thanks(?!\s+t(?:o\b|o?$))|says|friend|kiddo|fighter|warrior|champ"
    r"|bedside|mrn|get\s+well|feel\s+better|speedy\s+recovery|magpagaling|pagaling|\d{1,3}-year-old"
    # a chart's shorthand for one patient's move: "dc summary for bed 2", "transfer ready: 2N-07A" (not the
    # transfer center's staff)
    r"|dc|d/c|dc'd|discharged?|transfer(?:red)?(?!\s+(?:center|centre|team|staff|line|desk|office))"
    # one person's age, in the posts' languages: "age 99", "95 tuoi" (tuổi), "101 anos" (años); not a population
    # ("patients 90 years old and older", "age 65 and over")
    r"|(?:age\s+\d{1,3}|\d{1,3}\s+(?:tuoi|anos|years?\s+old|y/?o|taong\s+gulang))"
    r"(?!\s*(?:\+|and\s+(?:older|over|up|above)|or\s+(?:older|over|more)))"
    rf"|{KIN})(?![a-z])"
)
EVENT_WORDS = re.compile(
    # a family meeting is one patient's care, but its room is a venue
    r"(?<![a-z])(?:conference|(?<!family\s)meeting|family\s+meeting\s+rooms?|seminar|class|classes|classroom"
    r"|workshop|lecture|training|orientation"
    rf"|{places.NOT_OWN}session"
    r"|sessions|rsvp|register|registration|auditorium|boardroom|board|community|join|hosted|hosting|host|webinar"
    r"|lunch|breakfast|fair|open\s+house|ceremony|event|events|talk|screening|clinic|drive|support\s+group"
    # "waiting" as a place, not the verb ("with a new puppy waiting")
    r"|waiting(?=\s+(?:room|area|lounge|rooms|areas))|break|lactation|quiet|prayer|chapel|gift|shop|cafeteria|suites?"
    r"|wing|tower|floor|beds|lounge|kitchen"
    r"|pantry|storage|renovated|renovation)(?![a-z])"
)


# A participant's code: letters and digits with a dash, or four digits at least ("PANC2-060", "0412"); not a
# count ("participant 1 of 60" is no id either way: one or two digits).
PARTICIPANT_CODE = r"(?=[A-Za-z0-9-]*\d)(?:[A-Za-z0-9]{1,10}-[A-Za-z0-9-]{1,12}|\d{4,8})(?![A-Za-z0-9])"
SUBJECT_CODE = r"(?=(?:[A-Za-z-]*\d){3})[A-Za-z0-9]{1,10}-[A-Za-z0-9-]{1,12}(?![A-Za-z0-9])"
CASE_CODE = r"(?!(?:19|20)\d\d-(?:19|20)?\d\d(?!\d))\d{2,4}-\d{4,6}(?![\w-])"


class IdRule(KeyedRule):
    id = "phi.id"
    SPAN_FROM_KEYWORD = True
    message = "Other identifying number or code tied to a person (room and bed, wristband, case number)"
    tag = "[ID]"
    HINTS = frozenset(
        {
            *("wristband", "wrist", "bracelet", "case", "accession", "specimen", "sample", "patient", "pt"),
            *("visit", "encounter", "admission", "episode", "inmate", "student", "employee", "badge", "ticket"),
            *("booking", "confirmation", "barcode", "identification", "ident", "id", "claim", "csn", "enc"),
            *("participant", "participante", "subject", "rx", "prescription"),
        }
    )
    # a study participant's code needs no "ID" after the word: "participant PANC2-060"
    KEYED = (
        keyed(ID_KEYWORDS, marker=True),
        keyed(ID_STRONG),
        keyed(r"csn|enc\.?\s*\#|enc\.?\s+no\.?", STAFF_NUMBER),
        keyed(r"participant", PARTICIPANT_CODE),
        # in Spanish and Portuguese too ("La participante ALBA-112 completó"), and a study subject's code with three
        # digits at least ("Subject 04-B3-017 had a complete response")
        keyed(r"participante", PARTICIPANT_CODE),
        keyed(r"subject", SUBJECT_CODE),
        # a case number written as two digit groups, no marker ("APS case 26-04417 for the lady on 3 West"); not a
        # span of years
        keyed(r"case", CASE_CODE),
        # a pharmacy's prescription number is one patient's fill: "your refill for Rx# 6204417-03 is ready"
        keyed(r"rx(?!\s*(?:bin|pcn|grp|group)\b)|prescription", STAFF_NUMBER),
    )
    ROOM_WINDOW: ClassVar[int] = 60

    def __init__(self, settings: GuardrailSettings) -> None:
        super().__init__(settings)
        self.patient_named = PatientNamed(settings)

    def scan(self, doc: Document) -> Iterator[Match]:
        yield from super().scan(doc)
        if doc.has_digits:
            return
        # "the baby in Pod A", "Mr. K in Bay C": a unit's lettered locator holds one patient as a numbered one does;
        # a text with no digit has no keyed id, so only the room pattern (its letter codes) is tried.
        if room_possible(doc):
            for found in ROOM.finditer(doc.text):
                start, end = found.span("value")
                if LETTER_ONLY_NOT_A_CODE.search(found.group("value")) is not None:
                    continue
                # a lettered pod or bay names a team or a wing as often as a patient's place ("Our Pod A team",
                # "the baby-friendly Pod C"): someone must be placed in it or it must stand for its occupant
                if places.placed_person(doc, start, end) or ROOM_AS_PERSON.match(doc.lower, end) is not None:
                    yield Match(start, end)

    def loose_spans(self, doc: Document) -> Iterator[tuple[int, int]]:
        if not doc.has_digits:  # both need a digit
            return
        taken = SpanSet()
        for pattern in (ROOM, BARE_ROOM) if room_possible(doc) else (BARE_ROOM,):
            for found in pattern.finditer(doc.text):
                start, end = found.span("value")
                if UNIT_AFTER.match(doc.lower, end) is not None:
                    continue  # "found a spot 5 minutes from the door": a measure, not a locator
                if self._tied_to_person(doc, start, end):
                    taken.add(start, end)
                    yield start, end
        if not doc.words.isdisjoint(UNIT_LOCATOR_WORDS) or UNIT_CODE_SHAPE.search(doc.text) is not None:
            for found in UNIT_LOCATOR.finditer(doc.text):
                start, end = found.span("value")
                if not taken.overlaps(start, end) and self._tied_to_person(doc, start, end):
                    taken.add(start, end)
                    yield start, end
        for found in JERSEY.finditer(doc.text) if "#" in doc.text else ():
            start, end = found.span("value")
            if not taken.overlaps(start, end) and self._tied_to_person(doc, start, end):
                taken.add(start, end)
                yield start, end
        for start, end in places.extra_locators(doc):
            if not taken.overlaps(start, end) and self._tied_to_person(doc, start, end):
                taken.add(start, end)
                yield start, end
        for start, end in places.people_in_numbers(doc):
            if not taken.overlaps(start, end) and not places.venue(doc, start, end, self.ROOM_WINDOW):
                taken.add(start, end)
                yield start, end
        for start, end in places.coded_subjects(doc):
            if not taken.overlaps(start, end) and not keyed_overlaps(doc, start, end):
                taken.add(start, end)
                yield start, end
        for start, end in places.patient_codes(doc, lambda: self.patient_named(doc)):
            if not taken.overlaps(start, end) and not keyed_overlaps(doc, start, end):
                taken.add(start, end)
                yield start, end
        for start, end in places.wristband_numbers(doc):
            if not taken.overlaps(start, end) and not keyed_overlaps(doc, start, end):
                yield start, end

    def _tied_to_person(self, doc: Document, start: int, end: int) -> bool:
        """A room or bed is an identifier when a person is tied to it and no event is in its sentence; a facility
        word clears it only when no person is placed in it (see identifiers_places)."""
        if places.noun_placed(doc, start) or places.roster_person(doc, start, end):
            # one person placed in it, whatever event is near: "the mom in room 418 ... parking lot"; a roster entry
            # on its line: "huddle board: OKAFOR-BRIGGS, DENNIS — 4W-12"
            return True
        if places.venue(doc, start, end, self.ROOM_WINDOW):
            return False
        if places.placed_person(doc, start, end) or places.owner_named(doc, end):
            return True
        window = sentence_around(doc, start, end, self.ROOM_WINDOW)
        if EVENT_WORDS.search(window) is not None:
            return False
        if PERSON_WORDS.search(window) is not None or ROOM_AS_PERSON.match(doc.lower, end) is not None:
            return True
        if places.previous_sentence_person(doc, start):
            return True
        return places.next_sentence_person(doc, end)


def room_possible(doc: Document) -> bool:
    """Can ROOM match at all? A set test on the text's letter runs ("rm" inside "form" does not count); a text with
    a dotless i (U+0131, an i to re.IGNORECASE, and a break in a letter run) looks for the place words anywhere."""
    if "\u0131" in doc.lower:
        return doc.has_any(ROOM_PLACES)
    return not doc.words.isdisjoint(ROOM_RUNS)


KEYED_RULES: tuple[type[KeyedRule], ...] = (
    SsnRule,
    MrnRule,
    HealthPlanRule,
    AccountRule,
    LicenseRule,
    VehicleRule,
    DeviceRule,
    IdRule,
)
ALL_HINTS: frozenset[str] = frozenset().union(*(cls.HINTS for cls in KEYED_RULES))

RULES: tuple[type[Rule], ...] = KEYED_RULES
