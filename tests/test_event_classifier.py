"""The trained event veto (loaders/extraction/event_classifier.py) and its build script
(scripts/event_classifier/): the shipped model loads offline, ranks hand-written sentences,
vetoes only asserted events below its threshold, and a tiny training run works end to end."""

from __future__ import annotations

import csv
import json
import socket
from pathlib import Path

import pytest
import spacy

from loaders.extraction.components import EVENTS_KEY
from loaders.extraction.event_classifier import (
    COMPONENT_NAME,
    ENABLE_VARIABLE,
    LABEL,
    MODEL_DIR,
    EventCheck,
    classifier_text,
    enabled,
    load_model,
    model_threshold,
)
from scripts.event_classifier import hand_labels, weak_labels
from scripts.event_classifier.train import Example, Settings, balanced, cross_validated, train
from tests.conftest import shared_file

# Written for these tests: (sentence, trigger word).
NOT_EVENTS = [
    ("Dock workers in Chile went on strike on Tuesday over pay, their union said.", "strike"),
    ("Hundreds of detainees launched a hunger strike at a prison in Bahrain.", "strike"),
    ("The union said the general strike would continue until wages were raised.", "strike"),
]
EVENTS = [
    ("Gunmen killed five police officers at a checkpoint near Kandahar on Sunday.", "killed"),
    ("A suicide bomber blew himself up outside a mosque in Quetta, killing 20 people.", "bomber"),
    ("Rebels seized the town of Bunia after two days of fighting, residents said.", "seized"),
]


def text_of(sentence: str, word: str) -> str:
    start = sentence.index(word)
    return classifier_text(sentence, start, start + len(word))


@pytest.fixture(scope="module")
def model():  # type: ignore[no-untyped-def]
    return load_model()


def test_shipped_model_loads_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the classifier tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    loaded = load_model()
    assert loaded.pipe_names == ["textcat"]
    assert LABEL in loaded.get_pipe("textcat").labels
    assert 0.0 < model_threshold(loaded) < 1.0
    assert sum(f.stat().st_size for f in MODEL_DIR.rglob("*") if f.is_file()) < 5_000_000


def test_model_ranks_hand_written_sentences(model) -> None:  # type: ignore[no-untyped-def]
    scores = {s: model(text_of(s, w)).cats[LABEL] for s, w in NOT_EVENTS + EVENTS}
    highest_negative = max(scores[s] for s, _ in NOT_EVENTS)
    lowest_event = min(scores[s] for s, _ in EVENTS)
    assert highest_negative < lowest_event, scores


def _doc_with_events(
    nlp: spacy.Language, sentences: list[tuple[str, str, str]]
) -> spacy.tokens.Doc:
    """A document of the sentences, each holding one event (stance given) on its trigger."""
    doc = nlp.make_doc(" ".join(sentence for sentence, _, _ in sentences))
    events, offset = [], 0
    for sentence, word, stance in sentences:
        trigger = offset + sentence.index(word)
        events.append(
            {
                "type": "armed_clash",
                "stance": stance,
                "sentence_start": offset,
                "sentence_end": offset + len(sentence),
                "trigger_start": trigger,
                "trigger_end": trigger + len(word),
            }
        )
        offset += len(sentence) + 1
    doc.user_data[EVENTS_KEY] = events
    return doc


def test_veto_drops_asserted_events_below_the_threshold_only() -> None:
    nlp = spacy.blank("en")
    check = nlp.add_pipe(COMPONENT_NAME, config={"threshold": 0.5})
    assert isinstance(check, EventCheck) and check.threshold == 0.5
    planned = ("The rebels vowed to attack the town.", "attack", "plan")
    sentences = [(s, w, "assert") for s, w in NOT_EVENTS + EVENTS] + [planned]
    doc = nlp(_doc_with_events(nlp, sentences))
    kept = {doc.text[e["sentence_start"] : e["sentence_end"]] for e in doc.user_data[EVENTS_KEY]}
    scores = check.scores([text_of(s, w) for s, w, _ in sentences])
    expected = {s for (s, _, stance), v in zip(sentences, scores, strict=True) if v >= 0.5}
    assert kept == expected | {planned[0]}
    assert {s for s, _ in EVENTS} <= kept


def test_component_declares_what_it_reads_and_writes() -> None:
    meta = spacy.Language.get_factory_meta(COMPONENT_NAME)
    assert meta.requires == ["doc.user_data"] and meta.assigns == ["doc.user_data"]
    assert meta.default_config["model_path"] == str(MODEL_DIR)


def test_setting_turns_the_component_on_and_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENABLE_VARIABLE, "1")
    assert enabled()
    monkeypatch.setenv(ENABLE_VARIABLE, "off")
    assert not enabled()


def test_classifier_text_names_the_trigger_and_its_neighbours() -> None:
    assert text_of("Workers went on strike today.", "strike").endswith(
        " xtrig_strike xleft_on xright_today"
    )
    assert classifier_text("No trigger.", 5, 2) == "No trigger."


def test_training_smoke_round_trip(tmp_path: Path) -> None:
    examples = [Example(text_of(s, w), False) for s, w in NOT_EVENTS] + [
        Example(text_of(s, w), True) for s, w in EVENTS
    ]
    settings = Settings(epochs=3, folds=2, length=2**12)
    scores = cross_validated(examples, examples[:1], settings)
    assert len(scores) == len(examples) and all(0.0 <= s <= 1.0 for s in scores)
    trained = train(balanced(examples), settings)
    trained.meta["wirehouse"] = {"threshold": 0.25}
    trained.to_disk(tmp_path / "model")
    assert model_threshold(load_model(tmp_path / "model")) == 0.25
    assert EventCheck(tmp_path / "model").threshold == 0.25


def test_excluded_rows_cover_measured_titles(tmp_path: Path) -> None:
    rows = [{"title": t} for t in ("A", "A", "B", "C", "C")]
    coded = tmp_path / "coded.jsonl"
    items = [{"origin": "ngec:0", "split": "holdout"}, {"origin": "ngec:3", "split": "dev"}]
    coded.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    assert weak_labels.excluded_rows(rows, coded) == {0, 1, 3}


def test_hand_labels_and_the_models_exclusions(model) -> None:  # type: ignore[no-untyped-def]
    labels = hand_labels.load()
    assert len(labels) >= 400
    for label in labels:
        assert 0 <= label["trigger_start"] < label["trigger_end"] <= len(label["sentence"])
        assert isinstance(label["event"], bool)
    path = shared_file("data/synthetic-news/ngec_synthetic_events.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for label in labels[:50]:
        assert label["sentence"] in rows[hand_labels.row_of(label)]["text"]
    from scripts.event_classifier.__main__ import CODED

    excluded = weak_labels.excluded_rows(rows, *CODED)
    allowed = [label for label in labels if hand_labels.row_of(label) not in excluded]
    assert model.meta["wirehouse"]["hand_labels"] == len(allowed), (
        "a measured split now quotes stories the shipped model was trained on:"
        " rebuild it with python -m scripts.event_classifier"
    )
