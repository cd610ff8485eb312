"""The loader's bridge to extraction: prepared articles in, contract results out, per batch."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from loaders.prepare import PreparedArticle

EMPTY_RESULT: Mapping[str, Any] = {"entities": [], "claims": [], "events": []}


class Extractor(Protocol):
    version: str

    def __call__(self, articles: Sequence[PreparedArticle]) -> list[Mapping[str, Any]]: ...


class SpacyExtractor:
    """Runs the spaCy pipeline over a batch through ``nlp.pipe`` (via ``extract_batch``).

    Only English articles are extracted: the model reads English, and rows guessed from other
    languages would be noise. Others get an empty result and keep their text for later.
    """

    def __init__(self, workers: int = 1) -> None:
        from loaders.extraction.pipeline import EXTRACTOR_VERSION, load_nlp

        self.version: str = EXTRACTOR_VERSION
        self.workers = workers
        self._nlp = load_nlp()

    def __call__(self, articles: Sequence[PreparedArticle]) -> list[Mapping[str, Any]]:
        from loaders.extraction.pipeline import extract_batch

        english = [i for i, a in enumerate(articles) if a.language == "en"]
        docs = [as_doc_input(articles[i]) for i in english]
        found = extract_batch(self._nlp, docs, n_process=self.workers) if docs else []
        results: list[Mapping[str, Any]] = [EMPTY_RESULT] * len(articles)
        for index, result in zip(english, found, strict=True):
            results[index] = result
        return results


def as_doc_input(article: PreparedArticle) -> dict[str, Any]:
    return {
        "id": article.content_hash,
        "text": article.body,
        "published": article.published_date.isoformat() if article.published_date else None,
        "title": article.title,
        "source": article.source.name if article.source else None,
    }


def make_extractor(workers: int = 1) -> Extractor | None:
    """The spaCy extractor, or None when the extraction package is not available."""
    try:
        return SpacyExtractor(workers)
    except ImportError:
        return None
