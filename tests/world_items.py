"""Shared by the world dev set's tests: the items, the coding vocabulary the set must cover,
format checks, and the split helpers of the rounds and blind sets."""

from __future__ import annotations

import csv
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from loaders.extraction.actors import SECTORS
from models.codes import EVENT_STANCES
from tests.benchmarks import attribution_quality, world_quality
from tests.benchmarks.scoring import event_families

REPO = Path(__file__).resolve().parent.parent
WORLD = world_quality.load_items("all")
PARAGRAPHS = attribution_quality.load_paragraphs("all")


NOT_ISO = {"XKX", "SUN", "CSK", "DDR"}  # Kosovo's user-assigned code; dissolved states (ISO 3166-3)
NEGATIVES = [
    "labour_strike",
    "general_strike",
    "hunger_strike",
    "strike_deal",
    "fire_dismiss",
    "shoot_film",
    "attack_criticise",
    "battle_figurative",
    "capture_market",
    "control_state",
    "campaign_election",
    "police_raid",
    "bomb_flop",
    "hit_economy",
]
MODALITIES = [
    "threat",
    "plan",
    "promise",
    "demand",
    "condition",
    "question",
    "hope",
    "permission",
    "rumour",
    "denial",
]
ROLES = [
    "credit",
    "dateline",
    "monitor_claimant",
    "hospital_claimant",
    "town_vs_province",
    "demonym_aircraft",
    "victim_count",
]
TAG_PREFIXES = (
    "negative:",
    "modality:",
    "toll:",
    "role:",
    "counterclaim",
    "contrast:",
    "dispute:",
    "recall:",
    "merge:",
    "actor:",
    "style:",
)
CONTINENTS = {  # a few countries of each continent: the set must reach every one
    "Africa": {"NGA", "ETH", "SOM", "MLI", "COD", "SDN", "KEN", "MOZ", "LBY", "CMR", "BFA"},
    "Asia": {"PAK", "AFG", "IND", "MMR", "PHL", "IRQ", "SYR", "YEM", "LKA", "THA", "BGD"},
    "Europe": {"UKR", "RUS", "GBR", "ESP", "FRA", "BIH", "SRB", "GEO", "DEU", "BLR", "SWE", "PRT"},
    "North and Central America": {"MEX", "SLV", "GTM", "NIC", "HTI", "USA", "JAM"},
    "South America": {"COL", "PER", "BRA", "VEN", "CHL", "ARG", "BOL"},
    "Oceania": {"PNG", "SLB", "NZL", "AUS", "FSM", "NRU"},
}
ATTRIBUTION_FORMS = [
    "said",
    "says",
    "say",
    "saying",
    "told",
    "according_to_initial",
    "according_to_final",
    "according_to_middle",
    "in_a_statement",
    "announced",
    "reported",
    "claimed",
    "accused",
    "warned",
    "insisted",
    "argued",
    "added",
    "noted",
    "confirmed",
    "denied",
    "quoted",
    "tweeted",
    "wrote",
    "cited",
    "called_for",
    "urged",
    "believe",
    "believes",
    "colon_quote",
    "dash_quote",
    "multi_sentence_quote",
    "pronoun_source",
]


@cache
def iso3_codes() -> set[str]:
    path = REPO / "loaders" / "data" / "places_countries.csv"
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {row["alpha3"] for row in rows} | NOT_ISO


def check_country(where: str, code: str | None) -> None:
    assert code is None or code in iso3_codes(), f"{where}: country {code!r}"


def _check_range(where: str, low: int | None, high: int | None) -> None:
    for value in (low, high):
        assert value is None or (isinstance(value, int) and value >= 0), f"{where}: {value!r}"
    if low is not None and high is not None:
        assert low <= high, f"{where}: low {low} > high {high}"


def _check_role(where: str, text: str, role: dict[str, Any] | None, keys: set[str]) -> None:
    if role is None:
        return
    assert set(role) == keys, f"{where}: keys {sorted(role)}"
    if role["text"] is None and where.endswith(" actor"):  # a retold strike's known side
        assert role["country"], f"{where}: an actor without words needs its country"
        return
    assert role["text"] and role["text"] in text, f"{where}: {role['text']!r} not in the text"
    if "country" in keys:
        check_country(where, role["country"])


def check_event(where: str, text: str, event: dict[str, Any]) -> None:
    keys = {"type", "stance", "actor", "target", "claimant", "location"}
    assert set(event) == keys | {"killed_low", "killed_high"}, f"{where}: keys {sorted(event)}"
    assert event["type"] in event_families(), f"{where}: type {event['type']!r}"
    assert event["stance"] in EVENT_STANCES, f"{where}: stance {event['stance']!r}"
    for role in ("actor", "target"):
        _check_role(f"{where} {role}", text, event[role], {"text", "country", "sector"})
        if event[role] and event[role]["sector"] is not None:
            assert event[role]["sector"] in SECTORS, f"{where} {role} sector"
    _check_role(f"{where} claimant", text, event["claimant"], {"text"})
    _check_role(f"{where} location", text, event["location"], {"text", "country"})
    _check_range(f"{where} killed", event["killed_low"], event["killed_high"])


def items_between(first: int, end: int) -> list[dict[str, Any]]:
    """A round's items by id number, first <= n < end, in id order."""
    return sorted(
        (i for i in WORLD if first <= int(i["id"][1:]) < end), key=lambda i: int(i["id"][1:])
    )


def assert_every_third_aside(items: list[dict[str, Any]], split: str) -> None:
    """Every third item of a round is in its measured-only split, the rest dev, and no item of
    another round is in that split."""
    for position, item in enumerate(items):
        assert item["split"] == (split if position % 3 == 2 else "dev"), item["id"]
    assert all(item["split"] != split for item in WORLD if item not in items)


def pure_negative(item: dict[str, Any]) -> bool:
    return bool(item["tags"]) and all(tag.startswith("negative:") for tag in item["tags"])


def assert_blind_set_of_stories_and_own_copy(split: str) -> list[dict[str, Any]]:
    """What blind4, blind5 and blind6 share: 100 items, 50-60% NGEC passages from rows no other item
    quotes, own items from every decade 1970-2020s, every continent, 20-45% asserting an event,
    every hard kind tagged at least five times. Returns the split's items."""
    items = [item for item in WORLD if item["split"] == split]
    assert len(items) == 100
    synthetic = [item for item in items if item["origin"].startswith("ngec:")]
    assert 0.5 <= len(synthetic) / len(items) <= 0.6
    earlier = {i["origin"] for i in WORLD + PARAGRAPHS if i not in items}
    assert not [i["id"] for i in synthetic if i["origin"] in earlier], "rows used before"
    own = [item for item in items if item["origin"] == "own"]
    assert {"197", "198", "199", "200", "201", "202"} <= {i["published"][:3] for i in own}
    countries = {item["country"] for item in items}
    for continent, members in CONTINENTS.items():
        assert countries & members, f"{split} has no item set in {continent}"
    asserted = [i for i in items if any(e["stance"] == "assert" for e in i["events"])]
    assert 0.2 <= len(asserted) / len(items) <= 0.45
    kinds = Counter(tag.split(":")[0] for item in items for tag in item["tags"])
    for kind in ("negative", "modality", "toll", "role", "counterclaim"):
        assert kinds[kind] >= 5, f"{split} has {kinds[kind]} {kind} tags"
    return items


def wire_paragraph_set(split: str, fewest: int, most: int) -> list[dict[str, Any]]:
    """A blind set of 30 own wire paragraphs from a dozen countries or more, each of ``fewest``
    to ``most`` sentences."""
    items = [item for item in WORLD if item["split"] == split]
    assert len(items) == 30 and all(item["origin"] == "own" for item in items)
    assert len({item["country"] for item in items}) >= 12
    for item in items:
        ends = re.findall(r"[a-z0-9)\"][.!?]\"?(?:\s+[A-Z\"]|$)", item["text"])
        assert fewest <= len(ends) <= most, item["id"]
    return items
