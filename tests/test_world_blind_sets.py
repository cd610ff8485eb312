"""The world dev set's blind sets: each covers what its README section says (countries,
decades, kinds of copy, traps) and holds only its own items."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from models.codes import EVENT_STANCES, TOLL_KINDS
from tests.benchmarks.scoring import event_families
from tests.world_items import (
    CONTINENTS,
    WORLD,
    assert_blind_set_of_stories_and_own_copy,
    wire_paragraph_set,
)


def test_world_blind_set_covers_the_world_and_every_kind() -> None:
    blind = [item for item in WORLD if item["split"] == "blind"]
    assert len(blind) >= 100
    assert len({item["country"] for item in blind}) >= 30
    assert {"197", "198", "199", "200", "201", "202"} <= {i["published"][:3] for i in blind}
    asserted = [i for i in blind if any(e["stance"] == "assert" for e in i["events"])]
    assert 0.4 <= len(asserted) / len(blind) <= 0.6
    kinds = Counter(tag.split(":")[0] for item in blind for tag in item["tags"])
    for kind in ("negative", "modality", "toll", "role"):
        assert kinds[kind] >= 10, f"blind set has {kinds[kind]} {kind} tags"


def test_world_third_blind_set_samples_stories_and_own_copy() -> None:
    """blind3 (README, "Third blind set"): about 70 NGEC passages from rows whose index is 0
    modulo 7, two from each sampled story, and about 30 own items from five decades."""
    blind3 = [item for item in WORLD if item["split"] == "blind3"]
    assert len(blind3) >= 90
    synthetic = [item for item in blind3 if item["origin"].startswith("ngec:")]
    assert all(int(item["origin"][5:]) % 7 == 0 for item in synthetic)
    assert 0.6 <= len(synthetic) / len(blind3) <= 0.75
    own = [item for item in blind3 if item["origin"] == "own"]
    assert {"197", "198", "199", "200", "201", "202"} <= {i["published"][:3] for i in own}
    assert len({item["country"] for item in blind3}) >= 30
    kinds = Counter(tag.split(":")[0] for item in blind3 for tag in item["tags"])
    for kind in ("negative", "modality", "toll", "role"):
        assert kinds[kind] >= 5, f"blind3 has {kinds[kind]} {kind} tags"


def test_world_fourth_blind_set_samples_stories_of_every_label_and_own_wire_copy() -> None:
    """blind4 (README, "Blind set 4"): about 55 NGEC passages of every PLOVER label and about 45
    own wire items from five decades, 35 countries or more on every continent, most items with
    no asserted event, every hard kind tagged."""
    blind4 = assert_blind_set_of_stories_and_own_copy("blind4")
    assert len({item["country"] for item in blind4}) >= 35


def test_world_fifth_blind_set_samples_stories_of_every_label_and_own_wire_copy() -> None:
    """blind5 (README, "Blind set 5"): about 55 NGEC passages of every PLOVER label from rows no
    other item quotes and about 45 own wire items from five decades set in rarely used countries;
    30 countries or more on every continent, most items with no asserted event."""
    blind5 = assert_blind_set_of_stories_and_own_copy("blind5")
    own = [item for item in blind5 if item["origin"] == "own"]
    assert len({item["country"] for item in blind5}) >= 30
    assert len({item["country"] for item in own}) >= 30
    own_quiet = [i for i in own if not any(e["stance"] == "assert" for e in i["events"])]
    assert 0.3 <= len(own_quiet) / len(own) <= 0.5, "about 40% of own items assert no event"


def test_world_sixth_blind_set_samples_stories_of_every_label_and_own_wire_copy() -> None:
    """blind6 (README, "Blind set 6"): 55 NGEC passages of every PLOVER label from rows no other
    item quotes and 45 own wire items from five decades set in rarely used countries, each in
    its own country; 30 countries or more on every continent, most items with no asserted event."""
    blind6 = assert_blind_set_of_stories_and_own_copy("blind6")
    own = [item for item in blind6 if item["origin"] == "own"]
    assert len({item["country"] for item in blind6}) >= 30
    assert len({item["country"] for item in own}) == len(own) == 45
    own_quiet = [i for i in own if not any(e["stance"] == "assert" for e in i["events"])]
    assert 0.3 <= len(own_quiet) / len(own) <= 0.5, "about 40% of own items assert no event"


def test_world_seventh_blind_set_samples_stories_of_every_label_and_own_wire_copy() -> None:
    """blind7 (README, "Blind set 7"): 55 NGEC passages of every PLOVER label from rows no other
    item quotes and 45 own wire items from five decades, each in its own rarely used country;
    30 countries or more on every continent, most items with no asserted event."""
    blind7 = assert_blind_set_of_stories_and_own_copy("blind7")
    own = [item for item in blind7 if item["origin"] == "own"]
    assert len({item["country"] for item in blind7}) >= 30
    assert len({item["country"] for item in own}) == len(own) == 45
    own_quiet = [i for i in own if not any(e["stance"] == "assert" for e in i["events"])]
    assert 0.3 <= len(own_quiet) / len(own) <= 0.5, "about 40% of own items assert no event"


def test_world_eighth_blind_set_is_own_copy_of_five_decades_and_every_continent() -> None:
    """blind8 (README, "Blind set 8"): 100 own items in wire and newspaper styles, 45 countries
    or more on every continent, every decade 1970s-2020s, about 55% asserting a violent event,
    the rest traps of every hard kind."""
    items = [item for item in WORLD if item["split"] == "blind8"]
    assert len(items) == 100 and all(item["origin"] == "own" for item in items)
    countries = {item["country"] for item in items}
    assert len(countries) >= 45
    for continent, members in CONTINENTS.items():
        assert countries & members, f"blind8 has no item set in {continent}"
    assert {"197", "198", "199", "200", "201", "202"} <= {i["published"][:3] for i in items}
    asserted = [i for i in items if any(e["stance"] == "assert" for e in i["events"])]
    assert 0.5 <= len(asserted) / len(items) <= 0.6
    kinds = Counter(tag.split(":")[0] for item in items for tag in item["tags"])
    for kind in ("negative", "modality", "toll", "role", "counterclaim"):
        assert kinds[kind] >= 5, f"blind8 has {kinds[kind]} {kind} tags"


def test_world_blind_set_8b_is_short_wire_paragraphs_with_claimants_and_tolls() -> None:
    """blind8b (README, "Blind set 8b"): 30 own wire paragraphs of three to five sentences from a
    dozen conflicts or more, each asserting an event with its claimant and a casualty figure."""
    items = wire_paragraph_set("blind8b", 3, 5)
    for item in items:
        first = next(e for e in item["events"] if e["stance"] == "assert")
        assert first["claimant"] or item["id"] == "w5602", item["id"]
        assert any(e["killed_low"] for e in item["events"]), item["id"]


def own_copy_of_every_decade(split: str, asserting: tuple[float, float]) -> list[dict[str, Any]]:
    """A blind set of 100 own items in every kind of copy: 60 countries or more on every
    continent, every decade 1950s-2020s, a share asserting a violent event, the rest traps,
    every kind of tag and every stance."""
    items = [item for item in WORLD if item["split"] == split]
    assert len(items) == 100 and all(item["origin"] == "own" for item in items)
    countries = {item["country"] for item in items}
    assert len(countries) >= 60
    for continent, members in CONTINENTS.items():
        assert countries & members, f"{split} has no item set in {continent}"
    decades = {"195", "196", "197", "198", "199", "200", "201", "202"}
    assert decades <= {i["published"][:3] for i in items}
    asserted = [i for i in items if any(e["stance"] == "assert" for e in i["events"])]
    assert asserting[0] <= len(asserted) / len(items) <= asserting[1]
    kinds = Counter(tag.split(":")[0] for item in items for tag in item["tags"])
    for kind in ("negative", "modality", "toll", "role", "counterclaim", "style"):
        assert kinds[kind] >= 5, f"{split} has {kinds[kind]} {kind} tags"
    assert {e["stance"] for item in items for e in item["events"]} == set(EVENT_STANCES)
    return items


def test_world_blind_set_9_is_own_copy_of_seven_decades_and_every_kind() -> None:
    """blind9 (README, "Blind set 9"): most items asserting a violent event, the rest traps."""
    items = own_copy_of_every_decade("blind9", (0.5, 0.65))
    assert {t["toll_kind"] for item in items for t in item["tolls"]} >= {
        "running_total",
        "periodic",
        "historical",
        "disease",
        "disaster",
    }


def test_world_blind_set_10_is_own_copy_of_eight_decades_and_every_kind() -> None:
    """blind10 (README, "Blind set 10"): every event type and toll kind, about 40% traps."""
    items = own_copy_of_every_decade("blind10", (0.55, 0.65))
    assert {e["type"] for item in items for e in item["events"]} == set(event_families())
    assert {t["toll_kind"] for item in items for t in item["tolls"]} == set(TOLL_KINDS)


@pytest.mark.parametrize(("split", "fewest", "most"), [("blind9w", 2, 4), ("blind10w", 3, 6)])
def test_world_wire_paragraph_blind_sets_have_counterclaims(
    split: str, fewest: int, most: int
) -> None:
    """blind9w and blind10w (README, "Blind set 9w", "Blind set 10w"): 30 own wire paragraphs of
    a few sentences from a dozen conflicts or more, each with an asserted event, its claimant
    and a second attribution."""
    items = wire_paragraph_set(split, fewest, most)
    for item in items:
        first = next(e for e in item["events"] if e["stance"] == "assert")
        assert first["claimant"], item["id"]
    claimants = [{e["claimant"]["text"] for e in i["events"] if e["claimant"]} for i in items]
    assert sum(len(names) >= 2 for names in claimants) >= 20, "two sides' versions"
    assert sum("counterclaim" in item["tags"] for item in items) >= 20
