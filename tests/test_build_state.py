"""The record of what a warehouse was last built from (loaders/build_state.py): a build whose
project, dbt and schema are unchanged may leave the views and seeds alone; anything else runs
every node. The build itself (views left alone, marts equal to a full rebuild) is checked by
tests/test_incremental_build.py."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb

from loaders.build_state import (
    LOOKUP_TABLES,
    SEEDS,
    STATE_SCHEMA,
    STATE_TABLE,
    forget_fingerprint,
    forget_lookup_hashes,
    lookup_hashes,
    new_row_marks,
    project_fingerprint,
    record_fingerprint,
    record_lookup_hashes,
    stored_fingerprint,
    stored_lookup_hashes,
)
from loaders.dbt_orphans import declared_relations, drop_leftovers, parsed_nodes
from loaders.dbt_runner import run_dbt
from loaders.schema import upgrade_to_head
from loaders.unchanged_tests import data_tests_to_leave_out
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


def test_lookup_hashes_follow_the_rows_and_the_record_says_what_was_tested(
    tmp_path: Path,
) -> None:
    db = tmp_path / "warehouse.duckdb"
    upgrade_to_head(db)
    with duckdb.connect(str(db)) as conn:
        first = lookup_hashes(conn)
        assert set(first) == set(LOOKUP_TABLES)
        conn.execute("INSERT INTO sources (source_id, name, kind) VALUES (900, 'Outlet', 'outlet')")
        second = lookup_hashes(conn)
        assert second["sources"] != first["sources"]
        assert second["entities"] == first["entities"]
        assert stored_lookup_hashes(conn) == {}
        record_lookup_hashes(conn, {**second, SEEDS: "fp"}, {"sources", SEEDS})
        stored = stored_lookup_hashes(conn)
        assert stored["sources"] == (second["sources"], True)
        assert stored["entities"] == (second["entities"], False)
        assert stored[SEEDS] == ("fp", True)
        # every build drops the record at its start: only a build that ran to the end keeps one
        forget_lookup_hashes(conn)
        assert stored_lookup_hashes(conn) == {}


def test_new_row_marks_are_handed_over_as_the_record_holds_them(tmp_path: Path) -> None:
    """What `wirehouse build` gives dbt in WIREHOUSE_NEW_ROW_MARKS (macros/new_rows.sql reads
    it instead of querying): the table its on-run-end hook writes, in the same shape (a model
    whose rows were all gone has no mark: its tests read every row)."""
    with duckdb.connect(str(tmp_path / "warehouse.duckdb")) as conn:
        assert new_row_marks(conn) == ""  # no build recorded one yet
        conn.execute("CREATE SCHEMA build_scope")
        conn.execute(
            "CREATE TABLE build_scope.new_row_marks AS "
            "SELECT 'stg_warehouse__events' AS model, 'event_id' AS key_column, max(x) AS last_key "
            "FROM range(5) AS t(x) UNION ALL "
            "SELECT 'stg_warehouse__claims', 'claim_id', max(x) FROM range(0) AS t(x) UNION ALL "
            "SELECT 'stg_warehouse__articles', 'article_id', max(x) FROM range(1000) AS t(x)"
        )
        assert new_row_marks(conn) == (
            "stg_warehouse__articles:article_id:999,stg_warehouse__events:event_id:4"
        )


def parse_project_on_an_empty_warehouse(tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """dbt's parse of the real project over a warehouse at schema head, its target in tmp_path."""
    monkeypatch.setenv("DBT_TARGET_PATH", str(tmp_path / "target"))
    monkeypatch.setenv("DBT_LOG_PATH", str(tmp_path / "logs"))
    db = tmp_path / "warehouse.duckdb"
    upgrade_to_head(db)
    parsed = run_dbt("parse", db, ["--quiet"])
    assert parsed.error is None
    return parsed


def test_tests_left_out_read_only_unchanged_inputs(tmp_path: Path, monkeypatch) -> None:
    """On the real project parsed by dbt: the tests of seeds and lookup tables (and the views
    over them) may be left out, never a test that reads events or a mart."""
    parsed = parse_project_on_an_empty_warehouse(tmp_path, monkeypatch)
    manifest = parsed.result
    every = data_tests_to_leave_out(manifest, (SEEDS, *LOOKUP_TABLES))
    seeds_only = data_tests_to_leave_out(manifest, (SEEDS,))
    assert data_tests_to_leave_out(manifest, ()) == []
    assert seeds_only and set(seeds_only) < set(every)
    seeds = ("event_families", "toll_ceilings", "cumulative_toll_phrases")
    assert all(any(seed in name for seed in seeds) for name in seeds_only)
    assert any("stg_warehouse__entities" in name for name in every)
    assert any("int_actor_target_groups" in name for name in every)  # a view over lookups
    for name in every:
        assert not any(word in name for word in ("events", "fct_", "mart_", "articles")), name
    # entities changed: neither their tests nor those of the view over them
    no_entities = data_tests_to_leave_out(manifest, (SEEDS, "sources", "locations"))
    assert not any("entities" in name or "int_actor_target_groups" in name
                   for name in no_entities)  # fmt: skip


def test_the_parsed_manifest_declares_what_its_json_declares(tmp_path: Path, monkeypatch) -> None:
    """A data-only build writes no manifest.json: its leftover drop reads the manifest parsed
    in process, which must declare the same relations as the file a parse writes."""
    parsed = parse_project_on_an_empty_warehouse(tmp_path, monkeypatch)
    written = json.loads((tmp_path / "target" / "manifest.json").read_text(encoding="utf-8"))
    declared = declared_relations(parsed_nodes(parsed.result))
    assert declared == declared_relations(written)
    assert ("marts", "fct_event_reports") in declared and ("staging", "event_families") in declared
    assert not any(name == "int_event_reports_toll_checked" for _, name in declared)  # ephemeral
