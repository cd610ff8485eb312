"""Tallies, commands and references (README "Tallies, commands and references", second mined
round): a plural trigger counted by a large number or a total with no day in its clause, an
imperative, and a definite event a reference points at name no event told; each beside its
violent twin, on sentences written for these tests and the real model."""

from __future__ import annotations

import pytest

from tests.test_extraction_roles import asserted

NOT_EVENTS = [
    # a campaign's tally: a large count or a total with no day of its own
    "The air force has flown more than 300 strikes against the insurgents as part of its campaign.",
    "Hundreds of raids on farms were recorded across the province, the ministry said.",
    "A total of 35 car bombs and roadside explosions were reported in the district.",
    # an imperative: a command or a slogan, nothing done
    "The general set out his plan: encircle the town, shell the hills and storm the barracks.",
    "Kill the traitors, the leaflets read.",
    # a reference to a known event, whatever its details
    "The minister's remarks appeared to refer to the army's assault on the rebel camp in March.",
    "His speech made an allusion to the bombing of the railway station.",
]

EVENTS = [
    # a day's count is told; a small count is told
    "Government jets carried out 30 air strikes on rebel positions on Tuesday, a monitor said.",
    "Gunmen launched three attacks on police posts in the north of the country.",
    # a subject of its own: no imperative
    "Soldiers storm the barracks and kill five guards.",
    "Rebels shelled the hills and stormed the barracks, the army said.",
    # linked with its own particulars; a reference verb with no event noun after it
    "Artillery pounded the rebel camp, in what officials referred to as a warning.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_tallies_commands_and_references_tell_no_event(text: str) -> None:
    assert asserted(text) == [], text


@pytest.mark.parametrize("text", EVENTS)
def test_their_violent_twins_stay_events(text: str) -> None:
    assert asserted(text), text


def test_a_capitalised_command_after_a_colon_is_a_command() -> None:
    text = "The militia has a new doctrine on smugglers: Kill, burn and drive out them all."
    assert asserted(text) == [], text


def test_a_large_count_of_people_is_no_tally() -> None:
    text = "Gunmen stormed a hotel in the capital and took more than 200 hostages, police said."
    assert asserted(text), text
