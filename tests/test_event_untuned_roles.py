"""Roles and places on untuned wire copy (real model, sentences written for these tests, not
dev-set items): who was hit when the report counts victims, the doer behind passives and
"when" clauses, vehicles driven into targets, and the finest place named."""

from __future__ import annotations

from tests.test_extraction_roles import extract


def only_event(text: str) -> dict:
    events = [e for e in extract(text)["events"] if e["stance"] == "assert"]
    assert len(events) == 1, [(e["type"], e["actor"], e["target"]) for e in events]
    return events[0]


def words(ref: dict | None) -> str | None:
    return ref["text"] if ref else None


def test_the_counted_dead_of_an_ambushed_patrol_are_the_target() -> None:
    event = only_event(
        "Rebels ambushed an army patrol near Beni on Tuesday, killing eleven soldiers, a local "
        "official said."
    )
    assert words(event["target"]) == "eleven soldiers"
    assert event["location"]["text"] == "Beni"


def test_the_counted_wounded_are_the_target_when_a_town_was_shelled() -> None:
    event = only_event(
        "Government forces shelled the town of Kafr Nabl on Friday, wounding five children, "
        "activists said."
    )
    assert words(event["target"]) == "five children"
    assert event["location"]["text"] == "Kafr Nabl"


def test_who_came_under_fire_is_hit_and_the_fire_came_from_the_actor() -> None:
    event = only_event(
        "Malian soldiers came under fire from jihadist fighters near Douentza, the army said."
    )
    assert words(event["actor"]) == "jihadist fighters"
    assert words(event["target"]) == "Malian soldiers"


def test_a_coordinated_passive_shares_its_subject_and_agent() -> None:
    events = extract("A local councillor was abducted by gunmen and killed near Tumaco.")["events"]
    assert sorted(e["type"] for e in events) == ["abduction", "killing"]
    for event in events:  # two acts, one doer and one victim
        assert words(event["actor"]) == "gunmen"
        assert words(event["target"]) == "A local councillor"


def test_the_subject_of_a_when_clause_did_the_passive_act_but_a_weapon_does_nothing() -> None:
    event = only_event(
        "A tribal elder was killed on Monday when gunmen on a motorcycle shot him outside his "
        "home in Khost, police said."
    )
    assert words(event["actor"]) == "gunmen"
    bomb = only_event("Nine people were killed when a car bomb exploded in a market in Hilla.")
    assert bomb["actor"] is None or bomb["actor"]["text"] not in ("a car bomb", "bomb")


def test_a_vehicle_driven_into_a_target_is_the_weapon() -> None:
    event = only_event(
        "A suicide bomber drove a truck into a police headquarters in Kirkuk, killing 15 "
        "people, officials said."
    )
    assert words(event["target"]) != "a truck"
    assert event["location"]["text"] == "Kirkuk"


def test_a_name_in_a_pro_or_led_compound_is_a_side_not_the_place() -> None:
    event = only_event(
        "Pro-Russia separatists clashed with Ukrainian troops in eastern Ukraine on Sunday."
    )
    assert event["location"]["text"] == "Ukraine"


def test_a_part_of_a_town_named_by_its_owner_beats_the_town() -> None:
    event = only_event(
        "Gunmen kidnapped two doctors in Mogadishu's Hodan district on Friday, their employer said."
    )
    assert event["location"]["text"].startswith("Hodan")


def test_an_unknown_town_after_a_site_and_a_building_named_by_its_town() -> None:
    church = only_event(
        "Gunmen opened fire on worshippers at a church in Silgadji on Sunday, killing 24 people."
    )
    assert church["location"]["text"] == "Silgadji"
    station = only_event("Militants stormed a Kabul police station overnight, killing 4 officers.")
    assert station["location"]["text"] == "Kabul"


def test_a_country_owning_a_thing_is_neither_the_place_nor_the_setting() -> None:
    event = only_event(
        "Iranian-backed militias fired rockets at a U.S. base in western Iraq, the Pentagon said."
    )
    assert event["location"]["text"] == "Iraq"
    assert event["actor"]["country"] == "IRQ"


def test_a_lone_demonym_names_the_state_of_an_organ() -> None:
    event = only_event("U.S. B-52 bombers pounded Iraqi Republican Guard positions near Basra.")
    assert (event["actor"]["country"], event["target"]["country"]) == ("USA", "IRQ")


def test_an_event_told_inside_another_shares_its_place() -> None:
    events = extract(
        "Rebels seized the river town of Kindu after two days of fighting with the army."
    )["events"]
    assert {e["type"] for e in events} == {"territory_capture", "armed_clash"}
    assert {e["location"]["text"] for e in events} == {"Kindu"}


def test_a_vehicle_that_hit_something_did_no_violence() -> None:
    event = only_event(
        "Three soldiers were killed when their vehicle hit a roadside mine near Kidal, the army "
        "said."
    )
    assert event["actor"] is None
    assert words(event["target"]) == "Three soldiers"
