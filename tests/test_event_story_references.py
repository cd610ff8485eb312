"""One incident, one report across a whole story (real model; loaders/extraction/events/
story_references.py and README "One event, one report"): a later pointing noun that tells
nothing new, in any paragraph, and a headline above its lead make no second event; a noun with
its own particulars, another side's version, a separate incident and a headline the story does
not tell stay events."""

from __future__ import annotations

from functools import partial

from tests.test_extraction_roles import asserted

# the stories' day of publication
_asserted = partial(asserted, published="2011-06-20")


def test_a_pointing_noun_after_a_paragraph_break_is_the_event_told_before() -> None:
    events = _asserted(
        "DAKAR (AFP) - Rebels ambushed a military convoy near Ziguinchor on Monday, killing "
        "five soldiers, the army said.\n\nThe ambush was the deadliest in the region this year."
        "\n\nResidents said the attack had closed the main road to Gambia for hours."
    )
    assert [e["type"] for e in events] == ["armed_clash"]
    assert events[0]["killed_low"] == 5


def test_such_and_a_demonstrative_point_back_too() -> None:
    events = _asserted(
        "Gunmen shot dead a village headman in the hills north of Chiang Mai on Sunday, police "
        "said.\n\nIt was the fourth such killing in the province. Police said this killing "
        "followed a land dispute."
    )
    assert len(events) == 1 and events[0]["type"] == "killing"


def test_a_noun_with_its_own_place_or_toll_stays_an_event() -> None:
    events = _asserted(
        "Militants fired rockets at an army base near Quetta on Tuesday, officials said.\n\n"
        "The attack on a police station in Turbat on Wednesday killed four officers."
    )
    assert len(events) == 2


def test_another_event_named_with_an_ordinal_or_other_stays() -> None:
    events = _asserted(
        "A bomb exploded at a bus station in Kaduna on Friday, killing three people, police "
        "said.\n\nA second bomb exploded at a market in Zaria an hour later, killing two more."
    )
    assert len(events) == 2


def test_a_pointing_noun_with_no_event_before_is_left_alone() -> None:
    events = _asserted("The attack on the convoy near Gao killed three soldiers, the army said.")
    assert len(events) == 1


def test_a_headline_above_its_lead_is_told_once() -> None:
    events = _asserted(
        "Gunmen kill 12 in Honduras bar\n\nTEGUCIGALPA (Reuters) - Gunmen killed 12 people in a "
        "bar in San Pedro Sula late on Saturday, police said."
    )
    assert len(events) == 1 and events[0]["killed_low"] == 12


def test_a_headline_whose_event_the_story_does_not_tell_is_kept() -> None:
    events = _asserted(
        "Troops seize rebel town\n\nGOMA (Reuters) - Aid agencies said on Sunday that food was "
        "running short in camps around Goma after weeks of unrest in the province."
    )
    assert [e["type"] for e in events] == ["territory_capture"]


def test_a_claim_for_the_attack_takes_the_kind_of_the_lead_event() -> None:
    events = _asserted(
        "MOGADISHU (Reuters) - A car bomb exploded outside a hotel in Mogadishu on Saturday, "
        "killing at least nine people, police said.\n\nSecurity forces later killed three "
        "gunmen near the hotel, a police officer said.\n\nThe al Shabaab group said it carried "
        "out the attack."
    )
    # "it" is coded as what it takes up (README "Pronoun doers")
    claim = [e for e in events if (e["actor"] or {}).get("text") == "The al Shabaab group"]
    assert [e["type"] for e in claim] == ["bombing"]


def test_separate_incidents_on_other_days_and_places_stay_apart() -> None:
    events = _asserted(
        "KABUL (Reuters) - A roadside bomb killed four soldiers in Helmand on Sunday, officials "
        "said. The blast in Kandahar on Monday killed two policemen."
    )
    assert sorted(e["killed_low"] for e in events) == [2, 4]
    events = _asserted(
        "DAMASCUS (Reuters) - Jets struck a market in Douma on Monday, killing 20 people, the "
        "Observatory said.\n\nThe strikes came a day after rebels shelled Damascus, killing six "
        "people."
    )
    assert sorted(e["type"] for e in events) == ["air_strike", "shelling"]


def test_a_reaction_that_judges_the_event_as_its_object_points_back() -> None:
    """Session 13: "the envoy condemned the attack" is no version of its own, whoever says it."""
    events = _asserted(
        "HARGEISA (AFP) - Gunmen attacked a police post near Burao on Saturday, killing four "
        "officers, the regional governor said.\n\nThe police chief said the gunmen escaped on "
        "foot.\n\nThe United Nations envoy condemned the attack in a statement on Sunday."
    )
    assert len(events) == 1 and events[0]["killed_low"] == 4


def test_a_toll_that_rises_is_the_toll_of_the_event_told_before() -> None:
    events = _asserted(
        "QUETTA (Reuters) - A bomb ripped through a crowded bus stand in Quetta on Monday, "
        "killing 11 people, police said.\n\nShopkeepers closed their stalls and the army "
        "cordoned off the area.\n\nThe death toll from the blast rose to 17 on Tuesday, a "
        "hospital official said."
    )
    assert [e["type"] for e in events] == ["bombing"]


def test_a_toll_of_another_event_stays_an_event() -> None:
    events = _asserted(
        "QUETTA (Reuters) - A bomb ripped through a crowded bus stand in Quetta on Monday, "
        "killing 11 people, police said.\n\nShopkeepers closed their stalls.\n\nIn a separate "
        "attack, gunmen shot dead three policemen at a checkpoint in Turbat on Tuesday."
    )
    assert len(events) == 2
