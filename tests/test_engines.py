"""`wirehouse load --engine ray`: extraction on Ray executors (a local Ray with two CPUs here)
writes the same rows as local extraction, with the pipeline loaded once per executor."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import REPO, query, wirehouse

pytestmark = pytest.mark.slow
ROWS = {
    "mentions": "SELECT a.content_hash, m.surface_text, m.ner_label, m.char_start, m.char_end, "
    "e.canonical_name FROM mentions m JOIN articles a USING (article_id) "
    "LEFT JOIN entities e USING (entity_id) ORDER BY ALL",
    "claims": "SELECT a.content_hash, c.claimant_text, c.cue, c.stance, c.claim_start, "
    "c.claim_end FROM claims c JOIN articles a USING (article_id) ORDER BY ALL",
    "events": "SELECT a.content_hash, v.event_type, v.actor_text, v.target_text, v.location_text, "
    "v.event_date, v.killed_low, v.killed_high, v.stance, v.sentence_start, v.confidence "
    "FROM events v JOIN articles a USING (article_id) ORDER BY ALL",
    "entities": "SELECT kind, canonical_name, country_iso3, sector FROM entities ORDER BY ALL",
}


def test_ray_engine_writes_the_same_rows_as_local_extraction(tmp_path: Path) -> None:
    pytest.importorskip("ray", reason="the scale extra is not installed (pip install '.[scale]')")
    from loaders.engines.ray_engine import RayExtractor  # noqa: F401 (importable with ray)

    articles = str(REPO / "samples" / "articles")
    local, ray_db = tmp_path / "local.duckdb", tmp_path / "ray.duckdb"
    done = wirehouse("load", "-q", "--workers", "1", articles, db=local)
    assert done.returncode == 0, done.stderr
    done = wirehouse("load", "-q", "--engine", "ray", "--workers", "2", "--batch-size", "6",
                     articles, db=ray_db)  # fmt: skip
    assert done.returncode == 0, done.stderr
    for name, sql in ROWS.items():
        expected = query(local, sql)
        assert query(ray_db, sql) == expected, f"{name} differ"
    assert query(ray_db, ROWS["events"])
    runs = query(ray_db, "SELECT n_new, extractor_version FROM load_runs")
    assert runs == query(local, "SELECT n_new, extractor_version FROM load_runs")
