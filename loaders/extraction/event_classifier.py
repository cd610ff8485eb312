"""``wirehouse_event_check``: a small trained veto on the rules' asserted violent events.

The rules (events/) find triggers and decide sense and modality from the words around them;
they fit the text they were tuned on. This component scores each asserted rule event with a
logistic regression over the event's features (event_features.py: the trigger's sense, the
tense and clause it sits in, the time words, cues and words of its sentence, the rules' own
reading), all read from the parse the pipeline already made, and drops the event when the
score is below the model's threshold (chosen by cross-validation, stored with the weights).
Other stances are never touched; documents without an asserted event cost nothing. Off by
default (``DEFAULT_ENABLED``) unless its figures on text nobody tuned on say otherwise (README,
"Trained components").

The model is one JSON file in ``loaders/data/models/event_classifier/`` (feature -> weight,
bias, threshold, training figures), rebuilt by ``python -m scripts.event_classifier``; nothing
is downloaded.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from loaders.extraction.event_features import event_features, family

COMPONENT_NAME = "wirehouse_event_check"
MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "models" / "event_classifier"
MODEL_FILE = "model.json"
ENABLE_VARIABLE = "WIREHOUSE_EVENT_CHECK"  # "1" / "0": the component on or off
DEFAULT_ENABLED = False  # the rules alone until the classifier's gain on untuned text is shown


@dataclass
class Model:
    """A logistic regression over feature strings (absent features weigh nothing)."""

    weights: dict[str, float]
    bias: float = 0.0
    threshold: float = 0.5
    meta: dict[str, Any] = field(default_factory=dict)
    families: list[str] | None = None  # the families it may veto (None: every family)

    def score(self, features: list[str]) -> float:
        total = self.bias + sum(self.weights.get(name, 0.0) for name in set(features))
        return 1.0 / (1.0 + math.exp(-max(min(total, 30.0), -30.0)))

    def to_json(self) -> str:
        """Sorted keys and rounded weights: the same training gives the same bytes."""
        body = {
            "bias": round(self.bias, 6),
            "threshold": self.threshold,
            "meta": self.meta,
            "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())},
        }
        if self.families is not None:
            body["families"] = sorted(self.families)
        return json.dumps(body, indent=0, sort_keys=True, ensure_ascii=False) + "\n"

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        (directory / MODEL_FILE).write_text(self.to_json(), encoding="utf-8")


def enabled() -> bool:
    """Whether ``load_nlp`` adds the component: ``$WIREHOUSE_EVENT_CHECK``, else the default."""
    given = os.environ.get(ENABLE_VARIABLE, "").strip().lower()
    if given in ("1", "true", "on", "yes"):
        return True
    if given in ("0", "false", "off", "no"):
        return False
    return DEFAULT_ENABLED


def load_model(path: str | Path = MODEL_DIR) -> Model:
    """The shipped classifier (a directory holding model.json); offline."""
    body = json.loads((Path(path) / MODEL_FILE).read_text(encoding="utf-8"))
    return Model(
        body["weights"], body["bias"], body["threshold"], body.get("meta", {}), body.get("families")
    )


def model_threshold(model: Model) -> float:
    return model.threshold


@Language.factory(
    COMPONENT_NAME,
    default_config={"model_path": str(MODEL_DIR), "threshold": None},
    requires=["doc.user_data"],
    assigns=["doc.user_data"],
)
def make_event_check(
    nlp: Language, name: str, model_path: str, threshold: float | None
) -> EventCheck:
    return EventCheck(model_path, threshold)


class EventCheck:
    """Drops asserted events the model scores below the threshold."""

    def __init__(self, model_path: str | Path, threshold: float | None = None) -> None:
        self.model = load_model(model_path)
        self.threshold = self.model.threshold if threshold is None else threshold

    def scores(self, doc: Doc, events: list[dict[str, Any]]) -> dict[int, float]:
        """Index -> score of every asserted event of ``events`` (the document's, in order) of a
        family the model may veto."""
        allowed = self.model.families
        return {
            i: self.model.score(event_features(doc, events, i))
            for i, event in enumerate(events)
            if event["stance"] == "assert" and (allowed is None or family(event["type"]) in allowed)
        }

    def __call__(self, doc: Doc) -> Doc:
        from loaders.extraction.components import EVENTS_KEY

        events = doc.user_data.get(EVENTS_KEY)
        if not events:
            return doc
        scored = self.scores(doc, events)
        vetoed = {i for i, score in scored.items() if score < self.threshold}
        if vetoed:
            doc.user_data[EVENTS_KEY] = [e for i, e in enumerate(events) if i not in vetoed]
        return doc
