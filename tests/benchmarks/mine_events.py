"""Mine the asserted violent events the extractor finds in the synthetic stories of chosen
PLOVER labels, draw a seeded random sample to judge by hand, and rescore a judged sample.

    python -m tests.benchmarks.mine_events mine [--labels L,L] [--seed N] [--sample N] [--out F]
        [--exclude JUDGED ...] [--whole-stories] [--dev-stories]
    python -m tests.benchmarks.mine_events rescore [--judged F]

``mine`` runs the real extraction (``extract_batch``, as the world scorer does) over every
allowed story of the labels (default: every label but ASSAULT) and writes a sample of its
asserted events, one JSON object a line, with empty ``verdict`` and ``kind`` for the judge.
Allowed: not quoted by any hand-coded item and sharing no title with a story a measured split
quotes (``scripts.event_classifier.weak_labels.excluded_rows``), so the sample never reads a
measured story. ``--exclude`` leaves out the events of earlier judged samples (their row and
sentence start, or for ``hand_labels.jsonl`` lines their source and sentence), ``--whole-stories``
every story they judged. ``--dev-stories`` mines instead the stories only dev items quote (no
measured item quotes them or a story of their title), leaving out every sentence that overlaps
an item's quoted text: what the rules were tuned on is the quoted passage, not the rest of the
story. ``rescore`` reruns the extraction over the judged sample's stories and prints,
per kind, how many judged events still come out, and the sample's precision before and after.
A judged event still comes out when an asserted event of the same family overlaps its sentence.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from scripts.event_classifier.__main__ import CODED, SHARED, SYNTHETIC
from scripts.event_classifier.candidates import synthetic_rows
from scripts.event_classifier.weak_labels import TUNING_SPLIT, excluded_rows
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


def quoted_passages() -> dict[int, list[tuple[str, str]]]:
    """(split, text) of every hand-coded item quoting a synthetic row, by row."""
    quoted: dict[int, list[tuple[str, str]]] = {}
    for path in CODED:
        with path.open(encoding="utf-8") as handle:
            for item in (json.loads(line) for line in handle if line.strip()):
                found = re.fullmatch(r"ngec:(\d+)", item.get("origin", ""))
                if found:
                    quoted.setdefault(int(found.group(1)), []).append((item["split"], item["text"]))
    return quoted


def dev_stories(labels: set[str]) -> tuple[list[tuple[int, dict[str, str]]], dict[int, list[str]]]:
    """The stories only dev items quote, with no measured item on their title, and the texts
    those items quote (sentences overlapping them are left out)."""
    rows = synthetic_rows(SHARED / SYNTHETIC)
    quoted = quoted_passages()
    measured = {
        rows[n]["title"] for n, items in quoted.items() if any(s != TUNING_SPLIT for s, _ in items)
    }
    stories = [
        (n, rows[n])
        for n, items in sorted(quoted.items())
        if {split for split, _ in items} == {TUNING_SPLIT}
        and rows[n]["title"] not in measured
        and rows[n]["label"] in labels
    ]
    return stories, {n: [text for _, text in quoted[n]] for n, _ in stories}


def overlaps_quote(sentence: str, quotes: list[str], width: int = 40) -> bool:
    """Whether the sentence shares a stretch of ``width`` characters with a quoted text."""
    chunks = [
        sentence[i : i + width] for i in range(0, max(1, len(sentence) - width + 1), width // 2)
    ]
    return any(chunk in quote for quote in quotes for chunk in chunks)


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


def judged_keys(paths: list[Path]) -> set[tuple[int, int | str]]:
    """(row, sentence start) of every event of earlier judged samples, so a new draw skips them;
    (row, sentence) for the classifier's hand labels, which carry no offsets."""
    keys: set[tuple[int, int | str]] = set()
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in filter(str.strip, handle):
                event = json.loads(line)
                if "row" in event:
                    keys.add((event["row"], event["sentence_start"]))
                elif event["source"].startswith("ngec:"):
                    keys.add((int(event["source"][5:]), event["sentence"]))
    return keys


def mine(
    labels: set[str],
    seed: int,
    size: int,
    out: Path,
    exclude: list[Path],
    whole_stories: bool = False,
    dev: bool = False,
) -> None:
    stories, quotes = dev_stories(labels) if dev else (allowed_stories(labels), {})
    skipped = judged_keys(exclude)
    if whole_stories:  # the stories of judged samples; of hand labels, only their sentences
        judged_rows = {row for row, start in skipped if isinstance(start, int)}
        stories = [(n, row) for n, row in stories if n not in judged_rows]
    found = asserted_events(stories)
    before = len(found)
    found = [
        e
        for e in found
        if (e["row"], e["sentence_start"]) not in skipped
        and (e["row"], e["sentence"]) not in skipped
        and not overlaps_quote(e["sentence"], quotes.get(e["row"], []))
    ]
    if before > len(found):
        print(f"{before - len(found)} events judged before or in quoted passages left out")
    kind = "dev-quoted" if dev else "allowed"
    print(f"{len(stories)} {kind} stories of {', '.join(sorted(labels))}")
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
    mining.add_argument(
        "--exclude", type=Path, action="append", default=[], help="a judged sample to leave out"
    )
    mining.add_argument("--whole-stories", action="store_true", help="leave out judged stories")
    mining.add_argument("--dev-stories", action="store_true", help="stories only dev items quote")
    rescoring = sub.add_parser("rescore")
    rescoring.add_argument("--judged", type=Path, default=JUDGED)
    rescoring.add_argument("--list", action="store_true", help="wrong events still out, right lost")
    args = parser.parse_args(argv)
    if not (SHARED / SYNTHETIC).exists():
        parser.error(f"{SHARED / SYNTHETIC} is absent")
    if args.command == "mine":
        all_labels = {row["label"] for row in synthetic_rows(SHARED / SYNTHETIC)}
        labels = set(args.labels.split(",")) if args.labels else all_labels - {"ASSAULT"}
        mine(
            labels,
            args.seed,
            args.sample,
            args.out,
            args.exclude,
            args.whole_stories,
            args.dev_stories,
        )
    else:
        rescore(args.judged, args.list)
    return 0


if __name__ == "__main__":
    sys.exit(main())
