"""Peoples and clans of one state (``loaders/data/world/peoples.csv``): "Hema militias", "Darod
clan gunmen" and "Dinka civilians" are that state's, as a region's people are (regions.csv).

Read, validated and keyed here; ``places.load_gazetteer`` adds the keys to its demonyms after the
regions' own (a region's people keep their region). A people's name never makes a place in text.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from loaders.extraction.places import Place, PlaceDataError, normalise

PEOPLES_FILE = Path(__file__).resolve().parent.parent / "data" / "world" / "peoples.csv"
COLUMNS = ("name", "aliases", "country_iso3", "kind", "source")
KINDS = ("ethnic", "clan")
ID_PREFIX = "wh:people:"


def read_peoples(path: Path = PEOPLES_FILE) -> list[tuple[str, Place]]:
    """(key, Place) for every name and alias; a clan is also named with "clan" ("Darod clan").
    The Place is the people's state, precision ``country``."""
    from loaders.extraction.regions import world_country_codes

    codes = world_country_codes()
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    reader = csv.DictReader(lines)
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise PlaceDataError(f"{path}: columns must be {','.join(COLUMNS)}")
    keys: list[tuple[str, Place]] = []
    for row in reader:
        where = f"{path}: {row.get('name')!r}"
        if None in row or any(value is None for value in row.values()):
            raise PlaceDataError(f"{where}: expected {len(COLUMNS)} columns")
        country = row["country_iso3"]
        if country not in codes or row["kind"] not in KINDS:
            raise PlaceDataError(f"{where}: unknown country {country!r} or kind {row['kind']!r}")
        slug = re.sub(r"[^a-z0-9]+", "-", normalise(row["name"]))
        gazetteer_id = f"{ID_PREFIX}{country}:{slug}"
        place = Place(row["name"], country, None, None, None, gazetteer_id, "country")
        names = [row["name"], *(alias for alias in row["aliases"].split("|") if alias)]
        if row["kind"] == "clan":
            names += [f"{name} clan" for name in names]
        keys += [(normalise(name), place) for name in names]
    return keys
