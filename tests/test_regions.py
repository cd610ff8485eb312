"""World regions (loaders/data/world/regions.csv): the file's validity and how the gazetteer and the
actor resolution use it."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from loaders.extraction.actors import resolve_actor
from loaders.extraction.place_patterns import place_patterns
from loaders.extraction.places import (
    PlaceDataError,
    geocode,
    load_gazetteer,
    normalise,
    region_of_people,
)
from loaders.extraction.regions import (
    COLUMNS,
    ID_PREFIX,
    KINDS,
    REGIONS_FILE,
    read_regions,
    world_country_codes,
)


def _rows() -> list[dict[str, str]]:
    with REGIONS_FILE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def test_the_file_is_valid_and_large_enough() -> None:
    rows = _rows()
    assert len(rows) >= 800
    codes = world_country_codes()
    assert {row["country_iso3"] for row in rows} <= codes
    assert {row["kind"] for row in rows} <= set(KINDS)
    for row in rows:
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, row["name"]
        assert row["source"].strip(), row["name"]
    # No name or alias twice within a country.
    keys = Counter(
        (row["country_iso3"], key)
        for row in rows
        for key in {normalise(name) for name in [row["name"], *row["aliases"].split("|")] if name}
    )
    assert [key for key, count in keys.items() if count > 1] == []
    assert len(read_regions()) == len(rows)


def test_coverage_of_conflict_countries() -> None:
    per_country = Counter(row["country_iso3"] for row in _rows())
    for country in ("ETH", "SOM", "SDN", "SSD", "COD", "NGA", "MLI", "AFG", "PAK", "IRQ", "YEM",
                    "UKR", "MMR", "COL", "MEX", "IRN"):  # fmt: skip
        assert per_country[country] >= 6, country


def test_no_region_name_is_a_country() -> None:
    countries = {normalise(name) for name in ("Niger", "Georgia", "Mexico", "Somalia", "Sudan")}
    names = {normalise(row["name"]) for row in _rows()}
    assert names & countries == set()


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Tigray", "Tigray", "ETH"),
        ("the Tigray region", "Tigray", "ETH"),
        ("western Tigray", "Tigray", "ETH"),
        ("Kunar province", "Kunar", "AFG"),
        ("Helmand", "Helmand", "AFG"),
        ("North Kivu", "North Kivu", "COD"),
        ("Nord-Kivu", "North Kivu", "COD"),
        ("Cabo Delgado", "Cabo Delgado", "MOZ"),
        ("Borno state", "Borno", "NGA"),
        ("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "PAK"),
        ("Donetsk oblast", "Donetsk Oblast", "UKR"),
        ("the Lugansk region", "Luhansk Oblast", "UKR"),
        ("Darfur", "Darfur", "SDN"),
        ("Rakhine State", "Rakhine", "MMR"),
        ("Mindanao", "Mindanao", "PHL"),
        ("Sinai", "Sinai", "EGY"),
        ("Kano state", "Kano State", "NGA"),
        ("Kandahar province", "Kandahar Province", "AFG"),
    ],
)
def test_regions_resolve_at_admin1_precision(text: str, name: str, country: str) -> None:
    place = geocode(text)
    assert place is not None, text
    assert (place.name, place.country, place.precision, place.admin1) == (
        name,
        country,
        "admin1",
        name,
    )
    assert place.gazetteer_id is not None and place.gazetteer_id.startswith(ID_PREFIX)
    assert place.lat is not None and place.lon is not None


@pytest.mark.parametrize(
    ("text", "precision", "country"),
    [
        ("Kandahar", "city", "AFG"),  # the city shares the province's name: the city wins
        ("Kano", "city", "NGA"),
        ("Donetsk", "city", "UKR"),
        ("Aleppo", "city", "SYR"),  # the bundled rows keep their names
        ("Aleppo province", "admin1", "SYR"),
        ("Niger", "country", "NER"),  # a country is never a region
        ("Niger State", "admin1", "NGA"),
    ],
)
def test_cities_countries_and_bundled_rows_keep_their_names(
    text: str, precision: str, country: str
) -> None:
    place = geocode(text)
    assert place is not None and (place.precision, place.country) == (precision, country)


def test_a_name_two_countries_share_is_left_out() -> None:
    assert geocode("Punjab") is None  # Pakistan's and India's
    assert geocode("Punjab province").country == "PAK"  # type: ignore[union-attr]
    assert geocode("Indian Punjab").country == "IND"  # type: ignore[union-attr]


def test_demonyms_name_people_not_places() -> None:
    assert region_of_people("Tigrayans").name == "Tigray"  # type: ignore[union-attr]
    assert region_of_people("Darfuri").country == "SDN"  # type: ignore[union-attr]
    assert geocode("Tigrayan") is None
    ids = {pattern["id"] for pattern in place_patterns()}
    assert "wh:region:eth:tigray" in ids
    tigrayan = [p for p in place_patterns() if p["pattern"] == [{"LOWER": "tigrayan"}]]
    assert tigrayan == []


def test_region_names_shared_with_a_city_make_no_bare_pattern() -> None:
    kano = [p for p in place_patterns() if p["id"] == "wh:region:nga:kano-state"]
    assert [{"LOWER": "kano"}] not in [p["pattern"] for p in kano]
    assert [{"LOWER": "kano"}, {"LOWER": "state"}] in [p["pattern"] for p in kano]


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Borno residents", "NGA", "CVL"),
        ("Helmand police", "AFG", "COP"),
        ("residents of Cabo Delgado", "MOZ", "CVL"),
        ("North Kivu residents", "COD", "CVL"),
        ("Balochistan police", "PAK", "COP"),
        ("Darfuri refugees", "SDN", "REF"),  # the name of a region's people
    ],
)
def test_place_based_actors_take_the_region_country(text: str, country: str, sector: str) -> None:
    actor = resolve_actor(text)
    assert actor is not None and (actor.country, actor.sector) == (country, sector)


def _write(tmp_path: Path, row: str) -> Path:
    path = tmp_path / "regions.csv"
    path.write_text(",".join(COLUMNS) + "\n" + row + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Nowhere,,XXX,admin1,1,1,,me", "countries.csv"),
        ("Nowhere,,ETH,district,1,1,,me", "kind"),
        ("Nowhere,,ETH,admin1,95,1,,me", "out of range"),
        ("Nowhere,,ETH,admin1,north,1,,me", "not a number"),
        (",,ETH,admin1,1,1,,me", "empty"),
        ("Nowhere,Elsewhere,ETH,admin1,1,1,,me\nElsewhere,,ETH,admin1,1,1,,me", "already"),
    ],
)
def test_malformed_rows_are_refused(tmp_path: Path, row: str, message: str) -> None:
    with pytest.raises(PlaceDataError, match=message):
        read_regions(_write(tmp_path, row))


def test_the_gazetteer_indexes_regions_after_the_bundled_rows() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.by_key["tigray"].gazetteer_id == "wh:region:eth:tigray"
    assert not gazetteer.by_key["aleppo"].gazetteer_id.startswith(ID_PREFIX)  # type: ignore[union-attr]
