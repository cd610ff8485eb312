"""The world dev set as the classifier's check: the rules' events on its items, which of them
are right (matched to a gold asserted event), and the detection figures a threshold gives.

Only ``dev`` items may be read for training or tuning; ``holdout``, ``aside`` and ``blind`` are
measured, never learned from (tests/devset_world/README.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from scripts.event_classifier.candidates import Candidate, find_candidates
from tests.benchmarks.scoring import Counts
from tests.benchmarks.world_quality import doc_inputs, load_items, match, score

TUNING_SPLIT = "dev"


@dataclass
class SplitRun:
    """One split through the rules: items, contract results and each result event's candidate
    (same order: the contract keeps the pipeline's events one for one)."""

    split: str
    items: list[dict[str, Any]]
    results: list[dict[str, Any]]
    candidates: list[list[Candidate]]


def run_split(nlp: Any, split: str) -> SplitRun:
    from loaders.extraction.pipeline import extract_batch

    items = load_items(split)
    results = extract_batch(nlp, doc_inputs(items))
    by_item: dict[str, list[Candidate]] = {item["id"]: [] for item in items}
    for candidate in find_candidates(nlp, ((i["text"], i["id"]) for i in items)):
        by_item[candidate.source].append(candidate)
    candidates = [
        _kept(item["text"], result.get("events", []), by_item[item["id"]])
        for item, result in zip(items, results, strict=True)
    ]
    return SplitRun(split, items, results, candidates)


def _kept(text: str, events: list[dict[str, Any]], found: list[Candidate]) -> list[Candidate]:
    """The candidates that became the result's events, in order: ``extract_batch`` drops the
    events its article's date tells as history (pipeline._told_as_history), which the
    date-less candidate pass keeps."""
    kept: list[Candidate] = []
    for candidate in found:
        if len(kept) == len(events):
            break
        event = events[len(kept)]
        sentence = text[event["sentence_start"] : event["sentence_end"]]
        if (candidate.type, candidate.stance, candidate.sentence) == (
            event["type"],
            event["stance"],
            sentence,
        ):
            kept.append(candidate)
    if len(kept) != len(events):
        raise RuntimeError(f"{text[:60]!r}: events and candidates differ")
    return kept


def right_events(item: dict[str, Any], events: list[dict[str, Any]]) -> set[int]:
    """Indexes of the rule events that match a gold asserted event (world_quality's matching)."""
    gold = [e for e in item["events"] if e["stance"] == "assert"]
    asserted = [i for i, e in enumerate(events) if e.get("stance") == "assert"]
    pairs = match(item["text"], gold, [events[i] for i in asserted])
    return {asserted[p] for _, p in pairs}


def labelled(run: SplitRun) -> list[tuple[Candidate, bool]]:
    """Every asserted rule event of a tuning split with its gold verdict."""
    if run.split != TUNING_SPLIT:
        raise ValueError(f"only the {TUNING_SPLIT!r} split may label training data")
    pairs = []
    for item, result, found in zip(run.items, run.results, run.candidates, strict=True):
        right = right_events(item, result.get("events", []))
        pairs += [(c, i in right) for i, c in enumerate(found) if c.stance == "assert"]
    return pairs


def detection(run: SplitRun, scores: Sequence[Sequence[float]], threshold: float) -> Counts:
    """Asserted-event detection of the split when events scoring below ``threshold`` are
    dropped (``scores``: per item, per event; non-asserted events are never dropped)."""
    kept = []
    for result, found, item_scores in zip(run.results, run.candidates, scores, strict=True):
        triples = zip(result.get("events", []), found, item_scores, strict=True)
        events = [e for e, c, value in triples if c.stance != "assert" or value >= threshold]
        kept.append({**result, "events": events})
    return score(run.items, kept).detection


def modal_negatives(run: SplitRun) -> list[Candidate]:
    """The rules' non-asserted events (plans, threats, denials...) in tuning items that hold no
    asserted gold event: sentences that must not read as an event."""
    if run.split != TUNING_SPLIT:
        raise ValueError(f"only the {TUNING_SPLIT!r} split may label training data")
    return [
        candidate
        for item, found in zip(run.items, run.candidates, strict=True)
        if not any(event["stance"] == "assert" for event in item["events"])
        for candidate in found
        if candidate.stance != "assert"
    ]
