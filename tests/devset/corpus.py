"""The dev-set documents, read from ../shared and shaped as extraction DocInput dicts.

gold.jsonl only references documents (seed file name, or FA-KES unit_id + data-row index); the
article texts stay in ../shared. FA-KES is decoded as documented in tests/devset/README.md:
UTF-8, with every byte that is not valid UTF-8 read as Windows-1252 (the five bytes Windows-1252
leaves undefined become U+FFFD). The text handed to extraction then goes through the loader's
``clean_text``, so offsets and anchors refer to the text the warehouse stores.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypedDict

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("WIREHOUSE_SHARED", REPO.parent / "shared"))
GOLD = Path(__file__).resolve().parent / "gold.jsonl"
SEEDS_DIR = "data/seeds"
FAKES_CSV = "data/fa-kes/FA-KES-Dataset.csv"


class DocInput(TypedDict):
    id: str
    text: str
    published: str | None
    title: str | None
    source: str | None


class SharedMissingError(FileNotFoundError):
    """The shared corpus (or one file of it) is not where the dev set expects it."""


@dataclass(frozen=True)
class FakesRow:
    row: int  # 0-based index among the CSV's data rows (header excluded)
    unit_id: str
    title: str
    content: str  # decoded, exactly as the CSV field holds it (CRLF kept)
    source: str
    date: str  # M/D/YYYY as published
    label: str


def _cp1252_per_byte(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    chunk = error.object[error.start : error.end]
    return chunk.decode("cp1252", errors="replace"), error.end


codecs.register_error("devset-cp1252", _cp1252_per_byte)


def decode_fakes(raw: bytes) -> str:
    """UTF-8, with each invalid byte read as Windows-1252 (undefined bytes give U+FFFD)."""
    return raw.decode("utf-8", errors="devset-cp1252")


def shared_path(relative: str) -> Path:
    path = SHARED / relative
    if not path.exists():
        raise SharedMissingError(
            f"dev-set source missing: {path} (set WIREHOUSE_SHARED or provide ../shared)"
        )
    return path


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@cache
def fakes_rows() -> tuple[FakesRow, ...]:
    text = decode_fakes(shared_path(FAKES_CSV).read_bytes())
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader)
    expected = ["unit_id", "article_title", "article_content", "source", "date", "location"]
    if header[: len(expected)] != expected:
        raise ValueError(f"unexpected FA-KES header: {header!r}")
    return tuple(FakesRow(i, r[0], r[1], r[2], r[3], r[4], r[6]) for i, r in enumerate(reader) if r)


def seed_text(file_name: str) -> str:
    return shared_path(f"{SEEDS_DIR}/{file_name}").read_text(encoding="utf-8")


def raw_text(entry: dict[str, Any]) -> str:
    """The referenced article as decoded (before cleaning): what the sha256 covers."""
    if entry["corpus"] == "seed":
        return seed_text(entry["file"])
    rows = fakes_rows()
    index = entry["row"]
    if not 0 <= index < len(rows):
        raise ValueError(f"{entry['id']}: FA-KES has no data row {index}")
    row = rows[index]
    if row.unit_id != entry["unit_id"]:
        raise ValueError(
            f"{entry['id']}: FA-KES row {index} has unit_id {row.unit_id}, not {entry['unit_id']}"
        )
    return row.content


def _clean(text: str) -> str:
    try:
        from loaders.normalise import clean_text
    except ImportError:  # loader absent: extraction sees the decoded text
        return text
    return clean_text(text)


def document_text(entry: dict[str, Any]) -> str:
    """The text extraction sees (and anchors are found in): decoded, then cleaned."""
    return _clean(raw_text(entry))


_QUOTE_CLASS = {
    "'": "['\u2018\u2019]",
    "\u2018": "['\u2018\u2019]",
    "\u2019": "['\u2018\u2019]",
    '"': '["\u201c\u201d\u00ab\u00bb]',
    "\u201c": '["\u201c\u201d\u00ab\u00bb]',
    "\u201d": '["\u201c\u201d\u00ab\u00bb]',
}


def anchor_pattern(anchor: str) -> re.Pattern[str]:
    """An anchor as a pattern: white space runs match each other, curly quotes match straight."""
    parts = []
    for word in anchor.split():
        parts.append("".join(_QUOTE_CLASS.get(char, re.escape(char)) for char in word))
    return re.compile(r"\s+".join(parts))


def anchor_spans(text: str, anchor: str) -> list[tuple[int, int]]:
    """Every (start, end) where the anchor occurs in text (case-sensitive)."""
    return [match.span() for match in anchor_pattern(anchor).finditer(text)]


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _title(entry: dict[str, Any]) -> str | None:
    if entry["corpus"] == "seed":
        return None  # the seed files are bare text
    return _clean(fakes_rows()[entry["row"]].title) or None


def to_doc_input(entry: dict[str, Any]) -> DocInput:
    return DocInput(
        id=entry["id"],
        text=document_text(entry),
        published=entry.get("published"),
        title=_title(entry),
        source=entry.get("source"),
    )


def iter_documents(gold: list[dict[str, Any]] | None = None) -> Iterator[DocInput]:
    """Yield every dev-set document as a DocInput, in gold.jsonl order."""
    for entry in load_gold() if gold is None else gold:
        yield to_doc_input(entry)


def shared_available() -> bool:
    return (SHARED / SEEDS_DIR).is_dir() and (SHARED / FAKES_CSV).is_file()
