"""``wirehouse_event_check``: a small trained veto on the rules' asserted violent events.

The rules (events/) find triggers and decide sense and modality from the words around them;
they fit the text they were tuned on. This component scores each sentence that holds an
asserted rule event with a spaCy text classifier ("this sentence reports a violent event that
happened") and drops the event when the score is below ``threshold`` (chosen by
cross-validation on hand-labelled and world dev events, stored in the model's ``wirehouse``
metadata). Only sentences with a candidate event are scored, so documents without events cost
nothing. Off by default (``DEFAULT_ENABLED``): on the untuned world splits it did not beat the
rules (README, "Trained components").

The model ships in ``loaders/data/models/event_classifier/`` and is rebuilt by
``python -m scripts.event_classifier`` (README, "Trained components"). Nothing is downloaded:
the model is a bag-of-words ``textcat`` on a blank English tokenizer.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT_NAME = "wirehouse_event_check"
MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "models" / "event_classifier"
LABEL = "EVENT"
ENABLE_VARIABLE = "WIREHOUSE_EVENT_CHECK"  # "1" / "0": the component on or off
DEFAULT_ENABLED = False  # the rules alone until the classifier's dev-set gain is shown
WORD = re.compile(r"[A-Za-z]+")


def classifier_text(sentence: str, trigger_start: int, trigger_end: int) -> str:
    """The classifier's input (training and run time share it): the sentence, then three
    made-up words naming the trigger and its neighbours ("xtrig_strike xleft_on xright_over"),
    so the bag of words knows which word fired and what stands beside it."""
    if not 0 <= trigger_start < trigger_end <= len(sentence):
        return sentence
    before = WORD.findall(sentence[:trigger_start])
    after = WORD.findall(sentence[trigger_end:])
    trigger = "_".join(WORD.findall(sentence[trigger_start:trigger_end])) or "none"
    marks = [f"xtrig_{trigger}", f"xleft_{before[-1] if before else 'none'}"]
    marks.append(f"xright_{after[0] if after else 'none'}")
    return f"{sentence} {' '.join(mark.lower() for mark in marks)}"


def enabled() -> bool:
    """Whether ``load_nlp`` adds the component: ``$WIREHOUSE_EVENT_CHECK``, else the default."""
    given = os.environ.get(ENABLE_VARIABLE, "").strip().lower()
    if given in ("1", "true", "on", "yes"):
        return True
    if given in ("0", "false", "off", "no"):
        return False
    return DEFAULT_ENABLED


def load_model(path: str | Path = MODEL_DIR) -> Language:
    """The shipped classifier (a spaCy pipeline directory); offline."""
    import spacy

    return spacy.load(Path(path))


def model_threshold(model: Language) -> float:
    return float(model.meta.get("wirehouse", {}).get("threshold", 0.5))


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
    """Drops asserted events whose sentence the classifier scores below the threshold."""

    def __init__(self, model_path: str | Path, threshold: float | None = None) -> None:
        self.model = load_model(model_path)
        self.threshold = model_threshold(self.model) if threshold is None else threshold

    def scores(self, texts: list[str]) -> list[float]:
        return [doc.cats[LABEL] for doc in self.model.pipe(texts)]

    def __call__(self, doc: Doc) -> Doc:
        from loaders.extraction.components import EVENTS_KEY

        events = doc.user_data.get(EVENTS_KEY)
        if not events:
            return doc
        judged = [i for i, event in enumerate(events) if event["stance"] == "assert"]
        if not judged:
            return doc
        scores = self.scores([event_text(doc.text, events[i]) for i in judged])
        vetoed = {i for i, score in zip(judged, scores, strict=True) if score < self.threshold}
        if vetoed:
            doc.user_data[EVENTS_KEY] = [e for i, e in enumerate(events) if i not in vetoed]
        return doc


def event_text(text: str, event: dict[str, Any]) -> str:
    """The classifier input of one contract event of a document whose text is ``text``."""
    start, end = event["sentence_start"], event["sentence_end"]
    return classifier_text(
        text[start:end], event["trigger_start"] - start, event["trigger_end"] - start
    )
