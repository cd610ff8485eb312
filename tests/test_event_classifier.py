"""The trained event veto (loaders/extraction/event_classifier.py, event_features.py) and its
build script (scripts/event_classifier/): the shipped model loads offline, features are read
from the pipeline's parse of written sentences, the veto touches only asserted events below its
threshold, and training runs and reproduces byte for byte."""

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
    MODEL_DIR,
    MODEL_FILE,
    EventCheck,
    Model,
    enabled,
    load_model,
    model_threshold,
)
from loaders.extraction.event_features import event_features
from scripts.event_classifier import hand_labels, weak_labels
from scripts.event_classifier.collect import Labelled
from scripts.event_classifier.train import (
    Settings,
    auc,
    choose_threshold,
    cross_validated,
    fit,
    folds_of,
)
from tests.conftest import shared_file


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from loaders.extraction.pipeline import load_nlp

    return load_nlp(event_check=False)


def _features(nlp, text: str, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    events = doc.user_data[EVENTS_KEY]
    at = text.index(trigger)
    (index,) = [i for i, e in enumerate(events) if e["trigger_start"] == at]
    return event_features(doc, events, index)


def test_shipped_model_loads_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the classifier tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    loaded = load_model()
    assert isinstance(loaded, Model) and loaded.weights
    assert 0.0 <= model_threshold(loaded) < 1.0
    assert (MODEL_DIR / MODEL_FILE).stat().st_size < 5_000_000


def test_features_of_a_lead_event(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _features(
        nlp, "Gunmen killed five police officers at a checkpoint near Kandahar on Sunday.", "killed"
    )
    assert {"trig=kill", "trig_tag=VBD", "root_is_trigger=True", "first_sentence=True"} <= set(
        found
    )
    assert "time_weekday" in found and "kill_dobj=officer" in found
    assert "w=checkpoint" in found and "n=gunman" in found


def test_features_of_a_background_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The minister spoke in Kabul on Monday. He recalled that rebels had bombed the market "
        "in 1998, when the war began."
    )
    found = set(_features(nlp, text, "bombed"))
    assert {"gov_pluperfect", "trig_pluperfect"} & found
    assert "root_speech" in found and "root=recall" in found
    assert "first_sentence=False" in found
    assert {"time_in_year", "year_before_2000=True", "year_decade=1990"} <= found


def test_features_of_unrest_and_statistics(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two protesters were shot dead by police during riots in Nairobi, 40 a year since 2015."
    found = set(_features(nlp, text, "shot"))
    assert {"cue_unrest", "cue_unrest_near", "fam=violence_against_people"} <= found
    assert {"time_a_year", "time_since_year", "cue_statistic", "numbers=3"} <= found


def _model() -> Model:
    # a written model: a sentence with "union" is no event
    return Model({"w=union": -5.0, "trig=shot": 2.0}, bias=1.0, threshold=0.5)


def _doc_with_events(nlp, sentences: list[tuple[str, str, str]]):  # type: ignore[no-untyped-def]
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


def test_veto_drops_asserted_events_below_the_threshold_only(tmp_path: Path) -> None:
    _model().save(tmp_path)
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    check = blank.add_pipe(COMPONENT_NAME, config={"model_path": str(tmp_path)})
    assert isinstance(check, EventCheck) and check.threshold == 0.5
    sentences = [
        ("The union said dock workers would strike again.", "strike", "assert"),
        ("The union vowed to strike the port.", "strike", "plan"),
        ("Gunmen shot two guards in Kandahar.", "shot", "assert"),
    ]
    doc = blank(_doc_with_events(blank, sentences))
    kept = [doc.text[e["sentence_start"] : e["sentence_end"]] for e in doc.user_data[EVENTS_KEY]]
    assert kept == [sentences[1][0], sentences[2][0]]  # the plan is never judged


def test_veto_leaves_the_families_it_may_not_veto(tmp_path: Path) -> None:
    model = _model()
    model.families = ["strike"]  # armed_clash is a battle: never vetoed
    model.save(tmp_path)
    assert load_model(tmp_path).families == ["strike"]
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    blank.add_pipe(COMPONENT_NAME, config={"model_path": str(tmp_path)})
    sentences = [("The union said dock workers would strike again.", "strike", "assert")]
    doc = blank(_doc_with_events(blank, sentences))
    assert len(doc.user_data[EVENTS_KEY]) == 1  # scored below the threshold, but a battle
    assert "families" not in json.loads(_model().to_json())  # None: every family, as before


def test_component_declares_what_it_reads_and_writes() -> None:
    meta = spacy.Language.get_factory_meta(COMPONENT_NAME)
    assert meta.requires == ["doc.user_data"] and meta.assigns == ["doc.user_data"]
    assert meta.default_config["model_path"] == str(MODEL_DIR)


def test_setting_turns_the_component_on_and_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENABLE_VARIABLE, "1")
    assert enabled()
    monkeypatch.setenv(ENABLE_VARIABLE, "off")
    assert not enabled()


def _toy(n: int = 40) -> list[Labelled]:
    """Separable toy candidates in n groups of two."""
    found = []
    for i in range(n):
        label = i % 2 == 0
        words = ["trig=kill", "w=gunman"] if label else ["trig=strike", "w=union"]
        for copy in range(2):
            found.append(Labelled([*words, f"w=id{i}", f"c={copy}"], label, f"g{i}", "toy"))
    return found


def test_training_learns_reproduces_and_round_trips(tmp_path: Path) -> None:
    examples = _toy()
    settings = Settings(iterations=60, folds=4, min_count=3)
    first, second = fit(examples, settings), fit(examples, settings)
    assert first.to_json() == second.to_json()  # the same bytes on disk
    assert first.score(["trig=kill", "w=gunman"]) > 0.5 > first.score(["trig=strike", "w=union"])
    assert "w=id0" not in first.weights  # in two candidates only: below min_count
    first.threshold = 0.25
    first.save(tmp_path)
    assert load_model(tmp_path).to_json() == first.to_json()
    scores = cross_validated(examples, settings)
    assert auc([e.label for e in examples], scores) == 1.0


def test_folds_keep_groups_together() -> None:
    examples = _toy()
    folds = folds_of(examples, Settings(folds=5))
    by_group: dict[str, set[int]] = {}
    for example, fold in zip(examples, folds, strict=True):
        by_group.setdefault(example.group, set()).add(fold)
    assert all(len(f) == 1 for f in by_group.values()) and len(set(folds)) == 5


def test_threshold_drops_at_most_the_allowed_true_share() -> None:
    labels = [True] * 100 + [False] * 10
    scores = [0.5] + [0.6 + i / 1000 for i in range(99)] + [0.1] * 10
    assert choose_threshold(labels, scores, 0.01) == 0.6  # one true event (0.50) dropped
    assert choose_threshold(labels, scores, 0.0) == 0.5


def test_auc_counts_ties_half() -> None:
    assert auc([True, False], [0.5, 0.5]) == 0.5
    assert auc([True, False, True], [0.9, 0.1, 0.8]) == 1.0


def test_excluded_rows_cover_measured_titles(tmp_path: Path) -> None:
    rows = [{"title": t} for t in ("A", "A", "B", "C", "C")]
    coded = tmp_path / "coded.jsonl"
    items = [{"origin": "ngec:0", "split": "holdout"}, {"origin": "ngec:3", "split": "dev"}]
    coded.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    assert weak_labels.excluded_rows(rows, coded) == {0, 1, 3}


def test_forbidden_titles_cover_measured_items_and_test_samples(tmp_path: Path) -> None:
    from scripts.event_classifier.sources import SAMPLE_B, forbidden_titles, read_jsonl

    sample_b = {row["row"] for row in read_jsonl(SAMPLE_B)}
    rows = [{"title": f"t{i}"} for i in range(max(sample_b) + 10)]
    coded = tmp_path / "coded.jsonl"
    items = [{"origin": f"ngec:{len(rows) - 1}", "split": "blind9"}, {"origin": "ngec:1"}]
    coded.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    judged_c = tmp_path / "c.jsonl"
    lines = [{"row": len(rows) - 2, "verdict": "right", "split": "test"}]
    lines.append({"row": len(rows) - 3, "verdict": "wrong", "split": "train"})
    judged_c.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    titles = forbidden_titles(rows, (coded,), judged_c)
    assert {f"t{n}" for n in sample_b} <= titles
    assert {f"t{len(rows) - 1}", f"t{len(rows) - 2}"} <= titles
    assert f"t{len(rows) - 3}" not in titles


def test_hand_labels_point_into_their_stories() -> None:
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


def test_fakes_source_skips_with_a_reason_without_shared(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from scripts.event_classifier.fakes import fakes_candidates, skipped
    from tests.benchmarks.scoring import event_families

    reason = skipped(tmp_path)
    assert reason is not None and str(tmp_path) in reason
    assert fakes_candidates(tmp_path, event_families()) == []
    assert "FA-KES source skipped" in capsys.readouterr().out


def test_fakes_source_reads_train_rows_only_and_wrong_family_is_right() -> None:
    from scripts.event_classifier.fakes import JUDGED, right_for_veto
    from scripts.event_classifier.sources import judged_rows

    train = judged_rows(JUDGED, test=False)
    assert train and all(row["split"] == "train" for row in train)
    assert right_for_veto({"verdict": "wrong", "kind": "other: wrong family"})
    assert not right_for_veto({"verdict": "wrong", "kind": "history"})
    assert right_for_veto({"verdict": "right", "kind": ""})


def test_judged_row_names_candidates_of_its_type_else_its_family() -> None:
    from scripts.event_classifier.fakes import matching
    from tests.benchmarks.scoring import event_families

    families = event_families()
    family = families["bombing"]
    sibling = next(t for t, f in families.items() if f == family and t != "bombing")

    def event(kind: str, start: int, stance: str = "assert") -> dict:
        return {
            "type": kind,
            "stance": stance,
            "trigger_start": start,
            "sentence_start": 0,
            "sentence_end": 50,
        }

    record = {"events": [event("bombing", 3), event(sibling, 9), event("bombing", 20, "plan")]}
    row = {"type": "bombing", "sentence_start": 10, "sentence_end": 40}
    assert [e["trigger_start"] for e in matching(record, row, families)] == [3]
    row = {"type": sibling, "sentence_start": 60, "sentence_end": 90}
    assert matching(record, row, families) == []
