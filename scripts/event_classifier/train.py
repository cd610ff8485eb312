"""Train the bag-of-words text classifier on labelled candidate sentences (fixed seeds)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from loaders.extraction.event_classifier import LABEL

OTHER = "OTHER"


@dataclass(frozen=True)
class Example:
    text: str  # classifier_text of the candidate
    label: bool  # True: the sentence reports a violent event that happened


@dataclass(frozen=True)
class Settings:
    seed: int = 13
    epochs: int = 8
    folds: int = 5
    batch_size: int = 64
    ngram_size: int = 1  # bigrams did no better in 5-fold cross-validation
    length: int = 2**18  # hashed features: 2 x 262,144 floats, about 2 MB on disk
    learn_rate: float = 0.001


def blank_classifier(settings: Settings) -> Any:
    import spacy

    nlp = spacy.blank("en")
    model = {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": True,
        "length": settings.length,
        "ngram_size": settings.ngram_size,
        "no_output_layer": False,
    }
    textcat = nlp.add_pipe("textcat", config={"model": model})
    textcat.add_label(LABEL)
    textcat.add_label(OTHER)
    return nlp


def train(examples: Sequence[Example], settings: Settings = Settings()) -> Any:
    """A trained pipeline (blank English tokenizer + ``textcat``); same input, same model."""
    import spacy
    from spacy.training import Example as SpacyExample
    from thinc.api import Adam

    spacy.util.fix_random_seed(settings.seed)
    nlp = blank_classifier(settings)
    gold = [
        SpacyExample.from_dict(
            nlp.make_doc(example.text),
            {"cats": {LABEL: float(example.label), OTHER: float(not example.label)}},
        )
        for example in examples
    ]
    optimizer = nlp.initialize(lambda: gold[:200], sgd=Adam(settings.learn_rate))
    shuffler = random.Random(settings.seed)
    order = list(range(len(gold)))
    for _ in range(settings.epochs):
        shuffler.shuffle(order)
        for start in range(0, len(order), settings.batch_size):
            batch = [gold[i] for i in order[start : start + settings.batch_size]]
            nlp.update(batch, sgd=optimizer, drop=0.0)
    return nlp


def balanced(examples: Sequence[Example]) -> list[Example]:
    """Each class repeated to the larger class's size (deterministic), so the threshold is
    not pushed by the share of positives in weakly labelled data."""
    positives = [e for e in examples if e.label]
    negatives = [e for e in examples if not e.label]
    if not positives or not negatives:
        return list(examples)
    small, large = sorted((positives, negatives), key=len)
    repeated = [small[i % len(small)] for i in range(len(large))]
    return [*large, *repeated]


def predict(nlp: Any, texts: Sequence[str]) -> list[float]:
    return [doc.cats[LABEL] for doc in nlp.pipe(texts)]


def cross_validated(
    examples: Sequence[Example], extra: Sequence[Example] = (), settings: Settings = Settings()
) -> list[float]:
    """Each example's score from a model trained without it (``settings.folds`` folds, seeded;
    ``extra`` examples are always trained on, never scored): what the threshold is chosen on."""
    order = list(range(len(examples)))
    random.Random(settings.seed).shuffle(order)
    scores = [0.0] * len(examples)
    for fold in range(settings.folds):
        held = set(order[fold :: settings.folds])
        kept = [examples[i] for i in order if i not in held]
        model = train(balanced([*kept, *extra]), settings)
        ids = sorted(held)
        for i, value in zip(ids, predict(model, [examples[i].text for i in ids]), strict=True):
            scores[i] = value
    return scores
