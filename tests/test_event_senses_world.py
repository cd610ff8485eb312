"""Word senses of the senses round (tests/devset_world/README.md, "Senses-round sample"): cyber
attacks, damage to property, accidents, measures such as sanctions, figurative blows, wars and
battles, kinds of crime, postures and charges name no violent event; their violent twins still
do. Sentences written for these tests, the real model."""

from __future__ import annotations

import pytest

from tests.test_extraction_roles import asserted, extract

NOT_EVENTS = [
    # Decided: a cyber attack is no violent event (no force, no one hurt; ACLED codes none)
    "Hackers attacked the computer network of Peru's electoral office on Sunday.",
    "A ransomware attack shut down the servers of a hospital in Dusseldorf.",
    '"The attack slowed connectivity across the islands for an hour," the operator said.',
    # property damaged with no armed doer and no one hurt: a riot's or a vandal's
    "Young men attacked the homes of two councillors in Nyeri overnight.",
    # accidents: things that blow up, vehicles that collide, blazes that rip through
    "A boiler exploded at a dairy in Gujarat, killing four workers.",
    "A bus hit a fuel tanker on the highway near Kano, killing 12 passengers.",
    "A fire ripped through a market in Onitsha overnight, destroying 200 stalls.",
    # dismissals of any trade, blows at an idea, measures as means
    "The statistics office fired its chief economist after the census row.",
    "The ruling strikes at the heart of judicial independence, lawyers said.",
    "Washington hit Caracas with fresh sanctions on Monday.",
    "Beijing struck at Canberra with tariffs on barley and wine.",
    # sport, air, elections, figurative fights
    "Liverpool stormed back to win 3-2 at Anfield.",
    "A blast of freezing air swept across the Great Plains on Tuesday.",
    "The governor won the battle for the capital's mayoralty in Sunday's runoff.",
    "Democrats fought the nomination for weeks in the Senate.",
    "The new agency will fight abuses in prisons across Honduras.",
    # a kind of crime, a charge, arrests, withdrawn words, a series
    "They have committed grave crimes, including kidnapping and murder, the prosecutor said.",
    "The former governor is accused of ordering the abduction and murder of journalists.",
    "Twenty students detained during the rally in Minsk were freed on Monday.",
    "Withdrawing its complaint, the embassy said the matter was closed.",
    "Two news channels withdrew from broadcasting after the decree.",
    "Police in Lima are investigating a string of robberies and assaults in the city centre.",
    # attacks that stop, roles, vague counts, weapons used as a kind
    "The deal should bring a gradual cessation of bombings in the valley, envoys said.",
    "Men who have fought as mercenaries abroad will be barred from the police, Minsk said.",
    "In a district where many attacks have targeted Christians, the church reopened.",
    "Rights groups accused the army of using cluster bombs in the south.",
    # a clash of words at a forum, a game, a crowd crush
    "Greece and Turkey clashed at the NATO summit over drilling rights.",
    "Ajax and Feyenoord clash in the league decider on Sunday.",
    "Dozens of fans were killed in a crush at the stadium gates in Kanjuruhan.",
    # a cyber attack on websites; coordinated verbs share their time ("since 2002")
    "A hacker group claimed the attack on the websites of two Polish banks.",
    "Journalists have been beaten, detained and killed in the province since 2004.",
    # an economic bubble killed off
    "The rate rises helped kill off the housing bubble in Auckland, economists said.",
    # people caught are no ground taken
    "Coast guards captured 40 migrants sailing from Libya on Friday.",
    # a disease as the doer
    "The flu strikes hardest in winter, doctors in Santiago said.",
    # deaths in a crash, a crowd that retreats, charges withdrawn
    "Twelve tourists have died after a minibus carrying them plunged into a ravine near Cusco.",
    "Police blocked the march, prompting the crowd to retreat into the square.",
    "The judge ordered that all of the charges be withdrawn.",
    # a fight told whole since a month named bare: months long, no event of the news
    "In the valley, where the militia has been fighting the army since March, schools closed.",
]

EVENTS = [
    # an armed doer or harm keeps the violent sense of an attack on homes
    ("Militants attacked the homes of police officers in Ghazni on Monday.", "armed_clash"),
    ("Young men attacked the homes of two councillors in Nyeri, killing one.", "killing"),
    # a bomb that explodes is no accident, even in a car or beside a gas station
    ("A car bomb exploded near a gas station in Kirkuk, killing six people.", "bombing"),
    # missiles that cut power are no cyber attack
    (
        "Russian missiles hit the power grid in Kharkiv, causing outages across the city.",
        "missile_attack",
    ),
    # an onlooker's verb does not make the attack a politician's criticism
    (
        "A senior official condemned the bombing carried out by Islamic State in Kabul on Friday.",
        "bombing",
    ),
    # what a launch verb fires in the passive types the attack
    ("Rockets were fired at the airport in Erbil on Monday.", "shelling"),
    ("Two mortar rounds were fired at the base near Kandahar on Sunday.", "shelling"),
    # an attack with chemical weapons is no chemical accident; a source's website no cyber frame
    ("A chemical attack hit the village of Zardana, killing 40 civilians.", "killing"),
    ("Rebel websites said jets bombed the Jobar district of Damascus on Friday.", "air_strike"),
    # soldiers clashing in a valley are no game
    ("Indian and Chinese troops clashed in the Galwan valley on Monday.", "armed_clash"),
    # "since" a day, or a month with its day, is news
    ("Rebels have been shelling the town of Kidal since Sunday.", "shelling"),
    ("Fighting has raged in the north since August 3, residents said.", "armed_clash"),
    # bombs fired from a mortar are a shelling, not a second, planted bomb
    ("Rebels fired mortar bombs at the barracks in Gitega on Sunday.", "shelling"),
    # a vague count with a date of its own is told
    ("Repeated air strikes on Monday killed 12 people in Idlib.", "air_strike"),
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_a_non_violent_sense_of_the_round_gives_no_event(text: str) -> None:
    assert extract(text)["events"] == [], text


@pytest.mark.parametrize(("text", "event_type"), EVENTS)
def test_the_violent_twin_keeps_its_event(text: str, event_type: str) -> None:
    types = [e["type"] for e in asserted(text)]
    assert event_type in types, (text, types)


def test_one_weapon_fired_is_one_event() -> None:
    events = extract("Two mortar rounds were fired at the base near Kandahar on Sunday.")["events"]
    assert [e["type"] for e in events] == ["shelling"]


@pytest.mark.parametrize(
    "text",
    [
        "A boiler exploded at a dairy in Gujarat, killing four workers.",
        "A bus hit a fuel tanker on the highway near Kano, killing 12 passengers.",
    ],
)
def test_the_dead_of_an_accident_are_a_disaster_toll(text: str) -> None:
    assert [t["toll_kind"] for t in extract(text).get("tolls", [])] == ["disaster"]


def test_a_bomb_fired_is_the_munition_of_the_shelling() -> None:
    events = extract("Rebels fired mortar bombs at the barracks in Gitega on Sunday.")["events"]
    assert [e["type"] for e in events] == ["shelling"]
