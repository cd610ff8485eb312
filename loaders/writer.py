"""Bulk, set-based writes of one batch into the warehouse, in one transaction.

Each batch (its articles, their extracted rows, the rejected inputs met on the way and the
run's counters) commits together or not at all, so a crash loses at most the batch in flight
and a rerun completes the job: content hashes make every article insert idempotent.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import duckdb
import pyarrow as pa

from loaders.columns import arrow_stream, arrow_types, insert_select
from loaders.ids import IdCache, entity_ids, location_ids, reserve_ids, source_ids
from loaders.lake.connection import is_lake
from loaders.prepare import PreparedArticle
from loaders.readers.records import Rejection
from loaders.rows import ExtractionRows, flatten
from loaders.sources import SourceInfo

# The tables whose rows an extraction writes per article (reextract replaces them).
EXTRACTED_TABLES = ("toll_claims", "events", "claims", "mentions")


@dataclass
class BatchCounts:
    read: int = 0
    new: int = 0
    duplicate: int = 0
    rejected: int = 0


_ARTICLE_TYPES = arrow_types("articles", extra={"article_id": pa.int64()})
_GIVEN = ("article_id", "source_id", "wire_source_id", "run_id", "extractor_version")
_COPIED = tuple(name for name in _ARTICLE_TYPES if name not in _GIVEN)
_copied_attributes = operator.attrgetter(*_COPIED)


def article_table(
    run_id: int,
    ids: Sequence[int],
    articles: Sequence[PreparedArticle],
    extractor_version: str | None,
    source_id: Callable[[SourceInfo | None], int | None],
) -> pa.Table:
    """The Arrow table of a batch's articles, columns named and typed as in ``articles``; the
    other columns are the prepared article's attributes of the same name."""
    columns: dict[str, Sequence[Any]] = {
        "article_id": ids,
        "source_id": [source_id(a.source) for a in articles],
        "wire_source_id": [source_id(a.wire) for a in articles],
        "run_id": [run_id] * len(articles),
        "extractor_version": [extractor_version] * len(articles),
    }
    # One pass over the articles reads every copied attribute (a column per attribute read
    # separately cost a Python loop each).
    rows = list(map(_copied_attributes, articles))
    copied = zip(*rows, strict=True) if rows else [()] * len(_COPIED)
    columns.update(zip(_COPIED, copied, strict=True))
    return pa.table({name: pa.array(columns[name], kind) for name, kind in _ARTICLE_TYPES.items()})


def insert_articles(
    conn: duckdb.DuckDBPyConnection, run_id: int, ids: Sequence[int],
    articles: Sequence[PreparedArticle], extractor_version: str | None, cache: IdCache,
) -> None:  # fmt: skip
    known = source_ids(conn, cache, [s for a in articles for s in (a.source, a.wire) if s])

    def source_id(info: SourceInfo | None) -> int | None:
        return known[info.name] if info is not None else None

    table = article_table(run_id, ids, articles, extractor_version, source_id)
    columns = ", ".join(table.column_names)
    batch_articles = arrow_stream(table)  # noqa: F841 (read by DuckDB by name)
    conn.execute(f"INSERT INTO articles ({columns}) SELECT {columns} FROM batch_articles")


def insert_extraction(
    conn: duckdb.DuckDBPyConnection,
    rows: ExtractionRows,
    article_ids: Sequence[int],
    claim_ids: Sequence[int],
    cache: IdCache,
) -> None:
    """Entities and places new to the warehouse are inserted once (``loaders.ids``); every
    other row arrives with its references resolved, so each table takes one plain insert."""
    rows.resolve(
        article_ids, entity_ids(conn, cache, rows), location_ids(conn, cache, rows), claim_ids
    )
    for table, written in rows.tables().items():
        if written.num_rows:
            columns = ", ".join(written.column_names)
            batch_rows = arrow_stream(written)  # noqa: F841 (read by DuckDB by name)
            conn.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM batch_rows")


def insert_rejections(
    conn: duckdb.DuckDBPyConnection, run_id: int, rejections: Sequence[Rejection]
) -> None:
    if not rejections:
        return
    rows = [
        {
            "run_id": run_id,
            "input_file": r.file,
            "input_locator": r.locator,
            "reason": r.reason,
            "excerpt": r.excerpt,
        }
        for r in rejections
    ]
    table = pa.Table.from_pylist(rows, pa.schema(arrow_types("rejected_inputs")))
    batch_rejections = arrow_stream(table)  # noqa: F841 (read by DuckDB by name)
    conn.execute(insert_select("rejected_inputs", "batch_rejections"))


def write_batch(
    conn: duckdb.DuckDBPyConnection,
    run_id: int,
    articles: Sequence[PreparedArticle],
    results: Sequence[Mapping[str, Any]] | None,
    rejections: Sequence[Rejection],
    counts: BatchCounts,
    extractor_version: str | None,
    cache: IdCache | None = None,
) -> None:
    """Write one batch atomically: articles, extraction rows, rejections and run counters.
    ``cache``: the load's ids of names already written (a fresh one when not given).
    ``results``: a ``ResultBatch`` (what the extractor returns) or the contract's dicts."""
    cache = cache if cache is not None else IdCache()
    if _writes_to_lake(conn, cache):  # the same code on a stage, committed under the lake's
        from loaders.lake import writes  # lock; the stage resolves names itself (a retry must

        args = (conn, run_id, articles, results, rejections, counts, extractor_version)
        return writes.write_batch(*args, file_writer=write_batch)  # not reuse ids)
    conn.begin()
    try:
        # The run's counters first: DuckDB commits a transaction whose one UPDATE precedes its
        # appends faster than one where it follows them (~10 ms of a ~50 ms commit per batch).
        # Integers written into the SQL: DuckDB's Python client tries to import pandas for every
        # bound parameter, and without pandas installed each failed import searches sys.path
        # again (~0.5 ms of CPU per parameter).
        conn.execute(
            f"UPDATE load_runs SET n_read = n_read + {int(counts.read)}, "
            f"n_new = n_new + {int(counts.new)}, "
            f"n_duplicate = n_duplicate + {int(counts.duplicate)}, "
            f"n_rejected = n_rejected + {int(counts.rejected)} WHERE run_id = {int(run_id)}"
        )
        version = extractor_version if results else None
        rows = None
        if results is not None and extractor_version is not None:
            rows = flatten(results, extractor_version)
        ids = reserve_ids(conn, cache, "articles", len(articles))
        insert_articles(conn, run_id, ids, articles, version, cache)
        if rows is not None:
            claim_ids = reserve_ids(conn, cache, "claims", rows.n_claims)
            insert_extraction(conn, rows, ids, claim_ids, cache)
        insert_rejections(conn, run_id, rejections)
        conn.commit()
    except BaseException:
        conn.rollback()
        cache.clear()  # it may hold ids of rows the rollback removed
        raise


def replace_extraction(
    conn: duckdb.DuckDBPyConnection,
    article_ids: Sequence[int],
    results: Sequence[Mapping[str, Any]],
    extractor_version: str,
    cache: IdCache | None = None,
) -> None:
    """Swap the extracted rows of these articles for new ones, atomically."""
    cache = cache if cache is not None else IdCache()
    if _writes_to_lake(conn, cache):
        from loaders.lake import writes

        args = (conn, article_ids, results, extractor_version)
        return writes.replace_extraction(*args, file_writer=replace_extraction)
    conn.begin()
    try:
        ids = pa.table({"article_id": pa.array(article_ids, pa.int64())})
        for table in EXTRACTED_TABLES:
            batch_ids = arrow_stream(ids)  # noqa: F841 (read by DuckDB by name; once)
            conn.execute(
                f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM batch_ids)"
            )
        rows = flatten(results, extractor_version)
        claim_ids = reserve_ids(conn, cache, "claims", rows.n_claims)
        insert_extraction(conn, rows, article_ids, claim_ids, cache)
        batch_ids = arrow_stream(ids)  # noqa: F841 (read by DuckDB by name; once)
        conn.execute(
            "UPDATE articles SET extractor_version = ? "
            "WHERE article_id IN (SELECT article_id FROM batch_ids)",
            [extractor_version],
        )
        conn.commit()
    except BaseException:
        conn.rollback()
        cache.clear()
        raise


def _writes_to_lake(conn: duckdb.DuckDBPyConnection, cache: IdCache) -> bool:
    """Asked of the database once per cache: a load's whole run writes to one place. A file
    is then set to run its statements on one thread (``SET threads``, for the connection's
    database): a batch's statements are a few thousand rows each, where DuckDB's workers
    cost more than they share (an Arrow insert of one row: ~0.6 ms of CPU on one thread,
    ~1.5 ms on two), and a load's other cores are its extraction workers'."""
    if cache.lake is None:
        cache.lake = is_lake(conn)
        if not cache.lake:
            conn.execute("SET threads = 1")
    return cache.lake
