"""The world reference tables (loaders/data/world): shape, codes, uniqueness, clashes."""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

from loaders.extraction.actors import SECTORS
from tests.conftest import REPO, shared_file

WORLD = REPO / "loaders" / "data" / "world"
HEADERS = {
    "countries.csv": ["iso3", "iso2", "name", "other_names", "adjectives", "demonyms_singular",
                      "demonyms_plural", "capital", "seats", "source"],
    "office_holders.csv": ["name", "aliases", "country_iso3", "sector", "role", "start_year",
                           "end_year", "source"],
    "institutions.csv": ["name", "aliases", "country_iso3", "sector", "kind", "source"],
    "international_bodies.csv": ["name", "aliases", "sector", "kind", "source"],
}  # fmt: skip
# Columns whose cells are lists separated by "|".
MULTI = {"other_names", "adjectives", "demonyms_singular", "demonyms_plural", "seats", "aliases",
         "source"}  # fmt: skip
# Columns that must never be empty.
REQUIRED = {
    "countries.csv": {"iso3", "iso2", "name", "source"},
    "office_holders.csv": {"name", "sector", "role", "start_year", "source"},
    "institutions.csv": {"name", "country_iso3", "sector", "kind", "source"},
    "international_bodies.csv": {"name", "sector", "kind", "source"},
}
MINIMUM_ROWS = {"countries.csv": 249, "institutions.csv": 150, "international_bodies.csv": 200}
MINIMUM_PEOPLE = 600
INSTITUTION_KINDS = {"intelligence", "military", "police", "legislature", "executive", "ministry",
                     "judiciary", "paramilitary", "mercenary", "media"}  # fmt: skip
BODY_KINDS = {"un_agency", "peacekeeping", "regional_organisation", "alliance", "development_bank",
              "red_cross", "ngo", "humanitarian", "media_watchdog", "monitor", "court"}  # fmt: skip
# Office holders with no single country: officials of international bodies, transnational groups.
STATELESS_SECTORS = {"IGO", "INS", "REB"}
# Country words deliberately kept in one row although another country could claim them
# (the more frequent reading in news wins; see the README). Empty now: add a name with a reason.
KNOWN_AMBIGUITIES: frozenset[str] = frozenset()
# NGEC nationality words not carried over, with the reason (the rest must all be present).
NGEC_NOT_CARRIED = {
    "nigeran", "nigerans",  # misspellings of Nigerien
    "heard island and mcdonald island", "heard and mcdonald islander", "saint martin islander",
    "saint martin islanders", "wallis and futuna islander", "sint eustatius and saba",
    "bouvet islanders", "channel islander", "channel islanders", "british virgin island",
    "virgin islands (u.s.)",  # odd variants of territory names listed in their own rows
}  # fmt: skip


def read(name: str) -> list[dict[str, str]]:
    with (WORLD / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def cells(row: dict[str, str], column: str) -> list[str]:
    return [value for value in row[column].split("|") if value]


def key(name: str) -> str:
    """How a name is compared: case-insensitive, a leading article ignored."""
    lowered = name.strip().lower()
    return lowered[4:] if lowered.startswith("the ") else lowered


def country_codes() -> set[str]:
    return {row["iso3"] for row in read("countries.csv")}


def names_by_row(name: str) -> Iterator[tuple[dict[str, str], list[str]]]:
    """Each row with every name it can be mentioned by."""
    columns = {
        "countries.csv": ["name", "other_names", "adjectives", "demonyms_singular",
                          "demonyms_plural", "seats"],
    }.get(name, ["name", "aliases"])  # fmt: skip
    for row in read(name):
        yield row, [value for column in columns for value in cells(row, column)]


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header_shape_and_cells(name: str) -> None:
    with (WORLD / name).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == HEADERS[name]
    for number, row in enumerate(rows[1:], start=2):
        assert len(row) == len(HEADERS[name]), (name, number, row)
        record = dict(zip(HEADERS[name], row, strict=True))
        for column, value in record.items():
            assert value == value.strip(), (name, number, column)
            if column in MULTI and value:
                assert all(part.strip() == part and part for part in value.split("|")), (
                    name, number, column)  # fmt: skip
        assert all(record[column] for column in REQUIRED[name]), (name, number)


@pytest.mark.parametrize("name", sorted(MINIMUM_ROWS))
def test_minimum_rows(name: str) -> None:
    assert len(read(name)) >= MINIMUM_ROWS[name]


def test_office_holders_count_people_not_rows() -> None:
    assert len({row["name"] for row in read("office_holders.csv")}) >= MINIMUM_PEOPLE


def test_countries_cover_iso_3166_and_the_disputed() -> None:
    rows = read("countries.csv")
    codes = [row["iso3"] for row in rows]
    assert len(codes) == len(set(codes)) and codes == sorted(codes)
    assert len({row["iso2"] for row in rows}) == len(rows)
    with (REPO / "loaders" / "data" / "places_countries.csv").open(encoding="utf-8") as handle:
        iso_rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    assert {row["alpha3"] for row in iso_rows} <= set(codes)
    assert {"PSE", "XKX", "TWN", "ESH"} <= set(codes)


def test_codes_sectors_and_kinds_are_known() -> None:
    from loaders.extraction.actors.dictionary import FORMER_CODES

    codes = country_codes() | FORMER_CODES  # Brezhnev led the Soviet Union (SUN)
    for row in read("office_holders.csv"):
        assert row["sector"] in SECTORS, row
        assert row["country_iso3"] in codes or (
            not row["country_iso3"] and row["sector"] in STATELESS_SECTORS), row  # fmt: skip
    for row in read("institutions.csv"):
        assert row["sector"] in SECTORS and row["country_iso3"] in codes, row
        assert row["kind"] in INSTITUTION_KINDS, row
    for row in read("international_bodies.csv"):
        assert row["sector"] in SECTORS and row["kind"] in BODY_KINDS, row


def test_years_in_office_are_ordered() -> None:
    for row in read("office_holders.csv"):
        start = int(row["start_year"])
        assert 1900 < start <= 2026, row
        if row["end_year"]:
            assert start <= int(row["end_year"]) <= 2026, row


@pytest.mark.parametrize("name", ["countries.csv", "institutions.csv", "international_bodies.csv"])
def test_no_name_on_two_rows(name: str) -> None:
    owners: dict[str, int] = {}
    for index, (_, names) in enumerate(names_by_row(name)):
        for value in names:
            assert owners.setdefault(key(value), index) == index, (name, value)


def test_an_office_holder_alias_names_one_person() -> None:
    owners: dict[str, str] = {}
    for row, names in names_by_row("office_holders.csv"):
        for value in names:
            assert owners.setdefault(key(value), row["name"]) == row["name"], value


def test_no_alias_names_two_countries_across_files() -> None:
    """A name in two files must share a country there ("Kremlin": RUS in both); an office holder
    with a national and an international office counts all of that person's countries."""
    countries: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for name, column in [("countries.csv", "iso3"), ("institutions.csv", "country_iso3"),
                         ("office_holders.csv", "country_iso3"),
                         ("international_bodies.csv", None)]:  # fmt: skip
        for row, names in names_by_row(name):
            for value in names:
                countries[key(value)][name].add(row[column] if column else "international")
    clashes = {
        value: dict(by_file)
        for value, by_file in countries.items()
        if len(by_file) > 1 and not set.intersection(*by_file.values())
    }
    assert set(clashes) <= KNOWN_AMBIGUITIES, clashes


def test_ngec_nationality_words_are_carried_over() -> None:
    source = shared_file("data/reference/ngec_countries_demonyms.csv")
    words = {key(value) for _, names in names_by_row("countries.csv") for value in names}
    codes = country_codes()
    with Path(source).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["CCA3"] not in codes:
                continue  # the EU, the UN and breakaway regions are no ISO 3166 country
            for word in (value.strip() for value in row["Nationality"].split(",")):
                assert key(word) in words or key(word) in NGEC_NOT_CARRIED, (row["CCA3"], word)
