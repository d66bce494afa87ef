"""phi.name's decision: a score per candidate name from a few named features, flagged at a threshold.

The rule scores with the FITTED weights of guardrails/data/name_weights.tsv (people_names_weights; fitted by
scripts/train_name_scorer, a logistic regression pulled towards this table). The hand-set table below is kept as
the fit's prior and as the baseline the fit is compared with; its reasoning still says what each feature is for.

Lists alone cannot tell "Dr. Alvarez, our chief of cardiology" (staff) from "patient Dr. Ray Hill" (PHI), nor
"Mayor Linda Tate" or "a gift from Linda Carver" from "thanks to Linda Carver". So each candidate (a run of
capitalised words, a hashtag part, initials, a spelled-out name) is described by features in families, each
family gives the weight of its strongest feature, and the candidate is a name when the sum reaches
`guardrails.names.threshold` (app.yaml, default 2.0). The weights are fixed here, in one table, so the same text
always gives the same report, and a reviewer can add up why a word was or was not flagged:

| family | feature | weight | fires when |
|---|---|---|---|
| shape | alone | +2.0 | the words look like a name with no help ("Dana Whitfield", "Priya", "K-A-Y-L-E-E") |
| shape | cued | +0.5 | a name given a person cue before it ("thanks to Hope Sato", initials "J.R.") |
| shape | weak | 0.0 | a name given a person context after it ("Hope, 54,"; names that are also words) |
| shape | words | -1.5 | nothing name-like: only a title or a strong context makes it one ("Mr. Brown") |
| title | title | +4.0 | Mr., Mrs., Ms., Mx., Dr., Rev., Prof. stand before it |
| before | person_before | +1.5 | thanks to, patient, little, my mom, prayers for, a vocative ("X, we're so sorry") |
| before | nickname | +3.5 | nicknamed, goes by, aka, "we call her" |
| before | relation | +3.0 | Grandma, Nana, Aunt, Uncle before it ("Nana Pearl", "Aunt Joy") |
| before | hashtag | +1.5 | another part of its hashtag is a person cue (#PrayersForKaylee, #TeamJayden) |
| after | person_after | +2.0 | ", 54,", "'s family", "was discharged", "is recovering", ", who" |
| staff | staff_role | -5.0 | a staff role: "Nurse Manager", "our CNO", ", our chief of cardiology", ", RN" |
| staff | staff_role | -5.0 | a titled clinician at work: "Join Dr. Nguyen for a talk", "Dr. Lee explains" |
| public | public_figure | -5.0 | Mayor, Governor, Senator, Sen., Rep., ", the mayor of" |
| donor | donor | -5.0 | "gift from", "donated by", "generosity of", "Donor profile: ... X", "X has given to" |
| place | building | -5.0 | a building, street or town word after a surname at a place ("at Whitman Hall", "on |
| | | | Jefferson Blvd", "in Harlan Creek"), "the people of Maui", a saint ("Santa Lucia"), a pet ("a pup named X"), |
| | | | a class, challenge or award named after a person ("a Dr. Seuss read-along", "the Mr. Rogers Challenge") |
| care | care | +1.0 | a patient's care around it (people_names_context: chemo, discharged, NICU, "her story") |
| recognition | recognition | -3.0 | work, honours, giving or public life around it, no care (a shift, a board) |
| renown | renown | -4.0 | a deed for the world ("discovered", "won a Nobel", "has spoken openly"), another century |
| greeting | greeting | -2.5 | a holiday greeted on its line ("Maligayang Pasko"): weaker than a kin title |

With the default threshold: a shape of its own flags (2.0), a weak shape needs a context after it, a title flags
any capitalised word, and a staff, public-figure, donor or building cue clears anything but a title with a strong
patient context ("patient Dr. Ray Hill, a retired cardiologist": 4 + 1.5 + 2 - 5 = 2.5). Negative cues are looked
for only when the positive score reaches the threshold: most candidates never pay for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

from guardrails.rules.phi.people_lexicon import word_set
from guardrails.rules.phi.people_names_context import greeting_near, recognition_near, renown_near


class Feature(StrEnum):
    """What was seen around a candidate; the value names it in tests and in the weight table."""

    ALONE = "alone"
    CUED = "cued"
    WEAK = "weak"
    WORDS = "words"
    TITLE = "title"
    PERSON_BEFORE = "person_before"
    NICKNAME = "nickname"
    RELATION = "relation"
    HASHTAG = "hashtag"
    PERSON_AFTER = "person_after"
    STAFF_ROLE = "staff_role"
    PUBLIC_FIGURE = "public_figure"
    DONOR = "donor"
    BUILDING = "building"
    CARE = "care"  # people_names_context: a patient's care spoken of around it
    RECOGNITION = "recognition"  # people_names_context: work, honours, giving or public life around it, no care
    RENOWN = "renown"  # people_names_context: a deed for the world ("discovered"), another century
    GREETING = "greeting"  # people_names_context: a holiday greeting to many on its line


# feature -> (family, weight). A family counts once: the weight of its strongest feature present.
WEIGHTS: dict[Feature, tuple[str, float]] = {
    Feature.ALONE: ("shape", 2.0),
    Feature.CUED: ("shape", 0.5),
    Feature.WEAK: ("shape", 0.0),
    Feature.WORDS: ("shape", -1.5),
    Feature.TITLE: ("title", 4.0),
    Feature.PERSON_BEFORE: ("before", 1.5),
    Feature.NICKNAME: ("before", 3.5),
    Feature.RELATION: ("before", 3.0),
    Feature.HASHTAG: ("before", 1.5),
    Feature.PERSON_AFTER: ("after", 2.0),
    Feature.STAFF_ROLE: ("staff", -5.0),
    Feature.PUBLIC_FIGURE: ("public", -5.0),
    Feature.DONOR: ("donor", -5.0),
    Feature.BUILDING: ("place", -5.0),
    Feature.CARE: ("care", 1.0),
    Feature.RECOGNITION: ("recognition", -3.0),
    Feature.RENOWN: ("renown", -4.0),
    Feature.GREETING: ("greeting", -2.5),
}
NEGATIVE = frozenset(f for f, (_family, weight) in WEIGHTS.items() if weight < 0)


def score(features: Iterable[Feature]) -> float:
    """The sum over families of each family's strongest feature (largest absolute weight; a family's features
    all have the same sign)."""
    best: dict[str, float] = {}
    for feature in features:
        family, weight = WEIGHTS[feature]
        held = best.get(family)
        if held is None or abs(weight) > abs(held):
            best[family] = weight
    return sum(best.values())


# -- the cues that clear a candidate (all read on the lower-cased matching copy) -------------------------------

_LEAD_ROLE = (
    r"(?:nurse manager|charge nurse|nurse (?:educator|navigator|leader|director|champion)|cno|cmo|ceo|coo|cfo|"
    r"cio|cmio|cnio|chro|cqo|vp|svp|evp|avp|president|vice president|director|manager|chief|officer|chair|"
    r"chairman|chairwoman|chairperson|administrator|supervisor|coordinator|educator|navigator|chaplain|"
    r"head nurse|case manager|medical director|program director|founder|co-founder|namesake|therapy dog|"
    r"facility dog|mascot|board (?:member|chair|president|director)|handler|athletic trainer|recruiter|analyst|"
    r"liaison|patient advocate|head of [a-z&-]+|(?:artist|writer|musician|poet) in residence|host|co-host|leader|"
    r"vendor|sales rep|(?:sales |company |clinical )representative)"
)
_CLINICAL_ROLE = (
    r"(?:nurse practitioner|nurse anesthetist|nurse midwife|pastor|surgeon|physician|hospitalist|intensivist|"
    r"[a-z]+ologist|pediatrician|paediatrician|obstetrician|psychiatrist|midwife|pharmacist|dietitian|"
    r"dietician|nutritionist|therapist|technologist|technician|sonographer|paramedic|emt|resident physician|"
    r"attending|provider|clinician|specialist|researcher|scientist|social worker|nurse|rn|lpn|np|crna|md|"
    r"housekeeper|volunteer|receptionist|transporter|custodian|cook|chef|greeter|scheduler|clerk|interpreter|"
    r"courier|registrar|unit secretary|phlebotomist|aide|cna|doula|lactation consultant|tech|colleague|coworker|"
    r"co-worker|teammate|intern|counselor|counsellor|(?:peer |recovery |peer recovery |health )coach)"
)
_ROLE = rf"(?:{_LEAD_ROLE}|{_CLINICAL_ROLE})"
# A job's noun after a role word: "volunteer presenter Des O'Malley", "volunteer driver", "nurse recruiter".
_AGENT = r"(?: [a-z]+(?:er|or|ist))"
_FORMER = r"(?!(?:[a-z&-]+ ){0,2}(?:retired|former|ex-))"
_MODIFIERS = r"(?: (?:own|new|longtime|interim|acting|beloved|very own))*"
# "Nurse Manager Kim Lee", "our CNO Jane Park", "our own Dr. Alvarez", "cardiologist Sam Lee" (not "retired nurse").
STAFF_BEFORE = re.compile(
    rf"(?:(?<![a-z])(?:our|the|their|its|hospital's|new)(?: (?:own|new|very own|longtime|beloved|amazing|"
    rf"wonderful|incredible|talented|dedicated|fearless|interim|acting))* (?:[a-z-]+ ){{0,2}}(?:dr\.|doctor|"
    rf"nurse|prof\.|rev\.)|(?<![a-z])(?<!retired )(?<!former )(?:(?:chief|senior|lead|head|assistant|"
    rf"associate|deputy|interim|executive|medical|nursing|clinical|program|unit|department) )*"
    rf"(?<!petty )(?<!warrant )(?<!petty officer )(?<!master )(?<!command )"  # ranks: "Chief Petty Officer Haines"
    rf"{_ROLE}"
    rf"{_AGENT}?(?: of (?:[a-z&'-]+ ){{1,3}})?,?(?: (?:father|fr\.|sister|brother|pastor|rabbi|imam|dr\.|nurse))?|"
    rf"(?:employee|nurse|volunteer|physician|doctor|clinician) of the (?:month|year|quarter),?(?: is)?|"
    rf"(?:happy )?(?:work|service|job) anniversary,?(?: to)?|"
    rf"happy retirement,?|welcome to (?:the|our) (?:[a-z-]+ )?(?:team|staff),?|our (?:very )?own|"
    rf"(?:best of luck|good luck|best wishes|enjoy|congrats|congratulations)(?: in| on)?(?: your)? retirement,?|"
    rf"(?:led|headed|run|managed|supervised|hosted|emceed|moderated|facilitated|taught) by"
    rf"(?: (?:captain|capt\.|chief|lieutenant|lt\.|sergeant|sgt\.|coach|pastor|chef|officer|nurse|dr\.))?|"
    # the hosts of an event: "our event hosts, Carla Mendes and DJ Rico" (the plural in apposition, below)
    rf"(?<![a-z])(?:our|the|tonight's|this year's)(?: [a-z-]+)? (?:hosts|co-hosts|emcees),|"
    # a credit, a byline: "Photo by Hannah Kim", "📸 by", "Photo credit: Jenna Ortiz", "Video by" (not a caption's
    # subject, "Photo: Maria rings the bell", nor "courtesy of the Lopez family", who shared their own)
    rf"(?:(?:photos?|photograph|photography|pictures?|pics?|images?|video|videography|footage|illustrations?|artwork|"
    rf"graphics?|design|story|words|reporting|written|edited|filmed|shot)(?: and [a-z]+)? by|"
    rf"(?:photo|image|video|picture) credits?:?|\U0001f4f8:? by)|"
    rf"(?:nurses|volunteers|staff|colleagues|employees|doctors|physicians|team members|trustees) (?:like|such as)|"
    rf"(?:employee|staff|nurse|team|volunteer|physician|provider|team member|colleague) spotlight[:,]?|"
    rf"(?:daisy|bee|nursing excellence) award (?:winner|honoree|recipient|nominee),?|"
    rf"(?<![a-z])(?:nurses|doctors|physicians|techs|therapists|volunteers|chaplains|pharmacists|aides|interns|"
    rf"colleagues|coworkers|teammates|co-authors|coauthors|authors|co-chairs|cochairs)"
    rf"(?: [a-z'-]+(?:,| and| &)){{0,5}}|"  # "nurses Lex, Pam and Joelle", "co-authors Sun, Oyelowo, Brandt & Keane"
    # a plural role in apposition: "our newest EMTs, Shelby Rasmussen and Tomás Herrera" (the list's later items are
    # cleared with the first, people_names: LAST_CLEARED)
    rf"(?<![a-z])(?:our|its|their)(?: [a-z-]+){{0,2}} {_ROLE}e?s,|"
    rf"(?<![a-z])(?:nuestra|nuestro) (?:nueva |nuevo )?(?:promotora|promotor|enfermera|enfermero|doctora|doctor|"
    rf"medica|medico|jefa|jefe|directora|director|voluntaria|voluntario|pediatra)) $"
)
_CREDENTIAL = (
    r"md|do|rn|bsn|msn|dnp|np|aprn|fnp(?:-[a-z]+)?|crna|cnm|pa(?:-c)?|phd|pharmd|rph|facs|facc|faap|facp|"
    r"facog|lcsw|lpn|lvn|lmft|rd|rdn|ldn|pt|dpt|ot|otr|slp|ccc-slp|mba|mha|mph|ms|ccrn|cpn|chpn|ne-bc|faan|cde"
)
# ", our chief of cardiology", ", MD", " from Spiritual Care", ", who leads our", " joins our team".
STAFF_AFTER = re.compile(
    rf"(?:,? (?:(?:{_CREDENTIAL})\.?(?:,? |$|(?=[.;:!)]))){{1,4}}|"
    # "Nadine Castellano as Willowmere's new Executive Director": the organization's name as the possessive
    rf"(?:, (?:is |was |as )?| (?:is|was|as) )(?:(?:our|the|their|[a-z&-]+'s){_MODIFIERS} )?{_FORMER}"
    rf"(?:[a-z&-]+ ){{0,2}}{_LEAD_ROLE}\b|"
    rf",? (?:is |was |as )?(?:our|the|their){_MODIFIERS} {_FORMER}(?:[a-z&-]+ ){{0,2}}{_CLINICAL_ROLE}\b|"
    rf",? one of (?:our|the) (?:[a-z-]+ ){{0,3}}(?:nurses|doctors|physicians|surgeons|therapists|techs|technicians|"
    rf"pharmacists|volunteers|staff|team members|employees|providers|chaplains|educators|colleagues|caregivers|"
    rf"medics|paramedics|counselors|counsellors|coaches|emts|aides|cnas)\b|"
    rf" (?:in|from) (?:environmental services|evs|food services|nutrition services|dietary|security|facilities|"
    rf"housekeeping|engineering|patient transport|transport|registration|billing|human resources|hr|"
    rf"volunteer services|patient relations|patient experience|child life|case management|social work|"
    rf"patient access|admitting|scheduling|sterile processing|central supply|supply chain|materials management|"
    rf"(?:the|our) (?:lab|laboratory|pharmacy|gift shop|cafeteria|kitchen|front desk|billing office|mailroom))\b|"
    # "X, 30 years in our lab", "X just hit 25 years with us": years of service
    rf",? (?:who )?(?:just )?(?:hit|hits|celebrates|marks|marked|reached|reaches)? ?\d{{1,2}} years "
    rf"(?:with us|here|of service|(?:in|at|on|with) (?:our|the) (?!(?:[a-z-]+ )?(?:care|dialysis|nicu|icu|picu|"
    rf"clinic|program|hospice|rehab|infusion|unit)))|"
    rf" (?:from|of) (?:our |the )?(?:spiritual care|pastoral care|chaplaincy|chaplain services|pharmacy|"
    rf"nursing|administration|patient experience|volunteer services|food services|environmental services|"
    rf"security|[a-z]+olog(?:y|ists?)|pediatrics|orthopedics|it|hr|human resources|finance|marketing|"
    rf"communications|facilities|(?:[a-z]+ ){{1,2}}(?:department|team|services|office|committee|council))\b|"
    rf",? (?:who )?(?:leads|led|heads|directs|manages|runs|oversees|chairs|chaired|founded) (?:our|the)\b|"
    rf",? (?:who )?(?:ran|runs|staffed|staffs) our\b|"
    rf" at (?:the|our) (?:[a-z-]+ ){{0,2}}(?:desk|station|switchboard)\b|"
    rf",? (?:who )?(?:has )?(?:worked|served|volunteered|practiced|taught) (?:[a-z&-]+ )?(?:here|at|in|with|on|as|for|"
    rf"\d+ years)\b|"
    # "Dr. Wyatt Cheng - hospitalist", "Esperanza Villatoro - Patient Registration": a new hires' list
    rf"(?:,? [a-z()/-]+)? - (?:[a-z/&-]+ ){{0,2}}(?:{_ROLE}|[a-z]+ology|registration|pharmacy|lab|laboratory|"
    rf"med/surg|nights|days|evenings|nursing|administration|billing)\b|"
    rf",? (?:who )?(?:now )?(?:volunteers|works) (?:here|at|in|with|on|for) (?:our|the)\b|"
    rf"(?: (?:joins|joined|is joining|has joined)| to) (?:our|the) (?:[a-z-]+ ){{0,2}}(?:team|staff|faculty|board|"
    rf"practice|department|division|service|clinic|program|residency|fellowship|lab|medical group)\b|"
    rf" (?:has |have )?(?:joined|joins|is joining) [^.!?;]{{0,50}}? as (?:our|the|a|an) (?:new )?(?:[a-z&-]+ ){{0,2}}"
    rf"{_ROLE}\b|"
    rf",? (?:who )?(?:started|starts|began|begins|works|worked|serves|served)(?: (?:at|in|on) [^.!?;,]{{1,40}}?)? as "
    rf"(?:our|the|a|an) (?:new )?"
    rf"(?:[a-z&-]+ ){{0,2}}{_ROLE}\b|"
    # "Sister Aisling Dunne, who takes over as ward manager on 7B": a role taken on, article or none
    rf",? (?:who )?(?:takes|took|is taking|has taken|will take) over as (?:our |the |a |an )?(?:new )?"
    rf"(?:[a-z&-]+ ){{0,2}}{_ROLE}\b|"
    rf" for (?:\d+|[a-z]+) years of (?:[a-z-]+ )?(?:service|support|giving|leadership|volunteering|dedication)\b|"
    rf",? who (?:cared for|looked after|trained|taught|mentored) (?:our|the|every|generations|here)\b|"
    rf"(?:,[^,.;!?]{{1,60}},)? (?:has )?(?:returned|come back|came back) (?:to us )?as (?:our|the) (?:new )?"
    rf"(?:[a-z&-]+ ){{0,3}}{_ROLE}\b|"
    # Spanish: "la Dra. Beatriz Morales, nuestra nueva jefa de Medicina Familiar"
    rf", (?:nuestr[ao]|la|el) (?:nuev[ao] )?(?:jef[ao]|director[ao]|doctor[ao]|enfermer[ao]|promotor[ao]|"
    rf"m[eé]dic[ao]|pediatra|cirujan[ao]|trabajador[ao] social|voluntari[ao])\b|"
    rf" on (?:her|his|their) (?:retirement|promotion|daisy award|\d+ years|board certification|ccrn|new role)|"
    rf" on passing (?:her|his|their) (?:boards|board exams?|nclex|ccrn|certification exam)|"
    rf" (?:is|was) (?:retiring (?:after|from)|hanging up (?:her|his|their) (?:stethoscope|scrubs|badge))|"
    rf",? (?:our |the )?(?:employee|nurse|volunteer|physician|doctor|clinician) of the (?:month|year|quarter)|"
    # a role in another language: "chị Lê Thị Bích Ngọc, điều dưỡng trưởng", "Rosa Díaz, enfermera de la UCI"
    rf", (?:[đd]ieu duong|bac si|y ta|duoc si|enfermer[ao]|doctora|medic[ao]|nars|doktor|medsestra|likar)\b|"
    # "Dr. Amadou Diallo, hospitalist on 6 North for 15 years": a role and its years of service
    rf", (?:a |an )?{_FORMER}(?:[a-z&-]+ ){{0,2}}{_ROLE}(?: (?:on|in|at|with) [^,.;!?]{{1,30}}?)? "
    rf"for (?:\d+|[a-z]+(?:-[a-z]+)?) years\b|"
    # a bare role closing a list item: "Jordan Pike, cardiac sonographer; and Renata Oduya, cath lab RN.", or
    # a pair's ("Mr. Hamish Caldwell and Ms. Yetunde Bakare, Consultant Colorectal Surgeons, ran the 10k")
    rf", {_FORMER}(?:[a-z&/-]+ ){{0,3}}{_ROLE}s?(?=;|\.|!|,|,? and\b|$))"
)
# A list of names, titled or not, closed by their role in the plural: "Mr. Hamish Caldwell and Ms. Yetunde Bakare,
# Consultant Colorectal Surgeons, ran the Fellbridge 10k". Read after the list's first name (people_names).
LIST_ROLES_AFTER = re.compile(
    r"(?:(?:,| and| &|, and|, &) (?:(?:mr|mrs|ms|mx|dr|prof)\.? )?[a-z][\w'-]*(?: (?!and\b)[a-z][\w'-]*)?){1,6}"
    rf", {_FORMER}(?:[a-z&/-]+ ){{0,3}}{_ROLE}s(?=[,;.!]|,? and\b|$)"
)
# A mascot or a character named with what it is: "Herky the Hawk", "Sparky the Fire Dog", "Viktor the Viking".
MASCOT_AFTER = re.compile(
    r"(?:,)? the (?:[a-z-]+ )?(?:hawk|eagle|falcon|owl|bear|cub|tiger|lion|wolf|wildcat|panther|cougar|bulldog|husky|"
    r"dog|pup|puppy|cat|duck|goose|viking|pirate|knight|spartan|trojan|dragon|dinosaur|elf|reindeer|snowman|clown|"
    r"robot|mascot|bunny|rabbit|frog|turtle|moose|bison|buffalo|horse|pony|mustang|bronco|ram|bee|hornet|shark|"
    r"dolphin|penguin|monkey|unicorn|gorilla|badger|beaver|cardinal|raven|seahawk|hurricane|cyclone|gator|"
    r"alligator|rooster|pig|cow|bull|goat|sheep|lamb|fox|squirrel|chipmunk|raccoon|dalmatian|llama|alpaca|donkey|"
    r"bruin|retriever|labrador|poodle|doodle)s?\b|"
    r", played by\b"  # a character played by someone: "Frosty, played by our own IT director"
)
# The words before a town's name where a person's is not written: "in Arthur", "near Anselmo".
LOCATIVE = frozenset({"in", "near", "outside", "inside"})
# "therapy dogs Nora & Nate", "our facility dog Biscuit": animals that visit, named after what they are.
ANIMAL_BEFORE = re.compile(
    r"(?:therapy|facility|service|comfort|visiting) (?:dog|dogs|pup|pups|llama|horse|pony|cat)s? "
    r"(?:[a-z'-]+ (?:&|and) )?$"  # "therapy dogs Nora & Nate"
)

# What a titled clinician (Dr., Prof., Rev.) does as staff: a talk, an answer, advice; "Join Dr. Nguyen for a talk".
# Only read when the candidate has a title: an untitled "Jane explains" is no staff role.
EXPERT_BEFORE = re.compile(
    r"(?:^|[^a-z])(?:join|ask|meet|with|welcome aboard|featuring|presented by|led by|hosted by|tips from|"
    r"advice from|learn from|"
    r"hear from|according to|welcome|welcoming|please welcome|congratulations to|congrats to|thank you(?: to)?|"
    r"thanks(?: to)?|shout-?out to|kudos to|q&a with|chat with|talk with|webinar with|by|"
    r"happy (?:doctors'?|nurses'?|physicians'?) (?:day|week),? (?:to )?)[,:]? $"
)
EXPERT_AFTER = re.compile(
    r"(?:'s|') (?:column|article|blog|op-ed|podcast|book|interview|video|talk|lecture|tips|advice|research|study|"
    r"clinic|practice|patients)\b| and (?:the|our) (?:whole |entire )?(?:[a-z/&-]+ ){0,2}(?:team|staff)\b|"
    r"(?:, [^,.;:!?]{1,60},)? (?:will |who will |will be |who |to )?(?:signing|speaking|presenting|hosting|leading|"
    r"teaching|answering|delivered|performed|operated|was (?:seen|featured|interviewed|quoted|named|honored|"
    r"recognized) (?:on|in|by|as)|appeared on|explains?|answers?|answered|discuss(?:es|ed)?|"
    r"talks? (?:about|on|with)|"
    r"spoke|speaks|present(?:s|ed)?|leads?|led|hosts?|hosted|teach(?:es)?|taught|recommends?|advises?|warns?|"
    r"reminds?|shares? (?:tips|advice|how|what|why|the)|shared (?:tips|advice|how|what|why)|joins? us|"
    r"for a (?:talk|q&a|webinar|class|session|discussion|live)|for (?:taking care of|caring for|saving|treating|"
    r"the (?:care|great care|amazing care|kind care))|on (?:how|why|what|the (?:signs|risks|benefits)))\b"
)

_PUBLIC = (
    r"(?:mayor|governor|gov\.|lt\. gov\.|lieutenant governor|senator|sen\.|state senator|representative|rep\.|"
    r"state rep\.|congressman|congresswoman|congressmember|councilmember|council member|councilman|councilwoman|"
    r"alderman|alderwoman|commissioner|county executive|county judge|(?<!unit )(?<!ward )(?<!medical )(?<!clinic )"
    r"(?<!school )(?<!department )secretary|surgeon general|hall of famer|hall-of-famer|"
    r"vice president|president|prime minister|minister|premier|ambassador|judge|justice|sheriff|"
    r"police chief|fire chief|superintendent|first lady|speaker|mp|mla|assemblyman|assemblywoman|coach|"
    r"assemblymember|delegate|author|actor|actress|olympian|astronaut|singer|rapper|quarterback|lineman|linebacker|"
    r"pitcher|athlete|gymnast|all-star|(?:overall )?winners|"
    # a position with a professional's mark: "All-Star shortstop", "former Spurs guard" (not "UVM goalie")
    r"(?:all-star|all-pro|pro|former|[a-z]+s) (?:shortstop|guard|outfielder|infielder|striker|midfielder|tackle|"
    r"quarterback|receiver|linebacker|pitcher|running back|kicker|defenseman|goaltender)|"
    # a sport's or a league's mark before an agent noun: "Olympic skier", "NFL player", "pro surfer"
    r"(?:olympic|paralympic|professional|pro|nfl|nba|wnba|mlb|nhl|mls|ufc|nascar|pga|lpga|world champion|"
    r"all-american) (?:[a-z-]+ )?[a-z]+(?:er|or|ist|ian|ete)|"
    # a cause spoken for in public: "author and recovery advocate", "mental health advocate" (not a patient
    # advocate, who works here, nor "survivor and advocate", who speaks of her own care)
    r"(?<!patient )(?<!survivor and )(?:recovery|mental health|disability|addiction|suicide prevention|"
    r"public health|civil rights) (?:advocate|activist)|"
    r"(?:keynote|motivational|featured) speaker|"
    # fame in a field: "tennis star", "NBA legend", "Olympic gold medalist", "comedian"
    r"(?:tennis|pop|rock|movie|film|tv|country|hollywood|nba|nfl|wnba|mlb|nhl|soccer|football|basketball|"
    r"baseball|hockey|olympic|reality|broadway|music|sports|boxing|jazz|soul|wrestling|golf|track|volleyball|"
    r"softball|racing|nascar|ufc|mma|skating|swimming|gymnastics|rodeo|college) (?:star|legend|icon|great)|"
    r"(?:olympic |paralympic |gold |silver |bronze |world )+medalist|comedian|musician|journalist|news anchor|"
    r"novelist|poet|filmmaker|celebrity|supermodel|"
    # the press at work in public: "KARE 11 reporter", "radio host" (not an occupation a patient has too: "local
    # artist X", tried, lost a patient's name on the validation set)
    r"reporter|news anchor|anchor|meteorologist|columnist|emcee|(?:radio|tv|talk show|podcast) host|"
    r"photojournalist|dj)"
)
# A list headed by staff: "our 2025 nurse residents: Kayla, Marcus, Ines and Theo" (the colon found in Python, so
# the regex has no nested repetition to backtrack through).
STAFF_PLURAL_END = re.compile(
    r"(?:nurses|nurse residents|medical residents|interns|fellows|hires|team members|volunteers|staff|employees|"
    r"physicians|doctors|providers|honorees|nominees|retirees|leaders|managers|educators|chaplains|therapists|"
    r"techs|technicians|pharmacists|finalists|winners|recipients|sponsors|donors|supporters|trustees|"
    r"board members|speakers|panelists|crew|hosts|emcees|"  # not "night shift:", whose report lists patients
    r"(?:medical|pediatric|surgical|incoming|new|first-year|psychiatry|"
    # not graduates (NICU graduates) nor residents alone (a home's), but a hospital's medical residents
    r"family medicine|internal medicine|emergency medicine) residents)(?: [a-z0-9-]+){0,3}$"
)
# not after "patient": "our patient ambassador Tess" is a patient who speaks for others
PUBLIC_BEFORE = re.compile(rf"(?<![a-z])(?<!patient )(?:(?:u\.s\.|us|state|city|county|former) )?{_PUBLIC} $")
PUBLIC_AFTER = re.compile(
    r"(?:'s|') [\"\u201c]|"  # an artist's work: 'Dolly Parton's "9 to 5"'
    # a public event dated by its year: "Aaron Rodgers' 2023 injury", "Adrian Peterson's 2012 comeback" (a patient's
    # is told by its month or its day: "Maria's surgery last March"; none of ~5,000 spent and training posts dates
    # a patient's so)
    r"(?:'s|') (?:19[5-9]\d|20[0-4]\d) [a-z]|"
    # a speaker billed for an event: "X will be the keynote speaker at our Alumni Banquet"
    r",? (?:will be|is|was|as) (?:the |our |this year's )?(?:keynote|featured|motivational) speaker\b|"
    r",? (?:\((?:d|r|i)-[a-z]{2}\)|(?:the |our |a )?(?:(?:u\.s\.|us|state|city|county|former) )?"
    r"(?:mayor|governor|senator|representative|congressman|congresswoman|commissioner|surgeon general|"
    r"secretary of|council ?member|councilwoman|councilman)\b|(?:songs?|concerts?|tour|tickets|albums?|music|"
    r"movies?|films?|fans)\b)"
)

# An amount given, in dollars, pounds or euros: "$250,000", "£250,000", "€2 million".
_AMOUNT = r"[$£€][\d.,]+(?: (?:million|thousand|billion|k|m))?"
_AND = r"(?:(?:the late |late )?[a-z'.-]+ (?:[a-z]\. )?(?:and|&) (?:mrs?\. |dr\. )?)?"
# "a $2 million gift from Robert and Linda Carver", "donated by", "the generosity of", "donor Jane Park".
DONOR_BEFORE = re.compile(
    rf"(?:(?:gift|gifts|donation|donations|grant|pledge|bequest|endowment|contribution|legacy gift|support|"
    rf"sponsorship)(?: of \$?[\d.,]+(?: (?:million|thousand|billion|k|m))?)? from (?:the )?{_AND}|"
    rf"(?:donated|given|funded|endowed|made possible|sponsored|underwritten|pledged|supported|established) "
    rf"by (?:the )?{_AND}|generosity of (?:the )?{_AND}|(?:donors?|philanthropists?|benefactors?|"
    rf"sponsors?|supporters?|patrons?) {_AND}|thanks to (?:a |the )?(?:generous )?(?:gift|donation|grant) (?:from|by) "
    rf"(?:the )?{_AND})$"
)
DONOR_AFTER = re.compile(
    rf"(?:(?:'s|s'|') (?:generous |recent |{_AMOUNT} )?(?:gift|donation|grant|pledge|bequest|"
    r"endowment|sponsorship)s?\b|"
    # "local businessman Gordon Ashworth, whose £250,000 gift"
    rf",? whose (?:(?:[a-z-]+|{_AMOUNT}) ){{0,2}}(?:gift|donation|bequest|pledge|generosity)s?\b|"
    r",? (?:who|whose) (?:generously |recently )?(?:donated|gave|pledged|funded|"
    r"endowed|gifted|gift)\b| (?:family )?(?:foundation|fund|endowment|charitable trust)\b|"
    r"(?: (?:and|&) [a-z'.-]+(?: [a-z'-]+)?)? (?:generously )?(?:donated|gave|pledged|funded|endowed|gifted) "
    r"(?:\$|a |an |the |\d)|"
    r",? (?:who )?(?:has|have) (?:generously )?(?:given|donated|pledged|contributed) (?:to|\$|\d|every|each|a |an )|"
    r"[^.!?]{0,60}? for (?:donating|sponsoring|underwriting|funding) (?!(?:her|his|their) )|"
    # "Harold and June Pettersen ... for their $250,000 gift", "and their gift of $250,000 will renovate"
    # "Mr. and Mrs. Delbert Kemp for their gifts to the Patient Travel Fund"
    rf"[^.!?]{{0,80}}? (?:for|and) (?:their|her|his) (?:generous )?(?:{_AMOUNT} )?"
    r"(?:gift|donation|pledge|bequest|sponsorship)s?\b|"
    r"[^.!?]{0,40}? whose (?:[a-z'-]+ ){0,2}(?:funded|donated|gave|endowed|built)\b|"
    # "Thank you to the Guidry family for making it possible" (a wing named after them)
    r"(?: family)? for making (?:it|this|that|all (?:of )?this) possible\b)"
)
# A later item of a list the sentence heads with its givers, no colon needed: "Thank you to the sponsors of the
# 2027 Pelican Ball 🦩✨ Hancock Whitney, Gulf Shrimp Co., ..., and Dr. & Mrs. Raymond Comeaux" (read on the line
# before the candidate, over at most 200 characters, never past a "!" or "?").
SPONSOR_LIST = re.compile(
    r"(?<![a-z])(?:sponsors|donors|supporters|benefactors|underwriters|patrons)(?! (?:like|such as))[^!?\n]{0,200}"
    r"(?:,|, and|, &) (?:(?:dr|mr|mrs|ms|mx)\.? (?:&|and) )?(?:(?:dr|mr|mrs|ms|mx)\.? )?$"
)
# A list of names as a trend, not of people: "Our most popular baby names of 2026: Girls: Olivia, Amara, Luna".
NAME_TREND = re.compile(r"(?<![a-z])(?:popular|top|favou?rite|trending|common|chosen) (?:[a-z]+ )?names\b")
# The word right before a donor that makes the donor a patient: "a gift from grateful patient Ruth Oyler".
PATIENT_DONOR = word_set("patient patients survivor survivors mom dad mother father daughter son")
# A plural possessive right before the name: a team's or a band's member ("the Boston Bruins' Brad Marchand").
TEAM_BEFORE = re.compile(r"[a-z]s' $")
# A business named after its owner: "Big Mike's Deli", "Rosa's Bakery".
BUSINESS_AFTER = re.compile(
    r"(?:'s|') (?:[a-z&-]+ )?(?:deli|diner|pizzeria|pizza|bakery|cafe|caf\u00e9|bbq|grill|tavern|pub|restaurant|"
    r"donuts?|bagels?|tacos?|burgers?|coffee|creamery|brewery|catering|hardware|towing|plumbing|market|pretzels)\b"
)

# A business named after a pair, with nothing it owns after the possessive: "to Ben & Jerry's for the pint drop",
# "Ben & Jerry's, you're next" (not "Mia & Leo's mom", who are named).
PAIR_BUSINESS_AFTER = re.compile(r"(?: & [a-z]+)?'s(?=[,.!?;:]| (?:for|is|are|was|has|you)\b)")
PAIR_BEFORE = re.compile(r"[a-z] & $")
# Words that name a building after a surname, and what says the words stand for a place, not a person.
BUILDING_WORDS = word_set(
    """hall halls pavilion tower towers wing building house lodge library auditorium annex atrium commons
    center centre garden gardens chapel court plaza elementary room suite lounge institute theater theatre
    fieldhouse arena stadium gymnasium ballpark"""
) | word_set(  # a street or a town named after a person: "on Jefferson Blvd", "in Harlan Creek"
    """st street ave avenue rd road blvd boulevard ln lane way county creek river lake valley springs falls
    heights hollow landing crossing junction township parish parkway pkwy terrace ter circle cir trail trl highway
    hwy pike loop cove ct court"""
)
BUILDING_AFTER = re.compile(r" ([a-z]+)(?: ([a-z]+))?\b")
PLACE_BEFORE = re.compile(
    r"(?:^|[^a-z])(?:at|in|inside|outside|near|into|across|behind|beside|the|of|on|along|off|from|to)[ ]$|"
    r"(?:^|[^\w.,/$£€-])\d{1,6}[a-z]? $"  # a house number: "402 Monroe St" is an address, not a person
)
# A US state's postal code after a one-word candidate: "from Gary, WV" is a town. Not the codes that are also a
# degree or a credential (MD, PA, MS, MA) nor an everyday word (OK, IN, OR, ME, HI, DE, OH, LA, CO).
STATE_AFTER = re.compile(
    r", (?:al|ak|az|ar|ca|ct|fl|ga|id|il|ia|ks|ky|mi|mn|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|"
    r"wi|wy)(?![\w'-])"
)
# "la iglesia San Pedro", "St. Brigid's": a saint's name names a church, a school or a town.
SAINT_BEFORE = re.compile(r"(?:^|[^a-z])(?:san|santa|santo|sao|saint|st\.|ste\.|st|ste)[ ]$")
SAINT_START = re.compile(r"(?:san|santa|santo|sao|saint|st\.?|ste\.?) [a-z]")
# A place or a thing said to be named for the person: "our Community Living Center is named for Sgt. William
# Halvorsen", "the scholarship was renamed in honor of". The thing must be said (not "she was named after her
# grandmother Rose", a relative named).
NAMESAKE_BEFORE = re.compile(
    r"\b(?:center|centre|hall|wing|building|unit|room|garden|chapel|library|clinic|award|scholarship|fund|street|"
    r"road|school|ward|lounge|pavilion|home|house|tower|park|bridge|hospital|institute|program|chair|lab|suite|"
    r"hospice|campus|fellowship|lectureship|professorship|prize|gym|gymnasium|courtyard|playground|lobby|atrium|"
    r"auditorium|trail|field|bench|floor|cafe|café)s? (?:[a-z-]+ ){0,3}?(?:is|was|are|were|"
    r"has been|had been) (?:re)?named (?:for|after|in hono(?:u)?r of) (?:the late )?(?:[a-z]+\. )?$|"
    # a participle about the thing just named: "... Resource Center is open! Named for the late Harriet Fitzgerald"
    r"(?:^|[.!?] )(?:re)?named (?:for|after|in hono(?:u)?r of) (?:the late )?(?:[a-z]+\. )?$"
)
NAMESAKE_LAST = word_set("for after of late")
# "a pup named Waffles", "our therapy dog called Biscuit": an animal or a thing, not a person.
THING_NAMED = re.compile(
    r"(?:^|[^a-z])(?:mascot|dog|cat|pup|puppy|kitten|pony|horse|robot|bear|teddy|doll|plush|goldfish|hamster"
    r"|parrot|turtle|rabbit|bunny|boat|car|truck|tree|storm|hurricane)s? (?:named|called)[ ]$"
)
# "Donor profile: longtime nurse Eleanor Whitcombe-Sayers": a donor introduced as one, a few words before the name.
DONOR_HEADING = re.compile(
    r"(?:^|[^a-z])(?:donor|benefactor|philanthropist|sponsor)s? (?:spotlight|profile|story|stories|of the (?:month"
    r"|year|quarter))[:,]? (?:[a-z-]+ ){0,3}$"
)
# "the people of Maui", "residents of Lahaina": a place named where a person would be.
PEOPLE_OF = re.compile(
    r"(?:^|[^a-z])(?:people|residents|communities|community|city|town|county|state|island|islands|country|nation|"
    r"village|citizens|region|province|streets) of $"
)
PLACE_AROUND = re.compile(
    r"(?:\b(?:[1-9]\d{2,})(?:st|nd|rd|th) (?:birthday|anniversary)|\bturns? (?:[1-9]\d{2,}|one hundred)\b|"
    r"\b(?:opens|opened|reopens|reopened|renovat\w*|dedicat\w*|ribbon|lobby|auditorium|built in|construction|"
    r"classroom|students|campus|located|floor|parking|open house)\b)"
)


SAINT_WORDS = word_set("san santa santo sao saint st. ste. st ste")
# A song, a singer or a book performed for someone: "sang the whole of Danny Boy", "sings Patsy Cline at 3 am", "read
# him Louis L'Amour", "read Mary Poppins to the hallway". The work or its artist, not a person of the post (not
# before a possessive, "read Maria's chart", nor before the thing given, "read Maria a story": both name her).
GIVEN_AFTER = re.compile(r"'| (?:a|an|the|his|her|their|some|one|every)\b")
PERFORMED_BEFORE = re.compile(
    r"(?:^|[^a-z])(?:sang|sing|sings|singing|hummed|hum|hums|humming|played|plays|playing|blasted|blasting|read|reads|"
    r"reading)(?: (?:him|her|them|us|me|everyone|the whole of|every word of|all of|some|a little|a bit of|"
    r"(?:his|her|their) favou?rite))* $"
)
# A thing named after a person, with an article or a possessive before it: "a Dr. Seuss read-along", "the Mr. Rogers
# Kindness Challenge", "our Tom Brady Fitness Camp", "the Apgar score". Not walks, runs, funds or days: a family
# names those after its patient ("the Kayla Strong 5K"). A second namesake may come first: "the Margaret and Thomas
# Keough Endowed Chair"; merchandise too: "a Dolly Parton keychain".
NAMED_THING_AFTER = re.compile(
    r"(?:'s)?(?: (?:and|&) [a-z'-]+(?: [a-z'-]+)?)?(?: [a-z&'-]+){0,2}? "
    r"(?:read-?alongs?|story ?time|class(?:es)?|camps?|challenge|program(?:me)?|clubs?|"
    r"lectures?|workshops?|awards?|prize|scholarships?|fellowships?|series|method|technique|maneuver|manoeuvre|"
    r"score|scale|criteria|rule|exhibit(?:ion)?|keychains?|t-?shirts?|posters?|mugs?|stickers?|bobbleheads?|"
    r"costumes?|endowed chair|professorship|lectureship|wing)\b"
)
ARTICLE_BEFORE = re.compile(r"(?:^|[^a-z])(?:a|an|the|our|this|their|your|its)(?: [a-z'&.-]+){0,2} $|^$")


def _building_after(after: str) -> bool:
    """ "in Harlan Creek", "the Okonkwo Memorial Garden", "the Lopez Conference Room": a building or a place word
    in the two words right after the candidate (outside its run; "Tom Riley in room 4B" is a patient in a room), not
    after a possessive ("at Maria's house" is her house, and she is named)."""
    found = BUILDING_AFTER.match(after)
    if found is None:
        return False
    first, second = found.group(1), found.group(2)
    return first in BUILDING_WORDS or (first not in _GLUE and second in BUILDING_WORDS)


def _last_words(window: str, count: int) -> list[str]:
    return [w.strip(",:;\"'()") for w in window.rsplit(None, count)[-count:]]


def _words_of(*patterns: str) -> frozenset[str]:
    """Every plain word written in `patterns`: a superset of the words a match of them must contain."""
    return frozenset(re.findall(r"[a-z][a-z'&.-]*", " ".join(p.replace("\\.", ".") for p in patterns)))


# What a cue before a name must end with (or, for staff, hold among its last words): tested before the regex,
# which would otherwise try every position of the window (~60) for every candidate that reaches the threshold.
_GLUE = word_set("our the their its new of and a an to by from for with in on at s")
STAFF_WORDS = _words_of(_ROLE, STAFF_BEFORE.pattern) - _GLUE
PUBLIC_LAST = _words_of(_PUBLIC) - _GLUE
PERFORMED_LAST = _words_of(PERFORMED_BEFORE.pattern)
# The marks of a sport or a league before an agent noun ("Olympic skier"): the word before the last one of a cue.
SPORT_MARKS = word_set(
    "olympic paralympic professional pro nfl nba wnba mlb nhl mls ufc nascar pga lpga champion all-american"
)
# What a later item of a givers' list ends on before the name (SPONSOR_LIST's cheap test).
SPONSOR_LAST = word_set("and & mr. mrs. dr. ms. mx. mr mrs dr ms mx")
DONOR_LAST = word_set(
    """from by of the and & mr. mrs. dr. late donor donors philanthropist philanthropists benefactor benefactors
    sponsor sponsors supporter supporters patron patrons"""
)


def _staff_before(before: str, words: list[str]) -> bool:
    """`words`: the last words of `before`."""
    if words and words[-1] == "by":
        return STAFF_BEFORE.search(before) is not None  # "led by", "Photo by", "📸 by": the regex reads what precedes
    if not any(w in STAFF_WORDS or w.endswith(("ologist", "ologists")) or _plural_of(w) in STAFF_WORDS for w in words):
        return False
    return STAFF_BEFORE.search(before) is not None


def _plural_of(word: str) -> str:
    """The singular of a plural role ("emts" -> "emt", "coaches" -> "coach"), for the cheap test of STAFF_WORDS."""
    if word.endswith("es") and word[:-2] in STAFF_WORDS:
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


TITLE_STOP = re.compile(r"(?<![a-z])(?:dr|mr|mrs|ms|mx|prof|rev|sr|jr)\.")


def _staff_list(window: str) -> bool:
    """The candidate is an item of a list after "<staff plural>:" in the same sentence."""
    colon = window.rfind(": ")
    if colon < 0:
        return False
    rest = TITLE_STOP.sub("", window[colon + 2 :])  # "Dr. Lena Park, Dr. Omar Haddad": a title's stop ends nothing
    if any(c in rest for c in ".;!?"):
        return False
    return STAFF_PLURAL_END.search(window, 0, colon) is not None


def before_window(lower: str, start: int, width: int = 64) -> str:
    """The lower-cased text just before `start`, from the start of its line: where cues before are read."""
    begin = max(0, start - width)
    line = lower.rfind("\n", begin, start)
    return lower[(line + 1 if line >= 0 else begin) : start]


# A child's age right after the name: "Lily Marchand, 9, who spent last winter on our pediatric floor, read her
# letter" at a gala is a patient named, whatever the talk of galas and gifts around her.
CHILD_AGE_AFTER = re.compile(r", (?:[1-9]|1[0-7]),| \((?:[1-9]|1[0-7])\)")


def _context_cues(lower: str, start: int, end: int) -> list[Feature]:
    """The clearing features of people_names_context: the talk around the candidate, not the words touching it."""
    cues: list[Feature] = []
    if recognition_near(lower, start, end) and not CHILD_AGE_AFTER.match(lower, end):
        cues.append(Feature.RECOGNITION)
    if renown_near(lower, start, end):
        cues.append(Feature.RENOWN)
    if greeting_near(lower, start, end):
        cues.append(Feature.GREETING)
    return cues


def clearing_cues(lower: str, start: int, end: int, building: bool, titled: bool = False) -> list[Feature]:
    """The negative features around a candidate at lower[start:end] (start is its title's, if it has one).

    `titled`: a Dr./Prof./Rev. stands before it; then what a clinician does as staff (a talk, advice, answers;
    "Join Dr. Nguyen for a talk") is a staff role too. A title alone is not: "Dr. Patel went home today".

    `building`: the candidate ends in a building word after a surname; said to be a place by a locative before
    it or a building's context around it ("at Whitman Hall", "Happy 100th birthday, Whitman Hall!")."""
    before = before_window(lower, start)
    after = lower[end : end + 64]
    cues: list[Feature] = []
    expert = titled and (
        EXPERT_BEFORE.search(before) is not None
        or EXPERT_AFTER.match(after) is not None
        or recognition_near(lower, start, end)  # "Welcome to Dr. Amara Osei, who joins us after her fellowship"
        or renown_near(lower, start, end)  # "Dr. Charles Drew pioneered blood banking": a clinician of history
    )
    listed = ": " in lower[max(0, start - 120) : start] and _staff_list(before_window(lower, start, 120))
    words = _last_words(before, 7)
    last_word = words[-1] if words else ""
    if expert or listed or STAFF_AFTER.match(after) or _staff_before(before, words):
        cues.append(Feature.STAFF_ROLE)
    if (
        PUBLIC_AFTER.match(after)
        or ((last_word in PUBLIC_LAST or SPORT_MARKS.intersection(words[-3:-1])) and PUBLIC_BEFORE.search(before))
        or TEAM_BEFORE.search(before)  # "the Boston Bruins' Brad Marchand": a team's player
    ):
        cues.append(Feature.PUBLIC_FIGURE)
    if last_word not in PATIENT_DONOR and (  # "a gift from grateful patient Ruth Oyler after her surgery": PHI
        DONOR_AFTER.match(after)
        or (last_word in SPONSOR_LAST and SPONSOR_LIST.search(before_window(lower, start, 260)))
        or (last_word in DONOR_LAST and DONOR_BEFORE.search(before))
        or (("spotlight" in before or "profile" in before or " of the " in before) and DONOR_HEADING.search(before))
    ):
        cues.append(Feature.DONOR)
    cues.extend(_context_cues(lower, start, end))
    building = building or _building_after(after)
    if building and (PLACE_BEFORE.search(before) or PLACE_AROUND.search(lower, max(0, start - 80), end + 80)):
        cues.append(Feature.BUILDING)
    elif STATE_AFTER.match(after) and " " not in lower[start:end]:
        cues.append(Feature.BUILDING)  # "the power crews from Gary, WV": a town and its state
    elif last_word == "of" and PEOPLE_OF.search(before):
        cues.append(Feature.BUILDING)  # the same family: a place, not a person
    elif (last_word in SAINT_WORDS and SAINT_BEFORE.search(before)) or SAINT_START.match(lower, start, end):
        cues.append(Feature.BUILDING)  # a saint's name: a church, a school or a town
    elif (last_word in NAMESAKE_LAST or last_word.endswith(".")) and NAMESAKE_BEFORE.search(before):
        cues.append(Feature.BUILDING)  # a place named for the person: its namesake, not a patient
    elif last_word in ("named", "called") and THING_NAMED.search(before):
        cues.append(Feature.BUILDING)  # an animal or a thing with a name: not a person
    elif last_word in LOCATIVE and not after.startswith("'"):
        cues.append(Feature.BUILDING)  # "stops in Arthur", "a farm near Anselmo": a town (not "in Mrs. Lopez's room")
    elif BUSINESS_AFTER.match(after) or (
        (after.startswith(" & ") or (after.startswith("'s") and PAIR_BEFORE.search(before)))
        and PAIR_BUSINESS_AFTER.match(after)
    ):
        cues.append(Feature.BUILDING)  # a business named after its owner
    elif MASCOT_AFTER.match(after) or ANIMAL_BEFORE.search(before):
        cues.append(Feature.BUILDING)  # a mascot or a character named with what it is: not a person
    elif last_word in PERFORMED_LAST and not GIVEN_AFTER.match(after) and PERFORMED_BEFORE.search(before):
        cues.append(Feature.BUILDING)  # a song, a singer or a book performed: the work, not a person of the post
    elif " " not in lower[start:end] and NAME_TREND.search(lower, max(0, start - 160), start):
        cues.append(Feature.BUILDING)  # a first name in a trend of names: a word, not a person
    elif ARTICLE_BEFORE.search(before) and NAMED_THING_AFTER.match(after):
        cues.append(Feature.BUILDING)  # a class, a challenge or an award named after a person
    return cues
