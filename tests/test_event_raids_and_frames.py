"""Raids and stormings on the ground are the means of the sentence's violence (one event, typed
by that violence), air raids stay air strikes; a fight that only frames another event in time
("as fighting entered its second week") is no clash of its own, while the fight that won a place
is, with the capture's sides (real model; sentences written for these tests, none from a dev
set: events/ground_raids.py, events/ongoing_fights.py)."""

from __future__ import annotations

from typing import Any

from tests.test_extraction_roles import extract


def _asserted(text: str) -> list[dict[str, Any]]:
    return [e for e in extract(text, "2019-06-01")["events"] if e["stance"] == "assert"]


def _types(text: str) -> list[str]:
    return sorted(e["type"] for e in _asserted(text))


def test_a_ground_raid_is_the_killing_it_was_the_means_of() -> None:
    (killing,) = _asserted(
        "Bandits killed nine farmers in a night raid on a village near Gusau, police said."
    )
    assert killing["type"] == "killing"
    assert "nine farmers" in (killing["target"] or {}).get("text", "")


def test_a_raided_village_gives_the_killing_its_place() -> None:
    (killing,) = _asserted(
        "Gunmen raided the village of Kwatas in Benue state, killing 12 people, officials said."
    )
    assert killing["type"] == "killing"
    assert (killing["location"] or {}).get("text", "").startswith("Kwatas")


def test_a_storming_with_hostages_taken_is_one_abduction() -> None:
    assert _types("Gunmen stormed a church in Ouagadougou and took 40 worshippers hostage.") == [
        "abduction"
    ]


def test_an_air_raid_and_a_bombing_raid_stay_air_strikes() -> None:
    assert _types("Jets killed 14 fighters in a raid on a camp near Idlib, monitors said.") == [
        "air_strike"
    ]
    assert _types("Nine villagers died in a bombing raid on Kafr Nabl, residents said.") == [
        "air_strike"
    ]


def test_a_police_search_raid_is_still_no_event() -> None:
    assert _types("Police raided the offices of a charity in Nairobi and seized documents.") == []


def test_a_fight_that_frames_a_strike_in_time_is_no_clash_of_its_own() -> None:
    assert _types(
        "Army gunships bombed rebel bases near Goma as fighting entered its fourth day."
    ) == ["air_strike"]


def test_a_named_or_deadly_fight_is_not_a_frame() -> None:
    text = "Troops shelled rebel bases near Goma as the battle of Sake entered its fourth day."
    assert "armed_clash" in _types(text) or "shelling" in _types(text)
    assert _types("Rebels seized the town of Kalehe after a week of fighting with the army.") == [
        "armed_clash",
        "territory_capture",
    ]


def test_the_fight_that_won_a_place_takes_the_capture_sides() -> None:
    events = _asserted("Militia fighters seized the town of Djugu after two days of fighting.")
    (fight,) = [e for e in events if e["type"] == "armed_clash"]
    assert (fight["actor"] or {}).get("text") == "Militia fighters"
