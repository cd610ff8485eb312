"""The mined stance sample (tests/benchmarks/mine_stances.py): its judged file is well formed
and its recount matches a judged event to today's output, or to the event it merged into."""

from __future__ import annotations

import json
from typing import get_args

from loaders.extraction.contract import EventStance
from tests.benchmarks import mine_stances


def test_every_judged_event_has_a_stance_code_and_every_error_a_kind() -> None:
    judged = [json.loads(line) for line in mine_stances.JUDGED.open(encoding="utf-8")]
    assert len(judged) >= 130
    codes = {*get_args(EventStance), "none"}
    for item in judged:
        assert item["gold"] in codes and item["predicted_before"] in codes, item
        assert item["source"].startswith("ngec:")
        assert 0 <= item["trigger_start"] < item["trigger_end"] <= len(item["sentence"])
        if item["gold"] != item["predicted_before"]:
            assert item["kind"], item  # every error says which construction caused it


def test_a_judged_event_is_found_again_or_through_the_event_it_merged_into() -> None:
    item = {"source": "ngec:1", "sentence": "S.", "trigger_start": 4, "type": "killing"}
    merged = {("ngec:1", "S.", 9): {"type": "killing", "stance": "threaten"}}
    assert mine_stances._now_stance(item, merged) == "threaten"
    same = {("ngec:1", "S.", 4): {"type": "killing", "stance": "deny"}, **merged}
    assert mine_stances._now_stance(item, same) == "deny"
    assert mine_stances._now_stance(item, {}) == "none"
    other = {("ngec:1", "S.", 9): {"type": "shelling", "stance": "assert"}}
    assert mine_stances._now_stance(item, other) == "none"
