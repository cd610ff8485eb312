"""HTML pages: main-text extraction with trafilatura (boilerplate, menus and ads removed)."""

from __future__ import annotations

from collections.abc import Iterator

from loaders.normalise import UndecodableError, decode_bytes
from loaders.readers.records import RawArticle, Record, Rejection, check_text, excerpt


def html_to_text(html: str) -> str | None:
    """Plain text of an HTML fragment or page; None when it has no text."""
    if "<" not in html:
        return html.strip() or None
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    paragraphs = [" ".join(p.split()) for p in root.itertext()]
    return "\n\n".join(p for p in paragraphs if p) or None


def read_html_file(raw: bytes, file: str) -> Iterator[Record]:
    try:
        html, _ = decode_bytes(raw)
    except UndecodableError as exc:
        yield Rejection(file, None, f"unreadable HTML: {exc}", excerpt(raw[:200]))
        return
    import trafilatura

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = getattr(document, "text", None) if document is not None else None
    if not text:
        yield Rejection(file, None, "HTML page has no main text", excerpt(html[:200]))
        return
    yield check_text(
        RawArticle(
            file=file,
            locator=None,
            text=text.replace("\n", "\n\n"),  # trafilatura puts one paragraph per line
            title=getattr(document, "title", None),
            published=getattr(document, "date", None),
            source=getattr(document, "sitename", None),
            url=getattr(document, "url", None),
        )
    )
