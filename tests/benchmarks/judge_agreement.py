"""A blind second judgment of the judged FA-KES samples, and the judges' agreement.

    python -m tests.benchmarks.judge_agreement show [--from N] [--to N]
    python -m tests.benchmarks.judge_agreement skeleton > F
    python -m tests.benchmarks.judge_agreement compare [--second F]

``show`` prints, for a seeded draw of 80 events of sample 2 (``mined_fakes_judged_2.jsonl``)
and 40 of sample 1 (``mined_fakes_judged.jsonl``), shuffled together, only what a judge needs:
the sentence, its article's title and the text around it, the asserted type, family and stance;
never the first verdict, its kind, its split or which sample it comes from (printed, never
stored: FA-KES is third-party writing). ``skeleton`` writes the same events, in the same
order, with empty ``verdict`` and ``kind``, to be filled by hand into
``mined_fakes_second_judgment.jsonl``.
``compare`` matches the second judgment with the first (by position in the draw) and prints the
agreement on right / wrong and Cohen's kappa, per sample and per family, then one line per
disagreement (sample, row, type, first and second verdict and kind).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from tests.benchmarks.mine_fakes import JUDGED, JUDGED_2, WRONG_FAMILY, load
from tests.devset.corpus import FAKES_CSV, SHARED, _clean, fakes_rows

SECOND = JUDGED.with_name("mined_fakes_second_judgment.jsonl")
SEED = 1212
DRAWN = {2: 80, 1: 40}  # events drawn from each sample


def drawn() -> list[tuple[int, int, dict[str, Any]]]:
    """(sample, index in its file, event) of the seeded draw, shuffled across the samples."""
    files = {1: load(JUDGED), 2: load(JUDGED_2)}
    rng = random.Random(SEED)
    picks = [(s, i) for s in (2, 1) for i in rng.sample(range(len(files[s])), DRAWN[s])]
    rng.shuffle(picks)
    return [(s, i, files[s][i]) for s, i in picks]


def blank(event: dict[str, Any]) -> dict[str, Any]:
    return {**event, "verdict": "", "kind": ""}


def show(start: int, stop: int) -> None:
    rows = fakes_rows()
    for number, (_, _, event) in enumerate(drawn()[start:stop], start):
        text = _clean(rows[event["row"]].content)
        s, e = event["sentence_start"], event["sentence_end"]
        before = text[max(0, s - 450) : s].replace("\n", " ")
        after = text[e : e + 250].replace("\n", " ")
        print(
            f"#{number} row {event['row']} {event['type']} ({event['family']}, {event['stance']})"
        )
        print(f"   title: {_clean(rows[event['row']].title)[:140]}")
        print(f"   ...{before}")
        print(f"   >>> {text[s:e]}")
        print(f"   <<< {after}...\n")


def kappa(pairs: list[tuple[bool, bool]]) -> float:
    """Cohen's kappa of two judges' right (True) / wrong (False) verdicts."""
    n = len(pairs)
    if not n:
        return float("nan")
    observed = sum(a == b for a, b in pairs) / n
    first, second = sum(a for a, _ in pairs) / n, sum(b for _, b in pairs) / n
    expected = first * second + (1 - first) * (1 - second)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def agreement_line(name: str, pairs: list[tuple[bool, bool]]) -> str:
    same = sum(a == b for a, b in pairs)
    first, second = sum(a for a, _ in pairs), sum(b for _, b in pairs)
    share = same / len(pairs) if pairs else 0.0
    return (
        f"{name:<28}{same:>4}/{len(pairs):<4}= {share:.2f}  kappa {kappa(pairs):5.2f}"
        f"  right: first {first}, second {second}"
    )


Pair = tuple[int, int, dict[str, Any], dict[str, Any]]  # sample, index, first, second


def verdict_pairs(pairs: list[Pair], any_family: bool = False) -> list[tuple[bool, bool]]:
    """(first right?, second right?) per pair; ``any_family`` counts a wrong-family event as
    right, as the veto's labels do (scripts/event_classifier/fakes.py)."""

    def right(event: dict[str, Any]) -> bool:
        return event["verdict"] == "right" or (any_family and event["kind"] == WRONG_FAMILY)

    return [(right(first), right(other)) for *_, first, other in pairs]


def compare(second_path: Path) -> None:
    second = load(second_path)
    pairs: list[Pair] = []
    for (sample, index, first), other in zip(drawn(), second, strict=True):
        assert other == {**first, "verdict": other["verdict"], "kind": other["kind"]}, other
        pairs.append((sample, index, first, other))
    print(agreement_line("all", verdict_pairs(pairs)))
    for number in (1, 2):
        print(
            agreement_line(f"sample {number}", verdict_pairs([p for p in pairs if p[0] == number]))
        )
    for split in ("train", "test"):
        chosen = [p for p in pairs if p[2]["split"] == split]
        print(agreement_line(f"{split} rows", verdict_pairs(chosen)))
    print("the veto's label (wrong family counted right):")
    print(agreement_line("  all", verdict_pairs(pairs, True)))
    for number in (1, 2):
        chosen = [p for p in pairs if p[0] == number]
        print(agreement_line(f"  sample {number}", verdict_pairs(chosen, True)))
    test = [p for p in pairs if p[2]["split"] == "test"]
    print(agreement_line("  test rows", verdict_pairs(test, True)))
    print("by family of the asserted type:")
    for family in sorted({p[2]["family"] for p in pairs}):
        chosen = [p for p in pairs if p[2]["family"] == family]
        print(agreement_line(f"  {family}", verdict_pairs(chosen)))
    for number in (1, 2):
        both = [(p[2]["kind"], p[3]["kind"]) for p in pairs if p[0] == number]
        both = [(a, b) for a, b in both if a and b]
        same = sum(a == b for a, b in both)
        print(f"sample {number}, wrong by both: same kind {same}/{len(both)}")
    print("disagreements on right / wrong (sample, index, row, type: first | second):")
    for sample, index, first, other in pairs:
        if first["verdict"] != other["verdict"]:
            print(
                f"  s{sample} #{index} row {first['row']} {first['type']}: "
                f"{first['verdict']} {first['kind']} | {other['verdict']} {other['kind']}"
            )
    kinds = Counter((p[2]["kind"], p[3]["kind"]) for p in pairs)
    print("both wrong, kinds differ (first | second):")
    for (a, b), count in sorted(kinds.items(), key=lambda kv: -kv[1]):
        if a and b and a != b:
            print(f"  {count} x {a} | {b}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    showing = sub.add_parser("show")
    showing.add_argument("--from", dest="start", type=int, default=0)
    showing.add_argument("--to", dest="stop", type=int, default=sum(DRAWN.values()))
    sub.add_parser("skeleton")
    comparing = sub.add_parser("compare")
    comparing.add_argument("--second", type=Path, default=SECOND)
    args = parser.parse_args(argv)
    if args.command == "skeleton":
        import json

        for _, _, event in drawn():
            print(json.dumps(blank(event)))
    elif args.command == "compare":
        compare(args.second)
    elif not (SHARED / FAKES_CSV).exists():
        print(f"skipped: {SHARED / FAKES_CSV} is absent (FA-KES is read from ../shared)")
    else:
        show(args.start, args.stop)
    return 0


if __name__ == "__main__":
    sys.exit(main())
