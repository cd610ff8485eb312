"""``wirehouse reextract``: rerun extraction over stored articles when the extractor changes.

Articles are read back in batches of ids (keyset pagination) over the one connection the run
holds; each batch's extracted rows are replaced in one transaction, so an interrupted run leaves
every article with a complete set of rows from one extractor version, and a rerun finishes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from loaders.db import WAREHOUSE_ALIAS, connect
from loaders.extract_step import Extractor, start_extraction
from loaders.ids import IdCache
from loaders.load import LOAD_ROW_GROUP_SIZE, limit_memory
from loaders.prepare import PreparedArticle
from loaders.runs import finish_run, start_run
from loaders.sources import SourceInfo
from loaders.writer import replace_extraction


@dataclass
class ReextractSummary:
    run_id: int
    articles: int = 0


def _stale_batch(
    conn: duckdb.DuckDBPyConnection, version: str, after_id: int, size: int, everything: bool
) -> list[tuple[int, PreparedArticle]]:
    stale = "TRUE" if everything else "a.extractor_version IS DISTINCT FROM ?"
    params: list[object] = [] if everything else [version]
    rows = conn.execute(
        f"SELECT a.article_id, a.body, a.title, a.published_date, a.language, s.name, "
        f"a.content_hash FROM articles a LEFT JOIN sources s USING (source_id) "
        f"WHERE {stale} AND a.article_id > ? ORDER BY a.article_id LIMIT ?",
        [*params, after_id, size],
    ).fetchall()
    return [(int(row[0]), _as_prepared(row)) for row in rows]


def _as_prepared(row: tuple[object, ...]) -> PreparedArticle:
    _, body, title, published, language, source, content_hash = row
    assert isinstance(body, str) and isinstance(content_hash, str)
    return PreparedArticle(
        body=body,
        content_hash=content_hash,
        near_duplicate_key=None,
        title=title if isinstance(title, str) else None,
        published_date=published if isinstance(published, dt.date) else None,
        language=str(language or "und"),
        source=SourceInfo(source, "unknown", None) if isinstance(source, str) else None,
        wire=None,
        dateline=None,
        url=None,
        external_id=None,
        input_file="",
        input_locator=None,
    )


def reextract(
    db: Path,
    extractor: Extractor,
    *,
    batch_size: int = 256,
    everything: bool = False,
    on_progress: Callable[[int], None] | None = None,
) -> ReextractSummary:
    with connect(db, row_group_size=LOAD_ROW_GROUP_SIZE) as conn:  # held for the whole run
        limit_memory(conn)
        run_id = start_run(conn, "reextract", [], extractor.version)
        summary = ReextractSummary(run_id)
        cache = IdCache()
        after_id = 0
        waiting: tuple[list[int], Callable[[], Sequence[Mapping[str, Any]]]] | None = None
        try:
            while True:
                # The next batch is read and its extraction started before the one ahead is
                # written, so that worker processes extract while this one writes.
                batch = _stale_batch(conn, extractor.version, after_id, batch_size, everything)
                ahead = waiting
                if batch:
                    after_id = batch[-1][0]
                    articles = [article for _, article in batch]
                    waiting = ([i for i, _ in batch], start_extraction(extractor, articles))
                if ahead is not None:
                    ids, results = ahead
                    replace_extraction(conn, ids, results(), extractor.version, cache)
                    summary.articles += len(ids)
                    if on_progress:
                        on_progress(len(ids))
                if not batch:
                    break
        except BaseException:
            finish_run(conn, run_id, "failed")
            raise
        conn.execute("UPDATE load_runs SET n_read = ? WHERE run_id = ?", [summary.articles, run_id])
        finish_run(conn, run_id, "succeeded")
        conn.execute(f"CHECKPOINT {WAREHOUSE_ALIAS}")
    return summary
