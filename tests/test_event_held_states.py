"""Who holds a place in the present passive is a state (real model;
loaders/extraction/events/held_states.py). Sentences written for these tests."""

from __future__ import annotations

from tests.test_extraction_roles import asserted


def _types(text: str) -> list[str]:
    return [e["type"] for e in asserted(text)]


def test_a_province_controlled_by_a_group_is_a_state() -> None:
    assert (
        _types("Marran province is controlled by the Southern Front, an alliance of rebels.") == []
    )


def test_districts_occupied_by_a_militia_are_a_state() -> None:
    assert _types("The eastern districts are occupied by the militia and its allies.") == []


def test_a_town_taken_in_the_past_passive_is_an_event() -> None:
    assert _types("The town of Karsa was captured by the militia on Sunday, a monitor said.") == [
        "territory_capture"
    ]
