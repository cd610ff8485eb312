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
