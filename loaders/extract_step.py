"""The loader's bridge to extraction: prepared articles in, contract results out, per batch."""

from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import sys
from collections.abc import Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Protocol

from loaders.prepare import PreparedArticle
from loaders.result_batch import ResultBatch

EMPTY_RESULT: Mapping[str, Any] = {"entities": [], "claims": [], "events": [], "tolls": []}


class Extractor(Protocol):
    version: str

    def __call__(self, articles: Sequence[PreparedArticle]) -> Sequence[Mapping[str, Any]]: ...


class SpacyExtractor:
    """Runs the spaCy pipeline over a batch through ``extract_batch`` (``nlp.pipe``).

    Only English articles are extracted: the model reads English, and rows guessed from other
    languages would be noise. Others get an empty result and keep their text for later.

    With ``workers`` > 1, a batch is cut into chunks that a pool of worker processes extracts
    (results come back in input order; the loader's one writer stays in this process). The
    pool is forked from this process once the model is loaded, so workers share its pages and
    start at once; it starts at the first batch with at least ``min_pool_docs`` English
    articles (smaller batches run here: a fork costs more than it saves) and lives until
    ``close()`` or the end of the process.

    Results come back as a ``ResultBatch`` (the writer's part of the contract in one Arrow
    array): each worker converts its own chunk, so the conversion runs in parallel and the
    chunks travel as Arrow buffers instead of pickled dicts.
    """

    def __init__(self, workers: int | None = 1, nlp: Any = None) -> None:
        from loaders.extraction.pipeline import EXTRACTOR_VERSION, load_nlp

        self.version: str = EXTRACTOR_VERSION
        self.workers = workers if workers is not None else default_workers()
        self.min_pool_docs = 2 if workers is not None else MIN_POOL_DOCS
        self._nlp = nlp if nlp is not None else load_nlp()  # a loaded pipeline may be shared
        self._pool: ProcessPoolExecutor | None = None

    def __call__(self, articles: Sequence[PreparedArticle]) -> ResultBatch:
        english = [i for i, a in enumerate(articles) if a.language == "en"]
        docs = [as_doc_input(articles[i]) for i in english]
        found = self._extract(docs) if docs else ResultBatch.concat([])
        return found.placed(english, len(articles))

    def _extract(self, docs: list[dict[str, Any]]) -> ResultBatch:
        from loaders.extraction.pipeline import extract_batch

        if self.workers < 2 or len(docs) < self.min_pool_docs:
            return ResultBatch.from_results(extract_batch(self._nlp, docs))
        size = max(1, min(CHUNK_DOCS, -(-len(docs) // self.workers)))
        chunks = [docs[i : i + size] for i in range(0, len(docs), size)]
        return ResultBatch.concat(list(self._start_pool().map(_extract_chunk, chunks)))

    def _start_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            global _WORKER_NLP
            _WORKER_NLP = self._nlp  # inherited by the forked workers
            context = multiprocessing.get_context("fork")
            self._pool = ProcessPoolExecutor(
                self.workers,
                mp_context=context,
                initializer=die_with_parent,
                initargs=(os.getpid(),),
            )
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


CHUNK_DOCS = 32  # documents per task sent to a worker (spaCy's pipe batch size)
MIN_POOL_DOCS = 64  # automatic worker count: smaller batches are extracted in process
MAX_AUTO_WORKERS = 4
_WORKER_NLP: Any = None


def default_workers() -> int:
    """Usable cores, at most 4 (beyond that the single writer and memory become the limit)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_AUTO_WORKERS))


def die_with_parent(parent_pid: int) -> None:
    """Worker initializer: the kernel kills this worker when the loader dies, even by SIGKILL.

    A forked worker would otherwise outlive a killed parent (reparented to init, holding the
    model's memory) for as long as nobody kills it. ``PR_SET_PDEATHSIG`` fires when the thread
    that forked the worker ends; the pool forks from the loader's main thread, which lives as
    long as the process. A parent that died before the call is caught by the ppid check.
    """
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent_pid:
        os._exit(1)


PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def _extract_chunk(docs: list[dict[str, Any]]) -> ResultBatch:
    """Runs in a worker process, on the pipeline forked from the parent; converts its results
    to Arrow here, in parallel with the other workers."""
    from loaders.extraction.pipeline import extract_batch

    return ResultBatch.from_results(extract_batch(_WORKER_NLP, docs))


def as_doc_input(article: PreparedArticle) -> dict[str, Any]:
    return {
        "id": article.content_hash,
        "text": article.body,
        "published": article.published_date.isoformat() if article.published_date else None,
        "title": article.title,
        "source": article.source.name if article.source else None,
    }


def make_extractor(workers: int | None = 1) -> Extractor | None:
    """The spaCy extractor, or None when the extraction package is not available.
    ``workers=None`` picks the number for the machine (``default_workers``)."""
    try:
        return SpacyExtractor(workers)
    except ImportError:
        return None
