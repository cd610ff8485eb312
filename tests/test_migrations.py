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

import models
from loaders.db import alembic_config, make_engine
from models.base import coded_columns
from models.codes import CODE_SETS

SAMPLE_VALUES: dict[type, object] = {
    sa.Boolean: True,
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
    """Insert rows into every table of the schema as it stands, from its reflected columns;
    coded columns get values of their code set, as the loaders write them."""
    coded = coded_columns(models.metadata)
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
                    if column.server_default is not None and (
                        column.primary_key or "nextval" in str(column.server_default.arg)
                    ):
                        continue  # an id: drawn from the table's sequence
                    sample = next(
                        (v for t, v in SAMPLE_VALUES.items() if isinstance(column.type, t)), "x"
                    )
                    values[column.name] = f"{sample}-{n}" if isinstance(sample, str) else sample
                    if (table, column.name) in coded:
                        codes = CODE_SETS[coded[(table, column.name)]]
                        values[column.name] = codes[n % len(codes)]
                conn.execute(reflected.insert().values(**values))
            counts[table] = conn.execute(sa.select(sa.func.count()).select_from(reflected)).scalar()
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


def check_constraints(db: Path) -> dict[str, set[str]]:
    """table -> the CHECK expressions DuckDB holds, spaces and quotes normalised."""
    with duckdb.connect(str(db), read_only=True) as conn:
        rows = conn.execute(
            "SELECT table_name, expression FROM duckdb_constraints() "
            "WHERE constraint_type = 'CHECK'"
        ).fetchall()
    found: dict[str, set[str]] = {}
    for table, expression in rows:
        found.setdefault(table, set()).add(_normalised(expression))
    return found


def _normalised(expression: str) -> str:
    return expression.replace('"', "").replace(" ", "").strip("()")


def test_migrated_checks_equal_the_models_checks(tmp_path: Path) -> None:
    """Alembic does not compare CHECK constraints: this does. A code added to models.codes
    without a migration that rebuilds the table fails here."""
    db = tmp_path / "wh.duckdb"
    command.upgrade(alembic_config(db), "head")
    expected: dict[str, set[str]] = {}
    for table in models.metadata.sorted_tables:
        for constraint in table.constraints:
            if isinstance(constraint, sa.CheckConstraint):
                expected.setdefault(table.name, set()).add(_normalised(str(constraint.sqltext)))
    assert expected, "the models declare no CHECK constraint"
    assert check_constraints(db) == expected


def key_constraints(db: Path) -> set[tuple[str, str, tuple[str, ...]]]:
    with duckdb.connect(str(db), read_only=True) as conn:
        rows = conn.execute(
            "SELECT table_name, constraint_type, constraint_column_names FROM duckdb_constraints() "
            "WHERE constraint_type IN ('PRIMARY KEY', 'UNIQUE') AND table_name <> 'alembic_version'"
        ).fetchall()
    return {(table, kind, tuple(columns)) for table, kind, columns in rows}


def test_migrated_keys_equal_the_models_keys(tmp_path: Path) -> None:
    """Alembic does not compare primary keys either: the fact tables have none (their ids come
    from sequences; models.base.FactTable), every other table keeps its key and uniques."""
    db = tmp_path / "wh.duckdb"
    command.upgrade(alembic_config(db), "head")
    expected = set()
    for table in models.metadata.sorted_tables:
        if table.primary_key.columns:
            expected.add((table.name, "PRIMARY KEY", tuple(table.primary_key.columns.keys())))
        for constraint in table.constraints:
            if isinstance(constraint, sa.UniqueConstraint):
                expected.add((table.name, "UNIQUE", tuple(constraint.columns.keys())))
        expected |= {(table.name, "UNIQUE", (c.name,)) for c in table.columns if c.unique}
    assert {t for t, kind, _ in expected if kind == "PRIMARY KEY"}.isdisjoint(
        {"mentions", "claims", "events", "toll_claims"}
    )
    assert key_constraints(db) == expected


def test_fact_table_ids_keep_counting_after_the_key_index_goes(tmp_path: Path) -> None:
    """Rows written before revision 0004 keep their ids and comments; new rows get the next ids."""
    db = tmp_path / "wh.duckdb"
    cfg = alembic_config(db)
    command.upgrade(cfg, "0003")
    fill_every_table(db)
    with duckdb.connect(str(db), read_only=True) as conn:
        before = conn.execute("SELECT event_id FROM events ORDER BY 1").fetchall()
    command.upgrade(cfg, "0004")
    with duckdb.connect(str(db)) as conn:
        assert conn.execute("SELECT event_id FROM events ORDER BY 1").fetchall() == before
        comment = conn.execute(
            "SELECT comment FROM duckdb_columns() "
            "WHERE table_name = 'events' AND column_name = 'claim_id'"
        ).fetchone()
        assert comment == ("-> claims; null when in the writer's own voice",)
        conn.execute(
            "INSERT INTO mentions (article_id, surface_text, ner_label, char_start, char_end, "
            "sentence_index) VALUES (1, 'x', 'GPE', 0, 1, 0)"
        )
        ids = conn.execute("SELECT mention_id FROM mentions ORDER BY 1").fetchall()
    assert ids == [(1,), (2,), (3,), (4,)]
    command.downgrade(cfg, "0003")
    assert ("events", "PRIMARY KEY", ("event_id",)) in key_constraints(db)


def test_checks_refuse_a_value_outside_its_code_set(db_path: Path) -> None:
    with duckdb.connect(str(db_path)) as conn:
        conn.execute(
            "INSERT INTO load_runs (command, started_at, status, loader_version) "
            "VALUES ('load', now(), 'interrupted', 'x')"
        )
        with pytest.raises(duckdb.ConstraintException):
            conn.execute(
                "INSERT INTO load_runs (command, started_at, status, loader_version) "
                "VALUES ('load', now(), 'crashed', 'x')"
            )


def test_head_revision_read_from_the_files_is_alembics() -> None:
    from loaders.schema import alembic_head_revision, head_revision

    assert (
        head_revision()
        == alembic_head_revision()
        == ScriptDirectory.from_config(alembic_config(":memory:")).get_current_head()
    )
