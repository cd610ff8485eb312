"""Rebuild the shipped event veto: ``python -m scripts.event_classifier``.

    python -m scripts.event_classifier [--shared DIR] [--out DIR] [--sample-c FILE]

1. Training data (sources.py): the rules' asserted events on the world ``dev`` split (right
   when they match a gold asserted event) and the judged candidates of the synthetic stories
   (hand labels, judged samples A and C's train rows, judged stances) and the train rows of the
   judged FA-KES sample (real news, fakes.py), each with its features
   (loaders/extraction/event_features.py); stories the tests read are never read.
2. Five-fold cross-validation grouped by story or article: AUC, what each threshold drops,
   and the threshold: the highest that drops at most ``Settings.max_lost`` of the true judged
   candidates and at most ``Settings.max_lost_real`` of the true real-news ones.
3. A logistic regression trained on everything (train.py, deterministic) is written with its
   threshold and figures to ``loaders/data/models/event_classifier/model.json``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from loaders.extraction.event_classifier import MODEL_DIR
from scripts.event_classifier.candidates import synthetic_rows
from scripts.event_classifier.collect import Labelled, dev_candidates
from scripts.event_classifier.fakes import SOURCE as REAL
from scripts.event_classifier.fakes import fakes_candidates
from scripts.event_classifier.sources import SAMPLE_C, forbidden_titles, synthetic_candidates
from scripts.event_classifier.train import (
    Settings,
    auc,
    choose_threshold,
    cross_validated,
    fit,
)
from tests.benchmarks.scoring import event_families
from tests.benchmarks.world_quality import WORLD, load_items

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SYNTHETIC = Path("data") / "synthetic-news" / "ngec_synthetic_events.csv"
# Every hand-coded set whose items may quote a synthetic story.
CODED = (WORLD, *sorted((REPO / "tests").glob("devset_attribution/*.jsonl")))
REPORTED = (0.05, 0.1, 0.2, 0.3, 0.4, 0.5)
NEVER_JUDGED = {"dev_modal"}  # trained on, never seen by the veto: not in AUC or threshold
# Session 12's declared refinement (README "Trained components"): the veto never drops a
# killing, execution or abduction; its real-news cross-validation there dropped as many right
# candidates as wrong ones. The threshold is still chosen over every judged candidate.
EXEMPT_FAMILIES = ("violence_against_people",)
# min_count 3: the JSON stays small (~0.1 MB; min_count 1 gives 0.7 MB for +0.001 CV AUC)
GRID = [Settings(l2=l2, min_count=3) for l2 in (0.3, 1.0, 3.0, 10.0)]


def best_settings(examples: list[Labelled]) -> tuple[Settings, list[float], float]:
    """The settings of GRID whose cross-validated AUC over the real-news candidates (over every
    judged candidate when there are none) is highest (the first of equals), with their
    scores."""
    judged = [i for i, e in enumerate(examples) if e.source not in NEVER_JUDGED]
    judged = [i for i in judged if examples[i].source == REAL] or judged
    best: tuple[Settings, list[float], float] | None = None
    for settings in GRID:
        scores = cross_validated(examples, settings)
        value = auc([examples[i].label for i in judged], [scores[i] for i in judged])
        print(f"  l2 {settings.l2:<5} min_count {settings.min_count}: AUC {value:.3f}")
        if best is None or value > best[2]:
            best = (settings, scores, value)
    assert best is not None
    print(f"cross-validated AUC {best[2]:.3f} (l2 {best[0].l2}, min_count {best[0].min_count})")
    return best


def training_data(shared: Path, sample_c: Path) -> list[Labelled]:
    rows = synthetic_rows(shared / SYNTHETIC)
    forbidden = forbidden_titles(rows, CODED, sample_c)
    titles = {n: row["title"] for n, row in enumerate(rows)}
    found = dev_candidates(load_items("all"), titles, forbidden)
    found += synthetic_candidates(rows, forbidden, event_families(), sample_c)
    found += fakes_candidates(shared, event_families())
    return found


def trade_off(examples: list[Labelled], scores: list[float], threshold: float) -> dict:
    """Per source: (true, false) candidates, and how many of each the threshold drops."""
    table: dict[str, list[int]] = {}
    for example, score in zip(examples, scores, strict=True):
        row = table.setdefault(example.source, [0, 0, 0, 0])
        row[0 if example.label else 1] += 1
        if score < threshold:
            row[2 if example.label else 3] += 1
    return {
        source: {"true": t, "false": f, "true_dropped": td, "false_dropped": fd}
        for source, (t, f, td, fd) in sorted(table.items())
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--sample-c", type=Path, default=SAMPLE_C)
    args = parser.parse_args(argv)
    if not (args.shared / SYNTHETIC).exists():
        print(f"no synthetic stories at {args.shared / SYNTHETIC}")
        return 2
    examples = training_data(args.shared, args.sample_c)
    counts = Counter((e.source, e.label) for e in examples)
    print(f"examples: {len(examples)} in {len({e.group for e in examples})} groups")
    for (source, label), n in sorted(counts.items()):
        print(f"  {source:<8} {'true' if label else 'false':<6} {n}")
    settings, scores, cv_auc = best_settings(examples)
    judged = [i for i, e in enumerate(examples) if e.source not in NEVER_JUDGED]
    labels = [examples[i].label for i in judged]
    for source in sorted({e.source for e in examples}):
        part = [(e.label, s) for e, s in zip(examples, scores, strict=True) if e.source == source]
        print(f"  {source:<10} AUC {auc(*zip(*part, strict=True)):.3f}")
    threshold = choose_threshold(labels, [scores[i] for i in judged], settings.max_lost)
    real = [i for i in judged if examples[i].source == REAL]
    if real:  # both limits hold: the lower of the two highest thresholds
        real_labels = [examples[i].label for i in real]
        limit = choose_threshold(real_labels, [scores[i] for i in real], settings.max_lost_real)
        print(f"  highest threshold by all judged {threshold}, by real news {limit}")
        threshold = min(threshold, limit)
    for value in sorted({*REPORTED, threshold}):
        dropped = trade_off(examples, scores, value)
        cells = ", ".join(
            f"{s} {d['false_dropped']}/{d['false']} false, {d['true_dropped']}/{d['true']} true"
            for s, d in dropped.items()
        )
        print(f"  threshold {value:.2f}{' (chosen)' if value == threshold else ''}: {cells}")
    model = fit(examples, settings)
    model.threshold = threshold
    model.families = sorted(set(event_families().values()) - set(EXEMPT_FAMILIES))
    model.meta = {
        "examples": len(examples),
        "true_examples": sum(e.label for e in examples),
        "by_source": {f"{s}:{'true' if lab else 'false'}": n for (s, lab), n in counts.items()},
        "cross_validated_auc": round(cv_auc, 4),
        "cross_validated": trade_off(examples, scores, threshold),
        "settings": vars(settings),
        "features": len(model.weights),
    }
    model.save(args.out)
    print(f"written {args.out} ({len(model.weights)} weights, threshold {threshold})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
