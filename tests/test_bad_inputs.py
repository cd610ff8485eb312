"""Every bad input in tests/bad_inputs.py either loads correctly or is rejected with its reason,
and every good record beside it is kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.bad_inputs import Case, write_bad_inputs
from tests.helpers import query, table_counts, wirehouse


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[Case], str]:
    base = tmp_path_factory.mktemp("bad")
    corpus = base / "corpus"
    cases = write_bad_inputs(corpus)
    db = base / "wh.duckdb"
    result = wirehouse("load", "--no-extract", "--quiet", str(corpus), db=db)
    assert result.returncode == 1, result.stderr  # some input rejected, the rest loaded
    return db, corpus, cases, result.stderr


def test_the_corpus_is_large_and_varied(outcome: tuple[Path, Path, list[Case], str]) -> None:
    _, _, cases, _ = outcome
    assert len({c.name for c in cases}) >= 25
    assert {c.expect for c in cases} == {"load", "reject"}


def test_each_case_loads_or_is_rejected_with_its_reason(
    outcome: tuple[Path, Path, list[Case], str],
) -> None:
    db, corpus, cases, stderr = outcome
    bodies = [row[0] for row in query(db, "SELECT body FROM articles")]
    rejections = query(db, "SELECT input_file, input_locator, reason FROM rejected_inputs")
    for case in cases:
        path = str(corpus / case.name)
        if case.expect == "load":
            assert case.marker is not None
            holding = [b for b in bodies if case.marker in b]
            assert len(holding) == 1, f"{case.name}: {case.marker} stored {len(holding)} times"
        else:
            found = [
                (locator, reason)
                for file, locator, reason in rejections
                if file == path and (case.locator is None or locator == case.locator)
            ]
            assert found, f"{case.name}: no rejection recorded"
            if case.reason:
                assert any(case.reason in reason for _, reason in found), (case.name, found)
            assert path in stderr  # reported to the user, with the file named


def test_repaired_text_and_untouched_tables(outcome: tuple[Path, Path, list[Case], str]) -> None:
    db, _, _, _ = outcome
    [(cp1252,)] = query(db, "SELECT body FROM articles WHERE body LIKE '%MarkerCp1252%'")
    assert "“quoted” – dash" in cp1252
    [(crlf,)] = query(db, "SELECT body FROM articles WHERE body LIKE '%MarkerCrlf%'")
    assert crlf.startswith("Assad’s forces") and "\r" not in crlf
    [(invalid,)] = query(db, "SELECT body FROM articles WHERE body LIKE '%MarkerInvalidUtf8%'")
    assert "café “quoted”" in invalid
    dates = dict(
        query(
            db,
            "SELECT regexp_extract(body, 'Marker\\w+Date'), published_date FROM articles "
            "WHERE body SIMILAR TO '.*Marker\\w+Date.*'",
        )  # fmt: skip
    )
    assert dates == {
        "MarkerImpossibleDate": None,
        "MarkerAncientDate": None,
        "MarkerFutureDate": None,
    }
    languages = dict(query(db, "SELECT input_file LIKE '%french%', language FROM articles "
                               "WHERE input_file LIKE '%french%'"))  # fmt: skip
    assert languages == {True: "und"}
    assert table_counts(db)["articles"] > 20  # the SQL-looking text did nothing but load


def test_no_event_is_dated_after_its_article() -> None:
    line = json.dumps(
        {
            "id": "later",
            "text": "Jets will strike Idlib on December 25, 2015. Jets struck Idlib on Friday.",
            "published": "2015-10-10",
        }
    )
    result = wirehouse("extract", "-", stdin=line + "\n", db=Path("/nonexistent/unused.duckdb"))
    assert result.returncode == 0, result.stderr
    events = json.loads(result.stdout)["events"]
    assert events, "the past strike is an event"
    assert all(e["date"] is None or e["date"] <= "2015-10-10" for e in events)
