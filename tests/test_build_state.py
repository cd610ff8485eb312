"""The record of what a warehouse was last built from (loaders/build_state.py): a build whose
project, dbt and schema are unchanged may leave the views and seeds alone; anything else runs
every node. The build itself (views left alone, marts equal to a full rebuild) is checked by
tests/test_incremental_build.py."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from loaders.build_state import (
    STATE_SCHEMA,
    STATE_TABLE,
    forget_fingerprint,
    project_fingerprint,
    record_fingerprint,
    stored_fingerprint,
)
from loaders.dbt_orphans import drop_leftovers
from tests.helpers import REPO

PROJECT = REPO / "dbt_project"


def copy_project(tmp_path: Path) -> Path:
    copy = tmp_path / "dbt_project"
    shutil.copytree(PROJECT, copy, ignore=shutil.ignore_patterns("target", "logs"))
    return copy


def test_fingerprint_follows_the_project_the_schema_and_the_file_name(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    db = tmp_path / "warehouse.duckdb"
    first = project_fingerprint(project, db, "0003")
    assert project_fingerprint(project, db, "0003") == first
    # what dbt writes into the project directory is no input
    (project / "target").mkdir()
    (project / "target" / "manifest.json").write_text("{}")
    (project / "logs").mkdir()
    (project / "logs" / "dbt.log").write_text("a log line")
    assert project_fingerprint(project, db, "0003") == first
    # a new schema revision, another file name (DuckDB writes it into every view as the
    # catalog), a changed seed or model: each is another project
    assert project_fingerprint(project, db, "0004") != first
    assert project_fingerprint(project, tmp_path / "other.duckdb", "0003") != first
    seed = project / "seeds" / "toll_ceilings.csv"
    seed.write_text(seed.read_text() + "\n")
    assert project_fingerprint(project, db, "0003") != first


def test_record_read_and_forget(tmp_path: Path) -> None:
    with duckdb.connect(str(tmp_path / "warehouse.duckdb")) as conn:
        assert stored_fingerprint(conn) is None
        record_fingerprint(conn, "abc")
        record_fingerprint(conn, "def")
        assert stored_fingerprint(conn) == "def"
        forget_fingerprint(conn)
        assert stored_fingerprint(conn) is None


def test_the_record_survives_the_leftover_drop(tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.json"
    manifest.write_text(
        '{"nodes": {"model.w.m": {"resource_type": "model", "schema": "marts", "name": "m",'
        ' "config": {"materialized": "table"}}}}'
    )
    with duckdb.connect(str(tmp_path / "warehouse.duckdb")) as conn:
        conn.execute("CREATE SCHEMA marts")
        conn.execute("CREATE TABLE marts.m AS SELECT 1 AS x")
        conn.execute("CREATE TABLE marts.renamed_mart AS SELECT 1 AS x")
        record_fingerprint(conn, "abc")
        assert drop_leftovers(conn, manifest) == ["marts.renamed_mart"]
        assert stored_fingerprint(conn) == "abc"
        assert (STATE_SCHEMA, STATE_TABLE) in conn.execute(
            "SELECT schema_name, table_name FROM duckdb_tables()"
        ).fetchall()
