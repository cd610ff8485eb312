"""A cheap estimate of how many records the inputs hold, for the progress bar's ETA."""

from __future__ import annotations

from pathlib import Path

from loaders.readers import discover

_LINE_FORMATS = {".csv", ".tsv", ".jsonl", ".ndjson"}


def estimate_records(paths: list[str]) -> int | None:
    """Lines of line-oriented files (one record each, header aside), one per other file;
    None when standard input or a URL makes it unknowable."""
    total = 0
    for item in discover(paths):
        if isinstance(item, str):
            return None
        if isinstance(item, Path):
            if item.suffix.casefold() in _LINE_FORMATS:
                with item.open("rb") as stream:
                    total += sum(
                        chunk.count(b"\n") for chunk in iter(lambda: stream.read(1 << 20), b"")
                    )
            else:
                total += 1
        else:
            total += 1
    return total
