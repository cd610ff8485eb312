"""Toll clauses belong to the attack they tell the deaths of: coordinated victim groups are
parts of one toll, a generic attack folds into the means told with it, a death clause or "the
blast killed" after an attack told in the writer's voice adds its toll whoever gives the figure,
"the toll rose to N" gives a first count; tolls of a war, a protest wave or a past campaign told
in a relative clause stay tolls (real model; sentences written for these tests, none from a dev
set: events/casualties.py, events/toll_links.py, events/toll_periods.py)."""

from __future__ import annotations

from typing import Any

from tests.test_extraction_roles import extract


def _result(text: str) -> dict[str, Any]:
    return extract(text, "2019-06-01")


def _asserted(text: str) -> list[dict[str, Any]]:
    return [e for e in _result(text)["events"] if e["stance"] == "assert"]


def _killed(event: dict[str, Any]) -> tuple[int | None, int | None]:
    return event["killed_low"], event["killed_high"]


def test_coordinated_victim_groups_are_summed() -> None:
    (strike,) = _asserted(
        "A drone strike killed a tribal elder and his three sons near Miranshah, officials said."
    )
    assert _killed(strike) == (4, 4)
    (clash,) = _asserted(
        "Nine soldiers, four policemen and two civilians were killed when rebels attacked "
        "a garrison near Kidal, the army said."
    )
    assert _killed(clash) == (15, 15)


def test_a_small_exact_part_beside_a_large_approximate_one_is_absorbed() -> None:
    (strike,) = _asserted(
        "Jets bombed a base near Raqqa, killing three commanders and about 150 fighters."
    )
    assert _killed(strike) == (150, 150)


def test_a_group_without_a_figure_leaves_the_first_count() -> None:
    (killing,) = _asserted("Gunmen killed two teachers and students at a school in Borno.")
    assert _killed(killing) == (2, 2)


def test_a_generic_attack_folds_into_the_means_told_with_it() -> None:
    (bombing,) = _asserted(
        "Eight people were killed in an attack when a grenade was thrown into a bar in Cali."
    )
    assert bombing["type"] == "bombing" and _killed(bombing) == (8, 8)
    (suicide,) = _asserted(
        "The attack -- a suicide bombing at a wedding hall in Kabul -- killed 63 people."
    )
    assert suicide["type"] == "suicide_bombing" and _killed(suicide) == (63, 63)


def test_an_attack_and_another_doers_means_in_another_clause_stay_two() -> None:
    events = _asserted(
        "Gunmen killed five villagers in an attack on Dogon while a bomb exploded in a market "
        "in Mopti."
    )
    assert sorted(e["type"] for e in events) == ["bombing", "killing"]


def test_a_death_clause_after_the_attack_adds_its_toll_whoever_gives_it() -> None:
    (clash,) = _asserted(
        "Militants attacked an army post near Diffa on Sunday. Seven soldiers were killed, "
        "a military source said."
    )
    assert _killed(clash) == (7, 7) and clash["claimant"] is None
    (bombing,) = _asserted(
        "A car bomb exploded outside a courthouse in Mosul on Monday. The blast killed nine "
        "people, police said."
    )
    assert _killed(bombing) == (9, 9)


def test_a_death_toll_that_rises_gives_the_attack_its_first_count() -> None:
    (event,) = _asserted(
        "Rebels raided a village near Beni overnight. The death toll rose to 14, a local "
        "official said."
    )
    assert _killed(event) == (14, 14)


def test_a_side_giving_its_own_toll_of_a_strike_another_side_told_stays_its_own() -> None:
    events = _asserted(
        "The army said its jets struck rebel camps near Jebel Marra. The rebels said 12 "
        "civilians were killed in the raids."
    )
    assert len(events) == 2


def test_a_toll_in_another_place_is_another_event() -> None:
    events = _asserted(
        "Fighting broke out in the village of Kaya on Monday. Four people were shot dead in "
        "Dori, an official said."
    )
    assert len(events) == 2


def test_a_relative_clause_counting_a_conflicts_dead_is_a_toll() -> None:
    result = _result(
        "The talks aim to end the protests, which have killed at least 60 people in total."
    )
    assert not [e for e in result["events"] if e["stance"] == "assert"]
    assert [t["toll_kind"] for t in result["tolls"]] == ["running_total"]
    past = _result(
        "The riots revived memories of a campaign of ethnic violence in 1998 in which more "
        "than 300 people were killed."
    )
    assert not [e for e in past["events"] if e["type"] == "killing"]
    assert [t["toll_kind"] for t in past["tolls"]] == ["historical"]


def test_an_attack_told_in_a_relative_clause_is_still_an_event() -> None:
    (shelling,) = _asserted("Rebels shelled the market on Monday, an attack which killed 12.")
    assert shelling["type"] == "shelling" and _killed(shelling) == (12, 12)
    assert _result("Rebels shelled the market on Monday, an attack which killed 12.")["tolls"] == []


def test_deaths_in_a_relative_clause_on_a_means_noun_are_that_means() -> None:
    (shelling,) = _asserted(
        "Aid groups urged an end to the shelling of Marib, which killed eight children on Sunday."
    )
    assert shelling["type"] == "shelling" and _killed(shelling) == (8, 8)


def test_a_storming_is_typed_by_whom_its_toll_killed() -> None:
    (clash,) = _asserted(
        "Gunmen stormed a police post near Tillaberi on Friday. Six policemen were killed, "
        "officials said."
    )
    assert clash["type"] == "armed_clash" and _killed(clash) == (6, 6)


def test_bombers_hitting_a_market_is_a_strike_and_prices_hitting_markets_is_not() -> None:
    (strike,) = _asserted("Government bombers hit a market in Kurmuk on Friday, rebels said.")
    assert strike["type"] == "air_strike"
    assert _asserted("Rising fuel prices hit the markets in Kurmuk on Friday.") == []


def test_the_dead_a_fight_left_are_its_toll_and_the_side_fought_stays_its_target() -> None:
    (clash,) = _asserted(
        "Army troops fought Tuareg rebels near Menaka for five hours, leaving 23 dead, a "
        "military spokesman said."
    )
    assert _killed(clash) == (23, 23)
    assert "Tuareg rebels" in (clash["target"] or {}).get("text", "")


def test_a_bare_count_left_dead_names_no_target() -> None:
    (bombing,) = _asserted(
        "A roadside bomb tore through a bus near Gulu on Monday, leaving 11 dead, police said."
    )
    assert _killed(bombing) == (11, 11)
    assert "dead" not in (bombing["target"] or {}).get("text", "")


def test_police_killed_in_an_attack_by_no_one_named_is_a_battle() -> None:
    (clash,) = _asserted(
        "Nine policemen were killed and four wounded in an attack on a checkpoint near "
        "Arish on Sunday, officials said."
    )
    assert clash["type"] == "armed_clash"
    (killing,) = _asserted(
        "Nine villagers were killed and four wounded in an attack near Arish on Sunday, "
        "officials said."
    )
    assert killing["type"] == "killing"


def test_deaths_a_clause_of_consequence_counts_are_the_toll() -> None:
    (bombing,) = _asserted(
        "A car bomb exploded near a bus station in Kirkuk, causing at least 17 deaths, police said."
    )
    assert _killed(bombing) == (17, None)
    (strike,) = _asserted(
        "Jets bombed a market in Saada, resulting in 31 deaths and more than 90 wounded."
    )
    assert _killed(strike) == (31, 31)
