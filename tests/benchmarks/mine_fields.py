"""Mine the doer and place of asserted events in synthetic stories nobody tuned on, and recount.

Session 10's doers round (issue 13): a random sample of NGEC synthetic stories of the ASSAULT,
COERCE, ACCUSE, RETREAT and MOBILIZE labels (rows never quoted by a hand-coded item and no
same-title sibling of a measured one: ``scripts.event_classifier.weak_labels.excluded_rows``),
run through the real extractor.

    python -m tests.benchmarks.mine_fields dump     # the sample's asserted events, to judge
    python -m tests.benchmarks.mine_fields recount  # the judged events: kinds of errors left

``mined_fields.jsonl`` holds the events judged by hand: the story row, the sentence's start, the
event type, the doer and place an analyst expects (words as written and country; null words for
"no doer named") and the kinds of error the extractor made at judging time. ``recount`` reruns
the extractor on the judged rows and counts, per kind, the judged errors still wrong now.
The draw depends on which rows tests/ quotes: it was made at commit 6a79ad9 (``dump``, then
``dump --seed 5001 --count 108 --after 1`` for the rest of the pool); items quoting rows since
then change what ``dump`` draws, never what ``recount`` reads (the judged rows are stored).
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

from scripts.event_classifier.__main__ import SHARED, SYNTHETIC
from scripts.event_classifier.candidates import synthetic_rows
from scripts.event_classifier.weak_labels import excluded_rows
from tests.benchmarks.scoring import event_families, fold, run_extraction, same_span

REPO = Path(__file__).resolve().parents[2]
STORIES = SHARED / SYNTHETIC
JUDGED = Path(__file__).with_name("mined_fields.jsonl")
# Every ASSAULT row is quoted by an item or is a measured item's sibling: the labels whose stories
# tell violence in passing (coercion, accusations, retreats after fighting, mobilisation) are left
LABELS = frozenset({"ASSAULT", "COERCE", "ACCUSE", "RETREAT", "MOBILIZE"})
SEED = 5000
STORY_COUNT = 180
PUBLISHED = "2020-06-15"  # the stories carry no date; events' days are not judged here


def used_rows() -> set[int]:
    """Rows quoted anywhere under tests/ (any split, any set), and the measured ones' siblings."""
    rows = load_rows()
    coded = [*sorted((REPO / "tests").rglob("*.jsonl"))]
    excluded = excluded_rows(rows, *[p for p in coded if _has_origins(p)])
    for path in (REPO / "tests").rglob("*"):
        if path.is_file() and path.suffix in {".jsonl", ".py", ".md", ".json"}:
            text = path.read_text(encoding="utf-8", errors="ignore")
            excluded |= {int(n) for n in re.findall(r"ngec:(\d+)", text)}
    return excluded


def _has_origins(path: Path) -> bool:
    return path != JUDGED and '"origin"' in path.read_text(encoding="utf-8", errors="ignore")


def load_rows() -> list[dict[str, str]]:
    return synthetic_rows(STORIES)


def sample(
    seed: int = SEED, count: int = STORY_COUNT, skip: frozenset[int] = frozenset()
) -> list[int]:
    """``count`` allowed rows drawn with ``seed``, none of ``skip`` (an earlier draw)."""
    rows = load_rows()
    excluded = used_rows() | skip
    allowed = [i for i, row in enumerate(rows) if row["label"] in LABELS and i not in excluded]
    return sorted(random.Random(seed).sample(allowed, count))


def extract(numbers: list[int]) -> dict[int, dict[str, Any]]:
    rows = load_rows()
    docs = [{"id": str(n), "text": rows[n]["text"], "published": PUBLISHED} for n in numbers]
    return {int(r["id"]): r for r in run_extraction(docs).results}


def _ref(ref: dict[str, Any] | None) -> str:
    if not ref:
        return "-"
    return f"{ref.get('text')!r}/{ref.get('country')}"


def dump(numbers: list[int]) -> None:
    rows = load_rows()
    for number, result in extract(numbers).items():
        text = rows[number]["text"]
        print(f"\n===== row {number} ({rows[number]['label']})")
        for event in result.get("events", []):
            if event["stance"] != "assert":
                continue
            sentence = text[event["sentence_start"] : event["sentence_end"]].replace("\n", " ")
            print(f"  @{event['sentence_start']} {event['type']}: {sentence[:300]}")
            print(
                f"      actor {_ref(event['actor'])} target {_ref(event['target'])} "
                f"place {_ref(event['location'])} claimant {_ref(event['claimant'])}"
            )


def _words_right(text: str, words: str | None, predicted: dict[str, Any] | None) -> bool:
    if words is None:
        return predicted is None or not predicted.get("text")
    return same_span(text, words, predicted)


def field_right(text: str, expected: dict[str, Any], predicted: dict[str, Any] | None) -> bool:
    """Words as the dev scorer reads them, and the country when one is expected."""
    if not _words_right(text, expected.get("text"), predicted):
        return False
    country = expected.get("country")
    return country is None or (predicted or {}).get("country") == country


def kind_right(
    text: str, kind: str, expected: dict[str, Any], predicted: dict[str, Any] | None
) -> bool:
    """A judged error is gone when the field is right; for junk in a span, the words must be
    the expected ones exactly, and for a wrong country the country too (none included)."""
    if not field_right(text, expected, predicted):
        return False
    if kind.endswith("span_junk"):
        return fold((predicted or {}).get("text") or "") == fold(expected.get("text") or "")
    if kind.endswith("wrong_country"):
        return (predicted or {}).get("country") == expected.get("country")
    return True


def find_event(result: dict[str, Any], judged: dict[str, Any]) -> dict[str, Any] | None:
    family = event_families().get(judged["type"])
    for event in result.get("events", []):
        if (
            event["stance"] == "assert"
            and event["sentence_start"] == judged["sentence_start"]
            and event_families().get(event["type"]) == family
        ):
            return event
    return None


def recount() -> Counter:
    judged = [json.loads(line) for line in JUDGED.open(encoding="utf-8") if line.strip()]
    rows = load_rows()
    results = extract(sorted({j["row"] for j in judged}))
    kinds: Counter = Counter()
    for item in judged:
        text = rows[item["row"]]["text"]
        event = find_event(results[item["row"]], item)
        for kind in item["kinds"]:
            field = "location" if kind.startswith("place") else "actor"
            expected = item["place" if field == "location" else "actor"]
            right = event is not None and kind_right(text, kind, expected, event.get(field))
            kinds[(kind, "fixed" if right else "left")] += 1
        if event is None:
            kinds[("event lost", "left")] += 1
        else:
            for field, key in (("actor", "actor"), ("location", "place")):
                right = field_right(text, item[key], event.get(field))
                kinds[(f"{key} right", "yes" if right else "no")] += 1
    return kinds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("sample", "dump", "recount"))
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--count", type=int, default=STORY_COUNT)
    parser.add_argument("--after", type=int, help="skip the default draw (a second draw)")
    args = parser.parse_args(argv)
    if not STORIES.exists():
        print(f"no synthetic stories at {STORIES}")
        return 0
    if args.command == "sample":
        print(" ".join(map(str, sample(args.seed, args.count))))
    elif args.command == "dump":
        skip = frozenset(sample()) if args.after else frozenset()
        dump(sample(args.seed, args.count, skip))
    else:
        for (kind, state), count in sorted(recount().items()):
            print(f"{kind:<40}{state:<8}{count:>5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["fold", "main"]
