"""Readers: turn files, directories, URLs and standard input into article records.

``read_inputs`` yields ``RawArticle`` or ``Rejection`` records in input order. A bad file or
record becomes a rejection with its reason; it never stops the files and records beside it.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

from loaders.readers.csv_file import read_csv_file
from loaders.readers.date_order import decide_date_order
from loaders.readers.feed import read_feed, read_feed_url
from loaders.readers.html_page import read_html_file
from loaders.readers.json_lines import read_json_file, read_json_lines
from loaders.readers.records import RawArticle, Record, Rejection, excerpt
from loaders.readers.text_file import read_text_file

__all__ = ["FORMATS", "RawArticle", "Record", "Rejection", "discover", "read_inputs"]

FORMATS = ("auto", "txt", "jsonl", "json", "csv", "rss", "html")
_BY_SUFFIX = {
    ".txt": "txt", ".text": "txt", ".md": "txt",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "csv",
    ".rss": "rss", ".atom": "rss", ".xml": "rss",
    ".html": "html", ".htm": "html",
}  # fmt: skip
MAX_FILE_BYTES = 2 * 1024**3


def discover(paths: list[str]) -> Iterator[Path | str | Rejection]:
    """Files to read, in a stable order: given files, directory contents (recursively, sorted;
    hidden files skipped; linked directories not followed, so a link loop cannot trap us),
    URLs and ``-`` as given. README and licence files inside directories are skipped."""
    for given in paths:
        if given == "-" or given.startswith(("http://", "https://")):
            yield given
            continue
        path = Path(given)
        if path.is_dir():
            for root, dirs, names in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for linked in [d for d in dirs if (Path(root) / d).is_symlink()]:
                    dirs.remove(linked)
                    yield Rejection(str(Path(root) / linked), None, "linked directory not followed")
                for name in sorted(names):
                    if not name.startswith(".") and not _is_documentation(name):
                        yield Path(root) / name
        elif path.exists():
            yield path
        elif path.is_symlink():
            yield Rejection(str(path), None, "broken or looping symbolic link")
        else:
            yield Rejection(str(path), None, "no such file or directory")


_DOCUMENTATION = ("readme", "license", "licence", "copying", "changelog")


def _is_documentation(name: str) -> bool:
    """A corpus folder's own README or licence is not an article (named explicitly, it is read)."""
    return name.casefold().startswith(_DOCUMENTATION)


def read_inputs(
    paths: list[str], fmt: str = "auto", overrides: Mapping[str, str] | None = None
) -> Iterator[Record]:
    """Records of every input, in input order, numeric dates in each file's own day order."""
    return decide_date_order(_read_all(paths, fmt, overrides or {}))


def _read_all(paths: list[str], fmt: str, overrides: Mapping[str, str]) -> Iterator[Record]:
    for item in discover(paths):
        if isinstance(item, Rejection):
            yield item
        elif item == "-":
            yield from read_json_lines(sys.stdin.buffer, "<stdin>", overrides)
        elif isinstance(item, str):
            yield from read_feed_url(item)
        else:
            yield from _read_file(item, fmt, overrides)


def _read_file(path: Path, fmt: str, overrides: Mapping[str, str]) -> Iterator[Record]:
    file = str(path)
    chosen = fmt if fmt != "auto" else _BY_SUFFIX.get(path.suffix.casefold())
    try:
        size = path.stat().st_size
        if size == 0:
            yield Rejection(file, None, "empty file")
            return
        if size > MAX_FILE_BYTES:
            yield Rejection(file, None, f"file too large: {size:,} bytes")
            return
        if chosen == "jsonl":
            with path.open("rb") as stream:
                yield from read_json_lines(stream, file, overrides)
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield Rejection(file, None, f"cannot read file: {exc.strerror or exc}")
        return
    if chosen is None:
        typed = _is_file_type(path.suffix)
        chosen = None if typed else sniff_format(raw)
        if chosen is None:
            kind = path.suffix if typed else "binary or source code"
            yield Rejection(
                file,
                None,
                f"unsupported file type {kind!r} (name the format with --format to read it)",
                excerpt(raw[:200]),
            )
            return
    if chosen == "txt":
        yield from read_text_file(raw, file)
    elif chosen == "json":
        yield from read_json_file(raw, file, overrides)
    elif chosen == "csv":
        yield from read_csv_file(raw, file, overrides)
    elif chosen == "rss":
        yield from read_feed(raw, file)
    elif chosen == "html":
        yield from read_html_file(raw, file)


def _is_file_type(suffix: str) -> bool:
    """A suffix that names a file type (".py", ".pdf"), not part of a name ("report.2015")."""
    letters = suffix[1:]
    return 0 < len(letters) <= 5 and letters.isalnum() and not letters.isdigit()


def sniff_format(raw: bytes) -> str | None:
    """The format of a file whose name has no suffix, from its first bytes; None for binary
    data and source code, which are not articles."""
    head = raw[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"{", b"[")):
        return "json"
    if head.startswith(b"<"):
        return "rss" if any(tag in head for tag in (b"<rss", b"<feed", b"<rdf")) else "html"
    if b"\x00" in raw[:8192] or _looks_like_code(raw[:8192]):
        return None
    return "txt"


_CODE_LINE = re.compile(
    rb"^\s*(?:#!|#include\b|import\s+\w|from\s+[\w.]+\s+import\b|def\s+\w+\s*\(|class\s+\w+"
    rb"[(:]|(?:function|const|let|var|package|public|private|static)\s|<\?php)"
    rb"|[;{}]\s*$"
)


def _looks_like_code(head: bytes) -> bool:
    """Source code (a shebang, or many lines shaped like statements), not prose."""
    lines = [line for line in head.splitlines() if line.strip()]
    if not lines:
        return False
    if lines[0].startswith(b"#!"):
        return True
    code = sum(1 for line in lines if _CODE_LINE.search(line))
    return code >= 3 and code / len(lines) >= 0.3
