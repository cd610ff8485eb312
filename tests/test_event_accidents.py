"""Harm done by accidents and disasters, and other ordinary news in violent words (the
ordinary-news precision round, tests/devset_world/README.md "Ordinary news round"): crashes,
derailments, capsizes, collapses, blazes, explosions among hazardous goods, earthquakes and
floods as doers, deaths of an epidemic or of a migrants' journey, stories told by films and
books, a life's past in an obituary, events remembered by a commemoration, sport and hopes;
each negative beside its violent twin, on sentences written for these tests and the real
model."""

from __future__ import annotations

import pytest

from tests.test_extraction_roles import asserted

NOT_EVENTS = [
    # a mishap of a vehicle, a craft or a building, the harm its participle or clause tells
    "A small plane crashed on take-off from a mountain airstrip, killing all 18 on board.",
    "A Tupolev airliner crashed into a forest near Smolensk in fog, killing 96 people.",
    "A goods train derailed and slammed into a station wall, killing seven people.",
    "Eleven people died when the plane crashed, killing everyone aboard.",
    "Thirty people were killed when a bus overturned on a mountain road near Cusco.",
    "A cargo ship ran aground off Sumatra, and 14 sailors died.",
    "Two workers died when scaffolding collapsed at a building site in Doha.",
    "A passenger ferry capsized on the river near Chandpur, killing 40 people.",
    # a blaze or a disaster as the doer, or parsed as a title before its verb
    "A fire swept through a crowded karaoke bar in Binh Duong, killing 32 people.",
    "A landslide buried dozens of houses in a village in Yunnan, killing 20 people.",
    "Rescuers searched the rubble on Monday, a day after a strong earthquake killed 300 people.",
    "Twelve people were killed and 30 hurt when a fire broke out in a hospital ward.",
    "Firefighters said the fire was brought under control an hour later.",
    # an explosion among hazardous goods
    "Explosions tore through a fireworks warehouse in the port, killing at least 40 people.",
    "A gas cylinder explosion at a restaurant in Karachi killed nine people.",
    # deaths of a disease or of a journey
    "The country has the highest rate of infection in the region, with 3,000 having died.",
    "Thousands of people have died trying to make the sea crossing in small boats this year.",
    # a story told by a work; a life's past in an obituary
    "The film tells the story of a marksman who killed 90 enemy soldiers in Korea.",
    "Her uncle, who fought the Italians in Eritrea, died on Monday aged 97.",
    # sport and hopes
    "Brazil stormed into the World Cup semifinal with a late goal in Kazan.",
    "A late penalty killed off Argentina's hopes of a place in the final.",
    # events remembered: a commemoration's phrase, a remembrance verb's clause, a clause whose
    # subject is a commemoration
    "The city marked the tenth anniversary of the day rebels shelled its main market.",
    "Memorial services were held for the 30 people killed in the stadium bombing last year.",
    "She still remembers the night soldiers burst into her home and shot her brother.",
    # won at the ballot box
    "The party seized control of the city council in local elections.",
    # blamed for what someone did; the leaders of a strike
    "Members attacked the head of the union for cooperating with the management.",
    "The minister invited the leaders of the strikes to a televised meeting last week.",
    # a whole insurgency or war fought: a state
    "The army is fighting an Islamist rebellion in the desert that threatens to spread.",
    "The small republic is battling a separatist insurgency in the mountains.",
    # crowd control; labour
    "Riot police fired stun grenades and rubber bullets to disperse the crowd.",
    "Workers who took part in the strike said the government had ignored their pay demands.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_accidents_and_ordinary_news_assert_no_violent_event(text: str) -> None:
    assert asserted(text) == []


EVENTS = [
    # the violent twins: someone shot, bombed, rammed or fought
    ("Rebels shot down a military plane, which crashed near Kindu, killing 40 soldiers.",
     "armed_clash"),
    ("A car bomb exploded near a gas station in Kandahar, killing five people.", "bombing"),
    ("A landmine blast killed five soldiers near the border.", "bombing"),
    ("Gunmen stormed the hotel and 32 people died.", "killing"),
    ("Soldiers threw a grenade into the crowd, killing three people.", "bombing"),
    ("Militants set fire to a school and shot dead two teachers.", "killing"),
    ("Forty people died in clashes between herders and farmers in a region hit by floods.",
     "armed_clash"),
    ("British jets took part in the strikes on Raqqa on Sunday.", "air_strike"),
    ("Guards opened fire on migrants crossing the border, killing six.", "killing"),
    ("Gunmen attacked mourners at a vigil in Peshawar, killing ten people.", "killing"),
    ("A memorial service was attacked by gunmen who killed five people.", "killing"),
    ("Rebels seized the town of Bunia in the run-up to the elections.", "territory_capture"),
    ("Troops battled rebels in the streets of Goma on Monday.", "armed_clash"),
    ("Militants attacked the village for cooperating with the army, killing five.",
     "armed_clash"),
    ("Ruling party supporters attacked opposition offices, killing two.", "riot"),
    ("Protesters clashed with police on Friday, the anniversary of the coup, and 40 were"
     " arrested.", "riot"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), EVENTS)
def test_violent_twins_stay_events(text: str, kind: str) -> None:
    assert kind in {event["type"] for event in asserted(text)}
