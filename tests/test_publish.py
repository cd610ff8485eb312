"""`wirehouse publish`: a serving file replaced atomically, Parquet per mart, crash safety."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pytest

import models
from tests.helpers import REPO, query, wirehouse

NORMALISED = tuple(models.metadata.tables)  # every table of the schema


def write_articles(path: Path, start: int, count: int, outlets: int = 3) -> Path:
    """Small JSONL articles, distinct per number (no duplicates across calls)."""
    with path.open("w") as out:
        for i in range(start, start + count):
            record = {
                "id": f"a{i}",
                "title": f"Shelling reported in district {i}",
                "text": f"Government forces shelled district {i} of Homs on Monday, "
                f"residents said. Report number {i}.",
                "source": f"Outlet {i % outlets}",
                "published": f"2015-10-{i % 28 + 1:02d}",
            }
            out.write(json.dumps(record) + "\n")
    return path


def load(db: Path, jsonl: Path) -> None:
    loaded = wirehouse("load", "--no-extract", "-q", str(jsonl), db=db)
    assert loaded.returncode == 0, loaded.stderr


def build(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`wirehouse build ARGS` with dbt's target and log directories beside the warehouse, so
    that builds running at the same time elsewhere never share dbt_project/target."""
    env = {
        **os.environ,
        "DO_NOT_TRACK": "1",
        "DBT_TARGET_PATH": str(db.parent / "dbt-target"),
        "DBT_LOG_PATH": str(db.parent / "dbt-logs"),
    }
    built = subprocess.run(
        [sys.executable, "-m", "loaders.cli", "--db", str(db), "build", "-q", *args],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert built.returncode == 0, (built.stdout + built.stderr)[-3000:]
    return built


def counts(path: Path, tables: list[str]) -> dict[str, int]:
    with duckdb.connect(str(path), read_only=True) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def leftovers(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob(".*") if ".tmp-" in p.name)


def test_publish_without_marts_copies_the_normalised_tables_and_warns(tmp_path: Path) -> None:
    db = tmp_path / "wh.duckdb"
    load(db, write_articles(tmp_path / "a.jsonl", 0, 20))

    result = wirehouse("publish", db=db)
    assert result.returncode == 0, result.stderr
    assert "no marts yet" in result.stderr and "wirehouse build" in result.stderr
    serving = tmp_path / "serving.duckdb"
    assert counts(serving, list(NORMALISED)) == counts(db, list(NORMALISED))
    assert counts(serving, ["articles"]) == {"articles": 20}
    published = query(
        serving, "SELECT table_schema, table_name, kind, row_count, warehouse_path, "
        "source_run_ids FROM _published ORDER BY table_name",
    )  # fmt: skip
    assert {row[1] for row in published} == set(NORMALISED)
    assert all(row[0] == "main" and row[2] == "normalised" for row in published)
    assert ("main", "articles", "normalised", 20, str(db), [1]) in published
    assert leftovers(tmp_path) == []
    # A reader cannot change the published file.
    with (
        duckdb.connect(str(serving), read_only=True) as conn,
        pytest.raises(duckdb.Error, match="read-only"),
    ):
        conn.execute("DELETE FROM articles")


def test_publish_copies_every_mart_and_exports_each_to_parquet(tmp_path: Path) -> None:
    db = tmp_path / "wh.duckdb"
    load(db, write_articles(tmp_path / "a.jsonl", 0, 12))
    build(db, "--no-publish")
    assert not (tmp_path / "serving.duckdb").exists()
    marts = [
        name
        for (name,) in query(
            db, "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'marts' ORDER BY 1"
        )
    ]
    assert "mart_strike_counts_by_actor_and_claimed_target" in marts and "dim_sources" in marts

    parquet_dir = tmp_path / "exports"
    result = wirehouse("publish", "--parquet-dir", str(parquet_dir), db=db)
    assert result.returncode == 0, result.stderr
    assert "no marts" not in result.stderr
    serving = tmp_path / "serving.duckdb"
    qualified = [f"marts.{name}" for name in marts]
    assert counts(serving, qualified) == counts(db, qualified)
    assert counts(serving, ["marts.dim_sources"]) == {"marts.dim_sources": 3}
    assert sorted(p.stem for p in parquet_dir.glob("*.parquet")) == marts
    with duckdb.connect() as conn:
        for name in marts:
            [(rows,)] = conn.execute(
                "SELECT count(*) FROM read_parquet(?)", [str(parquet_dir / f"{name}.parquet")]
            ).fetchall()
            assert rows == counts(db, [f"marts.{name}"])[f"marts.{name}"]
    kinds = dict(query(serving, "SELECT table_schema, count(*) FROM _published GROUP BY 1"))
    assert kinds == {"marts": len(marts), "main": len(NORMALISED)}
    assert leftovers(tmp_path) == []


def test_a_reader_of_the_old_file_keeps_reading_it_while_new_readers_see_the_new(
    tmp_path: Path,
) -> None:
    db = tmp_path / "wh.duckdb"
    load(db, write_articles(tmp_path / "a.jsonl", 0, 5))
    assert wirehouse("publish", "-q", db=db).returncode == 0
    serving = tmp_path / "serving.duckdb"
    with duckdb.connect(str(serving), read_only=True) as old_reader:
        load(db, write_articles(tmp_path / "b.jsonl", 5, 7))
        assert wirehouse("publish", "-q", db=db).returncode == 0
        assert old_reader.execute("SELECT count(*) FROM articles").fetchone() == (5,)
        # DuckDB caches open databases per process by path: a new reader elsewhere sees the new.
        fresh = subprocess.run(
            [sys.executable, "-c", "import duckdb,sys; print(duckdb.connect(sys.argv[1], "
             "read_only=True).execute('SELECT count(*) FROM articles').fetchone()[0])",
             str(serving)],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert fresh.stdout.strip() == "12", fresh.stderr
    assert counts(serving, ["articles"]) == {"articles": 12}


def fill_warehouse(db: Path, start: int, rows: int) -> None:
    """Many articles, written set-based, so that a publish takes long enough to be killed."""
    with duckdb.connect(str(db)) as conn:
        conn.execute(
            "INSERT INTO articles (article_id, title, body, content_hash, run_id, language) "
            "SELECT nextval('articles_id_seq'), 'Report ' || i, repeat(md5(i::VARCHAR) || ' ', 30),"
            " md5('article ' || i), 1, 'en' FROM range($start, $stop) AS t(i)",
            {"start": start, "stop": start + rows},
        )


def test_a_killed_publish_leaves_the_previous_serving_file_intact(db_path: Path) -> None:
    directory = db_path.parent
    serving = directory / "serving.duckdb"
    fill_warehouse(db_path, 0, 1_000)
    assert wirehouse("publish", "-q", db=db_path).returncode == 0
    fill_warehouse(db_path, 1_000, 200_000)  # the next publish has ~250 MB to copy

    env = {**os.environ, "WIREHOUSE_WAIT": "0"}
    command = [sys.executable, "-m", "loaders.cli", "--db", str(db_path), "publish", "-q"]
    killed_midway = 0
    for delay in (0.0, 0.05, 0.2, 0.5):
        proc = subprocess.Popen(command, cwd=REPO, env=env, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while not leftovers(directory) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)  # the publish has opened its temporary file: it is under way
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        left = [p for p in leftovers(directory) if p.name.startswith(".serving.duckdb.tmp-")]
        # Whatever the moment, the serving file opens and holds one whole publish.
        [(rows, recorded)] = query(
            serving, "SELECT (SELECT count(*) FROM articles), (SELECT row_count FROM _published "
            "WHERE table_name = 'articles')",
        )  # fmt: skip
        assert rows == recorded
        if left:  # killed before the rename: the previous file, untouched
            killed_midway += 1
            assert rows == 1_000
        else:
            assert rows in (1_000, 201_000)
    assert killed_midway >= 2, "no kill landed while the publish was under way"

    done = wirehouse("publish", "-q", db=db_path)
    assert done.returncode == 0, done.stderr
    assert leftovers(directory) == []  # the dead publishes' temporary files are gone
    assert counts(serving, ["articles"]) == {"articles": 201_000}


@contextmanager
def warehouse_held(db: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holds the warehouse (as a load does) until the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1]); "
         "print('holding', flush=True); sys.stdin.readline()", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        yield holder
    finally:
        holder.kill()
        holder.wait()


def waits_then_runs(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Start ``wirehouse ARGS`` while the warehouse is held, see it say that it waits, then
    let the holder go: the command must finish its job."""
    with warehouse_held(db):
        proc = subprocess.Popen(
            [sys.executable, "-m", "loaders.cli", "--db", str(db), "--wait", "120", *args],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert proc.stderr is not None
        first = proc.stderr.readline()  # blocks until the command reports its wait
        assert first.startswith("waiting for") and "locked by process" in first, first
    out, err = proc.communicate(timeout=120)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, first + err)


def test_publish_waits_for_a_load_and_names_it_when_it_gives_up(tmp_path: Path) -> None:
    db = tmp_path / "wh.duckdb"
    load(db, write_articles(tmp_path / "a.jsonl", 0, 3))
    with warehouse_held(db) as holder:
        impatient = wirehouse("--wait", "0", "publish", db=db)
        assert impatient.returncode == 3 and f"locked by process {holder.pid}" in impatient.stderr
    assert not (tmp_path / "serving.duckdb").exists() and leftovers(tmp_path) == []
    patient = waits_then_runs(db, "publish", "-q")
    assert patient.returncode == 0, patient.stderr
    assert counts(tmp_path / "serving.duckdb", ["articles"]) == {"articles": 3}


def test_nothing_to_publish_is_an_error_that_leaves_no_debris(tmp_path: Path) -> None:
    db = tmp_path / "wh.duckdb"
    duckdb.connect(str(db)).close()  # a DuckDB file without the warehouse's tables
    failed = wirehouse("publish", db=db)
    assert failed.returncode == 2 and "not a wirehouse warehouse" in failed.stderr
    assert "Traceback" not in failed.stderr
    assert not (tmp_path / "serving.duckdb").exists() and leftovers(tmp_path) == []
    missing = wirehouse("publish", db=tmp_path / "nowhere" / "wh.duckdb")
    assert missing.returncode == 2 and "no such file" in missing.stderr
    assert not (tmp_path / "nowhere").exists()
