"""Doers and places across sentences (session 10's doers round, README "Pronoun doers"): a
pronoun doer is coded as what it takes up; "the capital" of a capital-datelined story; the town
a namesake name means in its story; the scene of doers taken up from the sentence before."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extraction_roles import asserted


def only(text: str, event_type: str | None = None) -> dict[str, Any]:
    events = [e for e in asserted(text) if event_type is None or e["type"] == event_type]
    assert len(events) == 1, events
    return events[0]


def words(ref: dict[str, Any] | None) -> str | None:
    return ref["text"] if ref else None


@pytest.mark.parametrize(
    ("text", "doer", "country"),
    [
        ("The Houthi movement said on Sunday it had fired a ballistic missile at the Saudi "
         "city of Jizan.", "The Houthi movement", "YEM"),
        ("Rebels of the Karen National Union said they had overrun an army outpost near "
         "Myawaddy on Monday.", "Rebels of the Karen National Union", "MMR"),
        ("MANAGUA, Nicaragua (Reuters) - The Sandinista army said on Monday it had killed "
         "32 Contra rebels in fighting near the Honduran border.", "The Sandinista army", "NIC"),
    ],
)  # fmt: skip
def test_the_pronoun_a_speaker_uses_for_itself_is_the_speaker(
    text: str, doer: str, country: str
) -> None:
    event = only(text)
    assert words(event["actor"]) == doer
    assert event["actor"]["country"] == country


def test_a_pronoun_opening_the_next_sentence_is_the_doers_told_before() -> None:
    event = only(
        "Masked gunmen stopped a minibus on the road to Garissa on Friday. They shot dead "
        "nine passengers, police said.",
        "killing",
    )
    assert words(event["actor"]) == "Masked gunmen"
    assert words(event["claimant"]) == "police"  # the reporting frame is no doer


def test_a_speakers_pronoun_in_an_adverbial_clause_of_a_passive_is_the_speaker() -> None:
    event = only(
        "Police said on Saturday that a curfew had been imposed in Bouake as they battled "
        "gunmen in the city's northern districts.",
        "armed_clash",
    )
    assert words(event["actor"]) == "Police"


def test_a_pronoun_in_a_quotation_and_a_victim_pronoun_are_left_alone() -> None:
    quoted = only('Gunmen raided the village on Monday. "They shot anyone who ran," a farmer said.')
    assert words(quoted["actor"]) == "Gunmen"  # the raid, not the quoted "They"
    victims = only(
        "Two aid workers drove into the town of Garissa on Monday. They were shot dead by "
        "gunmen at a checkpoint, police said."
    )
    assert words(victims["actor"]) == "gunmen"  # "They" were the victims, not the doers


def test_a_relative_pronoun_doer_is_the_noun_it_describes_never_a_victim() -> None:
    event = only("The men who kidnapped the engineers released a video on Tuesday.", "abduction")
    assert words(event["actor"]) == "The men"
    killed = only("A drone strike killed Abu Omar, who had led raids on army posts.", "air_strike")
    assert words(killed["actor"]) != "Abu Omar"


def test_its_strike_is_the_owners_but_its_missiles_keep_their_words() -> None:
    strike = only(
        "The U.S. Africa Command said its strike had killed eight al Shabaab militants.",
        "air_strike",
    )
    assert words(strike["actor"]) == "The U.S. Africa Command"
    missiles = only("Russia's defence ministry said its missiles had hit an arms depot.")
    assert words(missiles["actor"]) != "Russia's defence ministry"


def test_the_capital_of_a_capital_datelined_story_is_the_dateline_city() -> None:
    event = only(
        "ISLAMABAD (Reuters) - A suicide bomber struck a police training centre in the "
        "capital on Monday, killing nine recruits, police said."
    )
    assert (event["location"]["name"], event["location"]["country"]) == ("Islamabad", "PAK")


def test_the_capital_elsewhere_or_named_is_not_the_dateline() -> None:
    north = only(
        "MOGADISHU, Somalia (AP) -- Gunmen killed three aid workers in an attack on a convoy "
        "north of the capital on Thursday, the United Nations said."
    )
    assert north["location"] is None  # north of it: somewhere else
    named = only(
        "The army launched an offensive against gunmen holding hostages in the capital, "
        "Ouagadougou, on Friday."
    )
    assert named["location"]["name"] == "Ouagadougou"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Forces loyal to Khalifa Haftar shelled Mitiga airport in Tripoli on Tuesday, wounding "
         "three civilians. Flights were diverted to Misrata.", "LBY"),
        ("A car bomb exploded in Tripoli on Friday, killing six people. Hezbollah condemned the "
         "attack and the Lebanese army sealed off the area.", "LBN"),
    ],
)  # fmt: skip
def test_a_namesake_city_is_the_one_of_the_storys_other_places_and_sides(
    text: str, country: str
) -> None:
    event = only(text)
    assert (event["location"]["text"], event["location"]["country"]) == ("Tripoli", country)


def test_doers_taken_up_act_where_the_sentence_before_put_them() -> None:
    event = only(
        "Suspected Boko Haram fighters rode into the village of Kukawa on motorcycles late on "
        "Saturday. The attackers shot dead 40 farmers, a local official said."
    )
    assert event["location"]["text"] == "Kukawa"
    own = asserted(
        "Al-Shabaab fighters overran an African Union base at El Adde on Friday. The group "
        "said it had killed more than 60 Kenyan soldiers."
    )
    version = [e for e in own if words(e["claimant"]) == "The group"]
    assert version and version[0]["location"] is None  # a side's own version, placed as told
