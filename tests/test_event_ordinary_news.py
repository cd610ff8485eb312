"""Ordinary news that reads like war (the representative-sample round, README "Representative
sample"): labour participles, deaths on hunger strike, careers and long states, trade that
competes, conflicts fought without arms, animals, air crashes and coups; each negative beside
its violent twin, on sentences written for these tests and the real model."""

from __future__ import annotations

import pytest

from tests.test_extraction_roles import asserted

NOT_EVENTS = [
    # a participle of labour: who strikes, not whom a strike hit
    "Thousands of striking miners marched through La Paz on Tuesday.",
    # a death on hunger strike
    "The jailed activist died on the 58th day of his hunger strike, his lawyer said.",
    # a career or a state told whole over years
    "The veteran spent two decades fighting the dictatorship from exile in Paris.",
    "The newspaper has been under attack since it was founded in 1989.",
    # companies and markets compete
    "The two carriers battle for passengers on the Lagos-Abuja route.",
    "Supermarket chains clashed over prices as the holiday season began.",
    # a conflict fought without arms frames the trigger
    "The carmaker fired the first shots in a price war with its Korean rivals.",
    "Beijing struck back in the trade war by raising tariffs on soybeans.",
    # ills of peace
    "The health ministry launched an offensive against malaria in the delta.",
    "The president declared an all-out war on corruption and attacked inflation.",
    # words, not blows
    "Protesters clashed verbally with the mayor at the town hall meeting.",
    # a bare compound names the earlier mention's sense
    "After the three-day strike ended, the strike leaders met the minister.",
    # animals
    "Poachers killed two rhinos in Kruger National Park.",
    "A lion attacked a tourist at a game reserve in Zimbabwe.",
    "A shark attack killed a surfer off the coast of Western Australia.",
    # coups told without a fight
    "The coup leaders dissolved parliament and detained the president.",
    # an obituary; an attack named in a noun phrase dated years before the story
    "The veteran photographer, who covered the wars in Angola and Lebanon, died on Sunday aged 84.",
    "The senator survived an assassination attempt in 1998.",
    # purposes, legal names of crimes, freed captives, wars told whole since a dated start
    "The two parties formed an alliance to attack the government's reforms in the capital.",
    "He faces charges of assault, assault with a dangerous weapon and resisting arrest.",
    "She met survivors who were liberated from concentration camps in 1945.",
    "The movement has fought a bloody insurgency since independence in 1975.",
    "Thousands of families displaced by ongoing fighting arrived in Goma.",
    "The rights group withdrew its monitors and staff from the province last week.",
    # a ruling strikes down a law; the police take people into custody in a raid; a cause
    "The supreme court struck down the new banking laws on Tuesday.",
    "Police took 17 people into custody after the raid late Thursday.",
    "She has always been fighting for the community and for dignity.",
    # a bare "the attack" in a story about hackers and servers
    "Hackers broke into the ministry's servers and stole passwords. The ministry said the"
    " attack came from abroad.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_ordinary_news_asserts_no_violent_event(text: str) -> None:
    assert asserted(text) == []


EVENTS = [
    # the violent twins: an armed doer, a weapon, people hurt, a fight told on its own day
    ("Police opened fire on striking garment workers in Dhaka, killing two.", "killing"),
    ("Jets struck farmers in their fields near Saada, killing five.", "air_strike"),
    ("Rebels fought the army for three hours in Goma on Monday.", "armed_clash"),
    ("The army launched an offensive against militants in the north.", "ground_offensive"),
    ("Poachers shot dead two rangers and an elephant in Garamba park.", "killing"),
    ("Cattle thieves killed two herders in Turkana on Sunday.", "killing"),
    # a craft shot down is a fight in the air (world README coding rule "Types")
    ("Rebels shot down a helicopter, killing all 12 people on board.", "armed_clash"),
    ("Gunmen stabbed two tourists in Hurghada on Friday.", "killing"),
    ("A boy aged 12 died when soldiers fired on the crowd in Bamako.", "killing"),
    ("The suicide bomb attack on Monday killed 12 people in Kabul.", "suicide_bombing"),
    ("He was the first commander to capture the town of Bor.", "territory_capture"),
    ("The army liberated the town from Islamic State fighters on Sunday.", "territory_capture"),
    ("Russian forces withdrew from Kherson on Friday.", "territory_loss"),
]


@pytest.mark.parametrize(("text", "kind"), EVENTS)
def test_violent_twins_stay_events(text: str, kind: str) -> None:
    assert kind in {event["type"] for event in asserted(text)}


def test_fire_on_a_participle_noun_targets_the_people() -> None:
    """ "opened fire on striking workers", "on women marching": the people fired on are the
    target, and fire on unarmed people that kills is a killing, not a battle."""
    (event,) = asserted("Police opened fire on striking dock workers in Mombasa, killing three.")
    assert event["type"] == "killing"
    assert "workers" in event["target"]["text"]
    (event,) = asserted("Soldiers opened fire on women marching in Abobo, killing seven of them.")
    assert event["type"] == "killing" and event["target"]["text"].startswith("women")


def test_them_of_a_toll_is_never_the_fire() -> None:
    (event,) = asserted("Gunmen opened fire on a bus carrying pilgrims, killing nine of them.")
    assert event["target"]["text"] != "fire"
    assert event["killed_low"] == 9


def test_a_stabbing_hurts_but_names_no_death() -> None:
    (event,) = asserted("A man stabbed two tourists in Cairo on Monday.")
    assert event["type"] == "killing" and event["killed_low"] is None
    (event,) = asserted("A man stabbed two tourists to death in Cairo on Monday.")
    assert event["killed_low"] == 2


def test_an_infinitive_after_an_object_is_a_purpose() -> None:
    """ "started a military advance to control the areas": "start" with an object of its own
    does not embed the infinitive (as "began to shell" does); the control is a plan."""
    events = asserted(
        "Army units on Thursday started an advance to control the villages near Idlib."
    )
    assert "territory_capture" not in {event["type"] for event in events}
    events = asserted("The army began to shell the town of Idlib on Monday.")
    assert [event["type"] for event in events] == ["shelling"]
