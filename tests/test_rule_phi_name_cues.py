"""phi.name by cue, as commenters name a patient they know: a kin or affectionate word before a lower-case first
name ("grandpa joe"), a hashtag of a first name and a support word (#MilesStrong), and the false flags these
cues must not raise."""

from __future__ import annotations

import pytest

from guardrails import Engine, GuardrailSettings
from tests.phi_rule_cases import spans

ENGINE = Engine(GuardrailSettings())  # staff: Sarah Chen; organization: Riverside Health, Springfield


def names(text: str) -> list[str]:
    """The original text of every phi.name finding, its offsets and tag checked."""
    return spans("phi.name", text, ENGINE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kin word before a first name that is nothing else: the grandfather in rehab is a patient
        # (round 8: the kin word is redacted with the name)
        ("ok who gave grandpa joe in rehab a kazoo. the whole unit can hear him.", ["grandpa joe"]),
        # an affectionate size word before a first name: a patient's nickname
        ("big mike from bed 12 just beat me at chess AGAIN", ["big mike"]),
        # "lil" the same, at the start of the name's sentence
        ("update on lil dre: extubated this morning", ["lil dre"]),
        # a possessive after the name is left out of the finding
        ("grandma bea's PT session went great", ["grandma bea"]),
        # a Spanish kin word, the same idea
        ("abuela rosa is home after her hip surgery", ["abuela rosa"]),
    ],
)
def test_kin_word_before_a_lower_case_first_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a size word before an everyday word that is also a first name: no person
        "big will power needed for this week's step challenge",
        # "baby steps": the word after is no first name
        "baby steps toward a healthier heart this month",
        # a size word inside a place name
        "join us at the little rock 5k on saturday",
        # a kin word before a word that is no name
        "grandpa chairs are back in the lobby",
    ],
)
def test_kin_word_before_an_everyday_word(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a Spanish greeting: "Esperanza" (hope) opens the sentence, a first name in the lists but no person
        "Esperanza, paz y salud para todos en este Año Nuevo. ¡Feliz 2027 de parte de todo el equipo!",
        # Spanish health advice: two lower-case words no English list knows are not a name there
        "Los dolores de cabeza frecuentes no son normales. Si tiene dolor de cabeza más de 15 días al mes, hable "
        "con su médico.",
        # Vietnamese beside English: "Bác sĩ" (doctor) and "y tá" (nurse) are words, read by their accents
        "Chúc mừng năm mới! Our clinics will close for Tết on February 17. Bác sĩ, y tá và nhân viên chúc quý vị "
        "một năm an khang!",
        # round 6: everyday Spanish words (foreign_words.txt) mark the sentence, not only its function words
        "La diabetes tipo 2 muchas veces se puede prevenir. Caminar 30 minutos al día ayuda mucho.",
        # "có" (has) and "cơ" fold to the letters of the title "cô" (Miss): as written they are no title
        "Người từ 65 tuổi trở lên có nguy cơ cao hơn. Chúng tôi nhận bệnh nhân có hoặc không có bảo hiểm.",
        # Tagalog mixed with English: "lalo na kung" (especially if) is no name
        "Huwag kalimutang magpa-check ng blood pressure, lalo na kung may high blood sa pamilya!",
        # Haitian Creole, which wordfreq lacks: its hand-kept words mark the sentence
        "Klinik la ap ofri vaksen grip gratis chak vandredi, 1 pm rive 5 pm. Pa bezwen randevou.",
        # a short line after a Spanish sentence is Spanish too (read forward only: an appended disclaimer changes
        # nothing before it)
        "¡Estamos contratando! Buscamos promotoras de salud bilingües. Tiempo completo, con beneficios.",
        # a greeting in capitals that starts with a function word is no full name
        "Feliz Dia das Mães! Para todas as mamães da nossa comunidade: vocês são incríveis.",
    ],
)
def test_a_sentence_in_another_language_is_not_read_for_names(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full name in capitals stands in a Spanish sentence
        ("Mucho ánimo a Luis Rodríguez y a su familia en estos días difíciles.", ["Luis Rodríguez"]),
        # a Spanish title before a single name is a person cue
        ("Gracias a todos los que vinieron a donar sangre para la señora Ofelia. ¡Ya está en casa!", ["Ofelia"]),
        # a Vietnamese kin title before a single name, in a mixed sentence
        ("Hàng xóm của chúng ta, bác Lực, went home today after 3 weeks in our care.", ["Lực"]),
        # "de la" between capitalised words is a name's particle, not Spanish: the English sentence is read
        ("So proud of Maria de la Cruz, home after her transplant!", ["Maria de la Cruz"]),
        # a first name inside a Spanish sentence that is no Spanish word: the newborn is named
        ("¡Bienvenida al mundo, Valentina! Nació a las 3:05 am en nuestro Centro de Partos.", ["Valentina"]),
        # the same in Portuguese: "Enzo" is no Portuguese word
        ("Obrigada a toda a equipe por cuidar do nosso Enzo 💙 Vocês são anjos.", ["Enzo"]),
        # a Tagalog kin title leads the name ("Tita" = aunt), even where the run was cut after it
        ("Ingat ka palagi Tita Baby, mahal na mahal ka namin ng buong team sa lobby!", ["Tita"]),
    ],
)
def test_names_in_another_language_beside_a_cue(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first name that is also a word ("miles") beside a support word of the tag: the patient's own tag
        # the tag is redacted whole (round 8)
        ("#MilesStrong 💙 Day 100 post-transplant and this guy is doing push-ups.", ["MilesStrong"]),
        # the same tag in lower case, split at its support word
        ("#milesstrong day 100!", ["milesstrong"]),
        # a team tag before a first name that is also a word
        ("Go #TeamHunter, you've got this!", ["TeamHunter"]),
    ],
)
def test_hashtag_of_a_first_name_and_a_support_word(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a support word beside a group the tag praises, not a person
        "Happy Nurses Week! #NurseStrong",
        # a city: "Boston" is in the first-name list but a place
        "Marathon Monday! #BostonStrong",
        # a support word beside an everyday word that is no first name
        "#TeamWork makes the dream work on 4 West",
        # a family, not a person
        "#FamilyForever at our picnic this weekend",
    ],
)
def test_hashtag_support_word_beside_no_person(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # initials that are also a time ("A.M.") stand for a person after "patient" and before an apposition
        ("Inspired by our patient A.M., a 34-year-old teacher, our team launched a referral pathway.", ["A.M."]),
        # a time stays a time
        ("The clinic opens at 8 A.M. daily.", []),
        # after "patient", a department's abbreviation before a noun is no person
        ("Our patient E.R. visits fell 10% this year.", []),
        # "and" after them lists services, not a person
        ("Ask about patient P.T. and O.T. sessions.", []),
    ],
)
def test_common_initials_after_a_patient_cue(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # staff shorthand: "pt", an initial and a surname no list knows, then what the patient does
        ("pt k. oyelaran wants to say hi to everyone on 6N", ["k. oyelaran"]),
        # "patient" in full, a known surname, a person's verb after
        ("patient b. smith went home today", ["b. smith"]),
        # a germ's name after "pt": nothing a person does follows it
        ("pt e. coli results are back", []),
        # a stopword after the initial is no surname
        ("pt a. the best day", []),
    ],
)
def test_lower_case_patient_initial_and_surname(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Vietnamese kin title (ông, grandfather) before a capitalised name that is also a word
        ("video call: ông Bảy waving at his grandkids from his hospital bed", ["Bảy"]),
        # an English kin title in lower case before a capitalised first name
        ("my grandpa Joe is home after his bypass", ["grandpa Joe"]),  # the kin title with the name (round 8)
        # a kin-like ending inside a word is no title: "strong Will"
        ("stay strong Will power wins", []),
        # a stopword after the title is no name
        ("come see nana The whole unit is here", []),
    ],
)
def test_lower_case_kin_title_before_a_capitalised_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected
