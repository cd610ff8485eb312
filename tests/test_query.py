"""`wirehouse query`: read-only SQL over the serving file (or the warehouse with --live)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import duckdb
import pytest

from tests.helpers import query, wirehouse
from tests.test_publish import load, waits_then_runs, warehouse_held, write_articles

SQL = (
    "SELECT s.name AS outlet, count(*) AS articles, min(a.published_date) AS first_day "
    "FROM articles a JOIN sources s USING (source_id) GROUP BY 1 ORDER BY 1"
)


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse of 30 articles, published; then 4 more loaded but not published."""
    directory = tmp_path_factory.mktemp("query")
    db = directory / "wh.duckdb"
    load(db, write_articles(directory / "a.jsonl", 0, 30))
    assert wirehouse("publish", "-q", db=db).returncode == 0
    load(db, write_articles(directory / "b.jsonl", 30, 4))
    return db


def serving(db: Path) -> Path:
    return db.parent / "serving.duckdb"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_formats_give_the_same_rows_as_duckdb(published: Path, tmp_path: Path) -> None:
    expected = query(serving(published), SQL)
    assert len(expected) == 3 and sum(row[1] for row in expected) == 30

    table = wirehouse("query", SQL, db=published)
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["outlet", "articles", "first_day"]
    assert lines[2].split() == ["Outlet", "0", str(expected[0][1]), expected[0][2].isoformat()]
    assert lines[-1] == "(3 rows)"

    as_csv = wirehouse("query", SQL, "--format", "csv", db=published)
    rows = list(csv.reader(io.StringIO(as_csv.stdout)))
    assert rows == [["outlet", "articles", "first_day"]] + [
        [o, str(n), d.isoformat()] for o, n, d in expected
    ]

    as_json = wirehouse("query", SQL, "--format", "json", db=published)
    assert json.loads(as_json.stdout) == [
        {"outlet": o, "articles": n, "first_day": d.isoformat()} for o, n, d in expected
    ]

    for fmt in ("csv", "json", "parquet", "table"):
        out = tmp_path / f"out.{fmt}"
        written = wirehouse("query", SQL, "--format", fmt, "--output", str(out), db=published)
        assert written.returncode == 0 and written.stdout == "", written.stderr
        assert out.stat().st_size > 0
    with duckdb.connect() as conn:
        for reader, name in (("read_parquet", "out.parquet"), ("read_csv", "out.csv")):
            rows = conn.execute(f"SELECT * FROM {reader}(?)", [str(tmp_path / name)]).fetchall()
            assert rows == expected
    assert json.loads((tmp_path / "out.json").read_text()) == json.loads(as_json.stdout)
    assert (tmp_path / "out.table").read_text() == table.stdout

    needs_output = wirehouse("query", SQL, "--format", "parquet", db=published)
    assert needs_output.returncode == 2 and "--output" in needs_output.stderr


def test_live_reads_the_warehouse_and_waits_for_a_load(published: Path) -> None:
    count = "SELECT count(*) FROM articles"
    assert wirehouse("query", count, "--format", "csv", db=published).stdout == "count_star()\n30\n"
    live = wirehouse("query", count, "--format", "csv", "--live", db=published)
    assert live.stdout == "count_star()\n34\n", live.stderr  # loaded after the publish

    # A load holds the warehouse: --live gives up at once with --wait 0, or waits, says so,
    # and reads once the load is done.
    with warehouse_held(published) as holder:
        impatient = wirehouse("--wait", "0", "query", count, "--live", db=published)
        assert impatient.returncode == 3
        assert f"locked by process {holder.pid}" in impatient.stderr
    patient = waits_then_runs(published, "query", count, "--format=csv", "--live")
    assert patient.returncode == 0, patient.stderr
    assert patient.stdout == "count_star()\n34\n"


def test_a_sql_error_prints_duckdbs_message_and_exits_1(published: Path) -> None:
    for extra in ((), ("--live",)):
        failed = wirehouse("query", "SELECT * FROM no_such_table", *extra, db=published)
        assert failed.returncode == 1
        assert "Catalog Error: Table with name no_such_table does not exist!" in failed.stderr
        assert "Traceback" not in failed.stderr + failed.stdout
    conversion = wirehouse("query", "SELECT 'abc'::INTEGER", db=published)
    assert conversion.returncode == 1 and "Conversion Error" in conversion.stderr
    assert "Traceback" not in conversion.stderr


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO sources (source_id, name, kind) VALUES (999, 'x', 'outlet')",
        "UPDATE articles SET title = 'changed'",
        "DELETE FROM articles",
        "DROP TABLE articles",
        "CREATE TABLE scratch AS SELECT 1 AS one",
    ],
)
def test_statements_that_change_data_are_refused(published: Path, statement: str) -> None:
    before = {path: digest(path) for path in (published, serving(published))}
    tables = "SELECT count(*) FROM duckdb_tables()"
    counts = [query(p, tables) for p in before]
    for extra in ((), ("--live",)):
        refused = wirehouse("query", statement, *extra, db=published)
        assert refused.returncode == 1
        assert "refused: wirehouse query opens" in refused.stderr
        assert "read only" in refused.stderr and "read-only mode" in refused.stderr
        assert "Traceback" not in refused.stderr
    assert {path: digest(path) for path in before} == before
    assert [query(p, tables) for p in before] == counts


def test_without_a_serving_file_it_says_to_publish(tmp_path: Path) -> None:
    missing = wirehouse("query", "SELECT 1", db=tmp_path / "wh.duckdb")
    assert missing.returncode == 1
    assert "no serving file" in missing.stderr and "wirehouse publish" in missing.stderr


def test_sql_from_standard_input(published: Path) -> None:
    piped = wirehouse("query", "-", "--format", "csv", db=published, stdin="SELECT 41 + 1 AS x;")
    assert piped.stdout == "x\n42\n", piped.stderr
