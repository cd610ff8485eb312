"""Day/month order of numeric dates, decided per file from the dates that are unambiguous.

"05.03.2018" is 5 March in a file whose other dates read "25.03.2018", and 3 May in one that
also has "05/25/2018". Deciding per date would mix both orders in one file, so the reader's
records pass through here: the first date whose first or second number is above 12 decides the
file's order, and the ambiguous dates of that file are rewritten to ISO in that order. Records
wait (in input order) until the order is known, at most ``MAX_WAITING`` of them. A file whose
ambiguous dates no date can decide is read with ``DEFAULT_ORDER`` for its separator and warns
once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from loaders.readers.records import RawArticle, Record

NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\s*$")
MAX_WAITING = 10_000
# Dots are the European day-first convention; slashes and hyphens default to US month-first
# (FA-KES and most English-language feeds).
DEFAULT_ORDER = {".": "dmy", "/": "mdy", "-": "mdy"}


def decide_date_order(records: Iterable[Record]) -> Iterator[Record]:
    waiting: list[Record] = []
    file: str | None = None
    order: str | None = None
    for record in records:
        if record.file != file:
            yield from _release(waiting, order)
            waiting, file, order = [], record.file, None
        if order is None:
            order = _evidence(record)
            waiting.append(record)
            if order is not None or len(waiting) >= MAX_WAITING:
                yield from _release(waiting, order)
                waiting = []
        else:
            yield _reordered(record, order)
    yield from _release(waiting, order)


def _numbers(record: Record) -> tuple[int, str, int, int] | None:
    if not isinstance(record, RawArticle) or not record.published:
        return None
    match = NUMERIC_DATE.match(record.published)
    if not match:
        return None
    return int(match.group(1)), match.group(2), int(match.group(3)), int(match.group(4))


def _evidence(record: Record) -> str | None:
    numbers = _numbers(record)
    if numbers is None:
        return None
    first, _, second, _ = numbers
    if first > 12 >= second:
        return "dmy"
    if second > 12 >= first:
        return "mdy"
    return None


def _release(records: list[Record], order: str | None) -> Iterator[Record]:
    warned = False
    for record in records:
        numbers = _numbers(record)
        if order is None and numbers is not None and numbers[0] <= 12 and numbers[2] <= 12:
            chosen = DEFAULT_ORDER[numbers[1]]
            if not warned:
                warned = True
                record = replace(record, warnings=(*record.warnings, _undecided(chosen)))
            yield _reordered(record, chosen)
        else:
            yield _reordered(record, order) if order else record


def _undecided(order: str) -> str:
    reading = "day/month" if order == "dmy" else "month/day"
    return (
        "the day/month order of this file's numeric dates cannot be decided (no date has a "
        f"day above 12); read as {reading}"
    )


def _reordered(record: Record, order: str) -> Record:
    """An ambiguous numeric date rewritten to ISO in the file's order; others unchanged."""
    numbers = _numbers(record)
    if numbers is None or numbers[0] > 12 or numbers[2] > 12:
        return record
    first, _, second, year = numbers
    month, day = (first, second) if order == "mdy" else (second, first)
    return replace(record, published=f"{year:04d}-{month:02d}-{day:02d}")
