"""Places and targets from the frame they sit in (real model; sentences written for these
tests, not dev-set items): locative frames of places no table knows, the finest of several
places, the speaker's own seat, and the head noun of what an attack hit."""

from __future__ import annotations

from tests.test_event_untuned_roles import only_event, words
from tests.test_extraction_roles import extract


def place(event: dict) -> str | None:
    return (event.get("location") or {}).get("text")


def test_a_bare_name_near_a_site_is_a_place_the_gazetteer_lacks() -> None:
    event = only_event("Navy jets bombed rebel camps near Kalungwe overnight, a spokesman said.")
    assert place(event) == "Kalungwe"


def test_a_bare_name_after_at_on_the_verb_beats_its_island() -> None:
    event = only_event(
        "Gunmen attacked a police post at Tambea on Guadalcanal on Monday, killing a constable."
    )
    assert (place(event) or "").startswith("Tambea")


def test_an_institution_after_the_is_no_place() -> None:
    event = only_event(
        "Insurgents attacked a convoy outside Kandahar, officials at the Pentagon said."
    )
    assert place(event) == "Kandahar"


def test_a_name_that_goes_on_after_in_is_a_group_not_a_place() -> None:
    event = only_event("Drones struck fighters of al-Qaeda in the Islamic Maghreb on Tuesday.")
    assert place(event) != "Islamic Maghreb"


def test_the_town_beats_the_valley_it_lies_in() -> None:
    event = only_event("Warplanes struck a depot in the Bekaa valley near Baalbek on Friday.")
    assert place(event) == "Baalbek"


def test_an_unknown_village_named_first_beats_its_province() -> None:
    event = only_event("Soldiers killed nine farmers at the Kanjobal farm in Alta Verapaz.")
    assert "Kanjobal" in (place(event) or "")


def test_a_named_quarter_of_a_town_hit_by_the_verb_is_where() -> None:
    event = only_event("Rebels shelled the Qasr Ahmed district of Misrata, killing three people.")
    assert place(event) == "Qasr Ahmed district"


def test_the_district_of_a_province_keeps_the_district() -> None:
    event = only_event("Troops shelled the Zhari district of Kandahar province, police said.")
    assert "Zhari" in (place(event) or "")


def test_a_named_camp_attacked_is_where_not_its_country() -> None:
    event = only_event(
        "Rebels attacked the Kitgum Matidi camp for displaced people in northern Uganda, "
        "killing 20 people."
    )
    assert "Kitgum Matidi" in (place(event) or "")


def test_the_enclave_of_a_town_shelled_is_the_town() -> None:
    event = only_event("Artillery pounded the enclave of Zepa on Sunday, U.N. officials said.")
    assert place(event) == "Zepa"


def test_a_distance_away_from_a_village_places_the_event() -> None:
    event = only_event("A shell hit a school two miles away from the village of Kanjiri on Monday.")
    assert place(event) == "Kanjiri"


def test_the_entrance_to_a_town_places_the_event() -> None:
    event = only_event("A suicide bomber rammed a checkpoint at the entrance to Galkayo on Friday.")
    assert place(event) == "Galkayo"


def test_the_seat_of_the_ministry_that_speaks_is_not_where() -> None:
    event = only_event(
        "Rebels ambushed an army truck in Rukum district, killing six soldiers, the home "
        "ministry in Kathmandu said."
    )
    assert "Rukum" in (place(event) or "")


def test_doctors_at_a_hospital_in_a_town_who_speak_are_where() -> None:
    event = only_event(
        "Doctors at the main hospital in Aden said shells struck a residential district."
    )
    assert place(event) == "Aden"


def test_an_island_nation_is_a_nation_not_an_island() -> None:
    event = only_event("A drone struck a radar station in the Pacific island nation of Tuvalu.")
    assert place(event) != "Pacific island"


def test_the_hall_of_an_airport_gives_way_to_the_counted_dead() -> None:
    event = only_event(
        "Suicide bombers struck the arrivals hall of Karachi airport, killing 14 people."
    )
    assert (words(event["target"]) or "") == "14 people"


def test_a_convoy_of_vehicles_gives_way_to_the_soldiers_killed() -> None:
    event = only_event(
        "Six soldiers were killed when a convoy of Humvees came under rocket fire near Baiji."
    )
    assert "soldiers" in (words(event["target"]) or "")


def test_a_gathering_of_fighters_stays_the_target() -> None:
    event = only_event("Jets struck a gathering of militants near Sirte, killing 12 fighters.")
    assert "militants" in (words(event["target"]) or "")


def test_a_bomb_that_detonated_is_the_means_not_the_target() -> None:
    event = only_event("An explosive device detonated at a bus station in Jos, killing 18 people.")
    assert "device" not in (words(event["target"]) or "")


def test_what_a_bomb_tore_through_is_hit() -> None:
    event = only_event("A roadside bomb tore through a bus carrying workers near Quetta.")
    assert "bus" in (words(event["target"]) or "")


def test_the_passengers_a_minibus_bombing_left_dead_are_the_target() -> None:
    event = only_event(
        "A roadside bomb ripped through a minibus in Kandahar, leaving seven passengers dead."
    )
    assert (words(event["target"]) or "") == "seven passengers"
    assert event["killed_low"] == 7


def test_a_pronoun_hit_in_a_when_clause_is_the_subject_killed() -> None:
    event = only_event(
        "A local commander was killed on Monday when gunmen on a motorbike shot him outside "
        "his home in Kano."
    )
    assert "commander" in (words(event["target"]) or "")


def test_a_pronoun_shared_by_two_coordinated_verbs_is_one_act() -> None:
    events = [
        e
        for e in extract(
            "Gunmen shot dead a village headman and beheaded him in Yala province, police said."
        )["events"]
        if e["stance"] == "assert"
    ]
    assert len(events) == 1 and "headman" in (words(events[0]["target"]) or "")


def test_territory_struck_is_where_not_whom() -> None:
    event = only_event(
        "A border guard was killed after a drone struck Armenian territory near Jermuk."
    )
    assert "territory" not in (words(event["target"]) or "")


def test_a_spokesman_who_told_reporters_is_the_claimant_not_the_doers() -> None:
    event = only_event(
        "Gunmen killed five farmers near Jos, a spokesman for the state governor told reporters."
    )
    assert event["claimant"]["text"] == "a spokesman for the state governor"


def test_people_abducted_from_a_village_were_taken_there() -> None:
    event = only_event(
        "Gunmen abducted 30 schoolgirls from the village of Gidan Bako in Zamfara state."
    )
    assert place(event) == "Gidan Bako"


def test_a_place_no_table_knows_takes_the_country_of_the_story() -> None:
    event = only_event(
        "Nigerian troops said gunmen killed 12 villagers near Kwatas in Nigeria's Benue state."
    )
    assert event["location"]["country"] == "NGA"


def test_with_no_place_of_its_own_the_victims_clause_places_the_event() -> None:
    event = only_event(
        "A local journalist who had gone into hiding in Beledweyne was shot dead by gunmen."
    )
    assert place(event) == "Beledweyne"


def test_a_role_told_in_the_victims_clause_is_no_place() -> None:
    event = only_event(
        "A drone strike killed a general who was in charge of security operations in Nigeria."
    )
    assert place(event) is None
