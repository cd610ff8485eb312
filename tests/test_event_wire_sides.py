"""Sides and roles in wire copy (real model, sentences written for these tests): a coalition
led by a state fights for it and a sponsor is not the side, the counted dead beat the thing
hit, aircraft that kill strike from the air, a district beats its province, the agent of
"carried out by" acts, a story without places is set where it was filed, and the speaker
of a closing attribution is never the victims' other name."""

from __future__ import annotations

from loaders.extraction.paragraph_breaks import WIRE_LEAD
from tests.test_extraction_roles import extract, name


def test_a_coalition_led_by_a_state_is_that_state_side_and_a_sponsor_is_not() -> None:
    (led,) = extract(
        "Saudi-led coalition warplanes bombed a Houthi weapons depot in Hodeidah, the "
        "coalition said."
    )["events"]
    assert led["actor"]["country"] == "SAU"
    (backed,) = extract(
        "Russian-backed separatists shelled the town of Avdiivka, killing four civilians, "
        "Ukrainian officials said."
    )["events"]
    assert backed["actor"]["country"] == "UKR" and backed["actor"]["sector"] == "SEP"


def test_the_counted_dead_are_the_target_rather_than_the_place_hit() -> None:
    (event,) = extract(
        "Suicide bombers struck a bus station in Kano, killing 19 people, police said."
    )["events"]
    assert event["target"]["text"] == "19 people" and event["killed_low"] == 19


def test_aircraft_that_kill_strike_from_the_air_whatever_the_verb() -> None:
    (event,) = extract(
        "Kenyan helicopters strafed an al-Shabaab convoy near Afmadow, killing 14 militants, "
        "the army said."
    )["events"]
    assert event["type"] == "air_strike" and event["actor"]["country"] == "KEN"


def test_a_district_of_a_province_is_the_finer_place() -> None:
    (event,) = extract(
        "Insurgents attacked a police post in Chora district of Uruzgan province, killing five "
        "officers, a spokesman said."
    )["events"]
    # the district (named with or without its kind), never the province
    assert event["location"]["text"] in ("Chora", "Chora district")


def test_the_agent_of_carried_out_is_the_actor() -> None:
    events = extract(
        "The bombing of the market was carried out by the Pakistani Taliban, a police "
        "official said."
    )["events"]
    assert events and "Taliban" in (name(events[0]["actor"]) or "")


def test_a_story_without_places_is_set_where_its_dateline_was_filed() -> None:
    (event,) = extract(
        "BAMAKO (Reuters) - Jihadists killed nine soldiers in an ambush on Tuesday, the army said."
    )["events"]
    assert event["actor"]["country"] == "MLI" and event["actor"]["text"] == "Jihadists"


def test_a_dated_dateline_is_a_wire_lead() -> None:
    assert (
        WIRE_LEAD.match("KABUL, May 3 (Reuters) - Troops").group(0) == "KABUL, May 3 (Reuters) - "
    )
    (event,) = extract(
        "KABUL, May 3 (Reuters) - Taliban fighters killed six policemen in Ghazni, officials said."
    )["events"]
    assert event["actor"]["text"] == "Taliban fighters"


def test_the_speaker_of_a_closing_attribution_is_not_the_victims() -> None:
    (event,) = extract(
        "Turkish drones struck a truck near Qamishli, killing two fighters of the Kurdish YPG "
        "militia, the Syrian Observatory for Human Rights reported."
    )["events"]
    assert "Observatory" not in event["target"]["text"]
    assert "Observatory" in event["claimant"]["text"]


def test_a_claim_of_responsibility_and_a_blame_are_reports_with_their_own_actor() -> None:
    events = extract(
        "A car bomb killed nine people at a checkpoint in Baidoa, police said. Al Shabaab "
        "claimed responsibility for the attack."
    )["events"]
    assert [e["type"] for e in events] == ["bombing", "bombing"]
    assert name(events[1]["actor"]) == "al-Shabaab" and name(events[1]["claimant"]) == "al-Shabaab"
    blamed = extract(
        "Gunmen killed seven herders near Kukawa, residents said. The army blamed Boko Haram "
        "for the killings."
    )["events"]
    assert (
        name(blamed[-1]["actor"]) == "Boko Haram" and blamed[-1]["claimant"]["text"] == "The army"
    )


def test_an_organ_owned_by_a_state_is_that_state_whoever_spoke_before() -> None:
    result = extract(
        "A rocket hit a school in Kharkiv, the regional governor said. Russia's defence ministry "
        "said its forces had struck a depot."
    )
    assert [c["claimant"]["country"] for c in result["claims"]] == ["UKR", "RUS"]


def test_a_town_named_in_a_possessive_beats_its_region() -> None:
    (event,) = extract(
        "Militants attacked an army base in Lower Shabelle region's Janaale town, killing 10 "
        "soldiers, a military officer said."
    )["events"]
    assert event["location"]["text"] == "Janaale town"


def test_its_never_stands_for_a_person_who_speaks() -> None:
    events = extract(
        "The Houthi movement's spokesman, Yahya Saree, said its forces had fired drones at an "
        "airport in Abha. He said the attack had hit its targets."
    )["events"]
    assert all((e["target"] or {}).get("kind") != "person" for e in events)


def test_the_dead_in_a_building_are_the_target_not_the_building() -> None:
    (event,) = extract(
        "Coalition jets struck a prison in Dhamar, killing more than 100 detainees, a doctor at "
        "the city's main hospital said."
    )["events"]
    assert event["target"]["text"] == "more than 100 detainees"


def test_an_unnamed_army_claiming_a_strike_abroad_is_the_striker_army() -> None:
    (event,) = extract("Israeli jets struck a house in Gaza City overnight, the army said.")[
        "events"
    ]
    assert event["claimant"]["country"] == "ISR" and event["location"]["text"] == "Gaza City"


def test_the_side_accused_of_a_deed_is_its_actor_in_the_accuser_report() -> None:
    (event,) = extract("The Sudanese army accused the RSF of killing 20 civilians in El Geneina.")[
        "events"
    ]
    assert name(event["actor"]) == "Rapid Support Forces"
    assert event["claimant"]["text"] == "The Sudanese army"


def test_alternatives_name_no_side_and_a_second_name_is_no_alternative() -> None:
    events = extract(
        "The strikes carried out by either Russian or Syrian warplanes hit the village of Hass, "
        "the Observatory said."
    )["events"]
    assert events and all(e["actor"] is None for e in events)
