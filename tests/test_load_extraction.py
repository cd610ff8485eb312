"""Loading with the real spaCy extraction: every extracted row traces back to its words, and
`wirehouse reextract` replaces rows when the extractor version changes."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tests.helpers import REPO, query, table_counts, wirehouse

SAMPLES = REPO / "samples" / "articles"


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("extract") / "wh.duckdb"
    result = wirehouse("load", "--quiet", str(SAMPLES), db=db)
    assert result.returncode == 0, result.stderr
    return db


def test_extracted_rows_exist_and_point_at_their_words(loaded: Path) -> None:
    counts = table_counts(loaded)
    assert counts["articles"] == len(list(SAMPLES.glob("*.txt")))
    assert counts["events"] > counts["articles"]
    assert counts["claims"] > 0 and counts["mentions"] > 0
    # Offsets index into the stored body: the span's text is the surface text.
    bad_mentions = query(
        loaded,
        "SELECT count(*) FROM mentions m JOIN articles a USING (article_id) "
        "WHERE substr(a.body, m.char_start + 1, m.char_end - m.char_start) <> m.surface_text",
    )
    assert bad_mentions == [(0,)]
    bad_cues = query(
        loaded,
        "SELECT count(*) FROM claims c JOIN articles a USING (article_id) "
        "WHERE NOT (0 <= c.cue_start AND c.cue_start < c.cue_end AND c.cue_end <= length(a.body)) "
        "OR lower(substr(a.body, c.cue_start + 1, c.cue_end - c.cue_start)) <> lower(c.cue)",
    )
    assert bad_cues == [(0,)]
    bad_events = query(
        loaded,
        "SELECT count(*) FROM events e JOIN articles a USING (article_id) WHERE "
        "NOT (0 <= e.sentence_start AND e.sentence_start < e.sentence_end "
        "AND e.sentence_end <= length(a.body)) OR (e.actor_start IS NOT NULL AND "
        "substr(a.body, e.actor_start + 1, e.actor_end - e.actor_start) <> e.actor_text)",
    )
    assert bad_events == [(0,)]
    # Every event in a claim belongs to a claim of the same article.
    orphan = query(
        loaded,
        "SELECT count(*) FROM events e LEFT JOIN claims c USING (claim_id) "
        "WHERE e.claim_id IS NOT NULL AND (c.claim_id IS NULL OR c.article_id <> e.article_id)",
    )
    assert orphan == [(0,)]
    versions = query(loaded, "SELECT DISTINCT extractor_version FROM articles")
    assert len(versions) == 1 and versions[0][0]


def test_reextract_replaces_rows_of_stale_articles_only(loaded: Path) -> None:
    before = table_counts(loaded)
    [(version,)] = query(loaded, "SELECT DISTINCT extractor_version FROM articles")
    with duckdb.connect(str(loaded)) as conn:
        conn.execute(
            "UPDATE articles SET extractor_version = 'old' WHERE article_id IN "
            "(SELECT article_id FROM articles ORDER BY article_id LIMIT 3)"
        )
    result = wirehouse("reextract", db=loaded)
    assert result.returncode == 0, result.stderr
    assert "re-extracted 3 article(s)" in result.stdout
    assert query(loaded, "SELECT DISTINCT extractor_version FROM articles") == [(version,)]
    assert table_counts(loaded) == before  # same extractor, same rows: nothing doubled
    again = wirehouse("reextract", db=loaded)
    assert "re-extracted 0 article(s)" in again.stdout
