"""Triggers that refer to events without telling one (events/references.py and the background
rules of events/non_events.py): titles of works in quotes, events a relation points at, places
named as the setting of a kind of event, kinds of events listed as topics, general statements
in the simple present, stories of films and novels, events judged or remembered in the present,
a life's history, laws against and numbers of a kind of event, names, starting points ("since
the first killings"), descriptions in a wh-clause ("how it kills") and every verb of a charge.
Real model, sentences written for these tests; each negative has an event twin that must
stay."""

from __future__ import annotations

import pytest

from tests.test_extraction_roles import asserted, extract

NOT_EVENTS = [
    # titles of works and names in quotes
    'Fans of the anime "Attack on Titan" queued for hours outside the cinema.',
    'The film "Kill Bill" was screened at the festival in Cannes on Friday.',
    'The song "Bombs Over Baghdad" topped the charts in 2001.',
    # events a relation points at
    "Police questioned two men linked to the killings, a spokesman said.",
    "Investigators said they had found no evidence linking the suspects to the bombings.",
    # a place as the setting of a kind of event
    "The border town has been the scene of deadly attacks by bandits.",
    # a starting point, not an event or a toll
    "Since the first bombings, police have detained dozens of suspects.",
    # what something does, in a wh-clause
    "Doctors told reporters how it kills children within days of infection.",
    "Analysts debated why armies attack cities in winter.",
    # kinds of events as topics, in general statements and in works of fiction
    "The agenda included kidnappings, bombings and the trade in small arms.",
    "Terrorists kill innocent people to spread fear, the cleric told worshippers.",
    "In the film, a group of commandos storm an embassy to rescue hostages.",
    # known events judged or remembered in the present; a life's history
    "The bombing is remembered as a turning point in the country's history.",
    "The author, whose father was killed in the war, spoke at the festival.",
    "She recalled the day soldiers stormed her village when she was a child.",
    # kinds of events a law is against or whose number changes; what people do; names
    "Parliament passed a law against kidnappings and extortion.",
    "The number of kidnappings fell by half last year, police said.",
    "Journalists who cover the fighting face great risks.",
    "Visitors flocked to the Killing Fields memorial outside Phnom Penh.",
    # every verb of a charge
    "The guards were accused of beating and robbing a trader and fleeing the scene.",
]
EVENTS = [
    ('Gunmen shouted "Kill Them All" as they attacked the village, killing nine people.', None),
    ("Police arrested three men linked to the 2015 bombing of the embassy in Nairobi.", None),
    ("The market was the scene of a bombing on Monday that killed 12 people.", "bombing"),
    ("After the first attacks on Monday killed 12 people, troops were sent to the town.", None),
    ('"We attacked the base at dawn," the rebel commander told reporters.', None),
    ("Rebels kill 20 in attack on Mali army base", None),
    ("Gunmen attacked the school when the children were in class, killing four.", None),
    ("A man whose brother was shot dead by police on Friday led the march.", None),
    ("Thousands protested against the air strikes on Gaza on Saturday.", "air_strike"),
    ("Rebels who attack convoys on the highway killed three drivers on Monday.", None),
    ("Rebels were killed in a series of air strikes on Sunday, the army said.", None),
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_a_reference_a_title_or_a_setting_asserts_no_event(text: str) -> None:
    result = extract(text)
    asserted = [e for e in result["events"] if e["stance"] == "assert"]
    assert asserted == [], (text, [e["type"] for e in asserted])


@pytest.mark.parametrize(("text", "event_type"), EVENTS)
def test_the_told_event_beside_them_stays(text: str, event_type: str | None) -> None:
    found = [e["type"] for e in asserted(text)]
    assert found, text
    assert event_type is None or event_type in found, (text, found)


def test_a_starting_point_is_no_running_total() -> None:
    result = extract("Since the first killings, the authorities have arrested six suspects.")
    assert (result.get("tolls") or []) == []
    assert [e for e in result["events"] if e["stance"] == "assert"] == []


@pytest.mark.parametrize(
    "text",
    [
        '"Suspected members of a local militia started to attack soldiers guarding the bridge, '
        'they are now exchanging gunfire," the mayor told reporters.',
        '"Men in police uniforms began to attack the soldiers at the depot, they are still '
        'exchanging fire," a resident said.',
    ],
)
def test_a_fight_told_again_by_they_is_one_battle(text: str) -> None:
    result = extract(text)
    battles = [e for e in result["events"] if e["type"] in ("armed_clash", "ground_offensive")]
    assert len(battles) == 1, [(e["type"], (e["actor"] or {}).get("text")) for e in battles]
    assert battles[0]["type"] == "armed_clash"
