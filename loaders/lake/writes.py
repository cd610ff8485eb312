"""The lake versions of the writer's and the run ledger's entry points.

``loaders.writer`` and ``loaders.runs`` hand over to these when their connection is a lake
connection. Each runs the file-mode code itself on a stage (``loaders.lake.stage``) under the
catalog's commit lock, so the SQL that fills the warehouse exists once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import duckdb
import pyarrow as pa

from loaders.ids import IdCache
from loaders.lake.locks import CatalogSession
from loaders.lake.settings import LAKE_ALIAS, lake_settings
from loaders.lake.stage import commit_staged
from loaders.result_batch import ResultBatch


def session() -> CatalogSession:
    settings = lake_settings()
    assert settings is not None, "lake writes need WIREHOUSE_CATALOG"
    return CatalogSession.for_catalog(settings.catalog)


def _stage_ids() -> IdCache:
    """A fresh cache for each staged attempt (a retry must not reuse ids), marked as writing to
    the stage, which is a file-mode database."""
    return IdCache(lake=False)


def _stored(conn: duckdb.DuckDBPyConnection, articles: Sequence[Any]) -> set[int]:
    """Indexes of ``articles`` another writer stored since the batch was checked."""
    batch_keys = pa.table(  # noqa: F841 (read by DuckDB through the name)
        {
            "i": pa.array(range(len(articles)), pa.int64()),
            "content_hash": pa.array([a.content_hash for a in articles], pa.string()),
            "near_key": pa.array([a.near_duplicate_key for a in articles], pa.string()),
        }
    )
    rows = conn.execute(
        f"SELECT b.i FROM batch_keys b WHERE EXISTS (SELECT 1 FROM {LAKE_ALIAS}.main.articles a "
        "WHERE a.content_hash = b.content_hash OR a.near_duplicate_key = b.near_key)"
    ).fetchall()
    return {int(r[0]) for r in rows}


def write_batch(
    conn: duckdb.DuckDBPyConnection,
    run_id: int,
    articles: Sequence[Any],
    results: Sequence[Mapping[str, Any]] | None,
    rejections: Sequence[Any],
    counts: Any,
    extractor_version: str | None,
    file_writer: Callable[..., None],
) -> None:
    """One batch into the lake. Articles another writer stored while this one extracted are
    dropped (and counted as duplicates) under the lock, so each article is stored once."""
    catalog = session()
    with catalog.commit_lock():
        taken = _stored(conn, articles) if articles else set()
        if taken:
            keep = [i for i in range(len(articles)) if i not in taken]
            articles = [articles[i] for i in keep]
            results = ResultBatch.from_results(results).take(keep) if results is not None else None
            counts = dataclasses.replace(
                counts, new=counts.new - len(taken), duplicate=counts.duplicate + len(taken)
            )
        written = (conn, run_id, articles, results, rejections, counts, extractor_version)
        commit_staged(
            conn,
            catalog,
            lambda: file_writer(*written, _stage_ids()),
            copies={"load_runs": f"run_id = {int(run_id)}"},
            updated=["load_runs"],
        )


def replace_extraction(
    conn: duckdb.DuckDBPyConnection,
    article_ids: Sequence[int],
    results: Sequence[Mapping[str, Any]],
    extractor_version: str,
    file_writer: Callable[..., None],
) -> None:
    """Swap the extracted rows of these articles for new ones in one lake transaction."""
    from loaders.writer import EXTRACTED_TABLES

    ids = ", ".join(str(int(i)) for i in article_ids) or "NULL"
    catalog = session()
    with catalog.commit_lock():
        commit_staged(
            conn,
            catalog,
            lambda: file_writer(conn, article_ids, results, extractor_version, _stage_ids()),
            copies={"articles": f"article_id IN ({ids})"},
            updated=["articles"],
            statements=[
                f"DELETE FROM {LAKE_ALIAS}.main.{table} WHERE article_id IN ({ids})"
                for table in EXTRACTED_TABLES
            ],
        )


def start_run(conn: duckdb.DuckDBPyConnection, file_start: Callable[[], int]) -> int:
    """Open a run with the file-mode code on a stage. Runs left 'running' whose process is gone
    (their run lock is free) are marked 'interrupted'; the new run holds its own run lock."""
    catalog = session()
    opened: list[int] = []
    with catalog.commit_lock():
        running = conn.execute(
            f"SELECT run_id FROM {LAKE_ALIAS}.main.load_runs WHERE status = 'running'"
        ).fetchall()
        dead = [int(r[0]) for r in running if not catalog.run_is_alive(int(r[0]))]
        mark = (
            [
                f"UPDATE {LAKE_ALIAS}.main.load_runs SET status = 'interrupted' "
                f"WHERE run_id IN ({', '.join(map(str, dead))})"
            ]
            if dead
            else []
        )
        commit_staged(conn, catalog, lambda: opened.append(file_start()), statements=mark)
        catalog.hold_run(opened[-1])
    return opened[-1]


def finish_run(
    conn: duckdb.DuckDBPyConnection, run_id: int, file_finish: Callable[[], None]
) -> None:
    catalog = session()
    with catalog.commit_lock():
        run = {"load_runs": f"run_id = {int(run_id)}"}
        commit_staged(conn, catalog, file_finish, copies=run, updated=["load_runs"])
    catalog.release_run(run_id)
