"""Train the event veto's logistic regression on labelled candidates (numpy only; same input,
same weights), cross-validate it by groups, and choose its threshold."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from loaders.extraction.event_classifier import Model
from scripts.event_classifier.collect import Labelled


@dataclass(frozen=True)
class Settings:
    seed: int = 13
    folds: int = 5
    min_count: int = 2  # a feature seen in fewer training candidates is left out
    l2: float = 1.0  # penalty on the weights' squares, per candidate of the training set
    iterations: int = 300  # full-batch Adam steps
    learn_rate: float = 0.05
    max_lost: float = 0.01  # share of true events the chosen threshold may drop in CV
    max_lost_real: float = 0.03  # ... and of the true real-news (FA-KES) candidates


def vocabulary(examples: Sequence[Labelled], min_count: int) -> list[str]:
    counts = Counter(name for e in examples for name in set(e.features))
    return sorted(name for name, n in counts.items() if n >= min_count)


def _rows(examples: Sequence[Labelled], index: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """A binary sparse matrix: column indices and row offsets (CSR without values)."""
    columns: list[int] = []
    offsets = [0]
    for example in examples:
        columns += sorted({index[f] for f in example.features if f in index})
        offsets.append(len(columns))
    return np.asarray(columns, dtype=np.int64), np.asarray(offsets, dtype=np.int64)


def fit(examples: Sequence[Labelled], settings: Settings = Settings()) -> Model:
    """Class-balanced L2 logistic regression by full-batch Adam (deterministic)."""
    names = vocabulary(examples, settings.min_count)
    index = {name: i for i, name in enumerate(names)}
    columns, offsets = _rows(examples, index)
    lengths = np.diff(offsets)
    row_of = np.repeat(np.arange(len(examples)), lengths)
    y = np.asarray([e.label for e in examples], dtype=np.float64)
    positives = max(y.sum(), 1.0)
    negatives = max(len(y) - y.sum(), 1.0)
    weight = np.where(y == 1, len(y) / (2 * positives), len(y) / (2 * negatives))
    w, b = np.zeros(len(names)), 0.0
    moments = [np.zeros(len(names) + 1), np.zeros(len(names) + 1)]
    for step in range(1, settings.iterations + 1):
        z = np.add.reduceat(w[columns], offsets[:-1]) if len(columns) else np.zeros(len(y))
        z = np.where(lengths > 0, z, 0.0) + b
        error = weight * (1.0 / (1.0 + np.exp(-z)) - y) / len(y)
        grad_w = np.bincount(columns, weights=error[row_of], minlength=len(names))
        grad_w += settings.l2 * w / len(y)
        grad = np.append(grad_w, error.sum())
        moments[0] = 0.9 * moments[0] + 0.1 * grad
        moments[1] = 0.999 * moments[1] + 0.001 * grad**2
        corrected = moments[0] / (1 - 0.9**step)
        scale = np.sqrt(moments[1] / (1 - 0.999**step)) + 1e-8
        update = settings.learn_rate * corrected / scale
        w -= update[:-1]
        b -= float(update[-1])
    kept = {name: float(v) for name, v in zip(names, w, strict=True) if abs(v) >= 1e-4}
    return Model(kept, float(b))


def folds_of(examples: Sequence[Labelled], settings: Settings) -> list[int]:
    """Each example's fold: whole groups, shuffled by the seed, each to the smallest fold."""
    groups = sorted({e.group for e in examples})
    random.Random(settings.seed).shuffle(groups)
    sizes = Counter(e.group for e in examples)
    load = [0] * settings.folds
    fold_of: dict[str, int] = {}
    for group in sorted(groups, key=lambda g: -sizes[g]):  # stable: ties keep the shuffle
        fold = load.index(min(load))
        fold_of[group] = fold
        load[fold] += sizes[group]
    return [fold_of[e.group] for e in examples]


def cross_validated(examples: Sequence[Labelled], settings: Settings = Settings()) -> list[float]:
    """Each example's score from a model trained on the other folds."""
    folds = folds_of(examples, settings)
    scores = [0.0] * len(examples)
    for fold in range(settings.folds):
        model = fit([e for e, f in zip(examples, folds, strict=True) if f != fold], settings)
        for i, example in enumerate(examples):
            if folds[i] == fold:
                scores[i] = model.score(example.features)
    return scores


def auc(labels: Sequence[bool], scores: Sequence[float]) -> float:
    """Probability that a true example outscores a false one (ties count half)."""
    pairs = sorted(zip(scores, labels, strict=True))
    ranks = np.empty(len(pairs))
    i = 0
    while i < len(pairs):
        j = i
        while j + 1 < len(pairs) and pairs[j + 1][0] == pairs[i][0]:
            j += 1
        ranks[i : j + 1] = (i + j) / 2 + 1
        i = j + 1
    positive = np.asarray([label for _, label in pairs], dtype=bool)
    n_pos, n_neg = positive.sum(), len(pairs) - positive.sum()
    if not n_pos or not n_neg:
        return float("nan")
    return float((ranks[positive].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


THRESHOLDS = [round(0.01 * i, 2) for i in range(1, 100)]


def choose_threshold(labels: Sequence[bool], scores: Sequence[float], max_lost: float) -> float:
    """The highest threshold whose veto drops at most ``max_lost`` of the true examples."""
    true = [s for s, label in zip(scores, labels, strict=True) if label]
    chosen = 0.0
    for threshold in THRESHOLDS:
        if sum(s < threshold for s in true) <= max_lost * len(true):
            chosen = threshold
    return chosen
