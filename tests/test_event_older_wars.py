"""Wars of the 1950s-1990s in the copy of their time (session 13, older-decades round): the era's
armed movements, Northern Ireland's loyalist paramilitaries, faiths as civilians, strikers who
fight police, a suicide truck bomb, a targeted killing told with an ambush, a craft torpedoed and
sunk, a town taken in ruins. Sentences written for these tests (the real model); none is copied
from a dev or measured item."""

from __future__ import annotations

import pytest

from loaders.extraction.actors.resolve import resolve_actor
from tests.test_extraction_roles import extract


def asserted(text: str, published: str = "1975-06-01") -> list[dict]:
    return [e for e in extract(text, published)["events"] if e["stance"] == "assert"]


@pytest.mark.parametrize(
    ("words", "country", "sector"),
    [
        ("Viet Minh guerrillas", "VNM", "REB"),
        ("Vietminh troops", "VNM", "REB"),
        ("the Simbas", "COD", "REB"),
        ("Katangese gendarmes", "COD", "SEP"),
        ("Mukti Bahini fighters", "BGD", "REB"),
        ("the South Lebanon Army", "LBN", "UAF"),
        ("HVO troops", "BIH", "UAF"),
    ],
)
def test_armed_movements_of_the_era_keep_their_country(words, country, sector) -> None:
    actor = resolve_actor(words)
    assert actor is not None and (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize(
    "words", ["loyalist paramilitaries", "Loyalist gunmen", "a loyalist hitman"]
)
def test_loyalist_paramilitaries_are_militias_not_the_state(words) -> None:
    actor = resolve_actor(words)
    assert actor is not None and actor.sector == "UAF" and actor.kind != "state"


def test_loyalist_forces_stay_the_government_side() -> None:
    assert resolve_actor("loyalist forces").sector == "MIL"


@pytest.mark.parametrize(
    "words", ["two Roman Catholics", "four Protestants", "Shiite Moslems", "hundreds of Tutsis"]
)
def test_a_faiths_people_are_civilians_of_no_towns_country(words) -> None:
    actor = resolve_actor(words)
    assert actor is not None and actor.sector == "CVL" and actor.country is None


def test_pickets_are_labour() -> None:
    assert resolve_actor("200 pickets").sector == "LAB"


def test_loyalist_gunmen_shooting_drinkers_is_a_killing() -> None:
    events = asserted(
        "Loyalist gunmen opened fire in a pub in Portadown, killing two Catholics, police said.",
        "1975-09-02",
    )
    assert [e["type"] for e in events] == ["killing"]
    assert events[0]["actor"]["sector"] == "UAF"


def test_strikers_and_police_who_clash_are_a_riot() -> None:
    events = asserted("Striking dockers and police clashed outside the harbour gates in Hull.")
    assert [e["type"] for e in events] == ["riot"]


def test_a_suicide_doer_who_kills_is_a_suicide_bombing() -> None:
    events = asserted(
        "A suicide attacker drove a van packed with dynamite into the embassy in Kuwait, "
        "killing six people, officials said.",
        "1983-12-12",
    )
    assert [e["type"] for e in events] == ["suicide_bombing"]


def test_an_ambush_that_kills_one_official_is_a_killing() -> None:
    events = asserted(
        "Guerrillas ambushed and killed the district governor on the road to Kandy, police said."
    )
    assert [e["type"] for e in events] == ["killing"]


def test_a_town_taken_in_ruins_is_taken() -> None:
    events = asserted(
        "Federal troops captured the ruins of Onitsha after a long siege.", "1968-03-21"
    )
    assert "territory_capture" in [e["type"] for e in events]


def test_the_older_wars_aircraft_by_name_strike_from_the_air() -> None:
    events = asserted("Two Skyhawks hit guerrilla bases near Nabatiyeh.", "1978-03-16")
    assert [e["type"] for e in events] == ["air_strike"]


def test_a_verb_without_an_object_shares_the_next_verbs() -> None:
    from loaders.extraction.events.shared_objects import coordinated_objects
    from loaders.extraction.model import load_model

    doc = load_model()("Iraqi gunboats torpedoed and sank an Iranian tanker in the Gulf.")
    torpedoed = next(t for t in doc if t.lower_ == "torpedoed")
    assert [t.text for t in coordinated_objects(torpedoed)] == ["tanker"]
    sank = next(t for t in doc if t.lower_ == "sank")
    assert coordinated_objects(sank) == []  # its own object, nothing coordinated after it
