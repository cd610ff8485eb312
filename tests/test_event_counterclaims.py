"""Counter-claims: another side's version of an event is its own event report, with its own
claimant and target, of the same family, and its own-side actor resolved (real model)."""

from __future__ import annotations

from loaders.extraction.events.retold import link_retellings
from tests.test_extraction_roles import extract, name


def test_a_sides_own_version_is_a_second_report_with_its_target() -> None:
    result = extract(
        "Israeli aircraft struck a school in Gaza on Sunday, killing 20 people, the health "
        "ministry said. The Israeli military said it had targeted Hamas fighters."
    )
    first, second = result["events"]
    assert first["type"] == second["type"] == "air_strike"
    assert name(first["target"]) == "Civilians" and name(second["target"]) == "Hamas"
    assert name(second["claimant"]) == "Israel" and name(second["actor"]) == "Israel"
    assert second["stance"] == "assert"


def test_a_denial_is_a_denied_report_of_the_same_strike() -> None:
    result = extract(
        "Turkish drones struck a village near Qamishli on Friday, killing six civilians, "
        "local officials said. Turkey denied hitting civilians."
    )
    first, second = result["events"]
    assert (first["stance"], second["stance"]) == ("assert", "deny")
    assert name(second["actor"]) == name(first["actor"]) == "Turkey"


def _event(actor: dict | None, claimant: dict | None, stance: str = "assert") -> dict:
    return {"type": "air_strike", "stance": stance, "actor": actor, "claimant": claimant,
            "location": None, "date_text": None}  # fmt: skip


def test_a_report_with_its_own_named_actor_is_not_a_retelling() -> None:
    russia = {"name": "Russia", "country": "RUS", "sector": "MIL", "kind": "state", "text": "x"}
    us = {"name": "United States", "country": "USA", "sector": "MIL", "kind": "state"}
    monitor = {"name": "Monitor", "sector": "NGO"}
    events = [_event(russia, monitor), _event(us, {"name": "Pentagon", "sector": "MIL"})]
    link_retellings(events, [0, 1], lambda t: "strike")
    assert events[1]["actor"]["name"] == "United States"
    own = {"name": "Military forces", "country": None, "sector": "MIL", "kind": "agent",
           "text": "its forces", "start": 5, "end": 15}  # fmt: skip
    events = [_event(russia, monitor), _event(own, {"name": "Russia", "sector": "MIL"})]
    link_retellings(events, [0, 1], lambda t: "strike")
    assert events[1]["actor"]["name"] == "Russia"
    assert events[1]["actor"]["text"] == "its forces" and events[1]["actor"]["start"] == 5


def test_a_sides_denial_without_an_actor_denies_its_own_act() -> None:
    result = extract(
        "Air strikes hit a market in Maarat al-Numan on Monday, killing 20 civilians, rebels "
        "said. Russia denied hitting civilians in the area."
    )
    first, second = result["events"]
    assert first["actor"] is None  # the accusers name no one: the denial is Russia's own
    assert second["stance"] == "deny" and name(second["actor"]) == "Russia"
    assert name(second["target"]) == "Civilians"


def test_the_denier_not_the_earlier_actor_is_the_actor_of_its_denial() -> None:
    syria = {"name": "Syria", "country": "SYR", "sector": "MIL", "kind": "state"}
    russia = {"name": "Russia", "country": "RUS", "sector": "GOV", "kind": "state",
              "text": "Moscow", "start": 40, "end": 46}  # fmt: skip
    monitor = {"name": "Monitor", "country": None, "sector": "NGO", "kind": "monitor"}
    events = [_event(syria, monitor), _event(None, russia, stance="deny")]
    link_retellings(events, [0, 1], lambda t: "strike")
    assert events[1]["actor"]["name"] == "Russia" and events[1]["actor"]["start"] == 40
    # a monitor denying a report is no side denying its own act: it retells the earlier one
    events = [_event(syria, monitor), _event(None, {**monitor, "name": "Observatory"}, "deny")]
    link_retellings(events, [0, 1], lambda t: "strike")
    assert events[1]["actor"]["name"] == "Syria"


def test_a_sides_version_names_who_holds_the_positions_it_hit() -> None:
    result = extract(
        "Air strikes hit a market in the town on Monday, killing 12 civilians, activists said. "
        "The army said its jets had targeted gatherings and positions of Nusra Front terrorists."
    )
    second = result["events"][-1]
    assert name(second["target"]) == "Nusra Front" and second["target"]["text"] == "gatherings"
    held = extract("Russian jets bombed oil facilities held by Islamic State near Raqqa.")
    assert name(held["events"][0]["target"]) == "Islamic State"


def test_a_states_organ_telling_of_unnamed_air_strikes_on_armed_groups_tells_of_its_own() -> None:
    own = extract("Air strikes killed 30 militants near Kidal on Monday, the Malian army said.")[
        "events"
    ][0]
    assert own["type"] == "air_strike" and own["actor"] is not None
    assert own["actor"]["country"] == "MLI" and own["actor"]["start"] is None  # no words of its own
    # the same organ counting civilians killed by air strikes accuses someone: no actor is guessed
    accusation = extract(
        "At least six people were killed in an air strike on a village near Gao on Monday, the "
        "Malian army said."
    )["events"][0]
    assert accusation["actor"] is None


def test_a_target_held_by_a_group_is_that_group() -> None:
    for text in (
        "Army jets hit vehicles belonging to al-Shabaab fighters near Jilib on Monday.",
        "Army jets struck rebel-held positions near Jilib on Monday.",
        'The army said its jets had killed 50 "terrorists" near Jilib on Monday.',
    ):
        event = extract(text)["events"][0]
        assert event["target"] is not None and event["target"]["sector"] in ("REB", "IMG"), text
