"""Scoring pieces shared by the dev-set benchmarks (extraction_quality, world_quality,
attribution_quality): counts with P/R/F1, name folding, text-span matching, event families and
one timed run of the real extraction pipeline."""

from __future__ import annotations

import csv
import re
import time
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from tests.devset.corpus import anchor_spans

EVENT_TYPES_CSV = Path(__file__).resolve().parents[2] / "loaders" / "data" / "event_types.csv"


@cache
def event_families() -> dict[str, str]:
    """Event type -> family, read from the one table that defines them."""
    with EVENT_TYPES_CSV.open(encoding="utf-8", newline="") as handle:
        return {row["type"]: row["family"] for row in csv.DictReader(handle)}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def scores(self) -> dict[str, float | None]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else None
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else None
        f1 = (
            2 * precision * recall / (precision + recall)
            if precision is not None and recall is not None and precision + recall
            else (0.0 if precision is not None and recall is not None else None)
        )
        return {"precision": precision, "recall": recall, "f1": f1}


def fold(text: str) -> str:
    """Case, accents, articles and punctuation removed: 'the Al-Shabaab' == 'shabaab'."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = re.sub(r"\b(?:the|al|el|ar|as|ad|an)[\s-]+", "", text)
    return re.sub(r"[^a-z0-9]", "", text)


def format_score(value: float | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def overlaps(spans: list[tuple[int, int]], start: int | None, end: int | None) -> bool:
    if start is None or end is None:
        return False
    return any(s < end and e > start for s, e in spans)


def text_spans(text: str, words: str) -> list[tuple[int, int]]:
    """Every occurrence of words in text (white space and quote style tolerant)."""
    return anchor_spans(text, words)


def same_span(text: str, gold_words: str, predicted: dict[str, Any] | None) -> bool:
    """A predicted actor/place/claimant is right when its span overlaps an occurrence of the
    gold words, or (when it has no span) its text or name equals them after folding."""
    if predicted is None:
        return False
    if overlaps(text_spans(text, gold_words), predicted.get("start"), predicted.get("end")):
        return True
    names = {fold(v) for v in (predicted.get("text"), predicted.get("name")) if v}
    return fold(gold_words) in names


@dataclass
class ExtractionRun:
    results: list[dict[str, Any]]
    seconds: float
    load_seconds: float
    version: str


def run_extraction(docs: list[dict[str, Any]]) -> ExtractionRun:
    """One load of the spaCy pipeline and one batch pass over docs (the public batch API)."""
    from loaders.extraction.pipeline import EXTRACTOR_VERSION, extract_batch, load_nlp

    started = time.perf_counter()
    nlp = load_nlp()
    loaded = time.perf_counter()
    results = extract_batch(nlp, docs)
    finished = time.perf_counter()
    return ExtractionRun(results, finished - loaded, loaded - started, EXTRACTOR_VERSION)


def run_line(run: ExtractionRun, split: str) -> str:
    """What a scorer's summary says of the run it scored."""
    return (
        f"split {split}; extraction {run.seconds:.1f}s (model load {run.load_seconds:.1f}s), "
        f"extractor {run.version}"
    )


def print_counts_table(rows: dict[str, Counts]) -> None:
    header = f"{'metric':<40}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>7}{'R':>7}{'F1':>7}"
    print(header)
    print("-" * len(header))
    for name, counts in rows.items():
        s = counts.scores()
        print(
            f"{name:<40}{counts.tp:>6}{counts.fp:>6}{counts.fn:>6}{format_score(s['precision']):>7}"
            f"{format_score(s['recall']):>7}{format_score(s['f1']):>7}"
        )
