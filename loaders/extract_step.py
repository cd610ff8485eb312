"""The loader's bridge to extraction: prepared articles in, contract results out, per batch."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import accumulate
from typing import Any, Protocol

from loaders.prepare import PreparedArticle, title_for_extraction
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
    ``close()`` or the end of the process. ``submit`` queues a batch and returns at once, so
    the loader writes one batch while the workers extract the next (``start_extraction``).

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
        return self.submit(articles)()

    def submit(self, articles: Sequence[PreparedArticle]) -> Callable[[], ResultBatch]:
        """Start on a batch: with the pool, its chunks are queued behind any batch submitted
        before and the returned call waits for them; in process, the batch is extracted now."""
        english = [i for i, a in enumerate(articles) if a.language == "en"]
        docs = [as_doc_input(articles[i]) for i in english]
        if self.workers < 2 or len(docs) < self.min_pool_docs:
            found = self._extract_here(docs)
            return lambda: found.placed(english, len(articles))
        pool = self._start_pool()
        futures = [
            pool.submit(_extract_chunk, docs[a:b]) for a, b in chunk_bounds(len(docs), self.workers)
        ]
        return lambda: ResultBatch.concat([f.result() for f in futures]).placed(
            english, len(articles)
        )

    def _extract_here(self, docs: list[dict[str, Any]]) -> ResultBatch:
        from loaders.extraction.pipeline import extract_batch

        return ResultBatch.from_results(extract_batch(self._nlp, docs) if docs else [])

    def _start_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            global _WORKER_NLP
            _WORKER_NLP = self._nlp  # inherited by the forked workers
            context = multiprocessing.get_context("fork")
            self._pool = ProcessPoolExecutor(
                self.workers,
                mp_context=context,
                initializer=start_worker,
                initargs=(os.getpid(),),
            )
        return self._pool

    def worker_pids(self) -> list[int]:
        """The pool's worker processes (none before the first pooled batch)."""
        return list(self._pool._processes or {}) if self._pool is not None else []

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def start_extraction(
    extractor: Extractor, articles: Sequence[PreparedArticle]
) -> Callable[[], Sequence[Mapping[str, Any]]]:
    """Start extracting a batch; the returned call gives its results. An extractor with a
    ``submit`` (the worker pool) works on the batch while the caller writes the one before;
    any other extractor runs now."""
    submit = getattr(extractor, "submit", None)
    if submit is not None:
        return submit(articles)  # type: ignore[no-any-return]
    results = extractor(articles)
    return lambda: results


def chunk_bounds(count: int, workers: int) -> list[tuple[int, int]]:
    """Contiguous chunks of a batch of ``count`` documents for the pool: a multiple of
    ``workers`` in number, at most ``CHUNK_DOCS`` documents each, sizes within one of each
    other, so that the workers end a batch together (200 documents: 8 chunks of 25, not 6 of
    32 and one of 8 that leaves a worker idle while the other finishes it). A chunk is one
    ``nlp.pipe`` batch: a chunk cut at the text's midpoints instead (33 documents, then 31...)
    spent about 4% more CPU, in the small second batches it made."""
    chunks = -(-count // CHUNK_DOCS)
    chunks = min(count, -(-chunks // workers) * workers)
    if not chunks:
        return []
    size, larger = divmod(count, chunks)
    ends = list(accumulate(size + (k < larger) for k in range(chunks)))
    return list(zip([0, *ends[:-1]], ends, strict=True))


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


def start_worker(parent_pid: int) -> None:
    """Worker initializer. Everything inherited from the loader is moved out of the cyclic
    collector's sight (``gc.freeze``): its full passes would otherwise write to the header of
    every inherited object, copying the pages this worker shares with the loader."""
    gc.freeze()
    die_with_parent(parent_pid)


def die_with_parent(parent_pid: int) -> None:
    """The kernel kills this worker when the loader dies, even by SIGKILL.

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
        "title": title_for_extraction(article.title, article.body),
        "source": article.source.name if article.source else None,
    }


def make_extractor(workers: int | None = 1) -> Extractor | None:
    """The spaCy extractor, or None when the extraction package is not available.
    ``workers=None`` picks the number for the machine (``default_workers``)."""
    try:
        return SpacyExtractor(workers)
    except ImportError:
        return None
