"""Mine the asserted violent events the extractor finds in the synthetic stories of chosen
PLOVER labels, draw a seeded random sample to judge by hand, and rescore a judged sample.

    python -m tests.benchmarks.mine_events mine [--labels L,L] [--seed N] [--sample N] [--out F]
    python -m tests.benchmarks.mine_events rescore [--judged F]

``mine`` runs the real extraction (``extract_batch``, as the world scorer does) over every
allowed story of the labels (default: every label but ASSAULT) and writes a sample of its
asserted events, one JSON object a line, with empty ``verdict`` and ``kind`` for the judge.
Allowed: not quoted by any hand-coded item and sharing no title with a story a measured split
quotes (``scripts.event_classifier.weak_labels.excluded_rows``), so the sample never reads a
measured story. ``rescore`` reruns the extraction over the judged sample's stories and prints,
per kind, how many judged events still come out, and the sample's precision before and after.
A judged event still comes out when an asserted event of the same family overlaps its sentence.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from scripts.event_classifier.__main__ import CODED, SHARED, SYNTHETIC
from scripts.event_classifier.candidates import synthetic_rows
from scripts.event_classifier.weak_labels import excluded_rows
from tests.benchmarks.scoring import event_families, run_extraction

JUDGED = Path(__file__).resolve().parents[1] / "devset_world" / "mined_false_events.jsonl"
PUBLISHED = "2021-06-15"  # the synthetic stories carry no date: one fixed day for every run


def allowed_stories(labels: set[str]) -> list[tuple[int, dict[str, str]]]:
    rows = synthetic_rows(SHARED / SYNTHETIC)
    excluded = excluded_rows(rows, *CODED)
    return [
        (number, row)
        for number, row in enumerate(rows)
        if row["label"] in labels and number not in excluded
    ]


def asserted_events(stories: list[tuple[int, dict[str, str]]]) -> list[dict[str, Any]]:
    """Every asserted event of the stories: its row, label, type and sentence."""
    docs = [{"id": f"ngec:{n}", "text": row["text"], "published": PUBLISHED} for n, row in stories]
    run = run_extraction(docs)
    print(f"extraction of {len(docs)} stories: {run.seconds:.0f}s, extractor {run.version}")
    found = []
    for (number, row), result in zip(stories, run.results, strict=True):
        for event in result.get("events", []):
            if event.get("stance") != "assert":
                continue
            start, end = event["sentence_start"], event["sentence_end"]
            found.append(
                {
                    "row": number,
                    "label": row["label"],
                    "mode": row["mode"],
                    "type": event["type"],
                    "sentence_start": start,
                    "sentence_end": end,
                    "sentence": row["text"][start:end],
                }
            )
    return found


def mine(labels: set[str], seed: int, size: int, out: Path) -> None:
    stories = allowed_stories(labels)
    found = asserted_events(stories)
    print(f"{len(stories)} allowed stories of {', '.join(sorted(labels))}")
    print(f"{len(found)} asserted events in {len({e['row'] for e in found})} stories")
    print(
        "by type: "
        + ", ".join(f"{t} {n}" for t, n in Counter(e["type"] for e in found).most_common())
    )
    with out.with_suffix(".all.tmp").open("w", encoding="utf-8") as handle:  # scratch, not kept
        handle.writelines(json.dumps(event) + "\n" for event in found)
    sample = random.Random(seed).sample(found, min(size, len(found)))
    sample.sort(key=lambda e: (e["row"], e["sentence_start"]))
    with out.open("w", encoding="utf-8") as handle:
        for event in sample:
            handle.write(json.dumps({**event, "verdict": None, "kind": None}) + "\n")
    print(f"sample of {len(sample)} (seed {seed}) written to {out}")


def still_found(judged: dict[str, Any], result: dict[str, Any]) -> bool:
    family = event_families()
    for event in result.get("events", []):
        if event.get("stance") != "assert" or family[event["type"]] != family[judged["type"]]:
            continue
        if (
            event["sentence_start"] < judged["sentence_end"]
            and event["sentence_end"] > judged["sentence_start"]
        ):
            return True
    return False


def rescore(path: Path, listing: bool = False) -> None:
    with path.open(encoding="utf-8") as handle:
        judged = [json.loads(line) for line in handle if line.strip()]
    rows = synthetic_rows(SHARED / SYNTHETIC)
    numbers = sorted({event["row"] for event in judged})
    docs = [{"id": f"ngec:{n}", "text": rows[n]["text"], "published": PUBLISHED} for n in numbers]
    run = run_extraction(docs)
    results = dict(zip(numbers, run.results, strict=True))
    before, after, changed = Counter(), Counter(), []
    for event in judged:
        kind = "right" if event["verdict"] == "right" else f"wrong: {event['kind']}"
        out = still_found(event, results[event["row"]])
        before[kind] += 1
        after[kind] += out
        if out == (kind != "right"):  # a wrong event still out, a right one lost
            changed.append(
                f"{'still out' if out else 'lost'} ({kind}) ngec:{event['row']}: "
                f"{event['sentence'][:150]!r}"
            )
    print(f"{len(judged)} judged events in {len(numbers)} stories; extractor {run.version}")
    print(f"{'kind':<44}{'judged':>8}{'still out':>10}")
    for kind, count in sorted(before.items(), key=lambda kv: (kv[0] != "right", -kv[1], kv[0])):
        print(f"{kind:<44}{count:>8}{after[kind]:>10}")
    for name, counts in (("judged sample", before), ("still out", after)):
        total, right = sum(counts.values()), counts["right"]
        print(f"precision of the {name}: {right}/{total} = {right / total:.2f}" if total else "")
    if listing:
        print("\n".join(changed))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    mining = sub.add_parser("mine")
    mining.add_argument("--labels", help="comma-separated PLOVER labels (default: all but ASSAULT)")
    mining.add_argument("--seed", type=int, default=4800)
    mining.add_argument("--sample", type=int, default=150)
    mining.add_argument("--out", type=Path, default=JUDGED)
    rescoring = sub.add_parser("rescore")
    rescoring.add_argument("--judged", type=Path, default=JUDGED)
    rescoring.add_argument("--list", action="store_true", help="wrong events still out, right lost")
    args = parser.parse_args(argv)
    if not (SHARED / SYNTHETIC).exists():
        parser.error(f"{SHARED / SYNTHETIC} is absent")
    if args.command == "mine":
        all_labels = {row["label"] for row in synthetic_rows(SHARED / SYNTHETIC)}
        labels = set(args.labels.split(",")) if args.labels else all_labels - {"ASSAULT"}
        mine(labels, args.seed, args.sample, args.out)
    else:
        rescore(args.judged, args.list)
    return 0


if __name__ == "__main__":
    sys.exit(main())
