"""The writer's run-long name cache (``loaders.ids.IdCache``): names stored before the load, by
an earlier load or in a rolled-back batch resolve to one row each, and new names take a plain
insert that never meets a unique constraint."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import duckdb
import pytest

from loaders.db import connect
from loaders.ids import IdCache
from loaders.runs import start_run
from loaders.writer import BatchCounts, write_batch
from tests.test_writer_contract import article, contract_result


def _actor(name: str, country: str | None = None) -> dict[str, Any]:
    return {"text": name, "name": name, "kind": "armed_group", "country": country,
            "sector": "REB", "start": 0, "end": 5}  # fmt: skip


def _place(name: str, gazetteer_id: str | None) -> dict[str, Any]:
    return {"text": name, "name": name, "country": "SYR", "admin1": None, "lat": 36.0,
            "lon": 37.0, "gazetteer_id": gazetteer_id, "precision": None, "start": 60,
            "end": 65}  # fmt: skip


def _result(actor: str, target: str, place: dict[str, Any], country: str | None = None) -> dict:
    result = contract_result(3, "assert")
    mention = {"text": actor, "label": "ORG", "name": actor, "kind": None, "country": country,
               "sector": None, "start": 0, "end": 5, "sentence": 0}  # fmt: skip
    result["entities"] = [mention]
    result["events"][0] |= {"actor": _actor(actor, country), "target": _actor(target),
                            "location": place}  # fmt: skip
    return result


def _write(conn: duckdb.DuckDBPyConnection, cache: IdCache, body: str, result: dict) -> None:
    run_id = start_run(conn, "load", [], "v1")
    written = dataclasses.replace(article(), body=body, content_hash=body)
    write_batch(conn, run_id, [written], [result], [], BatchCounts(), "v1", cache)


def _events(conn: duckdb.DuckDBPyConnection) -> list[tuple]:
    return conn.execute(
        "SELECT a.canonical_name, t.canonical_name, l.name, l.gazetteer_id FROM events e "
        "JOIN entities a ON a.entity_id = e.actor_entity_id "
        "JOIN entities t ON t.entity_id = e.target_entity_id "
        "JOIN locations l USING (location_id) ORDER BY e.event_id"
    ).fetchall()


def test_names_stored_earlier_resolve_to_their_rows(db_path: Path) -> None:
    aleppo, town = _place("Aleppo", "geonames:170063"), _place("Kafr Nabl", None)
    with connect(db_path) as conn:
        _write(conn, IdCache(), "one", _result("Nusra Front", "Army", aleppo, "SYR"))
    with connect(db_path) as conn:  # a second load: its cache reads the stored names
        cache = IdCache()
        _write(conn, cache, "two", _result("Army", "Nusra Front", town))
        # Another spelling of the unresolved place and the first load's names again.
        _write(conn, cache, "three", _result("Nusra Front", "Army", _place("KAFR NABL", None)))
        assert _events(conn) == [
            ("Nusra Front", "Army", "Aleppo", "geonames:170063"),
            ("Army", "Nusra Front", "Kafr Nabl", None),
            ("Nusra Front", "Army", "Kafr Nabl", None),
        ]
        entities = conn.execute(
            "SELECT kind, canonical_name, country_iso3 FROM entities ORDER BY entity_id"
        ).fetchall()
        # One row per name, as first described (the claimant has no canonical name).
        assert entities == [("actor", "Nusra Front", "SYR"), ("actor", "Army", None)]
        places = conn.execute("SELECT name, latitude, precision FROM locations").fetchall()
        assert sorted(places) == [("Aleppo", 36.0, "city"), ("Kafr Nabl", None, "unresolved")]


def test_a_rolled_back_batch_leaves_no_id_in_the_cache(db_path: Path) -> None:
    with connect(db_path) as conn:
        cache = IdCache()
        _write(conn, cache, "one", _result("Nusra Front", "Army", _place("Idlib", "g:1")))
        refused = _result("Hamas", "Army", _place("Gaza", "g:2"))
        refused["events"][0]["stance"] = "unknown"  # the events' CHECK fails after the names
        with pytest.raises(duckdb.ConstraintException):
            _write(conn, cache, "two", refused)
        assert not cache.loaded  # cleared with the rollback, read again by the next batch
        _write(conn, cache, "three", _result("Hamas", "Nusra Front", _place("Gaza", "g:2")))
        assert _events(conn) == [("Nusra Front", "Army", "Idlib", "g:1"),
                                 ("Hamas", "Nusra Front", "Gaza", "g:2")]  # fmt: skip
        assert conn.execute("SELECT count(*) FROM entities WHERE canonical_name = 'Hamas'"
                            ).fetchall() == [(1,)]  # fmt: skip


def test_a_load_runs_its_file_connection_on_one_thread(db_path: Path) -> None:
    """The writer sets the load's connection to one thread at the first batch (a batch's small
    statements cost more CPU on two threads: loaders/writer.py)."""
    with connect(db_path) as conn:
        conn.execute("SET threads = 2")
        _write(conn, IdCache(), "one", _result("Nusra Front", "Army", _place("Idlib", None)))
        assert conn.execute("SELECT current_setting('threads')").fetchone() == (1,)
        assert len(_events(conn)) == 1
