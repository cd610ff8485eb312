"""Rebuild the shipped event classifier: ``python -m scripts.event_classifier``.

    python -m scripts.event_classifier [--shared DIR] [--out DIR]

1. Training data: the hand-labelled candidate events of the synthetic stories
   (hand_labels.jsonl; a label whose story is now excluded, e.g. because a measured split
   quotes a story of the same title, is dropped) and the rules' asserted events on the world
   ``dev`` split, right when they match a gold asserted event; then, as negatives only, the
   rules' non-asserted events of dev items without an asserted gold event and the "strike"
   sentences of the synthetic labour and hunger strike stories (weak_labels.py). ``holdout``,
   ``aside`` and any other split are never read.
2. Five-fold cross-validated scores of the first two (the negatives always trained on) choose
   the veto threshold: the highest that drops no more than MAX_LOST of the true events.
3. A bag-of-words ``textcat`` is trained on all of them (fixed seeds, train.py) and written,
   with its threshold and figures in ``meta.json`` (``wirehouse``), to
   ``loaders/data/models/event_classifier/``.
Also printed: the weak labels' accuracy against the hand labels (weak_labels.py), and the dev
split's detection figures with the cross-validated scores (each item scored by a model that did
not see it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from loaders.extraction.event_classifier import MODEL_DIR, classifier_text
from scripts.event_classifier import hand_labels, weak_labels
from scripts.event_classifier.candidates import load_rules_nlp, synthetic_rows
from scripts.event_classifier.devset import (
    SplitRun,
    detection,
    labelled,
    modal_negatives,
    run_split,
)
from scripts.event_classifier.train import Example, Settings, balanced, cross_validated, train
from tests.benchmarks.world_quality import WORLD

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SYNTHETIC = Path("data") / "synthetic-news" / "ngec_synthetic_events.csv"
# Every hand-coded set whose items may quote a synthetic story.
CODED = (WORLD, *sorted((REPO / "tests").glob("devset_attribution/*.jsonl")))
CACHE = REPO / ".cache" / "event_classifier" / "synthetic_candidates.jsonl"
THRESHOLDS = [round(0.05 * i, 2) for i in range(1, 11)]
MAX_LOST = 0.005  # share of true events the veto may drop in cross-validation


def choose_threshold(examples: list[Example], scores: list[float]) -> float:
    """The highest threshold whose cross-validated veto drops at most MAX_LOST of the true
    events (0.0: no veto)."""
    true = [s for s, e in zip(scores, examples, strict=True) if e.label]
    false = [s for s, e in zip(scores, examples, strict=True) if not e.label]
    chosen = 0.0
    for threshold in THRESHOLDS:
        lost = sum(s < threshold for s in true)
        vetoed = sum(s < threshold for s in false)
        print(
            f"  threshold {threshold:.2f}: drops {vetoed}/{len(false)} wrong events,"
            f" {lost}/{len(true)} right ones"
        )
        if lost <= MAX_LOST * len(true):
            chosen = threshold
    return chosen


def dev_scores(run: SplitRun, asserted_scores: list[float]) -> list[list[float]]:
    """Per item, per event: the asserted events' scores in ``labelled`` order; 1.0 for the
    others (never vetoed)."""
    values = iter(asserted_scores)
    return [
        [next(values) if c.stance == "assert" else 1.0 for c in found] for found in run.candidates
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    args = parser.parse_args(argv)
    source = args.shared / SYNTHETIC
    if not source.exists():
        print(f"no synthetic stories at {source}: needed to know which rows to leave out")
        return 2
    rows = synthetic_rows(source)
    excluded = weak_labels.excluded_rows(rows, *CODED)
    every_label = hand_labels.load()
    hand = [label for label in every_label if hand_labels.row_of(label) not in excluded]
    print(f"hand labels: {len(hand)} ({len(every_label) - len(hand)} dropped: excluded rows)")
    for kind, (right, total) in weak_labels.accuracy(hand).items():
        print(f"  weak labels of {kind}: {right}/{total} right ({right / total:.2f})")
    dev = run_split(load_rules_nlp(), "dev")
    pairs = labelled(dev)
    examples = hand_labels.examples(hand) + [
        Example(classifier_text(c.sentence, c.trigger_start, c.trigger_end), right)
        for c, right in pairs
    ]
    negatives = [
        Example(classifier_text(*found), False)
        for found in weak_labels.strike_sentences(rows, excluded)
    ] + [
        Example(classifier_text(c.sentence, c.trigger_start, c.trigger_end), False)
        for c in modal_negatives(dev)
    ]
    settings = Settings()
    print(
        f"examples: {len(examples)}, {sum(e.label for e in examples)} true;"
        f" {len(negatives)} more negatives (strike sentences, dev modal events)"
    )
    scores = cross_validated(examples, negatives, settings)
    threshold = choose_threshold(examples, scores)
    per_item = dev_scores(dev, scores[len(hand) :])
    rules, vetoed = detection(dev, per_item, 0.0), detection(dev, per_item, threshold)
    print(f"threshold {threshold}; dev detection (cross-validated scores):")
    print(f"  rules       {rules}  {rules.scores()}")
    print(f"  with veto   {vetoed}  {vetoed.scores()}")
    model = train(balanced([*examples, *negatives]), settings)
    model.meta["name"] = "event_classifier"
    model.meta["wirehouse"] = {
        "threshold": threshold,
        "examples": len(examples) + len(negatives),
        "true_examples": sum(e.label for e in examples),
        "hand_labels": len(hand),
        "dev_cross_validated": {"rules": vars(rules), "with_veto": vars(vetoed)},
        "settings": vars(settings),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    model.to_disk(args.out)
    print(f"written {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
