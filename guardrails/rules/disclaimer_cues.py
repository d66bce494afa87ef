"""Kinds of health information the health vocabulary alone does not see, for disclaimer.missing.

Each is a shape of text that tells the reader something about their health whatever words it uses:
- a care-seeking instruction: where to go or whom to call about a health event ("if your child swallows a magnet,
  take them to the ER", "call 911", "llévelo al pediatra"), with a condition, an urgency or a health word beside it;
- a Spanish health statement: a Spanish health word (the lexicon is English) with an explanatory cue or an
  instruction in the same sentence ("La presión alta casi nunca da síntomas");
- a body or wellness tip: an instruction that opens a sentence and is about the body or a wellness habit ("Lift
  with your legs, not your back", "Bring more water than you think and rest in the shade");
- a group outcome in plain words ("kids who eat breakfast focus better").
Matching runs on the lower-cased matching copy, where accents are folded ("presión" reads "presion"). Every pattern
is one bounded scan per text (or per sentence): linear.
"""

from __future__ import annotations

import re

from guardrails.rules.base import Document
from guardrails.rules.health_terms import sentences, token_set, words

# Where to go or whom to call about one's health. "Call us to book" or "call our office" points at a service.
CARE_POINTER_RE = re.compile(
    r"\b(?:call|dial|text) (?:9-?1-?1|999|112|988|poison control|(?:your|a|the) (?:doctor|pediatrician|provider|"
    r"nurse line|dentist|midwife|gp|clinician|health ?care provider))\b"
    r"|\b(?:go|goes|head|get|rush|drive|take (?:him|her|them|your [a-z]+|the [a-z]+))(?: straight| right)? to "
    r"(?:the |an? |your )?(?:er|emergency room|emergency department|ed|urgent care|doctor|pediatrician|dentist)\b"
    r"|\bsee (?:a|your) (?:doctor|provider|pediatrician|dentist|specialist|clinician|health ?care provider)\b"
    r"|\bseek (?:medical |emergency |urgent )?(?:care|help|attention|treatment)\b"
    r"|\bget (?:medical |emergency )?(?:help|care|attention) (?:right away|immediately|fast|now|quickly)\b"
    # Spanish (accents folded): "llame al 911", "llévelo al pediatra", "consulte a su médico"
    r"|\b(?:llame|llamen|marque) (?:al|a) (?:911|su (?:medico|doctor|pediatra)|control de envenenamientos?)\b"
    r"|\b(?:lleve(?:lo|la|los|las)?|vaya|vayan|acuda|acudan) (?:al|a la|a) (?:pediatra|medico|doctor|hospital|"
    r"urgencias|sala de emergencias|clinica|dentista)\b"
    r"|\b(?:consulte|consulten|pregunte|pregunten|preguntele|hable|hablen) (?:a|con|en) (?:su|la|el) "
    r"(?:medico|doctor|pediatra|farmaceutico|farmacia|proveedor)\b"
)
CARE_POINTER_TOKENS = words(
    "call dial text go goes head get rush drive take see seek llame llamen marque lleve llevelo llevela llevelos "
    "llevelas vaya vayan acuda acudan consulte consulten pregunte pregunten preguntele hable hablen"
)
# What makes a care pointer advice about a health event rather than a service's contact line: a condition, an
# urgency ("if your child...", "right away", "even if they seem fine").
CARE_CONDITION_RE = re.compile(
    r"\b(?:if|when|whenever|unless|even if|si|cuando|aunque)\b(?! you (?:have|'?d like|want|need) (?:any |more )?"
    r"(?:questions|an appointment|to book|to schedule|to register|to join|to learn))"
    r"|\b(?:right away|immediately|same day|don'?t wait|do not wait|without delay|de inmediato|enseguida|"
    r"inmediatamente|every minute counts|cada minuto cuenta)\b"
)

# Spanish health words (folded): the lexicon is English, so "fiebre" or "presión alta" names nothing to it.
SPANISH_HEALTH_WORDS = words(
    "fiebre dolor dolores tos gripe resfriado resfrio diarrea vomito vomitos infeccion infecciones presion "
    "azucar colesterol asma alergia alergias piojos parasitos sintoma sintomas medicina medicinas medicamento "
    "medicamentos pastilla pastillas tableta tabletas receta vacuna vacunas insulina antibiotico antibioticos "
    "herida heridas quemadura quemaduras mordida picadura esguince torcedura embarazo cancer corazon rinones "
    "pulmones sangre derrame infarto depresion ansiedad tiroides hongos sarampion varicela deshidratacion "
    "desmayo mareo mareos nauseas cansancio colico colicos hemorroides almorranas migrana jarabe pomada "
    "anticonceptivas desparasitante remedio remedios manos piel dientes ojos espalda huesos rodillas menopausia "
    "hormonas bochornos"
)
# What makes such a sentence information or an instruction (folded Spanish): explanatory words and the usted /
# ustedes imperatives a health tip opens with.
SPANISH_CUE_WORDS = words(
    "sintomas senal senales riesgo riesgos causa causan causar puede pueden ayuda ayudan previene prevenir "
    "evitar evite eviten consejo consejos normal normales comun comunes importante recomienda recomendamos "
    "necesita necesitan tome tomese tomen beba beban coma coman lave lavese laven revise revisen revisese "
    "consulte consulten pregunte pregunten llame llamen descanse descansen use usen pongase pongale aplique "
    "apliquese tomeselo tomatelo pongaselo dejen deje duerma camine hagase vigile mantenga cuide cuidese proteja "
    "protejase sabia"
)
# A body part or wellness habit: the subject of a tip that names no condition ("lift with your legs").
BODY_WORDS = words(
    "back backs knees knee legs leg skin eyes teeth gums heart lungs brain bones joints muscles muscle wound "
    "wounds cut cuts burn burns bite bites sunburn shade heat water hydrated thirsty thirst sleep naps helmet "
    "seatbelt seat-belt lifejacket life-jacket sunscreen breakfast veggies vegetables fruit posture spine neck "
    "wrists ears hearing vision choking swallow swallows swallowed ticks tick mosquitoes mosquito frostbite "
    "fireworks pregnant breastfeeding"
)
# The verbs a tip opens on, at a sentence's start or after a colon or a dash ("Heat wave: stay in the shade").
TIP_VERB_RE = re.compile(
    r"(?:bend|lift|keep|bring|take|wear|drink|sip|eat|rest|stretch|rinse|wash|brush|floss|apply|reapply|stay|never|"
    r"always|don'?t|avoid|limit|check|protect|cover|sit|stand|walk|move|try|give|put|cut back on|swap|choose|skip|"
    r"remove|leave|do a|use|pick|add|get)\b"
)
TIP_AFTER_COLON_RE = re.compile(r"[:\u2014]\s*|\s-\s+")
# A plain-words outcome for a group: "kids who eat breakfast focus better", "people who walk daily live longer".
GROUP_WHO_BETTER_RE = re.compile(
    r"\b(?:kids|children|teens|adults|people|women|men|seniors|babies|students|patients|those|folks)\s+who\s+"
    r"[^.!?]{1,50}?\b(?:sleep|focus|feel|heal|recover|live|do|score|breathe|perform|learn|think|age)s?\s+"
    r"(?:\w+\s+)?(?:better|longer|faster|healthier)\b"
)
GROUP_WHO_TOKENS = words("better longer faster healthier")
# Words of a post that is not a tip: a job, an event, recognition, a greeting (Spanish too).
SPANISH_NON_HEALTH_WORDS = words(
    "feliz felices navidad felicidades felicitaciones gracias contratando buscamos empleo vacante vacantes "
    "bienvenidos bienvenida saludo evento eventos feria inscribase registrese"
)
# A remedy or a schedule: "para la tos", "tres veces al día", "cada 6 meses", "dos tazas al día".
SPANISH_REMEDY_RE = re.compile(
    r"\bpara (?:el|la|los|las|su) [a-z]+\b|\b(?:\d+|una|dos|tres|cuatro|cinco|seis) (?:veces|tazas|cucharaditas|"
    r"cucharadas|tabletas|pastillas|gotas) al dia\b|\bcada \d+ (?:horas|dias|meses|semanas)\b|\bsin receta\b"
)
_WORD_RE = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


def care_instruction(doc: Document, health_words: bool) -> bool:
    """Does the text send the reader to care about a health event (a pointer with a condition or an urgency in its
    sentence or the one before, or anywhere in a text that names a health term)?"""
    if not token_set(doc) & CARE_POINTER_TOKENS:
        return False
    lower = doc.lower
    previous = 0
    for start, end in sentences(doc):
        pointer = CARE_POINTER_RE.search(lower, start, end) is not None
        if pointer and (health_words or CARE_CONDITION_RE.search(lower, previous, end) is not None):
            return True
        previous = start
    return False


def spanish_health_statement(doc: Document) -> bool:
    """A Spanish health word with a Spanish cue, an instruction or a remedy's shape ("Para la tos: ...", "tres veces
    al día"), outside a Spanish greeting, job ad or event."""
    toks = token_set(doc)
    if not toks & SPANISH_HEALTH_WORDS or toks & SPANISH_NON_HEALTH_WORDS:
        return False
    if toks & SPANISH_CUE_WORDS:
        return True
    return SPANISH_REMEDY_RE.search(doc.lower) is not None


def body_tip(doc: Document, non_health: frozenset[str]) -> bool:
    """A sentence that opens on an instruction and is about the body or a wellness habit, with no job, event,
    recognition or facility word of its own ("Lift with your legs, not your back.")."""
    toks = token_set(doc)
    if not toks & BODY_WORDS:
        return False
    lower = doc.lower
    asked = False  # "Pregnant? Skip the deli meat.": the question names the body, the next sentence instructs
    for start, end in sentences(doc):
        segment = lower[start:end]
        found = set(_WORD_RE.findall(segment))
        about_body = bool(found & BODY_WORDS) or asked
        asked = bool(found & BODY_WORDS) and segment.rstrip().endswith("?")
        if not about_body or found & non_health:
            continue
        first = _FIRST_WORD_RE.search(segment)
        if first is not None and TIP_VERB_RE.match(lower, start + first.start()):
            return True
        colon = TIP_AFTER_COLON_RE.search(segment)
        if colon is not None and TIP_VERB_RE.match(lower, start + colon.end()):
            return True
    return False


_FIRST_WORD_RE = re.compile(r"[a-z]")


# Food and drink as health: "sugary drinks are the top source of added sugar in kids' diets", "protein at breakfast
# keeps you full longer". A nutrition word makes a sentence health information with the reader or a group in it,
# or a word of effect, and no announcement word ("our café now serves a salad bar" names none of them).
NUTRITION_WORDS = words(
    "sugar sugars sugary sodium salt salty saturated cholesterol protein fiber fibre calories carbs carbohydrates "
    "diet diets nutrients caffeine"
)
NUTRITION_EFFECT_WORDS = words(
    "you your kids children adults people teens women men source linked full energy healthier healthy body "
    "blood heart teeth weight"
)


def nutrition_statement(doc: Document, non_health: frozenset[str]) -> bool:
    """A sentence about what food does to the body, with no job, event or recognition word of its own."""
    if not token_set(doc) & NUTRITION_WORDS:
        return False
    lower = doc.lower
    for start, end in sentences(doc):
        found = set(_WORD_RE.findall(lower[start:end]))
        if found & NUTRITION_WORDS and found & NUTRITION_EFFECT_WORDS and not found & non_health:
            return True
    return False


def group_outcome_in_words(doc: Document) -> bool:
    """ "Kids who eat breakfast focus better": an outcome claimed for a group, with no number."""
    return bool(token_set(doc) & GROUP_WHO_TOKENS) and GROUP_WHO_BETTER_RE.search(doc.lower) is not None
