"""What readers yield: an article as the input gave it, or a rejection saying why not."""

from __future__ import annotations

from dataclasses import dataclass

# spaCy's default max_length; longer texts are rejected rather than silently truncated.
MAX_ARTICLE_CHARS = 1_000_000
EXCERPT_CHARS = 200


@dataclass
class RawArticle:
    file: str
    locator: str | None  # "line 3", "row 12", "entry 2"; None for one-article files
    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    external_id: str | None = None
    warnings: tuple[str, ...] = ()  # said once per file, on its first article concerned


@dataclass
class Rejection:
    file: str
    locator: str | None
    reason: str
    excerpt: str | None = None

    def describe(self) -> str:
        where = f"{self.file}: {self.locator}" if self.locator else self.file
        return f"{where}: {self.reason}"


Record = RawArticle | Rejection


def excerpt(value: object) -> str:
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    text = " ".join(text.replace("\x00", "").split())
    return text[:EXCERPT_CHARS]


def check_text(article: RawArticle) -> Record:
    """Reject articles with no text or more text than extraction can take."""
    if not article.text or not article.text.strip():
        return Rejection(
            article.file, article.locator, "no article text", excerpt(article.title or "")
        )
    if len(article.text) > MAX_ARTICLE_CHARS:
        return Rejection(
            article.file,
            article.locator,
            f"article too large: {len(article.text):,} characters (limit {MAX_ARTICLE_CHARS:,})",
            excerpt(article.text[:EXCERPT_CHARS]),
        )
    return article
