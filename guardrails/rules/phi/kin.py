"""The words for one person that a family or a unit uses: relatives and honorifics in the languages of the posts.

A room, a date or a town is PHI when it is tied to one person, and the rules read that tie from a person word in
the sentence. Their English lists ("mom", "grandpa", "uncle") missed how families and nurses name a patient in
Tagalog, Hawaiian, Samoan, Somali, Spanish or Vietnamese posts ("Lola Remedios in Room 312", "his nanay had her
knee replaced on Nov 18", "Tutu turned 100"). One list here, read by phi.id and phi.date, instead of one copy per
rule. The matching copy has its accents folded (guardrails.normalize), so "tūtū" is read as "tutu".

Only words that name one person: no everyday English word, brand or abbreviation ("papa" is in "Papa John's",
"ate" is a verb, "tia" is a TIA, "pops" pops up), and no word for a group ("keiki", "kupuna").
"""

from __future__ import annotations

KIN_WORDS: frozenset[str] = frozenset(
    {"lola", "lolo", "tita", "tito", "nanay", "tatay", "inay", "itay", "kuya", "manang", "manong"}
    | {"tutu", "aunty", "auntie", "uncle", "hooyo", "aabo", "awoowe", "ayeeyo", "abuela", "abuelo", "abuelita"}
    | {"abuelito", "nana", "granny", "gramma", "grampa", "nonna", "nonno", "babushka", "babcia", "dziadek"}
)
# The same as a regex alternative for the rules' person patterns (used between (?<![a-z]) and (?![a-z])).
KIN = "|".join(sorted(KIN_WORDS, key=len, reverse=True))
