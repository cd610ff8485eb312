"""Reading and validating the world reference tables in ``loaders/data/world/``.

UTF-8 CSV with a header; multi-valued cells are separated by ``|``:
- ``countries.csv``: iso3, iso2, name, other_names, adjectives, demonyms_singular,
  demonyms_plural, capital, seats (metonyms for the government: Kremlin, White House), source;
- ``office_holders.csv``: name, aliases, country_iso3, sector, role, start_year, end_year, source;
- ``institutions.csv``: name, aliases, country_iso3, sector, kind, source (state institutions
  whose country is not in the words: Mossad, Bundeswehr, Knesset);
- ``international_bodies.csv``: name, aliases, sector, kind, source;
- ``armed_groups.csv``: name, aliases, country_iso3 (may be empty), sector, kind, source
  (generated from the Phoenix dictionary by ``phoenix.py``).
A missing file is an empty table; a malformed row raises ActorDataError naming file and line.
``$WIREHOUSE_WORLD_DIR`` points to another directory of the same files.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from loaders.extraction.actors.model import SECTORS, ActorDataError

WORLD_DIR = Path(__file__).resolve().parents[2] / "data" / "world"
WORLD_DIR_VARIABLE = "WIREHOUSE_WORLD_DIR"
COLUMNS = {
    "countries.csv": ("iso3", "iso2", "name", "other_names", "adjectives", "demonyms_singular",
                      "demonyms_plural", "capital", "seats", "source"),
    "office_holders.csv": ("name", "aliases", "country_iso3", "sector", "role", "start_year",
                           "end_year", "source"),
    "institutions.csv": ("name", "aliases", "country_iso3", "sector", "kind", "source"),
    "international_bodies.csv": ("name", "aliases", "sector", "kind", "source"),
    "armed_groups.csv": ("name", "aliases", "country_iso3", "sector", "kind", "source"),
}  # fmt: skip


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    names: tuple[str, ...]  # other names and short forms ("Britain", "the UK")
    adjectives: tuple[str, ...]  # "Kenyan": owns agents ("Kenyan troops")
    people: tuple[str, ...]  # demonyms, singular and plural ("Briton", "Britons")
    capitals: tuple[str, ...]  # the capital and the seats of government, speaking for the state


@dataclass(frozen=True)
class Named:
    """A named person, institution or international body."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str
    detail: str  # a person's role, an institution's or a body's kind
    start_year: int | None = None
    end_year: int | None = None


def world_dir() -> Path:
    return Path(os.environ.get(WORLD_DIR_VARIABLE) or WORLD_DIR)


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


def _rows(file: str) -> Iterator[tuple[str, dict[str, str]]]:
    path = world_dir() / file
    if not path.exists():
        return
    with path.open(encoding="utf-8-sig", newline="") as handle:
        lines = handle.read().splitlines(keepends=True)
    comments = sum(1 for line in lines if line.startswith("#"))
    reader = csv.DictReader(line for line in lines if not line.startswith("#"))
    if tuple(reader.fieldnames or ()) != COLUMNS[file]:
        raise ActorDataError(f"{path}: columns must be {','.join(COLUMNS[file])}")
    for row in reader:
        where = f"{path}: line {reader.line_num + comments} ({row.get('name')!r})"
        if None in row or any(value is None for value in row.values()):
            raise ActorDataError(f"{where}: expected {len(COLUMNS[file])} columns")
        if not row["name"].strip():
            raise ActorDataError(f"{where}: name is empty")
        yield where, row


def _sector(row: dict[str, str], where: str) -> str:
    sector = row["sector"].strip()
    if sector not in SECTORS:
        raise ActorDataError(
            f"{where}: sector {sector!r} is not one of {' '.join(sorted(SECTORS))}"
        )
    return sector


def _country(value: str, where: str, codes: frozenset[str]) -> str:
    code = value.strip()
    if code not in codes:
        raise ActorDataError(f"{where}: country {code!r} is not an ISO 3166-1 alpha-3 code")
    return code


def _year(value: str, where: str) -> int | None:
    if not value.strip():
        return None
    if not re.fullmatch(r"\d{4}", value.strip()):
        raise ActorDataError(f"{where}: year {value!r} is not a four-digit year")
    return int(value)


def read_countries() -> list[Country]:
    found = []
    for where, row in _rows("countries.csv"):
        if not re.fullmatch(r"[A-Z]{3}", row["iso3"].strip()):
            raise ActorDataError(f"{where}: iso3 {row['iso3']!r} is not three capital letters")
        people = _split(row["demonyms_singular"]) + _split(row["demonyms_plural"])
        found.append(
            Country(
                iso3=row["iso3"].strip(),
                name=row["name"].strip(),
                names=_split(row["other_names"]),
                adjectives=_split(row["adjectives"]),
                people=tuple(dict.fromkeys(people)),
                capitals=tuple(dict.fromkeys(_split(row["capital"]) + _split(row["seats"]))),
            )
        )
    return found


def read_office_holders(codes: frozenset[str]) -> list[Named]:
    found = []
    for where, row in _rows("office_holders.csv"):
        start, end = _year(row["start_year"], where), _year(row["end_year"], where)
        if start is not None and end is not None and end < start:
            raise ActorDataError(f"{where}: end_year {end} is before start_year {start}")
        country = _country(row["country_iso3"], where, codes) if row["country_iso3"] else None
        found.append(
            Named(row["name"].strip(), _split(row["aliases"]), country, _sector(row, where),
                  row["role"].strip(), start, end)
        )  # fmt: skip
    return found


def read_institutions(codes: frozenset[str]) -> list[Named]:
    return [
        Named(row["name"].strip(), _split(row["aliases"]),
              _country(row["country_iso3"], where, codes), _sector(row, where), row["kind"].strip())
        for where, row in _rows("institutions.csv")
    ]  # fmt: skip


def read_international_bodies() -> list[Named]:
    return [
        Named(row["name"].strip(), _split(row["aliases"]), None, _sector(row, where),
              row["kind"].strip())
        for where, row in _rows("international_bodies.csv")
    ]  # fmt: skip


def read_armed_groups(codes: frozenset[str]) -> list[Named]:
    return [
        Named(row["name"].strip(), _split(row["aliases"]),
              _country(row["country_iso3"], where, codes) if row["country_iso3"] else None,
              _sector(row, where), row["kind"].strip())
        for where, row in _rows("armed_groups.csv")
    ]  # fmt: skip
