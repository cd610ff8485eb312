"""The writer carries every key of the extraction contract into its column: the new event
counts and stances, and tolls (with their claim) into ``toll_claims``; reextract replaces them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from loaders.db import connect
from loaders.prepare import PreparedArticle
from loaders.runs import start_run
from loaders.writer import BatchCounts, replace_extraction, write_batch

BODY = (
    "The monitor said an air strike killed more than 10 people in Idlib. "
    "More than 400,000 people have been killed since 2011 in Syria's war."
)


def article() -> PreparedArticle:
    return PreparedArticle(
        body=BODY, content_hash="h1", near_duplicate_key=None, title="t", published_date=None,
        language="en", source=None, wire=None, dateline=None, url=None, external_id=None,
        input_file="f.txt", input_locator=None,
    )  # fmt: skip


def contract_result(killed_best: int, stance: str) -> dict[str, Any]:
    claimant = {"text": "The monitor", "name": None, "country": None, "sector": None,
                "kind": None, "start": 0, "end": 11}  # fmt: skip
    return {
        "id": "1",
        "entities": [],
        "claims": [
            {
                "claimant": claimant,
                "cue": "said",
                "cue_start": 12,
                "cue_end": 16,
                "stance": "assert",
                "start": 17,
                "end": 67,
            }
        ],  # fmt: skip
        "events": [
            {
                "type": "air_strike",
                "plover_category": "ASSAULT",
                "plover_mode": None,
                "acled_event_type": None,
                "acled_sub_event_type": None,
                "actor": None,
                "target": None,
                "location": None,
                "date": None,
                "date_precision": None,
                "date_text": None,
                "killed_low": 11,
                "killed_high": None,
                "killed_best": killed_best,
                "killed_open_ended": True,
                "injured_low": None,
                "injured_high": None,
                "injured_best": None,
                "injured_open_ended": None,
                "claimant": claimant,
                "stance": stance,
                "claim_index": 0,
                "sentence_start": 0,
                "sentence_end": 68,
                "confidence": 0.9,
            }
        ],  # fmt: skip
        "tolls": [
            {
                "toll_kind": "running_total",
                "victims_text": "people",
                "killed_low": 400001,
                "killed_high": None,
                "killed_best": 400001,
                "open_ended": True,
                "conflict_text": "Syria's war",
                "country_iso3": "SYR",
                "since_date": "2011-01-01",
                "since_text": "since 2011",
                "period_text": None,
                "count_start": 74,
                "count_end": 81,
                "sentence_start": 69,
                "sentence_end": 138,
                "claim_index": None,
                "claimant": None,
            },
            {
                "toll_kind": "generic",
                "victims_text": None,
                "killed_low": 10,
                "killed_high": None,
                "killed_best": 11,
                "open_ended": True,
                "conflict_text": None,
                "country_iso3": None,
                "since_date": None,
                "since_text": None,
                "period_text": None,
                "count_start": None,
                "count_end": None,
                "sentence_start": 0,
                "sentence_end": 68,
                "claim_index": 0,
                "claimant": claimant,
            },
        ],  # fmt: skip
    }


def rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return conn.execute(sql).fetchall()


def test_new_event_columns_and_tolls_are_written_and_replaced(db_path: Path) -> None:
    with connect(db_path) as conn:
        run_id = start_run(conn, "load", [], "test")
        write_batch(
            conn, run_id, [article()], [contract_result(11, "rumour")], [], BatchCounts(), "v1"
        )
    assert rows(
        db_path,
        "SELECT killed_low, killed_high, killed_best, killed_open_ended, injured_open_ended, "
        "stance, claim_id IS NOT NULL FROM events",
    ) == [(11, None, 11, True, None, "rumour", True)]
    tolls = rows(
        db_path,
        "SELECT t.toll_kind, t.killed_best, t.open_ended, t.since_date::VARCHAR, t.country_iso3, "
        "c.cue FROM toll_claims t LEFT JOIN claims c USING (claim_id) ORDER BY t.toll_kind DESC",
    )
    assert tolls == [
        ("running_total", 400001, True, "2011-01-01", "SYR", None),
        ("generic", 11, True, None, None, "said"),
    ]

    [(article_id,)] = rows(db_path, "SELECT article_id FROM articles")
    with connect(db_path) as conn:
        replace_extraction(conn, [article_id], [contract_result(12, "threaten")], "v2")
    assert rows(db_path, "SELECT count(*), max(killed_best), max(stance) FROM events") == [
        (1, 12, "threaten")
    ]
    assert rows(db_path, "SELECT count(*), min(extractor_version) FROM toll_claims") == [(2, "v2")]
    # The replaced tolls point at the new claim, not at a deleted one.
    orphans = "SELECT count(*) FROM toll_claims t LEFT JOIN claims c USING (claim_id) "
    assert rows(db_path, orphans + "WHERE t.claim_id IS NOT NULL AND c.claim_id IS NULL") == [(0,)]
