"""RSS and Atom feeds (files or URLs), through feedparser."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator

from loaders import __version__
from loaders.readers.html_page import html_to_text
from loaders.readers.records import RawArticle, Record, Rejection, check_text, excerpt

FETCH_TIMEOUT_SECONDS = 30
MAX_FEED_BYTES = 50 * 1024**2


def read_feed_url(url: str) -> Iterator[Record]:
    """Fetch a feed ourselves, so that a network failure is told as one ("cannot reach URL:
    connection refused"), not as a malformed feed."""
    try:
        raw = fetch(url)
    except FetchError as exc:
        yield Rejection(url, None, str(exc))
        return
    yield from read_feed(raw, url)


class FetchError(OSError):
    """The URL could not be fetched; the message says why."""


def fetch(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": f"wirehouse/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_SECONDS) as response:
            raw = response.read(MAX_FEED_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise FetchError(f"cannot fetch URL: HTTP {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        reason = exc.reason.strerror if isinstance(exc.reason, OSError) else exc.reason
        raise FetchError(f"cannot reach URL: {reason or exc}") from exc
    except (TimeoutError, OSError) as exc:
        raise FetchError(f"cannot reach URL: {exc.strerror or exc}") from exc
    if len(raw) > MAX_FEED_BYTES:
        raise FetchError(f"cannot fetch URL: feed larger than {MAX_FEED_BYTES:,} bytes")
    return raw


def read_feed(raw: bytes, file: str) -> Iterator[Record]:
    """Entries of a feed's bytes."""
    import feedparser

    parsed = feedparser.parse(raw)
    entries = parsed.get("entries", [])
    if not entries:
        problem = parsed.get("bozo_exception")
        reason = f"malformed feed: {problem}" if problem else "feed has no entries"
        yield Rejection(file, None, reason, excerpt(raw[:200]))
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
