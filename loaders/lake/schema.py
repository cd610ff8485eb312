"""The lake's tables, derived from the SQLAlchemy models (the one source of the schema).

DuckLake has no sequences, keys, unique constraints or computed defaults, so the lake tables
are the models' columns with their types and NOT NULL only; ids and natural keys are kept by the
writers (``loaders.lake.stage``). The same models also give the in-memory staging schema, keys,
sequences and defaults included, that the unchanged file-mode writer runs against.

Schema evolution (the lake's equivalent of ``alembic upgrade head``): ``sync_schema`` creates
missing tables and adds missing columns (nullable, as a migration adding a column would); a
column whose type changed, or that the models no longer have, stops with a message: such a
change needs a written migration, as in file mode.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import sqlalchemy as sa
from sqlalchemy.schema import CreateTable

import models
from loaders.lake.settings import LAKE_ALIAS, LakeSettings
from models.base import sequence_drawn_id


class LakeSchemaError(RuntimeError):
    """The lake holds a table that the models cannot be reconciled with automatically."""


def _dialect() -> sa.Dialect:
    return sa.create_engine("duckdb:///:memory:").dialect


def tables() -> list[sa.Table]:
    return list(models.metadata.sorted_tables)


def id_tables() -> list[sa.Table]:
    """The tables whose key is a surrogate id drawn from a sequence (the writers' tables)."""
    return [t for t in tables() if isinstance(sequence_drawn_id(t).default, sa.Sequence)]


def id_key(table: sa.Table) -> str:
    """The column that identifies a row: the id drawn from the table's sequence (indexed as the
    primary key or not, ``models.base.FactTable``), else the primary key."""
    return sequence_drawn_id(table).name


def column_type(column: sa.Column[object], dialect: sa.Dialect | None = None) -> str:
    return column.type.compile(dialect=dialect or _dialect())


def lake_table_ddl(table: sa.Table, catalog: str = LAKE_ALIAS) -> str:
    dialect = _dialect()
    columns = ", ".join(
        f'"{c.name}" {column_type(c, dialect)}{"" if c.nullable else " NOT NULL"}'
        for c in table.columns
    )
    return f'CREATE TABLE IF NOT EXISTS {catalog}.main."{table.name}" ({columns})'


def stage_ddl(starts: dict[str, int]) -> list[str]:
    """File-mode DDL (keys, unique constraints, sequence defaults) for a staging database
    whose sequences start at ``starts[table]``; run with the stage first on the search path."""
    dialect = _dialect()
    statements = []
    for sequence in models.metadata._sequences.values():
        table = sequence.name.removesuffix("_id_seq")
        statements.append(f"CREATE SEQUENCE {sequence.name} START WITH {starts.get(table, 1)}")
    statements += [str(CreateTable(t).compile(dialect=dialect)) for t in tables()]
    return statements


@dataclass
class SyncResult:
    created: list[str]
    added: list[str]


def sync_schema(conn: duckdb.DuckDBPyConnection) -> SyncResult:
    """Bring the lake to the models: create missing tables, add missing columns."""
    existing: dict[str, dict[str, str]] = {}
    for table, column, data_type in conn.execute(
        "SELECT table_name, column_name, data_type FROM duckdb_columns() "
        "WHERE database_name = ? AND schema_name = 'main'",
        [LAKE_ALIAS],
    ).fetchall():
        existing.setdefault(table, {})[column] = data_type
    result = SyncResult(created=[], added=[])
    dialect = _dialect()
    for table in tables():
        have = existing.get(table.name)
        if have is None:
            conn.execute(lake_table_ddl(table))
            result.created.append(table.name)
            continue
        for column in table.columns:
            wanted = _normal(column_type(column, dialect))
            if column.name not in have:
                conn.execute(
                    f'ALTER TABLE {LAKE_ALIAS}.main."{table.name}" '
                    f'ADD COLUMN "{column.name}" {column_type(column, dialect)}'
                )
                result.added.append(f"{table.name}.{column.name}")
            elif _normal(have[column.name]) != wanted:
                raise LakeSchemaError(
                    f"lake column {table.name}.{column.name} is {have[column.name]}, the models "
                    f"say {wanted}: write a migration for the lake (see README, lake mode)"
                )
    return result


def _normal(data_type: str) -> str:
    """VARCHAR(64) and VARCHAR are one type in DuckDB."""
    name = data_type.split("(")[0].upper()
    same = {"DOUBLE PRECISION": "DOUBLE", "TIMESTAMP WITHOUT TIME ZONE": "TIMESTAMP"}
    return same.get(name, name)


def init_lake(settings: LakeSettings) -> SyncResult:
    """Create the lake (catalog tables, data directory) or bring it to the models, under the
    commit lock so that loaders starting together do not race to create the same tables."""
    from loaders.lake.connection import open_lake
    from loaders.lake.locks import CatalogSession
    from loaders.lake.stage import largest_ids

    conn = open_lake(settings)
    try:
        catalog = CatalogSession.for_catalog(settings.catalog)
        with catalog.commit_lock():
            result = sync_schema(conn)
            catalog.ensure_id_table([t.name for t in id_tables()], lambda: largest_ids(conn))
            # What migration 0003 does for a file: the warehouse's random id, drawn once.
            conn.execute(
                f"INSERT INTO {LAKE_ALIAS}.main.warehouse_identity (warehouse_id, created_at) "
                "SELECT replace(uuid()::VARCHAR, '-', ''), current_timestamp::TIMESTAMP WHERE "
                f"NOT EXISTS (SELECT 1 FROM {LAKE_ALIAS}.main.warehouse_identity)"
            )
            return result
    finally:
        conn.close()
