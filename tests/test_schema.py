"""The warehouse schema: created by `wirehouse init`, evolved by Alembic without drift or loss."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import models
from loaders.db import alembic_config, make_engine

REPO = Path(__file__).resolve().parent.parent
TABLES = set(models.metadata.tables)


def run_cli(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "loaders.cli", "--db", str(db), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
    )


def test_init_creates_every_table(tmp_path: Path) -> None:
    db = tmp_path / "new" / "wh.duckdb"
    result = run_cli("init", db=db)
    assert result.returncode == 0, result.stderr
    with duckdb.connect(str(db), read_only=True) as conn:
        tables = {row[0] for row in conn.sql("SHOW TABLES").fetchall()}
    assert TABLES | {"alembic_version"} == tables


def test_sequences_give_ids(db_path: Path) -> None:
    with duckdb.connect(str(db_path)) as conn:
        conn.execute(
            "INSERT INTO sources (name, kind) VALUES ('AFP', 'wire_agency'), ('x', 'outlet')"
        )
        ids = [r[0] for r in conn.sql("SELECT source_id FROM sources ORDER BY 1").fetchall()]
    assert ids == [1, 2]


def test_dialect_reflects_the_schema_without_drift(db_path: Path) -> None:
    """Decides the dialect: duckdb-sqlalchemy must reflect every column, key and unique
    constraint well enough that autogenerate sees no difference from the models."""
    engine = make_engine(db_path)
    with engine.connect() as conn:
        inspector = sa.inspect(conn)
        assert set(inspector.get_table_names()) >= TABLES
        uniques = inspector.get_unique_constraints("articles")
        assert [u["column_names"] for u in uniques] == [["content_hash"]]
        assert inspector.get_pk_constraint("entities")["constrained_columns"] == ["entity_id"]
        assert inspector.get_pk_constraint("events")["constrained_columns"] == []
        diff = compare_metadata(MigrationContext.configure(conn), models.metadata)
    engine.dispose()
    assert diff == []


def test_downgrade_and_upgrade_keep_working_on_a_file_with_rows(db_path: Path) -> None:
    with duckdb.connect(str(db_path)) as conn:
        conn.execute("INSERT INTO sources (name, kind) VALUES ('Reuters', 'wire_agency')")
    cfg = alembic_config(db_path)
    command.downgrade(cfg, "base")
    with duckdb.connect(str(db_path)) as conn:
        assert {r[0] for r in conn.sql("SHOW TABLES").fetchall()} == {"alembic_version"}
    command.upgrade(cfg, "head")
    command.check(cfg)  # raises when models and migrations drift apart
    with duckdb.connect(str(db_path)) as conn:
        assert conn.sql("SELECT count(*) FROM articles").fetchone() == (0,)


def test_alembic_cli_check_reports_no_drift(db_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "alembic", "check"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "WIREHOUSE_DB": str(db_path)},
    )
    assert result.returncode == 0, result.stderr
    assert "No new upgrade operations detected" in result.stdout + result.stderr


def test_version_flag() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "loaders.cli", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout.startswith("wirehouse, version ")
