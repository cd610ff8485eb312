"""The world's small towns and divisions (data/world/towns.tsv, place_towns.py) and the lookup
of town names the model missed (lookup_towns.py)."""

from __future__ import annotations

import gzip
from pathlib import Path

import spacy
from spacy.tokens import Doc

from loaders.extraction.build_towns import write_gzip
from loaders.extraction.lookup_towns import town_spans
from loaders.extraction.place_towns import TOWNS_FILE, iso_divisions, small_town
from loaders.extraction.places import geocode

NOWHERE: frozenset[str] = frozenset()


def test_a_small_town_placed_by_the_text_and_of_one_country_resolves() -> None:
    place = small_town("aguililla", "Aguililla", NOWHERE, placed=True)
    assert place is not None and place.country == "MEX" and place.precision == "city"
    assert place.gazetteer_id and place.gazetteer_id.startswith("geonames:")
    assert small_town("aguililla", "aguililla", NOWHERE, placed=True) is None  # no name
    assert small_town("aguililla", "Aguililla", NOWHERE, placed=False) is None  # no context
    assert geocode("Aguililla") is None  # the context-free gazetteer leaves small towns alone


def test_the_story_country_decides_among_small_towns_of_one_name() -> None:
    assert small_town("langa", "Langa", NOWHERE, placed=True) is None  # three countries' villages
    place = small_town("langa", "Langa", frozenset({"PER", "ZAF"}), placed=False)
    assert place is not None and place.country == "PER"


def test_a_division_beats_a_foreign_village_of_its_name() -> None:
    place = geocode("Guadalcanal")  # Solomon Islands' province, not the Spanish village
    assert place is not None and place.country == "SLB" and place.precision == "admin1"


def test_a_larger_town_known_by_the_spelling_beats_a_small_namesake() -> None:
    place = geocode("Jenin")  # the West Bank's Janin, not the Polish village Jenin
    assert place is not None and place.country == "PSE"


def test_no_loose_spelling_of_a_larger_town_without_a_town_of_the_name() -> None:
    place = geocode("Boni")  # an alternate name of Bonn, no town of its own in the table
    assert place is None or place.country != "DEU"


def test_every_country_has_its_first_level_divisions() -> None:
    countries = {place.country for place, _names in iso_divisions()}
    assert len(countries) >= 190
    place = geocode("Rogaland county")  # Norway: no row of regions.csv
    assert place is not None and place.country == "NOR" and place.precision == "admin1"
    assert geocode("Nordland") is not None  # a bare name with no generic word
    assert geocode("the Sahel region") is None  # a generic name is no one state's division


def test_the_table_names_its_sources_and_licences() -> None:
    with gzip.open(TOWNS_FILE, "rt", encoding="utf-8") as handle:
        header = handle.read(1000)
    assert "GeoNames" in header and "CC BY 4.0" in header and "LGPL" in header


def test_the_shipped_table_is_a_reproducible_gzip() -> None:
    """No file name and time stamp 0 in the gzip header (RFC 1952), so a rebuild from the same
    inputs (`make towns`) gives the same bytes; the rebuild itself needs Debian's wamerican
    and iso-codes and a minute, so it is checked by hand (README), not here."""
    head = TOWNS_FILE.read_bytes()[:10]
    assert head[:3] == b"\x1f\x8b\x08" and head[3] & 0x08 == 0  # deflate, no FNAME
    assert head[4:8] == b"\0\0\0\0"  # MTIME 0


def test_the_build_writes_the_same_bytes_for_the_same_text(tmp_path: Path) -> None:
    text = "# header\ngeonameid\tname\n1\tAguililla\n"
    first, second = tmp_path / "a.tsv.gz", tmp_path / "b.tsv.gz"
    write_gzip(text, first)
    write_gzip(text, second)
    assert first.read_bytes() == second.read_bytes()
    assert gzip.decompress(first.read_bytes()).decode() == text


def _doc(text: str) -> Doc:
    return spacy.blank("en")(text)


def _towns(text: str) -> list[str]:
    doc = _doc(text)
    texts = [token.text for token in doc]
    lowers = [token.lower_ for token in doc]
    spans = town_spans(doc, texts, lowers, lambda words: False)
    return sorted(doc[start:end].text for start, end, _label, _id in spans)


def test_a_town_after_a_place_preposition_is_a_place() -> None:
    assert _towns("Gunmen killed seven men in Aguililla on Sunday.") == ["Aguililla"]
    assert _towns("Guerrillas ambushed a patrol near Pichari.") == ["Pichari"]
    assert _towns("Troops entered the town of Aguililla.") == ["Aguililla"]


def test_a_town_name_without_a_place_context_is_left_alone() -> None:
    assert _towns("Aguililla said on Sunday that it would stay.") == []
    assert _towns("Rebels attacked in aguililla on Sunday.") == []  # not written as a name
    assert _towns("The talks resumed in May.") == []  # a month, not a town


def test_names_the_dictionaries_already_have_are_theirs() -> None:
    doc = _doc("Gunmen killed seven men in Aguililla on Sunday.")
    texts = [token.text for token in doc]
    lowers = [token.lower_ for token in doc]
    assert town_spans(doc, texts, lowers, lambda words: words == ("aguililla",)) == set()


def test_a_small_town_of_one_country_is_a_home() -> None:
    from loaders.extraction.actors import resolve_actor

    actor = resolve_actor("Aguililla residents")
    assert actor is not None and (actor.country, actor.sector) == ("MEX", "CVL")
    actor = resolve_actor("Langa residents")  # villages of three countries: no home
    assert actor is None or actor.country is None


def test_the_story_country_decides_between_a_town_abroad_and_its_own_village() -> None:
    from loaders.extraction.pipeline import load_nlp

    nlp = load_nlp()
    doc = nlp("Philippine troops killed two rebels in Dolores, the Philippine army said.")
    from loaders.extraction.place_namesakes import story_place

    place = story_place(doc, "Dolores")  # Dolores, Eastern Samar, not Dolores, Argentina
    assert place is not None and place.country == "PHL"
    doc = nlp("Police in Dolores arrested a man on Monday.")
    place = story_place(doc, "Dolores")  # no country in the story: the larger town
    assert place is not None and place.country == "ARG"


def test_a_name_a_larger_town_bears_is_left_to_the_model() -> None:
    from loaders.extraction.lookup_towns import town_keys

    keys, _ = town_keys()
    assert "goma" not in keys  # a Philippine village's name, and the Congolese city's
    village = small_town("goma", "Goma", frozenset({"PHL"}), placed=True)
    assert village is not None and village.country == "PHL"  # still a town of its country


def test_a_former_state_is_no_division_of_another_state() -> None:
    zaire = geocode("Zaire")  # Angola's Zaire province shares the name of Congo's old state
    assert zaire is not None and zaire.country == "COD"
    province = geocode("Zaire province")
    assert province is not None and province.country == "AGO"
