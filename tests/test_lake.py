"""Lake mode against a real PostgreSQL catalog (a throwaway cluster, tests/postgres.py).

Concurrent loaders store each article once; a writer killed mid-run leaves a lake that a rerun
completes to equal a clean load; `build` on the lake gives the file warehouse's marts row for
row; `publish`, `query` and the serving file work from the lake.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.helpers import REPO, wirehouse

SAMPLES = REPO / "samples"
pytestmark = pytest.mark.slow


def _file_env() -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if k not in ("WIREHOUSE_CATALOG", "WIREHOUSE_DATA_PATH")
    }
    return {**env, "DO_NOT_TRACK": "1", "OPENBLAS_NUM_THREADS": "1"}


def file_wirehouse(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    """The CLI in file mode (no catalog in its environment)."""
    return subprocess.run(
        [sys.executable, "-m", "loaders.cli", "--db", str(db), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=_file_env(),
        timeout=900,
    )


def start_lake_load(db: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "DO_NOT_TRACK": "1", "OPENBLAS_NUM_THREADS": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "loaders.cli", "--db", str(db), "load", "-q", *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def lake_rows(sql: str) -> list[tuple[object, ...]]:
    from loaders.lake.connection import open_lake
    from loaders.lake.settings import lake_settings

    settings = lake_settings()
    assert settings is not None
    conn = open_lake(settings, read_only=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def file_rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return conn.execute(sql).fetchall()


def sample_inputs() -> list[str]:
    return sorted(str(p) for p in SAMPLES.rglob("*") if p.is_file() and p.name != "README.md")


def assert_ran(result: subprocess.CompletedProcess[str], codes: tuple[int, ...] = (0, 1)) -> None:
    """Exit 1 also means "some input rejected" (the samples have one bad record): a crash
    must not hide behind it."""
    assert result.returncode in codes and "Traceback" not in result.stderr, result.stderr[-3000:]


def _failed_nodes(stderr: str) -> list[str]:
    """The dbt nodes `wirehouse build` names as failed, without their timings."""
    return sorted(line.split(" (")[0] for line in stderr.splitlines() if line.startswith("  - "))


HASHES = "SELECT content_hash FROM articles ORDER BY 1"
ENTITY_KEYS = "SELECT kind, canonical_name FROM entities ORDER BY 1, 2"
EVENT_KEYS = (
    "SELECT a.content_hash, e.event_type, e.sentence_start, e.actor_text, e.target_text "
    "FROM events e JOIN articles a USING (article_id) ORDER BY ALL"
)


def test_three_concurrent_loads_store_each_article_once(
    lake_env: dict[str, str], tmp_path: Path
) -> None:
    """Three loaders, overlapping inputs, with extraction, started together: every article,
    entity and event is stored once, as a file warehouse loaded with the same inputs has it."""
    db = tmp_path / "warehouse.duckdb"
    assert wirehouse("init", db=db).returncode == 0
    inputs = sample_inputs()
    third = len(inputs) // 3
    overlapping = [inputs[: 2 * third], inputs[third:], inputs[::2]]
    loaders = [
        start_lake_load(db, "--batch-size", "3", "--workers", "1", *part) for part in overlapping
    ]
    outcomes = [(p.wait(timeout=900), p.stderr.read() if p.stderr else "") for p in loaders]
    for code, stderr in outcomes:
        assert code in (0, 1) and "Traceback" not in stderr, stderr  # 1: one rejected record

    reference = tmp_path / "file" / "warehouse.duckdb"
    file_wirehouse("load", "-q", "--workers", "1", *inputs, db=reference)
    assert lake_rows(HASHES) == file_rows(reference, HASHES)
    assert lake_rows("SELECT count(*) FROM articles") == [(len(lake_rows(HASHES)),)]
    assert lake_rows(ENTITY_KEYS) == file_rows(reference, ENTITY_KEYS)
    assert lake_rows(EVENT_KEYS) == file_rows(reference, EVENT_KEYS)
    assert len(lake_rows(EVENT_KEYS)) > 0
    for table, key in (
        ("articles", "article_id"),
        ("entities", "entity_id"),
        ("events", "event_id"),
        ("load_runs", "run_id"),
    ):
        (dupes,) = lake_rows(f"SELECT count(*) - count(DISTINCT {key}) FROM {table}")[0]
        assert dupes == 0, f"{table}.{key} is not unique in the lake"
    runs = lake_rows("SELECT status, n_new, n_duplicate FROM load_runs ORDER BY run_id")
    assert [r[0] for r in runs] == ["partial"] * 3 or all(
        r[0] in ("succeeded", "partial") for r in runs
    )
    assert sum(int(r[1]) for r in runs) == len(lake_rows(HASHES))


def test_writer_killed_mid_commit_then_rerun_equals_clean_load(
    lake_env: dict[str, str], tmp_path: Path
) -> None:
    """SIGKILL a loader at a random moment after its first commits (commits are most of a
    --no-extract load's time), rerun it: the lake equals a clean load and the run is marked
    interrupted."""
    db = tmp_path / "warehouse.duckdb"
    assert wirehouse("init", db=db).returncode == 0
    inputs = sample_inputs()
    loader = start_lake_load(db, "--no-extract", "--batch-size", "1", *inputs)
    deadline = time.monotonic() + 300
    while lake_rows("SELECT count(*) FROM articles")[0][0] < 2 and time.monotonic() < deadline:
        assert loader.poll() is None, "the load ended before it could be killed"
        time.sleep(0.05)
    time.sleep(random.Random(7).uniform(0.0, 0.4))
    loader.send_signal(signal.SIGKILL)
    loader.wait()
    killed_with = lake_rows("SELECT count(*) FROM articles")[0][0]
    assert 0 < killed_with < 18

    rerun = wirehouse("load", "-q", "--no-extract", "--batch-size", "1", *inputs, db=db)
    assert_ran(rerun)
    reference = tmp_path / "file" / "warehouse.duckdb"
    file_wirehouse("load", "-q", "--no-extract", *inputs, db=reference)
    assert lake_rows(HASHES) == file_rows(reference, HASHES)
    sources = "SELECT name, kind, country_iso3 FROM sources ORDER BY 1"
    assert lake_rows(sources) == file_rows(reference, sources)
    rejected = "SELECT input_file, input_locator, reason FROM rejected_inputs ORDER BY ALL"
    assert set(lake_rows(rejected)) == set(file_rows(reference, rejected))
    statuses = [r[0] for r in lake_rows("SELECT status FROM load_runs ORDER BY run_id")]
    assert statuses[0] == "interrupted" and statuses[-1] in ("succeeded", "partial")


def test_build_on_the_lake_gives_the_file_marts_and_serves_them(
    lake_env: dict[str, str], tmp_path: Path
) -> None:
    """Same inputs into a lake and a file; `build` on each; every mart equal row for row;
    the lake's serving file answers `query` and holds the same marts."""
    lake_db = tmp_path / "lake" / "warehouse.duckdb"
    file_db = tmp_path / "file" / "warehouse.duckdb"
    inputs = sample_inputs()
    assert wirehouse("init", db=lake_db).returncode == 0
    assert_ran(wirehouse("load", "-q", "--workers", "1", *inputs, db=lake_db))
    file_wirehouse("load", "-q", "--workers", "1", *inputs, db=file_db)

    built = wirehouse("build", "-q", "--no-publish", db=lake_db, timeout=900)
    file_built = file_wirehouse("build", "-q", "--no-publish", db=file_db)
    # The same models on the same rows: the same outcome, dbt test failures included (a model
    # change in progress elsewhere must fail both alike, not the lake alone).
    assert_ran(built)
    assert built.returncode == file_built.returncode, built.stderr[-2000:] + file_built.stderr
    assert _failed_nodes(built.stderr) == _failed_nodes(file_built.stderr)
    published = wirehouse("publish", "-q", db=lake_db)
    assert published.returncode == 0, published.stderr

    marts = [
        r[0]
        for r in file_rows(
            file_db, "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'marts' ORDER BY 1"
        )
    ]
    assert "fct_event_reports" in marts
    lake_marts = [
        r[0]
        for r in lake_rows(
            "SELECT table_name FROM duckdb_tables() WHERE "
            "database_name = 'lake' AND schema_name = 'marts' "
            "ORDER BY 1"
        )
    ]
    assert lake_marts == marts
    for mart in marts:
        sql = f"SELECT * FROM marts.{mart} ORDER BY ALL"
        assert lake_rows(sql) == file_rows(file_db, sql), f"marts.{mart} differs"
    fact = "SELECT count(*) FROM marts.fct_event_reports"
    assert lake_rows(fact)[0][0] > 0

    serving = lake_db.parent / "serving.duckdb"
    for mart in marts:
        sql = f"SELECT * FROM marts.{mart} ORDER BY ALL"
        assert file_rows(serving, sql) == file_rows(file_db, sql)
    answer = wirehouse(
        "query", "SELECT count(*) AS n FROM marts.fct_event_reports", "--format", "csv", db=lake_db
    )
    assert answer.returncode == 0, answer.stderr
    assert answer.stdout.split() == ["n", str(lake_rows(fact)[0][0])]
    report = wirehouse("report", db=lake_db)
    assert report.returncode == 0, report.stderr


def test_compact_keeps_the_rows_and_drops_snapshots(
    lake_env: dict[str, str], tmp_path: Path
) -> None:
    """Many one-article commits, then `wirehouse compact`: same rows, one snapshot left, no
    more data files than before; loads still work afterwards."""
    db = tmp_path / "warehouse.duckdb"
    inputs = sample_inputs()
    assert wirehouse("init", db=db).returncode == 0
    load = wirehouse("load", "-q", "--no-extract", "--batch-size", "1", *inputs[:6], db=db)
    assert_ran(load)
    before = lake_rows(HASHES)
    snapshots = "SELECT count(*) FROM ducklake_snapshots('lake')"
    assert lake_rows(snapshots)[0][0] > 6
    compacted = wirehouse("compact", "--keep-hours", "0", db=db)
    assert compacted.returncode == 0, compacted.stderr
    assert "lake compacted" in compacted.stdout
    assert lake_rows(HASHES) == before
    assert lake_rows(snapshots)[0][0] == 1
    again = wirehouse("load", "-q", "--no-extract", *inputs, db=db)
    assert_ran(again)
    assert len(lake_rows(HASHES)) > len(before)


def test_init_brings_an_older_lake_to_the_models(lake_env: dict[str, str], tmp_path: Path) -> None:
    """The lake's schema evolution: a lake missing a table and a column (as one made before a
    revision added them) gets both from `init`; a column whose type changed stops init."""
    from loaders.lake.connection import open_lake
    from loaders.lake.settings import lake_settings

    db = tmp_path / "warehouse.duckdb"
    assert wirehouse("init", db=db).returncode == 0
    settings = lake_settings()
    assert settings is not None
    conn = open_lake(settings)
    try:
        conn.execute("DROP TABLE lake.main.rejected_inputs")
        conn.execute("ALTER TABLE lake.main.articles DROP COLUMN dateline")
    finally:
        conn.close()
    assert wirehouse("init", db=db).returncode == 0
    columns = "SELECT column_name FROM duckdb_columns() WHERE database_name = 'lake' AND "
    assert lake_rows(columns + "table_name = 'rejected_inputs'")
    assert ("dateline",) in lake_rows(columns + "table_name = 'articles'")
    load = wirehouse("load", "-q", "--no-extract", *sample_inputs()[:3], db=db)
    assert_ran(load)

    conn = open_lake(settings)
    try:
        conn.execute("ALTER TABLE lake.main.load_runs ALTER COLUMN n_read SET DATA TYPE BIGINT")
    finally:
        conn.close()
    refused = wirehouse("init", db=db)
    assert refused.returncode != 0
    assert "load_runs.n_read" in refused.stderr and "migration" in refused.stderr


def test_reextract_replaces_lake_rows_like_the_file(
    lake_env: dict[str, str], tmp_path: Path
) -> None:
    """Articles loaded without extraction, then `reextract` (twice, --all the second time): the
    lake holds the same events as a file warehouse treated alike, never twice; `query --live`
    is refused (the reader sandbox forbids what a lake needs)."""
    inputs = sample_inputs()[:4]
    lake_db, file_db = tmp_path / "lake" / "warehouse.duckdb", tmp_path / "file" / "wh.duckdb"
    assert wirehouse("init", db=lake_db).returncode == 0
    for run in (wirehouse, file_wirehouse):
        target = lake_db if run is wirehouse else file_db
        done = run("load", "-q", "--no-extract", *inputs, db=target)
        assert_ran(done)
        for extra in ((), ("--all",)):
            done = run("reextract", "--workers", "1", *extra, db=target)
            assert_ran(done, (0,))
    assert lake_rows(EVENT_KEYS) == file_rows(file_db, EVENT_KEYS)
    assert lake_rows(ENTITY_KEYS) == file_rows(file_db, ENTITY_KEYS)
    assert len(lake_rows(EVENT_KEYS)) > 0
    live = wirehouse("query", "--live", "SELECT count(*) FROM events", db=lake_db)
    assert live.returncode != 0 and "serving file" in live.stderr
