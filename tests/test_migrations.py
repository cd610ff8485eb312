"""Migrations keep data: for each revision, a database holding rows at that revision upgrades
to head with every row kept, and downgrades back where the revision defines a downgrade."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest
import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory

from loaders.db import alembic_config, make_engine

SAMPLE_VALUES: dict[type, object] = {
    sa.String: "x",
    sa.Integer: 1,
    sa.BigInteger: 1,
    sa.Double: 1.5,
    sa.Float: 1.5,
    sa.Date: dt.date(2015, 10, 10),
    sa.DateTime: dt.datetime(2015, 10, 10, 12, 0),
}


def revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config(":memory:"))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def fill_every_table(db: Path, rows_per_table: int = 3) -> dict[str, int]:
    """Insert rows into every table of the schema as it stands, from its reflected columns."""
    engine = make_engine(db)
    inspector = sa.inspect(engine)
    counts = {}
    with engine.begin() as conn:
        for table in inspector.get_table_names():
            if table == "alembic_version":
                continue
            reflected = sa.Table(table, sa.MetaData(), autoload_with=conn)
            for n in range(rows_per_table):
                values = {}
                for column in reflected.columns:
                    if column.server_default is not None and column.primary_key:
                        continue
                    sample = next(
                        (v for t, v in SAMPLE_VALUES.items() if isinstance(column.type, t)), "x"
                    )
                    values[column.name] = f"{sample}-{n}" if isinstance(sample, str) else sample
                conn.execute(reflected.insert().values(**values))
            counts[table] = rows_per_table
    engine.dispose()
    return counts


def count_rows(db: Path, tables: list[str]) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


@pytest.mark.parametrize("revision", revisions())
def test_rows_at_each_revision_survive_upgrade_to_head(revision: str, tmp_path: Path) -> None:
    db = tmp_path / "wh.duckdb"
    cfg = alembic_config(db)
    command.upgrade(cfg, revision)
    filled = fill_every_table(db)
    assert filled, "the revision created no tables to fill"
    command.upgrade(cfg, "head")
    assert count_rows(db, list(filled)) == filled
    command.check(cfg)


@pytest.mark.parametrize("revision", revisions())
def test_each_revision_downgrades_where_it_defines_one(revision: str, tmp_path: Path) -> None:
    db = tmp_path / "wh.duckdb"
    cfg = alembic_config(db)
    script = ScriptDirectory.from_config(cfg).get_revision(revision)
    command.upgrade(cfg, revision)
    fill_every_table(db)
    target = script.down_revision or "base"
    command.downgrade(cfg, target if isinstance(target, str) else target[0])
    command.upgrade(cfg, revision)  # and the revision applies again after its downgrade
    with duckdb.connect(str(db), read_only=True) as conn:
        version = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    assert version == [(revision,)]
