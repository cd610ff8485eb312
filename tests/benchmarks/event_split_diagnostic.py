"""How many detection errors on the world dev split come from counting one incident twice or two
incidents once (tests/devset_world/README.md, "One event, one report").

Each false asserted event is put in one class: `split_same_sentence` (its item has a found event
of the same family told in the same sentence: one incident counted twice), `retold_later` (the
same family was found in an earlier sentence: a follow-up or back-reference counted again),
`background` (its item is tagged as background, a back-reference, history or a summary) or
`other`. Each missed asserted event is `merged` when its item codes two or more asserted
events of its family and fewer were found (two incidents read as one), else `other`. Dev only:
measured-only splits are never read for misses.

    .venv/bin/python -m tests.benchmarks.event_split_diagnostic [--list]
"""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from tests.benchmarks.scoring import event_families, run_extraction
from tests.benchmarks.world_quality import _asserted, doc_inputs, load_items, match

BACKGROUND_TAGS = frozenset(
    {
        "negative:past_background",
        "negative:back_reference",
        "negative:background_clause",
        "negative:retold",
        "negative:vague_series",
        "role:background",
        "role:back_reference",
        "toll:historical",
        "merge:summary",
    }
)


def classify(item: dict[str, Any], result: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, class) of every detection error of one item: kind is "false" or "missed"."""
    family = event_families()
    gold, pred = _asserted(item["events"]), _asserted(result.get("events", []))
    pairs = match(item["text"], gold, pred)
    found = {p for _, p in pairs}
    errors = []
    for p in sorted(set(range(len(pred))) - found):
        errors.append(("false", _false_class(item, pred, p, found, family)))
    gold_count = Counter(family[e["type"]] for e in gold)
    pred_count = Counter(family.get(e["type"], e["type"]) for e in pred)
    for g in sorted(set(range(len(gold))) - {g for g, _ in pairs}):
        kin = family[gold[g]["type"]]
        merged = gold_count[kin] >= 2 and pred_count[kin] < gold_count[kin]
        errors.append(("missed", "merged" if merged else "other"))
    return errors


def _false_class(
    item: dict[str, Any], pred: list[dict[str, Any]], p: int, found: set[int], family: dict
) -> str:
    event = pred[p]
    kin = family.get(event["type"], event["type"])
    kin_found = [pred[q] for q in found if family.get(pred[q]["type"]) == kin]
    if any(q["sentence_start"] == event["sentence_start"] for q in kin_found):
        return "split_same_sentence"
    if any(q["sentence_start"] < event["sentence_start"] for q in kin_found):
        return "retold_later"
    if BACKGROUND_TAGS & set(item["tags"]):
        return "background"
    return "other"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print each error's item and class")
    parser.add_argument("--from-id", type=int, default=0, help="only items from this id number")
    args = parser.parse_args(argv)
    items = [i for i in load_items("dev") if int(i["id"][1:]) >= args.from_id]
    run = run_extraction(doc_inputs(items))
    totals: Counter[tuple[str, str]] = Counter()
    for item, result in zip(items, run.results, strict=True):
        for kind, kind_class in classify(item, result):
            totals[(kind, kind_class)] += 1
            if args.list:
                print(f"{item['id']}: {kind} {kind_class}: {item['text'][:70]!r}")
    print(f"world dev ({len(items)} items), extractor {run.version}")
    for (kind, kind_class), count in sorted(totals.items()):
        print(f"  {kind:7} {kind_class:22} {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
