"""Which warehouse a serving file came from, and whether a publish may replace it.

Each serving file records, in ``_published``, the id and path of the warehouse it was copied
from (the id is drawn once, when ``init`` or ``load`` creates the warehouse). A publish refuses,
unless forced, to replace a serving file that came from another warehouse, or one that holds
articles with a copy of a warehouse that holds none: the two ways a mistyped ``--db`` or
``--serving`` used to wipe out what BI dashboards read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from loaders.serving.paths import PUBLISHED_TABLE


@dataclass(frozen=True)
class Origin:
    warehouse_id: str | None  # None: a warehouse or serving file older than revision 0003
    warehouse_path: str | None
    articles: int  # rows of main.articles


def warehouse_id(conn: duckdb.DuckDBPyConnection) -> str | None:
    """The id of the warehouse ``conn`` has open (None before revision 0003)."""
    if not _has_table(conn, "warehouse_identity"):
        return None
    row = conn.execute("SELECT min(warehouse_id) FROM warehouse_identity").fetchone()
    return row[0] if row else None


def serving_origin(serving: Path) -> Origin | None:
    """Where the serving file at ``serving`` came from; None when there is no file.
    Raises ValueError when the file is not a serving file that wirehouse published."""
    if not serving.exists():
        return None
    try:
        conn = duckdb.connect(str(serving), read_only=True)
    except duckdb.Error as exc:
        raise ValueError(f"{serving} is not a serving file published by wirehouse ({exc})") from exc
    try:
        if not _has_table(conn, PUBLISHED_TABLE):
            raise ValueError(f"{serving} is not a serving file published by wirehouse")
        has_id = conn.execute(
            "SELECT count(*) FROM duckdb_columns() WHERE database_name = current_database() "
            "AND table_name = ? AND column_name = 'warehouse_id'",
            [PUBLISHED_TABLE],
        ).fetchone()
        id_column = "warehouse_id" if has_id and has_id[0] else "NULL"
        row = conn.execute(
            f"SELECT min({id_column}), min(warehouse_path), coalesce(max(row_count) FILTER "
            "(WHERE table_schema = 'main' AND table_name = 'articles'), 0) "
            f"FROM main.{PUBLISHED_TABLE}"
        ).fetchone()
    finally:
        conn.close()
    assert row is not None
    return Origin(warehouse_id=row[0], warehouse_path=row[1], articles=int(row[2]))


def refusal(serving: Path, existing: Origin | None, new: Origin) -> str | None:
    """Why publishing ``new`` over ``existing`` would destroy data, or None when it is safe."""
    if existing is None:
        return None
    force = "; use --force to replace it anyway"
    same_id = existing.warehouse_id is not None and existing.warehouse_id == new.warehouse_id
    ids_known = existing.warehouse_id is not None and new.warehouse_id is not None
    other = not same_id if ids_known else existing.warehouse_path != new.warehouse_path
    if other:
        return (
            f"refusing to replace {serving}: it was published from another warehouse "
            f"({existing.warehouse_path}, id {existing.warehouse_id}), not from "
            f"{new.warehouse_path} (id {new.warehouse_id}){force}"
        )
    if existing.articles > 0 and new.articles == 0:
        return (
            f"refusing to replace {serving}, which holds {existing.articles:,} articles, with a "
            f"copy of {new.warehouse_path}, which holds none{force}"
        )
    return None


def _has_table(conn: duckdb.DuckDBPyConnection, table: str) -> bool:
    found = conn.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
        "AND schema_name = 'main' AND table_name = ?",
        [table],
    ).fetchone()
    return bool(found and found[0])
