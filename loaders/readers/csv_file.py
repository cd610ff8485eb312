"""CSV files with automatic column mapping (FA-KES included) and delimiter sniffing."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator, Mapping

from loaders.normalise import UndecodableError, decode_bytes
from loaders.readers.fields import article_from_mapping, resolve_columns
from loaders.readers.records import Record, Rejection, excerpt

csv.field_size_limit(sys.maxsize)
_DELIMITERS = ",;\t|"


def read_csv_file(raw: bytes, file: str, overrides: Mapping[str, str]) -> Iterator[Record]:
    try:
        text, _ = decode_bytes(raw)
    except UndecodableError as exc:
        yield Rejection(file, None, f"unreadable CSV: {exc}", excerpt(raw[:200]))
        return
    text = text.lstrip("\ufeff")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:65536].split("\n", 1)[0], delimiters=_DELIMITERS
        )
    except csv.Error:
        dialect = csv.excel
    else:
        dialect.doublequote = True  # the sniffer sees one line; "" inside fields is the norm
    records = _logical_records(text, dialect)
    try:
        _, header = next(records)
    except StopIteration:
        yield Rejection(file, None, "empty CSV (no header row)", excerpt(text[:200]))
        return
    if isinstance(header, str):
        yield Rejection(file, "row 1", "unbalanced quote in the header row", excerpt(header))
        return
    columns = resolve_columns(header, overrides)
    if "text" not in columns:
        yield Rejection(
            file,
            "row 1",
            f"no text column among {header!r}; use --map COLUMN=text",
            excerpt(header),
        )
        return
    for line_number, row in records:
        locator = f"row {line_number}"
        if isinstance(row, str):
            yield Rejection(file, locator, "unbalanced quote: row skipped", excerpt(row))
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield Rejection(
                file, locator, f"{len(row)} fields where the header has {len(header)}", excerpt(row)
            )
            continue
        yield article_from_mapping(dict(zip(header, row, strict=True)), columns, file, locator)


# A quoted field may span lines, but not this many: past it, the quote is taken as unbalanced.
MAX_LINES_PER_RECORD = 500


def _logical_records(
    text: str, dialect: type[csv.Dialect] | csv.Dialect
) -> Iterator[tuple[int, list[str] | str]]:
    """(line number, fields) per CSV record; (line number, raw line) for a line whose quote
    never closes. Lines are gathered while the quote count is odd; when it stays odd to the
    end (or too long), the first line is given up as bad and parsing resumes after it, so one
    stray quote cannot swallow the rest of the file."""
    lines = text.splitlines(keepends=True)
    quote = getattr(dialect, "quotechar", '"') or '"'
    start = 0
    while start < len(lines):
        end = start
        quotes = lines[start].count(quote)
        while quotes % 2 and end + 1 < len(lines) and end - start < MAX_LINES_PER_RECORD:
            end += 1
            quotes += lines[end].count(quote)
        if quotes % 2:
            yield start + 1, lines[start].rstrip("\r\n")
            start += 1
            continue
        chunk = "".join(lines[start : end + 1])
        try:
            rows = list(csv.reader(io.StringIO(chunk, newline=""), dialect))
        except csv.Error:
            yield start + 1, lines[start].rstrip("\r\n")
            start += 1
            continue
        for row in rows:
            yield start + 1, row
        start = end + 1
