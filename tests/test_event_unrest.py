"""Unrest and its repression (tests/devset_world/README.md, "Unrest round"; main README
"Unrest"): protests, strikes, riots against property, crowd control that kills no one, arrests,
crackdowns, curfews, states of emergency, deployments, coups without a fight, sieges,
blockades, sanctions and expulsions name no violent event; deaths, live fire at people,
one-sided attacks on people and clashes told as clashes do (a crowd's clash is a riot:
tests/test_event_riots.py). Sentences written for these tests,
the real model."""

from __future__ import annotations

import pytest

from tests.test_extraction_roles import asserted, extract

NOT_EVENTS = [
    # protests, rallies, blockades and strikes
    "Thousands of nurses marched on the health ministry in Accra to demand back pay.",
    "Farmers blocked the motorway outside Lyon with tractors for a second day.",
    # crowd control: tear gas, water cannon, rubber bullets, batons, even with injuries
    "Riot police in Quito fired tear gas and water cannon at students outside the congress.",
    "Police fired rubber bullets at marchers in Valparaiso, wounding at least 20 people.",
    "Riot police stormed the square in Tbilisi with tear gas, injuring 14 demonstrators.",
    "Police used batons and pepper spray to break up a sit-in by teachers in Asuncion.",
    # riots against property
    "Protesters torched the town hall and several cars in the northern town of Kayes.",
    "Rioters looted shops and burned tyres in Blantyre as anger over fuel prices grew.",
    # arrests, raids, crackdowns
    "Police in Dakar arrested more than 200 protesters after the opposition rally.",
    "Security forces raided the university campus in Tabriz and detained 30 students.",
    "The crackdown on dissent has seen thousands of people jailed since the election.",
    # curfews, states of emergency, martial law, deployments, mobilisation
    "The government imposed a dusk-to-dawn curfew on Jos and deployed troops to its streets.",
    "The president declared a state of emergency in three northern provinces on Friday.",
    "Thousands of reservists were called up and sent to the southern border.",
    # coups and sieges told without a fight, sanctions, expulsions
    "The army took power in a bloodless coup, detaining the prime minister.",
    "Government troops have besieged the rebel-held town for months.",
    "The European Union imposed sanctions on eight generals over the crackdown.",
    "The junta expelled the French ambassador and ordered French troops to leave.",
    # a strike led by labour leaders is a labour strike
    "The walkout follows a strike that was led by port labor leaders in Durban.",
]

EVENTS = [
    # deaths and live fire at people: one-sided violence is a killing whoever does it
    ("Security forces shot dead four protesters in Basra on Friday, medics said.", "killing"),
    ("Troops opened fire on mourners at a funeral in Nablus, wounding six.", "killing"),
    ("Police fired tear gas at the crowd in Harare, killing two protesters.", "killing"),
    ("A journalist was injured in an attack by unknown assailants in Managua.", "killing"),
    ("Forty miners were injured in the latest attack near Kolwezi on Monday.", "killing"),
    # unrest nouns that leave the dead
    ("The crackdown left 12 people dead in Mandalay on Sunday.", "killing"),
    ("The riots claimed five lives in Kampala overnight.", "riot"),
    # a clash told as a clash, whatever party the crowd backs: a riot (tests/test_event_riots.py)
    ("Opposition supporters clashed with police in Lome after the results.", "riot"),
    # a mutiny or coup fought out
    ("Loyalist troops fought mutineers at a barracks outside Bangui overnight.", "armed_clash"),
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_unrest_without_violence_gives_no_asserted_event(text: str) -> None:
    asserted = [e for e in extract(text)["events"] if e["stance"] == "assert"]
    assert asserted == [], (text, asserted)


@pytest.mark.parametrize(("text", "event_type"), EVENTS)
def test_violence_in_unrest_stays_an_event(text: str, event_type: str) -> None:
    types = [e["type"] for e in asserted(text)]
    assert event_type in types, (text, types)


def test_an_unrest_noun_is_no_doer() -> None:
    (event,) = [e for e in extract("The crackdown killed 12 people in Yangon.")["events"]]
    assert event["actor"] is None
    assert event["killed_low"] == 12


def test_a_running_total_of_a_crackdown_stays_a_toll() -> None:
    result = extract("The military crackdown has left more than 500 people dead since February.")
    assert [e for e in result["events"] if e["stance"] == "assert"] == []
    assert [t["toll_kind"] for t in result["tolls"]] == ["running_total"]


@pytest.mark.parametrize(
    "text",
    [
        "The attacks have claimed thousands of lives across the Sahel, the UN said.",
        "The raids have killed hundreds of villagers since the rebellion began.",
    ],
)
def test_a_series_told_in_the_perfect_with_a_large_count_is_a_running_total(text: str) -> None:
    result = extract(text)
    assert [e for e in result["events"] if e["stance"] == "assert"] == [], text
    assert [t["toll_kind"] for t in result["tolls"]] == ["running_total"], text


def test_one_dated_attack_with_its_lives_stays_an_event() -> None:
    result = extract("The attack on Friday claimed 12 lives in the market of Maiduguri.")
    assert [e["killed_low"] for e in result["events"] if e["stance"] == "assert"] == [12]


def test_beaten_up_hurts_without_killing_and_one_case_is_no_condition() -> None:
    (event,) = extract("In one case, a trader was beaten up by a gang in Onitsha on Friday.")[
        "events"
    ]
    assert (event["type"], event["stance"], event["killed_low"]) == ("killing", "assert", None)
    assert extract("Police beat up students outside the ministry in Yerevan.")["events"] == []


def test_the_side_fought_beats_the_place_and_arms_are_no_target() -> None:
    (clash,) = extract("Dock workers clashed with police at the port gates in Mombasa.")["events"]
    assert clash["type"] == "riot" and clash["target"]["text"] == "police"
    (shooting,) = extract("Troops fired live ammunition at students in Lagos on Tuesday.")["events"]
    assert (shooting["type"], shooting["target"]["text"]) == ("killing", "students")


def test_a_kind_of_act_measured_against_a_norm_is_no_event() -> None:
    text = "The minister said drone attacks against the islands violated international law."
    assert extract(text)["events"] == []
    dated = "The air strikes on Monday violated the ceasefire, the rebels said."
    assert [e["type"] for e in extract(dated)["events"]] == ["air_strike"]


def test_a_fight_that_grows_with_no_time_of_its_own_is_a_trend() -> None:
    text = "Thousands of reservists were called up as fighting intensified in the north."
    assert extract(text)["events"] == []
    dated = "Fighting intensified near Bakhmut on Monday, killing 20 soldiers."
    assert [e["type"] for e in extract(dated)["events"]] == ["armed_clash"]


@pytest.mark.parametrize(
    "text",
    [
        "Washington imposed sanctions on the militia over attacks on shipping in the Gulf.",
        "The UN condemned attacks on aid workers in the region.",
        "Chad closed its borders following raids on its villages by armed groups.",
    ],
)
def test_a_series_given_as_a_reason_or_condemned_whole_is_no_event(text: str) -> None:
    assert [e for e in extract(text)["events"] if e["stance"] == "assert"] == [], text


def test_the_attacks_a_group_is_held_responsible_for_stay_events() -> None:
    text = "Troops hunted militants responsible for deadly attacks in Sylhet on September 5."
    assert [e["type"] for e in asserted(text)]


def test_an_attack_that_wounds_people_who_do_not_fight_is_a_killing() -> None:
    school = extract("Militants attacked a school in Kunduz, injuring 12 pupils.")["events"]
    assert [e["type"] for e in school] == ["killing"]
    post = extract("Rebels attacked a police post in Kasese, wounding four officers.")["events"]
    assert [e["type"] for e in post] != ["killing"]


def test_the_user_of_a_weapon_is_the_doer() -> None:
    text = "Police used live ammunition to disperse the crowd in Bamako, killing three people."
    (event,) = extract(text)["events"]
    assert (event["type"], event["actor"]["text"]) == ("killing", "Police")
