"""A load killed with SIGKILL mid-run, then rerun, gives the same rows as an uninterrupted load."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.helpers import REPO, query, wirehouse

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
    loaded_before_rerun = 0
    for delay in (0.8, 1.2, 0.5, 1.8, 2.5, 0.3):
        process = subprocess.Popen(
            [sys.executable, "-m", "loaders.cli", "--db", str(crash_db), *args],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        loaded_before_rerun = query(crash_db, "SELECT count(*) FROM articles")[0][0]
        if 0 < loaded_before_rerun < ARTICLES:
            break  # killed mid-run, with some batches committed
    assert 0 < loaded_before_rerun < ARTICLES, "could not kill the load mid-run"
    # Whole batches only: a crash never leaves part of a batch behind.
    assert loaded_before_rerun % 50 == 0

    rerun = wirehouse(*args, db=crash_db)
    assert rerun.returncode == 0, rerun.stderr
    assert content(crash_db) == expected
    statuses = [r[0] for r in query(crash_db, "SELECT status FROM load_runs ORDER BY run_id")]
    assert statuses[-1] == "succeeded"
    assert "interrupted" in statuses  # the killed run is not left claiming to be running
