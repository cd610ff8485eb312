"""Which labelled candidates the veto is trained on, and which stories it must never read.

Training: the world dev split (collect.dev_candidates), the hand labels, judged sample A
(tests/devset_world/mined_false_events.jsonl), the train rows of judged sample C (a copy of
``mined_judged_c.jsonl``, when present) and the judged stances. Never: judged sample B
(``mined_false_events_b.jsonl``, the untouched test), sample C's ``"split": "test"`` rows, a
measured split, and any story sharing a title with a story one of them quotes.
"""

from __future__ import annotations

import json
from pathlib import Path

from scripts.event_classifier import hand_labels
from scripts.event_classifier.collect import (
    Labelled,
    by_sentence,
    by_trigger,
    synthetic_documents,
)
from scripts.event_classifier.devset import TUNING_SPLIT

REPO = Path(__file__).resolve().parents[2]
SAMPLE_A = REPO / "tests" / "devset_world" / "mined_false_events.jsonl"
SAMPLE_B = REPO / "tests" / "devset_world" / "mined_false_events_b.jsonl"  # never trained on
SAMPLE_C = REPO / "tests" / "devset_world" / "mined_judged_c.jsonl"
STANCES = REPO / "tests" / "benchmarks" / "mined_stances.jsonl"
TEST = "test"  # a judged row's "split" that keeps it out of training


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def judged_rows(path: Path, test: bool) -> list[dict]:
    """A judged sample's rows with a verdict: its test rows, or the others."""
    rows = [r for r in read_jsonl(path) if r.get("verdict") in ("right", "wrong")]
    return [r for r in rows if (r.get("split") == TEST) == test]


def forbidden_titles(
    rows: list[dict[str, str]], coded: tuple[Path, ...], sample_c: Path = SAMPLE_C
) -> set[str]:
    """Titles of the stories the tests read: those measured items quote (``coded``: the
    hand-coded sets), sample B's and sample C's test rows. A row a dev item quotes stays
    allowed: dev is training data too, and its item falls in the same fold (same title)."""
    tested = [r["row"] for r in read_jsonl(SAMPLE_B)] + [
        r["row"] for r in judged_rows(sample_c, test=True)
    ]
    for path in coded:
        for item in read_jsonl(path):
            origin = item.get("origin") or ""
            if origin.startswith("ngec:") and item.get("split") != TUNING_SPLIT:
                tested.append(int(origin[5:]))
    return {rows[n]["title"] for n in tested}


def synthetic_candidates(
    rows: list[dict[str, str]],
    forbidden: set[str],
    families: dict[str, str],
    sample_c: Path = SAMPLE_C,
) -> list[Labelled]:
    """Candidates of the allowed synthetic stories that a person judged; one verdict per
    candidate (the first source that judged it: hand labels, samples A and C, stances)."""

    def allowed(number: int) -> bool:
        return rows[number]["title"] not in forbidden

    hand = [(hand_labels.row_of(h), h) for h in hand_labels.load()]
    judged = [(r["row"], r) for r in read_jsonl(SAMPLE_A) + judged_rows(sample_c, test=False)]
    judged = [(n, r) for n, r in judged if r.get("verdict") in ("right", "wrong")]
    stances = [(int(s["source"][5:]), s) for s in read_jsonl(STANCES)]
    numbers = {n for n, _ in hand + judged + stances if allowed(n)}
    docs = synthetic_documents(rows, numbers)
    seen: set[tuple[int, int]] = set()
    found: list[Labelled] = []

    def add(number: int, events: list[dict], label: bool, source: str) -> None:
        for event in events:
            if (number, event["trigger_start"]) not in seen:
                seen.add((number, event["trigger_start"]))
                group = f"title:{rows[number]['title']}"
                found.append(Labelled(event["features"], label, group, source))

    for number, label in hand:
        if number in numbers:
            at = rows[number]["text"].find(label["sentence"])
            if at >= 0:
                events = by_trigger(docs[number], at + label["trigger_start"])
                add(number, events, bool(label["event"]), "hand")
    for number, row in judged:
        if number in numbers:
            events = by_sentence(docs[number], row, families)
            add(number, events, row["verdict"] == "right", "judged")
    for number, stance in stances:
        if number in numbers:
            at = rows[number]["text"].find(stance["sentence"])
            if at >= 0:
                events = by_trigger(docs[number], at + stance["trigger_start"])
                add(number, events, stance["gold"] == "assert", "stances")
    return found
