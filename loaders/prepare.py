"""From a raw input article to the normalised row the warehouse stores."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from loaders.normalise import (
    DateError,
    clean_line,
    clean_text,
    content_hash,
    detect_language,
    leading_date,
    near_duplicate_key,
    parse_date,
)
from loaders.readers.records import RawArticle
from loaders.sources import (
    SourceInfo,
    find_credits,
    is_photo_caption,
    resolve_source,
    strip_dateline,
)

TITLE_MAX_CHARS = 160


@dataclass
class PreparedArticle:
    body: str
    content_hash: str
    near_duplicate_key: str | None
    title: str | None
    published_date: dt.date | None
    language: str
    source: SourceInfo | None
    wire: SourceInfo | None
    dateline: str | None
    url: str | None
    external_id: str | None
    input_file: str
    input_locator: str | None
    warnings: tuple[str, ...] = ()


def prepare(raw: RawArticle, source_override: str | None = None) -> PreparedArticle:
    """Clean and enrich one article. Never raises on bad metadata: a date that cannot be used
    becomes a warning and a null date, so the article itself is kept."""
    body = clean_text(raw.text)
    warnings: list[str] = list(raw.warnings)
    published: dt.date | None = None
    try:
        published = parse_date(raw.published)
    except DateError as exc:
        warnings.append(f"{exc}; article kept without a date")
    if published is None and raw.published is None:
        published, _ = leading_date(body)

    credits = find_credits(body)
    wire = resolve_source(credits.wire) if credits.wire else None
    source = resolve_source(source_override or raw.source)
    if wire is None and source is not None and source.kind == "wire_agency":
        wire = source  # copy from an agency's own feed credits that agency
    if source is None:
        source = wire  # only the wire is known: the article as we have it is its copy

    title = clean_line(raw.title) or infer_title(body)
    return PreparedArticle(
        body=body,
        content_hash=content_hash(body),
        near_duplicate_key=near_duplicate_key(source.name if source else None, title, published),
        title=title,
        published_date=published,
        language=detect_language(body),
        source=source,
        wire=wire,
        dateline=credits.dateline,
        url=clean_line(raw.url),
        external_id=clean_line(raw.external_id),
        input_file=raw.file,
        input_locator=raw.locator,
        warnings=tuple(warnings),
    )


def title_for_extraction(title: str | None, body: str) -> str | None:
    """The title extraction may treat as a headline printed again at the top of the body
    (events/repeated_titles.py): a given one only. A title inferred from the body is the body's
    own first sentence, so its events would be dropped as a copy (``infer_title`` is
    deterministic: a stored title equal to it was inferred, or says what the lead says)."""
    if title is None or title == infer_title(body):
        return None
    return title


_SENTENCE_END = re.compile(r"(?<=[.!?»\"”])\s+(?=[A-Z«\"“])")


def infer_title(body: str) -> str | None:
    """A short first paragraph is a headline; otherwise the first sentence, cut at a word.
    Photo captions and the dateline are passed over."""
    paragraphs = [p for p in body.split("\n\n") if p.strip() and not is_photo_caption(p)]
    if not paragraphs:
        return None
    first = strip_dateline(paragraphs[0].strip())
    if len(first) <= 120 and not first.endswith("."):
        return first
    sentence = _SENTENCE_END.split(first, maxsplit=1)[0]
    if len(sentence) <= TITLE_MAX_CHARS:
        return sentence
    return sentence[:TITLE_MAX_CHARS].rsplit(" ", 1)[0] + "…"
