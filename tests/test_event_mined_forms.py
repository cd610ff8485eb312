"""Violent events in the forms the mined-misses round found missed in the synthetic stories
(real model, sentences written for these tests; tests/devset_world/README.md, "Mined-misses
round"): a pronoun shot or seized, live fire aimed "at" people, people killed whatever they work
in, a mob that hurt people, an attack condemned "as" something, an indefinite event told with
its particulars after "after" or "following", the dead a copula counts before "after", and a
toll whose last part the parser read as a second subject; and the same words naming no event."""

from __future__ import annotations

import pytest

from tests.test_extraction_roles import asserted


@pytest.mark.parametrize(
    "text",
    [
        "A neighbour said she was shot outside her home in Kisumu on Monday.",
        "He was shot near the market in Goma, his brother said.",
        "Soldiers shot at them as they crossed the river near Rafah.",
        "Police shot at fleeing villagers outside Jos on Sunday.",
        "Gunmen shot at the crowd outside a stadium in Abidjan.",
    ],
)
def test_people_shot_or_shot_at_are_a_killing(text: str) -> None:
    (event,) = asserted(text)
    assert event["type"] == "killing", text


def test_people_killed_are_no_ended_project_whatever_they_work_in() -> None:
    (event,) = asserted(
        "Three radio employees were killed in Mogadishu on Monday, the station said."
    )
    assert event["type"] == "killing" and event["killed_low"] == 3


def test_a_mob_that_hurt_people_did_a_violent_event_a_riot_on_police_stays_none() -> None:
    (event,) = asserted("Nine traders were injured when a mob attacked them in a market in Kano.")
    assert event["type"] == "riot"  # a mob's violence on people (tests/test_event_riots.py)
    assert asserted("A mob attacked two men in a bus station in Lagos.") != []
    assert asserted("Rioters attacked the police station in the town on Friday.") == []


def test_an_attack_condemned_as_something_is_still_an_attack() -> None:
    (event,) = asserted(
        "The government condemned the attack on three judges in Quetta as an act of cowardice."
    )
    assert event["type"] == "killing"
    assert asserted("The minister condemned the attack on the budget as reckless.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The army closed the border crossing after a deadly attack by gunmen on a checkpoint.",
        "The president declared a curfew in the city following an attack on a market in Maiduguri.",
    ],
)
def test_an_indefinite_event_told_with_its_particulars_after_after_is_told(text: str) -> None:
    assert len(asserted(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "The office stayed closed on Monday after the attack.",
        "Schools reopened in the town a year after the 2014 massacre.",
        "The governor declared an emergency after the bombing, officials said.",
    ],
)
def test_an_event_named_only_to_date_another_stays_background(text: str) -> None:
    assert asserted(text) == [], text


def test_the_dead_a_copula_counts_before_after_are_the_acts_toll() -> None:
    (event,) = asserted("At least 40 people are dead after gunmen attacked a village near Zamfara.")
    assert event["killed_low"] == 40


def test_a_toll_part_read_as_a_second_subject_is_summed() -> None:
    (event,) = asserted(
        "Four villagers and one soldier, and two militants were killed in the attack on Friday."
    )
    assert event["killed_low"] == 7


def test_a_betrayal_is_no_stabbing_a_knife_wound_is() -> None:
    assert asserted("The striker said he was stabbed in the back by his own club.") == []
    assert asserted("A man was stabbed in the back in a market in Nairobi, police said.") != []


@pytest.mark.parametrize(
    "text",
    [
        "Two men beat a priest with a wooden bat outside his church in Kaduna on Monday.",
        "Her neighbours were beaten and robbed by a gang in Soweto, police said.",
    ],
)
def test_people_beaten_by_anyone_but_crowd_control_are_a_killing(text: str) -> None:
    (event,) = asserted(text)
    assert event["type"] == "killing", text


@pytest.mark.parametrize(
    "text",
    [
        "Riot police fired tear gas and beat them near the parliament in Dhaka.",
        "Nadal beat him in the final in Paris on Sunday.",
        "She narrowly beat him in the runoff for mayor.",
    ],
)
def test_crowd_control_and_contests_beat_no_one(text: str) -> None:
    assert asserted(text) == [], text


def test_who_claimed_to_have_killed_did_the_killing() -> None:
    (event,) = asserted("The rebels claimed to have killed nine soldiers near Kidal on Sunday.")
    assert event["actor"]["text"] == "The rebels"
