"""Whose side acts, session 11 (real model; sentences written for these tests): a state's whole
name of several words is one owner ("Papua New Guinea", "South Sudan", "Equatorial Guinea": no
Guinea or Sudan inside it), a generic armed noun tied by "of" to a named group is the group's
whatever people the words before it name, and a group named in the plural is written in the
singular before a noun ("Tamil Tiger suicide bombers")."""

from __future__ import annotations

from typing import Any

import pytest

from loaders.extraction.actors import resolve_actor
from tests.test_extraction_roles import extract


def _actor_country(text: str) -> str | None:
    events = [e for e in extract(text, "2001-06-01")["events"] if e["stance"] == "assert"]
    assert events, text
    actor: dict[str, Any] = events[0]["actor"] or {}
    return actor.get("country")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Papua New Guinea troops shot dead four rebels near Arawa on Monday.", "PNG"),
        ("South Sudan soldiers killed six rebels near Malakal on Friday, the army said.", "SSD"),
        ("Equatorial Guinea police shot dead two fishermen near Bata on Sunday.", "GNQ"),
    ],
)
def test_a_state_of_several_words_is_one_owner(text: str, country: str) -> None:
    assert _actor_country(text) == country


def test_a_group_after_of_owns_the_armed_noun() -> None:
    text = "Kurdish fighters of the PKK killed three soldiers near Semdinli, the army said."
    assert _actor_country(text) == "TUR"


def test_a_plural_group_in_the_singular_before_a_noun() -> None:
    assert resolve_actor("Tamil Tiger gunmen").country == "LKA"
    assert resolve_actor("Tiger") is None  # one word alone names no group
    assert resolve_actor("Abkhaz separatist fighters").sector == "SEP"
