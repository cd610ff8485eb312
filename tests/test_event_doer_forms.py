"""Doers named outside the trigger's own phrase (real model; sentences written for these tests,
none from a dev or measured set): a passive's agent beside the act's noun, a weapon fired from
a vehicle, a people's noun before a force, a country told as the scene over a same-name town."""

from __future__ import annotations

from functools import partial
from typing import Any

from loaders.extraction.actors import resolve_actor
from tests.test_extraction_roles import asserted

# the stories' day of publication
_asserted = partial(asserted, published="2019-05-01")


def _actor(event: dict[str, Any]) -> dict[str, Any]:
    return event["actor"] or {}


def test_a_passive_agent_did_the_act_its_in_phrase_names() -> None:
    (event,) = _asserted(
        "Six farmers were killed by bandits in a dawn attack on Gusau, police said."
    )
    assert _actor(event)["text"] == "bandits"
    # no agent: no doer, never the victims or the speaker
    (unnamed,) = _asserted("Six farmers were killed in a dawn attack on Gusau, police said.")
    assert unnamed["actor"] is None


def test_a_weapon_fired_from_an_aircraft_is_that_aircraft_s_strike() -> None:
    (event,) = _asserted(
        "Two commanders were killed by a missile fired from an Israeli helicopter over Khan "
        "Younis on Monday, witnesses said."
    )
    assert _actor(event)["country"] == "ISR"
    assert event["type"] == "air_strike"
    # a place it was fired from is no doer
    events = _asserted(
        "Three civilians were killed by a rocket fired from Gaza at Sderot, the army said."
    )
    assert all(_actor(e).get("text") != "Gaza" for e in events)


def test_a_people_s_noun_before_a_force_takes_the_story_s_place() -> None:
    (event,) = _asserted(
        "SARAJEVO (Reuters) - Serb troops shelled a tram near Sarajevo on Friday, "
        "killing two passengers, U.N. officials said."
    )
    assert _actor(event)["country"] == "BIH"
    assert resolve_actor("Serbian police").country == "SRB"  # the state's own adjective


def test_a_country_told_as_the_scene_outweighs_a_same_name_town_elsewhere() -> None:
    (event,) = _asserted(
        "Gunmen killed 14 people in the village of Solhan in eastern Burkina Faso on Friday, "
        "the government said."
    )
    assert _actor(event)["country"] == "BFA"
    (other,) = _asserted(  # a person of a country sets no scene
        "Soldiers killed four herders near Solhan, an aide to Turkey's president said."
    )
    assert _actor(other).get("country") == "TUR"


def test_a_phase_verb_s_subject_does_its_infinitive_and_a_succeeding_side_its_gerund() -> None:
    (event,) = _asserted(
        "Sudanese artillery began to shell rebel trenches near Kurmuk on Sunday, the rebels said."
    )
    assert _actor(event)["country"] == "SDN"
    (taken,) = _asserted("Rebel fighters succeeded in capturing the town of Kurmuk on Monday.")
    assert _actor(taken)["text"] == "Rebel fighters"
    # what a speaker began to say is no doer's act: the speaker is not the actor
    events = _asserted("The minister began to say that troops had shelled Kurmuk.")
    assert all(_actor(e).get("text") != "The minister" for e in events)
