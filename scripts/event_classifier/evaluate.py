"""The shipped classifier against the rules alone, in one run: ``python -m
scripts.event_classifier.evaluate [--articles N] [--no-speed] [--no-world] [--fakes]``.

1. World set: asserted violent-event detection P/R/F1 of each split (dev, holdout, aside and
   any other split the set holds), with the component and without it (the same loaded
   pipeline, the component disabled).
2. Speed: ``extract_batch`` articles/s with and without the component and the stock spaCy
   model's ``nlp.pipe`` (wirehouse components disabled), on the benchmark corpus
   (tests/benchmarks/corpus.py: every article holds events, the component's worst case), the
   three taking turns on slices of 64 articles as in tests/benchmarks/run.py; and the
   component's own time on the same documents, parsed beforehand.
3. ``--fakes``: only the judged FA-KES sample's test rows (real news, never trained on):
   precision of the judged events put out with and without the veto, and the right events it
   vetoes (fakes.test_figures).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from loaders.extraction.event_classifier import COMPONENT_NAME
from tests.benchmarks.scoring import Counts, format_score
from tests.benchmarks.world_quality import WORLD, doc_inputs, load_items, score


def _line(name: str, counts: Counts) -> str:
    s = counts.scores()
    figures = " / ".join(format_score(s[k]) for k in ("precision", "recall", "f1"))
    return f"{name:<28}{counts.tp:>5}{counts.fp:>5}{counts.fn:>5}   {figures}"


def world_figures(nlp: Any, path: Path = WORLD) -> dict[str, dict[str, Counts]]:
    from loaders.extraction.pipeline import extract_batch

    items = load_items("all", path)
    splits = sorted({item["split"] for item in items}, key=lambda s: (s != "dev", s))
    figures: dict[str, dict[str, Counts]] = {}
    print(f"{'world split':<28}{'tp':>5}{'fp':>5}{'fn':>5}   P / R / F1")
    for split in splits:
        part = [item for item in items if item["split"] == split]
        with_check = extract_batch(nlp, doc_inputs(part))
        with nlp.select_pipes(disable=[COMPONENT_NAME]):
            rules = extract_batch(nlp, doc_inputs(part))
        figures[split] = {
            "rules": score(part, rules).detection,
            "classifier": score(part, with_check).detection,
        }
        print(_line(f"{split} ({len(part)}) rules", figures[split]["rules"]))
        print(_line(f"{split} ({len(part)}) + classifier", figures[split]["classifier"]))
    return figures


def speed(nlp: Any, size: int) -> dict[str, float]:
    from loaders.extraction.pipeline import BATCH_SIZE, added_components, extract_batch
    from tests.benchmarks import corpus

    docs = [
        {"id": a["id"], "text": a["text"], "published": a["published"]}
        for a, _ in corpus.generate(size)
    ]
    own = added_components(nlp)
    extract_batch(nlp, docs[:8])  # warm-up

    def stock(part: list[dict]) -> None:
        with nlp.select_pipes(disable=own):
            for _ in nlp.pipe((d["text"] for d in part), batch_size=BATCH_SIZE):
                pass

    def rules(part: list[dict]) -> None:
        with nlp.select_pipes(disable=[COMPONENT_NAME]):
            extract_batch(nlp, part)

    variants: list[tuple[str, Callable[[list[dict]], Any]]] = [
        ("stock", stock),
        ("rules", rules),
        ("classifier", lambda part: extract_batch(nlp, part)),
    ]
    spent = dict.fromkeys((name for name, _ in variants), 0.0)
    for turn, start in enumerate(range(0, len(docs), 64)):
        part = docs[start : start + 64]
        for name, work in variants[turn % 3 :] + variants[: turn % 3]:
            began = time.perf_counter()
            work(part)
            spent[name] += time.perf_counter() - began
    rates = {name: len(docs) / seconds for name, seconds in spent.items()}
    own = component_seconds(nlp, docs)
    print(f"\nspeed on {len(docs)} benchmark articles (articles/s):")
    print(f"  stock spaCy nlp.pipe          {rates['stock']:8.1f}")
    print(
        f"  extract_batch, rules only     {rates['rules']:8.1f}"
        f"   {rates['rules'] / rates['stock']:.3f} of stock"
    )
    print(
        f"  extract_batch + classifier    {rates['classifier']:8.1f}"
        f"   {rates['classifier'] / rates['stock']:.3f} of stock,"
        f" {rates['classifier'] / rates['rules']:.3f} of rules only"
    )
    print(
        f"  the component's own time: {own * 1000 / len(docs):.2f} ms per article,"
        f" {own * rates['rules'] / len(docs):.1%} of extract_batch (rules only)"
    )
    return rates


def component_seconds(nlp: Any, docs: list[dict]) -> float:
    """The component alone on the rules' parsed documents: its cost, whatever else the machine
    is doing while the interleaved turns run."""
    from loaders.extraction.pipeline import BATCH_SIZE

    check = nlp.get_pipe(COMPONENT_NAME)
    with nlp.select_pipes(disable=[COMPONENT_NAME]):
        parsed = list(nlp.pipe((d["text"] for d in docs), batch_size=BATCH_SIZE))
    began = time.perf_counter()
    for doc in parsed:
        check(doc)
    return time.perf_counter() - began


def fakes_report(nlp: Any) -> int:
    from scripts.event_classifier.fakes import skipped, test_figures
    from tests.devset.corpus import SHARED

    reason = skipped(SHARED)
    if reason:
        print(f"skipped: {reason}")
        return 0
    f = test_figures(nlp)
    print(f"FA-KES test rows: {f['judged']} judged events, {f['right']} right")
    for name in ("rules", "veto"):
        r = f[name]
        share = r["right"] / r["out"] if r["out"] else 0.0
        print(
            f"  {name:<6} out {r['out']:>4}, right {r['right']:>4}: precision {share:.3f}"
            f" (wrong family counted right: {r['right_any_family']})"
        )
    share = f["vetoed_right"] / f["right"] if f["right"] else 0.0
    print(
        f"  vetoed {f['vetoed']} judged events: {f['vetoed_right']} right ({share:.1%} of the"
        f" right ones), {f['vetoed_wrong_family']} of the wrong family"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    from loaders.extraction.pipeline import load_nlp

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=640)
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--no-world", action="store_true", help="the speed only")
    parser.add_argument("--world", type=Path, default=WORLD, help="another copy of world.jsonl")
    parser.add_argument("--fakes", action="store_true", help="the FA-KES test rows only")
    args = parser.parse_args(argv)
    nlp = load_nlp(event_check=True)
    if args.fakes:
        return fakes_report(nlp)
    if not args.no_world:
        world_figures(nlp, args.world)
    if not args.no_speed:
        speed(nlp, args.articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
