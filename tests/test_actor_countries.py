"""The actor's country in world news (real model and tables; sentences written for these tests,
none from a dev set): agent nouns in either spelling, a region's people, lower-case "us", a
state named as a side that is no scene, a story set only by its people's demonyms, and foreign
radio stations as media (README "Actor-country round")."""

from __future__ import annotations

from typing import Any

from loaders.extraction.actors import resolve_actor
from loaders.extraction.actors.agents import agent_noun
from loaders.extraction.actors.text import spellings
from tests.test_extraction_roles import extract


def _events(text: str) -> list[dict[str, Any]]:
    return [e for e in extract(text, "2020-06-01")["events"] if e["stance"] == "assert"]


def test_an_agent_noun_is_found_in_either_spelling() -> None:
    assert spellings("armed protestors") == ["armed protesters"]
    assert agent_noun("protestors") == agent_noun("protesters")
    assert agent_noun("protestor") == agent_noun("protester")
    assert spellings("mayor") == ["mayer"]  # tried only when the word as written is missing
    assert agent_noun("mayor") is not None
    assert agent_noun("tractors") is None  # a variant that is no agent finds nothing


def test_protestors_in_a_story_set_in_one_country_take_its_country() -> None:
    (event,) = _events(
        "Armed protestors stormed a police station in Kisumu on Tuesday, killing an officer."
    )
    assert (event["actor"] or {}).get("country") == "KEN"


def test_a_regions_people_are_civilians_of_its_country() -> None:
    for words in ("minority Rohingyas", "three Rohingyas", "ethnic Uyghurs", "two Chechens"):
        people = resolve_actor(words)
        assert people is not None and people.sector == "CVL", words
    assert resolve_actor("minority Rohingyas").country == "MMR"
    assert resolve_actor("ethnic Uyghurs").country == "CHN"
    assert resolve_actor("minority shareholders") is None


def test_lower_case_us_is_a_pronoun_and_the_us_is_the_united_states() -> None:
    assert resolve_actor("us") is None
    for words in ("US", "the US", "The US", "U.S.", "US troops"):
        found = resolve_actor(words)
        assert found is not None and found.country == "USA", words


def test_a_state_speaking_as_a_side_does_not_set_the_story() -> None:
    text = (
        "China's top diplomat said Beijing would suspend trade if the military did not pull out "
        "of Rakhine state. Troops killed 12 villagers near Sittwe, residents said."
    )
    killings = [e for e in _events(text) if e["type"] == "killing"]
    assert killings and all((e["actor"] or {}).get("country") == "MMR" for e in killings)


def test_a_story_with_no_place_is_set_by_its_peoples_demonyms() -> None:
    text = (
        "Indonesian opposition leaders met on Thursday. Police shot dead two students on "
        "Wednesday, the opposition said."
    )
    (event,) = _events(text)
    assert event["actor"]["text"] == "Police" and event["actor"]["country"] == "IDN"
    (event,) = _events("Police shot dead two students on Wednesday, the opposition said.")
    assert (event["actor"] or {}).get("country") is None  # nothing says where


def test_foreign_radio_is_media_not_the_state_speaking_for_the_troops() -> None:
    (event,) = _events(
        "Troops fired on demonstrators in Timisoara, killing dozens, Hungarian radio said."
    )
    assert event["actor"]["country"] == "ROU"
    assert event["claimant"]["sector"] == "MED"
    radio = resolve_actor("state radio")
    assert radio is not None and radio.sector == "GOV"  # the state's own outlet speaks for it


def test_a_peoples_armed_men_take_the_country_of_a_story_set_in_another_state() -> None:
    (turkey,) = _events(
        "Kurdish militants ambushed an army convoy near Semdinli in Hakkari province, killing "
        "three soldiers, the governor said."
    )
    assert turkey["actor"]["country"] == "TUR"
    (syria,) = _events("Kurdish fighters seized the town of Manbij on Friday, a monitor said.")
    assert syria["actor"]["country"] == "SYR"  # where the tables' group fights: kept
    (lebanon,) = _events("Hezbollah fighters attacked an Israeli patrol near Shebaa Farms.")
    assert lebanon["actor"]["country"] == "LBN"  # a group's own name is no people


def test_a_diplomat_speaks_of_the_forces_of_the_state_the_story_is_set_in() -> None:
    text = (
        "China's top diplomat said Beijing would suspend trade if the military did not pull out "
        "of Rakhine state, where troops had killed 12 villagers near Sittwe."
    )
    assert all((e["actor"] or {}).get("country") == "MMR" for e in _events(text))
    (own,) = _events("Warplanes hit 60 targets near Idlib, the Russian defence ministry said.")
    assert own["actor"]["country"] == "RUS"  # a state's military voice speaks of its own
