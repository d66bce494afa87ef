"""The words for one person that a family or a unit uses: relatives and honorifics in the languages of the posts.

A room, a date or a picture is PHI when it is tied to one person, and the rules read that tie from a person word
near it. Their English lists ("mom", "grandpa", "uncle") missed how families and nurses name a patient in Tagalog,
Samoan, Somali, Spanish or Vietnamese posts ("Lola Remedios in Room 312", "his nanay had her knee replaced on Nov
18", "Hooyo Faadumo finished"). One list here, read by phi.id, phi.date and phi.photo, instead of one copy per
rule. The matching copy has its accents folded (guardrails.normalize).

Only words that name one person: no everyday English word, brand or abbreviation ("papa" is in "Papa John's",
"ate" is a verb, "tia" is a TIA, "pops" pops up, "don" is in "don't", and the folded "tutu" is a ballet skirt
too: "he ran it in a tutu"), and no word for a group ("keiki", "kupuna").
"""

from __future__ import annotations

KIN_WORDS: frozenset[str] = frozenset(
    {"lola", "lolo", "tita", "tito", "nanay", "tatay", "inay", "itay", "kuya", "manang", "manong"}
    | {"aunty", "auntie", "uncle", "hooyo", "aabo", "awoowe", "ayeeyo", "abuela", "abuelo", "abuelita"}
    | {"abuelito", "nana", "granny", "gramma", "grampa", "nonna", "nonno", "babushka", "babcia", "dziadek"}
    | {"dona", "senora", "senor", "vater", "mutter", "oma", "opa", "tochter", "sohn"}
)
# A kin word naming a business, not a person: "Nana's Kitchen", "Auntie Anne's pretzels", "Tita's Bakery".
_BUSINESS = (
    r"(?!(?:'s)?\s+(?:[a-z]+'s\s+)?(?:kitchen|bakery|cafe|diner|restaurant|grill|pretzels|pizza|tacos|catering"
    r"|food|truck|market|store|shop))"
)
# The same as a regex alternative for the rules' person patterns (used between (?<![a-z]) and (?![a-z])).
KIN = "(?:" + "|".join(sorted(KIN_WORDS, key=len, reverse=True)) + ")" + _BUSINESS
