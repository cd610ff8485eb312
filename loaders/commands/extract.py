"""``wirehouse extract [FILE|-]``: JSON Lines in, one extraction result per line out, no database.

Each input line is ``{"id", "text", "published"?, "title"?, "source"?}``; each output line is the
extraction contract (README, issue 4) for that document, in input order. A line that is not
valid JSON, or has no text, gives ``{"id": ..., "error": "reason"}`` and the run goes on.
Documents go through the pipeline in batches (``--batch-size``).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any

import click


@click.command()
@click.argument("source", default="-", type=click.File("r", encoding="utf-8", errors="replace"))
@click.option("--batch-size", default=64, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes for nlp.pipe.")  # fmt: skip
def extract(source: IO[str], batch_size: int, workers: int) -> None:
    """Extract actors, claims and events from JSON Lines (FILE or - for stdin) to stdout."""
    from loaders.extraction.pipeline import extract_batch, load_nlp

    nlp = load_nlp()
    out = sys.stdout
    for batch in _batches(_records(source), batch_size):
        documents = [record for record in batch if "error" not in record]
        results = iter(extract_batch(nlp, [r["doc"] for r in documents], n_process=workers))
        for record in batch:
            line = record if "error" in record else next(results)
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
        out.flush()


def _records(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():  # still a line: its error keeps output aligned with input
            yield {"id": None, "error": f"line {number}: empty line"}
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield {"id": None, "error": f"line {number}: invalid JSON: {exc.msg}"}
            continue
        if not isinstance(value, dict):
            yield {"id": None, "error": f"line {number}: not a JSON object"}
            continue
        identifier = value.get("id")
        text = value.get("text")
        if not isinstance(text, str) or not text.strip():
            yield {"id": identifier, "error": f"line {number}: missing or empty text"}
            continue
        if identifier is None:
            identifier = str(number)
        yield {"doc": {**value, "id": identifier}}


def _batches(records: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for record in records:
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
