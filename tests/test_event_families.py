"""Event families in real-news shapes (real model; README "Rules worth knowing", "Families in
real news"): the dead of a strike the parse lost or that the deaths came "following", barrel and
vacuum bombs as strikes, armed men killed and wounded by an armed side as a battle."""

from __future__ import annotations

from functools import partial

from tests.test_extraction_roles import asserted

_asserted = partial(asserted, published="2016-06-20")


def _types(text: str) -> list[str]:
    return [e["type"] for e in _asserted(text)]


def test_deaths_in_a_strike_noun_the_parse_took_for_a_verb_are_the_strike() -> None:
    events = _asserted(
        "At least 19 people were killed in renewed government airstrikes on the town of Binnish, "
        "rescuers said on Tuesday."
    )
    assert [e["type"] for e in events] == ["air_strike"]
    assert events[0]["killed_low"] == 19


def test_deaths_following_or_after_air_raids_are_the_raids() -> None:
    assert _types(
        "Nine villagers were killed on Friday following air raids on a bakery in Sinjar."
    ) == ["air_strike"]
    assert _types("Six people died after artillery shelling of the old market in Taiz.") == [
        "shelling"
    ]


def test_deaths_after_a_fight_or_a_bare_raid_keep_their_family() -> None:
    assert "air_strike" not in _types(
        "Four soldiers were killed on Monday after clashes with rebels near Beni."
    )
    assert "air_strike" not in _types(
        "Two farmers were killed after a raid by gunmen on their village near Jos."
    )


def test_barrel_and_vacuum_bombs_are_strikes_not_bombings() -> None:
    assert _types("Five children were killed when a barrel bomb hit a school in Anadan.") == [
        "air_strike"
    ]
    assert _types("A vacuum bomb struck the district of Kafr Hamra, killing four people.") == [
        "air_strike"
    ]
    assert _types("A roadside bomb killed three soldiers near Lashkar Gah.") == ["bombing"]


def test_armed_men_killed_and_wounded_by_forces_are_a_battle() -> None:
    assert _types("Army units killed and wounded a number of terrorists near Jisr.") == [
        "armed_clash"
    ]
    assert _types("The army killed 14 and wounded 20 Shabaab militants near Afgoye.") == [
        "armed_clash"
    ]
    assert _types(
        "Dozens of militants were killed and injured during army operations near the town of Tal."
    ) == ["armed_clash"]


def test_civilians_killed_and_wounded_stay_one_sided() -> None:
    assert _types("Gunmen killed and wounded dozens of villagers in a night attack on Kukawa.") == [
        "killing"
    ]


def test_a_strike_phrase_runs_over_a_hyphen() -> None:
    assert _types("Thirty civilians were killed in Saudi-led coalition airstrikes on Saada.") == [
        "air_strike"
    ]


def test_deaths_in_a_similar_or_the_same_attack_are_of_the_kind_told_before() -> None:
    events = _asserted(
        "Three people were killed in a mortar attack by rebels on the Midan district. "
        "Two more people were killed in a similar attack on the Jaramana suburb."
    )
    assert [e["type"] for e in events] == ["shelling", "shelling"]
    events = _asserted(
        "Army helicopters dropped barrel bombs on the Tariq al-Bab district on Monday. "
        "A monitor said 16 people were killed in the attacks on the district's market."
    )
    assert {e["type"] for e in events} == {"air_strike"}


def test_deaths_in_the_attack_after_a_ground_assault_stay_a_battle() -> None:
    events = _asserted(
        "Gunmen attacked an army checkpoint near Menaka on Monday. Four soldiers were killed in "
        "the attack, officials said."
    )
    assert {e["type"] for e in events} == {"armed_clash"}
