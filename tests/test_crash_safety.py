"""Crash safety (SIGKILL at seeded random points): a killed load, rerun, equals a clean load
row for row in every table; a killed build leaves the published serving file untouched."""

from __future__ import annotations

import hashlib
import random
import signal
import time
from pathlib import Path

import pytest

from tests.helpers import REPO, kill_after_commits, query, start_wirehouse, wirehouse

SAMPLES = REPO / "samples" / "articles"
LOAD_ARGS = ("load", "--quiet", "--batch-size", "2", str(SAMPLES))

# Each table by its natural keys (surrogate ids and timestamps differ between two loads).
FINGERPRINTS = {
    "sources": "SELECT name, kind, country_iso3 FROM sources",
    "articles": "SELECT a.content_hash, a.title, a.published_date, a.language, a.dateline, "
    "s.name, w.name, md5(a.body), a.extractor_version FROM articles a "
    "LEFT JOIN sources s ON s.source_id = a.source_id "
    "LEFT JOIN sources w ON w.source_id = a.wire_source_id",
    "entities": "SELECT kind, canonical_name, country_iso3, sector FROM entities",
    "locations": "SELECT name, gazetteer_id, precision, country_iso3, admin1 FROM locations",
    "mentions": "SELECT a.content_hash, m.char_start, m.char_end, m.surface_text, m.ner_label, "
    "e.canonical_name FROM mentions m JOIN articles a USING (article_id) "
    "LEFT JOIN entities e USING (entity_id)",
    "claims": "SELECT a.content_hash, c.cue_start, c.claim_start, c.claim_end, c.stance, "
    "c.claimant_text, e.canonical_name FROM claims c JOIN articles a USING (article_id) "
    "LEFT JOIN entities e ON e.entity_id = c.claimant_entity_id",
    "events": "SELECT a.content_hash, v.event_type, v.sentence_start, v.event_date, "
    "v.killed_low, v.killed_high, v.stance, act.canonical_name, tgt.canonical_name, l.name, "
    "c.cue_start FROM events v JOIN articles a USING (article_id) "
    "LEFT JOIN entities act ON act.entity_id = v.actor_entity_id "
    "LEFT JOIN entities tgt ON tgt.entity_id = v.target_entity_id "
    "LEFT JOIN locations l USING (location_id) LEFT JOIN claims c USING (claim_id)",
}


def fingerprint(db: Path) -> dict[str, tuple[int, str]]:
    """(row count, md5 of the sorted rows) per table."""
    result = {}
    for table, sql in FINGERPRINTS.items():
        rows = sorted(repr(row) for row in query(db, sql))
        result[table] = (len(rows), hashlib.md5("\n".join(rows).encode()).hexdigest())
    return result


@pytest.fixture(scope="module")
def clean_load(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[int, str]]:
    db = tmp_path_factory.mktemp("clean") / "wh.duckdb"
    result = wirehouse(*LOAD_ARGS, db=db)
    assert result.returncode == 0, result.stderr
    prints = fingerprint(db)
    assert prints["events"][0] > 0 and prints["claims"][0] > 0
    return prints


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_killed_load_then_rerun_equals_a_clean_load(
    seed: int, clean_load: dict[str, tuple[int, str]], tmp_path: Path
) -> None:
    rng = random.Random(seed)
    db = tmp_path / "wh.duckdb"
    assert wirehouse("init", db=db).returncode == 0
    # The load holds one connection: each commit grows the WAL once. The run ledger commits
    # first, then one commit per batch of 2 (5 batches): kill after 1 + k, k drawn by the seed.
    killed = kill_after_commits(
        start_wirehouse(db, *LOAD_ARGS), db, 1 + rng.randint(1, 3), rng.random() / 2
    )
    assert killed, "the load finished before it could be killed"
    partial = query(db, "SELECT count(*) FROM articles")[0][0]
    assert partial < clean_load["articles"][0]
    rerun = wirehouse(*LOAD_ARGS, db=db)
    assert rerun.returncode == 0, rerun.stderr
    assert fingerprint(db) == clean_load


def test_killed_build_leaves_the_published_serving_file_untouched(tmp_path: Path) -> None:
    db = tmp_path / "wh.duckdb"
    first = sorted(SAMPLES.glob("*.txt"))
    assert wirehouse("load", "--quiet", *map(str, first[:6]), db=db).returncode == 0
    built = wirehouse("build", "--quiet", db=db)
    assert built.returncode == 0, built.stdout + built.stderr
    serving = tmp_path / "serving.duckdb"
    before = hashlib.sha256(serving.read_bytes()).hexdigest()
    rows_before = query(serving, "SELECT count(*) FROM marts.fct_event_reports")
    assert wirehouse("load", "--quiet", *map(str, first[6:]), db=db).returncode == 0
    for delay in (random.Random(7).uniform(3, 8), 1.5, 12.0):
        process = start_wirehouse(db, "build", "--quiet")
        time.sleep(delay)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            process.wait()
            break
    else:
        pytest.fail("every build finished before it could be killed")
    assert hashlib.sha256(serving.read_bytes()).hexdigest() == before
    assert query(serving, "SELECT count(*) FROM marts.fct_event_reports") == rows_before
    again = wirehouse("build", "--quiet", db=db)  # and the next build recovers
    assert again.returncode == 0, again.stdout + again.stderr
    assert query(serving, "SELECT count(*) FROM marts.fct_event_reports") > rows_before
