"""Bulk, set-based writes of one batch into the warehouse, in one transaction.

Each batch (its articles, their extracted rows, the rejected inputs met on the way and the
run's counters) commits together or not at all, so a crash loses at most the batch in flight
and a rerun completes the job: content hashes make every article insert idempotent.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import duckdb
import pyarrow as pa

from loaders.lake.connection import is_lake
from loaders.prepare import PreparedArticle
from loaders.readers.records import Rejection
from loaders.rows import ExtractionRows, flatten
from loaders.sources import SourceInfo


@dataclass
class BatchCounts:
    read: int = 0
    new: int = 0
    duplicate: int = 0
    rejected: int = 0


def reserve_ids(conn: duckdb.DuckDBPyConnection, table: str, count: int) -> list[int]:
    """Draw ``count`` ids from the table's sequence in one statement."""
    if count == 0:
        return []
    rows = conn.execute(f"SELECT nextval('{table}_id_seq') FROM range(?)", [count]).fetchall()
    return [row[0] for row in rows]


def known_keys(
    conn: duckdb.DuckDBPyConnection, hashes: Sequence[str], near_keys: Sequence[str | None]
) -> tuple[set[str], set[str]]:
    """Which content hashes and near-duplicate keys of a batch the warehouse already holds."""
    batch_keys = pa.table(  # noqa: F841 (read by DuckDB through the name)
        {
            "content_hash": pa.array(hashes, pa.string()),
            "near_key": pa.array(near_keys, pa.string()),
        }
    )
    found_hashes = conn.execute(
        "SELECT a.content_hash FROM articles a JOIN batch_keys b USING (content_hash)"
    ).fetchall()
    found_near = conn.execute(
        "SELECT DISTINCT a.near_duplicate_key FROM articles a "
        "JOIN batch_keys b ON a.near_duplicate_key = b.near_key"
    ).fetchall()
    return {r[0] for r in found_hashes}, {r[0] for r in found_near}


def upsert_sources(
    conn: duckdb.DuckDBPyConnection, sources: Sequence[SourceInfo]
) -> dict[str, int]:
    unique = {s.name: s for s in sources}
    if not unique:
        return {}
    batch_sources = pa.table(  # noqa: F841
        {
            "name": pa.array(list(unique), pa.string()),
            "kind": pa.array([s.kind for s in unique.values()], pa.string()),
            "country_iso3": pa.array([s.country for s in unique.values()], pa.string()),
        }
    )
    conn.execute(
        "INSERT INTO sources (name, kind, country_iso3) "
        "SELECT name, kind, country_iso3 FROM batch_sources ON CONFLICT DO NOTHING"
    )
    rows = conn.execute(
        "SELECT s.name, s.source_id FROM sources s JOIN batch_sources b USING (name)"
    ).fetchall()
    return dict(rows)


def article_table(
    run_id: int,
    ids: Sequence[int],
    articles: Sequence[PreparedArticle],
    extractor_version: str | None,
    source_id: Callable[[SourceInfo | None], int | None],
) -> pa.Table:
    """The Arrow table of a batch's articles, columns named as in ``articles``."""
    return pa.table(
        {
            "article_id": pa.array(ids, pa.int64()),
            "source_id": pa.array([source_id(a.source) for a in articles], pa.int64()),
            "wire_source_id": pa.array([source_id(a.wire) for a in articles], pa.int64()),
            "external_id": pa.array([a.external_id for a in articles], pa.string()),
            "url": pa.array([a.url for a in articles], pa.string()),
            "title": pa.array([a.title for a in articles], pa.string()),
            "dateline": pa.array([a.dateline for a in articles], pa.string()),
            "published_date": pa.array([a.published_date for a in articles], pa.date32()),
            "language": pa.array([a.language for a in articles], pa.string()),
            "body": pa.array([a.body for a in articles], pa.string()),
            "content_hash": pa.array([a.content_hash for a in articles], pa.string()),
            "near_duplicate_key": pa.array([a.near_duplicate_key for a in articles], pa.string()),
            "input_file": pa.array([a.input_file for a in articles], pa.string()),
            "input_locator": pa.array([a.input_locator for a in articles], pa.string()),
            "run_id": pa.array([run_id] * len(articles), pa.int64()),
            "extractor_version": pa.array([extractor_version] * len(articles), pa.string()),
        }
    )


def insert_articles(
    conn: duckdb.DuckDBPyConnection, run_id: int, articles: Sequence[PreparedArticle],
    extractor_version: str | None,
) -> list[int]:  # fmt: skip
    ids = reserve_ids(conn, "articles", len(articles))
    source_ids = upsert_sources(
        conn, [s for a in articles for s in (a.source, a.wire) if s is not None]
    )

    def source_id(info: SourceInfo | None) -> int | None:
        return source_ids[info.name] if info is not None else None

    batch_articles = article_table(run_id, ids, articles, extractor_version, source_id)  # noqa: F841
    columns = ", ".join(batch_articles.column_names)
    conn.execute(f"INSERT INTO articles ({columns}) SELECT {columns} FROM batch_articles")
    return ids


def insert_extraction(conn: duckdb.DuckDBPyConnection, rows: ExtractionRows) -> None:
    """Entities and locations are upserted on their natural keys; mentions, claims and events
    are inserted with their references resolved by joins, all set-based."""
    batch_entities = rows.entity_table()  # noqa: F841
    conn.execute(
        "INSERT INTO entities (canonical_name, kind, country_iso3, sector) "
        "SELECT canonical_name, kind, country_iso3, sector FROM batch_entities "
        "ON CONFLICT DO NOTHING"
    )
    batch_locations = rows.location_table()  # noqa: F841
    conn.execute(
        "INSERT INTO locations (name, country_iso3, admin1, latitude, longitude, gazetteer_id, "
        "precision) SELECT b.name, b.country_iso3, b.admin1, b.latitude, b.longitude, "
        "b.gazetteer_id, b.precision FROM batch_locations b WHERE b.gazetteer_id IS NOT NULL "
        "ON CONFLICT DO NOTHING"
    )
    conn.execute(
        "INSERT INTO locations (name, country_iso3, admin1, latitude, longitude, gazetteer_id, "
        "precision) SELECT b.name, b.country_iso3, b.admin1, NULL, NULL, NULL, 'unresolved' "
        "FROM batch_locations b WHERE b.gazetteer_id IS NULL AND NOT EXISTS (SELECT 1 FROM "
        "locations l WHERE l.gazetteer_id IS NULL AND lower(l.name) = lower(b.name))"
    )
    location_ids = (
        "(SELECT b.location_key, l.location_id FROM batch_locations b JOIN locations l ON "
        "(b.gazetteer_id = l.gazetteer_id) OR (b.gazetteer_id IS NULL AND l.gazetteer_id IS NULL "
        "AND lower(l.name) = lower(b.name)))"
    )

    batch_mentions = rows.mention_table()  # noqa: F841
    conn.execute(
        "INSERT INTO mentions (article_id, entity_id, surface_text, ner_label, char_start, "
        "char_end, sentence_index) SELECT m.article_id, e.entity_id, m.surface_text, m.ner_label, "
        "m.char_start, m.char_end, m.sentence_index FROM batch_mentions m LEFT JOIN entities e "
        "ON e.kind = m.entity_kind AND e.canonical_name = m.entity_name"
    )

    claim_ids = reserve_ids(conn, "claims", len(rows.claims))
    batch_claims = rows.claim_table().append_column(  # noqa: F841
        "claim_id", pa.array(claim_ids, pa.int64())
    )
    conn.execute(
        "INSERT INTO claims (claim_id, article_id, claimant_entity_id, claimant_text, "
        "claimant_start, claimant_end, cue, cue_start, cue_end, stance, claim_start, claim_end, "
        "extractor_version) SELECT c.claim_id, c.article_id, e.entity_id, c.claimant_text, "
        "c.claimant_start, c.claimant_end, c.cue, c.cue_start, c.cue_end, c.stance, "
        "c.claim_start, c.claim_end, c.extractor_version FROM batch_claims c LEFT JOIN entities e "
        "ON e.kind = c.claimant_kind AND e.canonical_name = c.claimant_name"
    )

    batch_events = rows.event_table()  # noqa: F841
    conn.execute(
        f"""
        INSERT INTO events (article_id, claim_id, event_type, plover_category, plover_mode,
            acled_event_type, acled_sub_event_type, actor_entity_id, actor_text, actor_start,
            actor_end, target_entity_id, target_text, target_start, target_end, location_id,
            location_text, location_start, location_end, event_date, date_precision, date_text,
            killed_low, killed_high, injured_low, injured_high, stance, sentence_start,
            sentence_end, confidence, extractor_version)
        SELECT v.article_id, c.claim_id, v.event_type, v.plover_category, v.plover_mode,
            v.acled_event_type, v.acled_sub_event_type, a.entity_id, v.actor_text, v.actor_start,
            v.actor_end, t.entity_id, v.target_text, v.target_start, v.target_end, l.location_id,
            v.location_text, v.location_start, v.location_end, v.event_date, v.date_precision,
            v.date_text, v.killed_low, v.killed_high, v.injured_low, v.injured_high, v.stance,
            v.sentence_start, v.sentence_end, v.confidence, v.extractor_version
        FROM batch_events v
        LEFT JOIN batch_claims c ON c.claim_key = v.claim_key
        LEFT JOIN entities a ON a.kind = v.actor_kind AND a.canonical_name = v.actor_name
        LEFT JOIN entities t ON t.kind = v.target_kind AND t.canonical_name = v.target_name
        LEFT JOIN {location_ids} l ON l.location_key = v.location_key
        """
    )


def insert_rejections(
    conn: duckdb.DuckDBPyConnection, run_id: int, rejections: Sequence[Rejection]
) -> None:
    if not rejections:
        return
    batch_rejections = pa.table(  # noqa: F841
        {
            "run_id": pa.array([run_id] * len(rejections), pa.int64()),
            "input_file": pa.array([r.file for r in rejections], pa.string()),
            "input_locator": pa.array([r.locator for r in rejections], pa.string()),
            "reason": pa.array([r.reason for r in rejections], pa.string()),
            "excerpt": pa.array([r.excerpt for r in rejections], pa.string()),
        }
    )
    conn.execute(
        "INSERT INTO rejected_inputs (run_id, input_file, input_locator, reason, excerpt) "
        "SELECT run_id, input_file, input_locator, reason, excerpt FROM batch_rejections"
    )


def write_batch(
    conn: duckdb.DuckDBPyConnection,
    run_id: int,
    articles: Sequence[PreparedArticle],
    results: Sequence[Mapping[str, Any]] | None,
    rejections: Sequence[Rejection],
    counts: BatchCounts,
    extractor_version: str | None,
) -> None:
    """Write one batch atomically: articles, extraction rows, rejections and run counters."""
    if is_lake(conn):  # the same code, run on a stage and committed under the lake's lock
        from loaders.lake import writes

        args = (conn, run_id, articles, results, rejections, counts, extractor_version)
        return writes.write_batch(*args, file_writer=write_batch)
    conn.begin()
    try:
        ids = insert_articles(conn, run_id, articles, extractor_version if results else None)
        if results is not None and extractor_version is not None:
            insert_extraction(conn, flatten(results, ids, extractor_version))
        insert_rejections(conn, run_id, rejections)
        conn.execute(
            "UPDATE load_runs SET n_read = n_read + ?, n_new = n_new + ?, "
            "n_duplicate = n_duplicate + ?, n_rejected = n_rejected + ? WHERE run_id = ?",
            [counts.read, counts.new, counts.duplicate, counts.rejected, run_id],
        )
        conn.commit()
    except BaseException:
        conn.rollback()
        raise


def replace_extraction(
    conn: duckdb.DuckDBPyConnection,
    article_ids: Sequence[int],
    results: Sequence[Mapping[str, Any]],
    extractor_version: str,
) -> None:
    """Swap the extracted rows of these articles for new ones, atomically."""
    if is_lake(conn):
        from loaders.lake import writes

        args = (conn, article_ids, results, extractor_version)
        return writes.replace_extraction(*args, file_writer=replace_extraction)
    conn.begin()
    try:
        batch_ids = pa.table({"article_id": pa.array(article_ids, pa.int64())})  # noqa: F841
        for table in ("events", "claims", "mentions"):
            conn.execute(
                f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM batch_ids)"
            )
        insert_extraction(conn, flatten(results, article_ids, extractor_version))
        conn.execute(
            "UPDATE articles SET extractor_version = ? "
            "WHERE article_id IN (SELECT article_id FROM batch_ids)",
            [extractor_version],
        )
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
