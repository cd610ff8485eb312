"""Plain-text articles, with optional `Title:`, `Date:`, `Source:`, `URL:`, `Id:` header lines."""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.normalise import UndecodableError, decode_bytes
from loaders.readers.records import RawArticle, Record, Rejection, check_text, excerpt

_HEADER = re.compile(r"^(title|date|published|source|url|id)\s*:\s*(.*)$", re.I)
_HEADER_FIELDS = {"title": "title", "date": "published", "published": "published",
                  "source": "source", "url": "url", "id": "external_id"}  # fmt: skip


def read_text_file(raw: bytes, file: str) -> Iterator[Record]:
    try:
        text, _ = decode_bytes(raw)
    except UndecodableError as exc:
        yield Rejection(file, None, f"unreadable text: {exc}", excerpt(raw[:200]))
        return
    lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    fields: dict[str, str] = {}
    body_start = 0
    for index, line in enumerate(lines):
        match = _HEADER.match(line.strip())
        if not match:
            break
        fields[_HEADER_FIELDS[match.group(1).casefold()]] = match.group(2).strip()
        body_start = index + 1
    body = "\n".join(lines[body_start:])
    yield check_text(RawArticle(file=file, locator=None, text=body, **fields))
