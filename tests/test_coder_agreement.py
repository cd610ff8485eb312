"""The coder-agreement benchmark (tests/benchmarks/coder_agreement.py): each second coding (of
blind6, 8, 9 and 10) has the world items' format and codes the same texts, and the agreement
script scores codings with the world scorer's matching (run here on a few dev items, never
printing a blind set)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from tests.benchmarks import coder_agreement, world_quality
from tests.world_items import check_country, check_event


def _dev_items_with_events(count: int) -> list[dict[str, Any]]:
    """A few dev items, each with an asserted event with a target and with a toll or not."""
    items = [
        item
        for item in world_quality.load_items("dev")
        if any(e["stance"] == "assert" and e["target"] for e in item["events"])
    ]
    return items[:count]


SECOND_CODINGS = [  # split, ids coded (None: all), the second coding, whether it codes tolls
    ("blind6", None, coder_agreement.SECOND, False),
    ("blind8", "w5500-w5549", coder_agreement.SECOND_BLIND8, False),
    ("blind9", "w5700-w5749", coder_agreement.SECOND_BLIND9, True),
    ("blind10", "w6020-w6069", coder_agreement.SECOND_BLIND10, True),  # the set's writer
    ("blind10", "w6020-w6069", coder_agreement.SECOND_BLIND10_INDEPENDENT, True),
    ("blind10", "w6070-w6119", coder_agreement.SECOND_BLIND10B, True),
]


@pytest.mark.parametrize(
    ("split", "ids", "path", "tolls"), SECOND_CODINGS, ids=[p.name for *_, p, _ in SECOND_CODINGS]
)
def test_second_coding_codes_its_texts_in_the_world_format(
    split: str, ids: str | None, path: Path, tolls: bool
) -> None:
    """Each second coding codes exactly its split's texts (ids, text, date), in the world
    items' format."""
    gold = {i["id"]: i for i in coder_agreement.select_ids(world_quality.load_items(split), ids)}
    second = coder_agreement.load_coding(path)
    assert [item["id"] for item in second] == sorted(gold, key=lambda i: int(i[1:]))
    for item in second:
        assert item["text"] == gold[item["id"]]["text"], item["id"]
        assert item["published"] == gold[item["id"]]["published"], item["id"]
        assert item["split"] == split
        check_country(item["id"], item["country"])
        for n, event in enumerate(item["events"]):
            check_event(f"{item['id']} event {n}", item["text"], event)
        for n, toll in enumerate(item["tolls"] if tolls else []):
            keys = {"toll_kind", "killed_low", "killed_high", "since_text"}
            assert set(toll) == keys, f"{item['id']} toll {n}"
            assert toll["since_text"] is None or toll["since_text"] in item["text"]


def test_ids_select_a_range_or_a_list() -> None:
    items = [{"id": f"w{n}"} for n in (9, 10, 11, 120)]
    assert coder_agreement.select_ids(items, None) == items
    assert [i["id"] for i in coder_agreement.select_ids(items, "w10-w11")] == ["w10", "w11"]
    assert [i["id"] for i in coder_agreement.select_ids(items, "w9, w120")] == ["w9", "w120"]


def test_a_coding_agrees_with_itself_on_every_event_and_field() -> None:
    items = _dev_items_with_events(3)
    report = coder_agreement.agreement(items, copy.deepcopy(items))
    asserted = sum(e["stance"] == "assert" for item in items for e in item["events"])
    assert (report.detection.tp, report.detection.fp, report.detection.fn) == (asserted, 0, 0)
    assert all(right == n == asserted for right, n in report.fields.values())


def test_a_dropped_event_and_another_target_are_disagreements() -> None:
    items = _dev_items_with_events(2)
    second = copy.deepcopy(items)
    dropped = next(e for e in second[0]["events"] if e["stance"] == "assert")
    second[0]["events"].remove(dropped)
    changed = next(e for e in second[1]["events"] if e["stance"] == "assert" and e["target"])
    changed["target"] = None
    report = coder_agreement.agreement(items, second)
    assert report.detection.fn == 1 and report.detection.fp == 0
    right, matched = report.fields["target"]
    assert matched == report.detection.tp and right == matched - 1


def test_roles_overlapping_the_gold_words_agree_as_the_extractor_would() -> None:
    item = {
        "id": "w0",
        "text": "Gunmen killed at least 24 people in Kabul, police said.",
        "published": "2017-07-24",
        "events": [
            {
                "type": "killing",
                "stance": "assert",
                "actor": {"text": "Gunmen", "country": "AFG", "sector": "UAF"},
                "target": {"text": "at least 24 people", "country": "AFG", "sector": "CVL"},
                "claimant": {"text": "police"},
                "location": {"text": "Kabul", "country": "AFG"},
                "killed_low": 24,
                "killed_high": None,
            }
        ],
        "tolls": [],
        "tags": [],
    }
    second = copy.deepcopy(item)
    second["events"][0]["target"]["text"] = "24 people"  # the same words, shorter
    report = coder_agreement.agreement([item], [second])
    assert report.fields["target"] == [1, 1]
    second["events"][0]["target"]["text"] = "police"  # other words: a disagreement
    assert coder_agreement.agreement([item], [second]).fields["target"] == [0, 1]


def test_codings_of_different_texts_are_refused() -> None:
    items = _dev_items_with_events(1)
    other = copy.deepcopy(items)
    other[0]["text"] += " More followed."
    with pytest.raises(ValueError, match="different texts"):
        coder_agreement.agreement(items, other)


def test_the_printed_agreement_has_aggregate_lines_only(capsys: pytest.CaptureFixture) -> None:
    items = _dev_items_with_events(2)
    report = coder_agreement.agreement(items, copy.deepcopy(items))
    coder_agreement.print_agreement(report, len(items), "two dev items")
    out = capsys.readouterr().out
    assert "asserted event detection" in out and "1.00" in out
    assert not any(item["text"][:30] in out for item in items)


def test_texts_alone_are_written_for_a_second_coder(tmp_path: Path) -> None:
    items = _dev_items_with_events(2)
    path = tmp_path / "texts.jsonl"
    coder_agreement.write_texts(items, path)
    written = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [set(doc) for doc in written] == [{"id", "text", "published"}] * 2
    assert [doc["text"] for doc in written] == [item["text"] for item in items]
