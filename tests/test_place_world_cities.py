"""A world city's name means that city whoever tells the story (place_namesakes.WORLD_CITY_RATIO):
a story told by Washington or from Moscow does not move Damascus or Geneva to an American town of
the name; a namesake of comparable size is still read in the story's country."""

from __future__ import annotations

import pytest

from tests.test_extraction_doers import only


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("The State Department said on Friday that government jets had killed 40 people in "
         "an attack near Damascus.", "Damascus", "SYR"),
        ("A White House spokesman said artillery fire killed 12 civilians on the edge of "
         "Damascus on Monday.", "Damascus", "SYR"),
        ("The US embassy said a bomb exploded outside a bank in Geneva on Tuesday, killing "
         "two guards.", "Geneva", "CHE"),
    ],
)  # fmt: skip
def test_a_world_city_stays_where_it_is_when_foreign_voices_tell_the_story(
    text: str, place: str, country: str
) -> None:
    event = only(text)
    assert (event["location"]["text"], event["location"]["country"]) == (place, country)


def test_a_namesake_of_comparable_size_is_still_read_in_the_storys_country() -> None:
    event = only(
        "A car bomb exploded in Tripoli on Friday, killing six people. Hezbollah condemned the "
        "attack and the Lebanese army sealed off the area."
    )
    assert event["location"]["country"] == "LBN"


def test_a_town_abroad_of_some_20_000_people_is_no_world_city() -> None:
    """place_namesakes.WORLD_CITY_PEOPLE: Williston, North Dakota (27,000 people) is 8 times the
    South African village, but no world city: the story's voices mean their own village; a
    city of over 100,000 (Bedford, England, against the Eastern Cape village) keeps its name."""
    from loaders.extraction.pipeline import load_nlp
    from loaders.extraction.place_namesakes import story_place

    nlp = load_nlp()
    doc = nlp("South African police said robbers shot dead a farmer near Williston on Sunday.")
    place = story_place(doc, "Williston")
    assert place is not None and place.country == "ZAF"
    doc = nlp("South African police said robbers shot dead a farmer near Bedford on Sunday.")
    place = story_place(doc, "Bedford")
    assert place is not None and place.country == "GBR"


def test_the_people_hit_do_not_set_the_story_when_its_voices_name_a_state() -> None:
    """home_country.is_hit: "beat two Somali traders to death, Tanzanian police said" with no
    place the gazetteer knows is set where the police speak, not in the victims' country; with
    nothing else named, the people hit still say where ("Police beat Haitian teachers")."""
    event = only("A mob beat two Somali traders to death in Kisiju, Tanzanian police said.")
    assert (event["type"], event["actor"]["text"], event["actor"]["country"]) == (
        "riot",
        "A mob",
        "TZA",
    )
    event = only("Gunmen killed three Chinese workers at a gold mine on Sunday, police said.")
    assert event["actor"]["country"] == "CHN"  # nothing else named: the people hit


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Hundreds of protesters clashed with police in Chittagong on Monday, and 20 officers "
         "were hurt, police said.", "BGD"),
        ("A mob beat a suspected kidnapper to death in Ibadan on Saturday, police said.", "NGA"),
        ("Rioters attacked Chinese shopkeepers in Honiara on Wednesday, injuring five, police "
         "said.", "SLB"),
    ],
)  # fmt: skip
def test_a_crowd_with_no_country_word_is_of_its_place(text: str, country: str) -> None:
    """A crowd, a mob, rioters (the riot family) are local: the country of the place, not of
    the people they attack (coding rule "Countries of sides")."""
    event = only(text)
    assert (event["type"], event["actor"]["country"]) == ("riot", country)
