"""Target and place forms of world wire copy (real model; sentences written for these tests,
not dev-set items): what an attack was meant to hit, facilities and their parts, objects
fired into, named facilities, vehicles that are bombs, tolls told in the next sentence or as
"leaving N dead", and places the text positions by province, bearing or owner."""

from __future__ import annotations

from tests.test_event_untuned_roles import only_event, words
from tests.test_extraction_roles import extract


def test_a_purpose_clause_names_what_the_strikes_were_meant_to_hit() -> None:
    event = only_event(
        "Israeli aircraft carried out strikes to destroy a Hezbollah weapons depot, the army said."
    )
    assert "depot" in words(event["target"])


def test_a_participle_after_the_strikes_names_what_they_destroyed() -> None:
    events = extract(
        "The coalition said it had carried out six air strikes near Mosul, destroying three "
        "Islamic State fighting positions."
    )["events"]
    strikes = [e for e in events if e["type"] == "air_strike"]
    assert len(strikes) == 1 and "positions" in words(strikes[0]["target"])


def test_the_facility_an_act_happened_at_is_hit_and_its_town_is_where() -> None:
    event = only_event(
        "A militant group claimed responsibility for a suicide bombing at a checkpoint in Baidoa."
    )
    assert words(event["target"]) == "a checkpoint"
    assert event["location"]["text"] == "Baidoa"


def test_the_building_whose_gate_a_bomber_blew_himself_up_at_is_hit() -> None:
    event = only_event(
        "A suicide bomber blew himself up at the gate of a police academy in Quetta."
    )
    assert words(event["target"]) == "a police academy"
    assert event["location"]["text"] == "Quetta"


def test_what_rockets_were_fired_into_is_hit() -> None:
    event = only_event("Militiamen fired rockets into a refugee camp near Goma, aid workers said.")
    assert words(event["target"]) == "a refugee camp"
    assert event["location"]["text"] == "Goma"


def test_a_facility_named_by_its_town_is_hit_and_the_town_is_where() -> None:
    event = only_event("Insurgents fired mortars at Mogadishu airport on Sunday, police said.")
    assert words(event["target"]) == "Mogadishu airport"
    assert event["location"]["text"] == "Mogadishu"


def test_a_vehicle_packed_with_explosives_is_the_bomb_not_the_target() -> None:
    event = only_event("A truck packed with explosives was detonated outside a hotel in Kabul.")
    assert words(event["target"]) != "A truck"
    assert event["location"]["text"] == "Kabul"


def test_the_streets_of_a_town_are_where_and_the_dead_are_whom() -> None:
    event = only_event("A journalist was killed in an attack on the streets of Karachi.")
    assert words(event["target"]) == "A journalist"
    assert event["location"]["text"] == "Karachi"


def test_a_toll_told_in_the_next_sentence_belongs_to_the_bombing() -> None:
    events = extract(
        "A car bomb exploded outside a courthouse in Peshawar on Monday. Twelve people were killed."
    )["events"]
    assert [e["type"] for e in events] == ["bombing"]
    assert words(events[0]["target"]) == "Twelve people"
    assert (events[0]["killed_low"], events[0]["killed_high"]) == (12, 12)


def test_the_people_an_explosion_left_dead_are_its_victims() -> None:
    event = only_event("A roadside bomb exploded near Lashkar Gah, leaving nine passengers dead.")
    assert words(event["target"]) == "nine passengers"
    assert event["killed_low"] == 9


def test_a_name_the_text_places_in_a_province_beats_the_province() -> None:
    event = only_event("Gunmen killed four farmers in Gidan Dodo, in Zamfara state, police said.")
    assert event["location"]["text"] == "Gidan Dodo"


def test_a_place_given_by_its_bearing_from_a_town() -> None:
    camp = only_event("Government artillery shelled a displaced persons camp south of Kadugli.")
    assert camp["location"]["text"] == "Kadugli"
    village = only_event("Jihadists killed 12 villagers in Ndaki, east of Gao, residents said.")
    assert village["location"]["text"] == "Ndaki"


def test_a_district_owned_by_a_province_of_several_words_is_finer() -> None:
    event = only_event(
        "Militants attacked a police checkpoint in Jammu and Kashmir's Pulwama district, killing "
        "three policemen."
    )
    assert event["location"]["text"].startswith("Pulwama")  # not the state


def test_the_name_of_a_cemetery_is_not_the_town_it_lies_in() -> None:
    event = only_event("Soldiers opened fire on mourners at the San Pedro cemetery in Trujillo.")
    assert event["location"]["text"] == "Trujillo"


def test_the_noun_a_relative_clause_of_attack_modifies_is_hit() -> None:
    event = only_event("Elders asked the gang to free the nine nurses it kidnapped in Zaria.")
    assert event["type"] == "abduction"
    assert words(event["target"]) == "the nine nurses"


def test_a_convoy_between_two_towns_is_placed_at_the_first() -> None:
    event = only_event(
        "Suspected jihadists ambushed a military convoy between Djibo and Namsiger, killing 12 "
        "soldiers, security sources said."
    )
    assert event["location"]["text"] == "Djibo"


def test_shot_dead_victims_carry_no_death_word() -> None:
    event = only_event("Gunmen shot dead two policemen in Peshawar on Monday, police said.")
    assert words(event["target"]) == "two policemen"


def test_the_place_of_the_source_is_not_where() -> None:
    event = only_event(
        "Fourteen fighters were killed in an air strike on a militant compound, according to "
        "the journalists union of Northern Cyprus."
    )
    assert event["location"] is None


def test_a_group_whose_name_is_near_a_towns_is_no_place() -> None:
    event = only_event("Israeli aircraft struck Hamas posts overnight, the army said.")
    assert event["location"] is None  # not Hama, Syria


def test_districts_named_after_of_or_owned_by_a_town() -> None:
    of = only_event(
        "Militants attacked a police station in the Pakistani district of Dera Ismail Khan, "
        "killing six officers."
    )
    assert "Khan" in of["location"]["text"]
    owned = only_event("An explosion at a mosque in Zahedan's Makki district killed 5 people.")
    assert owned["location"]["text"] == "Makki district"


def test_a_common_noun_the_model_calls_a_facility_is_no_named_place() -> None:
    event = only_event(
        "He was in the metro's ticket hall when gunmen opened fire on a guard, police said."
    )
    assert event["location"] is None


def test_the_next_sentences_toll_of_an_ambushed_patrol_names_the_dead() -> None:
    events = extract("Insurgents ambushed a police patrol in Diyala. Five officers were killed.")[
        "events"
    ]
    assert [e["type"] for e in events] == ["armed_clash"]
    assert words(events[0]["target"]) == "Five officers"


def test_a_count_of_them_is_part_of_the_object_before() -> None:
    event = only_event(
        "A Turkish drone flew over a convoy of Kurdish fighters near Qamishli, killing seven of "
        "them, a monitor said."
    )
    assert words(event["target"]) == "a convoy of Kurdish fighters"


def test_the_outskirts_of_a_town_and_a_local_government_area_are_where() -> None:
    outskirts = only_event("Insurgents shelled the outskirts of Sirte on Monday.")
    assert outskirts["target"] is None and outskirts["location"]["text"] == "Sirte"
    area = only_event("Bandits killed 23 people in Zurmi local government area of Zamfara state.")
    assert area["location"]["text"] == "Zurmi"


def test_with_people_killed_the_people_are_hit_not_the_doers() -> None:
    event = only_event(
        "Rebels attacked the town of Beni, with 12 civilians killed, officials said."
    )
    assert words(event["actor"]) == "Rebels"
    assert words(event["target"]) == "12 civilians"


def test_two_sides_of_one_country_are_both_kept() -> None:
    event = only_event(
        "North Vietnamese tanks overran a South Vietnamese firebase north of Quang Tri."
    )
    assert words(event["target"]) == "a South Vietnamese firebase"
    own = only_event("The Houthi spokesman said their missiles hit their targets in Riyadh.")
    assert own["target"] is None  # "their targets": the speaker's side names no one hit


def test_a_named_district_the_model_calls_a_people_is_a_place() -> None:
    event = only_event(
        "A car bomb exploded near the Sultanahmet district, an old quarter of Istanbul, killing "
        "ten tourists."
    )
    assert event["location"]["text"] == "Sultanahmet district"
