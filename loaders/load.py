"""``wirehouse load``: read inputs, normalise, deduplicate, extract and write in atomic batches."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from loaders.buffer_pool import limit_memory, release_cached_blocks
from loaders.db import WAREHOUSE_ALIAS, connect
from loaders.dedup import LakeKeys, RunKeys, stored_keys
from loaders.extract_step import Extractor, start_extraction
from loaders.ids import IdCache
from loaders.prepare import PreparedArticle, prepare
from loaders.readers import Record, Rejection
from loaders.runs import finish_run, start_run
from loaders.writer import BatchCounts, write_batch

DEFAULT_BATCH_SIZE = 256


@dataclass
class FileCounts:
    read: int = 0
    new: int = 0
    duplicate: int = 0
    rejected: int = 0


@dataclass
class LoadSummary:
    run_id: int
    files: dict[str, FileCounts] = field(default_factory=dict)
    rejections: list[Rejection] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    extracted: bool = False
    stopped_early: bool = False

    def total(self) -> FileCounts:
        total = FileCounts()
        for counts in self.files.values():
            total.read += counts.read
            total.new += counts.new
            total.duplicate += counts.duplicate
            total.rejected += counts.rejected
        return total

    def exit_code(self) -> int:
        """0: everything loaded; 1: some input rejected; 2: nothing could be loaded."""
        total = self.total()
        if total.new + total.duplicate == 0:
            return 2
        return 1 if total.rejected or self.stopped_early else 0

    def status(self) -> str:
        return {0: "succeeded", 1: "partial", 2: "failed"}[self.exit_code()]


@dataclass
class _Batch:
    articles: list[PreparedArticle] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.articles) + len(self.rejections)


def load(
    db: Path,
    records: Iterable[Record],
    inputs: list[str],
    *,
    source: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    strict: bool = False,
    extractor: Extractor | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> LoadSummary:
    """Load records into the warehouse. One connection holds the file for the whole load (other
    writers wait for its lock; readers use the serving file); each batch commits on its own."""
    with connect(db, row_group_size=LOAD_ROW_GROUP_SIZE) as conn:
        limit_memory(conn)
        summary = _load(conn, records, inputs, source, batch_size, strict, extractor, on_progress)
        conn.execute(f"CHECKPOINT {WAREHOUSE_ALIAS}")  # at the end; the WAL threshold sets others
    return summary


LOAD_ROW_GROUP_SIZE = 8_192  # see loaders.db.attach_file


def _load(
    conn: duckdb.DuckDBPyConnection,
    records: Iterable[Record],
    inputs: list[str],
    source: str | None,
    batch_size: int,
    strict: bool,
    extractor: Extractor | None,
    on_progress: Callable[[int], None] | None,
) -> LoadSummary:
    run_id = start_run(conn, "load", inputs, extractor.version if extractor else None)
    summary = LoadSummary(run_id=run_id, extracted=extractor is not None)
    writer = _Writer(conn, run_id, summary, extractor, IdCache(), stored_keys(conn), on_progress)
    batch = _Batch()
    try:
        for record in records:
            counts = summary.files.setdefault(record.file, FileCounts())
            counts.read += 1
            if isinstance(record, Rejection):
                counts.rejected += 1
                batch.rejections.append(record)
                summary.rejections.append(record)
                if strict:
                    summary.stopped_early = True
                    break
            else:
                article = prepare(record, source)
                summary.warnings.extend(
                    f"{article.input_file}: {article.input_locator or ''} {w}".replace(":  ", ": ")
                    for w in article.warnings
                )
                batch.articles.append(article)
            if len(batch) >= batch_size:
                writer.add(batch)
                batch = _Batch()
        writer.add(batch)
        writer.finish()
    except BaseException:
        finish_run(conn, run_id, "failed")
        raise
    finish_run(conn, run_id, summary.status())
    return summary


@dataclass
class _Extracting:
    """A batch deduplicated and handed to the extractor, not written yet."""

    batch: _Batch
    fresh: list[PreparedArticle]
    results: Callable[[], Sequence[Mapping[str, Any]]] | None


class _Writer:
    """Writes batches in order, one behind: a batch is deduplicated and its extraction started
    before the batch ahead of it is written, so that worker processes extract while this one
    writes and commits (with extraction in process, the order of the work is all that changes).
    Each batch still commits on its own, in input order; a crash loses the batches not
    committed, as before."""

    def __init__(
        self,
        conn: duckdb.DuckDBPyConnection,
        run_id: int,
        summary: LoadSummary,
        extractor: Extractor | None,
        cache: IdCache,
        keys: RunKeys | LakeKeys,
        on_progress: Callable[[int], None] | None,
    ) -> None:
        self.conn, self.run_id, self.summary, self.extractor = conn, run_id, summary, extractor
        self.cache, self.keys, self.on_progress = cache, keys, on_progress
        self.waiting: _Extracting | None = None

    def add(self, batch: _Batch) -> None:
        if not len(batch):
            return
        ahead = self.waiting
        fresh = self._fresh(batch, ahead.fresh if ahead else [])
        results = start_extraction(self.extractor, fresh) if self.extractor and fresh else None
        self.waiting = _Extracting(batch, fresh, results)
        if ahead is not None:
            self._write(ahead)

    def finish(self) -> None:
        if self.waiting is not None:
            self._write(self.waiting)
            self.waiting = None

    def _fresh(self, batch: _Batch, uncommitted: list[PreparedArticle]) -> list[PreparedArticle]:
        """The batch's articles that neither the warehouse, the batch ahead (not committed
        yet) nor an earlier article of the batch holds; counts new and duplicate ones."""
        stored_hashes, stored_near = self.keys.known(
            [a.content_hash for a in batch.articles],
            [a.near_duplicate_key for a in batch.articles],
        )
        seen_hashes = set(stored_hashes).union(a.content_hash for a in uncommitted)
        seen_near = set(stored_near).union(
            a.near_duplicate_key for a in uncommitted if a.near_duplicate_key is not None
        )
        fresh: list[PreparedArticle] = []
        for article in batch.articles:
            counts = self.summary.files[article.input_file]
            near = article.near_duplicate_key
            if article.content_hash in seen_hashes or (near is not None and near in seen_near):
                counts.duplicate += 1
                continue
            seen_hashes.add(article.content_hash)
            if near is not None:
                seen_near.add(near)
            counts.new += 1
            fresh.append(article)
        return fresh

    def _write(self, item: _Extracting) -> None:
        batch, fresh, extractor = item.batch, item.fresh, self.extractor
        batch_counts = BatchCounts(
            read=len(batch),
            new=len(fresh),
            duplicate=len(batch.articles) - len(fresh),
            rejected=len(batch.rejections),
        )
        write_batch(
            self.conn,
            self.run_id,
            fresh,
            item.results() if item.results else None,
            batch.rejections,
            batch_counts,
            extractor.version if extractor else None,
            self.cache,
        )
        self.keys.add([a.content_hash for a in fresh], [a.near_duplicate_key for a in fresh])
        release_cached_blocks(self.conn)
        if self.on_progress:
            self.on_progress(len(batch))
