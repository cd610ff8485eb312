"""The world event dev set and the attribution dev set: format, offsets, splits, coverage, and
both scorers run end to end on a few items (no quality thresholds: figures go in reports).
The blind sets' checks are in test_world_blind_sets.py, the rounds' in test_world_rounds_*.py."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from typing import Any

import pytest

from loaders.extraction.actors import SECTORS
from models.codes import EVENT_STANCES, TOLL_KINDS
from tests.benchmarks import attribution_quality, world_quality
from tests.benchmarks.scoring import event_families
from tests.conftest import shared_file
from tests.world_items import (
    ATTRIBUTION_FORMS,
    CONTINENTS,
    MODALITIES,
    NEGATIVES,
    PARAGRAPHS,
    ROLES,
    TAG_PREFIXES,
    WORLD,
    _check_range,
    check_country,
    check_event,
    pure_negative,
)


@pytest.mark.parametrize("item", WORLD, ids=[item["id"] for item in WORLD])
def test_world_item_has_the_documented_format(item: dict[str, Any]) -> None:
    keys = {"id", "text", "published", "country", "origin", "split", "events", "tolls", "tags"}
    assert set(item) == keys, f"{item['id']}: keys {sorted(item)}"
    assert re.fullmatch(r"w\d{3,4}", item["id"])
    assert item["text"].strip() == item["text"] and item["text"]
    assert dt.date.fromisoformat(item["published"]) <= dt.date(2026, 12, 31)
    check_country(item["id"], item["country"])
    assert item["origin"] == "own" or re.fullmatch(r"ngec:\d+", item["origin"])
    assert item["split"] in world_quality.SPLITS
    assert item["split"] != "aside" or world_quality.is_fresh(item), "aside: fresh items only"
    assert (item["split"] == "blind") == world_quality.is_blind(item), "blind: items w850-w999"
    assert item["split"] != "aside2" or world_quality.is_new(item), "aside2: items w1100-w1299"
    assert (item["split"] == "blind3") == world_quality.is_blind3(item), "blind3: w2500-w2599"
    assert (item["split"] == "blind4") == world_quality.is_blind4(item), "blind4: w2600-w2699"
    assert (item["split"] == "blind5") == world_quality.is_blind5(item), "blind5: w3300-w3399"
    assert (item["split"] == "blind6") == world_quality.is_blind6(item), "blind6: w4000-w4099"
    assert (item["split"] == "blind7") == world_quality.is_blind7(item), "blind7: w4700-w4799"
    assert (item["split"] == "blind8") == world_quality.is_blind8(item), "blind8: w5500-w5599"
    assert (item["split"] == "blind8b") == world_quality.is_blind8b(item), "blind8b: w5600-w5629"
    assert (item["split"] == "blind9") == world_quality.is_blind9(item), "blind9: w5700-w5799"
    assert (item["split"] == "blind9w") == world_quality.is_blind9w(item), "blind9w: w5630-w5659"
    assert (item["split"] == "blind10") == world_quality.is_blind10(item), "blind10: w6020-w6119"
    assert (item["split"] == "blind10w") == world_quality.is_blind10w(item), "blind10w: w6120-w6149"
    for i, event in enumerate(item["events"]):
        check_event(f"{item['id']} event {i}", item["text"], event)
    for i, toll in enumerate(item["tolls"]):
        where = f"{item['id']} toll {i}"
        assert set(toll) == {"toll_kind", "killed_low", "killed_high", "since_text"}, where
        assert toll["toll_kind"] in TOLL_KINDS, f"{where}: {toll['toll_kind']!r}"
        assert toll["since_text"] is None or toll["since_text"] in item["text"], where
        _check_range(where, toll["killed_low"], toll["killed_high"])
    for tag in item["tags"]:
        assert tag.startswith(TAG_PREFIXES), f"{item['id']}: unknown tag {tag!r}"


def test_world_set_is_large_split_and_covers_the_world() -> None:
    ids = [item["id"] for item in WORLD]
    assert len(ids) == len(set(ids)) and len(WORLD) >= 250
    holdout = [item for item in WORLD if item["split"] == "holdout"]
    assert len(holdout) == 50
    countries = {item["country"] for item in WORLD}
    assert len(countries) >= 30
    for continent, members in CONTINENTS.items():
        assert countries & members, f"no item set in {continent}"
    types = {event["type"] for item in WORLD for event in item["events"]}
    assert types == set(event_families()), f"types never coded: {set(event_families()) - types}"
    stances = {event["stance"] for item in WORLD for event in item["events"]}
    assert stances == set(EVENT_STANCES), f"stances never coded: {set(EVENT_STANCES) - stances}"
    kinds = {toll["toll_kind"] for item in WORLD for toll in item["tolls"]}
    assert kinds == set(TOLL_KINDS), f"toll kinds never coded: {set(TOLL_KINDS) - kinds}"
    tags = Counter(tag for item in WORLD for tag in item["tags"])
    wanted = [f"negative:{n}" for n in NEGATIVES] + [f"modality:{m}" for m in MODALITIES]
    wanted += [f"role:{r}" for r in ROLES] + ["counterclaim"]
    assert not [t for t in wanted if tags[t] < 3], [t for t in wanted if tags[t] < 3]
    assert not any(item["events"] for item in WORLD if pure_negative(item))
    decades = {item["published"][:3] for item in WORLD}
    assert {"197", "198", "199", "200", "201", "202"} <= decades


def test_world_holdout_is_stratified() -> None:
    holdout = [item for item in WORLD if item["split"] == "holdout"]
    kinds = Counter(tag.split(":")[0] for item in holdout for tag in item["tags"])
    for kind in ("negative", "modality", "toll", "role"):
        assert kinds[kind] >= 3, f"holdout has {kinds[kind]} {kind} tags"
    assert sum(bool(item["events"]) for item in holdout) >= 15
    assert sum(not item["events"] for item in holdout) >= 15


def test_world_synthetic_items_quote_their_ngec_rows() -> None:
    path = shared_file("data/synthetic-news/ngec_synthetic_events.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for item in WORLD + PARAGRAPHS:
        if item["origin"].startswith("ngec:"):
            row = rows[int(item["origin"].split(":")[1])]
            assert item["text"] in row["text"], f"{item['id']}: not a passage of {item['origin']}"


@pytest.mark.parametrize("item", PARAGRAPHS, ids=[item["id"] for item in PARAGRAPHS])
def test_attribution_offsets_match_the_text(item: dict[str, Any]) -> None:
    assert set(item) == {"id", "text", "origin", "split", "tags", "attributions"}
    assert re.fullmatch(r"a\d{3}", item["id"]) and item["split"] in ("dev", "holdout")
    assert all(a["source"] is not None for a in item["attributions"]), item["id"]
    assert_attribution_spans(item)
    for attribution in item["attributions"]:
        where = f"{item['id']} {attribution['cue']!r}"
        assert all(re.fullmatch(r"[a-z_]+", form) for form in attribution["form"]), where


def assert_attribution_spans(item: dict[str, Any]) -> None:
    """Every attribution's source (when it names one), cue and content offsets fit the text, the
    cue lies outside its content or inside it, and a resolved source is words of the text."""
    text = item["text"]
    for attribution in item["attributions"]:
        where = f"{item['id']} {attribution['cue']!r}"
        parts = ("cue",) if attribution["source"] is None else ("source", "cue")
        for part in parts:
            start, end = attribution[f"{part}_start"], attribution[f"{part}_end"]
            assert 0 <= start < end <= len(text), f"{where}: {part} span"
            assert text[start:end] == attribution[part], f"{where}: {part} offsets"
        start, end = attribution["content_start"], attribution["content_end"]
        assert 0 <= start < end <= len(text), f"{where}: content span"
        cue = (attribution["cue_start"], attribution["cue_end"])
        assert end <= cue[0] or start >= cue[1] or start < cue[0] < cue[1] < end, where
        resolved = attribution["source_resolved"]
        assert resolved is None or resolved in text, f"{where}: resolved source not in text"


def test_attribution_set_covers_every_form() -> None:
    assert len(PARAGRAPHS) >= 45
    assert sum(item["split"] == "holdout" for item in PARAGRAPHS) == 10
    forms = Counter(form for item in PARAGRAPHS for a in item["attributions"] for form in a["form"])
    assert not [f for f in ATTRIBUTION_FORMS if not forms[f]], set(ATTRIBUTION_FORMS) - set(forms)
    assert any(not item["attributions"] for item in PARAGRAPHS), "need non-attributions"
    assert any("according to plan" in item["text"] for item in PARAGRAPHS)


def test_both_scorers_run_on_a_few_items() -> None:
    from tests.benchmarks.scoring import run_extraction

    items = [WORLD[i] for i in (0, 80, 150, 155, 178)]
    paragraphs = PARAGRAPHS[:4]
    docs = world_quality.doc_inputs(items)
    docs += [{"id": p["id"], "text": p["text"], "published": None} for p in paragraphs]
    run = run_extraction(docs)
    world = world_quality.score(items, run.results[: len(items)])
    asserted = sum(e["stance"] == "assert" for item in items for e in item["events"])
    assert world.detection.tp + world.detection.fn == asserted
    assert sum(world.tag_errors[tag]["items"] for tag in ("negative:labour_strike",)) == 1
    figures = world_quality.summary(world)
    assert set(figures["fields"]) == set(world_quality.FIELDS)
    attribution = attribution_quality.score(paragraphs, run.results[len(items) :])
    gold = sum(len(p["attributions"]) for p in paragraphs)
    assert attribution.cues.tp + attribution.cues.fn == gold
    assert attribution.source[1] == attribution.cues.tp


def test_world_actor_table_rows_are_well_formed_and_blind4_is_held_out() -> None:
    """world_actors.csv (tests/benchmarks/actor_quality.py): every row has a known split, a
    valid country or none, a CAMEO sector and a category; blind4 (session 12) is 80 rows
    written before any run, of every category, none repeating an earlier description."""
    from tests.benchmarks import actor_quality

    rows = actor_quality.read_table()
    categories = Counter(row["category"] for row in rows)
    for row in rows:
        assert row["split"] in actor_quality.SPLITS, row
        check_country(row["description"], row["expected_country"] or None)
        assert row["expected_sector"] in SECTORS, row
        assert categories[row["category"]] >= 20, row
    blind4 = [row for row in rows if row["split"] == "blind4"]
    assert len(blind4) == 80 and len({row["category"] for row in blind4}) >= 8
    earlier = {row["description"].lower() for row in rows if row["split"] != "blind4"}
    assert not [row for row in blind4 if row["description"].lower() in earlier]
