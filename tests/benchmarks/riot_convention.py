"""Measured splits scored as if riots were still coded the older way (aggregates only).

Splits coded before session 12's riot rule code a crowd's clash as ``armed_clash`` and a mob's
killing as ``killing``; their gold is never recoded. To tell a lost event from a convention
change, this scores the same extraction with each predicted ``riot`` given the type of the
item's gold battle or killing (items whose gold has a riot are left as they are). No miss is
printed.

    python -m tests.benchmarks.riot_convention [--splits blind9,aside]
"""

from __future__ import annotations

import argparse
from collections import defaultdict

from tests.benchmarks import world_quality
from tests.benchmarks.scoring import event_families, run_extraction

OLD_FAMILIES = ("battle", "violence_against_people")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", help="comma-separated measured splits (default: all)")
    args = parser.parse_args()
    wanted = set(args.splits.split(",")) if args.splits else set(world_quality.MEASURED_ONLY)
    families = event_families()
    items = [i for i in world_quality.load_items("all") if i["split"] in wanted]
    run = run_extraction(world_quality.doc_inputs(items))
    groups: dict[str, list] = defaultdict(list)
    for item, result in zip(items, run.results, strict=True):
        gold = [e["type"] for e in item["events"] if families.get(e["type"]) in OLD_FAMILIES]
        if gold and not any(e["type"] == "riot" for e in item["events"]):
            for event in result.get("events", []):
                if event["type"] == "riot":
                    event["type"] = gold[0]
        groups[item["split"]].append((item, result))
    tp = fp = fn = 0
    for pairs in groups.values():
        scores = world_quality.score([i for i, _ in pairs], [r for _, r in pairs])
        detection = world_quality.summary(scores)["detection"]
        tp, fp, fn = tp + detection["tp"], fp + detection["fp"], fn + detection["fn"]
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    counts = f"tp={tp} fp={fp} fn={fn} F1={f1:.3f}"
    print(f"{len(groups)} splits, riots read in the older convention: {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
