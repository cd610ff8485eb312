"""Violent events told in less common forms (real model, sentences written for these tests):
killings told by their manner ("stabbed to death", "burned alive", "gunned down"), lynchings and
hangings, people seized or snatched, a killing told twice in one sentence, the actor of "a
major offensive"; and the senses of the same words that name no violent event
(tests/devset_world/README.md, "Recall round")."""

from __future__ import annotations

import pytest

from tests.test_extraction_roles import asserted


@pytest.mark.parametrize(
    ("text", "killed", "kind"),
    [
        ("Attackers stabbed a night watchman to death outside a bank in Lahore on Monday.", 1,
         "killing"),
        ("Youths hacked two herders to death near Makurdi, police said.", 2, "killing"),
        # a mob's killing is a riot (ACLED's mob violence; tests/test_event_riots.py)
        ("A mob burned a suspected thief alive in a market in Port-au-Prince.", 1, "riot"),
        ("Three monks were beaten to death in a temple outside Mandalay.", 3, "killing"),
        ("Two reporters were shot to death by masked men in Tijuana.", 2, "killing"),
    ],
)  # fmt: skip
def test_a_harm_that_caused_a_death_is_a_killing(text: str, killed: int, kind: str) -> None:
    (event,) = asserted(text)
    assert event["type"] == kind and event["killed_low"] == killed


@pytest.mark.parametrize(
    "text",
    [
        "Six children burned to death in a house fire in Lagos on Sunday.",
        "Protesters burned tyres and blocked roads in Dhaka.",
        "The coach said he had been stabbed in the back by his own board.",
        "Cheap imports have killed small farms across the valley.",
        "The prisoner was found hanged in his cell after he hanged himself.",
        "Police seized 20 suspects and a haul of cocaine in a raid on Tuesday.",
        "The shooting of the film began in Rome last week.",
    ],
)
def test_the_same_words_without_violence_name_no_event(text: str) -> None:
    assert asserted(text) == [], text


def test_gunned_down_and_mowed_down_are_killings_told_once() -> None:
    (gunned,) = asserted("Masked men gunned down a union leader in Medellin on Friday.")
    assert gunned["type"] == "killing" and gunned["actor"]["text"] == "Masked men"
    (mowed,) = asserted(
        "A van mowed down shoppers on a busy street in Stockholm, killing four people."
    )
    assert mowed["type"] == "killing" and mowed["killed_low"] == 4


def test_lynched_hanged_and_throats_cut() -> None:
    (lynched,) = asserted("A villager was lynched by a crowd in Jharkhand on Saturday.")
    assert lynched["type"] == "riot" and lynched["actor"]["text"] == "a crowd"  # mob violence
    (hanged,) = asserted("Two dissidents were hanged in Tehran on Sunday, a rights group said.")
    assert hanged["type"] == "execution"
    (cut,) = asserted("Gunmen cut the throats of six shepherds near Blida, officials said.")
    assert cut["type"] == "killing"


def test_people_seized_are_abducted_a_town_seized_is_captured() -> None:
    (taken,) = asserted("Gunmen seized three engineers from a building site near Kano.")
    assert taken["type"] == "abduction" and taken["target"]["text"] == "three engineers"
    (snatched,) = asserted("Pirates snatched four sailors from a trawler off Bosaso.")
    assert snatched["type"] == "abduction"
    (town,) = asserted("Rebels seized the town of Goma on Tuesday.")
    assert town["type"] == "territory_capture"


def test_people_killed_at_a_farm_are_no_farm_closed() -> None:
    (event,) = asserted(
        "Rebels attacked a coffee farm on Saturday, killing 12 farm workers, the army said."
    )
    assert event["type"] == "killing" and event["killed_low"] == 12


def test_a_killing_told_again_in_a_when_clause_is_one_killing() -> None:
    (event,) = asserted(
        "A senior judge was killed on Monday when gunmen shot him dead outside his home."
    )
    assert event["type"] == "killing" and event["actor"]["text"] == "gunmen"
    (event,) = asserted(
        "Four nuns who were burned to death in a convent last week were murdered by "
        "raiders from across the border, the bishop said."
    )
    assert event["killed_low"] == 4


def test_a_major_offensive_is_launched_by_the_subject() -> None:
    (event,) = asserted("The army launched a major offensive against the rebels on Friday.")
    assert event["actor"]["text"] == "The army"
