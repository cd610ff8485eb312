"""The event's place from grammar, not a gazetteer (real model; sentences written for these
tests, not dev-set items): a proper name a verb of assault on ground takes as its object
(`place_objects.py`), a camp of a name of its own, and a town of one name in several countries
read in the story's country (`place_namesakes.py`)."""

from __future__ import annotations

from loaders.extraction.mentions import place_of
from tests.test_event_untuned_roles import only_event, words
from tests.test_extraction_roles import asserted


def place(event: dict) -> str | None:
    return words(event["location"])


def test_a_village_raided_or_overrun_is_where_whatever_the_model_called_it() -> None:
    event = only_event(
        "Soldiers raided Kyauk Pyin Seik on Tuesday and killed 23 villagers, survivors said."
    )
    assert place(event) == "Kyauk Pyin Seik"
    event = only_event(
        "Militiamen stormed Ngolo Kanda at dawn, killing 17 herders, a local chief said."
    )
    assert place(event) == "Ngolo Kanda"


def test_a_name_attacked_is_where_only_when_the_victims_are_counted_apart() -> None:
    event = only_event("Gunmen attacked Bura Dugo overnight, killing nine farmers, police said.")
    assert place(event) == "Bura Dugo"
    event = only_event("Dozens of villagers were killed when militiamen attacked Wadi Kuru.")
    assert place(event) == "Wadi Kuru"
    # a person attacked is whom, not where
    event = only_event("Gunmen attacked Peter Okonkwo outside his home, police said.")
    assert place(event) is None and words(event["target"]) == "Peter Okonkwo"


def test_a_name_with_a_title_or_an_institution_word_is_no_place() -> None:
    events = asserted("Gunmen attacked Governor Musa Danjuma, killing two of his guards.")
    assert all(place(e) != "Musa Danjuma" for e in events)
    events = asserted("Militants attacked Kisumu Polytechnic College, killing 12 students.")
    assert all(place(e) is None or "College" not in place(e) for e in events)


def test_a_known_town_captured_is_ground_taken_and_a_person_seized_is_not() -> None:
    events = asserted("Separatist fighters captured Tskhinvali on Friday, residents said.")
    capture = next(e for e in events if e["type"] == "territory_capture")
    assert place(capture) == "Tskhinvali"
    events = asserted("Police seized Abu Hamza al-Masri at his home in London.")
    assert not [e for e in events if e["type"] == "territory_capture"]


def test_a_named_camp_is_a_settlement_but_a_group_s_camp_is_hit() -> None:
    event = only_event(
        "Militiamen shelled the Shatila camp in south Beirut on Monday, Palestinian sources said."
    )
    assert place(event) is not None and "Shatila" in place(event)
    assert event["target"] is None
    event = only_event("Government jets bombed an ELN camp in Arauca department, the army said.")
    assert place(event) is not None and "ELN" not in place(event)


def test_a_town_of_one_name_in_several_countries_is_the_story_s_own() -> None:
    event = only_event(
        "Saboteurs blew up a railway bridge near Songo, the Mozambican news agency said."
    )
    assert place(event) == "Songo" and event["location"]["country"] == "MOZ"
    event = only_event(
        "Guerrillas attacked an army post near San Vicente, a Salvadoran army spokesman said."
    )
    assert event["location"]["country"] == "SLV"


def test_victims_by_nationality_do_not_move_the_town() -> None:
    event = only_event("Gunmen shot dead two Spanish nuns near Valencia, police said.")
    assert event["location"]["country"] == place_of("Valencia").country  # the gazetteer's
    event = only_event(
        "Israeli aircraft struck Rafah on Saturday, killing six people, medical officials said."
    )
    assert event["location"]["country"] == "PSE"


def test_a_facility_named_after_its_town_is_there_and_near_names_the_anchor() -> None:
    events = asserted(
        "Rebel troops seized the Kalemie airport near Moba on Sunday, officials said."
    )
    capture = next(e for e in events if e["type"] == "territory_capture")
    assert place(capture) == "Kalemie"
    # a mall in a named town has the town as its place (README coding rule "Named sites")
    event = only_event("Gunmen stormed the Sarit shopping mall in Nairobi, killing four guards.")
    assert place(event) == "Nairobi"


def test_a_town_name_modifying_the_facility_hit_is_where() -> None:
    event = only_event("Navy jets bombed Haiphong fuel depots on Tuesday.")
    assert place(event) == "Haiphong"


def test_a_place_before_the_real_speaker_is_the_victims_not_the_speakers() -> None:
    event = only_event(
        "Guerrillas hacked to death 11 farmers in the highland village of Sallalli, a police "
        "report said on Monday."
    )
    assert place(event) == "Sallalli"
    event = only_event("Rebels shelled Goma on Sunday, officials in Kinshasa said.")
    assert place(event) == "Goma"


def test_places_of_two_countries_tied_are_decided_by_the_story_s_state_voices() -> None:
    event = only_event(
        "Speaking at talks in Nairobi, an Ethiopian army spokesman said rebels had killed 14 "
        "farmers in Dangila, in Amhara region."
    )
    assert event["actor"]["country"] == "ETH"


def test_the_town_or_there_takes_up_the_place_named_before() -> None:
    events = asserted(
        "Rebels seized the mining town of Numbi on Friday. Fighting there killed nine soldiers, "
        "a military source said."
    )
    assert [place(e) for e in events] == ["Numbi", "Numbi"]
    events = asserted(
        "Soldiers entered Kalonge on Monday. Two days later militiamen shelled the town, "
        "killing five civilians, a priest said."
    )
    assert {place(e) for e in events} == {"Kalonge"}
    # no place named before: "there" stays unplaced
    event = only_event("Fighting there killed nine soldiers, a military source said.")
    assert place(event) is None


def test_outside_in_a_clause_describing_the_victims_places_them() -> None:
    event = only_event(
        "Police opened fire on striking miners who blocked a road outside Rustenburg on "
        "Monday, killing three, witnesses said."
    )
    assert place(event) == "Rustenburg"
