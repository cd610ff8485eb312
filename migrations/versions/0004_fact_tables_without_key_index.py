"""fact tables without a primary-key index

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 18:30:00

The tables an extraction writes per article (mentions, claims, events, toll_claims) lose their
primary-key index: their ids come from their sequences (unique by construction, checked by the
dbt ``unique`` tests), and the index cost every batch's inserts and every checkpoint
(``models.base.FactTable``). DuckDB cannot drop a key, so each table is rebuilt from the
definition DuckDB holds for it, minus the key and with the id NOT NULL, and its comments are set
again; the rows come back as they were, sequences untouched. The downgrade puts the keys back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table -> its id column, frozen as at this revision (a migration is history)
FACT_TABLES = {
    "mentions": "mention_id",
    "claims": "claim_id",
    "events": "event_id",
    "toll_claims": "toll_claim_id",
}


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _rebuild(table: str, definition: str) -> None:
    """Create ``table`` again from ``definition`` (DuckDB DDL), keeping its rows and comments."""
    conn = op.get_bind()
    comments = conn.exec_driver_sql(
        "SELECT column_name, comment FROM duckdb_columns() "
        f"WHERE table_name = '{table}' AND schema_name = 'main' AND comment IS NOT NULL"
    ).fetchall()
    (table_comment,) = conn.exec_driver_sql(
        f"SELECT comment FROM duckdb_tables() WHERE table_name = '{table}' AND schema_name = 'main'"
    ).fetchone()
    op.execute(f"CREATE TEMPORARY TABLE _rebuild_{table} AS SELECT * FROM {table}")
    op.execute(f"DROP TABLE {table}")
    op.execute(definition)
    op.execute(f"INSERT INTO {table} SELECT * FROM _rebuild_{table}")
    op.execute(f"DROP TABLE _rebuild_{table}")
    if table_comment:
        op.execute(f"COMMENT ON TABLE {table} IS {_quoted(table_comment)}")
    for column, comment in comments:
        op.execute(f'COMMENT ON COLUMN {table}."{column}" IS {_quoted(comment)}')


def _definition(table: str) -> str:
    (sql,) = (
        op.get_bind()
        .exec_driver_sql(
            f"SELECT sql FROM duckdb_tables() WHERE table_name = '{table}' AND schema_name = 'main'"
        )
        .fetchone()
    )
    return sql


def upgrade() -> None:
    for table, key in FACT_TABLES.items():
        definition, dropped = re.subn(rf",\s*PRIMARY KEY\(\"?{key}\"?\)", "", _definition(table))
        definition, made_required = re.subn(
            rf"\b{key} BIGINT DEFAULT", f"{key} BIGINT NOT NULL DEFAULT", definition
        )
        if (dropped, made_required) != (1, 1):
            raise RuntimeError(f"{table}: unexpected definition, not migrated: {definition}")
        _rebuild(table, definition)


def downgrade() -> None:
    for table, key in FACT_TABLES.items():
        definition = _definition(table).replace(
            f"{key} BIGINT NOT NULL DEFAULT", f"{key} BIGINT DEFAULT"
        )
        # The key goes back after the columns, before the table's CHECKs (as DuckDB lists them).
        head, sep, tail = definition.partition(", CHECK(")
        if sep:
            definition = f"{head}, PRIMARY KEY({key}){sep}{tail}"
        else:
            definition = re.sub(r"\);\s*$", f", PRIMARY KEY({key}));", definition)
        _rebuild(table, definition)
