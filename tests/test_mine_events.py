"""The judged sample of the mined false-events round (tests/devset_world/README.md, "Mined
false-events round"): every judged event quotes its story's sentence exactly, carries a verdict
and, when wrong, its kind; and the miner's rescoring reads it (without running the extractor)."""

from __future__ import annotations

import csv
import json
from collections import Counter

from tests.benchmarks import mine_events
from tests.conftest import shared_file


def judged() -> list[dict]:
    with mine_events.JUDGED.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_the_judged_sample_is_whole_and_judged() -> None:
    events = judged()
    assert len(events) == 150
    for event in events:
        assert event["verdict"] in ("right", "wrong")
        assert (event["kind"] is None) == (event["verdict"] == "right")
        assert event["label"] != "ASSAULT"
    kinds = Counter(event["kind"] for event in events if event["verdict"] == "wrong")
    assert len(kinds) >= 10 and sum(kinds.values()) == 82


def test_the_judged_sentences_quote_their_stories() -> None:
    path = shared_file("data/synthetic-news/ngec_synthetic_events.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for event in judged():
        text = rows[event["row"]]["text"]
        assert text[event["sentence_start"] : event["sentence_end"]] == event["sentence"]
        assert rows[event["row"]]["label"] == event["label"]


def test_still_found_needs_the_family_and_the_sentence() -> None:
    event = {"type": "killing", "sentence_start": 10, "sentence_end": 50}
    same = {"type": "execution", "stance": "assert", "sentence_start": 0, "sentence_end": 20}
    other_family = {**same, "type": "armed_clash"}
    elsewhere = {**same, "sentence_start": 60, "sentence_end": 90}
    threat = {**same, "stance": "threaten"}
    assert mine_events.still_found(event, {"events": [same]})
    for result in (other_family, elsewhere, threat):
        assert not mine_events.still_found(event, {"events": [result]})
