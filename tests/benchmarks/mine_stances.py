"""Mine the extractor's stances on synthetic stories it was not tuned on, and recount them.

The rules' events in stories that often tell threats, demands, accusations, refusals,
mobilisation, coercion and attacks (PLOVER labels below) are where modality errors live. A
seeded random sample of every event the extractor outputs there (asserted or not) is judged
by hand; after a change, ``count`` runs the extractor again over the sampled stories and crosses
each judged stance with what the extractor says now ("none" when the event is gone).

    python -m tests.benchmarks.mine_stances sample SEED N OUT.jsonl   # draw, to judge by hand
    python -m tests.benchmarks.mine_stances count JUDGED.jsonl         # confusion, kinds

Judged lines carry ``gold`` (an event stance code, or "none" for no violent event at all) and
``kind`` (the construction behind an error; empty when the extractor was right). Stories quoted
by any hand-coded set, and every story sharing a title with one quoted by a measured split, are
left out (scripts/event_classifier/weak_labels.excluded_rows). The synthetic stories (NGEC
synthetic news, MIT licence, Copyright (c) Andy Halterman) are fiction and read from ../shared:
nothing runs without them.

The judged sample (mined_stances.jsonl) was drawn with the sets as they stood at commit 976ea3e
(extractor 0.4.33): 256 allowed stories, 138 events, all taken (seed 36 orders them). Every
story a set quotes later leaves the pool, so ``sample`` draws from fewer stories as the sets
grow; the judged file is the record that ``count`` recounts. ``predicted_before`` is what
0.4.33 gave each judged event.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

LABELS = ("THREATEN", "REQUEST", "ACCUSE", "REJECT", "MOBILIZE", "COERCE", "ASSAULT")
JUDGED = Path(__file__).resolve().parent / "mined_stances.jsonl"


def _rows_and_excluded() -> tuple[list[dict[str, str]], set[int]]:
    from scripts.event_classifier.__main__ import CODED, SHARED, SYNTHETIC
    from scripts.event_classifier.candidates import synthetic_rows
    from scripts.event_classifier.weak_labels import excluded_rows

    rows = synthetic_rows(SHARED / SYNTHETIC)
    return rows, excluded_rows(rows, *CODED)


def _events(numbers: list[int], rows: list[dict[str, str]]) -> list[dict[str, Any]]:
    """Every event the extractor outputs in the given stories, with its sentence."""
    from loaders.extraction.components import EVENTS_KEY
    from loaders.extraction.pipeline import load_nlp

    nlp = load_nlp()
    texts = ((rows[number]["text"], number) for number in numbers)
    found = []
    for doc, number in nlp.pipe(texts, as_tuples=True, batch_size=32):
        for event in doc.user_data.get(EVENTS_KEY, []):
            start = event["sentence_start"]
            claimant = event.get("claimant") or {}
            found.append(
                {
                    "source": f"ngec:{number}",
                    "story_label": rows[number]["label"],
                    "sentence": doc.text[start : event["sentence_end"]],
                    "trigger_start": event["trigger_start"] - start,
                    "trigger_end": event["trigger_end"] - start,
                    "type": event["type"],
                    "stance": event["stance"],
                    "claimant": claimant.get("text"),
                }
            )
    return found


def _key(event: dict[str, Any]) -> tuple[str, str, int]:
    return event["source"], event["sentence"], event["trigger_start"]


def sample(seed: int, n: int, out: Path) -> None:
    rows, excluded = _rows_and_excluded()
    numbers = [i for i, row in enumerate(rows) if row["label"] in LABELS and i not in excluded]
    found = _events(numbers, rows)
    picked = random.Random(seed).sample(found, min(n, len(found)))
    with out.open("w", encoding="utf-8") as handle:
        for event in picked:
            handle.write(json.dumps(event, ensure_ascii=False) + "\n")
    print(f"{len(numbers)} stories, {len(found)} events, {len(picked)} sampled (seed {seed})")
    print("stances output:", dict(Counter(event["stance"] for event in found)))


def _now_stance(item: dict[str, Any], now: dict[tuple[str, str, int], dict[str, Any]]) -> str:
    """The stance the extractor gives the judged event now: its own trigger's, else that of an
    event of the same type in the same sentence it was merged into, else "none"."""
    if _key(item) in now:
        return now[_key(item)]["stance"]
    merged = [
        event
        for key, event in now.items()
        if key[:2] == _key(item)[:2] and event["type"] == item["type"]
    ]
    return merged[0]["stance"] if merged else "none"


def count(judged_path: Path) -> None:
    judged = [json.loads(line) for line in judged_path.open(encoding="utf-8") if line.strip()]
    rows, _ = _rows_and_excluded()
    numbers = sorted({int(item["source"].split(":")[1]) for item in judged})
    now = {_key(event): event for event in _events(numbers, rows)}
    if all("predicted_before" in item for item in judged):
        print("before (extractor 0.4.33, as drawn):")
        _report(judged, [item["predicted_before"] for item in judged])
        print("now:")
    _report(judged, [_now_stance(item, now) for item in judged])


def _report(judged: list[dict[str, Any]], predictions: list[str]) -> None:
    """The confusion (gold x predicted) and the kinds of the items still wrong."""
    confusion: Counter[tuple[str, str]] = Counter()
    kinds: Counter[str] = Counter()
    for item, predicted in zip(judged, predictions, strict=True):
        confusion[item["gold"], predicted] += 1
        if predicted != item["gold"]:
            kinds[item.get("kind") or "other"] += 1
    codes = sorted({code for pair in confusion for code in pair})
    print("gold \\ predicted " + " ".join(f"{code:>12}" for code in codes))
    for gold in codes:
        cells = " ".join(f"{confusion[gold, code]:>12}" for code in codes)
        print(f"{gold:>16} {cells}")
    right = sum(value for (gold, predicted), value in confusion.items() if gold == predicted)
    print(f"right {right} of {len(judged)}")
    false_assert = sum(v for (g, p), v in confusion.items() if p == "assert" and g != "assert")
    lost_assert = sum(v for (g, p), v in confusion.items() if g == "assert" and p != "assert")
    print(f"asserted but not so: {false_assert}; so but not asserted: {lost_assert}")
    print("errors by kind (the judged kind of each item still wrong):")
    for kind, value in kinds.most_common():
        print(f"  {value:>3}  {kind}")


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if args[:1] == ["sample"]:
        sample(int(args[1]), int(args[2]), Path(args[3]))
    elif args[:1] == ["count"]:
        count(Path(args[1]) if len(args) > 1 else JUDGED)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
