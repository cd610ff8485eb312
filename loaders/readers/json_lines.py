"""JSON Lines (one article object per line) and JSON files (an object or a list of them)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import IO

from loaders.normalise import UndecodableError, decode_bytes
from loaders.readers.fields import article_from_mapping, resolve_columns
from loaders.readers.records import MAX_ARTICLE_CHARS, Record, Rejection, excerpt

MAX_LINE_BYTES = 4 * MAX_ARTICLE_CHARS  # a UTF-8 character takes at most 4 bytes


def read_json_lines(stream: IO[bytes], file: str, overrides: Mapping[str, str]) -> Iterator[Record]:
    """Streams line by line, so memory stays bounded whatever the file's size."""
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        locator = f"line {number}"
        if len(raw) > MAX_LINE_BYTES:
            yield Rejection(
                file, locator, f"line too large: {len(raw):,} bytes", excerpt(raw[:200])
            )
            continue
        try:
            text, _ = decode_bytes(raw)
            value = json.loads(text)
        except UndecodableError as exc:
            yield Rejection(file, locator, f"unreadable line: {exc}", excerpt(raw[:200]))
            continue
        except json.JSONDecodeError as exc:
            yield Rejection(
                file, locator, f"invalid JSON: {exc.msg} at column {exc.colno}", excerpt(raw)
            )
            continue
        yield _record(value, file, locator, overrides)


def read_json_file(raw: bytes, file: str, overrides: Mapping[str, str]) -> Iterator[Record]:
    try:
        text, _ = decode_bytes(raw)
        value = json.loads(text)
    except UndecodableError as exc:
        yield Rejection(file, None, f"unreadable JSON file: {exc}", excerpt(raw[:200]))
        return
    except json.JSONDecodeError as exc:
        # Perhaps JSON Lines under a .json name: try that before giving up.
        if text.lstrip().startswith("{") and "\n" in text.strip():
            import io

            yield from read_json_lines(io.BytesIO(raw), file, overrides)
            return
        yield Rejection(
            file, None, f"invalid JSON: {exc.msg} at line {exc.lineno}", excerpt(raw[:200])
        )
        return
    items: list[object]
    if isinstance(value, list):
        items = value
    elif isinstance(value, dict) and isinstance(value.get("articles") or value.get("items"), list):
        items = value.get("articles") or value.get("items")
    else:
        items = [value]
    for index, item in enumerate(items):
        locator = f"item {index}" if len(items) > 1 or isinstance(value, list) else None
        yield _record(item, file, locator, overrides)


def _record(value: object, file: str, locator: str | None, overrides: Mapping[str, str]) -> Record:
    if not isinstance(value, dict):
        return Rejection(
            file, locator, f"not a JSON object but {type(value).__name__}", excerpt(value)
        )
    columns = resolve_columns(list(value), overrides)
    return article_from_mapping(value, columns, file, locator)
