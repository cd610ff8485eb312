"""The second recall round (tests/devset_world/README.md, "Second recall round"; real model,
sentences written for these tests): verbs of the CAMEO 2.0 verb classes 181-202 mapped to the
event types, an armed side's flight as a loss of ground, people shot and wounded, the fight that
won or lost a place, exchanges of fire as two-sided; and the senses of the same words that name
no violent event."""

from __future__ import annotations

import pytest

from tests.test_extraction_roles import asserted


def types(text: str) -> list[str]:
    return [e["type"] for e in asserted(text)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Government jets strafed guerrilla camps in the hills above Tala on Monday.",
            "air_strike",
        ),
        ("Two village elders were martyred by the occupiers, a local imam said.", "killing"),
        ("Bandits butchered nine farmers in their fields outside Zurmi.", "killing"),
        ("Insurgents decapitated a district chief in Nangarhar, officials said.", "execution"),
        ("Gunmen hijacked a bus carrying 40 pilgrims near Quetta on Friday.", "abduction"),
        ("Militants hurled a grenade at a police patrol in Srinagar on Sunday.", "bombing"),
        ("Two soldiers were wounded when their truck hit a landmine near Tindouf.", "bombing"),
        (
            "Soldiers occupied the border town of Ruhengeri after the rebels left.",
            "territory_capture",
        ),
        (
            "A suicide bomber rammed an explosives-laden car into an army convoy in Kandahar.",
            "suicide_bombing",
        ),
        ("Police killed six suspected robbers in a gunbattle in Ibadan on Sunday.", "armed_clash"),
        ("Militia fighters were caught in crossfire near Baidoa, witnesses said.", "armed_clash"),
    ],
)
def test_verbs_of_the_cameo_classes_name_their_event(text: str, kind: str) -> None:
    assert kind in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The striker hammered the ball into the net in the last minute.",
        "Critics hammered the finance minister over the budget on Tuesday.",
        "The storm destroyed hundreds of homes along the coast of Fiji.",
        "A truck rammed a bus on the highway near Multan, police said.",
        "Students occupied the main hall of the university for a third day.",
        "Russian forces occupy about a fifth of the country's territory.",
        "Thousands of villagers fled the floods in Sindh province.",
        "The company abandoned its plan to build a dam on the river.",
        "The army inspected a missile depot near the capital.",
        "Hackers hijacked the ministry's website on Monday.",
        "The photographer shot two models for the magazine's cover.",
    ],
)
def test_other_senses_of_those_verbs_name_no_event(text: str) -> None:
    assert asserted(text) == []


def test_people_shot_and_wounded_are_a_killing_with_no_toll() -> None:
    (event,) = asserted("Three teachers were shot and wounded outside a school in Tumaco.")
    assert event["type"] == "killing"
    assert event["killed_low"] is None and event["killed_high"] is None
    # shot and killed: one killing, with its toll
    (killed,) = asserted("Four traders were shot and killed at a market in Maiduguri.")
    assert killed["killed_low"] == 4


def test_an_armed_side_that_flees_or_abandons_a_place_loses_it() -> None:
    text = "Rebels captured the town of Pibor on Monday after government troops fled, aid workers"
    text += " said."
    assert types(text) == ["territory_capture", "territory_loss"]
    assert types("The garrison abandoned the fort at Korem overnight.") == ["territory_loss"]


def test_the_fight_that_won_a_place_is_an_event_of_its_own() -> None:
    text = "Militants seized the airport at Gao on Sunday after a fierce battle with soldiers."
    assert sorted(types(text)) == ["armed_clash", "territory_capture"]
    # a battle named with "the" is an earlier event named to date this one
    dated = "Soldiers returned to the town of Gao after the battle of Konna."
    assert "armed_clash" not in types(dated)


def test_bodies_found_after_violence_tell_a_killing_by_no_one_named() -> None:
    text = "The bodies of six drivers who had been kidnapped by gunmen were found near Reynosa."
    killing = [e for e in asserted(text) if e["type"] == "killing"]
    assert len(killing) == 1 and killing[0]["killed_low"] == 6
    found = asserted("Soldiers found the bullet-riddled bodies of four men outside Tumaco.")
    assert [e["type"] for e in found] == ["killing"] and found[0]["actor"] is None


@pytest.mark.parametrize(
    "text",
    [
        "The bodies of 14 migrants were found in the desert near the border, officials said.",
        "Divers recovered the bodies of nine fishermen after their boat capsized.",
        "Police found the body of a missing climber on the glacier on Sunday.",
        "The toll rose to 40 as rescuers found more bodies in the rubble of the market.",
    ],
)
def test_bodies_of_accidents_or_of_a_toll_told_before_are_no_new_killing(text: str) -> None:
    assert [e for e in asserted(text) if e["type"] == "killing"] == []
