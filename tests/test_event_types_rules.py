"""Event type from the whole clause (real model, sentences written for these tests): the weapon a
killing is told with gives its type (loaders/extraction/events/instruments.py), and a definite
re-mention ("the attack") in the same sentence retells the event told before it instead of adding
a second one (a re-mention in a later sentence, by another voice, stays its own report), and
one-sided fire on people who do not fight is a killing, not a battle (victim_types);
deaths told "in the clashes" are that event's casualties, not a killing of their own."""

from __future__ import annotations

from tests.test_extraction_roles import asserted


def test_a_mine_or_a_bomb_that_kills_is_a_bombing() -> None:
    (mine,) = asserted("A landmine killed two farmers near Kuito on Sunday, the governor said.")
    assert mine["type"] == "bombing" and mine["killed_low"] == 2
    (bomb,) = asserted("A roadside bomb killed four soldiers in Helmand on Monday.")
    assert bomb["type"] == "bombing"


def test_grenades_hurled_before_a_killing_make_it_a_bombing() -> None:
    (event,) = asserted(
        "Unknown assailants hurled grenades at a crowded market in Goma on Friday, killing "
        "three people, police said."
    )
    assert event["type"] == "bombing" and event["killed_low"] == 3


def test_a_killing_without_a_weapon_stays_a_killing() -> None:
    (event,) = asserted("Gunmen killed six villagers near Mopti on Tuesday, officials said.")
    assert event["type"] == "killing"


def test_a_weapon_that_names_its_own_event_gives_one_event() -> None:
    (event,) = asserted("A mortar round killed three children in Mogadishu, police said.")
    assert event["type"] == "shelling" and event["killed_low"] == 3


def test_the_attack_in_the_same_sentence_retells_the_strike() -> None:
    (event,) = asserted(
        "Israeli warplanes carried out an air strike on Gaza, and the attack killed five "
        "people, medics said."
    )
    assert event["type"] == "air_strike" and event["killed_low"] == 5


def test_another_voice_retelling_the_strike_stays_its_own_report() -> None:
    events = asserted(
        "A drone strike in Kabul killed 10 members of one family, relatives said. The "
        "Pentagon said the strike had hit a car bomb."
    )
    assert len(events) == 2 and {e["type"] for e in events} == {"air_strike"}


def test_a_claim_of_responsibility_stays_its_own_report() -> None:
    events = asserted(
        "Gunmen attacked an army base near Kismayo on Monday. Al-Shabaab claimed "
        "responsibility for the attack."
    )
    assert len(events) == 2


def test_firing_on_people_who_do_not_fight_is_a_killing() -> None:
    (event,) = asserted(
        "Soldiers opened fire on protesters in Yangon on Sunday, wounding dozens, witnesses said."
    )
    assert event["type"] == "killing" and event["target"]["sector"] == "OPP"
    (worship,) = asserted("Security forces fired on worshippers outside a mosque in Kano.")
    assert worship["type"] == "killing"


def test_fighting_between_armed_sides_stays_a_battle() -> None:
    (event,) = asserted("Soldiers opened fire on rebels near Goma on Sunday, the army said.")
    assert event["type"] == "armed_clash"
    (clash,) = asserted("Troops clashed with protesters in Dhaka on Monday.")
    assert clash["type"] == "riot"  # two sides fighting, one a crowd: a riot, not a battle


def test_deaths_in_a_clash_are_the_clash_casualties() -> None:
    (event,) = asserted("Two people died in the clashes near Diyarbakir, the agency said.")
    assert event["type"] == "armed_clash" and event["killed_low"] == 2
    assert event["actor"] is None  # the dead are not a side
