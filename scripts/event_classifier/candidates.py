"""Candidate events: what the rule extractor finds, with its sentence, for training and tuning.

The classifier judges the rules' own candidates, so its training sentences are the sentences in
which the rules (the pipeline without the classifier) find an event. Running the extractor over
the 4,500 synthetic stories takes a few minutes on one core; the result is cached as JSON Lines
keyed by the extractor version, so retraining with other settings does not rerun it.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

BATCH = 32
CACHE = (
    Path(__file__).resolve().parents[2]
    / ".cache"
    / "event_classifier"
    / "synthetic_candidates.jsonl"
)


@dataclass(frozen=True)
class Candidate:
    """One event the rules found: where it came from, its sentence and its trigger."""

    source: str  # "ngec:<row>" or a world item id
    type: str
    stance: str
    sentence: str
    trigger_start: int  # character offsets of the trigger inside ``sentence``
    trigger_end: int
    event_index: int  # position among the document's events (to match gold events)


def load_rules_nlp() -> Any:
    """The wirehouse pipeline with the classifier off: candidates are the rules' output."""
    from loaders.extraction.pipeline import load_nlp

    return load_nlp(event_check=False)


def doc_candidates(doc: Any, source: str) -> Iterator[Candidate]:
    from loaders.extraction.components import EVENTS_KEY

    for index, event in enumerate(doc.user_data.get(EVENTS_KEY, [])):
        start, end = event["sentence_start"], event["sentence_end"]
        yield Candidate(
            source=source,
            type=event["type"],
            stance=event["stance"],
            sentence=doc.text[start:end],
            trigger_start=event["trigger_start"] - start,
            trigger_end=event["trigger_end"] - start,
            event_index=index,
        )


def find_candidates(nlp: Any, texts: Iterable[tuple[str, str]]) -> Iterator[Candidate]:
    """(text, source) pairs through the rules; every event found, in order."""
    for doc, source in nlp.pipe(texts, as_tuples=True, batch_size=BATCH):
        yield from doc_candidates(doc, source)


def synthetic_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def synthetic_candidates(
    nlp: Any, path: Path, cache: Path, limit: int | None = None
) -> list[Candidate]:
    """Every rule event in the synthetic stories (the first ``limit`` only, if given), from
    ``cache`` when it holds this extractor version's, else extracted now and cached."""
    from loaders.extraction.pipeline import EXTRACTOR_VERSION

    stamp = {"extractor_version": EXTRACTOR_VERSION, "source": path.name, "limit": limit}
    if cache.exists():
        with cache.open(encoding="utf-8") as handle:
            if json.loads(handle.readline()) == stamp:
                return [Candidate(**json.loads(line)) for line in handle]
    rows = synthetic_rows(path)[:limit]
    texts = ((row["text"], f"ngec:{number}") for number, row in enumerate(rows))
    found = list(find_candidates(nlp, texts))
    cache.parent.mkdir(parents=True, exist_ok=True)
    with cache.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps(stamp) + "\n")
        for candidate in found:
            handle.write(json.dumps(asdict(candidate)) + "\n")
    return found
