"""Session 11's table completions: peoples and clans of one state, Phoenix groups coded with a
region's code, divisions named with their word ("Jonglei state"), military intelligence, juntas,
regional bodies and missions, and groups of five decades (sentences written for these tests)."""

from __future__ import annotations

import pytest

from loaders.extraction.actors import resolve_actor
from loaders.extraction.actors.phoenix import region_code_countries
from loaders.extraction.peoples import read_peoples


def _code(text: str) -> tuple[str | None, str | None]:
    actor = resolve_actor(text)
    assert actor is not None, text
    return actor.country, actor.sector


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lendu fighters", ("COD", "REB")),
        ("Acholi villagers", ("UGA", "CVL")),
        ("Marehan clan gunmen", ("SOM", "UAF")),
        ("an Isaaq clan militia", ("SOM", "UAF")),
        ("Shilluk civilians", ("SSD", "CVL")),
        ("Yazidi residents", ("IRQ", "CVL")),
    ],
)
def test_a_people_of_one_state_names_its_country(text: str, expected: tuple) -> None:
    assert _code(text) == expected


def test_peoples_table_names_clans_with_and_without_the_word_clan() -> None:
    keys = {key: place.country for key, place in read_peoples()}
    assert keys["darod"] == keys["darod clan"] == "SOM"
    assert "kurd" not in keys and "fulani" not in keys  # peoples of several states stay out


def test_a_region_coded_phoenix_group_gets_the_written_state() -> None:
    assert region_code_countries()["West Nile Bank Front"] == "UGA"
    assert _code("the West Nile Bank Front") == ("UGA", "REB")
    assert _code("the Kamtapur Liberation Organization") == ("IND", "REB")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jonglei state officials", ("SSD", "GOV")),
        ("Helmand province police", ("AFG", "COP")),
        ("Oaxaca state police", ("MEX", "COP")),
    ],
)
def test_a_division_named_with_its_word_is_a_home(text: str, expected: tuple) -> None:
    assert _code(text) == expected


def test_the_state_word_alone_is_no_place() -> None:
    assert _code("the state police") == (None, "COP")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uganda's military intelligence", ("UGA", "SPY")),
        ("the National Council for Peace and Order", ("THA", "GOV")),
        ("the Provisional National Defence Council", ("GHA", "GOV")),
        ("the Mano River Union", (None, "IGO")),
        ("the UN Observer Mission in El Salvador", (None, "IGO")),
        ("Communist Party of Malaya guerrillas", ("MYS", "REB")),
        ("the Ninja militia", ("COG", "UAF")),
        ("the Quintin Lame Armed Movement", ("COL", "REB")),
        ("Tamil Eelam Liberation Organization fighters", ("LKA", "SEP")),
        ("Sandline International", ("GBR", "UAF")),
        ("a dozo hunter", (None, "UAF")),
    ],
)
def test_completed_tables(text: str, expected: tuple) -> None:
    assert _code(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two Nande fighters", ("COD", "REB")),
        ("an innocent Afghan girl", ("AFG", "CVL")),
        ("three Goma residents", ("COD", "CVL")),
        ("a Rohingya boy", ("MMR", "CVL")),
    ],
)
def test_counts_and_modifiers_before_a_home_or_people_say_no_owner(text: str, expected) -> None:
    assert _code(text) == expected


def test_militants_loyal_to_a_person_are_not_the_person() -> None:
    assert _code("militants loyal to Khalifa Haftar") == ("LBY", "REB")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a Likud lawmaker", ("ISR", "PTY")),
        ("ZANU-PF militants", ("ZWE", "PTY")),
        ("the Awami League", ("BGD", "PTY")),
    ],
)
def test_parties_of_one_state(text: str, expected) -> None:
    assert _code(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UN peacekeepers in Liberia", (None, "IGO")),
        ("NATO troops in Afghanistan", (None, "IGO")),
        ("Ugandan troops in Somalia", ("UGA", "MIL")),
        ("a police spokesman in Kampala", ("UGA", "COP")),
    ],
)
def test_a_body_or_state_named_first_is_not_the_place_it_serves_in(text: str, expected) -> None:
    assert _code(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Directorate of Criminal Investigations of Uganda", ("UGA", "COP")),
        ("a Burundian contingent", ("BDI", "MIL")),
    ],
)
def test_detectives_and_contingents(text: str, expected) -> None:
    assert _code(text) == expected


@pytest.mark.parametrize(
    ("text", "country"),
    [("Mouammar Kadhafi", "LBY"), ("Sadam Husein", "IRQ"), ("Askar Akaev", "KGZ")],
)
def test_a_person_in_another_spelling(text: str, country: str) -> None:
    found = resolve_actor(text)
    assert found is not None and found.kind == "person" and found.country == country


def test_one_word_or_an_unknown_name_is_no_person() -> None:
    from loaders.extraction.actors.transliteration import reduced, same_person

    assert reduced("Moamer Kadhafi") == reduced("Muammar Gaddafi") == ("mr", "kdf")
    assert same_person("Kadhafi") is None and same_person("John Smith") is None
