"""Mapping of input field / column names to article fields, shared by the JSON and CSV readers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from loaders.readers.records import RawArticle, Record, check_text

ARTICLE_FIELDS = ("external_id", "title", "text", "published", "source", "url")

# Common names first; FA-KES's columns (article_title, article_content, date, unit_id) included.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "external_id": ("id", "unit_id", "article_id", "guid", "uuid", "doc_id"),
    "title": ("title", "article_title", "headline", "heading"),
    "text": ("text", "content", "body", "article_content", "article_text", "article", "story"),
    "published": (
        "published", "date", "published_at", "publication_date", "pubdate", "pub_date",
        "datetime", "timestamp",
    ),
    "source": ("source", "outlet", "publisher", "source_name", "site"),
    "url": ("url", "link", "href", "article_url"),
}  # fmt: skip


class MappingError(ValueError):
    """A --map option that names no article field."""


def parse_map_options(options: tuple[str, ...] | list[str]) -> dict[str, str]:
    """``--map COL=FIELD`` options to {input column: article field}."""
    mapping: dict[str, str] = {}
    for option in options:
        column, sep, field = option.partition("=")
        field = field.strip()
        if not sep or not column.strip() or field not in ARTICLE_FIELDS:
            fields = ", ".join(ARTICLE_FIELDS)
            raise MappingError(f"--map {option!r}: expected COLUMN=FIELD, FIELD one of {fields}")
        mapping[column.strip()] = field
    return mapping


def resolve_columns(columns: list[str], overrides: Mapping[str, str]) -> dict[str, str]:
    """{article field: input column} for the columns an input has."""
    chosen: dict[str, str] = {}
    for column, field in overrides.items():
        if column in columns:
            chosen[field] = column
    folded = {c.strip().casefold(): c for c in columns}
    for field, aliases in FIELD_ALIASES.items():
        if field in chosen:
            continue
        for alias in aliases:
            if alias in folded and folded[alias] not in overrides:
                chosen[field] = folded[alias]
                break
    return chosen


def article_from_mapping(
    values: Mapping[str, Any], columns: Mapping[str, str], file: str, locator: str | None
) -> Record:
    def get(field: str) -> str | None:
        column = columns.get(field)
        value = values.get(column) if column is not None else None
        if value is None:
            return None
        return value if isinstance(value, str) else str(value)

    article = RawArticle(
        file=file,
        locator=locator,
        text=get("text") or "",
        title=get("title"),
        published=get("published"),
        source=get("source"),
        url=get("url"),
        external_id=get("external_id"),
    )
    return check_text(article)
