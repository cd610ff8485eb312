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
from loaders.extract_step import Extractor
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
    cache = IdCache()  # ids of names written by this load, kept across batches
    keys = stored_keys(conn)  # content hashes and near-duplicate keys, kept across batches
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
                _flush(conn, run_id, batch, summary, extractor, cache, keys)
                if on_progress:
                    on_progress(len(batch))
                batch = _Batch()
        _flush(conn, run_id, batch, summary, extractor, cache, keys)
        if on_progress:
            on_progress(len(batch))
    except BaseException:
        finish_run(conn, run_id, "failed")
        raise
    finish_run(conn, run_id, summary.status())
    return summary


def _flush(
    conn: duckdb.DuckDBPyConnection,
    run_id: int,
    batch: _Batch,
    summary: LoadSummary,
    extractor: Extractor | None,
    cache: IdCache,
    keys: RunKeys | LakeKeys,
) -> None:
    if not len(batch):
        return
    stored_hashes, stored_near = keys.known(
        [a.content_hash for a in batch.articles],
        [a.near_duplicate_key for a in batch.articles],
    )
    fresh: list[PreparedArticle] = []
    seen_hashes: set[str] = set(stored_hashes)
    seen_near: set[str] = set(stored_near)
    for article in batch.articles:
        counts = summary.files[article.input_file]
        near = article.near_duplicate_key
        if article.content_hash in seen_hashes or (near is not None and near in seen_near):
            counts.duplicate += 1
            continue
        seen_hashes.add(article.content_hash)
        if near is not None:
            seen_near.add(near)
        counts.new += 1
        fresh.append(article)
    results: Sequence[Mapping[str, Any]] | None = extractor(fresh) if extractor and fresh else None
    batch_counts = BatchCounts(
        read=len(batch),
        new=len(fresh),
        duplicate=len(batch.articles) - len(fresh),
        rejected=len(batch.rejections),
    )
    write_batch(
        conn,
        run_id,
        fresh,
        results,
        batch.rejections,
        batch_counts,
        extractor.version if extractor else None,
        cache,
    )
    keys.add([a.content_hash for a in fresh], [a.near_duplicate_key for a in fresh])
    release_cached_blocks(conn)
