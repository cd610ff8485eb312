"""Session 13's three coding questions of wire paragraphs (tests/devset_world/README.md, "Three
coding questions decided"): the dateline as a place, the other side's version of an event, and
a toll's source in a joined clause (real model; own sentences, none of the dev items)."""

from __future__ import annotations

from tests.test_extraction_roles import extract, name


def _events(text: str) -> list[dict]:
    return extract(text)["events"]


def _place(event: dict) -> str | None:
    return (event["location"] or {}).get("text")


def _claimant(event: dict) -> str | None:
    return (event["claimant"] or {}).get("text")


def test_a_toll_given_in_a_joined_clause_names_the_claimant() -> None:
    said_after = _events(
        "TUNIS (Reuters) - Gunmen attacked a police station on Sunday, and the interior "
        "ministry said seven officers were killed."
    )
    assert [_claimant(e) for e in said_after] == ["the interior ministry"]
    assert said_after[0]["killed_low"] == 7
    said_last = _events(
        "TUNIS (Reuters) - Gunmen attacked a police station on Sunday, and seven officers died, "
        "the interior ministry said."
    )
    assert [_claimant(e) for e in said_last] == ["the interior ministry"]
    according = _events(
        "HARARE (Reuters) - Soldiers fired on a crowd of demonstrators on Monday, killing six, "
        "according to a rights group."
    )
    assert [_claimant(e) for e in according] == ["a rights group"]


def test_a_joined_clause_with_an_event_of_its_own_is_no_toll_source() -> None:
    events = _events(
        "Rebels shelled the town of Kadugli on Monday, killing two children, and the army said "
        "its troops had attacked rebel positions in the hills."
    )
    assert _claimant(events[0]) is None


def test_the_dateline_places_a_lead_that_names_nothing_else() -> None:
    events = _events(
        "TUNIS (Reuters) - A car bomb exploded outside a police station on Sunday, killing seven "
        "people, according to a hospital official."
    )
    assert _place(events[0]) == "TUNIS"  # "outside" a site is no elsewhere


def test_words_of_a_source_place_nothing() -> None:
    events = _events(
        "TUNIS (Reuters) - Gunmen attacked a police station on Sunday, and seven officers died, "
        "regional officials said."
    )
    assert _place(events[0]) == "TUNIS"


def test_a_direction_or_an_area_keeps_the_dateline_out() -> None:
    north = _events(
        "COLOMBO (Reuters) - Rebels attacked an army post in the north on Monday, killing nine "
        "soldiers, the military said."
    )
    assert _place(north[0]) is None
    coast = _events(
        "ADEN, Yemen (AP) - Drones struck a fuel depot on the coast on Friday, killing a guard, "
        "port officials said."
    )
    assert _place(coast[0]) is None


def test_the_dateline_places_a_second_event_of_a_local_paragraph() -> None:
    events = _events(
        "KANDAHAR (Reuters) - A roadside bomb hit a police vehicle on Tuesday, killing four "
        "officers, a police spokesman said. A second bomb wounded two children an hour later, "
        "he said."
    )
    assert [_place(e) for e in events] == ["KANDAHAR", "KANDAHAR"]


def test_another_sides_version_keeps_no_dateline_but_a_denial_does() -> None:
    version = _events(
        "KANDAHAR (Reuters) - A roadside bomb hit a police vehicle on Tuesday, killing four "
        "officers, a police spokesman said. The Taliban said their fighters had planted the bomb."
    )
    assert [_place(e) for e in version] == ["KANDAHAR", None]
    denial = _events(
        "JUBA (Reuters) - Soldiers shot dead 12 civilians in a market on Friday, a rights group "
        "said. The army denied killing civilians."
    )
    assert [(e["stance"], _place(e)) for e in denial] == [("assert", "JUBA"), ("deny", "JUBA")]
    assert name(denial[1]["target"]) == "Civilians"


def test_a_counter_version_with_a_generic_verb_keeps_the_type() -> None:
    events = _events(
        "ADDIS ABABA (Reuters) - Troops shelled the town of Gondar on Monday, killing 11 people, "
        "a doctor said. The government said its forces had targeted rebel positions."
    )
    first, second = events
    assert first["type"] == second["type"] == "shelling"
    assert _claimant(second) == "The government" and second["target"]["text"] == "rebel positions"
    assert second["actor"]["text"] == "its forces" and _place(second) is None


def test_the_storys_own_country_in_a_sources_name_places_nothing() -> None:
    events = _events(
        "BUJUMBURA (Reuters) - Police fired on a crowd of students on Tuesday, killing two, "
        "according to the Burundi Red Cross."
    )
    assert _place(events[0]) == "BUJUMBURA"


def test_rounds_that_fell_on_a_place_are_a_shelling_not_a_trend() -> None:
    events = _events(
        "Shells fell on a residential area of Aden on Monday, and three people died, medics said."
    )
    assert [(e["type"], e["killed_low"], _claimant(e)) for e in events] == [
        ("shelling", 3, "medics")
    ]
    assert _events("Kidnappings fell sharply in the north last year, police said.") == []
