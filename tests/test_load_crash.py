"""A load killed with SIGKILL mid-run, then rerun, gives the same rows as an uninterrupted load."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import kill_after_commits, query, start_wirehouse, wirehouse

ARTICLES = 4000
PLACES = ("Aleppo", "Homs", "Hama", "Idlib", "Raqqa", "Daraa", "Latakia", "Palmyra")


def write_corpus(path: Path) -> None:
    with path.open("w") as out:
        for i in range(ARTICLES):
            place = PLACES[i % len(PLACES)]
            text = (
                f"Report {i}: warplanes struck positions near {place} on Monday, killing "
                f"{i % 40 + 1} fighters, a monitor said. Residents described heavy damage."
            )
            record = {
                "id": f"r{i}",
                "title": f"Strikes near {place} ({i})",
                "text": text,
                "published": f"2015-10-{i % 28 + 1:02d}",
                "source": "Levant Ledger",
            }
            out.write(json.dumps(record) + "\n")


def content(db: Path) -> list[tuple[object, ...]]:
    return query(
        db,
        "SELECT a.content_hash, a.title, a.published_date, a.external_id, s.name, a.input_locator "
        "FROM articles a LEFT JOIN sources s USING (source_id) ORDER BY a.content_hash",
    )


def test_sigkill_mid_load_then_rerun_matches_a_clean_load(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus)
    args = ["load", "--no-extract", "--quiet", "--batch-size", "50", str(corpus)]

    clean_db = tmp_path / "clean.duckdb"
    assert wirehouse(*args, db=clean_db).returncode == 0
    expected = content(clean_db)
    assert len(expected) == ARTICLES

    crash_db = tmp_path / "crash.duckdb"
    assert wirehouse("init", db=crash_db).returncode == 0
    # Kill once a few batches have committed (watched on disk, not guessed from a clock).
    process = start_wirehouse(crash_db, *args)
    assert kill_after_commits(process, crash_db, commits=4, jitter=0.0), "the load ended first"
    loaded_before_rerun = query(crash_db, "SELECT count(*) FROM articles")[0][0]
    assert 0 < loaded_before_rerun < ARTICLES
    # Whole batches only: a crash never leaves part of a batch behind.
    assert loaded_before_rerun % 50 == 0

    rerun = wirehouse(*args, db=crash_db)
    assert rerun.returncode == 0, rerun.stderr
    assert content(crash_db) == expected
    statuses = [r[0] for r in query(crash_db, "SELECT status FROM load_runs ORDER BY run_id")]
    assert statuses[-1] == "succeeded"
    assert "interrupted" in statuses  # the killed run is not left claiming to be running


def test_build_passes_after_a_killed_load_and_its_rerun(tmp_path: Path) -> None:
    """Issue 11, item 1: the killed run's `interrupted` status is a code every layer accepts
    (the CHECK of load_runs.status, the dbt accepted_code test of run_status), so the build
    after a crash and a rerun passes without anyone editing load_runs."""
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus)
    args = ["load", "--no-extract", "--quiet", "--batch-size", "50", str(corpus)]
    db = tmp_path / "wh.duckdb"
    process = start_wirehouse(db, *args)
    assert kill_after_commits(process, db, commits=3, jitter=0.0), "the load ended first"
    assert wirehouse(*args, db=db).returncode == 0

    statuses = [r[0] for r in query(db, "SELECT status FROM load_runs ORDER BY run_id")]
    assert statuses == ["interrupted", "succeeded"]
    build = wirehouse("build", "--quiet", db=db)
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-2000:]
    serving = tmp_path / "serving.duckdb"  # published by the build, the killed run included
    assert query(serving, "SELECT status FROM load_runs ORDER BY run_id") == [
        ("interrupted",),
        ("succeeded",),
    ]
