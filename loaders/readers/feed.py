"""RSS and Atom feeds (files or URLs), through feedparser."""

from __future__ import annotations

from collections.abc import Iterator

from loaders.readers.html_page import html_to_text
from loaders.readers.records import RawArticle, Record, Rejection, check_text, excerpt


def read_feed(raw: bytes | str, file: str) -> Iterator[Record]:
    """``raw`` is the feed's bytes, or a URL for feedparser to fetch."""
    import feedparser

    parsed = feedparser.parse(raw)
    entries = parsed.get("entries", [])
    if not entries:
        problem = parsed.get("bozo_exception")
        reason = f"malformed feed: {problem}" if problem else "feed has no entries"
        yield Rejection(file, None, reason, excerpt(raw[:200] if isinstance(raw, bytes) else raw))
        return
    feed_title = parsed.get("feed", {}).get("title")
    for index, entry in enumerate(entries, start=1):
        content = entry.get("content") or []
        html = content[0].get("value") if content else entry.get("summary", "")
        published = entry.get("published") or entry.get("updated")
        yield check_text(
            RawArticle(
                file=file,
                locator=f"entry {index}",
                text=html_to_text(html or "") or "",
                title=entry.get("title"),
                published=published,
                source=entry.get("source", {}).get("title") or feed_title,
                url=entry.get("link"),
                external_id=entry.get("id"),
            )
        )
