"""Riots (README "Event types"; tests/devset_world/README.md, coding rule "Unrest" and "Riot
round"): violence in which a crowd is a side is a `riot` (ACLED's Riots, PLOVER's PROTEST /
riot), never a battle; a fight between armed sides stays a battle, live fire on a crowd that
does not fight stays a killing, and peaceful protest and crowd control name no event. Sentences
written for these tests, the real model."""

from __future__ import annotations

import pytest

from tests.test_extraction_roles import asserted, extract

RIOTS = [
    # crowds that clash with police or troops, whatever they protest or whom they back
    "Hundreds of students fought running battles with riot police in Seoul on Friday.",
    "Clashes between police and protesters in Conakry left three people dead on Tuesday.",
    "Striking miners clashed with police outside the pit in Rustenburg.",
    "Dock workers fought with riot police at the port gates in Mombasa.",
    "Two men died in fighting between troops and villagers who blocked the road to the mine.",
    # the sides read from the fight noun the trigger governs, and from the words describing them
    "Riot police fought in running clashes with students near the campus in Dhaka.",
    "Two people died in clashes between police and people protesting against fuel prices.",
    # rival crowds
    "Rival groups of party supporters clashed in Kinshasa, leaving two dead, police said.",
    # a mob's violence on people: beating, stoning, lynching
    "A lynch mob beat two suspected thieves to death in Kampala on Friday.",
    "Villagers lynched a man accused of kidnapping a child near Puebla.",
    "An angry crowd stoned a motorist to death in Lagos after his car hit a child.",
    # riots told by the dead they left
    "Rioting in Karachi on Monday claimed at least 12 lives, officials said.",
    "Riots in Kano left 30 people dead on Sunday.",
    # force met by rioters
    "Police shot dead two rioters in the Kibera slum on Wednesday.",
]

BATTLES = [
    "Rebels clashed with government troops near Goma on Monday, killing 12 soldiers.",
    "Rebels and their supporters clashed with soldiers in the north, the army said.",
    "Government troops clashed with Islamist militants near Mopti on Thursday.",
    "Loyalist troops fought mutineers at a barracks outside Bangui overnight.",
    # people who riot against police fight each other as communities: a battle (communal)
    "Herders clashed with farmers near Jos on Tuesday, leaving 14 people dead.",
]

KILLINGS = [
    # live fire on a crowd that does not fight: ACLED's excessive force against protesters
    "Security forces shot dead four protesters in Basra on Friday, medics said.",
    "Troops opened fire on mourners at a funeral in Nablus, wounding six.",
    # a mob beside troops: the state's massacre
    "Soldiers and Buddhist mobs attacked the village, killing dozens of villagers.",
    "The crackdown left 12 people dead in Mandalay on Sunday.",
]

NOT_EVENTS = [
    "Thousands marched peacefully in Minsk to demand the release of political prisoners.",
    "Protesters threw stones at police in Tunis, who fired tear gas to disperse them.",
    "Riot police fired water cannon at students blocking the avenue in Bogota.",
]


@pytest.mark.parametrize("text", RIOTS)
def test_violence_with_a_crowd_as_a_side_is_a_riot(text: str) -> None:
    types = [e["type"] for e in asserted(text)]
    assert types == ["riot"], (text, types)


@pytest.mark.parametrize("text", BATTLES)
def test_a_fight_between_armed_sides_stays_a_battle(text: str) -> None:
    types = [e["type"] for e in asserted(text)]
    assert types == ["armed_clash"], (text, types)


@pytest.mark.parametrize("text", KILLINGS)
def test_force_on_people_who_do_not_fight_stays_a_killing(text: str) -> None:
    types = [e["type"] for e in asserted(text)]
    assert types == ["killing"], (text, types)


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_protest_and_crowd_control_name_no_event(text: str) -> None:
    assert asserted(text) == [], text


def test_a_riot_is_coded_as_acled_riots_by_who_is_a_side() -> None:
    (street,) = extract("Opposition supporters clashed with police in Lome after the vote.")[
        "events"
    ]
    assert (street["plover_category"], street["plover_mode"]) == ("PROTEST", "riot")
    assert (street["acled_event_type"], street["acled_sub_event_type"]) == (
        "Riots",
        "Violent demonstration",
    )
    assert (street["actor"]["text"], street["target"]["text"]) == (
        "Opposition supporters",
        "police",
    )
    (mob,) = extract("A mob beat two suspected thieves to death in Kampala on Friday.")["events"]
    assert (mob["acled_sub_event_type"], mob["killed_low"]) == ("Mob violence", 2)
