"""The world dev set as training data: which of the rules' events on an item are right.

Only ``dev`` items may be read for training or tuning; every other split is measured, never
learned from (tests/devset_world/README.md).
"""

from __future__ import annotations

from typing import Any

from tests.benchmarks.world_quality import match

TUNING_SPLIT = "dev"


def right_events(item: dict[str, Any], events: list[dict[str, Any]]) -> set[int]:
    """Indexes of the rule events that match a gold asserted event (world_quality's matching)."""
    if item["split"] != TUNING_SPLIT:
        raise ValueError(f"only the {TUNING_SPLIT!r} split may label training data")
    gold = [e for e in item["events"] if e["stance"] == "assert"]
    asserted = [i for i, e in enumerate(events) if e.get("stance") == "assert"]
    pairs = match(item["text"], gold, [events[i] for i in asserted])
    return {asserted[p] for _, p in pairs}
