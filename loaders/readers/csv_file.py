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
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        yield Rejection(file, None, "empty CSV (no header row)", excerpt(text[:200]))
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
    row_number = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Rejection(file, f"row {row_number + 1}", f"CSV error: {exc}", None)
            return
        row_number += 1
        if not any(cell.strip() for cell in row):
            continue
        locator = f"row {row_number}"
        if len(row) != len(header):
            yield Rejection(
                file, locator, f"{len(row)} fields where the header has {len(header)}", excerpt(row)
            )
            continue
        yield article_from_mapping(dict(zip(header, row, strict=True)), columns, file, locator)
