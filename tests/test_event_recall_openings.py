"""The third recall round (tests/devset_world/README.md, "Third recall round"; real model,
sentences written for these tests): a headline's country or region label ("Somalia:") is no
actor, the agent of "shot and wounded by" belongs to both participles, and a coordinated clause
whose subject the parser hangs on the first verb's object keeps its own event; the same forms
that name no second doer or no place stay as they were."""

from __future__ import annotations

from loaders.extraction.topic_labels import place_label_ends
from tests.test_event_recall_cameo import asserted


def test_a_country_or_region_label_ends_its_sentence() -> None:
    text = "Somalia: Al-Shabaab fighters attacked an army base near Kismayo on Monday."
    assert list(place_label_ends(text)) == [len("Somalia: ")]
    assert list(place_label_ends("Kashmir: Militants hurled a grenade.")) == [len("Kashmir: ")]


def test_a_speaker_or_a_plain_label_before_a_colon_is_no_topic() -> None:
    assert not list(place_label_ends("Police: five killed in an ambush near the border."))
    assert not list(place_label_ends("Analysis: why the rebels keep winning."))
    assert not list(place_label_ends("The army said: we hold the town."))


def test_the_topic_label_is_not_the_actor() -> None:
    events = asserted("Afghanistan: Taliban fighters attacked a police post in Kunduz overnight.")
    assert events
    assert all((e["actor"] or {}).get("text") != "Afghanistan" for e in events)
    assert any("Taliban" in ((e["actor"] or {}).get("text") or "") for e in events)


def test_the_agent_of_shot_and_wounded_by_is_the_doer() -> None:
    events = asserted("A policeman was shot and wounded by gunmen in Karachi on Friday.")
    assert [(e["actor"] or {}).get("text") for e in events] == ["gunmen"]


def test_a_second_clause_with_its_own_doer_is_an_event_of_its_own() -> None:
    text = "Insurgents bombed a market and gunmen killed a judge in Peshawar on Monday."
    events = asserted(text)
    assert sorted(e["type"] for e in events) == ["bombing", "killing"]
    killing = next(e for e in events if e["type"] == "killing")
    assert killing["actor"]["text"] == "gunmen"
    assert killing["target"]["text"] == "a judge"


def test_the_same_doer_s_deaths_stay_the_toll_of_the_strike() -> None:
    events = asserted("Troops shelled rebel positions near Aleppo, killing four fighters.")
    assert [e["type"] for e in events] == ["shelling"]
    assert events[0]["killed_low"] == 4
    # a coordinated object ("the market and the mosque") is no subject of a new clause
    events = asserted("Jets bombed the market and the mosque in Saada on Friday.")
    assert [e["type"] for e in events] == ["air_strike"]


def test_a_headline_verb_read_as_a_noun_keeps_its_object_senses() -> None:
    # the tagger reads "fire" after a plural subject as a noun; its object still decides
    assert not asserted("Police fire warning shots at protesters in Dhaka")
    assert not asserted("Soldiers fire rubber bullets at stone-throwers in Hebron")
    assert asserted("Gunmen fire on bus in Karachi, kill 6")
    assert not asserted("The fire destroyed a warehouse in Lagos.")
