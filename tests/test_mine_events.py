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


def test_sample_b_is_whole_judged_and_apart_from_sample_a() -> None:
    """The second judged sample (README "Second mined round"): 100 events, each judged, none
    an event of the first sample (``mine --exclude``), quoting its story exactly."""
    path = mine_events.JUDGED.with_name("mined_false_events_b.jsonl")
    with path.open(encoding="utf-8") as handle:
        sample_b = [json.loads(line) for line in handle if line.strip()]
    assert len(sample_b) == 100
    assert all(event["verdict"] in ("right", "wrong") for event in sample_b)
    assert all((event["kind"] is None) == (event["verdict"] == "right") for event in sample_b)
    first = mine_events.judged_keys([mine_events.JUDGED])
    assert not first & {(event["row"], event["sentence_start"]) for event in sample_b}
    rows = csv_rows()
    for event in sample_b:
        text = rows[event["row"]]["text"]
        assert text[event["sentence_start"] : event["sentence_end"]] == event["sentence"]


def csv_rows() -> list[dict[str, str]]:
    path = shared_file("data/synthetic-news/ngec_synthetic_events.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_sample_c_is_judged_split_and_apart_from_a_and_b() -> None:
    """The third judged sample (README "Third mined sample C"): every candidate judged, with its
    pool and split; none from a story of samples A or B; test rows only from the miner's allowed
    stories; every sentence quotes its story exactly."""
    path = mine_events.JUDGED.with_name("mined_judged_c.jsonl")
    with path.open(encoding="utf-8") as handle:
        sample_c = [json.loads(line) for line in handle if line.strip()]
    assert len(sample_c) >= 19
    for event in sample_c:
        assert event["verdict"] in ("right", "wrong")
        assert (event["kind"] is None) == (event["verdict"] == "right")
        assert event["pool"] in ("allowed", "dev_story")
        assert event["split"] in ("train", "test")
        assert event["split"] == "train" or event["pool"] == "allowed"
    earlier = mine_events.judged_keys(
        [mine_events.JUDGED, mine_events.JUDGED.with_name("mined_false_events_b.jsonl")]
    )
    assert not {row for row, _ in earlier} & {event["row"] for event in sample_c}
    rows = csv_rows()
    for event in sample_c:
        text = rows[event["row"]]["text"]
        assert text[event["sentence_start"] : event["sentence_end"]] == event["sentence"]
        assert rows[event["row"]]["label"] == event["label"]


def test_judged_keys_read_hand_labels_and_quotes_overlap_by_a_stretch(tmp_path) -> None:
    hand = tmp_path / "hand.jsonl"
    hand.write_text(
        json.dumps({"source": "ngec:7", "sentence": "Gunmen killed two guards."})
        + "\n"
        + json.dumps({"source": "w12", "sentence": "A world item."})
        + "\n",
        encoding="utf-8",
    )
    assert mine_events.judged_keys([hand]) == {(7, "Gunmen killed two guards.")}
    quote = "Rebels shelled the market on Monday, killing four traders, the army said."
    assert mine_events.overlaps_quote("Rebels shelled the market on Monday, killing four.", [quote])
    assert not mine_events.overlaps_quote("The army said talks would resume next week.", [quote])
